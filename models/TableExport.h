#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QAbstractItemModel;
class QObject;

namespace lx::models {

// A list as the officer sees it, ready to leave the workstation: the
// visible columns' headers and every row's display text (money and dates
// as the screen writes them), with what the PDF's heading says about it.
struct ExportTable
{
    QString title; // "Letters of credit"
    QString bank; // the exporting bank, by name
    QString date; // today, as the locale writes it
    QStringList filters; // "State: Advised", ...; empty = none applied
    QStringList headers;
    std::vector<QStringList> rows;
};

enum class ExportFormat { Csv, Pdf };

// Writes lists to CSV (RFC 4180; UTF-8 with a byte-order mark, so Excel
// reads Chinese; CRLF line ends) and to a paginated PDF, and reads CSV back.
// Pure functions apart from write(); writeInBackground() keeps the file
// work off the GUI thread.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::TableExport)

public:
    // The model's columns except hiddenColumns and its rows in view order,
    // headers from headerData and cells from Qt::DisplayRole, as shown.
    static ExportTable fromModel(const QAbstractItemModel &model, const std::vector<int> &hiddenColumns = {});

    static QByteArray csv(const ExportTable &table);
    // Rows of fields (the header row first); a leading BOM is skipped.
    static std::vector<QStringList> parseCsv(const QByteArray &bytes);

    // The table as an HTML document for the PDF: heading, table, no pages.
    static QString html(const ExportTable &table);
    // Prints an HTML document to a paginated A4 PDF (landscape for wide
    // tables) with page numbers. Returns an error message, empty on success.
    static QString printPdf(const QString &html, const QString &title, const QString &path, bool landscape = false);

    // Returns an error message, empty on success.
    static QString write(const ExportTable &table, ExportFormat format, const QString &path);
    // write() on a worker thread, then done(error) on receiver's thread if it still exists.
    static void writeInBackground(QObject *receiver, ExportTable table, ExportFormat format, const QString &path,
        std::function<void(const QString &error)> done);
    static void printInBackground(QObject *receiver, const QString &html, const QString &title, const QString &path,
        std::function<void(const QString &error)> done);
};

} // namespace lx::models
