#!/usr/bin/env bash
# Instructions per extraction of the development corpus, counted by
# valgrind's cachegrind: steady to about 0.1 % between runs where the
# CPU time of BenchmarkCorpusCPUTime moves by 10 % on a shared machine, so
# that changes of a percent or two can be told apart (they are not times:
# the segmenter's cache misses are most of what instructions leave out).
#
# The benchmark runs at -benchtime 4x and 7x (each run also builds the
# extractor twice and extracts once more to size b.N); the difference,
# over 3, is one extraction. GOGC=off keeps the collector's work, which
# moves with timing, out of the count.
#
#   bash bench/extract-instructions.sh                 # the working tree
#   bash bench/extract-instructions.sh a.test b.test   # prebuilt test binaries (go test -c ./extract)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bins=("$@")
if ((${#bins[@]} == 0)); then
	(cd "$ROOT" && go test -c -o "$work/extract.test" ./extract)
	bins=("$work/extract.test")
fi
count() { # binary N: instructions of the benchmark at -benchtime Nx
	(cd "$ROOT/extract" && GOGC=off valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
		"$1" -test.run '^$' -test.bench CorpusCPUTime -test.cpu 1 -test.benchtime "$2x" 2>&1 |
		awk '/I *refs/ {gsub(",", "", $NF); print $NF}')
}
for b in "${bins[@]}"; do
	b="$(cd "$(dirname "$b")" && pwd)/$(basename "$b")"
	four=$(count "$b" 4)
	seven=$(count "$b" 7)
	echo "$b: $(((seven - four) / 3)) instructions per corpus extraction"
done
