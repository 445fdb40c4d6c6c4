#!/usr/bin/env bash
# Load throughput of the Neo4j adapter (relationships per second).
#
#   bash bench/neo4j-load.sh [go test -bench flags...]
#
# Starts a throwaway Neo4j 5.26 (its own state folder and port, so that a
# development server is left alone), runs BenchmarkLoad in package neo4j
# (a synthetic corpus of 400 documents and about 122,000 relations) and
# stops the server again, also on failure or Ctrl-C. Besides wall-clock
# relationships/s it reports relationships per CPU-second of the server,
# which other load on the machine disturbs much less.
#
# Environment:
#   BENCH_NEO4J_PORT   Bolt port of the benchmark server (default 7697)
#   NEO4J_PAGECACHE    page cache (default here 1g: larger than the store)
#   NEO4J_HEAP         JVM heap (default 1g)
#   BENCHTIME          go test -benchtime (default 3x: one load per iteration)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export NEO4J_PORT="${BENCH_NEO4J_PORT:-7697}"
export NEO4J_STATE_DIR="$ROOT/.neo4j/bench"
export NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-1g}"
export NEO4J_KEEP_STORE=0

stop() { bash scripts/neo4j.sh stop || true; }
trap stop EXIT
eval "$(bash scripts/neo4j.sh start)"
export NEO4J_URI KG_REQUIRE_NEO4J=1
KG_NEO4J_PID="$(cat "$NEO4J_STATE_DIR/neo4j.pid")"
export KG_NEO4J_PID

echo "bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run" >&2
go test ./neo4j -run '^$' -bench '^BenchmarkLoad$' -benchtime "${BENCHTIME:-3x}" -timeout 30m "$@"
echo "bench: load average $(cut -d' ' -f1-3 /proc/loadavg) after the run" >&2
