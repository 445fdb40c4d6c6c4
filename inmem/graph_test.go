package inmem

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cnplan/kg"
)

// naiveNeighbourhood is the contract of Neighbourhood written the plain
// way: each layer found whole, sorted by (-degree, id) and cut; then every
// edge of every node scanned. nextLayer and inducedEdges must agree with it.
func naiveNeighbourhood(st *state, q *hoodQuery) (nodes, edges []int32, truncated bool) {
	seen := map[int32]bool{}
	for _, s := range q.seeds {
		if !seen[s] {
			seen[s] = true
			nodes = append(nodes, s)
		}
	}
	frontier := slices.Clone(nodes)
	for d := 0; d < q.hops && len(frontier) > 0 && !truncated; d++ {
		var next []int32
		for _, u := range frontier {
			for _, h := range st.adj[u] {
				if seen[h.other] || (q.dir == kg.Out && !h.out) || (q.dir == kg.In && h.out) ||
					(q.ents != 0 && q.ents&(1<<st.entType[h.other]) == 0) || !st.edgeOK(q, h) {
					continue
				}
				seen[h.other] = true
				next = append(next, h.other)
			}
		}
		slices.SortFunc(next, func(a, b int32) int {
			return cmp.Or(cmp.Compare(len(st.adj[b]), len(st.adj[a])), cmp.Compare(a, b))
		})
		if room := q.maxNodes - len(nodes); len(next) > room {
			next, truncated = next[:room], true
		}
		nodes = append(nodes, next...)
		frontier = next
	}
	in := map[int32]bool{}
	for _, n := range nodes {
		in[n] = true
	}
	for _, u := range nodes {
		for _, h := range st.adj[u] {
			if h.out && in[h.other] && st.edgeOK(q, h) {
				edges = append(edges, h.rel)
			}
		}
	}
	return nodes, edges, truncated
}

// TestNeighbourhoodAgainstNaive compares neighbourhood with the naive
// version on random graphs with hubs, self-loops and parallel edges, under
// random limits, directions, types and document filters.
func TestNeighbourhoodAgainstNaive(t *testing.T) {
	ctx := context.Background()
	rts := kg.RelationTypes()
	for seed := range uint64(30) {
		rng := rand.New(rand.NewPCG(seed, 11))
		g := synthetic(200 + rng.IntN(800))
		// A few hubs with many more edges, so that layers are cut and the
		// induced edges take the binary-search path.
		for h := range 3 {
			hub := g.Entities[rng.IntN(len(g.Entities))].ID
			for k := range 150 {
				other := g.Entities[rng.IntN(len(g.Entities))].ID
				from, to := hub, other
				if k%2 == 1 {
					from, to = other, hub
				}
				typ := []kg.RelationType{kg.CoBuilds, kg.DocksWith, kg.LinksWith}[(h+k)%3]
				r := kg.Relation{ID: kg.RelationID(typ, from, to), Type: typ, From: from, To: to,
					Evidence: []kg.Evidence{{Document: g.Documents[0].ID, Sentence: k, Start: 0, End: 2, Trigger: "对接", Text: "句子。"}}}
				if !slices.ContainsFunc(g.Relations, func(x kg.Relation) bool { return x.ID == r.ID }) {
					g.Relations = append(g.Relations, r)
				}
			}
		}
		s := New()
		if _, err := s.Load(ctx, g); err != nil {
			t.Fatal(err)
		}
		st := s.st
		for n := range 40 {
			q := &hoodQuery{hops: 1 + rng.IntN(3), rels: allRelations(), dir: []kg.Direction{kg.Both, kg.Out, kg.In}[rng.IntN(3)],
				maxNodes: []int{1, 2, 5, 20, 100, 1000}[rng.IntN(6)]}
			for range 1 + rng.IntN(min(3, q.maxNodes)) {
				q.seeds = append(q.seeds, int32(rng.IntN(len(st.ents))))
			}
			q.seeds = slices.Compact(q.seeds)
			if rng.IntN(3) == 0 {
				q.rels = 0
				for range 3 {
					q.rels |= 1 << rng.IntN(len(rts))
				}
			}
			if rng.IntN(4) == 0 {
				q.ents = 1<<entTypeIndex(kg.Project) | 1<<entTypeIndex(kg.Park) | 1<<entTypeIndex(kg.Province)
			}
			if rng.IntN(4) == 0 {
				q.docs = docSet{"doc:none": true} // filters every edge out
			}
			wantNodes, wantEdges, wantTrunc := naiveNeighbourhood(st, q)
			got, err := st.neighbourhood(ctx, "test", q)
			if err != nil {
				t.Fatal(err)
			}
			want := st.subgraph(wantNodes, wantEdges, wantTrunc, q.docs)
			if a, b := fmt.Sprint(ids(got)), fmt.Sprint(ids(want)); a != b || got.Truncated != want.Truncated {
				t.Fatalf("graph %d query %d %+v:\ngot  %s truncated %v\nwant %s truncated %v", seed, n, *q, a, got.Truncated, b, want.Truncated)
			}
		}
	}
}

// ids lists a subgraph's node and edge ids.
func ids(sg *kg.Subgraph) []string {
	var out []string
	for _, n := range sg.Nodes {
		out = append(out, n.ID)
	}
	out = append(out, "|")
	for _, e := range sg.Edges {
		out = append(out, e.ID)
	}
	return out
}
