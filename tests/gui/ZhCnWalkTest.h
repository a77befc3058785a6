#pragma once

#include "DemoBookDesk.h"
#include "ScreenWalker.h"
#include "WorkstationFixture.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>

namespace zhcnwalk {

inline constexpr int kWaitMs = 20000;
// Rows of each list page that are read; a detail window's tables are read whole.
inline constexpr int kListRows = 5;
inline constexpr int kDetailRows = 60;

} // namespace zhcnwalk

// Every screen in the officer's language: the workstation in zh_CN on a
// demo book of every product (and governance business), signed in as an
// officer, a checker, a manager, the regulator and the secretariat; every
// section and tab, the detail and form windows of each product and the
// dialogs are opened, and every string a user reads on them (ShownStrings)
// is checked for English words (ScreenWalker). A failure names the
// widget's objectName path and the text. With LIANXIN_ZH_SHOTS=DIR, each
// step is grabbed there as a PNG (to look at).
// ZhCnWalkTest.cpp holds the fixture and each role's walk, ZhCnWalkWindows.cpp
// the walks through each product's windows, forms and dialogs.
class ZhCnWalkTest : public QObject, private lx::test::DemoBookDesk
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishWordsAreFound();
    void officer();
    void checker();
    void manager();
    void regulator();
    void secretariat();
    void importIdentityAndFirstRun();
    void cleanupTestCase();

private:
    bool signInAs(const QString &label);
    bool settle() { return m_walker->settle(); }
    void look(const QWidget *window, const QString &step, int rows = zhcnwalk::kListRows)
    {
        m_walker->look(window, step, rows);
    }
    void walkSections(const QString &role);
    void lcWindows();
    void draftAdvice();
    void approveDraft();
    void guaranteeWindows();
    void forfaitingWindows();
    void quoteForms();
    void governanceDetail();
    void ledgerExplorer();
    void outbox();
    void drillDown();
    void verifyNothingEnglish();
    template<typename T> T *page(const char *objectName)
    {
        return lx::test::WorkstationFixture::find<T>(window(), objectName);
    }

    std::unique_ptr<lx::test::ScreenWalker> m_walker;
    QElapsedTimer m_clock;
};
