package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/bench/synth"
	"github.com/cnplan/kg/inmem"
	"github.com/cnplan/kg/neo4j"
)

const (
	benchNeighbourhood = `query($id: ID!) { neighbourhood(ids: [$id], hops: 2, maxNodes: 200) { truncated nodes { id type name }
	  edges { id type source target from { name } to { name } evidence { nodes { trigger document { title } } } } } }`
	benchPath = `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxHops: 4) { length nodes { id name } edges { id type source target } } }`
	benchCoop = `query($a: ID!, $b: ID!) { cooperation(a: $a, b: $b, maxEdges: 200) { truncated nodes { id name }
	  edges { id type source target evidence { nodes { trigger document { title } } } } coBuilt { thing { id name } builders { source } } } }`
)

// BenchmarkGraphQL measures neighbourhood, shortest path and cooperation
// queries over HTTP on 127.0.0.1 against the embedded store holding
// synth.Graph: p50 and p99 latency of a request and throughput, with
// GOMAXPROCS concurrent clients (set with -cpu). See bench/graphql-latency.sh.
func BenchmarkGraphQL(b *testing.B) {
	g, counties, provinces := synth.Graph()
	store := inmem.New()
	if _, err := store.Load(context.Background(), g); err != nil {
		b.Fatal(err)
	}
	benchQueries(b, store, counties, provinces)
}

// BenchmarkGraphQLNeo4j is BenchmarkGraphQL against Neo4j. It runs only
// with KG_BENCH_NEO4J=1 and NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD,
// NEO4J_DATABASE) set, and WIPES that database first and last.
func BenchmarkGraphQLNeo4j(b *testing.B) {
	if os.Getenv("KG_BENCH_NEO4J") != "1" || os.Getenv("NEO4J_URI") == "" {
		b.Skip("set KG_BENCH_NEO4J=1 and NEO4J_URI to benchmark Neo4j (its database is wiped)")
	}
	ctx := context.Background()
	store, err := neo4j.Open(ctx, neo4j.Config{URI: os.Getenv("NEO4J_URI"), User: os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE"),
		// One writer: with two, loading this graph deadlocks (Neo4j
		// DeadlockDetected on a shared node), see the report on issue 4.
		Writers: 1})
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close(ctx)
	if err := store.Wipe(ctx); err != nil {
		b.Fatal(err)
	}
	defer store.Wipe(ctx)
	g, counties, provinces := synth.Graph()
	if _, err := store.Load(ctx, g); err != nil {
		b.Fatal(err)
	}
	benchQueries(b, store, counties, provinces)
}

// benchQueries runs the three queries against store, each as a
// sub-benchmark reporting p50-µs, p99-µs and req/s.
func benchQueries(b *testing.B, store kg.Store, counties, provinces []string) {
	srv := testServer(b, store, nil, nil)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}}

	rng := rand.New(rand.NewPCG(3, 4))
	vars := map[string][]map[string]any{}
	for range 256 {
		vars[benchNeighbourhood] = append(vars[benchNeighbourhood], map[string]any{"id": counties[rng.IntN(len(counties))]})
		vars[benchPath] = append(vars[benchPath], map[string]any{"a": counties[rng.IntN(len(counties))], "b": counties[rng.IntN(len(counties))]})
		a, c := rng.IntN(len(provinces)), rng.IntN(len(provinces)-1)
		if c >= a {
			c++
		}
		vars[benchCoop] = append(vars[benchCoop], map[string]any{"a": provinces[a], "b": provinces[c]})
	}
	for _, bc := range []struct{ name, query string }{
		{"neighbourhood", benchNeighbourhood},
		{"path", benchPath},
		{"cooperation", benchCoop},
	} {
		b.Run(bc.name, func(b *testing.B) {
			bodies := make([][]byte, len(vars[bc.query]))
			for i, v := range vars[bc.query] {
				bodies[i], _ = json.Marshal(map[string]any{"query": bc.query, "variables": v})
			}
			// Check the query once, outside the measurement.
			if err := benchRequest(client, srv.URL, bodies[0]); err != nil {
				b.Fatal(err)
			}
			var mu sync.Mutex
			var lat []time.Duration
			next := 0
			b.ResetTimer()
			start := time.Now()
			b.RunParallel(func(pb *testing.PB) {
				var mine []time.Duration
				for pb.Next() {
					mu.Lock()
					body := bodies[next%len(bodies)]
					next++
					mu.Unlock()
					t := time.Now()
					if err := benchRequest(client, srv.URL, body); err != nil {
						b.Error(err)
						return
					}
					mine = append(mine, time.Since(t))
				}
				mu.Lock()
				lat = append(lat, mine...)
				mu.Unlock()
			})
			elapsed := time.Since(start)
			b.StopTimer()
			if len(lat) == 0 {
				return
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
			b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "req/s")
		})
	}
}

// benchRequest posts one query and fails on any GraphQL error.
func benchRequest(client *http.Client, url string, body []byte) error {
	resp, err := client.Post(url+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || bytes.Contains(raw, []byte(`"errors"`)) {
		return fmt.Errorf("status %d: %.300s", resp.StatusCode, raw)
	}
	return nil
}
