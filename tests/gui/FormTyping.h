#pragma once

#include <QDate>
#include <QString>
#include <QWidget>

#include <optional>

namespace lx::test {

// Fills forms as a person does: focus, select all, type (Chinese arrives
// as one input-method commit), pick combo entries with the keyboard, type
// dates section by section, edit table cells with F2. Widgets are found by
// objectName under root; a missing one is a fatal test error.
class FormTyping
{
public:
    explicit FormTyping(QWidget *root) : m_root(root) { }

    template<typename T> T *widget(const char *name) const
    {
        auto *found = m_root->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }
    void type(const char *name, const QString &text) const;
    void choose(const char *name, int index) const;
    void typeDate(const char *name, const QDate &date) const;
    void typeNumber(const char *name, int value) const;
    void editCell(const char *view, int row, int column, const QString &text) const;

    // Every mandatory term of the issuance form (ui/lc/LcIssueForm):
    // Dongfang advises, Changjiang is nominated, CNY 1,234,567.89, invoice
    // and transport document; deferred 90 days after sight, or at sight.
    // Expiry and latest shipment fall on fixed days (2027-01-31, 2027-01-10)
    // for the sandbox tests' fixed clocks, or 66 and 45 days after `today`
    // for a ledger on the real calendar.
    void fillIssueForm(const QString &lcNo, bool deferred, std::optional<QDate> today = {}) const;

    static QString uscc(const std::string &eightDigits);

private:
    QWidget *m_root;
};

} // namespace lx::test
