"""The scenarios, each one list of steps run alike on both engines (see
engines.py), with the same dates. A step asserts its own outcome (state,
reason code); the driver then compares the two engines' step logs and the
dump of every business record the scenario touched."""

import base64
import calendar
import datetime
import hashlib
import json

from google.protobuf import json_format

from lianxin import desk_pb2, forfaiting_pb2, guarantee_pb2, lc_pb2, ledger_pb2, notary_pb2

HUAXIA, DONGFANG, CHANGJIANG, NANHAI = "HuaxiaBankMSP", "DongfangBankMSP", "ChangjiangBankMSP", "NanhaiBankMSP"
BANKS = [HUAXIA, DONGFANG, CHANGJIANG, NANHAI, "BeiyuanBankMSP"]
AUDITOR = "RegulatorMSP/auditor1"


class Failure(AssertionError):
    pass


class Product:
    def __init__(self, channel, cc, action_type):
        self.channel, self.cc, self.action_type = channel, cc, action_type


LC = Product("lc", "lc", lc_pb2.LcAction)
FF = Product("forfaiting", "forfaiting", forfaiting_pb2.FfAction)
GT = Product("guarantee", "guarantee", guarantee_pb2.GtAction)


def draft_key(draft_id):
    return "draft/" + draft_id  # chaincode::desk::kDraftPrefix


def raw_drafts(payload):
    """The drafts of a DraftList as the exact bytes the peer holds: each
    field-1 entry's bytes, unparsed (a re-serialization could differ, and the
    co-endorsing peer checks their SHA-256 against the public hash)."""
    out, i = [], 0

    def varint():
        nonlocal i
        shift = value = 0
        while True:
            b = payload[i]
            i += 1
            value |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return value

    while i < len(payload):
        tag = varint()
        if tag != (1 << 3 | 2):
            raise Failure("ListDrafts answered an unexpected field %d" % tag)
        n = varint()
        out.append(payload[i:i + n])
        i += n
    return out


class Run:
    """One scenario on one engine: the steps' outcomes (the log compared
    between engines) and the transaction IDs in order of appearance."""

    def __init__(self, engine):
        self.engine = engine
        self.log = []
        self.tx_ids = []

    def note(self, label, result):
        # Only transactions that were sent count: a proposal the contract
        # refused has an ID on the embedded ledger's answer and none on Fabric's.
        if result.tx_id and result.code is not None and result.tx_id not in self.tx_ids:
            self.tx_ids.append(result.tx_id)
        self.log.append((label, result.status, result.reason, result.code))

    def expect(self, cond, what):
        if not cond:
            raise Failure("%s: %s" % (self.engine.name, what))

    # ---- the desk: a maker's draft, approved by a checker of the same bank ----

    def submit(self, product, user, date, action):
        msg = json_format.ParseDict(action, product.action_type())
        r = self.engine.invoke(user, product.channel, product.cc, ["SubmitDraft"],
                               {"action": msg.SerializeToString()}, date)
        self.note("SubmitDraft %s %s %s" % (user, date, json.dumps(action, sort_keys=True)[:120]), r)
        return r

    def approve(self, product, bank, date, draft_id, checker="checker1", endorsers=None):
        user = bank + "/" + checker
        e = self.engine.query(user, product.channel, product.cc, ["DraftEndorsers", draft_id], date=date)
        self.expect(e.ok, "DraftEndorsers(%s): %r" % (draft_id, e))
        co = list(desk_pb2.Endorsers.FromString(e.payload).msp_ids)
        transient = {}
        if co:
            # The co-endorsers' peers cannot read this bank's implicit
            # collection; they get the draft in the transient map (BRIEF).
            lst = self.engine.query(user, product.channel, product.cc, ["ListDrafts"], date=date)
            self.expect(lst.ok, "ListDrafts: %r" % lst)
            for raw in raw_drafts(lst.payload):
                if desk_pb2.Draft.FromString(raw).id == draft_id:
                    transient["lianxin.pvt/_implicit_org_%s/%s" % (bank, draft_key(draft_id))] = raw
        r = self.engine.invoke(user, product.channel, product.cc, ["ApproveDraft", draft_id] + co, transient, date,
                               endorsers=endorsers if endorsers is not None else [bank] + co)
        self.note("ApproveDraft %s %s" % (user, date), r)
        return r

    def notarize_presented(self, bank, date, action):
        """As the workstation does before approving a presentation: its
        documents notarized on trust by the bank's checker (the contract
        refuses the presentation otherwise, docs/trust-services.md)."""
        present = action.get("present")
        if not present:
            return
        user = bank + "/checker1"
        g = self.engine.query(user, "lc", "lc", ["GetLC", present["lcNo"]], date=date)
        self.expect(g.ok, "GetLC(%s): %r" % (present["lcNo"], g))
        issuer = lc_pb2.LetterOfCredit.FromString(g.payload).issuing_bank_msp
        for d in present["presentation"]["documents"]:
            doc = notary_pb2.NotarizedDocument(sha256=base64.b64decode(d["sha256"]), doc_type=d["docType"],
                                               file_name=d["fileName"], submitting_msp=bank,
                                               lc_no=present["lcNo"], issuing_bank_msp=issuer)
            r = self.engine.invoke(user, "trust", "notary", ["Record", doc.SerializeToString()], {}, date,
                                   endorsers=[bank])
            self.note("Notarize %s %s %s" % (user, date, d["fileName"]), r)
            self.expect(r.ok or r.reason == "NOTARY_ALREADY_RECORDED", "notarizing %s: %r" % (d["fileName"], r))

    def act(self, product, bank, date, action):
        s = self.submit(product, bank + "/officer1", date, action)
        self.expect(s.ok, "%s's draft %s on %s: %r" % (bank, action, date, s))
        if product is LC:
            self.notarize_presented(bank, date, action)
        a = self.approve(product, bank, date, s.payload.decode())
        self.expect(a.ok, "%s approves %s on %s: %r" % (bank, action, date, a))
        return a

    def refused(self, product, user, date, action, code):
        s = self.submit(product, user, date, action)
        self.expect(s.status >= 400 and s.reason == code, "expected %s for %s on %s, got %r" % (code, action, date, s))
        return s

    # ---- reads ----

    def get(self, product, function, args, message_type, user=AUDITOR):
        r = self.engine.query(user, product.channel, product.cc, [function] + list(args))
        self.expect(r.ok, "%s(%s): %r" % (function, args, r))
        return message_type.FromString(r.payload)

    def history(self, product, key, record_type):
        h = self.get(product, "GetHistoryForKey", [key], ledger_pb2.KeyHistory)
        out = []
        for m in h.modifications:
            d = json_format.MessageToDict(m)
            d.pop("value", None)
            if m.value:
                d["value"] = json_format.MessageToDict(record_type.FromString(m.value))
            out.append(d)
        return out


def day(text):
    y, m, d = (int(x) for x in text.split("-"))
    return {"year": y, "month": m, "day": d}


def china_time(text):
    """"YYYY-MM-DD HH:MM" China time -> Unix seconds, as lianxin-cli's --valid-until."""
    dt = datetime.datetime.strptime(text, "%Y-%m-%d %H:%M")
    return str(calendar.timegm(dt.timetuple()) - 8 * 3600)


def doc(doc_type, name, content):
    return {"docType": doc_type, "fileName": name, "sha256": base64.b64encode(hashlib.sha256(content).digest()).decode()}


def lc_terms(lc_no, nominated=True):
    t = {"lcNo": lc_no, "irrevocable": True,
         "applicant": {"name": "上海申江机电进出口有限公司", "uscc": "91350100M000100Y43", "accountNo": "3100 1234 5678 0001",
                       "accountBank": "Huaxia Trade Bank Shanghai"},
         "beneficiary": {"name": "江苏长风纺织有限公司", "uscc": "91110108MA01ABCD5T", "accountNo": "3200 8765 4321 0002",
                         "accountBank": "Dongfang Commercial Bank Suzhou"},
         "issuingBankMsp": HUAXIA, "advisingBankMsp": DONGFANG,
         "currency": "CNY", "amountFen": "500000000", "amountInWords": "人民币伍佰万元整",
         "tolerance": {"plusPercent": 5, "minusPercent": 5},
         "paymentTerm": {"kind": "DEFERRED", "basis": "AFTER_SHIPMENT_DATE", "days": 60},
         "expiryDate": day("2026-11-30"), "expiryPlace": "Shanghai", "latestShipmentDate": day("2026-11-15"),
         "presentationPeriodDays": 15, "goodsDescription": "Polyester filament yarn, 120 tonnes",
         "requiredDocuments": [{"docType": "INVOICE", "originals": 3}, {"docType": "TRANSPORT_DOCUMENT", "originals": 1}],
         "charges": {"bearer": "SHARED"}}
    if nominated:
        t["nominatedBankMsp"] = CHANGJIANG
    return t


def lc_state(run, lc_no):
    return run.get(LC, "GetLC", [lc_no], lc_pb2.LetterOfCredit)


def state_name(run, lc_no):
    return lc_pb2.LetterOfCredit.State.Name(lc_state(run, lc_no).state)


# ---------------------------------------------------------------------------
# (a) The L/C lifecycle of tests/cli/cli_lc_maturity.sh.

def scenario_lc(run, tag):
    lc = "LC-FAB-%s-0001" % tag
    act = run.act
    act(LC, HUAXIA, "2026-09-01", {"issue": {"lc": lc_terms(lc)}})
    run.expect(state_name(run, lc) == "ISSUED", "issued")
    act(LC, DONGFANG, "2026-09-02", {"advise": {"lcNo": lc}})
    act(LC, HUAXIA, "2026-09-03", {"amend": {"lcNo": lc, "amendment": {"newExpiryDate": day("2026-12-20"),
                                                                         "narrative": "Validity extended"}}})
    act(LC, DONGFANG, "2026-09-04", {"answerAmendment": {"lcNo": lc, "number": 1, "accept": True}})
    run.expect(lc_state(run, lc).expiry_date.day == 20, "expiry extended to 20 December")

    act(LC, DONGFANG, "2026-09-30", {"present": {"lcNo": lc, "presentation": {
        "amountFen": "300000000", "shipmentDate": day("2026-09-28"), "documentDate": day("2026-09-29"),
        "documents": [doc("INVOICE", "inv1.pdf", b"invoice JS-0930 under " + lc.encode()),
                      doc("TRANSPORT_DOCUMENT", "bl1.pdf", b"bill of lading COSU-0928 under " + lc.encode())]}}})
    p = lc_state(run, lc).presentations[0]
    run.expect((p.examination_deadline.month, p.examination_deadline.day) == (10, 13), "examination deadline 13 October")

    # The late examination: refused with its reason code, nothing written.
    before = lc_state(run, lc).SerializeToString()
    events = len(run.history(LC, "lc/" + lc, lc_pb2.LetterOfCredit))
    drafts = run.get(LC, "ListDrafts", [], desk_pb2.DraftList, user=HUAXIA + "/checker1").SerializeToString()
    run.refused(LC, HUAXIA + "/officer1", "2026-10-14",
                {"examine": {"lcNo": lc, "presentationNo": 1, "discrepancies": [{"description": "late"}]}},
                "LC_EXAMINATION_DEADLINE_PASSED")
    run.expect(lc_state(run, lc).SerializeToString() == before, "the late examination changed the L/C")
    run.expect(len(run.history(LC, "lc/" + lc, lc_pb2.LetterOfCredit)) == events, "the late examination wrote history")
    run.expect(run.get(LC, "ListDrafts", [], desk_pb2.DraftList, user=HUAXIA + "/checker1").SerializeToString()
               == drafts, "the refused draft was kept")

    act(LC, HUAXIA, "2026-10-13", {"examine": {"lcNo": lc, "presentationNo": 1, "discrepancies": [
        {"description": "Invoice quantity differs from the bill of lading"}]}})
    act(LC, HUAXIA, "2026-10-13", {"refuse": {"lcNo": lc, "presentationNo": 1, "disposition": "RETURN"}})
    p = lc_state(run, lc).presentations[0]
    run.expect(lc_pb2.Presentation.State.Name(p.state) == "REFUSED", "presentation 1 refused")
    run.expect(p.examination.discrepancies[0].description == "Invoice quantity differs from the bill of lading",
               "the refusal lists the discrepancy")

    act(LC, DONGFANG, "2026-10-20", {"present": {"lcNo": lc, "presentation": {
        "amountFen": "300000000", "shipmentDate": day("2026-10-16"), "documentDate": day("2026-10-17"),
        "documents": [doc("INVOICE", "inv2.pdf", b"invoice JS-1020 (corrected) under " + lc.encode()),
                      doc("TRANSPORT_DOCUMENT", "bl2.pdf", b"bill of lading COSU-1016 under " + lc.encode())]}}})
    act(LC, HUAXIA, "2026-10-21", {"examine": {"lcNo": lc, "presentationNo": 2, "complying": True}})
    act(LC, HUAXIA, "2026-10-22", {"acceptPresentation": {"lcNo": lc, "presentationNo": 2}})
    m = lc_state(run, lc).presentations[1].payment_confirmation.maturity_date
    run.expect((m.month, m.day) == (12, 15), "maturity 15 December")
    run.expect(state_name(run, lc) == "ACCEPTED", "accepted")
    run.refused(LC, HUAXIA + "/officer1", "2026-12-14", {"pay": {"lcNo": lc, "presentationNo": 2}}, "LC_NOT_YET_MATURE")
    act(LC, HUAXIA, "2026-12-15", {"pay": {"lcNo": lc, "presentationNo": 2}})
    run.expect(state_name(run, lc) == "PAID_AT_MATURITY", "paid at maturity")
    run.refused(LC, HUAXIA + "/officer1", "2026-12-20", {"expire": {"lcNo": lc}}, "LC_NOT_YET_EXPIRED")
    act(LC, HUAXIA, "2026-12-21", {"expire": {"lcNo": lc}})
    run.expect(state_name(run, lc) == "EXPIRED", "expired")
    run.expect(len(run.history(LC, "lc/" + lc, lc_pb2.LetterOfCredit)) >= 12, "every step is in the history")
    return dump_lc(run, [lc])


def own_drafts(run, product, bank):
    """The bank's open drafts (not approved) that this scenario made: the
    network is shared with other tests, whose drafts are not compared."""
    lst = run.get(product, "ListDrafts", [], desk_pb2.DraftList, user=bank + "/checker1")
    return [json_format.MessageToDict(d) for d in lst.drafts if d.id in run.tx_ids]


def dump_lc(run, lcs):
    out = {}
    for lc in lcs:
        out["lc/" + lc] = json_format.MessageToDict(lc_state(run, lc))
        out["lc-history/" + lc] = run.history(LC, "lc/" + lc, lc_pb2.LetterOfCredit)
    listed = run.get(LC, "ListLCs", [], lc_pb2.LcList)
    out["ListLCs"] = sorted(json_format.MessageToDict(x)["lcNo"] for x in listed.lcs if x.lc_no in lcs)
    for bank in BANKS:
        out["drafts/lc/" + bank] = own_drafts(run, LC, bank)
    return out


# ---------------------------------------------------------------------------
# (b) A forfaiting sale and resale with payment at maturity (tests/cli/cli_forfaiting.sh).

def accepted_lc(run, lc):
    """Issued by Huaxia, advised by Dongfang, presented, complying, accepted:
    a claim of 3,000,000.00 maturing on 31 October."""
    act = run.act
    act(LC, HUAXIA, "2026-09-01", {"issue": {"lc": lc_terms(lc, nominated=False)}})
    act(LC, DONGFANG, "2026-09-02", {"advise": {"lcNo": lc}})
    act(LC, DONGFANG, "2026-09-03", {"present": {"lcNo": lc, "presentation": {
        "amountFen": "300000000", "shipmentDate": day("2026-09-01"), "documentDate": day("2026-09-02"),
        "documents": [doc("INVOICE", "inv.pdf", b"invoice FF-0901 under " + lc.encode()),
                      doc("TRANSPORT_DOCUMENT", "bl.pdf", b"bill of lading FF-0901 under " + lc.encode())]}}})
    act(LC, HUAXIA, "2026-09-04", {"examine": {"lcNo": lc, "presentationNo": 1, "complying": True}})
    act(LC, HUAXIA, "2026-09-04", {"acceptPresentation": {"lcNo": lc, "presentationNo": 1}})


def quote(listing, rate_micros, method, value_date, valid_until, grace=0, fees=0):
    q = {"listingId": listing, "rateMicros": str(rate_micros), "method": method, "dayBasis": 360,
         "valueDate": day(value_date), "validUntilSeconds": china_time(valid_until)}
    if grace:
        q["graceDays"] = grace
    if fees:
        q["feesFen"] = str(fees)
    return {"quote": q}


def claim_of(run, claim):
    return run.get(FF, "GetClaim", [claim], forfaiting_pb2.Claim)


def scenario_forfaiting(run, tag, before_accept=None):
    lc = "LC-FAB-%s-0001" % tag
    claim = lc + "/1"
    act = run.act
    accepted_lc(run, lc)
    run.refused(FF, NANHAI + "/officer1", "2026-09-04", {"list": {"lcNo": lc, "presentationNo": 1}}, "FF_NOT_HOLDER")
    act(FF, DONGFANG, "2026-09-04", {"list": {"lcNo": lc, "presentationNo": 1, "note": "Primary, without recourse"}})
    listing = claim_of(run, claim).live_listing_id
    run.expect(listing == claim + "/L1", "listing %s" % listing)
    run.refused(FF, DONGFANG + "/officer1", "2026-09-04", {"list": {"lcNo": lc, "presentationNo": 1}},
                "FF_DOUBLE_FINANCING")
    act(FF, CHANGJIANG, "2026-09-04", quote(listing, 30000, "STRAIGHT_DISCOUNT", "2026-09-07", "2026-09-07 23:59"))
    act(FF, NANHAI, "2026-09-04", quote(listing, 32000, "DISCOUNT_TO_YIELD", "2026-09-07", "2026-09-04 23:59", 2, 50000))
    run.refused(FF, DONGFANG + "/officer1", "2026-09-05", {"acceptQuote": {"quoteId": listing + "/" + NANHAI}},
                "FF_QUOTE_EXPIRED")
    # The seller accepts; the buyer co-endorses the approval.
    s = run.submit(FF, DONGFANG + "/officer1", "2026-09-05", {"acceptQuote": {"quoteId": listing + "/" + CHANGJIANG}})
    run.expect(s.ok, "accept drafted: %r" % s)
    if before_accept:
        before_accept(run, s.payload.decode())
    a = run.approve(FF, DONGFANG, "2026-09-05", s.payload.decode())
    run.expect(a.ok, "accept approved with the buyer: %r" % a)
    deal = claim_of(run, claim).live_deal_id
    run.expect(deal == claim + "/D1", "deal %s" % deal)
    act(FF, DONGFANG, "2026-09-05", {"notifyTransfer": {"dealId": deal}})
    act(FF, HUAXIA, "2026-09-05", {"acknowledgeTransfer": {"dealId": deal}})
    act(FF, CHANGJIANG, "2026-09-07", {"settle": {"dealId": deal}})
    d = run.get(FF, "GetDeal", [deal], forfaiting_pb2.Deal)
    run.expect(d.net_fen == 298650000, "net 2,986,500.00 (3,000,000.00 less 54 days at 3.00%%): %d" % d.net_fen)
    run.expect(claim_of(run, claim).holder_msp == CHANGJIANG, "Changjiang holds the claim")

    act(FF, CHANGJIANG, "2026-09-10", {"list": {"lcNo": lc, "presentationNo": 1, "note": "Secondary"}})
    listing2 = claim_of(run, claim).live_listing_id
    act(FF, NANHAI, "2026-09-10", quote(listing2, 29000, "STRAIGHT_DISCOUNT", "2026-09-11", "2026-09-11 23:59"))
    act(FF, CHANGJIANG, "2026-09-10", {"acceptQuote": {"quoteId": listing2 + "/" + NANHAI}})
    deal2 = claim_of(run, claim).live_deal_id
    act(FF, CHANGJIANG, "2026-09-10", {"notifyTransfer": {"dealId": deal2}})
    act(FF, HUAXIA, "2026-09-10", {"acknowledgeTransfer": {"dealId": deal2}})
    act(FF, NANHAI, "2026-09-11", {"settle": {"dealId": deal2}})
    c = claim_of(run, claim)
    run.expect(c.holder_msp == NANHAI, "Nanhai holds the claim")
    run.expect(list(c.holders) == [DONGFANG, CHANGJIANG, NANHAI], "chain of holders %s" % list(c.holders))

    run.refused(FF, HUAXIA + "/officer1", "2026-10-30", {"payAtMaturity": {"claimId": claim}}, "FF_NOT_YET_MATURE")
    act(FF, HUAXIA, "2026-10-31", {"payAtMaturity": {"claimId": claim}})
    c = claim_of(run, claim)
    run.expect(forfaiting_pb2.Claim.State.Name(c.state) == "PAID" and c.paid_to_msp == NANHAI, "paid to Nanhai")
    return dump_forfaiting(run, lc, claim)


def dump_forfaiting(run, lc, claim):
    out = dump_lc(run, [lc])
    mine = lambda i: i.startswith(claim + "/") or i == claim
    out["claim/" + claim] = json_format.MessageToDict(claim_of(run, claim))
    out["claim-history/" + claim] = run.history(FF, "claim/" + claim, forfaiting_pb2.Claim)
    for l in run.get(FF, "ListListings", [], forfaiting_pb2.ListingList).listings:
        if not mine(l.listing_id):
            continue
        out["listing/" + l.listing_id] = json_format.MessageToDict(
            run.get(FF, "GetListing", [l.listing_id], forfaiting_pb2.Listing))
        out["listing-history/" + l.listing_id] = run.history(FF, "listing/" + l.listing_id, forfaiting_pb2.Listing)
        for q in run.get(FF, "ListQuotes", [l.listing_id], forfaiting_pb2.QuoteList).quotes:
            out["quote/" + q.quote_id] = json_format.MessageToDict(run.get(FF, "GetQuote", [q.quote_id], forfaiting_pb2.Quote))
            out["quote-history/" + q.quote_id] = run.history(FF, "quote/" + q.quote_id, forfaiting_pb2.Quote)
    for d in run.get(FF, "ListDeals", [], forfaiting_pb2.DealList).deals:
        if not mine(d.deal_id):
            continue
        out["deal/" + d.deal_id] = json_format.MessageToDict(run.get(FF, "GetDeal", [d.deal_id], forfaiting_pb2.Deal))
        out["deal-history/" + d.deal_id] = run.history(FF, "deal/" + d.deal_id, forfaiting_pb2.Deal)
    for bank in BANKS:
        out["drafts/forfaiting/" + bank] = own_drafts(run, FF, bank)
    return out


# ---------------------------------------------------------------------------
# (c) A guarantee's demand and payment (tests/cli/cli_guarantee.sh).

def gt_terms(no, expiry):
    return {"guaranteeNo": no, "type": "PERFORMANCE", "expiryType": "FIXED_DATE", "expiryDate": day(expiry),
            "applicant": {"name": "上海申江机电进出口有限公司", "uscc": "91350100M000100Y43"},
            "beneficiary": {"name": "江苏长风纺织有限公司", "uscc": "91110108MA01ABCD5T"},
            "issuerMsp": HUAXIA, "advisingBankMsp": DONGFANG, "currency": "CNY", "amountFen": "100000000",
            "underlying": {"reference": "SJ-CF-2026-031", "date": day("2026-08-20"),
                           "description": "Supply and installation of 40 looms"},
            "reductionSchedule": [{"date": day("2026-11-15"), "amountFen": "10000000"}],
            "terms": "Payable on first demand with the beneficiary's statement of breach."}


def gt_state(run, g):
    return run.get(GT, "GetGuarantee", [g], guarantee_pb2.Guarantee)


def scenario_guarantee(run, tag):
    g = "GT-FAB-%s-0001" % tag
    act = run.act
    run.refused(GT, DONGFANG + "/officer1", "2026-09-01", {"issue": {"guarantee": gt_terms(g, "2026-12-31")}},
                "GT_WRONG_BANK")
    act(GT, HUAXIA, "2026-09-01", {"issue": {"guarantee": gt_terms(g, "2026-12-31")}})
    act(GT, DONGFANG, "2026-09-01", {"advise": {"guaranteeNo": g}})
    act(GT, HUAXIA, "2026-09-02", {"amend": {"guaranteeNo": g, "amendment": {"increaseFen": "10000000",
                                                                             "newExpiryDate": day("2027-01-31")}}})
    act(GT, DONGFANG, "2026-09-03", {"answerAmendment": {"guaranteeNo": g, "number": 1, "accept": True}})
    run.expect(gt_state(run, g).available_fen == 110000000, "amount raised")
    run.refused(GT, DONGFANG + "/officer1", "2026-09-04", {"demand": {"guaranteeNo": g, "demand": {"amountFen": "30000000"}}},
                "GT_STATEMENT_MISSING")
    act(GT, DONGFANG, "2026-09-04", {"demand": {"guaranteeNo": g, "demand": {
        "amountFen": "30000000", "documents": [doc("STATEMENT", "statement.pdf", b"breach statement\n")],
        "statementOfBreach": "The applicant has not completed the installation due on 31 August 2026 (clause 7)."}}})
    run.expect(gt_state(run, g).demands[0].examination_deadline.day == 11, "examination due 11 September")
    act(GT, HUAXIA, "2026-09-10", {"examine": {"guaranteeNo": g, "demandNo": 1, "discrepancies": [
        {"code": "SIGNATURE", "description": "Statement not signed by an authorised signatory"},
        {"code": "CONTRACT_REF", "description": "Statement names contract SJ-CF-2026-013, not SJ-CF-2026-031"}]}})
    act(GT, DONGFANG, "2026-09-14", {"demand": {"guaranteeNo": g, "demand": {
        "amountFen": "20000000", "statementOfBreach": "Installation still incomplete."}}})
    run.refused(GT, HUAXIA + "/officer1", "2026-09-21", {"examine": {"guaranteeNo": g, "demandNo": 2, "discrepancies": [
        {"description": "Late"}]}}, "GT_REJECTION_LATE")
    act(GT, HUAXIA, "2026-09-21", {"examine": {"guaranteeNo": g, "demandNo": 2, "complying": True}})
    run.refused(GT, DONGFANG + "/officer1", "2026-09-22", {"pay": {"guaranteeNo": g, "demandNo": 2}}, "GT_WRONG_BANK")
    act(GT, HUAXIA, "2026-09-22", {"pay": {"guaranteeNo": g, "demandNo": 2}})
    s = gt_state(run, g)
    run.expect(s.available_fen == 90000000, "available reduced to 900,000.00: %d" % s.available_fen)
    run.expect(guarantee_pb2.Demand.State.Name(s.demands[1].state) == "PAID", "demand 2 paid")
    return dump_guarantee(run, [g])


def dump_guarantee(run, gs):
    out = {}
    for g in gs:
        out["guarantee/" + g] = json_format.MessageToDict(gt_state(run, g))
        out["guarantee-history/" + g] = run.history(GT, "guarantee/" + g, guarantee_pb2.Guarantee)
    listed = run.get(GT, "ListGuarantees", [], guarantee_pb2.GuaranteeList)
    out["ListGuarantees"] = sorted(x.guarantee_no for x in listed.guarantees if x.guarantee_no in gs)
    for bank in BANKS:
        out["drafts/guarantee/" + bank] = own_drafts(run, GT, bank)
    return out


# ---------------------------------------------------------------------------
# Comparing two engines' records.

def china_day(seconds):
    return (datetime.datetime.utcfromtimestamp(int(seconds)) + datetime.timedelta(hours=8)).strftime("%Y-%m-%d")


def normalize(dump, tx_ids):
    """What must differ between two ledgers that ran the same steps, and
    nothing else:
    - transaction IDs: each engine's client draws its own nonce, so the same
      step has another ID; each becomes its ordinal among the scenario's
      transactions ("tx#3"), wherever it appears (record fields, draft IDs);
    - the time of day in transaction timestamps (timestampSeconds,
      createdSeconds): both engines sign as of the scenario's day at the
      current China time of day (chinaDateClock; lianxin-chaincode maps
      lianxin.date to the same instant), so the day must be equal and the
      seconds cannot be; and a history entry's timestamp on Fabric is the
      proposal's real time (the peer CLI stamps it; only the contract sees
      lianxin.date), so history timestamps are dropped;
    - block and transaction numbers, wherever they appear (key histories,
      and the L/C version a forfaiting claim records, LcVersion.blockNumber):
      Fabric's blocks also carry configuration, lifecycle and
      PrepareEndorsement transactions and batch several transactions per
      block, the embedded ledger cuts one block per transaction; and Fabric's
      history (queryresult.KeyModification) has no block number at all, so
      on a real peer they are 0 (app/chaincode/ShimStub.cpp).
    validUntilSeconds is a business date the bank gave and is kept."""
    ordinal = {t: "tx#%d" % i for i, t in enumerate(tx_ids)}

    def walk(v, key=None):
        if isinstance(v, dict):
            return {k: walk(x, k) for k, x in v.items() if k not in ("blockNumber", "txNumber")}
        if isinstance(v, list):
            return [walk(x, key) for x in v]
        if isinstance(v, str):
            if key in ("timestampSeconds", "createdSeconds"):
                return china_day(v)
            for t, o in ordinal.items():
                v = v.replace(t, o)
            return v
        return v

    out = {}
    for k, v in dump.items():
        if "-history/" in k:  # a key's history: lianxin.ledger.KeyModification entries
            v = [{f: x for f, x in m.items() if f != "timestampSeconds"} for m in v]
        out[k] = walk(v, k)
    return out


def differences(a, b, path=""):
    """Where two normalized dumps differ, one line each."""
    if type(a) != type(b):
        return ["%s: %r != %r" % (path, a, b)]
    if isinstance(a, dict):
        out = []
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append("%s/%s only on %s" % (path, k, "the first" if k in a else "the second"))
            else:
                out += differences(a[k], b[k], path + "/" + k)
        return out
    if isinstance(a, list):
        if len(a) != len(b):
            return ["%s: %d entries != %d" % (path, len(a), len(b))]
        out = []
        for i, (x, y) in enumerate(zip(a, b)):
            out += differences(x, y, "%s[%d]" % (path, i))
        return out
    return [] if a == b else ["%s: %r != %r" % (path, a, b)]
