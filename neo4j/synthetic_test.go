package neo4j_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/cnplan/kg"
)

// syntheticGraph builds a corpus of docs documents with about relsPerDoc
// evidenced relations each, over a gazetteer of provinces, cities and
// counties (with PART_OF relations and no evidence) and parks, projects
// and hubs. version changes every document's content (hash, mention counts
// and about a third of its relations), as a newer release of the same
// files would. The same arguments always give the same graph.
func syntheticGraph(docs, relsPerDoc, version int) *kg.Graph {
	g := &kg.Graph{}
	var regions, things []kg.Entity
	for p := 0; p < 30; p++ {
		prov := kg.Entity{ID: kg.RegionID(fmt.Sprintf("%02d0000", 11+p)), Type: kg.Province,
			Name: fmt.Sprintf("省%02d", p), Code: fmt.Sprintf("%02d0000", 11+p), Pinyin: fmt.Sprintf("sheng%02d", p),
			Aliases: []string{fmt.Sprintf("简%02d", p)}}
		regions = append(regions, prov)
		for c := 0; c < 10; c++ {
			code := fmt.Sprintf("%02d%02d00", 11+p, c+1)
			city := kg.Entity{ID: kg.RegionID(code), Type: kg.City, Name: fmt.Sprintf("省%02d市%02d", p, c), Code: code,
				Parent: prov.ID, Pinyin: fmt.Sprintf("sheng%02dshi%02d", p, c)}
			regions = append(regions, city)
			g.Relations = append(g.Relations, kg.Relation{ID: kg.RelationID(kg.PartOf, city.ID, prov.ID), Type: kg.PartOf, From: city.ID, To: prov.ID})
			for k := 0; k < 10; k++ {
				code := fmt.Sprintf("%02d%02d%02d", 11+p, c+1, k+1)
				county := kg.Entity{ID: kg.RegionID(code), Type: kg.County, Name: fmt.Sprintf("省%02d市%02d县%02d", p, c, k),
					Code: code, Parent: city.ID, Pinyin: fmt.Sprintf("sheng%02dshi%02dxian%02d", p, c, k)}
				regions = append(regions, county)
				g.Relations = append(g.Relations, kg.Relation{ID: kg.RelationID(kg.PartOf, county.ID, city.ID), Type: kg.PartOf, From: county.ID, To: city.ID})
			}
		}
	}
	for i := 0; i < 6000; i++ {
		t := []kg.EntityType{kg.Park, kg.Project, kg.Hub, kg.Institution, kg.Railway}[i%5]
		name := fmt.Sprintf("%s%05d", map[kg.EntityType]string{kg.Park: "产业园", kg.Project: "工程", kg.Hub: "港", kg.Institution: "学院", kg.Railway: "铁路"}[t], i)
		things = append(things, kg.Entity{ID: kg.EntityID(t, name), Type: t, Name: name})
	}
	pool := append(append([]kg.Entity{}, regions...), things...)
	mentions := map[string]map[string]int{}
	triggered := []kg.RelationType{kg.CoBuilds, kg.DocksWith, kg.IncludedIn, kg.IntegratesInto, kg.LinksWith,
		kg.CooperatesWith, kg.ReliesOn, kg.AdjacentTo, kg.Connects, kg.LocatedIn}
	rels := map[string]*kg.Relation{}
	var order []string
	for d := 0; d < docs; d++ {
		docID := kg.DocumentID(fmt.Sprintf("plan%05d.txt", d))
		g.Documents = append(g.Documents, kg.Document{ID: docID, Source: fmt.Sprintf("plan%05d.txt", d),
			Title: fmt.Sprintf("规划%05d", d), Date: "2021-03-01", Script: "simplified", Encoding: "utf-8",
			Hash: fmt.Sprintf("%064x", d*7919+version), Chars: 10000 + version})
		drng := rand.New(rand.NewPCG(uint64(d), 7))
		// A plan talks about a limited cast: about 120 entities per document.
		local := make([]kg.Entity, 120)
		for k := range local {
			local[k] = pool[drng.IntN(len(pool))]
		}
		for i := 0; i < relsPerDoc; i++ {
			// About a third of a document's relations change with the version.
			seed := drng.Uint64()
			if i%3 == 0 {
				seed += uint64(version) * 1_000_003
			}
			rr := rand.New(rand.NewPCG(seed, 11))
			a, b := local[rr.IntN(len(local))], local[rr.IntN(len(local))]
			if a.ID == b.ID {
				continue
			}
			t := triggered[rr.IntN(len(triggered))]
			if t == kg.LocatedIn && a.Type.IsArea() {
				t = kg.CooperatesWith // the ontology has nothing LOCATED_IN from an area
			}
			id := kg.RelationID(t, a.ID, b.ID)
			r := rels[id]
			if r == nil {
				r = &kg.Relation{ID: id, Type: t, From: a.ID, To: b.ID}
				rels[id] = r
				order = append(order, id)
			}
			sent := i / 2
			text := fmt.Sprintf("第%d句：%s与%s%s发展。", sent, a.Name, b.Name, string(t))
			r.Evidence = append(r.Evidence, kg.Evidence{Document: docID, Sentence: sent, Start: sent * 40, End: sent*40 + 20 + version%3,
				Trigger: "共建", Text: text})
			for _, e := range []kg.Entity{a, b} {
				if mentions[e.ID] == nil {
					mentions[e.ID] = map[string]int{}
				}
				mentions[e.ID][docID] += 1 + version%2
			}
		}
	}
	for _, e := range pool {
		if m := mentions[e.ID]; len(m) > 0 {
			e.MentionsByDocument = m
			for _, n := range m {
				e.Mentions += n
			}
		}
		if e.Type.IsRegion() || e.Mentions > 0 {
			g.Entities = append(g.Entities, e)
		}
	}
	for _, id := range order {
		g.Relations = append(g.Relations, *rels[id])
	}
	return g
}

// evidenced counts the relations of g that have evidence.
func evidenced(g *kg.Graph) int {
	n := 0
	for _, r := range g.Relations {
		if len(r.Evidence) > 0 {
			n++
		}
	}
	return n
}
