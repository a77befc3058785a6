#include "models/lc/LcDeskActions.h"

#include "chaincode/lc/LcDryRun.h"

#include <QCoreApplication>

namespace lx::models {

namespace {

class DeskActionText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::DeskActionText)

public:
    static QList<DeskAction> candidates(const lianxin::lc::LetterOfCredit &lc)
    {
        QList<DeskAction> out;
        const std::string &no = lc.lc_no();
        DeskAction advise { {}, tr("Advise"), QStringLiteral("advise") };
        advise.action.mutable_advise()->set_lc_no(no);
        out.append(advise);
        for (const auto &amendment : lc.amendments()) {
            if (amendment.status() != lianxin::lc::Amendment::PENDING)
                continue;
            for (const bool accept : { true, false }) {
                DeskAction answer { {},
                    accept ? tr("Accept amendment %1").arg(amendment.number())
                           : tr("Reject amendment %1").arg(amendment.number()),
                    (accept ? QStringLiteral("accept-amendment-") : QStringLiteral("reject-amendment-"))
                        + QString::number(amendment.number()) };
                auto *a = answer.action.mutable_answer_amendment();
                a->set_lc_no(no);
                a->set_number(amendment.number());
                a->set_accept(accept);
                out.append(answer);
            }
        }
        for (const auto &p : lc.presentations()) {
            const QString n = QString::number(p.number());
            DeskAction accept { {}, tr("Accept presentation %1").arg(n), QStringLiteral("accept-") + n };
            accept.action.mutable_accept_presentation()->set_lc_no(no);
            accept.action.mutable_accept_presentation()->set_presentation_no(p.number());
            DeskAction pay { {}, tr("Pay presentation %1").arg(n), QStringLiteral("pay-") + n };
            pay.action.mutable_pay()->set_lc_no(no);
            pay.action.mutable_pay()->set_presentation_no(p.number());
            out.append({ accept, pay });
        }
        DeskAction close { {}, tr("Close"), QStringLiteral("close") };
        close.action.mutable_close()->set_lc_no(no);
        DeskAction expire { {}, tr("Record expiry"), QStringLiteral("expire") };
        expire.action.mutable_expire()->set_lc_no(no);
        DeskAction cancel { {}, tr("Cancel"), QStringLiteral("cancel") };
        cancel.action.mutable_cancel()->set_lc_no(no);
        out.append({ close, expire, cancel });
        return out;
    }
};

} // namespace

QList<DeskAction> availableDeskActions(
    const lianxin::lc::LetterOfCredit &lc, const BankIdentity &identity, std::int64_t nowSeconds)
{
    QList<DeskAction> out;
    if (!identity.isMaker())
        return out;
    const std::string bank = identity.mspId.toStdString();
    for (DeskAction &candidate : DeskActionText::candidates(lc)) {
        if (!chaincode::lc::dryRunRejection(lc, candidate.action, bank, nowSeconds))
            out.append(std::move(candidate));
    }
    return out;
}

} // namespace lx::models
