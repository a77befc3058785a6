"""Two engines behind one interface, so a scenario runs the same steps and
dates on the embedded ledger and on a real Fabric network:

  invoke(user, channel, cc, args, transient, date, endorsers=None) -> Result
  query(user, channel, cc, args, transient=None, peer_of=None)      -> Result

user is "MSPID/name" from the sandbox wallet; args are bytes or str (the
function first); transient maps names to bytes; date is YYYY-MM-DD, the day
the transaction is signed as of (--date on the embedded CLI, the transient
entry lianxin.date on Fabric, whose lianxin-chaincode runs with
--dated-transactions). endorsers names the organizations whose peers endorse
(Fabric only; the embedded ledger endorses as the contract's policy asks)."""

import base64
import json
import os
import re
import subprocess
import threading


class Result:
    def __init__(self, status, reason="", message="", payload=b"", tx_id="", code=None, raw=""):
        self.status = status
        self.reason = reason      # the contract's reason code when status >= 400
        self.message = message
        self.payload = payload
        self.tx_id = tx_id
        self.code = code          # validation code of an invoke that was sent ("VALID", ...); None otherwise
        self.raw = raw            # what the program printed, for failure messages

    @property
    def ok(self):
        return self.status < 400 and self.code in (None, "VALID")

    def __repr__(self):
        return "Result(status=%s, reason=%r, code=%r, message=%r)" % (self.status, self.reason, self.code,
                                                                       self.message[:200])


def split_reason(text):
    """Contracts answer "REASON_CODE: message" (ledgerclient rejectionOf)."""
    m = re.match(r"^([A-Z0-9_]+): (.*)$", text, re.S)
    return (m.group(1), m.group(2)) if m else ("CONTRACT_ERROR", text)


def _bytes(a):
    return a if isinstance(a, bytes) else a.encode()


def lianxin_cli_call(cmd, verb, channel, cc, args, transient):
    """lianxin-cli chaincode invoke|query (cmd: the program and its global
    options), its JSON answer as a Result."""
    cmd = cmd + ["--json", "chaincode", verb, "--channel", channel, "--name", cc]
    for a in args:
        cmd += ["--arg-b64", base64.b64encode(_bytes(a)).decode()]
    for k, v in (transient or {}).items():
        cmd += ["--transient", k + "=" + base64.b64encode(v).decode()]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if not p.stdout.strip():
        raise RuntimeError("lianxin-cli chaincode %s failed (exit %d): %s" % (verb, p.returncode, p.stderr))
    j = json.loads(p.stdout)
    return Result(j["status"], j["reasonCode"], j["message"], base64.b64decode(j["payload"]), j["txId"],
                  j.get("validationCode"), p.stdout + p.stderr)


class EmbeddedEngine:
    """lianxin-cli chaincode invoke|query on a sandbox data folder."""
    name = "embedded"

    def __init__(self, cli, data, passfile):
        self.cli, self.data, self.passfile = cli, data, passfile
        self.lock = threading.Lock()  # one writer at a time on the embedded ledger

    def _run(self, verb, user, channel, cc, args, transient, date):
        cmd = [self.cli, "--data", self.data, "--passphrase-file", self.passfile, "--as", user]
        if date:
            cmd += ["--date", date]
        with self.lock:
            return lianxin_cli_call(cmd, verb, channel, cc, args, transient)

    def invoke(self, user, channel, cc, args, transient=None, date=None, endorsers=None):
        return self._run("invoke", user, channel, cc, args, transient, date)

    def query(self, user, channel, cc, args, transient=None, date=None, peer_of=None):
        return self._run("query", user, channel, cc, args, transient, date)


class FabricEngine:
    """Fabric's own peer CLI against the network folder fabric-network.sh wrote."""
    name = "fabric"

    def __init__(self, peer_bin, netdir, cfg_dir, cli=None):
        self.peer, self.netdir, self.cfg_dir, self.cli = peer_bin, netdir, cfg_dir, cli
        with open(os.path.join(netdir, "network.json")) as f:
            self.net = json.load(f)

    def org(self, msp):
        return self.net["orgs"][msp]

    def env(self, user, peer_of=None):
        msp, name = user.split("/")
        target = self.org(peer_of or msp)
        e = dict(os.environ)
        e.update({
            "FABRIC_CFG_PATH": self.cfg_dir,
            "CORE_PEER_LOCALMSPID": msp,
            "CORE_PEER_MSPCONFIGPATH": os.path.join(self.netdir, "users", msp, name, "msp"),
            "CORE_PEER_ADDRESS": target["peerAddress"],
            "CORE_PEER_TLS_ENABLED": "true",
            "CORE_PEER_TLS_ROOTCERT_FILE": target["peerTlsCa"],
            "FABRIC_LOGGING_SPEC": "INFO",
        })
        return e

    @staticmethod
    def _ctor(args):
        # The peer CLI's -c takes the arguments as JSON strings; every
        # argument our scenarios pass is text.
        return json.dumps({"Args": [_bytes(a).decode() for a in args]})

    @staticmethod
    def _transient(transient, date):
        t = dict(transient or {})
        if date:
            t["lianxin.date"] = date.encode()
        return json.dumps({k: base64.b64encode(v).decode() for k, v in t.items()}) if t else None

    def invoke_cmd(self, user, channel, cc, args, transient=None, date=None, endorsers=None, wait=True):
        msp = user.split("/")[0]
        cmd = [self.peer, "chaincode", "invoke", "-o", self.net["ordererAddress"], "--tls", "--cafile",
               self.net["ordererTlsCa"], "-C", channel, "-n", cc, "-c", self._ctor(args)]
        t = self._transient(transient, date)
        if t:
            cmd += ["--transient", t]
        for e in endorsers or [msp]:
            cmd += ["--peerAddresses", self.org(e)["peerAddress"], "--tlsRootCertFiles", self.org(e)["peerTlsCa"]]
        if wait:
            cmd += ["--waitForEvent", "--waitForEventTimeout", "60s"]
        return cmd, self.env(user)

    def parse_invoke(self, rc, out):
        m = re.search(r"txid \[([0-9a-f]+)\] committed with status \((\w+)\)", out)
        tx_id, code = (m.group(1), m.group(2)) if m else ("", None)
        m = re.search(r"Chaincode invoke successful\. result: (.*)$", out, re.M)
        if m:
            resp = self._response(m.group(1))
            return Result(resp.status, "", resp.message, resp.payload, tx_id, code, out)
        m = re.search(r"transaction invalidated with status \((\w+)\)", out)
        if m:
            return Result(200, "", "", b"", tx_id, m.group(1), out)
        m = re.search(r"endorsement failure during invoke\. response: (.*)$", out, re.M)
        if m:
            resp = self._response(m.group(1))
            reason, message = split_reason(resp.message)
            return Result(resp.status, reason, message, resp.payload, "", None, out)
        raise RuntimeError("peer chaincode invoke (exit %d) said: %s" % (rc, out))

    def _invoke_with_lianxin_cli(self, user, channel, cc, args, transient, date):
        """A binary argument (a serialized message) cannot pass through the
        peer CLI's -c, which takes text: lianxin-cli on the network's own
        sandbox wallet and the organization's connection profile sends it."""
        if not self.cli:
            raise RuntimeError("a binary argument on Fabric needs lianxin-cli (FabricEngine(cli=...))")
        msp = user.split("/")[0]
        cmd = [self.cli, "--data", os.path.join(self.netdir, "sandbox"), "--passphrase-file",
               os.path.join(self.netdir, "sandbox.pass"), "--network",
               os.path.join(self.netdir, "profiles", msp + ".json"), "--as", user]
        t = dict(transient or {})
        if date:
            t["lianxin.date"] = date.encode()
        return lianxin_cli_call(cmd, "invoke", channel, cc, args, t)

    def invoke(self, user, channel, cc, args, transient=None, date=None, endorsers=None):
        try:
            for a in args:
                _bytes(a).decode()
        except UnicodeDecodeError:
            return self._invoke_with_lianxin_cli(user, channel, cc, args, transient, date)
        cmd, env = self.invoke_cmd(user, channel, cc, args, transient, date, endorsers)
        p = subprocess.run(cmd, env=env, capture_output=True, text=True)
        return self.parse_invoke(p.returncode, p.stdout + p.stderr)

    def query(self, user, channel, cc, args, transient=None, date=None, peer_of=None):
        cmd = [self.peer, "chaincode", "query", "-C", channel, "-n", cc, "-c", self._ctor(args), "--hex"]
        t = self._transient(transient, date)
        if t:
            cmd += ["--transient", t]
        p = subprocess.run(cmd, env=self.env(user, peer_of), capture_output=True, text=True)
        if p.returncode == 0:
            return Result(200, "", "", bytes.fromhex(p.stdout.strip()), "", None, p.stdout + p.stderr)
        out = p.stdout + p.stderr
        m = re.search(r"endorsement failure during query\. response: (.*)$", out, re.M)
        if m:
            resp = self._response(m.group(1))
            reason, message = split_reason(resp.message)
            return Result(resp.status, reason, message, resp.payload, "", None, out)
        # Anything else (a peer that cannot serve the read): status 500, the text kept.
        return Result(500, "PEER_ERROR", out.strip(), b"", "", None, out)

    @staticmethod
    def _response(text):
        from google.protobuf import text_format
        from peer import proposal_response_pb2
        resp = proposal_response_pb2.Response()
        text_format.Parse(text, resp, allow_unknown_field=True)
        return resp
