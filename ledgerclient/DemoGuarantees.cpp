#include "ledgerclient/DemoGuarantees.h"

#include "chaincode/lc/LcDates.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"

#include "lianxin/guarantee.pb.h"

#include <map>
#include <stdexcept>

namespace lx::client {

namespace {

using lianxin::guarantee::GtAction;
using lianxin::guarantee::Guarantee;
using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

constexpr const char *kHuaxia = "HuaxiaBankMSP";
constexpr const char *kDongfang = "DongfangBankMSP";
constexpr const char *kChangjiang = "ChangjiangBankMSP";

lianxin::lc::Date protoDate(year_month_day day)
{
    lianxin::lc::Date out;
    out.set_year(static_cast<int>(day.year()));
    out.set_month(static_cast<int>(static_cast<unsigned>(day.month())));
    out.set_day(static_cast<int>(static_cast<unsigned>(day.day())));
    return out;
}

year_month_day shifted(year_month_day day, int by)
{
    return year_month_day(sys_days(day) + days(by));
}

// The officers and checkers of the banks, signing as of the step's day.
class Desks
{
public:
    Desks(std::shared_ptr<Ledger> ledger, const Wallet &wallet) : m_ledger(std::move(ledger)), m_wallet(wallet) { }

    // Drafts action as bank's officer1 and approves it as its checker1.
    void act(const std::string &bank, year_month_day day, const GtAction &action)
    {
        Client &maker = client(bank + "/officer1");
        Client &checker = client(bank + "/checker1");
        maker.setClock(chinaDateClock(day));
        checker.setClock(chinaDateClock(day));
        const auto &product = DeskWorkflow::product("guarantee");
        const std::string draftId = DeskWorkflow(maker, product).submitDraft(action.SerializeAsString());
        DeskWorkflow(checker, product).approve(draftId);
    }

    bool exists(const std::string &guaranteeNo)
    {
        Client &reader = client(std::string(kHuaxia) + "/checker1");
        try {
            reader.evaluate("guarantee", "guarantee", "GetGuarantee", { guaranteeNo });
            return true;
        } catch (const LedgerError &) {
            return false;
        }
    }

private:
    Client &client(const std::string &label)
    {
        auto &slot = m_clients[label];
        if (!slot)
            slot = std::make_unique<Client>(m_ledger, m_wallet.identity(label));
        return *slot;
    }

    std::shared_ptr<Ledger> m_ledger;
    const Wallet &m_wallet;
    std::map<std::string, std::unique_ptr<Client>> m_clients;
};

struct Plan
{
    std::string no;
    std::string issuer;
    std::string advisingBank;
    Guarantee::Type type;
    std::int64_t amountFen;
    std::string applicant;
    std::string applicantUscc;
    std::string beneficiary;
    std::string beneficiaryUscc;
    std::string contract;
    int issuedDaysAgo;
};

GtAction issue(const Plan &p, year_month_day today)
{
    GtAction action;
    Guarantee &g = *action.mutable_issue()->mutable_guarantee();
    g.set_guarantee_no(p.no);
    g.set_type(p.type);
    g.set_expiry_type(Guarantee::FIXED_DATE);
    *g.mutable_expiry_date() = protoDate(shifted(today, 300 - p.issuedDaysAgo / 2));
    g.mutable_applicant()->set_name(p.applicant);
    g.mutable_applicant()->set_uscc(p.applicantUscc);
    g.mutable_beneficiary()->set_name(p.beneficiary);
    g.mutable_beneficiary()->set_uscc(p.beneficiaryUscc);
    g.set_issuer_msp(p.issuer);
    g.set_advising_bank_msp(p.advisingBank);
    g.set_currency("CNY");
    g.set_amount_fen(p.amountFen);
    g.mutable_underlying()->set_reference(p.contract);
    *g.mutable_underlying()->mutable_date() = protoDate(shifted(today, -p.issuedDaysAgo - 10));
    g.mutable_underlying()->set_description("设备供货及安装合同 " + p.contract);
    g.set_terms("凭受益人索赔书及其关于申请人违约的声明见索即付；适用《见索即付保函统一规则》（URDG 758）。");
    return action;
}

GtAction advise(const std::string &no)
{
    GtAction action;
    action.mutable_advise()->set_guarantee_no(no);
    return action;
}

GtAction demand(const std::string &no, std::int64_t fen, const std::string &statement)
{
    GtAction action;
    action.mutable_demand()->set_guarantee_no(no);
    action.mutable_demand()->mutable_demand()->set_amount_fen(fen);
    action.mutable_demand()->mutable_demand()->set_statement_of_breach(statement);
    return action;
}

GtAction examine(const std::string &no, int demandNo)
{
    GtAction action;
    action.mutable_examine()->set_guarantee_no(no);
    action.mutable_examine()->set_demand_no(demandNo);
    action.mutable_examine()->set_complying(true);
    return action;
}

GtAction pay(const std::string &no, int demandNo)
{
    GtAction action;
    action.mutable_pay()->set_guarantee_no(no);
    action.mutable_pay()->set_demand_no(demandNo);
    return action;
}

} // namespace

std::vector<std::string> loadDemoGuarantees(
    std::shared_ptr<Ledger> ledger, const Wallet &wallet, std::chrono::year_month_day today)
{
    if (!today.ok())
        throw std::invalid_argument("The demo guarantees need today's date (in China).");
    const std::vector<Plan> plans = {
        { "HX-BG-2026-001", kHuaxia, kDongfang, Guarantee::PERFORMANCE, 500000000, "中原机械股份有限公司",
            "91110000100000001X", "岭南电力工程有限公司", "", "ZY-LN-2026-07", 90 },
        { "HX-BG-2026-002", kHuaxia, kDongfang, Guarantee::ADVANCE_PAYMENT, 120000000, "江南纺织有限公司", "",
            "渤海船舶重工有限公司", "", "JN-BH-2026-11", 60 },
        { "DF-BG-2026-003", kDongfang, kHuaxia, Guarantee::BID, 20000000, "西北建设集团有限公司", "",
            "合肥市供水集团有限公司", "", "HF-WATER-TENDER-9", 2 },
        { "HX-BG-2026-004", kHuaxia, kChangjiang, Guarantee::PAYMENT, 80000000, "华北钢铁贸易有限公司", "",
            "长沙矿产进口有限公司", "", "HB-CS-2026-03", 75 },
        { "CJ-BG-2026-005", kChangjiang, kHuaxia, Guarantee::WARRANTY, 35000000, "长江电梯有限公司", "",
            "华夏大厦物业管理有限公司", "", "CJ-HX-ELV-2", 120 },
        { "HX-BG-2026-006", kHuaxia, kDongfang, Guarantee::RETENTION, 15000000, "东海装饰工程有限公司", "",
            "浦东办公园区开发有限公司", "", "DH-PD-2025-44", 150 },
    };
    Desks desks(ledger, wallet);
    for (const Plan &p : plans) {
        if (desks.exists(p.no))
            throw LedgerError(LedgerError::Kind::Rejected, "DEMO_BOOK_EXISTS",
                "Guarantee " + p.no + " of the demo book is on the ledger already.");
    }
    std::vector<std::string> out;
    for (const Plan &p : plans) {
        const auto on = [&](int daysAgo) { return shifted(today, -daysAgo); };
        desks.act(p.issuer, on(p.issuedDaysAgo), issue(p, today));
        out.push_back(p.no);
        if (p.no == "DF-BG-2026-003")
            continue; // issued yesterday; Huaxia has yet to advise it
        desks.act(p.advisingBank, on(p.issuedDaysAgo - 1), advise(p.no));
        if (p.no == "HX-BG-2026-002") {
            // Received three days ago: the examination deadline is close.
            desks.act(p.advisingBank, on(3), demand(p.no, 60000000, "申请人未按合同约定交付首批两艘船体。"));
        } else if (p.no == "HX-BG-2026-004") {
            GtAction stop;
            stop.mutable_stop_payment()->set_guarantee_no(p.no);
            stop.mutable_stop_payment()->set_court("上海市第一中级人民法院");
            stop.mutable_stop_payment()->set_order_no("（2026）沪01执保117号");
            desks.act(p.issuer, on(20), stop);
        } else if (p.no == "CJ-BG-2026-005") {
            GtAction amend;
            amend.mutable_amend()->set_guarantee_no(p.no);
            amend.mutable_amend()->mutable_amendment()->set_increase_fen(5000000);
            amend.mutable_amend()->mutable_amendment()->set_narrative("合同增加两部电梯，保函金额相应增加。");
            desks.act(p.issuer, on(5), amend);
        } else if (p.no == "HX-BG-2026-006") {
            desks.act(p.advisingBank, on(40), demand(p.no, p.amountFen, "申请人竣工时未整改缺陷清单所列问题。"));
            desks.act(p.issuer, on(38), examine(p.no, 1));
            desks.act(p.issuer, on(36), pay(p.no, 1));
        }
    }
    return out;
}

} // namespace lx::client
