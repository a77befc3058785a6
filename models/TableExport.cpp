#include "models/TableExport.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QFutureWatcher>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lx::models {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &field : fields)
        out.append(csvField(field));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

// Runs work on a worker thread and hands its error text to done on
// receiver's thread; dropped when the receiver is gone.
void inBackground(QObject *receiver, std::function<QString()> work, std::function<void(const QString &)> done)
{
    auto *watcher = new QFutureWatcher<QString>(receiver);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, receiver, [watcher, done = std::move(done)] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (done)
            done(error);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

ExportTable TableExport::fromModel(const QAbstractItemModel &model, const std::vector<int> &hiddenColumns)
{
    ExportTable table;
    std::vector<int> columns;
    for (int c = 0; c < model.columnCount(); ++c) {
        if (std::find(hiddenColumns.begin(), hiddenColumns.end(), c) == hiddenColumns.end())
            columns.push_back(c);
    }
    for (int c : columns)
        table.headers.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    table.rows.reserve(static_cast<std::size_t>(model.rowCount()));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c : columns)
            cells.append(model.index(r, c).data(Qt::DisplayRole).toString());
        table.rows.push_back(cells);
    }
    return table;
}

QByteArray TableExport::csv(const ExportTable &table)
{
    QString text = csvLine(table.headers);
    for (const QStringList &row : table.rows)
        text += csvLine(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

std::vector<QStringList> TableExport::parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool any = false; // the current row has begun
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (ch == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            any = true;
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += ch;
            any = true;
        }
    }
    if (any) {
        row.append(field);
        rows.push_back(row);
    }
    return rows;
}

QString TableExport::html(const ExportTable &table)
{
    QString out = QStringLiteral("<html><body style=\"font-size: 8pt;\"><h2>") + table.title.toHtmlEscaped()
        + QStringLiteral("</h2><p>") + table.bank.toHtmlEscaped() + QStringLiteral(" · ") + table.date.toHtmlEscaped()
        + QStringLiteral("<br/>");
    out += table.filters.isEmpty() ? tr("Filters: none")
                                   : tr("Filters: %1").arg(table.filters.join(QStringLiteral("; "))).toHtmlEscaped();
    out += QStringLiteral("<br/>") + tr("%n row(s)", nullptr, static_cast<int>(table.rows.size()));
    out += QStringLiteral("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const QString &header : table.headers)
        out += QStringLiteral("<th bgcolor=\"#e8ecf2\">") + header.toHtmlEscaped() + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>");
    for (const QStringList &row : table.rows) {
        out += QStringLiteral("<tr>");
        // The first column names the record (an L/C or guarantee number):
        // kept on one line.
        for (qsizetype c = 0; c < row.size(); ++c)
            out += (c == 0 ? QStringLiteral("<td style=\"white-space: nowrap;\">") : QStringLiteral("<td>"))
                + row.at(c).toHtmlEscaped() + QStringLiteral("</td>");
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table></body></html>");
}

QString TableExport::printPdf(const QString &html, const QString &title, const QString &path, bool landscape)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The file %1 cannot be written: %2").arg(path, file.errorString());
    QPdfWriter writer(&file);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("LianXin"));
    writer.setResolution(300);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
            QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(html);
    // No page size set on the document: print() paginates to the writer's
    // pages and numbers them at the foot of each.
    document.print(&writer);
    return {};
}

QString TableExport::write(const ExportTable &table, ExportFormat format, const QString &path)
{
    if (format == ExportFormat::Pdf)
        return printPdf(html(table), table.title, path, true);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(table)) < 0 || !file.commit())
        return tr("The file %1 cannot be written: %2").arg(path, file.errorString());
    return {};
}

void TableExport::writeInBackground(QObject *receiver, ExportTable table, ExportFormat format, const QString &path,
    std::function<void(const QString &)> done)
{
    inBackground(
        receiver, [table = std::move(table), format, path] { return write(table, format, path); }, std::move(done));
}

void TableExport::printInBackground(QObject *receiver, const QString &html, const QString &title, const QString &path,
    std::function<void(const QString &)> done)
{
    inBackground(
        receiver, [html, title, path] { return printPdf(html, title, path); }, std::move(done));
}

} // namespace lx::models
