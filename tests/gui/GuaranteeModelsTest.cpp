// The guarantee desk's models: each passes QAbstractItemModelTester, the
// proxy sorts amounts as numbers and filters by state, type, counterparty
// and text, and the examination clock counts business days (overdue in red).
#include "GuiTestMain.h"

#include "models/BookReader.h"
#include "models/guarantee/GuaranteeDetailRecord.h"
#include "models/guarantee/GuaranteeFilterProxy.h"
#include "models/guarantee/GuaranteeListModel.h"
#include "models/guarantee/GuaranteeSheetModel.h"
#include "models/lc/LcText.h"

#include "lianxin/guarantee.pb.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDate>

using lx::models::GuaranteeFilterProxy;
using lx::models::GuaranteeListModel;
using lx::models::GuaranteeSheetModel;
using Guarantee = lianxin::guarantee::Guarantee;
using Demand = lianxin::guarantee::Demand;

namespace {

lianxin::lc::Date date(int y, int m, int d)
{
    lianxin::lc::Date out;
    out.set_year(y);
    out.set_month(m);
    out.set_day(d);
    return out;
}

Guarantee guarantee(const std::string &no, Guarantee::Type type, Guarantee::State state, std::int64_t fen,
    const std::string &issuer, const std::string &advising)
{
    Guarantee g;
    g.set_guarantee_no(no);
    g.set_type(type);
    g.set_state(state);
    g.set_amount_fen(fen);
    g.set_available_fen(fen);
    g.set_issuer_msp(issuer);
    g.set_advising_bank_msp(advising);
    g.set_expiry_type(Guarantee::FIXED_DATE);
    *g.mutable_expiry_date() = date(2027, 6, 30);
    g.mutable_applicant()->set_name("Applicant of " + no);
    g.mutable_beneficiary()->set_name("Beneficiary of " + no);
    g.mutable_underlying()->set_reference("CONTRACT-" + no);
    return g;
}

// Received Thursday 2026-11-26: examine by Thursday 2026-12-03.
void addDemand(Guarantee &g, Demand::State state)
{
    Demand &d = *g.add_demands();
    d.set_number(g.demands_size());
    d.set_amount_fen(g.available_fen() / 2);
    d.set_statement_of_breach("breach");
    d.set_state(state);
    *d.mutable_received_date() = date(2026, 11, 26);
    *d.mutable_examination_deadline() = date(2026, 12, 3);
    d.set_presenting_bank_msp(g.advising_bank_msp());
}

std::vector<Guarantee> book()
{
    std::vector<Guarantee> out;
    out.push_back(guarantee("G-1", Guarantee::PERFORMANCE, Guarantee::ADVISED, 90000, "HuaxiaBankMSP", "DongfangBankMSP"));
    out.push_back(guarantee("G-2", Guarantee::BID, Guarantee::DEMANDED, 1000000, "HuaxiaBankMSP", "ChangjiangBankMSP"));
    addDemand(out.back(), Demand::PRESENTED);
    out.push_back(guarantee("G-3", Guarantee::BID, Guarantee::ISSUED, 200000, "DongfangBankMSP", "HuaxiaBankMSP"));
    out.back().set_frozen(true);
    return out;
}

int dayOf(int y, int m, int d)
{
    return lx::models::LcText::dayOfDate(QDate(y, m, d));
}

} // namespace

class GuaranteeModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listModelAndProxy();
    void examinationClock();
    void sheets();
};

void GuaranteeModelsTest::listModelAndProxy()
{
    lx::models::BookReader reader; // no cache: rows are set directly
    GuaranteeListModel model(reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GuaranteeFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(dayOf(2026, 11, 30));
    model.setRows(book());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(GuaranteeListModel::ColumnCount));
    // Refreshed in place: same guarantees, new values.
    auto again = book();
    again[0].set_available_fen(45000);
    model.setRows(again);
    QCOMPARE(model.index(0, 0).data(GuaranteeListModel::AvailableFenRole).toLongLong(), 45000);
    QCOMPARE(model.index(2, GuaranteeListModel::FrozenColumn).data(GuaranteeListModel::FrozenRole).toBool(), true);

    // Amounts sort as numbers (90,000 < 200,000 < 1,000,000 fen), not as text.
    proxy.sort(GuaranteeListModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("G-1"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("G-3"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("G-2"));

    proxy.setTypeFilter(Guarantee::BID);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStateFilter(Guarantee::ISSUED);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStateFilter(0);
    proxy.setTypeFilter(0);
    proxy.setCounterpartyFilter(QStringLiteral("ChangjiangBankMSP"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("G-2"));
    proxy.setCounterpartyFilter({});
    proxy.setSearchText(QStringLiteral("contract-g-3"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText({});
    QCOMPARE(proxy.rowCount(), 3);

    // A new list (a guarantee added) resets the model; the testers check it.
    auto more = book();
    more.push_back(guarantee("G-4", Guarantee::WARRANTY, Guarantee::EXPIRED, 5, "HuaxiaBankMSP", "NanhaiBankMSP"));
    model.setRows(more);
    QCOMPARE(proxy.rowCount(), 4);
}

void GuaranteeModelsTest::examinationClock()
{
    lx::models::BookReader reader;
    GuaranteeListModel model(reader);
    model.setRows(book());
    const QModelIndex deadline = model.index(1, GuaranteeListModel::DeadlineColumn);
    model.setToday(dayOf(2026, 11, 26));
    QCOMPARE(deadline.data(GuaranteeListModel::DeadlineDaysRole).toInt(), 5);
    model.setToday(dayOf(2026, 11, 30)); // Monday: Tue, Wed, Thu left
    QCOMPARE(deadline.data(GuaranteeListModel::DeadlineDaysRole).toInt(), 3);
    QVERIFY(!deadline.data(Qt::ForegroundRole).isValid());
    model.setToday(dayOf(2026, 12, 4));
    QCOMPARE(deadline.data(GuaranteeListModel::DeadlineDaysRole).toInt(), -1);
    QCOMPARE(deadline.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(!model.index(0, GuaranteeListModel::DeadlineColumn).data(GuaranteeListModel::DeadlineDaysRole).isValid());
}

void GuaranteeModelsTest::sheets()
{
    Guarantee g = book()[1];
    auto *event = g.add_history();
    event->set_tx_id("tx-1");
    event->set_action("Issue");
    event->set_bank_msp("HuaxiaBankMSP");
    event->set_maker("officer1");
    event->set_checker("checker1");
    const auto timeline = lx::models::GuaranteeDetailRecord::timelineOf(g, { 7, 9 }, { 0, 1 }, { "tx-1", "tx-2" });
    QCOMPARE(timeline.size(), std::size_t(2));
    QCOMPARE(timeline[0].event.maker(), std::string("officer1"));
    QVERIFY(timeline[1].event.tx_id().empty()); // a change the record names no event for
    for (const auto sheet : { GuaranteeSheetModel::Sheet::Terms, GuaranteeSheetModel::Sheet::Amendments,
             GuaranteeSheetModel::Sheet::Demands, GuaranteeSheetModel::Sheet::Timeline }) {
        GuaranteeSheetModel model(sheet);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(dayOf(2026, 12, 1));
        model.setRecord(g, timeline);
        model.retranslate();
        if (sheet == GuaranteeSheetModel::Sheet::Demands) {
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.index(0, 0).data(GuaranteeSheetModel::DeadlineDaysRole).toInt(), 2);
            model.setToday(dayOf(2026, 12, 7));
            QVERIFY(model.index(0, 0).data(GuaranteeSheetModel::OverdueRole).toBool());
        }
        if (sheet == GuaranteeSheetModel::Sheet::Timeline) {
            QCOMPARE(model.rowCount(), 2);
            QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("7"));
            QCOMPARE(model.index(0, 6).data().toString(), QStringLiteral("checker1"));
        }
        if (sheet == GuaranteeSheetModel::Sheet::Terms)
            QVERIFY(model.rowCount() > 10);
    }
}

LIANXIN_GUI_TEST_MAIN(GuaranteeModelsTest)
#include "GuaranteeModelsTest.moc"
