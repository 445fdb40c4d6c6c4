package storetest

import (
	"reflect"
	"testing"

	"github.com/cnplan/kg"
)

func testLoad(t *testing.T, open opener) {
	t.Run("Stats", func(t *testing.T) {
		s := open(t)
		empty := mustStats(t, s, 0)
		wantStats(t, "empty store", empty, 0, nil, nil, 0)
		if len(empty.MostConnected) != 0 {
			t.Errorf("empty store: MostConnected %d entries", len(empty.MostConnected))
		}
		ls := mustLoad(t, s, Both())
		if want := (kg.LoadStats{Documents: 2, Entities: 35, Relations: 53, Evidence: 35}); ls != want {
			t.Errorf("LoadStats %+v, want %+v", ls, want)
		}
		wantStats(t, "after Both", mustStats(t, s, 0), 2, bothEntities(), bothRelations(), 35)
	})

	t.Run("Twice", func(t *testing.T) {
		s := open(t)
		first := mustLoad(t, s, Both())
		st1, snap1 := mustStats(t, s, 10), dump(t, s)
		second := mustLoad(t, s, Both())
		if first != second {
			t.Errorf("LoadStats differ: %+v then %+v", first, second)
		}
		st2, snap2 := mustStats(t, s, 10), dump(t, s)
		if !reflect.DeepEqual(normStats(st1), normStats(st2)) {
			t.Errorf("Stats differ after the second load:\n %+v\n %+v", st1, st2)
		}
		wantSameSnapshot(t, "second load", snap2, snap1)
		if len(snap1.Entities) != 35 || len(snap1.Relations) != 53 || len(snap1.Documents) != 2 {
			t.Errorf("dump holds %d documents, %d entities, %d relations; want 2, 35, 53",
				len(snap1.Documents), len(snap1.Entities), len(snap1.Relations))
		}
	})

	t.Run("SeparateEqualsTogether", func(t *testing.T) {
		together := open(t)
		mustLoad(t, together, Both())
		want := dump(t, together)

		s := open(t)
		if ls := mustLoad(t, s, Pingxiang()); ls != (kg.LoadStats{Documents: 1, Entities: 29, Relations: 35, Evidence: 16}) {
			t.Errorf("LoadStats(Pingxiang) %+v", ls)
		}
		wantStats(t, "Pingxiang alone", mustStats(t, s, 0), 1,
			map[kg.EntityType]int{kg.Province: 6, kg.City: 8, kg.County: 6, kg.RegionGroup: 2, kg.Park: 3, kg.Railway: 1, kg.Hub: 1, kg.Project: 2},
			map[kg.RelationType]int{kg.CoBuilds: 1, kg.DocksWith: 2, kg.LinksWith: 1, kg.CooperatesWith: 2, kg.ReliesOn: 2,
				kg.AdjacentTo: 1, kg.Connects: 3, kg.LocatedIn: 3, kg.PartOf: 20}, 16)
		if ls := mustLoad(t, s, Jiangxi()); ls != (kg.LoadStats{Documents: 1, Entities: 31, Relations: 39, Evidence: 19}) {
			t.Errorf("LoadStats(Jiangxi) %+v", ls)
		}
		wantSameSnapshot(t, "Pingxiang then Jiangxi", dump(t, s), want)

		s = open(t)
		mustLoad(t, s, Jiangxi())
		// 上海市 has no mention in the 江西 plan and no relation: it is gone.
		wantStats(t, "Jiangxi alone", mustStats(t, s, 0), 1,
			map[kg.EntityType]int{kg.Province: 5, kg.City: 8, kg.County: 6, kg.RegionGroup: 3, kg.Park: 3, kg.Project: 3, kg.Plan: 2},
			map[kg.RelationType]int{kg.CoBuilds: 6, kg.DocksWith: 1, kg.IncludedIn: 3, kg.LinksWith: 4, kg.ReliesOn: 3,
				kg.LocatedIn: 2, kg.PartOf: 20}, 19)
		if _, err := s.Entity(t.Context(), IDShanghai); kg.ErrorCode(err) != kg.ENOTFOUND {
			t.Errorf("Jiangxi alone: 上海市 should not exist (err %v)", err)
		}
		mustLoad(t, s, Pingxiang())
		wantSameSnapshot(t, "Jiangxi then Pingxiang", dump(t, s), want)
	})

	t.Run("Reload", func(t *testing.T) {
		ctx := t.Context()
		s := loaded(t, open)
		ls := mustLoad(t, s, PingxiangV2())
		if want := (kg.LoadStats{Documents: 1, Entities: 12, Relations: 11, Evidence: 11}); ls != want {
			t.Errorf("LoadStats(PingxiangV2) %+v, want %+v", ls, want)
		}
		wantStats(t, "after reload", mustStats(t, s, 0), 2, reloadEntities(), reloadRelations(), 30)

		// The changed document replaced the old one.
		d, err := s.Document(ctx, DocPingxiang)
		if err != nil {
			t.Fatal(err)
		}
		if want := PingxiangV2().Documents[0]; !reflect.DeepEqual(*d, want) {
			t.Errorf("document after reload:\n got  %+v\n want %+v", *d, want)
		}
		// Gone: the relations only the old 萍乡 plan supported, and the
		// entities left with no mention and no relation.
		for _, id := range []string{R(kg.LinksWith, IDLuxi, IDLiling), R(kg.Connects, IDHukunRail, IDShanghai),
			R(kg.Connects, IDHukunRail, IDKunming), R(kg.Connects, IDHukunRail, IDPingxiang)} {
			_, err := s.Relation(ctx, id)
			wantCode(t, err, kg.ENOTFOUND, "relation only the old version supported "+id)
		}
		for _, id := range []string{IDHukunRail, IDShanghai} {
			_, err := s.Entity(ctx, id)
			wantCode(t, err, kg.ENOTFOUND, "entity left with nothing "+id)
		}
		// Kept: entities without mentions that still have relations.
		for _, id := range []string{IDLuxi, IDKunming} {
			e, err := s.Entity(ctx, id)
			if err != nil {
				t.Errorf("entity %s: %v", id, err)
				continue
			}
			if e.Mentions != 0 || len(e.MentionsByDocument) != 0 {
				t.Errorf("entity %s: Mentions %d %v, want 0", id, e.Mentions, e.MentionsByDocument)
			}
		}
		// Gazetteer relations stay although the new version does not hold them.
		for _, id := range []string{R(kg.PartOf, IDLuxi, IDPingxiang), R(kg.PartOf, IDKunming, IDYunnan)} {
			r, err := s.Relation(ctx, id)
			if err != nil {
				t.Errorf("gazetteer relation %s: %v", id, err)
			} else if len(r.Evidence) != 0 {
				t.Errorf("gazetteer relation %s has evidence %v", id, r.Evidence)
			}
		}
		// The other document's evidence stays.
		r, err := s.Relation(ctx, R(kg.CoBuilds, IDShangli, IDFireworks))
		if err != nil {
			t.Fatal(err)
		}
		wantRelation(t, "上栗县 CO_BUILDS 集中区 after reload", r, &kg.Relation{
			ID: R(kg.CoBuilds, IDShangli, IDFireworks), Type: kg.CoBuilds, From: IDShangli, To: IDFireworks,
			Evidence: []kg.Evidence{ev(DocJiangxi, 3, 302, 331, "共建", jxS3)},
		})
		r, err = s.Relation(ctx, R(kg.DocksWith, IDPingxiang, IDGBA))
		if err != nil {
			t.Fatal(err)
		}
		wantRelation(t, "萍乡市 DOCKS_WITH 粤港澳大湾区 after reload", r, &kg.Relation{
			ID: R(kg.DocksWith, IDPingxiang, IDGBA), Type: kg.DocksWith, From: IDPingxiang, To: IDGBA,
			Evidence: []kg.Evidence{ev(DocPingxiang, 3, 305, 317, "对接", pxS3)},
		})
		if _, err := s.Relation(ctx, R(kg.IntegratesInto, IDPingxiang, IDCZT)); err != nil {
			t.Errorf("new relation INTEGRATES_INTO: %v", err)
		}
		// Mention counts of the document are replaced, the other's kept.
		e, err := s.Entity(ctx, IDPingxiang)
		if err != nil {
			t.Fatal(err)
		}
		if e.Mentions != 13 || !reflect.DeepEqual(e.MentionsByDocument, map[string]int{DocJiangxi: 3, DocPingxiang: 10}) {
			t.Errorf("萍乡市 mentions after reload: %d %v, want 13 {jiangxi:3 pingxiang:10}", e.Mentions, e.MentionsByDocument)
		}
		e, err = s.Entity(ctx, IDBaihetan)
		if err != nil {
			t.Fatal(err)
		}
		wantMilestones := []kg.Milestone{ms(2022, "开工", DocJiangxi, 7), ms(2025, "建成", DocJiangxi, 8), ms(2025, "建成", DocPingxiang, 11)}
		if !reflect.DeepEqual(e.Milestones, wantMilestones) {
			t.Errorf("milestones after reload:\n got  %v\n want %v", e.Milestones, wantMilestones)
		}
		top := mustStats(t, s, 6).MostConnected
		wantDegrees(t, "after reload", top, []string{IDPingxiang, IDShangli, IDLiuyang, IDLiling, IDGBA, IDCZT}, []int{13, 6, 6, 5, 5, 5})

		// Loading the changed version again changes nothing.
		snap := dump(t, s)
		mustLoad(t, s, PingxiangV2())
		wantSameSnapshot(t, "PingxiangV2 twice", dump(t, s), snap)
	})

	t.Run("ReloadRestores", func(t *testing.T) {
		want := dump(t, loaded(t, open))
		s := loaded(t, open)
		mustLoad(t, s, PingxiangV2())
		mustLoad(t, s, Pingxiang())
		wantSameSnapshot(t, "Both, PingxiangV2, Pingxiang", dump(t, s), want)
	})

	t.Run("Merge", func(t *testing.T) {
		ctx := t.Context()
		s := loaded(t, open)
		e, err := s.Entity(ctx, IDPingxiang)
		if err != nil {
			t.Fatal(err)
		}
		wantEntity(t, "萍乡市", e, &kg.Entity{ID: IDPingxiang, Type: kg.City, Name: "萍乡市",
			Aliases: []string{"萍乡", "萍鄉"}, Mentions: 15,
			MentionsByDocument: map[string]int{DocJiangxi: 3, DocPingxiang: 12},
			Code:               "360300", Parent: IDJiangxi, Pinyin: "pingxiangshi"})
		e, err = s.Entity(ctx, IDJiangxi)
		if err != nil {
			t.Fatal(err)
		}
		wantEntity(t, "江西省 (name among aliases dropped)", e, &kg.Entity{ID: IDJiangxi, Type: kg.Province, Name: "江西省",
			Aliases: []string{"江西", "赣"}, Mentions: 6, MentionsByDocument: map[string]int{DocJiangxi: 6},
			Code: "360000", Pinyin: "jiangxisheng"})
		e, err = s.Entity(ctx, IDBaihetan)
		if err != nil {
			t.Fatal(err)
		}
		wantEntity(t, "白鹤滩水电入赣工程", e, &kg.Entity{ID: IDBaihetan, Type: kg.Project, Name: "白鹤滩水电入赣工程",
			Aliases: []string{"白鹤滩入赣工程"}, Mentions: 3,
			MentionsByDocument: map[string]int{DocJiangxi: 2, DocPingxiang: 1},
			Pinyin:             "baihetanshuidianruganggongcheng",
			Milestones:         []kg.Milestone{ms(2022, "开工", DocJiangxi, 7), ms(2025, "建成", DocJiangxi, 8), ms(2025, "建成", DocPingxiang, 14)}})
		e, err = s.Entity(ctx, IDHongKong)
		if err != nil {
			t.Fatal(err)
		}
		wantEntity(t, "香港 (gazetteer only)", e, &kg.Entity{ID: IDHongKong, Type: kg.Province, Name: "香港特别行政区",
			Aliases: []string{"港", "香港"}, Code: "810000", Pinyin: "xianggangtebiexingzhengqu"})

		// Duplicate entries in one graph: the later count for a document wins.
		s = open(t)
		g := smallGraph()
		g.Entities = append(g.Entities, kg.Entity{ID: "project:甲工程", Type: kg.Project, Name: "甲工程",
			Mentions: 2, MentionsByDocument: map[string]int{"doc:x.txt": 2}})
		mustLoad(t, s, g)
		e, err = s.Entity(ctx, "project:甲工程")
		if err != nil {
			t.Fatal(err)
		}
		if e.Mentions != 2 || e.MentionsByDocument["doc:x.txt"] != 2 {
			t.Errorf("duplicate entries: Mentions %d %v, want 2", e.Mentions, e.MentionsByDocument)
		}
	})

	t.Run("EvidenceOrder", func(t *testing.T) {
		ctx := t.Context()
		s := loaded(t, open)
		r, err := s.Relation(ctx, R(kg.DocksWith, IDPingxiang, IDGBA))
		if err != nil {
			t.Fatal(err)
		}
		wantRelation(t, "DOCKS_WITH evidence sorted by start", r, &kg.Relation{
			ID: R(kg.DocksWith, IDPingxiang, IDGBA), Type: kg.DocksWith, From: IDPingxiang, To: IDGBA,
			Evidence: []kg.Evidence{ev(DocPingxiang, 3, 305, 317, "对接", pxS3), ev(DocPingxiang, 10, 1004, 1013, "对接", pxS10)},
		})
		r, err = s.Relation(ctx, R(kg.CoBuilds, IDShangli, IDFireworks))
		if err != nil {
			t.Fatal(err)
		}
		wantRelation(t, "CO_BUILDS evidence sorted by document", r, &kg.Relation{
			ID: R(kg.CoBuilds, IDShangli, IDFireworks), Type: kg.CoBuilds, From: IDShangli, To: IDFireworks,
			Evidence: []kg.Evidence{ev(DocJiangxi, 3, 302, 331, "共建", jxS3), ev(DocPingxiang, 6, 602, 620, "共建", pxS6)},
		})
		// Same start and end: by trigger; identical evidence collapses.
		s = open(t)
		g := smallGraph()
		x := "doc:x.txt"
		g.Relations = []kg.Relation{{ID: R(kg.LinksWith, "region:360300", "region:430200"), Type: kg.LinksWith,
			From: "region:360300", To: "region:430200", Evidence: []kg.Evidence{
				ev(x, 1, 10, 20, "携手", "萍乡携手株洲。"), ev(x, 1, 10, 20, "联动", "萍乡联动株洲。"),
				ev(x, 0, 0, 5, "联动", "联动。"), ev(x, 1, 10, 20, "携手", "萍乡携手株洲。")}}}
		if ls := mustLoad(t, s, g); ls.Evidence != 3 {
			t.Errorf("LoadStats.Evidence %d, want 3 (duplicates collapse)", ls.Evidence)
		}
		r, err = s.Relation(ctx, g.Relations[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		want := []kg.Evidence{ev(x, 0, 0, 5, "联动", "联动。"), ev(x, 1, 10, 20, "携手", "萍乡携手株洲。"), ev(x, 1, 10, 20, "联动", "萍乡联动株洲。")}
		if !reflect.DeepEqual(r.Evidence, want) {
			t.Errorf("evidence order:\n got  %v\n want %v", r.Evidence, want)
		}
	})

	t.Run("EvidenceVerifiable", func(t *testing.T) {
		// where the sentence starts and its original-script form survive a
		// load in every store (issue 9: a client checks a span)
		ctx := t.Context()
		s := open(t)
		g := smallGraph()
		x := "doc:x.txt"
		e := ev(x, 4, 42, 46, "对接", "积极对接湘赣边。")
		e.SentenceStart, e.Original = 40, "積極對接湘贛邊。"
		g.Relations = []kg.Relation{{ID: R(kg.DocksWith, "region:360300", "region:430200"), Type: kg.DocksWith,
			From: "region:360300", To: "region:430200", Evidence: []kg.Evidence{e}}}
		mustLoad(t, s, g)
		r, err := s.Relation(ctx, g.Relations[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r.Evidence, []kg.Evidence{e}) {
			t.Errorf("evidence:\n got  %+v\n want %+v", r.Evidence, e)
		}
	})

	t.Run("LastNonEmptyWins", func(t *testing.T) {
		ctx := t.Context()
		s := open(t)
		load := func(doc string, e kg.Entity) {
			t.Helper()
			e.ID, e.Type = "region:360300", kg.City
			e.Mentions, e.MentionsByDocument = 1, map[string]int{doc: 1}
			mustLoad(t, s, &kg.Graph{Documents: []kg.Document{{ID: doc, Source: doc[4:], Title: "t", Script: "simplified", Encoding: "utf-8"}},
				Entities: []kg.Entity{e}})
		}
		load("doc:a.txt", kg.Entity{Name: "萍乡市", Code: "360300", Parent: "region:360000", Pinyin: "pingxiang", Aliases: []string{"萍乡"}})
		load("doc:b.txt", kg.Entity{Aliases: []string{"萍鄉", "萍乡"}})
		e, err := s.Entity(ctx, "region:360300")
		if err != nil {
			t.Fatal(err)
		}
		wantEntity(t, "after empty values", e, &kg.Entity{ID: "region:360300", Type: kg.City, Name: "萍乡市",
			Aliases: []string{"萍乡", "萍鄉"}, Mentions: 2, MentionsByDocument: map[string]int{"doc:a.txt": 1, "doc:b.txt": 1},
			Code: "360300", Parent: "region:360000", Pinyin: "pingxiang"})
		load("doc:c.txt", kg.Entity{Name: "萍乡市", Pinyin: "pingxiangshi"})
		e, err = s.Entity(ctx, "region:360300")
		if err != nil {
			t.Fatal(err)
		}
		if e.Pinyin != "pingxiangshi" || e.Code != "360300" || e.Mentions != 3 || len(e.Aliases) != 2 {
			t.Errorf("after new pinyin: %s", fmtEntity(e))
		}
	})

	t.Run("PermanentRelations", func(t *testing.T) {
		ctx := t.Context()
		s := open(t)
		x := "doc:x.txt"
		a, b, c := "region:360300", "region:360000", "project:乙工程"
		g := smallGraph()
		g.Entities = append(g.Entities, kg.Entity{ID: c, Type: kg.Project, Name: "乙工程", Mentions: 1, MentionsByDocument: map[string]int{x: 1}})
		g.Relations = []kg.Relation{
			// The gazetteer says so, and the document says so too.
			{ID: R(kg.PartOf, a, b), Type: kg.PartOf, From: a, To: b},
			{ID: R(kg.PartOf, a, b), Type: kg.PartOf, From: a, To: b, Evidence: []kg.Evidence{ev(x, 0, 0, 6, "位于", "萍乡位于江西。")}},
			// Only the document says so.
			{ID: R(kg.LinksWith, a, b), Type: kg.LinksWith, From: a, To: b, Evidence: []kg.Evidence{ev(x, 1, 7, 12, "联动", "萍乡联动江西。")}},
		}
		mustLoad(t, s, g)
		r, err := s.Relation(ctx, R(kg.PartOf, a, b))
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Evidence) != 1 {
			t.Errorf("PART_OF evidence %v, want one piece", r.Evidence)
		}
		// The document's new version says nothing.
		mustLoad(t, s, &kg.Graph{Documents: smallGraph().Documents})
		r, err = s.Relation(ctx, R(kg.PartOf, a, b))
		if err != nil {
			t.Fatalf("gazetteer relation deleted: %v", err)
		}
		if len(r.Evidence) != 0 {
			t.Errorf("PART_OF evidence %v, want none", r.Evidence)
		}
		_, err = s.Relation(ctx, R(kg.LinksWith, a, b))
		wantCode(t, err, kg.ENOTFOUND, "relation only the document supported")
		_, err = s.Entity(ctx, c)
		wantCode(t, err, kg.ENOTFOUND, "entity with no mention and no relation")
		for _, id := range []string{a, b} {
			if e, err := s.Entity(ctx, id); err != nil {
				t.Errorf("entity %s kept by its PART_OF: %v", id, err)
			} else if e.Mentions != 0 {
				t.Errorf("entity %s Mentions %d, want 0", id, e.Mentions)
			}
		}
		wantStats(t, "after", mustStats(t, s, 0), 1, map[kg.EntityType]int{kg.City: 1, kg.Province: 1},
			map[kg.RelationType]int{kg.PartOf: 1}, 0)
	})

	t.Run("Invalid", func(t *testing.T) { testLoadInvalid(t, open) })
	t.Run("Ontology", func(t *testing.T) { testOntology(t, open) })

	t.Run("Copies", func(t *testing.T) {
		ctx := t.Context()
		s := open(t)
		g := Both()
		mustLoad(t, s, g)
		want := dump(t, s)
		// Changing the loaded graph does not change the store.
		for i := range g.Entities {
			if len(g.Entities[i].Aliases) > 0 {
				g.Entities[i].Aliases[0] = "改"
			}
			if g.Entities[i].MentionsByDocument != nil {
				g.Entities[i].MentionsByDocument[DocPingxiang] = 99
			}
			for j := range g.Entities[i].Milestones {
				g.Entities[i].Milestones[j].Year = 1900
			}
		}
		for i := range g.Relations {
			for j := range g.Relations[i].Evidence {
				g.Relations[i].Evidence[j].Text = "改"
			}
		}
		g.Documents[0].Title = "改"
		wantSameSnapshot(t, "after changing the loaded graph", dump(t, s), want)
		// Changing results does not change the store.
		e, _ := s.Entity(ctx, IDBaihetan)
		e.Aliases[0], e.MentionsByDocument[DocJiangxi], e.Milestones[0].Year, e.Name = "改", 99, 1900, "改"
		es, _ := s.EntitiesByID(ctx, []string{IDPingxiang})
		es[0].Aliases[0] = "改"
		p, _ := s.Entities(ctx, kg.EntityFilter{})
		p.Entities[0].Name = "改"
		r, _ := s.Relation(ctx, R(kg.DocksWith, IDPingxiang, IDGBA))
		r.Evidence[0].Text = "改"
		rp, _ := s.Relations(ctx, kg.RelationFilter{Types: []kg.RelationType{kg.DocksWith}})
		rp.Relations[0].Evidence[0].Trigger = "改"
		sg, _ := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}})
		for _, n := range sg.Nodes {
			n.Name = "改"
			if len(n.Aliases) > 0 {
				n.Aliases[0] = "改"
			}
		}
		for _, r := range sg.Edges {
			if len(r.Evidence) > 0 {
				r.Evidence[0].Text = "改"
			}
		}
		d, _ := s.Document(ctx, DocPingxiang)
		d.Title = "改"
		ds, _ := s.Documents(ctx, kg.Page{})
		ds.Documents[0].Title = "改"
		wantSameSnapshot(t, "after changing results", dump(t, s), want)
	})
}

// smallGraph is one document x and two regions it mentions, for tests of
// single Load rules.
func smallGraph() *kg.Graph {
	x := "doc:x.txt"
	return &kg.Graph{
		Documents: []kg.Document{{ID: x, Source: "x.txt", Title: "测试方案", Script: "simplified", Encoding: "utf-8"}},
		Entities: []kg.Entity{
			{ID: "region:360300", Type: kg.City, Name: "萍乡市", Code: "360300", Mentions: 1, MentionsByDocument: map[string]int{x: 1}},
			{ID: "region:360000", Type: kg.Province, Name: "江西省", Code: "360000", Mentions: 1, MentionsByDocument: map[string]int{x: 1}},
			{ID: "region:430200", Type: kg.City, Name: "株洲市", Code: "430200", Mentions: 1, MentionsByDocument: map[string]int{x: 1}},
			{ID: "project:甲工程", Type: kg.Project, Name: "甲工程", Mentions: 1, MentionsByDocument: map[string]int{x: 1}},
		},
	}
}

func testLoadInvalid(t *testing.T, open opener) {
	// A valid version of the graph loads (into a fresh store); each case
	// below breaks it in one place. This runs first: an adapter over one
	// shared database (Neo4j) wipes it on every open.
	if _, err := open(t).Load(t.Context(), smallGraph()); err != nil {
		t.Fatalf("valid small graph: %v", err)
	}
	s := loaded(t, open)
	want := dump(t, s)
	wantStatsBefore := normStats(mustStats(t, s, 5))
	x := "doc:x.txt"
	okRel := func(rt kg.RelationType, from, to string) kg.Relation {
		return kg.Relation{ID: R(rt, from, to), Type: rt, From: from, To: to,
			Evidence: []kg.Evidence{ev(x, 0, 0, 4, "联动", "联动。")}}
	}
	cases := []struct {
		name   string
		mutate func(g *kg.Graph)
		names  []string // parts the message must contain
	}{
		{"EmptyDocumentID", func(g *kg.Graph) { g.Documents = append(g.Documents, kg.Document{Title: "无号"}) }, nil},
		{"DuplicateDocument", func(g *kg.Graph) { g.Documents = append(g.Documents, g.Documents[0]) }, []string{x}},
		{"EmptyEntityID", func(g *kg.Graph) { g.Entities = append(g.Entities, kg.Entity{Type: kg.Park, Name: "无号园"}) }, nil},
		{"UnknownEntityType", func(g *kg.Graph) {
			g.Entities = append(g.Entities, kg.Entity{ID: "town:某镇", Type: "Town", Name: "某镇"})
		}, []string{"town:某镇"}},
		{"EntityTypeConflictInGraph", func(g *kg.Graph) {
			g.Entities = append(g.Entities, kg.Entity{ID: "project:甲工程", Type: kg.Park, Name: "甲工程"})
		}, []string{"project:甲工程"}},
		{"EntityTypeConflictWithStore", func(g *kg.Graph) {
			g.Entities = append(g.Entities, kg.Entity{ID: IDLiling, Type: kg.City, Name: "醴陵市"})
		}, []string{IDLiling}},
		{"NegativeMentions", func(g *kg.Graph) {
			g.Entities[0].MentionsByDocument = map[string]int{x: -1}
			g.Entities[0].Mentions = -1
		}, []string{"region:360300"}},
		{"MentionsNotSum", func(g *kg.Graph) { g.Entities[0].Mentions = 5 }, []string{"region:360300"}},
		{"MentionsOfUnknownDocument", func(g *kg.Graph) {
			g.Entities[0].MentionsByDocument = map[string]int{"doc:other.txt": 1}
		}, []string{"doc:other.txt"}},
		{"MilestoneOfUnknownDocument", func(g *kg.Graph) {
			g.Entities[3].Milestones = []kg.Milestone{{Year: 2025, Event: "建成", Document: "doc:other.txt"}}
		}, []string{"doc:other.txt"}},
		{"EmptyRelationID", func(g *kg.Graph) {
			r := okRel(kg.LinksWith, "region:360300", "region:430200")
			r.ID = ""
			g.Relations = append(g.Relations, r)
		}, nil},
		{"UnknownRelationType", func(g *kg.Graph) {
			r := okRel("LIKES", "region:360300", "region:430200")
			g.Relations = append(g.Relations, r)
		}, []string{R("LIKES", "region:360300", "region:430200")}},
		{"RelationIDMismatch", func(g *kg.Graph) {
			r := okRel(kg.LinksWith, "region:360300", "region:430200")
			r.ID = "rel:0000000000000000"
			g.Relations = append(g.Relations, r)
		}, []string{"rel:0000000000000000"}},
		{"UnknownEndpoint", func(g *kg.Graph) {
			g.Relations = append(g.Relations, okRel(kg.LinksWith, "region:360300", "region:999999"))
		}, []string{"region:999999"}},
		{"EmptyEndpoint", func(g *kg.Graph) {
			g.Relations = append(g.Relations, okRel(kg.LinksWith, "region:360300", ""))
		}, nil},
		{"EvidenceOfUnknownDocument", func(g *kg.Graph) {
			r := okRel(kg.LinksWith, "region:360300", IDLiling) // an end known only to the store
			r.Evidence[0].Document = DocJiangxi                 // in the store, but not in g
			g.Relations = append(g.Relations, r)
		}, []string{DocJiangxi}},
		{"EvidenceSpan", func(g *kg.Graph) {
			r := okRel(kg.LinksWith, "region:360300", "region:430200")
			r.Evidence[0].Start, r.Evidence[0].End = 9, 3
			g.Relations = append(g.Relations, r)
		}, []string{R(kg.LinksWith, "region:360300", "region:430200")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := smallGraph()
			c.mutate(g)
			ls, err := s.Load(t.Context(), g)
			wantCode(t, err, kg.EINVALID, c.name)
			if err != nil && !containsAll(kg.ErrorMessage(err), c.names...) {
				t.Errorf("message %q does not name %v", kg.ErrorMessage(err), c.names)
			}
			if ls != (kg.LoadStats{}) {
				t.Errorf("failed Load returned stats %+v", ls)
			}
		})
	}
	t.Run("NilGraph", func(t *testing.T) {
		_, err := s.Load(t.Context(), nil)
		wantCode(t, err, kg.EINVALID, "nil graph")
	})
	wantSameSnapshot(t, "after failed loads", dump(t, s), want)
	if got := normStats(mustStats(t, s, 5)); !reflect.DeepEqual(got, wantStatsBefore) {
		t.Errorf("stats changed by failed loads")
	}
}

// normStats strips MostConnected entities to ids for comparison.
func normStats(st *kg.Stats) any {
	type deg struct {
		ID     string
		Degree int
	}
	var top []deg
	for _, d := range st.MostConnected {
		top = append(top, deg{d.Entity.ID, d.Degree})
	}
	return struct {
		Documents       int
		EntitiesByType  map[kg.EntityType]int
		RelationsByType map[kg.RelationType]int
		Evidence        int
		Top             []deg
	}{st.Documents, st.EntitiesByType, st.RelationsByType, st.Evidence, top}
}

// wantDegrees checks MostConnected's ids and degrees.
func wantDegrees(t *testing.T, what string, got []kg.Degree, ids []string, degrees []int) {
	t.Helper()
	var gotIDs []string
	var gotDeg []int
	for _, d := range got {
		if d.Entity == nil {
			t.Errorf("%s: MostConnected holds a nil entity", what)
			return
		}
		gotIDs = append(gotIDs, d.Entity.ID)
		gotDeg = append(gotDeg, d.Degree)
	}
	eqIDs(t, what+": MostConnected", gotIDs, ids)
	if !reflect.DeepEqual(gotDeg, degrees) {
		t.Errorf("%s: degrees %v, want %v", what, gotDeg, degrees)
	}
}
