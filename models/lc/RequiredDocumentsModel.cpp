#include "models/lc/RequiredDocumentsModel.h"

#include <algorithm>

namespace lx::models {

RequiredDocumentsModel::RequiredDocumentsModel(QObject *parent) : QAbstractTableModel(parent) { }

int RequiredDocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_documents.size());
}

int RequiredDocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequiredDocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &doc = m_documents[static_cast<std::size_t>(index.row())];
    if (role == DocTypeRole)
        return QString::fromStdString(doc.doc_type());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TypeColumn:
        return typeName(QString::fromStdString(doc.doc_type()));
    case OriginalsColumn:
        return doc.originals();
    case CopiesColumn:
        return doc.copies();
    case DescriptionColumn:
        return QString::fromStdString(doc.description());
    default:
        return {};
    }
}

QVariant RequiredDocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Document");
    case OriginalsColumn:
        return tr("Originals");
    case CopiesColumn:
        return tr("Copies");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags RequiredDocumentsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags out = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != TypeColumn)
        out |= Qt::ItemIsEditable;
    return out;
}

bool RequiredDocumentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() == TypeColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto &doc = m_documents[static_cast<std::size_t>(index.row())];
    if (index.column() == DescriptionColumn) {
        doc.set_description(value.toString().trimmed().toStdString());
    } else {
        bool ok = false;
        const int count = value.toInt(&ok);
        if (!ok || count < 0 || count > kMaxCount)
            return false;
        if (index.column() == OriginalsColumn)
            doc.set_originals(count);
        else
            doc.set_copies(count);
    }
    Q_EMIT dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    return true;
}

QHash<int, QByteArray> RequiredDocumentsModel::roleNames() const
{
    QHash<int, QByteArray> out = QAbstractTableModel::roleNames();
    out.insert(DocTypeRole, QByteArrayLiteral("docType"));
    return out;
}

void RequiredDocumentsModel::addDocument(const QString &docType, int originals, int copies)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    lianxin::lc::RequiredDocument doc;
    doc.set_doc_type(docType.toStdString());
    doc.set_originals(std::clamp(originals, 0, kMaxCount));
    doc.set_copies(std::clamp(copies, 0, kMaxCount));
    m_documents.push_back(std::move(doc));
    endInsertRows();
}

void RequiredDocumentsModel::removeDocument(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_documents.erase(m_documents.begin() + row);
    endRemoveRows();
}

void RequiredDocumentsModel::clear()
{
    if (m_documents.empty())
        return;
    beginResetModel();
    m_documents.clear();
    endResetModel();
}

void RequiredDocumentsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_documents.empty())
        Q_EMIT dataChanged(index(0, TypeColumn), index(rowCount() - 1, TypeColumn), { Qt::DisplayRole });
}

QStringList RequiredDocumentsModel::knownTypes()
{
    return { QStringLiteral("INVOICE"), QStringLiteral("TRANSPORT_DOCUMENT"), QStringLiteral("INSURANCE"),
        QStringLiteral("INSPECTION"), QStringLiteral("PACKING_LIST"), QStringLiteral("CERTIFICATE_OF_ORIGIN"),
        QStringLiteral("SERVICE_ACCEPTANCE") };
}

QString RequiredDocumentsModel::typeName(const QString &code)
{
    if (code == QLatin1String("INVOICE"))
        return tr("Invoice");
    if (code == QLatin1String("TRANSPORT_DOCUMENT"))
        return tr("Transport document");
    if (code == QLatin1String("INSURANCE"))
        return tr("Insurance document");
    if (code == QLatin1String("INSPECTION"))
        return tr("Inspection certificate");
    if (code == QLatin1String("PACKING_LIST"))
        return tr("Packing list");
    if (code == QLatin1String("CERTIFICATE_OF_ORIGIN"))
        return tr("Certificate of origin");
    if (code == QLatin1String("SERVICE_ACCEPTANCE"))
        return tr("Service acceptance certificate");
    return code;
}

} // namespace lx::models
