#!/bin/sh
# Formats (default) or checks (--check) the C sources under src/, tests/ and
# bench/ with the project's .clang-format.  The style suite runs --check.
set -eu
cd "$(dirname "$0")/.."
mode=fix
[ "${1:-}" = "--check" ] && mode=check
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
files=$(find src tests bench -name '*.[ch]' -not -path '*/build*' 2>/dev/null | sort)
[ -n "$files" ] || exit 0
if [ "$mode" = check ]; then
  # shellcheck disable=SC2086
  "$CLANG_FORMAT" --dry-run --Werror $files
  echo "style: $(echo "$files" | wc -l) files match .clang-format"
else
  # shellcheck disable=SC2086
  "$CLANG_FORMAT" -i $files
fi
