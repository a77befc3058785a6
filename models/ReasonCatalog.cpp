#include "models/ReasonCatalog.h"

#include "models/ReasonTable.h"

#include <QCoreApplication>
#include <QLocale>

#include <iterator>

namespace lx::models {

namespace {

using reasons::Reason;

// clang-format off
constexpr Reason kReasons[] = {
    // Who may act
    { "LC_WRONG_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Another bank must take this step: your bank has no part in it for this L/C.") },
    { "LC_REGULATOR_READ_ONLY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The regulator reads every L/C but changes nothing.") },
    { "LC_NOT_A_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only member banks act on letters of credit.") },
    { "LC_NOT_OFFICER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only a trade-finance officer drafts L/C actions; sign in as an officer.") },
    { "LC_NOT_CHECKER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only a checker approves or returns drafts; sign in as a checker.") },
    { "LC_SELF_APPROVAL", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "You drafted this yourself; another checker of your bank must approve it.") },
    // Drafts
    { "LC_DRAFT_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank has no such draft; it may have been withdrawn.") },
    { "LC_DRAFT_NOT_PENDING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This draft was approved or returned already; the maker submits a new one.") },
    { "LC_DRAFT_TOO_LARGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The action is too large: shorten its texts or lists.") },
    { "LC_DRAFT_IN_CLEAR", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The draft must travel in the private part of the proposal, never in its arguments.") },
    { "LC_RETURN_COMMENT_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Tell the maker what to correct: a returned draft needs a comment.") },
    { "LC_ACTION_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The draft carries no action.") },
    // The L/C and its state
    { "LC_NOT_FOUND", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no L/C with this number.") },
    { "LC_ALREADY_EXISTS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "An L/C with this number exists already; choose another number.") },
    { "LC_WRONG_STATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The L/C is not in a state that allows this step.") },
    { "LC_STATE_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Unknown L/C state; choose one from the list.") },
    { "LC_RECORD_DAMAGED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger record of this L/C cannot be read; tell your administrator.") },
    { "LC_PRESENTATION_OPEN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A presentation is still open or unpaid; settle it first.") },
    { "LC_CANCEL_AFTER_PRESENTATION", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Documents were presented under this L/C: it can no longer be cancelled, only closed.") },
    { "LC_CANCEL_CONSENT_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The L/C is irrevocable and advised: cancelling it needs the beneficiary's written consent.") },
    { "LC_NOT_YET_EXPIRED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The L/C is still valid; record its expiry from the day after the expiry date.") },
    // Terms
    { "LC_TITLE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A domestic L/C carries the title 国内信用证.") },
    { "LC_NUMBER_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the L/C number: 1 to 35 letters, digits, '-' or '/'.") },
    { "LC_NOT_IRREVOCABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A domestic L/C is irrevocable.") },
    { "LC_CURRENCY_NOT_CNY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A domestic L/C is in renminbi (CNY) only.") },
    { "LC_AMOUNT_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The amount must be above zero.") },
    { "LC_AMOUNT_TOO_LARGE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The amount is above the largest amount the consortium accepts; correct the figure.") },
    { "LC_AMOUNT_OVER_BALANCE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The amount is more than the available balance plus tolerance.") },
    { "LC_TOLERANCE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A tolerance is a percentage from 0 to 100.") },
    { "LC_PARTY_INCOMPLETE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give each party's name, unified social credit code, account and account bank.") },
    { "LC_PARTY_USCC", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A party's unified social credit code is not valid.") },
    { "LC_BANK_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Name the issuing and the advising bank.") },
    { "LC_CONFIRMING_BANK_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A confirmable L/C names its confirming bank.") },
    { "LC_NEGOTIATING_BANK_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A negotiable L/C names its negotiating bank, or any bank.") },
    { "LC_TRANSFERRING_BANK_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A transferable L/C names its one transferring bank.") },
    { "LC_DATE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A date is missing or not a calendar day.") },
    { "LC_EXPIRY_BEFORE_ISSUE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The expiry date must come after the issue date.") },
    { "LC_EXPIRY_IN_PAST", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The new expiry date has passed already.") },
    { "LC_EXPIRY_PLACE_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the place of expiry.") },
    { "LC_SHIPMENT_AFTER_EXPIRY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The latest shipment date cannot be after the expiry date.") },
    { "LC_PAYMENT_TERM_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Choose the payment term: at sight or deferred.") },
    { "LC_MATURITY_BASIS_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A deferred payment needs its maturity: days after a date, or a fixed date.") },
    { "LC_MATURITY_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The maturity cannot be computed from the dates given.") },
    { "LC_DEFERRED_OVER_ONE_YEAR", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A deferred payment term is at most one year.") },
    { "LC_PRESENTATION_PERIOD_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the presentation period in days after shipment.") },
    { "LC_GOODS_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Describe the goods or services.") },
    { "LC_DOCUMENTS_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "List the documents required, or attach the documents presented.") },
    { "LC_CHARGES_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Say who bears the charges.") },
    // Amendments
    { "LC_AMENDMENT_EMPTY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "An amendment must change at least one term.") },
    { "LC_AMENDMENT_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no amendment with this number waiting for an answer.") },
    { "LC_PARTIAL_AMENDMENT_ACCEPTANCE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "An amendment is accepted or rejected whole; accepting part of it counts as rejection.") },
    // Presentations
    { "LC_PRESENTATION_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no presentation with this number.") },
    { "LC_PRESENTED_AFTER_EXPIRY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The L/C has expired: documents can no longer be presented.") },
    { "LC_PRESENTATION_PERIOD_OVER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The documents came after the presentation period following shipment.") },
    { "LC_RECEIPT_IN_FUTURE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The date of receipt is after today; record the day the documents arrived.") },
    { "LC_RECEIPT_TOO_OLD", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The documents were received more than 3 business days ago; they can no longer be recorded with that date of receipt.") },
    { "LC_RECEIPT_BEFORE_ISSUE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The date of receipt is before the L/C was issued; check it.") },
    { "LC_SHIPMENT_LATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The shipment date is after the latest shipment date.") },
    { "LC_PARTIAL_SHIPMENT_PROHIBITED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The L/C prohibits partial shipments and has been drawn already.") },
    { "LC_DOCUMENT_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Each document needs its type, file name and SHA-256 hash.") },
    { "LC_DOCUMENT_TYPE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Write the document type in capital letters, digits and underscores, e.g. INVOICE or BILL_OF_LADING.") },
    { "LC_DOCUMENT_NOT_NOTARIZED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A presented document is not yet notarized on the trust chain for this L/C; approve again and the workstation notarizes it first.") },
    { "LC_NOTARY_UNREACHABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The notary on the trust chain could not be asked; the approval waits and is sent again.") },
    { "LC_NOTARY_UNREADABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The notary's record of a document cannot be read; tell your administrator.") },
    { "LC_DOCUMENT_FINANCED_ELSEWHERE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A presented document was presented under another L/C already; the consortium refuses such presentations.") },
    { "LC_DUPLICATE_NOT_ACKNOWLEDGED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Documents of this presentation were presented under other L/Cs too: write what you found about them before deciding.") },
    { "LC_EXAMINATION_DEADLINE_PASSED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The five business days for examination have passed; the documents can no longer be refused.") },
    { "LC_COMPLYING_WITH_DISCREPANCIES", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A complying presentation lists no discrepancies.") },
    { "LC_REFUSAL_WITHOUT_DISCREPANCIES", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A refusal lists every discrepancy, in one notice.") },
    { "LC_DISPOSITION_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Say whether the documents are held or returned.") },
    { "LC_WAIVER_CONSENT_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A waiver needs the applicant's written acceptance; give its reference.") },
    { "LC_NOT_DEFERRED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This L/C pays at sight: pay the presentation instead.") },
    { "LC_NOT_YET_MATURE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The payment is not due yet; pay on the maturity date.") },
    // Trust channel
    { "NOTARY_NOT_FOUND", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This file was never notarized on the trust chain.") },
    { "NOTARY_ALREADY_RECORDED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This document is notarized already under this L/C.") },
    { "NOTARY_BAD_HASH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A document hash is 32 bytes (SHA-256).") },
    { "NOTARY_DOC_TYPE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the document's type.") },
    { "NOTARY_LC_NO_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the L/C the document belongs to.") },
    { "NOTARY_ISSUING_BANK_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the issuing bank of the L/C.") },
    { "NOTARY_WRONG_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A bank notarizes documents for itself only.") },
    { "NOTARY_READ_ONLY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The regulator and the secretariat read notarizations but record none.") },
    { "NOTARY_FLAGS_NOT_YOURS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A bank sees the duplicate-document flags of its own L/Cs only.") },
    { "NOTARY_RECORD_DAMAGED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A notary record cannot be read; tell your administrator.") },
    { "KYC_NOT_ATTESTED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "No bank has attested this corporate's KYC.") },
    { "KYC_NOT_YOUR_ATTESTATION", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only the bank that attested can change its attestation.") },
    { "KYC_DRAFT_REQUIRED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A KYC attestation is drafted by an officer and recorded when another checker of the bank approves it.") },
    { "KYC_WRONG_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A bank attests for itself only.") },
    { "KYC_READ_ONLY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The regulator and the secretariat read attestations but make none.") },
    { "KYC_EVIDENCE_NOT_HASH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the KYC file's SHA-256 hash, never the file.") },
    { "KYC_LEVEL", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The KYC level is SDD, CDD or EDD.") },
    { "KYC_VALIDITY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The attestation must be valid beyond today; set a validity date in the future.") },
    { "KYC_SUBJECT_NAME_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the corporate's registered name as on its business licence.") },
    { "REGISTRY_NOT_SECRETARIAT_ADMIN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only the secretariat's administrator registers founding members, sets the rules before the charter is sealed and seals it.") },
    { "REGISTRY_MEMBER_EXISTS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This member is registered already.") },
    { "REGISTRY_MEMBER_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no member with this ID.") },
    { "REGISTRY_MEMBER_INCOMPLETE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A member needs an MSP ID of letters and digits, a name, its kind and, for a bank, a tier from 1 to 5.") },
    { "REGISTRY_SETTING_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Duplicate documents are either flagged or refused; choose one.") },
    // Governance (docs/governance.md)
    { "GOV_NOT_ADMIN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only a member's administrator proposes, votes or gives opinions; sign in as the administrator.") },
    { "GOV_CHARTER_NOT_SEALED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The charter is not sealed yet: the secretariat is still registering the founding members.") },
    { "GOV_CHARTER_SEALED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The charter is sealed already.") },
    { "GOV_ADMISSION_BY_VOTE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The charter is sealed: a new member is admitted by a council vote; propose its admission.") },
    { "GOV_SETTINGS_BY_VOTE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The charter is sealed: the consortium's rules change by a council vote; propose the change.") },
    { "GOV_NOT_PROPOSER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only the secretariat and the council's members make proposals.") },
    { "GOV_KIND_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Choose what the proposal decides.") },
    { "GOV_TITLE_TOO_LONG", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Shorten the proposal's title.") },
    { "GOV_MATERIAL_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Each document of a proposal needs its SHA-256, a document type and a file name, and is attached once.") },
    { "GOV_MATERIAL_MISSING", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A document this proposal needs is missing; attach it.") },
    { "GOV_MATERIAL_NOT_FOUND", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This file is not one of the proposal's documents: its content differs.") },
    { "GOV_SUBJECT_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no member with this ID.") },
    { "GOV_SUBJECT_NOT_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only banks are admitted, given lines of business, suspended or expelled.") },
    { "GOV_SUBJECT_STATUS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The member's status does not allow this proposal.") },
    { "GOV_SUBJECT_BUSY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A proposal on the same member or rule is still open; it is decided first.") },
    { "GOV_MEMBER_EXISTS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This bank is a member already.") },
    { "GOV_LINE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Name each line of business once: letters of credit, forfaiting or guarantees.") },
    { "GOV_LINE_ALREADY_ADMITTED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The bank is admitted to this line of business already.") },
    { "GOV_SANDBOX_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A line in sandbox needs at least one limit, none negative, and an end date after today.") },
    { "GOV_NOT_IN_SANDBOX", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This line of business is not in sandbox.") },
    { "GOV_SEAT_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Council and expert committee seats are banks'; the secretariat and the regulator hold their own seats only.") },
    { "GOV_COUNCIL_TOO_SMALL", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The council keeps at least three members.") },
    { "GOV_THRESHOLD_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A voting threshold is more than half and at most all of the council seats.") },
    { "GOV_GAS_WEIGHTS_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Gas weights are between 0 and 1,000,000,000 and not all zero.") },
    { "GOV_PROPOSAL_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no proposal with this number.") },
    { "GOV_PROPOSAL_CLOSED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This proposal is decided already.") },
    { "GOV_CHOICE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Vote yes, no or abstain.") },
    { "GOV_NOT_COUNCIL", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank is not among the council members who vote on this proposal.") },
    { "GOV_ALREADY_VOTED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank has voted on this proposal already.") },
    { "GOV_VOTE_LATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Voting on this proposal has ended.") },
    { "GOV_VOTING_OPEN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Voting is still open; a proposal is closed only after its deadline.") },
    { "GOV_NO_LONGER_APPLICABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The proposal's change can no longer be made; it lapses at its deadline.") },
    { "GOV_NOT_EXPERT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only the expert committee's members give opinions.") },
    { "GOV_OPINION_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Write the opinion (at most 8,000 bytes) and recommend in favour, against or neutral.") },
    { "GOV_ALREADY_OPINED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank has given its opinion on this proposal already.") },
    { "GOV_NOT_REGULATOR", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only the regulator's administrator ends a sandbox directly; the council may by vote.") },
    { "GOV_APPLICANT_ROOT_CERT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the root CA certificates of the bank's MSP: one to four CA certificates in PEM, each once.") },
    { "GOV_MEMBER_NOT_ACTIVE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your organization is not a member in good standing: it cannot sign for the consortium.") },
    // The channel configuration update of an admission
    { "GOV_CONFIG_NOT_SECRETARIAT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only the secretariat's administrator prepares the channel configuration update of an admission.") },
    { "GOV_CONFIG_NOT_ADMITTED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This proposal is not a passed admission: only a bank the council admitted is added to the channels.") },
    { "GOV_CONFIG_CHANNEL_NOT_NEEDED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The admitted bank does not join this channel: it joins trust and the channels of the lines it was admitted to.") },
    { "GOV_CONFIG_UPDATE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The configuration update must add the admitted bank, with the root certificates of its application, and change nothing else; prepare it again from the channel's configuration.") },
    { "GOV_CONFIG_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "No configuration update of this proposal is prepared for this channel.") },
    { "GOV_CONFIG_ALREADY_SIGNED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your organization has signed this configuration update already.") },
    { "GOV_CONFIG_SIGNER_MISMATCH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The signature must be made with your own administrator certificate, of your organization; sign in as that administrator.") },
    { "GOV_CONFIG_SIGNATURE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The signature does not verify over the recorded update; fetch the update again and sign it.") },
    { "CONFIG_UPDATE_UNEXPECTED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The recorded update is not the one that adds the admitted bank to the channel's configuration in force, so it is not signed; ask the secretariat to prepare it again.") },
    { "CONFIG_SIGNATURES_SHORT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The signatures do not yet meet the channel's policy for this change (a majority of its organizations' administrators); wait for more members to sign.") },
    { "CONFIG_UPDATE_REFUSED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ordering service refused the configuration update; the details name the problem (often: the channel changed since it was prepared; prepare it again).") },
    { "CONFIG_NOT_APPLIED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The channel shows no new configuration a minute after the update was sent; check the update's state and the ordering service.") },
    { "FLAG_NOT_REGULATOR", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only the regulator flags a deal.") },
    { "FLAG_DEAL_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no such deal on that product's channel; check the number.") },
    { "FLAG_DEAL_UNREACHABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The deal could not be read on its channel; try again later.") },
    { "FLAG_NOTE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A flag needs a note (at most 2,000 bytes) saying what to look at.") },
    { "FLAG_PRODUCT_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A flag is on an L/C, a guarantee or a forfaiting deal.") },
    { "FLAG_TOO_MANY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This deal carries the most flags it can; add to an existing flag's follow-up instead.") },
    { "AUDIT_NOT_REGULATOR", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only the regulator exports an audit package; sign in as a user of the regulator.") },
    { "AUDIT_PERIOD_EMPTY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The channel has no block made in this period; choose other dates.") },
    { "AUDIT_PERIOD_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The period ends before it starts; check the dates.") },
    { "AUDIT_PACKAGE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The audit package does not verify; the details name the first problem. Do not rely on its content.") },
    { "CONFIG_ORG_PRESENT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This organization is a member of the channel already.") },
    // Membership fees (chaincode/trust/Fees.cpp)
    { "FEE_NOT_SECRETARIAT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only the secretariat's administrator sets membership fees and records payments.") },
    { "FEE_SCHEDULE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A year's fees name five amounts, tiers 1 to 5, each from 0 to CNY 100,000,000,000.00, and a due date within that year.") },
    { "FEE_SCHEDULE_PAID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Payments towards this year's fees are recorded already: its fees no longer change.") },
    { "FEE_MEMBER_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no member with this ID.") },
    { "FEE_NOT_A_BANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only banks owe membership fees; the regulator and the secretariat owe none.") },
    { "FEE_AMOUNT_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A payment's amount is above zero.") },
    { "FEE_NO_SCHEDULE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "No fees are set for this year; the secretariat sets them first.") },
    { "FEE_PAID_ON_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The payment's date must be a real day, not after today and not before 1 January of the year before the fee's year.") },
    { "FEE_REFERENCE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Give the payment's reference: 1 to 100 characters, without invisible or direction-changing characters.") },
    { "FEE_NOTHING_DUE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The bank owes no fee for this year: it was not a member then, it is an applicant or expelled, or its tier's fee is zero.") },
    { "FEE_OVERPAYMENT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The payment is more than the bank still owes for this year; record at most the outstanding amount.") },
    { "FEE_NOT_YOURS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A bank reads its own fee statement only; the secretariat and the regulator read every bank's.") },
    { "AUDIT_FILE_NOT_WRITTEN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The audit package could not be written to that file; choose another folder or name.") },
    // Gas incentives (chaincode/trust/Gas.cpp, ledgerclient/GasLedger.cpp)
    { "GAS_PERIOD_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A Gas period is a calendar month written YYYY-MM, from 2000-01 on.") },
    { "GAS_PERIOD_OPEN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The month has not ended yet (China time): its Gas figures and its nodes' availability are reported from the first day of the next month.") },
    { "GAS_REPORT_EXISTS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The month's Gas report is recorded already: its figures, availability statements and approved costs can no longer change.") },
    { "GAS_REPORT_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "No Gas report is recorded for this month yet.") },
    { "GAS_NOT_ADMIN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only an administrator of a member submits its nodes' availability.") },
    { "GAS_MEMBER_NOT_ACTIVE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only an active or suspended member's nodes are credited for availability.") },
    { "GAS_AVAILABILITY_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The availability statement cannot be read, or names another node than the one that signed it.") },
    { "GAS_NODE_NOT_YOURS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A member reports the availability of its own nodes only.") },
    { "GAS_NODE_NOT_A_NODE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The statement is not signed by a node: its certificate must be a peer's or an orderer's.") },
    { "GAS_HOURS_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A node is available from 0 hours to the hours of the month (24 times its days).") },
    { "GAS_SIGNATURE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The node's signature does not verify over the statement; have the node sign it again as submitted.") },
    { "GAS_NOT_SECRETARIAT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Only an administrator of the consortium secretariat records a Gas report.") },
    { "GAS_WEIGHTS_MISMATCH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The report is not weighted by the council's Gas weights in force; compute it again.") },
    { "GAS_SOURCES_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The report does not name the blocks of every channel, each once, with the hash of the last block read.") },
    { "GAS_CREDITS_INCOMPLETE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The report must credit every member exactly once, ordered by MSP ID.") },
    { "GAS_AVAILABILITY_MISMATCH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A member's available hours in the report differ from its nodes' statements on the trust chain.") },
    { "GAS_COST_MISMATCH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A member's approved node cost in the report differs from what the council approved for the month.") },
    { "GAS_ARITHMETIC_WRONG", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A member's Gas or the total is not the weights times the facts; compute the report again.") },
    { "GAS_COST_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A node cost is from CNY 0.01 up, with a description of 1 to 300 characters.") },
    { "GAS_CHANNEL_EMPTY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A channel has no blocks to count Gas from; check the connection to the ledger.") },
    { "GAS_CHAIN_BROKEN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A channel's blocks do not chain together; the ledger served altered blocks.") },
    { "GAS_REPORT_MISMATCH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The recorded Gas report does not match what the chain's blocks and the trust chain's facts make.") },
    { "MSP_NOT_A_NODE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The MSP folder holds no node's identity: its certificate must carry OU peer or OU orderer.") },
    // Names and text every bank reads (chaincode/TextRules.cpp)
    { "TEXT_HIDDEN_CHARACTER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The text contains an invisible control or direction-changing character; remove it.") },
    { "TEXT_NOT_UTF8", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The text is not valid UTF-8; type it again.") },
    { "TEXT_BLANK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The name is empty or only spaces; write it out.") },
    { "USCC_LENGTH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A unified social credit code has 18 characters.") },
    { "USCC_CHARACTER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The code uses digits and capital letters other than I, O, Z, S and V.") },
    { "USCC_REGISTRATION_AUTHORITY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The first character is no registration authority code (1-9, A, N or Y).") },
    { "USCC_ORGANIZATION_TYPE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The second character (organization type) does not fit the registration authority.") },
    { "USCC_DIVISION_CODE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Characters 3 to 8 must be an administrative division code (six digits of a province, city and county).") },
    { "USCC_ORG_CODE_CHECK", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The organization code (characters 9 to 17) fails its check character: look for a typing error.") },
    { "USCC_CHECK_CHARACTER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The last character does not match the code: look for a typing error.") },
    // Joining a network: the connection profile and the msp folder of an identity
    { "PROFILE_UNREADABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The connection profile cannot be read; check the file's name and permissions.") },
    { "PROFILE_SYNTAX", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The connection profile is neither valid JSON nor valid YAML; ask your bank's administrator for a good copy.") },
    { "PROFILE_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The connection profile lacks a field or has a wrong one (named below); ask your bank's administrator for a corrected profile.") },
    { "MSP_NO_CERTIFICATE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The msp folder has no certificate in signcerts/; choose the msp folder your Fabric CA enrolled.") },
    { "MSP_CERTIFICATES_MANY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The msp folder has more than one certificate in signcerts/; keep only the identity's own.") },
    { "MSP_NO_KEY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The msp folder has no private key in keystore/; an identity cannot sign without its key.") },
    { "MSP_KEYS_MANY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The msp folder has more than one private key in keystore/; keep only the one of the certificate.") },
    { "MSP_PEM_UNREADABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A certificate or key of the msp folder is not readable PEM.") },
    { "MSP_KEY_UNSUPPORTED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The key or certificate is not ECDSA P-256, the only kind the consortium uses.") },
    { "MSP_KEY_MISMATCH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The private key in keystore/ does not belong to the certificate in signcerts/.") },
    { "MSP_CERT_EXPIRED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The certificate has expired; have your Fabric CA enroll the identity again.") },
    { "MSP_CERT_NOT_YET_VALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The certificate is not valid yet; check this computer's clock.") },
    { "MSP_ROLE_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The certificate's organizational units name no single LianXin role (officer, checker, manager, admin or auditor).") },
    { "MSP_IDENTITY_EXISTS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The wallet holds an identity of this MSP ID and user already; choose another user name.") },
    { "MSP_EXPORT_NOT_EMPTY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The folder to export to is not empty; choose a new or empty folder.") },
    // The ledger and the workstation
    { "BAD_ARGUMENTS", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The request was malformed; update LianXin or tell your administrator.") },
    { "UNKNOWN_FUNCTION", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger does not know this request; update LianXin.") },
    { "CONTRACT_ERROR", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The contract refused without a reason code.") },
    { "TX_INVALIDATED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The transaction was ordered but not valid (another change came first); do it again.") },
    { "DUPLICATE_TXID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This transaction is on the ledger already.") },
    { "TX_NOT_FOUND", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger has no such transaction.") },
    { "COMMIT_TIMEOUT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger did not confirm in time; the action stays queued and is checked again.") },
    { "LEDGER_CLOSED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger is closing; the action stays queued.") },
    { "LEDGER_IN_USE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Another LianXin process holds this sandbox ledger; close it first.") },
    { "BLOCK_ALTERED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A block in the ledger's files was altered and is not shown; run lianxin-cli ledger verify and restore the files from a copy.") },
    { "CONFIG_INVALID", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A channel configuration block from the ledger cannot be read; run lianxin-cli ledger verify to find the block.") },
    { "COMMIT_HASH_MISMATCH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A block's validation codes were changed in the ledger's files; run lianxin-cli ledger verify and restore the files from a copy.") },
    { "STATE_DAMAGED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger's world state file is damaged; move it aside and reopen to rebuild it from the blocks.") },
    { "STATE_TAMPERED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger's world state was changed outside LianXin; run lianxin-cli ledger verify state, then move it aside and reopen to rebuild it.") },
    { "STATE_INDEX_MISMATCH", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger's transaction index disagrees with its blocks; run lianxin-cli ledger verify state.") },
    { "STATE_BEHIND", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger stopped committing after a storage error; close and reopen LianXin.") },
    { "LEDGER_READ_ONLY", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger is open for reading only here; write from the process that has it open for writing.") },
    { "LEDGER_OPEN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger cannot be opened for writing; check the data folder and its permissions.") },
    { "DATA_FOLDER_IO", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A file or folder of the data folder cannot be created; check the data folder and its permissions.") },
    { "DISK_FULL", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The disk of the data folder is full; nothing was changed. Free some space and try again.") },
    // The Fabric gateway of the bank's peer (ledgerclient/FabricGateway.cpp)
    { "PEER_UNAVAILABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank's peer cannot be reached; actions wait in the outbox and go once it is back.") },
    { "PEER_TIMEOUT", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your bank's peer did not answer in time; the action stays queued and is tried again.") },
    { "ORDERER_UNAVAILABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The network's ordering service is unavailable and nothing was recorded; actions wait in the outbox and go once it is back.") },
    { "PEER_TLS_UNTRUSTED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The peer's TLS certificate is not signed by the connection profile's tlsCACerts; ask your bank's administrator for the right CA certificate.") },
    { "IDENTITY_EXPIRED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your identity's certificate has expired and the network refuses it; have your Fabric CA enroll it again, then import it.") },
    { "GATEWAY_REFUSED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The peer's gateway refused the request (details below); tell your bank's administrator.") },
    { "STREAM_REFUSED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The peer refused to send the channel's events; check that your identity is a member of the channel.") },
    { "DELIVER_REFUSED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The peer refused to deliver the channel's blocks; check that your identity may read the channel.") },
    { "PREPARED_TX_MALFORMED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The peer's gateway returned a transaction that cannot be read; tell your bank's administrator.") },
    { "LEDGER_UNREACHABLE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger cannot be reached; actions wait in the outbox.") },
    { "BAD_SIGNATURE", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A signature did not verify; your identity may not belong to this consortium.") },
    { "CREATOR_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "Your identity is not a member of this channel.") },
    { "ENDORSER_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "An endorsing organization is not a member of this channel.") },
    { "CHANNEL_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no such channel.") },
    { "CHAINCODE_UNKNOWN", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "There is no such contract on this channel.") },
    { "PRIVATE_DATA_NOT_HELD", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "This private data is held by another bank.") },
    { "PROPOSAL_MALFORMED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The proposal was malformed; update LianXin.") },
    { "PROPOSAL_DAMAGED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "A stored proposal is unreadable; the cache may be damaged.") },
    { "TRANSACTION_MALFORMED", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The transaction was malformed; update LianXin.") },
    { "BAD_ANSWER", QT_TRANSLATE_NOOP("lx::models::ReasonCatalog", "The ledger's answer could not be read.") },
};
// clang-format on

const Reason *find(std::span<const Reason> table, QStringView code)
{
    for (const Reason &r : table) {
        if (code == QLatin1String(r.code))
            return &r;
    }
    return nullptr;
}

// "GT_SELF_APPROVAL" -> the desk's "SELF_APPROVAL" sentence, for the
// products' prefixes only.
const Reason *findDeskReason(QStringView code)
{
    const qsizetype underscore = code.indexOf(QLatin1Char('_'));
    if (underscore <= 0)
        return nullptr;
    const QStringView prefix = code.left(underscore);
    for (const char *known : reasons::deskPrefixes()) {
        if (prefix == QLatin1String(known))
            return find(reasons::deskReasons(), code.mid(underscore + 1));
    }
    return nullptr;
}

const Reason *lookUp(QStringView code)
{
    if (const Reason *r = find(kReasons, code))
        return r;
    if (const Reason *r = find(reasons::productReasons(), code))
        return r;
    return findDeskReason(code);
}

} // namespace

QString ReasonCatalog::text(const QString &code)
{
    const Reason *r = lookUp(code);
    return r ? QCoreApplication::translate("lx::models::ReasonCatalog", r->text) : QString();
}

QString ReasonCatalog::describe(const QString &code, const QString &details)
{
    QString sentence = text(code);
    if (sentence.isEmpty())
        sentence
            = QCoreApplication::translate("lx::models::ReasonCatalog", "The ledger refused the action (%1).").arg(code);
    // The details are the contract's own words, in English: a reader of
    // another language gets the sentence alone.
    if (details.isEmpty() || details == sentence || QLocale().language() != QLocale::English)
        return sentence;
    return sentence + QLatin1Char('\n') + details;
}

QStringList ReasonCatalog::codes()
{
    QStringList out;
    for (const Reason &r : kReasons)
        out << QLatin1String(r.code);
    for (const Reason &r : reasons::productReasons())
        out << QLatin1String(r.code);
    // Every desk code of every product, spelled out.
    for (const char *prefix : reasons::deskPrefixes()) {
        for (const Reason &r : reasons::deskReasons()) {
            const QString code = QLatin1String(prefix) + QLatin1Char('_') + QLatin1String(r.code);
            if (!out.contains(code))
                out << code;
        }
    }
    return out;
}

} // namespace lx::models
