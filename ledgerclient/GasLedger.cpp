#include "ledgerclient/GasLedger.h"

#include "chaincode/Registry.h"
#include "chaincode/TextRules.h"
#include "chaincode/lc/LcDates.h"
#include "crypto/Bytes.h"
#include "ledger/BlockHash.h"
#include "ledger/ChannelConfig.h"
#include "ledger/LedgerError.h"
#include "ledger/Msp.h"
#include "ledgerclient/BlockDecoder.h"

#include "common/common.pb.h"
#include "msp/identities.pb.h"

#include <cstdio>
#include <map>

namespace lx::client {

namespace {

using chaincode::gas::Period;
using lianxin::trust::AvailabilityReport;
using lianxin::trust::AvailabilityStatement;
using lianxin::trust::GasCredit;
using lianxin::trust::GasReport;
using lianxin::trust::GasSource;

Period periodOrThrow(const std::string &text)
{
    const auto period = chaincode::gas::parsePeriod(text);
    if (!period)
        throw LedgerError(LedgerError::Kind::Rejected, "GAS_PERIOD_INVALID", chaincode::gas::periodMessage(text));
    return *period;
}

template <typename Message>
Message ask(Client &client, const std::string &function, const std::vector<Bytes> &args)
{
    Message answer;
    if (!answer.ParseFromString(client.evaluate("trust", chaincode::Registry::kName, function, args).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER",
            function + " of the registry answered something that is not a " + answer.GetDescriptor()->full_name()
                + ".");
    return answer;
}

// One channel's counts for a period over blocks 0 to through.
struct ChannelCount
{
    GasSource source;
    std::map<std::string, std::int64_t> endorsements;
    std::map<std::string, std::int64_t> transactions;
    std::optional<std::string> problem; // a block that does not chain, or is not the one named
};

ChannelCount countChannel(Client &client, const std::string &channel, const Period &period, std::uint64_t through,
    const std::optional<Bytes> &expectedHash, int &blocksRead)
{
    ChannelCount count;
    count.source.set_channel(channel);
    count.source.set_through_block(through);
    Bytes previousHash;
    for (std::uint64_t n = 0; n <= through; ++n) {
        const common::Block block = client.block(channel, n);
        ++blocksRead;
        if (block.header().number() != n) {
            count.problem = channel + ": the ledger served block " + std::to_string(block.header().number())
                + " for block " + std::to_string(n);
            return count;
        }
        if (n > 0 && block.header().previous_hash() != previousHash) {
            count.problem = channel + ": block " + std::to_string(n) + " does not follow block " + std::to_string(n - 1)
                + " (its previous hash differs)";
            return count;
        }
        previousHash = ledger::blockHeaderHash(block.header());
        for (const DecodedTransaction &tx : decodeTransactions(block, nullptr)) {
            if (tx.type != "ENDORSER_TRANSACTION" || tx.validationCode != 0 || !tx.problem.empty()
                || tx.timestampSeconds <= 0)
                continue;
            const auto day = chaincode::lc::chinaDate(tx.timestampSeconds);
            const Period of = chaincode::gas::periodOf(day);
            if (of.year != period.year || of.month != period.month)
                continue;
            if (count.source.transactions() == 0)
                count.source.set_first_block(n);
            count.source.set_last_block(n);
            count.source.set_transactions(count.source.transactions() + 1);
            ++count.transactions[tx.creatorMspId];
            for (const std::string &endorser : tx.endorserMspIds)
                ++count.endorsements[endorser];
        }
    }
    count.source.set_through_block_hash(previousHash);
    if (expectedHash && *expectedHash != previousHash)
        count.problem = channel + ": block " + std::to_string(through) + " is not the one the report names (SHA-256 "
            + toHex(previousHash) + ", the report names " + toHex(*expectedHash) + ")";
    return count;
}

// The report from the facts on trust and the channels' counts, at weights.
GasReport assemble(const GasReport &facts, const std::vector<ChannelCount> &counts,
    const lianxin::trust::GasWeights &weights)
{
    GasReport report;
    report.set_period(facts.period());
    *report.mutable_weights() = weights;
    for (const ChannelCount &c : counts)
        *report.add_sources() = c.source;
    std::int64_t total = 0;
    for (GasCredit credit : facts.credits()) {
        std::int64_t endorsements = 0, transactions = 0;
        for (const ChannelCount &c : counts) {
            if (const auto it = c.endorsements.find(credit.msp_id()); it != c.endorsements.end())
                endorsements += it->second;
            if (const auto it = c.transactions.find(credit.msp_id()); it != c.transactions.end())
                transactions += it->second;
        }
        credit.set_endorsements(endorsements);
        credit.set_transactions(transactions);
        const auto gas = chaincode::gas::gasOf(weights, credit);
        if (!gas)
            throw LedgerError(LedgerError::Kind::DataInvalid, "GAS_ARITHMETIC_WRONG",
                credit.msp_id() + "'s Gas for " + facts.period() + " does not fit in 63 bits.");
        credit.set_gas_milli(*gas);
        total += *gas;
        *report.add_credits() = credit;
    }
    report.set_total_milli(total);
    return report;
}

std::string creditText(const GasCredit &c)
{
    return std::to_string(c.endorsements()) + " endorsements, " + std::to_string(c.transactions())
        + " transactions, " + std::to_string(c.available_hours()) + " available hours, "
        + std::to_string(c.approved_cost_fen()) + " fen of approved cost, " + std::to_string(c.gas_milli())
        + " milli-Gas";
}

// Why a node's availability statement cannot be counted under the trust
// channel's MSPs; nullopt when it can.
std::optional<std::string> statementProblem(const AvailabilityReport &report, const ledger::MspRegistry &msps)
{
    AvailabilityStatement statement;
    if (!statement.ParseFromString(report.statement()))
        return std::string("a statement cannot be read");
    const std::string who = chaincode::visible(statement.node()) + " of " + chaincode::visible(statement.msp_id());
    const auto identity = msps.identity(report.signer());
    if (!identity)
        return "the statement of " + who + " is signed by a certificate that does not chain to a root CA of its MSP on channel trust";
    if (identity->mspId != statement.msp_id())
        return "the statement of " + who + " is signed by a node of " + identity->mspId;
    if (!msps.hasRole(*identity, ledger::MspRole::Peer) && !msps.hasRole(*identity, ledger::MspRole::Orderer))
        return "the statement of " + who + " is not signed by a node (a peer or an orderer)";
    if (!identity->publicKey.verify(report.statement(), report.signature()))
        return "the signature of " + who + "'s statement does not verify";
    return std::nullopt;
}

std::string yuanText(std::int64_t fen)
{
    char text[48];
    std::snprintf(text, sizeof text, "%lld.%02lld", static_cast<long long>(fen / 100), static_cast<long long>(fen % 100));
    return text;
}

} // namespace

GasReport computeGasReport(Client &client, const std::string &periodText)
{
    const Period period = periodOrThrow(periodText);
    const GasReport facts = ask<GasReport>(client, "GetGasFacts", { period.text() });
    std::vector<ChannelCount> counts;
    int blocksRead = 0;
    for (const std::string &channel : chaincode::gas::countedChannels()) {
        const std::uint64_t height = client.chainInfo(channel).height();
        if (height == 0)
            throw LedgerError(LedgerError::Kind::DataInvalid, "GAS_CHANNEL_EMPTY", "Channel " + channel + " has no blocks.");
        counts.push_back(countChannel(client, channel, period, height - 1, std::nullopt, blocksRead));
        if (counts.back().problem)
            throw LedgerError(LedgerError::Kind::DataInvalid, "GAS_CHAIN_BROKEN", *counts.back().problem + ".");
    }
    return assemble(facts, counts, facts.weights());
}

GasVerification verifyGasReport(Client &client, const GasReport &recorded)
{
    GasVerification out;
    const Period period = periodOrThrow(recorded.period());
    const auto fail = [&out](std::string problem) {
        out.problem = std::move(problem);
        return out;
    };
    const auto &channels = chaincode::gas::countedChannels();
    if (recorded.sources_size() != static_cast<int>(channels.size()))
        return fail("the report names " + std::to_string(recorded.sources_size()) + " channels, not the "
            + std::to_string(channels.size()) + " of the consortium");
    std::vector<ChannelCount> counts;
    for (const GasSource &source : recorded.sources()) {
        if (std::find(channels.begin(), channels.end(), source.channel()) == channels.end())
            return fail("the report names channel \"" + chaincode::visible(source.channel()) + "\"");
        const std::uint64_t height = client.chainInfo(source.channel()).height();
        if (source.through_block() >= height)
            return fail(source.channel() + ": the report names block " + std::to_string(source.through_block())
                + "; the channel has " + std::to_string(height) + " blocks");
        counts.push_back(countChannel(
            client, source.channel(), period, source.through_block(), source.through_block_hash(), out.blocksRead));
        if (counts.back().problem)
            return fail(*counts.back().problem);
        const GasSource &again = counts.back().source;
        if (again.transactions() != source.transactions() || again.first_block() != source.first_block()
            || again.last_block() != source.last_block())
            return fail(source.channel() + ": " + std::to_string(again.transactions())
                + " transactions of the period in blocks " + std::to_string(again.first_block()) + " to "
                + std::to_string(again.last_block()) + ", the report says " + std::to_string(source.transactions())
                + " in blocks " + std::to_string(source.first_block()) + " to " + std::to_string(source.last_block()));
    }

    GasReport facts = ask<GasReport>(client, "GetGasFacts", { period.text() });
    // A member admitted after the report has no facts of the period (the
    // registry refuses statements and costs of a reported period).
    google::protobuf::RepeatedPtrField<GasCredit> known;
    for (const GasCredit &c : facts.credits()) {
        const bool inReport = std::any_of(recorded.credits().begin(), recorded.credits().end(),
            [&c](const GasCredit &r) { return r.msp_id() == c.msp_id(); });
        if (inReport || c.available_hours() || c.approved_cost_fen())
            *known.Add() = c;
    }
    *facts.mutable_credits() = known;
    try {
        out.recomputed = assemble(facts, counts, recorded.weights());
    } catch (const LedgerError &e) {
        return fail(e.what());
    }
    if (out.recomputed.credits_size() != recorded.credits_size())
        return fail("the report credits " + std::to_string(recorded.credits_size()) + " members; the registry has "
            + std::to_string(out.recomputed.credits_size()) + " for " + period.text());
    for (int i = 0; i < recorded.credits_size(); ++i) {
        const GasCredit &r = recorded.credits(i);
        const GasCredit &c = out.recomputed.credits(i);
        if (r.msp_id() != c.msp_id())
            return fail("the report's line " + std::to_string(i + 1) + " is " + chaincode::visible(r.msp_id())
                + "; recomputed it is " + c.msp_id());
        if (r.SerializeAsString() != c.SerializeAsString())
            return fail(r.msp_id() + ": the report says " + creditText(r) + "; the chain makes " + creditText(c));
    }
    if (recorded.total_milli() != out.recomputed.total_milli())
        return fail("the report's total is " + std::to_string(recorded.total_milli()) + " milli-Gas; its lines make "
            + std::to_string(out.recomputed.total_milli()));

    // Every availability statement counted: a node of its member under the
    // trust channel's MSPs, its signature good.
    ledger::ChannelConfig config(client.channelConfiguration("trust").envelope);
    ledger::MspRegistry msps(config.msps());
    msps.setCheckValidityDates(false);
    for (const AvailabilityReport &report : availabilityReports(client, period.text())) {
        ++out.statementsChecked;
        if (auto problem = statementProblem(report, msps))
            return fail("availability: " + *problem);
    }
    return out;
}

AvailabilityReport signAvailability(const crypto::PrivateKey &nodeKey, const std::string &nodeCertPem,
    const std::string &mspId, const std::string &periodText, int availableHours)
{
    const Period period = periodOrThrow(periodText);
    AvailabilityStatement statement;
    statement.set_period(period.text());
    statement.set_msp_id(mspId);
    statement.set_node(crypto::Certificate::fromPem(nodeCertPem).subject().commonName);
    statement.set_available_hours(availableHours);
    msp::SerializedIdentity signer;
    signer.set_mspid(mspId);
    signer.set_id_bytes(nodeCertPem);
    AvailabilityReport report;
    report.set_statement(statement.SerializeAsString());
    report.set_signer(signer.SerializeAsString());
    report.set_signature(nodeKey.sign(report.statement()));
    return report;
}

GasReport recordedGasReport(Client &client, const std::string &period)
{
    return ask<GasReport>(client, "GetGasReport", { periodOrThrow(period).text() });
}

std::vector<GasReport> gasReports(Client &client)
{
    const auto list = ask<lianxin::trust::GasReportList>(client, "ListGasReports", {});
    return { list.reports().begin(), list.reports().end() };
}

std::vector<lianxin::trust::GasBalance> gasBalances(Client &client)
{
    const auto list = ask<lianxin::trust::GasBalanceList>(client, "GetGasBalances", {});
    return { list.balances().begin(), list.balances().end() };
}

std::vector<AvailabilityReport> availabilityReports(Client &client, const std::string &period)
{
    const auto list
        = ask<lianxin::trust::AvailabilityReportList>(client, "ListAvailability", { periodOrThrow(period).text() });
    return { list.reports().begin(), list.reports().end() };
}

std::string gasText(std::int64_t milliGas)
{
    char text[48];
    std::snprintf(text, sizeof text, "%lld.%03lld", static_cast<long long>(milliGas / 1000),
        static_cast<long long>(milliGas % 1000));
    return text;
}

std::string gasReportCsv(const GasReport &report)
{
    std::string csv = "period,member,endorsements,transactions,available_hours,approved_cost_cny,gas\n";
    for (const GasCredit &c : report.credits())
        csv += report.period() + "," + c.msp_id() + "," + std::to_string(c.endorsements()) + ","
            + std::to_string(c.transactions()) + "," + std::to_string(c.available_hours()) + ","
            + yuanText(c.approved_cost_fen()) + "," + gasText(c.gas_milli()) + "\n";
    csv += report.period() + ",total,,,,," + gasText(report.total_milli()) + "\n";
    csv += "\nchannel,through_block,through_block_sha256,first_block,last_block,transactions\n";
    for (const GasSource &s : report.sources())
        csv += s.channel() + "," + std::to_string(s.through_block()) + "," + toHex(s.through_block_hash()) + ","
            + std::to_string(s.first_block()) + "," + std::to_string(s.last_block()) + ","
            + std::to_string(s.transactions()) + "\n";
    return csv;
}

} // namespace lx::client
