"""Record the image-history fixtures used by ``tests/unit/test_layers_model.py``.

Not a test (pytest does not collect it). Run it by hand against a real daemon that has
``lcx-test/busybox:latest`` and uses the classic builder::

    /tmp/venv/bin/python tests/unit/data/record_layer_fixtures.py

It builds a few small images (every one labelled ``io.github.lifecycle_explorer.test=1``),
records what the Engine API says about them, and removes everything it made, leaving the base
image. Nothing is hand-edited: the ``<missing>`` history ids come from a real ``docker save`` /
``docker rmi`` / ``docker load`` round trip, which drops the parent links of the loaded image.

Recorded per image (``layers_<name>.json``):

* ``history``: ``client.api.history(id)`` exactly as returned (newest first);
* ``rootfs_layers``: ``inspect_image(id)["RootFS"]["Layers"]`` (diff ids, oldest first);
* ``save_empty_layer``: from the config inside ``docker save``: ``history[i].empty_layer``
  (oldest first) -- the exact answer to "did this step make a layer";
* ``row_layer_counts``: for each history row (newest first) the length of
  ``inspect_image(row Id)["RootFS"]["Layers"]``, ``null`` for ``<missing>`` rows.

``layers_df.json`` holds ``client.df()["Images"]`` for every image the daemon had at that moment
(not only ours: the daemon's ``SharedSize`` counts sharing among all of them) together with the
history, diff ids and empty-layer flags of each, so the test can recompute ``SharedSize``, and
``layerdb``: the daemon's own layer store entries (``<DockerRootDir>/image/<driver>/layerdb/
sha256/<chain id>/{diff,parent,size}``, read-only) for every chain id of those images, the ground
truth for chain ids and layer sizes.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import tarfile
import tempfile
import time
from pathlib import Path

import docker

LABEL = "io.github.lifecycle_explorer.test"
BASE = "lcx-test/busybox:latest"
OUT = Path(__file__).resolve().parent
PREFIX = "lcx-rec"

DOCKERFILE_A = f"""\
FROM {BASE}
LABEL {LABEL}=1
ENV A=1
ARG V=1
RUN dd if=/dev/zero of=/data bs=1k count=300
COPY hello.txt /app/
RUN echo "v=$V" > /app/v.txt
RUN rm /data
CMD ["/bin/sh"]
"""

# Shares the first five instructions with A (cache hits: same intermediate images, same layers).
DOCKERFILE_B = f"""\
FROM {BASE}
LABEL {LABEL}=1
ENV A=1
ARG V=1
RUN dd if=/dev/zero of=/data bs=1k count=300
ARG W=2
RUN true
COPY other.txt /app/
SHELL ["/bin/sh", "-ec"]
RUN echo b > /app/b.txt
RUN ["/bin/echo", "exec form"]
EXPOSE 8080
USER nobody
VOLUME /vol
STOPSIGNAL SIGTERM
HEALTHCHECK CMD true
ONBUILD RUN echo hi
MAINTAINER someone@example.com
ENTRYPOINT ["/bin/sh"]
"""

# Zero-byte steps whose layer-or-not cannot be told from history alone: WORKDIR of a new
# directory makes a (0-byte) layer, WORKDIR of an existing one does not; RUN true makes no layer,
# RUN rm of an earlier file makes a 0-byte layer (a whiteout).
DOCKERFILE_D = f"""\
FROM {BASE}
LABEL {LABEL}=1
ENV D=1
WORKDIR /app
RUN true
RUN dd if=/dev/zero of=/data bs=1k count=300
COPY hello.txt /app/
RUN rm /data
WORKDIR /tmp
CMD ["/bin/sh"]
"""

DOCKERFILE_M = f"""\
FROM {BASE}
LABEL {LABEL}=1
RUN echo m > /m.txt
ENV M=1
"""


def sh(*args: str, **kw) -> str:
    env = dict(os.environ, DOCKER_BUILDKIT="0")
    res = subprocess.run(args, capture_output=True, text=True, env=env, **kw)
    if res.returncode != 0:
        raise RuntimeError(f"{args}: {res.stderr}")
    return res.stdout


def build(tag: str, dockerfile: str, files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as ctx:
        Path(ctx, "Dockerfile").write_text(dockerfile)
        for name, text in files.items():
            Path(ctx, name).write_text(text)
        sh("docker", "build", "-t", tag, ctx)


def cleanup(client: docker.DockerClient) -> None:
    for c in client.containers.list(all=True, filters={"label": LABEL}):
        c.remove(force=True)
    for img in client.images.list(filters={"label": LABEL}):
        if BASE in img.tags:
            continue
        try:
            client.images.remove(img.id, force=True)
        except docker.errors.ImageNotFound:
            pass
    client.images.prune(filters={"dangling": True, "label": LABEL})


def save_empty_flags(image: str) -> list[bool]:
    data = subprocess.run(["docker", "save", image], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        config = json.load(tar.extractfile(manifest[0]["Config"]))
    return [bool(h.get("empty_layer", False)) for h in config["history"]]


def record_image(client: docker.DockerClient, ref: str) -> dict:
    api = client.api
    info = api.inspect_image(ref)
    history = api.history(info["Id"])
    counts = []
    for row in history:
        if row["Id"] == "<missing>":
            counts.append(None)
        else:
            counts.append(len(api.inspect_image(row["Id"])["RootFS"].get("Layers") or []))
    return {
        "image_id": info["Id"],
        "tags": info.get("RepoTags") or [],
        "history": history,
        "rootfs_layers": info["RootFS"].get("Layers") or [],
        "save_empty_layer": save_empty_flags(info["Id"]),
        "row_layer_counts": counts,
        "inspect_size": info["Size"],
    }


def read_layerdb(info: dict) -> dict:
    """Every entry of the daemon's layer store (read-only): chain id -> diff id, parent, size."""
    root = Path(info["DockerRootDir"], "image", info["Driver"], "layerdb", "sha256")
    out: dict[str, dict] = {}
    for entry in sorted(root.iterdir()):
        if not (entry / "diff").exists():
            continue  # a layer being written or removed right now
        parent = entry / "parent"
        out["sha256:" + entry.name] = {
            "diff": (entry / "diff").read_text().strip(),
            "parent": parent.read_text().strip() if parent.exists() else None,
            "size": int((entry / "size").read_text().strip()),
        }
    return out


def write(name: str, payload: dict) -> None:
    path = OUT / f"layers_{name}.json"
    path.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n")
    print("wrote", path)


def main() -> None:
    client = docker.from_env(timeout=120)
    version = client.version()
    info = client.info()
    daemon = {
        "engine": version.get("Version"),
        "api": version.get("ApiVersion"),
        "driver": info.get("Driver"),
        "builder": "classic (DOCKER_BUILDKIT=0)",
    }
    cleanup(client)
    made: dict[str, str] = {}
    containers: list[str] = []
    try:
        build(f"{PREFIX}/a:1", DOCKERFILE_A, {"hello.txt": "hello\n"})
        made["a"] = f"{PREFIX}/a:1"
        build(f"{PREFIX}/b:1", DOCKERFILE_B, {"other.txt": "other file\n"})
        made["b"] = f"{PREFIX}/b:1"
        build(f"{PREFIX}/d:1", DOCKERFILE_D, {"hello.txt": "hello\n"})
        made["d"] = f"{PREFIX}/d:1"

        # docker commit of a container that changed a file, with a message (-m sets Comment).
        c = client.containers.run(made["a"], ["sh", "-c", "echo changed > /app/hello.txt"],
                                  name=f"{PREFIX}-c", labels={LABEL: "1"}, detach=True)
        containers.append(c.id)
        c.wait(timeout=60)
        sh("docker", "commit", "-m", "changed hello", c.id, f"{PREFIX}/commit:1")
        made["commit"] = f"{PREFIX}/commit:1"
        # ... a container that changed nothing (does a commit still make a layer?) ...
        c = client.containers.run(made["a"], ["true"], name=f"{PREFIX}-e",
                                  labels={LABEL: "1"}, detach=True)
        containers.append(c.id)
        c.wait(timeout=60)
        sh("docker", "commit", "-m", "nothing changed", c.id, f"{PREFIX}/commit-empty:1")
        made["commit_empty"] = f"{PREFIX}/commit-empty:1"
        # ... and a commit without a message (created_by is the container's command, no comment).
        c = client.containers.run(made["a"], ["sh", "-c", "echo x > /x.txt"], name=f"{PREFIX}-n",
                                  labels={LABEL: "1"}, detach=True)
        containers.append(c.id)
        c.wait(timeout=60)
        sh("docker", "commit", c.id, f"{PREFIX}/commit-nomsg:1")
        made["commit_nomsg"] = f"{PREFIX}/commit-nomsg:1"

        # An image whose parents are not local: save it, remove it (and its intermediate
        # images), load it back. The loaded image has no parent link, so history shows <missing>.
        build(f"{PREFIX}/m:1", DOCKERFILE_M, {})
        with tempfile.TemporaryDirectory() as tmp:
            tar_path = str(Path(tmp, "m.tar"))
            sh("docker", "save", "-o", tar_path, f"{PREFIX}/m:1")
            sh("docker", "rmi", f"{PREFIX}/m:1")
            sh("docker", "load", "-i", tar_path)
        made["missing"] = f"{PREFIX}/m:1"

        for name, ref in made.items():
            payload = record_image(client, ref)
            payload["daemon"] = daemon
            payload["how"] = HOW[name]
            write(name, payload)
        write("base", dict(record_image(client, BASE), daemon=daemon,
                           how="the local base image, made by `docker import` of a busybox rootfs"))

        # df(): the daemon's SharedSize counts sharing among every image it lists, so record
        # them all, with what is needed to recompute it. Retry if the set changed meanwhile
        # (other people's tests may share this daemon).
        for _attempt in range(5):
            before = sorted(i.id for i in client.images.list())
            df = client.df()
            after = sorted(i.id for i in client.images.list())
            if before == after:
                break
            time.sleep(2)
        else:
            raise RuntimeError("the image set kept changing while recording df()")
        images = []
        for entry in df["Images"]:
            rec = record_image(client, entry["Id"])
            rec["df"] = {k: entry.get(k) for k in
                         ("Id", "Size", "SharedSize", "VirtualSize", "Containers", "RepoTags",
                          "ParentId")}
            images.append(rec)
        all_ids = sorted(i.id for i in client.images.list(all=True))
        layerdb = read_layerdb(info)
        write("df", {
            "daemon": daemon,
            "how": "client.df()['Images'] for every image listed at record time, each with its "
                   "history, RootFS layers and docker save empty_layer flags",
            "images": images,
            "listed_image_ids": before,
            "all_image_ids_including_intermediate": all_ids,
            "layerdb": layerdb,
        })
    finally:
        for cid in containers:
            try:
                client.api.remove_container(cid, force=True)
            except docker.errors.NotFound:
                pass
        for ref in reversed(list(made.values())):
            try:
                client.images.remove(ref, force=True)
            except docker.errors.ImageNotFound:
                pass
        cleanup(client)
        client.close()


HOW = {
    "a": "docker build (classic builder) of DOCKERFILE_A in record_layer_fixtures.py",
    "b": "docker build (classic builder) of DOCKERFILE_B: shares A's first five instructions "
         "(cache hits) then differs",
    "d": "docker build (classic builder) of DOCKERFILE_D: 0-byte WORKDIR/RUN steps that make a "
         "layer or not, which history alone cannot tell",
    "commit": "docker commit -m 'changed hello' of a container of A that rewrote /app/hello.txt",
    "commit_empty": "docker commit -m 'nothing changed' of a container of A that ran `true`",
    "commit_nomsg": "docker commit (no -m) of a container of A that wrote /x.txt",
    "missing": "docker build of DOCKERFILE_M, then docker save, docker rmi, docker load: the "
               "loaded image has no parent link, so its older history rows are <missing> "
               "(real daemon output, not hand-edited)",
}


if __name__ == "__main__":
    main()
