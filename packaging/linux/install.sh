#!/usr/bin/env sh
# Install (or uninstall) the Counterbalance Linux bundle with its menu entry, AppStream
# metadata and icons.
#
#   install.sh [--prefix DIR] [--bundle DIR] [--uninstall]
#
#   --prefix DIR   where to install; default ~/.local (per user, no root needed).
#                  Use /usr/local (as root) for every user of the machine.
#   --bundle DIR   the one-folder bundle from packaging/build.py; default: ./counterbalance
#                  next to this script (release archive) or ../dist/counterbalance (checkout).
#   --uninstall    remove what an earlier install put under the prefix.
#
# Layout under the prefix:
#   lib/counterbalance/                    the bundle
#   bin/counterbalance                     symlink to the bundle's executable
#   share/applications/<id>.desktop        menu entry (Exec points at bin/counterbalance)
#   share/metainfo/<id>.metainfo.xml       AppStream metadata for software centres
#   share/icons/hicolor/*/apps/<id>.png|svg
# Start at login is a setting inside the app (it writes ~/.config/autostart/...).
set -eu

APP_ID="io.github.counterbalance.Counterbalance"
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${HOME}/.local"
BUNDLE=""
UNINSTALL=0

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --prefix=*) PREFIX="${1#*=}"; shift ;;
        --bundle) BUNDLE="$2"; shift 2 ;;
        --bundle=*) BUNDLE="${1#*=}"; shift ;;
        --uninstall) UNINSTALL=1; shift ;;
        -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

case "$PREFIX" in
    /*) ;;
    *) PREFIX="$(pwd)/$PREFIX" ;;
esac
LIB_DIR="$PREFIX/lib/counterbalance"
BIN="$PREFIX/bin/counterbalance"
APPS="$PREFIX/share/applications"
METAINFO="$PREFIX/share/metainfo"
ICONS="$PREFIX/share/icons/hicolor"

refresh_caches() {
    # Menus and icon themes pick up changes without these, only later; failures are harmless.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPS" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$ICONS/index.theme" ]; then
        gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
    fi
}

if [ "$UNINSTALL" -eq 1 ]; then
    rm -rf "$LIB_DIR"
    if [ -L "$BIN" ]; then rm -f "$BIN"; fi
    rm -f "$APPS/$APP_ID.desktop" "$METAINFO/$APP_ID.metainfo.xml"
    find "$ICONS" -path "*/apps/$APP_ID.*" -type f -exec rm -f {} + 2>/dev/null || true
    refresh_caches
    echo "Counterbalance removed from $PREFIX (your data and settings were kept)."
    exit 0
fi

if [ -z "$BUNDLE" ]; then
    for candidate in "$HERE/counterbalance" "$HERE/../dist/counterbalance"; do
        if [ -x "$candidate/counterbalance" ]; then BUNDLE="$candidate"; break; fi
    done
fi
if [ -z "$BUNDLE" ] || [ ! -x "$BUNDLE/counterbalance" ]; then
    echo "install.sh: no bundle found; build one with 'python packaging/build.py' or pass --bundle DIR" >&2
    exit 1
fi
BUNDLE="$(cd "$BUNDLE" && pwd)"
DESKTOP_SRC="$HERE/$APP_ID.desktop"
METAINFO_SRC="$HERE/$APP_ID.metainfo.xml"
ICON_SRC="$BUNDLE/_internal/resources/icons/hicolor"
for file in "$DESKTOP_SRC" "$METAINFO_SRC" "$ICON_SRC"; do
    if [ ! -e "$file" ]; then echo "install.sh: missing $file" >&2; exit 1; fi
done

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$APPS" "$METAINFO"
# Copy next to the old version, then swap, so a failed copy leaves the old install working.
rm -rf "$LIB_DIR.new"
cp -R "$BUNDLE" "$LIB_DIR.new"
rm -rf "$LIB_DIR"
mv "$LIB_DIR.new" "$LIB_DIR"
ln -sfn "$LIB_DIR/counterbalance" "$BIN"

# The menu entry runs the absolute path: ~/.local/bin is not on every session's PATH.
sed -e "s|^Exec=counterbalance|Exec=$BIN|" "$DESKTOP_SRC" > "$APPS/$APP_ID.desktop"
chmod 0644 "$APPS/$APP_ID.desktop"
cp "$METAINFO_SRC" "$METAINFO/$APP_ID.metainfo.xml"

for dir in "$ICON_SRC"/*/apps; do
    size="$(basename "$(dirname "$dir")")"
    mkdir -p "$ICONS/$size/apps"
    for icon in "$dir"/counterbalance.*; do
        cp "$icon" "$ICONS/$size/apps/$APP_ID.${icon##*.}"
    done
done
refresh_caches

version="$("$BIN" --version 2>/dev/null || echo "counterbalance (version unknown)")"
echo "Installed $version into $PREFIX."
echo "Start it from your applications menu, or run: $BIN"
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "Note: $PREFIX/bin is not on your PATH; the menu entry works anyway." ;;
esac
