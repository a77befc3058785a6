#pragma once

#include "TestStep.h"

namespace lx::test {

class LcDeskDriver;

// The whole life of a domestic L/C across three banks, in the phases each
// bank's staff carry out at their own workstation: Huaxia issues (maker
// fills the form, checker approves), Dongfang advises and presents
// documents that Huaxia finds discrepant and refuses, Huaxia amends and
// Dongfang accepts, Changjiang (the nominated bank) presents again, and
// Huaxia finds the documents complying and pays. Each phase signs in as
// the bank's officer and checker (four eyes) and checks what the screens
// show. gui_LcLifecycle runs them in one workstation on the sandbox;
// fabric_gui_lc runs each in its bank's own workstation process and data
// folder on the real Fabric network. A phase that fails fails the running
// Qt test (QTest::currentTestFailed()).
namespace lc_lifecycle {

void issuedByHuaxia(LcDeskDriver &desk);
void advisedByDongfang(LcDeskDriver &desk);
void presentedByDongfang(LcDeskDriver &desk);
void refusedByHuaxia(LcDeskDriver &desk);
void amendedByHuaxia(LcDeskDriver &desk);
void amendmentAcceptedByDongfang(LcDeskDriver &desk);
void presentedByChangjiang(LcDeskDriver &desk);
void paidByHuaxia(LcDeskDriver &desk);
// A second L/C of Huaxia's (second), advised by Dongfang, whose presentation
// re-uses the first one's invoice: Huaxia's examiner finds it as a task of
// its own, sees the other L/C on the examination form, cannot decide
// without writing a finding, and decides with one.
void reusedInvoiceSeenByHuaxia(LcDeskDriver &first, LcDeskDriver &second);

} // namespace lc_lifecycle

} // namespace lx::test
