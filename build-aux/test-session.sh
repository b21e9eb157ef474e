#!/bin/sh
# Runs a command the way the test suites need the desktop: a throw-away HOME
# and XDG directories, a private D-Bus session bus with a real, unlocked
# gnome-keyring on it, and an Xvfb display.  The bus starts outside xvfb-run
# so that a locked keyring fails fast instead of opening a prompt that hangs.
#
#   build-aux/test-session.sh meson test -C build
set -eu

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/ec-test-session.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
mkdir -p "$root/home" "$root/runtime" "$root/data" "$root/config" "$root/cache"
chmod 0700 "$root/runtime"

export HOME="$root/home"
export XDG_RUNTIME_DIR="$root/runtime"
export XDG_DATA_HOME="$root/data"
export XDG_CONFIG_HOME="$root/config"
export XDG_CACHE_HOME="$root/cache"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

# A fresh HOME means a fresh login keyring: a stale one with another password
# would make --unlock succeed and every store fail later.
exec dbus-run-session -- sh -c '
  printf ec-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" "$@"
' ec-test-session "$@"
