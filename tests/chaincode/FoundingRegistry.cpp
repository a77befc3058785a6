#include "FoundingRegistry.h"

#include "chaincode/trust/Governance.h"
#include "crypto/Certificate.h"
#include "crypto/EcKey.h"

#include <gtest/gtest.h>

namespace lx::test {

void foundMembers(FakeStub &trustStub, const chaincode::Registry &registry)
{
    struct Founder
    {
        const char *msp;
        int tier;
        lianxin::trust::Member::Kind kind;
    };
    const Founder founders[] = { { "HuaxiaBankMSP", 1, lianxin::trust::Member::BANK },
        { "DongfangBankMSP", 1, lianxin::trust::Member::BANK }, { "ChangjiangBankMSP", 2, lianxin::trust::Member::BANK },
        { "NanhaiBankMSP", 2, lianxin::trust::Member::BANK }, { "BeiyuanBankMSP", 3, lianxin::trust::Member::BANK },
        { chaincode::kRegulatorMsp, 1, lianxin::trust::Member::REGULATOR },
        { chaincode::kSecretariatMsp, 1, lianxin::trust::Member::SECRETARIAT } };
    for (const Founder &f : founders) {
        lianxin::trust::Member m;
        m.set_msp_id(f.msp);
        m.set_name(f.msp);
        m.set_kind(f.kind);
        m.set_tier(f.tier);
        if (f.kind == lianxin::trust::Member::BANK) {
            m.add_seats(lianxin::trust::SEAT_COUNCIL);
            for (const auto line :
                { lianxin::trust::LINE_LC, lianxin::trust::LINE_FORFAITING, lianxin::trust::LINE_GUARANTEE })
                m.add_lines()->set_line(line);
        }
        trustStub.setCaller(chaincode::kSecretariatMsp, "admin1", { "admin" });
        trustStub.setCall({ "RegisterMember", m.SerializeAsString() });
        const chaincode::Response r = registry.invoke(trustStub);
        ASSERT_TRUE(r.isOk()) << f.msp << ": " << r.reasonCode << " " << r.message;
    }
}

void changeMember(
    FakeStub &trustStub, const std::string &mspId, const std::function<void(lianxin::trust::Member &)> &change)
{
    auto m = chaincode::governance::loadMember(trustStub, mspId);
    ASSERT_TRUE(m) << mspId;
    change(*m);
    trustStub.state[chaincode::governance::kMemberPrefix + mspId] = m->SerializeAsString();
}

std::string testRootCertPem(const std::string &organization)
{
    crypto::DistinguishedName name;
    name.country = "CN";
    name.organization = organization;
    name.commonName = "ca." + organization;
    return crypto::makeSelfSignedCa(crypto::PrivateKey::generate(), name, 365).toPem();
}

FoundingRegistry::FoundingRegistry()
{
    stub.setChannel("trust");
    foundMembers(stub, registry);
}

chaincode::Response FoundingRegistry::answer(const chaincode::Creator &caller, const std::vector<Bytes> &args)
{
    if (args.empty() || !registry.isQuery(args.front()))
        return chaincode::Response::reject(chaincode::BadRequest, "NOT_A_QUERY", "a cross-channel call only reads");
    stub.setCaller(caller.mspId, caller.commonName, caller.roles);
    stub.setCall(args);
    return registry.invoke(stub);
}

} // namespace lx::test
