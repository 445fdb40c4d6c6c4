#!/usr/bin/env bash
# Peer benchmark (issue 8): kg against @neo4j/graphql on Apollo Server, on
# one synthetic graph in one Neo4j 5.26, over HTTP on 127.0.0.1 only.
#
#   bash bench/peer.sh                 # run, print the table, write it into docs/benchmarks.md
#   NO_DOC=1 bash bench/peer.sh        # run and print only
#   bash bench/peer.sh install-check   # only check that bench/peer installs with npm ci and its queries validate
#
# What it does: builds kg and the load generator (bench/peer/loadgen),
# writes bench/synth's graph (that of graph/bench_test.go) as JSONL, starts a Neo4j of its own
# (port 7697, state in .neo4j/peer; stopped on exit), bulk-loads the graph
# (`kg load --bulk`), starts `kg serve --neo4j` on 18400, `kg serve` on the
# same JSONL (embedded store) on 18401, the peer (bench/peer/server.js) on
# 18402 and the peer with TCP_NODELAY on its Neo4j sockets (preload
# bench/peer/nodelay.js) on 18403, and runs `loadgen run`: each query with
# the same argument sets to all four, interleaved, at 1 and 8 clients, after
# an agreement check of their answers. Every server it started is stopped on
# exit, also on failure.
#
# Environment: CLIENTS (1,8), REQUESTS (240: the most per system, query and
# number of clients), BUDGET (90s: no new round after this, per query and
# number of clients), CHECK (64 argument sets compared), ONLY (a query name
# part), NEO4J_PAGECACHE (1g), NEO4J_HEAP (1g), PEER_NEO4J_PORT (7697),
# PEER_NEO4J_STATE_DIR (.neo4j/peer), PEER_HTTP_PORT (18400: the first of the
# four HTTP ports, kg + Neo4j, kg embedded, the peer, the peer with
# TCP_NODELAY), so that two runs on one machine need not collide.
# Needs Go, Java 17, Maven (scripts/neo4j.sh), Node 20 and npm.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PEER="$ROOT/bench/peer"

# peer_install runs `npm ci` in DIR (the exact versions of package-lock.json).
peer_install() {
	(cd "$1" && npm ci --no-audit --no-fund --loglevel=error >&2)
}

if [[ "${1:-}" == install-check ]]; then
	# A throwaway copy, so the check sees only what is committed, not a
	# node_modules left by an earlier run.
	tmp="$(mktemp -d)"
	trap 'rm -rf "$tmp"' EXIT
	cp "$PEER"/package.json "$PEER"/package-lock.json "$PEER"/*.js "$tmp"/
	peer_install "$tmp"
	go run ./bench/peer/loadgen queries -dir "$tmp/queries"
	(cd "$tmp" && node check.js queries/*.graphql)
	echo "peer.sh: install-check passed: npm ci installed $(cd "$tmp" && node -p 'Object.entries(require("./package.json").dependencies).map(([k, v]) => k + "@" + v).join(", ")'), and the peer's queries validate against its schema"
	exit 0
fi

export NEO4J_PORT="${PEER_NEO4J_PORT:-7697}"
export NEO4J_STATE_DIR="${PEER_NEO4J_STATE_DIR:-$ROOT/.neo4j/peer}"
export NEO4J_PAGECACHE="${NEO4J_PAGECACHE:-1g}" NEO4J_HEAP="${NEO4J_HEAP:-1g}"
URI="bolt://127.0.0.1:$NEO4J_PORT"
P0="${PEER_HTTP_PORT:-18400}"
P1=$((P0 + 1)) P2=$((P0 + 2)) P3=$((P0 + 3))
work="$(mktemp -d)"
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
	bash scripts/neo4j.sh stop >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

# wait_port waits until something answers HTTP on 127.0.0.1:PORT.
wait_port() {
	for _ in $(seq 1 120); do
		if curl -s -o /dev/null "http://127.0.0.1:$1/" 2>/dev/null; then return 0; fi
		sleep 0.5
	done
	echo "peer.sh: nothing answers on port $1; logs in $work" >&2
	tail -n 20 "$work"/*.log >&2 || true
	exit 1
}

go build -o "$work/kg" ./cmd/kg
go build -o "$work/loadgen" ./bench/peer/loadgen
[[ -d "$PEER/node_modules" ]] || peer_install "$PEER"
"$work/loadgen" gen -out "$work/graph.jsonl"

bash scripts/neo4j.sh stop >/dev/null 2>&1 || true
"$work/kg" load --bulk --neo4j "$URI" --neo4j-admin 'bash scripts/neo4j.sh admin' \
	--start 'bash scripts/neo4j.sh start' "$work/graph.jsonl" >"$work/load.log" 2>&1 || { tail -n 30 "$work/load.log" >&2; exit 1; }
grep '^kg load: done' "$work/load.log" >&2 || true

"$work/kg" serve --neo4j "$URI" --addr "127.0.0.1:$P0" >"$work/kg-neo4j.log" 2>&1 &
pids+=($!)
"$work/kg" serve --addr "127.0.0.1:$P1" "$work/graph.jsonl" >"$work/kg-embedded.log" 2>&1 &
pids+=($!)
(cd "$PEER" && exec env NEO4J_URI="$URI" node server.js "$P2") >"$work/peer.log" 2>&1 &
pids+=($!)
(cd "$PEER" && exec env NEO4J_URI="$URI" node --import ./nodelay.js server.js "$P3") >"$work/peer-nodelay.log" 2>&1 &
pids+=($!)
for port in "$P0" "$P1" "$P2" "$P3"; do wait_port "$port"; done

cmd="bash bench/peer.sh"
for v in CLIENTS REQUESTS BUDGET CHECK ONLY; do
	[[ -z "${!v:-}" ]] || cmd="$v=${!v} $cmd"
done
doc=(-doc docs/benchmarks.md)
[[ "${NO_DOC:-0}" != 1 && -z "${ONLY:-}" ]] || doc=()
"$work/loadgen" run -kg-neo4j "http://127.0.0.1:$P0/query" -kg-mem "http://127.0.0.1:$P1/query" \
	-peer "http://127.0.0.1:$P2/" -peer-nodelay "http://127.0.0.1:$P3/" \
	-clients "${CLIENTS:-1,8}" -requests "${REQUESTS:-240}" -budget "${BUDGET:-90s}" -check "${CHECK:-64}" \
	-only "${ONLY:-}" -command "$cmd" "${doc[@]}"
