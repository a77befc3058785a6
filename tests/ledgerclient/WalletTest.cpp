#include "TempDir.h"

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "ledgerclient/Wallet.h"

#include "lianxin/wallet.pb.h"
#include "msp/identities.pb.h"

#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <fstream>
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

    const Wallet reopened = Wallet::open(dir.path(), kPass);
    EXPECT_EQ(walletErrorKind([&] { (void)reopened.identity("M/officer1"); }), WalletError::Kind::Damaged);
    EXPECT_EQ(walletErrorKind([&] { (void)reopened.identity("M/checker1"); }), WalletError::Kind::Damaged);
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
