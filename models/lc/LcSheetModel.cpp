#include "models/lc/LcSheetModel.h"

#include "chaincode/lc/LcRules.h"
#include "crypto/Bytes.h"
#include "models/Money.h"
#include "models/approvals/DraftComparison.h"
#include "models/lc/LcEventText.h"
#include "models/lc/LcTermsCheck.h"
#include "models/lc/LcText.h"
#include "models/lc/RequiredDocumentsModel.h"

#include <QLocale>

namespace lx::models {

namespace {

// Stored text as a screen may show it: hidden characters written out.
QString text(const std::string &s)
{
    return LcText::shown(s);
}

QString date(const lianxin::lc::Date &d)
{
    return DraftComparison::dateText(d);
}

constexpr int kTxIdColumn = 6; // in the timeline

QString yesNo(bool value)
{
    return value ? LcSheetModel::tr("Yes") : LcSheetModel::tr("No");
}

QString presentationState(int state)
{
    using P = lianxin::lc::Presentation;
    switch (state) {
    case P::PRESENTED:
        return LcSheetModel::tr("Presented");
    case P::COMPLYING:
        return LcSheetModel::tr("Complying");
    case P::DISCREPANT:
        return LcSheetModel::tr("Discrepant");
    case P::REFUSED:
        return LcSheetModel::tr("Refused");
    case P::WAIVED:
        return LcSheetModel::tr("Discrepancies waived");
    case P::ACCEPTED:
        return LcSheetModel::tr("Accepted, payment at maturity");
    case P::PAID:
        return LcSheetModel::tr("Paid");
    case P::PAID_AT_MATURITY:
        return LcSheetModel::tr("Paid at maturity");
    default:
        return LcSheetModel::tr("Unknown");
    }
}

QString amendmentState(int state)
{
    using A = lianxin::lc::Amendment;
    switch (state) {
    case A::PENDING:
        return LcSheetModel::tr("Awaiting the beneficiary");
    case A::ACCEPTED:
        return LcSheetModel::tr("Accepted");
    case A::REJECTED:
        return LcSheetModel::tr("Rejected");
    default:
        return LcSheetModel::tr("Unknown");
    }
}

QString party(const lianxin::lc::Party &p)
{
    return text(p.name()) + QStringLiteral(" (") + text(p.uscc()) + QLatin1Char(')');
}

} // namespace

LcSheetModel::LcSheetModel(Sheet sheet, QObject *parent) : QAbstractTableModel(parent), m_sheet(sheet) { }

void LcSheetModel::setRecord(const lianxin::lc::LetterOfCredit &lc, const std::vector<cache::LcTimelineEntry> &timeline)
{
    beginResetModel();
    m_lc = lc;
    if (timeline.size() != m_timeline.size())
        m_signaturesKnown = false; // new transactions: not yet checked
    m_timeline = timeline;
    rebuild();
    endResetModel();
}

void LcSheetModel::setSignatures(const std::map<std::string, TxSignatures> &signatures)
{
    beginResetModel();
    m_signatures = signatures;
    m_signaturesKnown = true;
    rebuild();
    endResetModel();
}

void LcSheetModel::retranslate()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

QStringList LcSheetModel::headers() const
{
    switch (m_sheet) {
    case Sheet::Terms:
        return { tr("Term"), tr("Value") };
    case Sheet::Amendments:
        return { tr("No."), tr("Date"), tr("Changes"), tr("Status"), tr("Answered") };
    case Sheet::Presentations:
        return { tr("No."), tr("Presented by"), tr("Amount"), tr("Received"), tr("Examine by"), tr("State"),
            tr("Pay by"), tr("Discrepancies"), tr("Also presented under"), tr("Examiner's finding on them") };
    case Sheet::Documents:
        return { tr("Presentation"), tr("Type"), tr("File"), tr("SHA-256") };
    case Sheet::Timeline:
        return { tr("Date"), tr("Action"), tr("Bank"), tr("Maker"), tr("Checker"), tr("Block"), tr("Transaction ID"),
            tr("Signed by"), tr("Endorsed by"), tr("Signatures"), tr("Summary") };
    }
    return {};
}

void LcSheetModel::rebuild()
{
    m_rows.clear();
    const auto &lc = m_lc;
    switch (m_sheet) {
    case Sheet::Terms: {
        const auto add = [this](const QString &term, const QString &value) { m_rows.push_back({ term, value }); };
        add(tr("L/C No."), text(lc.lc_no()));
        add(tr("State"), LcText::stateName(lc.state()));
        add(tr("Issuing bank"), LcText::bankName(text(lc.issuing_bank_msp())));
        add(tr("Advising bank"), LcText::bankName(text(lc.advising_bank_msp())));
        if (!lc.nominated_bank_msp().empty())
            add(tr("Nominated bank"), LcText::bankName(text(lc.nominated_bank_msp())));
        add(tr("Applicant"), party(lc.applicant()));
        add(tr("Beneficiary"), party(lc.beneficiary()));
        add(tr("Amount"), LcText::money(lc.amount_fen()));
        add(tr("Amount in words"), text(lc.amount_in_words()));
        add(tr("Available"), LcText::money(lc.available_balance_fen()));
        add(tr("Tolerance"), tr("+%1% / -%2%").arg(lc.tolerance().plus_percent()).arg(lc.tolerance().minus_percent()));
        add(tr("Payment"), DraftComparison::paymentText(lc.payment_term()));
        add(tr("Issued"), date(lc.issue_date()));
        add(tr("Expiry"), date(lc.expiry_date()) + QStringLiteral(", ") + text(lc.expiry_place()));
        add(tr("Latest shipment"), date(lc.latest_shipment_date()));
        add(tr("Shipment"), text(lc.shipment_from()) + QStringLiteral(" → ") + text(lc.shipment_to()));
        add(tr("Partial shipments"), yesNo(lc.partial_shipments_allowed()));
        add(tr("Transhipment"), yesNo(lc.transhipment_allowed()));
        add(tr("Goods"), text(lc.goods_description()));
        add(tr("Presentation period"), DraftComparison::termText(lc, "presentation_period_days"));
        QStringList documents;
        for (const auto &d : lc.required_documents())
            documents << tr("%1: %2 original(s), %3 copies")
                             .arg(RequiredDocumentsModel::typeName(text(d.doc_type())))
                             .arg(d.originals())
                             .arg(d.copies());
        add(tr("Documents required"), documents.join(QStringLiteral("; ")));
        if (!lc.additional_conditions().empty())
            add(tr("Additional conditions"), text(lc.additional_conditions()));
        break;
    }
    case Sheet::Amendments:
        for (const auto &a : lc.amendments()) {
            QStringList changes;
            for (const auto &term : chaincode::lc::amendmentChanges(a))
                changes << DraftComparison::termTitle(term);
            m_rows.push_back({ QString::number(a.number()), date(a.amendment_date()),
                changes.join(QStringLiteral(", ")), amendmentState(a.status()), date(a.answered_date()) });
        }
        break;
    case Sheet::Presentations:
        for (const auto &p : lc.presentations()) {
            QStringList found;
            for (const auto &d : p.examination().discrepancies())
                found << LcText::discrepancyName(text(d.code()));
            // Its documents the notary holds under other L/Cs too.
            QStringList elsewhere;
            for (const auto &d : p.duplicates()) {
                QStringList others;
                for (const auto &lcNo : d.other_lc_nos())
                    others << text(lcNo);
                elsewhere << tr("%1 under %2")
                                 .arg(RequiredDocumentsModel::typeName(text(d.doc_type())),
                                     others.join(QStringLiteral(", ")));
            }
            m_rows.push_back({ QString::number(p.number()), LcText::bankName(text(p.presenting_bank_msp())),
                LcText::money(p.amount_fen()), date(p.received_date()), date(p.examination_deadline()),
                presentationState(p.state()), date(p.payment_deadline()), found.join(QStringLiteral(", ")),
                elsewhere.join(QStringLiteral("; ")), text(p.examination().duplicate_acknowledgement()) });
        }
        break;
    case Sheet::Documents:
        for (const auto &p : lc.presentations()) {
            for (const auto &d : p.documents())
                m_rows.push_back({ QString::number(p.number()), RequiredDocumentsModel::typeName(text(d.doc_type())),
                    text(d.file_name()), QString::fromStdString(toHex(d.sha256())) });
        }
        break;
    case Sheet::Timeline:
        for (const auto &e : m_timeline) {
            QString signer;
            QStringList endorsers;
            QString verdict = m_signaturesKnown ? tr("Not on the ledger yet") : tr("Checking…");
            if (const auto found = m_signatures.find(e.txId); found != m_signatures.end()) {
                signer = text(found->second.creator);
                for (const auto &msp : found->second.endorsers)
                    endorsers << LcText::bankName(text(msp));
                verdict = found->second.verified ? tr("Verified")
                                                 : tr("Do not verify: %1").arg(text(found->second.problem));
            }
            // What it did, from the record's own event (its facts) when the
            // cache's timeline and the record agree on it.
            const bool recorded = e.seq >= 0 && e.seq < lc.history_size() && lc.history(e.seq).tx_id() == e.txId;
            const QString summary = recorded ? LcEventText::summary(lc.history(e.seq))
                                             : LcEventText::withoutFacts(LcText::actionName(text(e.action)), e.summary);
            m_rows.push_back(
                { LcText::dateText(e.date), LcText::actionName(text(e.action)), LcText::bankName(text(e.bank)),
                    text(e.maker), text(e.checker), e.block > 0 ? QString::number(e.block) : QString(), text(e.txId),
                    signer, endorsers.join(QStringLiteral(", ")), verdict, summary });
        }
        break;
    }
}

int LcSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LcSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant LcSheetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_rows[static_cast<std::size_t>(index.row())];
    const QString cell = index.column() < row.size() ? row[index.column()] : QString();
    switch (role) {
    case Qt::DisplayRole:
        // A transaction ID is 64 hex digits: its start tells them apart; the
        // whole is in the tooltip and TxIdRole.
        if (m_sheet == Sheet::Timeline && index.column() == kTxIdColumn && cell.size() > 16)
            return QString(cell.left(16) + QStringLiteral("…"));
        return cell;
    case Qt::ToolTipRole:
        return cell;
    case TxIdRole:
        if (m_sheet == Sheet::Timeline)
            return text(m_timeline[static_cast<std::size_t>(index.row())].txId);
        return {};
    case BlockRole:
        if (m_sheet == Sheet::Timeline)
            return QVariant::fromValue<qulonglong>(m_timeline[static_cast<std::size_t>(index.row())].block);
        return {};
    case VerifiedRole:
        if (m_sheet == Sheet::Timeline) {
            const auto found = m_signatures.find(m_timeline[static_cast<std::size_t>(index.row())].txId);
            if (found != m_signatures.end())
                return found->second.verified;
        }
        return {};
    default:
        return {};
    }
}

QVariant LcSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList all = headers();
    return section >= 0 && section < all.size() ? all[section] : QVariant();
}

} // namespace lx::models
