"""Python modules of LianXin's protos (proto/lianxin) and the Fabric protos the
tests read (proto/fabric), generated with protoc --python_out into a temp
folder when the tests start: nothing generated is kept in the repository."""

import atexit
import importlib
import os
import shutil
import subprocess
import sys
import tempfile

_out = None


def load(protoc, repo):
    """Generates every module once and puts their folder first on sys.path."""
    global _out
    if _out:
        return _out
    _out = tempfile.mkdtemp(prefix="lx-pyproto-")
    atexit.register(shutil.rmtree, _out, True)
    fabric = os.path.join(repo, "proto", "fabric")
    ours = os.path.join(repo, "proto")
    files = []
    for root, _, names in os.walk(fabric):
        files += [os.path.join(root, n) for n in names if n.endswith(".proto")]
    files += [os.path.join(ours, "lianxin", n) for n in sorted(os.listdir(os.path.join(ours, "lianxin")))
              if n.endswith(".proto")]
    subprocess.run([protoc, "-I", fabric, "-I", ours, "--python_out=" + _out] + files, check=True)
    sys.path.insert(0, _out)
    importlib.invalidate_caches()
    return _out
