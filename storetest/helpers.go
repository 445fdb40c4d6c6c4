package storetest

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cnplan/kg"
)

// opener is the adapter's constructor of fresh, empty stores.
type opener = func(t *testing.T) kg.Store

// mustLoad loads g and fails the test on error.
func mustLoad(t *testing.T, s kg.Store, g *kg.Graph) kg.LoadStats {
	t.Helper()
	st, err := s.Load(t.Context(), g)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return st
}

// loaded opens a fresh store and loads Both into it.
func loaded(t *testing.T, open opener) kg.Store {
	t.Helper()
	s := open(t)
	mustLoad(t, s, Both())
	return s
}

// wantCode fails unless err carries the given code.
func wantCode(t *testing.T, err error, code, what string) {
	t.Helper()
	if got := kg.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (err %v), want %q", what, got, err, code)
	}
}

func entIDs(es []*kg.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		if e == nil {
			out[i] = "<nil>"
		} else {
			out[i] = e.ID
		}
	}
	return out
}

func relIDs(rs []*kg.Relation) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		if r == nil {
			out[i] = "<nil>"
		} else {
			out[i] = r.ID
		}
	}
	return out
}

// sorted returns ids sorted by byte order, the order of every list.
func sorted(ids ...string) []string {
	s := slices.Clone(ids)
	slices.Sort(s)
	return s
}

// eqIDs fails unless got equals want element by element.
func eqIDs(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s:\n got  %v\n want %v", what, got, want)
	}
}

// checkSubgraph checks the invariants of every Subgraph: nodes and edges
// sorted by id without duplicates, every edge's ends among the nodes.
func checkSubgraph(t *testing.T, what string, sg *kg.Subgraph) {
	t.Helper()
	nodes := map[string]bool{}
	for i, n := range sg.Nodes {
		if n == nil {
			t.Errorf("%s: nil node at %d", what, i)
			return
		}
		if i > 0 && sg.Nodes[i-1].ID >= n.ID {
			t.Errorf("%s: nodes not sorted by id or duplicated at %d: %s, %s", what, i, sg.Nodes[i-1].ID, n.ID)
		}
		nodes[n.ID] = true
	}
	for i, e := range sg.Edges {
		if e == nil {
			t.Errorf("%s: nil edge at %d", what, i)
			return
		}
		if i > 0 && sg.Edges[i-1].ID >= e.ID {
			t.Errorf("%s: edges not sorted by id or duplicated at %d", what, i)
		}
		if !nodes[e.From] || !nodes[e.To] {
			t.Errorf("%s: edge %s (%s -> %s) has an end outside the nodes", what, e.ID, e.From, e.To)
		}
	}
}

// wantSubgraph checks the invariants and the exact node and edge ids.
func wantSubgraph(t *testing.T, what string, sg *kg.Subgraph, nodes, edges []string, truncated bool) {
	t.Helper()
	if sg == nil {
		t.Errorf("%s: nil subgraph", what)
		return
	}
	checkSubgraph(t, what, sg)
	eqIDs(t, what+" nodes", entIDs(sg.Nodes), sorted(nodes...))
	eqIDs(t, what+" edges", relIDs(sg.Edges), sorted(edges...))
	if sg.Truncated != truncated {
		t.Errorf("%s: Truncated %v, want %v", what, sg.Truncated, truncated)
	}
}

// normEntity returns a copy of e with empty slices and maps set to nil.
func normEntity(e *kg.Entity) *kg.Entity {
	if e == nil {
		return nil
	}
	c := *e
	if len(c.Aliases) == 0 {
		c.Aliases = nil
	} else {
		c.Aliases = slices.Clone(c.Aliases)
	}
	if len(c.MentionsByDocument) == 0 {
		c.MentionsByDocument = nil
	} else {
		c.MentionsByDocument = maps.Clone(c.MentionsByDocument)
	}
	if len(c.Milestones) == 0 {
		c.Milestones = nil
	} else {
		c.Milestones = slices.Clone(c.Milestones)
	}
	return &c
}

// normRelation returns a copy of r with empty evidence set to nil.
func normRelation(r *kg.Relation) *kg.Relation {
	if r == nil {
		return nil
	}
	c := *r
	if len(c.Evidence) == 0 {
		c.Evidence = nil
	} else {
		c.Evidence = slices.Clone(c.Evidence)
	}
	return &c
}

// wantEntity compares an entity field by field, treating nil and empty alike.
// The computed Degree and Documents are left out (testWeights checks them).
func wantEntity(t *testing.T, what string, got, want *kg.Entity) {
	t.Helper()
	g, w := normEntity(got), normEntity(want)
	if g != nil {
		g.Degree, g.Documents = 0, 0
	}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("%s:\n got  %s\n want %s", what, fmtEntity(g), fmtEntity(w))
	}
}

// wantRelation compares a relation field by field, treating nil and empty alike.
// The computed Weight is left out (testWeights checks it).
func wantRelation(t *testing.T, what string, got, want *kg.Relation) {
	t.Helper()
	g, w := normRelation(got), normRelation(want)
	if g != nil {
		g.Weight = kg.RelationWeight{}
	}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("%s:\n got  %+v\n want %+v", what, g, w)
	}
}

func fmtEntity(e *kg.Entity) string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%+v", *e)
}

// snapshot is everything a store holds, read through its API.
type snapshot struct {
	Documents []*kg.Document
	Entities  []*kg.Entity
	Relations []*kg.Relation
}

// dump reads every document, entity and relation of s page by page.
func dump(t *testing.T, s kg.Store) snapshot {
	t.Helper()
	ctx := t.Context()
	var snap snapshot
	after := ""
	for {
		p, err := s.Documents(ctx, kg.Page{First: kg.CapPageSize, After: after})
		if err != nil {
			t.Fatalf("Documents: %v", err)
		}
		snap.Documents = append(snap.Documents, p.Documents...)
		if !p.HasNext || len(p.Documents) == 0 {
			break
		}
		after = p.Documents[len(p.Documents)-1].ID
	}
	after = ""
	for {
		p, err := s.Entities(ctx, kg.EntityFilter{Page: kg.Page{First: kg.CapPageSize, After: after}})
		if err != nil {
			t.Fatalf("Entities: %v", err)
		}
		for _, e := range p.Entities {
			snap.Entities = append(snap.Entities, normEntity(e))
		}
		if !p.HasNext || len(p.Entities) == 0 {
			break
		}
		after = p.Entities[len(p.Entities)-1].ID
	}
	after = ""
	for {
		p, err := s.Relations(ctx, kg.RelationFilter{Page: kg.Page{First: kg.CapPageSize, After: after}})
		if err != nil {
			t.Fatalf("Relations: %v", err)
		}
		for _, r := range p.Relations {
			snap.Relations = append(snap.Relations, normRelation(r))
		}
		if !p.HasNext || len(p.Relations) == 0 {
			break
		}
		after = p.Relations[len(p.Relations)-1].ID
	}
	return snap
}

// wantSameSnapshot fails with the first difference between two snapshots.
func wantSameSnapshot(t *testing.T, what string, got, want snapshot) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	if len(got.Documents) != len(want.Documents) || !reflect.DeepEqual(got.Documents, want.Documents) {
		t.Errorf("%s: documents differ:\n got  %v\n want %v", what, docIDs(got.Documents), docIDs(want.Documents))
		for i := range min(len(got.Documents), len(want.Documents)) {
			if !reflect.DeepEqual(got.Documents[i], want.Documents[i]) {
				t.Errorf("%s: document %d:\n got  %+v\n want %+v", what, i, *got.Documents[i], *want.Documents[i])
			}
		}
	}
	eqIDs(t, what+": entity ids", entIDs(got.Entities), entIDs(want.Entities))
	for i := range min(len(got.Entities), len(want.Entities)) {
		if !reflect.DeepEqual(got.Entities[i], want.Entities[i]) {
			t.Errorf("%s: entity %s:\n got  %s\n want %s", what, want.Entities[i].ID, fmtEntity(got.Entities[i]), fmtEntity(want.Entities[i]))
		}
	}
	eqIDs(t, what+": relation ids", relIDs(got.Relations), relIDs(want.Relations))
	for i := range min(len(got.Relations), len(want.Relations)) {
		if !reflect.DeepEqual(got.Relations[i], want.Relations[i]) {
			t.Errorf("%s: relation %s:\n got  %+v\n want %+v", what, want.Relations[i].ID, *got.Relations[i], *want.Relations[i])
		}
	}
}

func docIDs(ds []*kg.Document) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		if d == nil {
			out[i] = "<nil>"
		} else {
			out[i] = d.ID
		}
	}
	return out
}

// wantStats compares counts (not MostConnected).
func wantStats(t *testing.T, what string, got *kg.Stats, docs int, ents map[kg.EntityType]int, rels map[kg.RelationType]int, evidence int) {
	t.Helper()
	if got == nil {
		t.Fatalf("%s: nil stats", what)
	}
	if got.Documents != docs {
		t.Errorf("%s: Documents %d, want %d", what, got.Documents, docs)
	}
	for _, et := range kg.EntityTypes() {
		n, ok := got.EntitiesByType[et]
		if !ok {
			t.Errorf("%s: EntitiesByType has no key %s", what, et)
		}
		if n != ents[et] {
			t.Errorf("%s: EntitiesByType[%s] = %d, want %d", what, et, n, ents[et])
		}
	}
	for _, rt := range kg.RelationTypes() {
		n, ok := got.RelationsByType[rt]
		if !ok {
			t.Errorf("%s: RelationsByType has no key %s", what, rt)
		}
		if n != rels[rt] {
			t.Errorf("%s: RelationsByType[%s] = %d, want %d", what, rt, n, rels[rt])
		}
	}
	if got.Evidence != evidence {
		t.Errorf("%s: Evidence %d, want %d", what, got.Evidence, evidence)
	}
}

// mustStats returns s's stats with top entities.
func mustStats(t *testing.T, s kg.Store, top int) *kg.Stats {
	t.Helper()
	st, err := s.Stats(t.Context(), top)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

// canceled returns a context that is already cancelled.
func canceled() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}

// containsAll reports whether msg contains every part.
func containsAll(msg string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(msg, p) {
			return false
		}
	}
	return true
}
