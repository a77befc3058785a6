// Holds a LianXin ledger open for writing, as the workstation does, for the
// CLI tests of readers beside a writer:
//   hold_ledger DATA PASSPHRASE_FILE ATTESTATIONS
// opens the embedded ledger for writing, prints "ready", records that many
// KYC attestations on trust (an officer's draft and a checker's approval,
// one block each), prints "idle" and keeps the ledger open until it is
// killed.
#include "crypto/Hash.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include "lianxin/notary.pb.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>

using namespace lx;

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::cerr << "usage: hold_ledger DATA PASSPHRASE_FILE ATTESTATIONS\n";
        return 2;
    }
    const std::filesystem::path data = argv[1];
    std::string passphrase;
    std::ifstream(argv[2]) >> passphrase;
    const int writes = std::stoi(argv[3]);
    try {
        const auto wallet = client::Wallet::open(client::walletDir(data), passphrase);
        const auto ledger = client::openEmbeddedLedger(client::consortiumDir(data));
        client::Client officer(ledger, wallet.identity("HuaxiaBankMSP/officer1"));
        client::Client checker(ledger, wallet.identity("HuaxiaBankMSP/checker1"));
        std::cout << "ready" << std::endl;
        for (int i = 0; i < writes; ++i) {
            lianxin::trust::KycAttestation a;
            a.set_uscc("91350100M000100Y43");
            a.set_subject_name("Fujian Minjiang Trading Co., Ltd. " + std::to_string(i));
            a.set_level("CDD");
            a.set_attesting_msp("HuaxiaBankMSP");
            a.set_valid_until_seconds(std::time(nullptr) + 86400 * 365);
            a.set_evidence_sha256(crypto::sha256("evidence " + std::to_string(i)));
            // A maker's draft and its checker's approval: two transactions.
            const auto &kyc = client::DeskWorkflow::product("kyc");
            const std::string draftId = client::DeskWorkflow(officer, kyc).submitDraft(a.SerializeAsString());
            client::DeskWorkflow(checker, kyc).approve(draftId);
        }
        std::cout << "idle" << std::endl;
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    } catch (const std::exception &e) {
        std::cerr << "hold_ledger: " << e.what() << "\n";
        return 1;
    }
}
