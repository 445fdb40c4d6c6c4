package neo4j

import (
	"cmp"
	"context"
	"slices"

	"github.com/cnplan/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// The deepest PART_OF chain followed for Within and Cooperation sides. Variable-length bounds are formatted into queries
// (Cypher takes no parameters there) only after hopBound has checked them.
const maxWithinDepth = 16

// maxPathsConsidered bounds the shortest paths read from Neo4j before they
// are ordered and cut to MaxPaths.
const maxPathsConsidered = 10000

// expansion is one edge found while expanding a frontier.
type expansion struct{ from, other string }

// expand returns the edges of the given types (and document, when set)
// from the frontier entities in direction dir, and the entity at the other
// end when its type is allowed.
func expand(ctx context.Context, tx neo4j.ManagedTransaction, frontier []string, alt string, dir kg.Direction,
	etypes []string, sel docSel) ([]expansion, error) {
	var pat string
	switch dir {
	case kg.Out:
		pat = "(a)-[r:" + alt + "]->(b:Entity)"
	case kg.In:
		pat = "(a)<-[r:" + alt + "]-(b:Entity)"
	default:
		pat = "(a)-[r:" + alt + "]-(b:Entity)"
	}
	q := "UNWIND $ids AS id MATCH (a:Entity {id: id}) MATCH " + pat + `
WHERE ` + docCond("r") + ` AND (size($types) = 0 OR b.type IN $types)
RETURN DISTINCT a.id AS a, b.id AS b ORDER BY a, b`
	recs, err := run(ctx, tx, q, sel.params(map[string]any{"ids": frontier, "types": etypes}))
	if err != nil {
		return nil, err
	}
	out := make([]expansion, len(recs))
	for i, r := range recs {
		out[i] = expansion{str(r, "a"), str(r, "b")}
	}
	return out, nil
}

// bfs collects the entities within hops of the seeds, breadth first. When
// more than maxNodes are reachable it keeps the first in (distance,
// -degree, id) order and reports truncation.
func bfs(ctx context.Context, tx neo4j.ManagedTransaction, seeds []string, hops int, alt string, dir kg.Direction,
	etypes []string, sel docSel, maxNodes int) ([]string, bool, error) {
	seen := map[string]bool{}
	var nodes []string
	for _, id := range seeds {
		if !seen[id] {
			seen[id] = true
			nodes = append(nodes, id)
		}
	}
	if len(nodes) > maxNodes {
		return nil, false, kg.Errorf(kg.EINVALID, "%d seeds are more than the %d nodes allowed", len(nodes), maxNodes)
	}
	frontier := slices.Sorted(slices.Values(nodes))
	for h := 0; h < hops && len(frontier) > 0; h++ {
		exps, err := expand(ctx, tx, frontier, alt, dir, etypes, sel)
		if err != nil {
			return nil, false, err
		}
		var next []string
		for _, x := range exps {
			if !seen[x.other] {
				seen[x.other] = true
				next = append(next, x.other)
			}
		}
		slices.Sort(next)
		if room := maxNodes - len(nodes); len(next) > room {
			if err := byDegree(ctx, tx, next); err != nil {
				return nil, false, err
			}
			return append(nodes, next[:room]...), true, nil
		}
		nodes = append(nodes, next...)
		frontier = next
	}
	return nodes, false, nil
}

// byDegree sorts ids (sorted by id) by degree descending, then id: the
// weight neighbourhood truncation keeps by. The degree counts every
// relation touching the entity once, as Stats does.
func byDegree(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	recs, err := run(ctx, tx, `UNWIND $ids AS id MATCH (e:Entity {id: id})
RETURN id, COUNT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT r } AS deg`, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	deg := make(map[string]int64, len(recs))
	for _, r := range recs {
		deg[str(r, "id")] = asInt(val(r, "deg"))
	}
	slices.SortStableFunc(ids, func(a, b string) int { return cmp.Compare(deg[b], deg[a]) })
	return nil
}

// edgesAmong returns the relations of the given types (and document) whose
// both ends are in ids, ordered by id.
func edgesAmong(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, alt string, sel docSel) ([]*kg.Relation, error) {
	q := "MATCH (a:Entity)-[r:" + alt + "]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND " + docCond("r") + " " +
		"RETURN " + relProjection("r") + " AS r ORDER BY r.id"
	if len(ids) < 2000 {
		// Start from the known nodes through the id index instead of scanning.
		q = "UNWIND $ids AS id MATCH (a:Entity {id: id})-[r:" + alt + "]->(b:Entity) WHERE b.id IN $ids AND " + docCond("r") + " " +
			"RETURN " + relProjection("r") + " AS r ORDER BY r.id"
	}
	recs, err := run(ctx, tx, q, sel.params(map[string]any{"ids": ids}))
	if err != nil {
		return nil, err
	}
	out := make([]*kg.Relation, 0, len(recs))
	for _, r := range recs {
		rel, err := decodeRelationIn(val(r, "r"), sel.set)
		if err != nil {
			return nil, err
		}
		out = append(out, rel)
	}
	return out, nil
}

// entitiesIn reads entities by id inside tx, in the order of ids.
func entitiesIn(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) ([]*kg.Entity, error) {
	recs, err := run(ctx, tx, "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN "+entityProjection("e")+" AS e",
		map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	m := make(map[string]*kg.Entity, len(recs))
	for _, r := range recs {
		e, err := decodeEntity(val(r, "e"))
		if err != nil {
			return nil, err
		}
		m[e.ID] = e
	}
	out := make([]*kg.Entity, 0, len(ids))
	for _, id := range ids {
		if e := m[id]; e != nil {
			out = append(out, e)
		}
	}
	return out, nil
}

// missingIn returns the first of ids that names no entity, or "".
func missingIn(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (string, error) {
	recs, err := run(ctx, tx, "UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) WITH id, e WHERE e IS NULL RETURN id LIMIT 1",
		map[string]any{"ids": ids})
	if err != nil || len(recs) == 0 {
		return "", err
	}
	return str(recs[0], "id"), nil
}

// subgraph reads the nodes (sorted by id) and the edges among them.
func subgraph(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, alt string, sel docSel, truncated bool) (*kg.Subgraph, error) {
	ids = slices.Sorted(slices.Values(ids))
	nodes, err := entitiesIn(ctx, tx, ids)
	if err != nil {
		return nil, err
	}
	edges, err := edgesAmong(ctx, tx, ids, alt, sel)
	if err != nil {
		return nil, err
	}
	return &kg.Subgraph{Nodes: nodes, Edges: edges, Truncated: truncated}, nil
}

// Neighbourhood returns the subgraph within q.Hops of q.Seeds as package
// storetest specifies: breadth-first search (one Cypher expansion per hop,
// from the whole frontier at once), then the induced subgraph.
func (s *Store) Neighbourhood(ctx context.Context, q kg.NeighbourhoodQuery) (*kg.Subgraph, error) {
	if len(q.Seeds) == 0 {
		return nil, kg.Errorf(kg.EINVALID, "neighbourhood needs at least one seed")
	}
	if slices.Contains(q.Seeds, "") {
		return nil, kg.Errorf(kg.EINVALID, "empty seed id")
	}
	hops := q.Hops
	if hops == 0 {
		hops = kg.DefaultHops
	}
	if _, err := hopBound(hops, 1, kg.CapHops, "hops"); err != nil {
		return nil, err
	}
	alt, err := relTypeAlternation(q.RelationTypes)
	if err != nil {
		return nil, err
	}
	etypes, err := entityTypeStrings(q.EntityTypes)
	if err != nil {
		return nil, err
	}
	dir, err := direction(q.Direction)
	if err != nil {
		return nil, err
	}
	maxNodes, err := limit(q.MaxNodes, kg.DefaultMaxNodes, kg.CapMaxNodes, "max nodes")
	if err != nil {
		return nil, err
	}
	if err := q.Time.Check(); err != nil {
		return nil, err
	}
	return read(ctx, s, "neighbourhood", func(tx neo4j.ManagedTransaction) (*kg.Subgraph, error) {
		if err := mustAllExist(ctx, tx, q.Seeds); err != nil {
			return nil, err
		}
		if q.Document != "" {
			if err := mustDocExist(ctx, tx, q.Document); err != nil {
				return nil, err
			}
		}
		sel, err := selectDocs(ctx, tx, q.Document, q.Time)
		if err != nil {
			return nil, err
		}
		return neighbourhood(ctx, tx, q.Seeds, hops, alt, dir, etypes, sel, maxNodes)
	})
}

// neighbourhood runs the search and reads the induced subgraph.
func neighbourhood(ctx context.Context, tx neo4j.ManagedTransaction, seeds []string, hops int, alt string, dir kg.Direction,
	etypes []string, sel docSel, maxNodes int) (*kg.Subgraph, error) {
	ids, trunc, err := bfs(ctx, tx, seeds, hops, alt, dir, etypes, sel, maxNodes)
	if err != nil {
		return nil, err
	}
	return subgraph(ctx, tx, ids, alt, sel, trunc)
}

// mustAllExist returns ENOTFOUND for the first of ids that names no entity.
func mustAllExist(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	id, err := missingIn(ctx, tx, ids)
	if err != nil {
		return err
	}
	if id != "" {
		return kg.Errorf(kg.ENOTFOUND, "no entity %q", id)
	}
	return nil
}

// mustDocExist returns ENOTFOUND unless the document exists.
func mustDocExist(ctx context.Context, tx neo4j.ManagedTransaction, id string) error {
	recs, err := run(ctx, tx, "MATCH (d:Document {id: $id}) RETURN d.id AS id", map[string]any{"id": id})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return kg.Errorf(kg.ENOTFOUND, "no document %q", id)
	}
	return nil
}

// ShortestPaths returns the shortest path between two entities (the first
// in step-by-step order of next node id then edge id, among all shortest
// ones), or the first q.MaxPaths shortest paths when q.All is set. It uses
// Cypher's allShortestPaths over the allowed types in either direction,
// with a literal hop bound checked by hopBound; at most maxPathsConsidered
// paths are read before ordering.
func (s *Store) ShortestPaths(ctx context.Context, q kg.PathQuery) ([]kg.Path, error) {
	if q.From == "" || q.To == "" {
		return nil, kg.Errorf(kg.EINVALID, "a path needs both ends")
	}
	hops := q.MaxHops
	if hops == 0 {
		hops = kg.DefaultPathHops
	}
	bound, err := hopBound(hops, 1, kg.CapPathHops, "max hops")
	if err != nil {
		return nil, err
	}
	alt, err := relTypeAlternation(q.RelationTypes)
	if err != nil {
		return nil, err
	}
	maxPaths, err := limit(q.MaxPaths, kg.DefaultMaxPaths, kg.CapMaxPaths, "max paths")
	if err != nil {
		return nil, err
	}
	if !q.All {
		maxPaths = 1
	}
	cypher := "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) " +
		"MATCH p = allShortestPaths((a)-[:" + alt + "*1.." + bound + "]-(b)) " +
		"RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r.id] AS edges LIMIT $cap"
	type rawPath struct{ nodes, edges []string }
	return read(ctx, s, "shortest paths", func(tx neo4j.ManagedTransaction) ([]kg.Path, error) {
		if err := mustAllExist(ctx, tx, []string{q.From, q.To}); err != nil {
			return nil, err
		}
		if q.From == q.To {
			ents, err := entitiesIn(ctx, tx, []string{q.From})
			if err != nil {
				return nil, err
			}
			return []kg.Path{{Nodes: ents, Edges: []*kg.Relation{}}}, nil
		}
		recs, err := run(ctx, tx, cypher, map[string]any{"from": q.From, "to": q.To, "cap": int64(maxPathsConsidered)})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return []kg.Path{}, nil
		}
		raws := make([]rawPath, len(recs))
		for i, r := range recs {
			raws[i] = rawPath{asStrings(val(r, "nodes")), asStrings(val(r, "edges"))}
		}
		// Step by step: the id of the next node, then the id of the edge.
		slices.SortFunc(raws, func(a, b rawPath) int {
			for i := 0; i < len(a.edges) && i < len(b.edges); i++ {
				if c := cmp.Or(cmp.Compare(a.nodes[i+1], b.nodes[i+1]), cmp.Compare(a.edges[i], b.edges[i])); c != 0 {
					return c
				}
			}
			return cmp.Compare(len(a.edges), len(b.edges))
		})
		raws = slices.CompactFunc(raws, func(a, b rawPath) bool {
			return slices.Equal(a.nodes, b.nodes) && slices.Equal(a.edges, b.edges)
		})
		raws = raws[:min(len(raws), maxPaths)]
		var nodeIDs, edgeIDs []string
		for _, p := range raws {
			nodeIDs = append(nodeIDs, p.nodes...)
			edgeIDs = append(edgeIDs, p.edges...)
		}
		ents, err := entitiesIn(ctx, tx, slices.Compact(slices.Sorted(slices.Values(nodeIDs))))
		if err != nil {
			return nil, err
		}
		em := map[string]*kg.Entity{}
		for _, e := range ents {
			em[e.ID] = e
		}
		rm, err := relationsIn(ctx, tx, edgeIDs)
		if err != nil {
			return nil, err
		}
		out := make([]kg.Path, 0, len(raws))
		for _, p := range raws {
			var path kg.Path
			for _, id := range p.nodes {
				path.Nodes = append(path.Nodes, em[id])
			}
			path.Edges = []*kg.Relation{}
			for _, id := range p.edges {
				path.Edges = append(path.Edges, rm[id])
			}
			out = append(out, path)
		}
		return out, nil
	})
}

// relationsIn reads relations by id inside tx.
func relationsIn(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*kg.Relation, error) {
	m := map[string]*kg.Relation{}
	if len(ids) == 0 {
		return m, nil
	}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	var parts []string
	for _, t := range kg.RelationTypes() {
		parts = append(parts, "MATCH (:Entity)-[r:"+string(t)+" {id: id}]->(:Entity) RETURN r")
	}
	q := "UNWIND $ids AS id CALL (id) { " + joinUnion(parts) + " } RETURN " + relProjection("r") + " AS r"
	recs, err := run(ctx, tx, q, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		rel, err := decodeRelation(val(r, "r"))
		if err != nil {
			return nil, err
		}
		m[rel.ID] = rel
	}
	return m, nil
}

func joinUnion(parts []string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += " UNION ALL "
		}
		out += p
	}
	return out
}

// withinMatch is the Cypher that binds e, one row per distinct entity,
// to everything within the entity w binds, as package storetest specifies:
// w, the regions with a chain of PART_OF edges between regions into w, and
// the things (not areas) LOCATED_IN one of those. $regions and $areas are
// the parameters withinParams sets. The bound is a literal checked by
// hopBound.
func withinMatch() (string, error) {
	bound, err := hopBound(maxWithinDepth, 0, maxWithinDepth, "within depth")
	if err != nil {
		return "", err
	}
	return "CALL (w) { MATCH p = (w)<-[:PART_OF*0.." + bound + "]-(r:Entity) WHERE all(n IN tail(nodes(p)) WHERE n.type IN $regions) RETURN DISTINCT r } " +
		"CALL (r) { RETURN r AS e UNION MATCH (r)<-[:LOCATED_IN]-(e:Entity) WHERE NOT e.type IN $areas RETURN e } " +
		"WITH DISTINCT e ", nil
}

// withinParams adds the parameters of withinMatch to params.
func withinParams(params map[string]any) map[string]any {
	var regions, areas []string
	for _, t := range kg.EntityTypes() {
		if t.IsRegion() {
			regions = append(regions, string(t))
		}
		if t.IsArea() {
			areas = append(areas, string(t))
		}
	}
	params["regions"], params["areas"] = regions, areas
	return params
}

// within returns the ids of everything within an entity (withinMatch).
func within(ctx context.Context, tx neo4j.ManagedTransaction, id string) ([]string, error) {
	m, err := withinMatch()
	if err != nil {
		return nil, err
	}
	recs, err := run(ctx, tx, "MATCH (w:Entity {id: $id}) "+m+"RETURN e.id AS id", withinParams(map[string]any{"id": id}))
	if err != nil {
		return nil, err
	}
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = str(r, "id")
	}
	return out, nil
}

// Cooperation returns every relation of the asked types (all but PART_OF
// and LOCATED_IN by default) between something within A and something
// within B, in either direction, and every thing with CO_BUILDS edges from
// both sides.
func (s *Store) Cooperation(ctx context.Context, q kg.CooperationQuery) (*kg.Cooperation, error) {
	if q.A == "" || q.B == "" {
		return nil, kg.Errorf(kg.EINVALID, "cooperation needs two regions")
	}
	if q.A == q.B {
		return nil, kg.Errorf(kg.EINVALID, "cooperation needs two different regions, got %q twice", q.A)
	}
	types := q.RelationTypes
	if len(types) == 0 {
		types = kg.DefaultCooperationTypes()
	}
	alt, err := relTypeAlternation(types)
	if err != nil {
		return nil, err
	}
	maxEdges, err := limit(q.MaxEdges, kg.DefaultMaxEdges, kg.CapMaxEdges, "max edges")
	if err != nil {
		return nil, err
	}
	return read(ctx, s, "cooperation", func(tx neo4j.ManagedTransaction) (*kg.Cooperation, error) {
		ends, err := entitiesIn(ctx, tx, []string{q.A, q.B})
		if err != nil {
			return nil, err
		}
		c := &kg.Cooperation{}
		for _, e := range ends {
			if e.ID == q.A {
				c.A = e
			}
			if e.ID == q.B {
				c.B = e
			}
		}
		if c.A == nil {
			return nil, kg.Errorf(kg.ENOTFOUND, "no entity %q", q.A)
		}
		if c.B == nil {
			return nil, kg.Errorf(kg.ENOTFOUND, "no entity %q", q.B)
		}
		sideA, err := within(ctx, tx, q.A)
		if err != nil {
			return nil, err
		}
		sideB, err := within(ctx, tx, q.B)
		if err != nil {
			return nil, err
		}
		if err := kg.NestedSides(q.A, q.B, slices.Contains(sideA, q.B), slices.Contains(sideB, q.A)); err != nil {
			return nil, err
		}
		recs, err := run(ctx, tx, "UNWIND $a AS id MATCH (x:Entity {id: id})-[r:"+alt+"]-(y:Entity) WHERE y.id IN $b "+
			"RETURN DISTINCT "+relProjection("r")+" AS r ORDER BY r.id LIMIT $cap",
			map[string]any{"a": sideA, "b": sideB, "cap": int64(maxEdges + 1)})
		if err != nil {
			return nil, err
		}
		c.Edges = []*kg.Relation{}
		nodeSet := map[string]bool{}
		for _, r := range recs {
			if len(c.Edges) == maxEdges {
				c.Truncated = true
				break
			}
			rel, err := decodeRelation(val(r, "r"))
			if err != nil {
				return nil, err
			}
			c.Edges = append(c.Edges, rel)
			nodeSet[rel.From], nodeSet[rel.To] = true, true
		}
		c.Nodes, err = entitiesIn(ctx, tx, slices.Sorted(mapsKeys(nodeSet)))
		if err != nil {
			return nil, err
		}
		// Things co-built by both sides.
		c.CoBuilt = []kg.CoBuilt{}
		if !slices.Contains(types, kg.CoBuilds) {
			return c, nil
		}
		recs, err = run(ctx, tx, `MATCH (t:Entity)<-[ra:CO_BUILDS]-(x:Entity) WHERE x.id IN $a
WITH t, collect(DISTINCT ra) AS ras
MATCH (t)<-[rb:CO_BUILDS]-(y:Entity) WHERE y.id IN $b
WITH t, ras, collect(DISTINCT rb) AS rbs
WITH t, ras + [r IN rbs WHERE NOT r IN ras] AS builders
RETURN t.id AS thing, [r IN builders | `+relProjection("r")+`] AS builders ORDER BY thing LIMIT $cap`,
			map[string]any{"a": sideA, "b": sideB, "cap": int64(maxEdges + 1)})
		if err != nil {
			return nil, err
		}
		if len(recs) > maxEdges {
			recs = recs[:maxEdges]
			c.Truncated = true
		}
		var things []string
		for _, r := range recs {
			things = append(things, str(r, "thing"))
		}
		tents, err := entitiesIn(ctx, tx, things)
		if err != nil {
			return nil, err
		}
		for i, r := range recs {
			cb := kg.CoBuilt{Thing: tents[i]}
			bs, _ := val(r, "builders").([]any)
			for _, b := range bs {
				rel, err := decodeRelation(b)
				if err != nil {
					return nil, err
				}
				cb.Builders = append(cb.Builders, rel)
			}
			slices.SortFunc(cb.Builders, func(x, y *kg.Relation) int { return cmp.Compare(x.ID, y.ID) })
			c.CoBuilt = append(c.CoBuilt, cb)
		}
		return c, nil
	})
}

// Dependencies returns what an entity depends on and what depends on it:
// the neighbourhoods of the root with direction OUT and IN, q.Depth hops,
// the query's relation types (kg.DefaultDependencyTypes when none).
func (s *Store) Dependencies(ctx context.Context, q kg.DependencyQuery) (*kg.Dependencies, error) {
	if q.ID == "" {
		return nil, kg.Errorf(kg.EINVALID, "dependencies need an entity id")
	}
	depth := q.Depth
	if depth == 0 {
		depth = kg.DefaultDepth
	}
	if _, err := hopBound(depth, 1, kg.CapDepth, "depth"); err != nil {
		return nil, err
	}
	if err := kg.CheckDependencyTypes(q.RelationTypes); err != nil {
		return nil, err
	}
	types := q.RelationTypes
	if len(types) == 0 {
		types = kg.DefaultDependencyTypes()
	}
	alt, err := relTypeAlternation(types)
	if err != nil {
		return nil, err
	}
	maxNodes, err := limit(q.MaxNodes, kg.DefaultMaxNodes, kg.CapMaxNodes, "max nodes")
	if err != nil {
		return nil, err
	}
	return read(ctx, s, "dependencies", func(tx neo4j.ManagedTransaction) (*kg.Dependencies, error) {
		root, err := entitiesIn(ctx, tx, []string{q.ID})
		if err != nil {
			return nil, err
		}
		if len(root) == 0 {
			return nil, kg.Errorf(kg.ENOTFOUND, "no entity %q", q.ID)
		}
		d := &kg.Dependencies{Root: root[0]}
		out, err := neighbourhood(ctx, tx, []string{q.ID}, depth, alt, kg.Out, nil, docSel{all: true}, maxNodes)
		if err != nil {
			return nil, err
		}
		in, err := neighbourhood(ctx, tx, []string{q.ID}, depth, alt, kg.In, nil, docSel{all: true}, maxNodes)
		if err != nil {
			return nil, err
		}
		d.DependsOn, d.Dependents = *out, *in
		return d, nil
	})
}

func direction(d kg.Direction) (kg.Direction, error) {
	switch d {
	case "", kg.Both:
		return kg.Both, nil
	case kg.Out, kg.In:
		return d, nil
	}
	return "", kg.Errorf(kg.EINVALID, "unknown direction %q", string(d))
}

// limit applies a count limit's default (for zero) and cap (lowered to);
// negative is EINVALID.
func limit(n, def, cap int, what string) (int, error) {
	switch {
	case n < 0:
		return 0, kg.Errorf(kg.EINVALID, "%s must not be negative, got %d", what, n)
	case n == 0:
		return def, nil
	case n > cap:
		return cap, nil
	}
	return n, nil
}

func mapsKeys(m map[string]bool) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}
