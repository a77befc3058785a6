// Wallet files: Wallet::listEntries and Wallet::open (then entries() and
// identity() of every entry) on a fuzzed wallet.json. Damage and a wrong
// passphrase are WalletError; anything else escaping is a finding.
//
// open() runs scrypt with the cost the file names (up to N = 2^20, r = 32,
// p = 16: gigabytes and minutes). That is the wallet's documented bound, not
// a parser bug, so open() is only called for files naming a cheap cost; the
// fuzzer explores the parsing, not scrypt. listEntries() never derives keys
// and sees every input.

#include "FuzzSupport.h"

#include "ledgerclient/Wallet.h"

#include "lianxin/wallet.pb.h"

#include <google/protobuf/util/json_util.h>

using namespace lx;

namespace {

bool cheapToOpen(const std::string &json)
{
    lianxin::wallet::WalletFile file;
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = true;
    if (!google::protobuf::util::JsonStringToMessage(json, &file, options).ok())
        return true; // open() reports it as damaged before deriving anything
    const std::uint64_t n = file.kdf().n(), r = file.kdf().r(), p = file.kdf().p();
    if (n > (1ULL << 20) || r > 32 || p > 16)
        return true; // refused by open() itself
    // scrypt needs about 128 * r * (N + p) bytes and N * r * p block mixes.
    return 128 * r * (n + p) <= (16ULL << 20) && n * r * p <= (1ULL << 17);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto dir = fuzz::scratchDir() / "wallet";
    std::filesystem::create_directories(dir);
    const std::string json(fuzz::asView(data, size));
    fuzz::writeFile(dir / "wallet.json", json);

    std::size_t listed = 0;
    bool listable = false;
    try {
        listed = client::Wallet::listEntries(dir).size();
        listable = true;
    } catch (const client::WalletError &e) {
        if (e.kind() != client::WalletError::Kind::Damaged)
            fuzz::fail(std::string("listEntries on a readable file: ") + e.what());
    }

    if (!cheapToOpen(json))
        return 0;
    try {
        const client::Wallet wallet = client::Wallet::open(dir, fuzz::kPassphrase);
        if (!listable)
            fuzz::fail("open() accepted a file listEntries() calls damaged");
        const auto entries = wallet.entries();
        if (entries.size() != listed)
            fuzz::fail("entries() and listEntries() disagree");
        std::size_t tried = 0;
        for (const client::WalletEntry &entry : entries) {
            if (++tried > 8)
                break;
            try {
                const client::SigningIdentity identity = wallet.identity(entry.label);
                (void)identity.sign("fuzz");
            } catch (const client::WalletError &) {
            }
        }
    } catch (const client::WalletError &) {
    }
    return 0;
}
