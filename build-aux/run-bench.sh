#!/bin/sh
# Runs the benchmarks in an optimised build and rewrites the results table
# of docs/performance.md.  Each row is a ratio against a baseline measured
# in the same run, so results from different machines can be compared.
set -eu
cd "$(dirname "$0")/.."
builddir=${EC_BENCH_BUILDDIR:-build-bench}
[ -f "$builddir/build.ninja" ] || meson setup "$builddir" -Dbuildtype=release >/dev/null
ninja -C "$builddir" >/dev/null

rows=$("$builddir/bench/bench-upload-rules")
# The records view draws real widgets: it needs the ui tests' display and
# session.  Its standard output is the table; the session's chatter goes to
# standard error.
view_rows=$(NO_AT_BRIDGE=1 build-aux/test-session.sh "$builddir/bench/bench-records-view" 2>/dev/null)
date=$(date +%Y-%m-%d)
machine="$(nproc) cores, $(uname -m)"

python3 - "$rows" "$view_rows" "$date" "$machine" <<'PY'
import re, sys
rows, view_rows, date, machine = sys.argv[1:]
path = "docs/performance.md"
text = open(path, encoding="utf-8").read()

def replace(text, marker, header, rows, rounds):
    table = (header + rows.strip() + "\n\n"
             f"Measured {date} on {machine}, median of {rounds} rounds.\n")
    return re.sub(rf"<!-- {marker} -->.*<!-- /{marker} -->",
                  lambda m: f"<!-- {marker} -->\n" + table + f"<!-- /{marker} -->", text, flags=re.S)

text = replace(text, "results",
               "| what | time | baseline | ratio | per evaluation |\n|---|---|---|---|---|\n", rows, 15)
text = replace(text, "results-records-view",
               "| what | time | baseline | ratio |\n|---|---|---|---|\n", view_rows, 5)
open(path, "w", encoding="utf-8").write(text)
PY
echo "run-bench: docs/performance.md updated"
