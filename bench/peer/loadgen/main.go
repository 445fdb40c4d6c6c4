// Command loadgen is the load generator of the peer benchmark
// (bench/peer.sh): it writes the benchmark graph, and sends the same
// queries with the same arguments to kg (Neo4j and embedded) and to the
// peer (@neo4j/graphql on Apollo Server, with and without TCP_NODELAY),
// interleaved, checks that their answers agree, and prints p50, p99 and
// throughput as a markdown table.
//
//	loadgen gen -out FILE                 # bench/synth's graph (that of graph/bench_test.go) as kg extract output (JSONL)
//	loadgen queries -dir DIR              # the peer's queries as .graphql files (for the install check)
//	loadgen run -kg-neo4j URL -kg-mem URL -peer URL -peer-nodelay URL [-requests N] [-clients 1,8] [-doc FILE]
//
// Interleaving: for each query and number of clients, the requests go in
// rounds; in each round every system gets one batch of the same argument
// sets, in an order that goes through all the systems' permutations from
// round to round, so that all systems see the same load of the rest of the
// machine and each follows each other system equally often (a rotation
// always put the same system before another: kg + Neo4j always ran right
// after the fair peer had warmed the same Neo4j). Throughput is a system's
// requests over the wall time of its batches.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cnplan/kg/bench/synth"
	"github.com/cnplan/kg/jsonl"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: loadgen gen|queries|run [flags]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	out := fs.String("out", "", "gen: output file")
	dir := fs.String("dir", "", "queries: output folder")
	kgNeo := fs.String("kg-neo4j", "", "run: kg served from Neo4j, GraphQL endpoint URL")
	kgMem := fs.String("kg-mem", "", "run: kg with the embedded store, endpoint URL")
	peer := fs.String("peer", "", "run: the peer with Node's default sockets, endpoint URL")
	peerND := fs.String("peer-nodelay", "", "run: the peer with TCP_NODELAY, endpoint URL")
	requests := fs.Int("requests", 240, "run: requests per system, query and number of clients (at most)")
	budget := fs.Duration("budget", 90*time.Second, "run: time after which no new round starts, per query and number of clients (at least one round runs)")
	clients := fs.String("clients", "1,8", "run: numbers of concurrent clients")
	check := fs.Int("check", 64, "run: argument sets whose answers are compared (also the warm-up)")
	warmup := fs.Int("warmup", 48, "run: requests per system and query sent before anything is measured, not counted")
	only := fs.String("only", "", "run: only the queries whose name contains this")
	doc := fs.String("doc", "", "run: markdown file whose Peer comparison section receives the results")
	command := fs.String("command", "", "run: the command to print with the results")
	fs.Parse(os.Args[2:])
	g, counties, provinces := synth.Graph()
	switch os.Args[1] {
	case "gen":
		f, err := os.Create(*out)
		check1(err)
		check1(jsonl.Write(f, g))
		check1(f.Close())
		fmt.Fprintf(os.Stderr, "loadgen: wrote %d documents, %d entities, %d relations to %s\n", len(g.Documents), len(g.Entities), len(g.Relations), *out)
	case "queries":
		check1(os.MkdirAll(*dir, 0o755))
		for i, q := range queries(1, counties, provinces) {
			check1(os.WriteFile(filepath.Join(*dir, fmt.Sprintf("q%d.graphql", i)), []byte(q.peer+"\n"), 0o644))
		}
	case "run":
		var systems []*system
		for _, s := range []*system{
			{name: "kg + Neo4j", kind: "kg", url: *kgNeo},
			{name: "kg embedded", kind: "kg", url: *kgMem},
			{name: "peer", kind: "peer", url: *peer},
			{name: "peer, TCP_NODELAY", kind: "peer", url: *peerND},
		} {
			if s.url != "" {
				systems = append(systems, s)
			}
		}
		if len(systems) == 0 || systems[0].name != "kg + Neo4j" {
			fmt.Fprintln(os.Stderr, "loadgen run: -kg-neo4j is needed (the reference of the agreement check)")
			os.Exit(2)
		}
		var cs []int
		for _, s := range strings.Split(*clients, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			check1(err)
			cs = append(cs, n)
		}
		qs := queries(max(256, *check), counties, provinces)
		qs = slices.DeleteFunc(qs, func(q *query) bool { return !strings.Contains(q.name, *only) })
		load0 := loadavg()
		start := time.Now()
		res := run(systems, qs, cs, *requests, *check, *warmup, *budget)
		md := report(res, systems, cs, *requests, start, load0, loadavg(), *command, len(g.Entities), len(g.Relations))
		fmt.Print(md)
		if *doc != "" {
			check1(writeSection(*doc, md))
		}
	default:
		fmt.Fprintln(os.Stderr, "usage: loadgen gen|queries|run [flags]")
		os.Exit(2)
	}
}

func check1(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

// system is one server measured.
type system struct {
	name, kind, url string
}

var client = &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64, MaxConnsPerHost: 64}, Timeout: 300 * time.Second}

// post sends one query and returns the response body.
func post(s *system, q *query, args map[string]any) ([]byte, error) {
	text := q.kg
	if s.kind == "peer" {
		text = q.peer
		if q.peerVars != nil {
			args = q.peerVars(args)
		}
	}
	body, _ := json.Marshal(map[string]any{"query": text, "variables": args})
	resp, err := client.Post(s.url, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d: %.300s", resp.StatusCode, raw)
	}
	if bytes.Contains(raw, []byte(`"errors"`)) {
		return nil, fmt.Errorf("GraphQL errors: %.300s", raw)
	}
	return raw, nil
}

// cell is one system's measurement of one query at one number of clients.
type cell struct {
	lat      []time.Duration
	wall     time.Duration
	errors   int
	firstErr string
}

func (c *cell) p(q float64) float64 {
	if len(c.lat) == 0 {
		return 0
	}
	return float64(c.lat[min(len(c.lat)-1, int(float64(len(c.lat))*q))].Microseconds()) / 1000
}

func (c *cell) rps() float64 {
	if c.wall == 0 {
		return 0
	}
	return float64(len(c.lat)) / c.wall.Seconds()
}

// checkResult is the agreement of one system with kg + Neo4j on one query.
type checkResult struct {
	agree, total int
	first        string
}

type results struct {
	cells  map[string]map[int]map[string]*cell // query -> clients -> system
	checks map[string]map[string]*checkResult  // query -> system
	order  []string
}

func run(systems []*system, qs []*query, cs []int, requests, nCheck, warmup int, budget time.Duration) *results {
	orders := permutations(len(systems))
	res := &results{cells: map[string]map[int]map[string]*cell{}, checks: map[string]map[string]*checkResult{}}
	// A warm-up of every query before any is measured, not counted: the
	// first requests after a start pay for Neo4j's query planning and the
	// JVM's and V8's compilers, and the query measured first would pay
	// for the JIT's work on the rest of the server too.
	for _, q := range qs {
		for i := range min(warmup, len(q.args)) {
			for _, s := range systems {
				if _, err := post(s, q, q.args[len(q.args)-1-i]); err != nil {
					fmt.Fprintf(os.Stderr, "loadgen: %s: warm-up request to %s failed: %v\n", q.name, s.name, err)
				}
			}
		}
		fmt.Fprintf(os.Stderr, "loadgen: %s: warmed up\n", q.name)
	}
	for _, q := range qs {
		res.order = append(res.order, q.name)
		// Agreement, which also warms every system up further.
		res.checks[q.name] = map[string]*checkResult{}
		for _, s := range systems {
			res.checks[q.name][s.name] = &checkResult{}
		}
		for i := range min(nCheck, len(q.args)) {
			args := q.args[i]
			var ref *answer
			for _, s := range systems {
				cr := res.checks[q.name][s.name]
				cr.total++
				raw, err := post(s, q, args)
				var a *answer
				if err == nil {
					a, err = parse(q, s.kind, raw)
				}
				if err != nil {
					if cr.first == "" {
						cr.first = fmt.Sprintf("%v: %v", args, err)
					}
					continue
				}
				if ref == nil {
					if s.name != systems[0].name {
						continue // no reference answer for these arguments
					}
					ref = a
					cr.agree++
					continue
				}
				if d := agree(q, args, ref, a, s.kind); d != "" {
					if cr.first == "" {
						cr.first = d
					}
					continue
				}
				cr.agree++
			}
		}
		fmt.Fprintf(os.Stderr, "loadgen: %s: checked %d argument sets\n", q.name, min(nCheck, len(q.args)))
		res.cells[q.name] = map[int]map[string]*cell{}
		for _, c := range cs {
			cells := map[string]*cell{}
			for _, s := range systems {
				cells[s.name] = &cell{}
			}
			res.cells[q.name][c] = cells
			// Small batches keep the systems' turns short, so that they
			// alternate often; every system gets the same rounds.
			batch := max(8, 2*c)
			rounds := (requests + batch - 1) / batch
			t0 := time.Now()
			for r := range rounds {
				if r > 0 && time.Since(t0) > budget {
					break
				}
				for _, k := range orders[r%len(orders)] {
					s := systems[k]
					measure(s, q, c, r*batch, batch, cells[s.name])
				}
			}
			for _, s := range systems {
				slices.Sort(cells[s.name].lat)
			}
			fmt.Fprintf(os.Stderr, "loadgen: %s, %d clients: done\n", q.name, c)
		}
	}
	return res
}

// permutations returns every order of 0..n-1, in lexicographic order
// (24 for the benchmark's four systems).
func permutations(n int) [][]int {
	var out [][]int
	var walk func(p []int, used []bool)
	walk = func(p []int, used []bool) {
		if len(p) == n {
			out = append(out, slices.Clone(p))
			return
		}
		for i := range n {
			if !used[i] {
				used[i] = true
				walk(append(p, i), used)
				used[i] = false
			}
		}
	}
	walk(nil, make([]bool, n))
	return out
}

// measure sends batch requests of q to s with c concurrent clients, the
// argument sets from index pos on, and adds their latencies and wall
// time to into.
func measure(s *system, q *query, c, pos, batch int, into *cell) {
	var mu sync.Mutex
	next := 0
	var wg sync.WaitGroup
	start := time.Now()
	for range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= batch {
					return
				}
				args := q.args[(pos+i)%len(q.args)]
				t := time.Now()
				_, err := post(s, q, args)
				d := time.Since(t)
				mu.Lock()
				if err != nil {
					into.errors++
					if into.firstErr == "" {
						into.firstErr = err.Error()
					}
				} else {
					into.lat = append(into.lat, d)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	into.wall += time.Since(start)
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:3], " ")
}
