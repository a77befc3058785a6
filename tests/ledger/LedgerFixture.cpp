#include "LedgerFixture.h"

#include "crypto/Bytes.h"
#include "crypto/Random.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

namespace lx::test {

namespace {
const char *const kPassphrase = "correct horse battery";
}

chaincode::Response KvContract::invoke(chaincode::Stub &stub) const
{
    const auto &a = stub.args();
    const std::string fn = a.empty() ? std::string() : a[0];
    if ((fn == "put" && a.size() >= 3) || (fn == "readput" && a.size() == 3)) {
        if (fn == "readput")
            stub.getState(a[1]);
        stub.putState(a[1], a[2]);
        stub.setEvent("Put", a[1]);
        return chaincode::Response::ok();
    }
    if (fn == "count" && a.size() == 2) {
        // A range read, then a write: the transaction depends on no key
        // appearing in the range before it commits.
        const auto rows = stub.getStateByRange(a[1], a[1] + "\x7f");
        stub.putState("count/" + a[1], std::to_string(rows.size()));
        return chaincode::Response::ok();
    }
    if (fn == "get" && a.size() == 2) {
        const auto v = stub.getState(a[1]);
        return v ? chaincode::Response::ok(*v) : chaincode::Response::reject(404, "KV_MISSING", "no such key");
    }
    if ((fn == "xget" || fn == "xput") && a.size() == 3) {
        // Reads (or tries to write) key a[2] of kv on channel a[1], and
        // records what it saw here.
        const chaincode::Response seen = fn == "xget"
            ? stub.invokeChaincode(a[1], "kv", { "get", a[2] })
            : stub.invokeChaincode(a[1], "kv", { "put", a[2], "overwritten" });
        if (!seen.isOk())
            return seen;
        stub.putState("seen/" + a[2], seen.payload);
        return chaincode::Response::ok(seen.payload);
    }
    const std::string collection = chaincode::implicitCollection(stub.creator().mspId);
    if (fn == "pput" && a.size() == 2) {
        // Private values travel in the transient map, never in the args.
        const auto value = stub.transient().find("value");
        if (value == stub.transient().end())
            return chaincode::Response::reject(400, "KV_BAD_CALL", "no transient value");
        stub.putPrivateData(collection, a[1], value->second);
        return chaincode::Response::ok();
    }
    if (fn == "pget" && a.size() == 2) {
        const auto v = stub.getPrivateData(collection, a[1]);
        return v ? chaincode::Response::ok(*v) : chaincode::Response::reject(404, "KV_MISSING", "no such key");
    }
    return chaincode::Response::reject(400, "KV_BAD_CALL", "unknown function or arguments");
}

chaincode::EndorsementPolicy KvContract::endorsementPolicy(const chaincode::Invocation &invocation) const
{
    chaincode::EndorsementPolicy policy { { invocation.creatorMspId } };
    if (invocation.function == "put" && invocation.args.size() == 3 && invocation.args[2] != invocation.creatorMspId)
        policy.allOf.push_back(invocation.args[2]);
    return policy;
}

std::filesystem::path makeTempDir(const std::string &tag)
{
    auto dir = std::filesystem::temp_directory_path() / ("lianxin-" + tag + "-" + toHex(crypto::randomBytes(6)));
    std::filesystem::create_directories(dir);
    return dir;
}

void LedgerFixture::SetUp()
{
    m_dataDir = makeTempDir("ledger");
    client::initSandbox(m_dataDir, kPassphrase);
    m_consortiumDir = client::consortiumDir(m_dataDir);
    openConsortium();
}

const char *LedgerFixture::passphrase()
{
    return kPassphrase;
}

void LedgerFixture::TearDown()
{
    m_consortium.reset();
    std::error_code ec;
    std::filesystem::remove_all(m_dataDir, ec);
}

void LedgerFixture::openConsortium()
{
    m_consortium.reset();
    ledger::OrdererSettings settings;
    settings.batchTimeout = std::chrono::milliseconds(5);
    m_consortium = std::make_unique<ledger::Consortium>(m_consortiumDir, settings);
    m_consortium->installStandardContracts();
    m_consortium->installContract("lc", std::make_shared<KvContract>());
    m_consortium->installContract("forfaiting", std::make_shared<KvContract>());
}

std::string LedgerFixture::msp(int org) const
{
    return client::defaultSandbox().orgs.at(static_cast<std::size_t>(org)).mspId;
}

client::SigningIdentity LedgerFixture::user(int org, const std::string &name) const
{
    static std::map<std::filesystem::path, std::shared_ptr<client::Wallet>> wallets;
    auto &wallet = wallets[m_dataDir];
    if (!wallet)
        wallet = std::make_shared<client::Wallet>(client::Wallet::open(client::walletDir(m_dataDir), kPassphrase));
    return wallet->identity(msp(org) + "/" + name);
}

ledger::Endorsed LedgerFixture::endorse(const client::SigningIdentity &who, const std::string &function,
    const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    const auto proposal = client::buildSignedProposal(who, "lc", "kv", function, args, transient);
    return m_consortium->endorse(proposal.signedProposal);
}

ledger::CommitResult LedgerFixture::order(const common::Envelope &envelope)
{
    return m_consortium->submit(envelope).get();
}

ledger::CommitResult LedgerFixture::submit(const client::SigningIdentity &who, const std::string &function,
    const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    const ledger::Endorsed endorsed = endorse(who, function, args, transient);
    EXPECT_EQ(endorsed.result.status(), 200) << endorsed.result.message();
    return order(client::signTransaction(who, endorsed.preparedTransaction));
}

} // namespace lx::test
