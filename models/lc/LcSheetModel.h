#pragma once

#include "cache/LcRecords.h"

#include "models/lc/TimelineSignatures.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace lx::models {

// One tab of an L/C's detail as a read-only table: its terms, amendments,
// presentations, documents, or its timeline (every ledger transaction of
// the L/C with block, transaction ID, bank, maker and checker). The rows are
// computed when the record is set; texts follow the current language after
// setRecord() or retranslate().
class LcSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Sheet { Terms, Amendments, Presentations, Documents, Timeline };
    enum Role { TxIdRole = Qt::UserRole + 1, BlockRole, VerifiedRole };

    explicit LcSheetModel(Sheet sheet, QObject *parent = nullptr);

    void setRecord(const lianxin::lc::LetterOfCredit &lc, const std::vector<cache::LcTimelineEntry> &timeline);
    // Timeline: who signed each transaction, who endorsed it and whether the
    // signatures verify (until set: "checking…").
    void setSignatures(const std::map<std::string, TxSignatures> &signatures);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList headers() const;
    void rebuild();

    Sheet m_sheet;
    lianxin::lc::LetterOfCredit m_lc;
    std::vector<cache::LcTimelineEntry> m_timeline;
    std::map<std::string, TxSignatures> m_signatures;
    bool m_signaturesKnown = false;
    std::vector<QStringList> m_rows;
};

} // namespace lx::models
