// The whole life of a domestic L/C across three banks, driven through the
// screens as their staff would (tests/gui/LcLifecycleScenario.h), in one
// workstation on the sandbox: each bank's officer and checker sign in in
// turn. Each step checks what the screens show: the L/C's state, the
// worklist, the documents, the timeline; then a second L/C's presentation
// re-uses the first one's invoice, and Huaxia's examiner must deal with it. fabric_gui_lc runs the same
// phases in three workstations on the real Fabric network.
#include "GuiTestMain.h"
#include "LcDeskDriver.h"
#include "LcLifecycleScenario.h"
#include "WorkstationFixture.h"

#include "models/SessionModel.h"

#include <QTemporaryDir>

using lx::test::LcDeskDriver;
using lx::test::WorkstationFixture;
using namespace lx::test::lc_lifecycle;
using namespace std::chrono;

namespace {
constexpr year_month_day kToday { year(2026), month(11), day(26) };
} // namespace

class LcLifecycleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wholeLifeAcrossThreeBanks();

private:
    std::unique_ptr<WorkstationFixture> m_fixture;
    std::unique_ptr<LcDeskDriver> m_desk;
    QTemporaryDir m_files;
};

void LcLifecycleTest::initTestCase()
{
    m_fixture = std::make_unique<WorkstationFixture>();
    QVERIFY(m_fixture->isValid());
    m_fixture->shell().session().setClock(lx::client::chinaDateClock(kToday));
    QVERIFY(m_fixture->startAndWaitForSignIn());
    QVERIFY(m_fixture->signIn(WorkstationFixture::kHuaxiaOfficer));
    m_desk = std::make_unique<LcDeskDriver>(*m_fixture, QStringLiteral("HX-GUI-LIFE-1"), m_files.path());
}

void LcLifecycleTest::cleanupTestCase()
{
    m_desk.reset();
    m_fixture.reset();
}

void LcLifecycleTest::wholeLifeAcrossThreeBanks()
{
    LcDeskDriver &desk = *m_desk;
    LX_STEP(issuedByHuaxia(desk));
    LX_STEP(advisedByDongfang(desk));
    LX_STEP(presentedByDongfang(desk));
    LX_STEP(refusedByHuaxia(desk));
    LX_STEP(amendedByHuaxia(desk));
    LX_STEP(amendmentAcceptedByDongfang(desk));
    LX_STEP(presentedByChangjiang(desk));
    LX_STEP(paidByHuaxia(desk));
    LcDeskDriver second(*m_fixture, QStringLiteral("HX-GUI-LIFE-2"), m_files.path());
    LX_STEP(reusedInvoiceSeenByHuaxia(desk, second));
}

LIANXIN_GUI_TEST_MAIN(LcLifecycleTest)
#include "LcLifecycleTest.moc"
