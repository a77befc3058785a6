#include "chaincode/trust/NotaryContract.h"

#include "chaincode/TextRules.h"
#include "chaincode/trust/TrustParties.h"

#include "lianxin/notary.pb.h"

#include <algorithm>

namespace lx::chaincode::trust {

namespace {

// notary/doc/<hex>             NotaryRecord
// notary/flag/<hex>            DuplicateDocumentFlag
// notary/bankflag/<msp>/<hex>  index: a flag concerning that issuing bank
const std::string kDocPrefix = "notary/doc/";
const std::string kFlagPrefix = "notary/flag/";
const std::string kBankFlagPrefix = "notary/bankflag/";

Response badArgs(const std::string &usage)
{
    return Response::reject(BadRequest, "BAD_ARGUMENTS", "Wrong arguments; expected " + usage + ".");
}

void addOnce(google::protobuf::RepeatedPtrField<std::string> *list, const std::string &value)
{
    if (std::find(list->begin(), list->end(), value) == list->end())
        *list->Add() = value;
}

std::optional<Response> checkDocument(const lianxin::trust::NotarizedDocument &doc, const Creator &creator)
{
    if (doc.sha256().size() != 32)
        return Response::reject(BadRequest, "NOTARY_BAD_HASH",
            "A document is recorded by its SHA-256 hash of 32 bytes; this one has "
                + std::to_string(doc.sha256().size()) + ". Hash the file, do not send it.");
    if (doc.submitting_msp() != creator.mspId)
        return Response::reject(Forbidden, "NOTARY_WRONG_BANK",
            "You sign for " + creator.mspId + " and may record documents for it only, not for \"" + doc.submitting_msp()
                + "\".");
    if (!validDocumentType(doc.doc_type()))
        return Response::reject(BadRequest, "NOTARY_DOC_TYPE", documentTypeMessage(doc.doc_type()));
    if (const auto problem = nameProblem(doc.file_name(), "The document's file name"))
        return Response::reject(BadRequest, problem->reasonCode, problem->message);
    if (doc.lc_no().empty())
        return Response::reject(
            BadRequest, "NOTARY_LC_NO_MISSING", "Name the L/C the document belongs to (its number).");
    if (doc.issuing_bank_msp().empty() || doc.issuing_bank_msp().find('/') != std::string::npos)
        return Response::reject(BadRequest, "NOTARY_ISSUING_BANK_MISSING",
            "Name the issuing bank of L/C " + doc.lc_no() + " by its MSP ID, e.g. HuaxiaBankMSP.");
    return std::nullopt;
}

} // namespace

bool NotaryContract::isQuery(const std::string &function) const
{
    return function == "Verify" || function == "ListFlags";
}

EndorsementPolicy NotaryContract::endorsementPolicy(const Invocation &invocation) const
{
    return EndorsementPolicy { { invocation.creatorMspId } };
}

Response NotaryContract::invoke(Stub &stub) const
{
    const auto &args = stub.args();
    if (args.empty())
        return badArgs("a function name");
    const std::string &function = args[0];
    if (function == "Record")
        return record(stub);
    if (function == "Verify")
        return verify(stub);
    if (function == "ListFlags")
        return listFlags(stub);
    return Response::reject(BadRequest, "UNKNOWN_FUNCTION", "The notary has no function " + function + ".");
}

Response NotaryContract::record(Stub &stub) const
{
    if (auto rejected = rejectUnlessBankDesk(stub.creator(), "NOTARY_READ_ONLY", "NOTARY", "record documents"))
        return *rejected;
    lianxin::trust::NotarizedDocument doc;
    if (stub.args().size() != 2 || !doc.ParseFromString(stub.args()[1]))
        return badArgs("Record(NotarizedDocument)");
    doc.set_file_name(trimmed(doc.file_name()));
    if (auto rejected = checkDocument(doc, stub.creator()))
        return *rejected;
    // The ledger's clock, not the client's: every endorser computes the same.
    doc.set_recorded_seconds(stub.txTimestampSeconds());
    doc.set_tx_id(stub.txId());

    const std::string hex = toHex(doc.sha256());
    lianxin::trust::NotaryRecord record;
    if (const auto existing = stub.getState(kDocPrefix + hex)) {
        if (!record.ParseFromString(*existing))
            return Response::reject(
                InternalError, "NOTARY_RECORD_DAMAGED", "The stored record of " + hex + " is unreadable.");
    }
    record.set_sha256(doc.sha256());

    bool otherLc = false;
    for (const auto &entry : record.entries()) {
        if (entry.lc_no() == doc.lc_no() && entry.submitting_msp() == doc.submitting_msp()
            && entry.doc_type() == doc.doc_type())
            return Response::reject(Conflict, "NOTARY_ALREADY_RECORDED",
                "This " + doc.doc_type() + " was recorded already for L/C " + doc.lc_no() + " by "
                    + doc.submitting_msp() + " in transaction " + entry.tx_id() + ".");
        otherLc = otherLc || entry.lc_no() != doc.lc_no();
    }
    *record.add_entries() = doc;
    const Bytes recordBytes = record.SerializeAsString();
    stub.putState(kDocPrefix + hex, recordBytes);

    if (!otherLc) {
        stub.setEvent("DocumentNotarized", doc.SerializeAsString());
        return Response::ok(recordBytes);
    }

    lianxin::trust::DuplicateDocumentFlag flag;
    flag.set_sha256(doc.sha256());
    for (const auto &entry : record.entries()) {
        addOnce(flag.mutable_lc_nos(), entry.lc_no());
        addOnce(flag.mutable_issuing_banks(), entry.issuing_bank_msp());
    }
    flag.set_flagged_seconds(stub.txTimestampSeconds());
    stub.putState(kFlagPrefix + hex, flag.SerializeAsString());
    for (const std::string &bank : flag.issuing_banks()) {
        const std::string indexKey = kBankFlagPrefix + bank + "/" + hex;
        if (!stub.getState(indexKey))
            stub.putState(indexKey, doc.sha256());
    }
    stub.setEvent("DuplicateDocument", flag.SerializeAsString());
    return Response::ok(recordBytes);
}

Response NotaryContract::verify(Stub &stub) const
{
    const auto hash = stub.args().size() == 2 ? sha256Argument(stub.args()[1]) : std::nullopt;
    if (!hash)
        return badArgs("Verify(sha256: 32 bytes or 64 hex digits)");
    const std::string hex = toHex(*hash);
    const auto value = stub.getState(kDocPrefix + hex);
    if (!value)
        return Response::reject(NotFound, "NOTARY_NOT_FOUND",
            "No document with SHA-256 " + hex
                + " was recorded on the trust channel; the file differs from every recorded one.");
    return Response::ok(*value);
}

Response NotaryContract::listFlags(Stub &stub) const
{
    if (stub.args().size() != 2)
        return badArgs("ListFlags(issuingBankMsp)");
    const Creator &creator = stub.creator();
    const std::string &bank = stub.args()[1];
    if (!creator.isRegulator() && bank != creator.mspId)
        return Response::reject(Forbidden, "NOTARY_FLAGS_NOT_YOURS",
            "You see the duplicate-document flags of your own bank, " + creator.mspId
                + "; only the regulator sees other banks' flags.");

    lianxin::trust::DuplicateDocumentFlagList list;
    if (bank.empty()) {
        for (const KeyValue &kv : stub.getStateByRange(kFlagPrefix, kFlagPrefix + "\x7f"))
            list.add_flags()->ParseFromString(kv.value);
        return Response::ok(list.SerializeAsString());
    }
    const std::string prefix = kBankFlagPrefix + bank + "/";
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f")) {
        if (const auto flag = stub.getState(kFlagPrefix + toHex(kv.value)))
            list.add_flags()->ParseFromString(*flag);
    }
    return Response::ok(list.SerializeAsString());
}

} // namespace lx::chaincode::trust
