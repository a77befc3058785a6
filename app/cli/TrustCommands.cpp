#include "TrustCommands.h"

#include "CliSupport.h"

#include "crypto/Hash.h"

#include "chaincode/Stub.h"
#include "chaincode/lc/LcDates.h"

#include "lianxin/lc.pb.h"
#include "lianxin/notary.pb.h"
#include "lianxin/trust.pb.h"

#include <algorithm>
#include <map>
#include <optional>

#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

namespace lx::cli {

namespace {

// Where a notarized document was presented: the presentation of its L/C
// whose documents include the hash, as the lc channel holds it now.
struct PresentedAs
{
    enum class Kind { Presented, NotPresented, OriginalLc, LcUnreadable } kind = Kind::NotPresented;
    int number = 0;
    std::string presentingBank;
    std::string receivedDate; // YYYY-MM-DD
    std::string state;
};

// The L/Cs an answer's entries name, each read once (several banks often
// record one document under one L/C); nullopt for one that cannot be read.
class LcReader
{
public:
    explicit LcReader(client::Client &client) : m_client(client) { }

    const std::optional<lianxin::lc::LetterOfCredit> &get(const std::string &lcNo)
    {
        const auto [it, added] = m_read.try_emplace(lcNo);
        if (added) {
            try {
                lianxin::lc::LetterOfCredit lc;
                if (lc.ParseFromString(m_client.evaluate("lc", "lc", "GetLC", { lcNo }).payload()))
                    it->second = std::move(lc);
            } catch (const client::LedgerError &) {
                // stays unread
            }
        }
        return it->second;
    }

private:
    client::Client &m_client;
    std::map<std::string, std::optional<lianxin::lc::LetterOfCredit>> m_read;
};

PresentedAs presentedAs(LcReader &lcs, const lianxin::trust::NotarizedDocument &entry, const Bytes &hash)
{
    PresentedAs out;
    if (entry.doc_type() == "LC") {
        out.kind = PresentedAs::Kind::OriginalLc;
        return out;
    }
    const auto &lc = lcs.get(entry.lc_no());
    if (!lc) {
        out.kind = PresentedAs::Kind::LcUnreadable;
        return out;
    }
    for (const auto &p : lc->presentations()) {
        const bool holds = std::any_of(
            p.documents().begin(), p.documents().end(), [&](const auto &doc) { return doc.sha256() == hash; });
        if (!holds || p.presenting_bank_msp() != entry.submitting_msp())
            continue;
        out.kind = PresentedAs::Kind::Presented;
        out.number = p.number();
        out.presentingBank = p.presenting_bank_msp();
        out.receivedDate = chaincode::lc::text(p.received_date());
        out.state = lianxin::lc::Presentation::State_Name(p.state());
    }
    return out;
}

std::string presentationJson(const PresentedAs &p)
{
    switch (p.kind) {
    case PresentedAs::Kind::Presented:
        return "{\"number\": " + std::to_string(p.number) + ", \"presentingBankMsp\": " + jsonString(p.presentingBank)
            + ", \"receivedDate\": " + jsonString(p.receivedDate) + ", \"state\": " + jsonString(p.state) + "}";
    case PresentedAs::Kind::NotPresented:
        return "\"NOT_PRESENTED\"";
    case PresentedAs::Kind::OriginalLc:
        return "\"ORIGINAL_LC\"";
    case PresentedAs::Kind::LcUnreadable:
        return "\"LC_UNREADABLE\"";
    }
    return "null";
}

std::string presentationText(const PresentedAs &p, const std::string &lcNo)
{
    switch (p.kind) {
    case PresentedAs::Kind::Presented:
        return "presentation " + std::to_string(p.number) + " of L/C " + shown(lcNo) + " by " + shown(p.presentingBank)
            + ", received " + p.receivedDate + " (" + p.state + ")";
    case PresentedAs::Kind::NotPresented:
        return "not presented under L/C " + shown(lcNo) + ": notarized, but no presentation of it was recorded";
    case PresentedAs::Kind::OriginalLc:
        return "the original of L/C " + shown(lcNo) + " as issued";
    case PresentedAs::Kind::LcUnreadable:
        return "L/C " + shown(lcNo) + " cannot be read on channel lc";
    }
    return {};
}

} // namespace

int notaryVerify(const CliOptions &options, const std::string &file)
{
    const Bytes hash = crypto::sha256(fileContent(file));

    client::Client client = openReader(options);
    lianxin::trust::NotaryRecord record;
    // NOTARY_NOT_FOUND comes back as a rejection: exit 3 with its reason.
    record.ParseFromString(client.evaluate("trust", "notary", "Verify", { hash }).payload());
    LcReader lcs(client);
    if (options.json) {
        std::cout << "{\"file\": " << jsonString(file) << ", \"sha256\": " << jsonString(toHex(hash))
                  << ", \"entries\": [";
        for (int i = 0; i < record.entries_size(); ++i) {
            const auto &e = record.entries(i);
            std::cout << (i ? ", " : "") << "{\"docType\": " << jsonString(e.doc_type())
                      << ", \"fileName\": " << jsonString(e.file_name())
                      << ", \"submittingMsp\": " << jsonString(e.submitting_msp())
                      << ", \"lcNo\": " << jsonString(e.lc_no())
                      << ", \"issuingBankMsp\": " << jsonString(e.issuing_bank_msp())
                      << ", \"recordedSeconds\": " << e.recorded_seconds() << ", \"txId\": " << jsonString(e.tx_id())
                      << ", \"presentation\": " << presentationJson(presentedAs(lcs, e, hash)) << "}";
        }
        std::cout << "]}\n";
        return Done;
    }
    std::cout << shown(file) << " (SHA-256 " << toHex(hash) << ") is recorded " << record.entries_size()
              << " time(s):\n";
    for (const auto &e : record.entries())
        std::cout << "  " << shown(e.doc_type()) << " \"" << shown(e.file_name()) << "\" by " << shown(e.submitting_msp())
                  << " under L/C " << shown(e.lc_no()) << " (issuing bank " << shown(e.issuing_bank_msp()) << ") at "
                  << utcTime(e.recorded_seconds()) << ", transaction " << shown(e.tx_id()) << "\n    "
                  << presentationText(presentedAs(lcs, e, hash), e.lc_no()) << "\n";
    return Done;
}

int notaryFlags(const CliOptions &options)
{
    client::Client client = openReader(options);
    // The regulator sees every bank's flags; a bank its own.
    const std::string bank = client.identity().mspId() == chaincode::kRegulatorMsp ? std::string()
                                                                                   : client.identity().mspId();
    lianxin::trust::DuplicateDocumentFlagList list;
    list.ParseFromString(client.evaluate("trust", "notary", "ListFlags", { bank }).payload());
    if (options.json) {
        std::cout << toJson(list) << "\n";
        return Done;
    }
    if (list.flags().empty())
        std::cout << "No document was presented under two L/Cs" << (bank.empty() ? "" : " of " + bank) << ".\n";
    for (const auto &flag : list.flags()) {
        std::string lcs;
        for (const auto &lcNo : flag.lc_nos())
            lcs += (lcs.empty() ? "" : ", ") + shown(lcNo);
        std::string banks;
        for (const auto &issuer : flag.issuing_banks())
            banks += (banks.empty() ? "" : ", ") + shown(issuer);
        std::cout << toHex(flag.sha256()) << "\tunder L/Cs " << lcs << "\tissued by " << banks << "\tflagged "
                  << utcTime(flag.flagged_seconds()) << "\n";
    }
    return Done;
}

int registrySettings(const CliOptions &options, const std::string &duplicateRule)
{
    using lianxin::trust::ConsortiumSettings;
    ConsortiumSettings settings;
    if (duplicateRule.empty()) {
        client::Client client = openReader(options);
        settings.ParseFromString(client.evaluate("trust", "registry", "GetSettings", {}).payload());
    } else {
        if (duplicateRule == "flag")
            settings.set_duplicate_documents(ConsortiumSettings::FLAG);
        else if (duplicateRule == "refuse")
            settings.set_duplicate_documents(ConsortiumSettings::REFUSE);
        else
            throw UsageError("registry settings takes flag or refuse, not \"" + shown(duplicateRule) + "\"");
        client::Client client = openClient(options);
        const auto result = client.submit("trust", "registry", "SetSettings", { settings.SerializeAsString() });
        if (result.code != protos::VALID)
            throw client::LedgerError(client::LedgerError::Kind::Rejected, "TX_INVALIDATED",
                "Transaction " + result.txId + " was ordered but not valid ("
                    + protos::TxValidationCode_Name(result.code) + "); set it again.");
        settings.ParseFromString(result.response.payload());
    }
    if (options.json) {
        std::cout << toJson(settings) << "\n";
        return Done;
    }
    std::cout << "Duplicate documents (presented under two L/Cs): "
              << (settings.duplicate_documents() == ConsortiumSettings::REFUSE
                         ? "REFUSE (the presentation is refused)"
                         : "FLAG (recorded on the presentation; the examiner writes a finding before deciding)")
              << "\n";
    return Done;
}

int kycAttest(const CliOptions &options, const std::string &jsonFile)
{
    lianxin::trust::KycAttestation attestation;
    readJsonFile(jsonFile, attestation);
    client::Client client = openClient(options);
    if (attestation.attesting_msp().empty())
        attestation.set_attesting_msp(client.identity().mspId());
    // Four eyes, as every bank action: the officer's draft, recorded when a
    // checker of the bank approves it (approvals approve ID).
    const std::string draftId
        = client::DeskWorkflow(client, client::DeskWorkflow::product("kyc")).submitDraft(attestation.SerializeAsString());
    if (options.json)
        std::cout << "{\"draftId\": " << jsonString(draftId) << "}\n";
    else
        std::cout << "Draft " << draftId << " (KYC attestation of " << shown(attestation.uscc())
                  << ") awaits a checker of " << client.identity().mspId() << ".\n";
    return Done;
}

int kycShow(const CliOptions &options, const std::string &uscc)
{
    client::Client client = openReader(options);
    lianxin::trust::KycAttestationList list;
    list.ParseFromString(client.evaluate("trust", "kyc", "Show", { uscc }).payload());
    if (options.json) {
        std::cout << toJson(list) << "\n";
        return Done;
    }
    if (list.attestations_size() == 0)
        std::cout << "No bank has attested KYC of " << shown(uscc) << ".\n";
    for (const auto &a : list.attestations())
        std::cout << shown(a.uscc()) << "\t" << shown(a.subject_name()) << "\t" << shown(a.attesting_msp()) << "\t"
                  << shown(a.level())
                  << "\tattested " << utcTime(a.attested_seconds()) << "\tvalid until "
                  << utcTime(a.valid_until_seconds()) << "\n";
    return Done;
}

} // namespace lx::cli
