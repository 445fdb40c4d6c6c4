package inmem

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/bench/synth"
)

// TestListPagesAgainstScan checks the pages of Entities and Relations
// filtered by type at most (read from per-type lists and counts, from the
// cursor on) against a scan of the whole graph: the same items, total and
// hasNext, for cursors before, inside and past the end, and when walking
// every page.
func TestListPagesAgainstScan(t *testing.T) {
	ctx := context.Background()
	g, _, _ := synth.Graph()
	s := New()
	if _, err := s.Load(ctx, g); err != nil {
		t.Fatal(err)
	}
	ents := slices.Clone(g.Entities)
	slices.SortFunc(ents, func(a, b kg.Entity) int { return cmp.Compare(a.ID, b.ID) })
	rels := slices.Clone(g.Relations)
	slices.SortFunc(rels, func(a, b kg.Relation) int { return cmp.Compare(a.ID, b.ID) })

	entTypes := []struct {
		name  string
		types []kg.EntityType
	}{
		{"all", nil},
		{"counties", []kg.EntityType{kg.County}},
		{"parks and projects", []kg.EntityType{kg.Park, kg.Project}},
		{"provinces and cities", []kg.EntityType{kg.Province, kg.City}},
		{"a type with none", []kg.EntityType{kg.Agency}},
	}
	relTypes := []struct {
		name  string
		types []kg.RelationType
	}{
		{"all", nil},
		{"part of", []kg.RelationType{kg.PartOf}},
		{"co-builds and links", []kg.RelationType{kg.CoBuilds, kg.LinksWith}},
	}
	afters := []string{"", ents[len(ents)/3].ID, rels[len(rels)/2].ID, ents[len(ents)-1].ID, "region:", "zzz"}
	for _, tt := range entTypes {
		var want []string
		for _, e := range ents {
			if len(tt.types) == 0 || slices.Contains(tt.types, e.Type) {
				want = append(want, e.ID)
			}
		}
		for _, after := range afters {
			for _, first := range []int{1, 7, 100} {
				t.Run(fmt.Sprintf("entities/%s/after %q/first %d", tt.name, after, first), func(t *testing.T) {
					p, err := s.Entities(ctx, kg.EntityFilter{Types: tt.types, Page: kg.Page{First: first, After: after}})
					if err != nil {
						t.Fatal(err)
					}
					rest := slices.DeleteFunc(slices.Clone(want), func(id string) bool { return id <= after })
					wantPage := rest[:min(first, len(rest))]
					var got []string
					for _, e := range p.Entities {
						got = append(got, e.ID)
					}
					if !slices.Equal(got, wantPage) || p.Total != len(want) || p.HasNext != (len(rest) > first) {
						t.Errorf("got %v total %d hasNext %v; want %v total %d hasNext %v", got, p.Total, p.HasNext, wantPage, len(want), len(rest) > first)
					}
				})
			}
		}
		t.Run("entities/"+tt.name+"/every page", func(t *testing.T) {
			var got []string
			for after := ""; ; {
				p, err := s.Entities(ctx, kg.EntityFilter{Types: tt.types, Page: kg.Page{First: kg.CapPageSize, After: after}})
				if err != nil {
					t.Fatal(err)
				}
				for _, e := range p.Entities {
					got = append(got, e.ID)
				}
				if !p.HasNext {
					break
				}
				after = p.Entities[len(p.Entities)-1].ID
			}
			if !slices.Equal(got, want) {
				t.Errorf("walked %d entities, want %d", len(got), len(want))
			}
		})
	}
	for _, tt := range relTypes {
		var want []string
		for _, r := range rels {
			if len(tt.types) == 0 || slices.Contains(tt.types, r.Type) {
				want = append(want, r.ID)
			}
		}
		for _, after := range afters {
			for _, first := range []int{1, 7, 100} {
				t.Run(fmt.Sprintf("relations/%s/after %q/first %d", tt.name, after, first), func(t *testing.T) {
					p, err := s.Relations(ctx, kg.RelationFilter{Types: tt.types, Page: kg.Page{First: first, After: after}})
					if err != nil {
						t.Fatal(err)
					}
					rest := slices.DeleteFunc(slices.Clone(want), func(id string) bool { return id <= after })
					wantPage := rest[:min(first, len(rest))]
					var got []string
					for _, r := range p.Relations {
						got = append(got, r.ID)
					}
					if !slices.Equal(got, wantPage) || p.Total != len(want) || p.HasNext != (len(rest) > first) {
						t.Errorf("got %v total %d hasNext %v; want %v total %d hasNext %v", got, p.Total, p.HasNext, wantPage, len(want), len(rest) > first)
					}
				})
			}
		}
	}
}
