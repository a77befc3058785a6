#include "ui/lc/LcIssueForm.h"

#include "ui_LcIssueForm.h"

#include "models/Money.h"
#include "models/lc/RequiredDocumentsModel.h"

#include <QDateTime>
#include <QEvent>

namespace lx::ui {

using lianxin::lc::LetterOfCredit;
using lianxin::lc::PaymentTerm;
using models::LcTermsCheck;

namespace {

std::string trimmed(const QString &text)
{
    return text.trimmed().toStdString();
}

} // namespace

LcIssueForm::LcIssueForm(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::LcIssueForm>())
{
    m_ui->setupUi(this);
    // The contract's "today" is the date in China (UTC+8) whatever the
    // machine's zone; the caller normally sets it from its clock.
    m_today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();
    m_ui->advisingBankCombo->addItem(QString());
    m_ui->nominatedBankCombo->addItem(QString());
    connectEdits();
    connect(m_ui->submitButton, &QPushButton::clicked, this, &LcIssueForm::submit);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &LcIssueForm::clear);
    connect(m_ui->latestShipmentCheck, &QCheckBox::toggled, m_ui->latestShipmentDateEdit, &QWidget::setEnabled);
    clear();
}

LcIssueForm::~LcIssueForm() = default;

void LcIssueForm::connectEdits()
{
    for (auto *edit : findChildren<QLineEdit *>()) {
        if (!qobject_cast<QAbstractSpinBox *>(edit->parent())) // spin boxes report through their own signal
            connect(edit, &QLineEdit::textChanged, this, &LcIssueForm::revalidate);
    }
    for (auto *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, &LcIssueForm::revalidate);
    for (auto *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, &LcIssueForm::revalidate);
    for (auto *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &LcIssueForm::revalidate);
    for (auto *date : findChildren<QDateEdit *>())
        connect(date, &QDateEdit::dateChanged, this, &LcIssueForm::revalidate);
    for (auto *check : findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, this, &LcIssueForm::revalidate);
    connect(m_ui->requiredDocumentsEditor, &RequiredDocumentsEditor::changed, this, &LcIssueForm::revalidate);
    connect(m_ui->problemsList, &QListWidget::itemActivated, this, &LcIssueForm::focusProblem);
}

void LcIssueForm::setMemberBanks(const QList<MemberBank> &banks)
{
    m_banks = banks;
    fillBankCombos();
}

void LcIssueForm::setIssuingBank(const QString &mspId)
{
    m_issuingBank = mspId;
    fillBankCombos();
}

void LcIssueForm::setToday(const QDate &today)
{
    if (!today.isValid() || today == m_today)
        return;
    // Dates still on the old "today" were never touched: they follow.
    m_resetting = true;
    for (auto *date : findChildren<QDateEdit *>()) {
        if (date->date() == m_today)
            date->setDate(today);
    }
    m_resetting = false;
    m_today = today;
    retranslate();
    revalidate();
}

void LcIssueForm::fillBankCombos()
{
    const bool resetting = m_resetting;
    m_resetting = true;
    for (QComboBox *combo : { m_ui->advisingBankCombo, m_ui->nominatedBankCombo }) {
        const QString chosen = combo->currentData().toString();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const MemberBank &bank : m_banks) {
            if (bank.mspId != m_issuingBank)
                combo->addItem(bank.name, bank.mspId);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    m_resetting = resetting;
    retranslate();
    revalidate();
}

LetterOfCredit LcIssueForm::letterOfCredit() const
{
    LetterOfCredit lc;
    lc.set_lc_no(trimmed(m_ui->lcNoEdit->text()));
    lc.set_irrevocable(true); // a domestic L/C is irrevocable; the form offers no other kind
    *lc.mutable_issue_date() = LcTermsCheck::protoDate(m_today); // the contract sets the day of approval
    auto fillParty = [](lianxin::lc::Party *party, const QLineEdit *name, const QLineEdit *uscc,
                         const QLineEdit *account, const QLineEdit *bank, const QLineEdit *address) {
        party->set_name(trimmed(name->text()));
        party->set_uscc(trimmed(uscc->text().toUpper()));
        party->set_account_no(trimmed(account->text()));
        party->set_account_bank(trimmed(bank->text()));
        party->set_address(trimmed(address->text()));
    };
    fillParty(lc.mutable_applicant(), m_ui->applicantNameEdit, m_ui->applicantUsccEdit, m_ui->applicantAccountNoEdit,
        m_ui->applicantAccountBankEdit, m_ui->applicantAddressEdit);
    fillParty(lc.mutable_beneficiary(), m_ui->beneficiaryNameEdit, m_ui->beneficiaryUsccEdit,
        m_ui->beneficiaryAccountNoEdit, m_ui->beneficiaryAccountBankEdit, m_ui->beneficiaryAddressEdit);
    lc.set_issuing_bank_msp(m_issuingBank.toStdString());
    lc.set_advising_bank_msp(m_ui->advisingBankCombo->currentData().toString().toStdString());
    lc.set_nominated_bank_msp(m_ui->nominatedBankCombo->currentData().toString().toStdString());

    lc.set_currency(m_ui->currencyCombo->currentText().toStdString());
    const auto amount = models::Money::parse(m_ui->amountEdit->text(), locale());
    if (amount.money) {
        lc.set_amount_fen(amount.money->fen());
        if (amount.money->fen() > 0)
            lc.set_amount_in_words(LcTermsCheck::amountInWords(amount.money->fen()).toStdString());
    }
    lc.mutable_tolerance()->set_plus_percent(m_ui->tolerancePlusSpin->value());
    lc.mutable_tolerance()->set_minus_percent(m_ui->toleranceMinusSpin->value());

    *lc.mutable_expiry_date() = LcTermsCheck::protoDate(m_ui->expiryDateEdit->date());
    lc.set_expiry_place(trimmed(m_ui->expiryPlaceEdit->text()));
    if (m_ui->latestShipmentCheck->isChecked())
        *lc.mutable_latest_shipment_date() = LcTermsCheck::protoDate(m_ui->latestShipmentDateEdit->date());
    lc.set_presentation_period_days(m_ui->presentationPeriodSpin->value());

    // The payment, maturity and charges combo boxes list their choices in
    // the order of the proto enums (0 = "Choose…" = unspecified).
    auto *term = lc.mutable_payment_term();
    term->set_kind(static_cast<PaymentTerm::Kind>(m_ui->paymentKindCombo->currentIndex()));
    if (term->kind() == PaymentTerm::DEFERRED) {
        term->set_basis(static_cast<PaymentTerm::MaturityBasis>(m_ui->maturityBasisCombo->currentIndex()));
        if (term->basis() == PaymentTerm::FIXED_DATE)
            *term->mutable_fixed_maturity() = LcTermsCheck::protoDate(m_ui->fixedMaturityDateEdit->date());
        else if (term->basis() != PaymentTerm::BASIS_UNSPECIFIED)
            term->set_days(m_ui->maturityDaysSpin->value());
    }
    lc.mutable_charges()->set_bearer(static_cast<lianxin::lc::Charges::Bearer>(m_ui->chargesCombo->currentIndex()));
    lc.mutable_charges()->set_details(trimmed(m_ui->chargesDetailsEdit->text()));

    lc.set_services(m_ui->goodsOrServicesCombo->currentIndex() == 1);
    lc.set_goods_description(trimmed(m_ui->goodsDescriptionEdit->toPlainText()));
    lc.set_shipment_from(trimmed(m_ui->shipmentFromEdit->text()));
    lc.set_shipment_to(trimmed(m_ui->shipmentToEdit->text()));
    lc.set_partial_shipments_allowed(m_ui->partialShipmentsCheck->isChecked());
    lc.set_transhipment_allowed(m_ui->transhipmentCheck->isChecked());
    for (const auto &doc : m_ui->requiredDocumentsEditor->documents())
        *lc.add_required_documents() = doc;
    lc.set_additional_conditions(trimmed(m_ui->additionalConditionsEdit->toPlainText()));
    return lc;
}

void LcIssueForm::clear()
{
    m_resetting = true;
    for (auto *edit : findChildren<QLineEdit *>()) {
        if (!qobject_cast<QAbstractSpinBox *>(edit->parent()))
            edit->clear();
    }
    for (auto *edit : findChildren<QPlainTextEdit *>())
        edit->clear();
    for (auto *spin : findChildren<QSpinBox *>())
        spin->setValue(0);
    for (auto *check : findChildren<QCheckBox *>())
        check->setChecked(false);
    for (QComboBox *combo : { m_ui->advisingBankCombo, m_ui->nominatedBankCombo, m_ui->currencyCombo,
             m_ui->paymentKindCombo, m_ui->maturityBasisCombo, m_ui->chargesCombo, m_ui->goodsOrServicesCombo })
        combo->setCurrentIndex(0);
    // Dates start on today: an expiry date the officer has not moved is
    // flagged as not after the issue date.
    for (auto *date : findChildren<QDateEdit *>())
        date->setDate(m_today);
    m_ui->requiredDocumentsEditor->clear();
    m_resetting = false;
    revalidate();
}

void LcIssueForm::submit()
{
    revalidate();
    if (!m_problems.isEmpty())
        return;
    Q_EMIT issueRequested(letterOfCredit());
}

void LcIssueForm::updatePaymentFields()
{
    const bool deferred = m_ui->paymentKindCombo->currentIndex() == PaymentTerm::DEFERRED;
    const int basis = m_ui->maturityBasisCombo->currentIndex();
    m_ui->maturityBasisCombo->setEnabled(deferred);
    m_ui->maturityDaysSpin->setEnabled(
        deferred && basis != PaymentTerm::BASIS_UNSPECIFIED && basis != PaymentTerm::FIXED_DATE);
    m_ui->fixedMaturityDateEdit->setEnabled(deferred && basis == PaymentTerm::FIXED_DATE);
}

void LcIssueForm::retranslate()
{
    QString issuingName = m_issuingBank;
    for (const MemberBank &bank : m_banks) {
        if (bank.mspId == m_issuingBank)
            issuingName = bank.name;
    }
    m_ui->issuingBankLabel->setText(
        tr("Issuing bank: %1").arg(issuingName.isEmpty() ? tr("(not signed in)") : issuingName));
    m_ui->issueDateLabel->setText(tr("Issue date: %1").arg(m_today.toString(Qt::ISODate)));
    m_ui->advisingBankCombo->setItemText(0, tr("Choose…"));
    m_ui->nominatedBankCombo->setItemText(0, tr("None (available with the advising bank)"));
}

void LcIssueForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        revalidate(); // the reasons are described anew in the new language
    } else if (event->type() == QEvent::LocaleChange) {
        revalidate(); // the amount is read in the new locale
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
