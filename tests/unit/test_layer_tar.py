"""The layer index reads tar headers itself: it must find exactly what ``tarfile`` finds.

Each archive here is written by ``tarfile`` (or by GNU tar, for sparse files) in the ustar, GNU and
pax formats, then indexed both ways; the entries (name, size, mode, type, link target, owner) must
be equal, and so must the errors.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile

import pytest

from desktop.layers.contents import _plain_entries, entry_of, read_layer

FORMATS = {"ustar": tarfile.USTAR_FORMAT, "gnu": tarfile.GNU_FORMAT, "pax": tarfile.PAX_FORMAT}


def by_tarfile(data: bytes):
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        return [e for e in (entry_of(info) for info in tar) if e is not None]


def by_headers(data: bytes):
    return list(_plain_entries(io.BytesIO(data)))


def outcome(reader, data: bytes):
    """The entries, or the error, a reader gives for ``data``."""
    try:
        return reader(data)
    except tarfile.ReadError as exc:
        return f"ReadError: {exc}"


def write(members, fmt=tarfile.PAX_FORMAT, pax_headers=None) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=fmt, pax_headers=pax_headers or {},
                      encoding="utf-8", errors="surrogateescape") as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return out.getvalue()


def member(name, kind=tarfile.REGTYPE, data=b"", **fields):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.size = len(data) if kind in (tarfile.REGTYPE, tarfile.AREGTYPE) else 0
    for key, value in fields.items():
        setattr(info, key, value)
    return info, (data if info.size else None)


def every_kind(fmt_name: str):
    long_dir = "usr/" + "d" * 60 + "/" + "e" * 60
    members = [
        member("etc", tarfile.DIRTYPE, mode=0o755),
        member("etc/hostname", data=b"box\n", mode=0o644, uid=0, gid=0),
        member("./etc/relative", data=b"x" * 511),
        member("bin/sh", tarfile.SYMTYPE, linkname="busybox"),
        member("bin/busybox", data=b"\x7fELF" + b"\0" * 1020, mode=0o4755),
        member("bin/ls", tarfile.LNKTYPE, linkname="bin/busybox"),
        member("dev/null", tarfile.CHRTYPE, devmajor=1, devminor=3),
        member("run/fifo", tarfile.FIFOTYPE),
        member("empty", data=b""),
        member("exactly-a-block", data=b"b" * 512),
        member("a-block-and-one", data=b"c" * 513),
        member("etc/.wh.removed", data=b""),
        member("var/cache/.wh..wh..opq", data=b""),
        member(long_dir + "/file.txt", data=b"long"),  # a ustar prefix, or a long name
        member("uid-big", data=b"u", uid=7_000_000, gid=8_000_000),  # over 7 octal digits in ustar
        member("/absolute/name", data=b"a"),
        member("a//double/./dots/../x", data=b"d"),
    ]
    if fmt_name != "ustar":  # names and targets ustar cannot hold at all
        members += [
            member("n" * 300, data=b"long name"),
            member("link-to-far", tarfile.SYMTYPE, linkname="t" * 400),
            member("caf\udce9-not-utf8", data=b"latin-1 name"),
            member("한국어/파일", data=b"hangul"),
        ]
    return members


@pytest.mark.parametrize("fmt_name", FORMATS)
def test_every_kind_of_member_in_every_format(fmt_name):
    members = every_kind(fmt_name)
    if fmt_name == "ustar":
        members = [m for m in members if m[0].name != "uid-big"]
    data = write(members, FORMATS[fmt_name])
    expected = by_tarfile(data)
    assert len(expected) == len(members)  # the test archive is what it claims to be
    assert by_headers(data) == expected


def test_base_256_numbers_in_gnu_headers():
    data = write([member("big", data=b"x", uid=2**40, gid=2**33, mode=0o600)], tarfile.GNU_FORMAT)
    assert b"\x80" in data[108:124]  # written as base-256
    assert by_headers(data) == by_tarfile(data)
    assert by_headers(data)[0].uid == 2**40


def test_global_and_per_member_pax_headers():
    members = [
        member("short", data=b"abc", pax_headers={"path": "renamed/by/pax", "uid": "4242"}),
        member("dir/", tarfile.DIRTYPE, pax_headers={"path": "pax-dir/"}),
        member("plain", data=b"p"),
        member("sym", tarfile.SYMTYPE, pax_headers={"linkpath": "target/by/pax"}),
    ]
    data = write(members, tarfile.PAX_FORMAT, pax_headers={"comment": "a global header", "gid": "77"})
    expected = by_tarfile(data)
    assert [e.name for e in expected] == ["renamed/by/pax", "pax-dir", "plain", "sym"]
    assert expected[0].uid == 4242 and all(e.gid == 77 for e in expected)  # the global header applies to all
    assert by_headers(data) == expected


def test_a_pax_size_header_moves_where_the_next_header_is():
    # Write the size only in a pax record (as tar does for files over 8 GiB), the header saying 0.
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        info = tarfile.TarInfo("big-by-pax")
        info.size = 1500
        info.pax_headers = {"size": "1500"}
        tar.addfile(info, io.BytesIO(b"z" * 1500))
        tar.addfile(*[x if i == 0 else io.BytesIO(x) for i, x in enumerate(member("after", data=b"a"))])
    data = out.getvalue()
    assert by_headers(data) == by_tarfile(data)
    assert [e.name for e in by_headers(data)] == ["big-by-pax", "after"]


def test_old_v7_directories_and_ustar_prefixes():
    v7 = member("olddir/", tarfile.AREGTYPE)
    prefixed = member("p" * 90 + "/" + "q" * 90 + "/file", data=b"pre")
    data = write([v7, member("olddir/inside", data=b"i"), prefixed], tarfile.USTAR_FORMAT)
    assert data.index(b"p" * 90) % 512 == 345  # the long name's folders went into the prefix field
    expected = by_tarfile(data)
    assert expected[0].kind == "dir" and expected[0].name == "olddir"
    assert by_headers(data) == expected


@pytest.mark.skipif(shutil.which("tar") is None, reason="GNU tar writes the sparse archives")
@pytest.mark.parametrize("tar_format", ["gnu", "posix"])
def test_sparse_files_written_by_gnu_tar(tmp_path, tar_format):
    folder = tmp_path / "root"
    folder.mkdir()
    sparse = folder / "sparse.img"
    with open(sparse, "wb") as f:
        f.seek(3_000_000)
        f.write(b"end")
        f.seek(7_000_000)
        f.write(b"more")
    (folder / "after.txt").write_text("after the sparse file\n")
    archive = tmp_path / "a.tar"
    subprocess.run(["tar", "--sparse", f"--format={tar_format}", "-cf", str(archive), "-C", str(folder),
                    "sparse.img", "after.txt"], check=True)
    data = archive.read_bytes()
    expected = by_tarfile(data)
    assert [e.name for e in expected] == ["sparse.img", "after.txt"]
    assert expected[0].size == 7_000_004
    assert by_headers(data) == expected


def test_damaged_and_cut_archives_end_where_tarfile_ends():
    data = write([member(f"f{i}", data=bytes([i]) * (300 + i * 200)) for i in range(6)], tarfile.GNU_FORMAT)
    # A damaged checksum after the first member: both stop there.
    second = 1024  # f0 is one block of header and one of data
    damaged = bytearray(data)
    damaged[second + 150] ^= 0x11
    assert by_headers(bytes(damaged)) == by_tarfile(bytes(damaged)) == by_tarfile(data)[:1]
    # Cut anywhere: in a header, in a file's bytes, on a block boundary.
    for cut in (512, 700, 1024, 1500, 2048, 2600, len(data) - 1024, len(data) - 1):
        assert outcome(by_headers, data[:cut]) == outcome(by_tarfile, data[:cut]), cut
    # A damaged first header, or nothing at all: not a tar, as tarfile says.
    first_bad = bytearray(data)
    first_bad[150] ^= 0x11
    for bad in (bytes(first_bad), b"", data[:100]):
        with pytest.raises(tarfile.ReadError):
            by_tarfile(bad)
        with pytest.raises(tarfile.ReadError):
            by_headers(bad)


def test_read_layer_uses_the_header_reader_for_plain_tars():
    data = write(every_kind("pax"), tarfile.PAX_FORMAT)
    layer = read_layer(io.BytesIO(data), "x/layer.tar", plain=True)
    assert layer.entries == by_tarfile(data)
    assert {e.kind for e in layer.entries} >= {"file", "dir", "symlink", "hardlink", "other"}
    assert any(e.whiteout for e in layer.entries) and any(e.opaque for e in layer.entries)
