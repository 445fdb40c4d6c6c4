package storetest

import (
	"testing"

	"github.com/cnplan/kg"
)

// testNameFilter: EntityFilter.Name matches names and aliases, Latin
// letters in any case (kg.NameMatches).
func testNameFilter(t *testing.T, open opener) {
	s := open(t)
	x := "doc:x.txt"
	road := kg.EntityID(kg.Road, "G320国道")
	g := smallGraph()
	g.Entities = append(g.Entities, kg.Entity{ID: road, Type: kg.Road, Name: "G320国道", Aliases: []string{"Guodao320"},
		Mentions: 1, MentionsByDocument: map[string]int{x: 1}})
	mustLoad(t, s, g)
	cases := []struct {
		name, text string
		want       []string
	}{
		{"UpperCase", "G320", []string{road}},
		{"LowerCase", "g320", []string{road}},
		{"AliasLowerCase", "guodao", []string{road}},
		{"Han", "国道", []string{road}},
		{"HanName", "萍乡", []string{"region:360300"}},
		{"NoMatch", "g321", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := s.Entities(t.Context(), kg.EntityFilter{Name: c.text})
			if err != nil {
				t.Fatal(err)
			}
			eqIDs(t, c.text, entIDs(p.Entities), c.want)
		})
	}
}
