#include "ui/forfaiting/FfDealWindow.h"

#include "ui_FfDealWindow.h"

#include "models/forfaiting/FfDealModels.h"
#include "models/forfaiting/FfDesk.h"
#include "models/forfaiting/FfText.h"
#include "models/lc/LcText.h"
#include "ui/shell/WindowKeys.h"

#include <QHeaderView>
#include <QPushButton>

namespace lx::ui {

using models::FfText;
using models::LcText;

FfDealWindow::FfDealWindow(models::FfDesk &desk, const QString &dealId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::FfDealWindow>())
    , m_desk(desk)
    , m_dealId(dealId)
    , m_timeline(new models::FfTimelineModel(desk, this))
{
    m_ui->setupUi(this);
    installWindowKeys(this);
    setObjectName(QStringLiteral("ffDealWindow"));
    m_timeline->setDeal(dealId);
    m_ui->ffDealTimelineTable->setModel(m_timeline);
    m_ui->ffDealTimelineTable->verticalHeader()->hide();
    m_ui->ffDealTimelineTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->ffDealTimelineTable->horizontalHeader()->setStretchLastSection(true);
    connect(&m_desk, &models::FfDesk::changed, this, &FfDealWindow::refresh);
    refresh();
}

FfDealWindow::~FfDealWindow() = default;

QStringList FfDealWindow::offeredKeys() const
{
    QStringList keys;
    for (const QPushButton *button : m_actions)
        keys << button->property("actionKey").toString();
    return keys;
}

void FfDealWindow::refresh()
{
    const auto *deal = m_desk.snapshot().deal(m_dealId.toStdString());
    if (!deal) {
        m_ui->ffDealTitleLabel->setText(tr("Deal %1").arg(m_dealId));
        return;
    }
    const auto *claim = m_desk.snapshot().claim(deal->claim_id());
    QString title = tr("Deal %1 — %2").arg(m_dealId, FfText::dealState(deal->state()));
    if (claim
        && (claim->state() == lianxin::forfaiting::Claim::PAID
            || claim->state() == lianxin::forfaiting::Claim::OVERDUE))
        title += tr(" (claim %1)").arg(FfText::claimState(claim->state()));
    m_ui->ffDealTitleLabel->setText(title);
    m_ui->ffDealTitleLabel->setAccessibleDescription(title);
    setWindowTitle(title);
    QString facts
        = tr("Claim %1 under L/C %2 · %3 market<br>Seller %4 → buyer %5 · obligor %6<br>"
             "Face %7 · %8 %9, %10 grace days, fees %11 · value date %12 · %13 days · discount %14 · "
             "<b>net %15</b><br>Maturity %16 · trade date %17")
              .arg(QString::fromStdString(deal->claim_id()), QString::fromStdString(claim ? claim->lc_no() : ""),
                  FfText::market(deal->market()), FfText::bank(deal->seller_msp()), FfText::bank(deal->buyer_msp()),
                  FfText::bank(deal->obligor_msp()), LcText::money(deal->face_value_fen()),
                  FfText::rate(deal->rate_micros()), FfText::method(deal->method()))
              .arg(deal->grace_days())
              .arg(LcText::money(deal->fees_fen()), LcText::dateText(models::ffDay(deal->value_date())))
              .arg(deal->days())
              .arg(LcText::money(deal->discount_fen()), LcText::money(deal->net_fen()),
                  LcText::dateText(models::ffDay(deal->maturity_date())),
                  LcText::dateText(models::ffDay(deal->trade_date())));
    if (claim)
        facts += tr("<br>Holder now: %1").arg(FfText::bank(claim->holder_msp()));
    m_ui->ffDealFactsLabel->setText(facts);

    // Later: refresh may run while one of them is handling its click.
    for (QPushButton *old : std::as_const(m_actions))
        old->deleteLater();
    m_actions.clear();
    const auto offered = m_desk.dealActions(m_dealId);
    for (const models::FfDeskAction &offer : offered) {
        auto *button = new QPushButton(offer.title, m_ui->ffDealActionsBox);
        button->setObjectName(QStringLiteral("ffDealAction_") + offer.key);
        button->setAccessibleName(offer.title);
        button->setProperty("actionKey", offer.key);
        m_ui->ffDealActionsLayout->addWidget(button);
        const auto action = offer.action;
        connect(button, &QPushButton::clicked, this, [this, action, title = offer.title] {
            if (const auto refused = m_desk.rejection(action)) {
                m_ui->ffDealStatusLabel->setText(*refused);
                return;
            }
            m_desk.submit(action);
            m_ui->ffDealStatusLabel->setText(tr("%1: draft sent to the outbox for a checker.").arg(title));
        });
        button->show();
        m_actions.append(button);
    }
    // Laid out now, so the new buttons are where they are drawn at once.
    m_ui->ffDealActionsLayout->activate();
    m_ui->ffDealStatusLabel->clear();
    if (offered.isEmpty())
        m_ui->ffDealStatusLabel->setText(m_desk.mayDraft() ? tr("Nothing for this bank to do on this deal now.")
                                                           : tr("Only a bank's officer drafts forfaiting actions."));
}

void FfDealWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_timeline->retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
