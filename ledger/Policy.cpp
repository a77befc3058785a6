#include "ledger/Policy.h"

#include "msp/msp_principal.pb.h"

namespace lx::ledger {

common::SignaturePolicyEnvelope signaturePolicy(const chaincode::EndorsementPolicy &policy)
{
    common::SignaturePolicyEnvelope envelope;
    auto *all = envelope.mutable_rule()->mutable_n_out_of();
    all->set_n(static_cast<int>(policy.allOf.size()));
    int index = 0;
    for (const std::string &mspId : policy.allOf) {
        common::MSPRole role;
        role.set_msp_identifier(mspId);
        role.set_role(common::MSPRole::PEER);
        auto *principal = envelope.add_identities();
        principal->set_principal_classification(common::MSPPrincipal::ROLE);
        principal->set_principal(role.SerializeAsString());
        all->add_rules()->set_signed_by(index++);
    }
    return envelope;
}

namespace {

bool principalMatches(const common::MSPPrincipal &principal, const Identity &id, const MspRegistry *msps)
{
    if (msps && principal.principal_classification() == common::MSPPrincipal::ORGANIZATION_UNIT) {
        common::OrganizationUnit unit;
        return unit.ParseFromString(principal.principal()) && unit.msp_identifier() == id.mspId
            && id.hasOu(unit.organizational_unit_identifier());
    }
    if (principal.principal_classification() != common::MSPPrincipal::ROLE)
        return false;
    common::MSPRole role;
    if (!role.ParseFromString(principal.principal()) || role.msp_identifier() != id.mspId)
        return false;
    if (msps)
        return role.role() >= common::MSPRole::MEMBER && role.role() <= common::MSPRole::ORDERER
            && msps->hasRole(id, static_cast<MspRole>(role.role()));
    switch (role.role()) {
    case common::MSPRole::MEMBER:
        return true;
    case common::MSPRole::PEER:
        return id.hasOu("peer");
    case common::MSPRole::CLIENT:
        return id.hasOu("client");
    case common::MSPRole::ADMIN:
        return id.hasOu("admin");
    case common::MSPRole::ORDERER:
        return id.hasOu("orderer");
    default:
        return false;
    }
}

bool evaluate(const common::SignaturePolicy &rule, const common::SignaturePolicyEnvelope &envelope,
    const std::vector<const Identity *> &signers, std::vector<bool> &used, int depth, const MspRegistry *msps)
{
    if (depth > 16)
        return false;
    if (rule.Type_case() == common::SignaturePolicy::kSignedBy) {
        const int index = rule.signed_by();
        if (index < 0 || index >= envelope.identities_size())
            return false;
        for (std::size_t i = 0; i < signers.size(); ++i) {
            if (!used[i] && principalMatches(envelope.identities(index), *signers[i], msps)) {
                used[i] = true;
                return true;
            }
        }
        return false;
    }
    if (rule.Type_case() == common::SignaturePolicy::kNOutOf) {
        int satisfied = 0;
        for (const auto &child : rule.n_out_of().rules()) {
            std::vector<bool> trial = used;
            if (evaluate(child, envelope, signers, trial, depth + 1, msps)) {
                used = std::move(trial);
                ++satisfied;
            }
        }
        return satisfied >= rule.n_out_of().n();
    }
    return false;
}

} // namespace

bool isSatisfied(const common::SignaturePolicyEnvelope &policy, const std::vector<const Identity *> &signers)
{
    std::vector<bool> used(signers.size(), false);
    return evaluate(policy.rule(), policy, signers, used, 0, nullptr);
}

bool isSatisfied(const common::SignaturePolicyEnvelope &policy, const std::vector<const Identity *> &signers,
    const MspRegistry &msps)
{
    std::vector<bool> used(signers.size(), false);
    return evaluate(policy.rule(), policy, signers, used, 0, &msps);
}

} // namespace lx::ledger
