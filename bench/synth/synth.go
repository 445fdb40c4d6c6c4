// Package synth builds the synthetic graph that the GraphQL benchmarks
// (graph/bench_test.go) and the peer benchmark (bench/peer) measure, so
// that both measure one graph.
package synth

import (
	"fmt"
	"math/rand/v2"

	"github.com/cnplan/kg"
)

// Graph builds a synthetic graph of about the size of a province's planning
// corpus, deterministically (the same seed gives the same graph): 24
// provinces of 12 cities of 10 counties (PART_OF), 3000 parks LOCATED_IN
// counties, 1000 projects, 40 documents, and 20000 triggered relations
// between random entities with one or two pieces of evidence each: 7,192
// entities and 26,168 relations. It returns the county and province ids
// the benchmarks draw their arguments from.
func Graph() (g *kg.Graph, counties, provinces []string) {
	rng := rand.New(rand.NewPCG(1, 2))
	g = &kg.Graph{}
	var docs []string
	for i := range 40 {
		id := kg.DocumentID(fmt.Sprintf("bench%02d.txt", i))
		docs = append(docs, id)
		g.Documents = append(g.Documents, kg.Document{ID: id, Source: id[4:], Title: fmt.Sprintf("第%d号规划", i),
			DocNumber: fmt.Sprintf("测府发〔2020〕%d号", i), Issuer: "测试市人民政府", Date: "2020-01-01", Script: "simplified", Encoding: "utf-8"})
	}
	var all []string
	ent := func(id string, t kg.EntityType, name, code, parent string) {
		e := kg.Entity{ID: id, Type: t, Name: name, Code: code, Parent: parent, Pinyin: fmt.Sprintf("x%d", len(all))}
		if t != kg.Province && t != kg.City && t != kg.County || rng.IntN(2) == 0 {
			d := docs[rng.IntN(len(docs))]
			e.MentionsByDocument = map[string]int{d: 1 + rng.IntN(5)}
			e.Mentions = e.MentionsByDocument[d]
		}
		g.Entities = append(g.Entities, e)
		all = append(all, id)
	}
	rel := func(t kg.RelationType, from, to string, evidence int) {
		r := kg.Relation{ID: kg.RelationID(t, from, to), Type: t, From: from, To: to}
		for range evidence {
			r.Evidence = append(r.Evidence, kg.Evidence{Document: docs[rng.IntN(len(docs))], Sentence: rng.IntN(200),
				Start: 10, End: 30, Trigger: "合作", Text: "推进两地合作共建产业园，加快对接粤港澳大湾区。"})
		}
		g.Relations = append(g.Relations, r)
	}
	for p := range 24 {
		pc := fmt.Sprintf("%02d0000", 11+p)
		pid := kg.RegionID(pc)
		provinces = append(provinces, pid)
		ent(pid, kg.Province, fmt.Sprintf("省%02d", p), pc, "")
		for c := range 12 {
			cc := fmt.Sprintf("%02d%02d00", 11+p, c+1)
			cid := kg.RegionID(cc)
			ent(cid, kg.City, fmt.Sprintf("市%02d%02d", p, c), cc, pid)
			rel(kg.PartOf, cid, pid, 0)
			for k := range 10 {
				kc := fmt.Sprintf("%02d%02d%02d", 11+p, c+1, k+1)
				kid := kg.RegionID(kc)
				counties = append(counties, kid)
				ent(kid, kg.County, fmt.Sprintf("县%02d%02d%02d", p, c, k), kc, cid)
				rel(kg.PartOf, kid, cid, 0)
			}
		}
	}
	for i := range 3000 {
		id := kg.EntityID(kg.Park, fmt.Sprintf("园区%04d", i))
		ent(id, kg.Park, id[5:], "", "")
		rel(kg.LocatedIn, id, counties[rng.IntN(len(counties))], 1)
	}
	for i := range 1000 {
		id := kg.EntityID(kg.Project, fmt.Sprintf("工程%04d", i))
		ent(id, kg.Project, id[8:], "", "")
	}
	types := []kg.RelationType{kg.CoBuilds, kg.DocksWith, kg.IncludedIn, kg.IntegratesInto, kg.LinksWith, kg.CooperatesWith, kg.ReliesOn, kg.AdjacentTo}
	seen := map[string]bool{}
	for len(seen) < 20000 {
		t := types[rng.IntN(len(types))]
		from, to := all[rng.IntN(len(all))], all[rng.IntN(len(all))]
		id := kg.RelationID(t, from, to)
		if from == to || seen[id] {
			continue
		}
		seen[id] = true
		rel(t, from, to, 1+rng.IntN(2))
	}
	return g, counties, provinces
}
