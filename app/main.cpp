// The composition root of the LianXin workstation: reads the command line,
// picks the language, builds the shell (models and windows) and runs the
// event loop. Everything else lives in models/ and ui/.
#include "ledgerclient/NetworkProfile.h"
#include "models/NetworkChoice.h"
#include "models/ReasonCatalog.h"
#include "models/TranslationCatalog.h"
#include "models/WorkstationSettings.h"
#include "ui/shell/Icons.h"
#include "ui/shell/ScreenshotTour.h"
#include "ui/shell/WorkstationShell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

using lx::models::TranslationCatalog;

// The language is needed before the parser exists, so that --help speaks it:
// --lang, else the one chosen in the app (Settings, View › Language), else
// the system's.
TranslationCatalog::Language languageFromArguments(
    const QStringList &arguments, const lx::models::WorkstationSettings &settings)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        std::optional<TranslationCatalog::Language> language;
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            language = TranslationCatalog::fromCode(arguments[i + 1]);
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            language = TranslationCatalog::fromCode(arguments[i].mid(7));
        if (language)
            return *language;
    }
    return settings.language().value_or(TranslationCatalog::systemLanguage());
}

// Translation context of the command line's texts.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// --help and --version print and quit: they must work in a terminal
// without a display, so they get a QCoreApplication, not a QApplication.
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "lianxin: %s\n", qUtf8Printable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = asksForTextOnly(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LianXin"));
    QCoreApplication::setApplicationName(QStringLiteral("LianXin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIANXIN_VERSION));
    // Desktops match the windows to resources/cn.lianxin.Workstation.desktop by this name; every window wears
    // the mark.
    QGuiApplication::setDesktopFileName(QStringLiteral("cn.lianxin.Workstation"));
    if (qobject_cast<QApplication *>(app.get()))
        QApplication::setWindowIcon(lx::ui::applicationIcon());

    QSettings settings(QStringLiteral("LianXin"), QStringLiteral("LianXin"));
    const lx::models::WorkstationSettings chosen(settings);
    TranslationCatalog catalog;
    catalog.install(languageFromArguments(QCoreApplication::arguments(), chosen));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("LianXin, the trade-finance workstation for banks in a consortium ledger.\n\n"
                        "On first run, when the data folder holds no consortium, LianXin creates a sandbox consortium "
                        "there and asks for a new wallet passphrase (at least 8 characters).\n\n"
                        "Scripted runs: the environment variable LIANXIN_PASSPHRASE, or --passphrase-file, gives the "
                        "passphrase. The sandbox is then created without asking, and together with --as LianXin signs "
                        "in without asking. --passphrase-file wins over LIANXIN_PASSPHRASE.\n\n"
                        "A Fabric network instead of the sandbox: --network PROFILE (the bank's connection profile, "
                        "JSON or YAML) and optionally --peer NAME. The data folder remembers the network, so later "
                        "starts without --network open it again; the first start there offers to join it with an "
                        "identity from an msp folder."));
    parser.addHelpOption();
    parser.addVersionOption();
    // The data folder chosen in Settings, else the sandbox in the user's data location.
    const QString defaultDataDir = !chosen.dataFolder().isEmpty()
        ? chosen.dataFolder()
        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sandbox");
    // The help shows the home folder as ~: the same text on every desk (and in the man page).
    QString shownDataDir = QDir::toNativeSeparators(defaultDataDir);
    if (const QString home = QDir::homePath(); defaultDataDir.startsWith(home + QLatin1Char('/')))
        shownDataDir = QStringLiteral("~") + defaultDataDir.mid(home.size());
    const QCommandLineOption dataOption(QStringLiteral("data"),
        CommandLine::tr("Data folder of the workstation (default: %1).").arg(shownDataDir), QStringLiteral("DIR"),
        defaultDataDir);
    const QCommandLineOption langOption(QStringLiteral("lang"),
        CommandLine::tr("Interface language: zh_CN or en (default: the language chosen in Settings, else zh_CN when "
                        "the system locale is Chinese, else en)."),
        QStringLiteral("LANG"));
    const QCommandLineOption passphraseFileOption(QStringLiteral("passphrase-file"),
        CommandLine::tr("Read the wallet passphrase from the first line of FILE (scripted sign-in, screenshots)."),
        QStringLiteral("FILE"));
    const QCommandLineOption asOption(QStringLiteral("as"),
        CommandLine::tr("Preselect the identity MSPID/USER, e.g. HuaxiaBankMSP/officer1."),
        QStringLiteral("MSPID/USER"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        CommandLine::tr(
            "Write PNGs of the sign-in dialog and the main window, in English and Chinese, to DIR, then quit. "
            "Needs the passphrase as for scripted runs."),
        QStringLiteral("DIR"));
    const QCommandLineOption networkOption(QStringLiteral("network"),
        CommandLine::tr("Open the Fabric network this connection profile (JSON or YAML) describes, and remember it "
                        "in the data folder."),
        QStringLiteral("PROFILE"));
    const QCommandLineOption peerOption(QStringLiteral("peer"),
        CommandLine::tr("With --network (or a remembered network): talk to this peer of the profile (default: the "
                        "organization's first peer)."),
        QStringLiteral("NAME"));
    parser.addOptions(
        { dataOption, langOption, passphraseFileOption, asOption, screenshotOption, networkOption, peerOption });
    parser.process(*app);

    if (parser.isSet(langOption) && !TranslationCatalog::fromCode(parser.value(langOption)))
        return fail(CommandLine::tr("Unknown language \"%1\": use zh_CN or en.").arg(parser.value(langOption)));

    lx::ui::ShellOptions options;
    options.dataDir = QDir(parser.value(dataOption)).absolutePath();
    options.identity = parser.value(asOption);

    // The ledger: the network asked for, else the one the data folder
    // remembers, else the embedded sandbox.
    lx::models::NetworkChoice network = lx::models::NetworkChoice::load(options.dataDir);
    if (parser.isSet(networkOption))
        network = { QFileInfo(parser.value(networkOption)).absoluteFilePath(), QString() };
    if (parser.isSet(peerOption)) {
        if (!network.isNetwork())
            return fail(CommandLine::tr("--peer needs --network PROFILE (the data folder remembers no network)."));
        network.peer = parser.value(peerOption);
    }
    if (network.isNetwork()) {
        try {
            options.network = lx::client::readNetworkProfile(network.profile.toStdString());
            if (!network.peer.isEmpty())
                (void)options.network->peer(network.peer.toStdString());
        } catch (const lx::client::NetworkProfileError &error) {
            return fail(lx::models::ReasonCatalog::describe(
                QString::fromStdString(error.reasonCode()), QString::fromStdString(error.what())));
        }
        options.peer = network.peer;
        if ((parser.isSet(networkOption) || parser.isSet(peerOption))
            && !lx::models::NetworkChoice::save(options.dataDir, network))
            return fail(CommandLine::tr("Cannot remember the network in %1.")
                            .arg(lx::models::NetworkChoice::fileOf(options.dataDir)));
    }
    if (parser.isSet(passphraseFileOption)) {
        QFile file(parser.value(passphraseFileOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                CommandLine::tr("Cannot read the passphrase file %1: %2").arg(file.fileName(), file.errorString()));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        options.passphrase = QString::fromUtf8(line);
    } else if (qEnvironmentVariableIsSet("LIANXIN_PASSPHRASE")) {
        options.passphrase = qEnvironmentVariable("LIANXIN_PASSPHRASE");
    }
    const bool screenshots = parser.isSet(screenshotOption);
    if (screenshots && !options.passphrase)
        return fail(
            CommandLine::tr("--screenshot needs the passphrase: set LIANXIN_PASSPHRASE or use --passphrase-file."));
    options.autoSignIn = !screenshots;

    // The shell decides when the app is done (first run, sign-in, main window).
    QApplication::setQuitOnLastWindowClosed(false);
    lx::ui::WorkstationShell shell(options, catalog, settings);
    QObject::connect(
        &shell, &lx::ui::WorkstationShell::quitRequested, app.get(), &QCoreApplication::quit, Qt::QueuedConnection);

    std::optional<lx::ui::ScreenshotTour> tour;
    if (screenshots) {
        tour.emplace(shell, parser.value(screenshotOption), *options.passphrase);
        QObject::connect(&*tour, &lx::ui::ScreenshotTour::finished, app.get(), [](bool ok, const QString &message) {
            std::fprintf(ok ? stdout : stderr, "%s\n", qUtf8Printable(message));
            QCoreApplication::exit(ok ? 0 : 1);
        });
        tour->start();
    }
    shell.start();
    return QApplication::exec();
}
