#include "ui/guarantee/GuaranteeIssueForm.h"

#include "ui_GuaranteeIssueForm.h"

#include "chaincode/trust/Uscc.h"
#include "models/Money.h"
#include "models/ReasonCatalog.h"
#include "models/guarantee/GuaranteeDeskActions.h"
#include "models/guarantee/GuaranteeText.h"
#include "models/lc/LcTermsCheck.h"

#include <QLocale>

namespace lx::ui {

using lianxin::guarantee::Guarantee;

namespace {

std::optional<std::int64_t> fenOf(const QString &text, QString *error)
{
    const models::MoneyParse parsed = models::Money::parse(text, QLocale());
    if (!parsed.money) {
        if (error)
            *error = parsed.error;
        return std::nullopt;
    }
    return parsed.money->fen();
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

GuaranteeIssueForm::GuaranteeIssueForm(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::GuaranteeIssueForm>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("guaranteeIssueForm"));
    m_ui->gtReductionTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->gtReductionTable->horizontalHeader()->setDefaultSectionSize(180);
    fillCombos();
    const auto revalidate = [this] { validate(); };
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, revalidate);
    for (QDateEdit *edit : { m_ui->gtExpiryDateEdit, m_ui->gtUnderlyingDateEdit })
        connect(edit, &QDateEdit::dateChanged, this, revalidate);
    connect(m_ui->gtTermsEdit, &QPlainTextEdit::textChanged, this, revalidate);
    connect(m_ui->gtReductionTable, &QTableWidget::itemChanged, this, revalidate);
    connect(m_ui->gtReductionAddButton, &QPushButton::clicked, this, [this] {
        m_ui->gtReductionTable->insertRow(m_ui->gtReductionTable->rowCount());
        validate();
    });
    connect(m_ui->gtReductionRemoveButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->gtReductionTable->currentRow();
        m_ui->gtReductionTable->removeRow(row >= 0 ? row : m_ui->gtReductionTable->rowCount() - 1);
        validate();
    });
    connect(m_ui->gtIssueSubmitButton, &QPushButton::clicked, this, &GuaranteeIssueForm::submit);
    connect(m_ui->gtIssueClearButton, &QPushButton::clicked, this, &GuaranteeIssueForm::clear);
    validate();
}

GuaranteeIssueForm::~GuaranteeIssueForm() = default;

void GuaranteeIssueForm::fillCombos()
{
    const int type = m_ui->gtTypeCombo->currentIndex();
    m_ui->gtTypeCombo->blockSignals(true);
    m_ui->gtTypeCombo->clear();
    m_ui->gtTypeCombo->addItem(tr("Choose a type"), 0);
    for (int t = Guarantee::BID; t <= Guarantee::WARRANTY; ++t)
        m_ui->gtTypeCombo->addItem(models::GuaranteeText::typeName(t), t);
    m_ui->gtTypeCombo->setCurrentIndex(std::max(0, type));
    m_ui->gtTypeCombo->blockSignals(false);

    const int expiry = m_ui->gtExpiryTypeCombo->currentIndex();
    m_ui->gtExpiryTypeCombo->blockSignals(true);
    m_ui->gtExpiryTypeCombo->clear();
    for (int t = Guarantee::FIXED_DATE; t <= Guarantee::OPEN; ++t)
        m_ui->gtExpiryTypeCombo->addItem(models::GuaranteeText::expiryTypeName(t), t);
    m_ui->gtExpiryTypeCombo->setCurrentIndex(std::max(0, expiry));
    m_ui->gtExpiryTypeCombo->blockSignals(false);

    const int bank = m_ui->gtAdvisingBankCombo->currentIndex();
    m_ui->gtAdvisingBankCombo->blockSignals(true);
    m_ui->gtAdvisingBankCombo->clear();
    m_ui->gtAdvisingBankCombo->addItem(tr("Choose the advising bank"), QString());
    for (const MemberBank &b : m_banks) {
        if (b.mspId != m_issuer)
            m_ui->gtAdvisingBankCombo->addItem(b.name, b.mspId);
    }
    m_ui->gtAdvisingBankCombo->setCurrentIndex(std::clamp(bank, 0, m_ui->gtAdvisingBankCombo->count() - 1));
    m_ui->gtAdvisingBankCombo->blockSignals(false);
}

void GuaranteeIssueForm::setMemberBanks(const QList<MemberBank> &banks)
{
    m_banks = banks;
    fillCombos();
    validate();
}

void GuaranteeIssueForm::setIssuer(const QString &mspId)
{
    m_issuer = mspId;
    fillCombos();
    validate();
}

void GuaranteeIssueForm::setNow(const QDate &today, std::int64_t nowSeconds)
{
    const bool first = !m_today.isValid();
    m_today = today;
    m_nowSeconds = nowSeconds;
    if (first) {
        m_ui->gtExpiryDateEdit->setDate(today.addYears(1));
        m_ui->gtUnderlyingDateEdit->setDate(today);
    }
    validate();
}

Guarantee GuaranteeIssueForm::guarantee() const
{
    Guarantee g;
    const auto str = [](const QLineEdit *edit) { return edit->text().trimmed().toStdString(); };
    g.set_guarantee_no(str(m_ui->gtGuaranteeNoEdit));
    g.set_type(static_cast<Guarantee::Type>(m_ui->gtTypeCombo->currentData().toInt()));
    g.set_expiry_type(static_cast<Guarantee::ExpiryType>(m_ui->gtExpiryTypeCombo->currentData().toInt()));
    if (g.expiry_type() == Guarantee::FIXED_DATE)
        *g.mutable_expiry_date() = models::LcTermsCheck::protoDate(m_ui->gtExpiryDateEdit->date());
    if (g.expiry_type() == Guarantee::EVENT)
        g.set_expiry_event(str(m_ui->gtExpiryEventEdit));
    g.mutable_applicant()->set_name(str(m_ui->gtApplicantNameEdit));
    g.mutable_applicant()->set_uscc(chaincode::trust::normalizeUscc(str(m_ui->gtApplicantUsccEdit)));
    g.mutable_beneficiary()->set_name(str(m_ui->gtBeneficiaryNameEdit));
    g.mutable_beneficiary()->set_uscc(chaincode::trust::normalizeUscc(str(m_ui->gtBeneficiaryUsccEdit)));
    g.set_issuer_msp(m_issuer.toStdString());
    g.set_advising_bank_msp(m_ui->gtAdvisingBankCombo->currentData().toString().toStdString());
    g.set_currency("CNY");
    g.set_amount_fen(fenOf(m_ui->gtAmountEdit->text(), nullptr).value_or(0));
    g.mutable_underlying()->set_reference(str(m_ui->gtUnderlyingReferenceEdit));
    *g.mutable_underlying()->mutable_date() = models::LcTermsCheck::protoDate(m_ui->gtUnderlyingDateEdit->date());
    g.mutable_underlying()->set_description(str(m_ui->gtUnderlyingDescriptionEdit));
    const QTableWidget *table = m_ui->gtReductionTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString date = cell(table, row, 0);
        const QString amount = cell(table, row, 1);
        if (date.isEmpty() && amount.isEmpty())
            continue;
        auto *step = g.add_reduction_schedule();
        *step->mutable_date() = models::LcTermsCheck::protoDate(QDate::fromString(date, Qt::ISODate));
        step->set_amount_fen(fenOf(amount, nullptr).value_or(0));
    }
    g.set_terms(m_ui->gtTermsEdit->toPlainText().trimmed().toStdString());
    return g;
}

QString GuaranteeIssueForm::parseProblem() const
{
    QString error;
    if (!m_ui->gtAmountEdit->text().trimmed().isEmpty() && !fenOf(m_ui->gtAmountEdit->text(), &error))
        return tr("Amount: %1").arg(error);
    const QTableWidget *table = m_ui->gtReductionTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString date = cell(table, row, 0);
        const QString amount = cell(table, row, 1);
        if (date.isEmpty() && amount.isEmpty())
            continue;
        if (!QDate::fromString(date, Qt::ISODate).isValid())
            return tr("Reduction clause %1: write the date as yyyy-mm-dd.").arg(row + 1);
        if (!fenOf(amount, &error))
            return tr("Reduction clause %1: %2").arg(row + 1).arg(error);
    }
    for (const auto &[edit, role] : { std::pair { m_ui->gtApplicantUsccEdit, tr("Applicant") },
             std::pair { m_ui->gtBeneficiaryUsccEdit, tr("Beneficiary") } }) {
        const std::string code = chaincode::trust::normalizeUscc(edit->text().toStdString());
        if (code.empty())
            continue;
        const auto check = chaincode::trust::checkUscc(code);
        if (!check)
            return tr("%1's credit code: %2")
                .arg(role,
                    models::ReasonCatalog::describe(
                        QString::fromStdString(check.reasonCode), QString::fromStdString(check.message)));
    }
    return {};
}

void GuaranteeIssueForm::validate()
{
    m_ui->gtExpiryDateEdit->setEnabled(m_ui->gtExpiryTypeCombo->currentData().toInt() == Guarantee::FIXED_DATE);
    m_ui->gtExpiryEventEdit->setEnabled(m_ui->gtExpiryTypeCombo->currentData().toInt() == Guarantee::EVENT);
    m_problem = parseProblem();
    if (m_problem.isEmpty()) {
        lianxin::guarantee::GtAction action;
        *action.mutable_issue()->mutable_guarantee() = guarantee();
        m_problem = models::guaranteeRejection(Guarantee(), action, m_issuer, m_nowSeconds);
    }
    m_ui->gtIssueProblemLabel->setText(m_problem);
    m_ui->gtIssueSubmitButton->setEnabled(m_problem.isEmpty());
}

void GuaranteeIssueForm::submit()
{
    validate();
    if (m_problem.isEmpty())
        Q_EMIT issueRequested(guarantee());
}

void GuaranteeIssueForm::clear()
{
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (!qobject_cast<QDateEdit *>(edit->parentWidget()))
            edit->clear();
    }
    m_ui->gtTermsEdit->clear();
    m_ui->gtReductionTable->setRowCount(0);
    m_ui->gtTypeCombo->setCurrentIndex(0);
    m_ui->gtExpiryTypeCombo->setCurrentIndex(0);
    m_ui->gtAdvisingBankCombo->setCurrentIndex(0);
    if (m_today.isValid()) {
        m_ui->gtExpiryDateEdit->setDate(m_today.addYears(1));
        m_ui->gtUnderlyingDateEdit->setDate(m_today);
    }
    validate();
}

void GuaranteeIssueForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        validate();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
