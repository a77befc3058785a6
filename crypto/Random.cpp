#include "crypto/Random.h"

#include "crypto/OpenSsl.h"

#include <openssl/rand.h>

#include <algorithm>
#include <climits>

namespace lx::crypto {

Bytes randomBytes(std::size_t count)
{
    Bytes bytes(count, '\0');
    auto *out = reinterpret_cast<unsigned char *>(bytes.data());
    // RAND_bytes takes an int count.
    for (std::size_t done = 0; done < count;) {
        const std::size_t chunk = std::min<std::size_t>(count - done, INT_MAX);
        if (RAND_bytes(out + done, static_cast<int>(chunk)) != 1)
            detail::throwError("The random number generator failed");
        done += chunk;
    }
    return bytes;
}

} // namespace lx::crypto
