#!/usr/bin/env python3
"""Adds up meson's test logs and prints one line: "N passed, N failed".

A test that meson marks OK or EXPECTEDFAIL passed; FAIL, UNEXPECTEDPASS,
TIMEOUT and ERROR failed; SKIP is counted apart.  A missing log means the
run never reached its tests, which is a failure, not zero.  Exits 1 when
anything failed or no test ran at all.
"""
import json
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        with open(path, encoding="utf-8") as log:
            for line in log:
                if not line.strip():
                    continue
                result = json.loads(line).get("result")
                if result in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif result == "SKIP":
                    skipped += 1
                else:
                    failed += 1
    except OSError as e:
        print(f"test-totals: {path}: {e.strerror}", file=sys.stderr)
        failed += 1

line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or passed == 0 else 0)
