#!/usr/bin/env bash
# The test command of the project:
#
#   bash scripts/test.sh [go test flags...]     e.g. bash scripts/test.sh -run TestLoad -v
#
# 1. go vet ./...
# 2. gofmt: fails listing the unformatted files
# 3. gqlgen: regenerates the GraphQL code (when gqlgen.yml exists) and fails
#    when that changed anything under graph/
# 4. installs what the export tests need when missing: xmllint (Debian
#    libxml2-utils) and Python's networkx (PyPI), and sets KG_REQUIRE_TOOLS=1
#    so that those tests fail rather than skip without them
# 5. explorer page (explore/): npm ci, rebuilds the bundle and fails when it
#    differs from the committed explore/dist/explore.js; then a real browser
#    test: Debian's chromium (installed when missing, with a CJK font) driven
#    by playwright-core against a kg serve over ./seeds on a free port in
#    18200-18299; screenshots go to .artefacts/explore/ (KG_TEST_SKIP_BROWSER=1
#    skips the browser test)
# 6. starts a throwaway Neo4j 5.26 (scripts/neo4j.sh) on a free port, stopped
#    again on exit whatever happens
# 7. go test ./... -count=1 "$@" with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
#    NEO4J_DATABASE and KG_REQUIRE_NEO4J=1 exported
#
# Every step runs even when an earlier one failed. The exit status is go
# test's when it failed, else 1 when another step failed, else 0.
#
# Environment:
#   NEO4J_PORT                Bolt port for the test server (default: first free port from 7687)
#   KG_BULK_TEST_PORT         Bolt port of the Neo4j that TestBulkLoad imports into (default: a free one)
#   KG_TEST_EXTERNAL_NEO4J=1  start nothing; test against the Neo4j that NEO4J_URI,
#                             NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE name
#                             (tests may wipe its database!)
#   KG_TEST_SKIP_GQLGEN=1     skip step 3
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT" || exit 1

say() { printf '== %s\n' "$*" >&2; }

failed=()

# --- 1. go vet -------------------------------------------------------------
say "go vet ./..."
if ! go vet ./...; then
	failed+=("go vet")
fi

# --- 2. gofmt --------------------------------------------------------------
say "gofmt"
unformatted="$(find . \( -name .git -o -name node_modules -o -name vendor -o -name testdata \
	-o -path ./.neo4j -o -path ./tools/neo4j-launcher/target \) -prune \
	-o -type f -name '*.go' -print0 | xargs -0 -r gofmt -l 2>&1)"
if [[ -n "$unformatted" ]]; then
	printf 'gofmt: these files are not formatted (run gofmt -w on them):\n%s\n' "$unformatted" >&2
	failed+=("gofmt")
fi

# --- 3. gqlgen -------------------------------------------------------------
if [[ -f gqlgen.yml && "${KG_TEST_SKIP_GQLGEN:-0}" != 1 ]]; then
	say "gqlgen generate (must not change graph/)"
	snap="$(mktemp -d)"
	[[ -d graph ]] && cp -a graph "$snap/graph"
	if ! go run github.com/99designs/gqlgen generate; then
		failed+=("gqlgen generate")
	elif [[ -d "$snap/graph" ]] && ! diff -ru "$snap/graph" graph >&2; then
		# Compared with a snapshot rather than with git, so that uncommitted work
		# in graph/ does not count; on a clean checkout it is `git diff --exit-code -- graph/`.
		printf 'gqlgen: the generated code under graph/ was out of date; it has been regenerated, review and commit it\n' >&2
		failed+=("gqlgen diff")
	elif [[ ! -d "$snap/graph" ]]; then
		failed+=("gqlgen diff (graph/ did not exist)")
	fi
	rm -rf "$snap"
fi

# --- 4. test tools ---------------------------------------------------------
apt_updated=0
apt_install() { # apt_install PACKAGE...: as root, with one apt-get update per run
	if ((EUID != 0)) || ! command -v apt-get >/dev/null 2>&1; then
		echo "test.sh: cannot install $* (not root or no apt-get); install it by hand" >&2
		return 1
	fi
	if ((!apt_updated)); then
		DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
		apt_updated=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}
if ! command -v xmllint >/dev/null 2>&1; then
	say "installing xmllint (libxml2-utils) for the export schema tests"
	apt_install libxml2-utils || failed+=("install xmllint")
fi
if ! python3 -c 'import networkx' 2>/dev/null; then
	say "installing networkx (PyPI) for the export read-back tests"
	python3 -m pip install --quiet 'networkx==3.6.1' >&2 ||
		python3 -m pip install --quiet --break-system-packages 'networkx==3.6.1' >&2 ||
		failed+=("install networkx")
fi
export KG_REQUIRE_TOOLS=1

# --- 5. explorer: bundle and browser test ------------------------------------
kg_pid=""
stop_kg() {
	if [[ -n "$kg_pid" ]]; then
		kill "$kg_pid" 2>/dev/null || true
		wait "$kg_pid" 2>/dev/null || true
		kg_pid=""
	fi
}
explorer() {
	say "explorer: npm ci and rebuild of explore/dist/explore.js (must not change)"
	(cd explore && npm ci --no-audit --no-fund --loglevel=error >&2) || { failed+=("explore npm ci"); return; }
	local snap
	snap="$(mktemp)"
	cp explore/dist/explore.js "$snap"
	if ! (cd explore && npm run --silent build >&2); then
		failed+=("explore build")
	elif ! cmp -s "$snap" explore/dist/explore.js; then
		printf 'explore: the bundle built from explore/src differs from the committed explore/dist/explore.js; it has been rebuilt, review and commit it\n' >&2
		failed+=("explore bundle diff")
	fi
	rm -f "$snap"
	[[ "${KG_TEST_SKIP_BROWSER:-0}" == 1 ]] && return
	if [[ ! -x /usr/bin/chromium ]]; then
		say "installing chromium (Debian) for the browser test"
		apt_install chromium fonts-wqy-microhei || { failed+=("install chromium"); return; }
	elif command -v fc-list >/dev/null 2>&1 && [[ -z "$(fc-list :lang=zh 2>/dev/null)" ]]; then
		apt_install fonts-wqy-microhei || true # screenshots readable; the test does not need it
	fi
	local bin port
	bin="$(mktemp -d)/kg"
	go build -o "$bin" ./cmd/kg || { failed+=("explore: go build"); return; }
	port=18200
	while ! port_free "$port"; do
		port=$((port + 1))
		((port > 18299)) && { echo "test.sh: no free port in 18200-18299" >&2; failed+=("explore: port"); return; }
	done
	say "browser test of /explore (kg serve on 127.0.0.1:$port)"
	NEO4J_URI="" "$bin" serve --addr "127.0.0.1:$port" seeds 2>.artefacts/explore/serve.log &
	kg_pid=$!
	local i
	for i in $(seq 1 60); do
		curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
		sleep 0.5
	done
	if ! (cd explore && node test/browser.mjs "http://127.0.0.1:$port" ../.artefacts/explore); then
		failed+=("explore browser test")
	fi
	stop_kg
	rm -rf "$(dirname "$bin")"
}
port_free() {
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
mkdir -p .artefacts/explore
trap stop_kg EXIT
explorer

# --- 6. Neo4j --------------------------------------------------------------
mkdir -p .neo4j
state=""
stop_neo4j() {
	stop_kg
	if [[ -n "$state" ]]; then
		NEO4J_STATE_DIR="$state" bash scripts/neo4j.sh stop || true
		rm -rf "$state"
		state=""
	fi
}
trap stop_neo4j EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

neo4j_ok=1
if [[ "${KG_TEST_EXTERNAL_NEO4J:-0}" == 1 ]]; then
	say "using the Neo4j at ${NEO4J_URI:-<NEO4J_URI unset>} (KG_TEST_EXTERNAL_NEO4J=1)"
	export NEO4J_URI="${NEO4J_URI:-bolt://127.0.0.1:7687}"
	export NEO4J_DATABASE="${NEO4J_DATABASE:-neo4j}"
else
	# Each run has its own server, store and port, so runs in parallel (two
	# engineers, one tree) do not wipe each other's data. Clear away the
	# leftovers of runs that were killed before their trap ran.
	for d in .neo4j/test-*; do
		[[ -d "$d" ]] || continue
		owner="${d##*-}"
		if [[ "$owner" =~ ^[0-9]+$ ]] && ! kill -0 "$owner" 2>/dev/null; then
			NEO4J_STATE_DIR="$ROOT/$d" bash scripts/neo4j.sh stop 2>/dev/null || true
			rm -rf "$d"
		fi
	done

	say "starting Neo4j"
	state="$ROOT/.neo4j/test-$$"
	start_server() {
		local port="${NEO4J_PORT:-}"
		if [[ -z "$port" ]]; then
			port=7687
			while ! port_free "$port"; do
				port=$((port + 1))
				if ((port > 7787)); then
					echo "test.sh: no free port in 7687-7787" >&2
					return 1
				fi
			done
		fi
		NEO4J_STATE_DIR="$state" NEO4J_PORT="$port" bash scripts/neo4j.sh start >/dev/null
	}
	# Serialise port choice and start-up between concurrent runs.
	if command -v flock >/dev/null 2>&1; then
		exec 9>.neo4j/.start.lock
		flock 9
		start_server || neo4j_ok=0
		flock -u 9
		exec 9>&-
	else
		start_server || neo4j_ok=0
	fi
	if ((neo4j_ok)); then
		export NEO4J_URI="bolt://127.0.0.1:$(cat "$state/port")"
		# The test server runs without authentication: an empty user means none.
		export NEO4J_USER=""
		export NEO4J_PASSWORD=""
		export NEO4J_DATABASE="neo4j"
	else
		failed+=("neo4j start")
	fi
fi
export KG_REQUIRE_NEO4J=1

# --- 7. go test ------------------------------------------------------------
say "go test ./... -count=1 $* (NEO4J_URI=${NEO4J_URI:-})"
# go test runs as a job of its own (own process group) so that INT, TERM or
# HUP sent to this script reach go test and its test binaries, and the EXIT
# trap stops Neo4j right after, without waiting for a hung test to time out.
set -m
go test ./... -count=1 "$@" &
gopid=$!
set +m
forward() {
	kill "-$1" -- "-$gopid" 2>/dev/null || kill "-$1" "$gopid" 2>/dev/null || true
	wait "$gopid" 2>/dev/null || true
}
trap 'forward INT; exit 130' INT
trap 'forward TERM; exit 143' TERM
trap 'forward HUP; exit 129' HUP
wait "$gopid"
test_status=$?
if ((test_status != 0)); then
	failed+=("go test")
fi

if ((${#failed[@]} > 0)); then
	say "FAILED: ${failed[*]}"
	if ((test_status != 0)); then
		exit "$test_status"
	fi
	exit 1
fi
say "all checks passed"
exit 0
