"""`df`: where the disk went, in the daemon's own figures (`system df -v`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BASE_IMAGE, TEST_LABEL

pytestmark = pytest.mark.daemon
REPO = Path(__file__).resolve().parents[2]


def test_df_json_is_the_daemon_s_system_df(daemon, unique_name):
    volume = daemon.volumes.create(name=f"{unique_name}-data", labels={TEST_LABEL: "1"})
    container = daemon.containers.run(BASE_IMAGE, ["sh", "-c", "dd if=/dev/zero of=/data/blob bs=1k count=64; "
                                                   "echo x > /written"], volumes={volume.name: {"bind": "/data"}},
                                      labels={TEST_LABEL: "1"}, name=f"{unique_name}-df", detach=True)
    try:
        container.wait(timeout=30)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        res = subprocess.run([sys.executable, "-m", "desktop", "df", "--format", "json"], cwd=REPO,
                             capture_output=True, text=True, timeout=120, env=env)
        assert res.returncode == 0, res.stderr
        got = json.loads(res.stdout)
        truth = daemon.api.df()
        assert got["layers_size"] == truth["LayersSize"]
        assert {i["id"]: (i["size"], i["shared_size"], i["containers"]) for i in got["images"]} == \
            {i["Id"]: (i["Size"], i["SharedSize"], i["Containers"]) for i in truth["Images"]}
        assert all(i["unique_size"] == i["size"] - i["shared_size"] for i in got["images"])
        mine = next(c for c in got["containers"] if c["id"] == container.id)
        row = next(c for c in truth["Containers"] if c["Id"] == container.id)
        assert (mine["name"], mine["size_rw"], mine["size_root_fs"]) == (container.name, row["SizeRw"], row["SizeRootFs"])
        assert mine["size_rw"] > 0  # /written is in its own layer; the blob went to the volume
        vol = next(v for v in got["volumes"] if v["name"] == volume.name)
        truth_vol = next(v for v in truth["Volumes"] if v["Name"] == volume.name)
        assert (vol["size"], vol["ref_count"]) == (truth_vol["UsageData"]["Size"], truth_vol["UsageData"]["RefCount"])
        assert vol["size"] >= 64 * 1024 and vol["ref_count"] == 1
        assert got["build_cache_size"] == sum(c["Size"] for c in truth.get("BuildCache") or [])
        text = subprocess.run([sys.executable, "-m", "desktop", "df", "--lang", "en"], cwd=REPO, capture_output=True,
                              text=True, timeout=120, env=env)
        assert text.returncode == 0 and "Volumes:" in text.stdout and "reclaimable" in text.stdout
    finally:
        container.remove(force=True)
        volume.remove(force=True)
