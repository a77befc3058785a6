#include "ledger/ChainVerifier.h"

#include "ledger/BlockHash.h"
#include "ledger/BlockSigning.h"
#include "ledger/BlockStore.h"
#include "ledger/FabricTransaction.h"
#include "ledger/LedgerError.h"
#include "ledger/StateDb.h"

#include "common/common.pb.h"
#include "peer/transaction.pb.h"

#include <algorithm>

namespace lx::ledger {

ChainVerifier::ChainVerifier(std::string channelId, ContractLookup contracts, Depth depth)
    : m_channelId(std::move(channelId)), m_contracts(std::move(contracts)), m_depth(depth)
{
}

namespace {

constexpr const char *kBlockValidation = "/Channel/Orderer/BlockValidation";

// A configuration made by configtxgen carries Fabric's policy tree with
// the orderer's BlockValidation; the embedded ledger's genesis has none (its
// blocks are judged by the orderer's MSP).
std::optional<ChannelConfig> fabricConfig(const common::Block &block)
{
    if (!ChannelConfig::isConfigBlock(block))
        return std::nullopt;
    ChannelConfig config(ChannelConfig::envelopeOf(block));
    if (!config.hasPolicy(kBlockValidation))
        return std::nullopt;
    return config;
}

std::string codeName(int code)
{
    const std::string name = protos::TxValidationCode_Name(static_cast<protos::TxValidationCode>(code));
    return name.empty() ? "code " + std::to_string(code) : name;
}

} // namespace

void ChainVerifier::resume(
    const common::Block &genesis, std::uint64_t next, Bytes previousHash, const common::Block *lastConfig)
{
    m_commitHash = next <= 1 ? std::optional<Bytes>(Bytes()) : std::nullopt;
    if (genesis.header().number() != 0)
        throw LedgerError(LedgerError::Kind::DataInvalid, "NOT_GENESIS", "resume needs block 0 of the channel");
    m_msps.emplace(MspRegistry::fromGenesis(genesis));
    m_config = fabricConfig(genesis);
    m_fabric = m_config.has_value();
    if (!m_fabric)
        m_config.emplace(ChannelConfig::envelopeOf(genesis));
    m_lastConfig = 0;
    if (lastConfig && lastConfig->header().number() > 0 && lastConfig->header().number() < next) {
        m_config.emplace(ChannelConfig::envelopeOf(*lastConfig));
        if (!m_fabric)
            m_msps.emplace(MspRegistry::fromConfig(m_config->envelope()));
        m_lastConfig = lastConfig->header().number();
    }
    m_next = next;
    m_previousHash = std::move(previousHash);
}

void ChainVerifier::note(const std::string &what)
{
    if (std::find(m_notVerified.begin(), m_notVerified.end(), what) == m_notVerified.end())
        m_notVerified.push_back(what);
}

std::optional<ChainProblem> ChainVerifier::feed(const Bytes &rawBlock)
{
    common::Block block;
    if (!block.ParseFromString(rawBlock) || !block.has_header())
        return ChainProblem { m_next, "not a common.Block" };
    return feed(block);
}

std::optional<ChainProblem> ChainVerifier::feed(const common::Block &block)
{
    const std::uint64_t n = m_next;
    const auto problem = [n](std::string reason) { return ChainProblem { n, std::move(reason) }; };
    if (!block.has_header())
        return problem("not a common.Block");
    if (block.header().number() != n)
        return problem("carries number " + std::to_string(block.header().number()));
    if (block.header().previous_hash() != m_previousHash)
        return problem("previous hash does not match the header hash of block " + std::to_string(n - 1));
    if (blockDataHash(block.data()) != block.header().data_hash())
        return problem("data hash does not match its transactions");

    if (n == 0) {
        try {
            m_msps.emplace(MspRegistry::fromGenesis(block));
            m_config = fabricConfig(block);
            m_fabric = m_config.has_value();
            if (!m_fabric)
                m_config.emplace(ChannelConfig::envelopeOf(block));
        } catch (const std::exception &e) {
            return problem(e.what());
        }
    }
    if (m_fabric)
        return feedFabric(block);
    // The orderer's signature: its identity must belong to the orderer MSP.
    common::Metadata signatures;
    bool signedByOrderer = false;
    if (block.metadata().metadata_size() > common::SIGNATURES
        && signatures.ParseFromString(block.metadata().metadata(common::SIGNATURES))) {
        for (const auto &sig : signatures.signatures()) {
            common::SignatureHeader header;
            if (!header.ParseFromString(sig.signature_header()))
                continue;
            const auto orderer = m_msps->identity(header.creator());
            if (orderer && orderer->mspId == m_msps->ordererMspId() && orderer->hasOu("orderer")
                && verifyBlockSignature(block, orderer->publicKey)) {
                signedByOrderer = true;
                break;
            }
        }
    }
    if (!signedByOrderer)
        return problem("orderer signature missing or invalid");

    const int count = block.data().data_size();
    const Bytes filter = blockTransactionsFilter(block);
    if (filter.size() != static_cast<std::size_t>(count))
        return problem("transactions filter has " + std::to_string(filter.size()) + " entries for "
            + std::to_string(count) + " transactions");
    if (n > 0) {
        // A configuration block (docs/channel-configuration.md): its
        // configuration must follow from the one in force, by an update
        // its mod_policies allow, in a CONFIG transaction the orderer signed.
        std::optional<common::ConfigEnvelope> nextConfig;
        if (ChannelConfig::isConfigBlock(block)) {
            try {
                nextConfig = ChannelConfig::envelopeOf(block);
                const std::string why = m_config->checkSuccessor(*nextConfig, m_channelId);
                if (!why.empty())
                    return problem("configuration block: " + why);
                (void)MspRegistry::fromConfig(*nextConfig);
            } catch (const std::exception &e) {
                return problem(std::string("configuration block: ") + e.what());
            }
            common::Envelope envelope;
            common::Payload payload;
            common::SignatureHeader header;
            envelope.ParseFromString(block.data().data(0));
            payload.ParseFromString(envelope.payload());
            header.ParseFromString(payload.header().signature_header());
            const auto creator = m_msps->identity(header.creator());
            if (!creator || !m_msps->isOrderer(creator->mspId)
                || !creator->publicKey.verify(envelope.payload(), envelope.signature()))
                return problem("configuration transaction is not signed by the orderer");
            if (filter[0] != static_cast<char>(protos::VALID))
                return problem("configuration transaction is not marked valid");
        }
        BlockOutcome outcome;
        if (m_depth == Depth::Transactions && !nextConfig) {
            // Validate every transaction again, in order, against the state
            // the earlier blocks produce; the codes must be the block's.
            std::vector<ParsedTransaction> checked;
            checked.reserve(static_cast<std::size_t>(count));
            for (int i = 0; i < count; ++i)
                checked.push_back(parseTransaction(block.data().data(i), m_channelId, &*m_msps, &m_contracts));
            outcome = resolveBlock(block, std::move(checked), m_replay, {});
            for (int i = 0; i < count; ++i) {
                const int marked = static_cast<unsigned char>(filter[static_cast<std::size_t>(i)]);
                const int actual = outcome.codes[static_cast<std::size_t>(i)];
                if (marked == actual)
                    continue;
                const std::string &txId = outcome.transactions[static_cast<std::size_t>(i)].txId;
                if (marked == protos::VALID)
                    return problem("transaction " + std::to_string(i) + " (" + txId
                        + ") is marked valid but fails: " + codeName(actual));
                return problem("transaction " + std::to_string(i) + " (" + txId + ") is marked " + codeName(marked)
                    + " but validates as " + codeName(actual));
            }
        } else {
            outcome = replayBlock(block, m_channelId);
        }
        // The commit hash chains the validation codes and the writes they
        // let through; the header hash does not cover them.
        const Bytes stored = blockCommitHash(block);
        if (stored.empty())
            return problem("carries no commit hash (COMMIT_HASH metadata); its validation codes are unprotected");
        if (m_commitHash && commitHash(filter, commitUpdateBytes(outcome, n), *m_commitHash) != stored)
            return problem("commit hash does not match its validation codes and writes");
        m_commitHash = stored;
        if (m_depth == Depth::Transactions)
            m_replay.apply(outcome.stateBatch);
        if (nextConfig) {
            m_msps.emplace(MspRegistry::fromConfig(*nextConfig));
            m_config.emplace(std::move(*nextConfig));
            m_lastConfig = n;
        }
    }
    m_transactions += static_cast<std::uint64_t>(count);
    m_previousHash = blockHeaderHash(block.header());
    ++m_next;
    return std::nullopt;
}

std::optional<ChainProblem> ChainVerifier::feedFabric(const common::Block &block)
{
    const std::uint64_t n = m_next;
    const auto problem = [n](std::string reason) { return ChainProblem { n, std::move(reason) }; };
    const bool isConfig = ChannelConfig::isConfigBlock(block);

    if (n == 0)
        for (const auto &what : m_config->unchecked())
            note(what);
    // The orderer's signatures under the configuration in force before this
    // block, as the peer's gossip MCS (VerifyBlock) judges them.
    common::Metadata signatures;
    if (block.metadata().metadata_size() <= common::SIGNATURES
        || !signatures.ParseFromString(block.metadata().metadata(common::SIGNATURES)))
        return problem("SIGNATURES metadata cannot be read");
    if (n == 0 && signatures.signatures_size() == 0) {
        note("block 0 (the genesis block) is the channel's trust root: Fabric's orderer does not sign it, its "
             "configuration (MSPs, orderer organizations, policies) is taken as given");
    } else {
        std::vector<SignedData> signed_;
        const Bytes headerDer = blockHeaderDer(block.header());
        for (const auto &sig : signatures.signatures()) {
            common::SignatureHeader header;
            if (!header.ParseFromString(sig.signature_header()))
                return problem("an orderer signature has no readable signature header");
            signed_.push_back(
                { signatures.value() + sig.signature_header() + headerDer, header.creator(), sig.signature() });
        }
        const std::string why = m_config->evaluate(kBlockValidation, signed_);
        if (!why.empty())
            return problem("orderer signature missing or invalid: " + why);
    }
    // Which configuration block is in force, as the orderer states it.
    if (!signatures.value().empty()) {
        common::OrdererBlockMetadata ordererMetadata;
        if (!ordererMetadata.ParseFromString(signatures.value()))
            return problem("SIGNATURES metadata value is not an OrdererBlockMetadata");
        const std::uint64_t expected = isConfig ? n : m_lastConfig;
        if (ordererMetadata.last_config().index() != expected)
            return problem("names block " + std::to_string(ordererMetadata.last_config().index())
                + " as its last configuration, not block " + std::to_string(expected));
    } else if (n > 0) {
        return problem("SIGNATURES metadata carries no OrdererBlockMetadata");
    }

    const int count = block.data().data_size();
    const Bytes filter = blockTransactionsFilter(block);
    if (n > 0 && filter.size() != static_cast<std::size_t>(count))
        return problem("transactions filter has " + std::to_string(filter.size()) + " entries for "
            + std::to_string(count) + " transactions");

    // A later configuration must follow from the one in force; it is in
    // force from this block on (the next block's signatures included).
    std::optional<ChannelConfig> nextConfig;
    if (isConfig && n > 0) {
        try {
            common::ConfigEnvelope envelope = ChannelConfig::envelopeOf(block);
            const std::string why = m_config->checkSuccessor(envelope, m_channelId);
            if (!why.empty())
                return problem("configuration block: " + why);
            nextConfig.emplace(std::move(envelope));
        } catch (const std::exception &e) {
            return problem(std::string("configuration block: ") + e.what());
        }
        // The orderer signs the CONFIG envelope it made from the update.
        const FabricTransaction configTx = parseFabricTransaction(block.data().data(0), m_channelId, &m_config->msps());
        if (configTx.code != protos::VALID)
            return problem("configuration transaction: " + configTx.failure);
        common::Envelope envelope;
        common::Payload payload;
        common::SignatureHeader header;
        envelope.ParseFromString(block.data().data(0));
        payload.ParseFromString(envelope.payload());
        header.ParseFromString(payload.header().signature_header());
        const auto creator = m_config->msps().identity(header.creator());
        if (!creator || !m_config->msps().isOrderer(creator->mspId))
            return problem("configuration transaction is not signed by an orderer organization");
    }

    // Transactions: parsed always (their writes make the commit hash),
    // rechecked at Depth::Transactions.
    const bool recheck = m_depth == Depth::Transactions;
    std::vector<BatchWrite> writes;
    bool metadataOnly = false;
    std::unordered_map<std::string, Height> blockUpdates;
    std::unordered_set<std::string> idsInBlock;
    const auto publicKey = [](const std::string &ns, const std::string &key) { return "P" + ns + '\0' + key; };
    const auto hashedKey = [](const std::string &ns, const std::string &coll, const Bytes &keyHash) {
        return "H" + ns + '\0' + coll + '\0' + keyHash;
    };
    const auto current = [&](const std::string &key) -> std::optional<Height> {
        const auto inBlock = blockUpdates.find(key);
        if (inBlock != blockUpdates.end())
            return inBlock->second.block == 0 && inBlock->second.tx == 0 ? std::nullopt
                                                                         : std::optional<Height>(inBlock->second);
        const auto it = m_versions.find(key);
        return it == m_versions.end() ? std::nullopt : std::optional<Height>(it->second);
    };
    const auto sameVersion = [](const std::optional<Height> &now, const kvrwset::KVRead &read) {
        if (!read.has_version())
            return !now;
        return now && now->block == read.version().block_num() && now->tx == read.version().tx_num();
    };
    for (int i = 0; n > 0 && i < count; ++i) {
        const int marked = static_cast<unsigned char>(filter[static_cast<std::size_t>(i)]);
        const FabricTransaction tx
            = parseFabricTransaction(block.data().data(i), m_channelId, recheck ? &m_config->msps() : nullptr);
        const std::string name = "transaction " + std::to_string(i) + (tx.txId.empty() ? "" : " (" + tx.txId + ")");
        if (recheck) {
            int found = tx.code;
            std::string why = tx.failure;
            const bool duplicate = !tx.txId.empty() && (m_txIds.count(tx.txId) || idsInBlock.count(tx.txId));
            if (found == protos::VALID && tx.type == common::ENDORSER_TRANSACTION && duplicate) {
                found = protos::DUPLICATE_TXID;
                why = "its transaction ID is on the chain already";
            }
            bool summarized = false;
            if (found == protos::VALID) {
                for (const auto &ns : tx.rwset) {
                    for (const auto &read : ns.kv.reads())
                        if (found == protos::VALID && !sameVersion(current(publicKey(ns.name, read.key())), read)) {
                            found = protos::MVCC_READ_CONFLICT;
                            why = "it read " + ns.name + " key " + read.key() + " at a version no longer current";
                        }
                    for (const auto &[coll, hashed] : ns.hashed)
                        for (const auto &read : hashed.hashed_reads()) {
                            kvrwset::KVRead plain;
                            if (read.has_version())
                                *plain.mutable_version() = read.version();
                            if (found == protos::VALID
                                && !sameVersion(current(hashedKey(ns.name, coll, read.key_hash())), plain)) {
                                found = protos::MVCC_READ_CONFLICT;
                                why = "it read a key of collection " + coll + " at a version no longer current";
                            }
                        }
                    for (const auto &range : ns.kv.range_queries_info()) {
                        if (range.has_reads_merkle_hashes()) {
                            summarized = true;
                            continue;
                        }
                        // The keys in [start, end) now, as this transaction would see them;
                        // an iterator the chaincode left before its end covers up to the last
                        // key it read (Fabric's rangeQueryValidator).
                        const auto &reads = range.raw_reads().kv_reads();
                        std::map<std::string, Height> now;
                        const std::string prefix = publicKey(ns.name, "");
                        const auto inRange = [&](const std::string &k) {
                            if (k < range.start_key())
                                return false;
                            if (!range.itr_exhausted())
                                return !reads.empty() && k <= reads[reads.size() - 1].key();
                            return range.end_key().empty() || k < range.end_key();
                        };
                        for (auto it = m_versions.lower_bound(prefix + range.start_key());
                             it != m_versions.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
                            const std::string key = it->first.substr(prefix.size());
                            if (!inRange(key))
                                break;
                            now[key] = it->second;
                        }
                        for (const auto &[key, version] : blockUpdates) {
                            if (key.compare(0, prefix.size(), prefix) != 0 || !inRange(key.substr(prefix.size())))
                                continue;
                            if (version.block == 0 && version.tx == 0)
                                now.erase(key.substr(prefix.size()));
                            else
                                now[key.substr(prefix.size())] = version;
                        }
                        bool same = static_cast<std::size_t>(reads.size()) == now.size();
                        auto it = now.begin();
                        for (int r = 0; same && r < reads.size(); ++r, ++it)
                            same = it->first == reads[r].key() && it->second.block == reads[r].version().block_num()
                                && it->second.tx == reads[r].version().tx_num();
                        if (!same && found == protos::VALID) {
                            found = protos::PHANTOM_READ_CONFLICT;
                            why = "its range query over " + ns.name + " returns other keys now";
                        }
                    }
                }
            }
            // Codes of checks this verifier makes itself: a transaction marked
            // with one of them must fail that check.
            const bool structural = marked == protos::NIL_ENVELOPE || marked == protos::BAD_PAYLOAD
                || marked == protos::BAD_COMMON_HEADER || marked == protos::BAD_CREATOR_SIGNATURE
                || marked == protos::INVALID_ENDORSER_TRANSACTION || marked == protos::BAD_PROPOSAL_TXID
                || marked == protos::UNKNOWN_TX_TYPE || marked == protos::TARGET_CHAIN_NOT_FOUND
                || marked == protos::BAD_RESPONSE_PAYLOAD || marked == protos::BAD_HEADER_EXTENSION
                || marked == protos::BAD_CHANNEL_HEADER || marked == protos::NIL_TXACTION;
            if (marked == protos::VALID && found != protos::VALID)
                return problem(name + " is marked valid but fails: " + codeName(found) + ": " + why);
            if (structural && tx.code == protos::VALID)
                return problem(name + " is marked " + codeName(marked) + " but passes that check");
            if (marked != protos::VALID && found == protos::VALID
                && (marked == protos::MVCC_READ_CONFLICT || marked == protos::PHANTOM_READ_CONFLICT
                    || marked == protos::DUPLICATE_TXID))
                return problem(name + " is marked " + codeName(marked) + " but validates (its reads are current, "
                    + "its ID is new)");
            if (marked != protos::VALID && found == protos::VALID && !structural)
                note("transactions marked " + codeName(marked)
                    + ": the reason is not rechecked (chaincode definitions' and state-based endorsement policies "
                      "live in the peers' state)");
            if (marked == protos::VALID && summarized)
                note("range queries summarized by Merkle hashes: not rechecked");
            if (marked == protos::VALID && tx.type == common::ENDORSER_TRANSACTION)
                note("endorsement policies of valid transactions (the chaincode definitions' in _lifecycle, "
                     "state-based endorsement): not rechecked; endorsers' certificates and signatures are");
            if (!tx.txId.empty() && tx.type == common::ENDORSER_TRANSACTION && marked != protos::DUPLICATE_TXID)
                idsInBlock.insert(tx.txId);
        }
        if (marked != protos::VALID)
            continue;
        const Height version { n, static_cast<std::uint64_t>(i) };
        for (const auto &ns : tx.rwset) {
            std::unordered_set<std::string> written;
            for (const auto &w : ns.kv.writes()) {
                writes.push_back({ ns.name, {}, w.key(), w.is_delete(), w.value(), version });
                written.insert(w.key());
                blockUpdates[publicKey(ns.name, w.key())] = w.is_delete() ? Height {} : version;
            }
            for (const auto &m : ns.kv.metadata_writes())
                metadataOnly = metadataOnly || !written.count(m.key());
            for (const auto &[coll, hashed] : ns.hashed) {
                std::unordered_set<std::string> hashedWritten;
                note("private data: only its hashes are on the chain; the values (held by the collections' "
                     "members) are not rechecked");
                for (const auto &w : hashed.hashed_writes()) {
                    writes.push_back({ ns.name, coll, w.key_hash(), w.is_delete(), w.value_hash(), version });
                    hashedWritten.insert(w.key_hash());
                    blockUpdates[hashedKey(ns.name, coll, w.key_hash())] = w.is_delete() ? Height {} : version;
                }
                for (const auto &m : hashed.metadata_writes())
                    metadataOnly = metadataOnly || !hashedWritten.count(m.key_hash());
            }
        }
    }

    // COMMIT_HASH: Fabric's kvledger writes it from block 1 on (a peer that
    // joined from the genesis block), over the filter and the update batch.
    if (n > 0) {
        const Bytes stored = blockCommitHash(block);
        if (stored.empty())
            return problem("carries no commit hash (COMMIT_HASH metadata); its validation codes are unprotected");
        if (metadataOnly) {
            // Fabric's batch then holds the key's current value, which a
            // verifier at block depth does not keep.
            note("COMMIT_HASH from block " + std::to_string(n)
                + " on: not verified (a metadata-only write puts the key's current value into Fabric's batch)");
            m_commitHash.reset();
        } else if (m_commitHash && commitHash(filter, commitUpdateBytes(writes), *m_commitHash) != stored) {
            return problem("commit hash does not match its validation codes and writes");
        }
        if (!metadataOnly && m_commitHash)
            m_commitHash = stored;
    }

    if (recheck) {
        for (auto &[key, version] : blockUpdates) {
            if (version.block == 0 && version.tx == 0)
                m_versions.erase(key);
            else
                m_versions[key] = version;
        }
        for (auto &id : idsInBlock)
            m_txIds.insert(id);
    }
    if (nextConfig) {
        for (const auto &what : nextConfig->unchecked())
            note(what);
        m_config = std::move(nextConfig);
        m_lastConfig = n;
        m_msps.emplace(MspRegistry::fromConfig(m_config->envelope()));
    }
    m_transactions += static_cast<std::uint64_t>(count);
    m_previousHash = blockHeaderHash(block.header());
    ++m_next;
    return std::nullopt;
}

std::optional<ChainProblem> ChainVerifier::verifyFile(const std::filesystem::path &blockFile,
    const std::string &channelId, ContractLookup contracts, std::uint64_t *blocksVerified,
    const std::function<bool(std::uint64_t, std::uint64_t)> &progress)
{
    // A first pass reads only the record headers, for the progress total.
    std::uint64_t total = 0;
    if (progress)
        BlockStore::forEachRecord(blockFile, {}, &total);
    std::uint64_t verified = 0;
    const auto problem = verifyFile(blockFile, channelId, std::move(contracts), [&](const ChainVerifier &verifier) {
        verified = verifier.blocksVerified();
        return !progress || progress(verified, total);
    });
    if (blocksVerified)
        *blocksVerified = verified;
    return problem;
}

std::optional<ChainProblem> ChainVerifier::verifyFile(const std::filesystem::path &blockFile,
    const std::string &channelId, ContractLookup contracts,
    const std::function<bool(const ChainVerifier &)> &afterBlock)
{
    ChainVerifier verifier(channelId, std::move(contracts));
    std::optional<ChainProblem> problem;
    const auto framing = BlockStore::forEachRecord(blockFile, [&](std::uint64_t, const Bytes &raw) {
        problem = verifier.feed(raw);
        return !problem && (!afterBlock || afterBlock(verifier));
    });
    if (!problem && framing)
        problem = ChainProblem { framing->blockNumber, framing->reason };
    return problem;
}

std::optional<common::Block> readCheckedBlock(
    const BlockStore &store, std::uint64_t number, const std::string &channelId)
{
    const std::uint64_t height = store.height();
    if (number >= height)
        return std::nullopt;
    const auto altered = [&](const std::string &why) {
        return LedgerError(LedgerError::Kind::DataInvalid, "BLOCK_ALTERED",
            "block " + std::to_string(number) + " of channel " + channelId + " " + why
                + "; it is not served (run `lianxin-cli ledger verify`)");
    };
    auto block = store.block(number);
    if (!block || !block->has_header())
        throw altered("cannot be parsed");
    if (block->header().number() != number)
        throw altered("carries number " + std::to_string(block->header().number()));
    if (blockDataHash(block->data()) != block->header().data_hash())
        throw altered("has a data hash that does not match its transactions");
    Bytes expected;
    if (number + 1 < height) {
        const auto next = store.block(number + 1);
        if (!next || !next->has_header())
            throw altered("cannot be checked: block " + std::to_string(number + 1) + " cannot be parsed");
        expected = next->header().previous_hash();
    } else {
        expected = store.tipHash();
    }
    if (blockHeaderHash(block->header()) != expected)
        throw altered(number + 1 < height
                ? "has a header that does not match block " + std::to_string(number + 1) + "'s previous hash"
                : "has a header that does not match the tip verified at open");
    return block;
}

std::vector<StateDifference> compareState(const ReplayedState &expected, const StateDb &stored)
{
    std::vector<StateDifference> out;
    const auto split = [](const std::string &mapKey) {
        const auto zero = mapKey.find('\0');
        return std::make_pair(
            mapKey.substr(0, zero), zero == std::string::npos ? std::string() : mapKey.substr(zero + 1));
    };
    const auto version = [](const Height &h) { return std::to_string(h.block) + ":" + std::to_string(h.tx); };
    std::map<std::string, VersionedValue> actual;
    stored.forEachKey([&](const std::string &ns, const std::string &key, const VersionedValue &value) {
        std::string k = ns;
        k.push_back('\0');
        k += key;
        actual.emplace(std::move(k), value);
    });
    for (const auto &[mapKey, value] : expected.entries()) {
        const auto [ns, key] = split(mapKey);
        const auto it = actual.find(mapKey);
        if (it == actual.end()) {
            out.push_back(
                { ns, key, "missing from the stored state (the blocks wrote it at " + version(value.version) + ")" });
            continue;
        }
        if (it->second.value != value.value)
            out.push_back({ ns, key, "value differs from the one written at " + version(value.version) });
        if (!(it->second.version == value.version))
            out.push_back({ ns, key,
                "version " + version(it->second.version) + " stored, " + version(value.version) + " per the blocks" });
        actual.erase(it);
    }
    for (const auto &[mapKey, value] : actual) {
        const auto [ns, key] = split(mapKey);
        out.push_back({ ns, key, "in the stored state but not written by any valid transaction (or deleted since)" });
    }
    std::map<std::string, TxRecord> transactions;
    stored.forEachTransaction([&](const std::string &txId, const TxRecord &rec) { transactions.emplace(txId, rec); });
    const auto codeName
        = [](int code) { return protos::TxValidationCode_Name(static_cast<protos::TxValidationCode>(code)); };
    for (const auto &[txId, rec] : expected.transactions()) {
        const auto it = transactions.find(txId);
        if (it == transactions.end()) {
            out.push_back({ "", txId, "transaction missing from the stored index" });
            continue;
        }
        if (it->second.block != rec.block || it->second.txNumber != rec.txNumber)
            out.push_back({ "", txId,
                "transaction indexed at block " + std::to_string(it->second.block) + " tx "
                    + std::to_string(it->second.txNumber) + ", the blocks have it at block " + std::to_string(rec.block)
                    + " tx " + std::to_string(rec.txNumber) });
        if (it->second.validationCode != rec.validationCode)
            out.push_back({ "", txId,
                "validation code " + codeName(it->second.validationCode) + " stored, " + codeName(rec.validationCode)
                    + " per the blocks" });
        transactions.erase(it);
    }
    for (const auto &[txId, rec] : transactions)
        out.push_back({ "", txId, "transaction in the stored index but in no block" });
    return out;
}

} // namespace lx::ledger
