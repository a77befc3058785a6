#include "GuaranteeCommands.h"

#include "CliSupport.h"

#include "chaincode/guarantee/GtStateMachine.h"
#include "crypto/Hash.h"
#include "ledgerclient/DeskWorkflow.h"

#include "lianxin/guarantee.pb.h"
#include "lianxin/ledger.pb.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace lx::cli {

namespace {

using lianxin::guarantee::GtAction;

const client::DeskWorkflow::Product &kProduct = client::DeskWorkflow::product("guarantee");

int number(const std::string &text)
{
    return static_cast<int>(parseWhole(text, "a demand or amendment number", 1, 999999));
}

lianxin::lc::Date protoDate(const std::chrono::year_month_day &day)
{
    lianxin::lc::Date out;
    out.set_year(static_cast<int>(day.year()));
    out.set_month(static_cast<int>(static_cast<unsigned>(day.month())));
    out.set_day(static_cast<int>(static_cast<unsigned>(day.day())));
    return out;
}


// "--discrepancy CODE:TEXT" (CODE in capitals) or "--discrepancy TEXT".
lianxin::lc::Discrepancy discrepancy(const std::string &argument)
{
    lianxin::lc::Discrepancy d;
    const auto colon = argument.find(':');
    if (colon != std::string::npos && colon > 0
        && argument.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") >= colon) {
        d.set_code(argument.substr(0, colon));
        d.set_description(argument.substr(colon + 1));
    } else {
        d.set_description(argument);
    }
    return d;
}

// Hands the action to the checkers of the caller's bank (approvals approve).
int submitDraft(const CliOptions &options, const GtAction &action)
{
    client::Client client = openClient(options);
    const std::string draftId = client::DeskWorkflow(client, kProduct).submitDraft(action.SerializeAsString());
    if (options.json)
        std::cout << "{\"draftId\": " << jsonString(draftId) << "}\n";
    else
        std::cout << "Draft " << draftId << " awaits a checker of " << client.identity().mspId() << ".\n";
    return Done;
}

// The action a writing verb drafts; UsageError when the words do not fit.
GtAction actionFor(const CliOptions &o, const std::string &verb)
{
    const auto &w = o.words;
    const auto need = [&](std::size_t count, const char *usage) {
        if (w.size() != count)
            throw UsageError(std::string("usage: lianxin-cli guarantee ") + usage);
    };
    GtAction action;
    if (verb == "issue") {
        need(2, "issue --file F.json");
        if (!o.file)
            throw UsageError("guarantee issue needs --file F.json (a lianxin.guarantee.Guarantee)");
        readJsonFile(*o.file, *action.mutable_issue()->mutable_guarantee());
    } else if (verb == "advise") {
        need(3, "advise G");
        action.mutable_advise()->set_guarantee_no(w[2]);
    } else if (verb == "amend") {
        need(3, "amend G --file F.json");
        if (!o.file)
            throw UsageError("guarantee amend needs --file F.json (a lianxin.guarantee.GtAmendment)");
        action.mutable_amend()->set_guarantee_no(w[2]);
        readJsonFile(*o.file, *action.mutable_amend()->mutable_amendment());
    } else if (verb == "answer") {
        need(4, "answer G N --accept|--reject");
        if (o.accept == o.reject)
            throw UsageError("guarantee answer takes exactly one of --accept and --reject");
        auto *answer = action.mutable_answer_amendment();
        answer->set_guarantee_no(w[2]);
        answer->set_number(number(w[3]));
        answer->set_accept(o.accept);
    } else if (verb == "demand") {
        need(3, "demand G --amount FEN --statement TEXT [--extend-to DATE] [--received DATE] [--doc [TYPE=]PATH]...");
        if (!o.amount)
            throw UsageError("guarantee demand needs --amount FEN");
        auto *demand = action.mutable_demand();
        demand->set_guarantee_no(w[2]);
        auto *d = demand->mutable_demand();
        d->set_amount_fen(*o.amount);
        // An empty statement goes to the contract, which refuses it with its
        // reason code (GT_STATEMENT_MISSING), as the workstation would show.
        d->set_statement_of_breach(o.statement);
        if (o.extendTo)
            *d->mutable_requested_expiry() = protoDate(*o.extendTo);
        if (o.received)
            *d->mutable_received_date() = protoDate(*o.received);
        for (const std::string &argument : o.docs)
            *d->add_documents() = documentArgument(argument);
    } else if (verb == "examine") {
        need(4, "examine G N --complying | --discrepancy [CODE:]TEXT...");
        if (o.complying == !o.discrepancies.empty())
            throw UsageError("guarantee examine takes either --complying or one or more --discrepancy [CODE:]TEXT");
        auto *examine = action.mutable_examine();
        examine->set_guarantee_no(w[2]);
        examine->set_demand_no(number(w[3]));
        examine->set_complying(o.complying);
        for (const std::string &text : o.discrepancies)
            *examine->add_discrepancies() = discrepancy(text);
    } else if (verb == "suspend") {
        need(4, "suspend G N --until DATE");
        if (!o.until)
            throw UsageError("guarantee suspend needs --until DATE");
        action.mutable_suspend()->set_guarantee_no(w[2]);
        action.mutable_suspend()->set_demand_no(number(w[3]));
        *action.mutable_suspend()->mutable_until() = protoDate(*o.until);
    } else if (verb == "extend") {
        need(4, "extend G N [--to DATE]");
        action.mutable_extend()->set_guarantee_no(w[2]);
        action.mutable_extend()->set_demand_no(number(w[3]));
        if (o.to)
            *action.mutable_extend()->mutable_new_expiry() = protoDate(*o.to);
    } else if (verb == "pay") {
        need(4, "pay G N");
        action.mutable_pay()->set_guarantee_no(w[2]);
        action.mutable_pay()->set_demand_no(number(w[3]));
    } else if (verb == "reduce") {
        need(3, "reduce G --clause N | --amount FEN --reason REF");
        if ((o.clause > 0) == o.amount.has_value())
            throw UsageError("guarantee reduce takes either --clause N or --amount FEN --reason REF");
        auto *reduce = action.mutable_reduce();
        reduce->set_guarantee_no(w[2]);
        reduce->set_step(o.clause);
        reduce->set_amount_fen(o.amount.value_or(0));
        reduce->set_consent(o.reason);
    } else if (verb == "release") {
        need(3, "release G [--reason REF]");
        action.mutable_release()->set_guarantee_no(w[2]);
        action.mutable_release()->set_reference(o.reason);
    } else if (verb == "expire") {
        need(3, "expire G");
        action.mutable_expire()->set_guarantee_no(w[2]);
    } else if (verb == "stop-payment") {
        need(3, "stop-payment G --court NAME --order NO");
        if (o.court.empty() || o.order.empty())
            throw UsageError("guarantee stop-payment needs --court NAME and --order NO");
        action.mutable_stop_payment()->set_guarantee_no(w[2]);
        action.mutable_stop_payment()->set_court(o.court);
        action.mutable_stop_payment()->set_order_no(o.order);
    } else if (verb == "lift-stop") {
        need(3, "lift-stop G --order NO");
        if (o.order.empty())
            throw UsageError("guarantee lift-stop needs --order NO (the court's lifting order)");
        action.mutable_lift_stop_payment()->set_guarantee_no(w[2]);
        action.mutable_lift_stop_payment()->set_order_no(o.order);
    } else {
        throw UsageError("unknown guarantee command \"" + verb + "\" (lianxin-cli --help lists them)");
    }
    return action;
}

} // namespace

int guaranteeCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    if (verb == "show" && w.size() == 3) {
        lianxin::guarantee::Guarantee guarantee;
        return printQuery(o, kProduct, "GetGuarantee", { w[2] }, guarantee);
    }
    if (verb == "list" && w.size() == 2) {
        lianxin::guarantee::GuaranteeList list;
        return printQuery(o, kProduct, "ListGuarantees",
            o.state.empty() ? std::vector<Bytes> {} : std::vector<Bytes> { o.state }, list);
    }
    if (verb == "history" && w.size() == 3) {
        lianxin::ledger::KeyHistory history;
        return printQuery(o, kProduct, "GetHistoryForKey", { chaincode::guarantee::guaranteeKey(w[2]) }, history);
    }
    if (verb == "show" || verb == "list" || verb == "history")
        throw UsageError("usage: lianxin-cli guarantee show G | guarantee list [--state S] | guarantee history G");
    return submitDraft(o, actionFor(o, verb));
}

} // namespace lx::cli
