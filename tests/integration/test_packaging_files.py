"""The files that make the app an app: desktop entry, AppStream metainfo, icons, bundle recipe.

The validators come from Debian's desktop-file-utils and appstream packages. Without them a test
is skipped with the reason, except in CI (``CI`` set), where a missing validator fails it.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest

from desktop import APP_ID, APP_NAME, __version__
from desktop.integration import EXECUTABLE, ICON_SIZES

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
DESKTOP_FILE = RESOURCES / f"{APP_ID}.desktop"
METAINFO_FILE = RESOURCES / f"{APP_ID}.metainfo.xml"
SVG = RESOURCES / "icons" / f"{APP_ID}.svg"
SMALL_SVG = RESOURCES / "icons" / f"{APP_ID}.small.svg"
PACKAGING = REPO / "packaging"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs {name}: apt-get install {package}")
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return path


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def _png_size(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from the IHDR chunk, which must come first."""
    head = path.read_bytes()[:26]
    assert head[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    length, kind = struct.unpack(">I4s", head[8:16])
    assert kind == b"IHDR" and length == 13, f"{path}: no IHDR first"
    width, height, _depth, colour_type = struct.unpack(">IIBB", head[16:26])
    return width, height, colour_type


def _load_render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- validators ---------------------------------------------------------------------------------


def test_desktop_file_validates():
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=30)
    # Hints (e.g. two main categories) exit 0 but print: accept a silent pass only.
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates():
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO_FILE)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if re.match(r"^[EW]: ", line)]
    assert not problems, result.stdout


# --- one id everywhere ---------------------------------------------------------------------------


def test_the_app_id_is_the_same_everywhere():
    entry = _entry()
    root = _metainfo()
    assert DESKTOP_FILE.name == f"{APP_ID}.desktop"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable[@type='desktop-id']").text == f"{APP_ID}.desktop"
    assert entry["Icon"] == APP_ID
    assert SVG.is_file()
    assert _load_render_icons().APP_ID == APP_ID
    assert f'APP_ID = "{APP_ID}"' in (PACKAGING / "lifecycle-explorer.spec").read_text()


def test_names_commands_and_versions_agree():
    entry = _entry()
    root = _metainfo()
    assert entry["Name"] == APP_NAME == root.findtext("name")
    assert entry["Exec"] == EXECUTABLE == root.findtext("provides/binary")
    assert entry.get("Version", "1.4") != "1.5", "Debian 12's validator rejects 1.5"
    assert __version__ in [r.get("version") for r in root.iter("release")], "add a <release> for this version"
    pyproject = (REPO / "pyproject.toml").read_text()
    assert re.search(rf'^{re.escape(EXECUTABLE)}\s*=\s*"desktop\.app:main"', pyproject, re.M)


def test_korean_translations_are_present():
    entry = _entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[ko]"), f"{key}[ko] missing"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    root = _metainfo()
    for tag in ("name", "summary"):
        assert any(el.get(lang) == "ko" for el in root.findall(tag)), f"<{tag} xml:lang='ko'> missing"


def test_one_main_category_only():
    main = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network",
            "Office", "Science", "Settings", "System", "Utility"}
    categories = [c for c in _entry()["Categories"].split(";") if c]
    assert [c for c in categories if c in main] == ["Development"]


def test_startup_wm_class_matches_the_application_name():
    """Qt 6 on X11 sets WM_CLASS to (basename of argv[0], applicationName())."""
    wm_class = _entry()["StartupWMClass"]
    assert wm_class == EXECUTABLE
    app_py = REPO / "desktop" / "app.py"
    match = re.search(r'setApplicationName\("([^"]+)"\)', app_py.read_text()) if app_py.exists() else None
    if match is None:
        pytest.skip("desktop/app.py does not set the application name literally")
    assert match.group(1) == wm_class


# --- icons ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ICON_SIZES)
def test_every_png_size_exists_with_the_right_pixels(size):
    png = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png.is_file(), f"run packaging/render_icons.py ({png} missing)"
    width, height, colour_type = _png_size(png)
    assert (width, height) == (size, size)
    assert colour_type == 6, "expected RGBA (the tile has transparent corners)"


def test_rendered_pngs_stay_small():
    total = sum(p.stat().st_size for p in (RESOURCES / "icons" / "hicolor").rglob("*.png"))
    assert total < 150 * 1024, f"{total} bytes of PNGs"


@pytest.mark.parametrize("svg", [SVG, SMALL_SVG], ids=["master", "small"])
def test_svgs_use_only_what_qts_svg_tiny_renderer_draws(svg):
    text = svg.read_text()
    root = ET.fromstring(text)
    assert root.get("viewBox") == "0 0 256 256"
    tags = {el.tag.split("}")[-1] for el in root.iter()}
    assert not tags & {"style", "filter", "mask", "clipPath", "text", "image", "foreignObject", "script"}
    assert "style=" not in text and "font" not in text


def test_resources_ship_inside_the_package():
    data = files("desktop.data")
    assert (data / f"{APP_ID}.desktop").is_file()
    assert (data / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "icons" / f"{APP_ID}.svg").is_file()
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()


def test_app_icon_holds_every_size_and_both_svgs_render(qapp):
    from PySide6.QtSvg import QSvgRenderer

    from desktop.ui.icons import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == sorted(ICON_SIZES)
    for svg in (SVG, SMALL_SVG):
        renderer = QSvgRenderer(str(svg))
        assert renderer.isValid(), svg
        assert renderer.defaultSize().width() == 256


def test_windows_and_macos_icons_pack_from_the_pngs(tmp_path):
    ico, icns = _load_render_icons().write_platform_icons(tmp_path, RESOURCES / "icons" / "hicolor")
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count == len([s for s in ICON_SIZES if s <= 256])
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, size, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        assert data[offset : offset + 8] == PNG_SIGNATURE and offset + size <= len(data)
    blob = icns.read_bytes()
    assert blob[:4] == b"icns" and struct.unpack(">I", blob[4:8])[0] == len(blob)


# --- bundle recipe -------------------------------------------------------------------------------


def test_bundle_recipe_parses():
    compile((PACKAGING / "lifecycle-explorer.spec").read_text(), "lifecycle-explorer.spec", "exec")
    subprocess.run(["bash", "-n", str(PACKAGING / "build_bundle.sh")], check=True, timeout=30)
    spec = (PACKAGING / "lifecycle-explorer.spec").read_text()
    for kept in ("PySide6.QtOpenGL", "PySide6.QtSvg"):
        assert f'"{kept}"' in spec, f"pyqtgraph needs {kept} in the bundle"
