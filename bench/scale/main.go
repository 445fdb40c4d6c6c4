// Command scale generates a synthetic graph shaped like kg's real one and
// measures loading and querying it at a given size (see bench/scale.sh and
// docs/benchmarks.md).
//
//	go run ./bench/scale csv    -entities N -relations M -dir DIR   # CSV for neo4j-admin import (kg load --bulk's writer)
//	go run ./bench/scale inmem  -entities N -relations M            # load into the embedded store, memory, query latency
//	go run ./bench/scale neo4j  -entities N -relations M -uri URI   # query latency against a Neo4j holding the same graph
//	go run ./bench/scale jsonl  -entities N -relations M -out FILE  # the graph as kg extract output
//
// The graph: every region of the gazetteer (provinces, cities, counties,
// PART_OF without evidence), its region groups, and named things (parks,
// projects, hubs, railways, roads, institutions, plans) up to N entities;
// things LOCATED_IN counties, railways and roads CONNECTS regions, and
// triggered relations (CO_BUILDS, DOCKS_WITH ...) between random entities,
// a fifth of them ending at a region, up to M relations; one document per
// 500 relations, each relation with one or two pieces of evidence, each
// entity mentioned in one document. The same arguments give the same graph.
package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/gazetteer"
	"github.com/cnplan/kg/graph"
	"github.com/cnplan/kg/inmem"
	"github.com/cnplan/kg/neo4j"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: scale csv|inmem|neo4j|jsonl [flags]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	entities := fs.Int("entities", 10000, "entities")
	relations := fs.Int("relations", 50000, "relations")
	dir := fs.String("dir", "", "csv: output folder")
	out := fs.String("out", "", "jsonl: output file")
	uri := fs.String("uri", "", "neo4j: Bolt URI")
	requests := fs.Int("requests", 300, "requests per query")
	cpuprofile := fs.String("cpuprofile", "", "csv: write a CPU profile of the CSV writer (generation excluded) to this file")
	fs.Parse(os.Args[2:])
	ctx := context.Background()
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	t0 := time.Now()
	g, sample := generate(*entities, *relations)
	fmt.Fprintf(os.Stderr, "scale: generated %d documents, %d entities, %d relations, %d evidence in %.1f s\n",
		len(g.Documents), len(g.Entities), len(g.Relations), evidence(g), time.Since(t0).Seconds())
	switch os.Args[1] {
	case "csv":
		if *cpuprofile != "" {
			pf, err := os.Create(*cpuprofile)
			check(err)
			check(pprof.StartCPUProfile(pf))
		}
		t := time.Now()
		f, err := neo4j.WriteGraphCSV(g, *dir)
		check(err)
		if *cpuprofile != "" {
			pprof.StopCPUProfile()
		}
		fmt.Printf("csv: %d relations, %d entities, %d mentions in %.1f s\n", f.Relations, f.Entities, f.MentionRows, time.Since(t).Seconds())
		// The arguments of neo4j-admin, as kg load --bulk gives them, one
		// a line, for bench/scale.sh.
		check(os.WriteFile(filepath.Join(*dir, "import.args"), []byte(strings.Join(f.ImportArgs("neo4j"), "\n")+"\n"), 0o644))
	case "jsonl":
		w, err := os.Create(*out)
		check(err)
		check(writeJSONL(w, g))
		check(w.Close())
	case "inmem":
		n := len(g.Relations)
		s := inmem.New()
		t := time.Now()
		_, err := s.Load(ctx, g)
		check(err)
		load := time.Since(t)
		g = nil
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		// The graph itself is garbage now: what is left is the store.
		fmt.Printf("inmem load: %d relations in %.1f s (%.0f relations/s); heap %d MiB after GC, %.0f bytes per relation\n",
			n, load.Seconds(), float64(n)/load.Seconds(), after.HeapAlloc>>20, float64(after.HeapAlloc-base.HeapAlloc)/float64(n))
		queries(s, sample, *requests, "inmem")
		runtime.KeepAlive(s)
	case "neo4j":
		g = nil
		s, err := neo4j.Open(ctx, neo4j.Config{URI: *uri})
		check(err)
		defer s.Close(ctx)
		queries(s, sample, *requests, "neo4j")
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "scale:", err)
		os.Exit(1)
	}
}

func evidence(g *kg.Graph) int {
	n := 0
	for _, r := range g.Relations {
		n += len(r.Evidence)
	}
	return n
}

// sample holds ids to ask about.
type sample struct {
	counties, provinces []string
	names               []string
}

var sentences = []string{
	"推进两地合作共建产业园，加快对接粤港澳大湾区。",
	"积极融入长江经济带发展，深化与周边地区的交流合作。",
	"依托高铁枢纽，打造区域性物流中心和开放合作平台。",
	"支持重大项目纳入国家规划，加快推进基础设施互联互通。",
	"共同建设跨省合作示范区，推动产业协同发展。",
}

var triggers = []string{"共建", "对接", "纳入", "融入", "联动", "合作", "依托", "毗邻"}

func generate(nEnt, nRel int) (*kg.Graph, sample) {
	gz, err := gazetteer.Load()
	check(err)
	rng := rand.New(rand.NewPCG(uint64(nEnt), uint64(nRel)))
	g := &kg.Graph{}
	var smp sample
	nDocs := max(10, nRel/500)
	docs := make([]string, nDocs)
	for i := range docs {
		base := fmt.Sprintf("gen%06d.txt", i)
		docs[i] = kg.DocumentID(base)
		g.Documents = append(g.Documents, kg.Document{ID: docs[i], Source: base, Title: fmt.Sprintf("合成规划%06d", i),
			Date: fmt.Sprintf("20%02d-03-01", 15+i%10), Script: "simplified", Encoding: "utf-8",
			Hash: fmt.Sprintf("%064x", i), Chars: 20000})
	}
	mention := func(e *kg.Entity, i int) {
		d := docs[i%nDocs]
		e.MentionsByDocument = map[string]int{d: 1 + i%3}
		e.Mentions = 1 + i%3
	}
	var regions, all []string
	types := map[string]kg.EntityType{}
	for i, r := range gz.Regions() {
		e := kg.Entity{ID: r.EntityID(), Type: r.Level.EntityType(), Name: r.Name, Code: r.Code, Pinyin: r.Pinyin}
		if r.Short != "" {
			e.Aliases = []string{r.Short}
		}
		if r.Parent != "" {
			e.Parent = kg.RegionID(r.Parent)
			g.Relations = append(g.Relations, kg.Relation{ID: kg.RelationID(kg.PartOf, e.ID, e.Parent), Type: kg.PartOf, From: e.ID, To: e.Parent})
		}
		mention(&e, i)
		g.Entities = append(g.Entities, e)
		regions = append(regions, e.ID)
		types[e.ID] = e.Type
		switch e.Type {
		case kg.County:
			smp.counties = append(smp.counties, e.ID)
		case kg.Province:
			smp.provinces = append(smp.provinces, e.ID)
		}
	}
	all = append(all, regions...)
	for i, gr := range gz.Groups() {
		e := kg.Entity{ID: kg.EntityID(kg.RegionGroup, gr.Name), Type: kg.RegionGroup, Name: gr.Name, Pinyin: gr.Pinyin}
		e.Aliases = slices.DeleteFunc(slices.Clone(gr.Aliases), func(a string) bool { return a == gr.Name })
		mention(&e, i)
		g.Entities = append(g.Entities, e)
		all = append(all, e.ID)
		types[e.ID] = e.Type
	}
	thingTypes := []kg.EntityType{kg.Park, kg.Project, kg.Hub, kg.Railway, kg.Road, kg.Institution, kg.Plan}
	prefix := map[kg.EntityType]string{kg.Park: "产业园", kg.Project: "工程", kg.Hub: "物流枢纽", kg.Railway: "铁路",
		kg.Road: "高速公路", kg.Institution: "研究院", kg.Plan: "发展规划"}
	var things []string
	for i := 0; len(g.Entities) < nEnt; i++ {
		t := thingTypes[i%len(thingTypes)]
		name := fmt.Sprintf("%s%s%07d", gz.Regions()[i%len(regions)].Short, prefix[t], i)
		e := kg.Entity{ID: kg.EntityID(t, name), Type: t, Name: name, Pinyin: fmt.Sprintf("x%07d", i)}
		mention(&e, i)
		g.Entities = append(g.Entities, e)
		things = append(things, e.ID)
		all = append(all, e.ID)
		types[e.ID] = t
		if i < 1000 {
			smp.names = append(smp.names, name[:len(name)-4])
		}
	}
	seen := map[string]bool{}
	ev := func() []kg.Evidence {
		n := 1
		if rng.IntN(5) == 0 {
			n = 2
		}
		out := make([]kg.Evidence, n)
		for k := range out {
			s := rng.IntN(len(sentences))
			out[k] = kg.Evidence{Document: docs[rng.IntN(nDocs)], Sentence: rng.IntN(400), Start: 2, End: 12,
				Trigger: triggers[rng.IntN(len(triggers))], Text: sentences[s]}
		}
		return out
	}
	add := func(t kg.RelationType, from, to string) {
		if t.Symmetric() && to < from {
			from, to = to, from
		}
		id := kg.RelationID(t, from, to)
		if from == to || seen[id] {
			return
		}
		seen[id] = true
		g.Relations = append(g.Relations, kg.Relation{ID: id, Type: t, From: from, To: to, Evidence: ev()})
	}
	counties := smp.counties
	for _, th := range things {
		if len(g.Relations) >= nRel {
			break
		}
		switch types[th] {
		case kg.Park, kg.Hub, kg.Project, kg.Institution:
			add(kg.LocatedIn, th, counties[rng.IntN(len(counties))])
		case kg.Railway, kg.Road:
			add(kg.Connects, th, regions[rng.IntN(len(regions))])
			add(kg.Connects, th, regions[rng.IntN(len(regions))])
		}
	}
	trig := []kg.RelationType{kg.CoBuilds, kg.DocksWith, kg.IncludedIn, kg.IntegratesInto, kg.LinksWith, kg.CooperatesWith, kg.ReliesOn, kg.AdjacentTo}
	for len(g.Relations) < nRel {
		t := trig[rng.IntN(len(trig))]
		from := all[rng.IntN(len(all))]
		var to string
		if rng.IntN(5) == 0 {
			to = regions[rng.IntN(len(regions))]
		} else {
			to = all[rng.IntN(len(all))]
		}
		add(t, from, to)
	}
	return g, smp
}

func writeJSONL(w io.Writer, g *kg.Graph) error {
	enc := json.NewEncoder(w)
	for _, d := range g.Documents {
		if err := enc.Encode(map[string]any{"kind": "document", "document": d}); err != nil {
			return err
		}
	}
	for _, e := range g.Entities {
		if err := enc.Encode(map[string]any{"kind": "entity", "entity": e}); err != nil {
			return err
		}
	}
	for _, r := range g.Relations {
		if err := enc.Encode(map[string]any{"kind": "relation", "relation": r}); err != nil {
			return err
		}
	}
	return nil
}

const (
	qNeighbourhood = `query($id: ID!) { neighbourhood(ids: [$id], hops: 2, maxNodes: 200) { truncated nodes { id type name }
	  edges { id type source target from { name } to { name } evidence(first: 3) { nodes { trigger document { title } } } } } }`
	qPath = `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxHops: 4) { length nodes { id name } edges { id type source target } } }`
	qCoop = `query($a: ID!, $b: ID!) { cooperation(a: $a, b: $b, maxEdges: 200) { truncated nodes { id name }
	  edges { id type source target evidence(first: 3) { nodes { trigger document { title } } } } coBuilt { thing { id name } builders { source } } } }`
	qSearch = `query($q: String!) { search(text: $q, limit: 10) { score entity { id name type } } }`
	qEntity = `query($id: ID!) { entity(id: $id) { id name type mentions } }`
)

// queries serves store over HTTP on 127.0.0.1 through the real handler and
// times each query, one client, requests per query, arguments cycling
// through a fixed random sample.
func queries(store kg.Store, smp sample, requests int, label string) {
	srv, err := graph.NewServer(store, graph.DefaultConfig(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	check(err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	check(err)
	hs := &http.Server{Handler: srv.Handler()}
	go hs.Serve(l)
	defer hs.Close()
	url := "http://" + l.Addr().String() + "/query"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, q := range []struct {
		name, query string
		vars        func() map[string]any
	}{
		{"entity", qEntity, func() map[string]any { return map[string]any{"id": smp.counties[rng.IntN(len(smp.counties))]} }},
		{"search", qSearch, func() map[string]any { return map[string]any{"q": smp.names[rng.IntN(len(smp.names))]} }},
		{"neighbourhood", qNeighbourhood, func() map[string]any { return map[string]any{"id": smp.counties[rng.IntN(len(smp.counties))]} }},
		{"path", qPath, func() map[string]any {
			return map[string]any{"a": smp.counties[rng.IntN(len(smp.counties))], "b": smp.counties[rng.IntN(len(smp.counties))]}
		}},
		{"cooperation", qCoop, func() map[string]any {
			a, b := rng.IntN(len(smp.provinces)), rng.IntN(len(smp.provinces)-1)
			if b >= a {
				b++
			}
			return map[string]any{"a": smp.provinces[a], "b": smp.provinces[b]}
		}},
	} {
		var lat []time.Duration
		deadline := time.Now().Add(90 * time.Second)
		bytesOut := 0
		for i := 0; i < requests && time.Now().Before(deadline); i++ {
			body, _ := json.Marshal(map[string]any{"query": q.query, "variables": q.vars()})
			t := time.Now()
			resp, err := client.Post(url, "application/json", bytes.NewReader(body))
			check(err)
			raw, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			check(err)
			d := time.Since(t)
			if resp.StatusCode != 200 || bytes.Contains(raw, []byte(`"errors"`)) {
				check(fmt.Errorf("%s: status %d: %.300s", q.name, resp.StatusCode, raw))
			}
			if i >= 5 { // warm-up
				lat = append(lat, d)
				bytesOut += len(raw)
			}
		}
		slices.SortFunc(lat, cmp.Compare)
		if len(lat) == 0 {
			continue
		}
		fmt.Printf("%s %-13s n=%d p50 %.2f ms p99 %.2f ms mean response %d bytes\n", label, q.name, len(lat),
			ms(lat[len(lat)/2]), ms(lat[len(lat)*99/100]), bytesOut/len(lat))
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
