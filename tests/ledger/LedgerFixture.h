#pragma once

#include "ledger/Consortium.h"
#include "ledger/LedgerError.h"
#include "ledgerclient/SigningIdentity.h"
#include "ledgerclient/TransactionBuilder.h"

#include "peer/transaction.pb.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace lx::test {

// A key-value contract for ledger tests. put/readput need the creator's
// organization's peer, plus the organization named in a third argument.
//   put(key, value[, org])  readput(key, value)  get(key)
//   count(prefix): range read over prefix, writes "count/<prefix>"
//   pput(key) with transient "value": private, in the creator's collection;  pget(key)
//   xget(channel, key): get on kv of another channel, recorded as "seen/<key>"
//   xput(channel, key): tries a put there (refused: only queries cross channels)
class KvContract : public chaincode::Contract
{
public:
    std::string name() const override { return "kv"; }
    chaincode::Response invoke(chaincode::Stub &stub) const override;
    chaincode::EndorsementPolicy endorsementPolicy(const chaincode::Invocation &invocation) const override;
    bool isQuery(const std::string &function) const override { return function == "get" || function == "pget"; }
};

std::filesystem::path makeTempDir(const std::string &tag);

// A fresh sandbox consortium (five banks, regulator, secretariat) in a
// temporary folder, with the kv contract on channels "lc" and "forfaiting".
class LedgerFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    void openConsortium();
    static const char *passphrase();
    client::SigningIdentity user(int org, const std::string &user = "officer1") const;
    std::string msp(int org) const;

    // Endorse, sign and wait for commit; returns the validation code.
    ledger::CommitResult submit(const client::SigningIdentity &who, const std::string &function,
        const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {});
    ledger::Endorsed endorse(const client::SigningIdentity &who, const std::string &function,
        const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {});
    ledger::CommitResult order(const common::Envelope &envelope);

    std::filesystem::path m_dataDir;
    std::filesystem::path m_consortiumDir;
    std::unique_ptr<ledger::Consortium> m_consortium;
};

} // namespace lx::test
