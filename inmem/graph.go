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

	ps := s.searches.Get().(*pathSearch)
	defer s.putSearch(ps)
	ps.reset(ctx, st, mask)
	if err := ps.search(from, to, maxHops); err != nil || ps.length < 0 {
		return []kg.Path{}, err
	}
	if err := ps.backtrack(); err != nil {
		return nil, err
	}
	paths := []kg.Path{}
	ps.nodes = append(ps.nodes, from)
	if _, err := ps.walk(from, to, maxPaths, &paths); err != nil {
		return nil, err
	}
	return paths, nil
}

// pathSearch is the working memory of one ShortestPaths call. The Store
// keeps used ones in a pool, their table and slices emptied but not freed,
// so that a search allocates little more than its answer: on the peer
// benchmark's graph (BenchmarkPeerShortestPath) a search took 9-12 us and
// allocated 5.9 KB in 51 pieces when each made its own maps and slices,
// 5.5-7 us and 1.3 KB in 12 with pooled Go maps, 4-5 us with nodeMarks.
type pathSearch struct {
	ctx   context.Context
	st    *state
	mask  uint32
	steps int

	// marks holds what the search knows of each node it reached.
	marks nodeMarks
	// side[0] searches from the path's start, side[1] from its end.
	side [2]pathSide
	// meet holds the nodes where the two searches met; length is the
	// length of the shortest paths once found, -1 when there is none.
	meet   []int32
	length int

	// byPos holds the nodes on some shortest path by position (0: the
	// start, length: the end).
	byPos [][]int32

	// nodes and edges are the path walk is on; next holds, for every
	// node of it, the halves to the next position still to follow.
	nodes, edges []int32
	next         []half
}

// pathSide is the breadth-first search from one end of a path.
type pathSide struct {
	// order holds the nodes reached, layer after layer; layer k is
	// order[starts[k]:starts[k+1]].
	order  []int32
	starts []int
}

// nodeMarks is what a path search knows of the nodes it reached: an
// open-addressing hash table from entity index to nodeMark, sized by the
// search, not by the graph, and emptied for the next search without being
// freed. It replaced three pooled Go maps (one per side and one for
// positions), whose lookups were half of a search's time.
type nodeMarks struct {
	keys []int32 // entity index + 1; 0: an empty slot
	vals []nodeMark
	n    int // keys in use
}

// nodeMark is a node's distance from each end of the path (-1: not
// reached from that end) and its position on a shortest path (-1: none).
// Distances and positions are at most kg.CapPathHops.
type nodeMark struct {
	dist [2]int8
	pos  int8
}

var noMark = nodeMark{dist: [2]int8{-1, -1}, pos: -1}

// reset empties t.
func (t *nodeMarks) reset() {
	clear(t.keys)
	t.n = 0
}

// slot returns the slot of key k+1 in t, or the empty slot where it
// would go; len(t.keys) is a power of two and never full.
func (t *nodeMarks) slot(k int32) int {
	mask := len(t.keys) - 1
	i := int(uint32(k)*0x9E3779B1) & mask // Fibonacci hashing
	for t.keys[i] != 0 && t.keys[i] != k+1 {
		i = (i + 1) & mask
	}
	return i
}

// get returns the mark of node k, noMark when t has none.
func (t *nodeMarks) get(k int32) nodeMark {
	if len(t.keys) == 0 {
		return noMark
	}
	if i := t.slot(k); t.keys[i] != 0 {
		return t.vals[i]
	}
	return noMark
}

// at returns the mark of node k, adding noMark for it when t has none. The
// pointer is valid until the next call of at.
func (t *nodeMarks) at(k int32) *nodeMark {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	i := t.slot(k)
	if t.keys[i] == 0 {
		t.keys[i], t.vals[i] = k+1, noMark
		t.n++
	}
	return &t.vals[i]
}

// grow doubles t's slots (256 at first), keeping its marks.
func (t *nodeMarks) grow() {
	keys, vals := t.keys, t.vals
	n := max(256, 2*len(keys))
	t.keys, t.vals = make([]int32, n), make([]nodeMark, n)
	for i, k := range keys {
		if k != 0 {
			j := t.slot(k - 1)
			t.keys[j], t.vals[j] = k, vals[i]
		}
	}
}

// maxPooledSearch bounds the nodes a pooled pathSearch may have reached:
// one that reached more is dropped after use, so that a rare large search
// leaves no large table behind for every later one to clear.
const maxPooledSearch = 1 << 14

// putSearch returns ps to the store's pool unless it grew too large.
func (s *Store) putSearch(ps *pathSearch) {
	ps.ctx, ps.st = nil, nil
	if ps.marks.n > maxPooledSearch {
		return
	}
	s.searches.Put(ps)
}

func newPathSearch() any { return &pathSearch{} }

// reset empties ps for a search under ctx on st following the relation
// types of mask.
func (ps *pathSearch) reset(ctx context.Context, st *state, mask uint32) {
	ps.ctx, ps.st, ps.mask, ps.steps = ctx, st, mask, 0
	ps.marks.reset()
	for i := range ps.side {
		s := &ps.side[i]
		s.order, s.starts = s.order[:0], s.starts[:0]
	}
	ps.meet, ps.length = ps.meet[:0], -1
	ps.byPos = ps.byPos[:0]
	ps.nodes, ps.edges, ps.next = ps.nodes[:0], ps.edges[:0], ps.next[:0]
}

// tick counts one step of work and checks the context every checkEvery.
func (ps *pathSearch) tick() error {
	if ps.steps++; ps.steps%checkEvery == 0 {
		if err := ps.ctx.Err(); err != nil {
			return ctxError("shortest paths", err)
		}
	}
	return nil
}

// layers is the number of layers of s, the first (the end) counting.
func (s *pathSide) layers() int { return len(s.starts) - 1 }

// layer returns layer k of s.
func (s *pathSide) layer(k int) []int32 { return s.order[s.starts[k]:s.starts[k+1]] }

// reads is the number of halves the next layer of s would read.
func (s *pathSide) reads(st *state) int {
	n := 0
	for _, u := range s.layer(s.layers() - 1) {
		n += len(st.adj[u])
	}
	return n
}

// search runs the breadth-first search from both ends, one layer at a time
// on the side whose frontier has fewer halves to read, until a layer
// reaches the other side: the cost is that of the two smaller balls, so a
// path through a hub does not read the hub's million neighbours unless it
// has to. (Every path of length at most lf+lb has a node within lf of
// from and lb of to; so when the first meeting happens in a layer, the
// distance is lf+lb with the new layer counted.) It sets length and meet,
// or leaves length at -1 when no path of at most maxHops exists.
func (ps *pathSearch) search(from, to int32, maxHops int) error {
	st := ps.st
	for i, end := range [2]int32{from, to} {
		s := &ps.side[i]
		ps.marks.at(end).dist[i] = 0
		s.order = append(s.order, end)
		s.starts = append(s.starts, 0, 1)
	}
	fwd, bwd := &ps.side[0], &ps.side[1]
	for len(ps.meet) == 0 && fwd.layers()+bwd.layers()-2 < maxHops {
		w := 0
		if bwd.reads(st) < fwd.reads(st) {
			w = 1
		}
		s := &ps.side[w]
		d := s.layers()
		last := s.layer(d - 1)
		for _, u := range last {
			for _, h := range st.adj[u] {
				if err := ps.tick(); err != nil {
					return err
				}
				if ps.mask&(1<<h.typ) == 0 {
					continue
				}
				m := ps.marks.at(h.other)
				if m.dist[w] >= 0 {
					continue
				}
				m.dist[w] = int8(d)
				s.order = append(s.order, h.other)
				if m.dist[1-w] >= 0 {
					ps.meet = append(ps.meet, h.other)
				}
			}
		}
		if len(s.order) == s.starts[d] {
			return nil // the new layer is empty: no path
		}
		s.starts = append(s.starts, len(s.order))
	}
	if len(ps.meet) > 0 {
		ps.length = fwd.layers() + bwd.layers() - 2
	}
	return nil
}

// backtrack finds the nodes on some shortest path by position: the
// meeting nodes at lf (the forward search's depth), then walking back
// towards each end through the layers of its side.
func (ps *pathSearch) backtrack() error {
	lf := ps.side[0].layers() - 1
	// The lists of an earlier search stay within the capacity: reuse them.
	ps.byPos = slices.Grow(ps.byPos[:0], ps.length+1)[:ps.length+1]
	for i := range ps.byPos {
		ps.byPos[i] = ps.byPos[i][:0]
	}
	slices.Sort(ps.meet)
	ps.meet = slices.Compact(ps.meet)
	for _, v := range ps.meet {
		ps.marks.at(v).pos = int8(lf)
	}
	ps.byPos[lf] = append(ps.byPos[lf], ps.meet...)
	for w := range ps.side {
		s := &ps.side[w]
		// posOf is the position of the side's layer k.
		posOf := func(k int) int {
			if w == 0 {
				return k
			}
			return ps.length - k
		}
		cur := ps.byPos[lf]
		for k := s.layers() - 1; k > 0 && len(cur) > 0; k-- {
			p := posOf(k - 1)
			prev := ps.byPos[p]
			for _, v := range cur {
				start := len(ps.next)
				var err error
				ps.next, err = ps.halvesAmong(ps.next, v, s.layer(k-1), func(x int32) bool { return ps.marks.get(x).dist[w] == int8(k-1) })
				if err != nil {
					return err
				}
				for _, h := range ps.next[start:] {
					if m := ps.marks.at(h.other); m.pos < 0 {
						m.pos = int8(p)
						prev = append(prev, h.other)
					}
				}
				ps.next = ps.next[:start]
			}
			ps.byPos[p] = prev
			cur = prev
		}
	}
	return nil
}

// walk enumerates the shortest paths from u, the last of ps.nodes, to to,
// in step order, (other id, relation id) at each step, reading at each
// node only the halves to the next position, and appends them to paths
// until there are maxPaths. It reports whether to go on.
func (ps *pathSearch) walk(u, to int32, maxPaths int, paths *[]kg.Path) (bool, error) {
	st := ps.st
	if u == to {
		p := kg.Path{Nodes: make([]*kg.Entity, len(ps.nodes)), Edges: make([]*kg.Relation, len(ps.edges))}
		for k, n := range ps.nodes {
			p.Nodes[k] = st.ent(n)
		}
		for k, e := range ps.edges {
			p.Edges[k] = st.rel(e, nil)
		}
		*paths = append(*paths, p)
		return len(*paths) < maxPaths, nil
	}
	pu := int(ps.marks.get(u).pos)
	start := len(ps.next)
	var err error
	ps.next, err = ps.halvesAmong(ps.next, u, ps.byPos[pu+1], func(x int32) bool { return ps.marks.get(x).pos == int8(pu+1) })
	if err != nil {
		return false, err
	}
	end := len(ps.next)
	slices.SortFunc(ps.next[start:end], func(x, y half) int { return cmp.Or(cmp.Compare(x.other, y.other), cmp.Compare(x.rel, y.rel)) })
	for i := start; i < end; i++ {
		h := ps.next[i]
		ps.nodes, ps.edges = append(ps.nodes, h.other), append(ps.edges, h.rel)
		more, err := ps.walk(h.other, to, maxPaths, paths)
		ps.nodes, ps.edges = ps.nodes[:len(ps.nodes)-1], ps.edges[:len(ps.edges)-1]
		if !more || err != nil {
			return false, err
		}
	}
	ps.next = ps.next[:start]
	return true, nil
}

// halvesAmong appends to out every half of u's adjacency list whose type
// passes the search's mask and whose other end is among set (member tells
// membership). It scans u's list when that is short next to set, and
// otherwise looks each member up in it by binary search (both parts are
// sorted by the other end's degree and id), so that a hub costs what set
// costs.
func (ps *pathSearch) halvesAmong(out []half, u int32, set []int32, member func(int32) bool) ([]half, error) {
	st := ps.st
	a := st.adj[u]
	if len(a) <= 8*len(set) {
		for _, h := range a {
			if err := ps.tick(); err != nil {
				return out, err
			}
			if ps.mask&(1<<h.typ) != 0 && member(h.other) {
				out = append(out, h)
			}
		}
		return out, nil
	}
	for _, part := range [2][]half{a[:st.nOut[u]], a[st.nOut[u]:]} {
		for _, v := range set {
			if err := ps.tick(); err != nil {
				return out, err
			}
			k, _ := slices.BinarySearchFunc(part, v, func(h half, v int32) int { return st.before(h.other, v) })
			for ; k < len(part) && part[k].other == v; k++ {
				if ps.mask&(1<<part[k].typ) != 0 {
					out = append(out, part[k])
				}
			}
		}
	}
	return out, nil
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
