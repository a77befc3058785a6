#pragma once

#include "ledger/Consortium.h"
#include "ledgerclient/SigningIdentity.h"
#include "ledgerclient/Wallet.h"

#include "peer/chaincode_event.pb.h"

#include <filesystem>
#include <map>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lx::test {

// What happened to one signed invocation: the endorsement's answer and,
// when the contract accepted it, the commit.
struct Invoked
{
    std::string txId;
    int status = 0; // the contract's status at endorsement
    std::string message; // "REASON_CODE: message" on rejection
    Bytes payload;
    bool committed = false;
    int validationCode = -1; // protos::TxValidationCode once committed
    std::uint64_t blockNumber = 0;

    std::string reasonCode() const { return message.substr(0, message.find(':')); }
};

// A fresh sandbox consortium (five banks, regulator, secretariat) with the
// standard contracts, driven with signed proposals as a workstation does.
class TrustFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // "HuaxiaBankMSP", "officer1"
    client::SigningIdentity user(const std::string &msp, const std::string &name = "officer1") const;

    // Endorses on the trust channel; when accepted, signs, submits and
    // waits for the commit.
    Invoked invoke(const client::SigningIdentity &who, const std::string &chaincode, const std::string &function,
        const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {});
    // A refusal at endorsement with its status and reason code, a message
    // that says what to do, and nothing committed.
    static void expectRejected(const Invoked &r, int status, const std::string &reason);

    Invoked query(const client::SigningIdentity &who, const std::string &chaincode, const std::string &function,
        const std::vector<Bytes> &args);

    std::optional<protos::ChaincodeEvent> eventOf(const Invoked &invoked);
    std::uint64_t trustHeight();
    // Every block of the trust channel, as stored.
    Bytes trustBlockBytes();

    std::filesystem::path m_dataDir;
    std::unique_ptr<client::Wallet> m_wallet;
    std::unique_ptr<ledger::Consortium> m_consortium;
};

Bytes sha256Of(const std::string &content);

} // namespace lx::test
