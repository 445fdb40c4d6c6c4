package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The relation types of the ontology, as the peer's type definitions
// (bench/peer/typedefs.js) list them; each is a relationship field per
// direction there.
var relationTypes = []string{
	"CO_BUILDS", "DOCKS_WITH", "INCLUDED_IN", "INTEGRATES_INTO", "LINKS_WITH", "COOPERATES_WITH",
	"RELIES_ON", "ADJACENT_TO", "CONNECTS", "LOCATED_IN", "PART_OF", "LEADS", "RESPONSIBLE_FOR",
}

// relField is one relationship field of the peer's Entity type.
type relField struct {
	name string // e.g. coBuilds, coBuildsIn
	typ  string // e.g. CO_BUILDS
	in   bool   // the field follows the relationship into the entity
}

// fieldName is typedefs.js's fieldName: CO_BUILDS -> coBuilds (out) or coBuildsIn (in).
func fieldName(typ string, in bool) string {
	parts := strings.Split(strings.ToLower(typ), "_")
	for i := 1; i < len(parts); i++ {
		parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
	}
	s := strings.Join(parts, "")
	if in {
		s += "In"
	}
	return s
}

// relFields returns the peer's relationship fields of the given types.
func relFields(types []string) []relField {
	var out []relField
	for _, t := range types {
		out = append(out, relField{fieldName(t, false), t, false}, relField{fieldName(t, true), t, true})
	}
	return out
}

// cooperationTypes is kg.DefaultCooperationTypes: every type but PART_OF and LOCATED_IN.
func cooperationTypes() []string {
	var out []string
	for _, t := range relationTypes {
		if t != "PART_OF" && t != "LOCATED_IN" {
			out = append(out, t)
		}
	}
	return out
}

// query is one benchmarked query: the kg text, the peer's closest
// equivalent, argument sets shared by all systems, and how to read an
// answer for the agreement check.
type query struct {
	name  string
	kg    string
	peer  string
	args  []map[string]any
	hops  int // neighbourhood: hops
	shape string
	// peerVars, when set, turns an argument set into the peer's variables.
	peerVars func(map[string]any) map[string]any
}

// The kg queries. Their selections ask for what the peer's equivalents
// return: ids, types and names of nodes; ids, types, ends and evidence of
// edges.
const (
	kgNeighbourhood = `query($id: ID!) { neighbourhood(ids: [$id], hops: %d, maxNodes: 200) { truncated nodes { id type name }
  edges { id type source target evidence(first: 5) { nodes { trigger sentence document { id } } } } } }`
	kgPath = `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxHops: 4) { length nodes { id name } edges { id type source target } } }`
	kgCoop = `query($a: ID!, $b: ID!) { cooperation(a: $a, b: $b, maxEdges: 200) { truncated nodes { id name }
  edges { id type source target evidence(first: 5) { nodes { trigger sentence document { id } } } } coBuilt { thing { id name } builders { id source } } } }`
)

// peerHop is the selection of one hop in the peer: every relationship
// field of every type in both directions, with the edge's properties and
// the node at its other end, and the next hop inside that node.
func peerHop(depth int) string {
	var b strings.Builder
	for _, f := range relFields(relationTypes) {
		fmt.Fprintf(&b, " %sConnection { edges { properties { id ev_doc ev } node { id type name", f.name)
		if depth > 1 {
			b.WriteString(peerHop(depth - 1))
		}
		b.WriteString(" } } }")
	}
	return b.String()
}

// peerWithin is a where filter for "v or anything within v" on this
// graph: v, what is PART_OF v in one or two steps (city, county), and
// what is LOCATED_IN any of those. @neo4j/graphql has no variable-length
// filter, so the depth is the graph's (province > city > county). The
// filters travel as variables: written into the query text, the same
// filter costs @neo4j/graphql 10-20 times more CPU (measured: 22 fields
// with literal filters about 4 s a request, with variables under 0.2 s).
func peerWithin(v string) map[string]any {
	region := map[string]any{"OR": []any{
		map[string]any{"id": map[string]any{"eq": v}},
		map[string]any{"partOf": map[string]any{"some": map[string]any{"id": map[string]any{"eq": v}}}},
		map[string]any{"partOf": map[string]any{"some": map[string]any{"partOf": map[string]any{"some": map[string]any{"id": map[string]any{"eq": v}}}}}},
	}}
	return map[string]any{"OR": []any{region, map[string]any{"locatedIn": map[string]any{"some": region}}}}
}

// peerCoopVars turns kg's cooperation arguments into the peer's.
func peerCoopVars(args map[string]any) map[string]any {
	a, b := peerWithin(args["a"].(string)), peerWithin(args["b"].(string))
	return map[string]any{
		"inA": a, "inB": b,
		"coBuiltByBoth": map[string]any{"AND": []any{
			map[string]any{"coBuildsIn": map[string]any{"some": a}},
			map[string]any{"coBuildsIn": map[string]any{"some": b}},
		}},
		"inEither": map[string]any{"OR": []any{a, b}},
	}
}

// peerCoop is the peer's cooperation: the entities within a, each with its
// relationships of the cooperation types (both directions) to something
// within b; and the things with CO_BUILDS from both sides with those edges.
func peerCoop() string {
	var b strings.Builder
	b.WriteString("query($inA: EntityWhere!, $inB: EntityWhere!, $coBuiltByBoth: EntityWhere!, $inEither: EntityWhere!) { sideA: entities(where: $inA) { id name")
	for _, f := range relFields(cooperationTypes()) {
		fmt.Fprintf(&b, " %sConnection(where: { node: $inB }) { edges { properties { id ev_doc ev } node { id name } } }", f.name)
	}
	b.WriteString(" } coBuilt: entities(where: $coBuiltByBoth) { id name" +
		" coBuildsInConnection(where: { node: $inEither }) { edges { properties { id } node { id } } } } }")
	return b.String()
}

// queries builds the four benchmarked queries with n argument sets each,
// drawn from the graph's counties and provinces with a fixed seed.
func queries(n int, counties, provinces []string) []*query {
	rng := rand.New(rand.NewPCG(3, 4))
	hood1 := &query{name: "neighbourhood, 1 hop", kg: fmt.Sprintf(kgNeighbourhood, 1), hops: 1, shape: "neighbourhood",
		peer: "query($id: ID!) { entities(where: { id: { eq: $id } }) { id type name" + peerHop(1) + " } }"}
	hood2 := &query{name: "neighbourhood, 2 hops", kg: fmt.Sprintf(kgNeighbourhood, 2), hops: 2, shape: "neighbourhood",
		peer: "query($id: ID!) { entities(where: { id: { eq: $id } }) { id type name" + peerHop(2) + " } }"}
	path := &query{name: "shortest path", kg: kgPath, shape: "path",
		peer: "query($a: ID!, $b: ID!) { entities(where: { id: { eq: $a } }) { id shortestPath(to: $b) } }"}
	coop := &query{name: "cooperation of two provinces", kg: kgCoop, shape: "cooperation", peer: peerCoop(), peerVars: peerCoopVars}
	for range n {
		id := counties[rng.IntN(len(counties))]
		hood1.args = append(hood1.args, map[string]any{"id": id})
		hood2.args = append(hood2.args, map[string]any{"id": counties[rng.IntN(len(counties))]})
		a, b := counties[rng.IntN(len(counties))], counties[rng.IntN(len(counties))]
		for b == a {
			b = counties[rng.IntN(len(counties))]
		}
		path.args = append(path.args, map[string]any{"a": a, "b": b})
		i, j := rng.IntN(len(provinces)), rng.IntN(len(provinces)-1)
		if j >= i {
			j++
		}
		coop.args = append(coop.args, map[string]any{"a": provinces[i], "b": provinces[j]})
	}
	return []*query{hood1, hood2, path, coop}
}
