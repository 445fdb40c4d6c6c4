#!/usr/bin/env bash
# Local Neo4j 5.26 Community (embedded, Bolt only) for tests and development.
#
#   bash scripts/neo4j.sh build    build tools/neo4j-launcher (skipped when up to date)
#   bash scripts/neo4j.sh start    build if needed, start, wait until Bolt answers
#   bash scripts/neo4j.sh stop     SIGTERM, wait up to 60 s, SIGKILL; wipe the store
#   bash scripts/neo4j.sh status   exit 0 when running, 3 when not
#   bash scripts/neo4j.sh restart  stop, then start
#   bash scripts/neo4j.sh uri      print the Bolt URI of the running server
#   bash scripts/neo4j.sh admin ARGS...  neo4j-admin on this state folder's store, from the
#                                  same jars (e.g. `admin database import full ...`, as
#                                  `kg load --bulk` runs it); the server must be stopped for an
#                                  import, and the next `start` keeps the imported store
#
# 'start' prints `export NEO4J_URI=bolt://127.0.0.1:PORT` on stdout (everything
# else goes to stderr), so `eval "$(bash scripts/neo4j.sh start)"` works.
#
# Environment:
#   NEO4J_PORT           Bolt port (default 7687)
#   NEO4J_PAGECACHE      page cache size (default 512m)
#   NEO4J_HEAP           JVM heap, -Xms and -Xmx (default 1g)
#   NEO4J_STATE_DIR      folder for pid file, log and store (default .neo4j at the repo root)
#   NEO4J_START_TIMEOUT  seconds to wait for the server (default 120)
#   NEO4J_KEEP_STORE=1   keep the store across stop/start (default: throwaway store)
#   NEO4J_LAUNCHER_CONF  extra settings file in neo4j.conf syntax
#   NEO4J_ADMIN_HEAP     heap of 'admin' (default 1g)
#   NEO4J_ADMIN_GC       garbage collector flag of 'admin' (default -XX:+UseParallelGC,
#                        which imports faster than the default G1; empty: the JVM's
#                        default, also when JAVA_TOOL_OPTIONS names a collector)
#   NEO4J_CDS=0          no class data sharing archives (default: on, see cds_flags)
#   JAVA_HOME / JAVA     Java 17 or 21 to run with (default: java on PATH)
#   MVN, NEO4J_MAVEN_ARGS Maven command and extra arguments for the build
# See docs/neo4j.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LAUNCHER_DIR="$ROOT/tools/neo4j-launcher"
TARGET="$LAUNCHER_DIR/target"
STAMP="$TARGET/.build-stamp"
MAIN_CLASS="org.cnplan.kg.neo4jlauncher.Launcher"

STATE_DIR="${NEO4J_STATE_DIR:-$ROOT/.neo4j}"
[[ "$STATE_DIR" == /* ]] || STATE_DIR="$PWD/$STATE_DIR"
PORT="${NEO4J_PORT:-7687}"
HOST=127.0.0.1
PAGECACHE="${NEO4J_PAGECACHE:-512m}"
HEAP="${NEO4J_HEAP:-1g}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
STOP_TIMEOUT=60

# Java 17 keeps these packages closed; Neo4j falls back to slower code paths
# (and warns in debug.log) without them. Same set as Neo4j's own neo4j.conf.
JVM_FLAGS=(
	"-Xms$HEAP" "-Xmx$HEAP"
	-XX:+UseG1GC
	-XX:-OmitStackTraceInFastThrow
	-XX:+ExitOnOutOfMemoryError
	--add-opens=java.base/java.nio=ALL-UNNAMED
	--add-opens=java.base/java.io=ALL-UNNAMED
	--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
	-Dio.netty.tryReflectionSetAccessible=true
	-Djdk.nio.maxCachedBufferSize=1024
	-Dlog4j2.disable.jmx=true
	-Dfile.encoding=UTF-8
)

say() { printf 'neo4j.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

java_bin() {
	if [[ -n "${JAVA:-}" ]]; then
		printf '%s\n' "$JAVA"
	elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
		printf '%s\n' "$JAVA_HOME/bin/java"
	elif command -v java >/dev/null 2>&1; then
		command -v java
	else
		die "java not found: install Java 17 (or 21), or set JAVA_HOME"
	fi
}

JAVA_VM_VERSION=""
check_java() {
	local java version major props
	java="$(java_bin)"
	props="$("$java" -XshowSettings:properties -version 2>&1)"
	version="$(printf '%s\n' "$props" | sed -n 's/^ *java\.specification\.version = //p')"
	JAVA_VM_VERSION="$(printf '%s\n' "$props" | sed -n 's/^ *java\.vm\.version = //p' | tr -c 'A-Za-z0-9._+\n-' _)"
	major="${version%%.*}"
	if [[ -z "$major" || ! "$major" =~ ^[0-9]+$ ]]; then
		die "cannot tell the version of $java"
	fi
	if ((major < 17)); then
		die "$java is Java $version; Neo4j 5.26 needs Java 17 or 21"
	fi
	if ((major != 17 && major != 21)); then
		say "warning: $java is Java $version; Neo4j 5.26 supports Java 17 and 21"
	fi
}

# up_to_date: the stamp exists and nothing in pom.xml or src/ is newer.
up_to_date() {
	[[ -f "$STAMP" && -d "$TARGET/classes" && -d "$TARGET/lib" ]] || return 1
	[[ -z "$(find "$LAUNCHER_DIR/pom.xml" "$LAUNCHER_DIR/src" -newer "$STAMP" -print -quit)" ]] || return 1
	compgen -G "$TARGET/lib/neo4j-*.jar" >/dev/null || return 1
}

cmd_build() {
	if up_to_date; then
		return 0
	fi
	command -v "${MVN:-mvn}" >/dev/null 2>&1 || die "Maven not found (${MVN:-mvn}); install Maven 3.8+ or set MVN"
	check_java
	say "building tools/neo4j-launcher (the first build downloads Neo4j from Maven Central, ~130 MB)"
	rm -f "$STAMP"
	rm -rf "$TARGET/cds" # archives of the old jars would not map (see cds_flags)
	local args=(-B -q -Dstyle.color=never -f "$LAUNCHER_DIR/pom.xml")
	# shellcheck disable=SC2206 # a list of words on purpose
	args+=(${NEO4J_MAVEN_ARGS:-})
	local out rc=0
	out="$("${MVN:-mvn}" "${args[@]}" package 2>&1)" || rc=$?
	# Maven 3.8 prints bare colour resets even in batch mode; drop them.
	out="$(printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g' | grep -v '^[[:space:]]*$' || true)"
	[[ -z "$out" ]] || printf '%s\n' "$out" >&2
	((rc == 0)) || die "Maven build of tools/neo4j-launcher failed (exit $rc)"
	touch "$STAMP"
}

# Class data sharing (CDS): each JVM start loads and verifies ~18,000 classes
# from the jars, about 3 of the server's 10 CPU-seconds of startup and 1 of
# the import tool's. A dynamic AppCDS archive (JDK 13+) of the classes a run
# loaded is written when the JVM exits (-XX:ArchiveClassesAtExit) and mapped
# by the next starts (-XX:SharedArchiveFile): server start 10.0-10.3 -> 6.8-7.4
# CPU-seconds, an import's fixed part about 1 s less (docs/neo4j.md, docs/
# benchmarks.md). One archive per JVM build and program, under
# target/cds/ (wiped by every build, since an archive only maps with the
# very jars it was made from; a JVM that cannot map it runs without it).
# The first run of each writes the archive at its exit (a second or two
# more), under a name of its own, renamed into place once complete.
# CDS refuses directories on the class path, so the launcher's classes go
# into target/cds/launcher.jar (made with the JDK's jar tool; without one,
# no archive for the server). NEO4J_CDS=0 turns all this off.
#
# cds_flags NAME: sets CDS_FLAGS (JVM flags) and CDS_PENDING (the file the
# JVM will write, to be renamed by cds_commit), CDS_CP (class path prefix
# in place of target/classes for the server).
cds_flags() {
	local name="$1" dir="$TARGET/cds" archive jar
	CDS_FLAGS=() CDS_PENDING="" CDS_CP="$TARGET/classes"
	[[ "${NEO4J_CDS:-1}" != 0 && -n "$JAVA_VM_VERSION" ]] || return 0
	case " ${JAVA_TOOL_OPTIONS:-} " in *SharedArchive* | *ArchiveClasses* | *Xshare*) return 0 ;; esac
	mkdir -p "$dir" 2>/dev/null || return 0
	if [[ "$name" == server ]]; then
		if [[ ! -s "$dir/launcher.jar" ]]; then
			jar="$(dirname "$(readlink -f "$(java_bin)")")/jar"
			[[ -x "$jar" ]] || jar="$(command -v jar || true)"
			[[ -n "$jar" ]] || return 0
			"$jar" cf "$dir/launcher.jar.$$" -C "$TARGET/classes" . 2>/dev/null || { rm -f "$dir/launcher.jar.$$"; return 0; }
			mv -f "$dir/launcher.jar.$$" "$dir/launcher.jar"
		fi
		CDS_CP="$dir/launcher.jar"
	fi
	archive="$dir/$name-$JAVA_VM_VERSION.jsa"
	# Warnings about classes CDS skips (signed jars, old class versions) are
	# not for users.
	if [[ -s "$archive" ]]; then
		CDS_FLAGS=("-XX:SharedArchiveFile=$archive" "-Xlog:cds=off" "-Xlog:cds+dynamic=off")
	else
		CDS_PENDING="$archive.$$.tmp"
		CDS_FLAGS=("-XX:ArchiveClassesAtExit=$CDS_PENDING" "-Xlog:cds=off" "-Xlog:cds+dynamic=off")
	fi
}

# cds_commit PENDING: put an archive written at a JVM's exit in its place.
cds_commit() {
	local pending="$1"
	[[ -n "$pending" ]] || return 0
	if [[ -s "$pending" ]]; then
		mv -f "$pending" "${pending%.*.tmp}"
	else
		rm -f "$pending"
	fi
}

# pid_alive PID: the process exists and is our launcher for this state folder.
pid_alive() {
	local pid="$1" cmdline
	[[ "$pid" =~ ^[0-9]+$ ]] || return 1
	kill -0 "$pid" 2>/dev/null || return 1
	if [[ -r "/proc/$pid/cmdline" ]]; then
		cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline")"
		[[ "$cmdline" == *"$MAIN_CLASS"* && "$cmdline" == *"$STATE_DIR/home"* ]] || return 1
	fi
	return 0
}

running_pid() {
	local pid
	[[ -f "$STATE_DIR/neo4j.pid" ]] || return 1
	pid="$(cat "$STATE_DIR/neo4j.pid" 2>/dev/null || true)"
	pid_alive "$pid" || return 1
	printf '%s\n' "$pid"
}

running_port() {
	cat "$STATE_DIR/port" 2>/dev/null || printf '%s\n' "$PORT"
}

port_answers() {
	local port="$1"
	if command -v timeout >/dev/null 2>&1; then
		timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$port" 2>/dev/null
	else
		(exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null
	fi
}

wipe_store() {
	if [[ "${NEO4J_KEEP_STORE:-0}" == 1 ]]; then
		return 0
	fi
	# A store just written by `admin database import` is kept by the next start.
	if [[ "${1:-}" == start && -f "$STATE_DIR/home/.imported" ]]; then
		rm -f "$STATE_DIR/home/.imported"
		return 0
	fi
	rm -rf "$STATE_DIR/home"
}

log_tail() {
	if [[ -f "$STATE_DIR/neo4j.log" ]]; then
		say "last lines of $STATE_DIR/neo4j.log:"
		tail -n 40 "$STATE_DIR/neo4j.log" >&2
	fi
	if [[ -f "$STATE_DIR/home/logs/debug.log" ]]; then
		say "errors in $STATE_DIR/home/logs/debug.log:"
		grep -E ' (ERROR|WARN) ' "$STATE_DIR/home/logs/debug.log" | grep -v 'Incorrect file descriptor' | tail -n 10 >&2 || true
	fi
}

print_uri() {
	printf 'export NEO4J_URI=bolt://%s:%s\n' "$HOST" "$1"
}

cmd_start() {
	local pid port
	if pid="$(running_pid)"; then
		port="$(running_port)"
		say "already running from $STATE_DIR (pid $pid) on bolt://$HOST:$port"
		if [[ "$port" != "$PORT" ]]; then
			say "warning: NEO4J_PORT is $PORT but the running server listens on $port"
		fi
		print_uri "$port"
		return 0
	fi
	[[ "$PORT" =~ ^[0-9]+$ ]] && ((PORT > 0 && PORT < 65536)) || die "bad NEO4J_PORT: $PORT"
	cmd_build
	check_java
	if port_answers "$PORT"; then
		die "port $PORT is taken by another process; set NEO4J_PORT to a free port"
	fi

	mkdir -p "$STATE_DIR"
	rm -f "$STATE_DIR/neo4j.pid" "$STATE_DIR/port"
	# A store left behind by a crash needs recovery; a throwaway store is simply wiped
	# (but not one that `admin database import` has just written).
	wipe_store start
	mkdir -p "$STATE_DIR/home"

	local java t0
	java="$(java_bin)"
	t0=$SECONDS
	cds_flags server
	rm -f "$STATE_DIR/cds.pending"
	[[ -z "$CDS_PENDING" ]] || printf '%s\n' "$CDS_PENDING" >"$STATE_DIR/cds.pending"
	say "starting Neo4j on bolt://$HOST:$PORT (state in $STATE_DIR, log $STATE_DIR/neo4j.log)"
	# No job control in scripts: the background java ignores SIGINT from the
	# terminal, and nohup keeps it alive when the terminal goes away.
	NEO4J_LAUNCHER_CONF="${NEO4J_LAUNCHER_CONF:-}" nohup "$java" "${JVM_FLAGS[@]}" "${CDS_FLAGS[@]}" \
		-cp "$CDS_CP:$TARGET/lib/*" "$MAIN_CLASS" \
		--home "$STATE_DIR/home" --host "$HOST" --port "$PORT" --pagecache "$PAGECACHE" \
		>"$STATE_DIR/neo4j.log" 2>&1 </dev/null &
	pid=$!
	printf '%s\n' "$pid" >"$STATE_DIR/neo4j.pid"
	printf '%s\n' "$PORT" >"$STATE_DIR/port"

	local deadline=$((SECONDS + START_TIMEOUT)) polls=0
	# Polled every 0.1 s (a second before: half a second of every start
	# spent waiting on average), a dot every second.
	while :; do
		if ! kill -0 "$pid" 2>/dev/null; then
			printf '\n' >&2
			say "Neo4j exited during startup"
			log_tail
			rm -f "$STATE_DIR/neo4j.pid" "$STATE_DIR/port" "$STATE_DIR/cds.pending" "$CDS_PENDING"
			wipe_store
			exit 1
		fi
		if grep -q '^NEO4J READY ' "$STATE_DIR/neo4j.log" 2>/dev/null && port_answers "$PORT"; then
			break
		fi
		if ((SECONDS >= deadline)); then
			printf '\n' >&2
			say "Neo4j did not start within ${START_TIMEOUT}s"
			log_tail
			stop_pid "$pid"
			rm -f "$STATE_DIR/neo4j.pid" "$STATE_DIR/port" "$STATE_DIR/cds.pending" "$CDS_PENDING"
			wipe_store
			exit 1
		fi
		((++polls % 10)) || printf '.' >&2
		sleep 0.1
	done
	printf '\n' >&2
	say "Neo4j ready on bolt://$HOST:$PORT (pid $pid, $((SECONDS - t0))s)"
	print_uri "$PORT"
}

# stop_pid PID: SIGTERM, wait up to STOP_TIMEOUT seconds, then SIGKILL.
stop_pid() {
	local pid="$1" deadline
	kill -TERM "$pid" 2>/dev/null || return 0
	deadline=$((SECONDS + STOP_TIMEOUT))
	while kill -0 "$pid" 2>/dev/null; do
		if ((SECONDS >= deadline)); then
			say "Neo4j (pid $pid) did not stop within ${STOP_TIMEOUT}s; killing it"
			kill -KILL "$pid" 2>/dev/null || true
			# The store now needs recovery: never keep it.
			NEO4J_KEEP_STORE=0
			sleep 1
			break
		fi
		sleep 0.2
	done
}

cmd_stop() {
	local pid
	if pid="$(running_pid)"; then
		say "stopping Neo4j (pid $pid)"
		stop_pid "$pid"
		say "stopped"
	else
		say "not running ($STATE_DIR)"
	fi
	if [[ -f "$STATE_DIR/cds.pending" ]]; then
		cds_commit "$(cat "$STATE_DIR/cds.pending")"
		rm -f "$STATE_DIR/cds.pending"
	fi
	rm -f "$STATE_DIR/neo4j.pid" "$STATE_DIR/port"
	wipe_store
}

cmd_status() {
	local pid port
	if pid="$(running_pid)"; then
		port="$(running_port)"
		if port_answers "$port"; then
			say "running (pid $pid) on bolt://$HOST:$port, state in $STATE_DIR"
		else
			say "process $pid is up but bolt://$HOST:$port does not answer (starting or stuck?)"
		fi
		print_uri "$port"
		return 0
	fi
	say "not running ($STATE_DIR)"
	return 3
}

cmd_uri() {
	if running_pid >/dev/null; then
		printf 'bolt://%s:%s\n' "$HOST" "$(running_port)"
	else
		say "not running ($STATE_DIR)"
		return 3
	fi
}

# cmd_admin ARGS: neo4j-admin (org.neo4j.cli.AdminTool, shipped in the
# launcher's jars) with NEO4J_HOME set to this state folder's store.
cmd_admin() {
	if [[ "${1:-} ${2:-}" == "database import" ]] && running_pid >/dev/null; then
		die "Neo4j is running from $STATE_DIR: stop it before an import (Community cannot stop one database)"
	fi
	cmd_build
	check_java
	local java rc=0 gc
	java="$(java_bin)"
	# The import tool's node stage allocates large arrays (a document's
	# relation index), which G1 handles as humongous objects: importing the
	# same 1M relations alternately, the parallel collector took less CPU in
	# five pairs of six (about 13 %), though end to end the difference was
	# within the noise (docs/benchmarks.md, Bulk load). A collector named in
	# JAVA_TOOL_OPTIONS would clash with a second one, so none is added then.
	# JIT flags measured for the import and left out (1M relations, the
	# same files alternately, docs/benchmarks.md, Bulk load): its C2
	# compiler thread takes about 6 of its ~20 CPU-seconds, but
	# -XX:TieredStopAtLevel=1 (C1 only), -XX:-TieredCompilation, smaller
	# inlining limits (-XX:MaxInlineLevel=6 -XX:InlineSmallCode=1000) and
	# -XX:+UseSerialGC all gave the same CPU within the noise: slower code
	# spends what the compiler saves. JAVA_TOOL_OPTIONS passes such flags
	# for a measurement (bench/scale.sh: IMPORT_JAVA_OPTS).
	gc="${NEO4J_ADMIN_GC--XX:+UseParallelGC}"
	if [[ "${JAVA_TOOL_OPTIONS:-}" == *GC* ]]; then gc=""; fi
	mkdir -p "$STATE_DIR/home"
	# The tool's classes are all in the jars: no target/classes, which CDS
	# would refuse. One archive per subcommand (what an import loads is not
	# what a dump loads).
	cds_flags "admin-${1:-none}-${2:-none}"
	NEO4J_HOME="$STATE_DIR/home" NEO4J_CONF="$STATE_DIR/home/conf" "$java" "-Xmx${NEO4J_ADMIN_HEAP:-1g}" ${gc:+"$gc"} \
		"${CDS_FLAGS[@]}" --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
		-Dfile.encoding=UTF-8 -cp "$TARGET/lib/*" org.neo4j.cli.AdminTool "$@" || rc=$?
	if ((rc == 0)); then cds_commit "$CDS_PENDING"; else rm -f "$CDS_PENDING"; fi
	if ((rc == 0)) && [[ "${1:-} ${2:-}" == "database import" ]]; then
		touch "$STATE_DIR/home/.imported"
	fi
	return "$rc"
}

case "${1:-}" in
build) cmd_build ;;
admin)
	shift
	cmd_admin "$@"
	;;
start) cmd_start ;;
stop) cmd_stop ;;
status) cmd_status ;;
restart)
	cmd_stop
	cmd_start
	;;
uri) cmd_uri ;;
*)
	echo "usage: bash scripts/neo4j.sh {build|start|stop|status|restart|uri|admin ARGS...}" >&2
	exit 2
	;;
esac
