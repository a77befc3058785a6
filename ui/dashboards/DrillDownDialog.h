#pragma once

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse <compare>, which the engine's keys use
#include "cache/Dashboards.h"
#endif

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class DrillDownDialog;
} // namespace Ui

namespace lx::models {
class DealRowsModel;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

// The deals behind one bar or slice of a dashboard (non-modal): product,
// reference, item, state, banks, amount and dates, "showing N of M" when
// the list is capped, export to CSV and PDF; a double-click asks to open
// the deal.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DrillDownDialog(models::SessionModel &session, QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    models::DealRowsModel &model() const { return *m_model; }
    // "Volume · 2026-03 · L/C", while its deals are read.
    void showLoading(const QString &title);
    void setTitle(const QString &title); // the point, named anew in another language
    void setRows(std::vector<cache::dash::DealRow> rows, qint64 total);
    bool isLoading() const { return m_loading; }
    void exportList(int format); // models::ExportFormat

Q_SIGNALS:
    void dealActivated(int product, const QString &reference);
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshCount();

    std::unique_ptr<Ui::DrillDownDialog> m_ui;
    models::SessionModel &m_session;
    models::DealRowsModel *m_model;
    QString m_title;
    qint64 m_total = 0;
    bool m_loading = false;
};

} // namespace lx::ui
