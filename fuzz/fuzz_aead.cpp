// AEAD: aeadOpen on fuzzed sealed bytes under a fixed key, and with a fuzzed
// key (of any length) and associated data; aeadSeal/aeadOpen round trips;
// deriveKeyScrypt with small fuzzed parameters. aeadOpen never throws;
// aeadSeal and deriveKeyScrypt throw CryptoError for bad keys/parameters.
//
// Input layout for the second part: [key length][key][ad length][ad][rest].

#include "FuzzSupport.h"

#include "crypto/Aead.h"
#include "crypto/Error.h"
#include "crypto/Hash.h"

using namespace lx;

namespace {

// Takes a length byte, then up to that many bytes.
std::string_view take(std::string_view &input, std::size_t maxLength)
{
    if (input.empty())
        return {};
    const std::size_t length = std::min<std::size_t>(static_cast<unsigned char>(input[0]) % (maxLength + 1),
                                                     input.size() - 1);
    const std::string_view out = input.substr(1, length);
    input.remove_prefix(1 + length);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Bytes fixedKey = crypto::sha256(fuzz::kAeadKeySeed);
    const std::string_view input = fuzz::asView(data, size);

    // The whole input as sealed data under the fixed key.
    if (const auto plain = crypto::aeadOpen(fixedKey, input, fuzz::kAeadAd)) {
        if (plain->size() + 28 != input.size())
            fuzz::fail("aeadOpen returned a plaintext of the wrong length");
    }
    (void)crypto::aeadOpen(fixedKey, input);

    std::string_view rest = input;
    const std::string_view key = take(rest, 40);
    const std::string_view ad = take(rest, 64);
    const auto opened = crypto::aeadOpen(key, rest, ad);
    if (opened && key.size() != 32)
        fuzz::fail("aeadOpen accepted a key of " + std::to_string(key.size()) + " bytes");

    try {
        const Bytes sealed = crypto::aeadSeal(key, rest, ad);
        if (key.size() != 32)
            fuzz::fail("aeadSeal accepted a key of " + std::to_string(key.size()) + " bytes");
        const auto back = crypto::aeadOpen(key, sealed, ad);
        if (!back || *back != rest)
            fuzz::fail("aeadOpen does not return what aeadSeal sealed");
        if (!sealed.empty()) {
            Bytes tampered = sealed;
            tampered[rest.size() % tampered.size()] ^= 0x01;
            if (crypto::aeadOpen(key, tampered, ad))
                fuzz::fail("aeadOpen accepted a changed byte");
        }
    } catch (const crypto::CryptoError &) {
        if (key.size() == 32)
            throw;
    }

    // Small scrypt parameters (cheap), some of them invalid.
    if (rest.size() >= 3) {
        const auto b0 = static_cast<unsigned char>(rest[0]);
        crypto::ScryptParams params;
        params.n = (b0 & 0x80) ? (b0 & 0x7f) : (1ULL << (b0 % 11));
        params.r = static_cast<unsigned char>(rest[1]) % 9;
        params.p = static_cast<unsigned char>(rest[2]) % 3;
        try {
            const Bytes derived = crypto::deriveKeyScrypt(ad, rest.substr(3), params);
            if (derived.size() != 32)
                fuzz::fail("deriveKeyScrypt returned " + std::to_string(derived.size()) + " bytes");
        } catch (const crypto::CryptoError &) {
        }
    }
    return 0;
}
