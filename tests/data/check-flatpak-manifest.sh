#!/bin/sh
# Parses the Flatpak manifest offline with `flatpak-builder --show-manifest`
# and checks what the store's review looks at first: the app id and the
# exact sandbox permissions.  flatpak-builder only warns about some mistakes
# (a wrongly typed key is dropped with a warning), so any warning fails too.
# Exits 77, which meson reports as skipped, when flatpak-builder is missing.
#
# Usage: check-flatpak-manifest.sh MANIFEST APP_ID
set -eu

manifest=$1
app_id=$2

if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "flatpak-builder is not installed: skipped"
  exit 77
fi

# flatpak-builder creates .flatpak-builder/ in the current directory even to
# show a manifest: keep it out of the trees.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM
manifest=$(cd "$(dirname "$manifest")" && pwd)/$(basename "$manifest")

# The test environment turns on GLib's diagnostics for the project's own
# code; in flatpak-builder they only flag its own deprecated properties.
unset G_ENABLE_DIAGNOSTIC G_DEBUG

status=0
(cd "$tmp" && flatpak-builder --show-manifest "$manifest") >"$tmp/out.json" 2>"$tmp/err" || status=$?
if [ "$status" -ne 0 ] || [ -s "$tmp/err" ]; then
  cat "$tmp/err" >&2
  echo "flatpak-builder could not read $manifest cleanly" >&2
  exit 1
fi
cat "$tmp/out.json"

fail=0
grep -qF "\"id\" : \"$app_id\"" "$tmp/out.json" || {
  echo "the manifest's app id is not $app_id" >&2
  fail=1
}

# The finish-args, one a line, in order, as printed by --show-manifest.
sed -n '/"finish-args" : \[/,/\]/p' "$tmp/out.json" \
  | sed -n 's/^ *"\(.*\)",\{0,1\}$/\1/p' >"$tmp/finish-args"
printf '%s\n' --share=network --share=ipc --socket=wayland --socket=fallback-x11 \
  >"$tmp/expected"
if ! cmp -s "$tmp/expected" "$tmp/finish-args"; then
  echo "finish-args must be exactly these (no bus names, no file system access):" >&2
  diff "$tmp/expected" "$tmp/finish-args" >&2 || true
  fail=1
fi
exit "$fail"
