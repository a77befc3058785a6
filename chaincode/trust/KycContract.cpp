#include "chaincode/trust/KycContract.h"

#include "chaincode/Desk.h"
#include "chaincode/TextRules.h"
#include "chaincode/trust/TrustParties.h"
#include "chaincode/trust/Uscc.h"

#include "lianxin/notary.pb.h"

#include <array>
#include <memory>
#include <optional>

namespace lx::chaincode::trust {

namespace {

// kyc/<uscc>/<attesting msp>  KycAttestation
const std::string kPrefix = "kyc/";

constexpr std::array<const char *, 3> kLevels = { "SDD", "CDD", "EDD" };

Response badArgs(const std::string &usage)
{
    return Response::reject(BadRequest, "BAD_ARGUMENTS", "Wrong arguments; expected " + usage + ".");
}

std::string key(const std::string &uscc, const std::string &msp)
{
    return kycKey(uscc, msp);
}

std::optional<Response> rejectUscc(const std::string &uscc)
{
    const UsccCheck check = checkUscc(uscc);
    if (check)
        return std::nullopt;
    return Response::reject(BadRequest, check.reasonCode, check.message);
}

std::optional<Response> checkAttestation(const lianxin::trust::KycAttestation &a, const std::string &bankMsp, std::int64_t now)
{
    if (a.attesting_msp() != bankMsp)
        return Response::reject(Forbidden, "KYC_WRONG_BANK",
            "You sign for " + bankMsp + " and may attest for it only, not for \"" + visible(a.attesting_msp()) + "\".");
    if (auto rejected = rejectUscc(a.uscc()))
        return rejected;
    if (a.subject_name().empty())
        return Response::reject(
            BadRequest, "KYC_SUBJECT_NAME_MISSING", "Give the corporate's registered name as on its business licence.");
    if (const auto problem = nameProblem(a.subject_name(), "The corporate's name"))
        return Response::reject(BadRequest, problem->reasonCode, problem->message);
    bool knownLevel = false;
    for (const char *level : kLevels)
        knownLevel = knownLevel || a.level() == level;
    if (!knownLevel)
        return Response::reject(
            BadRequest, "KYC_LEVEL", "The KYC level is SDD, CDD or EDD; \"" + a.level() + "\" is not one.");
    if (a.evidence_sha256().size() != 32)
        return Response::reject(BadRequest, "KYC_EVIDENCE_NOT_HASH",
            "Evidence is the SHA-256 hash (32 bytes) of your KYC file; the file itself never "
            "goes on the ledger. Hash it and send the hash.");
    if (a.valid_until_seconds() <= now)
        return Response::reject(BadRequest, "KYC_VALIDITY",
            "The attestation must be valid beyond today; set a validity date in the future.");
    return std::nullopt;
}

// Four eyes on every attestation (chaincode/Desk.h): an officer drafts it,
// another checker of the bank approves it; the approval records it.
const DeskProduct &kycDesk()
{
    static const DeskProduct product { "KYC", "Kyc", "KYC attestations", "trust", "lianxin.trust.KycAttestation", lianxin::trust::LINE_UNSPECIFIED,
        [](Stub &stub, const Bytes &bytes, const Actor &actor) {
            auto attestation = std::make_shared<lianxin::trust::KycAttestation>();
            if (!attestation->ParseFromString(bytes))
                return DeskVerdict::refused(
                    desk::badArguments("SubmitDraft() with transient \"action\": lianxin.trust.KycAttestation"));
            if (attestation->attesting_msp().empty())
                attestation->set_attesting_msp(actor.mspId);
            attestation->set_subject_name(trimmed(attestation->subject_name()));
            if (auto rejected = checkAttestation(*attestation, actor.mspId, stub.txTimestampSeconds()))
                return DeskVerdict::refused(*rejected);
            return DeskVerdict::accepted([attestation](Stub &s) {
                attestation->set_attested_seconds(s.txTimestampSeconds());
                const Bytes value = attestation->SerializeAsString();
                s.putState(key(attestation->uscc(), attestation->attesting_msp()), value);
                s.setEvent("KycAttested", value);
                return value;
            });
        } };
    return product;
}

} // namespace

std::string kycKey(const std::string &uscc, const std::string &attestingMsp)
{
    return kPrefix + uscc + "/" + attestingMsp;
}

bool KycContract::isQuery(const std::string &function) const
{
    return function == "Show" || desk::isDeskQuery(function);
}

EndorsementPolicy KycContract::endorsementPolicy(const Invocation &invocation) const
{
    return desk::endorsementPolicy(invocation);
}

Response KycContract::invoke(Stub &stub) const
{
    const auto &args = stub.args();
    if (args.empty())
        return badArgs("a function name");
    if (auto answer = desk::invoke(stub, kycDesk()))
        return *answer;
    const std::string &function = args[0];
    if (function == "Attest")
        return Response::reject(Forbidden, "KYC_DRAFT_REQUIRED",
            "A KYC attestation is drafted by an officer (SubmitDraft) and recorded when another checker of the bank "
            "approves it (ApproveDraft), as every bank action.");
    if (function == "Revoke")
        return revoke(stub);
    if (function == "Show")
        return show(stub);
    return Response::reject(BadRequest, "UNKNOWN_FUNCTION", "The KYC contract has no function " + function + ".");
}

Response KycContract::revoke(Stub &stub) const
{
    if (auto rejected = rejectUnlessBankDesk(stub.creator(), "KYC_READ_ONLY", "KYC", "revoke KYC attestations"))
        return *rejected;
    const auto &args = stub.args();
    if (args.size() < 2 || args.size() > 3)
        return badArgs("Revoke(uscc[, attestingMsp])");
    const std::string &uscc = args[1];
    const std::string &mine = stub.creator().mspId;
    if (args.size() == 3 && args[2] != mine)
        return Response::reject(Forbidden, "KYC_NOT_YOUR_ATTESTATION",
            "Only " + args[2] + " may revoke its own attestation of " + uscc + ".");
    if (auto rejected = rejectUscc(uscc))
        return *rejected;
    const std::string myKey = key(uscc, mine);
    const auto existing = stub.getState(myKey);
    if (!existing) {
        const std::string prefix = kPrefix + uscc + "/";
        if (!stub.getStateByRange(prefix, prefix + "\x7f").empty())
            return Response::reject(Forbidden, "KYC_NOT_YOUR_ATTESTATION",
                "Your bank, " + mine + ", has not attested " + uscc
                    + "; another bank's attestation can be revoked by that bank only.");
        return Response::reject(NotFound, "KYC_NOT_ATTESTED", "No bank has attested " + uscc + ".");
    }
    stub.delState(myKey);
    stub.setEvent("KycRevoked", *existing);
    return Response::ok(*existing);
}

Response KycContract::show(Stub &stub) const
{
    if (stub.args().size() != 2)
        return badArgs("Show(uscc)");
    const std::string &uscc = stub.args()[1];
    if (auto rejected = rejectUscc(uscc))
        return *rejected;
    lianxin::trust::KycAttestationList list;
    const std::string prefix = kPrefix + uscc + "/";
    for (const KeyValue &kv : stub.getStateByRange(prefix, prefix + "\x7f"))
        list.add_attestations()->ParseFromString(kv.value);
    return Response::ok(list.SerializeAsString());
}

} // namespace lx::chaincode::trust
