// lianxin-cli identities import|export: Fabric's MSP folder into the wallet
// and back (ledgerclient/MspFolder.h).
#include "ledgerclient/MspFolder.h"

#include "TempDir.h"

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "ledgerclient/FabricMaterials.h"
#include "ledgerclient/Ledger.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/SandboxCa.h"
#include "ledgerclient/Wallet.h"

#include <fstream>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <sstream>
#include <sys/stat.h>

using namespace lx;
using namespace lx::client;
namespace fs = std::filesystem;

namespace {

const std::string kPass = "msp folder passphrase";
const std::string kMsp = "TestBankMSP";

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeAll(const fs::path &path, const std::string &content)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
}

unsigned modeOf(const fs::path &path)
{
    struct stat st
    {
    };
    return ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

std::string pemOf(EVP_PKEY *key, bool traditional)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    const int ok = traditional
        ? PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
        : PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    EXPECT_EQ(ok, 1);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

// A certificate for key issued by ca whose validity runs from now + from to
// now + to (seconds), made with OpenSSL: the sandbox's CA code only issues
// certificates valid from now on.
std::string certificateValid(const SandboxCa &ca, const crypto::PrivateKey &key, long from, long to)
{
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
    X509_set_version(cert.get(), X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 4242);
    std::unique_ptr<X509_NAME, decltype(&X509_NAME_free)> name(X509_NAME_new(), X509_NAME_free);
    for (const auto &[field, value] : { std::pair { "O", "Test Bank" }, std::pair { "OU", "client" },
             std::pair { "OU", "officer" }, std::pair { "CN", "officer1" } })
        X509_NAME_add_entry_by_txt(
            name.get(), field, MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(value), -1, -1, 0);
    X509_set_subject_name(cert.get(), name.get());
    X509_set_issuer_name(cert.get(), X509_get_subject_name(static_cast<X509 *>(ca.cert.nativeHandle())));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), from);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), to);
    X509_set_pubkey(cert.get(), static_cast<EVP_PKEY *>(key.publicKey().nativeHandle()));
    EXPECT_GT(X509_sign(cert.get(), static_cast<EVP_PKEY *>(ca.key.nativeHandle()), EVP_sha256()), 0);
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    EXPECT_EQ(PEM_write_bio_X509(bio.get(), cert.get()), 1);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

SandboxCa newCa()
{
    crypto::PrivateKey key = crypto::PrivateKey::generate();
    crypto::Certificate cert = crypto::makeSelfSignedCa(key, sandboxName("Test Bank", {}, "ca.testbankmsp"), 30);
    return { std::move(key), std::move(cert) };
}

// What the LedgerError `f` throws says: its code and message.
std::pair<std::string, std::string> refusal(const std::function<void()> &f)
{
    try {
        f();
    } catch (const LedgerError &e) {
        return { e.reasonCode(), e.what() };
    }
    ADD_FAILURE() << "no LedgerError thrown";
    return {};
}

} // namespace

// A bank's CA, one user issued by it and a wallet holding another user.
class WalletMspFolder : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_wallet = std::make_unique<Wallet>(Wallet::create(walletDir(), kPass));
        const IssuedIdentity checker = issueSandboxIdentity(m_ca, sandboxUserOus("checker"), "checker1");
        WalletEntry entry { kMsp + "/checker1", kMsp, "checker1", Role::Checker, "Li Wei", checker.certPem, {} };
        m_wallet->add(entry, checker.key);
    }

    fs::path walletDir() const { return m_dir.path() / "wallet"; }
    std::string walletBytes() const { return readAll(walletDir() / "wallet.json"); }

    // An MSP folder as fabric-ca-client writes one.
    fs::path mspFolder(const std::string &name, const std::string &certPem, const std::string &keyPem) const
    {
        const fs::path msp = m_dir.path() / name;
        writeAll(msp / "signcerts" / "cert.pem", certPem);
        writeAll(msp / "keystore" / "0123abcd_sk", keyPem);
        writeAll(msp / "cacerts" / "localhost-7054-ca-testbank.pem", m_ca.cert.toPem());
        return msp;
    }
    fs::path userFolder(const std::string &name) const { return mspFolder(name, m_user.certPem, m_user.key.toPem()); }

    // Importing msp is refused with code, the message names what, and the
    // wallet file is byte for byte what it was.
    void expectRefused(const fs::path &msp, const std::string &code, const std::string &what)
    {
        SCOPED_TRACE(msp.string() + " " + code);
        const std::string before = walletBytes();
        const auto [got, message] = refusal([&] {
            importMspIdentity(*m_wallet, kMsp, "officer9", readMspFolder(msp, std::chrono::system_clock::now()), false);
        });
        EXPECT_EQ(got, code) << message;
        EXPECT_NE(message.find(what), std::string::npos) << message;
        EXPECT_EQ(walletBytes(), before);
        EXPECT_EQ(Wallet::open(walletDir(), kPass).entries().size(), 1u);
    }

    test::TempDir m_dir;
    SandboxCa m_ca = newCa();
    IssuedIdentity m_user = issueSandboxIdentity(m_ca, sandboxUserOus("officer"), "officer1");
    std::unique_ptr<Wallet> m_wallet;
};

TEST_F(WalletMspFolder, ExportThenImportGivesTheSameSigningIdentity)
{
    WalletEntry entry { kMsp + "/officer1", kMsp, "officer1", Role::Officer, "Wang Fang", m_user.certPem, {} };
    m_wallet->add(entry, m_user.key);
    const fs::path out = m_dir.path() / "exported" / "msp";
    exportMspIdentity(*m_wallet, entry.label, out, m_ca.cert.toPem());

    EXPECT_EQ(readAll(out / "signcerts" / "cert.pem"), m_user.certPem);
    EXPECT_EQ(readAll(out / "cacerts" / "ca.pem"), m_ca.cert.toPem());
    EXPECT_EQ(readAll(out / "config.yaml"), fabricNodeOusConfig("ca.pem"));
    EXPECT_EQ(modeOf(out / "keystore" / "priv_sk"), 0600u);
    EXPECT_EQ(modeOf(out / "keystore"), 0700u);
    EXPECT_EQ(modeOf(out), 0700u);
    EXPECT_FALSE(fs::exists(out / "tlscacerts")); // the signing CA is not a TLS CA of a real bank

    // Into another wallet under another name: the same signer.
    test::TempDir other;
    Wallet second = Wallet::create(other.path(), kPass);
    const WalletEntry imported
        = importMspIdentity(second, kMsp, "officer7", readMspFolder(out, std::chrono::system_clock::now()), false);
    EXPECT_EQ(imported.label, kMsp + "/officer7");
    EXPECT_EQ(imported.role, Role::Officer);
    EXPECT_EQ(imported.displayName, "officer1"); // the certificate's CN
    const SigningIdentity original = m_wallet->identity(entry.label);
    const SigningIdentity copy = Wallet::open(other.path(), kPass).identity(kMsp + "/officer7");
    EXPECT_EQ(copy.serialized(), original.serialized());
    EXPECT_EQ(copy.privateKey().toPem(), original.privateKey().toPem());
    EXPECT_TRUE(crypto::Certificate::fromPem(copy.certPem()).publicKey().verify("a proposal", copy.sign("a proposal")));
    // The CA came along, authenticated with the rest of the wallet.
    EXPECT_EQ(Wallet::open(other.path(), kPass).entries().front().caCertPem, m_ca.cert.toPem());
}

TEST_F(WalletMspFolder, Sec1AndPkcs8KeysAreRead)
{
    const std::string sec1 = pemOf(static_cast<EVP_PKEY *>(m_user.key.nativeHandle()), true);
    ASSERT_NE(sec1.find("BEGIN EC PRIVATE KEY"), std::string::npos);
    const MspFolderIdentity identity
        = readMspFolder(mspFolder("sec1", m_user.certPem, sec1), std::chrono::system_clock::now());
    EXPECT_EQ(identity.key.toPem(), m_user.key.toPem());
    EXPECT_EQ(identity.caCertPem, m_ca.cert.toPem());
    EXPECT_EQ(readMspFolder(userFolder("pkcs8"), std::chrono::system_clock::now()).role, Role::Officer);
}

TEST_F(WalletMspFolder, KeyOfAnotherCertificateIsRefused)
{
    const IssuedIdentity other = issueSandboxIdentity(m_ca, sandboxUserOus("officer"), "officer2");
    expectRefused(mspFolder("mismatch", m_user.certPem, other.key.toPem()), "MSP_KEY_MISMATCH",
        "keystore/0123abcd_sk does not belong to the certificate");
}

TEST_F(WalletMspFolder, ExpiredAndNotYetValidCertificatesAreRefused)
{
    const std::string expired = certificateValid(m_ca, m_user.key, -10 * 86400, -86400);
    expectRefused(
        mspFolder("expired", expired, m_user.key.toPem()), "MSP_CERT_EXPIRED", "signcerts/cert.pem expired on ");
    const std::string early = certificateValid(m_ca, m_user.key, 86400, 10 * 86400);
    expectRefused(mspFolder("early", early, m_user.key.toPem()), "MSP_CERT_NOT_YET_VALID",
        "signcerts/cert.pem is not valid yet: not before ");
    // The same certificate within its validity is accepted: the dates, not the certificate, were refused.
    const std::string current = certificateValid(m_ca, m_user.key, -86400, 86400);
    EXPECT_NO_THROW(readMspFolder(mspFolder("current", current, m_user.key.toPem()), std::chrono::system_clock::now()));

    // The date is said: the sandbox CA's certificate read a day after it ends.
    const auto notAfter = crypto::Certificate::fromPem(m_user.certPem).notAfter();
    const auto [code, message]
        = refusal([&] { readMspFolder(userFolder("later"), notAfter + std::chrono::hours(24)); });
    EXPECT_EQ(code, "MSP_CERT_EXPIRED");
    const std::time_t t = std::chrono::system_clock::to_time_t(notAfter);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char day[16];
    std::strftime(day, sizeof day, "%Y-%m-%d", &tm);
    EXPECT_NE(message.find(std::string("expired on ") + day), std::string::npos) << message;
}

TEST_F(WalletMspFolder, CertificatesAndKeysMustBeOneEach)
{
    const fs::path two = userFolder("two-certs");
    writeAll(two / "signcerts" / "other.pem", issueSandboxIdentity(m_ca, { "client", "officer" }, "x").certPem);
    expectRefused(
        two, "MSP_CERTIFICATES_MANY", "2 files in " + (two / "signcerts").string() + " (cert.pem, other.pem)");

    const fs::path chain = userFolder("chain");
    writeAll(chain / "signcerts" / "cert.pem", m_user.certPem + m_ca.cert.toPem());
    expectRefused(chain, "MSP_CERTIFICATES_MANY", "cert.pem holds several certificates");

    const fs::path none = userFolder("no-cert");
    fs::remove(none / "signcerts" / "cert.pem");
    expectRefused(none, "MSP_NO_CERTIFICATE", "no certificate in " + (none / "signcerts").string());

    const fs::path noKey = userFolder("no-key");
    fs::remove_all(noKey / "keystore");
    expectRefused(noKey, "MSP_NO_KEY", "no private key in " + (noKey / "keystore").string());

    const fs::path twoKeys = userFolder("two-keys");
    writeAll(twoKeys / "keystore" / "priv_sk", m_user.key.toPem());
    expectRefused(twoKeys, "MSP_KEYS_MANY", "2 files in " + (twoKeys / "keystore").string());
}

TEST_F(WalletMspFolder, UnreadableAndUnsupportedPemAreNamed)
{
    expectRefused(mspFolder("garbage-key", m_user.certPem, "not a key\n"), "MSP_PEM_UNREADABLE",
        "keystore/0123abcd_sk is not a readable private key PEM");
    expectRefused(
        mspFolder("garbage-cert", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", m_user.key.toPem()),
        "MSP_PEM_UNREADABLE", "signcerts/cert.pem is not a readable certificate PEM");

    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> p384(EVP_EC_gen("P-384"), EVP_PKEY_free);
    ASSERT_TRUE(p384);
    expectRefused(mspFolder("p384", m_user.certPem, pemOf(p384.get(), false)), "MSP_KEY_UNSUPPORTED",
        "keystore/0123abcd_sk holds a EC secp384r1 key");
}

TEST_F(WalletMspFolder, RoleComesFromTheOusAsTheSandboxWritesThem)
{
    // One derivation: every sandbox role reads back as itself.
    for (Role role : { Role::Officer, Role::Checker, Role::Manager, Role::Admin, Role::Auditor })
        EXPECT_EQ(rolesFromOus(sandboxUserOus(roleName(role))), std::vector<Role> { role }) << roleName(role);
    // A Fabric CA's affiliation OUs beside them change nothing.
    EXPECT_EQ(rolesFromOus({ "client", "org1", "department1", "checker" }), std::vector<Role> { Role::Checker });

    const IssuedIdentity admin = issueSandboxIdentity(m_ca, { "admin" }, "admin1");
    EXPECT_EQ(
        readMspFolder(mspFolder("admin", admin.certPem, admin.key.toPem()), std::chrono::system_clock::now()).role,
        Role::Admin);
    const IssuedIdentity plain = issueSandboxIdentity(m_ca, { "client" }, "someone");
    expectRefused(mspFolder("no-role", plain.certPem, plain.key.toPem()), "MSP_ROLE_UNKNOWN", "no LianXin role");
    const IssuedIdentity two = issueSandboxIdentity(m_ca, { "client", "officer", "checker" }, "both");
    expectRefused(mspFolder("two-roles", two.certPem, two.key.toPem()), "MSP_ROLE_UNKNOWN", "more than one");
}

TEST_F(WalletMspFolder, ANameTheWalletHoldsIsReplacedOnlyWhenAsked)
{
    const fs::path msp = userFolder("user");
    const auto now = std::chrono::system_clock::now();
    const std::string before = walletBytes();
    const auto [code, message]
        = refusal([&] { importMspIdentity(*m_wallet, kMsp, "checker1", readMspFolder(msp, now), false); });
    EXPECT_EQ(code, "MSP_IDENTITY_EXISTS");
    EXPECT_NE(message.find(kMsp + "/checker1"), std::string::npos) << message;
    EXPECT_EQ(walletBytes(), before);

    importMspIdentity(*m_wallet, kMsp, "checker1", readMspFolder(msp, now), true);
    const auto entries = Wallet::open(walletDir(), kPass).entries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries.front().certPem, m_user.certPem);
    EXPECT_EQ(entries.front().role, Role::Officer); // the new certificate's role
}

TEST_F(WalletMspFolder, ExportRefusesAFolderThatHoldsAnything)
{
    const fs::path out = m_dir.path() / "out";
    writeAll(out / "notes.txt", "mine");
    const auto [code, message]
        = refusal([&] { exportMspIdentity(*m_wallet, kMsp + "/checker1", out, m_ca.cert.toPem()); });
    EXPECT_EQ(code, "MSP_EXPORT_NOT_EMPTY");
    EXPECT_EQ(readAll(out / "notes.txt"), "mine");
    EXPECT_FALSE(fs::exists(out / "signcerts"));

    // An empty folder is fine; without a known CA there is no cacerts/ and no config.yaml.
    const fs::path empty = m_dir.path() / "empty";
    fs::create_directories(empty);
    exportMspIdentity(*m_wallet, kMsp + "/checker1", empty, {});
    EXPECT_TRUE(fs::exists(empty / "keystore" / "priv_sk"));
    EXPECT_FALSE(fs::exists(empty / "cacerts"));
    EXPECT_FALSE(fs::exists(empty / "config.yaml"));
    // Nothing else was left beside it.
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto &item : fs::directory_iterator(m_dir.path()))
        ++entries;
    EXPECT_EQ(entries, 3u); // wallet, out, empty
}
