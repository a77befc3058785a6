#include "LcCommands.h"

#include "CliSupport.h"

#include "crypto/Hash.h"
#include "lianxin/lc.pb.h"
#include "lianxin/ledger.pb.h"
#include "lianxin/notary.pb.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace lx::cli {

namespace {

const char *const kChannel = "lc";
const char *const kContract = "lc";

int presentationNumber(const std::string &text)
{
    try {
        std::size_t used = 0;
        const int n = std::stoi(text, &used);
        if (used == text.size() && n > 0)
            return n;
    } catch (const std::exception &) {
    }
    throw UsageError("a presentation or amendment number is a whole number from 1, not \"" + text + "\"");
}

// Hands the action to the checkers of the caller's bank: a draft in the
// bank's private collection, sent in the transient map so the ledger's
// blocks never carry it.
int submitDraft(const CliOptions &options, const lianxin::lc::LcAction &action)
{
    client::Client client = openClient(options);
    const auto result = client.submit(kChannel, kContract, "SubmitDraft", {}, {{"action", action.SerializeAsString()}});
    if (result.code != protos::VALID) {
        std::cerr << "lianxin-cli: transaction " << result.txId << " was invalidated: "
                  << protos::TxValidationCode_Name(result.code) << "\n";
        return Rejected;
    }
    const std::string draftId = result.response.payload();
    if (options.json)
        std::cout << "{\"draftId\": " << jsonString(draftId) << ", \"txId\": " << jsonString(result.txId) << "}\n";
    else
        std::cout << "Draft " << draftId << " awaits a checker of " << client.identity().mspId() << ".\n";
    return Done;
}

Bytes fileContent(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw UsageError("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Documents just presented are notarized on the trust channel by the
// presenting bank, in a second transaction: the notary lives on another
// channel, and a hash presented under another L/C raises a flag there.
// Returns how many were recorded.
int notarizePresentedDocuments(client::Client &client, const lianxin::lc::LetterOfCredit &lc)
{
    if (lc.history_size() == 0 || lc.history(lc.history_size() - 1).action() != "Present"
        || lc.presentations_size() == 0)
        return 0;
    const auto &presentation = lc.presentations(lc.presentations_size() - 1);
    std::vector<client::Client::Pending> pending;
    for (const auto &doc : presentation.documents()) {
        lianxin::trust::NotarizedDocument record;
        record.set_sha256(doc.sha256());
        record.set_doc_type(doc.doc_type());
        record.set_file_name(doc.file_name());
        record.set_submitting_msp(client.identity().mspId());
        record.set_lc_no(lc.lc_no());
        record.set_issuing_bank_msp(lc.issuing_bank_msp());
        pending.push_back(client.submitNoWait("trust", "notary", "Record", {record.SerializeAsString()}));
    }
    int recorded = 0;
    for (const auto &p : pending)
        recorded += client.waitForCommit(p).code == protos::VALID ? 1 : 0;
    return recorded;
}

int show(const CliOptions &options, const std::string &function, const std::vector<Bytes> &args,
         google::protobuf::Message &answer)
{
    client::Client client = openClient(options);
    answer.ParseFromString(client.evaluate(kChannel, kContract, function, args).payload());
    std::cout << toJson(answer) << "\n";
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
        for (const std::string &path : o.docs) {
            auto *doc = present->mutable_presentation()->add_documents();
            doc->set_file_name(std::filesystem::path(path).filename().string());
            doc->set_sha256(crypto::sha256(fileContent(path)));
            doc->set_doc_type("OTHER");
        }
    } else if (verb == "examine") {
        need(4, "lc examine LC P --complying | --discrepancy TEXT...");
        if (o.complying == !o.discrepancies.empty())
            throw UsageError("lc examine takes either --complying or one or more --discrepancy TEXT");
        auto *examine = action.mutable_examine();
        examine->set_lc_no(w[2]);
        examine->set_presentation_no(presentationNumber(w[3]));
        examine->set_complying(o.complying);
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
    } else if (verb == "show") {
        need(3, "lc show LC");
        lianxin::lc::LetterOfCredit lc;
        return show(o, "GetLC", {w[2]}, lc);
    } else if (verb == "list") {
        need(2, "lc list [--state S]");
        lianxin::lc::LcList list;
        return show(o, "ListLCs", o.state.empty() ? std::vector<Bytes>{} : std::vector<Bytes>{o.state}, list);
    } else if (verb == "history") {
        need(3, "lc history LC");
        lianxin::ledger::KeyHistory history;
        return show(o, "GetHistoryForKey", {"lc/" + w[2]}, history);
    } else {
        throw UsageError("unknown lc command \"" + verb + "\" (lianxin-cli --help lists them)");
    }
    return submitDraft(o, action);
}

int approvalsCommand(const CliOptions &o)
{
    const auto &w = o.words;
    const std::string verb = w.size() > 1 ? w[1] : std::string();
    if (verb == "list" && w.size() == 2) {
        lianxin::lc::DraftList drafts;
        return show(o, "ListDrafts", {}, drafts);
    }
    if ((verb == "approve" || verb == "return") && w.size() == 3) {
        client::Client client = openClient(o);
        std::map<std::string, Bytes> transient;
        if (verb == "return") {
            if (!o.comment || o.comment->empty())
                throw UsageError("approvals return needs --comment TEXT saying what the maker must change");
            transient["comment"] = *o.comment; // kept off the shared ledger
        }
        const auto result = client.submit(kChannel, kContract, verb == "approve" ? "ApproveDraft" : "ReturnDraft",
                                          {w[2]}, transient);
        if (result.code != protos::VALID) {
            std::cerr << "lianxin-cli: transaction " << result.txId << " was invalidated: "
                      << protos::TxValidationCode_Name(result.code) << "\n";
            return Rejected;
        }
        int notarized = 0;
        if (verb == "approve") {
            lianxin::lc::LetterOfCredit lc;
            if (lc.ParseFromString(result.response.payload()))
                notarized = notarizePresentedDocuments(client, lc);
        }
        if (o.json)
            std::cout << "{\"txId\": " << jsonString(result.txId) << ", \"block\": " << result.blockNumber
                      << ", \"documentsNotarized\": " << notarized << "}\n";
        else
            std::cout << (verb == "approve" ? "Approved" : "Returned") << " draft " << w[2] << " in block "
                      << result.blockNumber << ", transaction " << result.txId << "."
                      << (notarized ? " " + std::to_string(notarized) + " document(s) notarized on trust." : "")
                      << "\n";
        return Done;
    }
    throw UsageError("usage: lianxin-cli approvals list | approvals approve ID | approvals return ID --comment TEXT");
}

} // namespace lx::cli
