#pragma once

#include "models/LocalBook.h"

#include "lianxin/lc.pb.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class LcActionForm;
} // namespace Ui

namespace lx::models {
class SessionModel;
} // namespace lx::models

namespace lx::ui {

// The L/C actions that need more than a click: amend, present documents,
// examine, refuse, waive discrepancies, cancel with the beneficiary's
// consent. As the officer types, the contract's own dry run judges the
// action against the L/C as the cache holds it; its reason is shown and
// Submit stays off until it would be accepted. Submitting drafts it for the
// bank's checker through the outbox (with the presented files, kept in the
// cache under their hashes).
class LcActionForm : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Amend, Present, Examine, Refuse, Waive, Cancel };

    LcActionForm(Kind kind, const lianxin::lc::LetterOfCredit &lc, models::SessionModel &session,
        models::LocalBook &book, QWidget *parent = nullptr);
    ~LcActionForm() override;

    Kind kind() const { return m_kind; }
    lianxin::lc::LcAction action() const;
    // The dry run's reason in the user's language; empty when it passes.
    const QString &problem() const { return m_problem; }
    // Attaches a file as the selected document type; it is read and hashed
    // off the GUI thread, and Submit waits for it. (The button opens a file
    // dialog and calls this.)
    void attachFile(const QString &path);
    // Whether the contract would accept some action of this kind on lc now
    // (probed with plausible values): whether to offer the form at all.
    static bool offered(
        Kind kind, const lianxin::lc::LetterOfCredit &lc, const QString &bankMsp, std::int64_t nowSeconds);
    static QString title(Kind kind);

Q_SIGNALS:
    void submitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillPresentations();
    void showDuplicates();
    void fillDocTypes();
    void validate();
    void submit();
    void pickFile();
    std::int64_t nowSeconds() const;

    std::unique_ptr<Ui::LcActionForm> m_ui;
    Kind m_kind;
    lianxin::lc::LetterOfCredit m_lc;
    models::SessionModel &m_session;
    models::LocalBook &m_book;
    struct Attached
    {
        models::LocalBook::Attachment file;
        std::string sha256;
    };
    std::vector<Attached> m_attached;
    int m_hashing = 0;
    QString m_problem;
};

} // namespace lx::ui
