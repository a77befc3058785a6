#include "models/lc/LcDetailRecord.h"

#include "cache/DraftMirror.h"

#include "chaincode/lc/LcStateMachine.h"

namespace lx::models {

LcDetailRecord LcDetailRecord::read(sqlite3 *db, const std::string &lcNo, const std::string &bankMsp)
{
    LcDetailRecord record { cache::loadLetterOfCredit(db, lcNo), cache::lcTimeline(db, lcNo), false };
    const lianxin::lc::DraftList drafts = cache::DraftMirror(db).drafts(bankMsp);
    for (const auto &draft : drafts.drafts()) {
        if (draft.status() == lianxin::lc::Draft::PENDING && chaincode::lc::lcNoOf(draft.action()) == lcNo)
            record.pendingDraft = true;
    }
    return record;
}

} // namespace lx::models
