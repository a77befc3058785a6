#include "LcBookGenerator.h"

#include <array>
#include <chrono>
#include <cstdio>

namespace lx::bench {

namespace {

using lianxin::lc::LetterOfCredit;
using lianxin::lc::Presentation;

constexpr std::array kCities { "上海", "北京", "深圳", "广州", "杭州", "南京", "苏州", "天津", "重庆", "成都", "武汉",
    "西安", "宁波", "青岛", "厦门", "长沙" };
constexpr std::array kTrades { "华东钢铁", "远洋化工", "鑫达纺织", "中联机电", "海川粮油", "恒信电子", "金桥建材",
    "瑞丰医药", "宏图汽车配件", "新能光伏", "长风物流", "东方造纸", "绿源食品", "天宇通信", "博远有色金属",
    "嘉禾农业" };
constexpr std::array kSuffixes { "有限公司", "股份有限公司", "贸易有限公司", "实业有限公司", "集团有限公司" };
constexpr std::array kGoods { "热轧钢卷 Q235B", "聚乙烯颗粒 HDPE", "精梳棉纱 40S", "数控机床配件", "东北大豆",
    "锂电池模组 LFP", "硅酸盐水泥 P.O 42.5", "头孢原料药", "汽车轮毂 alloy", "单晶硅片 M10", "冷链运输服务",
    "牛皮箱板纸", "冷冻猪肉", "光纤预制棒", "电解铜 Cu-CATH-1", "复合肥料 NPK" };

std::string hex(std::mt19937_64 &random, int bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < bytes; ++i) {
        const auto b = random() & 0xff;
        out += kDigits[b >> 4];
        out += kDigits[b & 15];
    }
    return out;
}

} // namespace

LcBookGenerator::LcBookGenerator(std::uint64_t seed, int todayDays, int banks)
    : m_random(seed), m_today(todayDays), m_banks(bankNames(banks))
{
}

lianxin::lc::Date LcBookGenerator::protoDay(int days)
{
    const std::chrono::year_month_day d { std::chrono::sys_days(std::chrono::days(days)) };
    lianxin::lc::Date out;
    out.set_year(static_cast<int>(d.year()));
    out.set_month(static_cast<int>(unsigned(d.month())));
    out.set_day(static_cast<int>(unsigned(d.day())));
    return out;
}

std::vector<std::string> LcBookGenerator::bankNames(int banks)
{
    static constexpr std::array kNames { "HuaxiaBankMSP", "DongfangBankMSP", "ChangjiangBankMSP", "NanhaiBankMSP",
        "BeiyuanBankMSP", "XilingBankMSP", "ZhongyuanBankMSP", "HaixiaBankMSP", "TianfuBankMSP", "JiangnanBankMSP",
        "QiluBankMSP", "LingnanBankMSP" };
    return { kNames.begin(), kNames.begin() + std::min<std::size_t>(kNames.size(), static_cast<std::size_t>(banks)) };
}

LetterOfCredit LcBookGenerator::make(int i)
{
    auto pick = [this](auto n) { return static_cast<std::size_t>(m_random() % static_cast<std::uint64_t>(n)); };
    auto party = [&](lianxin::lc::Party *p) {
        p->set_name(std::string(kCities[pick(kCities.size())]) + kTrades[pick(kTrades.size())]
            + kSuffixes[pick(kSuffixes.size())]);
        p->set_uscc("91" + std::to_string(310000 + pick(90000)) + hex(m_random, 5).substr(0, 10));
        p->set_account_no(std::to_string(6222000000000000ULL + m_random() % 1000000000000ULL));
        p->set_account_bank(m_banks[pick(m_banks.size())]);
    };
    LetterOfCredit lc;
    const std::size_t issuer = pick(m_banks.size());
    std::size_t adviser = pick(m_banks.size() - 1);
    adviser += adviser >= issuer ? 1 : 0;
    char number[32];
    std::snprintf(number, sizeof number, "LC%02zu%08d", issuer, i);
    lc.set_title("国内信用证");
    lc.set_lc_no(number);
    lc.set_irrevocable(true);
    lc.set_issuing_bank_msp(m_banks[issuer]);
    lc.set_advising_bank_msp(m_banks[adviser]);
    if (pick(4) == 0)
        lc.set_nominated_bank_msp(m_banks[pick(m_banks.size())]);
    party(lc.mutable_applicant());
    party(lc.mutable_beneficiary());
    lc.set_currency("CNY");
    const std::int64_t amount = static_cast<std::int64_t>(10000 + pick(5000000)) * 100 * (pick(10) == 0 ? 10 : 1);
    lc.set_amount_fen(amount);
    lc.set_amount_in_words("人民币金额");
    lc.mutable_tolerance()->set_plus_percent(static_cast<int>(pick(3)) * 5);
    lc.mutable_tolerance()->set_minus_percent(static_cast<int>(pick(3)) * 5);
    const bool deferred = pick(2) == 0;
    lc.mutable_payment_term()->set_kind(
        deferred ? lianxin::lc::PaymentTerm::DEFERRED : lianxin::lc::PaymentTerm::SIGHT);
    if (deferred) {
        lc.mutable_payment_term()->set_basis(lianxin::lc::PaymentTerm::AFTER_SIGHT);
        lc.mutable_payment_term()->set_days(static_cast<int>(30 + pick(330)));
    }
    const int issue = m_today - static_cast<int>(pick(1460));
    const int expiry = issue + 30 + static_cast<int>(pick(335));
    *lc.mutable_issue_date() = protoDay(issue);
    *lc.mutable_expiry_date() = protoDay(expiry);
    lc.set_expiry_place("上海");
    if (pick(3) != 0)
        *lc.mutable_latest_shipment_date() = protoDay(expiry - static_cast<int>(pick(15)));
    lc.set_goods_description(
        std::string(kGoods[pick(kGoods.size())]) + "，数量" + std::to_string(100 + pick(9900)) + "吨");
    lc.set_presentation_period_days(21);
    lc.set_available_balance_fen(amount);

    // Old L/Cs have mostly ended; some stay open past expiry (the worklist's
    // Expire items); recent ones are spread over the live states.
    using S = LetterOfCredit;
    static constexpr std::array kEnded { S::CLOSED, S::EXPIRED, S::PAID, S::PAID_AT_MATURITY, S::CANCELLED };
    static constexpr std::array kLive { S::ISSUED, S::ADVISED, S::ADVISED, S::AMENDMENT_PENDING, S::PRESENTED,
        S::COMPLYING, S::DISCREPANT, S::REFUSED, S::WAIVED, S::ACCEPTED, S::ACCEPTED, S::PAID };
    const S::State state = expiry < m_today && pick(10) != 0 ? kEnded[pick(kEnded.size())] : kLive[pick(kLive.size())];
    lc.set_state(state);

    auto event = [&](const char *action, int day, const std::string &bank) {
        auto *e = lc.add_history();
        e->set_action(action);
        e->set_tx_id(hex(m_random, 32));
        *e->mutable_date() = protoDay(day);
        e->set_timestamp_seconds(static_cast<std::int64_t>(day) * 86400 + 3600);
        e->set_bank_msp(bank);
        e->set_maker("officer1");
        e->set_checker("checker1");
        e->set_summary(std::string(action) + " " + lc.lc_no());
        e->set_lc_no(lc.lc_no());
    };
    event("Issue", issue, lc.issuing_bank_msp());
    if (state != S::ISSUED && state != S::CANCELLED)
        event("Advise", issue + 1, lc.advising_bank_msp());
    if (state == S::AMENDMENT_PENDING) {
        auto *a = lc.add_amendments();
        a->set_number(1);
        *a->mutable_amendment_date() = protoDay(issue + 5);
        a->set_increase_fen(amount / 10);
        a->set_status(lianxin::lc::Amendment::PENDING);
        event("Amend", issue + 5, lc.issuing_bank_msp());
    }

    Presentation::State presented = Presentation::STATE_UNSPECIFIED;
    switch (state) {
    case S::PRESENTED:
        presented = Presentation::PRESENTED;
        break;
    case S::COMPLYING:
        presented = Presentation::COMPLYING;
        break;
    case S::DISCREPANT:
        presented = Presentation::DISCREPANT;
        break;
    case S::REFUSED:
        presented = Presentation::REFUSED;
        break;
    case S::WAIVED:
        presented = Presentation::WAIVED;
        break;
    case S::ACCEPTED:
        presented = Presentation::ACCEPTED;
        break;
    case S::PAID:
        presented = Presentation::PAID;
        break;
    case S::PAID_AT_MATURITY:
        presented = Presentation::PAID_AT_MATURITY;
        break;
    default:
        break;
    }
    if (presented != Presentation::STATE_UNSPECIFIED) {
        // Open presentations are recent: deadlines from a few days overdue to
        // a week ahead; older ones in the L/C's own validity.
        const bool open = presented == Presentation::PRESENTED || presented == Presentation::COMPLYING
            || presented == Presentation::DISCREPANT || presented == Presentation::WAIVED;
        const int received = open ? m_today - static_cast<int>(pick(10)) : issue + 10 + static_cast<int>(pick(20));
        auto *p = lc.add_presentations();
        p->set_number(1);
        p->set_presenting_bank_msp(lc.advising_bank_msp());
        p->set_amount_fen(amount - static_cast<std::int64_t>(pick(static_cast<std::size_t>(amount / 10 + 1))));
        *p->mutable_received_date() = protoDay(received);
        *p->mutable_examination_deadline() = protoDay(received + 7);
        *p->mutable_payment_deadline() = protoDay(received + 7);
        p->set_state(presented);
        for (const char *type : { "INVOICE", "TRANSPORT_DOCUMENT" }) {
            auto *d = p->add_documents();
            d->set_doc_type(type);
            d->set_file_name(std::string(type) + "-" + lc.lc_no() + ".pdf");
            std::string sha(32, '\0');
            for (auto &c : sha)
                c = static_cast<char>(m_random());
            d->set_sha256(sha);
        }
        // Decisions and payments on their days (from the amount, not the
        // random stream, so the rest of the book stays as it was): most
        // within the 5-business-day limits, some payments late.
        const int spread = static_cast<int>(p->amount_fen() % 10);
        if (presented != Presentation::PRESENTED) {
            auto *e = p->mutable_examination();
            *e->mutable_examined_date() = protoDay(received + 1 + spread % 5);
            e->set_complying(presented != Presentation::DISCREPANT && presented != Presentation::REFUSED);
        }
        if (presented == Presentation::PAID || presented == Presentation::PAID_AT_MATURITY) {
            const int paid = received + 2 + spread; // after the deadline (received + 7) when spread > 5
            *p->mutable_payment()->mutable_paid_date() = protoDay(paid);
            p->mutable_payment()->set_amount_fen(p->amount_fen());
            p->mutable_payment()->set_late(paid > received + 7);
        }
        if (presented == Presentation::ACCEPTED) {
            auto *c = p->mutable_payment_confirmation();
            *c->mutable_confirmed_date() = protoDay(received + 3);
            *c->mutable_maturity_date() = protoDay(m_today - 20 + static_cast<int>(pick(420)));
            c->set_amount_fen(p->amount_fen());
        }
        lc.set_available_balance_fen(amount - p->amount_fen());
        event("Present", received, p->presenting_bank_msp());
    }
    if (state == S::EXPIRED || state == S::CLOSED || state == S::CANCELLED)
        event(state == S::EXPIRED    ? "Expire"
                : state == S::CLOSED ? "Close"
                                     : "Cancel",
            expiry + 1, lc.issuing_bank_msp());
    return lc;
}

} // namespace lx::bench
