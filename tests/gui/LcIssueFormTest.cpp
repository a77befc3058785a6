// The L/C issuance form, driven as a maker would: every field typed or
// clicked, the contract's validators answering on each edit, Submit held
// back until nothing is left to correct, then one issueRequested carrying
// exactly the typed terms.
#include "ui/lc/LcIssueForm.h"

#include "FormTyping.h"
#include "GuiTestMain.h"

#include "chaincode/lc/LcAmountWords.h"
#include "chaincode/lc/LcRules.h"
#include "chaincode/trust/Uscc.h"
#include "models/ReasonCatalog.h"
#include "models/TranslationCatalog.h"
#include "models/lc/LcTermsCheck.h"
#include "models/lc/RequiredDocumentsModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

#include <algorithm>

using lx::models::LcTermsCheck;
using lx::models::RequiredDocumentsModel;
using lx::ui::LcIssueForm;

namespace {

const QDate kToday(2026, 10, 13);
const QString kIssuer = QStringLiteral("HuaxiaBankMSP");

QString uscc(const std::string &eightDigits)
{
    return lx::test::FormTyping::uscc(eightDigits);
}

QList<LcIssueForm::MemberBank> memberBanks()
{
    return { { QStringLiteral("HuaxiaBankMSP"), QStringLiteral("Huaxia Trade Bank") },
        { QStringLiteral("DongfangBankMSP"), QStringLiteral("Dongfang Commercial Bank") },
        { QStringLiteral("ChangjiangBankMSP"), QStringLiteral("Changjiang Industrial Bank") } };
}

bool listed(const QListWidget *list, const QString &code)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole + 1).toString() == code)
            return true;
    }
    return false;
}

} // namespace

class LcIssueFormTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyWidgetIsNamed();
    void amountInWordsFollowsTheFigure();
    void refusesUntilCorrectedThenIssues();
    void deferredPaymentTerm();
    void advisingBankIsAnotherMember();
    void clearResets();
    void chineseLocale();
    void untouchedDatesFollowToday();
    void requiredDocumentsModel();
    void fitsTheScreen();

private:
    template<typename T> T *widget(const char *name) const
    {
        auto *found = m_form->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }
    void type(const char *name, const QString &text);
    void choose(const char *name, int index);
    void typeDate(const char *name, const QDate &date);
    void typeNumber(const char *name, int value);
    void editCell(int row, int column, const QString &text);
    void fillValidTerms();

    std::unique_ptr<LcIssueForm> m_form;
};

void LcIssueFormTest::init()
{
    m_form = std::make_unique<LcIssueForm>();
    m_form->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_form->setToday(kToday);
    m_form->setMemberBanks(memberBanks());
    m_form->setIssuingBank(kIssuer);
    m_form->resize(1280, 800);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
}

void LcIssueFormTest::cleanup()
{
    m_form.reset();
}

void LcIssueFormTest::type(const char *name, const QString &text)
{
    lx::test::FormTyping(m_form.get()).type(name, text);
}

void LcIssueFormTest::choose(const char *name, int index)
{
    lx::test::FormTyping(m_form.get()).choose(name, index);
}

void LcIssueFormTest::typeDate(const char *name, const QDate &date)
{
    lx::test::FormTyping(m_form.get()).typeDate(name, date);
}

void LcIssueFormTest::typeNumber(const char *name, int value)
{
    lx::test::FormTyping(m_form.get()).typeNumber(name, value);
}

void LcIssueFormTest::editCell(int row, int column, const QString &text)
{
    lx::test::FormTyping(m_form.get()).editCell("requiredDocumentsView", row, column, text);
}

void LcIssueFormTest::fillValidTerms()
{
    lx::test::FormTyping(m_form.get()).fillIssueForm(QStringLiteral("HX-2026-0042"), true);
}

void LcIssueFormTest::everyWidgetIsNamed()
{
    const QList<QWidget *> widgets = m_form->findChildren<QWidget *>();
    int interactive = 0;
    for (QWidget *w : widgets) {
        const bool isInput = qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractButton *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QAbstractItemView *>(w)
            || (qobject_cast<QLineEdit *>(w) && !qobject_cast<QAbstractSpinBox *>(w->parent())
                && !qobject_cast<QComboBox *>(w->parent()));
        // A view's own parts (headers, corner button) are the view's.
        const bool partOfView = qobject_cast<QHeaderView *>(w) || qobject_cast<QAbstractItemView *>(w->parent());
        if (!isInput || partOfView)
            continue;
        ++interactive;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(interactive >= 40);
    QVERIFY(!widget<QLabel>("amountInWordsLabel")->accessibleName().isEmpty());
}

void LcIssueFormTest::amountInWordsFollowsTheFigure()
{
    type("amountEdit", QStringLiteral("1,234,567.89"));
    QCOMPARE(widget<QLabel>("amountInWordsLabel")->text(),
        QString::fromStdString(lx::chaincode::lc::amountInWords(123456789)));
    QCOMPARE(m_form->letterOfCredit().amount_fen(), 123456789);
    type("amountEdit", QStringLiteral("1000000"));
    QCOMPARE(widget<QLabel>("amountInWordsLabel")->text(), QStringLiteral("人民币壹佰万元整"));
    type("amountEdit", QStringLiteral("12.345"));
    QVERIFY(widget<QLabel>("amountInWordsLabel")->text().isEmpty());
    QVERIFY(listed(widget<QListWidget>("problemsList"), QStringLiteral("AMOUNT_UNREADABLE")));
    QCOMPARE(widget<QLineEdit>("amountEdit")->property("termProblem").toBool(), true);
    // Up to the consortium's limit the words follow (one trillion yuan read
    // past the old table of units); above it the contract's reason shows.
    type("amountEdit", QStringLiteral("1,000,000,000,000"));
    QCOMPARE(widget<QLabel>("amountInWordsLabel")->text(), QStringLiteral("人民币壹万亿元整"));
    QVERIFY(!listed(widget<QListWidget>("problemsList"), QStringLiteral("LC_AMOUNT_TOO_LARGE")));
    type("amountEdit", QStringLiteral("10,000,000,000,000.01"));
    QVERIFY(widget<QLabel>("amountInWordsLabel")->text().isEmpty());
    QVERIFY(listed(widget<QListWidget>("problemsList"), QStringLiteral("LC_AMOUNT_TOO_LARGE")));
}

void LcIssueFormTest::refusesUntilCorrectedThenIssues()
{
    QSignalSpy issued(m_form.get(), &LcIssueForm::issueRequested);
    auto *submit = widget<QPushButton>("submitButton");
    auto *problems = widget<QListWidget>("problemsList");
    QVERIFY(!submit->isEnabled());
    QVERIFY(problems->count() > 5);

    fillValidTerms();
    QVERIFY2(m_form->problems().isEmpty(), qPrintable(problems->count() ? problems->item(0)->text() : QString()));
    QVERIFY(submit->isEnabled());

    // Three mistakes: expiry before today, no beneficiary name, amount zero.
    typeDate("expiryDateEdit", kToday.addDays(-1));
    type("beneficiaryNameEdit", QString());
    type("amountEdit", QStringLiteral("0"));
    QVERIFY(!submit->isEnabled());
    QVERIFY(listed(problems, QStringLiteral("LC_EXPIRY_BEFORE_ISSUE")));
    QVERIFY(listed(problems, QStringLiteral("LC_PARTY_INCOMPLETE")));
    QVERIFY(listed(problems, QStringLiteral("LC_AMOUNT_INVALID")));
    bool sentenceShown = false;
    for (int i = 0; i < problems->count(); ++i)
        sentenceShown |= problems->item(i)->text().contains(
            lx::models::ReasonCatalog::text(QStringLiteral("LC_EXPIRY_BEFORE_ISSUE")));
    QVERIFY(sentenceShown);
    QVERIFY(widget<QDateEdit>("expiryDateEdit")->property("termProblem").toBool());
    QVERIFY(widget<QLineEdit>("beneficiaryNameEdit")->property("termProblem").toBool());
    QVERIFY(!widget<QLineEdit>("beneficiaryAccountNoEdit")->property("termProblem").toBool());
    QVERIFY(!widget<QDateEdit>("expiryDateEdit")->toolTip().isEmpty());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(issued.count(), 0);

    // Corrected one by one; Submit stays off until the last one.
    typeDate("expiryDateEdit", QDate(2027, 1, 31));
    type("beneficiaryNameEdit", QStringLiteral("江苏长风纺织有限公司"));
    QVERIFY(!submit->isEnabled());
    QCOMPARE(problems->count(), 1);
    type("amountEdit", QStringLiteral("1,234,567.89"));
    QVERIFY(submit->isEnabled());
    QCOMPARE(problems->count(), 0);
    QVERIFY(!widget<QDateEdit>("expiryDateEdit")->property("termProblem").toBool());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(issued.count(), 1);

    const auto lc = issued.takeFirst().at(0).value<lianxin::lc::LetterOfCredit>();
    QCOMPARE(lc.lc_no(), std::string("HX-2026-0042"));
    QVERIFY(lc.irrevocable());
    QCOMPARE(lc.currency(), std::string("CNY"));
    QCOMPARE(lc.amount_fen(), 123456789);
    QCOMPARE(lc.amount_in_words(), lx::chaincode::lc::amountInWords(123456789));
    QCOMPARE(lc.issuing_bank_msp(), std::string("HuaxiaBankMSP"));
    QCOMPARE(lc.advising_bank_msp(), std::string("DongfangBankMSP"));
    QCOMPARE(lc.nominated_bank_msp(), std::string("ChangjiangBankMSP"));
    QCOMPARE(lc.applicant().uscc(), uscc("12345678").toStdString());
    QCOMPARE(lc.applicant().account_no(), std::string("3100 1234 5678 0001"));
    QCOMPARE(lc.beneficiary().name(), std::string("江苏长风纺织有限公司"));
    QCOMPARE(lc.beneficiary().address(), std::string("1 Renmin Road, Suzhou"));
    QCOMPARE(lc.tolerance().plus_percent(), 5);
    QCOMPARE(lc.tolerance().minus_percent(), 3);
    QCOMPARE(LcTermsCheck::fromProto(lc.issue_date()), kToday);
    QCOMPARE(LcTermsCheck::fromProto(lc.expiry_date()), QDate(2027, 1, 31));
    QCOMPARE(LcTermsCheck::fromProto(lc.latest_shipment_date()), QDate(2027, 1, 10));
    QCOMPARE(lc.expiry_place(), std::string("Shanghai"));
    QCOMPARE(lc.presentation_period_days(), 15);
    QCOMPARE(lc.payment_term().kind(), lianxin::lc::PaymentTerm::DEFERRED);
    QCOMPARE(lc.payment_term().basis(), lianxin::lc::PaymentTerm::AFTER_SIGHT);
    QCOMPARE(lc.payment_term().days(), 90);
    QCOMPARE(lc.charges().bearer(), lianxin::lc::Charges::SHARED);
    QVERIFY(!lc.services());
    QCOMPARE(lc.goods_description(), std::string("Cotton yarn, 60 tonnes"));
    QCOMPARE(lc.shipment_from(), std::string("Suzhou"));
    QCOMPARE(lc.shipment_to(), std::string("Shanghai"));
    QVERIFY(lc.partial_shipments_allowed());
    QVERIFY(!lc.transhipment_allowed());
    QCOMPARE(lc.required_documents_size(), 2);
    QCOMPARE(lc.required_documents(0).doc_type(), std::string("INVOICE"));
    QCOMPARE(lc.required_documents(0).originals(), 3);
    QCOMPARE(lc.required_documents(0).copies(), 2);
    QCOMPARE(lc.required_documents(1).doc_type(), std::string("TRANSPORT_DOCUMENT"));
    QCOMPARE(lc.required_documents(1).description(), std::string("Road waybill"));
    QCOMPARE(lc.additional_conditions(), std::string("Documents in Chinese"));
    QVERIFY(lx::chaincode::lc::validateTerms(lc, LcTermsCheck::civilDate(kToday)).empty());
}

void LcIssueFormTest::deferredPaymentTerm()
{
    fillValidTerms();
    QVERIFY(m_form->problems().isEmpty());
    typeNumber("maturityDaysSpin", 400);
    QVERIFY(listed(widget<QListWidget>("problemsList"), QStringLiteral("LC_DEFERRED_OVER_ONE_YEAR")));
    QVERIFY(widget<QSpinBox>("maturityDaysSpin")->property("termProblem").toBool());
    choose("maturityBasisCombo", 4); // a fixed date
    QVERIFY(!widget<QSpinBox>("maturityDaysSpin")->isEnabled());
    typeDate("fixedMaturityDateEdit", QDate(2027, 4, 30));
    QVERIFY(m_form->problems().isEmpty());
    QCOMPARE(LcTermsCheck::fromProto(m_form->letterOfCredit().payment_term().fixed_maturity()), QDate(2027, 4, 30));
    choose("paymentKindCombo", 1); // at sight
    QVERIFY(!widget<QComboBox>("maturityBasisCombo")->isEnabled());
    QVERIFY(!widget<QDateEdit>("fixedMaturityDateEdit")->isEnabled());
    QCOMPARE(m_form->letterOfCredit().payment_term().basis(), lianxin::lc::PaymentTerm::BASIS_UNSPECIFIED);
    QVERIFY(m_form->problems().isEmpty());
    choose("paymentKindCombo", 0);
    QVERIFY(listed(widget<QListWidget>("problemsList"), QStringLiteral("LC_PAYMENT_TERM_MISSING")));
}

void LcIssueFormTest::advisingBankIsAnotherMember()
{
    auto *advising = widget<QComboBox>("advisingBankCombo");
    QCOMPARE(advising->count(), 3); // "Choose…" and the two other banks
    QCOMPARE(advising->findData(kIssuer), -1);
    QVERIFY(listed(widget<QListWidget>("problemsList"), QStringLiteral("LC_BANK_MISSING")));
    QVERIFY(advising->property("termProblem").toBool());
    choose("advisingBankCombo", 1);
    QVERIFY(!listed(widget<QListWidget>("problemsList"), QStringLiteral("LC_BANK_MISSING")));
    // A new member list keeps the choice.
    m_form->setMemberBanks(memberBanks());
    QCOMPARE(advising->currentData().toString(), QStringLiteral("DongfangBankMSP"));
    QVERIFY(widget<QLabel>("issuingBankLabel")->text().contains(QStringLiteral("Huaxia Trade Bank")));
}

void LcIssueFormTest::clearResets()
{
    fillValidTerms();
    QVERIFY(widget<QPushButton>("submitButton")->isEnabled());
    QTest::mouseClick(widget<QPushButton>("clearButton"), Qt::LeftButton);
    QVERIFY(!widget<QPushButton>("submitButton")->isEnabled());
    QVERIFY(widget<QLineEdit>("lcNoEdit")->text().isEmpty());
    QVERIFY(widget<QLineEdit>("amountEdit")->text().isEmpty());
    QVERIFY(widget<QLabel>("amountInWordsLabel")->text().isEmpty());
    QCOMPARE(widget<QDateEdit>("expiryDateEdit")->date(), kToday);
    QCOMPARE(widget<QComboBox>("advisingBankCombo")->currentIndex(), 0);
    QCOMPARE(widget<QComboBox>("advisingBankCombo")->count(), 3);
    QCOMPARE(widget<QTableView>("requiredDocumentsView")->model()->rowCount(), 0);
    QVERIFY(widget<QPlainTextEdit>("goodsDescriptionEdit")->toPlainText().isEmpty());
    QVERIFY(!widget<QCheckBox>("partialShipmentsCheck")->isChecked());
    QVERIFY(widget<QListWidget>("problemsList")->count() > 5);
}

void LcIssueFormTest::chineseLocale()
{
    m_form->setLocale(QLocale(QLocale::Chinese, QLocale::China));
    type("amountEdit", QStringLiteral("1,234,567.89"));
    QCOMPARE(m_form->letterOfCredit().amount_fen(), 123456789);
    QCOMPARE(widget<QLabel>("amountInWordsLabel")->text(),
        QString::fromStdString(lx::chaincode::lc::amountInWords(123456789)));
    type("amountEdit", QStringLiteral("￥2,000"));
    QCOMPARE(m_form->letterOfCredit().amount_fen(), 200000);
    for (QLabel *label : m_form->findChildren<QLabel *>()) {
        if (label->buddy())
            QVERIFY2(!label->text().isEmpty(), qPrintable(label->objectName()));
    }
    for (QGroupBox *group : m_form->findChildren<QGroupBox *>())
        QVERIFY2(!group->title().isEmpty(), qPrintable(group->objectName()));
    QVERIFY(!widget<QPushButton>("submitButton")->text().isEmpty());
    QVERIFY(!widget<QLabel>("problemsCaption")->text().isEmpty());

    // Switched to Chinese at run time, the contract's reasons read in Chinese.
    lx::models::TranslationCatalog catalog;
    catalog.install(lx::models::TranslationCatalog::Language::SimplifiedChinese);
    const QString reason = lx::models::ReasonCatalog::text(QStringLiteral("LC_BANK_MISSING"));
    QVERIFY(reason.contains(QStringLiteral("通知行")));
    auto *problems = widget<QListWidget>("problemsList");
    auto shown = [&] {
        for (int i = 0; i < problems->count(); ++i) {
            if (problems->item(i)->text().contains(reason))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(shown());
    QVERIFY(!widget<QLabel>("issuingBankLabel")->text().isEmpty());
    QCOMPARE(widget<QComboBox>("advisingBankCombo")->count(), 3);
    catalog.install(lx::models::TranslationCatalog::Language::English);
}

void LcIssueFormTest::untouchedDatesFollowToday()
{
    typeDate("expiryDateEdit", QDate(2027, 3, 1));
    m_form->setToday(kToday.addDays(1));
    QCOMPARE(widget<QDateEdit>("expiryDateEdit")->date(), QDate(2027, 3, 1));
    QCOMPARE(widget<QDateEdit>("latestShipmentDateEdit")->date(), kToday.addDays(1));
    QVERIFY(widget<QLabel>("issueDateLabel")->text().contains(QStringLiteral("2026-10-14")));
}

void LcIssueFormTest::requiredDocumentsModel()
{
    RequiredDocumentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addDocument(QStringLiteral("INVOICE"), 3, 0);
    model.addDocument(QStringLiteral("PACKING_LIST"), 1, 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, RequiredDocumentsModel::TypeColumn).data().toString(), QStringLiteral("Packing list"));
    QCOMPARE(model.index(1, RequiredDocumentsModel::TypeColumn).data(RequiredDocumentsModel::DocTypeRole).toString(),
        QStringLiteral("PACKING_LIST"));
    QVERIFY(!(model.flags(model.index(0, RequiredDocumentsModel::TypeColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(model.index(0, RequiredDocumentsModel::CopiesColumn), 4));
    QVERIFY(!model.setData(model.index(0, RequiredDocumentsModel::CopiesColumn), -1));
    QVERIFY(!model.setData(model.index(0, RequiredDocumentsModel::OriginalsColumn), 100));
    QVERIFY(model.setData(model.index(0, RequiredDocumentsModel::DescriptionColumn), QStringLiteral(" signed ")));
    QCOMPARE(model.documents()[0].copies(), 4);
    QCOMPARE(model.documents()[0].description(), std::string("signed"));
    model.removeDocument(0);
    QCOMPARE(model.documents()[0].doc_type(), std::string("PACKING_LIST"));
    model.removeDocument(5);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void LcIssueFormTest::fitsTheScreen()
{
    const QSize hint = m_form->minimumSizeHint();
    QVERIFY2(hint.width() <= 1280 && hint.height() <= 800,
        qPrintable(QStringLiteral("%1x%2").arg(hint.width()).arg(hint.height())));
    QCOMPARE(m_form->size(), QSize(1280, 800));
    QVERIFY(widget<QPushButton>("submitButton")->isVisible());
}

LIANXIN_GUI_TEST_MAIN(LcIssueFormTest)
#include "LcIssueFormTest.moc"
