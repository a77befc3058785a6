#include "FuzzSupport.h"

#include "crypto/Random.h"
#include "ledger/BlockHash.h"
#include "ledger/BlockSigning.h"
#include "ledger/BlockStore.h"
#include "ledger/Genesis.h"
#include "ledger/StandardContracts.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include "peer/proposal.pb.h"
#include <google/protobuf/stubs/logging.h>
#include "peer/proposal_response.pb.h"
#include "peer/transaction.pb.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace lx::fuzz {

namespace fs = std::filesystem;

namespace {

// libprotobuf logs every string field with invalid UTF-8 it parses: noise
// that slows fuzzing down. Crashes are reported by the sanitizers.
const bool g_quiet = [] {
    google::protobuf::SetLogHandler(nullptr);
    return true;
}();

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    return s;
}

fs::path scratchBase()
{
    if (const char *env = std::getenv("LIANXIN_FUZZ_TMP"); env && *env)
        return env;
    std::error_code ec;
    if (fs::is_directory("/dev/shm", ec) && ::access("/dev/shm", W_OK) == 0)
        return "/dev/shm";
    return fs::temp_directory_path();
}

} // namespace

const fs::path &scratchDir()
{
    static const fs::path *const dir = [] {
        auto *path = new fs::path(scratchBase()
                                  / ("lianxin-fuzz-" + std::to_string(::getpid()) + "-"
                                     + toHex(crypto::randomBytes(4))));
        fs::create_directories(*path);
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(scratchDir(), ec);
        });
        return path;
    }();
    return *dir;
}

void writeFile(const fs::path &path, std::string_view contents)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
    out.close();
    if (!out)
        fail("cannot write " + path.string());
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail("cannot read " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void fail(const std::string &what)
{
    std::fprintf(stderr, "FUZZ INVARIANT VIOLATED: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

const Sandbox &Sandbox::get()
{
    // Never destroyed: the targets may still use it while the process exits.
    static const Sandbox *const sandbox = [] {
        auto *s = new Sandbox;
        fs::path dataDir;
        if (const char *env = std::getenv("LIANXIN_FUZZ_SANDBOX"); env && *env) {
            dataDir = env;
            if (!client::sandboxExists(dataDir))
                fail("LIANXIN_FUZZ_SANDBOX=" + dataDir.string() + " holds no sandbox (run fuzz_seeds)");
        } else {
            dataDir = scratchDir() / "sandbox";
            client::initSandbox(dataDir, kPassphrase);
        }
        s->load(dataDir);
        return s;
    }();
    return *sandbox;
}

void Sandbox::load(const fs::path &dir)
{
    dataDir = dir;
    consortiumDir = client::consortiumDir(dir);

    const auto addSigner = [this](std::string label, client::SigningIdentity identity) {
        m_bySerialized.emplace(identity.serialized(), m_signers.size());
        m_byLabel.emplace(label, m_signers.size());
        m_signers.push_back(Signer{std::move(label), std::move(identity)});
    };
    const client::Wallet wallet = client::Wallet::open(client::walletDir(dir), kPassphrase);
    for (const client::WalletEntry &entry : wallet.entries())
        addSigner(entry.label, wallet.identity(entry.label));
    // Nodes as Consortium loads them: <prefix>-msp.txt, -cert.pem, -key.pem.
    const auto node = [](const fs::path &nodeDir, const std::string &prefix) {
        return client::SigningIdentity(trimmed(readFile(nodeDir / (prefix + "-msp.txt"))),
                                       readFile(nodeDir / (prefix + "-cert.pem")),
                                       crypto::PrivateKey::fromPem(readFile(nodeDir / (prefix + "-key.pem"))));
    };
    for (const auto &entry : fs::directory_iterator(consortiumDir / "nodes")) {
        if (entry.path().filename() == "orderer" || !fs::exists(entry.path() / "peer-key.pem"))
            continue;
        client::SigningIdentity peer = node(entry.path(), "peer");
        addSigner(peer.mspId() + "/peer", std::move(peer));
    }
    const fs::path ordererDir = ledger::ordererDir(consortiumDir);
    client::SigningIdentity orderer = node(ordererDir, "orderer");
    addSigner(orderer.mspId() + "/orderer", std::move(orderer));
    m_ordererKey.emplace(crypto::PrivateKey::fromPem(readFile(ordererDir / "orderer-key.pem")));
    if (!m_byLabel.count("OrdererMSP/orderer"))
        fail("the sandbox's orderer is not OrdererMSP/orderer");

    for (const auto &entry : fs::directory_iterator(consortiumDir / "channels"))
        if (entry.is_directory())
            channels.push_back(entry.path().filename().string());
    for (auto &[channel, contract] : ledger::standardContracts()) {
        const std::string name = contract->name();
        m_contracts[channel][name] = std::move(contract);
    }
    for (const std::string &channel : channels) {
        const auto *installed = &m_contracts[channel];
        m_lookups[channel] = [installed](const std::string &name) -> const chaincode::Contract * {
            const auto it = installed->find(name);
            return it == installed->end() ? nullptr : it->second.get();
        };
    }

    const fs::path blockFile = ledger::channelDir(consortiumDir, kChannel) / "blocks.dat";
    if (const auto problem = ledger::BlockStore::scanRecords(blockFile, &trustBlocks))
        fail("cannot read " + blockFile.string() + ": " + problem->reason);
    common::Block genesis;
    if (trustBlocks.empty() || !genesis.ParseFromString(trustBlocks.front()))
        fail("no genesis block in " + blockFile.string());
    genesisHeaderHash = ledger::blockHeaderHash(genesis.header());
    msps = std::make_unique<ledger::MspRegistry>(ledger::MspRegistry::fromGenesis(genesis));
}

const Signer *Sandbox::signer(const Bytes &serializedIdentity) const
{
    const auto it = m_bySerialized.find(serializedIdentity);
    return it == m_bySerialized.end() ? nullptr : &m_signers[it->second];
}

const Signer &Sandbox::byLabel(const std::string &label) const
{
    const auto it = m_byLabel.find(label);
    if (it == m_byLabel.end())
        fail("the sandbox has no identity " + label);
    return m_signers[it->second];
}

const ledger::ContractLookup &Sandbox::contracts(const std::string &channel) const
{
    static const ledger::ContractLookup none = [](const std::string &) -> const chaincode::Contract * {
        return nullptr;
    };
    const auto it = m_lookups.find(channel);
    return it == m_lookups.end() ? none : it->second;
}

bool Sandbox::hasChannel(const std::string &channel) const
{
    return m_lookups.count(channel) != 0;
}

std::string channelOf(const Bytes &envelopeBytes)
{
    common::Envelope envelope;
    common::Payload payload;
    common::ChannelHeader channelHeader;
    if (!envelope.ParseFromString(envelopeBytes) || !payload.ParseFromString(envelope.payload())
        || !channelHeader.ParseFromString(payload.header().channel_header()))
        return {};
    return channelHeader.channel_id();
}

std::optional<Bytes> resignTransaction(const Bytes &envelopeBytes)
{
    const Sandbox &sandbox = Sandbox::get();
    common::Envelope envelope;
    common::Payload payload;
    common::ChannelHeader channelHeader;
    common::SignatureHeader signatureHeader;
    if (!envelope.ParseFromString(envelopeBytes) || !payload.ParseFromString(envelope.payload())
        || !channelHeader.ParseFromString(payload.header().channel_header())
        || !signatureHeader.ParseFromString(payload.header().signature_header()))
        return std::nullopt;
    common::Header &header = *payload.mutable_header();
    channelHeader.set_tx_id(ledger::transactionId(signatureHeader.nonce(), signatureHeader.creator()));
    header.set_channel_header(channelHeader.SerializeAsString());

    protos::Transaction transaction;
    if (transaction.ParseFromString(payload.data())) {
        for (auto &action : *transaction.mutable_actions()) {
            action.set_header(header.signature_header());
            protos::ChaincodeActionPayload actionPayload;
            if (!actionPayload.ParseFromString(action.payload()) || !actionPayload.has_action())
                continue;
            auto &endorsed = *actionPayload.mutable_action();
            protos::ProposalResponsePayload prp;
            if (prp.ParseFromString(endorsed.proposal_response_payload())) {
                prp.set_proposal_hash(ledger::proposalHash(header, actionPayload.chaincode_proposal_payload()));
                endorsed.set_proposal_response_payload(prp.SerializeAsString());
            }
            for (auto &endorsement : *endorsed.mutable_endorsements()) {
                if (const Signer *peer = sandbox.signer(endorsement.endorser()))
                    endorsement.set_signature(
                        peer->identity.sign(endorsed.proposal_response_payload() + endorsement.endorser()));
            }
            action.set_payload(actionPayload.SerializeAsString());
        }
        payload.set_data(transaction.SerializeAsString());
    }
    envelope.set_payload(payload.SerializeAsString());
    if (const Signer *creator = sandbox.signer(signatureHeader.creator()))
        envelope.set_signature(creator->identity.sign(envelope.payload()));
    return envelope.SerializeAsString();
}

std::optional<Bytes> resignProposal(const Bytes &signedProposalBytes)
{
    protos::SignedProposal signedProposal;
    protos::Proposal proposal;
    common::Header header;
    common::ChannelHeader channelHeader;
    common::SignatureHeader signatureHeader;
    if (!signedProposal.ParseFromString(signedProposalBytes)
        || !proposal.ParseFromString(signedProposal.proposal_bytes()) || !header.ParseFromString(proposal.header())
        || !channelHeader.ParseFromString(header.channel_header())
        || !signatureHeader.ParseFromString(header.signature_header()))
        return std::nullopt;
    channelHeader.set_tx_id(ledger::transactionId(signatureHeader.nonce(), signatureHeader.creator()));
    header.set_channel_header(channelHeader.SerializeAsString());
    proposal.set_header(header.SerializeAsString());
    signedProposal.set_proposal_bytes(proposal.SerializeAsString());
    if (const Signer *creator = Sandbox::get().signer(signatureHeader.creator()))
        signedProposal.set_signature(creator->identity.sign(signedProposal.proposal_bytes()));
    return signedProposal.SerializeAsString();
}

Bytes resealBlock(common::Block block, std::uint64_t number, const Bytes &previousHash, bool resignTransactions)
{
    const Sandbox &sandbox = Sandbox::get();
    if (resignTransactions) {
        for (auto &data : *block.mutable_data()->mutable_data()) {
            if (auto resigned = resignTransaction(data))
                data = std::move(*resigned);
        }
    }
    auto &header = *block.mutable_header();
    header.set_number(number);
    header.set_previous_hash(previousHash);
    header.set_data_hash(ledger::blockDataHash(block.data()));
    ledger::signBlock(block, sandbox.ordererKey(), sandbox.orderer().identity.serialized());
    return block.SerializeAsString();
}

} // namespace lx::fuzz
