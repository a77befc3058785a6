#include "ui/dashboards/DashboardsPage.h"

#include "ui_DashboardsPage.h"

#include "models/BusinessDays.h"
#include "models/SessionModel.h"
#include "models/TableExport.h"
#include "models/dashboards/DashboardChartModel.h"
#include "models/dashboards/DashboardExport.h"
#include "models/dashboards/DashboardModel.h"
#include "models/dashboards/DashboardText.h"
#include "models/lc/LcText.h"
#include "ui/dashboards/DashboardChartPane.h"
#include "ui/dashboards/DrillDownDialog.h"
#include "ui/shell/ListExport.h"

#include <QBuffer>
#include <QChartView>
#include <QHideEvent>
#include <QLineEdit>
#include <QShowEvent>
#include <QTabBar>
#include <QTableView>

namespace lx::ui {

using namespace cache::dash;
using models::DashboardText;

DashboardsPage::DashboardsPage(models::SessionModel &session, models::LocalBook &book, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardsPage>())
    , m_session(session)
    , m_model(new models::DashboardModel(session, book, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("dashboardsPage"));
    m_ui->dashBusyLabel->hide();
    for (int c = 0; c < kChartCount; ++c) {
        const auto chart = static_cast<Chart>(c);
        auto *pane = new DashboardChartPane(
            *m_model->chartModel(chart), chart == Chart::Deadlines ? m_model->lateModel() : nullptr, m_ui->dashTabs);
        m_panes[static_cast<std::size_t>(c)] = pane;
        m_ui->dashTabs->addTab(pane, DashboardText::chartTitle(chart));
        connect(pane, &DashboardChartPane::pointActivated, this, [this, chart](int row) { drillDown(chart, row); });
        connect(pane, &DashboardChartPane::dealActivated, this, &DashboardsPage::dealRequested);
    }
    const QDate today = models::LcText::dateOfDay(models::chinaToday(session.clock()));
    for (QDateEdit *edit : { m_ui->dashFromEdit, m_ui->dashToEdit })
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->dashFromEdit->setDate(today.addYears(-1));
    m_ui->dashToEdit->setDate(today);
    fillCombos();
    m_ui->dashTabs->tabBar()->setObjectName(QStringLiteral("dashTabBar"));
    retranslateTabs();

    connect(m_ui->dashRangeCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->dashFromEdit->setEnabled(on);
        m_ui->dashToEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->dashFromEdit, &QDateEdit::dateChanged, this, &DashboardsPage::applyFilter);
    connect(m_ui->dashToEdit, &QDateEdit::dateChanged, this, &DashboardsPage::applyFilter);
    connect(m_ui->dashBankCombo, &QComboBox::currentIndexChanged, this, &DashboardsPage::applyFilter);
    connect(m_ui->dashProductCombo, &QComboBox::currentIndexChanged, this, &DashboardsPage::applyFilter);
    connect(m_ui->dashExportCsvButton, &QPushButton::clicked, this,
        [this] { exportDashboard(static_cast<int>(models::ExportFormat::Csv)); });
    connect(m_ui->dashExportPdfButton, &QPushButton::clicked, this,
        [this] { exportDashboard(static_cast<int>(models::ExportFormat::Pdf)); });

    connect(m_model, &models::DashboardModel::computing, m_ui->dashBusyLabel, &QWidget::show);
    connect(m_model, &models::DashboardModel::updated, this, &DashboardsPage::onUpdated);
    connect(m_model, &models::DashboardModel::failed, this, [this](const QString &message) {
        m_ui->dashBusyLabel->setVisible(m_model->isComputing());
        m_ui->dashExportResultLabel->setText(tr("Not recomputed: %1").arg(message));
    });
    connect(m_model, &models::DashboardModel::drillReady, this,
        [this](const Key &key, const std::vector<DealRow> &rows, qint64 total) {
            if (m_drill && m_drillKey == key)
                m_drill->setRows(rows, total);
        });
    connect(&session, &models::SessionModel::identityChanged, this, &DashboardsPage::refreshTabs);
    refreshTabs();
}

DashboardsPage::~DashboardsPage()
{
    delete m_drill.data();
}

DrillDownDialog *DashboardsPage::drillDownDialog() const
{
    return m_drill;
}

DashboardChartPane *DashboardsPage::pane(Chart chart) const
{
    return m_panes[static_cast<std::size_t>(chart)];
}

// The consortium statistics are the regulator's and the secretariat's.
void DashboardsPage::refreshTabs()
{
    m_ui->dashTabs->setTabVisible(static_cast<int>(Chart::Statistics), m_model->seesConsortium());
}

std::vector<Chart> DashboardsPage::shownCharts() const
{
    std::vector<Chart> charts;
    for (int c = 0; c < kChartCount; ++c) {
        if (m_ui->dashTabs->isTabVisible(c))
            charts.push_back(static_cast<Chart>(c));
    }
    return charts;
}

void DashboardsPage::fillCombos()
{
    const QString bank = m_ui->dashBankCombo->currentData().toString();
    m_ui->dashBankCombo->blockSignals(true);
    m_ui->dashBankCombo->clear();
    m_ui->dashBankCombo->addItem(tr("All banks"), QString());
    for (const QString &msp : m_model->banks())
        m_ui->dashBankCombo->addItem(models::LcText::bankName(msp), msp);
    m_ui->dashBankCombo->setCurrentIndex(std::max(0, m_ui->dashBankCombo->findData(bank)));
    m_ui->dashBankCombo->blockSignals(false);

    const int product = std::max(0, m_ui->dashProductCombo->currentIndex());
    m_ui->dashProductCombo->blockSignals(true);
    m_ui->dashProductCombo->clear();
    m_ui->dashProductCombo->addItem(tr("All products"), kAllProducts);
    m_ui->dashProductCombo->addItem(DashboardText::productName(Product::Lc), productBit(Product::Lc));
    m_ui->dashProductCombo->addItem(DashboardText::productName(Product::Forfaiting), productBit(Product::Forfaiting));
    m_ui->dashProductCombo->addItem(DashboardText::productName(Product::Guarantee), productBit(Product::Guarantee));
    m_ui->dashProductCombo->setCurrentIndex(product);
    m_ui->dashProductCombo->blockSignals(false);
}

void DashboardsPage::applyFilter()
{
    std::optional<int> from, to;
    if (m_ui->dashRangeCheck->isChecked()) {
        from = models::LcText::dayOfDate(m_ui->dashFromEdit->date());
        to = models::LcText::dayOfDate(m_ui->dashToEdit->date());
    }
    m_model->setRange(from, to);
    m_model->setBank(m_ui->dashBankCombo->currentData().toString());
    m_model->setProducts(m_ui->dashProductCombo->currentData().toUInt());
}

void DashboardsPage::onUpdated()
{
    m_ui->dashBusyLabel->setVisible(m_model->isComputing());
    if (m_ui->dashBankCombo->count() != m_model->banks().size() + 1)
        fillCombos();
    refreshTabs();
}

void DashboardsPage::drillDown(Chart chart, int row)
{
    const models::DashboardChartModel &model = *m_model->chartModel(chart);
    if (row < 0 || row >= model.rowCount())
        return;
    const Key key = model.keyAt(row);
    if (!m_drill) {
        // Its own window, not modal: the manager keeps using the page.
        m_drill = new DrillDownDialog(m_session, nullptr);
        connect(m_drill, &DrillDownDialog::dealActivated, this, &DashboardsPage::dealRequested);
    }
    m_drillKey = key;
    m_drill->showLoading(pointTitle(chart, key));
    m_drill->show();
    m_drill->raise();
    m_model->drill(key);
}

// "Volume · 2026-03 · L/C": the chart, the bar, the stack.
QString DashboardsPage::pointTitle(Chart chart, const Key &key)
{
    QStringList title { DashboardText::chartTitle(chart), DashboardText::category(key) };
    if (!DashboardText::series(key).isEmpty())
        title << DashboardText::series(key);
    return title.join(QStringLiteral(" · "));
}

QStringList DashboardsPage::filterTexts() const
{
    QStringList filters;
    if (m_ui->dashRangeCheck->isChecked())
        filters << tr("Started %1 to %2")
                       .arg(QLocale().toString(m_ui->dashFromEdit->date(), QLocale::ShortFormat),
                           QLocale().toString(m_ui->dashToEdit->date(), QLocale::ShortFormat));
    for (const QComboBox *combo : { m_ui->dashBankCombo, m_ui->dashProductCombo }) {
        if (combo->currentIndex() > 0)
            filters << combo->currentText();
    }
    return filters;
}

// CSV: one row per point of every chart shown. PDF: each chart as drawn,
// above its figures.
void DashboardsPage::exportDashboard(int format)
{
    const auto done = [this](const QString &path, const QString &error) {
        m_ui->dashExportResultLabel->setText(ListExport::resultText(path, error));
        Q_EMIT exported(path, error);
    };
    if (static_cast<models::ExportFormat>(format) == models::ExportFormat::Csv) {
        ListExport::exportList(
            this, m_session, models::ExportFormat::Csv, tr("Dashboards"), filterTexts(),
            [this](std::function<void(models::ExportTable)> deliver) {
                deliver(models::DashboardExport::table(m_model->result(), shownCharts()));
            },
            done);
        return;
    }
    ListExport::printDocument(
        this, m_session, QStringLiteral("exportPdfDialog"), tr("Dashboards"), tr("Dashboards") + QStringLiteral(".pdf"),
        [this](const QDate &today) {
            models::ExportTable heading;
            heading.title = tr("Dashboards");
            heading.bank = models::LcText::bankName(m_session.identity().mspId);
            heading.date = QLocale().toString(today, QLocale::LongFormat);
            heading.filters = filterTexts();
            std::vector<models::DashboardExport::Section> sections;
            for (Chart chart : shownCharts()) {
                DashboardChartPane *p = pane(chart);
                models::DashboardExport::Section section;
                section.title = DashboardText::chartTitle(chart);
                QBuffer png(&section.png);
                png.open(QIODevice::WriteOnly);
                p->picture(QSize(900, 420)).save(&png, "PNG");
                std::vector<int> hidden;
                for (int c = 0; c < p->model().columnCount(); ++c) {
                    if (p->table()->isColumnHidden(c))
                        hidden.push_back(c);
                }
                section.table = models::TableExport::fromModel(p->model(), hidden);
                sections.push_back(std::move(section));
            }
            return models::DashboardExport::html(heading, sections);
        },
        done);
}

void DashboardsPage::retranslateTabs()
{
    // The inner widgets a keyboard reaches carry their owner's names.
    m_ui->dashTabs->tabBar()->setAccessibleName(m_ui->dashTabs->accessibleName());
    for (QDateEdit *edit : { m_ui->dashFromEdit, m_ui->dashToEdit }) {
        if (auto *line = edit->findChild<QLineEdit *>()) {
            line->setObjectName(edit->objectName() + QStringLiteral("Text"));
            line->setAccessibleName(edit->accessibleName());
        }
    }
    for (int c = 0; c < kChartCount; ++c)
        m_ui->dashTabs->setTabText(c, DashboardText::chartTitle(static_cast<Chart>(c)));
}

// The charts are computed while the page is on screen (see DashboardModel::setActive).
void DashboardsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
}

void DashboardsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setActive(false);
}

void DashboardsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        retranslateTabs();
        m_model->retranslate();
        for (DashboardChartPane *p : m_panes)
            p->retranslate();
        if (m_drill && m_drillKey)
            m_drill->setTitle(pointTitle(m_drillKey->chart, *m_drillKey));
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
