#include "ui/approvals/ApprovalsPage.h"

#include "ui_ApprovalsPage.h"

#include "models/LocalBook.h"
#include "models/ProductDraftText.h"
#include "models/SessionModel.h"
#include "models/approvals/DraftComparison.h"
#include "models/approvals/DraftTerms.h"
#include "ui/shell/ShownListExport.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace lx::ui {

using models::ApprovalsModel;

namespace {

// The actions that create their record rather than act on one.
bool isNewRecord(const std::string &kind)
{
    return kind == "Issue" || kind == "Post" || kind == "List" || kind == "ReportDeal";
}

} // namespace

ApprovalsPage::ApprovalsPage(
    models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApprovalsPage>())
    , m_session(session)
    , m_book(book)
    , m_model(new ApprovalsModel(reader, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("approvalsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ApprovalsModel::SortRole);
    m_ui->approvalsTable->setModel(m_proxy);
    m_ui->approvalsTable->sortByColumn(ApprovalsModel::AgeColumn, Qt::AscendingOrder); // longest waiting first
    m_ui->approvalsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->approvalsChangesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->approvalsChangesTable->setWordWrap(true);
    m_ui->approvalsRecordTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->approvalsRecordTable->setWordWrap(true);
    m_ui->approvalsLayout->setStretchFactor(m_ui->approvalsSplitter, 1); // the labels keep their height
    m_ui->approvalsSplitter->setStretchFactor(0, 3);
    m_ui->approvalsSplitter->setStretchFactor(1, 2);
    // A record says more than the action naming it: it takes the room when shown.
    m_ui->approvalsDetailLayout->setStretchFactor(m_ui->approvalsChangesTable, 1);
    m_ui->approvalsDetailLayout->setStretchFactor(m_ui->approvalsRecordTable, 2);

    connect(&session, &models::SessionModel::identityChanged, this, &ApprovalsPage::onIdentityChanged);
    connect(&book, &models::LocalBook::bookChanged, m_model, &ApprovalsModel::refresh);
    connect(m_model, &ApprovalsModel::refreshed, this, &ApprovalsPage::refreshSummary);
    connect(m_model, &ApprovalsModel::modelReset, this, &ApprovalsPage::onSelectionChanged);
    connect(m_ui->approvalsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ApprovalsPage::onSelectionChanged);
    connect(m_ui->approvalsCommentEdit, &QLineEdit::textChanged, this, &ApprovalsPage::refreshButtons);
    connect(m_ui->approvalsApproveButton, &QPushButton::clicked, this, &ApprovalsPage::approve);
    connect(m_ui->approvalsReturnButton, &QPushButton::clicked, this, &ApprovalsPage::returnDraft);
    ShownListExport::connectButtons(
        this, session, m_ui->approvalsExportCsvButton, m_ui->approvalsExportPdfButton, m_ui->approvalsExportResultLabel,
        [this] {
            return ShownList { m_ui->approvalsTable, tr("Drafts awaiting approval"), {} };
        },
        [this](const QString &path, const QString &error) { Q_EMIT exported(path, error); });
    connect(&book, &models::LocalBook::actionQueued, this, [this](qint64, const QString &) {
        if (!m_decided.isEmpty())
            m_ui->approvalsMessageLabel->setText(tr("Your decision is signed and on its way to the ledger."));
    });
    connect(&book, &models::LocalBook::actionFailed, this, [this](const QString &message) {
        if (m_decided.isEmpty())
            return;
        m_decided.clear();
        m_ui->approvalsMessageLabel->setText(tr("Your decision could not be stored: %1").arg(message));
        refreshButtons();
    });
    if (session.isSignedIn())
        onIdentityChanged();
    onSelectionChanged();
    refreshSummary();
}

ApprovalsPage::~ApprovalsPage() = default;

void ApprovalsPage::onIdentityChanged()
{
    m_decided.clear();
    m_ui->approvalsMessageLabel->clear();
    m_model->setClock(m_session.clock());
    m_model->setBank(m_session.identity().mspId);
    const bool checker = m_session.identity().role == client::Role::Checker;
    m_ui->approvalsApproveButton->setVisible(checker);
    m_ui->approvalsReturnButton->setVisible(checker);
    m_ui->approvalsCommentEdit->setVisible(checker);
}

int ApprovalsPage::selectedRow() const
{
    const QModelIndexList rows = m_ui->approvalsTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

bool ApprovalsPage::selectDraft(const QString &draftId)
{
    const int row = m_model->rowOf(draftId);
    if (row < 0)
        return false;
    m_ui->approvalsTable->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    return true;
}

void ApprovalsPage::onSelectionChanged()
{
    showChanges();
    refreshButtons();
}

void ApprovalsPage::showChanges()
{
    QTableWidget *table = m_ui->approvalsChangesTable;
    table->setHorizontalHeaderLabels({ tr("Term"), tr("Now"), tr("As drafted") });
    m_ui->approvalsRecordTable->setHorizontalHeaderLabels({ tr("Term"), tr("Now") });
    const ApprovalsModel::Row *row = m_model->rowAt(selectedRow());
    const bool lc = !row || row->isLc();
    table->setColumnHidden(1, !lc);
    m_ui->approvalsRecordLabel->setVisible(!lc);
    m_ui->approvalsRecordTable->setVisible(!lc);
    if (!row) {
        table->setRowCount(0);
        return;
    }
    if (!lc) {
        showProductDraft(*row);
        return;
    }
    const QList<models::TermChange> changes = models::DraftComparison::compare(row->lcAction, row->current);
    table->setRowCount(static_cast<int>(changes.size()));
    for (int i = 0; i < changes.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(changes[i].term));
        table->setItem(i, 1, new QTableWidgetItem(changes[i].current));
        table->setItem(i, 2, new QTableWidgetItem(changes[i].proposed));
    }
    table->resizeRowsToContents();
}

// Another product: the action's fields as drafted, and beneath them the
// record it concerns as the cache holds it now (none for a new one).
void ApprovalsPage::showProductDraft(const ApprovalsModel::Row &row)
{
    const auto fill = [](QTableWidget *table, int valueColumn, const QList<models::DraftTerm> &terms) {
        table->setRowCount(static_cast<int>(terms.size()));
        for (int i = 0; i < terms.size(); ++i) {
            table->setItem(i, 0, new QTableWidgetItem(terms[i].term));
            table->setItem(i, valueColumn, new QTableWidgetItem(terms[i].value));
        }
        table->resizeRowsToContents();
    };
    m_ui->approvalsChangesTable->clearContents();
    fill(m_ui->approvalsChangesTable, 2, models::DraftTerms::ofAction(row.actionMessage, row.draft.action()));
    const QString product = models::ProductDraftText::productName(QString::fromStdString(row.contract));
    const QString subject = QString::fromStdString(row.subject);
    if (!row.record) {
        m_ui->approvalsRecordLabel->setText(isNewRecord(row.kind)
                ? tr("New: nothing on the ledger yet.")
                : tr("%1 %2 is not in this workstation's cache.").arg(product, subject));
        m_ui->approvalsRecordTable->setVisible(false);
        return;
    }
    m_ui->approvalsRecordLabel->setText(tr("%1 %2 as it stands now:").arg(product, subject));
    fill(m_ui->approvalsRecordTable, 1, models::DraftTerms::ofRecord(row.record->message, row.record->value));
}

void ApprovalsPage::refreshButtons()
{
    const ApprovalsModel::Row *row = m_model->rowAt(selectedRow());
    const bool pending = row && row->draft.status() == lianxin::desk::Draft::PENDING;
    const bool undecided = row && QString::fromStdString(row->draft.id()) != m_decided;
    // Four eyes: the contract refuses a maker's approval of their own draft;
    // the button says so first.
    const bool ownDraft = row && QString::fromStdString(row->draft.maker()) == m_session.identity().userId;
    const bool mayDecide = pending && undecided && !ownDraft;
    m_ui->approvalsApproveButton->setEnabled(mayDecide);
    m_ui->approvalsReturnButton->setEnabled(mayDecide && !m_ui->approvalsCommentEdit->text().trimmed().isEmpty());
    if (ownDraft && pending)
        m_ui->approvalsMessageLabel->setText(tr("You drafted this: another checker of the bank approves it."));
    else if (row && row->draft.status() == lianxin::desk::Draft::RETURNED) // the checker's comment, whole
        m_ui->approvalsMessageLabel->setText(
            m_model->index(selectedRow(), ApprovalsModel::StatusColumn).data().toString());
    else if (m_decided.isEmpty())
        m_ui->approvalsMessageLabel->clear();
}

void ApprovalsPage::approve()
{
    const ApprovalsModel::Row *row = m_model->rowAt(selectedRow());
    if (!row)
        return;
    m_decided = QString::fromStdString(row->draft.id());
    const QString subject = QString::fromStdString(row->subject);
    if (row->isLc())
        m_book.approveDraft(m_decided, subject);
    else
        m_book.approveDeskDraft(row->contract, m_decided, subject); // asks the ledger for co-endorsers first
    refreshButtons();
}

void ApprovalsPage::returnDraft()
{
    const ApprovalsModel::Row *row = m_model->rowAt(selectedRow());
    const QString comment = m_ui->approvalsCommentEdit->text().trimmed();
    if (!row || comment.isEmpty())
        return;
    m_decided = QString::fromStdString(row->draft.id());
    const QString subject = QString::fromStdString(row->subject);
    if (row->isLc())
        m_book.returnDraft(m_decided, subject, comment);
    else
        m_book.returnDeskDraft(row->contract, m_decided, subject, comment);
    m_ui->approvalsCommentEdit->clear();
    refreshButtons();
}

void ApprovalsPage::refreshSummary()
{
    int pending = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        pending += m_model->index(row, 0).data(ApprovalsModel::StatusRole).toInt() == lianxin::desk::Draft::PENDING;
    m_ui->approvalsSummaryLabel->setText(
        pending == 0 ? tr("No draft awaits approval.") : tr("%n draft(s) awaiting approval", nullptr, pending));
}

void ApprovalsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        showChanges();
        refreshButtons();
        refreshSummary();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
