#!/usr/bin/env bash
# Whole-process speed of kg extract on one core (GOMAXPROCS=1), start-up
# included: the gazetteer, the extractor's matchers and tables, the
# segmenter's dictionary, the output. CPU is user plus system time of the
# process (getrusage, through bash's time), reported as cpu-MB/s: input
# bytes (1 MB = 10^6 bytes) per second of CPU, as BenchmarkCorpusCPUTime
# reports it for the warm extractor. Two inputs:
#
#   corpus  the development corpus, testdata/corpus/docs (26 documents,
#           1.42 MB): start-up is a large share of it
#   joined  the corpus documents joined into one file, REPEAT times over
#           (14 MB at REPEAT=10): start-up is amortised (one long document,
#           as extract-linear.sh's "one")
#
# Runs alternate between the builds (A B B A …, PAIRS pairs per input) so that
# the load of a shared machine falls on both alike; the script prints each
# build's median CPU and cpu-MB/s and, with two builds, in how many pairs B
# took less CPU than A and the median of the ratios A/B (above 1: B faster).
# INSTR=1 also counts each build's instructions over the corpus with
# valgrind (GOGC=off GOMEMLIMIT=1TiB, as docs/benchmarks.md's whole-process
# counts), which do not move with the load.
#
#   bash bench/extract-process.sh                 # a kg built from the working tree
#   bash bench/extract-process.sh kgA kgB         # two prebuilt kg (go build -o kgA ./cmd/kg)
#   PAIRS=20 REPEAT=10 INSTR=1 bash bench/extract-process.sh kgA kgB
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PAIRS=${PAIRS:-10}
REPEAT=${REPEAT:-10}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bins=("$@")
if ((${#bins[@]} == 0)); then
	go build -o "$work/kg" ./cmd/kg
	bins=("$work/kg")
fi
((${#bins[@]} <= 2)) || { echo "usage: $0 [kgA [kgB]]" >&2; exit 2; }
docs=(testdata/corpus/docs/*.txt)
cat "${docs[@]}" >"$work/corpus.txt"
: >"$work/joined.txt"
for _ in $(seq "$REPEAT"); do cat "$work/corpus.txt" >>"$work/joined.txt"; done
corpus_bytes=$(cat "${docs[@]}" | wc -c)
joined_bytes=$(wc -c <"$work/joined.txt")

cpu() { # kg files... -> user+sys seconds of one run
	local TIMEFORMAT='%3U %3S' t
	t=$({ time GOMAXPROCS=1 "$@" >/dev/null 2>&1; } 2>&1)
	awk '{printf "%.3f\n", $1 + $2}' <<<"$t"
}
med() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "extract-process: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), GOMAXPROCS=1, $PAIRS alternating runs per build and input"
echo "  build A: ${bins[0]}"
((${#bins[@]} == 1)) || echo "  build B: ${bins[1]}"
for input in corpus joined; do
	if [[ $input == corpus ]]; then files=("${docs[@]}") bytes=$corpus_bytes; else files=("$work/joined.txt") bytes=$joined_bytes; fi
	: >"$work/a" && : >"$work/b"
	for p in $(seq "$PAIRS"); do
		if ((${#bins[@]} == 1)); then
			cpu "${bins[0]}" extract "${files[@]}" >>"$work/a"
		elif ((p % 2)); then
			a=$(cpu "${bins[0]}" extract "${files[@]}") b=$(cpu "${bins[1]}" extract "${files[@]}")
			echo "$a" >>"$work/a" && echo "$b" >>"$work/b"
		else
			b=$(cpu "${bins[1]}" extract "${files[@]}") a=$(cpu "${bins[0]}" extract "${files[@]}")
			echo "$a" >>"$work/a" && echo "$b" >>"$work/b"
		fi
	done
	for x in a b; do
		[[ -s $work/$x ]] || continue
		m=$(med <"$work/$x")
		awk -v n="$input" -v x="${x^^}" -v by="$bytes" -v m="$m" -v lo="$(sort -g "$work/$x" | head -1)" -v hi="$(sort -g "$work/$x" | tail -1)" 'BEGIN {
			printf "%-6s (%d B) build %s: median %.3f s CPU (%.3f-%.3f), %.2f cpu-MB/s\n", n, by, x, m, lo, hi, by / m / 1e6 }'
	done
	if [[ -s $work/b ]]; then
		r=$(paste "$work/a" "$work/b" | awk '{print $1 / $2}' | med)
		paste "$work/a" "$work/b" | awk -v n="$input" -v r="$r" '$2 < $1 {f++} END {
			printf "%-6s B took less CPU in %d of %d pairs, median ratio A/B %.3f\n", n, f, NR, r }'
	fi
done
if [[ -n "${INSTR:-}" ]]; then
	for b in "${bins[@]}"; do
		n=$(GOMAXPROCS=1 GOGC=off GOMEMLIMIT=1TiB valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
			"$b" extract "${docs[@]}" 2>&1 >/dev/null | awk '/I *refs/ {gsub(",", "", $NF); print $NF}')
		echo "instructions, whole process over the corpus: $n ($b)"
	done
fi
