#include "models/guarantee/GuaranteeSheetModel.h"

#include "models/BusinessDays.h"
#include "models/guarantee/GuaranteeEventText.h"
#include "models/guarantee/GuaranteeText.h"
#include "models/lc/LcText.h"

#include <QBrush>
#include <QColor>

namespace lx::models {

using lianxin::guarantee::Demand;

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

GuaranteeSheetModel::GuaranteeSheetModel(Sheet sheet, QObject *parent) : QAbstractTableModel(parent), m_sheet(sheet)
{
}

void GuaranteeSheetModel::setRecord(
    const lianxin::guarantee::Guarantee &g, const std::vector<GuaranteeTimelineEntry> &timeline)
{
    m_guarantee = g;
    m_timeline = timeline;
    rebuild();
}

void GuaranteeSheetModel::setToday(int day)
{
    m_today = day;
    rebuild();
}

void GuaranteeSheetModel::retranslate()
{
    rebuild();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void GuaranteeSheetModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    switch (m_sheet) {
    case Sheet::Terms:
        buildTerms();
        break;
    case Sheet::Amendments:
        buildAmendments();
        break;
    case Sheet::Demands:
        buildDemands();
        break;
    case Sheet::Timeline:
        buildTimeline();
        break;
    }
    endResetModel();
}

void GuaranteeSheetModel::buildTerms()
{
    const auto &g = m_guarantee;
    if (g.guarantee_no().empty())
        return;
    const auto party = [](const lianxin::lc::Party &p) {
        return p.uscc().empty() ? text(p.name()) : tr("%1 (USCC %2)").arg(text(p.name()), text(p.uscc()));
    };
    const auto add = [this](const QString &term, const QString &value) {
        Row row;
        row.cells = { term, value };
        m_rows.push_back(std::move(row));
    };
    add(tr("Guarantee number"), text(g.guarantee_no()));
    add(tr("Type"), GuaranteeText::typeName(g.type()));
    add(tr("Rules"), text(g.rules()));
    add(tr("Issue date"), GuaranteeText::dateText(g.issue_date()));
    add(tr("Expiry type"), GuaranteeText::expiryTypeName(g.expiry_type()));
    add(tr("Expiry"), GuaranteeText::expiryText(g));
    add(tr("Applicant"), party(g.applicant()));
    add(tr("Beneficiary"), party(g.beneficiary()));
    add(tr("Issuer"), LcText::bankName(text(g.issuer_msp())));
    add(tr("Advising bank"), LcText::bankName(text(g.advising_bank_msp())));
    add(tr("Amount"), LcText::money(g.amount_fen()));
    add(tr("Available"), LcText::money(g.available_fen()));
    add(tr("Underlying contract"),
        tr("%1 of %2: %3")
            .arg(text(g.underlying().reference()), GuaranteeText::dateText(g.underlying().date()),
                text(g.underlying().description())));
    for (const auto &step : g.reduction_schedule())
        add(tr("Reduction clause"),
            tr("%1 on %2%3")
                .arg(LcText::money(step.amount_fen()), GuaranteeText::dateText(step.date()),
                    step.applied() ? tr(" (applied)") : QString()));
    add(tr("Terms"), text(g.terms()));
    add(tr("State"), GuaranteeText::stateName(g.state()));
    for (const auto &stop : g.stop_payments())
        add(tr("Court stop-payment order"),
            stop.lifting_order_no().empty()
                ? tr("%1, %2, since %3 (in force)")
                      .arg(text(stop.court()), text(stop.order_no()), GuaranteeText::dateText(stop.recorded_date()))
                : tr("%1, %2, lifted by %3 on %4")
                      .arg(text(stop.court()), text(stop.order_no()), text(stop.lifting_order_no()),
                          GuaranteeText::dateText(stop.lifted_date())));
}

void GuaranteeSheetModel::buildAmendments()
{
    for (const auto &a : m_guarantee.amendments()) {
        QStringList changes;
        if (a.has_increase_fen())
            changes << tr("increase %1").arg(LcText::money(a.increase_fen()));
        if (a.has_decrease_fen())
            changes << tr("decrease %1").arg(LcText::money(a.decrease_fen()));
        if (GuaranteeText::dayOf(a.new_expiry_date()))
            changes << tr("expiry %1").arg(GuaranteeText::dateText(a.new_expiry_date()));
        if (a.has_new_expiry_event())
            changes << tr("expiry event %1").arg(text(a.new_expiry_event()));
        m_rows.push_back({ { QString::number(a.number()), GuaranteeText::dateText(a.amendment_date()),
                               changes.join(QStringLiteral("; ")), text(a.narrative()),
                               GuaranteeText::amendmentStatusName(a.status()),
                               GuaranteeText::dateText(a.answered_date()) },
            a.number(), static_cast<int>(a.status()), {}, {} });
    }
}

void GuaranteeSheetModel::buildDemands()
{
    for (const Demand &d : m_guarantee.demands()) {
        Row row;
        row.number = d.number();
        row.state = static_cast<int>(d.state());
        QString left;
        const auto due = GuaranteeText::dayOf(d.examination_deadline());
        if (d.state() == Demand::PRESENTED && due) {
            row.deadlineDays = businessDaysLeft(m_today, *due);
            left = GuaranteeText::daysLeftText(row.deadlineDays.toInt());
        }
        QStringList discrepancies;
        for (const auto &x : d.discrepancies())
            discrepancies << (x.code().empty()
                    ? text(x.description())
                    : tr("%1: %2").arg(LcText::discrepancyName(text(x.code())), text(x.description())));
        QString state = GuaranteeText::demandStateName(d.state());
        if (d.state() == Demand::SUSPENDED)
            state = tr("%1 until %2").arg(state, GuaranteeText::dateText(d.suspended_until()));
        row.cells = { QString::number(d.number()), LcText::money(d.amount_fen()), text(d.statement_of_breach()),
            GuaranteeText::dateText(d.received_date()), GuaranteeText::dateText(d.examination_deadline()), left, state,
            GuaranteeText::dayOf(d.requested_expiry()) ? GuaranteeText::dateText(d.requested_expiry())
                                                        : tr("Pay only"),
            discrepancies.join(QStringLiteral("; ")), LcText::bankName(text(d.presenting_bank_msp())) };
        m_rows.push_back(std::move(row));
    }
}

void GuaranteeSheetModel::buildTimeline()
{
    for (const GuaranteeTimelineEntry &entry : m_timeline) {
        const auto &e = entry.event;
        Row row;
        row.number = QVariant::fromValue<qulonglong>(entry.block);
        row.txId = text(entry.txId);
        row.cells = { entry.block ? QString::number(entry.block) : QString(), text(entry.txId).left(16),
            GuaranteeText::dateText(e.date()), GuaranteeText::actionName(text(e.action())),
            LcText::bankName(text(e.bank_msp())), text(e.maker()), text(e.checker()),
            GuaranteeEventText::summary(e, m_guarantee) };
        m_rows.push_back(std::move(row));
    }
}

QStringList GuaranteeSheetModel::headers() const
{
    switch (m_sheet) {
    case Sheet::Terms:
        return { tr("Term"), tr("Value") };
    case Sheet::Amendments:
        return { tr("No."), tr("Date"), tr("Changes"), tr("Narrative"), tr("Status"), tr("Answered") };
    case Sheet::Demands:
        return { tr("No."), tr("Amount"), tr("Statement of breach"), tr("Received"), tr("Examine by"),
            tr("Time left"), tr("State"), tr("Extend or pay"), tr("Discrepancies"), tr("Presented by") };
    case Sheet::Timeline:
        return { tr("Block"), tr("Transaction"), tr("Date"), tr("Action"), tr("Bank"), tr("Maker"), tr("Checker"),
            tr("What changed") };
    }
    return {};
}

int GuaranteeSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GuaranteeSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant GuaranteeSheetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.cells.size() ? row.cells[index.column()] : QString();
    case Qt::ToolTipRole:
        if (m_sheet == Sheet::Timeline && index.column() == 1)
            return row.txId;
        return {};
    case Qt::ForegroundRole:
        if (m_sheet == Sheet::Demands && row.deadlineDays.isValid() && row.deadlineDays.toInt() < 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case NumberRole:
        return row.number;
    case StateRole:
        return row.state;
    case TxIdRole:
        return row.txId;
    case DeadlineDaysRole:
        return row.deadlineDays;
    case OverdueRole:
        return row.deadlineDays.isValid() && row.deadlineDays.toInt() < 0;
    default:
        return {};
    }
}

QVariant GuaranteeSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList names = headers();
    return section >= 0 && section < names.size() ? names[section] : QVariant();
}

QHash<int, QByteArray> GuaranteeSheetModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(NumberRole, "number");
    names.insert(StateRole, "state");
    names.insert(TxIdRole, "txId");
    names.insert(DeadlineDaysRole, "deadlineDays");
    names.insert(OverdueRole, "overdue");
    return names;
}

} // namespace lx::models
