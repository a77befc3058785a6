#include "ContractLedger.h"

#include "crypto/Random.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/TransactionBuilder.h"

#include "chaincode/lc/LcStateMachine.h"
#include "lianxin/desk.pb.h"
#include "lianxin/lc.pb.h"
#include "lianxin/notary.pb.h"

namespace lx::test {

namespace {
const char *const kPassphrase = "contract ledger passphrase";
}

void ContractLedger::SetUp()
{
    m_dataDir = std::filesystem::temp_directory_path() / ("lianxin-contract-" + toHex(crypto::randomBytes(6)));
    client::initSandbox(m_dataDir, kPassphrase);
    m_wallet = std::make_unique<client::Wallet>(client::Wallet::open(client::walletDir(m_dataDir), kPassphrase));
    ledger::OrdererSettings settings;
    settings.batchTimeout = std::chrono::milliseconds(5);
    m_consortium = std::make_unique<ledger::Consortium>(client::consortiumDir(m_dataDir), settings);
    m_consortium->installStandardContracts();
}

void ContractLedger::TearDown()
{
    m_consortium.reset();
    m_wallet.reset();
    std::error_code ec;
    std::filesystem::remove_all(m_dataDir, ec);
}

ContractLedger::Prepared ContractLedger::prepare(const std::string &identity, const std::string &contract,
    const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    const auto &product = client::DeskWorkflow::product(contract);
    const auto who = m_wallet->identity(identity);
    const auto proposal = client::buildSignedProposal(who, product.channel, product.contract, args.front(),
        std::vector<Bytes>(args.begin() + 1, args.end()), transient);
    const ledger::Endorsed endorsed = m_consortium->endorse(proposal.signedProposal);
    Prepared out { endorsed.result, {} };
    if (endorsed.result.status() < 400)
        out.transaction = client::signTransaction(who, endorsed.preparedTransaction);
    return out;
}

protos::Response ContractLedger::invoke(const std::string &identity, const std::string &contract,
    const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    const Prepared p = prepare(identity, contract, args, transient);
    if (p.result.status() >= 400)
        return p.result;
    EXPECT_EQ(m_consortium->submit(p.transaction).get().validationCode, protos::VALID);
    return p.result;
}

protos::Response ContractLedger::query(
    const std::string &identity, const std::string &contract, const std::vector<Bytes> &args)
{
    const auto &product = client::DeskWorkflow::product(contract);
    const auto proposal = client::buildSignedProposal(m_wallet->identity(identity), product.channel, product.contract,
        args.front(), std::vector<Bytes>(args.begin() + 1, args.end()));
    return m_consortium->evaluate(proposal.signedProposal);
}

protos::Response ContractLedger::draft(const std::string &bank, const std::string &contract, const Bytes &action)
{
    return invoke(bank + "/officer1", contract, { "SubmitDraft" }, { { "action", action } });
}

ContractLedger::Prepared ContractLedger::approval(
    const std::string &bank, const std::string &contract, const std::string &draftId)
{
    lianxin::desk::Endorsers endorsers;
    endorsers.ParseFromString(query(bank + "/checker1", contract, { "DraftEndorsers", draftId }).payload());
    std::vector<Bytes> args { "ApproveDraft", draftId };
    args.insert(args.end(), endorsers.msp_ids().begin(), endorsers.msp_ids().end());
    return prepare(bank + "/checker1", contract, args);
}

void ContractLedger::notarizePresented(const std::string &bank, const Bytes &lcAction)
{
    lianxin::lc::LcAction action;
    if (!action.ParseFromString(lcAction) || !action.has_present())
        return;
    lianxin::lc::LetterOfCredit lc;
    lc.ParseFromString(query(bank + "/checker1", "lc", { "GetLC", action.present().lc_no() }).payload());
    const auto who = m_wallet->identity(bank + "/checker1");
    for (const auto &doc : action.present().presentation().documents()) {
        const auto record = chaincode::lc::notarizationOf(doc, bank, lc);
        const auto proposal
            = client::buildSignedProposal(who, "trust", "notary", "Record", { record.SerializeAsString() });
        const ledger::Endorsed endorsed = m_consortium->endorse(proposal.signedProposal);
        ASSERT_LT(endorsed.result.status(), 400) << endorsed.result.message();
        ASSERT_EQ(m_consortium->submit(client::signTransaction(who, endorsed.preparedTransaction)).get().validationCode,
            protos::VALID);
    }
}

protos::Response ContractLedger::act(const std::string &bank, const std::string &contract, const Bytes &action)
{
    const protos::Response submitted = draft(bank, contract, action);
    if (submitted.status() >= 400)
        return submitted;
    if (contract == "lc")
        notarizePresented(bank, action);
    const Prepared p = approval(bank, contract, submitted.payload());
    if (p.result.status() >= 400)
        return p.result;
    EXPECT_EQ(m_consortium->submit(p.transaction).get().validationCode, protos::VALID);
    return p.result;
}

} // namespace lx::test
