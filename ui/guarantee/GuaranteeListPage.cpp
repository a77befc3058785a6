#include "ui/guarantee/GuaranteeListPage.h"

#include "ui_GuaranteeListPage.h"

#include "models/BusinessDays.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/TableExport.h"
#include "models/guarantee/GuaranteeFilterProxy.h"
#include "models/guarantee/GuaranteeListModel.h"
#include "models/guarantee/GuaranteeText.h"
#include "models/lc/LcText.h"
#include "ui/guarantee/GuaranteeIssueForm.h"
#include "ui/guarantee/GuaranteeWindow.h"
#include "ui/shell/FormWindow.h"
#include "ui/shell/ListExport.h"

#include <QHeaderView>

#include <chrono>

namespace lx::ui {

using lianxin::guarantee::Guarantee;
using models::GuaranteeListModel;

GuaranteeListPage::GuaranteeListPage(
    models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GuaranteeListPage>())
    , m_session(session)
    , m_book(book)
    , m_reader(reader)
    , m_model(new GuaranteeListModel(reader, this))
    , m_proxy(new models::GuaranteeFilterProxy(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("guaranteesPage"));
    fillCombos();
    m_proxy->setSourceModel(m_model);
    m_ui->gtTable->setModel(m_proxy);
    m_ui->gtTable->setSortingEnabled(true);
    m_ui->gtTable->horizontalHeader()->setSortIndicator(GuaranteeListModel::NumberColumn, Qt::AscendingOrder);
    m_ui->gtTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->gtTable->horizontalHeader()->setDefaultSectionSize(120);
    m_ui->gtTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->gtTable->verticalHeader()->hide();
    m_ui->gtTable->setWordWrap(false);
    m_ui->gtFilterRow->setStretch(0, 2); // the search box takes the room
    // Columns fit the first rows read; the officer resizes them from there.
    connect(m_model, &GuaranteeListModel::loaded, this, [this] {
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            m_columnsFitted = true;
            m_ui->gtTable->resizeColumnsToContents();
        }
    });

    connect(m_ui->gtSearchEdit, &QLineEdit::textChanged, this, &GuaranteeListPage::applyFilter);
    for (QComboBox *combo : { m_ui->gtStateCombo, m_ui->gtTypeCombo, m_ui->gtCounterpartyCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &GuaranteeListPage::applyFilter);
    connect(m_ui->gtClearFiltersButton, &QPushButton::clicked, this, &GuaranteeListPage::clearFilters);
    connect(m_ui->gtNewButton, &QPushButton::clicked, this, &GuaranteeListPage::openIssueForm);
    connect(m_ui->gtExportCsvButton, &QPushButton::clicked, this,
        [this] { exportList(static_cast<int>(models::ExportFormat::Csv)); });
    connect(m_ui->gtExportPdfButton, &QPushButton::clicked, this,
        [this] { exportList(static_cast<int>(models::ExportFormat::Pdf)); });
    connect(m_ui->gtTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString no = index.data(GuaranteeListModel::GuaranteeNoRole).toString();
        if (!no.isEmpty())
            openGuarantee(no);
    });
    connect(&session, &models::SessionModel::identityChanged, this, [this] {
        refreshActions();
        refresh();
    });
    connect(&book, &models::LocalBook::bookChanged, this, &GuaranteeListPage::refresh);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &GuaranteeListPage::refreshCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &GuaranteeListPage::refreshCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &GuaranteeListPage::refreshCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &GuaranteeListPage::refreshCount);
    refresh();
    refreshCount();
    refreshActions();
}

GuaranteeListPage::~GuaranteeListPage()
{
    delete m_issueWindow;
    for (auto &[no, window] : m_windows)
        delete window.data();
}

void GuaranteeListPage::refresh()
{
    m_model->setToday(models::chinaToday(m_session.clock()));
    m_model->refresh();
}

GuaranteeWindow *GuaranteeListPage::openGuarantee(const QString &guaranteeNo)
{
    QPointer<GuaranteeWindow> &window = m_windows[guaranteeNo];
    if (!window)
        window = new GuaranteeWindow(guaranteeNo, m_session, m_book, m_reader);
    bringToFront(window);
    return window;
}

// Only a bank's officer drafts guarantees; checkers approve, others read.
void GuaranteeListPage::refreshActions()
{
    const bool maker = m_session.isSignedIn() && m_session.identity().isMaker();
    m_ui->gtNewButton->setVisible(maker);
    if (!maker && m_issueWindow)
        m_issueWindow->hide();
}

void GuaranteeListPage::openIssueForm()
{
    if (!m_issueWindow) {
        m_issueForm = new GuaranteeIssueForm;
        m_issueWindow = formWindow(QStringLiteral("guaranteeIssueWindow"), m_issueForm, QSize(760, 800));
        connect(m_issueForm, &GuaranteeIssueForm::issueRequested, this, &GuaranteeListPage::submitIssue);
    }
    prepareIssueForm();
    bringToFront(m_issueWindow);
}

void GuaranteeListPage::prepareIssueForm()
{
    QList<GuaranteeIssueForm::MemberBank> banks;
    for (const QString &msp : models::LcText::memberBanks())
        banks.append({ msp, models::LcText::bankName(msp) });
    m_issueForm->setIssuer(m_session.identity().mspId);
    m_issueForm->setMemberBanks(banks);
    const auto now = m_session.clock()();
    m_issueForm->setNow(models::LcText::dateOfDay(models::chinaToday(m_session.clock())),
        std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
    m_issueWindow->setWindowTitle(tr("New guarantee — %1").arg(models::LcText::bankName(m_session.identity().mspId)));
}

// The form checked the terms; the draft is signed and stored in the outbox
// for the checker.
void GuaranteeListPage::submitIssue(const Guarantee &guarantee)
{
    lianxin::guarantee::GtAction action;
    *action.mutable_issue()->mutable_guarantee() = guarantee;
    m_book.submitDeskDraft("guarantee", action.SerializeAsString());
    m_issueForm->clear();
    m_issueWindow->hide();
}

void GuaranteeListPage::fillCombos()
{
    const auto refill = [](QComboBox *combo, const std::function<void()> &fill) {
        const int current = combo->currentIndex();
        combo->blockSignals(true);
        combo->clear();
        fill();
        combo->setCurrentIndex(std::max(0, current));
        combo->blockSignals(false);
    };
    refill(m_ui->gtStateCombo, [this] {
        m_ui->gtStateCombo->addItem(tr("All states"), 0);
        for (int s = Guarantee::ISSUED; s <= Guarantee::EXPIRED; ++s)
            m_ui->gtStateCombo->addItem(models::GuaranteeText::stateName(s), s);
    });
    refill(m_ui->gtTypeCombo, [this] {
        m_ui->gtTypeCombo->addItem(tr("All types"), 0);
        for (int t = Guarantee::BID; t <= Guarantee::WARRANTY; ++t)
            m_ui->gtTypeCombo->addItem(models::GuaranteeText::typeName(t), t);
    });
    refill(m_ui->gtCounterpartyCombo, [this] {
        m_ui->gtCounterpartyCombo->addItem(tr("All banks"), QString());
        for (const QString &msp : models::LcText::memberBanks())
            m_ui->gtCounterpartyCombo->addItem(models::LcText::bankName(msp), msp);
    });
}

void GuaranteeListPage::applyFilter()
{
    m_proxy->setStateFilter(m_ui->gtStateCombo->currentData().toInt());
    m_proxy->setTypeFilter(m_ui->gtTypeCombo->currentData().toInt());
    m_proxy->setCounterpartyFilter(m_ui->gtCounterpartyCombo->currentData().toString());
    m_proxy->setSearchText(m_ui->gtSearchEdit->text());
    refreshCount();
}

void GuaranteeListPage::clearFilters()
{
    m_ui->gtSearchEdit->clear();
    for (QComboBox *combo : { m_ui->gtStateCombo, m_ui->gtTypeCombo, m_ui->gtCounterpartyCombo })
        combo->setCurrentIndex(0);
    applyFilter();
}

void GuaranteeListPage::refreshCount()
{
    m_ui->gtCountLabel->setText(tr("%n guarantee(s)", nullptr, m_proxy->rowCount()));
}

void GuaranteeListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        m_model->retranslate();
        refreshCount();
        if (m_issueForm)
            prepareIssueForm();
    }
    QWidget::changeEvent(event);
}

// The rows are held (hundreds, not millions): read from the proxy as shown;
// the file is written off the GUI thread.
void GuaranteeListPage::exportList(int format)
{
    QStringList filters;
    if (!m_ui->gtSearchEdit->text().trimmed().isEmpty())
        filters << tr("Search: %1").arg(m_ui->gtSearchEdit->text().trimmed());
    for (QComboBox *combo : { m_ui->gtStateCombo, m_ui->gtTypeCombo, m_ui->gtCounterpartyCombo }) {
        if (combo->currentIndex() > 0)
            filters << combo->currentText();
    }
    ListExport::exportList(
        this, m_session, static_cast<models::ExportFormat>(format), tr("Guarantees"), filters,
        [this](std::function<void(models::ExportTable)> deliver) {
            std::vector<int> hidden;
            for (int c = 0; c < m_proxy->columnCount(); ++c) {
                if (m_ui->gtTable->isColumnHidden(c))
                    hidden.push_back(c);
            }
            deliver(models::TableExport::fromModel(*m_proxy, hidden));
        },
        [this](const QString &path, const QString &error) {
            m_ui->gtExportResultLabel->setText(ListExport::resultText(path, error));
            Q_EMIT exported(path, error);
        });
}

} // namespace lx::ui
