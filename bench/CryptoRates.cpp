#include "CryptoRates.h"

#include "ProcessStats.h"

#include "crypto/Bytes.h"
#include "crypto/EcKey.h"
#include "crypto/Random.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace lx::bench {

namespace {

// A message of proposal size whose first bytes carry the counter.
void stamp(Bytes &message, std::size_t i)
{
    for (std::size_t b = 0; b < sizeof(std::uint64_t); ++b)
        message[b] = static_cast<char>((static_cast<std::uint64_t>(i) >> (8 * b)) & 0xff);
}

} // namespace

CryptoRates measureCrypto(std::size_t ops)
{
    const crypto::PrivateKey key = crypto::PrivateKey::generate();
    const crypto::PublicKey publicKey = key.publicKey();
    Bytes message = crypto::randomBytes(1024);

    // Warm up: context pools, caches, CPU frequency.
    for (std::size_t i = 0; i < 200; ++i)
        (void)publicKey.verify(message, key.sign(message));

    std::vector<Bytes> signatures(ops);
    const auto signStart = Clock::now();
    for (std::size_t i = 0; i < ops; ++i) {
        stamp(message, i);
        signatures[i] = key.sign(message);
    }
    const double signSeconds = secondsBetween(signStart, Clock::now());

    std::size_t good = 0;
    const auto verifyStart = Clock::now();
    for (std::size_t i = 0; i < ops; ++i) {
        stamp(message, i);
        good += publicKey.verify(message, signatures[i]) ? 1 : 0;
    }
    const double verifySeconds = secondsBetween(verifyStart, Clock::now());
    if (good != ops)
        throw std::runtime_error("crypto check failed: " + std::to_string(ops - good) + " signatures did not verify");
    return { static_cast<double>(ops) / signSeconds, static_cast<double>(ops) / verifySeconds };
}

} // namespace lx::bench
