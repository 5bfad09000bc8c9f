#!/usr/bin/env python3
"""Render the application icon's PNG sizes from its SVG masters with Qt's own SVG renderer.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py            # into resources/icons/hicolor
    python packaging/render_icons.py --out /tmp/icons --sheet /tmp/sheet.png  # preview elsewhere
    python packaging/render_icons.py --platform-icons build/icons   # .ico and .icns from the PNGs, no Qt

Sizes up to 32 px come from the simplified ``<id>.small.svg`` (thicker strokes, fewer shapes),
larger ones from the master ``<id>.svg``. Qt's renderer is the one the app itself uses at run time,
so what these PNGs show is what the window title bar and task switcher show too.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

APP_ID = "io.github.lifecycle_explorer.app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_MAX = 32

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"


def render(svg: Path, size: int):
    """Return a QImage of ``svg`` rendered at ``size`` x ``size`` on a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: Qt's SVG renderer cannot read this file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def read_pngs(hicolor: Path = ICONS / "hicolor") -> dict[int, bytes]:
    """The rendered PNGs by pixel size."""
    pngs = {}
    for size in SIZES:
        path = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if path.is_file():
            pngs[size] = path.read_bytes()
    return pngs


def pack_ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding the PNGs up to 256 px (PNG entries: Windows Vista and newer)."""
    sizes = [s for s in sorted(pngs) if s <= 256]
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        # width and height 0 mean 256; planes 1, 32 bits per pixel
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return struct.pack("<HHH", 0, 1, len(sizes)) + entries + blobs


#: icns element types holding PNG data, by the pixel size of the image each holds.
_ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),  # the @2x variants
)


def pack_icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding the PNGs (PNG elements: macOS 10.7 and newer)."""
    body = b""
    for kind, size in _ICNS_TYPES:
        if size in pngs:
            body += kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_platform_icons(out: Path, hicolor: Path = ICONS / "hicolor") -> tuple[Path, Path]:
    """Write lifecycle-explorer.ico and .icns into ``out`` from the rendered PNGs; no Qt needed."""
    pngs = read_pngs(hicolor)
    if not pngs:
        raise SystemExit(f"{hicolor}: no rendered PNGs; run packaging/render_icons.py first")
    out.mkdir(parents=True, exist_ok=True)
    ico, icns = out / "lifecycle-explorer.ico", out / "lifecycle-explorer.icns"
    ico.write_bytes(pack_ico(pngs))
    icns.write_bytes(pack_icns(pngs))
    return ico, icns


def contact_sheet(images: dict[int, object], path: Path) -> None:
    """Write every size side by side, on a light and a dark strip, at 1:1 scale."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    pad = 12
    width = sum(img.width() for img in images.values()) + pad * (len(images) + 1)
    tallest = max(img.height() for img in images.values())
    sheet = QImage(width, 2 * (tallest + 2 * pad), QImage.Format.Format_ARGB32)
    sheet.fill(Qt.GlobalColor.transparent)
    painter = QPainter(sheet)
    for row, colour in enumerate(("#f4f4f4", "#262626")):
        top = row * (tallest + 2 * pad)
        painter.fillRect(0, top, width, tallest + 2 * pad, QColor(colour))
        x = pad
        for img in images.values():
            painter.drawImage(x, top + pad + tallest - img.height(), img)
            x += img.width() + pad
    painter.end()
    sheet.save(str(path), "PNG")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ICONS / f"{APP_ID}.svg", help="master SVG")
    parser.add_argument(
        "--small-svg", type=Path, default=ICONS / f"{APP_ID}.small.svg",
        help=f"simplified SVG for sizes up to {SMALL_MAX} px (the master is used when it is missing)",
    )
    parser.add_argument("--out", type=Path, default=ICONS / "hicolor", help="hicolor folder to write")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--sheet", type=Path, help="also write a preview of every size to this PNG")
    parser.add_argument(
        "--platform-icons", type=Path, metavar="DIR",
        help="only pack the existing PNGs into DIR/lifecycle-explorer.ico and .icns, and exit",
    )
    args = parser.parse_args(argv)
    if args.platform_icons:
        for path in write_platform_icons(args.platform_icons, args.out):
            print(f"{path}  {path.stat().st_size:>7} bytes")
        return 0

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)

    images = {}
    total = 0
    for size in sorted(args.sizes):
        svg = args.small_svg if size <= SMALL_MAX and args.small_svg.is_file() else args.svg
        image = render(svg, size)
        target = args.out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        # For PNG, Qt maps quality 0 to the strongest zlib compression.
        if not image.save(str(target), "PNG", 0):
            raise SystemExit(f"{target}: could not write the PNG")
        images[size] = image
        total += target.stat().st_size
        print(f"{target.relative_to(args.out.parent) if args.out.parent in target.parents else target}"
              f"  {target.stat().st_size:>7} bytes  (from {svg.name})")
    print(f"{len(images)} PNGs, {total / 1024:.1f} KiB in all")
    if args.sheet:
        contact_sheet(images, args.sheet)
        print(f"preview: {args.sheet}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
