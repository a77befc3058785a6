#pragma once

#include "WorkstationFixture.h"

#include "ui/approvals/ApprovalsPage.h"
#include "ui/mainwindow/MainWindow.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTableWidget;

// The checker's Approvals hold every product's drafts: a guarantee issue
// and a quote drafted by Huaxia's officer (and an L/C beside them) appear
// for Huaxia's checker with their product, action and subject and what
// they would do; the guarantee is approved into the cache, the quote
// returned with a comment its maker then reads; a KYC attestation is a
// draft too, approved into the cache. The worklist counts them.
// ApprovalsAllProductsTest.cpp holds the fixture and the maker's side (the
// drafts, their names and words, the returned draft's comment);
// ApprovalsCheckers.cpp the checkers' side.
class ApprovalsAllProductsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_fixture.reset(); }
    void everyActionHasAName();
    void forfaitingDraftsReadInWords();
    void makerDraftsThreeProducts();
    void checkerSeesEveryProduct();
    void checkerApprovesTheGuarantee();
    void checkerReturnsTheQuote();
    void checkerApprovesTheKycAttestation();
    void adviceShowsTheGuaranteeAsItStands();
    void makerReadsTheComment();

private:
    lx::ui::MainWindow *window() { return m_fixture->shell().mainWindow(); }
    lx::ui::ApprovalsPage *page()
    {
        return lx::test::WorkstationFixture::find<lx::ui::ApprovalsPage>(window(), "approvalsPage");
    }
    int rowOfProduct(const char *product) const;
    QStringList column(const QTableWidget *table, int column) const;
    void screenshot(const QString &name);

    std::unique_ptr<lx::test::WorkstationFixture> m_fixture;
    QString m_guaranteeDraft;
    QString m_quoteDraft;
    QString m_kycDraft;
};
