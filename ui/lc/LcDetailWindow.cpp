#include "ui/lc/LcDetailWindow.h"

#include "ui_LcDetailWindow.h"

#include "crypto/Bytes.h"
#include "models/BookReader.h"
#include "models/LocalBook.h"
#include "models/Money.h"
#include "models/SessionModel.h"
#include "models/TradeDocuments.h"
#include "models/lc/DocumentCheck.h"
#include "models/lc/LcDetailRecord.h"
#include "models/lc/LcSheetModel.h"
#include "models/lc/LcText.h"
#include "models/lc/TimelineSignatures.h"
#include "ui/shell/ListExport.h"
#include "ui/shell/WindowKeys.h"

#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

namespace lx::ui {

using models::LcSheetModel;

struct LcDetailWindow::Record : models::LcDetailRecord
{
};

LcDetailWindow::LcDetailWindow(const QString &lcNo, models::SessionModel &session, models::LocalBook &book,
    models::BookReader &reader, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::LcDetailWindow>())
    , m_lcNo(lcNo)
    , m_session(session)
    , m_book(book)
    , m_reader(reader)
{
    m_ui->setupUi(this);
    installWindowKeys(this);
    setObjectName(QStringLiteral("lcDetailWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    QTableView *const views[] = { m_ui->lcTermsTable, m_ui->lcAmendmentsTable, m_ui->lcPresentationsTable,
        m_ui->lcDocumentsTable, m_ui->lcTimelineTable };
    const LcSheetModel::Sheet kinds[] = { LcSheetModel::Sheet::Terms, LcSheetModel::Sheet::Amendments,
        LcSheetModel::Sheet::Presentations, LcSheetModel::Sheet::Documents, LcSheetModel::Sheet::Timeline };
    for (int i = 0; i < 5; ++i) {
        auto *model = new LcSheetModel(kinds[i], this);
        m_sheets.push_back(model);
        views[i]->setModel(model);
        views[i]->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        views[i]->horizontalHeader()->setStretchLastSection(true);
        views[i]->setWordWrap(false);
    }
    m_ui->lcActionsRow->setStretch(0, 1); // the message takes the room, the buttons their size
    buildDocumentChecks();
    connect(m_ui->lcPrintAdviceButton, &QPushButton::clicked, this, &LcDetailWindow::printAdvice);
    connect(&book, &models::LocalBook::bookChanged, this, &LcDetailWindow::reload);
    connect(&session, &models::SessionModel::identityChanged, this, &QWidget::close);
    reload();
}

LcDetailWindow::~LcDetailWindow() = default;

LcSheetModel &LcDetailWindow::sheet(int tab) const
{
    return *m_sheets.at(static_cast<std::size_t>(tab));
}

QPushButton *LcDetailWindow::actionButton(const QString &key) const
{
    for (QPushButton *button : m_actions) {
        if (button->property("actionKey").toString() == key)
            return button;
    }
    return nullptr;
}

void LcDetailWindow::printAdvice()
{
    ListExport::printDocument(
        this, m_session, QStringLiteral("lcAdviceSaveDialog"), tr("Advice of L/C %1").arg(m_lcNo),
        tr("Advice %1.pdf").arg(m_lcNo),
        [this](const QDate &today) {
            return m_record ? models::LcAdvice::html(*m_record, m_session.identity().mspId, today) : QString();
        },
        [this](const QString &path, const QString &error) {
            m_ui->lcActionMessageLabel->setText(ListExport::resultText(path, error));
            Q_EMIT printed(path, error);
        });
}

void LcDetailWindow::reload()
{
    m_reader.read<Record>(
        this,
        [lcNo = m_lcNo.toStdString(), bank = m_session.identity().mspId.toStdString()](
            sqlite3 *db) { return Record { models::LcDetailRecord::read(db, lcNo, bank) }; },
        [this](Record record) { showRecord(record); },
        [this](const QString &message) {
            m_ui->lcActionMessageLabel->setText(tr("The L/C cannot be read from the cache: %1").arg(message));
        });
}

void LcDetailWindow::showRecord(const Record &record)
{
    const bool changed = !m_record || !record.lc || !m_record->lc
        || m_record->lc->SerializeAsString() != record.lc->SerializeAsString();
    m_record = std::make_unique<Record>(record);
    // One draft at a time: while one waits for the checker (or is still on
    // its way there) the actions stay off; a returned or approved draft
    // turns them back on.
    m_drafted = record.pendingDraft || (m_drafted && !changed && m_book.pendingActions() > 0);
    if (record.pendingDraft)
        m_ui->lcActionMessageLabel->setText(tr("A draft on this L/C awaits approval by a checker of your bank."));
    else if (!m_drafted)
        m_ui->lcActionMessageLabel->clear();
    if (record.lc) {
        for (LcSheetModel *sheet : m_sheets)
            sheet->setRecord(*record.lc, record.timeline);
        if (changed)
            verifySignatures(record.timeline);
    }
    refreshHeader();
    refreshActions();
    Q_EMIT loaded();
}

// The ledger's copies of the timeline's transactions, their signers and
// whether the signatures verify: read and checked off the GUI thread.
void LcDetailWindow::verifySignatures(const std::vector<cache::LcTimelineEntry> &timeline)
{
    const auto client = m_session.client();
    if (!client)
        return;
    auto *watcher = new QFutureWatcher<std::map<std::string, models::TxSignatures>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        try {
            m_sheets.back()->setSignatures(watcher->result());
            Q_EMIT signaturesChecked();
        } catch (const std::exception &e) {
            m_ui->lcActionMessageLabel->setText(
                tr("The signatures could not be checked: %1").arg(QString::fromStdString(e.what())));
        }
    });
    watcher->setFuture(QtConcurrent::run([client, timeline] { return models::verifyTimeline(*client, timeline); }));
}

// Under the documents: check the selected one against this bank's copy and
// the notary on the trust channel.
void LcDetailWindow::buildDocumentChecks()
{
    auto *row = new QHBoxLayout;
    m_verifyDocument = new QPushButton(this);
    m_verifyDocument->setObjectName(QStringLiteral("lcDocumentVerifyButton"));
    m_documentResult = new QLabel(this);
    m_documentResult->setObjectName(QStringLiteral("lcDocumentResultLabel"));
    m_documentResult->setWordWrap(true);
    m_saveDocument = new QPushButton(this);
    m_saveDocument->setObjectName(QStringLiteral("lcDocumentSaveButton"));
    row->addWidget(m_verifyDocument);
    row->addWidget(m_saveDocument);
    row->addWidget(m_documentResult, 1);
    m_ui->lcDocumentsLayout->addLayout(row);
    // Made after setupUi: Tab goes from the documents to these, not to the window's end.
    chainTabOrder({ m_ui->lcDocumentsTable, m_verifyDocument, m_saveDocument });
    connect(m_verifyDocument, &QPushButton::clicked, this, &LcDetailWindow::verifyDocument);
    connect(m_saveDocument, &QPushButton::clicked, this, &LcDetailWindow::pickSaveTarget);
    retranslateDocumentChecks();
}

void LcDetailWindow::retranslateDocumentChecks()
{
    m_verifyDocument->setText(tr("Verify the document"));
    m_verifyDocument->setAccessibleName(tr("Verify the selected document against this bank's copy and the notary"));
    m_documentResult->setAccessibleName(tr("Result of the document check"));
    m_saveDocument->setText(tr("Save a copy…"));
    m_saveDocument->setAccessibleName(tr("Save a copy of the selected document"));
}

Bytes LcDetailWindow::selectedDocumentHash() const
{
    const QModelIndexList selected = m_ui->lcDocumentsTable->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? 0 : selected.first().row();
    if (row >= m_sheets[3]->rowCount())
        return {};
    return fromHex(m_sheets[3]->index(row, 3).data(Qt::ToolTipRole).toString().toStdString()).value_or(Bytes());
}

void LcDetailWindow::pickSaveTarget()
{
    // Not exec(): the dialog answers through its signal.
    auto *dialog = new QFileDialog(this, tr("Save a copy of the document"));
    dialog->setObjectName(QStringLiteral("lcDocumentSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QModelIndexList selected = m_ui->lcDocumentsTable->selectionModel()->selectedRows();
    if (m_sheets[3]->rowCount() > 0)
        dialog->selectFile(m_sheets[3]->index(selected.isEmpty() ? 0 : selected.first().row(), 2).data().toString());
    connect(dialog, &QFileDialog::fileSelected, this, &LcDetailWindow::saveDocumentTo);
    dialog->open();
}

void LcDetailWindow::saveDocumentTo(const QString &path)
{
    const Bytes sha256 = selectedDocumentHash();
    if (sha256.empty()) {
        m_documentResult->setText(tr("No document is selected."));
        return;
    }
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_documentResult->setText(watcher->result());
        Q_EMIT documentChecked();
    });
    // Read, checked against its hash, and written off the GUI thread.
    watcher->setFuture(QtConcurrent::run([cache = m_session.localCache(), sha256, path] {
        const models::DocumentCheck check = models::DocumentCheck::run(cache, nullptr, sha256);
        if (!check.content)
            return check.tampered
                ? tr("Not saved: the copy in this bank's cache no longer matches the presented document.")
                : tr("Not saved: this bank's cache holds no copy (the presenting bank keeps the file).");
        QFile file(path);
        const auto size = static_cast<qint64>(check.content->size());
        if (!file.open(QIODevice::WriteOnly) || file.write(check.content->data(), size) != size)
            return tr("The copy could not be written to %1: %2").arg(path, file.errorString());
        return tr("Saved a copy to %1; it matches the presented document.").arg(path);
    }));
}

void LcDetailWindow::verifyDocument()
{
    const Bytes sha256 = selectedDocumentHash();
    if (sha256.empty()) {
        m_documentResult->setText(tr("No document is selected."));
        return;
    }
    m_documentResult->setText(tr("Checking…"));
    m_verifyDocument->setEnabled(false);
    auto *watcher = new QFutureWatcher<models::DocumentCheck>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_verifyDocument->setEnabled(true);
        try {
            m_documentResult->setText(watcher->result().summary());
        } catch (const std::exception &e) {
            m_documentResult->setText(
                tr("The document could not be checked: %1").arg(QString::fromStdString(e.what())));
        }
        Q_EMIT documentChecked();
    });
    watcher->setFuture(QtConcurrent::run([cache = m_session.localCache(), client = m_session.client(), sha256] {
        return models::DocumentCheck::run(cache, client, sha256);
    }));
}

void LcDetailWindow::refreshHeader()
{
    if (!m_record || !m_record->lc) {
        m_ui->lcDetailTitleLabel->setText(m_lcNo);
        m_ui->lcDetailSummaryLabel->setText(tr("This L/C is not in the bank's cache."));
        setWindowTitle(m_lcNo);
        return;
    }
    const auto &lc = *m_record->lc;
    const QString state = models::LcText::stateName(lc.state());
    m_ui->lcDetailTitleLabel->setText(tr("L/C %1 — %2").arg(m_lcNo, state));
    m_ui->lcDetailSummaryLabel->setText(
        tr("%1, issued by %2 for %3, advised through %4; beneficiary %5.")
            .arg(models::LcText::money(lc.amount_fen()),
                models::LcText::bankName(QString::fromStdString(lc.issuing_bank_msp())),
                models::LcText::shown(lc.applicant().name()),
                models::LcText::bankName(QString::fromStdString(lc.advising_bank_msp())),
                models::LcText::shown(lc.beneficiary().name())));
    setWindowTitle(tr("L/C %1").arg(m_lcNo));
}

void LcDetailWindow::refreshActions()
{
    for (QPushButton *button : m_actions)
        button->deleteLater();
    m_actions.clear();
    if (!m_record || !m_record->lc)
        return;
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(m_session.clock()().time_since_epoch()).count();
    for (const models::DeskAction &action : models::availableDeskActions(*m_record->lc, m_session.identity(), now)) {
        auto *button = new QPushButton(action.title, this);
        button->setObjectName(QStringLiteral("lcAction-") + action.key);
        button->setProperty("actionKey", action.key);
        button->setAccessibleName(action.title);
        button->setEnabled(!m_drafted);
        connect(button, &QPushButton::clicked, this, [this, action] { act(action); });
        m_ui->lcActionsRow->addWidget(button);
        m_actions.push_back(button);
    }
    // Actions with particulars to fill in open their form; offered on the
    // same terms (the bank's officer, the contract's dry run).
    const models::BankIdentity &identity = m_session.identity();
    if (!identity.isMaker())
        return;
    static const std::pair<LcActionForm::Kind, const char *> kForms[]
        = { { LcActionForm::Kind::Amend, "amend" }, { LcActionForm::Kind::Present, "present" },
              { LcActionForm::Kind::Examine, "examine" }, { LcActionForm::Kind::Refuse, "refuse" },
              { LcActionForm::Kind::Waive, "waive" }, { LcActionForm::Kind::Cancel, "cancel-with-consent" } };
    for (const auto &[kind, key] : kForms) {
        if (!LcActionForm::offered(kind, *m_record->lc, identity.mspId, now))
            continue;
        auto *button = new QPushButton(tr("%1…").arg(LcActionForm::title(kind)), this);
        button->setObjectName(QStringLiteral("lcForm-") + QLatin1String(key));
        button->setProperty("actionKey", QString(QStringLiteral("form-") + QLatin1String(key)));
        button->setAccessibleName(LcActionForm::title(kind));
        button->setEnabled(!m_drafted);
        connect(button, &QPushButton::clicked, this, [this, kind = kind] { openForm(kind); });
        m_ui->lcActionsRow->addWidget(button);
        m_actions.push_back(button);
    }
}

LcActionForm *LcDetailWindow::openForm(LcActionForm::Kind kind)
{
    if (!m_record || !m_record->lc)
        return nullptr;
    auto *form = new LcActionForm(kind, *m_record->lc, m_session, m_book, this);
    connect(form, &LcActionForm::submitted, this, [this, kind] {
        m_drafted = true;
        for (QPushButton *button : m_actions)
            button->setEnabled(false);
        m_ui->lcActionMessageLabel->setText(
            tr("\"%1\" drafted: it waits for a checker of your bank in Approvals.").arg(LcActionForm::title(kind)));
    });
    form->show();
    return form;
}

// The officer's draft goes to the outbox; the checker approves it, and the
// window follows the ledger when it does.
void LcDetailWindow::act(const models::DeskAction &action)
{
    m_drafted = true;
    for (QPushButton *button : m_actions)
        button->setEnabled(false);
    m_book.submitDraft(action.action);
    m_ui->lcActionMessageLabel->setText(
        tr("\"%1\" drafted: it waits for a checker of your bank in Approvals.").arg(action.title));
}

void LcDetailWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateDocumentChecks();
        for (LcSheetModel *sheet : m_sheets)
            sheet->retranslate();
        refreshHeader();
        refreshActions();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
