#!/usr/bin/env bash
# Build Lifecycle Explorer as a one-folder PyInstaller bundle; on Linux also pack it as a tar.gz with
# the launcher files and an install.sh.
#
#   packaging/build_bundle.sh            # venv in build/bundle-venv, bundle in dist/lifecycle-explorer
#
# Environment: PYTHON (interpreter for a new venv, default python3), BUNDLE_VENV (venv to use or
# create), LCX_ENTRY / LCX_QT_LANGS / LCX_CONSOLE (see packaging/lifecycle-explorer.spec).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$REPO/desktop/__init__.py")
VENV=${BUNDLE_VENV:-$REPO/build/bundle-venv}
DIST=$REPO/dist
WORK=$REPO/build/pyinstaller
started=$(date +%s)

say() { printf '\n== %s\n' "$*"; }

if [ ! -x "$VENV/bin/python" ]; then
    say "creating the build venv $VENV"
    "${PYTHON:-python3}" -m venv "$VENV"
fi
say "installing the project's dependencies and PyInstaller into $VENV"
# The bundle takes the desktop package from this checkout; the install brings the dependencies.
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$REPO[packaging]"

shopt -s nullglob
ts_files=("$REPO"/resources/translations/*.ts)
if [ ${#ts_files[@]} -gt 0 ]; then
    say "compiling ${#ts_files[@]} translation(s)"
    for ts in "${ts_files[@]}"; do
        "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
    done
fi

say "running PyInstaller"
rm -rf "$DIST/lifecycle-explorer"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" "$REPO/packaging/lifecycle-explorer.spec"

case "$(uname -s)" in
    Linux) ;;
    *) say "bundle ready in $DIST (no tar.gz outside Linux)"; exit 0 ;;
esac

BUNDLE=$DIST/lifecycle-explorer
say "checking that every library in the bundle finds its Qt libraries"
missing=$(find "$BUNDLE" -name '*.so*' -type f -exec ldd {} + 2>/dev/null | grep 'not found' | sort -u || true)
if grep -q 'libQt6\|libpyside6\|libshiboken6' <<<"$missing"; then
    echo "the pruning removed a Qt library that a kept one needs:" >&2
    echo "$missing" >&2
    exit 1
elif [ -n "$missing" ]; then
    echo "system libraries absent on this machine (users' desktops have them):"
    echo "$missing"
fi
QT_QPA_PLATFORM=offscreen "$BUNDLE/lifecycle-explorer" --version

ARCH=$(uname -m)
STAGE_NAME=lifecycle-explorer-$VERSION-linux-$ARCH
STAGE=$DIST/$STAGE_NAME
say "packing $STAGE_NAME.tar.gz"
rm -rf "$STAGE" "$STAGE.tar.gz"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/icons"
cp -a "$BUNDLE" "$STAGE/lifecycle-explorer"
cp "$REPO/resources/io.github.lifecycle_explorer.app.desktop" "$STAGE/share/applications/"
cp "$REPO/resources/io.github.lifecycle_explorer.app.metainfo.xml" "$STAGE/share/metainfo/"
cp -a "$REPO/resources/icons/hicolor" "$STAGE/share/icons/"
mkdir -p "$STAGE/share/icons/hicolor/scalable/apps"
cp "$REPO/resources/icons/io.github.lifecycle_explorer.app.svg" "$STAGE/share/icons/hicolor/scalable/apps/"

cat >"$STAGE/install.sh" <<'INSTALL'
#!/bin/sh
# Install Lifecycle Explorer for this user: the program into ~/.local/opt/lifecycle-explorer, a
# command in ~/.local/bin, and the launcher, icons and metainfo into ~/.local/share.
#   ./install.sh              install (again: replaces the previous copy)
#   ./install.sh --uninstall  remove all of it
# PREFIX (default ~/.local) changes where the program and the command go.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
TARGET=$PREFIX/opt/lifecycle-explorer
BIN=$PREFIX/bin/lifecycle-explorer

if [ "${1:-}" = "--uninstall" ]; then
    if [ -x "$TARGET/lifecycle-explorer" ]; then
        "$TARGET/lifecycle-explorer" --uninstall-desktop-entry || true
    fi
    if [ -L "$BIN" ]; then rm -f "$BIN"; fi
    rm -rf "$TARGET"
    echo "Removed $TARGET"
    exit 0
fi

mkdir -p "$PREFIX/opt" "$PREFIX/bin"
rm -rf "$TARGET.new"
cp -a "$HERE/lifecycle-explorer" "$TARGET.new"
rm -rf "$TARGET"
mv "$TARGET.new" "$TARGET"
ln -sfn "$TARGET/lifecycle-explorer" "$BIN"
"$TARGET/lifecycle-explorer" --install-desktop-entry
echo "Start it from the menu, or run: $BIN"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "($PREFIX/bin is not on your PATH)";; esac
INSTALL
chmod 755 "$STAGE/install.sh"

tar -C "$DIST" -czf "$STAGE.tar.gz" "$STAGE_NAME"
elapsed=$(( $(date +%s) - started ))

say "done in ${elapsed}s"
printf 'bundle folder:   %s  %s\n' "$(du -sh "$BUNDLE" | cut -f1)" "$BUNDLE"
printf 'unpacked tar.gz: %s  %s\n' "$(du -sh "$STAGE" | cut -f1)" "$STAGE"
printf 'tar.gz:          %s  %s\n' "$(du -sh "$STAGE.tar.gz" | cut -f1)" "$STAGE.tar.gz"
