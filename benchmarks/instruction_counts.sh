#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Instructions per smspdu operation, counted by valgrind's callgrind: stable
# where wall-clock benchmarks are not (shared or throttled machines).
#
#   cmake --workflow --preset bench
#   bash benchmarks/instruction_counts.sh [build/bench/benchmarks/smspdu_instruction_counts] [rounds]
#
# Prints a Markdown table: each op_<name> function's inclusive instruction
# count divided by the rounds it ran (the first, checked run included).
set -euo pipefail
binary="${1:-build/bench/benchmarks/smspdu_instruction_counts}"
rounds="${2:-1000}"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
valgrind --tool=callgrind --callgrind-out-file="$out" "$binary" "$rounds" >/dev/null 2>&1
echo "| operation | instructions per call |"
echo "|---|---:|"
callgrind_annotate --inclusive=yes --threshold=100 "$out" 2>/dev/null |
  awk -v rounds="$rounds" '
    match($0, /op_[a-z0-9_]+\(\)/) && !/=>/ {
      name = substr($0, RSTART + 3, RLENGTH - 5)
      if (seen[name]++) next
      count = $1
      gsub(",", "", count)
      order[++n] = name
      per_call[name] = count / rounds
    }
    END {
      if (n == 0) { print "no op_ functions found" > "/dev/stderr"; exit 1 }
      for (i = 1; i <= n; ++i) printf "| %s | %d |\n", order[i], per_call[order[i]] + 0.5
    }' | sort -t'|' -k2,2
