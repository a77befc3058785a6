#pragma once

#include "models/guarantee/GuaranteeDeskActions.h"
#include "ui/guarantee/GuaranteeActionForm.h"

#include <QWidget>

#include <memory>
#include <vector>

class QPushButton;

namespace Ui {
class GuaranteeWindow;
} // namespace Ui

namespace lx::models {
class BookReader;
class GuaranteeSheetModel;
class LocalBook;
class SessionModel;
struct GuaranteeDetailRecord;
} // namespace lx::models

namespace lx::ui {

// One guarantee as the bank's cache holds it, in a window of its own: its
// terms, amendments, demands (with the 5-business-day examination clock),
// the timeline of its ledger transactions, and the actions this bank may
// draft on it now (the contract's dry run decides). Follows the cache.
class GuaranteeWindow : public QWidget
{
    Q_OBJECT

public:
    GuaranteeWindow(const QString &guaranteeNo, models::SessionModel &session, models::LocalBook &book,
        models::BookReader &reader, QWidget *parent = nullptr);
    ~GuaranteeWindow() override;

    const QString &guaranteeNo() const { return m_guaranteeNo; }
    enum Tab { TermsTab, AmendmentsTab, DemandsTab, TimelineTab };
    models::GuaranteeSheetModel &sheet(Tab tab) const;
    // The guarantee as last read; nullptr before or when it is not cached.
    const lianxin::guarantee::Guarantee *guarantee() const;
    GuaranteeActionForm *openForm(GuaranteeActionForm::Kind kind);
    // The action buttons shown now, by key ("advise", "pay-1"; forms as
    // "form-demand", "form-examine", ...).
    QPushButton *actionButton(const QString &key) const;
    // Asks where (SaveFileChooser) and prints the guarantee there as PDF.
    void printGuarantee();

Q_SIGNALS:
    void loaded();
    // The guarantee was printed; error is empty when the file was written.
    void printed(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showRecord(const models::GuaranteeDetailRecord &record);
    void refreshHeader();
    void refreshActions();
    void addActionButton(const QString &text, const QString &key, const std::function<void()> &act);
    void noteDrafted(const QString &title);

    std::unique_ptr<Ui::GuaranteeWindow> m_ui;
    QString m_guaranteeNo;
    models::SessionModel &m_session;
    models::LocalBook &m_book;
    models::BookReader &m_reader;
    std::vector<models::GuaranteeSheetModel *> m_sheets;
    std::unique_ptr<models::GuaranteeDetailRecord> m_record;
    std::vector<QPushButton *> m_actions;
    bool m_drafted = false; // an action went to the outbox; buttons wait for the ledger
};

} // namespace lx::ui
