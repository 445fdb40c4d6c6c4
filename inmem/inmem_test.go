package inmem

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) kg.Store { return New() })
}

func TestCancelledIsTimeout(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New().Load(ctx, storetest.Both())
	if kg.ErrorCode(err) != kg.ETIMEOUT || !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled Load: %v (code %s)", err, kg.ErrorCode(err))
	}
}

// TestConcurrent runs reads while loads replace a document; run with -race.
func TestConcurrent(t *testing.T) {
	s := New()
	ctx := context.Background()
	if _, err := s.Load(ctx, storetest.Both()); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				if w == 0 {
					g := storetest.PingxiangV2()
					if i%2 == 1 {
						g = storetest.Pingxiang()
					}
					if _, err := s.Load(ctx, g); err != nil {
						t.Error(err)
						return
					}
					continue
				}
				sg, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{storetest.IDPingxiang}, Hops: 2})
				if err != nil {
					t.Error(err)
					return
				}
				for _, n := range sg.Nodes {
					n.Name = "x" // results are copies
				}
				st, err := s.Stats(ctx, 3)
				if err != nil {
					t.Error(err)
					return
				}
				// Either version: 53 or 50 relations, never a mixture.
				total := 0
				for _, n := range st.RelationsByType {
					total += n
				}
				if total != 53 && total != 50 {
					t.Errorf("saw %d relations", total)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// synthetic returns a random graph of n relations over n/4 entities in
// one document, grouped in provinces so that Within and paths have work.
func synthetic(n int) *kg.Graph {
	rng := rand.New(rand.NewPCG(1, 2))
	doc := "doc:synthetic.txt"
	g := &kg.Graph{Documents: []kg.Document{{ID: doc, Source: "synthetic.txt", Title: "synthetic", Script: "simplified", Encoding: "utf-8"}}}
	nEnt := n / 4
	types := []kg.EntityType{kg.County, kg.Park, kg.Project, kg.Hub, kg.Institution}
	for i := range nEnt {
		t := types[i%len(types)]
		if i < 30 {
			t = kg.Province
		}
		id := fmt.Sprintf("%s:e%06d", t, i)
		g.Entities = append(g.Entities, kg.Entity{ID: id, Type: t, Name: fmt.Sprintf("实体%d", i), Pinyin: fmt.Sprintf("shiti%d", i),
			Mentions: 1, MentionsByDocument: map[string]int{doc: 1}})
	}
	rtypes := []kg.RelationType{kg.CoBuilds, kg.DocksWith, kg.LinksWith, kg.CooperatesWith, kg.ReliesOn, kg.IncludedIn, kg.Connects}
	seen := map[string]bool{}
	add := func(t kg.RelationType, from, to string, withEvidence bool) {
		id := kg.RelationID(t, from, to)
		if seen[id] || from == to {
			return
		}
		seen[id] = true
		r := kg.Relation{ID: id, Type: t, From: from, To: to}
		if withEvidence {
			r.Evidence = []kg.Evidence{{Document: doc, Sentence: len(seen), Start: len(seen) * 10, End: len(seen)*10 + 5, Trigger: "共建", Text: "句子。"}}
		}
		g.Relations = append(g.Relations, r)
	}
	// Every non-province is PART_OF a province (gazetteer-like).
	for i := 30; i < nEnt; i++ {
		add(kg.PartOf, g.Entities[i].ID, g.Entities[i%30].ID, false)
	}
	for len(g.Relations) < n {
		a, b := g.Entities[rng.IntN(nEnt)].ID, g.Entities[rng.IntN(nEnt)].ID
		add(rtypes[rng.IntN(len(rtypes))], a, b, true)
	}
	return g
}

func BenchmarkLoad(b *testing.B) {
	g := synthetic(100_000)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		if _, err := New().Load(ctx, g); err != nil {
			b.Fatal(err)
		}
	}
}

func loadedSynthetic(b *testing.B) (*Store, *kg.Graph) {
	g := synthetic(100_000)
	s := New()
	if _, err := s.Load(context.Background(), g); err != nil {
		b.Fatal(err)
	}
	return s, g
}

func BenchmarkNeighbourhood(b *testing.B) {
	s, g := loadedSynthetic(b)
	ctx := context.Background()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		seed := g.Entities[30+i%(len(g.Entities)-30)].ID
		i += 7919
		if _, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{seed}, Hops: 2,
			RelationTypes: []kg.RelationType{kg.CoBuilds, kg.DocksWith, kg.LinksWith, kg.CooperatesWith, kg.ReliesOn}}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkShortestPath(b *testing.B) {
	s, g := loadedSynthetic(b)
	ctx := context.Background()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		from := g.Entities[30+i%(len(g.Entities)-30)].ID
		to := g.Entities[30+(i*31+17)%(len(g.Entities)-30)].ID
		i += 7919
		if _, err := s.ShortestPaths(ctx, kg.PathQuery{From: from, To: to, All: true,
			RelationTypes: []kg.RelationType{kg.CoBuilds, kg.DocksWith, kg.LinksWith, kg.CooperatesWith, kg.ReliesOn, kg.IncludedIn, kg.Connects}}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPathsAgainstCounts checks ShortestPaths on random graphs against a
// breadth-first count of shortest paths (parallel edges count apart).
func TestPathsAgainstCounts(t *testing.T) {
	ctx := context.Background()
	for seed := range uint64(20) {
		g := synthetic(400)
		rng := rand.New(rand.NewPCG(seed, 7))
		// Keep a random subset of the relations so that graphs differ.
		rels := g.Relations[:0]
		for _, r := range g.Relations {
			if r.Type != kg.PartOf && rng.IntN(3) > 0 {
				rels = append(rels, r)
			}
		}
		g.Relations = rels
		s := New()
		if _, err := s.Load(ctx, g); err != nil {
			t.Fatal(err)
		}
		st := s.st
		for range 20 {
			from := st.ents[rng.IntN(len(st.ents))].ID
			to := st.ents[rng.IntN(len(st.ents))].ID
			dist, count := countPaths(st, st.entIdx[from], st.entIdx[to])
			paths, err := s.ShortestPaths(ctx, kg.PathQuery{From: from, To: to, All: true, MaxPaths: kg.CapMaxPaths, MaxHops: kg.CapPathHops})
			if err != nil {
				t.Fatal(err)
			}
			if dist < 0 {
				if len(paths) != 0 {
					t.Errorf("%s -> %s: %d paths, want none", from, to, len(paths))
				}
				continue
			}
			if want := min(count, kg.CapMaxPaths); len(paths) != want {
				t.Errorf("%s -> %s: %d paths, want %d", from, to, len(paths), want)
			}
			// In order: step by step, the next node's id, then the edge's.
			for k := 1; k < len(paths); k++ {
				if c := comparePaths(paths[k-1], paths[k]); c >= 0 {
					t.Errorf("%s -> %s: paths %d and %d out of order", from, to, k-1, k)
				}
			}
			seen := map[string]bool{}
			for _, p := range paths {
				if len(p.Edges) != dist {
					t.Errorf("%s -> %s: path of %d edges, want %d", from, to, len(p.Edges), dist)
				}
				key := fmt.Sprint(len(p.Nodes))
				for _, e := range p.Edges {
					key += " " + e.ID
				}
				if seen[key] {
					t.Errorf("duplicate path %s", key)
				}
				seen[key] = true
			}
		}
	}
}

// countPaths returns the distance from a to b (-1 if none) and the number
// of shortest paths, by breadth-first search over all relations.
func countPaths(st *state, a, b int32) (int, int) {
	dist := map[int32]int{a: 0}
	count := map[int32]int{a: 1}
	queue := []int32{a}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, h := range st.adj[u] {
			d, ok := dist[h.other]
			if !ok {
				dist[h.other] = dist[u] + 1
				count[h.other] = count[u]
				queue = append(queue, h.other)
			} else if d == dist[u]+1 {
				count[h.other] += count[u]
			}
		}
	}
	d, ok := dist[b]
	if !ok || d > kg.CapPathHops {
		return -1, 0
	}
	return d, count[b]
}

// comparePaths orders paths of one length as storetest does: at each step
// the id of the next node, then the id of the edge.
func comparePaths(a, b kg.Path) int {
	for i := range a.Edges {
		if c := strings.Compare(a.Nodes[i+1].ID, b.Nodes[i+1].ID); c != 0 {
			return c
		}
		if c := strings.Compare(a.Edges[i].ID, b.Edges[i].ID); c != 0 {
			return c
		}
	}
	return 0
}
