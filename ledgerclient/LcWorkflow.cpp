#include "ledgerclient/LcWorkflow.h"

#include "chaincode/lc/LcStateMachine.h"
#include "crypto/Hash.h"

#include <algorithm>
#include <set>

namespace lx::client {

LcWorkflow::LcWorkflow(Client &client) : m_client(client) { }

DeskWorkflow LcWorkflow::desk()
{
    return DeskWorkflow(m_client, DeskWorkflow::products().front());
}

std::string LcWorkflow::submitDraft(const lianxin::lc::LcAction &action)
{
    return desk().submitDraft(action.SerializeAsString());
}

LcWorkflow::Approval LcWorkflow::approve(const std::string &draftId)
{
    Approval out;
    out.notarized = notarizeBefore(draftId);
    out.result = desk().approve(draftId);
    const Bytes &record = out.result.response.payload();
    if (!out.lc.ParseFromString(record))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ApproveDraft answered an unreadable L/C");
    std::vector<Client::Pending> pending;
    for (const auto &doc : notarizationsAfter(out.lc, record, m_client.identity().mspId())) {
        try {
            pending.push_back(m_client.submitNoWait("trust", "notary", "Record", { doc.SerializeAsString() }));
        } catch (const LedgerError &e) {
            out.notarizationErrors.push_back(doc.file_name() + ": " + e.reasonCode() + ": " + e.what());
        }
    }
    for (const auto &p : pending) {
        try {
            const auto result = m_client.waitForCommit(p);
            if (result.code == protos::VALID)
                ++out.notarized;
            else
                out.notarizationErrors.push_back(p.txId + ": " + protos::TxValidationCode_Name(result.code));
        } catch (const LedgerError &e) {
            out.notarizationErrors.push_back(p.txId + ": " + e.reasonCode() + ": " + e.what());
        }
    }
    return out;
}

std::vector<lianxin::trust::NotarizedDocument> LcWorkflow::notarizationsBefore(const std::string &draftId)
{
    std::vector<lianxin::trust::NotarizedDocument> records;
    lianxin::lc::Draft draft; // the desk's Draft, the action parsed as an L/C action
    try {
        if (!draft.ParseFromString(m_client.evaluate(kChannel, kContract, "GetDraft", { draftId }).payload()))
            throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "GetDraft answered an unreadable draft");
    } catch (const LedgerError &e) {
        // Unknown, or decided already: the approval itself says so.
        if (e.reasonCode() == "LC_DRAFT_UNKNOWN" || e.reasonCode() == "LC_DRAFT_NOT_PENDING")
            return records;
        throw;
    }
    if (!draft.action().has_present())
        return records;
    const auto &present = draft.action().present();
    const lianxin::lc::LetterOfCredit lc = letterOfCredit(present.lc_no());
    const std::string bank = m_client.identity().mspId();
    for (const auto &doc : present.presentation().documents()) {
        lianxin::trust::NotaryRecord recorded;
        try {
            recorded.ParseFromString(m_client.evaluate("trust", "notary", "Verify", { doc.sha256() }).payload());
        } catch (const LedgerError &e) {
            if (e.reasonCode() != "NOTARY_NOT_FOUND")
                throw;
        }
        const bool already = std::any_of(recorded.entries().begin(), recorded.entries().end(), [&](const auto &entry) {
            return entry.lc_no() == lc.lc_no() && entry.submitting_msp() == bank && entry.doc_type() == doc.doc_type();
        });
        if (!already)
            records.push_back(chaincode::lc::notarizationOf(doc, bank, lc));
    }
    return records;
}

int LcWorkflow::notarizeBefore(const std::string &draftId)
{
    // In parallel, except that two records of one hash (the same file under
    // two types) go one after the other: they write the same key.
    std::vector<lianxin::trust::NotarizedDocument> waiting = notarizationsBefore(draftId);
    int recorded = 0;
    while (!waiting.empty()) {
        std::vector<lianxin::trust::NotarizedDocument> later;
        std::set<std::string> hashes;
        std::vector<Client::Pending> pending;
        for (const auto &doc : waiting) {
            if (!hashes.insert(doc.sha256()).second) {
                later.push_back(doc);
                continue;
            }
            pending.push_back(m_client.submitNoWait("trust", "notary", "Record", { doc.SerializeAsString() }));
        }
        for (const auto &p : pending) {
            const auto result = m_client.waitForCommit(p);
            if (result.code != protos::VALID)
                throw LedgerError(LedgerError::Kind::Rejected, "TX_INVALIDATED",
                    "The notarization " + p.txId + " of a presented document was marked "
                        + protos::TxValidationCode_Name(result.code) + "; approve again.");
            ++recorded;
        }
        waiting = std::move(later);
    }
    return recorded;
}

SubmitResult LcWorkflow::returnDraft(const std::string &draftId, const std::string &comment)
{
    return desk().returnDraft(draftId, comment);
}

lianxin::lc::LetterOfCredit LcWorkflow::letterOfCredit(const std::string &lcNo)
{
    lianxin::lc::LetterOfCredit lc;
    if (!lc.ParseFromString(m_client.evaluate(kChannel, kContract, "GetLC", { lcNo }).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "GetLC answered an unreadable L/C");
    return lc;
}

lianxin::lc::LcList LcWorkflow::list(const std::string &state)
{
    lianxin::lc::LcList list;
    const auto args = state.empty() ? std::vector<Bytes> {} : std::vector<Bytes> { state };
    if (!list.ParseFromString(m_client.evaluate(kChannel, kContract, "ListLCs", args).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ListLCs answered garbage");
    return list;
}

lianxin::lc::DraftList LcWorkflow::drafts()
{
    lianxin::lc::DraftList drafts;
    if (!drafts.ParseFromString(m_client.evaluate(kChannel, kContract, "ListDrafts", {}).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ListDrafts answered garbage");
    return drafts;
}

Bytes LcWorkflow::originalRecord(const std::string &lcNo)
{
    for (const KeyHistoryEntry &entry : m_client.history(kChannel, kContract, chaincode::lc::lcKey(lcNo))) {
        lianxin::lc::LetterOfCredit lc;
        if (!entry.isDelete && lc.ParseFromString(entry.value) && lc.history_size() == 1
            && lc.history(0).action() == "Issue")
            return entry.value;
    }
    throw LedgerError(LedgerError::Kind::Rejected, "LC_NOT_FOUND",
        "There is no issued L/C numbered \"" + lcNo + "\" on this channel.");
}

std::vector<lianxin::trust::NotarizedDocument> LcWorkflow::notarizationsAfter(
    const lianxin::lc::LetterOfCredit &lc, const Bytes &record, const std::string &bankMsp)
{
    std::vector<lianxin::trust::NotarizedDocument> records;
    if (lc.history_size() == 0 || lc.history(lc.history_size() - 1).action() != "Issue")
        return records;
    lianxin::trust::NotarizedDocument &doc = records.emplace_back();
    doc.set_sha256(crypto::sha256(record));
    doc.set_doc_type("LC");
    doc.set_file_name(lc.lc_no() + ".lc");
    doc.set_submitting_msp(bankMsp);
    doc.set_lc_no(lc.lc_no());
    doc.set_issuing_bank_msp(lc.issuing_bank_msp());
    return records;
}

} // namespace lx::client
