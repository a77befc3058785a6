#include "ledgerclient/DemoParties.h"

#include "chaincode/lc/LcAmountWords.h"
#include "chaincode/trust/Uscc.h"

#include <array>
#include <cstdint>

namespace lx::client::demo {

std::uint64_t DemoRandom::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int DemoRandom::uniform(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<int>(next() % span);
}

bool DemoRandom::chance(int percent)
{
    return uniform(0, 99) < percent;
}

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t index)
{
    DemoRandom random(seed * 0x100000001B3ull ^ (index + 1) * 0xC2B2AE3D27D4EB4Full);
    return random.next();
}

const std::vector<DemoBank> &demoBanks()
{
    // The names are the sandbox's (ledgerclient/Sandbox.cpp, defaultSandbox).
    static const std::vector<DemoBank> banks {
        { "HuaxiaBankMSP", "HX", "华夏贸易银行" },
        { "DongfangBankMSP", "DF", "东方商业银行" },
        { "ChangjiangBankMSP", "CJ", "长江实业银行" },
        { "NanhaiBankMSP", "NH", "南海发展银行" },
        { "BeiyuanBankMSP", "BY", "北原招商银行" },
    };
    return banks;
}

std::string demoUscc(const std::string &division6, const std::string &organization8)
{
    // 9: registered with market regulation; 1: an enterprise.
    const std::string first17
        = "91" + division6 + organization8 + chaincode::trust::organizationCodeCheckCharacter(organization8);
    return first17 + chaincode::trust::usccCheckCharacter(first17);
}

const std::vector<DemoCompany> &demoCompanies()
{
    struct Row
    {
        const char *name, *city, *division, *organization, *product, *unit;
        int minQuantity, maxQuantity;
        bool services;
    };
    static const Row rows[] = {
        { "上海申江机电进出口有限公司", "上海", "310115", "13220541", "数控机床主轴总成", "套", 20, 400, false },
        { "江苏长风纺织有限公司", "苏州", "320506", "75148823", "精梳棉纱JC40S", "吨", 30, 600, false },
        { "杭州西湖丝绸集团有限公司", "杭州", "330106", "14291307", "真丝双绉面料", "米", 20000, 300000, false },
        { "深圳南山电子科技有限公司", "深圳", "440305", "MA5D8K2R", "工业级主控电路板", "片", 5000, 120000, false },
        { "广州珠江化工有限公司", "广州", "440112", "19048736", "聚丙烯树脂PP-T30S", "吨", 100, 3000, false },
        { "北京中关精密仪器有限公司", "北京", "110108", "80226714", "液相色谱分析仪", "台", 4, 80, false },
        { "青岛海湾钢材贸易有限公司", "青岛", "370202", "26453091", "热轧卷板Q235B", "吨", 500, 20000, false },
        { "武汉长江汽车零部件有限公司", "武汉", "420112", "30067125", "盘式制动器总成", "套", 2000, 60000, false },
        { "成都天府粮油有限公司", "成都", "510104", "20188450", "一级压榨菜籽油", "吨", 200, 5000, false },
        { "厦门鹭岛食品进出口有限公司", "厦门", "350203", "15493268", "速冻水饺（标准箱）", "箱", 5000, 90000, false },
        { "天津滨海重工机械有限公司", "天津", "120116", "MA06H9LX", "履带式起重机", "台", 1, 12, false },
        { "大连北港船舶配件有限公司", "大连", "210204", "24117382", "船用柴油机配件", "批", 1, 20, false },
        { "重庆山城摩托车制造有限公司", "重庆", "500112", "62035879", "150cc摩托车整车", "辆", 200, 6000, false },
        { "西安古城医药有限公司", "西安", "610113", "29411056", "原料药阿莫西林", "千克", 500, 20000, false },
        { "宁波东海塑料制品有限公司", "宁波", "330206", "14470923", "注塑周转箱", "只", 10000, 300000, false },
        { "无锡太湖光伏材料有限公司", "无锡", "320214", "MA1N4P7Q", "单晶硅片M10", "片", 100000, 2000000, false },
        { "东莞松湖家具有限公司", "东莞", "441900", "33812647", "实木办公家具", "套", 50, 3000, false },
        { "长沙湘江工程机械有限公司", "长沙", "430104", "18375520", "混凝土泵车维修及技术服务", "", 0, 0, true },
        { "合肥巢湖新能源电池有限公司", "合肥", "340111", "MA2T3B8W", "磷酸铁锂电芯", "只", 10000, 400000, false },
        { "郑州中原棉业有限公司", "郑州", "410105", "41702983", "皮棉仓储及物流配送服务", "", 0, 0, true },
    };
    static const std::vector<DemoCompany> companies = [] {
        std::vector<DemoCompany> out;
        for (const Row &r : rows)
            out.push_back(DemoCompany { r.name, r.city, demoUscc(r.division, r.organization), r.product, r.unit,
                r.minQuantity, r.maxQuantity, r.services });
        return out;
    }();
    return companies;
}

lianxin::lc::Party demoParty(const DemoCompany &company, const DemoBank &bank)
{
    lianxin::lc::Party party;
    party.set_name(company.name);
    party.set_uscc(company.uscc);
    // A corporate settlement account: fixed digits per company and bank,
    // so the same company shows the same account in every L/C.
    std::uint64_t fnv = 0xCBF29CE484222325ull; // FNV-1a: std::hash differs between libraries
    for (const char c : company.uscc + bank.prefix)
        fnv = (fnv ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    DemoRandom digits(fnv);
    std::string account = std::to_string(digits.uniform(3100, 6299));
    for (int group = 0; group < 3; ++group)
        account += " " + std::to_string(digits.uniform(1000, 9999));
    party.set_account_no(account);
    party.set_account_bank(bank.nameZh + company.city + "分行");
    party.set_address(company.city + "市");
    return party;
}

std::string documentTitle(const std::string &docType)
{
    if (docType == "INVOICE")
        return "增值税专用发票";
    if (docType == "TRANSPORT_DOCUMENT")
        return "货物运输单据";
    if (docType == "INSURANCE")
        return "货物运输保险单";
    if (docType == "INSPECTION")
        return "质量检验证书";
    if (docType == "PACKING_LIST")
        return "装箱单";
    return "服务验收确认书"; // SERVICE_ACCEPTANCE
}

std::string documentFilePrefix(const std::string &docType)
{
    if (docType == "INVOICE")
        return "INV";
    if (docType == "TRANSPORT_DOCUMENT")
        return "TD";
    if (docType == "INSURANCE")
        return "INS";
    if (docType == "INSPECTION")
        return "QC";
    if (docType == "PACKING_LIST")
        return "PL";
    return "SA";
}

namespace {

void require(lianxin::lc::LetterOfCredit &lc, const std::string &type, int originals, int copies)
{
    auto *doc = lc.add_required_documents();
    doc->set_doc_type(type);
    doc->set_originals(originals);
    doc->set_copies(copies);
    doc->set_description(documentTitle(type));
}

} // namespace

lianxin::lc::LetterOfCredit demoTerms(
    DemoRandom &random, const DemoBank &issuer, const DemoBank &advisor, int applicant, int beneficiary)
{
    const DemoCompany &buyer = demoCompanies()[static_cast<std::size_t>(applicant)];
    const DemoCompany &seller = demoCompanies()[static_cast<std::size_t>(beneficiary)];
    lianxin::lc::LetterOfCredit lc;
    lc.set_irrevocable(true);
    *lc.mutable_applicant() = demoParty(buyer, issuer);
    *lc.mutable_beneficiary() = demoParty(seller, advisor);
    lc.set_issuing_bank_msp(issuer.mspId);
    lc.set_advising_bank_msp(advisor.mspId);
    // CNY 300,000 to 80,000,000 in round thousands: many mid-sized L/Cs,
    // a few large ones. Integer bands, so every platform draws the same.
    const int band = random.uniform(0, 99);
    const int thousands = band < 30 ? random.uniform(300, 1000)
        : band < 65                 ? random.uniform(1000, 5000)
        : band < 90                 ? random.uniform(5000, 20000)
                                    : random.uniform(20000, 80000);
    lc.set_amount_fen(std::int64_t { thousands } * 1000 * 100);
    lc.set_amount_in_words(chaincode::lc::amountInWords(lc.amount_fen()));
    const std::vector<int> tolerances { 0, 0, 3, 5, 5, 10 };
    const int tolerance = random.pick(tolerances);
    lc.mutable_tolerance()->set_plus_percent(tolerance);
    lc.mutable_tolerance()->set_minus_percent(tolerance);
    lc.set_expiry_place(buyer.city);
    lc.set_services(seller.services);
    lc.set_partial_shipments_allowed(!seller.services && random.chance(60));
    lc.set_transhipment_allowed(random.chance(50));
    if (!seller.services) {
        lc.set_shipment_from(seller.city);
        lc.set_shipment_to(buyer.city);
    }
    const int contract = random.uniform(100, 999);
    if (seller.services) {
        lc.set_goods_description(
            seller.product + "，服务期限及验收标准见服务合同 FW-2026-" + std::to_string(contract) + " 号");
    } else {
        const int quantity = random.uniform(seller.minQuantity, seller.maxQuantity);
        lc.set_goods_description(seller.product + " " + std::to_string(quantity) + seller.unit
            + "，规格及单价见购销合同 HT-2026-" + std::to_string(contract) + " 号");
    }
    require(lc, "INVOICE", 3, 2);
    if (seller.services) {
        require(lc, "SERVICE_ACCEPTANCE", 1, 1);
    } else {
        require(lc, "TRANSPORT_DOCUMENT", 1, 2);
        if (random.chance(40))
            require(lc, "INSURANCE", 1, 1);
        if (random.chance(45))
            require(lc, "INSPECTION", 1, 0);
        if (random.chance(30))
            require(lc, "PACKING_LIST", 1, 2);
    }
    if (random.chance(40))
        lc.set_additional_conditions("所有单据须注明本信用证编号及购销合同编号");
    const std::vector<lianxin::lc::Charges::Bearer> bearers { lianxin::lc::Charges::APPLICANT,
        lianxin::lc::Charges::SHARED, lianxin::lc::Charges::SHARED, lianxin::lc::Charges::BENEFICIARY };
    lc.mutable_charges()->set_bearer(random.pick(bearers));
    lc.mutable_charges()->set_details(
        lc.charges().bearer() == lianxin::lc::Charges::SHARED ? "开证行费用由申请人承担，其他费用由受益人承担" : "");
    return lc;
}

} // namespace lx::client::demo
