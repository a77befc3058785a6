#include "ledger/Consortium.h"

#include "ledger/BlockHash.h"
#include "ledger/ChainVerifier.h"
#include "ledger/Genesis.h"
#include "ledger/LedgerError.h"
#include "ledger/Simulator.h"
#include "ledger/StandardContracts.h"

#include "common/ledger.pb.h"
#include "msp/identities.pb.h"
#include "peer/chaincode.pb.h"
#include "peer/transaction.pb.h"

#include <fstream>
#include <set>
#include <sstream>
#include <thread>

namespace lx::ledger {

namespace {

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw LedgerError(LedgerError::Kind::Unavailable, "NODE_FILES", "cannot read " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    return s;
}

NodeSigner loadNode(const std::filesystem::path &dir, const std::string &prefix)
{
    msp::SerializedIdentity id;
    id.set_mspid(trimmed(readFile(dir / (prefix + "-msp.txt"))));
    id.set_id_bytes(readFile(dir / (prefix + "-cert.pem")));
    return NodeSigner{crypto::PrivateKey::fromPem(readFile(dir / (prefix + "-key.pem"))), id.SerializeAsString()};
}

[[noreturn]] void reject(const std::string &code, const std::string &message)
{
    throw LedgerError(LedgerError::Kind::Rejected, code, message);
}

} // namespace

struct Consortium::Checked
{
    Channel *channel = nullptr;
    common::Header header;
    common::ChannelHeader channelHeader;
    common::SignatureHeader signatureHeader;
    std::shared_ptr<const Identity> creator;
    std::string chaincode;
    std::vector<Bytes> args; // args[0] is the function
    std::map<std::string, Bytes> transient;
    Bytes visiblePayload; // ChaincodeProposalPayload without the transient map
};

Consortium::Consortium(const std::filesystem::path &dir, OrdererSettings settings, Access access)
    : m_dir(dir), m_access(access)
{
    const auto nodes = dir / "nodes";
    const auto channels = dir / "channels";
    if (!std::filesystem::is_directory(nodes) || !std::filesystem::is_directory(channels))
        throw LedgerError(LedgerError::Kind::Unavailable, "CONSORTIUM_MISSING",
                          "no consortium in " + dir.string() + " (run `lianxin-cli sandbox init`)");
    if (access == Access::ReadWrite)
        m_writerLock = std::make_unique<WriterLock>(dir);
    for (const auto &entry : std::filesystem::directory_iterator(nodes)) {
        if (entry.path().filename() == "orderer" || !std::filesystem::exists(entry.path() / "peer-key.pem"))
            continue;
        NodeSigner peer = loadNode(entry.path(), "peer");
        msp::SerializedIdentity id;
        id.ParseFromString(peer.serializedIdentity);
        m_peers.emplace(id.mspid(), std::move(peer));
    }
    const NodeSigner orderer = loadNode(ordererDir(dir), "orderer");
    for (const auto &entry : std::filesystem::directory_iterator(channels)) {
        if (!entry.is_directory())
            continue;
        const std::string id = entry.path().filename().string();
        ContractLookup lookup = [this, id](const std::string &name) { return contract(id, name); };
        m_channels.emplace(id,
                           std::make_unique<Channel>(id, entry.path(), std::move(lookup), orderer, settings, access));
    }
}

Consortium::~Consortium() = default;

void Consortium::installStandardContracts()
{
    for (auto &[channel, contract] : standardContracts())
        if (m_channels.count(channel))
            installContract(channel, std::move(contract));
}

void Consortium::installContract(const std::string &channel, std::shared_ptr<chaincode::Contract> contract)
{
    const std::string name = contract->name();
    m_contracts[channel][name] = std::move(contract);
}

const chaincode::Contract *Consortium::contract(const std::string &channel, const std::string &name) const
{
    const auto c = m_contracts.find(channel);
    if (c == m_contracts.end())
        return nullptr;
    const auto it = c->second.find(name);
    return it == c->second.end() ? nullptr : it->second.get();
}

std::vector<std::string> Consortium::channelIds() const
{
    std::vector<std::string> ids;
    for (const auto &[id, channel] : m_channels)
        ids.push_back(id);
    return ids;
}

Channel &Consortium::channel(const std::string &id)
{
    const auto it = m_channels.find(id);
    if (it == m_channels.end())
        reject("CHANNEL_UNKNOWN", "There is no channel " + id + " in this consortium.");
    return *it->second;
}

Consortium::Checked Consortium::check(const protos::SignedProposal &signedProposal)
{
    Checked c;
    protos::Proposal proposal;
    if (!proposal.ParseFromString(signedProposal.proposal_bytes()) || !c.header.ParseFromString(proposal.header())
        || !c.channelHeader.ParseFromString(c.header.channel_header())
        || !c.signatureHeader.ParseFromString(c.header.signature_header()))
        reject("PROPOSAL_MALFORMED", "The proposal cannot be parsed.");
    if (c.channelHeader.type() != common::ENDORSER_TRANSACTION)
        reject("PROPOSAL_MALFORMED", "The proposal is not an endorser transaction.");
    c.channel = &channel(c.channelHeader.channel_id());
    // A channel whose state failed a check answers nothing from it.
    c.channel->checkUsable();
    c.creator = c.channel->msps()->identity(c.signatureHeader.creator());
    if (!c.creator)
        reject("CREATOR_UNKNOWN", "The signer is not a member of channel " + c.channel->id() + ".");
    if (!c.creator->publicKey.verify(signedProposal.proposal_bytes(), signedProposal.signature()))
        reject("BAD_SIGNATURE", "The proposal's signature does not verify.");
    if (transactionId(c.signatureHeader.nonce(), c.signatureHeader.creator()) != c.channelHeader.tx_id())
        reject("BAD_TXID", "The transaction ID is not SHA-256(nonce || creator).");
    protos::ChaincodeHeaderExtension extension;
    protos::ChaincodeProposalPayload payload;
    protos::ChaincodeInvocationSpec spec;
    if (!extension.ParseFromString(c.channelHeader.extension()) || !payload.ParseFromString(proposal.payload())
        || !spec.ParseFromString(payload.input()) || spec.chaincode_spec().input().args_size() == 0)
        reject("PROPOSAL_MALFORMED", "The proposal names no chaincode or function.");
    c.chaincode = extension.chaincode_id().name();
    for (const auto &arg : spec.chaincode_spec().input().args())
        c.args.push_back(arg);
    for (const auto &[key, value] : payload.transientmap())
        c.transient.emplace(key, value);
    payload.clear_transientmap();
    c.visiblePayload = payload.SerializeAsString();
    return c;
}

Simulator::CrossChannelQuery Consortium::crossChannelQuery()
{
    return [this](const std::string &channelId, const std::string &name, const std::vector<Bytes> &args,
               const chaincode::Creator &creator, const std::string &txId, std::int64_t timestamp) {
        using chaincode::Response;
        const auto found = m_channels.find(channelId);
        // The endorsing peer of the creator's organization answers, so it
        // must serve the other channel too.
        if (found == m_channels.end() || !found->second->msps()->isMember(creator.mspId))
            return Response::reject(chaincode::NotFound, "CHANNEL_UNREACHABLE",
                "No peer of " + creator.mspId + " serves channel " + channelId + ".");
        Channel &other = *found->second;
        const chaincode::Contract *target = contract(channelId, name);
        if (!target)
            return Response::reject(
                chaincode::NotFound, "CHAINCODE_UNKNOWN", "Channel " + channelId + " has no contract " + name + ".");
        if (args.empty() || !target->isQuery(args.front()))
            return Response::reject(chaincode::Forbidden, "CROSS_CHANNEL_WRITE",
                "A contract may only query another channel; " + (args.empty() ? std::string("(none)") : args.front())
                    + " of " + name + " on " + channelId + " is not a query.");
        Simulator query(
            other.state(), [&other](const std::string &msp) { return other.privateStore(msp); }, name, channelId,
            txId, timestamp, creator, args, {}, { creator.mspId });
        return target->invoke(query);
    };
}

protos::Response Consortium::evaluate(const protos::SignedProposal &proposal)
{
    Checked c = check(proposal);
    if (c.chaincode == "qscc")
        return systemQuery(*c.channel, c.args);
    const chaincode::Contract *target = contract(c.channel->id(), c.chaincode);
    if (!target)
        reject("CHAINCODE_UNKNOWN", "Channel " + c.channel->id() + " has no contract " + c.chaincode + ".");
    chaincode::Creator creator{c.creator->mspId, c.creator->subject.commonName, c.creator->subject.organizationalUnits};
    // The creator's own peer answers a query, so it can read its own
    // organization's private data.
    Simulator sim(
        c.channel->state(), [ch = c.channel](const std::string &msp) { return ch->privateStore(msp); }, c.chaincode,
        c.channel->id(), c.channelHeader.tx_id(), c.channelHeader.timestamp().seconds(), creator, c.args, c.transient,
        {c.creator->mspId});
    sim.setCrossChannelQuery(crossChannelQuery());
    const chaincode::Response r = target->invoke(sim);
    protos::Response out;
    out.set_status(r.status);
    out.set_message(r.wireMessage());
    out.set_payload(r.payload);
    return out;
}

Endorsed Consortium::endorse(const protos::SignedProposal &proposal, const std::vector<std::string> &endorsingOrgs)
{
    if (m_access == Access::ReadOnly)
        throw LedgerError(LedgerError::Kind::Unavailable, "LEDGER_READ_ONLY",
                          "the ledger in " + m_dir.string() + " is open for reading only; it endorses nothing");
    Checked c = check(proposal);
    Channel &ch = *c.channel;
    const chaincode::Contract *target = contract(ch.id(), c.chaincode);
    if (!target)
        reject("CHAINCODE_UNKNOWN", "Channel " + ch.id() + " has no contract " + c.chaincode + ".");
    if (ch.state().transaction(c.channelHeader.tx_id()))
        reject("DUPLICATE_TXID", "Transaction " + c.channelHeader.tx_id() + " is already on the ledger.");

    chaincode::Invocation invocation{c.args[0], std::vector<Bytes>(c.args.begin() + 1, c.args.end()), c.creator->mspId};
    std::vector<std::string> orgs = endorsingOrgs.empty() ? target->endorsementPolicy(invocation).allOf : endorsingOrgs;
    std::set<std::string> orgSet(orgs.begin(), orgs.end());
    const auto members = ch.msps();
    std::map<std::string, const NodeSigner *> peers;
    for (const std::string &org : orgSet) {
        peers[org] = peer(org);
        if (!peers[org] || !members->isMember(org))
            reject("ENDORSER_UNKNOWN", "No peer of " + org + " serves channel " + ch.id() + ".");
    }

    chaincode::Creator creator{c.creator->mspId, c.creator->subject.commonName, c.creator->subject.organizationalUnits};
    Simulator sim(
        ch.state(), [&ch](const std::string &msp) { return ch.privateStore(msp); }, c.chaincode, ch.id(),
        c.channelHeader.tx_id(), c.channelHeader.timestamp().seconds(), creator, c.args, c.transient, orgSet);
    sim.setCrossChannelQuery(crossChannelQuery());
    const chaincode::Response r = target->invoke(sim);

    Endorsed out;
    out.txId = c.channelHeader.tx_id();
    out.channel = ch.id();
    out.result.set_status(r.status);
    out.result.set_message(r.wireMessage());
    out.result.set_payload(r.payload);
    if (!r.isOk())
        return out;
    if (sim.privacyViolation())
        reject("PRIVATE_DATA_NOT_HELD", "The contract touched private data no endorsing peer holds: "
                                            + *sim.privacyViolation() + ".");

    protos::ChaincodeAction action;
    action.set_results(sim.readWriteSet().SerializeAsString());
    if (const auto event = sim.event())
        action.set_events(event->SerializeAsString());
    *action.mutable_response() = out.result;
    action.mutable_chaincode_id()->set_name(c.chaincode);
    protos::ProposalResponsePayload prp;
    prp.set_proposal_hash(proposalHash(c.header, c.visiblePayload));
    prp.set_extension(action.SerializeAsString());
    const Bytes prpBytes = prp.SerializeAsString();

    protos::ChaincodeActionPayload actionPayload;
    actionPayload.set_chaincode_proposal_payload(c.visiblePayload);
    actionPayload.mutable_action()->set_proposal_response_payload(prpBytes);
    for (const std::string &org : orgSet) {
        const NodeSigner &peer = *peers.at(org);
        protos::ProposalResponse response;
        response.set_version(1);
        *response.mutable_response() = out.result;
        response.set_payload(prpBytes);
        auto *endorsement = response.mutable_endorsement();
        endorsement->set_endorser(peer.serializedIdentity);
        endorsement->set_signature(peer.key.sign(prpBytes + peer.serializedIdentity));
        *actionPayload.mutable_action()->add_endorsements() = *endorsement;
        out.responses.push_back(std::move(response));
    }
    protos::Transaction transaction;
    auto *txAction = transaction.add_actions();
    txAction->set_header(c.header.signature_header());
    txAction->set_payload(actionPayload.SerializeAsString());
    common::Payload payload;
    *payload.mutable_header() = c.header;
    payload.set_data(transaction.SerializeAsString());
    out.preparedTransaction.set_payload(payload.SerializeAsString());

    const auto pvt = sim.privateReadWriteSet();
    if (pvt.ns_pvt_rwset_size() > 0)
        ch.putTransient(out.txId, pvt);
    return out;
}

std::shared_future<CommitResult> Consortium::submit(const common::Envelope &transaction)
{
    common::Payload payload;
    common::ChannelHeader channelHeader;
    if (!payload.ParseFromString(transaction.payload())
        || !channelHeader.ParseFromString(payload.header().channel_header()))
        reject("TRANSACTION_MALFORMED", "The transaction envelope cannot be parsed.");
    if (channelHeader.type() == common::CONFIG_UPDATE)
        return channel(channelHeader.channel_id()).submitConfigUpdate(transaction, channelHeader.tx_id());
    return channel(channelHeader.channel_id()).submit(transaction, channelHeader.tx_id());
}

const NodeSigner *Consortium::peer(const std::string &mspId)
{
    std::lock_guard lock(m_peersMutex);
    const auto found = m_peers.find(mspId);
    if (found != m_peers.end())
        return &found->second;
    // An organization that joined since the consortium opened (a bank
    // admitted by the council, docs/channel-configuration.md) brings its
    // peer's identity into nodes/ when it joins.
    const auto dir = m_dir / "nodes" / mspId;
    if (mspId.empty() || mspId == "orderer" || mspId.find('/') != std::string::npos
        || !std::filesystem::exists(dir / "peer-key.pem"))
        return nullptr;
    try {
        NodeSigner loaded = loadNode(dir, "peer");
        msp::SerializedIdentity id;
        if (!id.ParseFromString(loaded.serializedIdentity) || id.mspid() != mspId)
            return nullptr;
        return &m_peers.emplace(mspId, std::move(loaded)).first->second;
    } catch (const std::exception &) {
        return nullptr;
    }
}

protos::Response Consortium::systemQuery(Channel &ch, const std::vector<Bytes> &args)
{
    protos::Response out;
    out.set_status(200);
    const auto fail = [&](int status, const std::string &message) {
        out.set_status(status);
        out.set_message(message);
        return out;
    };
    if (args.size() < 2 || args[1] != ch.id())
        return fail(400, "BAD_ARGUMENTS: qscc functions take the channel as first argument.");
    const std::string &fn = args[0];
    if (fn == "GetChainInfo") {
        common::BlockchainInfo info;
        const auto height = ch.height();
        info.set_height(height);
        info.set_currentblockhash(ch.blocks().tipHash());
        if (height > 1)
            if (const auto previous = ch.blocks().block(height - 2))
                info.set_previousblockhash(blockHeaderHash(previous->header()));
        out.set_payload(info.SerializeAsString());
        return out;
    }
    if (fn == "GetBlockByNumber" && args.size() == 3) {
        std::uint64_t number = 0;
        try {
            number = std::stoull(args[2]);
        } catch (const std::exception &) {
            return fail(400, "BAD_ARGUMENTS: block number is not a number.");
        }
        // Served only after its data hash and header check out.
        const auto block = readCheckedBlock(ch.blocks(), number, ch.id());
        if (!block)
            return fail(404, "BLOCK_NOT_FOUND: channel " + ch.id() + " has no block " + args[2] + ".");
        out.set_payload(block->SerializeAsString());
        return out;
    }
    if ((fn == "GetTransactionByID" || fn == "GetBlockByTxID") && args.size() == 3) {
        const auto rec = ch.state().transaction(args[2]);
        const auto block = rec ? readCheckedBlock(ch.blocks(), rec->block, ch.id()) : std::nullopt;
        if (!block)
            return fail(404, "TX_NOT_FOUND: no transaction " + args[2] + " on channel " + ch.id() + ".");
        // The index in the state must agree with the block it points into.
        const Bytes filter = blockTransactionsFilter(*block);
        common::Envelope envelope;
        common::Payload payload;
        common::ChannelHeader header;
        if (rec->txNumber >= filter.size() || static_cast<int>(rec->txNumber) >= block->data().data_size()
            || !envelope.ParseFromString(block->data().data(static_cast<int>(rec->txNumber)))
            || !payload.ParseFromString(envelope.payload())
            || !header.ParseFromString(payload.header().channel_header()) || header.tx_id() != args[2]
            || static_cast<unsigned char>(filter[rec->txNumber]) != rec->validationCode)
            throw LedgerError(LedgerError::Kind::DataInvalid, "STATE_INDEX_MISMATCH",
                "the state of channel " + ch.id() + " indexes transaction " + args[2] + " at block "
                    + std::to_string(rec->block) + " tx " + std::to_string(rec->txNumber)
                    + " with a code the block does not carry (run `lianxin-cli ledger verify state`)");
        if (fn == "GetBlockByTxID") {
            out.set_payload(block->SerializeAsString());
            return out;
        }
        protos::ProcessedTransaction processed;
        processed.mutable_transactionenvelope()->ParseFromString(block->data().data(static_cast<int>(rec->txNumber)));
        processed.set_validationcode(rec->validationCode);
        out.set_payload(processed.SerializeAsString());
        return out;
    }
    return fail(400, "UNKNOWN_FUNCTION: qscc has no function " + fn + ".");
}

} // namespace lx::ledger
