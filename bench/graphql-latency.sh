#!/usr/bin/env bash
# p50/p99 latency and throughput of the GraphQL API's neighbourhood, shortest
# path and cooperation queries, over HTTP on 127.0.0.1 only, against the
# embedded store loaded with a synthetic graph (graph/bench_test.go,
# BenchmarkGraphQL). The number of requests is bounded by BENCHTIME.
#
#   bash bench/graphql-latency.sh                 # 2000 requests per query, 1 and 4 clients
#   BENCHTIME=5000x CPUS=1,4,16 bash bench/graphql-latency.sh
#
# Metrics per query: p50-µs and p99-µs (latency of one request as the
# client sees it), req/s (throughput with CPUS concurrent clients).
set -euo pipefail
cd "$(dirname "$0")/.."
benchtime=${BENCHTIME:-2000x}
cpus=${CPUS:-1,4}
exec go test ./graph -run '^$' -bench '^BenchmarkGraphQL$' -benchtime "$benchtime" -cpu "$cpus" -count 1 "$@"
