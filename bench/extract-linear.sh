#!/usr/bin/env bash
# Linearity of kg extract: 2 MB and 20 MB of input built from the
# development corpus (testdata/corpus/docs), as many documents (copies of
# the reports) and as one document (the reports joined), on one core
# (GOMAXPROCS=1). Prints the median whole-process time of RUNS runs (wall,
# and user plus system CPU, steadier on a shared machine), peak RSS and
# the ratios 20 MB / 2 MB (time; target <= 11) and peak RSS / input
# (target <= 10). Whole-process figures include building the
# extractor (about 0.1-0.2 s, 60-70 MB).
#
#   bash bench/extract-linear.sh            # RUNS=3
#   KG=/path/to/kg bash bench/extract-linear.sh   # a prebuilt kg (another commit)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS=${RUNS:-3}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -n "${KG:-}" ]]; then cp "$KG" "$work/kg"; else go build -o "$work/kg" ./cmd/kg; fi
docs=(testdata/corpus/docs/*.txt)
# many documents: copies of the reports, under new names, up to the size
many() { # size dir
	local size=$1 dir=$2 tot=0 i=0
	mkdir -p "$dir"
	while ((tot < size)); do
		local f=${docs[$((i % ${#docs[@]}))]}
		cp "$f" "$dir/c$(printf %04d $i)_$(basename "$f")"
		tot=$((tot + $(stat -c %s "$f"))) i=$((i + 1))
	done
}
# one document: the reports joined, repeated, cut at a line end
one() { # size file
	local size=$1 out=$2
	: >"$out.tmp"
	while (($(stat -c %s "$out.tmp") < size)); do cat "${docs[@]}" >>"$out.tmp"; done
	head -c "$size" "$out.tmp" | sed '$d' >"$out"
	rm "$out.tmp"
}
many 2000000 "$work/many2"
many 20000000 "$work/many20"
one 2000000 "$work/one2.txt"
one 20000000 "$work/one20.txt"
echo "extract-linear: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $RUNS runs each, GOMAXPROCS=1"
measure() { # input -> medians of wall s, CPU s, peak RSS KB
	local in=$1 rows
	rows=$(for _ in $(seq "$RUNS"); do
		GOMAXPROCS=1 /usr/bin/time -f '%e %U %S %M' "$work/kg" extract "$in" 2>&1 >/dev/null | tail -1
	done)
	med() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
	echo "$(awk '{print $1}' <<<"$rows" | med) $(awk '{print $2+$3}' <<<"$rows" | med) $(awk '{print $4}' <<<"$rows" | med)"
}
size() { du -sb "$1" | cut -f1; }
for kind in many one; do
	if [[ $kind == one ]]; then a="$work/one2.txt" b="$work/one20.txt"; else a="$work/many2" b="$work/many20"; fi
	read -r wa ua ma <<<"$(measure "$a")"
	read -r wb ub mb <<<"$(measure "$b")"
	sa=$(size "$a") sb=$(size "$b")
	awk -v k="$kind" -v sa="$sa" -v sb="$sb" -v wa="$wa" -v wb="$wb" -v ua="$ua" -v ub="$ub" -v ma="$ma" -v mb="$mb" 'BEGIN {
		printf "%-4s 2 MB (%d B): %.2f s wall, %.2f s CPU, peak RSS %.0f MB (%.1fx input)\n", k, sa, wa, ua, ma/1024, ma*1024/sa
		printf "%-4s 20 MB (%d B): %.2f s wall, %.2f s CPU, peak RSS %.0f MB (%.1fx input)\n", k, sb, wb, ub, mb/1024, mb*1024/sb
		printf "%-4s time 20 MB / 2 MB: %.1fx wall, %.1fx CPU\n", k, wb/wa, ub/ua
	}'
done
