#include "ui/quotes/QuotePostForm.h"

#include "ui_QuotePostForm.h"

#include "models/BusinessDays.h"
#include "models/lc/LcText.h"
#include "models/quotes/QuoteDraft.h"
#include "models/quotes/QuoteMarket.h"
#include "models/quotes/QuoteText.h"

#include "lianxin/quotes.pb.h"

#include <QEvent>
#include <QTimeZone>

namespace lx::ui {

namespace {

// Fills combo with (text, value) pairs, keeping the chosen value.
void refill(QComboBox *combo, const QList<std::pair<QString, QVariant>> &items)
{
    const QVariant chosen = combo->currentData();
    combo->clear();
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    const int at = combo->findData(chosen);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

QuotePostForm::QuotePostForm(const models::QuoteMarket &market, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::QuotePostForm>()), m_market(market)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("quotePostForm"));
    fillCombos();
    for (QComboBox *combo :
        { m_ui->quoteSideCombo, m_ui->quoteObligorCombo, m_ui->quoteTenorCombo, m_ui->quoteMethodCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &QuotePostForm::revalidate);
    for (QLineEdit *edit :
        { m_ui->quoteRateEdit, m_ui->quoteFeesEdit, m_ui->quoteAmountEdit, m_ui->quoteLcNoEdit, m_ui->quoteFaceEdit })
        connect(edit, &QLineEdit::textChanged, this, &QuotePostForm::revalidate);
    connect(m_ui->quoteGraceSpin, &QSpinBox::valueChanged, this, &QuotePostForm::revalidate);
    connect(m_ui->quoteValidUntilEdit, &QDateTimeEdit::dateTimeChanged, this, &QuotePostForm::revalidate);
    connect(m_ui->quoteMaturityEdit, &QDateEdit::dateChanged, this, &QuotePostForm::revalidate);
    connect(m_ui->quoteDealGroup, &QGroupBox::toggled, this, [this](bool deal) {
        // A deal quote's bucket follows its maturity.
        m_ui->quoteTenorCombo->setEnabled(!deal);
        revalidate();
    });
    connect(m_ui->quoteSubmitButton, &QPushButton::clicked, this, &QuotePostForm::submit);
    connect(m_ui->quoteCancelButton, &QPushButton::clicked, this, &QuotePostForm::cancelled);
    clear();
}

QuotePostForm::~QuotePostForm() = default;

void QuotePostForm::setBank(const QString &mspId)
{
    m_bank = mspId;
    revalidate();
}

void QuotePostForm::setMemberBanks(const QList<MemberBank> &banks, std::map<std::string, Bytes> registryRecords)
{
    m_banks = banks;
    m_registry = std::move(registryRecords);
    fillCombos();
    revalidate();
}

std::int64_t QuotePostForm::nowSeconds() const
{
    return m_market.nowSeconds();
}

void QuotePostForm::clear()
{
    m_filling = true;
    m_ui->quoteSideCombo->setCurrentIndex(0);
    m_ui->quoteObligorCombo->setCurrentIndex(0);
    m_ui->quoteTenorCombo->setCurrentIndex(0);
    m_ui->quoteMethodCombo->setCurrentIndex(0);
    m_ui->quoteGraceSpin->setValue(0);
    for (QLineEdit *edit :
        { m_ui->quoteRateEdit, m_ui->quoteFeesEdit, m_ui->quoteAmountEdit, m_ui->quoteLcNoEdit, m_ui->quoteFaceEdit })
        edit->clear();
    const QDate today = models::LcText::dateOfDay(models::chinaDayOf(nowSeconds()));
    m_ui->quoteValidUntilEdit->setDateTime(QDateTime(today.addDays(1), QTime(17, 0), QTimeZone(8 * 3600)));
    m_ui->quoteMaturityEdit->setDate(today.addDays(120));
    m_ui->quoteDealGroup->setChecked(false);
    m_filling = false;
    revalidate();
}

void QuotePostForm::fillCombos()
{
    const bool filling = m_filling;
    m_filling = true;
    using models::QuoteText;
    refill(m_ui->quoteSideCombo,
        { { QuoteText::sideName(lianxin::quotes::BUY), lianxin::quotes::BUY },
            { QuoteText::sideName(lianxin::quotes::SELL), lianxin::quotes::SELL } });
    QList<std::pair<QString, QVariant>> obligors;
    for (int tier = 1; tier <= 5; ++tier)
        obligors.append({ QuoteText::tierName(tier), tier });
    for (const MemberBank &bank : m_banks)
        //: An obligor bank in the quote form, with its registry tier.
        obligors.append({ tr("%1 (%2)").arg(bank.name, QuoteText::tierName(bank.tier)), bank.mspId });
    refill(m_ui->quoteObligorCombo, obligors);
    QList<std::pair<QString, QVariant>> buckets;
    for (int bucket = lianxin::quotes::DAYS_1_30; bucket <= lianxin::quotes::DAYS_271_366; ++bucket)
        buckets.append({ QuoteText::bucketName(bucket), bucket });
    refill(m_ui->quoteTenorCombo, buckets);
    refill(m_ui->quoteMethodCombo,
        { { QuoteText::methodName(lianxin::quotes::STRAIGHT_DISCOUNT), lianxin::quotes::STRAIGHT_DISCOUNT },
            { QuoteText::methodName(lianxin::quotes::DISCOUNT_TO_YIELD), lianxin::quotes::DISCOUNT_TO_YIELD } });
    m_filling = filling;
}

// The form's terms as typed, checked by the contract's dry run as of now.
models::QuoteDraftCheck QuotePostForm::check() const
{
    models::QuoteDraftInput input;
    input.side = m_ui->quoteSideCombo->currentData().toInt();
    const QVariant obligor = m_ui->quoteObligorCombo->currentData();
    if (obligor.typeId() == QMetaType::QString)
        input.obligorBankMsp = obligor.toString();
    else
        input.obligorTier = obligor.toInt();
    input.tenorBucket = m_ui->quoteTenorCombo->currentData().toInt();
    input.rate = m_ui->quoteRateEdit->text();
    input.method = m_ui->quoteMethodCombo->currentData().toInt();
    input.graceDays = m_ui->quoteGraceSpin->value();
    input.fees = m_ui->quoteFeesEdit->text();
    input.amount = m_ui->quoteAmountEdit->text();
    input.validUntil = m_ui->quoteValidUntilEdit->dateTime();
    input.dealQuote = m_ui->quoteDealGroup->isChecked();
    input.lcNo = m_ui->quoteLcNoEdit->text();
    input.faceAmount = m_ui->quoteFaceEdit->text();
    input.maturity = m_ui->quoteMaturityEdit->date();
    return models::checkQuoteDraft(input, m_bank, nowSeconds(), m_registry, locale());
}

void QuotePostForm::revalidate()
{
    if (m_filling)
        return;
    const models::QuoteDraftCheck checked = check();
    m_problems = checked.problems;
    m_ui->quoteProblemsLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_ui->quoteSubmitButton->setEnabled(checked.action.has_value());
}

// Checked again rather than kept: the clock may have moved since the last edit.
void QuotePostForm::submit()
{
    const models::QuoteDraftCheck checked = check();
    m_problems = checked.problems;
    m_ui->quoteProblemsLabel->setText(m_problems.join(QLatin1Char('\n')));
    if (checked.action)
        Q_EMIT postRequested(*checked.action);
}

void QuotePostForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        revalidate();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
