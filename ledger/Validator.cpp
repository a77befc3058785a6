#include "ledger/Validator.h"

#include "crypto/Hash.h"
#include "ledger/Policy.h"
#include "ledger/Simulator.h"

#include "peer/chaincode.pb.h"
#include "peer/proposal.pb.h"
#include "peer/proposal_response.pb.h"
#include "peer/transaction.pb.h"

#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace lx::ledger {

std::string transactionId(const Bytes &nonce, const Bytes &creator)
{
    crypto::Sha256 hash;
    hash.update(nonce);
    hash.update(creator);
    return toHex(hash.finish());
}

Bytes proposalHash(const common::Header &header, const Bytes &chaincodeProposalPayload)
{
    crypto::Sha256 hash;
    hash.update(header.channel_header());
    hash.update(header.signature_header());
    hash.update(chaincodeProposalPayload);
    return hash.finish();
}

namespace {

using protos::TxValidationCode;

bool parseRwset(const Bytes &results, const std::string &chaincode, const MspRegistry *msps, ParsedTransaction &tx)
{
    rwset::TxReadWriteSet set;
    if (!set.ParseFromString(results))
        return (tx.code = protos::BAD_RWSET), false;
    for (const auto &ns : set.ns_rwset()) {
        if (ns.namespace_() != chaincode) {
            // Parsing a block Fabric made (no checks: the cache's sync, a
            // replay): its endorsers add reads of the chaincode definition
            // (_lifecycle, lscc) to every read-write set. Another namespace
            // that is only read does not change what the chaincode wrote;
            // the embedded validator still refuses it.
            kvrwset::KVRWSet other;
            if (!msps && other.ParseFromString(ns.rwset()) && other.writes_size() == 0
                && other.metadata_writes_size() == 0 && ns.collection_hashed_rwset_size() == 0)
                continue;
            return (tx.code = protos::ILLEGAL_WRITESET), false;
        }
        if (!tx.kv.ParseFromString(ns.rwset()))
            return (tx.code = protos::BAD_RWSET), false;
        for (const auto &coll : ns.collection_hashed_rwset()) {
            const std::string owner = collectionOwner(coll.collection_name());
            kvrwset::HashedRWSet hashed;
            if (owner.empty() || (msps && !msps->isMember(owner)) || !hashed.ParseFromString(coll.hashed_rwset()))
                return (tx.code = protos::BAD_RWSET), false;
            tx.hashed.emplace_back(coll.collection_name(), std::move(hashed));
            tx.privateHashes[coll.collection_name()] = coll.pvt_rwset_hash();
        }
    }
    return true;
}

} // namespace

ParsedTransaction parseTransaction(
    const Bytes &envelopeBytes, const std::string &channelId, const MspRegistry *msps, const ContractLookup *contracts)
{
    ParsedTransaction tx;
    const bool checks = msps && contracts;
    const auto fail = [&tx](TxValidationCode code) {
        tx.code = code;
        return tx;
    };
    common::Envelope envelope;
    if (envelopeBytes.empty() || !envelope.ParseFromString(envelopeBytes) || envelope.payload().empty())
        return fail(protos::NIL_ENVELOPE);
    common::Payload payload;
    if (!payload.ParseFromString(envelope.payload()))
        return fail(protos::BAD_PAYLOAD);
    if (!payload.has_header())
        return fail(protos::BAD_COMMON_HEADER);
    common::ChannelHeader channelHeader;
    if (!channelHeader.ParseFromString(payload.header().channel_header()))
        return fail(protos::BAD_CHANNEL_HEADER);
    common::SignatureHeader signatureHeader;
    if (!signatureHeader.ParseFromString(payload.header().signature_header()))
        return fail(protos::BAD_COMMON_HEADER);
    tx.txId = channelHeader.tx_id();
    tx.timestampSeconds = channelHeader.timestamp().seconds();
    if (channelHeader.type() != common::ENDORSER_TRANSACTION)
        return fail(protos::UNKNOWN_TX_TYPE);
    if (channelHeader.channel_id() != channelId)
        return fail(protos::TARGET_CHAIN_NOT_FOUND);

    std::shared_ptr<const Identity> creator;
    if (checks) {
        creator = msps->identity(signatureHeader.creator());
        if (!creator || !creator->publicKey.verify(envelope.payload(), envelope.signature()))
            return fail(protos::BAD_CREATOR_SIGNATURE);
        if (signatureHeader.nonce().empty()
            || transactionId(signatureHeader.nonce(), signatureHeader.creator()) != channelHeader.tx_id())
            return fail(protos::BAD_PROPOSAL_TXID);
    }

    protos::Transaction transaction;
    if (!transaction.ParseFromString(payload.data()))
        return fail(protos::BAD_PAYLOAD);
    if (transaction.actions_size() == 0)
        return fail(protos::NIL_TXACTION);
    if (transaction.actions_size() != 1)
        return fail(protos::INVALID_ENDORSER_TRANSACTION);
    protos::ChaincodeActionPayload actionPayload;
    if (!actionPayload.ParseFromString(transaction.actions(0).payload()))
        return fail(protos::BAD_PAYLOAD);
    if (!actionPayload.has_action())
        return fail(protos::NIL_TXACTION);
    protos::ChaincodeHeaderExtension extension;
    if (!extension.ParseFromString(channelHeader.extension()) || extension.chaincode_id().name().empty())
        return fail(protos::BAD_HEADER_EXTENSION);
    const Bytes &prpBytes = actionPayload.action().proposal_response_payload();
    protos::ProposalResponsePayload prp;
    protos::ChaincodeAction action;
    if (!prp.ParseFromString(prpBytes) || !action.ParseFromString(prp.extension()))
        return fail(protos::BAD_RESPONSE_PAYLOAD);
    tx.chaincode = extension.chaincode_id().name();
    if (action.chaincode_id().name() != tx.chaincode)
        return fail(protos::INVALID_CHAINCODE);
    if (!action.events().empty()) {
        protos::ChaincodeEvent event;
        if (!event.ParseFromString(action.events()))
            return fail(protos::BAD_RESPONSE_PAYLOAD);
        tx.event = std::move(event);
    }

    if (checks) {
        if (transaction.actions(0).header() != payload.header().signature_header())
            return fail(protos::INVALID_ENDORSER_TRANSACTION);
        if (prp.proposal_hash() != proposalHash(payload.header(), actionPayload.chaincode_proposal_payload()))
            return fail(protos::INVALID_ENDORSER_TRANSACTION);
        if (action.response().status() >= 400)
            return fail(protos::INVALID_ENDORSER_TRANSACTION);
        const chaincode::Contract *contract = (*contracts)(tx.chaincode);
        if (!contract)
            return fail(protos::INVALID_CHAINCODE);
        protos::ChaincodeProposalPayload proposalPayload;
        protos::ChaincodeInvocationSpec spec;
        if (!proposalPayload.ParseFromString(actionPayload.chaincode_proposal_payload())
            || !spec.ParseFromString(proposalPayload.input()) || spec.chaincode_spec().input().args_size() == 0)
            return fail(protos::BAD_PAYLOAD);
        chaincode::Invocation invocation;
        invocation.function = spec.chaincode_spec().input().args(0);
        for (int i = 1; i < spec.chaincode_spec().input().args_size(); ++i)
            invocation.args.push_back(spec.chaincode_spec().input().args(i));
        invocation.creatorMspId = creator->mspId;

        std::vector<std::shared_ptr<const Identity>> endorsers;
        std::set<Bytes> seen;
        for (const auto &endorsement : actionPayload.action().endorsements()) {
            if (!seen.insert(endorsement.endorser()).second)
                continue; // one signature per endorser counts
            auto endorser = msps->identity(endorsement.endorser());
            if (!endorser || !endorser->hasOu("peer"))
                continue;
            Bytes signedBytes = prpBytes;
            signedBytes += endorsement.endorser();
            if (endorser->publicKey.verify(signedBytes, endorsement.signature()))
                endorsers.push_back(std::move(endorser));
        }
        const chaincode::EndorsementPolicy policy = contract->endorsementPolicy(invocation);
        std::vector<const Identity *> signers;
        for (const auto &e : endorsers)
            signers.push_back(e.get());
        if (policy.allOf.empty() || !isSatisfied(signaturePolicy(policy), signers))
            return fail(protos::ENDORSEMENT_POLICY_FAILURE);
    }

    parseRwset(action.results(), tx.chaincode, checks ? msps : nullptr, tx);
    return tx;
}

namespace {

std::string stateKey(const std::string &ns, const std::string &key)
{
    std::string k = ns;
    k.push_back('\0');
    k += key;
    return k;
}

// Validation's view of a StateDb: its in-memory state and index.
class StateDbView : public StateView
{
public:
    explicit StateDbView(const StateDb &state) : m_state(state) { }
    std::optional<Height> version(const std::string &ns, const std::string &key) const override
    {
        const auto committed = m_state.get(ns, key);
        return committed ? std::optional<Height>(committed->version) : std::nullopt;
    }
    std::map<std::string, Height> versions(
        const std::string &ns, const std::string &start, const std::string &end) const override
    {
        std::map<std::string, Height> out;
        for (const auto &[key, value] : m_state.range(ns, start, end))
            out[key] = value.version;
        return out;
    }
    bool hasTransaction(const std::string &txId) const override { return m_state.transaction(txId).has_value(); }

private:
    const StateDb &m_state;
};

// World state as seen by the next transaction of the block being validated:
// committed state overlaid with the block's earlier valid writes.
class BlockView
{
public:
    explicit BlockView(const StateView &state) : m_state(state) { }

    std::optional<Height> version(const std::string &ns, const std::string &key) const
    {
        const auto it = m_updates.find(stateKey(ns, key));
        if (it != m_updates.end())
            return it->second;
        return m_state.version(ns, key);
    }
    void update(const std::string &ns, const std::string &key, std::optional<Height> version)
    {
        m_updates[stateKey(ns, key)] = version;
        m_touched[ns].insert(key);
    }
    // Keys with versions in [start, end) of ns, as the next transaction sees them.
    std::map<std::string, Height> range(const std::string &ns, const std::string &start, const std::string &end) const
    {
        std::map<std::string, Height> out = m_state.versions(ns, start, end);
        const auto touched = m_touched.find(ns);
        if (touched != m_touched.end()) {
            for (const std::string &key : touched->second) {
                if (key < start || (!end.empty() && key >= end))
                    continue;
                const auto v = m_updates.at(stateKey(ns, key));
                if (v)
                    out[key] = *v;
                else
                    out.erase(key);
            }
        }
        return out;
    }

private:
    const StateView &m_state;
    std::unordered_map<std::string, std::optional<Height>> m_updates;
    std::map<std::string, std::set<std::string>> m_touched;
};

bool sameVersion(const std::optional<Height> &current, const kvrwset::KVRead &read)
{
    if (!read.has_version())
        return !current;
    return current && current->block == read.version().block_num() && current->tx == read.version().tx_num();
}

int mvccCode(const ParsedTransaction &tx, const BlockView &view)
{
    for (const auto &read : tx.kv.reads())
        if (!sameVersion(view.version(tx.chaincode, read.key()), read))
            return protos::MVCC_READ_CONFLICT;
    for (const auto &[collection, hashed] : tx.hashed) {
        const std::string ns = hashedNamespace(tx.chaincode, collection);
        for (const auto &read : hashed.hashed_reads()) {
            kvrwset::KVRead plain;
            if (read.has_version())
                *plain.mutable_version() = read.version();
            if (!sameVersion(view.version(ns, toHex(read.key_hash())), plain))
                return protos::MVCC_READ_CONFLICT;
        }
    }
    for (const auto &range : tx.kv.range_queries_info()) {
        const auto now = view.range(tx.chaincode, range.start_key(), range.end_key());
        const auto &reads = range.raw_reads().kv_reads();
        if (static_cast<std::size_t>(reads.size()) != now.size())
            return protos::PHANTOM_READ_CONFLICT;
        auto it = now.begin();
        for (const auto &read : reads) {
            if (it->first != read.key() || it->second.block != read.version().block_num()
                || it->second.tx != read.version().tx_num())
                return protos::PHANTOM_READ_CONFLICT;
            ++it;
        }
    }
    return protos::VALID;
}

void collectWrites(
    const ParsedTransaction &tx, std::uint64_t blockNumber, std::uint64_t txNumber, BlockOutcome &out, BlockView *view)
{
    const Height version { blockNumber, txNumber };
    for (const auto &write : tx.kv.writes()) {
        out.stateBatch.writes.push_back(StateDb::Write {
            tx.chaincode, write.key(), write.is_delete(), write.value(), version, tx.txId, tx.timestampSeconds });
        if (view)
            view->update(tx.chaincode, write.key(), write.is_delete() ? std::nullopt : std::optional<Height>(version));
    }
    for (const auto &[collection, hashed] : tx.hashed) {
        const std::string ns = hashedNamespace(tx.chaincode, collection);
        for (const auto &write : hashed.hashed_writes()) {
            const std::string key = toHex(write.key_hash());
            out.stateBatch.writes.push_back(StateDb::Write {
                ns, key, write.is_delete(), write.value_hash(), version, tx.txId, tx.timestampSeconds });
            if (view)
                view->update(ns, key, write.is_delete() ? std::nullopt : std::optional<Height>(version));
        }
    }
}

// Private values for a valid transaction, checked against the hashes the
// channel carries; a set that does not match is not stored.
void collectPrivateWrites(const ParsedTransaction &tx, const rwset::TxPvtReadWriteSet &pvt, std::uint64_t blockNumber,
    std::uint64_t txNumber, BlockOutcome &out)
{
    for (const auto &ns : pvt.ns_pvt_rwset()) {
        if (ns.namespace_() != tx.chaincode)
            continue;
        for (const auto &coll : ns.collection_pvt_rwset()) {
            const auto expected = tx.privateHashes.find(coll.collection_name());
            if (expected == tx.privateHashes.end() || expected->second != crypto::sha256(coll.rwset()))
                continue;
            kvrwset::KVRWSet kv;
            if (!kv.ParseFromString(coll.rwset()))
                continue;
            auto &writes = out.privateWrites[collectionOwner(coll.collection_name())];
            for (const auto &w : kv.writes())
                writes.push_back(PrivateStore::Write { tx.chaincode, coll.collection_name(), w.key(), w.is_delete(),
                    w.value(), { blockNumber, txNumber } });
        }
    }
}

} // namespace

BlockOutcome validateBlock(const common::Block &block, const std::string &channelId, const MspRegistry &msps,
    const StateDb &state, const ContractLookup &contracts, const TransientLookup &transient, unsigned threads)
{
    const int count = block.data().data_size();
    std::vector<ParsedTransaction> checked(static_cast<std::size_t>(count));
    // Phase 1, in parallel: parsing and every signature check.
    threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(count)));
    const auto work = [&](unsigned part) {
        for (int i = static_cast<int>(part); i < count; i += static_cast<int>(threads))
            checked[static_cast<std::size_t>(i)] = parseTransaction(block.data().data(i), channelId, &msps, &contracts);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (auto &t : pool)
        t.join();

    return resolveBlock(block, std::move(checked), state, transient);
}

BlockOutcome resolveBlock(const common::Block &block, std::vector<ParsedTransaction> checked, const StateDb &state,
    const TransientLookup &transient)
{
    return resolveBlock(block, std::move(checked), StateDbView(state), transient);
}

BlockOutcome resolveBlock(const common::Block &block, std::vector<ParsedTransaction> checked, const StateView &state,
    const TransientLookup &transient)
{
    const int count = block.data().data_size();
    BlockOutcome out;
    out.transactions = std::move(checked);
    out.transactions.resize(static_cast<std::size_t>(count));
    // In order: duplicates and read versions.
    const std::uint64_t number = block.header().number();
    BlockView view(state);
    std::unordered_set<std::string> idsInBlock;
    out.codes.resize(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        ParsedTransaction &tx = out.transactions[static_cast<std::size_t>(i)];
        if (tx.code == protos::VALID && (state.hasTransaction(tx.txId) || idsInBlock.count(tx.txId)))
            tx.code = protos::DUPLICATE_TXID;
        if (tx.code == protos::VALID)
            tx.code = mvccCode(tx, view);
        if (!tx.txId.empty() && tx.code != protos::DUPLICATE_TXID && !state.hasTransaction(tx.txId)
            && idsInBlock.insert(tx.txId).second)
            out.stateBatch.transactions.emplace_back(
                tx.txId, TxRecord { number, static_cast<std::uint64_t>(i), tx.code });
        if (tx.code == protos::VALID) {
            collectWrites(tx, number, static_cast<std::uint64_t>(i), out, &view);
            if (!tx.hashed.empty() && transient)
                if (const auto pvt = transient(tx.txId))
                    collectPrivateWrites(tx, *pvt, number, static_cast<std::uint64_t>(i), out);
        }
        out.codes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(tx.code);
    }
    out.stateBatch.blockNumber = number;
    return out;
}

BlockOutcome replayBlock(const common::Block &block, const std::string &channelId)
{
    BlockOutcome out;
    const std::uint64_t number = block.header().number();
    const Bytes &filter = block.metadata().metadata_size() > common::TRANSACTIONS_FILTER
        ? block.metadata().metadata(common::TRANSACTIONS_FILTER)
        : Bytes();
    std::unordered_set<std::string> ids;
    for (int i = 0; i < block.data().data_size(); ++i) {
        ParsedTransaction tx = parseTransaction(block.data().data(i), channelId, nullptr, nullptr);
        const int code = static_cast<std::size_t>(i) < filter.size()
            ? static_cast<int>(static_cast<unsigned char>(filter[static_cast<std::size_t>(i)]))
            : static_cast<int>(protos::NOT_VALIDATED);
        if (number > 0 && !tx.txId.empty() && code != protos::DUPLICATE_TXID && ids.insert(tx.txId).second)
            out.stateBatch.transactions.emplace_back(tx.txId, TxRecord { number, static_cast<std::uint64_t>(i), code });
        if (number > 0 && code == protos::VALID && tx.code == protos::VALID)
            collectWrites(tx, number, static_cast<std::uint64_t>(i), out, nullptr);
        out.codes.push_back(static_cast<std::uint8_t>(code));
        out.transactions.push_back(std::move(tx));
    }
    out.stateBatch.blockNumber = number;
    return out;
}

std::optional<Height> ReplayedState::version(const std::string &ns, const std::string &key) const
{
    const auto it = m_state.find(stateKey(ns, key));
    return it == m_state.end() ? std::nullopt : std::optional<Height>(it->second.version);
}

std::map<std::string, Height> ReplayedState::versions(
    const std::string &ns, const std::string &start, const std::string &end) const
{
    std::map<std::string, Height> out;
    const std::string prefix = stateKey(ns, {});
    for (auto it = m_state.lower_bound(stateKey(ns, start)); it != m_state.end(); ++it) {
        if (it->first.compare(0, prefix.size(), prefix) != 0)
            break;
        std::string key = it->first.substr(prefix.size());
        if (!end.empty() && key >= end)
            break;
        out.emplace(std::move(key), it->second.version);
    }
    return out;
}

void ReplayedState::apply(const StateDb::Batch &batch)
{
    // As StateDb::commit: writes in order, the first record of an ID stays.
    for (const StateDb::Write &w : batch.writes) {
        if (w.isDelete)
            m_state.erase(stateKey(w.ns, w.key));
        else
            m_state[stateKey(w.ns, w.key)] = VersionedValue { w.value, w.version };
    }
    for (const auto &[txId, rec] : batch.transactions)
        m_txs.emplace(txId, rec);
}

namespace {

void appendVarint(Bytes &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(static_cast<char>((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

// Fabric's util.EncodeOrderPreservingVarUint64: the count of significant
// big-endian bytes (as a varint), then those bytes.
void appendOrderPreserving(Bytes &out, std::uint64_t value)
{
    Bytes digits;
    for (; value > 0; value >>= 8)
        digits.insert(digits.begin(), static_cast<char>(value & 0xff));
    appendVarint(out, digits.size());
    out += digits;
}

void appendField(Bytes &out, int field, const Bytes &content)
{
    appendVarint(out, static_cast<std::uint64_t>(field) << 3 | 2);
    appendVarint(out, content.size());
    out += content;
}

struct UpdateEntry
{
    bool isDelete = false;
    Bytes value;
    Height version;
};
using KeyUpdates = std::map<Bytes, UpdateEntry>;

void appendKvWrites(Bytes &updates, const KeyUpdates &keys, const std::string &ns, const std::string &collection)
{
    bool first = true;
    for (const auto &[key, entry] : keys) {
        Bytes kv;
        if (first && !ns.empty())
            appendField(kv, 1, ns);
        if (first && !collection.empty())
            appendField(kv, 2, collection);
        if (!key.empty())
            appendField(kv, 3, key);
        if (entry.isDelete) {
            appendVarint(kv, 4 << 3 | 0);
            appendVarint(kv, 1);
        } else if (!entry.value.empty()) {
            appendField(kv, 5, entry.value);
        }
        Bytes version;
        appendOrderPreserving(version, entry.version.block);
        appendOrderPreserving(version, entry.version.tx);
        appendField(kv, 6, version);
        appendField(updates, 1, kv);
        first = false;
    }
}

} // namespace

Bytes commitUpdateBytes(const BlockOutcome &outcome, std::uint64_t blockNumber)
{
    std::vector<BatchWrite> writes;
    for (std::size_t i = 0; i < outcome.transactions.size() && i < outcome.codes.size(); ++i) {
        const ParsedTransaction &tx = outcome.transactions[i];
        if (outcome.codes[i] != protos::VALID || tx.code != protos::VALID || blockNumber == 0)
            continue;
        const Height version { blockNumber, i };
        for (const auto &w : tx.kv.writes())
            writes.push_back({ tx.chaincode, {}, w.key(), w.is_delete(), w.value(), version });
        for (const auto &[collection, hashed] : tx.hashed)
            for (const auto &w : hashed.hashed_writes())
                writes.push_back({ tx.chaincode, collection, w.key_hash(), w.is_delete(), w.value_hash(), version });
    }
    return commitUpdateBytes(writes);
}

Bytes commitUpdateBytes(const std::vector<BatchWrite> &writes)
{
    std::map<std::string, KeyUpdates> publicWrites;
    std::map<std::string, std::map<std::string, KeyUpdates>> hashedWrites;
    for (const BatchWrite &w : writes) {
        UpdateEntry entry { w.isDelete, w.isDelete ? Bytes() : w.value, w.version };
        if (w.collection.empty())
            publicWrites[w.ns][w.key] = std::move(entry);
        else
            hashedWrites[w.ns][w.collection][w.key] = std::move(entry);
    }
    std::set<std::string> namespaces;
    for (const auto &[ns, keys] : publicWrites)
        namespaces.insert(ns);
    for (const auto &[ns, collections] : hashedWrites)
        namespaces.insert(ns);
    Bytes updates;
    for (const std::string &ns : namespaces) {
        if (ns.empty())
            continue; // Fabric's channel-config namespace; never written here
        bool namespaceWritten = false;
        if (const auto pub = publicWrites.find(ns); pub != publicWrites.end() && !pub->second.empty()) {
            appendKvWrites(updates, pub->second, ns, {});
            namespaceWritten = true;
        }
        if (const auto hashed = hashedWrites.find(ns); hashed != hashedWrites.end())
            for (const auto &[collection, keys] : hashed->second) {
                if (keys.empty())
                    continue;
                appendKvWrites(updates, keys, namespaceWritten ? std::string() : ns, collection);
                namespaceWritten = true;
            }
    }
    return updates;
}

Bytes commitHash(const Bytes &filter, const Bytes &updateBytes, const Bytes &previousCommitHash)
{
    Bytes length;
    appendVarint(length, filter.size());
    crypto::Sha256 hash;
    hash.update(length);
    hash.update(filter);
    hash.update(updateBytes);
    hash.update(previousCommitHash);
    return hash.finish();
}

} // namespace lx::ledger
