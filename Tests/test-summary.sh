#!/usr/bin/env bash
# Sums up a `swift test` log (XCTest and Swift Testing) as one closing line:
# "tests: N passed, N failed". Usage: test-summary.sh LOG
log=$1
xc=$(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -1)
xc_total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<<"$xc")
xc_failed=$(sed -E 's/.*with ([0-9]+) failures?.*/\1/' <<<"$xc")
st=$(grep -E "Test run with [0-9]+ tests?" "$log" | tail -1)
st_total=$(sed -E 's/.*Test run with ([0-9]+) tests?.*/\1/' <<<"$st")
st_failed=$(grep -cE '^✘ Test "[^"]*"( \(.*\))? failed' "$log")
total=$(( ${xc_total:-0} + ${st_total:-0} ))
failed=$(( ${xc_failed:-0} + st_failed ))
echo "tests: $((total - failed)) passed, $failed failed"
