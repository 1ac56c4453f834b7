#!/bin/sh
# Installs the Debian/Ubuntu packages smsgui needs when they are missing and
# this machine allows it (root with apt-get); elsewhere it only says what is missing.
#   scripts/system-deps.sh test   what the test suite needs (Qt offscreen, a Secret Service)
#   scripts/system-deps.sh gui    what the window needs on an X11 desktop
set -u
what=${1:-test}
qt="libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 fonts-dejavu-core"
xcb="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
     libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1"
case "$what" in
  test) wanted="$qt dbus gnome-keyring xvfb" ;;
  gui) wanted="$qt $xcb" ;;
  *) echo "usage: $0 test|gui" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing we can check
missing=""
for package in $wanted; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || echo "Could not install:$missing (continuing; some tests may be skipped)" >&2
else
  echo "Missing system packages:$missing" >&2
  echo "Install them with: sudo apt-get install$missing" >&2
fi
exit 0
