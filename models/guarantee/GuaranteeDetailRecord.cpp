#include "models/guarantee/GuaranteeDetailRecord.h"

#include "cache/DraftMirror.h"
#include "cache/ProductRecords.h"
#include "chaincode/guarantee/GtStateMachine.h"
#include "ledgerclient/DeskWorkflow.h"

#include <map>

namespace lx::models {

GuaranteeDetailRecord GuaranteeDetailRecord::read(
    sqlite3 *db, const std::string &guaranteeNo, const std::string &bankMsp)
{
    GuaranteeDetailRecord out;
    const std::string key = chaincode::guarantee::guaranteeKey(guaranteeNo);
    if (const auto record = cache::loadProductRecord(db, "guarantee", key)) {
        lianxin::guarantee::Guarantee g;
        if (g.ParseFromString(record->value))
            out.guarantee = std::move(g);
    }
    if (out.guarantee) {
        std::vector<std::uint64_t> blocks;
        std::vector<int> numbers;
        std::vector<std::string> txIds;
        for (const cache::RecordChange &change : cache::productChanges(db, "guarantee", key)) {
            blocks.push_back(change.block);
            numbers.push_back(change.txNumber);
            txIds.push_back(change.txId);
        }
        out.timeline = timelineOf(*out.guarantee, blocks, numbers, txIds);
    }
    const auto &product = client::DeskWorkflow::product("guarantee");
    const lianxin::desk::DraftList drafts = cache::DraftMirror(db).drafts(product, bankMsp);
    for (const auto &draft : drafts.drafts()) {
        lianxin::guarantee::GtAction action;
        if (draft.status() == lianxin::desk::Draft::PENDING && action.ParseFromString(draft.action())
            && chaincode::guarantee::guaranteeNoOf(action) == guaranteeNo)
            out.pendingDraft = true;
    }
    return out;
}

std::vector<GuaranteeTimelineEntry> GuaranteeDetailRecord::timelineOf(const lianxin::guarantee::Guarantee &g,
    const std::vector<std::uint64_t> &blocks, const std::vector<int> &txNumbers, const std::vector<std::string> &txIds)
{
    std::map<std::string, const lianxin::guarantee::GtEvent *> events;
    for (const auto &event : g.history())
        events[event.tx_id()] = &event;
    std::vector<GuaranteeTimelineEntry> out;
    for (std::size_t i = 0; i < txIds.size() && i < blocks.size() && i < txNumbers.size(); ++i) {
        GuaranteeTimelineEntry entry { blocks[i], txNumbers[i], txIds[i], {} };
        if (const auto found = events.find(txIds[i]); found != events.end())
            entry.event = *found->second;
        out.push_back(std::move(entry));
    }
    // Events the cache saw no change for (a cache that started late) still
    // belong on the timeline, without their block.
    for (const auto &event : g.history()) {
        bool seen = false;
        for (const auto &entry : out)
            seen = seen || entry.txId == event.tx_id();
        if (!seen)
            out.push_back({ 0, 0, event.tx_id(), event });
    }
    return out;
}

} // namespace lx::models
