"""`analyze`: each layer's files, the wasted space and the efficiency, as dive computes them, from the
daemon's export of a real image, from the same image saved to a file, and from it in the OCI layout."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.conftest import BASE_IMAGE
from tests.support.base_image import build_image

pytestmark = pytest.mark.daemon
REPO = Path(__file__).resolve().parents[2]

DOCKERFILE = f"""FROM {BASE_IMAGE}
RUN dd if=/dev/zero of=/big bs=1000 count=10 && mkdir -p /keep && echo hello > /keep/a && mkdir /d && echo one > /d/x
RUN dd if=/dev/zero of=/big bs=1000 count=10
RUN rm /keep/a && chmod 600 /big
RUN ln /big /big-link && rm -rf /d && mkdir /d && echo two > /d/y
COPY same.txt /same
COPY same.txt /same
"""


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=300, env=env)


@pytest.fixture
def wasteful(daemon, unique_name):
    tag = f"lcx-test/{unique_name}:waste"
    build_image(daemon, tag, DOCKERFILE, files={"same.txt": b"the same\n"})
    return tag


def header_sizes(archive: bytes) -> dict[str, int]:
    """Independently of the app: the sum of the header sizes in each layer tar of a classic archive."""
    out = {}
    with tarfile.open(fileobj=io.BytesIO(archive)) as outer:
        members = {m.name: m for m in outer.getmembers()}
        for name, m in members.items():
            if name.endswith("layer.tar"):
                while m.issym():
                    m = members[os.path.normpath(os.path.join(os.path.dirname(m.name), m.linkname))]
                with tarfile.open(fileobj=outer.extractfile(m)) as inner:
                    out[name] = sum(i.size for i in inner.getmembers() if os.path.normpath(i.name) != ".")
    return out


def to_oci(archive: bytes) -> bytes:
    """The same image in the OCI layout (index.json, blobs/sha256/…), one layer gzip-compressed."""
    import gzip

    blobs: dict[str, bytes] = {}

    def put(data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        blobs[digest] = data
        return f"sha256:{digest}"

    with tarfile.open(fileobj=io.BytesIO(archive)) as outer:
        members = {m.name: m for m in outer.getmembers()}
        manifest = json.load(outer.extractfile("manifest.json"))[0]
        config = outer.extractfile(manifest["Config"]).read()
        layers = []
        for i, name in enumerate(manifest["Layers"]):
            m = members[name]
            while m.issym():
                m = members[os.path.normpath(os.path.join(os.path.dirname(m.name), m.linkname))]
            data = outer.extractfile(m).read()
            if i == 1:
                data = gzip.compress(data)
            layers.append({"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": put(data),
                           "size": len(data)})
    oci_manifest = json.dumps({"schemaVersion": 2, "config": {"digest": put(config), "size": len(config)},
                               "layers": layers}).encode()
    index = json.dumps({"schemaVersion": 2, "manifests": [{"digest": put(oci_manifest),
                                                           "size": len(oci_manifest)}]}).encode()
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tar:
        for name, data in [("oci-layout", b'{"imageLayoutVersion":"1.0.0"}'), ("index.json", index)] + \
                [(f"blobs/sha256/{d}", b) for d, b in blobs.items()]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def test_analyze_counts_every_copy_and_deletion_like_dive(daemon, wasteful, tmp_path):
    res = run("analyze", wasteful, "--format", "dive")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert list(doc) == ["layer", "image"] and list(doc["image"]) == ["sizeBytes", "inefficientBytes",
                                                                     "efficiencyScore", "fileReference"]
    assert list(doc["layer"][0]) == ["index", "id", "digestId", "sizeBytes", "command", "fileList"]
    image = daemon.images.get(wasteful)
    assert [layer["digestId"] for layer in doc["layer"]] == image.attrs["RootFS"]["Layers"]
    saved = b"".join(daemon.api.get_image(wasteful))
    sizes = header_sizes(saved)
    manifest = json.load(tarfile.open(fileobj=io.BytesIO(saved)).extractfile("manifest.json"))[0]
    assert [layer["sizeBytes"] for layer in doc["layer"]] == [sizes[n] for n in manifest["Layers"]]
    assert doc["image"]["sizeBytes"] == sum(sizes[n] for n in manifest["Layers"])

    refs = {r["file"]: r for r in doc["image"]["fileReference"]}
    assert refs["/big"]["count"] == 4  # written, written again, chmod-copied, hard-linked: every copy counts
    assert refs["/big"]["sizeBytes"] >= 30_000
    assert refs["/keep/a"] == {"count": 2, "sizeBytes": 6, "file": "/keep/a"}  # written, then deleted
    # The same layer twice: a classic archive stores the second as a link to the first (dive then reads
    # it as empty); it holds the file all the same, as the OCI layout shows.
    links = [m for m in tarfile.open(fileobj=io.BytesIO(saved)).getmembers() if m.issym()]
    assert links and all(m.name.endswith("layer.tar") for m in links)
    assert refs["/same"] == {"count": 2, "sizeBytes": 18, "file": "/same"}
    assert "/d/y" not in refs  # written once, in the recreated (opaque) directory
    # Ordered as dive prints them: the largest total first; the score is Σ smallest ÷ Σ all copies.
    assert [r["sizeBytes"] for r in doc["image"]["fileReference"]] == \
        sorted((r["sizeBytes"] for r in doc["image"]["fileReference"]), reverse=True)
    assert doc["image"]["inefficientBytes"] == sum(r["sizeBytes"] for r in doc["image"]["fileReference"])
    assert 0 < doc["image"]["efficiencyScore"] < 1

    # The same numbers from the image saved to a file, and from it in the OCI layout.
    classic = tmp_path / "classic.tar"
    classic.write_bytes(saved)
    oci = tmp_path / "oci.tar"
    oci.write_bytes(to_oci(saved))
    for path in (classic, oci):
        other = run("analyze", "--archive", str(path), "--format", "dive")
        assert other.returncode == 0, other.stderr
        again = json.loads(other.stdout)
        assert again["image"] == doc["image"], path
        assert [layer["sizeBytes"] for layer in again["layer"]] == [layer["sizeBytes"] for layer in doc["layer"]]

    readable = json.loads(run("analyze", wasteful, "--format", "json").stdout)
    changes = {layer["index"]: layer for layer in readable["layers"]}
    assert changes[3]["files_removed"] >= 1 and changes[3]["files_changed"] >= 1  # rm /keep/a, chmod /big
    assert [f["path"] for f in readable["inefficient_files"]][0] == doc["image"]["fileReference"][0]["file"]


def test_ci_rules_gate_like_dive(wasteful):
    strict = run("analyze", wasteful, "--ci", "--lowestEfficiency", "0.999", "--lang", "en")
    assert strict.returncode == 1 and "FAIL  lowestEfficiency" in strict.stdout
    loose = run("analyze", wasteful, "--ci", "--lowest-efficiency", "0.01", "--highest-user-wasted-percent",
                "disabled", "--highestWastedBytes", "20MB", "--lang", "en")
    assert loose.returncode == 0, loose.stdout + loose.stderr
    assert "PASS  highestWastedBytes" in loose.stdout and "SKIP  highestUserWastedPercent" in loose.stdout
    tight = run("analyze", wasteful, "--ci", "--lowestEfficiency", "0", "--highestWastedBytes", "1kB",
                "--highestUserWastedPercent", "disabled", "--lang", "en")
    assert tight.returncode == 1 and "too many bytes wasted" in tight.stdout
    bad = run("analyze", wasteful, "--ci", "--lowestEfficiency", "2", "--lang", "en")
    assert bad.returncode == 2 and "threshold" in bad.stderr
