#!/usr/bin/env bash
# Scale benchmark: one synthetic graph (bench/scale/main.go) of ENTITIES
# entities and RELATIONS relations, loaded into the embedded store (load
# time, heap per relation, query latency) and bulk-loaded into a Neo4j of
# its own (CSV, neo4j-admin import, schema; then query latency). Queries go
# over HTTP on 127.0.0.1 only, REQUESTS per query, one client.
#
#   ENTITIES=10000 RELATIONS=50000 bash bench/scale.sh       # 1/100 of 1M / 5M
#   ENTITIES=100000 RELATIONS=500000 bash bench/scale.sh     # 1/10
#   SKIP_INMEM=1 ... / SKIP_NEO4J=1 ...                        # one side only
#   SKIP_QUERIES=1 SKIP_INMEM=1 ...                             # Neo4j bulk load only (docs/benchmarks.md, Bulk load)
#
# Environment: SCALE_NEO4J_PORT (7810), SCALE_STATE_DIR (/tmp/kg-scale-neo4j),
# NEO4J_PAGECACHE (default here 4g), NEO4J_HEAP (2g), REQUESTS (300),
# NEO4J_ADMIN_HEAP (2g, the import tool's heap), NEO4J_ADMIN_GC (the import
# tool's collector, scripts/neo4j.sh's default -XX:+UseParallelGC; empty for
# the JVM's G1), IMPORT_JAVA_OPTS (JVM options of the import tool only,
# through JAVA_TOOL_OPTIONS).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
E=${ENTITIES:-10000}
R=${RELATIONS:-50000}
REQ=${REQUESTS:-300}
export NEO4J_PORT="${SCALE_NEO4J_PORT:-7810}"
export NEO4J_STATE_DIR="${SCALE_STATE_DIR:-/tmp/kg-scale-neo4j}"
export NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-4g}" NEO4J_HEAP="${NEO4J_HEAP:-2g}"
bin="$(mktemp -d)"
csv="$bin/csv"
cleanup() {
	[[ "${SKIP_NEO4J:-0}" == 1 ]] || bash scripts/neo4j.sh stop >/dev/null 2>&1 || true
	rm -rf "$bin"
}
trap cleanup EXIT
go build -o "$bin/scale" ./bench/scale
go build -o "$bin/kg" ./cmd/kg
echo "scale: $E entities, $R relations; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${SKIP_INMEM:-0}" != 1 ]]; then
	/usr/bin/time -f 'inmem: peak RSS %M KiB' "$bin/scale" inmem -entities "$E" -relations "$R" -requests "$REQ"
fi
if [[ "${SKIP_NEO4J:-0}" != 1 ]]; then
	bash scripts/neo4j.sh stop >/dev/null 2>&1 || true
	mkdir -p "$csv"
	# Each phase: wall time, CPU-seconds (user+sys of the process, or of the
	# server from /proc for the schema) and the 1-minute load average at its
	# end (the machine is shared: docs/benchmarks.md).
	la() { cut -d' ' -f1 /proc/loadavg; }
	cpu() { awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$1/stat"; } # utime+stime, 100 ticks/s
	t0=$(date +%s.%N)
	/usr/bin/time -f 'csv-cpu %U %S' -o "$bin/csv.time" "$bin/scale" csv -entities "$E" -relations "$R" -dir "$csv" | tee "$bin/csv.log"
	csvs=$(awk '/^csv: / { print $(NF-1) }' "$bin/csv.log") # WriteGraphCSV alone, generation excluded
	t1=$(date +%s.%N)
	la1=$(la)
	du -sh "$csv" | sed 's/^/csv size: /'
	mapfile -t args <"$csv/import.args" # neo4j.BulkFiles.ImportArgs, as kg load --bulk runs it
	JAVA_TOOL_OPTIONS="${IMPORT_JAVA_OPTS-}" NEO4J_ADMIN_HEAP=${NEO4J_ADMIN_HEAP:-2g} /usr/bin/time -f 'import-cpu %U %S' -o "$bin/import.time" \
		bash scripts/neo4j.sh admin "${args[@]}" >"$bin/import.log" 2>&1 || { tail -30 "$bin/import.log"; exit 1; }
	grep -E 'IMPORT DONE|nodes$|relationships$|properties$|Peak memory' "$bin/import.log" | sed 's/^/import: /'
	t2=$(date +%s.%N)
	la2=$(la)
	bash scripts/neo4j.sh start >/dev/null
	t3=$(date +%s.%N)
	spid=$(cat "$NEO4J_STATE_DIR/neo4j.pid")
	c3=$(cpu "$spid")
	la3=$(la)
	"$bin/kg" load --schema-only --neo4j "bolt://127.0.0.1:$NEO4J_PORT"
	t4=$(date +%s.%N)
	c4=$(cpu "$spid")
	la4=$(la)
	read -r _ cu cs <"$bin/csv.time"
	read -r _ iu is <"$bin/import.time"
	awk -v r="$R" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v e="$t4" -v w="$csvs" \
		-v gc="$(echo "$cu + $cs" | bc)" -v ic="$(echo "$iu + $is" | bc)" -v s0="$c3" -v s1="$c4" \
		-v l1="$la1" -v l2="$la2" -v l3="$la3" -v l4="$la4" 'BEGIN {
		printf "neo4j bulk: generate+CSV %.1f s (CSV alone %.1f s; %.1f CPU-s, load %s), import %.1f s (%.1f CPU-s, load %s), server start %.1f s (%.1f server CPU-s, load %s), schema %.1f s (server %.1f CPU-s, load %s)\n",
			b-a, w, gc, l1, c-b, ic, l2, d-c, s0, l3, e-d, s1-s0, l4
		printf "neo4j bulk: %.0f relations/s (CSV+import+schema, generation excluded, as kg load --bulk counts), %.0f/s (generate+CSV+import+schema), %.0f/s (import+schema), %.0f/s (CSV+import+server start+schema)\n",
			r/(w+(c-b)+(e-d)), r/((b-a)+(c-b)+(e-d)), r/((c-b)+(e-d)), r/(w+(e-b)) }'
	[[ "${SKIP_QUERIES:-0}" == 1 ]] || "$bin/scale" neo4j -entities "$E" -relations "$R" -requests "$REQ" -uri "bolt://127.0.0.1:$NEO4J_PORT"
fi
