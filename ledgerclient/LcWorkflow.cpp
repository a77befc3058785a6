#include "ledgerclient/LcWorkflow.h"

#include "chaincode/lc/LcStateMachine.h"
#include "crypto/Hash.h"

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
    out.result = desk().approve(draftId);
    const Bytes &record = out.result.response.payload();
    if (!out.lc.ParseFromString(record))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "ApproveDraft answered an unreadable L/C");
    std::vector<Client::Pending> pending;
    for (const auto &doc : notarizationsFor(out.lc, record, m_client.identity().mspId())) {
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

std::vector<lianxin::trust::NotarizedDocument> LcWorkflow::notarizationsFor(
    const lianxin::lc::LetterOfCredit &lc, const Bytes &record, const std::string &bankMsp)
{
    std::vector<lianxin::trust::NotarizedDocument> records;
    if (lc.history_size() == 0)
        return records;
    const auto add = [&](const Bytes &sha256, const std::string &type, const std::string &fileName) {
        lianxin::trust::NotarizedDocument &doc = records.emplace_back();
        doc.set_sha256(sha256);
        doc.set_doc_type(type);
        doc.set_file_name(fileName);
        doc.set_submitting_msp(bankMsp);
        doc.set_lc_no(lc.lc_no());
        doc.set_issuing_bank_msp(lc.issuing_bank_msp());
    };
    const std::string &action = lc.history(lc.history_size() - 1).action();
    if (action == "Issue")
        add(crypto::sha256(record), "LC", lc.lc_no() + ".lc");
    else if (action == "Present" && lc.presentations_size() > 0) {
        for (const auto &doc : lc.presentations(lc.presentations_size() - 1).documents())
            add(doc.sha256(), doc.doc_type(), doc.file_name());
    }
    return records;
}

} // namespace lx::client
