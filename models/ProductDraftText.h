#pragma once

#include <QCoreApplication>
#include <QString>

namespace lx::models {

// How the desk names the products and their actions on screen, in the
// current language: a product by its contract ("lc", "forfaiting",
// "guarantee", "quotes", as client::DeskWorkflow names them), an action by
// the name of its action message's set field type ("Issue", "AcceptQuote",
// "Post": client::DeskWorkflow::summarize), and the fields the drafts carry
// by their proto names ("guarantee_no", "rate_micros"). An unknown name
// reads as itself, made legible.
class ProductDraftText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::ProductDraftText)

public:
    static QString productName(const QString &contract);
    static QString actionName(const QString &contract, const QString &kind);
    static QString fieldLabel(const QString &fieldName);
    // An enum value ("PERFORMANCE", "STRAIGHT_DISCOUNT", "BUY"); enumName,
    // the enum's full proto name, tells apart values of the same name
    // ("lianxin.guarantee.Guarantee.ExpiryType" OPEN is open-ended).
    static QString enumValue(const QString &valueName, const QString &enumName = {});
    // "advising_bank_msp" -> "Advising bank"; "STRAIGHT_DISCOUNT" -> "Straight discount".
    static QString legible(const QString &name);
};

} // namespace lx::models
