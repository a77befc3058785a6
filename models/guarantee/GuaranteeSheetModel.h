#pragma once

#include "models/guarantee/GuaranteeDetailRecord.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace lx::models {

// One tab of a guarantee's window as a read-only table: its terms (MT760),
// amendments, demands (with the examination clock counting down in
// business days from today) or its timeline (each committed change with
// block, transaction, bank, maker and checker). Texts follow the current
// language after setRecord() or retranslate().
class GuaranteeSheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Sheet { Terms, Amendments, Demands, Timeline };
    enum Role {
        NumberRole = Qt::UserRole + 1, // amendment or demand number; block on the timeline
        StateRole, // demand state / amendment status number
        TxIdRole, // timeline
        DeadlineDaysRole, // demands: business days left to examine; null when examined
        OverdueRole, // demands: the examination deadline has passed
    };

    explicit GuaranteeSheetModel(Sheet sheet, QObject *parent = nullptr);

    void setRecord(const lianxin::guarantee::Guarantee &g, const std::vector<GuaranteeTimelineEntry> &timeline);
    void setToday(int day);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QStringList cells;
        QVariant number;
        QVariant state;
        QString txId;
        QVariant deadlineDays;
    };
    QStringList headers() const;
    void rebuild();
    void buildTerms();
    void buildAmendments();
    void buildDemands();
    void buildTimeline();

    Sheet m_sheet;
    lianxin::guarantee::Guarantee m_guarantee;
    std::vector<GuaranteeTimelineEntry> m_timeline;
    int m_today = 0;
    std::vector<Row> m_rows;
};

} // namespace lx::models
