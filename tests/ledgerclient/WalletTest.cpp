#include "TempDir.h"

#include "crypto/Certificate.h"
#include "crypto/Aead.h"
#include "crypto/EcKey.h"
#include "crypto/Random.h"
#include "ledgerclient/Wallet.h"

#include "lianxin/wallet.pb.h"
#include "msp/identities.pb.h"

#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <sstream>
#include <sys/stat.h>

using namespace lx;
using namespace lx::client;

namespace {

const std::string kPass = "correct horse battery staple";

std::string readAll(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeAll(const std::filesystem::path &path, const std::string &content)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
}

// A CA and an issued user certificate, as an entry would carry them.
struct Enrolled
{
    WalletEntry entry;
    crypto::PrivateKey key;
};

Enrolled enrol(const std::string &mspId, const std::string &user, Role role)
{
    const crypto::PrivateKey caKey = crypto::PrivateKey::generate();
    crypto::DistinguishedName caName;
    caName.country = "CN";
    caName.organization = "Test Bank";
    caName.commonName = "ca.test";
    const crypto::Certificate ca = crypto::makeSelfSignedCa(caKey, caName, 30);

    crypto::PrivateKey key = crypto::PrivateKey::generate();
    crypto::DistinguishedName name = caName;
    name.organizationalUnits = {"client", roleName(role)};
    name.commonName = user;
    const crypto::Certificate cert = crypto::issueCertificate(ca, caKey, key.publicKey(), name, false, 30);

    WalletEntry entry;
    entry.label = mspId + "/" + user;
    entry.mspId = mspId;
    entry.user = user;
    entry.role = role;
    entry.displayName = "Wang Fang";
    entry.certPem = cert.toPem();
    return {entry, key};
}

bool verifiesWithCert(const SigningIdentity &identity, const std::string &message)
{
    const Bytes signature = identity.sign(message);
    return crypto::Certificate::fromPem(identity.certPem()).publicKey().verify(message, signature);
}

template <typename F>
WalletError::Kind walletErrorKind(F &&f)
{
    try {
        f();
    } catch (const WalletError &e) {
        return e.kind();
    }
    ADD_FAILURE() << "no WalletError thrown";
    return WalletError::Kind::Io;
}

std::filesystem::path walletJson(const test::TempDir &dir) { return dir.path() / "wallet.json"; }

lianxin::wallet::WalletFile readWallet(const test::TempDir &dir)
{
    lianxin::wallet::WalletFile file;
    EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(readAll(walletJson(dir)), &file).ok());
    return file;
}

void writeWallet(const test::TempDir &dir, const lianxin::wallet::WalletFile &file)
{
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    options.preserve_proto_field_names = true;
    ASSERT_TRUE(google::protobuf::util::MessageToJsonString(file, &json, options).ok());
    writeAll(walletJson(dir), json);
}

// One character of a string changed to another that keeps it well-formed.
void flipCharacter(std::string &text, std::size_t at)
{
    text[at] = text[at] == 'A' ? 'B' : 'A';
}

// The message of the WalletError `f` throws ("" if none).
template <typename F>
std::string walletErrorText(F &&f)
{
    try {
        f();
    } catch (const WalletError &e) {
        return e.what();
    }
    return "";
}

// A wallet with two identities, as Wallet writes it.
void createTwoIdentityWallet(const test::TempDir &dir)
{
    Wallet wallet = Wallet::create(dir.path(), kPass);
    for (const auto &[user, role] : {std::pair {"officer1", Role::Officer}, std::pair {"checker1", Role::Checker}}) {
        const Enrolled e = enrol("HuaxiaBankMSP", user, role);
        wallet.add(e.entry, e.key);
    }
}

// A version 1 wallet (before the integrity code) with cheap scrypt
// settings, written the way LianXin wrote them.
// Each edit of original, written alone, is damage at unlock; original
// itself opens with its two identities again afterwards.
using WalletEdits = std::vector<std::pair<std::string, std::function<void(lianxin::wallet::WalletFile &)>>>;
void expectEachEditIsDamage(
    const test::TempDir &dir, const lianxin::wallet::WalletFile &original, const WalletEdits &edits)
{
    for (const auto &[what, edit] : edits) {
        lianxin::wallet::WalletFile file = original;
        edit(file);
        writeWallet(dir, file);
        EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), kPass); }), WalletError::Kind::Damaged)
            << what;
    }
    writeWallet(dir, original);
    EXPECT_EQ(Wallet::open(dir.path(), kPass).entries().size(), 2u);
}

lianxin::wallet::WalletFile versionOneWallet(const std::vector<Enrolled> &identities)
{
    lianxin::wallet::WalletFile file;
    file.set_version(1);
    auto &kdf = *file.mutable_kdf();
    kdf.set_algorithm("scrypt");
    kdf.set_salt(crypto::randomBytes(16));
    kdf.set_n(1024);
    kdf.set_r(8);
    kdf.set_p(1);
    const Bytes key = crypto::deriveKeyScrypt(kPass, kdf.salt(), {kdf.n(), kdf.r(), kdf.p()});
    file.set_verifier(crypto::aeadSeal(key, "LianXin wallet verifier v1", "lianxin.wallet/verifier"));
    for (const Enrolled &identity : identities) {
        auto &e = *file.add_entries();
        e.set_label(identity.entry.label);
        e.set_msp_id(identity.entry.mspId);
        e.set_user(identity.entry.user);
        e.set_role(roleName(identity.entry.role));
        e.set_display_name(identity.entry.displayName);
        e.set_cert_pem(identity.entry.certPem);
        e.set_sealed_key(crypto::aeadSeal(key, identity.key.toPem(), identity.entry.label));
    }
    return file;
}

} // namespace

TEST(Wallet, RoleNamesRoundTrip)
{
    for (Role role : {Role::Officer, Role::Checker, Role::Manager, Role::Admin, Role::Auditor})
        EXPECT_EQ(roleFromName(roleName(role)), role);
    EXPECT_EQ(roleName(Role::Checker), "checker");
    EXPECT_FALSE(roleFromName("teller"));
}

TEST(Wallet, CreateOpenAndSign)
{
    test::TempDir dir;
    EXPECT_FALSE(Wallet::exists(dir.path()));
    const Enrolled officer = enrol("HuaxiaBankMSP", "officer1", Role::Officer);
    {
        Wallet wallet = Wallet::create(dir.path(), kPass);
        wallet.add(officer.entry, officer.key);
    }
    EXPECT_TRUE(Wallet::exists(dir.path()));
    EXPECT_EQ(walletErrorKind([&] { Wallet::create(dir.path(), kPass); }), WalletError::Kind::Io);

    struct stat st {};
    ASSERT_EQ(::stat(walletJson(dir).c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);

    const auto listed = Wallet::listEntries(dir.path());
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].label, "HuaxiaBankMSP/officer1");
    EXPECT_EQ(listed[0].role, Role::Officer);
    EXPECT_EQ(listed[0].displayName, "Wang Fang");
    EXPECT_EQ(listed[0].certPem, officer.entry.certPem);

    const Wallet wallet = Wallet::open(dir.path(), kPass);
    ASSERT_EQ(wallet.entries().size(), 1u);
    const SigningIdentity identity = wallet.identity("HuaxiaBankMSP/officer1");
    EXPECT_EQ(identity.mspId(), "HuaxiaBankMSP");
    EXPECT_TRUE(verifiesWithCert(identity, "advise LC-2024-0001"));
    EXPECT_TRUE(crypto::isLowS(identity.sign("x")));

    msp::SerializedIdentity serialized;
    ASSERT_TRUE(serialized.ParseFromString(identity.serialized()));
    EXPECT_EQ(serialized.mspid(), "HuaxiaBankMSP");
    EXPECT_EQ(serialized.id_bytes(), officer.entry.certPem);

    EXPECT_EQ(walletErrorKind([&] { (void)wallet.identity("HuaxiaBankMSP/nobody"); }), WalletError::Kind::NotFound);
}

TEST(Wallet, AddReplacesSameLabelAndRejectsForeignKey)
{
    test::TempDir dir;
    Wallet wallet = Wallet::create(dir.path(), kPass);
    const Enrolled first = enrol("M", "u", Role::Officer);
    const Enrolled renewed = enrol("M", "u", Role::Checker);
    wallet.add(first.entry, first.key);
    wallet.add(renewed.entry, renewed.key);
    ASSERT_EQ(wallet.entries().size(), 1u);
    EXPECT_EQ(wallet.entries()[0].role, Role::Checker);
    EXPECT_THROW(wallet.add(first.entry, renewed.key), std::invalid_argument);
}

TEST(Wallet, WrongPassphraseChangesNothing)
{
    test::TempDir dir;
    const Enrolled officer = enrol("M", "officer1", Role::Officer);
    Wallet::create(dir.path(), kPass).add(officer.entry, officer.key);
    const std::string before = readAll(walletJson(dir));

    try {
        (void)Wallet::open(dir.path(), "wrong passphrase");
        FAIL() << "opened with a wrong passphrase";
    } catch (const WalletError &e) {
        EXPECT_EQ(e.kind(), WalletError::Kind::WrongPassphrase);
        EXPECT_STREQ(e.what(), "The passphrase is wrong: the wallet could not be unlocked. Nothing was changed.");
    }
    EXPECT_EQ(readAll(walletJson(dir)), before);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST(Wallet, FileHoldsNoPrivateKeyText)
{
    test::TempDir dir;
    Wallet wallet = Wallet::create(dir.path(), kPass);
    for (const char *user : {"officer1", "checker1"}) {
        const Enrolled e = enrol("M", user, Role::Officer);
        wallet.add(e.entry, e.key);
    }
    const std::string text = readAll(walletJson(dir));
    EXPECT_NE(text.find("BEGIN CERTIFICATE"), std::string::npos);
    EXPECT_EQ(text.find("PRIVATE KEY"), std::string::npos);
}

TEST(Wallet, SwappedSealedKeysAreDetected)
{
    test::TempDir dir;
    Wallet wallet = Wallet::create(dir.path(), kPass);
    for (const char *user : {"officer1", "checker1"}) {
        const Enrolled e = enrol("M", user, Role::Officer);
        wallet.add(e.entry, e.key);
    }

    lianxin::wallet::WalletFile file;
    ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(readAll(walletJson(dir)), &file).ok());
    ASSERT_EQ(file.entries_size(), 2);
    const std::string first = file.entries(0).sealed_key();
    file.mutable_entries(0)->set_sealed_key(file.entries(1).sealed_key());
    file.mutable_entries(1)->set_sealed_key(first);
    std::string json;
    ASSERT_TRUE(google::protobuf::util::MessageToJsonString(file, &json).ok());
    writeAll(walletJson(dir), json);

    // The integrity code catches the swap at unlock, before any key is used.
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), kPass); }), WalletError::Kind::Damaged);
}

TEST(Wallet, DamagedFileIsReported)
{
    test::TempDir dir;
    Wallet::create(dir.path(), kPass);
    writeAll(walletJson(dir), "{ \"version\": 1, \"entries\": [ {");
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), kPass); }), WalletError::Kind::Damaged);
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::listEntries(dir.path()); }), WalletError::Kind::Damaged);

    test::TempDir empty;
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(empty.path(), kPass); }), WalletError::Kind::NotFound);
}

TEST(Wallet, ChangePassphraseRewrapsKeys)
{
    test::TempDir dir;
    const Enrolled officer = enrol("M", "officer1", Role::Officer);
    const std::string message = "accept LC-7";
    Bytes signatureBefore;
    {
        Wallet wallet = Wallet::create(dir.path(), kPass);
        wallet.add(officer.entry, officer.key);
        signatureBefore = wallet.identity("M/officer1").sign(message);
        wallet.changePassphrase("a new passphrase");
        // The open wallet keeps working under its new key.
        EXPECT_TRUE(verifiesWithCert(wallet.identity("M/officer1"), message));
    }
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), kPass); }), WalletError::Kind::WrongPassphrase);

    const Wallet wallet = Wallet::open(dir.path(), "a new passphrase");
    const SigningIdentity identity = wallet.identity("M/officer1");
    const crypto::PublicKey original = officer.key.publicKey();
    // Same key: signatures made before and after verify under the original key.
    EXPECT_TRUE(original.verify(message, signatureBefore));
    EXPECT_TRUE(original.verify(message, identity.sign(message)));
    EXPECT_EQ(crypto::Certificate::fromPem(identity.certPem()).publicKey().toDer(), original.toDer());
    EXPECT_EQ(readAll(walletJson(dir)).find("PRIVATE KEY"), std::string::npos);
}

// Found by fuzz_wallet: scrypt settings OpenSSL refuses (N >= 2^(16 r)) or
// that would cost gigabytes are reported as damage, not thrown through.
TEST(Wallet, TamperedKdfSettingsAreDamageNotACrash)
{
    test::TempDir dir;
    Wallet::create(dir.path(), kPass);
    const std::string original = readAll(walletJson(dir));
    const auto withKdf = [&](const std::string &n, const std::string &r, const std::string &p) {
        std::string text = original;
        const auto replace = [&](const std::string &field, const std::string &value) {
            const std::string key = "\"" + field + "\": \"";
            const auto at = text.find(key);
            ASSERT_NE(at, std::string::npos) << field;
            const auto end = text.find('"', at + key.size());
            text.replace(at + key.size(), end - at - key.size(), value);
        };
        replace("n", n);
        replace("r", r);
        replace("p", p);
        writeAll(walletJson(dir), text);
    };
    withKdf("65536", "1", "1");
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), kPass); }), WalletError::Kind::Damaged);
    withKdf("1048576", "32", "16");
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), kPass); }), WalletError::Kind::Damaged);
    withKdf("32768", "8", "1");
    EXPECT_NO_THROW((void)Wallet::open(dir.path(), kPass));
}

// Issue 14 item 8: a flipped byte inside a stored certificate used to open
// fine and fail later as CREATOR_UNKNOWN on the ledger.
TEST(Wallet, AlteredCertificateIsDamageAtUnlock)
{
    test::TempDir dir;
    createTwoIdentityWallet(dir);
    lianxin::wallet::WalletFile file = readWallet(dir);
    std::string cert = file.entries(1).cert_pem();
    const std::size_t body = cert.find('\n') + 1;
    flipCharacter(cert, body + 200); // inside the base64 of the certificate
    file.mutable_entries(1)->set_cert_pem(cert);
    writeWallet(dir, file);

    // The sign-in list still reads it (no passphrase yet) ...
    ASSERT_EQ(Wallet::listEntries(dir.path()).size(), 2u);
    // ... but unlocking refuses the whole file.
    const std::string message = walletErrorText([&] { (void)Wallet::open(dir.path(), kPass); });
    EXPECT_NE(message.find("is damaged or was altered"), std::string::npos) << message;
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), kPass); }), WalletError::Kind::Damaged);
    // A wrong passphrase is still a wrong passphrase.
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), "wrong"); }), WalletError::Kind::WrongPassphrase);
}

TEST(Wallet, AnyAlteredFieldIsDamageAtUnlock)
{
    using File = lianxin::wallet::WalletFile;
    const WalletEdits edits = {
        {"label", [](File &f) { flipCharacter(*f.mutable_entries(0)->mutable_label(), 2); }},
        {"msp id", [](File &f) { f.mutable_entries(1)->set_msp_id("DongfangBankMSP"); }},
        {"user", [](File &f) { flipCharacter(*f.mutable_entries(0)->mutable_user(), 0); }},
        {"role", [](File &f) { f.mutable_entries(0)->set_role("manager"); }},
        {"display name", [](File &f) { f.mutable_entries(1)->set_display_name("Li Lei"); }},
        {"certificate header", [](File &f) { flipCharacter(*f.mutable_entries(0)->mutable_cert_pem(), 12); }},
        {"sealed key", [](File &f) { flipCharacter(*f.mutable_entries(1)->mutable_sealed_key(), 40); }},
        {"entries swapped",
         [](File &f) { f.mutable_entries()->SwapElements(0, 1); }},
        {"entry removed", [](File &f) { f.mutable_entries()->RemoveLast(); }},
        {"entry duplicated", [](File &f) { *f.add_entries() = f.entries(0); }},
        {"verifier", [](File &f) { flipCharacter(*f.mutable_verifier(), 20); }},
        {"integrity code", [](File &f) { flipCharacter(*f.mutable_integrity(), 5); }},
        {"integrity code removed", [](File &f) { f.clear_integrity(); }},
        {"downgraded to version 1", [](File &f) { f.set_version(1); f.clear_integrity(); }},
    };
    test::TempDir dir;
    createTwoIdentityWallet(dir);
    const File original = readWallet(dir);
    ASSERT_EQ(original.version(), 2);
    ASSERT_EQ(original.integrity().size(), 32u);
    expectEachEditIsDamage(dir, original, edits);
}

TEST(Wallet, VersionOneWalletGetsItsIntegrityCodeAtFirstUnlock)
{
    test::TempDir dir;
    const Enrolled officer = enrol("HuaxiaBankMSP", "officer1", Role::Officer);
    const Enrolled checker = enrol("HuaxiaBankMSP", "checker1", Role::Checker);
    writeWallet(dir, versionOneWallet({officer, checker}));
    const std::string before = readAll(walletJson(dir));

    // A wrong passphrase changes nothing, migration included.
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), "wrong"); }), WalletError::Kind::WrongPassphrase);
    EXPECT_EQ(readAll(walletJson(dir)), before);

    {
        const Wallet wallet = Wallet::open(dir.path(), kPass);
        EXPECT_EQ(wallet.entries().size(), 2u);
        EXPECT_TRUE(verifiesWithCert(wallet.identity("HuaxiaBankMSP/checker1"), "x"));
    }
    const lianxin::wallet::WalletFile migrated = readWallet(dir);
    EXPECT_EQ(migrated.version(), 2);
    EXPECT_EQ(migrated.integrity().size(), 32u);
    EXPECT_EQ(migrated.kdf().n(), 1024u) << "migration keeps the key and its settings";
    const Wallet again = Wallet::open(dir.path(), kPass);
    EXPECT_TRUE(verifiesWithCert(again.identity("HuaxiaBankMSP/officer1"), "y"));

    // From now on a changed certificate is damage.
    lianxin::wallet::WalletFile file = migrated;
    flipCharacter(*file.mutable_entries(0)->mutable_cert_pem(), 300);
    writeWallet(dir, file);
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), kPass); }), WalletError::Kind::Damaged);
}

// Version 1 cannot be authenticated; before it gets its code, a certificate
// that does not belong to its key is refused rather than blessed.
TEST(Wallet, VersionOneWalletWithAForeignCertificateIsNotMigrated)
{
    test::TempDir dir;
    const Enrolled officer = enrol("HuaxiaBankMSP", "officer1", Role::Officer);
    lianxin::wallet::WalletFile file = versionOneWallet({officer});
    file.mutable_entries(0)->set_cert_pem(enrol("HuaxiaBankMSP", "officer1", Role::Officer).entry.certPem);
    writeWallet(dir, file);
    const std::string before = readAll(walletJson(dir));
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), kPass); }), WalletError::Kind::Damaged);
    EXPECT_EQ(readAll(walletJson(dir)), before);
}

TEST(Wallet, PassphraseChangeKeepsTheFileAuthenticated)
{
    test::TempDir dir;
    createTwoIdentityWallet(dir);
    Wallet::open(dir.path(), kPass).changePassphrase("新的口令 new passphrase");
    EXPECT_EQ(Wallet::open(dir.path(), "新的口令 new passphrase").entries().size(), 2u);
    lianxin::wallet::WalletFile file = readWallet(dir);
    file.mutable_entries(0)->set_role("admin");
    writeWallet(dir, file);
    EXPECT_EQ(walletErrorKind([&] { (void)Wallet::open(dir.path(), "新的口令 new passphrase"); }),
              WalletError::Kind::Damaged);
}

// An imported identity keeps its issuing CA's certificate (identities
// import); it is covered by the integrity code like every other field, and
// cannot be altered, removed, moved or added without the passphrase.
TEST(Wallet, IssuingCaCertificateIsAuthenticated)
{
    using File = lianxin::wallet::WalletFile;
    test::TempDir dir;
    {
        Wallet wallet = Wallet::create(dir.path(), kPass);
        Enrolled officer = enrol("HuaxiaBankMSP", "officer1", Role::Officer);
        officer.entry.caCertPem = "-----BEGIN CERTIFICATE-----\nTHE CA\n-----END CERTIFICATE-----\n";
        wallet.add(officer.entry, officer.key);
        const Enrolled checker = enrol("HuaxiaBankMSP", "checker1", Role::Checker);
        wallet.add(checker.entry, checker.key);
    }
    const File original = readWallet(dir);
    ASSERT_FALSE(original.entries(0).ca_cert_pem().empty());
    EXPECT_EQ(Wallet::open(dir.path(), kPass).entries().front().caCertPem, original.entries(0).ca_cert_pem());
    const WalletEdits edits = {
        {"CA altered", [](File &f) { flipCharacter(*f.mutable_entries(0)->mutable_ca_cert_pem(), 30); }},
        {"CA removed", [](File &f) { f.mutable_entries(0)->clear_ca_cert_pem(); }},
        {"CA moved",
         [](File &f) {
             f.mutable_entries(1)->set_ca_cert_pem(f.entries(0).ca_cert_pem());
             f.mutable_entries(0)->clear_ca_cert_pem();
         }},
        {"CA added", [](File &f) { f.mutable_entries(1)->set_ca_cert_pem("another"); }},
    };
    // Without any CA the code is the one wallets always had: removing the
    // only CA is damage, not a return to that encoding.
    expectEachEditIsDamage(dir, original, edits);
}
