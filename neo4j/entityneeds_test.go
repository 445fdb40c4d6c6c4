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
