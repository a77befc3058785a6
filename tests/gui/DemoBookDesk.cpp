#include "DemoBookDesk.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/DemoBook.h"
#include "ledgerclient/DemoForfaiting.h"
#include "ledgerclient/DemoGuarantees.h"
#include "ledgerclient/DemoQuotes.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "ui/mainwindow/MainWindow.h"

#include <QtTest/QTest>

namespace lx::test {

const QString DemoBookDesk::kBank = QStringLiteral("HuaxiaBankMSP");

bool DemoBookDesk::openDesk(bool forfaiting)
{
    DeskOptions options;
    options.forfaiting = forfaiting;
    return openDesk(options);
}

bool DemoBookDesk::openDesk(const DeskOptions &desk)
{
    WorkstationFixture::Setup setup;
    setup.language = desk.language;
    m_fixture = std::make_unique<WorkstationFixture>(setup);
    if (!m_fixture->isValid())
        return false;
    const std::filesystem::path data = m_fixture->dataDir().toStdString();
    {
        const auto wallet
            = client::Wallet::open(client::walletDir(data), WorkstationFixture::kPassphrase.toStdString());
        client::DemoBookOptions options;
        options.letters = kLetters;
        options.today = kToday;
        options.workers = 4;
        options.seed = kSeed;
        const auto ledger = client::openEmbeddedLedger(client::consortiumDir(data));
        if (client::loadDemoBook(ledger, wallet, options).letters != kLetters)
            return false;
        client::loadDemoQuotes(ledger, wallet, kToday);
        if (desk.forfaiting)
            client::loadDemoForfaiting(ledger, wallet, kToday);
        client::loadDemoGuarantees(ledger, wallet, kToday);
        if (desk.more)
            desk.more(ledger, wallet);
    }
    m_fixture->shell().session().setClock(client::chinaDateClock(kToday));
    return m_fixture->startAndWaitForSignIn() && m_fixture->signIn(WorkstationFixture::kHuaxiaOfficer)
        && waitForLiveBook();
}

bool DemoBookDesk::waitForLiveBook()
{
    return QTest::qWaitFor(
        [this] { return m_fixture->shell().book().syncState() == models::LocalBook::SyncState::Live; }, 30000);
}

ui::MainWindow *DemoBookDesk::window()
{
    return m_fixture->shell().mainWindow();
}

std::vector<lianxin::lc::LetterOfCredit> DemoBookDesk::ledgerLetters()
{
    const auto client = m_fixture->shell().session().client();
    client::LcWorkflow workflow(*client);
    const auto list = workflow.list();
    return { list.lcs().begin(), list.lcs().end() };
}

bool DemoBookDesk::involves(const lianxin::lc::LetterOfCredit &lc, const std::string &bank)
{
    return lc.issuing_bank_msp() == bank || lc.advising_bank_msp() == bank || lc.nominated_bank_msp() == bank;
}

} // namespace lx::test
