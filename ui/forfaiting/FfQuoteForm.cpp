#include "ui/forfaiting/FfQuoteForm.h"

#include "ui_FfQuoteForm.h"

#include "chaincode/Rate.h"
#include "chaincode/forfaiting/FfPricing.h"
#include "models/Money.h"
#include "models/forfaiting/FfDesk.h"
#include "models/forfaiting/FfText.h"
#include "models/lc/LcText.h"
#include "ui/shell/WindowKeys.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <variant>

namespace lx::ui {

using lianxin::forfaiting::FfAction;
namespace pricing = chaincode::forfaiting;

namespace {
const QTimeZone kChinaTime(8 * 3600);
}

FfQuoteForm::FfQuoteForm(models::FfDesk &desk, const QString &listingId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<Ui::FfQuoteForm>()), m_desk(desk), m_listingId(listingId)
{
    m_ui->setupUi(this);
    installWindowKeys(this);
    setObjectName(QStringLiteral("ffQuoteWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    nameEditors();
    fillMethods();
    const QDate today = models::LcText::dateOfDay(desk.today());
    m_ui->ffQuoteValueDateEdit->setDate(today);
    m_ui->ffQuoteValidUntilEdit->setDateTime(QDateTime(today.addDays(2), QTime(23, 59)));
    m_ui->ffQuoteFeesEdit->setText(QStringLiteral("0.00"));

    connect(m_ui->ffQuoteRateEdit, &QLineEdit::textChanged, this, &FfQuoteForm::recompute);
    connect(m_ui->ffQuoteFeesEdit, &QLineEdit::textChanged, this, &FfQuoteForm::recompute);
    connect(m_ui->ffQuoteMethodCombo, &QComboBox::currentIndexChanged, this, &FfQuoteForm::recompute);
    connect(m_ui->ffQuoteGraceSpin, &QSpinBox::valueChanged, this, &FfQuoteForm::recompute);
    connect(m_ui->ffQuoteValueDateEdit, &QDateEdit::dateChanged, this, &FfQuoteForm::recompute);
    connect(m_ui->ffQuoteValidUntilEdit, &QDateTimeEdit::dateTimeChanged, this, &FfQuoteForm::recompute);
    // The listing may be dealt or withdrawn while the officer types.
    connect(&m_desk, &models::FfDesk::changed, this, &FfQuoteForm::recompute);
    connect(m_ui->ffQuoteCancelButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->ffQuoteSubmitButton, &QPushButton::clicked, this, [this] {
        FfAction action;
        QString problem;
        if (!buildAction(action, problem))
            return;
        Q_EMIT submitted(action);
        close();
    });
    recompute();
}

FfQuoteForm::~FfQuoteForm() = default;

// The spin boxes' own line edits speak with their box's name.
void FfQuoteForm::nameEditors()
{
    for (QAbstractSpinBox *box : findChildren<QAbstractSpinBox *>()) {
        if (auto *line = box->findChild<QLineEdit *>())
            line->setAccessibleName(box->accessibleName());
    }
}

void FfQuoteForm::fillMethods()
{
    const int current = std::max(0, m_ui->ffQuoteMethodCombo->currentIndex());
    m_ui->ffQuoteMethodCombo->blockSignals(true);
    m_ui->ffQuoteMethodCombo->clear();
    m_ui->ffQuoteMethodCombo->addItem(
        models::FfText::method(lianxin::forfaiting::STRAIGHT_DISCOUNT), lianxin::forfaiting::STRAIGHT_DISCOUNT);
    m_ui->ffQuoteMethodCombo->addItem(
        models::FfText::method(lianxin::forfaiting::DISCOUNT_TO_YIELD), lianxin::forfaiting::DISCOUNT_TO_YIELD);
    m_ui->ffQuoteMethodCombo->setCurrentIndex(current);
    m_ui->ffQuoteMethodCombo->blockSignals(false);
}

bool FfQuoteForm::buildAction(FfAction &action, QString &problem) const
{
    const auto rate = chaincode::parseRatePercent(m_ui->ffQuoteRateEdit->text().trimmed().toStdString());
    if (!rate) {
        problem = tr("Type the discount rate in percent per annum, e.g. 3.00 (at most four decimals).");
        return false;
    }
    const auto fees = models::Money::parse(m_ui->ffQuoteFeesEdit->text(), QLocale());
    if (!fees.money) {
        problem = tr("Fees: %1").arg(fees.error);
        return false;
    }
    const QDate value = m_ui->ffQuoteValueDateEdit->date();
    const QDateTime until(m_ui->ffQuoteValidUntilEdit->date(), m_ui->ffQuoteValidUntilEdit->time(), kChinaTime);
    auto *quote = action.mutable_quote();
    quote->set_listing_id(m_listingId.toStdString());
    quote->set_rate_micros(*rate);
    quote->set_method(static_cast<lianxin::forfaiting::Method>(m_ui->ffQuoteMethodCombo->currentData().toInt()));
    quote->set_day_basis(pricing::kDayBasis);
    quote->set_grace_days(m_ui->ffQuoteGraceSpin->value());
    quote->set_fees_fen(fees.money->fen());
    quote->mutable_value_date()->set_year(value.year());
    quote->mutable_value_date()->set_month(value.month());
    quote->mutable_value_date()->set_day(value.day());
    quote->set_valid_until_seconds(until.toSecsSinceEpoch());
    return true;
}

void FfQuoteForm::recompute()
{
    const auto *listing = m_desk.snapshot().listing(m_listingId.toStdString());
    if (listing) {
        m_ui->ffQuoteListingLabel->setText(
            tr("<b>%1</b> — claim %2 under L/C %3<br>Seller %4 · obligor %5 · face %6 · "
               "maturity %7 · %8")
                .arg(m_listingId, QString::fromStdString(listing->claim_id()), QString::fromStdString(listing->lc_no()),
                    models::FfText::bank(listing->seller_msp()), models::FfText::bank(listing->obligor_msp()),
                    models::LcText::money(listing->face_value_fen()),
                    models::LcText::dateText(models::ffDay(listing->maturity_date())),
                    models::FfText::market(listing->market())));
    }
    m_ui->ffQuoteDaysLabel->clear();
    m_ui->ffQuoteDiscountLabel->clear();
    m_ui->ffQuoteNetLabel->clear();
    FfAction action;
    QString problem;
    if (listing && buildAction(action, problem)) {
        const auto &q = action.quote();
        const int valueDay = models::LcText::dayOfDate(m_ui->ffQuoteValueDateEdit->date());
        const int days = models::ffDay(listing->maturity_date()).value_or(valueDay) - valueDay + q.grace_days();
        const auto priced = pricing::price({ listing->face_value_fen(), q.rate_micros(), days, q.fees_fen(),
            q.method() == lianxin::forfaiting::DISCOUNT_TO_YIELD ? pricing::Method::DiscountToYield
                                                                 : pricing::Method::StraightDiscount });
        m_ui->ffQuoteDaysLabel->setText(QString::number(days));
        if (const auto *price = std::get_if<pricing::Price>(&priced)) {
            m_ui->ffQuoteDiscountLabel->setText(models::LcText::money(price->discountFen));
            m_ui->ffQuoteNetLabel->setText(models::LcText::money(price->netFen));
        }
        if (const auto refused = m_desk.rejection(action))
            problem = *refused;
    } else if (!listing) {
        problem = tr("The listing %1 is not in this bank's book.").arg(m_listingId);
    }
    m_ui->ffQuoteProblemLabel->setText(problem);
    m_ui->ffQuoteSubmitButton->setEnabled(problem.isEmpty());
}

void FfQuoteForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameEditors();
        fillMethods();
        recompute();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
