#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class FfQuoteForm;
} // namespace Ui

namespace lianxin::forfaiting {
class FfAction;
} // namespace lianxin::forfaiting

namespace lx::models {
class FfDesk;
} // namespace lx::models

namespace lx::ui {

// A buying bank's quote on a listing: rate, method, grace days, fees,
// value date and validity. As the officer types it shows what the price
// comes to with the contract's own pricing (FfPricing) and asks the
// contract's dry run whether it would take the quote now; the submit
// button stays disabled, with the translated reason, while it refuses.
class FfQuoteForm : public QWidget
{
    Q_OBJECT

public:
    FfQuoteForm(models::FfDesk &desk, const QString &listingId, QWidget *parent = nullptr);
    ~FfQuoteForm() override;

    const QString &listingId() const { return m_listingId; }
    // The quote as typed; empty when a field cannot be read.
    bool buildAction(lianxin::forfaiting::FfAction &action, QString &problem) const;

Q_SIGNALS:
    void submitted(const lianxin::forfaiting::FfAction &action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void fillMethods();
    void nameEditors();

    std::unique_ptr<Ui::FfQuoteForm> m_ui;
    models::FfDesk &m_desk;
    QString m_listingId;
};

} // namespace lx::ui
