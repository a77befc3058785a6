#pragma once

#include "cache/LcRecords.h"

#include "crypto/Bytes.h"
#include "models/lc/LcDeskActions.h"
#include "ui/lc/LcActionForm.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace Ui {
class LcDetailWindow;
} // namespace Ui

namespace lx::models {
class BookReader;
class LcSheetModel;
class LocalBook;
class SessionModel;
} // namespace lx::models

namespace lx::ui {

// One L/C as the bank's cache holds it, in a window of its own: its terms,
// amendments, presentations, documents and the timeline of its ledger
// transactions, and the actions this user may draft on it now (the
// contract's dry run decides; see models::availableDeskActions). Follows
// the cache: a block that changes the L/C changes the window.
class LcDetailWindow : public QWidget
{
    Q_OBJECT

public:
    LcDetailWindow(const QString &lcNo, models::SessionModel &session, models::LocalBook &book,
        models::BookReader &reader, QWidget *parent = nullptr);
    ~LcDetailWindow() override;

    const QString &lcNo() const { return m_lcNo; }
    models::LcSheetModel &sheet(int tab) const;
    // Writes the selected document's copy from this bank's cache to path,
    // checked against its hash first (the button asks for the path).
    void saveDocumentTo(const QString &path);
    // Opens the form of an action with particulars (amend, present, ...).
    LcActionForm *openForm(LcActionForm::Kind kind);
    // The action buttons shown now, by key ("advise", "pay-1", ...; forms
    // as "form-amend", "form-present", ...).
    QPushButton *actionButton(const QString &key) const;
    // Asks where (SaveFileChooser) and prints the L/C advice there as PDF.
    void printAdvice();

Q_SIGNALS:
    void loaded();
    // The advice was printed; error is empty when the file was written.
    void printed(const QString &path, const QString &error);
    // The timeline's signatures have been checked against the ledger.
    void signaturesChecked();
    // The result of "Verify the document" is on screen.
    void documentChecked();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Record;
    void reload();
    void showRecord(const Record &record);
    void refreshHeader();
    void verifySignatures(const std::vector<cache::LcTimelineEntry> &timeline);
    void buildDocumentChecks();
    void retranslateDocumentChecks();
    void verifyDocument();
    void pickSaveTarget();
    Bytes selectedDocumentHash() const;
    void refreshActions();
    void act(const models::DeskAction &action);

    std::unique_ptr<Ui::LcDetailWindow> m_ui;
    QString m_lcNo;
    models::SessionModel &m_session;
    models::LocalBook &m_book;
    models::BookReader &m_reader;
    std::vector<models::LcSheetModel *> m_sheets;
    std::unique_ptr<Record> m_record;
    std::vector<QPushButton *> m_actions;
    QPushButton *m_verifyDocument = nullptr;
    QPushButton *m_saveDocument = nullptr;
    QLabel *m_documentResult = nullptr;
    bool m_drafted = false; // an action went to the outbox; buttons wait for the ledger
};

} // namespace lx::ui
