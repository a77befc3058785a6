#pragma once

#include "FakeStub.h"

#include "chaincode/Registry.h"

#include "lianxin/trust.pb.h"

#include <functional>
#include <string>
#include <vector>

namespace lx::test {

// The registry on trust as the sandbox founds it, for contract tests: the
// five sandbox banks admitted to every line of business, the regulator and
// the secretariat, registered by the secretariat's administrator on
// trustStub (the charter left unsealed).
void foundMembers(FakeStub &trustStub, const chaincode::Registry &registry);

// Rewrites a member's record in place, as a passed proposal would (a line
// taken away, a bank suspended): for tests of the contracts' refusals.
void changeMember(FakeStub &trustStub, const std::string &mspId,
    const std::function<void(lianxin::trust::Member &)> &change);

// A new self-signed CA certificate (PEM), the root of an MSP: what an
// applicant names in its admission proposal (Member.root_certs_pem).
std::string testRootCertPem(const std::string &organization);

// A registry on trust of its own with the founding members, answering the
// cross-channel calls of a product's stub (GetMember and every other query).
struct FoundingRegistry
{
    FoundingRegistry();
    chaincode::Response answer(const chaincode::Creator &caller, const std::vector<Bytes> &args);

    FakeStub stub;
    chaincode::Registry registry;
};

} // namespace lx::test
