#include "ui/guarantee/GuaranteeActionForm.h"

#include "ui_GuaranteeActionForm.h"

#include "models/BusinessDays.h"
#include "models/LocalBook.h"
#include "models/Money.h"
#include "models/SessionModel.h"
#include "models/guarantee/GuaranteeDeskActions.h"
#include "models/guarantee/GuaranteeText.h"
#include "models/lc/LcTermsCheck.h"
#include "models/lc/LcText.h"
#include "ui/shell/WindowKeys.h"

#include <QLocale>

#include <chrono>

namespace lx::ui {

using Kind = GuaranteeActionForm::Kind;
using lianxin::guarantee::Demand;
using lianxin::guarantee::GtAction;
using lianxin::guarantee::Guarantee;

namespace {

// Blank reads as 0; an unreadable figure sets error.
std::int64_t fenOf(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return 0;
    const models::MoneyParse parsed = models::Money::parse(text, QLocale());
    if (!parsed.money) {
        if (error)
            *error = parsed.error;
        return 0;
    }
    return parsed.money->fen();
}

lianxin::lc::Date protoDate(const QDate &date)
{
    return models::LcTermsCheck::protoDate(date);
}

QDate dateOf(const lianxin::lc::Date &date)
{
    return models::LcTermsCheck::fromProto(date);
}

lianxin::lc::Date dateAt(std::int64_t nowSeconds)
{
    return protoDate(models::LcText::dateOfDay(models::chinaDayOf(nowSeconds)));
}

} // namespace

GuaranteeActionForm::GuaranteeActionForm(Kind kind, const Guarantee &guarantee, models::SessionModel &session,
    models::LocalBook &book, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::GuaranteeActionForm>())
    , m_kind(kind)
    , m_guarantee(guarantee)
    , m_session(session)
    , m_book(book)
{
    m_ui->setupUi(this);
    installWindowKeys(this);
    setObjectName(QStringLiteral("guaranteeActionForm"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->gtActionPages->setCurrentIndex(static_cast<int>(kind));
    const QDate today = models::LcText::dateOfDay(models::chinaToday(session.clock()));
    const QDate expiry = dateOf(guarantee.expiry_date());
    const QDate base = expiry.isValid() ? expiry : today;
    m_ui->gtAmendExpiryEdit->setDate(base);
    m_ui->gtDemandExpiryEdit->setDate(base.addYears(1));
    m_ui->gtDemandReceivedEdit->setDate(today); // the draft's day, as a rule the day of receipt
    m_ui->gtSuspendUntilEdit->setDate(today);
    m_ui->gtExtendExpiryEdit->setDate(base.addYears(1));
    if (const Demand *open = models::GuaranteeText::openDemand(guarantee)) {
        if (dateOf(open->suspension_limit()).isValid())
            m_ui->gtSuspendUntilEdit->setDate(dateOf(open->suspension_limit()));
        if (dateOf(open->requested_expiry()).isValid())
            m_ui->gtExtendExpiryEdit->setDate(dateOf(open->requested_expiry()));
    }
    fillCombos();

    const auto revalidate = [this] { validate(); };
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, revalidate);
    for (QDateEdit *edit : findChildren<QDateEdit *>())
        connect(edit, &QDateEdit::dateChanged, this, revalidate);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, revalidate);
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, revalidate);
    for (QAbstractButton *button : { static_cast<QAbstractButton *>(m_ui->gtAmendExpiryCheck),
             static_cast<QAbstractButton *>(m_ui->gtDemandExtendCheck),
             static_cast<QAbstractButton *>(m_ui->gtExamineRejectRadio) })
        connect(button, &QAbstractButton::toggled, this, revalidate);
    connect(m_ui->gtActionSubmitButton, &QPushButton::clicked, this, &GuaranteeActionForm::submit);
    connect(m_ui->gtActionCancelButton, &QPushButton::clicked, this, &QWidget::close);
    m_ui->gtActionTitleLabel->setText(
        tr("%1 — guarantee %2").arg(title(kind), QString::fromStdString(guarantee.guarantee_no())));
    setWindowTitle(m_ui->gtActionTitleLabel->text());
    validate();
}

GuaranteeActionForm::~GuaranteeActionForm() = default;

std::int64_t GuaranteeActionForm::nowSeconds() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(m_session.clock()().time_since_epoch()).count();
}

QString GuaranteeActionForm::title(Kind kind)
{
    switch (kind) {
    case Kind::Amend:
        return tr("Amend");
    case Kind::Demand:
        return tr("Present a demand");
    case Kind::Examine:
        return tr("Examine the demand");
    case Kind::Suspend:
        return tr("Suspend payment");
    case Kind::Extend:
        return tr("Extend");
    case Kind::Reduce:
        return tr("Reduce");
    case Kind::Release:
        return tr("Record the release");
    case Kind::StopPayment:
        return tr("Record a court stop-payment");
    case Kind::LiftStopPayment:
        return tr("Lift the stop-payment");
    }
    return {};
}

QString GuaranteeActionForm::key(Kind kind)
{
    static const char *const kKeys[]
        = { "amend", "demand", "examine", "suspend", "extend", "reduce", "release", "stop-payment", "lift-stop-payment" };
    return QLatin1String(kKeys[static_cast<int>(kind)]);
}

void GuaranteeActionForm::fillCombos()
{
    for (QComboBox *combo : { m_ui->gtExamineDemandCombo, m_ui->gtSuspendDemandCombo, m_ui->gtExtendDemandCombo }) {
        const QVariant current = combo->currentData();
        combo->blockSignals(true);
        combo->clear();
        for (const Demand &d : m_guarantee.demands())
            combo->addItem(tr("Demand %1 (%2, %3)")
                               .arg(d.number())
                               .arg(models::LcText::money(d.amount_fen()),
                                   models::GuaranteeText::demandStateName(d.state())),
                d.number());
        const int found = combo->findData(current);
        combo->setCurrentIndex(found >= 0 ? found : combo->count() - 1); // the latest
        combo->blockSignals(false);
    }
    const QVariant step = m_ui->gtReduceStepCombo->currentData();
    m_ui->gtReduceStepCombo->blockSignals(true);
    m_ui->gtReduceStepCombo->clear();
    m_ui->gtReduceStepCombo->addItem(tr("By the beneficiary's consent"), 0);
    for (int n = 1; n <= m_guarantee.reduction_schedule_size(); ++n) {
        const auto &clause = m_guarantee.reduction_schedule(n - 1);
        m_ui->gtReduceStepCombo->addItem(tr("Clause %1: %2 on %3")
                                             .arg(n)
                                             .arg(models::LcText::money(clause.amount_fen()),
                                                 models::GuaranteeText::dateText(clause.date())),
            n);
    }
    m_ui->gtReduceStepCombo->setCurrentIndex(std::max(0, m_ui->gtReduceStepCombo->findData(step)));
    m_ui->gtReduceStepCombo->blockSignals(false);
}

GtAction GuaranteeActionForm::action() const
{
    GtAction out;
    const std::string &no = m_guarantee.guarantee_no();
    const auto str = [](const QLineEdit *edit) { return edit->text().trimmed().toStdString(); };
    switch (m_kind) {
    case Kind::Amend: {
        auto *amend = out.mutable_amend();
        amend->set_guarantee_no(no);
        auto *a = amend->mutable_amendment();
        if (const auto up = fenOf(m_ui->gtAmendIncreaseEdit->text(), nullptr); up > 0)
            a->set_increase_fen(up);
        if (const auto down = fenOf(m_ui->gtAmendDecreaseEdit->text(), nullptr); down > 0)
            a->set_decrease_fen(down);
        if (m_ui->gtAmendExpiryCheck->isChecked())
            *a->mutable_new_expiry_date() = protoDate(m_ui->gtAmendExpiryEdit->date());
        if (!m_ui->gtAmendEventEdit->text().trimmed().isEmpty())
            a->set_new_expiry_event(str(m_ui->gtAmendEventEdit));
        a->set_narrative(str(m_ui->gtAmendNarrativeEdit));
        break;
    }
    case Kind::Demand: {
        auto *demand = out.mutable_demand();
        demand->set_guarantee_no(no);
        auto *d = demand->mutable_demand();
        d->set_amount_fen(fenOf(m_ui->gtDemandAmountEdit->text(), nullptr));
        d->set_statement_of_breach(m_ui->gtDemandStatementEdit->toPlainText().trimmed().toStdString());
        if (m_ui->gtDemandExtendCheck->isChecked())
            *d->mutable_requested_expiry() = protoDate(m_ui->gtDemandExpiryEdit->date());
        *d->mutable_received_date() = protoDate(m_ui->gtDemandReceivedEdit->date());
        break;
    }
    case Kind::Examine: {
        auto *e = out.mutable_examine();
        e->set_guarantee_no(no);
        e->set_demand_no(m_ui->gtExamineDemandCombo->currentData().toInt());
        e->set_complying(m_ui->gtExamineComplyingRadio->isChecked());
        if (!e->complying()) {
            for (const QString &line : m_ui->gtExamineDiscrepanciesEdit->toPlainText().split(QLatin1Char('\n'))) {
                if (line.trimmed().isEmpty())
                    continue;
                const int colon = line.indexOf(QLatin1Char(':'));
                auto *x = e->add_discrepancies();
                x->set_code(colon < 0 ? std::string() : line.left(colon).trimmed().toStdString());
                x->set_description((colon < 0 ? line : line.mid(colon + 1)).trimmed().toStdString());
            }
        }
        break;
    }
    case Kind::Suspend:
        out.mutable_suspend()->set_guarantee_no(no);
        out.mutable_suspend()->set_demand_no(m_ui->gtSuspendDemandCombo->currentData().toInt());
        *out.mutable_suspend()->mutable_until() = protoDate(m_ui->gtSuspendUntilEdit->date());
        break;
    case Kind::Extend:
        out.mutable_extend()->set_guarantee_no(no);
        out.mutable_extend()->set_demand_no(m_ui->gtExtendDemandCombo->currentData().toInt());
        *out.mutable_extend()->mutable_new_expiry() = protoDate(m_ui->gtExtendExpiryEdit->date());
        break;
    case Kind::Reduce: {
        auto *r = out.mutable_reduce();
        r->set_guarantee_no(no);
        r->set_step(m_ui->gtReduceStepCombo->currentData().toInt());
        if (r->step() == 0) {
            r->set_amount_fen(fenOf(m_ui->gtReduceAmountEdit->text(), nullptr));
            r->set_consent(str(m_ui->gtReduceConsentEdit));
        }
        break;
    }
    case Kind::Release:
        out.mutable_release()->set_guarantee_no(no);
        out.mutable_release()->set_reference(str(m_ui->gtReleaseReferenceEdit));
        break;
    case Kind::StopPayment:
        out.mutable_stop_payment()->set_guarantee_no(no);
        out.mutable_stop_payment()->set_court(str(m_ui->gtStopCourtEdit));
        out.mutable_stop_payment()->set_order_no(str(m_ui->gtStopOrderEdit));
        break;
    case Kind::LiftStopPayment:
        out.mutable_lift_stop_payment()->set_guarantee_no(no);
        out.mutable_lift_stop_payment()->set_order_no(str(m_ui->gtLiftOrderEdit));
        break;
    }
    return out;
}

void GuaranteeActionForm::validate()
{
    m_problem.clear();
    // A figure that cannot be read is the officer's to fix before the
    // contract can say anything.
    for (QLineEdit *edit :
        { m_ui->gtAmendIncreaseEdit, m_ui->gtAmendDecreaseEdit, m_ui->gtDemandAmountEdit, m_ui->gtReduceAmountEdit }) {
        QString error;
        fenOf(edit->text(), &error);
        if (!error.isEmpty() && m_problem.isEmpty())
            m_problem = error;
    }
    m_ui->gtAmendExpiryEdit->setEnabled(m_ui->gtAmendExpiryCheck->isChecked());
    m_ui->gtDemandExpiryEdit->setEnabled(m_ui->gtDemandExtendCheck->isChecked());
    m_ui->gtExamineDiscrepanciesEdit->setEnabled(m_ui->gtExamineRejectRadio->isChecked());
    const bool byConsent = m_ui->gtReduceStepCombo->currentData().toInt() == 0;
    m_ui->gtReduceAmountEdit->setEnabled(byConsent);
    m_ui->gtReduceConsentEdit->setEnabled(byConsent);
    if (m_problem.isEmpty())
        m_problem = models::guaranteeRejection(m_guarantee, action(), m_session.identity().mspId, nowSeconds());
    m_ui->gtActionProblemLabel->setText(m_problem);
    m_ui->gtActionSubmitButton->setEnabled(m_problem.isEmpty());
}

void GuaranteeActionForm::submit()
{
    validate();
    if (!m_problem.isEmpty())
        return;
    m_book.submitDeskDraft("guarantee", action().SerializeAsString());
    Q_EMIT submitted();
    close();
}

bool GuaranteeActionForm::offered(Kind kind, const Guarantee &g, const QString &bankMsp, std::int64_t nowSeconds)
{
    const auto passes = [&](const GtAction &probe) {
        return models::guaranteeRejection(g, probe, bankMsp, nowSeconds).isEmpty();
    };
    const std::string &no = g.guarantee_no();
    GtAction probe;
    switch (kind) {
    case Kind::Amend:
        probe.mutable_amend()->set_guarantee_no(no);
        probe.mutable_amend()->mutable_amendment()->set_narrative("probe");
        return passes(probe);
    case Kind::Demand:
        probe.mutable_demand()->set_guarantee_no(no);
        probe.mutable_demand()->mutable_demand()->set_amount_fen(1);
        probe.mutable_demand()->mutable_demand()->set_statement_of_breach("probe");
        return passes(probe);
    case Kind::Examine:
    case Kind::Suspend:
    case Kind::Extend:
        for (const Demand &d : g.demands()) {
            probe.Clear();
            if (kind == Kind::Examine) {
                probe.mutable_examine()->set_guarantee_no(no);
                probe.mutable_examine()->set_demand_no(d.number());
                probe.mutable_examine()->set_complying(true);
            } else if (kind == Kind::Suspend) {
                probe.mutable_suspend()->set_guarantee_no(no);
                probe.mutable_suspend()->set_demand_no(d.number());
                *probe.mutable_suspend()->mutable_until() = dateAt(nowSeconds);
            } else {
                probe.mutable_extend()->set_guarantee_no(no);
                probe.mutable_extend()->set_demand_no(d.number());
            }
            if (passes(probe))
                return true;
        }
        return false;
    case Kind::Reduce:
        probe.mutable_reduce()->set_guarantee_no(no);
        probe.mutable_reduce()->set_amount_fen(1);
        probe.mutable_reduce()->set_consent("probe");
        if (passes(probe))
            return true;
        for (int step = 1; step <= g.reduction_schedule_size(); ++step) {
            probe.mutable_reduce()->set_step(step);
            if (passes(probe))
                return true;
        }
        return false;
    case Kind::Release:
        probe.mutable_release()->set_guarantee_no(no);
        probe.mutable_release()->set_reference("probe");
        return passes(probe);
    case Kind::StopPayment:
        probe.mutable_stop_payment()->set_guarantee_no(no);
        probe.mutable_stop_payment()->set_court("probe");
        probe.mutable_stop_payment()->set_order_no("probe");
        return passes(probe);
    case Kind::LiftStopPayment:
        probe.mutable_lift_stop_payment()->set_guarantee_no(no);
        probe.mutable_lift_stop_payment()->set_order_no("probe");
        return passes(probe);
    }
    return false;
}

void GuaranteeActionForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        m_ui->gtActionTitleLabel->setText(
            tr("%1 — guarantee %2").arg(title(m_kind), QString::fromStdString(m_guarantee.guarantee_no())));
        validate();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
