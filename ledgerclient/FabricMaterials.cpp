#include "ledgerclient/FabricMaterials.h"

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "crypto/Random.h"
#include "ledger/DataFolder.h"
#include "ledger/Genesis.h"
#include "ledgerclient/Ledger.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/SandboxCa.h"
#include "ledgerclient/Wallet.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace lx::client {

namespace fs = std::filesystem;

namespace {

constexpr const char *kCaFile = "ca.pem";
const crypto::SubjectAltNames kLoopback { { "localhost" }, { "127.0.0.1" } };

void writeFile(const fs::path &path, const std::string &content, mode_t mode)
{
    ledger::createOwnerOnlyDirectories(path.parent_path());
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << content;
        out.close();
        if (!out)
            throw LedgerError(LedgerError::Kind::Unavailable, "DATA_FOLDER_IO", "cannot write " + path.string());
    }
    ::chmod(path.c_str(), mode);
}

// An MSP folder of the sandbox: its CA signs identities and TLS alike.
void writeMsp(
    const fs::path &msp, const std::string &caPem, const std::string &certPem = {}, const std::string &keyPem = {})
{
    MspFolderFiles files;
    files.caPem = caPem;
    files.tlsCaPem = caPem;
    files.certPem = certPem;
    files.keyPem = keyPem;
    writeMspFolder(msp, files);
}

void writeTls(const fs::path &dir, const std::string &caPem, const IssuedIdentity &tls, const std::string &name)
{
    writeFile(dir / "ca.crt", caPem, 0644);
    writeFile(dir / (name + ".crt"), tls.certPem, 0644);
    writeFile(dir / (name + ".key"), tls.key.toPem(), 0600);
}

struct Node
{
    std::string mspId;
    std::string certPem;
    std::string keyPem;
};

Node readNode(const fs::path &dir, const std::string &prefix)
{
    std::string msp = readSandboxFile(dir / (prefix + "-msp.txt"));
    while (!msp.empty() && (msp.back() == '\n' || msp.back() == '\r'))
        msp.pop_back();
    return { msp, readSandboxFile(dir / (prefix + "-cert.pem")), readSandboxFile(dir / (prefix + "-key.pem")) };
}

void writeOrg(const fs::path &out, const fs::path &consortium, const std::string &mspId, const std::string &node,
    const Node &identity)
{
    const SandboxCa ca = loadSandboxCa(consortium, mspId);
    const std::string caPem = ca.cert.toPem();
    const fs::path org = out / "orgs" / mspId;
    writeMsp(org / "msp", caPem);

    const std::string host = node + "." + lowerCase(mspId);
    writeMsp(org / node / "msp", caPem, identity.certPem, identity.keyPem);
    writeTls(org / node / "tls", caPem, issueSandboxTls(ca, host, kLoopback), "server");

    const IssuedIdentity admin = issueSandboxIdentity(ca, { "admin" }, "admin." + lowerCase(mspId));
    writeMsp(org / "admin" / "msp", caPem, admin.certPem, admin.key.toPem());
    writeTls(org / "admin" / "tls", caPem, issueSandboxTls(ca, "admin." + lowerCase(mspId), kLoopback), "client");
}

void writeChaincodeTls(const fs::path &dir)
{
    crypto::PrivateKey caKey = crypto::PrivateKey::generate();
    crypto::Certificate caCert = crypto::makeSelfSignedCa(
        caKey, sandboxName("LianXin Chaincode Servers", {}, "ca.chaincode"), kSandboxValidityDays);
    const SandboxCa ca { std::move(caKey), std::move(caCert) };
    // The CA's key is not kept: nothing else is ever issued under it.
    const std::string caPem = ca.cert.toPem();
    writeFile(dir / "ca.crt", caPem, 0644);
    const IssuedIdentity server = issueSandboxTls(ca, "chaincode", kLoopback);
    writeFile(dir / "server.crt", server.certPem, 0644);
    writeFile(dir / "server.key", server.key.toPem(), 0600);
    const IssuedIdentity client = issueSandboxTls(ca, "peer-client", kLoopback);
    writeFile(dir / "client.crt", client.certPem, 0644);
    writeFile(dir / "client.key", client.key.toPem(), 0600);
}

} // namespace

void writeMspFolder(const fs::path &msp, const MspFolderFiles &files)
{
    if (!files.caPem.empty()) {
        writeFile(msp / "cacerts" / kCaFile, files.caPem, 0644);
        writeFile(msp / "config.yaml", fabricNodeOusConfig(kCaFile), 0644);
    }
    if (!files.tlsCaPem.empty())
        writeFile(msp / "tlscacerts" / kCaFile, files.tlsCaPem, 0644);
    if (!files.certPem.empty()) {
        writeFile(msp / "signcerts" / "cert.pem", files.certPem, 0644);
        writeFile(msp / "keystore" / files.keyFile, files.keyPem, 0600);
    }
}

std::string fabricNodeOusConfig(const std::string &caFile)
{
    std::string text = "NodeOUs:\n  Enable: true\n";
    const std::pair<const char *, const char *> ous[] = { { "ClientOUIdentifier", "client" },
        { "PeerOUIdentifier", "peer" }, { "AdminOUIdentifier", "admin" }, { "OrdererOUIdentifier", "orderer" } };
    for (const auto &[key, ou] : ous)
        text += std::string("  ") + key + ":\n    Certificate: cacerts/" + caFile
            + "\n    OrganizationalUnitIdentifier: " + ou + "\n";
    return text;
}

FabricMaterialsSummary writeFabricMaterials(
    const fs::path &dataDir, const std::string &passphrase, const fs::path &outDir)
{
    const char *parts[] = { "orgs", "users", "chaincode-tls" };
    for (const char *part : parts) {
        std::error_code ec;
        if (fs::exists(outDir / part, ec))
            throw LedgerError(LedgerError::Kind::Rejected, "FABRIC_MATERIALS_EXIST",
                "Fabric material exists already in " + (outDir / part).string()
                    + "; choose another folder or remove it.");
    }
    const fs::path consortium = consortiumDir(dataDir);
    const Wallet wallet = Wallet::open(walletDir(dataDir), passphrase);

    FabricMaterialsSummary summary;
    const Node orderer = readNode(ledger::ordererDir(consortium), "orderer");
    summary.ordererMspId = orderer.mspId;
    std::error_code ec;
    for (const auto &item : fs::directory_iterator(consortium / "cas", ec)) {
        const std::string msp = item.path().filename().string();
        if (item.is_directory() && msp != orderer.mspId)
            summary.orgs.push_back(msp);
    }
    if (ec || summary.orgs.empty())
        throw LedgerError(LedgerError::Kind::DataInvalid, "SANDBOX_CA_MISSING",
            "no organization's CA in " + (consortium / "cas").string());
    std::sort(summary.orgs.begin(), summary.orgs.end());

    try {
        for (const std::string &msp : summary.orgs)
            writeOrg(outDir, consortium, msp, "peer0", readNode(ledger::peerDir(consortium, msp), "peer"));
        writeOrg(outDir, consortium, orderer.mspId, "orderer0", orderer);

        for (const WalletEntry &entry : wallet.entries()) {
            const SigningIdentity identity = wallet.identity(entry.label);
            const std::string caPem = readSandboxFile(consortium / "cas" / entry.mspId / "ca-cert.pem");
            writeMsp(outDir / "users" / entry.mspId / entry.user / "msp", caPem, identity.certPem(),
                identity.privateKey().toPem());
            ++summary.users;
        }
        writeChaincodeTls(outDir / "chaincode-tls");
    } catch (...) {
        for (const char *part : parts)
            fs::remove_all(outDir / part, ec);
        throw;
    }
    return summary;
}

} // namespace lx::client
