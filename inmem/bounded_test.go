package inmem

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/cnplan/kg"
)

// hubGraph is a graph whose bounded queries have the same answer at every
// size: a fixed core (a county S, a province P, a hub project H, forty
// core counties C00..C39 linked each to the next 29, all PART_OF P and
// RELIES_ON H; a province Q of ten linked counties) and background
// counties, each PART_OF P, RELIES_ON H and LINKS_WITH one other at
// random. Background counties have a degree of about 4 (always far below
// the core's 31), so a limit that keeps the heaviest nodes keeps the core
// whatever the background; only P's and H's degrees grow with it.
func hubGraph(background int) *kg.Graph {
	doc := "doc:hub.txt"
	g := &kg.Graph{Documents: []kg.Document{{ID: doc, Source: "hub.txt", Title: "hub", Script: "simplified", Encoding: "utf-8", Date: "2020-01-01"}}}
	ent := func(t kg.EntityType, id string) string {
		g.Entities = append(g.Entities, kg.Entity{ID: id, Type: t, Name: id, Pinyin: id, Mentions: 1, MentionsByDocument: map[string]int{doc: 1}})
		return id
	}
	seen := map[string]bool{}
	rel := func(t kg.RelationType, from, to string) {
		id := kg.RelationID(t, from, to)
		if seen[id] || from == to {
			return
		}
		seen[id] = true
		r := kg.Relation{ID: id, Type: t, From: from, To: to}
		if t != kg.PartOf {
			r.Evidence = []kg.Evidence{{Document: doc, Sentence: len(seen), Start: 0, End: 2, Trigger: "对接", Text: "句子。"}}
		}
		g.Relations = append(g.Relations, r)
	}
	p, q := ent(kg.Province, "region:p"), ent(kg.Province, "region:q")
	h := ent(kg.Project, "project:h")
	s := ent(kg.County, "region:s")
	rel(kg.PartOf, s, p)
	var core []string
	for i := range 40 {
		c := ent(kg.County, fmt.Sprintf("region:c%02d", i))
		core = append(core, c)
		rel(kg.PartOf, c, p)
		rel(kg.ReliesOn, c, h)
	}
	for i := range core {
		for k := 1; k <= 29; k++ {
			rel(kg.LinksWith, core[i], core[(i+k)%len(core)])
		}
	}
	var qs []string
	for i := range 10 {
		c := ent(kg.County, fmt.Sprintf("region:q%02d", i))
		qs = append(qs, c)
		rel(kg.PartOf, c, q)
	}
	for i := range qs {
		rel(kg.DocksWith, qs[i], qs[(i+1)%len(qs)])
	}
	rng := rand.New(rand.NewPCG(3, 4))
	first := len(g.Entities)
	for i := range background {
		b := ent(kg.County, fmt.Sprintf("region:x%07d", i))
		rel(kg.PartOf, b, p)
		rel(kg.ReliesOn, b, h)
	}
	for i := range background {
		rel(kg.LinksWith, g.Entities[first+i].ID, g.Entities[first+rng.IntN(background)].ID)
	}
	return g
}

// boundedQueries are queries whose answer does not depend on hubGraph's
// background (but for P's and H's degree). Their latency should not
// either: "path via hub" goes through P, whose neighbours are the
// background.
var boundedQueries = []struct {
	name string
	run  func(context.Context, kg.Store) (any, error)
}{
	{"neighbourhood", func(ctx context.Context, s kg.Store) (any, error) {
		return s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{"region:s"}, Hops: 2, MaxNodes: 42})
	}},
	{"dependents", func(ctx context.Context, s kg.Store) (any, error) {
		return s.Dependencies(ctx, kg.DependencyQuery{ID: "project:h", Depth: 1, MaxNodes: 41})
	}},
	{"path", func(ctx context.Context, s kg.Store) (any, error) {
		return s.ShortestPaths(ctx, kg.PathQuery{From: "region:c00", To: "region:c05", All: true})
	}},
	{"path via hub", func(ctx context.Context, s kg.Store) (any, error) {
		return s.ShortestPaths(ctx, kg.PathQuery{From: "region:s", To: "region:c00", All: true})
	}},
	{"cooperation", func(ctx context.Context, s kg.Store) (any, error) {
		return s.Cooperation(ctx, kg.CooperationQuery{A: "region:c00", B: "region:c01"})
	}},
	{"matrix", func(ctx context.Context, s kg.Store) (any, error) {
		return s.CooperationMatrix(ctx, kg.MatrixQuery{Level: kg.County, Within: "region:q"})
	}},
	{"stats", func(ctx context.Context, s kg.Store) (any, error) {
		return s.Stats(ctx, 10)
	}},
	{"entities of a type", func(ctx context.Context, s kg.Store) (any, error) {
		return s.Entities(ctx, kg.EntityFilter{Types: []kg.EntityType{kg.Province}, Page: kg.Page{First: 1}})
	}},
	{"relations of a type", func(ctx context.Context, s kg.Store) (any, error) {
		return s.Relations(ctx, kg.RelationFilter{Types: []kg.RelationType{kg.DocksWith}, Page: kg.Page{First: 5}})
	}},
}

// BenchmarkBounded runs boundedQueries on hubGraph at two sizes, ten times
// apart: the time per query should be the same at both.
//
//	go test ./inmem -run '^$' -bench Bounded -benchmem
func BenchmarkBounded(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{100_000, 1_000_000} {
		s := New()
		if _, err := s.Load(ctx, hubGraph(n)); err != nil {
			b.Fatal(err)
		}
		for _, q := range boundedQueries {
			b.Run(fmt.Sprintf("%s/background=%d", q.name, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := q.run(ctx, s); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// TestBoundedSameAnswer checks what BenchmarkBounded relies on: every
// bounded query gives the same answer on hubGraph whatever its
// background, but for the degrees of P and H.
func TestBoundedSameAnswer(t *testing.T) {
	ctx := context.Background()
	var want []string
	for _, n := range []int{1000, 5000} {
		s := New()
		if _, err := s.Load(ctx, hubGraph(n)); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, q := range boundedQueries {
			res, err := q.run(ctx, s)
			if err != nil {
				t.Fatalf("%s: %v", q.name, err)
			}
			got = append(got, q.name+": "+answerIDs(res))
		}
		if want == nil {
			want = got
			continue
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("background %d: %s\nwant %s", n, got[i], want[i])
			}
		}
	}
}

// answerIDs is the ids in a query's answer, with the entities' degrees left
// out (P's and H's grow with the background).
func answerIDs(res any) string {
	sg := func(sg kg.Subgraph) string { return fmt.Sprint(ids(&sg), sg.Truncated) }
	switch r := res.(type) {
	case *kg.Subgraph:
		return sg(*r)
	case *kg.Dependencies:
		return sg(r.DependsOn) + " " + sg(r.Dependents)
	case []kg.Path:
		out := ""
		for _, p := range r {
			out += fmt.Sprint(ids(&kg.Subgraph{Nodes: p.Nodes, Edges: p.Edges}))
		}
		return out
	case *kg.Cooperation:
		return sg(r.Subgraph) + fmt.Sprint(len(r.CoBuilt))
	case *kg.Matrix:
		out := fmt.Sprint(len(r.Units), r.Truncated)
		for _, c := range r.Cells {
			out += fmt.Sprintf(" %s-%s:%d", c.A, c.B, c.Relations)
		}
		return out
	case *kg.EntityPage:
		out := fmt.Sprint(r.Total, r.HasNext)
		for _, e := range r.Entities {
			out += " " + e.ID
		}
		return out
	case *kg.RelationPage:
		out := fmt.Sprint(r.Total, r.HasNext)
		for _, e := range r.Relations {
			out += " " + e.ID
		}
		return out
	case *kg.Stats:
		// P, H, then core counties: the background is lighter.
		out := ""
		for _, d := range r.MostConnected {
			out += " " + d.Entity.ID
		}
		return out
	}
	return fmt.Sprintf("%T", res)
}
