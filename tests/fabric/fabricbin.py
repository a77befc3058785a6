"""Where Fabric's programs are, as every LianXin test finds them: FABRIC_BIN,
the PATH, or ../shared/fabric/bin beside the repository."""

import os
import shutil

SKIP_TEXT = "SKIP: no Fabric programs found (FABRIC_BIN, PATH, ../shared/fabric/bin)"


def find(repo):
    candidates = []
    if os.environ.get("FABRIC_BIN"):
        candidates.append(os.environ["FABRIC_BIN"])
    on_path = shutil.which("peer")
    if on_path:
        candidates.append(os.path.dirname(on_path))
    candidates.append(os.path.join(os.path.abspath(repo), "..", "shared", "fabric", "bin"))
    for c in candidates:
        if os.access(os.path.join(c, "peer"), os.X_OK):
            return os.path.abspath(c)
    return None


def cli_config(bindir, netdir, workdir):
    """A folder with the core.yaml the peer CLI reads (FABRIC_CFG_PATH): one
    the network wrote for its peers (DIR/config/peers/<MSP>), else Fabric's sample beside the programs
    (config/ of Hyperledger's release archive), else a minimal one here."""
    peers = os.path.join(netdir, "config", "peers")
    candidates = [os.path.join(peers, p) for p in sorted(os.listdir(peers))] if os.path.isdir(peers) else []
    for d in candidates + [netdir, os.path.join(bindir, "..", "config")]:
        if os.path.exists(os.path.join(d, "core.yaml")):
            return os.path.abspath(d)
    d = os.path.join(workdir, "peer-cli")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "core.yaml"), "w") as f:
        f.write(MINIMAL_CORE)
    return d


# What the peer CLI reads of core.yaml when acting as a client.
MINIMAL_CORE = """peer:
  id: lianxin-test-client
  networkId: lianxin
  address: 127.0.0.1:7051
  localMspId: SampleOrg
  mspConfigPath: msp
  tls:
    enabled: true
  client:
    connTimeout: 10s
  deliveryclient:
    connTimeout: 10s
  BCCSP:
    Default: SW
    SW:
      Hash: SHA2
      Security: 256
      FileKeyStore:
        KeyStore:
chaincode:
  logging:
    level: info
logging:
  level: info
"""
