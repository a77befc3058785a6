#pragma once

#include "models/TableExport.h"
#include "ui/shell/ListExport.h"

#include <QString>
#include <QStringList>

#include <functional>

class QAbstractButton;
class QLabel;
class QTableView;
class QWidget;

namespace lx::models {
class SessionModel;
} // namespace lx::models

namespace lx::ui {

// The list a page's Export buttons take out now: a table as shown (for a
// tabbed page, the current tab's), its name for the file and the PDF's
// heading, and the filters the officer applied to it.
struct ShownList
{
    const QTableView *view = nullptr;
    QString title;
    QStringList filters;
};

// "Export CSV…" and "Export PDF…" for lists whose rows the page holds:
// what the table shows (its visible columns in their on-screen order, its
// rows as sorted and filtered, display texts), written through ListExport.
// One wiring for every such page instead of a copy per page.
class ShownListExport
{
public:
    using Current = std::function<ShownList()>;

    // Each button exports current()'s list in its format; the result
    // ("Saved to …" / "Not saved: …") goes to result, then done (if set).
    static void connectButtons(QWidget *page, const models::SessionModel &session, QAbstractButton *csvButton,
        QAbstractButton *pdfButton, QLabel *result, Current current, ListExport::Done done = {});

    static void exportList(QWidget *page, const models::SessionModel &session, models::ExportFormat format,
        const ShownList &list, QLabel *result, ListExport::Done done = {});

    // The view's visible columns in header order, headers and display
    // texts, rows in the view's order.
    static models::ExportTable tableOf(const QTableView &view);
};

} // namespace lx::ui
