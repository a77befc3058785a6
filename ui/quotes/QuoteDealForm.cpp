#include "ui/quotes/QuoteDealForm.h"

#include "ui_QuoteDealForm.h"

#include "models/BusinessDays.h"
#include "models/lc/LcText.h"
#include "models/quotes/QuoteDraft.h"
#include "models/quotes/QuoteMarket.h"
#include "models/quotes/QuoteText.h"

#include "lianxin/quotes.pb.h"

#include <QEvent>

namespace lx::ui {

QuoteDealForm::QuoteDealForm(const models::QuoteMarket &market, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::QuoteDealForm>()), m_market(market)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("quoteDealForm"));
    fillCombos();
    for (QComboBox *combo : { m_ui->quoteDealObligorCombo, m_ui->quoteDealMethodCombo, m_ui->quoteDealCounterpartyCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &QuoteDealForm::revalidate);
    for (QLineEdit *edit : { m_ui->quoteDealIdEdit, m_ui->quoteDealRateEdit, m_ui->quoteDealFaceEdit })
        connect(edit, &QLineEdit::textChanged, this, &QuoteDealForm::revalidate);
    connect(m_ui->quoteDealTenorSpin, &QSpinBox::valueChanged, this, &QuoteDealForm::revalidate);
    connect(m_ui->quoteDealTradeDateEdit, &QDateEdit::dateChanged, this, &QuoteDealForm::revalidate);
    connect(m_ui->quoteDealSubmitButton, &QPushButton::clicked, this, &QuoteDealForm::submit);
    connect(m_ui->quoteDealCancelButton, &QPushButton::clicked, this, &QuoteDealForm::cancelled);
    clear();
}

QuoteDealForm::~QuoteDealForm() = default;

void QuoteDealForm::setBank(const QString &mspId)
{
    m_bank = mspId;
    revalidate();
}

void QuoteDealForm::setMemberBanks(const QList<QuotePostForm::MemberBank> &banks)
{
    m_banks = banks;
    fillCombos();
    revalidate();
}

void QuoteDealForm::setHeldRecords(std::map<std::string, Bytes> records)
{
    m_records = std::move(records);
    revalidate();
}

std::int64_t QuoteDealForm::nowSeconds() const
{
    return m_market.nowSeconds();
}

void QuoteDealForm::clear()
{
    m_filling = true;
    for (QLineEdit *edit : { m_ui->quoteDealIdEdit, m_ui->quoteDealRateEdit, m_ui->quoteDealFaceEdit })
        edit->clear();
    m_ui->quoteDealObligorCombo->setCurrentIndex(0);
    m_ui->quoteDealMethodCombo->setCurrentIndex(0);
    m_ui->quoteDealCounterpartyCombo->setCurrentIndex(0);
    m_ui->quoteDealTenorSpin->setValue(90);
    m_ui->quoteDealTradeDateEdit->setDate(models::LcText::dateOfDay(models::chinaDayOf(nowSeconds())));
    m_filling = false;
    revalidate();
}

void QuoteDealForm::fillCombos()
{
    const bool filling = m_filling;
    m_filling = true;
    using models::QuoteText;
    const auto refill = [](QComboBox *combo, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant chosen = combo->currentData();
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    QList<std::pair<QString, QVariant>> obligors;
    for (int tier = 1; tier <= 5; ++tier)
        obligors.append({ QuoteText::tierName(tier), tier });
    QList<std::pair<QString, QVariant>> counterparties { { tr("(not named)"), QString() } };
    for (const QuotePostForm::MemberBank &bank : m_banks) {
        //: An obligor bank in the deal report form, with its registry tier.
        obligors.append({ tr("%1 (%2)").arg(bank.name, QuoteText::tierName(bank.tier)), bank.mspId });
        counterparties.append({ bank.name, bank.mspId });
    }
    refill(m_ui->quoteDealObligorCombo, obligors);
    refill(m_ui->quoteDealCounterpartyCombo, counterparties);
    refill(m_ui->quoteDealMethodCombo,
        { { QuoteText::methodName(lianxin::quotes::STRAIGHT_DISCOUNT), lianxin::quotes::STRAIGHT_DISCOUNT },
            { QuoteText::methodName(lianxin::quotes::DISCOUNT_TO_YIELD), lianxin::quotes::DISCOUNT_TO_YIELD } });
    m_filling = filling;
}

models::QuoteDraftCheck QuoteDealForm::check() const
{
    models::DealReportInput input;
    input.dealId = m_ui->quoteDealIdEdit->text();
    const QVariant obligor = m_ui->quoteDealObligorCombo->currentData();
    if (obligor.typeId() == QMetaType::QString)
        input.obligorBankMsp = obligor.toString();
    else
        input.obligorTier = obligor.toInt();
    input.tenorDays = m_ui->quoteDealTenorSpin->value();
    input.rate = m_ui->quoteDealRateEdit->text();
    input.method = m_ui->quoteDealMethodCombo->currentData().toInt();
    input.faceAmount = m_ui->quoteDealFaceEdit->text();
    input.tradeDate = m_ui->quoteDealTradeDateEdit->date();
    input.counterpartyBankMsp = m_ui->quoteDealCounterpartyCombo->currentData().toString();
    return models::checkDealReport(input, m_bank, nowSeconds(), m_records, locale());
}

void QuoteDealForm::revalidate()
{
    if (m_filling)
        return;
    const models::QuoteDraftCheck checked = check();
    m_problems = checked.problems;
    m_ui->quoteDealProblemsLabel->setText(m_problems.join(QLatin1Char('\n')));
    m_ui->quoteDealSubmitButton->setEnabled(checked.action.has_value());
}

// Checked again rather than kept: the clock may have moved since the last edit.
void QuoteDealForm::submit()
{
    const models::QuoteDraftCheck checked = check();
    m_problems = checked.problems;
    m_ui->quoteDealProblemsLabel->setText(m_problems.join(QLatin1Char('\n')));
    if (checked.action)
        Q_EMIT reportRequested(*checked.action);
}

void QuoteDealForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        revalidate();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
