#include "ui/guarantee/GuaranteeWindow.h"

#include "ui_GuaranteeWindow.h"

#include "models/BookReader.h"
#include "models/BusinessDays.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/TradeDocuments.h"
#include "models/guarantee/GuaranteeDetailRecord.h"
#include "models/guarantee/GuaranteeSheetModel.h"
#include "models/guarantee/GuaranteeText.h"
#include "models/lc/LcText.h"
#include "ui/shell/ListExport.h"
#include "ui/shell/WindowKeys.h"

#include <QHeaderView>
#include <QPushButton>

#include <chrono>

namespace lx::ui {

using models::GuaranteeSheetModel;
using Kind = GuaranteeActionForm::Kind;

GuaranteeWindow::GuaranteeWindow(const QString &guaranteeNo, models::SessionModel &session, models::LocalBook &book,
    models::BookReader &reader, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::GuaranteeWindow>())
    , m_guaranteeNo(guaranteeNo)
    , m_session(session)
    , m_book(book)
    , m_reader(reader)
{
    m_ui->setupUi(this);
    installWindowKeys(this);
    setObjectName(QStringLiteral("guaranteeWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    QTableView *const views[]
        = { m_ui->gtTermsTable, m_ui->gtAmendmentsTable, m_ui->gtDemandsTable, m_ui->gtTimelineTable };
    const GuaranteeSheetModel::Sheet kinds[]
        = { GuaranteeSheetModel::Sheet::Terms, GuaranteeSheetModel::Sheet::Amendments,
              GuaranteeSheetModel::Sheet::Demands, GuaranteeSheetModel::Sheet::Timeline };
    for (int i = 0; i < 4; ++i) {
        auto *model = new GuaranteeSheetModel(kinds[i], this);
        m_sheets.push_back(model);
        views[i]->setModel(model);
        views[i]->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        views[i]->horizontalHeader()->setStretchLastSection(true);
        views[i]->verticalHeader()->hide();
        views[i]->setWordWrap(false);
    }
    m_ui->gtActionsRow->setStretch(0, 1);
    connect(m_ui->gtPrintGuaranteeButton, &QPushButton::clicked, this, &GuaranteeWindow::printGuarantee);
    connect(&book, &models::LocalBook::bookChanged, this, &GuaranteeWindow::reload);
    connect(&session, &models::SessionModel::identityChanged, this, &QWidget::close);
    reload();
}

GuaranteeWindow::~GuaranteeWindow() = default;

GuaranteeSheetModel &GuaranteeWindow::sheet(Tab tab) const
{
    return *m_sheets.at(static_cast<std::size_t>(tab));
}

const lianxin::guarantee::Guarantee *GuaranteeWindow::guarantee() const
{
    return m_record && m_record->guarantee ? &*m_record->guarantee : nullptr;
}

QPushButton *GuaranteeWindow::actionButton(const QString &key) const
{
    for (QPushButton *button : m_actions) {
        if (button->property("actionKey").toString() == key)
            return button;
    }
    return nullptr;
}

void GuaranteeWindow::reload()
{
    m_reader.read<models::GuaranteeDetailRecord>(
        this,
        [no = m_guaranteeNo.toStdString(), bank = m_session.identity().mspId.toStdString()](
            sqlite3 *db) { return models::GuaranteeDetailRecord::read(db, no, bank); },
        [this](models::GuaranteeDetailRecord record) { showRecord(record); },
        [this](const QString &message) {
            m_ui->gtActionMessageLabel->setText(tr("The guarantee cannot be read from the cache: %1").arg(message));
        });
}

void GuaranteeWindow::showRecord(const models::GuaranteeDetailRecord &record)
{
    const bool changed = !m_record || !record.guarantee || !m_record->guarantee
        || m_record->guarantee->SerializeAsString() != record.guarantee->SerializeAsString();
    m_record = std::make_unique<models::GuaranteeDetailRecord>(record);
    // One draft at a time: while one waits for the checker the actions stay off.
    m_drafted = record.pendingDraft || (m_drafted && !changed && m_book.pendingActions() > 0);
    if (record.pendingDraft)
        m_ui->gtActionMessageLabel->setText(tr("A draft on this guarantee awaits approval by a checker of your bank."));
    else if (!m_drafted)
        m_ui->gtActionMessageLabel->clear();
    const int today = models::chinaToday(m_session.clock());
    if (record.guarantee) {
        for (GuaranteeSheetModel *sheet : m_sheets) {
            sheet->setToday(today);
            sheet->setRecord(*record.guarantee, record.timeline);
        }
    }
    refreshHeader();
    refreshActions();
    Q_EMIT loaded();
}

void GuaranteeWindow::refreshHeader()
{
    const auto *g = guarantee();
    if (!g) {
        m_ui->gtWindowTitleLabel->setText(m_guaranteeNo);
        m_ui->gtWindowSummaryLabel->setText(tr("This guarantee is not in the bank's cache."));
        m_ui->gtDeadlineLabel->clear();
        setWindowTitle(m_guaranteeNo);
        return;
    }
    QString state = models::GuaranteeText::stateName(g->state());
    if (g->frozen())
        state = tr("%1, frozen by a court's stop-payment order").arg(state);
    m_ui->gtWindowTitleLabel->setText(tr("Guarantee %1 — %2").arg(m_guaranteeNo, state));
    m_ui->gtWindowSummaryLabel->setText(
        tr("%1 guarantee of %2 (available %3), issued by %4 for %5, advised through %6 to %7; expiry: %8.")
            .arg(models::GuaranteeText::typeName(g->type()), models::LcText::money(g->amount_fen()),
                models::LcText::money(g->available_fen()),
                models::LcText::bankName(QString::fromStdString(g->issuer_msp())),
                models::LcText::shown(g->applicant().name()),
                models::LcText::bankName(QString::fromStdString(g->advising_bank_msp())),
                models::LcText::shown(g->beneficiary().name()), models::GuaranteeText::expiryText(*g)));
    QString deadline;
    QString style;
    if (const auto *demand = models::GuaranteeText::openDemand(*g)) {
        const auto due = models::GuaranteeText::dayOf(demand->examination_deadline());
        if (demand->state() == lianxin::guarantee::Demand::PRESENTED && due) {
            const int left = models::businessDaysLeft(models::chinaToday(m_session.clock()), *due);
            deadline = tr("Demand %1 for %2: examine by %3 — %4.")
                           .arg(demand->number())
                           .arg(models::LcText::money(demand->amount_fen()),
                               models::GuaranteeText::dateText(demand->examination_deadline()),
                               models::GuaranteeText::daysLeftText(left));
            if (left < 0)
                style = QStringLiteral("color: #b00020; font-weight: 600;");
        } else {
            deadline = tr("Demand %1 for %2: %3.")
                           .arg(demand->number())
                           .arg(models::LcText::money(demand->amount_fen()),
                               models::GuaranteeText::demandStateName(demand->state()));
        }
    }
    m_ui->gtDeadlineLabel->setText(deadline);
    m_ui->gtDeadlineLabel->setStyleSheet(style);
    m_ui->gtDeadlineLabel->setVisible(!deadline.isEmpty());
    setWindowTitle(tr("Guarantee %1").arg(m_guaranteeNo));
}

void GuaranteeWindow::addActionButton(const QString &text, const QString &key, const std::function<void()> &act)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QStringLiteral("gtAction-") + key);
    button->setProperty("actionKey", key);
    button->setAccessibleName(text);
    button->setEnabled(!m_drafted);
    connect(button, &QPushButton::clicked, this, act);
    m_ui->gtActionsRow->addWidget(button);
    m_actions.push_back(button);
}

void GuaranteeWindow::refreshActions()
{
    for (QPushButton *button : m_actions)
        button->deleteLater();
    m_actions.clear();
    const auto *g = guarantee();
    if (!g)
        return;
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(m_session.clock()().time_since_epoch()).count();
    for (const models::GuaranteeDeskAction &action : models::availableGuaranteeActions(*g, m_session.identity(), now)) {
        addActionButton(action.title, action.key, [this, action] {
            m_book.submitDeskDraft("guarantee", action.action.SerializeAsString());
            noteDrafted(action.title);
        });
    }
    const models::BankIdentity &identity = m_session.identity();
    if (!identity.isMaker())
        return;
    for (const Kind kind : { Kind::Amend, Kind::Demand, Kind::Examine, Kind::Suspend, Kind::Extend, Kind::Reduce,
             Kind::Release, Kind::StopPayment, Kind::LiftStopPayment }) {
        if (GuaranteeActionForm::offered(kind, *g, identity.mspId, now))
            addActionButton(tr("%1…").arg(GuaranteeActionForm::title(kind)),
                QStringLiteral("form-") + GuaranteeActionForm::key(kind), [this, kind] { openForm(kind); });
    }
}

GuaranteeActionForm *GuaranteeWindow::openForm(Kind kind)
{
    const auto *g = guarantee();
    if (!g)
        return nullptr;
    auto *form = new GuaranteeActionForm(kind, *g, m_session, m_book, this);
    connect(
        form, &GuaranteeActionForm::submitted, this, [this, kind] { noteDrafted(GuaranteeActionForm::title(kind)); });
    form->show();
    return form;
}

// The officer's draft is in the outbox; the checker approves it, and the
// window follows the ledger when it does.
void GuaranteeWindow::noteDrafted(const QString &title)
{
    m_drafted = true;
    for (QPushButton *button : m_actions)
        button->setEnabled(false);
    m_ui->gtActionMessageLabel->setText(
        tr("\"%1\" drafted: it waits for a checker of your bank in Approvals.").arg(title));
}

void GuaranteeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (GuaranteeSheetModel *sheet : m_sheets)
            sheet->retranslate();
        refreshHeader();
        refreshActions();
    }
    QWidget::changeEvent(event);
}

void GuaranteeWindow::printGuarantee()
{
    ListExport::printDocument(
        this, m_session, QStringLiteral("gtDocumentSaveDialog"), tr("Guarantee %1").arg(m_guaranteeNo),
        tr("Guarantee %1.pdf").arg(m_guaranteeNo),
        [this](const QDate &today) {
            return m_record ? models::GuaranteeDocument::html(*m_record, m_session.identity().mspId, today) : QString();
        },
        [this](const QString &path, const QString &error) {
            m_ui->gtActionMessageLabel->setText(ListExport::resultText(path, error));
            Q_EMIT printed(path, error);
        });
}

} // namespace lx::ui
