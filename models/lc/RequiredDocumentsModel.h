#pragma once

#include "lianxin/lc.pb.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace lx::models {

// The documents an L/C requires the beneficiary to present (46A), as an
// editable grid: the type is chosen when a row is added, originals, copies
// and the description are edited in place.
class RequiredDocumentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TypeColumn, OriginalsColumn, CopiesColumn, DescriptionColumn, ColumnCount };
    enum Role { DocTypeRole = Qt::UserRole + 1 };
    static constexpr int kMaxCount = 99;

    explicit RequiredDocumentsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    void addDocument(const QString &docType, int originals, int copies);
    void removeDocument(int row);
    void clear();
    // Tells views the headers and type names changed with the language.
    void retranslate();
    const std::vector<lianxin::lc::RequiredDocument> &documents() const { return m_documents; }

    // The document types the contract's examiners know, by code.
    static QStringList knownTypes();
    // The translated name of a type code; the code itself when unknown.
    static QString typeName(const QString &code);

private:
    std::vector<lianxin::lc::RequiredDocument> m_documents;
};

} // namespace lx::models
