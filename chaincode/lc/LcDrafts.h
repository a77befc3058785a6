#pragma once

#include "chaincode/Contract.h"

namespace lx::chaincode::lc {

// The maker-checker functions of LcContract (see LcContract.h).
Response submitDraft(Stub &stub);
Response returnDraft(Stub &stub);
Response approveDraft(Stub &stub);
Response listDrafts(Stub &stub);

// Refuses writes from the regulator and the secretariat, and from a bank
// user without the desk role ("officer" or "checker").
std::optional<Response> rejectUnlessBankRole(const Creator &creator, const std::string &role);

inline constexpr const char *kDraftPrefix = "draft/";

} // namespace lx::chaincode::lc
