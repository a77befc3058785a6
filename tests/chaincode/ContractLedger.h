#pragma once

#include "ledger/Consortium.h"
#include "ledgerclient/DeskWorkflow.h"
#include "ledgerclient/Wallet.h"

#include "common/common.pb.h"
#include "peer/proposal_response.pb.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace lx::test {

// A product contract on the real embedded consortium: a fresh sandbox (five
// banks, regulator, secretariat) with the standard contracts, signed
// proposals, endorsement by the policy the invocation implies, ordering,
// validation and commit. Products are named by their contract
// (client::DeskWorkflow::product: "lc", "forfaiting", "guarantee", "quotes").
class ContractLedger : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // Endorsed, signed, not yet sent.
    struct Prepared
    {
        protos::Response result;
        common::Envelope transaction;
    };
    Prepared prepare(const std::string &identity, const std::string &contract, const std::vector<Bytes> &args,
        const std::map<std::string, Bytes> &transient = {});
    // Endorses and, when the contract accepts, commits (expecting VALID).
    protos::Response invoke(const std::string &identity, const std::string &contract, const std::vector<Bytes> &args,
        const std::map<std::string, Bytes> &transient = {});
    protos::Response query(const std::string &identity, const std::string &contract, const std::vector<Bytes> &args);

    // officer1's draft of the bank; the draft ID (the submission's payload)
    // or the refusal.
    protos::Response draft(const std::string &bank, const std::string &contract, const Bytes &action);
    // checker1's approval, naming the co-endorsers the contract asks for.
    Prepared approval(const std::string &bank, const std::string &contract, const std::string &draftId);
    // What the workstation does before approving an L/C presentation: its
    // documents notarized on trust by the bank's checker.
    void notarizePresented(const std::string &bank, const Bytes &lcAction);
    // Draft then approval, committed; the approval's (or the refusal's) response.
    protos::Response act(const std::string &bank, const std::string &contract, const Bytes &action);

    std::filesystem::path m_dataDir;
    std::unique_ptr<client::Wallet> m_wallet;
    std::unique_ptr<ledger::Consortium> m_consortium;
};

} // namespace lx::test
