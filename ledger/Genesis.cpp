#include "ledger/Genesis.h"

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "crypto/Error.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "ledger/BlockHash.h"
#include "ledger/BlockSigning.h"
#include "ledger/BlockStore.h"
#include "ledger/ConfigUpdate.h"
#include "ledger/DataFolder.h"
#include "ledger/LedgerError.h"

#include "common/common.pb.h"
#include "common/configtx.pb.h"
#include "msp/identities.pb.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace lx::ledger {

namespace fs = std::filesystem;

namespace {

constexpr int kMetadataEntries = 5;
constexpr unsigned char kTxValid = 0; // peer.TxValidationCode VALID

[[noreturn]] void ioFailure(const std::string &what, const fs::path &path)
{
    if (isNoSpaceErrno(errno))
        throw LedgerError(LedgerError::Kind::Unavailable, "DISK_FULL", diskFullMessage(path.parent_path()));
    throw LedgerError(LedgerError::Kind::Unavailable, "CONSORTIUM_IO",
                      "cannot " + what + " " + path.string() + ": " + std::strerror(errno));
}

void syncDir(const fs::path &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return; // durability only; the data itself was written
    ::fsync(fd);
    ::close(fd);
}

// Temp file + fsync + rename: a node never finds half a key or certificate
// after a crash, and the key file is 0600 from its first byte.
void writeFileAtomic(const fs::path &path, const std::string &content, mode_t mode)
{
    const fs::path temp = path.parent_path() / (path.filename().string() + ".tmp-" + toHex(crypto::randomBytes(6)));
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        ioFailure("create", temp);
    std::size_t done = 0;
    bool ok = true;
    while (ok && done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            done += static_cast<std::size_t>(n);
    }
    ok = ok && ::fchmod(fd, mode) == 0 && ::fsync(fd) == 0;
    ok = (::close(fd) == 0) && ok;
    if (!ok || ::rename(temp.c_str(), path.c_str()) != 0) {
        const int saved = errno;
        ::unlink(temp.c_str());
        errno = saved;
        ioFailure("write", path);
    }
    syncDir(path.parent_path());
}

// Fabric's channel names: lower-case letters, digits, '.' and '-', starting
// with a letter. It also keeps the name safe to use as a folder name.
bool validChannelId(const std::string &id)
{
    if (id.empty() || id.size() > 249 || id[0] < 'a' || id[0] > 'z')
        return false;
    for (char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'))
            return false;
    }
    return true;
}

void checkOrg(const OrgConfig &org)
{
    if (org.mspId.empty())
        throw LedgerError(LedgerError::Kind::Usage, "MSP_ID_INVALID", "an organization has no MSP ID");
    try {
        (void)crypto::Certificate::fromPem(org.rootCertPem);
    } catch (const crypto::CryptoError &e) {
        throw LedgerError(LedgerError::Kind::Usage, "ROOT_CERT_INVALID",
                          "the root certificate of " + org.mspId + " cannot be read: " + e.what());
    }
}

common::Envelope genesisTransaction(const std::string &channelId, const std::vector<OrgConfig> &members,
                                const OrgConfig &ordererOrg, const crypto::PrivateKey &ordererKey,
                                const Bytes &ordererCreator)
{
    common::ConfigEnvelope configEnvelope;
    auto *config = configEnvelope.mutable_config();
    config->set_sequence(0);
    auto *channelGroup = config->mutable_channel_group();
    auto *groups = channelGroup->mutable_groups();
    auto &application = (*groups)["Application"];
    for (const auto &member : members)
        (*application.mutable_groups())[member.mspId] = organizationGroup(member);
    (*(*groups)["Orderer"].mutable_groups())[ordererOrg.mspId] = organizationGroup(ordererOrg);
    // The policies a configuration update is judged by (docs/channel-configuration.md).
    addChannelPolicies(*channelGroup);
    return configTransaction(channelId, configEnvelope, ordererKey, ordererCreator);
}

} // namespace

fs::path peerDir(const fs::path &consortiumDir, const std::string &mspId)
{
    return consortiumDir / "nodes" / mspId;
}

fs::path ordererDir(const fs::path &consortiumDir)
{
    return consortiumDir / "nodes" / "orderer";
}

fs::path channelDir(const fs::path &consortiumDir, const std::string &channelId)
{
    return consortiumDir / "channels" / channelId;
}

void writeNodeIdentity(const fs::path &dir, const std::string &prefix, const NodeIdentity &identity)
{
    // Certificates are public by nature, but the data folder is the
    // owner's alone (docs/data-at-rest.md): everything in it is 0600.
    createOwnerOnlyDirectories(dir);
    writeFileAtomic(dir / (prefix + "-cert.pem"), identity.certPem, 0600);
    writeFileAtomic(dir / (prefix + "-key.pem"), identity.keyPem, 0600);
    writeFileAtomic(dir / (prefix + "-msp.txt"), identity.mspId + "\n", 0600);
}

void createChannel(const fs::path &consortiumDir, const std::string &channelId,
                   const std::vector<OrgConfig> &members, const OrgConfig &ordererOrg, const NodeIdentity &orderer)
{
    if (!validChannelId(channelId))
        throw LedgerError(LedgerError::Kind::Usage, "CHANNEL_ID_INVALID",
                          "\"" + channelId + "\" is not a valid channel name (lower-case letters, digits, '.', '-')");
    if (members.empty())
        throw LedgerError(LedgerError::Kind::Usage, "CHANNEL_NO_MEMBERS", "channel " + channelId + " needs members");
    std::set<std::string> seen;
    for (const auto &member : members) {
        checkOrg(member);
        if (!seen.insert(member.mspId).second)
            throw LedgerError(LedgerError::Kind::Usage, "MSP_ID_DUPLICATE",
                              "organization " + member.mspId + " is listed twice");
    }
    checkOrg(ordererOrg);

    const fs::path dir = channelDir(consortiumDir, channelId);
    const fs::path blocksFile = dir / "blocks.dat";
    std::error_code ec;
    if (fs::exists(blocksFile, ec))
        throw LedgerError(LedgerError::Kind::Usage, "CHANNEL_EXISTS", "channel " + channelId + " exists already");

    crypto::PrivateKey ordererKey = [&] {
        try {
            auto key = crypto::PrivateKey::fromPem(orderer.keyPem);
            if (crypto::Certificate::fromPem(orderer.certPem).publicKey().toDer() != key.publicKey().toDer())
                throw LedgerError(LedgerError::Kind::Usage, "ORDERER_KEY_MISMATCH",
                                  "the orderer's key does not match its certificate");
            return key;
        } catch (const crypto::CryptoError &e) {
            throw LedgerError(LedgerError::Kind::Usage, "ORDERER_IDENTITY_INVALID",
                              std::string("the orderer identity cannot be read: ") + e.what());
        }
    }();
    msp::SerializedIdentity creatorIdentity;
    creatorIdentity.set_mspid(orderer.mspId);
    creatorIdentity.set_id_bytes(orderer.certPem);
    const Bytes creator = creatorIdentity.SerializeAsString();

    common::Block block;
    block.mutable_data()->add_data(
        genesisTransaction(channelId, members, ordererOrg, ordererKey, creator).SerializeAsString());
    auto *header = block.mutable_header();
    header->set_number(0);
    header->set_data_hash(blockDataHash(block.data()));
    auto *metadata = block.mutable_metadata()->mutable_metadata();
    for (int i = 0; i < kMetadataEntries; ++i)
        metadata->Add();
    metadata->Mutable(common::TRANSACTIONS_FILTER)
        ->assign(static_cast<std::size_t>(block.data().data_size()), static_cast<char>(kTxValid));
    signBlock(block, ordererKey, creator);

    createOwnerOnlyDirectories(dir / "private");
    {
        BlockStore store(blocksFile);
        store.append(block);
    }
    // The block is fsync'd by the store; make the new folder entries durable.
    syncDir(dir);
    syncDir(dir.parent_path());
}

} // namespace lx::ledger
