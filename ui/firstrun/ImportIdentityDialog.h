#pragma once

#include "models/NetworkJoin.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lx::ui {

// Three fields of an identity in Fabric's msp folder layout: the folder
// (signcerts/, keystore/; chosen with Browse…), the MSP ID and the user
// name it gets in the wallet. The first-run dialog's join panel and the
// Import identity dialog share it. Its rows go into the owner's form, so
// that every label of the dialog lines up.
class MspIdentityFields : public QObject
{
    Q_OBJECT

public:
    // prefix names the widgets: prefix + "MspDirEdit", "MspDirBrowse",
    // "MspIdEdit", "UserEdit". Adds three rows to form at row (-1: at the end).
    MspIdentityFields(const QString &prefix, QWidget *parent, QFormLayout *form, int row = -1);

    QString mspDir() const;
    QString mspId() const;
    QString user() const;
    QLineEdit *mspIdEdit() const { return m_mspId; }
    // The fields in reading order, for the dialog's Tab chain.
    QLineEdit *mspDirEdit() const { return m_mspDir; }
    QPushButton *browseButton() const { return m_browse; }
    QLineEdit *userEdit() const { return m_user; }
    void setBusy(bool busy);
    void retranslate();
    // An empty msp folder or user name, said as the dialogs say it; empty when none.
    QString missingField(bool mspIdRequired) const;
    void setVisible(bool visible);

private:
    QFormLayout *m_form;
    QWidget *m_parent;
    QLabel *m_mspDirLabel;
    QLineEdit *m_mspDir;
    QPushButton *m_browse;
    QLabel *m_mspIdLabel;
    QLineEdit *m_mspId;
    QLabel *m_userLabel;
    QLineEdit *m_user;
};

// File > Import identity…: an identity a bank's Fabric CA enrolled (msp
// folder) into this data folder's wallet, unlocked with its passphrase. The
// import runs on a worker (NetworkJoin); a refusal shows its translated
// reason and leaves the wallet as it was.
class ImportIdentityDialog : public QDialog
{
    Q_OBJECT

public:
    ImportIdentityDialog(const QString &dataDir, QWidget *parent = nullptr);
    ~ImportIdentityDialog() override;

    void setDefaultMspId(const QString &mspId);

Q_SIGNALS:
    // The wallet holds label now.
    void imported(const QString &label);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void retranslate();
    void showProblem(const QString &text);

    QString m_dataDir;
    models::NetworkJoin *m_join;
    QLabel *m_intro;
    QFormLayout *m_form;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    QLabel *m_error;
    QPushButton *m_cancel;
    QPushButton *m_import;
    MspIdentityFields *m_fields;
};

// The sentence a join or import refusal shows (translated).
QString joinProblemText(models::NetworkJoin::Problem problem, const QString &reasonCode, const QString &detail);

} // namespace lx::ui
