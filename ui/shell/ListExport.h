#pragma once

#include "models/TableExport.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace lx::models {
class SessionModel;
} // namespace lx::models

namespace lx::ui {

// The "Export CSV…" and "Export PDF…" of a list page, and the printing of
// a formatted document: ask where (SaveFileChooser), write off the GUI
// thread, then done(path, error) (error empty on success).
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(lx::ui::ListExport)

public:
    // source(deliver) produces the table (from the model or the cache) and
    // hands it to deliver; the heading (title, bank, today, filters) is
    // filled in here.
    using TableSource = std::function<void(std::function<void(models::ExportTable)> deliver)>;
    using Done = std::function<void(const QString &path, const QString &error)>;

    static void exportList(QWidget *page, const models::SessionModel &session, models::ExportFormat format,
        const QString &title, const QStringList &filters, TableSource source, Done done);
    // html(today) builds the document on the GUI thread (it is small); the
    // PDF is printed on a worker thread.
    static void printDocument(QWidget *window, const models::SessionModel &session, const QString &objectName,
        const QString &title, const QString &suggestedName, std::function<QString(const QDate &today)> html, Done done);
    // "Saved to <file name>." or "Not saved: <why>", for the page's result label.
    static QString resultText(const QString &path, const QString &error);
};

} // namespace lx::ui
