#include "CacheLedgerFixture.h"

#include "cache/CacheSchema.h"
#include "common/LcTestData.h"

#include "crypto/Random.h"
#include "ledgerclient/Clock.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Sandbox.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

const char *const kPassphrase = "cache ledger passphrase";

} // namespace

void FlakyLedger::check() const
{
    if (down)
        throw client::LedgerError(client::LedgerError::Kind::Unavailable, "LEDGER_UNREACHABLE",
            "The ledger cannot be reached (test: network down).");
}

gateway::EvaluateResponse FlakyLedger::evaluate(const gateway::EvaluateRequest &request)
{
    check();
    return m_inner->evaluate(request);
}

gateway::EndorseResponse FlakyLedger::endorse(const gateway::EndorseRequest &request)
{
    check();
    return m_inner->endorse(request);
}

void FlakyLedger::submit(const gateway::SubmitRequest &request)
{
    check();
    m_inner->submit(request);
}

gateway::CommitStatusResponse FlakyLedger::commitStatus(const gateway::SignedCommitStatusRequest &request)
{
    check();
    return m_inner->commitStatus(request);
}

std::unique_ptr<client::Subscription> FlakyLedger::deliver(
    const common::Envelope &seekInfo, std::function<void(const common::Block &)> onBlock)
{
    check();
    return m_inner->deliver(seekInfo, std::move(onBlock));
}

std::unique_ptr<client::Subscription> FlakyLedger::chaincodeEvents(const gateway::SignedChaincodeEventsRequest &request,
    std::function<void(const gateway::ChaincodeEventsResponse &)> onEvents)
{
    check();
    return m_inner->chaincodeEvents(request, std::move(onEvents));
}

CacheLedgerFixture::CacheLedgerFixture()
    : m_dir(std::filesystem::temp_directory_path() / ("lianxin-cache-" + toHex(crypto::randomBytes(6))))
    , m_cacheKey(crypto::randomBytes(32))
{
    client::initSandbox(m_dir, kPassphrase);
    m_wallet = std::make_unique<client::Wallet>(client::Wallet::open(client::walletDir(m_dir), kPassphrase));
    openLedger();
}

CacheLedgerFixture::~CacheLedgerFixture()
{
    closeLedger();
    std::error_code ignored;
    std::filesystem::remove_all(m_dir, ignored);
}

void CacheLedgerFixture::openLedger()
{
    m_flaky = std::make_shared<FlakyLedger>(client::openEmbeddedLedger(client::consortiumDir(m_dir)));
}

void CacheLedgerFixture::closeLedger()
{
    m_clients.clear();
    m_flaky.reset();
}

client::Client &CacheLedgerFixture::client(const std::string &label)
{
    auto &slot = m_clients[label];
    if (!slot) {
        slot = std::make_unique<client::Client>(m_flaky, m_wallet->identity(label));
        slot->setClock(client::chinaDateClock(std::chrono::year { 2026 } / 9 / 1));
    }
    return *slot;
}

cache::Database CacheLedgerFixture::openCache()
{
    cache::Database db = cache::Database::open(m_dir / "cache.db", m_cacheKey, {});
    cache::createCacheSchema(db.handle());
    return db;
}

void CacheLedgerFixture::removeCache()
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        std::filesystem::remove(m_dir / (std::string("cache.db") + suffix));
}

lianxin::lc::LetterOfCredit CacheLedgerFixture::terms(
    const std::string &lcNo, const std::string &issuing, const std::string &advising) const
{
    lianxin::lc::LetterOfCredit lc;
    lc.set_lc_no(lcNo);
    lc.set_irrevocable(true);
    auto *applicant = lc.mutable_applicant();
    applicant->set_name("上海申江机电进出口有限公司");
    applicant->set_uscc(usccFrom("12345678"));
    applicant->set_account_no("3100 1234 5678 0001");
    applicant->set_account_bank("Shanghai branch");
    auto *beneficiary = lc.mutable_beneficiary();
    beneficiary->set_name("江苏长风纺织有限公司");
    beneficiary->set_uscc(usccFrom("87654321"));
    beneficiary->set_account_no("3200 8765 4321 0002");
    beneficiary->set_account_bank("Suzhou branch");
    lc.set_issuing_bank_msp(issuing);
    lc.set_advising_bank_msp(advising);
    lc.set_amount_fen(123'456'789);
    lc.set_amount_in_words("人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分");
    lc.mutable_payment_term()->set_kind(lianxin::lc::PaymentTerm::SIGHT);
    *lc.mutable_expiry_date() = date(2026, 12, 31);
    lc.set_expiry_place("Shanghai");
    *lc.mutable_latest_shipment_date() = date(2026, 12, 15);
    lc.set_presentation_period_days(15);
    lc.set_goods_description("Cotton yarn, 60 tonnes");
    auto *invoice = lc.add_required_documents();
    invoice->set_doc_type("INVOICE");
    invoice->set_originals(3);
    lc.mutable_charges()->set_bearer(lianxin::lc::Charges::SHARED);
    return lc;
}

void CacheLedgerFixture::issue(
    const std::string &lcNo, const std::string &issuing, const std::string &advising, bool advise)
{
    lianxin::lc::LcAction action;
    *action.mutable_issue()->mutable_lc() = terms(lcNo, issuing, advising);
    client::LcWorkflow maker(client(issuing + "/officer1"));
    client::LcWorkflow checker(client(issuing + "/checker1"));
    checker.approve(maker.submitDraft(action));
    if (advise) {
        lianxin::lc::LcAction adviseAction;
        adviseAction.mutable_advise()->set_lc_no(lcNo);
        client::LcWorkflow adviser(client(advising + "/officer1"));
        client::LcWorkflow adviserChecker(client(advising + "/checker1"));
        adviserChecker.approve(adviser.submitDraft(adviseAction));
    }
}

} // namespace lx::test
