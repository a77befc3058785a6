// The form's instant check: the contract's validators on every edit, each
// problem listed under the form and marked on the fields it concerns.
#include "ui_LcIssueForm.h"

#include "models/Money.h"
#include "ui/lc/LcIssueForm.h"

#include <QTableView>

namespace lx::ui {

using models::LcTermProblem;
using models::LcTermsCheck;

namespace {

const char *const kProblemProperty = "termProblem";
const QColor kProblemTint(0xFF, 0xE4, 0xE1); // a light red a colour-blind reader still sees as a change

} // namespace

void LcIssueForm::revalidate()
{
    if (m_resetting)
        return;
    updatePaymentFields();
    const lianxin::lc::LetterOfCredit lc = letterOfCredit();
    m_ui->amountInWordsLabel->setText(QString::fromStdString(lc.amount_in_words()));
    m_problems = LcTermsCheck::check(lc, m_today);

    // An amount the locale cannot read exactly is reported as such rather
    // than as the zero the validators see.
    const QString amountText = m_ui->amountEdit->text();
    const auto amount = models::Money::parse(amountText, locale());
    if (!amount.money && !amountText.trimmed().isEmpty()) {
        m_problems.removeIf([](const LcTermProblem &p) { return p.field == QLatin1String("amount_fen"); });
        m_problems.prepend(
            LcTermProblem { QStringLiteral("amount_fen"), QStringLiteral("AMOUNT_UNREADABLE"), amount.error });
    }
    showProblems();
}

void LcIssueForm::showProblems()
{
    unmarkFields();
    m_ui->problemsList->clear();
    for (const LcTermProblem &problem : std::as_const(m_problems)) {
        auto *item = new QListWidgetItem(fieldTitle(problem.field) + QStringLiteral(": ") + problem.sentence);
        item->setData(Qt::UserRole, problem.field);
        item->setData(Qt::UserRole + 1, problem.reasonCode);
        m_ui->problemsList->addItem(item);
        markField(problem);
    }
    m_ui->problemsCaption->setText(m_problems.isEmpty()
            ? tr("Nothing to correct: the terms pass the contract's checks.")
            : tr("To correct before submitting (%n):", nullptr, int(m_problems.size())));
    m_ui->submitButton->setEnabled(m_problems.isEmpty());
}

void LcIssueForm::markField(const LcTermProblem &problem)
{
    for (QWidget *widget : widgetsFor(problem.field)) {
        if (m_marked.contains(widget)) {
            widget->setToolTip(widget->toolTip() + QLatin1Char('\n') + problem.sentence);
        } else {
            widget->setToolTip(problem.sentence);
            QPalette tinted = widget->palette();
            tinted.setColor(QPalette::Base, kProblemTint);
            widget->setPalette(tinted);
            m_marked.append(widget);
        }
        widget->setProperty(kProblemProperty, true);
        widget->setAccessibleDescription(widget->toolTip());
    }
}

void LcIssueForm::unmarkFields()
{
    for (QWidget *widget : std::as_const(m_marked)) {
        widget->setProperty(kProblemProperty, false);
        widget->setToolTip(QString());
        widget->setAccessibleDescription(QString());
        widget->setPalette(QPalette());
    }
    m_marked.clear();
}

QList<QWidget *> LcIssueForm::widgetsFor(const QString &field) const
{
    // The contract names "applicant" for an incomplete party: mark what is empty.
    auto emptyOf = [](std::initializer_list<QLineEdit *> edits) {
        QList<QWidget *> out;
        for (QLineEdit *edit : edits) {
            if (edit->text().trimmed().isEmpty())
                out.append(edit);
        }
        return out;
    };
    if (field == QLatin1String("lc_no"))
        return { m_ui->lcNoEdit };
    if (field == QLatin1String("applicant"))
        return emptyOf({ m_ui->applicantNameEdit, m_ui->applicantAccountNoEdit, m_ui->applicantAccountBankEdit });
    if (field == QLatin1String("applicant.uscc"))
        return { m_ui->applicantUsccEdit };
    if (field == QLatin1String("beneficiary"))
        return emptyOf({ m_ui->beneficiaryNameEdit, m_ui->beneficiaryAccountNoEdit, m_ui->beneficiaryAccountBankEdit });
    if (field == QLatin1String("beneficiary.uscc"))
        return { m_ui->beneficiaryUsccEdit };
    if (field == QLatin1String("advising_bank_msp"))
        return { m_ui->advisingBankCombo };
    if (field == QLatin1String("currency"))
        return { m_ui->currencyCombo };
    if (field == QLatin1String("amount_fen"))
        return { m_ui->amountEdit };
    if (field == QLatin1String("tolerance"))
        return { m_ui->tolerancePlusSpin, m_ui->toleranceMinusSpin };
    if (field == QLatin1String("expiry_date"))
        return { m_ui->expiryDateEdit };
    if (field == QLatin1String("expiry_place"))
        return { m_ui->expiryPlaceEdit };
    if (field == QLatin1String("latest_shipment_date"))
        return { m_ui->latestShipmentDateEdit };
    if (field == QLatin1String("presentation_period_days"))
        return { m_ui->presentationPeriodSpin };
    if (field == QLatin1String("payment_term"))
        return { m_ui->paymentKindCombo };
    if (field == QLatin1String("payment_term.basis"))
        return { m_ui->maturityBasisCombo };
    if (field == QLatin1String("payment_term.days"))
        return { m_ui->maturityDaysSpin };
    if (field == QLatin1String("payment_term.fixed_maturity"))
        return { m_ui->fixedMaturityDateEdit };
    if (field == QLatin1String("goods_description"))
        return { m_ui->goodsDescriptionEdit };
    if (field == QLatin1String("required_documents"))
        return { m_ui->requiredDocumentsEditor->view() };
    if (field == QLatin1String("charges"))
        return { m_ui->chargesCombo };
    return {};
}

QString LcIssueForm::fieldTitle(const QString &field) const
{
    if (field == QLatin1String("lc_no"))
        return tr("L/C number");
    if (field == QLatin1String("applicant"))
        return tr("Applicant");
    if (field == QLatin1String("applicant.uscc"))
        return tr("Applicant's unified social credit code");
    if (field == QLatin1String("beneficiary"))
        return tr("Beneficiary");
    if (field == QLatin1String("beneficiary.uscc"))
        return tr("Beneficiary's unified social credit code");
    if (field == QLatin1String("advising_bank_msp"))
        return tr("Advising bank");
    if (field == QLatin1String("currency"))
        return tr("Currency");
    if (field == QLatin1String("amount_fen"))
        return tr("Amount");
    if (field == QLatin1String("tolerance"))
        return tr("Tolerance");
    if (field == QLatin1String("expiry_date"))
        return tr("Expiry date");
    if (field == QLatin1String("expiry_place"))
        return tr("Place of expiry");
    if (field == QLatin1String("latest_shipment_date"))
        return tr("Latest shipment date");
    if (field == QLatin1String("presentation_period_days"))
        return tr("Presentation period");
    if (field.startsWith(QLatin1String("payment_term")))
        return tr("Payment term");
    if (field == QLatin1String("goods_description"))
        return tr("Goods or services");
    if (field == QLatin1String("required_documents"))
        return tr("Required documents");
    if (field == QLatin1String("charges"))
        return tr("Charges");
    return field; // a term this form does not edit (title, irrevocable, ...): name it as the contract does
}

void LcIssueForm::focusProblem(QListWidgetItem *item)
{
    const QList<QWidget *> widgets = widgetsFor(item->data(Qt::UserRole).toString());
    if (widgets.isEmpty())
        return;
    m_ui->formScrollArea->ensureWidgetVisible(widgets.first());
    widgets.first()->setFocus(Qt::OtherFocusReason);
}

} // namespace lx::ui
