"""A user's daemon is never empty: objects the tests did not make, and must leave exactly as they were.

    python -m tests.support.bystanders create   # before the suite (CI does)
    python -m tests.support.bystanders check    # after it: each one still there, in the same state
    python -m tests.support.bystanders remove   # tidy up

They carry no test label and come from an image without one (the busybox root filesystem imported
again under another name), so the tests' clean-up must not see them: a running, a paused, an exited and
a created container, two of them in a Compose project, and an image of their own.
"""

from __future__ import annotations

import sys

from tests.support.base_image import busybox_rootfs_tar

IMAGE = "bystander/busybox:1"
OWNER = "io.github.lifecycle_explorer.bystander"
#: name → (command, state wanted, extra labels)
CONTAINERS = {
    "bystander-web": (["sleep", "86400"], "running", {}),
    "bystander-db": (["sleep", "86400"], "paused",
                     {"com.docker.compose.project": "bystanders", "com.docker.compose.service": "db"}),
    "bystander-job": (["sh", "-c", "exit 3"], "exited",
                      {"com.docker.compose.project": "bystanders", "com.docker.compose.service": "job"}),
    "bystander-new": (["sleep", "86400"], "created", {}),
}


def create(client) -> None:
    remove(client)
    client.api.import_image_from_data(busybox_rootfs_tar(), repository=IMAGE.split(":")[0], tag=IMAGE.split(":")[1],
                                      changes=[f"LABEL {OWNER}=1", 'CMD ["/bin/sh"]'])
    for name, (command, state, labels) in CONTAINERS.items():
        c = client.containers.create(IMAGE, command, name=name, labels={OWNER: "1", **labels})
        if state in ("running", "paused", "exited"):
            c.start()
        if state == "paused":
            c.pause()
        if state == "exited":
            c.wait(timeout=30)
    print(f"bystanders: {', '.join(f'{n} ({s[1]})' for n, s in CONTAINERS.items())}, image {IMAGE}")


def check(client) -> list[str]:
    problems = []
    try:
        client.images.get(IMAGE)
    except Exception:
        problems.append(f"the image {IMAGE} is gone")
    for name, (_command, state, _labels) in CONTAINERS.items():
        try:
            c = client.containers.get(name)
        except Exception:
            problems.append(f"the container {name} is gone")
            continue
        if c.status != state:
            problems.append(f"the container {name} is {c.status}, it was {state}")
    return problems


def remove(client) -> None:
    for c in client.containers.list(all=True, filters={"label": OWNER}):
        c.remove(force=True)
    for image in client.images.list(filters={"label": OWNER}):
        client.images.remove(image.id, force=True)


if __name__ == "__main__":
    import docker

    client = docker.from_env()
    action = sys.argv[1] if len(sys.argv) > 1 else "check"
    if action == "create":
        create(client)
    elif action == "remove":
        remove(client)
    else:
        found = check(client)
        for line in found:
            print(f"bystanders: {line}: a test touched objects it did not create", file=sys.stderr)
        if not found:
            print("bystanders: all untouched")
        sys.exit(1 if found else 0)
