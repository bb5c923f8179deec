#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Compile cost of smspdu: the wall time of compiling benchmarks/compile_cost.cpp
# (the umbrella header and one SMS-SUBMIT encoded) to an object file, as the
# median of five runs, for each compiler given (default: g++ -O2).
#
#   bash benchmarks/compile_cost.sh                 # g++ -O2 -std=c++17
#   bash benchmarks/compile_cost.sh clang++ g++     # each compiler, -O2 -std=c++17
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
compilers=("$@")
((${#compilers[@]})) || compilers=(g++)
object="$(mktemp --suffix=.o)"
trap 'rm -f "$object"' EXIT
for compiler in "${compilers[@]}"; do
  times=()
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$compiler" -std=c++17 -O2 -I"$here/../include" -c "$here/compile_cost.cpp" -o "$object"
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  echo "$compiler -O2 -std=c++17: median ${median} ms (runs: ${times[*]} ms)"
done
