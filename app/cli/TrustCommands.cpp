#include "TrustCommands.h"

#include "CliSupport.h"

#include "crypto/Hash.h"

#include "lianxin/notary.pb.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

namespace lx::cli {

namespace {

std::string utcTime(std::int64_t seconds)
{
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return text;
}

} // namespace

int notaryVerify(const CliOptions &options, const std::string &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw UsageError("cannot read " + file);
    std::ostringstream content;
    content << in.rdbuf();
    const Bytes hash = crypto::sha256(content.str());

    client::Client client = openReader(options);
    lianxin::trust::NotaryRecord record;
    // NOTARY_NOT_FOUND comes back as a rejection: exit 3 with its reason.
    record.ParseFromString(client.evaluate("trust", "notary", "Verify", { hash }).payload());
    if (options.json) {
        std::cout << toJson(record) << "\n";
        return Done;
    }
    std::cout << file << " (SHA-256 " << toHex(hash) << ") is recorded " << record.entries_size() << " time(s):\n";
    for (const auto &e : record.entries())
        std::cout << "  " << e.doc_type() << " \"" << e.file_name() << "\" by " << e.submitting_msp() << " under L/C "
                  << e.lc_no() << " (issuing bank " << e.issuing_bank_msp() << ") at " << utcTime(e.recorded_seconds())
                  << ", transaction " << e.tx_id() << "\n";
    return Done;
}

int kycAttest(const CliOptions &options, const std::string &jsonFile)
{
    lianxin::trust::KycAttestation attestation;
    readJsonFile(jsonFile, attestation);
    client::Client client = openClient(options);
    if (attestation.attesting_msp().empty())
        attestation.set_attesting_msp(client.identity().mspId());
    const auto result = client.submit("trust", "kyc", "Attest", { attestation.SerializeAsString() });
    if (result.code != protos::VALID)
        throw client::LedgerError(client::LedgerError::Kind::Rejected, "TX_INVALIDATED",
            "Transaction " + result.txId + " was ordered but not valid (" + protos::TxValidationCode_Name(result.code)
                + "); submit it again.");
    std::cout << (options.json
            ? "{\"txId\": " + jsonString(result.txId) + ", \"block\": " + std::to_string(result.blockNumber) + "}"
            : "KYC attestation for " + attestation.uscc() + " recorded in block " + std::to_string(result.blockNumber)
                + ", transaction " + result.txId)
              << "\n";
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
        std::cout << "No bank has attested KYC of " << uscc << ".\n";
    for (const auto &a : list.attestations())
        std::cout << a.uscc() << "\t" << a.subject_name() << "\t" << a.attesting_msp() << "\t" << a.level()
                  << "\tattested " << utcTime(a.attested_seconds()) << "\tvalid until "
                  << utcTime(a.valid_until_seconds()) << "\n";
    return Done;
}

} // namespace lx::cli
