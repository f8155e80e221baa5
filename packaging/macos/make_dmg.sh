#!/usr/bin/env bash
# Make a drag-to-install disk image from the macOS bundle.
#
#   packaging/macos/make_dmg.sh [APP]        (run on macOS; needs hdiutil, part of macOS)
#
# APP defaults to packaging/dist/Counterbalance.app (from `python3 packaging/build.py`).
# If CODESIGN_IDENTITY is set ("Developer ID Application: ..."), the app is signed with the
# hardened runtime before packing and the image is signed after; notarisation is a separate,
# account-bound step (`xcrun notarytool submit ... --wait`, then `xcrun stapler staple`).
# Not run on the Linux CI machine: see packaging/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DIST="$(dirname "$HERE")/dist"
APP="${1:-$DIST/Counterbalance.app}"
command -v hdiutil >/dev/null || { echo "make_dmg: hdiutil not found (this script runs on macOS)" >&2; exit 2; }
[[ -d "$APP" ]] || { echo "make_dmg: no app bundle at $APP; run python3 packaging/build.py first" >&2; exit 1; }

PLIST="$APP/Contents/Info.plist"
VERSION="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$PLIST")"
if [[ "$(/usr/libexec/PlistBuddy -c 'Print :LSUIElement' "$PLIST" 2>/dev/null)" != "true" ]]; then
    echo "make_dmg: $PLIST lacks LSUIElement=true (the app would show a Dock icon)" >&2
    exit 1
fi
DMG="$DIST/Counterbalance-$VERSION.dmg"

if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict "$APP"
fi

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Counterbalance $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"
if [[ -n "${CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
hdiutil verify "$DMG"
echo "make_dmg: wrote $DMG ($(du -h "$DMG" | cut -f1))"
