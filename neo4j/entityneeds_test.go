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

// TestRelationEvidence checks that a caller that says it uses no evidence
// gets the same relations without evidence or weight from each read that
// projects relations, and that one that uses it gets them whole.
func TestRelationEvidence(t *testing.T) {
	s := openStore(t, testConfig())
	load(t, s, storetest.Both())
	full := context.Background()
	light := neo4j.WithRelationEvidence(full, func(context.Context) bool { return false })
	used := neo4j.WithRelationEvidence(full, func(context.Context) bool { return true })
	page, err := s.Relations(full, kg.RelationFilter{Page: kg.Page{First: 100}})
	if err != nil {
		t.Fatal(err)
	}
	var withEvidence *kg.Relation
	for _, r := range page.Relations {
		if len(r.Evidence) > 0 && (withEvidence == nil || len(r.Evidence) > len(withEvidence.Evidence)) {
			withEvidence = r
		}
	}
	if withEvidence == nil {
		t.Fatal("the fixture has no relation with evidence")
	}
	reads := []struct {
		name string
		read func(ctx context.Context) ([]*kg.Relation, error)
	}{
		{"relation", func(ctx context.Context) ([]*kg.Relation, error) {
			r, err := s.Relation(ctx, withEvidence.ID)
			return []*kg.Relation{r}, err
		}},
		{"relations", func(ctx context.Context) ([]*kg.Relation, error) {
			p, err := s.Relations(ctx, kg.RelationFilter{Page: kg.Page{First: 100}})
			if err != nil {
				return nil, err
			}
			return p.Relations, nil
		}},
		{"neighbourhood", func(ctx context.Context) ([]*kg.Relation, error) {
			sg, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{withEvidence.From}, Hops: 2})
			if err != nil {
				return nil, err
			}
			return sg.Edges, nil
		}},
		{"shortest path", func(ctx context.Context) ([]*kg.Relation, error) {
			ps, err := s.ShortestPaths(ctx, kg.PathQuery{From: withEvidence.From, To: withEvidence.To, MaxHops: 2})
			if err != nil || len(ps) == 0 {
				return nil, err
			}
			return ps[0].Edges, nil
		}},
	}
	for _, rd := range reads {
		want, err := rd.read(full)
		if err != nil {
			t.Fatal(err)
		}
		evidenced := 0
		for _, r := range want {
			if len(r.Evidence) > 0 {
				evidenced++
			}
		}
		if evidenced == 0 {
			t.Fatalf("%s: no relation with evidence: the test checks nothing", rd.name)
		}
		for _, tc := range []struct {
			name     string
			ctx      context.Context
			evidence bool
		}{{"light", light, false}, {"used", used, true}} {
			got, err := rd.read(tc.ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("%s, %s: %d relations, want %d", rd.name, tc.name, len(got), len(want))
			}
			for i, r := range got {
				w := want[i]
				if r.ID != w.ID || r.Type != w.Type || r.From != w.From || r.To != w.To {
					t.Errorf("%s, %s: %+v, want %+v", rd.name, tc.name, r, w)
				}
				if tc.evidence && (len(r.Evidence) != len(w.Evidence) || r.Weight != w.Weight) {
					t.Errorf("%s, %s: %s has %d pieces, weight %+v; want %d, %+v", rd.name, tc.name, r.ID, len(r.Evidence), r.Weight, len(w.Evidence), w.Weight)
				}
				if !tc.evidence && (len(r.Evidence) != 0 || r.Weight != (kg.RelationWeight{})) {
					t.Errorf("%s, %s: %s has %d pieces, weight %+v; want none", rd.name, tc.name, r.ID, len(r.Evidence), r.Weight)
				}
			}
		}
	}
}
