package neo4j_test

import (
	"context"
	"testing"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/neo4j"
	"github.com/cnplan/kg/storetest"
)

// TestEntityNeeds checks that a caller that says it uses no mentions or
// degree gets entities without them, and every other field the same, from
// each read that projects entities; and that one that uses them, or says
// nothing, gets them.
func TestEntityNeeds(t *testing.T) {
	s := openStore(t, testConfig())
	load(t, s, storetest.Both())
	full := context.Background()
	light := neo4j.WithEntityNeeds(full, func(context.Context) bool { return false })
	used := neo4j.WithEntityNeeds(full, func(context.Context) bool { return true })
	page, err := s.Entities(full, kg.EntityFilter{Page: kg.Page{First: 100}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	detailed := 0
	for _, e := range page.Entities {
		ids = append(ids, e.ID)
		if e.Degree > 0 && e.Mentions > 0 {
			detailed++
		}
	}
	if detailed == 0 {
		t.Fatal("the fixture has no entity with both mentions and relations")
	}
	want, err := s.EntitiesByID(full, ids)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		ctx    context.Context
		detail bool
	}{{"light", light, false}, {"used", used, true}} {
		got, err := s.EntitiesByID(tc.ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range got {
			w := *want[i]
			if !tc.detail {
				w.Mentions, w.Degree, w.Documents, w.MentionsByDocument = 0, 0, 0, nil
				w.Milestones = nil
				for _, m := range want[i].Milestones {
					if e != nil && containsMilestone(e.Milestones, m) {
						w.Milestones = append(w.Milestones, m)
					}
				}
			}
			if e == nil || e.ID != w.ID || e.Name != w.Name || e.Type != w.Type || e.Code != w.Code || e.Parent != w.Parent ||
				e.Pinyin != w.Pinyin || e.Mentions != w.Mentions || e.Degree != w.Degree || e.Documents != w.Documents ||
				len(e.MentionsByDocument) != len(w.MentionsByDocument) || len(e.Aliases) != len(w.Aliases) {
				t.Errorf("%s: %s = %+v, want %+v", tc.name, ids[i], e, w)
			}
		}
		// The traversals project entities the same way.
		sg, err := s.Neighbourhood(tc.ctx, kg.NeighbourhoodQuery{Seeds: []string{ids[0]}, Hops: 2})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range sg.Nodes {
			if tc.detail != (n.Degree > 0) {
				t.Errorf("%s: neighbourhood node %s has degree %d", tc.name, n.ID, n.Degree)
			}
		}
	}
}

func containsMilestone(ms []kg.Milestone, m kg.Milestone) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// TestRelationYears checks that a caller that says it uses no first or
// last year gets relations without them and the rest of their weights the
// same.
func TestRelationYears(t *testing.T) {
	s := openStore(t, testConfig())
	load(t, s, storetest.Both())
	full := context.Background()
	light := neo4j.WithRelationYears(full, func(context.Context) bool { return false })
	page, err := s.Entities(full, kg.EntityFilter{Page: kg.Page{First: 1}})
	if err != nil {
		t.Fatal(err)
	}
	q := kg.NeighbourhoodQuery{Seeds: []string{page.Entities[0].ID}, Hops: 2}
	want, err := s.Neighbourhood(full, q)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Neighbourhood(light, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Edges) != len(want.Edges) {
		t.Fatalf("%d edges, want %d", len(got.Edges), len(want.Edges))
	}
	dated := 0
	for i, e := range got.Edges {
		w := want.Edges[i]
		if w.Weight.FirstYear > 0 {
			dated++
		}
		if e.ID != w.ID || e.Weight.Evidence != w.Weight.Evidence || e.Weight.Documents != w.Weight.Documents ||
			e.Weight.FirstYear != 0 || e.Weight.LastYear != 0 || len(e.Evidence) != len(w.Evidence) {
			t.Errorf("%s: weight %+v, want %+v without years", e.ID, e.Weight, w.Weight)
		}
	}
	if dated == 0 {
		t.Error("no dated edge in the fixture's neighbourhood: the test checks nothing")
	}
}
