#include "ShownStrings.h"

#include "ledgerclient/Sandbox.h"

#include "common/common.pb.h"
#include "peer/transaction.pb.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QValueAxis>

namespace lx::test {

namespace {

// objectName path from the window down to widget.
QString pathOf(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget())
        parts.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    return parts.join(u'/');
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

class Collector
{
public:
    Collector(QList<ShownString> &out, int rows) : m_out(out), m_rows(rows) { }

    void add(const QWidget *widget, const QString &what, const QString &text)
    {
        const QString shown = plain(text).trimmed();
        if (!shown.isEmpty())
            m_out.push_back({ pathOf(widget) + QStringLiteral(" (") + what + u')', shown });
    }

    void view(const QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        for (int column = 0; column < model->columnCount(); ++column)
            add(view, QStringLiteral("header %1").arg(column), model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < std::min(model->rowCount(), m_rows); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                add(view, QStringLiteral("row %1 column %2").arg(row).arg(column),
                    model->index(row, column).data().toString());
        }
    }

    void menu(const QWidget *owner, const QMenu *menu)
    {
        add(owner, QStringLiteral("menu"), menu->title());
        for (const QAction *action : menu->actions()) {
            // Language names are endonyms by design: English stays "English".
            if (action->objectName().startsWith(QLatin1String("actionLanguage")))
                continue;
            if (action->menu())
                this->menu(owner, action->menu());
            else {
                add(owner, QStringLiteral("action ") + action->objectName(), action->text());
                add(owner, QStringLiteral("action tooltip ") + action->objectName(),
                    action->toolTip() == QString(action->text()).remove(u'&') ? QString() : action->toolTip());
            }
        }
    }

    void chart(const QChartView *view)
    {
        const QChart *chart = view->chart();
        if (!chart)
            return;
        add(view, QStringLiteral("chart title"), chart->title());
        for (const QAbstractAxis *axis : chart->axes())
            add(view, QStringLiteral("axis title"), axis->titleText());
        for (const QLegendMarker *marker : chart->legend()->markers())
            add(view, QStringLiteral("legend"), marker->label());
    }

    void widget(const QWidget *w)
    {
        add(w, QStringLiteral("tooltip"), w->toolTip());
        if (w->isWindow())
            add(w, QStringLiteral("window title"), w->windowTitle());
        if (const auto *label = qobject_cast<const QLabel *>(w))
            add(w, QStringLiteral("label"), label->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            add(w, QStringLiteral("button"), button->text());
        else if (const auto *box = qobject_cast<const QGroupBox *>(w))
            add(w, QStringLiteral("group box"), box->title());
        else if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(w, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
                add(w, QStringLiteral("tab tooltip %1").arg(i), tabs->tabToolTip(i));
            }
        } else if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                add(w, QStringLiteral("item %1").arg(i), combo->itemText(i));
            add(w, QStringLiteral("placeholder"), combo->placeholderText());
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(w)) {
            add(w, QStringLiteral("placeholder"), edit->placeholderText());
            if (edit->echoMode() == QLineEdit::Normal)
                add(w, QStringLiteral("text"), edit->text());
        } else if (const auto *text = qobject_cast<const QTextEdit *>(w)) {
            add(w, QStringLiteral("placeholder"), text->placeholderText());
            add(w, QStringLiteral("text"), text->toPlainText());
        } else if (const auto *plainText = qobject_cast<const QPlainTextEdit *>(w)) {
            add(w, QStringLiteral("placeholder"), plainText->placeholderText());
            add(w, QStringLiteral("text"), plainText->toPlainText());
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w)) {
            add(w, QStringLiteral("special value"), spin->specialValueText());
        } else if (const auto *status = qobject_cast<const QStatusBar *>(w)) {
            add(w, QStringLiteral("message"), status->currentMessage());
        } else if (const auto *chartView = qobject_cast<const QChartView *>(w)) {
            chart(chartView);
        } else if (const auto *itemView = qobject_cast<const QAbstractItemView *>(w)) {
            if (!qobject_cast<const QHeaderView *>(w))
                view(itemView);
        }
        if (const auto *window = qobject_cast<const QMainWindow *>(w)) {
            for (const QAction *action : window->menuBar()->actions()) {
                if (action->menu())
                    menu(w, action->menu());
            }
        }
    }

private:
    QList<ShownString> &m_out;
    int m_rows;
};

// Names that stay as they are in every language, each with its reason.
// Kept short: a word is allowed only where it names something, never as
// a word of a sentence.
const QList<QRegularExpression> &allowed()
{
    static const QList<QRegularExpression> patterns = []() {
        QStringList words;
        // Fabric's own names: its transaction validation codes and header
        // types (the ledger explorer shows them as the peer records them).
        for (int i = 0; i < protos::TxValidationCode_descriptor()->value_count(); ++i)
            words << QString::fromStdString(protos::TxValidationCode_descriptor()->value(i)->name());
        for (int i = 0; i < common::HeaderType_descriptor()->value_count(); ++i)
            words << QString::fromStdString(common::HeaderType_descriptor()->value(i)->name());
        // The sandbox's channel names, as Fabric knows them (lower case only:
        // "Guarantee" in a sentence is English).
        const client::SandboxSpec spec = client::defaultSandbox();
        for (const auto &channel : spec.channels)
            words << QString::fromStdString(channel);
        // Chaincode names, as installed on the peers.
        words << QStringLiteral("lc") << QStringLiteral("forfaiting") << QStringLiteral("guarantee")
              << QStringLiteral("quotes") << QStringLiteral("registry") << QStringLiteral("kyc")
              << QStringLiteral("notary");
        // Common names in the users' certificates (the sandbox's people).
        for (const auto &org : spec.orgs) {
            for (const auto &user : org.users)
                words << QString::fromStdString(user.displayName);
        }
        // Formats, standards and the currency code, written so in Chinese
        // banking texts too.
        words << QStringLiteral("PDF") << QStringLiteral("CSV") << QStringLiteral("JSON") << QStringLiteral("SHA")
              << QStringLiteral("URDG") << QStringLiteral("UCP") << QStringLiteral("ISO") << QStringLiteral("CNY");
        // Fabric itself, its membership service provider (MSP ID) and the
        // folders of an MSP as Fabric lays them out (importing an identity).
        words << QStringLiteral("Fabric") << QStringLiteral("MSP") << QStringLiteral("msp")
              << QStringLiteral("signcerts") << QStringLiteral("keystore");
        // The consortium's incentive unit (docs/gas.md): a name, like a currency's.
        words << QStringLiteral("Gas");
        QList<QRegularExpression> list;
        for (const QString &word : words)
            list << QRegularExpression(
                QStringLiteral("\\b") + QRegularExpression::escape(word) + QStringLiteral("\\b"));
        // MSP IDs, alone or with a user (HuaxiaBankMSP/officer1).
        list << QRegularExpression(QStringLiteral("\\b\\w+MSP(/\\w+)?\\b"));
        // Fabric enrollment IDs of the sandbox's users.
        list << QRegularExpression(QStringLiteral("\\b(officer|checker|manager|admin|auditor)\\d+\\b"));
        // Transaction IDs, block and document hashes (hex).
        list << QRegularExpression(QStringLiteral("\\b[0-9a-fA-F]{8,}\\b"));
        // File names with their extension, and paths.
        list << QRegularExpression(QStringLiteral("[\\w.-]+(/[\\w.-]+)*\\.(pdf|csv|json|png|pem|zip|txt|md|yaml)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        list << QRegularExpression(QStringLiteral("(?<![\\w/])(/[\\w.-]+)+"));
        // The command line tool and its commands, typed as written.
        list << QRegularExpression(QStringLiteral("\\blianxin-cli( [a-z-]+)*"));
        // Record numbers: letters and digits joined by "-" or "/" with a
        // digit somewhere (GOV-0002, HX-BG-2026-001, FD-DEMO-1001), and
        // letters and digits run together (a credit code, HX2026LC000103).
        list << QRegularExpression(QStringLiteral("\\b(?=[A-Z0-9/-]*\\d)[A-Z0-9]+([-/][A-Z0-9]+)+\\b"));
        list << QRegularExpression(QStringLiteral("\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,}\\b"));
        return list;
    }();
    return patterns;
}

} // namespace

QList<ShownString> shownStrings(const QWidget *window, int rowsPerView)
{
    QList<ShownString> out;
    Collector collector(out, rowsPerView);
    if (!window->isVisible())
        return out;
    collector.widget(window);
    for (const QWidget *child : window->findChildren<QWidget *>()) {
        if (child->isVisible())
            collector.widget(child);
    }
    return out;
}

QString englishWordIn(const QString &text)
{
    QString left = text;
    for (const QRegularExpression &pattern : allowed())
        left.replace(pattern, QStringLiteral(" "));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    const auto match = word.match(left);
    return match.hasMatch() ? match.captured() : QString();
}

} // namespace lx::test
