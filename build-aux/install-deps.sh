#!/bin/sh
# Installs the Debian 12 packages that building, running and testing the
# project need, and generates the zh_TW.UTF-8 locale that the Traditional
# Chinese UI and its screenshots are checked in.  Safe to run again: when
# everything is already present it only checks and returns.
set -eu

PACKAGES="build-essential pkg-config meson ninja-build
  libgtk-3-dev libsoup-3.0-dev libsqlite3-dev libsecret-1-dev libjson-glib-dev
  gettext desktop-file-utils appstream xvfb xauth gnome-keyring dbus-user-session
  dbus-x11 fonts-noto-cjk locales imagemagick clang-format libclang-rt-14-dev
  flatpak-builder sqlite3 openssl poppler-utils"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "install-deps: missing packages:$missing (run as root to install them)" >&2
    exit 1
  fi
  echo "install-deps: installing$missing"
  apt-get update -q
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

if ! locale -a 2>/dev/null | grep -qi '^zh_TW\.utf-\?8$'; then
  if [ "$(id -u)" = 0 ]; then
    echo "install-deps: generating the zh_TW.UTF-8 locale"
    localedef -i zh_TW -f UTF-8 zh_TW.UTF-8
  else
    echo "install-deps: the zh_TW.UTF-8 locale is missing (run as root to generate it)" >&2
    exit 1
  fi
fi
echo "install-deps: all build and test dependencies are present"
