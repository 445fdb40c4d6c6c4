package inmem

import (
	"cmp"
	"context"
	"fmt"
	"math/rand/v2"
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
	s, _, ents, rels := loadedSynth(t)

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

// TestFilteredListsAgainstScan checks Entities filtered by document, name
// and within (read from per-document lists and the name index, alone or
// together, with types) and Relations filtered by document and time (read
// from per-document lists) against a scan of the whole graph: the same
// items, total and hasNext, on the first page, one after a cursor, and
// every page walked.
func TestFilteredListsAgainstScan(t *testing.T) {
	ctx := context.Background()
	s, g, ents, rels := loadedSynth(t)
	_, counties, provinces := synth.Graph() // the same graph: the generator is seeded
	docs := map[string]kg.Document{}
	for _, d := range g.Documents {
		docs[d.ID] = d
	}
	// Within, from the store itself (its own test is elsewhere): the
	// index changes only how candidates are found.
	within := map[string]map[string]bool{}
	for _, w := range []string{provinces[0], counties[3]} {
		within[w] = map[string]bool{}
		for after := ""; ; {
			p, err := s.Entities(ctx, kg.EntityFilter{Within: w, Page: kg.Page{First: kg.CapPageSize, After: after}})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range p.Entities {
				within[w][e.ID] = true
			}
			if !p.HasNext {
				break
			}
			after = p.Entities[len(p.Entities)-1].ID
		}
	}
	// A name that some entity holds in its middle, in upper case when Latin.
	name := []rune(ents[len(ents)/2].Name)
	mid := string(name[len(name)/3 : len(name)/3+min(2, len(name)-len(name)/3)])
	entFilters := []kg.EntityFilter{
		{Document: g.Documents[0].ID},
		{Document: g.Documents[len(g.Documents)-1].ID, Types: []kg.EntityType{kg.County, kg.Park}},
		{Name: mid},
		{Name: string(name[:1])},
		{Name: "no such name"},
		{Name: "A"},
		{Name: mid, Document: g.Documents[1].ID},
		{Within: provinces[0], Document: g.Documents[2].ID},
		{Within: counties[3], Name: string(name[:1])},
	}
	walkEnts := func(f kg.EntityFilter, first int, after string) ([]string, int, bool) {
		p, err := s.Entities(ctx, kg.EntityFilter{Types: f.Types, Within: f.Within, Document: f.Document, Name: f.Name,
			Page: kg.Page{First: first, After: after}})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range p.Entities {
			ids = append(ids, e.ID)
		}
		return ids, p.Total, p.HasNext
	}
	nonEmpty := 0
	for _, f := range entFilters {
		var want []string
		for _, e := range ents {
			if (len(f.Types) == 0 || slices.Contains(f.Types, e.Type)) &&
				(f.Within == "" || within[f.Within][e.ID]) &&
				(f.Document == "" || e.MentionsByDocument[f.Document] > 0) &&
				(f.Name == "" || kg.NameMatches(e.Name, e.Aliases, f.Name)) {
				want = append(want, e.ID)
			}
		}
		if len(want) > 0 {
			nonEmpty++
		}
		checkPages(t, fmt.Sprintf("entities %+v", f), want, func(first int, after string) ([]string, int, bool) { return walkEnts(f, first, after) })
	}
	if nonEmpty < 6 {
		t.Errorf("only %d of the entity filters match anything: the test checks too little", nonEmpty)
	}

	relFilters := []kg.RelationFilter{
		{Document: g.Documents[0].ID},
		{Document: g.Documents[3].ID, Types: []kg.RelationType{kg.CoBuilds, kg.LinksWith}},
		{Time: kg.TimeFilter{FromYear: 2019, ToYear: 2021}},
		{Time: kg.TimeFilter{PeriodFrom: 2021, PeriodTo: 2025}, Document: g.Documents[5].ID},
		{Time: kg.TimeFilter{FromYear: 1900, ToYear: 1901}},
	}
	nonEmpty = 0
	for _, f := range relFilters {
		var want []string
		for _, r := range rels {
			if len(f.Types) > 0 && !slices.Contains(f.Types, r.Type) {
				continue
			}
			if slices.ContainsFunc(r.Evidence, func(ev kg.Evidence) bool {
				d := docs[ev.Document]
				return (f.Document == "" || ev.Document == f.Document) && f.Time.Matches(&d)
			}) {
				want = append(want, r.ID)
			}
		}
		if len(want) > 0 {
			nonEmpty++
		}
		checkPages(t, fmt.Sprintf("relations %+v", f), want, func(first int, after string) ([]string, int, bool) {
			p, err := s.Relations(ctx, kg.RelationFilter{Types: f.Types, Document: f.Document, Time: f.Time, Page: kg.Page{First: first, After: after}})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, r := range p.Relations {
				ids = append(ids, r.ID)
			}
			return ids, p.Total, p.HasNext
		})
	}
	if nonEmpty < 3 {
		t.Errorf("only %d of the relation filters match anything: the test checks too little", nonEmpty)
	}
}

// checkPages compares a list's pages with want (every matching id, in
// order): the first page, a page after a cursor in the middle, and every
// page walked.
func checkPages(t *testing.T, name string, want []string, page func(first int, after string) ([]string, int, bool)) {
	t.Helper()
	afters := []string{""}
	if len(want) > 2 {
		afters = append(afters, want[len(want)/2])
	}
	for _, after := range afters {
		for _, first := range []int{1, 7} {
			got, total, hasNext := page(first, after)
			rest := slices.DeleteFunc(slices.Clone(want), func(id string) bool { return id <= after })
			wantPage := rest[:min(first, len(rest))]
			if !slices.Equal(got, wantPage) || total != len(want) || hasNext != (len(rest) > first) {
				t.Errorf("%s, after %q, first %d: got %v total %d hasNext %v; want %v total %d hasNext %v",
					name, after, first, got, total, hasNext, wantPage, len(want), len(rest) > first)
			}
		}
	}
	var walked []string
	for after := ""; ; {
		got, _, hasNext := page(kg.CapPageSize, after)
		walked = append(walked, got...)
		if !hasNext || len(got) == 0 {
			break
		}
		after = got[len(got)-1]
	}
	if !slices.Equal(walked, want) {
		t.Errorf("%s: walked %d items, want %d", name, len(walked), len(want))
	}
}

// TestNameFilterIgnoresCase checks the name filter of Entities, read from
// the lower-case name index, on Latin names and aliases in any case, and
// that search, which reads the same index, still matches case exactly.
func TestNameFilterIgnoresCase(t *testing.T) {
	ctx := context.Background()
	doc := "doc:case.txt"
	g := &kg.Graph{Documents: []kg.Document{{ID: doc, Source: "case.txt", Title: "case", Script: "simplified", Encoding: "utf-8"}}}
	for i, n := range []struct{ name, alias string }{{"Alpha港", "BETA园区"}, {"阿尔法", "alphabet"}, {"伽马", ""}, {"DELTA", "Δelta"}} {
		e := kg.Entity{ID: fmt.Sprintf("park:%d", i), Type: kg.Park, Name: n.name, Pinyin: "x", Mentions: 1, MentionsByDocument: map[string]int{doc: 1}}
		if n.alias != "" {
			e.Aliases = []string{n.alias}
		}
		g.Entities = append(g.Entities, e)
	}
	s := New()
	if _, err := s.Load(ctx, g); err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string][]string{
		"alpha": {"park:0", "park:1"}, "ALPHA": {"park:0", "park:1"}, "Beta": {"park:0"}, "eta园": {"park:0"},
		"delta": {"park:3"}, "δ": {"park:3"}, "a": {"park:0", "park:1", "park:3"}, "港": {"park:0"}, "gamma": nil,
	} {
		p, err := s.Entities(ctx, kg.EntityFilter{Name: text})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range p.Entities {
			got = append(got, e.ID)
		}
		if !slices.Equal(got, want) || p.Total != len(want) {
			t.Errorf("name %q: got %v (total %d), want %v", text, got, p.Total, want)
		}
	}
	hits, err := s.Search(ctx, kg.SearchQuery{Text: "Alpha"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Entity.ID != "park:0" {
		t.Errorf("search Alpha: %d hits, want park:0 only", len(hits))
	}
}

// BenchmarkFilteredLists measures a page of Entities filtered by document
// and by name, and of Relations filtered by document and by time, on the
// peer benchmark's graph (synth.Graph).
func BenchmarkFilteredLists(b *testing.B) {
	ctx := context.Background()
	g, _, _ := synth.Graph()
	s := New()
	if _, err := s.Load(ctx, g); err != nil {
		b.Fatal(err)
	}
	name := []rune(g.Entities[len(g.Entities)/2].Name)
	for _, bc := range []struct {
		name string
		f    func() error
	}{
		{"entities/document", func() error {
			_, err := s.Entities(ctx, kg.EntityFilter{Document: g.Documents[7].ID, Page: kg.Page{First: 20}})
			return err
		}},
		{"entities/name", func() error {
			_, err := s.Entities(ctx, kg.EntityFilter{Name: string(name[:2]), Page: kg.Page{First: 20}})
			return err
		}},
		{"relations/document", func() error {
			_, err := s.Relations(ctx, kg.RelationFilter{Document: g.Documents[7].ID, Page: kg.Page{First: 20}})
			return err
		}},
		{"relations/time", func() error {
			_, err := s.Relations(ctx, kg.RelationFilter{Time: kg.TimeFilter{FromYear: 2020, ToYear: 2020}, Page: kg.Page{First: 20}})
			return err
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if err := bc.f(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPeerShortestPath measures the shortest path query of the peer
// benchmark (bench/peer.sh: one path between two random counties, at most
// 4 hops, every relation type) on its graph, synth.Graph.
func BenchmarkPeerShortestPath(b *testing.B) {
	ctx := context.Background()
	g, counties, _ := synth.Graph()
	s := New()
	if _, err := s.Load(ctx, g); err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	var qs []kg.PathQuery
	for range 256 {
		qs = append(qs, kg.PathQuery{From: counties[rng.IntN(len(counties))], To: counties[rng.IntN(len(counties))], MaxHops: 4, MaxPaths: 1})
	}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.ShortestPaths(ctx, qs[i%len(qs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// loadedSynth loads the synthetic graph of graph/bench_test.go into a new
// store and returns it with the graph's entities and relations sorted by
// id, as a scan of them would list them.
func loadedSynth(t *testing.T) (*Store, *kg.Graph, []kg.Entity, []kg.Relation) {
	t.Helper()
	g, _, _ := synth.Graph()
	s := New()
	if _, err := s.Load(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	ents := slices.Clone(g.Entities)
	slices.SortFunc(ents, func(a, b kg.Entity) int { return cmp.Compare(a.ID, b.ID) })
	rels := slices.Clone(g.Relations)
	slices.SortFunc(rels, func(a, b kg.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return s, g, ents, rels
}
