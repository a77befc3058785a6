#include "ui/lc/LcListPage.h"

#include "ui_LcListPage.h"

#include "models/BusinessDays.h"
#include "models/LocalBook.h"
#include "models/Money.h"
#include "models/SessionModel.h"
#include "models/lc/LcListModel.h"
#include "models/lc/LcText.h"
#include "ui/lc/LcDetailWindow.h"
#include "ui/lc/LcIssueForm.h"
#include "ui/shell/FormWindow.h"
#include "ui/shell/ListExport.h"
#include "ui/shell/WindowKeys.h"

#include "lianxin/lc.pb.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace lx::ui {

using models::LcListModel;

namespace {
// The date edits' "no bound" value, shown as the special text.
const QDate kNoDate(2000, 1, 1);
} // namespace

LcListPage::LcListPage(
    models::SessionModel &session, models::LocalBook &book, models::BookReader &reader, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LcListPage>())
    , m_session(session)
    , m_book(book)
    , m_model(new LcListModel(reader, this))
    , m_reader(reader)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("lettersOfCreditPage"));
    for (QDateEdit *edit : { m_ui->lcIssuedFromEdit, m_ui->lcIssuedToEdit }) {
        edit->setMinimumDate(kNoDate);
        edit->setDate(kNoDate);
        letTabLeave(edit);
    }
    nameDateEditors();
    fillCombos();
    m_ui->lcTable->setModel(m_model);
    m_ui->lcTable->setSortingEnabled(true);
    m_ui->lcTable->horizontalHeader()->setSortIndicator(LcListModel::IssueDateColumn, Qt::DescendingOrder);
    // The codes, states, figures and dates as wide as their longest text
    // (fitColumns); the parties and the banks share the rest: the table
    // fills its width and needs no sideways scrolling. Not ResizeToContents:
    // it asks every row of the model, and the model reads the whole book
    // page by page to answer (2,081 reads and 75 MB more at 100,000 L/Cs).
    QHeaderView *header = m_ui->lcTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : { LcListModel::ApplicantColumn, LcListModel::BeneficiaryColumn, LcListModel::IssuingBankColumn,
             LcListModel::AdvisingBankColumn })
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    fitColumns();

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(kFilterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &LcListPage::applyFilter);
    const auto later = [this] { m_filterDelay.start(); };
    connect(m_ui->lcSearchEdit, &QLineEdit::textChanged, this, later);
    connect(m_ui->lcAmountMinEdit, &QLineEdit::textChanged, this, later);
    connect(m_ui->lcAmountMaxEdit, &QLineEdit::textChanged, this, later);
    connect(m_ui->lcStateCombo, &QComboBox::currentIndexChanged, this, &LcListPage::applyFilter);
    connect(m_ui->lcCounterpartyCombo, &QComboBox::currentIndexChanged, this, &LcListPage::applyFilter);
    connect(m_ui->lcIssuedFromEdit, &QDateEdit::dateChanged, this, later);
    connect(m_ui->lcIssuedToEdit, &QDateEdit::dateChanged, this, later);
    connect(m_ui->lcClearFiltersButton, &QPushButton::clicked, this, &LcListPage::clearFilters);

    connect(m_ui->lcNewButton, &QPushButton::clicked, this, &LcListPage::openIssueForm);
    connect(m_ui->lcExportCsvButton, &QPushButton::clicked, this, [this] { exportList(models::ExportFormat::Csv); });
    connect(m_ui->lcExportPdfButton, &QPushButton::clicked, this, [this] { exportList(models::ExportFormat::Pdf); });
    connect(m_ui->lcTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString lcNo = index.data(LcListModel::LcNoRole).toString();
        if (!lcNo.isEmpty())
            openDetail(lcNo);
    });
    connect(&session, &models::SessionModel::identityChanged, this, &LcListPage::refreshActions);
    connect(&book, &models::LocalBook::bookChanged, m_model, &LcListModel::refresh);
    connect(m_model, &LcListModel::totalChanged, this, &LcListPage::refreshCount);
    connect(m_model, &LcListModel::loadingChanged, this, &LcListPage::refreshCount);
    refreshCount();
    refreshActions();
}

LcListPage::~LcListPage()
{
    delete m_issueWindow;
    for (auto &[lcNo, window] : m_details)
        delete window.data();
}

LcDetailWindow *LcListPage::openDetail(const QString &lcNo)
{
    QPointer<LcDetailWindow> &window = m_details[lcNo];
    if (!window)
        window = new LcDetailWindow(lcNo, m_session, m_book, m_reader);
    bringToFront(window);
    return window;
}

// Every matching L/C, not only the pages on screen: the model reads and
// formats them on the reader's thread.
void LcListPage::exportList(models::ExportFormat format)
{
    ListExport::exportList(
        this, m_session, format, tr("Letters of credit"), filtersApplied(),
        [this](std::function<void(models::ExportTable)> deliver) {
            m_model->readAllDisplayed(this, std::move(deliver), [this](const QString &message) {
                m_ui->lcExportResultLabel->setText(ListExport::resultText({}, message));
                Q_EMIT exported({}, message);
            });
        },
        [this](const QString &path, const QString &error) {
            m_ui->lcExportResultLabel->setText(ListExport::resultText(path, error));
            Q_EMIT exported(path, error);
        });
}

QStringList LcListPage::filtersApplied() const
{
    QStringList filters;
    const auto add = [&filters](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            filters << label + QStringLiteral(": ") + value.trimmed();
    };
    add(tr("Search"), m_ui->lcSearchEdit->text());
    if (m_ui->lcStateCombo->currentIndex() > 0)
        add(tr("State"), m_ui->lcStateCombo->currentText());
    if (m_ui->lcCounterpartyCombo->currentIndex() > 0)
        add(tr("Counterparty"), m_ui->lcCounterpartyCombo->currentText());
    add(tr("Amount from"), m_ui->lcAmountMinEdit->text());
    add(tr("Amount to"), m_ui->lcAmountMaxEdit->text());
    return filters;
}

// Only a bank's officer drafts L/Cs (the maker); checkers approve, managers
// and the regulator read.
void LcListPage::refreshActions()
{
    const bool maker = m_session.isSignedIn() && m_session.identity().isMaker();
    m_ui->lcNewButton->setVisible(maker);
    if (!maker && m_issueWindow)
        m_issueWindow->hide();
}

void LcListPage::openIssueForm()
{
    if (!m_issueWindow) {
        m_issueForm = new LcIssueForm;
        m_issueWindow = formWindow(QStringLiteral("lcIssueWindow"), m_issueForm, QSize(900, 760));
        connect(m_issueForm, &LcIssueForm::issueRequested, this, &LcListPage::submitIssue);
    }
    prepareIssueForm();
    bringToFront(m_issueWindow);
}

// The counterparties and the issuing bank in the current language, and
// today by the session's clock.
void LcListPage::prepareIssueForm()
{
    QList<LcIssueForm::MemberBank> banks;
    for (const QString &msp : models::LcText::memberBanks())
        banks.append({ msp, models::LcText::bankName(msp) });
    m_issueForm->setMemberBanks(banks);
    m_issueForm->setIssuingBank(m_session.identity().mspId);
    m_issueForm->setToday(models::LcText::dateOfDay(models::chinaToday(m_session.clock())));
    m_issueWindow->setWindowTitle(
        tr("New letter of credit — %1").arg(models::LcText::bankName(m_session.identity().mspId)));
}

// The form checked the terms; the draft is signed and stored in the outbox,
// and the sender takes it to the ledger for the checker.
void LcListPage::submitIssue(const lianxin::lc::LetterOfCredit &lc)
{
    lianxin::lc::LcAction action;
    *action.mutable_issue()->mutable_lc() = lc;
    m_book.submitDraft(action);
    m_issueForm->clear();
    m_issueWindow->hide();
}

// The fixed columns as wide as the longest text they can hold in this
// language (a number, the longest state, the largest amount, a date) or
// their title, whichever is wider.
void LcListPage::fitColumns()
{
    const QFontMetrics metrics(m_ui->lcTable->font());
    const QFontMetrics titles(m_ui->lcTable->horizontalHeader()->font());
    QStringList states;
    for (int s = lianxin::lc::LetterOfCredit::ISSUED; s <= lianxin::lc::LetterOfCredit::CLOSED; ++s)
        states << models::LcText::stateName(s);
    const QString date = models::LcText::dateText(models::LcText::dayOfDate(QDate(2026, 12, 30)));
    const std::pair<int, QStringList> widest[] = {
        { LcListModel::LcNoColumn, { QStringLiteral("HX2026LC000000") } },
        { LcListModel::StateColumn, states },
        { LcListModel::AmountColumn, { models::LcText::money(99'999'999'999) } },
        { LcListModel::IssueDateColumn, { date } },
        { LcListModel::ExpiryDateColumn, { date } },
        { LcListModel::NextDeadlineColumn, { date } },
    };
    constexpr int kPadding = 24; // the cell's margins and the sort arrow
    for (const auto &[column, texts] : widest) {
        int width = titles.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        m_ui->lcTable->horizontalHeader()->resizeSection(column, width + kPadding);
    }
}

// The date edits' inner line edits take the focus: screen readers name them.
void LcListPage::nameDateEditors()
{
    for (QDateEdit *edit : { m_ui->lcIssuedFromEdit, m_ui->lcIssuedToEdit }) {
        if (auto *line = edit->findChild<QLineEdit *>())
            line->setAccessibleName(edit->accessibleName());
    }
}

void LcListPage::fillCombos()
{
    const int state = m_ui->lcStateCombo->currentIndex();
    m_ui->lcStateCombo->blockSignals(true);
    m_ui->lcStateCombo->clear();
    m_ui->lcStateCombo->addItem(tr("All states"), 0);
    for (int s = lianxin::lc::LetterOfCredit::ISSUED; s <= lianxin::lc::LetterOfCredit::CLOSED; ++s)
        m_ui->lcStateCombo->addItem(models::LcText::stateName(s), s);
    m_ui->lcStateCombo->setCurrentIndex(std::max(0, state));
    m_ui->lcStateCombo->blockSignals(false);

    const int bank = m_ui->lcCounterpartyCombo->currentIndex();
    m_ui->lcCounterpartyCombo->blockSignals(true);
    m_ui->lcCounterpartyCombo->clear();
    m_ui->lcCounterpartyCombo->addItem(tr("All banks"), QString());
    for (const QString &msp : models::LcText::memberBanks())
        m_ui->lcCounterpartyCombo->addItem(models::LcText::bankName(msp), msp);
    m_ui->lcCounterpartyCombo->setCurrentIndex(std::max(0, bank));
    m_ui->lcCounterpartyCombo->blockSignals(false);

    for (QDateEdit *edit : { m_ui->lcIssuedFromEdit, m_ui->lcIssuedToEdit })
        edit->setSpecialValueText(tr("any date"));
}

void LcListPage::applyFilter()
{
    m_filterDelay.stop();
    cache::LcFilter filter;
    filter.text = m_ui->lcSearchEdit->text().trimmed().toStdString();
    if (const int state = m_ui->lcStateCombo->currentData().toInt(); state > 0)
        filter.states = { state };
    filter.counterpartyBank = m_ui->lcCounterpartyCombo->currentData().toString().toStdString();
    if (m_ui->lcIssuedFromEdit->date() != kNoDate)
        filter.issuedFrom = models::LcText::dayOfDate(m_ui->lcIssuedFromEdit->date());
    if (m_ui->lcIssuedToEdit->date() != kNoDate)
        filter.issuedTo = models::LcText::dayOfDate(m_ui->lcIssuedToEdit->date());
    QStringList errors;
    const auto amount = [&](QLineEdit *edit, std::optional<std::int64_t> &bound) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            return;
        const models::MoneyParse parsed = models::Money::parse(text, QLocale());
        if (parsed.money)
            bound = parsed.money->fen();
        else
            errors.append(parsed.error);
    };
    amount(m_ui->lcAmountMinEdit, filter.amountMinFen);
    amount(m_ui->lcAmountMaxEdit, filter.amountMaxFen);
    if (filter.amountMinFen && filter.amountMaxFen && *filter.amountMinFen > *filter.amountMaxFen)
        errors.append(tr("The minimum amount is above the maximum."));
    if (filter.issuedFrom && filter.issuedTo && *filter.issuedFrom > *filter.issuedTo)
        errors.append(tr("The first issue date is after the last."));
    m_ui->lcFilterErrorLabel->setText(errors.join(QLatin1Char(' ')));
    m_ui->lcFilterErrorLabel->setVisible(!errors.isEmpty());
    if (errors.isEmpty())
        m_model->setFilter(filter);
}

void LcListPage::clearFilters()
{
    for (QLineEdit *edit : { m_ui->lcSearchEdit, m_ui->lcAmountMinEdit, m_ui->lcAmountMaxEdit })
        edit->clear();
    m_ui->lcStateCombo->setCurrentIndex(0);
    m_ui->lcCounterpartyCombo->setCurrentIndex(0);
    m_ui->lcIssuedFromEdit->setDate(kNoDate);
    m_ui->lcIssuedToEdit->setDate(kNoDate);
    applyFilter();
}

void LcListPage::search(const QString &text)
{
    clearFilters();
    m_ui->lcSearchEdit->setText(text);
    applyFilter();
}

void LcListPage::refreshCount()
{
    const qint64 total = m_model->totalMatching();
    QString text;
    if (total < 0)
        text = tr("Counting…");
    else
        text = tr("%n L/C(s)", nullptr, static_cast<int>(std::min<qint64>(total, INT_MAX)));
    m_ui->lcCountLabel->setText(text);
}

void LcListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameDateEditors();
        fillCombos();
        m_model->retranslate();
        fitColumns();
        refreshCount();
        if (m_issueForm)
            prepareIssueForm();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
