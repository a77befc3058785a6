#include "ScreenWalker.h"

#include "KeyboardCheck.h"
#include "ShownStrings.h"

#include "models/BookReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTabWidget>
#include <QtTest/QTest>

#include <memory>

namespace lx::test {

namespace {
constexpr int kWaitMs = 20000;
} // namespace

ScreenWalker::ScreenWalker(models::BookReader &reader) : m_reader(reader) { }

bool ScreenWalker::settle()
{
    // Twice: a read's answer may post the next read (a list, then its detail).
    for (int round = 0; round < 2; ++round) {
        auto done = std::make_shared<bool>(false);
        QObject receiver;
        m_reader.read<int>(
            &receiver, [](sqlite3 *) { return 0; }, [done](int) { *done = true; });
        if (!QTest::qWaitFor([done] { return *done; }, kWaitMs))
            return false;
        QCoreApplication::processEvents();
    }
    return true;
}

void ScreenWalker::look(const QWidget *window, const QString &step, int rows)
{
    if (!window || !window->isVisible())
        return;
    const QString where = m_role + QStringLiteral(" · ") + step;
    for (const auto &shown : shownStrings(window, rows)) {
        const QString word = englishWordIn(shown.text);
        if (word.isEmpty())
            continue;
        const QString key = shown.where + u'\n' + shown.text;
        if (m_seen.contains(key))
            continue;
        m_seen.insert(key);
        m_found << where + QStringLiteral(": ") + shown.where + QStringLiteral(": «")
                + QString(shown.text).replace(u'\n', QStringLiteral(" ⏎ ")) + QStringLiteral("» (") + word + u')';
    }
    for (const QString &problem : keyboardProblems(window)) {
        if (m_seen.contains(problem))
            continue;
        m_seen.insert(problem);
        m_found << where + QStringLiteral(": keyboard: ") + problem;
    }
    const QString dir = qEnvironmentVariable("LIANXIN_ZH_SHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QString name
            = QStringLiteral("%1-%2-%3.png").arg(++m_shot, 3, 10, QLatin1Char('0')).arg(m_role.section(u'/', 1), step);
        name.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_"));
        const_cast<QWidget *>(window)->grab().save(QDir(dir).filePath(name));
    }
}

void ScreenWalker::walkTabs(QWidget *root, const QString &step, int rows)
{
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        // Only the outermost here; the inner ones with their tab.
        bool nested = false;
        for (QWidget *up = tabs->parentWidget(); up && up != root; up = up->parentWidget())
            nested = nested || qobject_cast<QTabWidget *>(up);
        if (nested || !tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i) || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            QVERIFY(settle());
            const QString tabStep = step + u'/' + tabs->objectName() + QString::number(i);
            look(root->window(), tabStep, rows);
            walkTabs(tabs->widget(i), tabStep, rows);
        }
        tabs->setCurrentIndex(0);
    }
}

QStringList ScreenWalker::takeFound()
{
    QStringList found;
    found.swap(m_found);
    return found;
}

} // namespace lx::test
