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

// neighbourhood runs a validated query: breadth-first by layers, keeping
// the first maxNodes nodes in (distance, -degree, id) order; then the
// induced edges. Its work is bounded by the answer, not by the graph: each
// layer is read from the adjacency lists, which are sorted in that order,
// by merging them and stopping at the first node past the limit, so a hub
// of a million neighbours costs what the neighbours kept cost.
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
		next, more, err := st.nextLayer(ctx, op, q, frontier, seen, q.maxNodes-len(nodes), &steps)
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, next...)
		frontier, truncated = next, more
	}
	edges, err := st.inducedEdges(ctx, op, q, nodes, &steps)
	if err != nil {
		return nil, err
	}
	return st.subgraph(nodes, edges, truncated, q.docs), nil
}

// before reports whether entity a comes before entity b in the order of
// the adjacency lists and of a neighbourhood's layers: degree descending
// (the length of the adjacency list, a self-loop counting once, as in
// Stats), then id.
func (st *state) before(a, b int32) int {
	return cmp.Or(cmp.Compare(len(st.adj[b]), len(st.adj[a])), cmp.Compare(a, b))
}

// cursor walks one part (out- or in-halves) of a frontier node's
// adjacency list during nextLayer.
type cursor struct {
	u      int32 // the frontier node
	k, end int   // the next index in st.adj[u], and the end of the part
}

// nextLayer returns the first room nodes, in (-degree, id) order, that are
// not seen and are one edge passing q's filters away from frontier, marks
// them seen, and reports whether there were more. It merges the parts of
// the frontier's adjacency lists that q's direction follows (each in that
// order already) with a heap of cursors, so it reads the halves up to the
// first node past room and no further.
func (st *state) nextLayer(ctx context.Context, op string, q *hoodQuery, frontier []int32, seen map[int32]bool, room int, steps *int) ([]int32, bool, error) {
	h := make([]cursor, 0, len(frontier))
	for _, u := range frontier {
		n, o := len(st.adj[u]), int(st.nOut[u])
		if q.dir != kg.In && o > 0 {
			h = append(h, cursor{u: u, end: o})
		}
		if q.dir != kg.Out && o < n {
			h = append(h, cursor{u: u, k: o, end: n})
		}
	}
	less := func(i, j int) bool {
		return st.before(st.adj[h[i].u][h[i].k].other, st.adj[h[j].u][h[j].k].other) < 0
	}
	down := func(i int) {
		for {
			c := 2*i + 1
			if c >= len(h) {
				return
			}
			if c+1 < len(h) && less(c+1, c) {
				c++
			}
			if !less(c, i) {
				return
			}
			h[i], h[c] = h[c], h[i]
			i = c
		}
	}
	for i := len(h)/2 - 1; i >= 0; i-- {
		down(i)
	}
	var next []int32
	for len(h) > 0 {
		if *steps++; *steps%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, false, ctxError(op, err)
			}
		}
		c := &h[0]
		e := st.adj[c.u][c.k]
		if c.k++; c.k == c.end {
			h[0] = h[len(h)-1]
			h = h[:len(h)-1]
		}
		down(0)
		if seen[e.other] {
			continue
		}
		if q.ents != 0 && q.ents&(1<<st.entType[e.other]) == 0 {
			continue
		}
		if !st.edgeOK(q, e) {
			continue
		}
		if len(next) == room {
			return next, true, nil
		}
		seen[e.other] = true
		next = append(next, e.other)
	}
	return next, false, nil
}

// inducedEdges returns the relations passing q's edge filters with both
// ends among nodes, each found from its source end. A node with many more
// out-halves than there are nodes (a hub) is not scanned: each node is
// looked up among its out-halves by binary search, as they are sorted by
// (-degree, id) of the other end.
func (st *state) inducedEdges(ctx context.Context, op string, q *hoodQuery, nodes []int32, steps *int) ([]int32, error) {
	in := make(map[int32]bool, len(nodes))
	for _, n := range nodes {
		in[n] = true
	}
	var edges []int32
	for _, u := range nodes {
		if *steps++; *steps%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, ctxError(op, err)
			}
		}
		out := st.adj[u][:st.nOut[u]]
		if len(out) <= 8*len(nodes) {
			for _, h := range out {
				if in[h.other] && st.edgeOK(q, h) {
					edges = append(edges, h.rel)
				}
			}
			continue
		}
		for _, v := range nodes {
			k, _ := slices.BinarySearchFunc(out, v, func(h half, v int32) int { return st.before(h.other, v) })
			for ; k < len(out) && out[k].other == v; k++ {
				if st.edgeOK(q, out[k]) {
					edges = append(edges, out[k].rel)
				}
			}
		}
	}
	return edges, nil
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

	// Breadth-first search from both ends, one layer at a time on the side
	// whose frontier has fewer halves to read, until a layer reaches the
	// other side: the cost is that of the two smaller balls, so a path
	// through a hub does not read the hub's million neighbours unless it
	// has to. (Every path of length at most lf+lb has a node within lf of
	// from and lb of to; so when the first meeting happens in a layer, the
	// distance is lf+lb with the new layer counted.)
	steps := 0
	tick := func() error {
		if steps++; steps%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return ctxError(op, err)
			}
		}
		return nil
	}
	type side struct {
		dist   map[int32]int32
		layers [][]int32
	}
	// Room for a few layers of a typical ball: on the peer benchmark's
	// graph 9.4-9.9 us of CPU and 5.9 KB per path with 64 entries, against
	// 15-15.5 us and 7.4 KB growing from empty (16: 13 us, 128: 10 us but
	// 8.0 KB).
	newSide := func(end int32) *side {
		s := &side{dist: make(map[int32]int32, 64), layers: [][]int32{{end}}}
		s.dist[end] = 0
		return s
	}
	fwd, bwd := newSide(from), newSide(to)
	reads := func(s *side) int {
		n := 0
		for _, u := range s.layers[len(s.layers)-1] {
			n += len(st.adj[u])
		}
		return n
	}
	var meet []int32
	for len(meet) == 0 && len(fwd.layers)+len(bwd.layers)-2 < maxHops {
		s, other := fwd, bwd
		if reads(bwd) < reads(fwd) {
			s, other = bwd, fwd
		}
		d := int32(len(s.layers))
		var next []int32
		for _, u := range s.layers[d-1] {
			for _, h := range st.adj[u] {
				if err := tick(); err != nil {
					return nil, err
				}
				if mask&(1<<h.typ) == 0 {
					continue
				}
				if _, ok := s.dist[h.other]; ok {
					continue
				}
				s.dist[h.other] = d
				next = append(next, h.other)
				if _, ok := other.dist[h.other]; ok {
					meet = append(meet, h.other)
				}
			}
		}
		if len(next) == 0 {
			return []kg.Path{}, nil
		}
		s.layers = append(s.layers, next)
	}
	if len(meet) == 0 {
		return []kg.Path{}, nil
	}
	lf, lb := len(fwd.layers)-1, len(bwd.layers)-1

	// The nodes on some shortest path by position (0 is from, lf+lb is
	// to): the meeting nodes at lf, then walking back towards each end
	// through the layers of its side.
	byPos := make([][]int32, lf+lb+1)
	pos := map[int32]int{}
	slices.Sort(meet)
	meet = slices.Compact(meet)
	for _, v := range meet {
		pos[v] = lf
	}
	byPos[lf] = meet
	for _, w := range []struct {
		s   *side
		pos func(k int) int // the position of the side's layer k
	}{{fwd, func(k int) int { return k }}, {bwd, func(k int) int { return lf + lb - k }}} {
		cur := meet
		for k := len(w.s.layers) - 1; k > 0 && len(cur) > 0; k-- {
			var prev []int32
			for _, v := range cur {
				err := st.halvesAmong(v, w.s.layers[k-1], func(x int32) bool { d, ok := w.s.dist[x]; return ok && d == int32(k-1) }, mask, tick, func(h half) {
					if _, ok := pos[h.other]; !ok {
						pos[h.other] = w.pos(k - 1)
						prev = append(prev, h.other)
					}
				})
				if err != nil {
					return nil, err
				}
			}
			byPos[w.pos(k-1)] = prev
			cur = prev
		}
	}

	// Enumerate forward in step order, (other id, relation id) at each
	// step, reading at each node only the halves to the next position.
	paths := []kg.Path{}
	var nodes, edges []int32
	nodes = append(nodes, from)
	var walk func(u int32) (bool, error)
	walk = func(u int32) (bool, error) {
		if u == to {
			p := kg.Path{Nodes: make([]*kg.Entity, len(nodes)), Edges: make([]*kg.Relation, len(edges))}
			for k, n := range nodes {
				p.Nodes[k] = st.ent(n)
			}
			for k, e := range edges {
				p.Edges[k] = st.rel(e, nil)
			}
			paths = append(paths, p)
			return len(paths) < maxPaths, nil
		}
		pu := pos[u]
		var next []half
		err := st.halvesAmong(u, byPos[pu+1], func(x int32) bool { p, ok := pos[x]; return ok && p == pu+1 }, mask, tick,
			func(h half) { next = append(next, h) })
		if err != nil {
			return false, err
		}
		slices.SortFunc(next, func(x, y half) int { return cmp.Or(cmp.Compare(x.other, y.other), cmp.Compare(x.rel, y.rel)) })
		for _, h := range next {
			nodes, edges = append(nodes, h.other), append(edges, h.rel)
			more, err := walk(h.other)
			nodes, edges = nodes[:len(nodes)-1], edges[:len(edges)-1]
			if !more || err != nil {
				return false, err
			}
		}
		return true, nil
	}
	if _, err := walk(from); err != nil {
		return nil, err
	}
	return paths, nil
}

// halvesAmong calls fn with every half of u's adjacency list whose type
// passes mask and whose other end is among set (member tells membership).
// It scans u's list when that is short next to set, and otherwise looks
// each member up in it by binary search (both parts are sorted by the
// other end's degree and id), so that a hub costs what set costs.
func (st *state) halvesAmong(u int32, set []int32, member func(int32) bool, mask uint32, tick func() error, fn func(half)) error {
	a := st.adj[u]
	if len(a) <= 8*len(set) {
		for _, h := range a {
			if err := tick(); err != nil {
				return err
			}
			if mask&(1<<h.typ) != 0 && member(h.other) {
				fn(h)
			}
		}
		return nil
	}
	for _, part := range [][]half{a[:st.nOut[u]], a[st.nOut[u]:]} {
		for _, v := range set {
			if err := tick(); err != nil {
				return err
			}
			k, _ := slices.BinarySearchFunc(part, v, func(h half, v int32) int { return st.before(h.other, v) })
			for ; k < len(part) && part[k].other == v; k++ {
				if mask&(1<<part[k].typ) != 0 {
					fn(part[k])
				}
			}
		}
	}
	return nil
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
