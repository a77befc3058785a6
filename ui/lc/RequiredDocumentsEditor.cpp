#include "ui/lc/RequiredDocumentsEditor.h"

#include "models/lc/RequiredDocumentsModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lx::ui {

using models::RequiredDocumentsModel;

RequiredDocumentsEditor::RequiredDocumentsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new RequiredDocumentsModel(this))
    , m_typeCombo(new QComboBox(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_view(new QTableView(this))
{
    m_typeCombo->setObjectName(QStringLiteral("documentTypeCombo"));
    m_addButton->setObjectName(QStringLiteral("addDocumentButton"));
    m_removeButton->setObjectName(QStringLiteral("removeDocumentButton"));
    m_view->setObjectName(QStringLiteral("requiredDocumentsView"));
    for (const QString &type : RequiredDocumentsModel::knownTypes())
        m_typeCombo->addItem(QString(), type);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(RequiredDocumentsModel::TypeColumn, QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    m_view->setMinimumHeight(120);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_typeCombo, 1);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_addButton, &QPushButton::clicked, this, &RequiredDocumentsEditor::addSelectedType);
    connect(m_removeButton, &QPushButton::clicked, this, &RequiredDocumentsEditor::removeCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RequiredDocumentsEditor::changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RequiredDocumentsEditor::changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RequiredDocumentsEditor::changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequiredDocumentsEditor::changed);
    retranslate();
}

RequiredDocumentsEditor::~RequiredDocumentsEditor() = default;

std::vector<lianxin::lc::RequiredDocument> RequiredDocumentsEditor::documents() const
{
    return m_model->documents();
}

void RequiredDocumentsEditor::clear()
{
    m_model->clear();
    m_typeCombo->setCurrentIndex(0);
}

void RequiredDocumentsEditor::addSelectedType()
{
    // One original and no copies is what most L/Cs ask; the officer edits it in the grid.
    m_model->addDocument(m_typeCombo->currentData().toString(), 1, 0);
    m_view->selectRow(m_model->rowCount() - 1);
}

void RequiredDocumentsEditor::removeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeDocument(current.row());
}

void RequiredDocumentsEditor::retranslate()
{
    for (int i = 0; i < m_typeCombo->count(); ++i)
        m_typeCombo->setItemText(i, RequiredDocumentsModel::typeName(m_typeCombo->itemData(i).toString()));
    m_typeCombo->setAccessibleName(tr("Type of document to add"));
    m_addButton->setText(tr("Add document"));
    m_addButton->setAccessibleName(tr("Add the required document"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setAccessibleName(tr("Remove the selected document"));
    m_view->setAccessibleName(tr("Required documents"));
}

void RequiredDocumentsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace lx::ui
