#include "ui/shell/ShownListExport.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTableView>

namespace lx::ui {

void ShownListExport::connectButtons(QWidget *page, const models::SessionModel &session, QAbstractButton *csvButton,
    QAbstractButton *pdfButton, QLabel *result, Current current, ListExport::Done done)
{
    const auto wire = [&](QAbstractButton *button, models::ExportFormat format) {
        QObject::connect(
            button, &QAbstractButton::clicked, page, [page, session = &session, format, result, current, done] {
                exportList(page, *session, format, current(), result, done);
            });
    };
    wire(csvButton, models::ExportFormat::Csv);
    wire(pdfButton, models::ExportFormat::Pdf);
}

void ShownListExport::exportList(QWidget *page, const models::SessionModel &session, models::ExportFormat format,
    const ShownList &list, QLabel *result, ListExport::Done done)
{
    if (!list.view || !list.view->model())
        return;
    // The rows are the page's (hundreds at most): taken from the view as
    // shown when the officer has chosen the file; written off the GUI thread.
    ListExport::exportList(
        page, session, format, list.title, list.filters,
        [view = QPointer<const QTableView>(list.view)](std::function<void(models::ExportTable)> deliver) {
            if (view)
                deliver(tableOf(*view));
        },
        [result = QPointer<QLabel>(result), done](const QString &path, const QString &error) {
            if (result) {
                // The file's name, not its folder: a long path would widen the page.
                QString why = error;
                why.replace(path, QFileInfo(path).fileName());
                result->setText(ListExport::resultText(path, why));
                result->setToolTip(error.isEmpty() ? path : error);
            }
            if (done)
                done(path, error);
        });
}

models::ExportTable ShownListExport::tableOf(const QTableView &view)
{
    models::ExportTable table;
    const QAbstractItemModel &model = *view.model();
    const QHeaderView &header = *view.horizontalHeader();
    std::vector<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int column = header.logicalIndex(visual);
        if (column >= 0 && !view.isColumnHidden(column))
            columns.push_back(column);
    }
    for (int column : columns)
        table.headers.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    table.rows.reserve(static_cast<std::size_t>(model.rowCount()));
    for (int row = 0; row < model.rowCount(); ++row) {
        if (view.isRowHidden(row))
            continue;
        QStringList cells;
        for (int column : columns)
            cells.append(model.index(row, column).data(Qt::DisplayRole).toString());
        table.rows.push_back(cells);
    }
    return table;
}

} // namespace lx::ui
