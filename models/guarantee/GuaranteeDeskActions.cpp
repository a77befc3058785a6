#include "models/guarantee/GuaranteeDeskActions.h"

#include "chaincode/guarantee/GtDryRun.h"
#include "models/guarantee/GuaranteeText.h"

#include <QCoreApplication>

namespace lx::models {

namespace {

class GuaranteeActionText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::GuaranteeActionText)

public:
    static QList<GuaranteeDeskAction> candidates(const lianxin::guarantee::Guarantee &g)
    {
        QList<GuaranteeDeskAction> out;
        const std::string &no = g.guarantee_no();
        GuaranteeDeskAction advise { {}, tr("Advise"), QStringLiteral("advise") };
        advise.action.mutable_advise()->set_guarantee_no(no);
        out.append(advise);
        for (const auto &amendment : g.amendments()) {
            if (amendment.status() != lianxin::guarantee::GtAmendment::PENDING)
                continue;
            for (const bool accept : { true, false }) {
                GuaranteeDeskAction answer { {},
                    accept ? tr("Accept amendment %1").arg(amendment.number())
                           : tr("Reject amendment %1").arg(amendment.number()),
                    (accept ? QStringLiteral("accept-amendment-") : QStringLiteral("reject-amendment-"))
                        + QString::number(amendment.number()) };
                auto *a = answer.action.mutable_answer_amendment();
                a->set_guarantee_no(no);
                a->set_number(amendment.number());
                a->set_accept(accept);
                out.append(answer);
            }
        }
        for (const auto &d : g.demands()) {
            const QString n = QString::number(d.number());
            GuaranteeDeskAction pay { {}, tr("Pay demand %1").arg(n), QStringLiteral("pay-") + n };
            pay.action.mutable_pay()->set_guarantee_no(no);
            pay.action.mutable_pay()->set_demand_no(d.number());
            out.append(pay);
        }
        GuaranteeDeskAction expire { {}, tr("Record expiry"), QStringLiteral("expire") };
        expire.action.mutable_expire()->set_guarantee_no(no);
        out.append(expire);
        return out;
    }
};

} // namespace

QList<GuaranteeDeskAction> availableGuaranteeActions(
    const lianxin::guarantee::Guarantee &g, const BankIdentity &identity, std::int64_t nowSeconds)
{
    QList<GuaranteeDeskAction> out;
    if (!identity.isMaker())
        return out;
    const std::string bank = identity.mspId.toStdString();
    for (GuaranteeDeskAction &candidate : GuaranteeActionText::candidates(g)) {
        if (!chaincode::guarantee::dryRunRejection(g, candidate.action, bank, nowSeconds))
            out.append(std::move(candidate));
    }
    return out;
}

QString guaranteeRejection(const lianxin::guarantee::Guarantee &g, const lianxin::guarantee::GtAction &action,
    const QString &bankMsp, std::int64_t nowSeconds)
{
    const auto rejection = chaincode::guarantee::dryRunRejection(g, action, bankMsp.toStdString(), nowSeconds);
    return rejection ? GuaranteeText::reason(*rejection) : QString();
}

} // namespace lx::models
