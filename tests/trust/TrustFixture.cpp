#include "TrustFixture.h"

#include "crypto/Bytes.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "ledger/Validator.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/TransactionBuilder.h"

#include "peer/transaction.pb.h"

namespace lx::test {

namespace {
const char *const kPassphrase = "trust chain passphrase";
const char *const kChannel = "trust";
} // namespace

Bytes sha256Of(const std::string &content)
{
    return crypto::sha256(content);
}

void TrustFixture::SetUp()
{
    m_dataDir = std::filesystem::temp_directory_path() / ("lianxin-trust-" + toHex(crypto::randomBytes(6)));
    client::initSandbox(m_dataDir, kPassphrase);
    m_wallet = std::make_unique<client::Wallet>(client::Wallet::open(client::walletDir(m_dataDir), kPassphrase));
    ledger::OrdererSettings settings;
    settings.batchTimeout = std::chrono::milliseconds(5);
    m_consortium = std::make_unique<ledger::Consortium>(client::consortiumDir(m_dataDir), settings);
    m_consortium->installStandardContracts();
}

void TrustFixture::TearDown()
{
    m_consortium.reset();
    m_wallet.reset();
    std::error_code ec;
    std::filesystem::remove_all(m_dataDir, ec);
}

client::SigningIdentity TrustFixture::user(const std::string &msp, const std::string &name) const
{
    return m_wallet->identity(msp + "/" + name);
}

Invoked TrustFixture::invoke(const client::SigningIdentity &who, const std::string &chaincode,
    const std::string &function, const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    const auto proposal = client::buildSignedProposal(who, kChannel, chaincode, function, args, transient);
    const ledger::Endorsed endorsed = m_consortium->endorse(proposal.signedProposal);
    Invoked out;
    out.txId = endorsed.txId;
    out.status = endorsed.result.status();
    out.message = endorsed.result.message();
    out.payload = endorsed.result.payload();
    if (out.status >= 400)
        return out;
    const ledger::CommitResult result
        = m_consortium->submit(client::signTransaction(who, endorsed.preparedTransaction)).get();
    out.committed = true;
    out.validationCode = result.validationCode;
    out.blockNumber = result.blockNumber;
    return out;
}

Invoked TrustFixture::query(const client::SigningIdentity &who, const std::string &chaincode,
    const std::string &function, const std::vector<Bytes> &args)
{
    const auto proposal = client::buildSignedProposal(who, kChannel, chaincode, function, args);
    const protos::Response response = m_consortium->evaluate(proposal.signedProposal);
    Invoked out;
    out.txId = proposal.txId;
    out.status = response.status();
    out.message = response.message();
    out.payload = response.payload();
    return out;
}

std::optional<protos::ChaincodeEvent> TrustFixture::eventOf(const Invoked &invoked)
{
    if (!invoked.committed)
        return std::nullopt;
    const auto block = m_consortium->channel(kChannel).blocks().block(invoked.blockNumber);
    if (!block)
        return std::nullopt;
    for (const auto &envelope : block->data().data()) {
        const ledger::ParsedTransaction tx = ledger::parseTransaction(envelope, kChannel, nullptr, nullptr);
        if (tx.txId == invoked.txId)
            return tx.event;
    }
    return std::nullopt;
}

std::uint64_t TrustFixture::trustHeight()
{
    return m_consortium->channel(kChannel).height();
}

Bytes TrustFixture::trustBlockBytes()
{
    Bytes all;
    const auto &blocks = m_consortium->channel(kChannel).blocks();
    for (std::uint64_t n = 0; n < blocks.height(); ++n)
        all += blocks.rawBlock(n).value_or(Bytes());
    return all;
}

void TrustFixture::expectRejected(const Invoked &r, int status, const std::string &reason)
{
    EXPECT_EQ(r.status, status) << r.message;
    EXPECT_EQ(r.reasonCode(), reason) << r.message;
    EXPECT_FALSE(r.committed);
    EXPECT_GT(r.message.size(), reason.size() + 10) << "a rejection says what to do";
}

} // namespace lx::test
