#!/usr/bin/env bash
# Install everything the test suite needs, then run all of it: lint, types, unit, UI and
# end-to-end tests.
#
# It installs the Debian packages it needs with apt-get: directly when run as root (CI, a
# fresh container), through sudo otherwise. Without apt-get it only checks for them and
# tells you what is missing.
# Python packages go into ./.venv (created if needed), never into the system Python.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-venv
  # virtual desktop for the end-to-end tests: X server, tray host, notifications, clicks
  xvfb trayer dunst dbus dbus-x11 xdotool x11-utils imagemagick libnotify-bin
  # libraries Qt's xcb platform plugin loads
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  # sound cues (QtMultimedia loads libpulse) and spoken cues (speech-dispatcher client)
  libpulse0 libspeechd2
  # cues heard end to end: a PulseAudio null sink recorded with parec, speech-dispatcher
  # speaking with espeak-ng; busctl reads D-Bus; a StatusNotifierItem tray host
  pulseaudio pulseaudio-utils speech-dispatcher speech-dispatcher-espeak-ng espeak-ng
  systemd haskell-gtk-sni-tray-utils haskell-status-notifier-item-utils
  # Wayland end-to-end: sway headless (swaybar is a StatusNotifierItem host), keys with
  # wtype (virtual-keyboard protocol), screenshots with grim (wlr-screencopy)
  sway wtype grim
  # Wayland idle: Weston (offers no idle protocol) for the tests; libwayland-dev builds
  # pywayland where no wheel fits; the XML the shipped idle bindings were generated from
  weston libwayland-dev wayland-protocols plasma-wayland-protocols
  # idle detection (XScreenSaver), clock-jump tests, desktop-file checks
  libxss1 faketime desktop-file-utils appstream
  # the report-is-private-from-birth test watches file creation with strace
  strace
  # one history across computers: two Syncthing daemons on loopback (issue 15)
  syncthing
  # the PDF report rendered to an image for the screenshots (docs/tools/i18n_screenshots.py)
  poppler-utils
  # the bundle build (PyInstaller; nm/gcc shrink the ICU data)
  binutils gcc
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if ((${#missing[@]})); then
  SUDO=()
  [[ $(id -u) -eq 0 ]] || SUDO=(sudo)
  if command -v apt-get >/dev/null 2>&1 && { [[ $(id -u) -eq 0 ]] || command -v sudo >/dev/null 2>&1; }; then
    echo "==> apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "==> creating .venv"
  "$PYTHON" -m venv .venv
fi
echo "==> pip install -e .[test,package]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,package]"

export PATH="$PWD/.venv/bin:$PATH"
echo "==> ruff"
ruff check .
ruff format --check .
echo "==> translations: every .qm built from its .ts"
python packaging/translations.py check
echo "==> mypy --strict"
mypy
echo "==> Linux bundle: build and smoke-test under Xvfb with trayer and dunst"
bash packaging/smoke_test.sh
echo "==> pytest"
QT_QPA_PLATFORM=offscreen pytest "$@"
