#include "FeeCommands.h"

#include "CliSupport.h"

#include "chaincode/Registry.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcRules.h"
#include "chaincode/trust/Fees.h"

#include "lianxin/governance.pb.h"

#include <iostream>

namespace lx::cli {

namespace {

using chaincode::lc::formatFen;
using lianxin::trust::FeeLine;
using lianxin::trust::FeeSchedule;
using lianxin::trust::FeeStatement;

// A query of the registry on trust, its answer parsed into answer.
void ask(client::Client &client, const std::string &function, const std::vector<Bytes> &args,
    google::protobuf::Message &answer)
{
    if (!answer.ParseFromString(client.evaluate("trust", chaincode::Registry::kName, function, args).payload()))
        throw client::LedgerError(client::LedgerError::Kind::DataInvalid, "BAD_ANSWER",
            function + " of the registry answered something that is not a " + answer.GetDescriptor()->full_name()
                + ".");
}

// A write to the registry on trust, committed; its answer parsed into answer.
void write(client::Client &client, const std::string &function, const std::vector<Bytes> &args,
    google::protobuf::Message &answer)
{
    const client::SubmitResult result = client.submit("trust", chaincode::Registry::kName, function, args);
    if (result.code != protos::VALID)
        throw client::LedgerError(client::LedgerError::Kind::Rejected, "TX_INVALIDATED",
            function + " (" + result.txId + ") was marked " + protos::TxValidationCode_Name(result.code)
                + " at commit; try again.");
    if (!answer.ParseFromString(result.response.payload()))
        throw client::LedgerError(client::LedgerError::Kind::DataInvalid, "BAD_ANSWER",
            function + " of the registry answered something that is not a " + answer.GetDescriptor()->full_name()
                + ".");
}

// "tier 1 CNY 100,000.00<separator>tier 2 ..."
std::string tierFees(const FeeSchedule &s, const std::string &separator)
{
    std::string out;
    for (int i = 0; i < s.tier_fee_fen_size(); ++i)
        out += (i ? separator : "") + "tier " + std::to_string(i + 1) + " " + formatFen(s.tier_fee_fen(i));
    return out;
}

void printSchedule(const FeeSchedule &s)
{
    std::cout << s.year() << "\tdue " << chaincode::lc::text(s.due_on()) << "\t" << tierFees(s, "\t") << "\tset by "
              << shown(s.set_by_msp()) << "/" << shown(s.set_by()) << ", " << utcTime(s.set_seconds()) << "\n";
}

std::string lineText(const FeeLine &l)
{
    return std::to_string(l.year()) + "\ttier " + std::to_string(l.tier()) + "\tdue " + formatFen(l.due_fen()) + " on "
        + chaincode::lc::text(l.due_on()) + "\tpaid " + formatFen(l.paid_fen()) + "\toutstanding "
        + formatFen(l.outstanding_fen()) + (l.overdue() ? "\tOVERDUE" : "");
}

void printStatement(const FeeStatement &s)
{
    std::cout << shown(s.msp_id()) << " as of " << chaincode::lc::text(s.as_of())
              << " (China time): " << formatFen(s.outstanding_fen()) << " outstanding, " << formatFen(s.overdue_fen())
              << " overdue\n";
    for (const FeeLine &l : s.lines()) {
        std::cout << "  " << lineText(l) << "\n";
        for (const auto &p : l.payments())
            std::cout << "    paid " << formatFen(p.amount_fen()) << " on " << chaincode::lc::text(p.paid_on())
                      << ", reference " << shown(p.reference()) << " (recorded by " << shown(p.recorded_by()) << ", "
                      << utcTime(p.recorded_seconds()) << ", transaction " << shown(p.tx_id()) << ")\n";
    }
    if (s.lines_size() == 0)
        std::cout << "  no fees: no year is scheduled, or it owes none\n";
}

std::string overdueYears(const FeeStatement &s)
{
    std::string out;
    for (const FeeLine &l : s.lines())
        if (l.outstanding_fen() > 0)
            out += (out.empty() ? "" : ",") + std::to_string(l.year()) + (l.overdue() ? "(overdue)" : "");
    return out.empty() ? "-" : out;
}

int printAnswer(const CliOptions &o, const google::protobuf::Message &answer, const std::string &text)
{
    std::cout << (o.json ? toJson(answer) : text) << "\n";
    return Done;
}

} // namespace

int feesCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    const auto need = [&](bool fits, const char *usage) {
        if (!fits)
            throw UsageError(std::string("usage: lianxin-cli ") + usage);
    };
    if (verb == "schedule") {
        need(w.size() == 2, "fees schedule");
        client::Client client = openReader(o);
        lianxin::trust::FeeScheduleList list;
        ask(client, "GetFeeSchedules", {}, list);
        if (o.json)
            return printAnswer(o, list, {});
        for (const FeeSchedule &s : list.schedules())
            printSchedule(s);
        if (list.schedules_size() == 0)
            std::cout << "No fees are set.\n";
        return Done;
    }
    if (verb == "statement") {
        need(w.size() == 2 || w.size() == 3, "fees statement [MSP]");
        client::Client client = openReader(o);
        const std::string msp = w.size() == 3 ? w[2] : client.identity().mspId();
        FeeStatement statement;
        ask(client, "GetFeeStatement", { msp }, statement);
        if (o.json)
            return printAnswer(o, statement, {});
        printStatement(statement);
        return Done;
    }
    if (verb == "list") {
        need(w.size() == 2, "fees list");
        client::Client client = openReader(o);
        lianxin::trust::FeeStatementList list;
        ask(client, "ListFeeStatements", {}, list);
        if (o.json)
            return printAnswer(o, list, {});
        for (const FeeStatement &s : list.statements())
            std::cout << shown(s.msp_id()) << "\toutstanding " << formatFen(s.outstanding_fen()) << "\toverdue "
                      << formatFen(s.overdue_fen()) << "\tyears " << overdueYears(s) << "\n";
        if (list.statements_size() == 0)
            std::cout << "No bank owes or has paid fees.\n";
        return Done;
    }
    if (verb == "set-schedule") {
        need(w.size() == 2, "fees set-schedule --file F.json");
        if (!o.file)
            throw UsageError("fees set-schedule needs --file F.json (a lianxin.trust.FeeSchedule)");
        FeeSchedule schedule;
        readJsonFile(*o.file, schedule);
        client::Client client = openClient(o);
        FeeSchedule stored;
        write(client, "SetFeeSchedule", { schedule.SerializeAsString() }, stored);
        return printAnswer(o, stored,
            "Fees of " + std::to_string(stored.year()) + " set, due " + chaincode::lc::text(stored.due_on()) + ": "
                + tierFees(stored, ", ") + ".");
    }
    if (verb == "record") {
        need(w.size() == 4, "fees record MSP YEAR --amount FEN --paid-on YYYY-MM-DD --reference REF");
        const auto year = static_cast<std::int32_t>(
            parseWhole(w[3], "the year", chaincode::fees::kFirstYear, chaincode::fees::kLastYear));
        if (!o.amount || !o.paidOn || !o.reference)
            throw UsageError("fees record needs --amount FEN, --paid-on YYYY-MM-DD and --reference REF");
        lianxin::trust::FeePayment payment;
        payment.set_msp_id(w[2]);
        payment.set_year(year);
        payment.set_amount_fen(*o.amount);
        *payment.mutable_paid_on() = chaincode::lc::protoDate(*o.paidOn);
        payment.set_reference(*o.reference);
        client::Client client = openClient(o);
        FeeLine line;
        write(client, "RecordFeePayment", { payment.SerializeAsString() }, line);
        return printAnswer(o, line,
            "Recorded " + formatFen(*o.amount) + " from " + shown(w[2]) + " towards " + std::to_string(year) + ": paid "
                + formatFen(line.paid_fen()) + " of " + formatFen(line.due_fen()) + ", "
                + formatFen(line.outstanding_fen()) + " outstanding" + (line.overdue() ? " (overdue)" : "") + ".");
    }
    throw UsageError("unknown command: fees" + (verb.empty() ? std::string() : " " + verb), "CLI_COMMAND_UNKNOWN");
}

} // namespace lx::cli
