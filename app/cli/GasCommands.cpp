#include "GasCommands.h"

#include "CliSupport.h"

#include "chaincode/Registry.h"
#include "chaincode/lc/LcRules.h"
#include "chaincode/trust/Gas.h"
#include "crypto/Certificate.h"
#include "ledger/Genesis.h"
#include "ledgerclient/GasLedger.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/Sandbox.h"

#include "msp/identities.pb.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

namespace lx::cli {

namespace {

using lianxin::trust::AvailabilityReport;
using lianxin::trust::AvailabilityStatement;
using lianxin::trust::GasCredit;
using lianxin::trust::GasReport;

void printReport(const GasReport &r, bool recorded)
{
    const auto &w = r.weights();
    std::cout << "Gas of " << shown(r.period()) << (recorded ? "" : " (computed, not recorded)") << ": "
              << client::gasText(r.total_milli()) << " in all\n"
              << "  weights (milli-Gas): " << w.per_endorsement() << " per endorsement, " << w.per_transaction()
              << " per transaction, " << w.per_available_hour() << " per available hour, "
              << w.per_approved_cost_yuan() << " per approved yuan\n";
    for (const GasCredit &c : r.credits())
        std::cout << "  " << shown(c.msp_id()) << "\t" << c.endorsements() << " endorsements\t" << c.transactions()
                  << " transactions\t" << c.available_hours() << " h available\tcost "
                  << chaincode::lc::formatFen(c.approved_cost_fen()) << "\t" << client::gasText(c.gas_milli()) << " Gas\n";
    for (const auto &s : r.sources())
        std::cout << "  counted from " << shown(s.channel()) << " blocks 0 to " << s.through_block() << " ("
                  << toHex(s.through_block_hash()).substr(0, 16) << "...): " << s.transactions()
                  << " transactions of the month"
                  << (s.transactions() ? " in blocks " + std::to_string(s.first_block()) + " to "
                              + std::to_string(s.last_block())
                                       : std::string())
                  << "\n";
    if (recorded)
        std::cout << "  recorded by " << shown(r.recorded_by_msp()) << "/" << shown(r.recorder()) << ", "
                  << utcTime(r.recorded_seconds()) << ", transaction " << shown(r.tx_id()) << "\n";
}

void writeCsv(const CliOptions &o, const GasReport &r)
{
    if (!o.out)
        return;
    std::ofstream out(*o.out, std::ios::binary | std::ios::trunc);
    if (!out || !(out << client::gasReportCsv(r)) || !out.flush())
        throw UsageError("cannot write " + *o.out);
    if (!o.json)
        std::cout << "Written to " << shown(*o.out) << ".\n";
}

const std::string &periodOperand(const CliOptions &o, const std::string &usage)
{
    if (o.words.size() != 3)
        throw UsageError("usage: lianxin-cli " + usage);
    return o.words[2];
}

// The node whose statement is signed: the MSP folder given, else on the
// embedded sandbox the signed-in organization's own peer.
client::NodeIdentity nodeOf(const CliOptions &o, const std::string &mspId)
{
    const auto now = std::chrono::system_clock::now();
    if (o.mspDir)
        return client::readNodeMspFolder(*o.mspDir, now);
    if (o.network)
        throw UsageError("name the node's MSP folder: --msp-dir DIR (its signcerts/ and keystore/)");
    const auto dir = ledger::peerDir(client::consortiumDir(o.dataDir), mspId);
    const std::string certPem = fileContent((dir / "peer-cert.pem").string());
    const std::string keyPem = fileContent((dir / "peer-key.pem").string());
    return { certPem, crypto::PrivateKey::fromPem(keyPem), crypto::Certificate::fromPem(certPem).subject().commonName };
}

} // namespace

int gasCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    if (verb == "compute" || verb == "report") {
        const std::string &period = periodOperand(o, "gas " + verb + " PERIOD [--out F.csv]");
        client::Client client = verb == "report" ? openClient(o) : openReader(o);
        GasReport report;
        if (verb == "report" && o.file) {
            readJsonFile(*o.file, report);
            if (report.period() != period)
                throw UsageError(*o.file + " is the report of \"" + shown(report.period()) + "\", not " + period);
        } else {
            report = client::computeGasReport(client, period);
        }
        if (verb == "report") {
            const client::SubmitResult result = client.submit(
                "trust", chaincode::Registry::kName, "RecordGasReport", { report.SerializeAsString() });
            if (result.code != protos::VALID)
                throw client::LedgerError(client::LedgerError::Kind::Rejected, "TX_INVALIDATED",
                    "the Gas report (" + result.txId + ") was marked " + protos::TxValidationCode_Name(result.code)
                        + " at commit; try again.");
            report.ParseFromString(result.response.payload());
        }
        writeCsv(o, report);
        if (o.json)
            std::cout << toJson(report) << "\n";
        else
            printReport(report, verb == "report");
        return Done;
    }
    if (verb == "show") {
        const std::string &period = periodOperand(o, "gas show PERIOD [--out F.csv]");
        client::Client client = openReader(o);
        const GasReport report = client::recordedGasReport(client, period);
        writeCsv(o, report);
        if (o.json)
            std::cout << toJson(report) << "\n";
        else
            printReport(report, true);
        return Done;
    }
    if (verb == "verify") {
        const std::string &period = periodOperand(o, "gas verify PERIOD");
        client::Client client = openReader(o);
        const GasReport recorded = client::recordedGasReport(client, period);
        const client::GasVerification result = client::verifyGasReport(client, recorded);
        if (result.problem)
            throw client::LedgerError(client::LedgerError::Kind::DataInvalid, "GAS_REPORT_MISMATCH",
                "The Gas report of " + recorded.period() + " does not match the chain: " + *result.problem + ".");
        if (o.json) {
            std::cout << "{\"verified\": true, \"blocksRead\": " << result.blocksRead
                      << ", \"statementsChecked\": " << result.statementsChecked
                      << ", \"report\": " << toJson(recorded) << "}\n";
        } else {
            std::cout << "The Gas report of " << shown(recorded.period()) << " matches the chain: " << result.blocksRead
                      << " blocks read, " << result.statementsChecked << " availability statements checked, "
                      << client::gasText(recorded.total_milli()) << " Gas for " << recorded.credits_size() << " members.\n";
        }
        return Done;
    }
    if (verb == "list") {
        if (w.size() != 2)
            throw UsageError("usage: lianxin-cli gas list");
        client::Client client = openReader(o);
        lianxin::trust::GasReportList list;
        for (auto &r : client::gasReports(client))
            *list.add_reports() = std::move(r);
        if (o.json) {
            std::cout << toJson(list) << "\n";
            return Done;
        }
        if (list.reports().empty())
            std::cout << "No Gas report is recorded.\n";
        for (const GasReport &r : list.reports())
            std::cout << shown(r.period()) << "\t" << client::gasText(r.total_milli()) << " Gas\t" << r.credits_size()
                      << " members\trecorded by " << shown(r.recorded_by_msp()) << "/" << shown(r.recorder()) << ", "
                      << utcTime(r.recorded_seconds()) << "\n";
        return Done;
    }
    if (verb == "balances") {
        if (w.size() != 2)
            throw UsageError("usage: lianxin-cli gas balances");
        client::Client client = openReader(o);
        lianxin::trust::GasBalanceList list;
        for (auto &b : client::gasBalances(client))
            *list.add_balances() = std::move(b);
        if (o.json) {
            std::cout << toJson(list) << "\n";
            return Done;
        }
        for (const auto &b : list.balances())
            std::cout << shown(b.msp_id()) << "\t" << client::gasText(b.balance_milli()) << " Gas\t" << b.periods()
                      << (b.periods() == 1 ? " month" : " months") << "\n";
        return Done;
    }
    if (verb == "availability") {
        const std::string &period = periodOperand(o, "gas availability PERIOD --hours N [--msp-dir DIR]");
        if (!o.hours)
            throw UsageError("usage: lianxin-cli gas availability PERIOD --hours N [--msp-dir DIR]");
        client::Client client = openClient(o);
        const std::string msp = client.identity().mspId();
        const client::NodeIdentity node = nodeOf(o, msp);
        const AvailabilityReport signedReport = client::signAvailability(node.key, node.certPem, msp, period, *o.hours);
        const client::SubmitResult result = client.submit(
            "trust", chaincode::Registry::kName, "ReportAvailability", { signedReport.SerializeAsString() });
        if (result.code != protos::VALID)
            throw client::LedgerError(client::LedgerError::Kind::Rejected, "TX_INVALIDATED",
                "the statement (" + result.txId + ") was marked " + protos::TxValidationCode_Name(result.code)
                    + " at commit; try again.");
        AvailabilityReport stored;
        stored.ParseFromString(result.response.payload());
        AvailabilityStatement statement;
        statement.ParseFromString(stored.statement());
        if (o.json)
            std::cout << toJson(statement) << "\n";
        else
            std::cout << "Recorded: " << shown(statement.node()) << " of " << shown(statement.msp_id()) << " was available "
                      << statement.available_hours() << " hours in " << shown(statement.period())
                      << " (signed by the node, transaction " << shown(stored.tx_id()) << ").\n";
        return Done;
    }
    if (verb == "statements") {
        const std::string &period = periodOperand(o, "gas statements PERIOD");
        client::Client client = openReader(o);
        lianxin::trust::AvailabilityReportList list;
        for (auto &r : client::availabilityReports(client, period))
            *list.add_reports() = std::move(r);
        if (o.json) {
            // The statements as read, beside the signed bytes.
            std::cout << "[";
            for (int i = 0; i < list.reports_size(); ++i) {
                AvailabilityStatement s;
                s.ParseFromString(list.reports(i).statement());
                std::cout << (i ? ", " : "") << "{\"statement\": " << toJson(s)
                          << ", \"submitter\": " << jsonString(list.reports(i).submitter())
                          << ", \"txId\": " << jsonString(list.reports(i).tx_id()) << "}";
            }
            std::cout << "]\n";
            return Done;
        }
        if (list.reports().empty())
            std::cout << "No node has reported its availability for " << shown(period) << ".\n";
        for (const AvailabilityReport &r : list.reports()) {
            AvailabilityStatement s;
            s.ParseFromString(r.statement());
            std::cout << shown(s.msp_id()) << "\t" << shown(s.node()) << "\t" << s.available_hours()
                      << " h\tsubmitted by " << shown(r.submitter()) << ", " << utcTime(r.submitted_seconds()) << "\n";
        }
        return Done;
    }
    throw UsageError("usage: lianxin-cli gas compute|report|show|verify PERIOD, gas list|balances, "
                     "gas availability PERIOD --hours N [--msp-dir DIR], gas statements PERIOD");
}

} // namespace lx::cli
