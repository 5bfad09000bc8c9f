"""Build the tests' base image locally: busybox-static in a tiny rootfs, ``docker import``ed.

No registry is reachable, so nothing may be pulled. Run as ``python -m tests.support.base_image``
(CI does, before the tests) or let the ``base_image`` fixture call it.
"""

from __future__ import annotations

import io
import tarfile

TEST_LABEL = "io.github.lifecycle_explorer.test"
BASE_IMAGE = "lcx-test/busybox:latest"


def busybox_rootfs_tar() -> bytes:
    """A tarball of a root filesystem holding busybox-static and its applet links (the app's own)."""
    from desktop.lesson.base import busybox_rootfs_tar as rootfs

    return rootfs()


def ensure_base_image(client):
    """Return the base image, importing it first when the daemon does not have it."""
    try:
        return client.images.get(BASE_IMAGE)
    except Exception:
        pass
    repo, tag = BASE_IMAGE.rsplit(":", 1)
    client.api.import_image_from_data(
        busybox_rootfs_tar(), repository=repo, tag=tag, changes=[f"LABEL {TEST_LABEL}=base", 'CMD ["/bin/sh"]']
    )
    return client.images.get(BASE_IMAGE)


if __name__ == "__main__":
    import docker

    image = ensure_base_image(docker.from_env())
    print(f"base image {BASE_IMAGE}: {image.id}")


def build_image(client, tag: str, dockerfile: str, files: dict[str, bytes] | None = None,
                labels: dict[str, str] | None = None) -> str:
    """A real classic-builder ``docker build`` of an in-memory context, labelled for clean-up.

    Returns the image id. A failing step fails the calling test with the daemon's message.
    """
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in {"Dockerfile": dockerfile.encode(), **(files or {})}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    buf.seek(0)
    image_id = None
    for chunk in client.api.build(fileobj=buf, custom_context=True, tag=tag, rm=True, decode=True,
                                  labels=labels or {TEST_LABEL: "1"}):
        if "error" in chunk:
            raise AssertionError(f"docker build of {tag} failed: {chunk['error']}")
        if isinstance(chunk.get("aux"), dict) and chunk["aux"].get("ID"):
            image_id = chunk["aux"]["ID"]
    return image_id or client.api.inspect_image(tag)["Id"]
