#include "ui/governance/GasPane.h"

#include "ui_GasPane.h"

#include "models/ReasonCatalog.h"
#include "models/governance/GasModels.h"
#include "models/governance/GovernanceRegistry.h"
#include "models/governance/GovernanceText.h"
#include "models/lc/LcText.h"
#include "ui/shell/SortedProxy.h"

#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace lx::ui {

using models::GasBalanceModel;
using models::GasReportModel;
using models::GovernanceActions;

GasPane::GasPane(models::GovernanceRegistry &registry, GovernanceActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GasPane>())
    , m_registry(registry)
    , m_actions(actions)
    , m_reportModel(new GasReportModel(this))
    , m_balanceModel(new GasBalanceModel(this))
    , m_reportProxy(sortedBy(m_reportModel, GasReportModel::SortRole, this))
    , m_balanceProxy(sortedBy(m_balanceModel, GasBalanceModel::SortRole, this))
    , m_chartView(new QChartView(this))
{
    m_ui->setupUi(this);
    m_ui->gasPeriodCombo->view()->setObjectName(QStringLiteral("gasPeriodList"));
    m_ui->gasPeriodCombo->view()->setAccessibleName(tr("Recorded months"));
    m_ui->gasReportTable->setModel(m_reportProxy);
    m_ui->gasReportTable->sortByColumn(GasReportModel::MemberColumn, Qt::AscendingOrder);
    m_ui->gasBalanceTable->setModel(m_balanceProxy);
    m_ui->gasBalanceTable->sortByColumn(GasBalanceModel::BalanceColumn, Qt::DescendingOrder);
    for (QTableView *table : { m_ui->gasReportTable, m_ui->gasBalanceTable })
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chartView->setObjectName(QStringLiteral("gasChart"));
    m_chartView->viewport()->setObjectName(QStringLiteral("gasChartViewport"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 220);
    m_ui->gasChartLayout->addWidget(m_chartView);
    m_ui->gasLowerSplitter->setStretchFactor(0, 2);
    m_ui->gasLowerSplitter->setStretchFactor(1, 3);
    m_ui->gasSplitter->setStretchFactor(0, 1);
    m_ui->gasSplitter->setStretchFactor(1, 1);

    connect(&m_registry, &models::GovernanceRegistry::refreshed, this, &GasPane::onRefreshed);
    connect(m_ui->gasPeriodCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_verification.reset();
        showPeriod();
    });
    connect(m_ui->gasVerifyButton, &QPushButton::clicked, this, [this] {
        m_verification.reset();
        m_actions.verifyGas(period());
        showVerification();
    });
    connect(&m_actions, &GovernanceActions::busyChanged, this, &GasPane::showVerification);
    connect(&m_actions, &GovernanceActions::finished, this, &GasPane::onActionFinished);
    m_chartView->setAccessibleName(tr("Chart of each month's Gas by member"));
    m_chartView->viewport()->setAccessibleName(m_chartView->accessibleName());
    onRefreshed();
}

GasPane::~GasPane() = default;

QTableView *GasPane::reportTable() const
{
    return m_ui->gasReportTable;
}

QString GasPane::period() const
{
    return m_ui->gasPeriodCombo->currentData().toString();
}

bool GasPane::selectPeriod(const QString &period)
{
    const int index = m_ui->gasPeriodCombo->findData(period);
    if (index < 0)
        return false;
    m_ui->gasPeriodCombo->setCurrentIndex(index);
    return true;
}

// The months recorded, newest first; the one chosen stays chosen.
void GasPane::onRefreshed()
{
    QComboBox *combo = m_ui->gasPeriodCombo;
    const QString chosen = period();
    {
        const QSignalBlocker quiet(combo);
        combo->clear();
        const auto &reports = m_registry.gasReports();
        for (auto it = reports.rbegin(); it != reports.rend(); ++it) {
            const QString month = QString::fromStdString(it->period());
            combo->addItem(models::LcText::shown(it->period()), month);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    m_balanceModel->setBalances(m_registry.gasBalances());
    showPeriod();
    rebuildChart();
}

void GasPane::showPeriod()
{
    const std::string month = period().toStdString();
    const auto &reports = m_registry.gasReports();
    const auto found = std::find_if(reports.begin(), reports.end(),
        [&](const lianxin::trust::GasReport &r) { return r.period() == month; });
    if (found == reports.end()) {
        m_reportModel->setReport({});
        m_ui->gasReportSummaryLabel->setText(m_registry.isLoaded()
                ? tr("No month's Gas report is recorded yet. The secretariat records each month's once it has "
                     "ended (lianxin-cli gas report).")
                : tr("Reading the registry…"));
        showVerification();
        return;
    }
    m_reportModel->setReport(*found);
    const auto &w = found->weights();
    QStringList blocks;
    for (const auto &s : found->sources())
        blocks << tr("%1 blocks 0 to %2").arg(models::LcText::shown(s.channel())).arg(s.through_block());
    //: %1 the month, %2 the total Gas, %3 who recorded it, %4 when, %5-%8 the weights, %9 the blocks counted.
    m_ui->gasReportSummaryLabel->setText(
        tr("%1: %2 Gas in all, recorded by %3 on %4. Weights (milli-Gas): %5 per endorsement, %6 per "
           "transaction, %7 per available hour, %8 per approved yuan. Counted from %9.")
            .arg(models::LcText::shown(found->period()), models::gasText(found->total_milli()),
                models::LcText::shown(found->recorded_by_msp()),
                models::GovernanceText::chinaTime(found->recorded_seconds()),
                QString::number(w.per_endorsement()), QString::number(w.per_transaction()),
                QString::number(w.per_available_hour()), QString::number(w.per_approved_cost_yuan()),
                blocks.join(tr(", "))));
    showVerification();
}

// Each recorded month a stacked bar: a segment per member, in Gas.
void GasPane::rebuildChart()
{
    QChart *old = m_chartView->chart(); // the view releases it, not deletes it
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignRight);
    const auto &reports = m_registry.gasReports();
    if (reports.empty()) {
        chart->setTitle(tr("No recorded month yet."));
        chart->legend()->hide();
        m_chartView->setChart(chart);
        delete old;
        return;
    }
    chart->setTitle(tr("Gas by month and member"));
    std::map<std::string, QBarSet *> sets; // by MSP ID: the legend in the members' order
    for (const auto &r : reports)
        for (const auto &c : r.credits())
            if (!sets.count(c.msp_id()))
                sets[c.msp_id()] = nullptr;
    auto *series = new QStackedBarSeries;
    for (auto &[msp, set] : sets) {
        set = new QBarSet(models::LcText::shown(msp));
        series->append(set);
    }
    QStringList categories;
    double top = 0;
    for (const auto &r : reports) {
        categories << models::LcText::shown(r.period());
        for (auto &[msp, set] : sets) {
            const auto credit = std::find_if(r.credits().begin(), r.credits().end(),
                [&msp = msp](const lianxin::trust::GasCredit &c) { return c.msp_id() == msp; });
            set->append(credit == r.credits().end() ? 0.0 : static_cast<double>(credit->gas_milli()) / 1000.0);
        }
        top = std::max(top, static_cast<double>(r.total_milli()) / 1000.0);
    }
    chart->addSeries(series);
    auto *months = new QBarCategoryAxis;
    months->append(categories);
    auto *gas = new QValueAxis;
    gas->setTitleText(tr("Gas"));
    gas->setRange(0, top > 0 ? top * 1.1 : 1.0);
    gas->applyNiceNumbers();
    gas->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(months, Qt::AlignBottom);
    chart->addAxis(gas, Qt::AlignLeft);
    series->attachAxis(months);
    series->attachAxis(gas);
    m_chartView->setChart(chart);
    delete old;
}

void GasPane::onActionFinished(const GovernanceActions::Outcome &outcome)
{
    if (outcome.kind != GovernanceActions::Kind::VerifyGas)
        return;
    m_verification = outcome;
    showVerification();
}

void GasPane::showVerification()
{
    m_ui->gasVerifyButton->setEnabled(!period().isEmpty() && !m_actions.isBusy());
    QString text;
    if (m_actions.isBusy()) {
        text = tr("Reading the blocks…");
    } else if (m_verification && m_verification->proposalId == period()) {
        if (m_verification->ok())
            text = tr("The report matches the chain: %1 blocks read, %2 availability statements checked.")
                       .arg(m_verification->blocksRead)
                       .arg(m_verification->statementsChecked);
        else
            text = tr("Does not match the chain: %1")
                       .arg(models::ReasonCatalog::describe(m_verification->reasonCode, m_verification->details));
    }
    m_ui->gasVerifyResultLabel->setText(text);
}

void GasPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_chartView->setAccessibleName(tr("Chart of each month's Gas by member"));
        m_chartView->viewport()->setAccessibleName(m_chartView->accessibleName());
        m_ui->gasPeriodCombo->view()->setAccessibleName(tr("Recorded months"));
        m_reportModel->retranslate();
        m_balanceModel->retranslate();
        showPeriod();
        rebuildChart();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
