"""What is inside each layer of an image: read from the daemon's image export (``docker save``).

Pure: no Qt, no docker. The export is a tar of tars, read as a stream from start to end, once:
never a copy on disk, and only the file index is kept in memory (paths, sizes, modes, link
targets), not the layers' bytes. Both layouts the daemon writes are understood:

- the classic one: ``manifest.json`` naming ``<id>/layer.tar`` files (a layer identical to an
  earlier one may be stored as a symlink to it);
- the OCI one (Docker 25 and later): ``index.json`` → a manifest blob → layer blobs under
  ``blobs/sha256/``, plain or gzip-compressed (``manifest.json`` is usually written too).

In a layer, a file named ``.wh.NAME`` deletes ``NAME`` from the layers below (a *whiteout*), and
``.wh..wh..opq`` in a directory hides everything the layers below had in it (*opaque*).
"""

from __future__ import annotations

import io
import json
import posixpath
import tarfile
from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator

WHITEOUT = ".wh."
OPAQUE = ".wh..wh..opq"
#: A JSON member (manifest, config) larger than this is not kept (a real one is a few kB).
MAX_JSON = 32 * 1024 * 1024
BLOCK = tarfile.BLOCKSIZE


@dataclass(frozen=True)
class FileEntry:
    """One entry of a layer's tar, as its header says.

    Attributes:
        name: The entry's name, cleaned (no leading ``/`` or ``./``); whiteouts keep their ``.wh.``.
        size: The header's size (a regular file's bytes; 0 for the rest in Docker's archives).
        mode: The header's mode (permission, setuid/setgid/sticky bits).
        typeflag: The tar type: ``b"0"`` file, ``b"5"`` directory, ``b"2"`` symlink, ``b"1"`` hard link…
        link: A link's target.
        uid, gid: The owner.
    """

    name: str
    size: int
    mode: int
    typeflag: bytes
    link: str = ""
    uid: int = 0
    gid: int = 0

    @property
    def kind(self) -> str:
        return {b"0": "file", b"\x00": "file", b"7": "file", b"5": "dir", b"2": "symlink", b"1": "hardlink"}.get(
            self.typeflag, "other")

    @property
    def whiteout(self) -> bool:
        """Deletes ``path`` from the layers below."""
        base = posixpath.basename(self.name)
        return base.startswith(WHITEOUT) and base != OPAQUE

    @property
    def opaque(self) -> bool:
        """Hides what the layers below had in the directory ``path``."""
        return posixpath.basename(self.name) == OPAQUE

    @property
    def path(self) -> str:
        """The path it stands for: a whiteout's without ``.wh.``, an opaque marker's directory."""
        folder, base = posixpath.split(self.name)
        if base == OPAQUE:
            return folder
        if base.startswith(WHITEOUT):
            return posixpath.join(folder, base[len(WHITEOUT):])
        return self.name


@dataclass
class LayerContents:
    """The entries of one layer, in archive order, and where it was in the archive."""

    name: str  # the archive member: "<id>/layer.tar" or "blobs/sha256/<hex>"
    entries: list[FileEntry] = field(default_factory=list)

    linked_to: str = ""  # a classic archive stored this layer as a link to an identical one

    @property
    def size(self) -> int:
        """Sum of the entries' sizes (the header's size of each)."""
        return sum(e.size for e in self.entries)


@dataclass
class ImageArchive:
    """An image export, read: its layers in order (oldest first), and its config."""

    layers: list[LayerContents]
    config: dict
    layout: str  # "classic" or "oci"
    repo_tags: list[str] = field(default_factory=list)

    @property
    def history(self) -> list[dict]:
        return list(self.config.get("history") or [])

    @property
    def diff_ids(self) -> list[str]:
        return list((self.config.get("rootfs") or {}).get("diff_ids") or [])


class ArchiveError(Exception):
    """The stream is not an image export this reader understands (the message says why)."""


def normal_path(name: str) -> str:
    name = name.lstrip("/")
    while name.startswith("./"):
        name = name[2:]
    return posixpath.normpath(name) if name not in ("", ".") else ""


def entry_of(info: tarfile.TarInfo) -> FileEntry | None:
    """The index entry for one member of a layer's tar (``None`` for the root itself)."""
    name = normal_path(info.name)
    if not name:
        return None
    return FileEntry(name, int(info.size), int(info.mode), info.type, info.linkname, int(info.uid), int(info.gid))


def read_layer(stream: IO[bytes], name: str, plain: bool = False) -> LayerContents:
    """Index one layer's tar, reading it to its end. ``plain``: an uncompressed tar on a stream that
    skips forward cheaply (headers are read here, file bytes skipped in large reads); otherwise
    (compressed) tarfile's own stream mode reads through it."""
    layer = LayerContents(name)
    if plain:
        layer.entries.extend(_plain_entries(stream))
        return layer
    with tarfile.open(fileobj=stream, mode="r|*") as tar:
        for info in tar:
            entry = entry_of(info)
            if entry is not None:
                layer.entries.append(entry)
    return layer


_PAX_NUMBERS = {"size": int, "uid": int, "gid": int}
_ENCODING = tarfile.ENCODING


def _text(field: bytes) -> str:
    end = field.find(b"\0")
    return (field if end < 0 else field[:end]).decode(_ENCODING, "surrogateescape")


def _number(field: bytes) -> int:
    """A header number: octal text, or base-256 (first byte 0x80 or 0xff) as GNU tar writes."""
    if field[0] in (0o200, 0o377):
        return tarfile.nti(field)
    end = field.find(b"\0")
    try:
        return int((field if end < 0 else field[:end]).strip() or b"0", 8)
    except ValueError:
        raise tarfile.InvalidHeaderError("invalid header") from None


def _checksum_ok(block: bytes) -> bool:
    stored = _number(block[148:156])
    unsigned = sum(block[:148]) + sum(block[156:]) + 256
    return stored == unsigned or stored in tarfile.calc_chksums(block)


def _plain_entries(stream: IO[bytes]) -> Iterator[FileEntry]:
    """The entries of an uncompressed tar, from its headers alone: what ``tarfile`` gives for the
    same archive (pax and GNU long names, global pax headers, base-256 numbers, ustar prefixes,
    old V7 directories, GNU sparse files), without a ``TarInfo`` per member. The stream must skip
    forward with ``seek(n, SEEK_CUR)``.

    As tarfile does, a damaged header ends the archive, unless it is the first one.
    """
    read, seek = stream.read, stream.seek
    global_pax: dict[str, str] = {}
    pax: dict[str, str] | None = None
    long_name: str | None = None
    long_link: str | None = None
    first = True
    while True:
        block = read(BLOCK)
        if len(block) < BLOCK:
            if first:
                raise tarfile.ReadError("truncated header" if block else "empty file")
            return
        if block.count(0) == BLOCK:
            return  # the end-of-archive blocks
        try:
            if not _checksum_ok(block):
                raise tarfile.InvalidHeaderError("bad checksum")
            size = _number(block[124:136])
            mode, uid, gid = _number(block[100:108]), _number(block[108:116]), _number(block[116:124])
        except tarfile.HeaderError as exc:
            if first:
                raise tarfile.ReadError(str(exc)) from None
            return
        first = False
        typeflag = block[156:157]
        data_blocks = -(-size // BLOCK) * BLOCK
        if typeflag in (tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE):
            records = _pax_records(_read_exact(stream, size))
            seek(data_blocks - size, io.SEEK_CUR)
            if typeflag == tarfile.XGLTYPE:
                global_pax.update(records)
            else:
                pax = {**global_pax, **records} if pax is None else {**pax, **records}
            continue
        if typeflag in (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK):
            text = _text(_read_exact(stream, size))
            seek(data_blocks - size, io.SEEK_CUR)
            if typeflag == tarfile.GNUTYPE_LONGNAME:
                long_name = text
            else:
                long_link = text
            continue
        name = _text(block[0:100])
        link = _text(block[157:257])
        if typeflag == tarfile.AREGTYPE and name.endswith("/"):
            typeflag = tarfile.DIRTYPE  # an old V7 directory: a "file" named with a slash
        if typeflag == tarfile.GNUTYPE_SPARSE:
            real_size = _number(block[483:495])
            extended = block[482]
            while extended:  # more sparse maps follow the header, a block each
                more = read(BLOCK)
                if len(more) < BLOCK:
                    return
                extended = more[504]
        elif block[345] and typeflag not in tarfile.GNU_TYPES:
            prefix = _text(block[345:500])
            if prefix:
                name = prefix + "/" + (name.rstrip("/") if typeflag == tarfile.DIRTYPE else name)
        if long_name is not None:
            name, long_name = long_name, None
        if long_link is not None:
            link, long_link = long_link, None
        entry_size = real_size if typeflag == tarfile.GNUTYPE_SPARSE else size
        records = pax if pax is not None else global_pax
        if records:
            for key, value in records.items():
                if key == "GNU.sparse.name" or key == "path":
                    name = value.rstrip("/") if key == "path" else value
                elif key in ("GNU.sparse.size", "GNU.sparse.realsize"):
                    entry_size = int(value)
                elif key == "linkpath":
                    link = value
                elif key in _PAX_NUMBERS:
                    try:
                        number = int(value)
                    except ValueError:
                        number = 0
                    if key == "size":
                        entry_size = size = number
                        data_blocks = -(-size // BLOCK) * BLOCK
                    elif key == "uid":
                        uid = number
                    else:
                        gid = number
        pax = None
        # Data blocks follow regular files and types tarfile does not know (tarfile's rule).
        if typeflag in tarfile.REGULAR_TYPES or typeflag not in tarfile.SUPPORTED_TYPES:
            if data_blocks:
                # Skip to the last byte of the data, and read it: a cut archive says so here, as
                # tarfile says it ("unexpected end of data").
                seek(data_blocks - 1, io.SEEK_CUR)
                if not read(1):
                    raise tarfile.ReadError("unexpected end of data")
        if typeflag == tarfile.DIRTYPE:
            name = name.rstrip("/")
        if not name or name.startswith(("/", ".")) or "//" in name or "/." in name or name.endswith("/"):
            name = normal_path(name)
            if not name:
                continue
        yield FileEntry(name, entry_size, mode, typeflag, link, uid, gid)


#: Skip the bytes of files in reads this large.
SKIP_CHUNK = 1 << 20


class _Member(io.RawIOBase):
    """One member of the outer archive, read from the stream in place: forward seeks skip its bytes
    in large reads (the daemon's export cannot seek back, and need not)."""

    def __init__(self, stream: IO[bytes], size: int):
        self._stream = stream
        self._size = size
        self._pos = 0
        self._back = b""  # bytes read to tell what the member is, given back (see ``unread``)

    def unread(self, data: bytes) -> None:
        """Give back bytes just read: they are read again first."""
        self._back = data + self._back
        self._pos -= len(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        target = {io.SEEK_SET: offset, io.SEEK_CUR: self._pos + offset, io.SEEK_END: self._size + offset}[whence]
        target = max(0, min(target, self._size))
        if target < self._pos:
            raise io.UnsupportedOperation("cannot seek backwards in a stream")
        self._skip(target - self._pos)
        return self._pos

    def _skip(self, count: int) -> None:
        if self._back:
            n = min(count, len(self._back))
            self._back = self._back[n:]
            self._pos += n
            count -= n
        while count > 0:
            data = self._stream.read(min(count, SKIP_CHUNK))
            if not data:
                raise ArchiveError("the export ended in the middle of a file")
            count -= len(data)
            self._pos += len(data)

    def readinto(self, buffer) -> int:
        want = min(len(buffer), self._size - self._pos)
        if want <= 0:
            return 0
        if self._back:
            data, self._back = self._back[:want], self._back[want:]
        else:
            data = self._stream.read(want)
        n = len(data)
        buffer[:n] = data
        self._pos += n
        return n

    def finish(self) -> None:
        """Skip what was not read of it, and the padding to the next 512-byte block."""
        self._skip(self._size - self._pos)
        padding = (-self._size) % tarfile.BLOCKSIZE
        while padding > 0:
            data = self._stream.read(padding)
            if not data:
                return
            padding -= len(data)


def _outer_members(stream: IO[bytes]):
    """The outer archive's members, read in place: ``(name, TarInfo, member stream)``. Handles the
    pax and GNU long-name headers Docker may write; reads each header once, never seeks back."""
    pending_name = None
    pax: dict[str, str] = {}
    while True:
        header = _read_exact(stream, tarfile.BLOCKSIZE)
        if len(header) < tarfile.BLOCKSIZE or header == tarfile.NUL * tarfile.BLOCKSIZE:
            return
        try:
            info = tarfile.TarInfo.frombuf(header, tarfile.ENCODING, "surrogateescape")
        except tarfile.HeaderError as exc:
            raise ArchiveError(f"not a tar archive: {exc}") from None
        member = _Member(stream, info.size)
        if info.type in (tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE):
            data = member.read(info.size)
            member.finish()
            if info.type != tarfile.XGLTYPE:
                pax = _pax_records(data)
            continue
        if info.type in (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK):
            data = member.read(info.size)
            member.finish()
            if info.type == tarfile.GNUTYPE_LONGNAME:
                pending_name = data.rstrip(b"\0").decode("utf-8", "surrogateescape")
            continue
        if pending_name is not None:
            info.name, pending_name = pending_name, None
        if "path" in pax:
            info.name = pax["path"]
        if "linkpath" in pax:
            info.linkname = pax["linkpath"]
        if "size" in pax:
            info.size = int(pax["size"])
            member = _Member(stream, info.size)
        pax = {}
        yield info, member
        member.finish()


def _pax_records(data: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        space = data.find(b" ", pos)
        if space < 0:
            break
        length = int(data[pos:space])
        record = data[space + 1:pos + length - 1]
        key, _, value = record.partition(b"=")
        out[key.decode("utf-8", "surrogateescape")] = value.decode("utf-8", "surrogateescape")
        pos += length
    return out


def _read_exact(stream: IO[bytes], size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = stream.read(size - len(data))
        if not chunk:
            break
        data += chunk
    return data


def _is_tar(head: bytes) -> bool:
    return head[:2] == b"\x1f\x8b" or head[257:262] == b"ustar" or head[:4] == b"\x28\xb5\x2f\xfd"


def read_archive(stream: IO[bytes]) -> ImageArchive:
    """Read an image export from ``stream`` (a file, or the daemon's response) once, start to end."""
    layers: dict[str, LayerContents] = {}
    links: dict[str, str] = {}  # member → the member it is a symlink to (classic: a repeated layer)
    documents: dict[str, object] = {}  # small JSON members, by name
    try:
        for info, member in _outer_members(stream):
            name = normal_path(info.name)
            if info.issym() or info.islnk():
                target = info.linkname if info.islnk() else posixpath.join(posixpath.dirname(name), info.linkname)
                links[name] = normal_path(target)
                continue
            if not info.isreg():
                continue
            head = member.read(512)
            if _is_tar(head) and (name.endswith(".tar") or name.startswith("blobs/") or "/" in name):
                member.unread(head)
                layers[name] = read_layer(member, name, plain=head[257:262] == b"ustar")
            elif info.size <= MAX_JSON and head[:1] in (b"{", b"["):
                data = head + member.read()
                try:
                    documents[name] = json.loads(data)
                except ValueError:
                    pass
    except tarfile.TarError as exc:
        raise ArchiveError(f"not a tar archive: {exc}") from None

    def layer_at(name: str) -> LayerContents:
        original = name
        seen = set()
        while name in links and name not in seen:  # a layer stored as a link to an identical one
            seen.add(name)
            name = links[name]
        found = layers.get(name)
        if found is None:
            raise ArchiveError(f"the archive names a layer it does not hold: {name}")
        if seen:  # read as the layer it repeats (as the OCI layout stores it), under its own name
            return LayerContents(original, found.entries, linked_to=name)
        return found

    manifest = documents.get("manifest.json")
    if isinstance(manifest, list) and manifest:
        entry = manifest[0]
        config = documents.get(normal_path(str(entry.get("Config") or "")), {})
        order = [normal_path(str(n)) for n in entry.get("Layers") or ()]
        layout = "oci" if "index.json" in documents or any(n.startswith("blobs/") for n in order) else "classic"
        return ImageArchive([layer_at(n) for n in order], config if isinstance(config, dict) else {}, layout,
                            list(entry.get("RepoTags") or ()))
    index = documents.get("index.json")
    if isinstance(index, dict):
        manifest_doc = _oci_manifest(index, documents)
        config_name = _blob(manifest_doc.get("config", {}).get("digest", ""))
        config = documents.get(config_name, {})
        order = [_blob(layer.get("digest", "")) for layer in manifest_doc.get("layers") or ()]
        return ImageArchive([layer_at(n) for n in order], config if isinstance(config, dict) else {}, "oci")
    raise ArchiveError("no manifest.json or index.json: this is not an image export")


def _blob(digest: str) -> str:
    algorithm, _, hexdigest = digest.partition(":")
    return f"blobs/{algorithm}/{hexdigest}"


def _oci_manifest(index: dict, documents: dict) -> dict:
    """The image manifest an OCI index points to (through a nested index, when there is one)."""
    for _ in range(4):
        manifests = index.get("manifests") or []
        if not manifests:
            break
        doc = documents.get(_blob(manifests[0].get("digest", "")))
        if not isinstance(doc, dict):
            break
        if "layers" in doc:
            return doc
        index = doc
    raise ArchiveError("the OCI index names no image manifest")


class ChunkStream(io.RawIOBase):
    """A readable stream over an iterator of byte chunks (the daemon's export, as docker-py yields it)."""

    def __init__(self, chunks: Iterable[bytes]):
        self._chunks: Iterator[bytes] = iter(chunks)
        self._buffer = b""
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._buffer:
            try:
                self._buffer = next(self._chunks)
            except StopIteration:
                return 0
        n = min(len(buffer), len(self._buffer))
        buffer[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self.read_bytes += n
        return n
