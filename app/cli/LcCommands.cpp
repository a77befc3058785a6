#include "LcCommands.h"

#include "CliSupport.h"

#include "chaincode/lc/LcStateMachine.h"
#include "crypto/Hash.h"
#include "ledgerclient/LcWorkflow.h"

#include "lianxin/lc.pb.h"
#include "lianxin/ledger.pb.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace lx::cli {

namespace {

const client::DeskWorkflow::Product &kProduct = client::DeskWorkflow::product("lc");

int presentationNumber(const std::string &text)
{
    return static_cast<int>(parseWhole(text, "a presentation or amendment number", 1, 999999));
}

// Hands the action to the checkers of the caller's bank: a draft in the
// bank's private collection, sent in the transient map so the ledger's
// blocks never carry it.
int submitDraft(const CliOptions &options, const lianxin::lc::LcAction &action)
{
    client::Client client = openClient(options);
    const std::string draftId = client::LcWorkflow(client).submitDraft(action);
    if (options.json)
        std::cout << "{\"draftId\": " << jsonString(draftId) << "}\n";
    else
        std::cout << "Draft " << draftId << " awaits a checker of " << client.identity().mspId() << ".\n";
    return Done;
}

} // namespace

int lcCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    const auto need = [&](std::size_t count, const char *usage) {
        if (w.size() != count)
            throw UsageError(std::string("usage: lianxin-cli ") + usage);
    };
    lianxin::lc::LcAction action;
    if (verb == "issue") {
        need(2, "lc issue --file F.json");
        if (!o.file)
            throw UsageError("lc issue needs --file F.json (a lianxin.lc.LetterOfCredit)");
        readJsonFile(*o.file, *action.mutable_issue()->mutable_lc());
    } else if (verb == "advise") {
        need(3, "lc advise LC");
        action.mutable_advise()->set_lc_no(w[2]);
    } else if (verb == "amend") {
        need(3, "lc amend LC --file F.json");
        if (!o.file)
            throw UsageError("lc amend needs --file F.json (a lianxin.lc.Amendment)");
        action.mutable_amend()->set_lc_no(w[2]);
        readJsonFile(*o.file, *action.mutable_amend()->mutable_amendment());
    } else if (verb == "amendment") {
        need(5, "lc amendment accept|reject LC N");
        if (w[2] != "accept" && w[2] != "reject")
            throw UsageError("lc amendment takes accept or reject, not \"" + w[2] + "\"");
        auto *answer = action.mutable_answer_amendment();
        answer->set_lc_no(w[3]);
        answer->set_number(presentationNumber(w[4]));
        answer->set_accept(w[2] == "accept");
    } else if (verb == "present") {
        need(3, "lc present LC --file F.json [--doc PATH]...");
        if (!o.file)
            throw UsageError("lc present needs --file F.json (a lianxin.lc.Presentation)");
        auto *present = action.mutable_present();
        present->set_lc_no(w[2]);
        readJsonFile(*o.file, *present->mutable_presentation());
        for (const std::string &argument : o.docs)
            *present->mutable_presentation()->add_documents() = documentArgument(argument);
    } else if (verb == "examine") {
        need(4, "lc examine LC P --complying | --discrepancy TEXT... [--comment TEXT]");
        if (o.complying == !o.discrepancies.empty())
            throw UsageError("lc examine takes either --complying or one or more --discrepancy TEXT");
        auto *examine = action.mutable_examine();
        examine->set_lc_no(w[2]);
        examine->set_presentation_no(presentationNumber(w[3]));
        examine->set_complying(o.complying);
        // Required when documents of the presentation were presented under
        // other L/Cs too (lc show lists them as "duplicates").
        if (o.comment)
            examine->set_duplicate_acknowledgement(*o.comment);
        for (const std::string &text : o.discrepancies)
            examine->add_discrepancies()->set_description(text);
    } else if (verb == "refuse") {
        need(4, "lc refuse LC P --hold|--return");
        if (o.hold == o.giveBack)
            throw UsageError("lc refuse takes exactly one of --hold and --return");
        auto *refuse = action.mutable_refuse();
        refuse->set_lc_no(w[2]);
        refuse->set_presentation_no(presentationNumber(w[3]));
        refuse->set_disposition(o.hold ? lianxin::lc::Examination::HOLD : lianxin::lc::Examination::RETURN);
    } else if (verb == "waive" || verb == "accept" || verb == "pay") {
        need(4, "lc waive|accept|pay LC P");
        const int p = presentationNumber(w[3]);
        if (verb == "waive") {
            action.mutable_waive()->set_lc_no(w[2]);
            action.mutable_waive()->set_presentation_no(p);
            action.mutable_waive()->set_applicant_consent(o.consent);
        } else if (verb == "accept") {
            action.mutable_accept_presentation()->set_lc_no(w[2]);
            action.mutable_accept_presentation()->set_presentation_no(p);
        } else {
            action.mutable_pay()->set_lc_no(w[2]);
            action.mutable_pay()->set_presentation_no(p);
        }
    } else if (verb == "close") {
        need(3, "lc close LC");
        action.mutable_close()->set_lc_no(w[2]);
    } else if (verb == "cancel") {
        need(3, "lc cancel LC [--consent REF]");
        action.mutable_cancel()->set_lc_no(w[2]);
        action.mutable_cancel()->set_beneficiary_consent(o.consent);
    } else if (verb == "expire") {
        need(3, "lc expire LC");
        action.mutable_expire()->set_lc_no(w[2]);
    } else if (verb == "export") {
        need(3, "lc export LC --out FILE");
        if (!o.out)
            throw UsageError("lc export needs --out FILE");
        client::Client client = openReader(o);
        const Bytes record = client::LcWorkflow(client).originalRecord(w[2]);
        std::ofstream out(*o.out, std::ios::binary | std::ios::trunc);
        if (!out.write(record.data(), static_cast<std::streamsize>(record.size())) || !out.flush())
            throw UsageError("cannot write " + *o.out);
        std::cout << (o.json ? "{\"file\": " + jsonString(*o.out)
                    + ", \"sha256\": " + jsonString(toHex(crypto::sha256(record))) + "}"
                             : "Wrote the original L/C " + w[2] + " (" + std::to_string(record.size())
                    + " bytes, SHA-256 " + toHex(crypto::sha256(record)) + ") to " + *o.out + ".")
                  << "\n";
        return Done;
    } else if (verb == "show") {
        need(3, "lc show LC");
        lianxin::lc::LetterOfCredit lc;
        return printQuery(o, kProduct, "GetLC", { w[2] }, lc);
    } else if (verb == "list") {
        need(2, "lc list [--state S]");
        lianxin::lc::LcList list;
        return printQuery(
            o, kProduct, "ListLCs", o.state.empty() ? std::vector<Bytes> {} : std::vector<Bytes> { o.state }, list);
    } else if (verb == "history") {
        need(3, "lc history LC");
        lianxin::ledger::KeyHistory history;
        return printQuery(o, kProduct, "GetHistoryForKey", { chaincode::lc::lcKey(w[2]) }, history);
    } else {
        throw UsageError("unknown lc command \"" + verb + "\" (lianxin-cli --help lists them)");
    }
    return submitDraft(o, action);
}

} // namespace lx::cli
