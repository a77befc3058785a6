#include "ledgerclient/Wallet.h"

#include "crypto/Aead.h"
#include "crypto/Certificate.h"
#include "crypto/Error.h"
#include "crypto/Random.h"

#include "lianxin/wallet.pb.h"

#include <google/protobuf/util/json_util.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <mutex>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace lx::client {

namespace fs = std::filesystem;

namespace {

// Version 2 adds `integrity` (an HMAC over the whole file) and seals the
// verifier with the version in its associated data; version 1 files are
// migrated at their first unlock (docs/wallet.md).
constexpr int kFileVersion = 2;
constexpr int kLegacyVersion = 1;
constexpr const char *kFileName = "wallet.json";
constexpr const char *kKdfAlgorithm = "scrypt";
constexpr std::size_t kSaltBytes = 16;
// Sealed under the derived key at creation; opening it tells a wrong
// passphrase apart before any private key is touched.
constexpr std::string_view kVerifierPlaintext = "LianXin wallet verifier v1";
constexpr std::string_view kLegacyVerifierAad = "lianxin.wallet/verifier";
// A version 2 verifier does not open as a version 1 one: a file cannot be
// passed off as an older version without the integrity code.
constexpr std::string_view kVerifierAad = "lianxin.wallet/verifier v2";
constexpr std::string_view kIntegrityKeyLabel = "lianxin.wallet/integrity key v2";
constexpr std::string_view kIntegrityDomain = "lianxin.wallet/integrity v2";
constexpr std::size_t kIntegrityBytes = 32;
// Marks the section of issuing CA certificates (Entry.ca_cert_pem).
constexpr std::string_view kCaSection = "lianxin.wallet/issuing CAs";

const char *const kWrongPassphrase =
    "The passphrase is wrong: the wallet could not be unlocked. Nothing was changed.";

// Derived keys and decrypted PEM must not linger in freed heap memory.
void wipe(std::string &secret)
{
    if (!secret.empty())
        OPENSSL_cleanse(secret.data(), secret.size());
    secret.clear();
}

fs::path walletFilePath(const fs::path &dir) { return dir / kFileName; }

std::string errnoText() { return std::strerror(errno); }

lianxin::wallet::WalletFile readWalletFile(const fs::path &dir)
{
    const fs::path path = walletFilePath(dir);
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw WalletError(WalletError::Kind::NotFound, "There is no wallet in " + dir.string() + ".");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw WalletError(WalletError::Kind::Io, "The wallet file " + path.string() + " could not be opened.");
    std::ostringstream text;
    text << in.rdbuf(); // an empty file leaves text empty: reported as damaged below
    if (in.bad())
        throw WalletError(WalletError::Kind::Io, "The wallet file " + path.string() + " could not be read.");

    lianxin::wallet::WalletFile file;
    google::protobuf::util::JsonParseOptions options;
    // Later versions may add fields; the version number guards real changes.
    options.ignore_unknown_fields = true;
    const auto status = google::protobuf::util::JsonStringToMessage(text.str(), &file, options);
    if (!status.ok())
        throw WalletError(WalletError::Kind::Damaged,
                          "The wallet file " + path.string() + " is damaged: " + std::string(status.message()));
    if (file.version() != kFileVersion && file.version() != kLegacyVersion)
        throw WalletError(WalletError::Kind::Damaged, "The wallet file " + path.string() +
                                                          " has an unsupported version " +
                                                          std::to_string(file.version()) + ".");
    for (const auto &entry : file.entries()) {
        if (entry.label().empty() || !roleFromName(entry.role()))
            throw WalletError(WalletError::Kind::Damaged,
                              "The wallet file " + path.string() + " is damaged: an entry is invalid.");
    }
    return file;
}

// Write to a temporary file in the same folder, flush it to disk, then
// rename over the old file and flush the folder: after a crash the wallet is
// either the old one or the new one, never a mix.
void writeWalletFile(const fs::path &dir, const lianxin::wallet::WalletFile &file)
{
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    options.preserve_proto_field_names = true;
    const auto status = google::protobuf::util::MessageToJsonString(file, &json, options);
    if (!status.ok())
        throw WalletError(WalletError::Kind::Io, "The wallet could not be encoded: " + std::string(status.message()));

    const fs::path target = walletFilePath(dir);
    const fs::path temp = dir / (std::string(kFileName) + ".tmp-" + toHex(crypto::randomBytes(6)));
    const auto fail = [&](const std::string &what) {
        const std::string reason = errnoText();
        std::error_code ignored;
        fs::remove(temp, ignored);
        throw WalletError(WalletError::Kind::Io, "The wallet file " + target.string() + " could not be written (" +
                                                     what + ": " + reason + "). Nothing was changed.");
    };

    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        fail("create");
    std::size_t done = 0;
    while (done < json.size()) {
        const ssize_t n = ::write(fd, json.data() + done, json.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            fail("write");
        }
        done += static_cast<std::size_t>(n);
    }
    // The umask can only narrow 0600, but be explicit: the file holds
    // sealed keys and must stay private even if the umask is odd.
    if (::fchmod(fd, 0600) != 0 || ::fsync(fd) != 0) {
        ::close(fd);
        fail("sync");
    }
    if (::close(fd) != 0)
        fail("close");
    if (::rename(temp.c_str(), target.c_str()) != 0)
        fail("rename");
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        // The rename is done; a failed directory sync only weakens
        // durability, so it is not reported as a failed write.
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

Bytes hmacSha256(std::string_view key, std::string_view data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
            data.size(), out, &size))
        throw WalletError(WalletError::Kind::Io, "The wallet's integrity code could not be computed.");
    Bytes mac(reinterpret_cast<const char *>(out), size);
    OPENSSL_cleanse(out, sizeof out);
    return mac;
}

void appendNumber(std::string &out, std::uint64_t value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((value >> shift) & 0xff));
}

void appendField(std::string &out, std::string_view field)
{
    appendNumber(out, field.size());
    out.append(field);
}

// HMAC-SHA-256 over every field but `integrity` itself and the verifier,
// each length-prefixed in a fixed order (not protobuf or JSON bytes, whose
// encoding may vary), under a key of its own derived from the passphrase
// key. The verifier stays out so that a code that checks out proves the
// passphrase right even when the verifier was altered.
Bytes integrityCode(const Bytes &key, const lianxin::wallet::WalletFile &file)
{
    std::string data;
    appendField(data, kIntegrityDomain);
    appendNumber(data, static_cast<std::uint64_t>(file.version()));
    appendField(data, file.kdf().algorithm());
    appendField(data, file.kdf().salt());
    appendNumber(data, file.kdf().n());
    appendNumber(data, file.kdf().r());
    appendNumber(data, file.kdf().p());
    appendNumber(data, static_cast<std::uint64_t>(file.entries_size()));
    for (const auto &e : file.entries()) {
        for (const std::string *field :
            { &e.label(), &e.msp_id(), &e.user(), &e.role(), &e.display_name(), &e.cert_pem(), &e.sealed_key() })
            appendField(data, *field);
    }
    // The issuing CAs came later (imported MSP folders). A file without any
    // keeps the code it always had; otherwise they follow the entries as
    // one more section, one field per entry in order. The entries' section
    // reads to its end by itself (a count, then length-prefixed fields), so
    // the two encodings never coincide and none of them can be stripped.
    const bool anyCa = std::any_of(
        file.entries().begin(), file.entries().end(), [](const auto &e) { return !e.ca_cert_pem().empty(); });
    if (anyCa) {
        appendField(data, kCaSection);
        for (const auto &e : file.entries())
            appendField(data, e.ca_cert_pem());
    }
    Bytes macKey = hmacSha256(key, kIntegrityKeyLabel);
    Bytes mac = hmacSha256(macKey, data);
    OPENSSL_cleanse(macKey.data(), macKey.size());
    return mac;
}

// Sets version and integrity code for a file about to be written.
void authenticate(lianxin::wallet::WalletFile &file, const Bytes &key)
{
    file.set_version(kFileVersion);
    file.set_integrity(integrityCode(key, file));
}

WalletError damaged(const fs::path &dir, const std::string &what)
{
    return WalletError(WalletError::Kind::Damaged,
        "The wallet file " + walletFilePath(dir).string() + " is damaged or was altered: " + what + ".");
}

// A version 1 file has no integrity code: before one is added, every entry
// must at least hang together (the key unseals under its label and belongs
// to the certificate), so a certificate swapped in is not blessed.
void checkLegacyEntries(const fs::path &dir, const lianxin::wallet::WalletFile &file, const Bytes &key)
{
    for (const auto &e : file.entries()) {
        std::optional<Bytes> pem = crypto::aeadOpen(key, e.sealed_key(), e.label());
        if (!pem)
            throw damaged(dir, "the key of " + e.label() + " could not be unsealed");
        bool matches = false;
        try {
            matches = crypto::PrivateKey::fromPem(*pem).publicKey().toDer()
                == crypto::Certificate::fromPem(e.cert_pem()).publicKey().toDer();
        } catch (const crypto::CryptoError &) {
        }
        wipe(*pem);
        if (!matches)
            throw damaged(dir, "the certificate of " + e.label() + " does not belong to its key");
    }
}

WalletEntry toEntry(const lianxin::wallet::Entry &e)
{
    WalletEntry entry;
    entry.label = e.label();
    entry.mspId = e.msp_id();
    entry.user = e.user();
    entry.role = roleFromName(e.role()).value_or(Role::Officer); // validated on read
    entry.displayName = e.display_name();
    entry.certPem = e.cert_pem();
    entry.caCertPem = e.ca_cert_pem();
    return entry;
}

crypto::ScryptParams paramsOf(const lianxin::wallet::KdfParams &kdf, const fs::path &dir)
{
    crypto::ScryptParams params;
    params.n = kdf.n();
    params.r = kdf.r();
    params.p = kdf.p();
    if (kdf.algorithm() != kKdfAlgorithm || kdf.salt().empty() || !crypto::scryptParamsAcceptable(params))
        throw WalletError(WalletError::Kind::Damaged,
                          "The wallet file " + walletFilePath(dir).string() + " has invalid key derivation settings.");
    return params;
}

// A fresh salt and key under the default cost, with its verifier.
struct Sealing
{
    lianxin::wallet::KdfParams kdf;
    Bytes key;
    Bytes verifier;
};

Sealing newSealing(const std::string &passphrase)
{
    Sealing s;
    const crypto::ScryptParams params;
    s.kdf.set_algorithm(kKdfAlgorithm);
    s.kdf.set_salt(crypto::randomBytes(kSaltBytes));
    s.kdf.set_n(params.n);
    s.kdf.set_r(params.r);
    s.kdf.set_p(params.p);
    s.key = crypto::deriveKeyScrypt(passphrase, s.kdf.salt(), params);
    s.verifier = crypto::aeadSeal(s.key, kVerifierPlaintext, kVerifierAad);
    return s;
}

} // namespace

std::string roleName(Role role)
{
    switch (role) {
    case Role::Officer: return "officer";
    case Role::Checker: return "checker";
    case Role::Manager: return "manager";
    case Role::Admin: return "admin";
    case Role::Auditor: return "auditor";
    }
    return "officer";
}

std::optional<Role> roleFromName(const std::string &name)
{
    for (Role role : {Role::Officer, Role::Checker, Role::Manager, Role::Admin, Role::Auditor}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

struct Wallet::Impl
{
    ~Impl() { wipe(key); }

    fs::path dir;
    // Copies of a Wallet share this state; the mutex keeps a concurrent
    // add() and identity() from seeing a half-updated file image.
    mutable std::mutex mutex;
    lianxin::wallet::WalletFile file;
    Bytes key; // derived once per open(); needed to seal and unseal keys
};

bool Wallet::exists(const fs::path &dir)
{
    std::error_code ec;
    return fs::exists(walletFilePath(dir), ec);
}

Wallet Wallet::create(const fs::path &dir, const std::string &passphrase)
{
    if (exists(dir))
        throw WalletError(WalletError::Kind::Io, "A wallet exists already in " + dir.string() + ".");
    std::error_code ec;
    const bool created = fs::create_directories(dir, ec);
    if (ec)
        throw WalletError(WalletError::Kind::Io, "The wallet folder " + dir.string() + " could not be created.");
    if (created)
        fs::permissions(dir, fs::perms::owner_all, ec); // nobody else needs to list it

    Sealing sealing = newSealing(passphrase);
    auto impl = std::make_shared<Impl>();
    impl->dir = dir;
    *impl->file.mutable_kdf() = sealing.kdf;
    impl->file.set_verifier(sealing.verifier);
    impl->key = std::move(sealing.key);
    authenticate(impl->file, impl->key);
    writeWalletFile(dir, impl->file);

    Wallet wallet;
    wallet.m_impl = std::move(impl);
    return wallet;
}

Wallet Wallet::open(const fs::path &dir, const std::string &passphrase)
{
    auto impl = std::make_shared<Impl>();
    impl->dir = dir;
    impl->file = readWalletFile(dir);
    const crypto::ScryptParams params = paramsOf(impl->file.kdf(), dir);
    // Shorter than nonce + tag: no passphrase could ever open it.
    if (impl->file.verifier().size() < 12 + 16)
        throw WalletError(WalletError::Kind::Damaged,
                          "The wallet file " + walletFilePath(dir).string() + " is damaged (verifier).");
    try {
        impl->key = crypto::deriveKeyScrypt(passphrase, impl->file.kdf().salt(), params);
    } catch (const crypto::CryptoError &) {
        throw WalletError(WalletError::Kind::Damaged,
                          "The wallet file " + walletFilePath(dir).string() + " has invalid key derivation settings.");
    }

    // The verifier opens under the associated data of the version that
    // sealed it; one that opens only under the other version's was moved
    // between versions, which only an edit outside LianXin does.
    // In version 2 an integrity code that checks out proves the passphrase
    // right, so an altered verifier is damage, not a wrong passphrase.
    const bool legacy = impl->file.version() == kLegacyVersion;
    bool intact = false;
    if (!legacy) {
        const Bytes expected = integrityCode(impl->key, impl->file);
        const std::string &stored = impl->file.integrity();
        intact = stored.size() == kIntegrityBytes &&
                 CRYPTO_memcmp(stored.data(), expected.data(), kIntegrityBytes) == 0;
    }
    std::optional<Bytes> check =
        crypto::aeadOpen(impl->key, impl->file.verifier(), legacy ? kLegacyVerifierAad : kVerifierAad);
    if (!check && !intact) {
        if (crypto::aeadOpen(impl->key, impl->file.verifier(), legacy ? kVerifierAad : kLegacyVerifierAad))
            throw damaged(dir, "its version number was changed");
        throw WalletError(WalletError::Kind::WrongPassphrase, kWrongPassphrase);
    }
    if (!legacy && !intact)
        throw damaged(dir, "a certificate, label, role, key or setting no longer matches its integrity code");
    if (!check || *check != kVerifierPlaintext)
        throw damaged(dir, "its passphrase verifier was changed");

    if (legacy) {
        // Migration: checked as far as version 1 allows, then given an
        // integrity code. If the file cannot be written now (read-only
        // folder), this session goes on and the next unlock tries again.
        checkLegacyEntries(dir, impl->file, impl->key);
        lianxin::wallet::WalletFile upgraded = impl->file;
        upgraded.set_verifier(crypto::aeadSeal(impl->key, kVerifierPlaintext, kVerifierAad));
        authenticate(upgraded, impl->key);
        try {
            writeWalletFile(dir, upgraded);
        } catch (const WalletError &e) {
            if (e.kind() != WalletError::Kind::Io)
                throw;
        }
        impl->file = std::move(upgraded);
    }

    Wallet wallet;
    wallet.m_impl = std::move(impl);
    return wallet;
}

std::vector<WalletEntry> Wallet::listEntries(const fs::path &dir)
{
    const auto file = readWalletFile(dir);
    std::vector<WalletEntry> out;
    out.reserve(static_cast<std::size_t>(file.entries_size()));
    for (const auto &e : file.entries())
        out.push_back(toEntry(e));
    return out;
}

std::vector<WalletEntry> Wallet::entries() const
{
    std::lock_guard lock(m_impl->mutex);
    std::vector<WalletEntry> out;
    out.reserve(static_cast<std::size_t>(m_impl->file.entries_size()));
    for (const auto &e : m_impl->file.entries())
        out.push_back(toEntry(e));
    return out;
}

void Wallet::add(const WalletEntry &entry, const crypto::PrivateKey &key)
{
    if (entry.label.empty())
        throw std::invalid_argument("A wallet entry needs a label.");
    // A key that does not belong to the certificate would give an identity
    // whose every signature is rejected; refuse it here, where it is clear.
    if (crypto::Certificate::fromPem(entry.certPem).publicKey().toDer() != key.publicKey().toDer())
        throw std::invalid_argument("The private key of " + entry.label + " does not match its certificate.");

    lianxin::wallet::Entry e;
    e.set_label(entry.label);
    e.set_msp_id(entry.mspId);
    e.set_user(entry.user);
    e.set_role(roleName(entry.role));
    e.set_display_name(entry.displayName);
    e.set_cert_pem(entry.certPem);
    e.set_ca_cert_pem(entry.caCertPem);

    std::lock_guard lock(m_impl->mutex);
    std::string pem = key.toPem();
    e.set_sealed_key(crypto::aeadSeal(m_impl->key, pem, entry.label));
    wipe(pem);

    // Adding a label that exists replaces it (a renewed certificate).
    lianxin::wallet::WalletFile next = m_impl->file;
    bool replaced = false;
    for (auto &existing : *next.mutable_entries()) {
        if (existing.label() == entry.label) {
            existing = e;
            replaced = true;
        }
    }
    if (!replaced)
        *next.add_entries() = std::move(e);
    authenticate(next, m_impl->key);
    writeWalletFile(m_impl->dir, next);
    m_impl->file = std::move(next);
}

SigningIdentity Wallet::identity(const std::string &label) const
{
    std::lock_guard lock(m_impl->mutex);
    for (const auto &e : m_impl->file.entries()) {
        if (e.label() != label)
            continue;
        std::optional<Bytes> pem = crypto::aeadOpen(m_impl->key, e.sealed_key(), e.label());
        if (!pem)
            throw WalletError(WalletError::Kind::Damaged,
                              "The key of " + label + " could not be unsealed: the wallet file is damaged.");
        try {
            crypto::PrivateKey key = crypto::PrivateKey::fromPem(*pem);
            wipe(*pem);
            return SigningIdentity(e.msp_id(), e.cert_pem(), std::move(key));
        } catch (const crypto::CryptoError &) {
            wipe(*pem);
            throw WalletError(WalletError::Kind::Damaged,
                              "The key of " + label + " is not a valid private key: the wallet file is damaged.");
        }
    }
    throw WalletError(WalletError::Kind::NotFound, "The wallet has no identity " + label + ".");
}

void Wallet::changePassphrase(const std::string &newPassphrase)
{
    std::lock_guard lock(m_impl->mutex);
    Sealing sealing = newSealing(newPassphrase);
    lianxin::wallet::WalletFile next = m_impl->file;
    *next.mutable_kdf() = sealing.kdf;
    next.set_verifier(sealing.verifier);
    // Every key is unsealed before anything is written, so a damaged entry
    // aborts the change with the old file untouched.
    for (auto &e : *next.mutable_entries()) {
        std::optional<Bytes> pem = crypto::aeadOpen(m_impl->key, e.sealed_key(), e.label());
        if (!pem) {
            wipe(sealing.key);
            throw WalletError(WalletError::Kind::Damaged, "The key of " + e.label() +
                                                              " could not be unsealed: the wallet file is damaged. "
                                                              "The passphrase was not changed.");
        }
        e.set_sealed_key(crypto::aeadSeal(sealing.key, *pem, e.label()));
        wipe(*pem);
    }
    try {
        authenticate(next, sealing.key);
        writeWalletFile(m_impl->dir, next);
    } catch (...) {
        wipe(sealing.key);
        throw;
    }
    m_impl->file = std::move(next);
    wipe(m_impl->key);
    m_impl->key = std::move(sealing.key);
}

} // namespace lx::client
