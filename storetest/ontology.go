package storetest

import (
	"errors"
	"testing"

	"github.com/cnplan/kg"
)

// testOntology: records the ontology forbids are skipped with an error
// naming them; the rest of the graph loads.
func testOntology(t *testing.T, open opener) {
	x := "doc:x.txt"
	rel := func(rt kg.RelationType, from, to string, evs ...kg.Evidence) kg.Relation {
		return kg.Relation{ID: R(rt, from, to), Type: rt, From: from, To: to, Evidence: evs}
	}
	good := rel(kg.LinksWith, "region:360300", "region:430200", ev(x, 0, 0, 4, "联动", "萍乡联动株洲。"))
	cases := []struct {
		name string
		// base is loaded first (nil: nothing).
		base    func() *kg.Graph
		rels    []kg.Relation
		skipped []string // relation ids left out, named in the message
		kept    []string // relation ids loaded
	}{
		{"LocatedInFromCity", nil, []kg.Relation{
			rel(kg.LocatedIn, "region:360300", "region:360000", ev(x, 1, 0, 6, "位于", "萍乡位于江西。")), good},
			[]string{R(kg.LocatedIn, "region:360300", "region:360000")}, []string{good.ID}},
		{"LocatedInFromProvince", nil, []kg.Relation{
			rel(kg.LocatedIn, "region:360000", "region:430200", ev(x, 1, 0, 6, "位于", "江西位于株洲。"))},
			[]string{R(kg.LocatedIn, "region:360000", "region:430200")}, nil},
		{"LocatedInFromStoredGroup", Both, []kg.Relation{
			rel(kg.LocatedIn, IDGBA, "region:360300", ev(x, 1, 0, 9, "粤港澳大湾区", "粤港澳大湾区萍乡。")), good},
			[]string{R(kg.LocatedIn, IDGBA, "region:360300")}, []string{good.ID}},
		{"LocatedInFromThing", nil, []kg.Relation{
			rel(kg.LocatedIn, "project:甲工程", "region:360300", ev(x, 1, 0, 5, "位于", "甲工程位于萍乡。"))},
			nil, []string{R(kg.LocatedIn, "project:甲工程", "region:360300")}},
		{"PartOfSelf", nil, []kg.Relation{rel(kg.PartOf, "region:360300", "region:360300"), good},
			[]string{R(kg.PartOf, "region:360300", "region:360300")}, []string{good.ID}},
		{"PartOfCycleInGraph", nil, []kg.Relation{
			rel(kg.PartOf, "region:360300", "region:360000"),
			rel(kg.PartOf, "region:360000", "region:430200"),
			rel(kg.PartOf, "region:430200", "region:360300")},
			[]string{R(kg.PartOf, "region:430200", "region:360300")},
			[]string{R(kg.PartOf, "region:360300", "region:360000"), R(kg.PartOf, "region:360000", "region:430200")}},
		{"PartOfCycleWithStore", Both, []kg.Relation{
			rel(kg.PartOf, IDJiangxi, IDShangli, ev(x, 1, 0, 4, "属于", "江西属于上栗。")), good},
			[]string{R(kg.PartOf, IDJiangxi, IDShangli)}, []string{good.ID}},
		{"PartOfNoCycle", Both, []kg.Relation{rel(kg.PartOf, IDShangli, IDJiangxi)},
			nil, []string{R(kg.PartOf, IDShangli, IDJiangxi)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := t.Context()
			s := open(t)
			if c.base != nil {
				mustLoad(t, s, c.base())
			}
			g := smallGraph()
			g.Relations = c.rels
			ls, err := s.Load(ctx, g)
			if len(c.skipped) == 0 {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
			} else {
				var se *kg.SkippedError
				if !errors.As(err, &se) {
					t.Fatalf("Load: error %v, want a *kg.SkippedError", err)
				}
				wantCode(t, err, kg.EINVALID, "skipped records")
				if len(se.Skipped) != len(c.skipped) {
					t.Errorf("Skipped %q, want %d records", se.Skipped, len(c.skipped))
				}
				if !containsAll(kg.ErrorMessage(err), c.skipped...) {
					t.Errorf("message %q does not name %v", kg.ErrorMessage(err), c.skipped)
				}
			}
			if ls.Documents != 1 || ls.Relations != len(c.kept) {
				t.Errorf("LoadStats %+v, want 1 document and %d relations", ls, len(c.kept))
			}
			for _, id := range c.skipped {
				_, err := s.Relation(ctx, id)
				wantCode(t, err, kg.ENOTFOUND, "skipped relation "+id)
			}
			for _, id := range c.kept {
				if _, err := s.Relation(ctx, id); err != nil {
					t.Errorf("relation %s not loaded: %v", id, err)
				}
			}
			if _, err := s.Document(ctx, x); err != nil {
				t.Errorf("document not loaded: %v", err)
			}
		})
	}
}

// testWithinHierarchy: Within follows PART_OF between regions and
// LOCATED_IN from things, nothing else, whatever the store holds.
func testWithinHierarchy(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	x := "doc:x.txt"
	grp := kg.EntityID(kg.RegionGroup, "测试区")
	sub := kg.EntityID(kg.Project, "子工程")
	g := smallGraph()
	g.Entities = append(g.Entities,
		kg.Entity{ID: grp, Type: kg.RegionGroup, Name: "测试区", Mentions: 1, MentionsByDocument: map[string]int{x: 1}},
		kg.Entity{ID: sub, Type: kg.Project, Name: "子工程", Mentions: 1, MentionsByDocument: map[string]int{x: 1}})
	e := func(s string) kg.Evidence { return ev(x, 1, 0, 4, "属于", s) }
	g.Relations = []kg.Relation{
		// A group said to be part of a city does not bring its members in.
		{ID: R(kg.PartOf, grp, IDPingxiang), Type: kg.PartOf, From: grp, To: IDPingxiang, Evidence: []kg.Evidence{e("测试区属于萍乡。")}},
		{ID: R(kg.PartOf, IDChangsha, grp), Type: kg.PartOf, From: IDChangsha, To: grp, Evidence: []kg.Evidence{e("长沙属于测试区。")}},
		// A thing part of a thing in the city is not within the city.
		{ID: R(kg.PartOf, sub, IDPxDevZone), Type: kg.PartOf, From: sub, To: IDPxDevZone, Evidence: []kg.Evidence{e("子工程属于开发区。")}},
	}
	mustLoad(t, s, g)
	cases := []struct {
		name   string
		within string
		want   []string
	}{
		{"City", IDPingxiang, []string{IDPingxiang, IDShangli, IDXiangdong, IDLuxi, IDXgPark, IDPxDevZone, IDLyslZone}},
		{"Province", IDJiangxi, []string{IDJiangxi, IDPingxiang, IDYichun, IDShangli, IDXiangdong, IDLuxi, IDWanzai, IDXgPark, IDPxDevZone, IDLyslZone}},
		{"Group", grp, []string{grp, IDChangsha, IDLiuyang, IDLyslZone}},
		{"Thing", IDPxDevZone, []string{IDPxDevZone}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := s.Entities(ctx, kg.EntityFilter{Within: c.within})
			if err != nil {
				t.Fatal(err)
			}
			eqIDs(t, "within "+c.within, entIDs(p.Entities), sorted(c.want...))
		})
	}
}
