package neo4j

import (
	"cmp"
	"context"
	"errors"
	"maps"
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

// maxPathsInline is the most shortest paths whose nodes and edges are read
// in full in the statement that finds them; with more, only the chosen
// ones are read, by a second statement.
const maxPathsInline = 16

// expansion is the Cypher that binds b to the list of the ids of the
// entities at the other end of the edges of the given types (and
// documents) from the entities $ids in direction dir, of the types $types
// (all when empty), each once.
func expansion(alt string, dir kg.Direction) string {
	return "CALL { UNWIND $ids AS id MATCH (a:Entity {id: id}) MATCH " + hopPattern(alt, dir) + `
WHERE ` + docCond("r") + ` AND (size($types) = 0 OR b.type IN $types)
RETURN collect(DISTINCT b.id) AS b }
`
}

// hopPattern is the pattern of one hop from a to b over the edges of the
// types alt in direction dir.
func hopPattern(alt string, dir kg.Direction) string {
	switch dir {
	case kg.Out:
		return "(a)-[r:" + alt + "]->(b:Entity)"
	case kg.In:
		return "(a)<-[r:" + alt + "]-(b:Entity)"
	}
	return "(a)-[r:" + alt + "]-(b:Entity)"
}

// missingCheck is the Cypher that binds missing to the ids of $ids that
// name no entity when check is set, to [] otherwise.
func missingCheck(check bool) string {
	if check {
		return "CALL { UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) WITH id, e WHERE e IS NULL RETURN collect(id) AS missing }\n"
	}
	return "WITH *, [] AS missing\n"
}

// expand returns the entities at the other end of the edges of the given
// types (and document, when set) from the frontier entities in direction
// dir, when their type is allowed: each once, in one record.
//
// With check, it returns ENOTFOUND when one of frontier is no entity.
func expand(ctx context.Context, tx neo4j.ManagedTransaction, frontier []string, alt string, dir kg.Direction,
	etypes []string, sel docSel, check bool) ([]string, error) {
	q := expansion(alt, dir) + missingCheck(check) + "RETURN b, missing"
	rec, err := single(ctx, tx, q, sel.params(map[string]any{"ids": frontier, "types": etypes}))
	if err != nil {
		return nil, err
	}
	if missing := asStrings(val(rec, "missing")); len(missing) > 0 {
		slices.Sort(missing)
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity %q", missing[0])
	}
	return asStrings(val(rec, "b")), nil
}

// bfs collects the entities within hops of the seeds, breadth first, and
// returns them with the entities found by the last expansion (the seeds
// for hops 0). When more than maxNodes are reachable it keeps the first in
// (distance, -degree, id) order and reports truncation.
//
// With check, the first expansion also checks that every seed exists.
func bfs(ctx context.Context, tx neo4j.ManagedTransaction, seeds []string, hops int, alt string, dir kg.Direction,
	etypes []string, sel docSel, maxNodes int, check bool) (nodes, frontier []string, truncated bool, err error) {
	seen := map[string]bool{}
	for _, id := range seeds {
		if !seen[id] {
			seen[id] = true
			nodes = append(nodes, id)
		}
	}
	if len(nodes) > maxNodes {
		return nil, nil, false, kg.Errorf(kg.EINVALID, "%d seeds are more than the %d nodes allowed", len(nodes), maxNodes)
	}
	frontier = slices.Sorted(slices.Values(nodes))
	for h := 0; h < hops && len(frontier) > 0; h++ {
		others, err := expand(ctx, tx, frontier, alt, dir, etypes, sel, check && h == 0)
		if err != nil {
			return nil, nil, false, err
		}
		var next []string
		for _, id := range others {
			if !seen[id] {
				seen[id] = true
				next = append(next, id)
			}
		}
		slices.Sort(next)
		if nodes, truncated, err = keep(ctx, tx, nodes, next, maxNodes); err != nil || truncated {
			return nodes, nil, truncated, err
		}
		frontier = next
	}
	return nodes, frontier, false, nil
}

// keep appends next (sorted by id) to nodes, or, when they are more than
// maxNodes allows, the heaviest of them (byDegree), reporting truncation.
func keep(ctx context.Context, tx neo4j.ManagedTransaction, nodes, next []string, maxNodes int) ([]string, bool, error) {
	if room := maxNodes - len(nodes); len(next) > room {
		if err := byDegree(ctx, tx, next); err != nil {
			return nil, false, err
		}
		return append(nodes, next[:room]...), true, nil
	}
	return append(nodes, next...), false, nil
}

// byDegree sorts ids (sorted by id) by degree descending, then id: the
// weight neighbourhood truncation keeps by. The degree counts every
// relation touching the entity once, as Stats does; it is the e.degree
// property the loaders keep (degreeDelta, the bulk files), read instead of
// counting each candidate's relationships (docs/design.md).
func byDegree(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	rec, err := single(ctx, tx, `UNWIND $ids AS id MATCH (e:Entity {id: id})
RETURN collect([id, coalesce(e.degree, 0)]) AS deg`, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	deg := make(map[string]int64, len(ids))
	for _, x := range asList(val(rec, "deg")) {
		if p := asList(x); len(p) == 2 {
			deg[asString(p[0])] = asInt(p[1])
		}
	}
	slices.SortStableFunc(ids, func(a, b string) int { return cmp.Compare(deg[b], deg[a]) })
	return nil
}

// edgesAmongMatch is the Cypher that binds r to each relation of the
// given types (and documents) whose both ends are in $ids.
func edgesAmongMatch(alt string, n int) string {
	if n < 2000 {
		// Start from the known nodes through the id index instead of scanning.
		return "UNWIND $ids AS id MATCH (a:Entity {id: id})-[r:" + alt + "]->(b:Entity) WHERE b.id IN $ids AND " + docCond("r") + " "
	}
	return "MATCH (a:Entity)-[r:" + alt + "]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND " + docCond("r") + " "
}

// decodeRelations turns a list of relProjection values into relations
// ordered by id, keeping only the evidence from keep (all for nil).
func decodeRelations(v any, keep map[string]bool) ([]*kg.Relation, error) {
	l := asList(v)
	out := make([]*kg.Relation, 0, len(l))
	for _, x := range l {
		rel, err := decodeRelationIn(x, keep)
		if err != nil {
			return nil, err
		}
		out = append(out, rel)
	}
	slices.SortFunc(out, func(a, b *kg.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// entitiesIn reads entities by id inside tx, in the order of ids.
func entitiesIn(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) ([]*kg.Entity, error) {
	m, err := entityMapIn(ctx, tx, ids)
	if err != nil {
		return nil, err
	}
	return inOrder(m, ids), nil
}

// inOrder returns the entities of m in the order of ids, leaving out ids
// without one.
func inOrder(m map[string]*kg.Entity, ids []string) []*kg.Entity {
	out := make([]*kg.Entity, 0, len(ids))
	for _, id := range ids {
		if e := m[id]; e != nil {
			out = append(out, e)
		}
	}
	return out
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

// subgraph reads the nodes (sorted by id) and the edges among them, in
// one statement returning one record.
func subgraph(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, alt string, sel docSel, truncated bool) (*kg.Subgraph, error) {
	ids = slices.Sorted(slices.Values(ids))
	q := "CALL { UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN collect(" + entityProjection("e") + ") AS es } " +
		"CALL { " + edgesAmongMatch(alt, len(ids)) + "RETURN collect(" + relProjection("r") + ") AS rs } RETURN es, rs"
	rec, err := single(ctx, tx, q, sel.params(map[string]any{"ids": ids}))
	if err != nil {
		return nil, err
	}
	m, err := decodeEntityMap(val(rec, "es"))
	if err != nil {
		return nil, err
	}
	edges, err := decodeRelations(val(rec, "rs"), sel.set)
	if err != nil {
		return nil, err
	}
	return &kg.Subgraph{Nodes: inOrder(m, ids), Edges: edges, Truncated: truncated}, nil
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
	if hops == 1 && q.Document == "" && q.Time.IsZero() {
		// One hop without filters is one statement when its nodes fit in
		// maxNodes: no managed transaction's BEGIN and COMMIT.
		seeds := slices.Compact(slices.Sorted(slices.Values(q.Seeds)))
		if len(seeds) <= maxNodes {
			sel := docSel{all: true}
			rec, err := readOne(ctx, s, "neighbourhood", lastHop(alt, dir, true), lastHopParams(seeds, etypes, seeds, maxNodes, sel))
			if err != nil {
				return nil, err
			}
			if sg, _, err := decodeLastHop(rec, seeds, sel, maxNodes-len(seeds)); err != nil || sg != nil {
				return sg, err
			}
		}
	}
	return read(ctx, s, "neighbourhood", func(tx neo4j.ManagedTransaction) (*kg.Subgraph, error) {
		// Without a document or time filter, the first hop checks the
		// seeds: one statement less.
		check := q.Document == "" && q.Time.IsZero()
		if !check {
			if err := mustAllExist(ctx, tx, q.Seeds); err != nil {
				return nil, err
			}
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
		return neighbourhood(ctx, tx, q.Seeds, hops, alt, dir, etypes, sel, maxNodes, check)
	})
}

// neighbourhood runs the search and reads the induced subgraph. The last
// hop and the subgraph are one statement when the nodes found fit in
// maxNodes (the usual case); when they do not, the heaviest are chosen
// first and the subgraph read after.
func neighbourhood(ctx context.Context, tx neo4j.ManagedTransaction, seeds []string, hops int, alt string, dir kg.Direction,
	etypes []string, sel docSel, maxNodes int, check bool) (*kg.Subgraph, error) {
	nodes, frontier, trunc, err := bfs(ctx, tx, seeds, hops-1, alt, dir, etypes, sel, maxNodes, check)
	if err != nil {
		return nil, err
	}
	if trunc || len(frontier) == 0 {
		return subgraph(ctx, tx, nodes, alt, sel, trunc)
	}
	rec, err := single(ctx, tx, lastHop(alt, dir, check && hops == 1), lastHopParams(frontier, etypes, nodes, maxNodes, sel))
	if err != nil {
		return nil, err
	}
	sg, kept, err := decodeLastHop(rec, nodes, sel, maxNodes-len(nodes))
	if err != nil || sg != nil {
		return sg, err
	}
	return subgraph(ctx, tx, append(nodes, kept...), alt, sel, true)
}

// lastHop is the statement of a neighbourhood's last hop from $ids,
// where $nodes were found before: the new nodes, and when they fit in
// $room the subgraph of all, in one record. When they do not fit, it
// ranks them by the stored degree (a property read per candidate, where
// counting each one's relationships was most of a truncated 2-hop
// neighbourhood's time, docs/benchmarks.md) and returns, instead of
// every new node, the $room-th heaviest degree (cut), the ids above it
// and those at it: ties are ordered by id in Go, since Cypher orders
// strings by UTF-16 unit and Go by code point.
func lastHop(alt string, dir kg.Direction, check bool) string {
	return "CALL { UNWIND $ids AS id MATCH (a:Entity {id: id}) MATCH " + hopPattern(alt, dir) + `
WHERE ` + docCond("r") + ` AND (size($types) = 0 OR b.type IN $types) AND NOT b.id IN $nodes
RETURN collect(DISTINCT b) AS bn }
` + missingCheck(check) + `WITH missing, bn, size(bn) <= $room AS fits
CALL (bn, fits) { UNWIND CASE WHEN fits THEN [] ELSE bn END AS n
  WITH coalesce(n.degree, 0) AS d ORDER BY d DESC LIMIT $room RETURN min(d) AS cut }
WITH missing, fits, cut, CASE WHEN fits THEN $nodes + [n IN bn | n.id] ELSE [] END AS ids,
  CASE WHEN fits THEN [] ELSE [n IN bn WHERE coalesce(n.degree, 0) > cut | n.id] END AS above,
  CASE WHEN fits THEN [] ELSE [n IN bn WHERE coalesce(n.degree, 0) = cut | n.id] END AS tied
CALL (ids) { UNWIND ids AS id MATCH (e:Entity {id: id}) RETURN collect(` + entityProjection("e") + `) AS es }
CALL (ids) { UNWIND ids AS id MATCH (a:Entity {id: id})-[r:` + alt + `]->(b:Entity) WHERE b.id IN ids AND ` + docCond("r") + `
  RETURN collect(` + relProjection("r") + `) AS rs }
RETURN missing, fits, above, tied, ids, es, rs`
}

func lastHopParams(frontier, etypes, nodes []string, maxNodes int, sel docSel) map[string]any {
	return sel.params(map[string]any{"ids": frontier, "types": etypes, "nodes": nodes, "room": int64(maxNodes - len(nodes))})
}

// decodeLastHop reads lastHop's record: the subgraph when the new nodes
// fitted, or else nil and the room new nodes to keep, the first in
// (-degree, id) order.
func decodeLastHop(rec *neo4j.Record, nodes []string, sel docSel, room int) (*kg.Subgraph, []string, error) {
	if missing := asStrings(val(rec, "missing")); len(missing) > 0 {
		slices.Sort(missing)
		return nil, nil, kg.Errorf(kg.ENOTFOUND, "no entity %q", missing[0])
	}
	if fits, _ := val(rec, "fits").(bool); !fits {
		kept := asStrings(val(rec, "above"))
		tied := asStrings(val(rec, "tied"))
		slices.Sort(tied)
		if n := room - len(kept); n < len(tied) {
			tied = tied[:max(n, 0)]
		}
		return nil, append(kept, tied...), nil
	}
	m, err := decodeEntityMap(val(rec, "es"))
	if err != nil {
		return nil, nil, err
	}
	edges, err := decodeRelations(val(rec, "rs"), sel.set)
	if err != nil {
		return nil, nil, err
	}
	ids := slices.Sorted(slices.Values(asStrings(val(rec, "ids"))))
	return &kg.Subgraph{Nodes: inOrder(m, ids), Edges: edges}, nil, nil
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
	// One statement checks both ends and finds the paths, as ids and
	// relationship element ids, in one record: the choice among them is
	// made in Go (its order is Go's string order), and only the chosen
	// paths' nodes and edges are read in full, in a second statement that
	// seeks the relationships by element id instead of searching every
	// type's id index.
	cypher := statements.get(pathKey{alt, bound}, func() string {
		return `OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  OPTIONAL MATCH p = allShortestPaths((a)-[:` + alt + `*1..` + bound + `]-(b))
  WITH p WHERE p IS NOT NULL
  WITH p LIMIT $cap
  RETURN collect(p) AS ps
}
CALL (ps) {
  WITH ps WHERE size(ps) <= $inline
  UNWIND ps AS p UNWIND nodes(p) AS n WITH DISTINCT n
  RETURN collect(` + entityProjection("n") + `) AS es
}
CALL (ps) {
  WITH ps WHERE size(ps) <= $inline
  UNWIND ps AS p UNWIND relationships(p) AS r WITH DISTINCT r
  RETURN collect(` + relProjection("r") + `) AS rs
}
RETURN a IS NOT NULL AS hasA, b IS NOT NULL AS hasB, es, rs,
  [p IN ps | [[n IN nodes(p) | n.id], [r IN relationships(p) | r.id], [r IN relationships(p) | elementId(r)]]] AS paths`
	})
	if q.From == q.To {
		// Neo4j refuses a shortest path search from a node to itself.
		cypher = `OPTIONAL MATCH (a:Entity {id: $from}) RETURN a IS NOT NULL AS hasA, a IS NOT NULL AS hasB, [] AS paths, [] AS es, [] AS rs`
	}
	params := map[string]any{"from": q.From, "to": q.To, "cap": int64(maxPathsConsidered), "inline": int64(maxPathsInline)}
	if q.From != q.To {
		// Usually the one statement answers: run it without a managed
		// transaction's BEGIN and COMMIT.
		rec, err := readOne(ctx, s, "shortest paths", cypher, params)
		if err != nil {
			return nil, err
		}
		if out, ok, err := pathsFrom(ctx, nil, rec, q, maxPaths); ok || err != nil {
			return out, err
		}
	}
	return read(ctx, s, "shortest paths", func(tx neo4j.ManagedTransaction) ([]kg.Path, error) {
		rec, err := single(ctx, tx, cypher, params)
		if err != nil {
			return nil, err
		}
		out, _, err := pathsFrom(ctx, tx, rec, q, maxPaths)
		return out, err
	})
}

// pathKey names the shortest path statement of a type alternation and a
// hop bound.
type pathKey struct{ alt, bound string }

// rawPath is a path as the shortest path statement returns it: node ids,
// relation ids, relationship element ids.
type rawPath struct{ nodes, edges, eids []string }

// pathsFrom builds ShortestPaths' answer from its statement's record. Its
// second statement, for more than maxPathsInline paths, and the path of
// an entity to itself need tx; without one (nil) it returns false then.
func pathsFrom(ctx context.Context, tx neo4j.ManagedTransaction, rec *neo4j.Record, q kg.PathQuery, maxPaths int) ([]kg.Path, bool, error) {
	out, err := func() ([]kg.Path, error) {
		if b, _ := val(rec, "hasA").(bool); !b {
			return nil, kg.Errorf(kg.ENOTFOUND, "no entity %q", q.From)
		}
		if b, _ := val(rec, "hasB").(bool); !b {
			return nil, kg.Errorf(kg.ENOTFOUND, "no entity %q", q.To)
		}
		if q.From == q.To {
			if tx == nil {
				return nil, errNeedTx
			}
			ents, err := entitiesIn(ctx, tx, []string{q.From})
			if err != nil {
				return nil, err
			}
			return []kg.Path{{Nodes: ents, Edges: []*kg.Relation{}}}, nil
		}
		var raws []rawPath
		for _, x := range asList(val(rec, "paths")) {
			parts := asList(x)
			if len(parts) == 3 {
				raws = append(raws, rawPath{asStrings(parts[0]), asStrings(parts[1]), asStrings(parts[2])})
			}
		}
		if len(raws) == 0 {
			return []kg.Path{}, nil
		}
		// The statement read the paths' nodes and edges when it found few.
		inlined := len(raws) <= maxPathsInline
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
		if !inlined {
			if tx == nil {
				return nil, errNeedTx
			}
			var nodeIDs, eids []string
			for _, p := range raws[:min(len(raws), maxPaths)] {
				nodeIDs = append(nodeIDs, p.nodes...)
				eids = append(eids, p.eids...)
			}
			var err error
			if rec, err = pathDetails(ctx, tx, nodeIDs, eids); err != nil {
				return nil, err
			}
		}
		em, err := decodeEntityMap(val(rec, "es"))
		if err != nil {
			return nil, err
		}
		rm := map[string]*kg.Relation{}
		for _, x := range asList(val(rec, "rs")) {
			rel, err := decodeRelation(x)
			if err != nil {
				return nil, err
			}
			rm[rel.ID] = rel
		}
		raws = raws[:min(len(raws), maxPaths)]
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
	}()
	if err == errNeedTx {
		return nil, false, nil
	}
	return out, true, err
}

// errNeedTx says pathsFrom needs a transaction for the rest.
var errNeedTx = errors.New("needs a transaction")

// pathDetails reads the nodes and edges of the chosen paths, the edges by
// element id (no search of every type's id index), in one record.
func pathDetails(ctx context.Context, tx neo4j.ManagedTransaction, nodeIDs, eids []string) (*neo4j.Record, error) {
	return single(ctx, tx, `CALL { UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN collect(`+entityProjection("e")+`) AS es }
CALL { UNWIND $eids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid RETURN collect(`+relProjection("r")+`) AS rs }
RETURN es, rs`, map[string]any{"ids": slices.Compact(slices.Sorted(slices.Values(nodeIDs))), "eids": slices.Compact(slices.Sorted(slices.Values(eids)))})
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
	// One collected record: a province has hundreds of members, and the
	// driver's cost per record is several times Neo4j's per id.
	rec, err := single(ctx, tx, "OPTIONAL MATCH (w:Entity {id: $id}) CALL (w) { "+m+"RETURN collect(e.id) AS ids } RETURN ids",
		withinParams(map[string]any{"id": id}))
	if err != nil {
		return nil, err
	}
	return asStrings(val(rec, "ids")), nil
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
	m, err := withinMatch()
	if err != nil {
		return nil, err
	}
	// Two statements: the two ends with everything within each, then the
	// edges between the sides, their end nodes and the things co-built,
	// each collected into one record.
	qSides := "UNWIND $ends AS wid MATCH (w:Entity {id: wid}) CALL (w) { " + m + "RETURN collect(e.id) AS side } " +
		"RETURN collect({e: " + entityProjection("w") + ", side: side}) AS ends"
	// The edges are searched from the smaller side, whose members'
	// relations are read, and matched against the larger side.
	qLinks := `CALL {
  UNWIND $small AS id MATCH (x:Entity {id: id})-[r:` + alt + `]-(y:Entity) WHERE y.id IN $big
  WITH DISTINCT r ORDER BY r.id LIMIT $cap
  RETURN collect(r) AS rs
}
WITH rs[..$max] AS kept, size(rs) > $max AS truncated
CALL (kept) { UNWIND kept AS r RETURN collect(` + relProjection("r") + `) AS edges }
CALL (kept) { UNWIND kept AS r UNWIND [startNode(r), endNode(r)] AS n WITH DISTINCT n RETURN collect(` + entityProjection("n") + `) AS nodes }
`
	if slices.Contains(types, kg.CoBuilds) {
		qLinks += `CALL {
  UNWIND $small AS id MATCH (x:Entity {id: id})-[ra:CO_BUILDS]->(t:Entity)
  WITH t, collect(DISTINCT ra) AS ras
  MATCH (t)<-[rb:CO_BUILDS]-(y:Entity) WHERE y.id IN $big
  WITH t, ras, collect(DISTINCT rb) AS rbs
  WITH t, ras + [r IN rbs WHERE NOT r IN ras] AS builders
  ORDER BY t.id LIMIT $cap
  RETURN collect({thing: ` + entityProjection("t") + `, builders: [r IN builders | ` + relProjection("r") + `]}) AS things
}
`
	} else {
		qLinks += "WITH edges, nodes, truncated, [] AS things\n"
	}
	qLinks += "RETURN edges, nodes, truncated, things"
	return read(ctx, s, "cooperation", func(tx neo4j.ManagedTransaction) (*kg.Cooperation, error) {
		rec, err := single(ctx, tx, qSides, withinParams(map[string]any{"ends": []string{q.A, q.B}}))
		if err != nil {
			return nil, err
		}
		c := &kg.Cooperation{}
		var sideA, sideB []string
		for _, x := range asList(val(rec, "ends")) {
			mm, _ := x.(map[string]any)
			e, err := decodeEntity(mm["e"])
			if err != nil {
				return nil, err
			}
			switch e.ID {
			case q.A:
				c.A, sideA = e, asStrings(mm["side"])
			case q.B:
				c.B, sideB = e, asStrings(mm["side"])
			}
		}
		if c.A == nil {
			return nil, kg.Errorf(kg.ENOTFOUND, "no entity %q", q.A)
		}
		if c.B == nil {
			return nil, kg.Errorf(kg.ENOTFOUND, "no entity %q", q.B)
		}
		if err := kg.NestedSides(q.A, q.B, slices.Contains(sideA, q.B), slices.Contains(sideB, q.A)); err != nil {
			return nil, err
		}
		small, big := sideA, sideB
		if len(big) < len(small) {
			small, big = big, small
		}
		rec, err = single(ctx, tx, qLinks, map[string]any{"small": small, "big": big,
			"cap": int64(maxEdges + 1), "max": int64(maxEdges)})
		if err != nil {
			return nil, err
		}
		if c.Edges, err = decodeRelations(val(rec, "edges"), nil); err != nil {
			return nil, err
		}
		c.Truncated, _ = val(rec, "truncated").(bool)
		nodes, err := decodeEntityMap(val(rec, "nodes"))
		if err != nil {
			return nil, err
		}
		c.Nodes = inOrder(nodes, slices.Sorted(maps.Keys(nodes)))
		// Things co-built by both sides.
		c.CoBuilt = []kg.CoBuilt{}
		things := asList(val(rec, "things"))
		if len(things) > maxEdges {
			things = things[:maxEdges]
			c.Truncated = true
		}
		for _, x := range things {
			mm, _ := x.(map[string]any)
			t, err := decodeEntity(mm["thing"])
			if err != nil {
				return nil, err
			}
			cb := kg.CoBuilt{Thing: t}
			if cb.Builders, err = decodeRelations(mm["builders"], nil); err != nil {
				return nil, err
			}
			c.CoBuilt = append(c.CoBuilt, cb)
		}
		slices.SortFunc(c.CoBuilt, func(x, y kg.CoBuilt) int { return cmp.Compare(x.Thing.ID, y.Thing.ID) })
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
		out, err := neighbourhood(ctx, tx, []string{q.ID}, depth, alt, kg.Out, nil, docSel{all: true}, maxNodes, false)
		if err != nil {
			return nil, err
		}
		in, err := neighbourhood(ctx, tx, []string{q.ID}, depth, alt, kg.In, nil, docSel{all: true}, maxNodes, false)
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
