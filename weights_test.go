package kg

import (
	"reflect"
	"testing"
)

func TestCollapse(t *testing.T) {
	ev := func(doc string) Evidence { return Evidence{Document: doc} }
	rel := func(typ RelationType, from, to string, w RelationWeight, evs ...Evidence) *Relation {
		return &Relation{ID: RelationID(typ, from, to), Type: typ, From: from, To: to, Evidence: evs, Weight: w}
	}
	a2b := rel(DocksWith, "a", "b", RelationWeight{2, 1, 2019, 2019}, ev("d1"), ev("d1"))
	b2a := rel(CooperatesWith, "b", "a", RelationWeight{1, 1, 2022, 2022}, ev("d2"))
	a2bLinks := rel(LinksWith, "a", "b", RelationWeight{1, 1, 0, 0}, ev("d3"))
	c2a := rel(PartOf, "c", "a", RelationWeight{})
	cases := []struct {
		name  string
		edges []*Relation
		want  []CollapsedEdge
	}{
		{"none", nil, []CollapsedEdge{}},
		{"one edge keeps its weight", []*Relation{a2b}, []CollapsedEdge{{Source: "a", Target: "b", Types: []RelationType{DocksWith},
			Relations: []string{a2b.ID}, Weight: RelationWeight{2, 1, 2019, 2019}}}},
		{"both directions and several types become one edge, types in ontology order", []*Relation{b2a, a2bLinks, a2b},
			[]CollapsedEdge{{Source: "a", Target: "b", Types: []RelationType{DocksWith, LinksWith, CooperatesWith},
				Relations: sortedIDs(a2b.ID, b2a.ID, a2bLinks.ID), Weight: RelationWeight{4, 3, 2019, 2022}}}},
		{"pairs ordered by source, then target; no evidence, no years", []*Relation{c2a, a2b},
			[]CollapsedEdge{{Source: "a", Target: "b", Types: []RelationType{DocksWith}, Relations: []string{a2b.ID}, Weight: RelationWeight{2, 1, 2019, 2019}},
				{Source: "a", Target: "c", Types: []RelationType{PartOf}, Relations: []string{c2a.ID}}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Collapse(c.edges); !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
		})
	}
}

func sortedIDs(ids ...string) []string {
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			if ids[j] < ids[i] {
				ids[i], ids[j] = ids[j], ids[i]
			}
		}
	}
	return ids
}

func TestTimeFilterMatches(t *testing.T) {
	px := &Document{Date: "2019-02-20", PeriodStart: 2019, PeriodEnd: 2020}
	undated := &Document{}
	open := &Document{Date: "2022", PeriodStart: 2021}
	cases := []struct {
		name string
		f    TimeFilter
		d    *Document
		want bool
	}{
		{"no filter passes the undated", TimeFilter{}, undated, true},
		{"year in range", TimeFilter{FromYear: 2019, ToYear: 2019}, px, true},
		{"year before", TimeFilter{FromYear: 2020}, px, false},
		{"undated fails a year bound", TimeFilter{ToYear: 2030}, undated, false},
		{"period overlaps", TimeFilter{PeriodFrom: 2016, PeriodTo: 2020}, px, true},
		{"period after", TimeFilter{PeriodFrom: 2021, PeriodTo: 2025}, px, false},
		{"a period with one end is one year", TimeFilter{PeriodFrom: 2021, PeriodTo: 2021}, open, true},
		{"no period fails a period bound", TimeFilter{PeriodTo: 2030}, undated, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.f.Matches(c.d); got != c.want {
				t.Errorf("Matches = %v, want %v", got, c.want)
			}
		})
	}
}
