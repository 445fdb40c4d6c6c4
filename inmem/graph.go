package inmem

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/cnplan/kg"
)

// hoodQuery is a validated neighbourhood query.
type hoodQuery struct {
	seeds    []int32
	hops     int
	rels     uint32 // relation type mask
	ents     uint32 // entity type mask, 0 for all
	dir      kg.Direction
	docs     docSet // nil: every document
	maxNodes int
}

// edgeOK reports whether relation i passes the query's edge filters.
func (st *state) edgeOK(q *hoodQuery, h half) bool {
	if q.rels&(1<<h.typ) == 0 {
		return false
	}
	return st.hasEvidenceIn(h.rel, q.docs)
}

// neighbourhood runs a validated query: breadth-first by layers, each layer
// ordered by degree (descending) then id, keeping the first maxNodes nodes
// in (distance, -degree, id) order; then the induced edges.
func (st *state) neighbourhood(ctx context.Context, op string, q *hoodQuery) (*kg.Subgraph, error) {
	seen := make(map[int32]bool, len(q.seeds))
	var nodes []int32
	for _, s := range q.seeds {
		if !seen[s] {
			seen[s] = true
			nodes = append(nodes, s)
		}
	}
	frontier := slices.Clone(nodes)
	truncated := false
	steps := 0
	for d := 0; d < q.hops && len(frontier) > 0 && !truncated; d++ {
		var next []int32
		for _, u := range frontier {
			for _, h := range st.adj[u] {
				if steps++; steps%checkEvery == 0 {
					if err := ctx.Err(); err != nil {
						return nil, ctxError(op, err)
					}
				}
				if seen[h.other] || (q.dir == kg.Out && !h.out) || (q.dir == kg.In && h.out) {
					continue
				}
				if q.ents != 0 && q.ents&(1<<st.entType[h.other]) == 0 {
					continue
				}
				if !st.edgeOK(q, h) {
					continue
				}
				seen[h.other] = true
				next = append(next, h.other)
			}
		}
		// Heavier nodes first: the degree is the length of the adjacency
		// list (a self-loop counts once), as in Stats.
		slices.SortFunc(next, func(a, b int32) int {
			return cmp.Or(cmp.Compare(len(st.adj[b]), len(st.adj[a])), cmp.Compare(a, b))
		})
		if room := q.maxNodes - len(nodes); len(next) > room {
			next, truncated = next[:room], true
		}
		nodes = append(nodes, next...)
		frontier = next
	}
	in := make(map[int32]bool, len(nodes))
	for _, n := range nodes {
		in[n] = true
	}
	var edges []int32
	for _, u := range nodes {
		for _, h := range st.adj[u] {
			if h.out && in[h.other] && st.edgeOK(q, h) {
				edges = append(edges, h.rel)
			}
		}
	}
	return st.subgraph(nodes, edges, truncated, q.docs), nil
}

// subgraph copies the given nodes and edges into a Subgraph in id order,
// the edges with their evidence from docs only.
func (st *state) subgraph(nodes, edges []int32, truncated bool, docs docSet) *kg.Subgraph {
	nodes = slices.Clone(nodes)
	slices.Sort(nodes)
	nodes = slices.Compact(nodes)
	edges = slices.Clone(edges)
	slices.Sort(edges)
	edges = slices.Compact(edges)
	sg := &kg.Subgraph{Nodes: make([]*kg.Entity, len(nodes)), Edges: make([]*kg.Relation, len(edges)), Truncated: truncated}
	for k, n := range nodes {
		sg.Nodes[k] = st.ent(n)
	}
	for k, e := range edges {
		sg.Edges[k] = st.rel(e, docs)
	}
	return sg
}

// Neighbourhood returns the subgraph within q.Hops of q.Seeds.
func (s *Store) Neighbourhood(ctx context.Context, q kg.NeighbourhoodQuery) (*kg.Subgraph, error) {
	const op = "neighbourhood"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	hq := &hoodQuery{dir: q.Direction}
	if len(q.Seeds) == 0 {
		return nil, invalid(op, "no seeds")
	}
	if hq.hops, err = depthLimit(op, "hops", q.Hops, kg.DefaultHops, kg.CapHops); err != nil {
		return nil, err
	}
	if hq.maxNodes, err = countLimit(op, "maxNodes", q.MaxNodes, kg.DefaultMaxNodes, kg.CapMaxNodes); err != nil {
		return nil, err
	}
	switch hq.dir {
	case "":
		hq.dir = kg.Both
	case kg.Out, kg.In, kg.Both:
	default:
		return nil, invalid(op, "unknown direction %q", q.Direction)
	}
	if hq.rels, err = relationMask(op, q.RelationTypes, allRelations()); err != nil {
		return nil, err
	}
	if hq.ents, err = entityMask(op, q.EntityTypes); err != nil {
		return nil, err
	}
	if hq.docs, err = st.docFilter(op, q.Document, q.Time); err != nil {
		return nil, err
	}
	seen := map[int32]bool{}
	for _, id := range q.Seeds {
		i, err := st.entity(op, "seed", id)
		if err != nil {
			return nil, err
		}
		if !seen[i] {
			seen[i] = true
			hq.seeds = append(hq.seeds, i)
		}
	}
	if len(hq.seeds) > hq.maxNodes {
		return nil, invalid(op, "%d seeds but maxNodes is %d", len(hq.seeds), hq.maxNodes)
	}
	return st.neighbourhood(ctx, op, hq)
}

// ShortestPaths returns the shortest path from q.From to q.To, or the first
// q.MaxPaths shortest paths when q.All is set, following edges either way.
func (s *Store) ShortestPaths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	const op = "shortest paths"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	from, err := st.entity(op, "from", q.From)
	if err != nil {
		return nil, err
	}
	to, err := st.entity(op, "to", q.To)
	if err != nil {
		return nil, err
	}
	maxHops, err := depthLimit(op, "maxHops", q.MaxHops, kg.DefaultPathHops, kg.CapPathHops)
	if err != nil {
		return nil, err
	}
	maxPaths, err := countLimit(op, "maxPaths", q.MaxPaths, kg.DefaultMaxPaths, kg.CapMaxPaths)
	if err != nil {
		return nil, err
	}
	if !q.All {
		maxPaths = 1
	}
	mask, err := relationMask(op, q.RelationTypes, allRelations())
	if err != nil {
		return nil, err
	}
	if from == to {
		return []kg.Path{{Nodes: []*kg.Entity{st.ent(from)}, Edges: []*kg.Relation{}}}, nil
	}

	// Forward BFS until the layer that reaches to.
	// dist[i] is the distance from from plus one; 0 for unseen.
	dist := make([]int32, len(st.ents))
	dist[from] = 1
	frontier := []int32{from}
	found := false
	steps := 0
	for d := 1; d <= maxHops && len(frontier) > 0 && !found; d++ {
		var next []int32
		for _, u := range frontier {
			for _, h := range st.adj[u] {
				if steps++; steps%checkEvery == 0 {
					if err := ctx.Err(); err != nil {
						return nil, ctxError(op, err)
					}
				}
				if mask&(1<<h.typ) == 0 {
					continue
				}
				if dist[h.other] != 0 {
					continue
				}
				dist[h.other] = int32(d) + 1
				next = append(next, h.other)
				if h.other == to {
					found = true
				}
			}
		}
		frontier = next
	}
	if !found {
		return []kg.Path{}, nil
	}

	// Mark the nodes on some shortest path, walking back from to.
	onPath := make([]bool, len(st.ents))
	onPath[to] = true
	back := []int32{to}
	for len(back) > 0 {
		v := back[0]
		back = back[1:]
		dv := dist[v]
		if dv <= 1 {
			continue // from itself
		}
		for _, h := range st.adj[v] {
			if mask&(1<<h.typ) == 0 || onPath[h.other] {
				continue
			}
			if dist[h.other] == dv-1 {
				onPath[h.other] = true
				back = append(back, h.other)
			}
		}
	}

	// Enumerate forward in step order: adjacency lists are sorted by
	// (other id, relation id).
	paths := []kg.Path{}
	var nodes, edges []int32
	nodes = append(nodes, from)
	var walk func(u int32) bool
	walk = func(u int32) bool {
		if u == to {
			p := kg.Path{Nodes: make([]*kg.Entity, len(nodes)), Edges: make([]*kg.Relation, len(edges))}
			for k, n := range nodes {
				p.Nodes[k] = st.ent(n)
			}
			for k, e := range edges {
				p.Edges[k] = st.rel(e, nil)
			}
			paths = append(paths, p)
			return len(paths) < maxPaths
		}
		du := dist[u]
		for _, h := range st.adj[u] {
			if mask&(1<<h.typ) == 0 || !onPath[h.other] || dist[h.other] != du+1 {
				continue
			}
			nodes, edges = append(nodes, h.other), append(edges, h.rel)
			more := walk(h.other)
			nodes, edges = nodes[:len(nodes)-1], edges[:len(edges)-1]
			if !more {
				return false
			}
		}
		return true
	}
	walk(from)
	return paths, nil
}

// defaultCooperationMask is every relation type but PART_OF and LOCATED_IN.
func defaultCooperationMask() uint32 { return maskOf(kg.DefaultCooperationTypes()...) }

// Cooperation returns the relations linking A's side with B's side and the
// things both sides co-build.
func (s *Store) Cooperation(ctx context.Context, q kg.CooperationQuery) (*kg.Cooperation, error) {
	const op = "cooperation"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	a, err := st.entity(op, "a", q.A)
	if err != nil {
		return nil, err
	}
	b, err := st.entity(op, "b", q.B)
	if err != nil {
		return nil, err
	}
	if a == b {
		return nil, invalid(op, "a and b are both %s", q.A)
	}
	maxEdges, err := countLimit(op, "maxEdges", q.MaxEdges, kg.DefaultMaxEdges, kg.CapMaxEdges)
	if err != nil {
		return nil, err
	}
	mask, err := relationMask(op, q.RelationTypes, defaultCooperationMask())
	if err != nil {
		return nil, err
	}
	sideA, err := st.within(ctx, op, a)
	if err != nil {
		return nil, err
	}
	sideB, err := st.within(ctx, op, b)
	if err != nil {
		return nil, err
	}
	if err := kg.NestedSides(q.A, q.B, sideA[b], sideB[a]); err != nil {
		return nil, fmt.Errorf("inmem: %s: %w", op, err)
	}

	// Linking edges: every edge touching A whose other end is in B.
	var links []int32
	for u := range sideA {
		for _, h := range st.adj[u] {
			if mask&(1<<h.typ) != 0 && sideB[h.other] {
				links = append(links, h.rel)
			}
		}
	}
	slices.Sort(links)
	links = slices.Compact(links)
	truncated := false
	if len(links) > maxEdges {
		links, truncated = links[:maxEdges], true
	}
	var nodes []int32
	for _, r := range links {
		nodes = append(nodes, st.relFrom[r], st.relTo[r])
	}
	out := &kg.Cooperation{A: st.ent(a), B: st.ent(b), CoBuilt: []kg.CoBuilt{}}

	// Things co-built by both sides.
	if cb := maskOf(kg.CoBuilds); mask&cb != 0 {
		things := map[int32]bool{}
		for _, side := range []map[int32]bool{sideA, sideB} {
			for u := range side {
				for _, h := range st.adj[u] {
					if h.out && h.typ == relTypeIndex(kg.CoBuilds) {
						things[h.other] = true
					}
				}
			}
		}
		ids := slices.Sorted(maps.Keys(things))
		for _, t := range ids {
			var builders []int32
			fromA, fromB := false, false
			for _, h := range st.adj[t] {
				if h.out || h.typ != relTypeIndex(kg.CoBuilds) {
					continue
				}
				inA, inB := sideA[h.other], sideB[h.other]
				fromA, fromB = fromA || inA, fromB || inB
				if inA || inB {
					builders = append(builders, h.rel)
				}
			}
			if !fromA || !fromB {
				continue
			}
			if len(out.CoBuilt) == maxEdges {
				truncated = true
				break
			}
			slices.Sort(builders)
			c := kg.CoBuilt{Thing: st.ent(t), Builders: make([]*kg.Relation, len(builders))}
			for k, r := range builders {
				c.Builders[k] = st.rel(r, nil)
			}
			out.CoBuilt = append(out.CoBuilt, c)
		}
	}
	out.Subgraph = *st.subgraph(nodes, links, truncated, nil)
	return out, nil
}

// Dependencies returns what q.ID depends on (out-edges) and what depends on
// it (in-edges), each as a neighbourhood of depth q.Depth.
func (s *Store) Dependencies(ctx context.Context, q kg.DependencyQuery) (*kg.Dependencies, error) {
	const op = "dependencies"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	root, err := st.entity(op, "id", q.ID)
	if err != nil {
		return nil, err
	}
	depth, err := depthLimit(op, "depth", q.Depth, kg.DefaultDepth, kg.CapDepth)
	if err != nil {
		return nil, err
	}
	maxNodes, err := countLimit(op, "maxNodes", q.MaxNodes, kg.DefaultMaxNodes, kg.CapMaxNodes)
	if err != nil {
		return nil, err
	}
	if err := kg.CheckDependencyTypes(q.RelationTypes); err != nil {
		return nil, fmt.Errorf("inmem: %s: %w", op, err)
	}
	mask, err := relationMask(op, q.RelationTypes, maskOf(kg.DefaultDependencyTypes()...))
	if err != nil {
		return nil, err
	}
	out := &kg.Dependencies{Root: st.ent(root)}
	for _, side := range []struct {
		dir kg.Direction
		sg  *kg.Subgraph
	}{{kg.Out, &out.DependsOn}, {kg.In, &out.Dependents}} {
		sg, err := st.neighbourhood(ctx, op, &hoodQuery{seeds: []int32{root}, hops: depth, rels: mask, dir: side.dir, maxNodes: maxNodes})
		if err != nil {
			return nil, err
		}
		*side.sg = *sg
	}
	return out, nil
}
