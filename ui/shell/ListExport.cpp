#include "ui/shell/ListExport.h"

#include "models/BusinessDays.h"
#include "models/SessionModel.h"
#include "models/lc/LcText.h"
#include "ui/shell/SaveFileChooser.h"

#include <QDate>
#include <QFileInfo>
#include <QPointer>
#include <QWidget>

namespace lx::ui {

namespace {

QDate today(const models::SessionModel &session)
{
    return models::LcText::dateOfDay(models::chinaToday(session.clock()));
}

} // namespace

void ListExport::exportList(QWidget *page, const models::SessionModel &session, models::ExportFormat format,
    const QString &title, const QStringList &filters, TableSource source, Done done)
{
    const bool csv = format == models::ExportFormat::Csv;
    const QString suggested = title + (csv ? QStringLiteral(".csv") : QStringLiteral(".pdf"));
    const QString bank = models::LcText::bankName(session.identity().mspId);
    const QString date = models::LcText::dateText(models::chinaToday(session.clock()));
    SaveFileChooser::ask(page, csv ? QStringLiteral("exportCsvDialog") : QStringLiteral("exportPdfDialog"),
        csv ? tr("Export the list to CSV") : tr("Export the list to PDF"), suggested,
        csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"),
        [page = QPointer<QWidget>(page), format, title, filters, bank, date, source, done](const QString &path) {
            if (!page)
                return;
            source([page, format, title, filters, bank, date, path, done](models::ExportTable table) {
                if (!page)
                    return;
                table.title = title;
                table.bank = bank;
                table.date = date;
                table.filters = filters;
                models::TableExport::writeInBackground(
                    page, std::move(table), format, path, [path, done](const QString &error) { done(path, error); });
            });
        });
}

void ListExport::printDocument(QWidget *window, const models::SessionModel &session, const QString &objectName,
    const QString &title, const QString &suggestedName, std::function<QString(const QDate &)> html, Done done)
{
    const QDate date = today(session);
    SaveFileChooser::ask(window, objectName, title, suggestedName, tr("PDF files (*.pdf)"),
        [window = QPointer<QWidget>(window), title, date, html, done](const QString &path) {
            if (!window)
                return;
            const QString document = html(date);
            if (document.isEmpty()) {
                done(path, tr("The record is not loaded yet."));
                return;
            }
            models::TableExport::printInBackground(
                window, document, title, path, [path, done](const QString &error) { done(path, error); });
        });
}

QString ListExport::resultText(const QString &path, const QString &error)
{
    // The file's name only: a long path would widen the page's title row.
    return error.isEmpty() ? tr("Saved to %1.").arg(QFileInfo(path).fileName()) : tr("Not saved: %1").arg(error);
}

} // namespace lx::ui
