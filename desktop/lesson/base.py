"""The lesson's base image, made on this machine: a root filesystem holding a static busybox.

No registry is needed (classrooms are often offline). Debian and Ubuntu ship one in the
``busybox-static`` package; a ``busybox`` image already on the daemon serves as well.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile


def find_static_busybox() -> str | None:
    """The path of a busybox that runs with no libraries (statically linked), or ``None``."""
    for candidate in (shutil.which("busybox"), "/bin/busybox", "/usr/bin/busybox"):
        if not candidate:
            continue
        try:
            with open(candidate, "rb") as f:
                head = f.read(1 << 16)
        except OSError:
            continue
        if head[:4] == b"\x7fELF" and b"ld-linux" not in head and b"ld-musl" not in head:
            return candidate
    return None


def busybox_rootfs_tar(busybox: str | None = None) -> bytes:
    """A tarball of a root filesystem: busybox and its applet links, /tmp, /etc/passwd."""
    busybox = busybox or find_static_busybox()
    if busybox is None:
        raise FileNotFoundError("busybox-static")
    applets = subprocess.run([busybox, "--list"], capture_output=True, text=True, check=True).stdout.split()
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for d in ("bin", "tmp", "etc", "root", "proc", "sys", "dev", "srv"):
            info = tarfile.TarInfo(d)
            info.type = tarfile.DIRTYPE
            info.mode = 0o1777 if d == "tmp" else 0o755
            tar.addfile(info)
        tar.add(busybox, arcname="bin/busybox")
        for applet in applets:
            if applet == "busybox":
                continue
            info = tarfile.TarInfo(f"bin/{applet}")
            info.type = tarfile.SYMTYPE
            info.linkname = "busybox"
            tar.addfile(info)
        passwd = b"root:x:0:0:root:/root:/bin/sh\n"
        info = tarfile.TarInfo("etc/passwd")
        info.size = len(passwd)
        tar.addfile(info, io.BytesIO(passwd))
    return buf.getvalue()
