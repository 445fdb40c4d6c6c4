package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	kg "github.com/cnplan/kg"
	"github.com/cnplan/kg/gazetteer"
)

// TestMergeReference checks merge against what it replaced: each
// document's graph, kg.Merge of them in input order, and kg.Merge of that
// with the gazetteer's structure, on the seeds and the corpus, also with
// documents read twice under one id (a later file of the same base name
// replaces the earlier) and in another order.
func TestMergeReference(t *testing.T) {
	x := newTestExtractor(t)
	var ins []Input
	for _, pat := range []string{"../seeds/*.txt", "../testdata/corpus/docs/*.txt"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			ins = append(ins, Input{Name: f, Data: data})
		}
	}
	if len(ins) < 10 {
		t.Fatalf("only %d inputs", len(ins))
	}
	var parts []*docGraph
	for _, in := range ins {
		if g, _ := x.document(in); g != nil {
			parts = append(parts, g)
		}
	}
	again := append([]*docGraph{}, parts[len(parts)/2:]...)
	again = append(again, parts...)
	// the same document ids with other contents: a later one must win
	swapped := append([]*docGraph{}, parts...)
	for i := 0; i+1 < len(swapped); i += 2 {
		a, b := *swapped[i], *swapped[i+1]
		a.doc.ID = b.doc.ID
		swapped[i] = &a
	}
	for name, ps := range map[string][]*docGraph{"inputs": parts, "repeated": again, "same ids": swapped, "one": parts[:1], "none": nil} {
		got := x.merge(ps)
		want := x.mergeReference(ps)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: merge differs from kg.Merge of the documents' graphs and their structure", name)
			for i := range min(len(got.Entities), len(want.Entities)) {
				if !reflect.DeepEqual(got.Entities[i], want.Entities[i]) {
					t.Errorf("first entity that differs:\n got %+v\nwant %+v", got.Entities[i], want.Entities[i])
					break
				}
			}
		}
	}
}

// graph turns what one document gives into a kg.Graph.
func (x *Extractor) graphReference(p *docGraph) *kg.Graph {
	g := &kg.Graph{Documents: []kg.Document{p.doc}}
	for _, e := range p.ents {
		ke := kg.Entity{ID: e.id, Type: e.typ, Name: e.name, Code: e.code, Parent: e.parent, Pinyin: e.pinyin,
			Milestones: p.miles[e.id]}
		if ke.Pinyin == "" {
			ke.Pinyin = x.pinyin(e.name)
		}
		for _, a := range e.aliases {
			if a != e.name {
				ke.Aliases = append(ke.Aliases, a)
			}
		}
		if n := e.mentions; n > 0 {
			ke.MentionsByDocument = map[string]int{p.doc.ID: n}
		}
		g.Entities = append(g.Entities, ke)
	}
	for k := range p.rels.m {
		evs := p.rels.evidence(k)
		g.Relations = append(g.Relations, kg.Relation{ID: kg.RelationID(k.typ, k.from, k.to), Type: k.typ,
			From: k.from, To: k.to, Evidence: evs})
	}
	return g
}

// merge joins the documents' graphs (kg.Merge) and adds PART_OF from the
// gazetteer and group membership.
func (x *Extractor) mergeReference(parts []*docGraph) kg.Graph {
	gs := make([]*kg.Graph, 0, len(parts)+1)
	for _, p := range parts {
		gs = append(gs, x.graphReference(p))
	}
	merged := kg.Merge(gs...)
	return *kg.Merge(merged, x.structureReference(merged))
}

// structure returns, for the regions and groups of g, the gazetteer's
// PART_OF chain above every region and the members of every group, with
// the implied entities (0 mentions).
func (x *Extractor) structureReference(g *kg.Graph) *kg.Graph {
	out := &kg.Graph{}
	seenEnt := map[string]bool{}
	seenRel := map[string]bool{}
	addRegion := func(r *gazetteer.Region) {
		id := kg.RegionID(r.Code)
		if seenEnt[id] {
			return
		}
		seenEnt[id] = true
		e := kg.Entity{ID: id, Type: r.Level.EntityType(), Name: r.Name, Code: r.Code, Pinyin: r.Pinyin}
		if r.Parent != "" {
			e.Parent = kg.RegionID(r.Parent)
		}
		if r.Short != "" && r.Short != r.Name {
			e.Aliases = []string{r.Short}
		}
		out.Entities = append(out.Entities, e)
	}
	partOf := func(from, to string) {
		id := kg.RelationID(kg.PartOf, from, to)
		if !seenRel[id] {
			seenRel[id] = true
			out.Relations = append(out.Relations, kg.Relation{ID: id, Type: kg.PartOf, From: from, To: to})
		}
	}
	var chain func(r *gazetteer.Region)
	chain = func(r *gazetteer.Region) {
		addRegion(r)
		if p, ok := x.gaz.Region(r.Parent); ok {
			partOf(kg.RegionID(r.Code), kg.RegionID(p.Code))
			chain(p)
		}
	}
	for _, e := range g.Entities {
		switch {
		case e.Type.IsRegion():
			if r, ok := x.gaz.Region(e.Code); ok {
				chain(r)
			}
		case e.Type == kg.RegionGroup:
			gr, ok := x.gaz.Group(e.Name)
			if !ok {
				continue
			}
			for _, code := range gr.Members {
				if r, ok := x.gaz.Region(code); ok {
					chain(r)
					partOf(kg.RegionID(code), e.ID)
				}
			}
		}
	}
	return out
}
