#pragma once

#include "lianxin/guarantee.pb.h"

#include <QWidget>

#include <cstdint>
#include <memory>

namespace Ui {
class GuaranteeActionForm;
} // namespace Ui

namespace lx::models {
class LocalBook;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

// The guarantee actions that need particulars: amend, present a demand,
// examine (complying, or one rejection notice listing every discrepancy),
// suspend payment on an extend-or-pay demand, extend, reduce, release, a
// court's stop-payment order and its lifting. As the officer types, the
// contract's own dry run judges the action against the guarantee as the
// cache holds it; its reason shows and Submit stays off until it passes.
// Submitting drafts it for the bank's checker through the outbox.
class GuaranteeActionForm : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Amend, Demand, Examine, Suspend, Extend, Reduce, Release, StopPayment, LiftStopPayment };

    GuaranteeActionForm(Kind kind, const lianxin::guarantee::Guarantee &guarantee, models::SessionModel &session,
        models::LocalBook &book, QWidget *parent = nullptr);
    ~GuaranteeActionForm() override;

    Kind kind() const { return m_kind; }
    lianxin::guarantee::GtAction action() const;
    // The dry run's reason in the user's language; empty when it passes.
    const QString &problem() const { return m_problem; }
    // Whether the contract would accept some action of this kind now
    // (probed with plausible particulars): whether to offer the form.
    static bool offered(
        Kind kind, const lianxin::guarantee::Guarantee &guarantee, const QString &bankMsp, std::int64_t nowSeconds);
    static QString title(Kind kind);
    static QString key(Kind kind); // "amend", "demand", ... for objectNames

Q_SIGNALS:
    void submitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void validate();
    void submit();
    std::int64_t nowSeconds() const;

    std::unique_ptr<Ui::GuaranteeActionForm> m_ui;
    Kind m_kind;
    lianxin::guarantee::Guarantee m_guarantee;
    models::SessionModel &m_session;
    models::LocalBook &m_book;
    QString m_problem;
};

} // namespace lx::ui
