#pragma once

#include "lianxin/lc.pb.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QPushButton;
class QTableView;

namespace lx::models {
class RequiredDocumentsModel;
}

namespace lx::ui {

// The documents an L/C requires (46A): pick a type and add it, then edit
// originals, copies and a description in the grid; remove the selected row.
class RequiredDocumentsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RequiredDocumentsEditor(QWidget *parent = nullptr);
    ~RequiredDocumentsEditor() override;

    std::vector<lianxin::lc::RequiredDocument> documents() const;
    models::RequiredDocumentsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void clear();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addSelectedType();
    void removeCurrent();
    void retranslate();

    models::RequiredDocumentsModel *m_model;
    QComboBox *m_typeCombo;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QTableView *m_view;
};

} // namespace lx::ui
