#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs every libFuzzer target in BUILD_DIR for SECONDS each (or RUNS
# executions, whichever comes first), starting from the seed corpus (copied,
# so the committed corpus only changes on purpose).
#   bash tests/fuzz/run_fuzzers.sh build/fuzz 20
#   bash tests/fuzz/run_fuzzers.sh build/fuzz 900 10000000   # the long campaign
set -euo pipefail
build_dir=${1:?build directory}
seconds=${2:-20}
runs=${3:--1}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in hex septets gsm7 text_encode ucs2 tpdu udh segments reassembly; do
  mkdir -p "$work/$target"
  cp "$here/corpus/$target"/* "$work/$target/" 2>/dev/null || true
  echo "== fuzz_${target}: ${seconds} s"
  "$build_dir/tests/fuzz/fuzz_${target}" -max_total_time="$seconds" -runs="$runs" -print_final_stats=1 \
    -artifact_prefix="$work/$target-" "$work/$target" 2>&1 | grep -E "stat::number_of_executed_units|Done|ERROR|SUMMARY" || true
  if ls "$work/$target-"* >/dev/null 2>&1; then
    echo "fuzz_${target} found a failing input:"; ls "$work/$target-"*; exit 1
  fi
done
