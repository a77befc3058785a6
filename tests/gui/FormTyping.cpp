#include "FormTyping.h"

#include "chaincode/trust/Uscc.h"
#include "models/lc/RequiredDocumentsModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest/QTest>

#include <algorithm>

namespace lx::test {

QString FormTyping::uscc(const std::string &eightDigits)
{
    const std::string first17
        = "91310000" + eightDigits + lx::chaincode::trust::organizationCodeCheckCharacter(eightDigits);
    return QString::fromStdString(first17 + lx::chaincode::trust::usccCheckCharacter(first17));
}

void FormTyping::type(const char *name, const QString &text) const
{
    QWidget *edit = widget<QWidget>(name);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    if (text.isEmpty())
        return;
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        QTest::keyClicks(edit, text);
        return;
    }
    // Chinese arrives from the input method as one committed string.
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

void FormTyping::choose(const char *name, int index) const
{
    auto *combo = widget<QComboBox>(name);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

void FormTyping::typeDate(const char *name, const QDate &date) const
{
    auto *edit = widget<QDateEdit>(name);
    QVERIFY(edit->isEnabled());
    // Tabbing in selects the year; each full section moves on to the next.
    edit->clearFocus();
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(edit, date.toString(QStringLiteral("yyyyMMdd")));
    QCOMPARE(edit->date(), date);
}

void FormTyping::typeNumber(const char *name, int value) const
{
    auto *spin = widget<QSpinBox>(name);
    QVERIFY(spin->isEnabled());
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(value));
    QCOMPARE(spin->value(), value);
}

void FormTyping::editCell(const char *viewName, int row, int column, const QString &text) const
{
    auto *view = widget<QTableView>(viewName);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's data on a queued call.
    QTRY_COMPARE(view->model()->index(row, column).data(Qt::EditRole).toString(), text);
}

void FormTyping::fillIssueForm(const QString &lcNo, bool deferred, std::optional<QDate> today) const
{
    using models::RequiredDocumentsModel;
    // Keyboard focus, which dates and table cells need, lives in the active window.
    QWidget *window = m_root->window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    type("lcNoEdit", lcNo);
    type("applicantNameEdit", QStringLiteral("上海申江机电进出口有限公司"));
    type("applicantUsccEdit", uscc("12345678"));
    type("applicantAccountNoEdit", QStringLiteral("3100 1234 5678 0001"));
    type("applicantAccountBankEdit", QStringLiteral("Huaxia Trade Bank Shanghai Branch"));
    type("applicantAddressEdit", QStringLiteral("88 Century Avenue, Shanghai"));
    type("beneficiaryNameEdit", QStringLiteral("江苏长风纺织有限公司"));
    type("beneficiaryUsccEdit", uscc("87654321"));
    type("beneficiaryAccountNoEdit", QStringLiteral("3200 8765 4321 0002"));
    type("beneficiaryAccountBankEdit", QStringLiteral("Dongfang Commercial Bank Suzhou Branch"));
    type("beneficiaryAddressEdit", QStringLiteral("1 Renmin Road, Suzhou"));
    // The banks in the registry's order: chosen by their MSP IDs.
    choose("advisingBankCombo", widget<QComboBox>("advisingBankCombo")->findData(QStringLiteral("DongfangBankMSP")));
    choose(
        "nominatedBankCombo", widget<QComboBox>("nominatedBankCombo")->findData(QStringLiteral("ChangjiangBankMSP")));
    type("amountEdit", QStringLiteral("1,234,567.89"));
    typeNumber("tolerancePlusSpin", 5);
    typeNumber("toleranceMinusSpin", 3);
    typeDate("expiryDateEdit", today ? today->addDays(66) : QDate(2027, 1, 31));
    type("expiryPlaceEdit", QStringLiteral("Shanghai"));
    QTest::keyClick(widget<QCheckBox>("latestShipmentCheck"), Qt::Key_Space);
    typeDate("latestShipmentDateEdit", today ? today->addDays(45) : QDate(2027, 1, 10));
    typeNumber("presentationPeriodSpin", 15);
    if (deferred) {
        choose("paymentKindCombo", 2);
        choose("maturityBasisCombo", 3); // days after sight
        typeNumber("maturityDaysSpin", 90);
    } else {
        choose("paymentKindCombo", 1); // at sight
    }
    choose("chargesCombo", 3); // shared
    type("chargesDetailsEdit", QStringLiteral("Advising commission for the beneficiary"));
    choose("goodsOrServicesCombo", 0);
    type("goodsDescriptionEdit", QStringLiteral("Cotton yarn, 60 tonnes"));
    type("shipmentFromEdit", QStringLiteral("Suzhou"));
    type("shipmentToEdit", QStringLiteral("Shanghai"));
    QTest::keyClick(widget<QCheckBox>("partialShipmentsCheck"), Qt::Key_Space);
    choose("documentTypeCombo", 0); // invoice
    QTest::mouseClick(widget<QPushButton>("addDocumentButton"), Qt::LeftButton);
    editCell("requiredDocumentsView", 0, RequiredDocumentsModel::OriginalsColumn, QStringLiteral("3"));
    editCell("requiredDocumentsView", 0, RequiredDocumentsModel::CopiesColumn, QStringLiteral("2"));
    choose("documentTypeCombo", 1); // transport document
    QTest::mouseClick(widget<QPushButton>("addDocumentButton"), Qt::LeftButton);
    editCell("requiredDocumentsView", 1, RequiredDocumentsModel::DescriptionColumn, QStringLiteral("Road waybill"));
    type("additionalConditionsEdit", QStringLiteral("Documents in Chinese"));
}

} // namespace lx::test
