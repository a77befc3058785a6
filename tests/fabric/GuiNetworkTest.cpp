// The workstation on the real Fabric network of tests/fabric (the
// fabric_network fixture): a data folder joins the network as Fabric's
// msp folder of a bank's officer (the first-run dialog's worker,
// NetworkJoin), then the workstation starts as `lianxin --network PROFILE`
// does (the profile remembered in the data folder, read back), signs in
// and must show the network's name and peer, follow every channel the
// profile lists, and name the banks as the trust registry on the network
// records them. Exit 77 (skipped) when the fixture brought no network up.
#include "NetworkUser.h"

#include "chaincode/Registry.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/FabricGateway.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "models/LedgerStatusModel.h"
#include "models/MemberDirectory.h"
#include "models/NetworkChoice.h"
#include "models/NetworkJoin.h"
#include "models/SessionModel.h"
#include "models/TranslationCatalog.h"
#include "models/lc/LcText.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/shell/WorkstationShell.h"

#include "lianxin/trust.pb.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;
using namespace lx;

namespace {

int failures = 0;

void check(bool ok, const QString &what)
{
    std::cout << (ok ? "ok: " : "FAILED: ") << what.toStdString() << std::endl;
    if (!ok)
        ++failures;
}

std::string firstLine(const fs::path &file)
{
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readLine().trimmed().toStdString();
}

// The registry on the network: as the network's set-up step seeded it, or
// (a network older than that step) seeded here by the secretariat's admin
// with the members of the sandbox the network's crypto came from, read from
// that sandbox's own registry.
std::vector<models::Member> networkMembers(const fs::path &net)
{
    client::Client secretariat = test::networkClient(net, "SecretariatMSP", "admin1");
    std::vector<models::Member> members = models::MemberDirectory::fromRegistry(secretariat);
    if (!members.empty())
        return members;
    std::cout << "the network's registry is empty: registering the sandbox's members" << std::endl;
    const fs::path sandbox = net / "sandbox";
    const auto wallet = client::Wallet::open(client::walletDir(sandbox), firstLine(net / "sandbox.pass"));
    std::vector<models::Member> sandboxMembers;
    {
        client::Client reader(client::openEmbeddedLedger(client::consortiumDir(sandbox)),
            wallet.identity(wallet.entries().front().label));
        sandboxMembers = models::MemberDirectory::fromRegistry(reader);
    }
    lianxin::trust::MemberList list;
    if (!list.ParseFromString(models::MemberDirectory::serialize(sandboxMembers)))
        throw std::runtime_error("member list");
    for (const auto &member : list.members()) {
        const auto result
            = secretariat.submit("trust", chaincode::Registry::kName, "RegisterMember", { member.SerializeAsString() });
        if (result.code != protos::VALID)
            throw std::runtime_error("RegisterMember " + member.msp_id() + ": code " + std::to_string(result.code));
    }
    return models::MemberDirectory::fromRegistry(secretariat);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2 || !fs::exists(fs::path(argv[1]) / "network.json")) {
        std::cout << "SKIP: no Fabric network (the fabric_network fixture found no Fabric programs)" << std::endl;
        return 77;
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    const fs::path net = argv[1];
    const QString passphrase = QStringLiteral("gui-network-test-passphrase");
    const QString officer = QStringLiteral("HuaxiaBankMSP/officer1");
    try {
        const std::vector<models::Member> members = networkMembers(net);
        check(members.size() >= 5, QStringLiteral("the network's registry lists %1 members").arg(members.size()));

        // Join: the profile and the officer's msp folder, as the first-run dialog sends them.
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        models::NetworkJoin::Request request;
        request.dataDir = data;
        request.profile = QString::fromStdString((net / "profiles" / "HuaxiaBankMSP.yaml").string());
        request.mspDir = QString::fromStdString((net / "users" / "HuaxiaBankMSP" / "officer1" / "msp").string());
        request.user = QStringLiteral("officer1");
        request.passphrase = passphrase;
        const models::NetworkJoin::Outcome joined = models::NetworkJoin::runJoin(request);
        check(joined.problem == models::NetworkJoin::Problem::None,
            QStringLiteral("joined as %1 %2").arg(joined.label, joined.detail));

        // A later start without --network: the data folder's choice.
        const models::NetworkChoice choice = models::NetworkChoice::load(data);
        check(choice.profile == request.profile, QStringLiteral("the data folder remembers ") + choice.profile);
        const client::NetworkProfile profile = client::readNetworkProfile(choice.profile.toStdString());

        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        models::TranslationCatalog catalog;
        catalog.install(models::TranslationCatalog::Language::English);
        ui::ShellOptions options;
        options.dataDir = data;
        options.passphrase = passphrase;
        options.identity = officer;
        options.network = profile;
        ui::WorkstationShell shell(options, catalog, settings);
        shell.start();
        const bool signedIn = QTest::qWaitFor(
            [&] { return shell.mainWindow()->isVisible() && shell.session().identity().label == officer; }, 60000);
        check(signedIn, QStringLiteral("the main window is up, signed in as ") + officer);
        if (signedIn) {
            const bool live = QTest::qWaitFor([&] { return shell.ledgerStatus().allChannelsKnown(); }, 60000);
            check(live && shell.ledgerStatus().syncState() == models::LedgerStatusModel::SyncState::Live,
                QStringLiteral("every channel's height from the peer, %1 channels")
                    .arg(shell.ledgerStatus().rowCount()));
            auto *network = shell.mainWindow()->findChild<QLabel *>(QStringLiteral("statusNetwork"));
            const QString expected = QStringLiteral("Network: %1 · peer %2")
                                         .arg(QString::fromStdString(profile.name),
                                             QString::fromStdString(profile.organizationPeers().front()->name));
            check(network && network->text() == expected,
                QStringLiteral("the status bar says \"%1\"").arg(network ? network->text() : QString()));
            auto *bank = shell.mainWindow()->findChild<QLabel *>(QStringLiteral("statusBank"));
            const auto huaxia = std::find_if(members.begin(), members.end(),
                [](const models::Member &m) { return m.mspId == QLatin1String("HuaxiaBankMSP"); });
            check(huaxia != members.end() && bank && bank->text() == QStringLiteral("Bank: ") + huaxia->name,
                QStringLiteral("the status bar names the bank as the registry does: \"%1\"")
                    .arg(bank ? bank->text() : QString()));
            bool allNamed = true;
            for (const models::Member &member : members)
                allNamed = allNamed && models::LcText::bankName(member.mspId) == member.name;
            check(allNamed, QStringLiteral("every member is named as the registry names it"));
            check(models::MemberDirectory::readFile(data.toStdString()).has_value(),
                QStringLiteral("the data folder keeps the member directory"));
        }
    } catch (const std::exception &error) {
        check(false, QStringLiteral("exception: ") + QString::fromStdString(error.what()));
    }
    std::cout << (failures == 0 ? "PASS" : "FAIL") << std::endl;
    return failures == 0 ? 0 : 1;
}
