#!/usr/bin/env python3
"""Drives LianXin's contracts on a real Fabric network with Fabric's own
`peer chaincode invoke|query` and on the embedded ledger with `lianxin-cli
chaincode invoke|query`, and compares them (docs/fabric-tests.md).

  run.py --cli lianxin-cli --protoc protoc --repo DIR --network NETDIR SCENARIO

SCENARIO: lc | forfaiting | guarantee (both engines, compared), private |
mvcc | restart (Fabric only). Exit 0 passed, 1 failed, 77 skipped (no Fabric
programs, or no network folder because the fixture skipped)."""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

SKIP = 77
# Record numbers carry the run's time, so that a scenario can run again on
# the same network; both engines of one run number their records alike.
RUN_TAG = "%x" % int(time.time())
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fabricbin  # noqa: E402
import lxproto  # noqa: E402


def embedded_engine(cli, workdir):
    import engines
    data = os.path.join(workdir, "embedded")
    passfile = os.path.join(workdir, "pass")
    with open(passfile, "w") as f:
        f.write("sandbox-pass-123\n")
    subprocess.run([cli, "--data", data, "--passphrase-file", passfile, "sandbox", "init"], check=True,
                   stdout=subprocess.DEVNULL)
    return engines.EmbeddedEngine(cli, data, passfile)


def fabric_engine(bindir, netdir, workdir, cli):
    import engines
    return engines.FabricEngine(os.path.join(bindir, "peer"), netdir, fabricbin.cli_config(bindir, netdir, workdir),
                                cli)


def compared(name, fn, emb, fab):
    import scenarios
    runs = []
    for engine in (emb, fab):
        t0 = time.time()
        run = scenarios.Run(engine)
        dump = fn(run)
        print("%s on %s: %d steps, %d transactions, %.1f s" % (name, engine.name, len(run.log), len(run.tx_ids),
                                                                 time.time() - t0), flush=True)
        runs.append((run, dump))
    (re, de), (rf, df) = runs
    steps = [(a, b) for a, b in zip(re.log, rf.log) if a != b]
    if len(re.log) != len(rf.log) or steps:
        for a, b in steps[:20]:
            print("step differs:\n  embedded %s\n  fabric   %s" % (a, b))
        raise scenarios.Failure("the engines' steps differ (%d vs %d steps)" % (len(re.log), len(rf.log)))
    diff = scenarios.differences(scenarios.normalize(de, re.tx_ids), scenarios.normalize(df, rf.tx_ids))
    for line in diff[:40]:
        print("record differs: " + line)
    if diff:
        raise scenarios.Failure("%d differences between the engines' records" % len(diff))
    print("%s: the same %d steps (states, reason codes, validation codes) and the same %d records on both engines"
          % (name, len(re.log), len(de)))


def scenario_private(fab):
    """(d) A bank's draft stays in its implicit collection."""
    import scenarios as s
    run = s.Run(fab)
    sub = run.submit(s.LC, s.HUAXIA + "/officer1", "2026-09-01", {"issue": {"lc": s.lc_terms("LC-FAB-D-" + RUN_TAG)}})
    run.expect(sub.ok, "draft: %r" % sub)
    draft = sub.payload.decode()
    own = fab.query(s.HUAXIA + "/checker1", "lc", "lc", ["ListDrafts"])
    run.expect(own.ok and any(s.desk_pb2.Draft.FromString(r).id == draft for r in s.raw_drafts(own.payload)),
               "Huaxia's peer lists Huaxia's draft: %r" % own)
    print("Huaxia's peer returns draft %s from ListDrafts" % draft)
    # The same reads of Huaxia's implicit collection, served by Dongfang's
    # peer, which is not a member of it. What Fabric does: the range read
    # (ListDrafts) finds nothing there, an empty list; the read by key
    # (DraftEndorsers) is refused, the peer holding only the public hash.
    other = fab.query(s.HUAXIA + "/checker1", "lc", "lc", ["ListDrafts"], peer_of=s.DONGFANG)
    run.expect(other.ok and other.payload == b"", "Huaxia's drafts on Dongfang's peer: %r" % other)
    print("Huaxia's implicit collection listed on Dongfang's peer: an empty list")
    one = fab.query(s.HUAXIA + "/checker1", "lc", "lc", ["DraftEndorsers", draft], peer_of=s.DONGFANG)
    run.expect(not one.ok and "private data matching public hash version is not available" in one.message,
               "Dongfang's peer read Huaxia's draft by its key: %r" % one)
    print("Huaxia's draft by its key on Dongfang's peer: refused: %s" % one.message.splitlines()[-1][:300])
    theirs = fab.query(s.DONGFANG + "/checker1", "lc", "lc", ["ListDrafts"])
    run.expect(theirs.ok and all(s.desk_pb2.Draft.FromString(r).id != draft for r in s.raw_drafts(theirs.payload)),
               "Dongfang's own drafts include Huaxia's: %r" % theirs)
    r = fab.invoke(s.HUAXIA + "/checker1", "lc", "lc", ["ReturnDraft", draft], {"comment": b"test over"},
                   "2026-09-01")
    run.expect(r.ok, "ReturnDraft: %r" % r)
    # A draft writes nothing public, so lianxin-chaincode writes no
    # endorsement key for it: Fabric holds it to Huaxia's peer through the
    # collection's own endorsement policy. Endorsed by Dongfang's peer alone,
    # it is invalidated and no draft appears.
    action = s.lc_pb2.LcAction()
    s.json_format.ParseDict({"issue": {"lc": s.lc_terms("LC-FAB-D2-" + RUN_TAG)}}, action)
    forged = fab.invoke(s.HUAXIA + "/officer1", "lc", "lc", ["SubmitDraft"], {"action": action.SerializeToString()},
                        "2026-09-01", endorsers=[s.DONGFANG])
    run.expect(forged.status == 200 and forged.code == "ENDORSEMENT_POLICY_FAILURE",
               "a draft endorsed by another bank's peer alone: %r" % forged)
    after = fab.query(s.HUAXIA + "/checker1", "lc", "lc", ["ListDrafts"])
    run.expect(after.ok and all(s.desk_pb2.Draft.FromString(x).id != forged.tx_id for x in s.raw_drafts(after.payload)),
               "the invalid draft was stored: %r" % after)
    print("Huaxia's draft endorsed by Dongfang's peer alone: %s, no draft stored" % forged.code)


def policy_check(run, draft_id):
    """(e) Before the proper approval of the forfaiting acceptance (seller
    and buyer must endorse): the same approval endorsed by the seller's peer
    alone is invalidated by Fabric, and nothing is written."""
    import scenarios as s
    if run.engine.name != "fabric":
        return
    claim = "LC-FAB-B-%s-0001/1" % RUN_TAG
    before = s.claim_of(run, claim).SerializeToString()
    r = run.approve(s.FF, s.DONGFANG, "2026-09-05", draft_id, endorsers=[s.DONGFANG])
    # A Fabric-only step: kept out of the log and the transaction ordinals
    # compared with the embedded engine.
    run.log.pop()
    if r.tx_id in run.tx_ids:
        run.tx_ids.remove(r.tx_id)
    run.expect(r.status == 200 and r.code == "ENDORSEMENT_POLICY_FAILURE",
               "an approval endorsed by the seller alone: %r" % r)
    run.expect(s.claim_of(run, claim).SerializeToString() == before, "the invalid approval changed the claim")
    print("forfaiting approval endorsed by %s alone: %s, the claim unchanged" % (s.DONGFANG, r.code))


def scenario_mvcc(fab):
    """(f) Two approvals of one draft in flight together: both read and write
    the draft's key and the L/C's key; the second in the block is invalidated."""
    import scenarios as s
    run = s.Run(fab)
    for attempt in range(1, 4):
        lc = "LC-FAB-F-%s-%d" % (RUN_TAG, attempt)
        sub = run.submit(s.LC, s.HUAXIA + "/officer1", "2026-09-01", {"issue": {"lc": s.lc_terms(lc)}})
        run.expect(sub.ok, "draft: %r" % sub)
        draft = sub.payload.decode()
        procs = []
        for _ in range(2):
            cmd, env = fab.invoke_cmd(s.HUAXIA + "/checker1", "lc", "lc", ["ApproveDraft", draft], None, "2026-09-01")
            procs.append(subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
        results = []
        for p in procs:
            out, _ = p.communicate(timeout=120)
            results.append(fab.parse_invoke(p.returncode, out))
        codes = sorted(str(r.code) for r in results)
        print("attempt %d: %s" % (attempt, results))
        if all(r.code for r in results):
            run.expect(codes == ["MVCC_READ_CONFLICT", "VALID"], "two conflicting approvals: %s" % codes)
            run.expect(s.state_name(run, lc) == "ISSUED", "the valid one issued the L/C")
            where = [block_of(fab, s.HUAXIA + "/checker1", "lc", r.tx_id) for r in results]
            if where[0][0] != where[1][0]:
                print("attempt %d: in blocks %d and %d, not one; again" % (attempt, where[0][0], where[1][0]))
                continue
            valid, conflict = sorted(zip(results, where), key=lambda x: x[0].code != "VALID")
            run.expect(valid[1][1] < conflict[1][1], "the VALID one is first in block %d" % valid[1][0])
            print("two approvals of draft %s in block %d: #%d VALID, #%d MVCC_READ_CONFLICT"
                  % (draft, valid[1][0], valid[1][1], conflict[1][1]))
            return
        # One endorsement came after the other's commit: the contract refused
        # it (the draft was no longer pending); try again with a new draft.
    raise s.Failure("the two approvals never landed in one block together in 3 attempts")


def block_of(fab, user, channel, tx_id):
    """(block number, position in it) of a transaction, from the peer's qscc."""
    from common import common_pb2
    r = fab.query(user, channel, "qscc", ["GetBlockByTxID", channel, tx_id])
    if not r.ok:
        raise RuntimeError("GetBlockByTxID %s: %r" % (tx_id, r))
    block = common_pb2.Block.FromString(r.payload)
    for i, data in enumerate(block.data.data):
        payload = common_pb2.Payload.FromString(common_pb2.Envelope.FromString(data).payload)
        if common_pb2.ChannelHeader.FromString(payload.header.channel_header).tx_id == tx_id:
            return block.header.number, i
    raise RuntimeError("block %d does not hold %s" % (block.header.number, tx_id))


def chaincode_process(netdir, contract):
    piddir = os.path.join(netdir, "pids")
    for name in sorted(os.listdir(piddir)):
        path = os.path.join(piddir, name)
        try:
            pid = int(open(path).read().split()[0])
            argv = open("/proc/%d/cmdline" % pid, "rb").read().split(b"\0")[:-1]
        except (OSError, ValueError, IndexError):
            continue
        argv = [a.decode() for a in argv]
        if argv and os.path.basename(argv[0]) == "lianxin-chaincode" and \
                ("--contract=" + contract in argv or any(a == "--contract" and b == contract
                                                          for a, b in zip(argv, argv[1:]))):
            env = dict(x.decode().split("=", 1) for x in open("/proc/%d/environ" % pid, "rb").read().split(b"\0")
                       if b"=" in x)
            return path, pid, argv, env, os.readlink("/proc/%d/cwd" % pid)
    raise RuntimeError("no running lianxin-chaincode --contract %s among %s" % (contract, piddir))


def listening(address, timeout):
    host, port = address.rsplit(":", 1)
    end = time.time() + timeout
    while time.time() < end:
        try:
            socket.create_connection((host or "127.0.0.1", int(port)), 1).close()
            return True
        except OSError:
            time.sleep(0.2)
    return False


def scenario_restart(fab, netdir):
    """(g) lianxin-chaincode killed and started again with its command line:
    the peer dials it again and the next invoke works."""
    import scenarios as s
    run = s.Run(fab)
    first = run.submit(s.GT, s.HUAXIA + "/officer1", "2026-09-01", {"issue": {"guarantee": s.gt_terms("GT-FAB-G1-" + RUN_TAG,
                                                                                                      "2026-12-31")}})
    run.expect(first.ok, "before the restart: %r" % first)
    pidfile, pid, argv, env, cwd = chaincode_process(netdir, "guarantee")
    print("lianxin-chaincode of guarantee: PID %d, %s" % (pid, " ".join(argv)))
    os.kill(pid, signal.SIGTERM)
    for _ in range(100):
        if not os.path.exists("/proc/%d" % pid) or open("/proc/%d/stat" % pid).read().split()[2] == "Z":
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
    down = fab.query(s.HUAXIA + "/checker1", "guarantee", "guarantee", ["ListDrafts"])
    run.expect(not down.ok, "the chaincode answered while it was stopped: %r" % down)
    log = open(os.path.join(netdir, "logs", "restart-guarantee.log"), "ab")
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    # The network's own pid file names the new process, so `down` stops it.
    with open(pidfile, "w") as f:
        f.write("%d\n" % proc.pid)
    address = next((b for a, b in zip(argv, argv[1:]) if a == "--address"), env.get("CHAINCODE_SERVER_ADDRESS", ""))
    run.expect(listening(address, 30), "the restarted lianxin-chaincode listens on %s" % address)
    again = run.submit(s.GT, s.HUAXIA + "/officer1", "2026-09-01", {"issue": {"guarantee": s.gt_terms(
        "GT-FAB-G2-" + RUN_TAG, "2026-12-31")}})
    run.expect(again.ok, "the first invoke after the restart: %r" % again)
    print("restarted as PID %d; the next invoke: status %d, %s" % (proc.pid, again.status, again.code))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--protoc", required=True)
    ap.add_argument("--repo", required=True)
    ap.add_argument("--network", help="the network folder (the CTest fixture's)")
    ap.add_argument("--embedded-only", action="store_true",
                    help="check the driver without Fabric: a compared scenario on two embedded sandboxes, compared")
    ap.add_argument("scenario", choices=["lc", "forfaiting", "guarantee", "private", "mvcc", "restart"])
    a = ap.parse_args()

    bindir = None if a.embedded_only else fabricbin.find(a.repo)
    if not a.embedded_only:
        if not bindir:
            print(fabricbin.SKIP_TEXT)
            return SKIP
        if not a.network or not os.path.exists(os.path.join(a.network, "network.json")):
            print("SKIP: no Fabric network in %s (the fabric_network_up fixture did not bring one up; see its output)"
                  % a.network)
            return SKIP
    lxproto.load(a.protoc, a.repo)
    import scenarios as s
    work = tempfile.mkdtemp(prefix="lx-fabric-test-")
    try:
        t0 = time.time()
        compared_scenarios = {
            "lc": lambda run: s.scenario_lc(run, "A-" + RUN_TAG),
            "forfaiting": lambda run: s.scenario_forfaiting(run, "B-" + RUN_TAG, policy_check),
            "guarantee": lambda run: s.scenario_guarantee(run, "C-" + RUN_TAG),
        }
        if a.scenario in compared_scenarios:
            emb = embedded_engine(a.cli, work)
            if a.embedded_only:
                # Two sandboxes: other keys, other transaction IDs, other
                # times of day; the normalized records must still be equal.
                other = os.path.join(work, "second")
                os.makedirs(other)
                compared(a.scenario, compared_scenarios[a.scenario], emb, embedded_engine(a.cli, other))
            else:
                compared(a.scenario, compared_scenarios[a.scenario], emb, fabric_engine(bindir, a.network, work, a.cli))
        else:
            fab = fabric_engine(bindir, a.network, work, a.cli)
            if a.scenario == "private":
                scenario_private(fab)
            elif a.scenario == "mvcc":
                scenario_mvcc(fab)
            else:
                scenario_restart(fab, a.network)
        print("PASS %s (%.1f s)" % (a.scenario, time.time() - t0))
        return 0
    except s.Failure as e:
        print("FAIL: %s" % e)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
