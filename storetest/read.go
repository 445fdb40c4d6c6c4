package storetest

import (
	"reflect"
	"testing"

	"github.com/cnplan/kg"
)

func testEntity(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	t.Run("ByID", func(t *testing.T) {
		e, err := s.Entity(ctx, IDShangli)
		if err != nil {
			t.Fatal(err)
		}
		wantEntity(t, "上栗县", e, &kg.Entity{ID: IDShangli, Type: kg.County, Name: "上栗县", Aliases: []string{"上栗"},
			Mentions: 5, MentionsByDocument: map[string]int{DocJiangxi: 2, DocPingxiang: 3},
			Code: "360322", Parent: IDPingxiang, Pinyin: "shanglixian"})
	})
	t.Run("NotFound", func(t *testing.T) {
		_, err := s.Entity(ctx, "region:999999")
		wantCode(t, err, kg.ENOTFOUND, "unknown id")
		_, err = s.Entity(ctx, "")
		wantCode(t, err, kg.EINVALID, "empty id")
	})
	t.Run("EntitiesByID", func(t *testing.T) {
		es, err := s.EntitiesByID(ctx, []string{IDPingxiang, "region:999999", IDShangli, IDPingxiang})
		if err != nil {
			t.Fatal(err)
		}
		eqIDs(t, "EntitiesByID", entIDs(es), []string{IDPingxiang, "<nil>", IDShangli, IDPingxiang})
		if len(es) == 4 && es[2] != nil && es[2].Mentions != 5 {
			t.Errorf("EntitiesByID: 上栗县 Mentions %d, want 5", es[2].Mentions)
		}
		es, err = s.EntitiesByID(ctx, nil)
		if err != nil || len(es) != 0 {
			t.Errorf("EntitiesByID(nil) = %v, %v; want empty", es, err)
		}
	})
}

func testEntities(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	list := func(t *testing.T, f kg.EntityFilter) *kg.EntityPage {
		t.Helper()
		p, err := s.Entities(ctx, f)
		if err != nil {
			t.Fatalf("Entities(%+v): %v", f, err)
		}
		return p
	}
	cases := []struct {
		name string
		f    kg.EntityFilter
		want []string
	}{
		{"All", kg.EntityFilter{}, allEntityIDs()},
		{"Type", kg.EntityFilter{Types: []kg.EntityType{kg.County}},
			[]string{IDShangli, IDXiangdong, IDLuxi, IDWanzai, IDLiuyang, IDLiling}},
		{"Types", kg.EntityFilter{Types: []kg.EntityType{kg.Park, kg.Hub}},
			[]string{IDXgPark, IDFireworks, IDLyslZone, IDPxDevZone, IDDemoZone, IDGzPort}},
		{"WithinProvince", kg.EntityFilter{Within: IDJiangxi},
			[]string{IDJiangxi, IDPingxiang, IDYichun, IDShangli, IDXiangdong, IDLuxi, IDWanzai, IDXgPark, IDPxDevZone, IDLyslZone}},
		{"WithinOtherProvince", kg.EntityFilter{Within: IDHunan},
			[]string{IDHunan, IDChangsha, IDZhuzhou, IDXiangtan, IDLiuyang, IDLiling, IDLyslZone}},
		{"WithinCity", kg.EntityFilter{Within: IDPingxiang},
			[]string{IDPingxiang, IDShangli, IDXiangdong, IDLuxi, IDXgPark, IDPxDevZone, IDLyslZone}},
		{"WithinGroup", kg.EntityFilter{Within: IDGBA},
			[]string{IDGBA, IDGuangzhou, IDShenzhen, IDHongKong, IDGzPort}},
		{"WithinGroupTransitive", kg.EntityFilter{Within: IDCZT},
			[]string{IDCZT, IDChangsha, IDZhuzhou, IDXiangtan, IDLiuyang, IDLiling, IDLyslZone}},
		{"WithinLeaf", kg.EntityFilter{Within: IDXiangganBian}, []string{IDXiangganBian}},
		{"Document", kg.EntityFilter{Document: DocJiangxi},
			[]string{IDJiangxi, IDPingxiang, IDShangli, IDWanzai, IDLiuyang, IDLiling, IDGBA, IDXiangganBian,
				IDFireworks, IDLyslZone, IDDemoZone, IDBaihetan, IDBhtStation, IDGanxi500, IDPowerPlan, IDJinsha}},
		{"NameOrAlias", kg.EntityFilter{Name: "湘"},
			[]string{IDHunan, IDXiangdong, IDXiangtan, IDXgPark, IDDemoZone, IDXiangganBian}},
		{"Name", kg.EntityFilter{Name: "萍乡"}, []string{IDPingxiang, IDPxDevZone}},
		{"AliasOnly", kg.EntityFilter{Name: "大湾区"}, []string{IDGBA}},
		{"NoMatch", kg.EntityFilter{Name: "不存在"}, nil},
		{"TypeAndWithin", kg.EntityFilter{Types: []kg.EntityType{kg.County}, Within: IDJiangxi},
			[]string{IDShangli, IDXiangdong, IDLuxi, IDWanzai}},
		{"WithinAndName", kg.EntityFilter{Within: IDJiangxi, Name: "湘"}, []string{IDXiangdong, IDXgPark}},
		{"DocumentAndType", kg.EntityFilter{Document: DocPingxiang, Types: []kg.EntityType{kg.Park}},
			[]string{IDXgPark, IDPxDevZone, IDFireworks}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := list(t, c.f)
			eqIDs(t, "ids", entIDs(p.Entities), sorted(c.want...))
			if p.Total != len(c.want) || p.HasNext {
				t.Errorf("Total %d HasNext %v, want %d false", p.Total, p.HasNext, len(c.want))
			}
		})
	}
	t.Run("Pages", func(t *testing.T) {
		all := sorted(allEntityIDs()...)
		var got []string
		after := ""
		for i, n := range []int{10, 10, 10, 5} {
			p := list(t, kg.EntityFilter{Page: kg.Page{First: 10, After: after}})
			if len(p.Entities) != n || p.Total != 35 || p.HasNext != (i < 3) {
				t.Errorf("page %d: %d entities, Total %d, HasNext %v; want %d, 35, %v", i, len(p.Entities), p.Total, p.HasNext, n, i < 3)
			}
			got = append(got, entIDs(p.Entities)...)
			if len(p.Entities) == 0 {
				break
			}
			after = p.Entities[len(p.Entities)-1].ID
		}
		eqIDs(t, "pages concatenated", got, all)
		p := list(t, kg.EntityFilter{Page: kg.Page{After: all[len(all)-1]}})
		if len(p.Entities) != 0 || p.HasNext || p.Total != 35 {
			t.Errorf("after the last: %d entities, HasNext %v, Total %d", len(p.Entities), p.HasNext, p.Total)
		}
	})
	t.Run("PagesFiltered", func(t *testing.T) {
		want := sorted(IDJiangxi, IDPingxiang, IDYichun, IDShangli, IDXiangdong, IDLuxi, IDWanzai, IDXgPark, IDPxDevZone, IDLyslZone)
		p := list(t, kg.EntityFilter{Within: IDJiangxi, Page: kg.Page{First: 4}})
		eqIDs(t, "first page", entIDs(p.Entities), want[:4])
		if p.Total != 10 || !p.HasNext {
			t.Errorf("first page: Total %d HasNext %v", p.Total, p.HasNext)
		}
		p = list(t, kg.EntityFilter{Within: IDJiangxi, Page: kg.Page{First: 4, After: want[7]}})
		eqIDs(t, "last page", entIDs(p.Entities), want[8:])
		if p.Total != 10 || p.HasNext {
			t.Errorf("last page: Total %d HasNext %v", p.Total, p.HasNext)
		}
		p = list(t, kg.EntityFilter{Within: IDJiangxi, Page: kg.Page{First: 2, After: want[5]}})
		eqIDs(t, "middle page", entIDs(p.Entities), want[6:8])
		if !p.HasNext {
			t.Errorf("middle page: HasNext false")
		}
	})
	t.Run("KeysetCursor", func(t *testing.T) {
		// After need not be an existing id.
		p := list(t, kg.EntityFilter{Types: []kg.EntityType{kg.Province}, Page: kg.Page{After: "region:4"}})
		eqIDs(t, "provinces after region:4", entIDs(p.Entities), []string{IDHunan, IDGuangdong, IDYunnan, IDHongKong})
		if p.Total != 6 || p.HasNext {
			t.Errorf("Total %d HasNext %v, want 6 false", p.Total, p.HasNext)
		}
	})
	t.Run("OverCap", func(t *testing.T) {
		p := list(t, kg.EntityFilter{Page: kg.Page{First: kg.CapPageSize * 10}})
		if len(p.Entities) != 35 || p.HasNext {
			t.Errorf("First over the cap: %d entities, HasNext %v", len(p.Entities), p.HasNext)
		}
	})
	t.Run("Errors", func(t *testing.T) {
		_, err := s.Entities(ctx, kg.EntityFilter{Within: "region:999999"})
		wantCode(t, err, kg.ENOTFOUND, "unknown Within")
		_, err = s.Entities(ctx, kg.EntityFilter{Document: "doc:nope.txt"})
		wantCode(t, err, kg.ENOTFOUND, "unknown Document")
		_, err = s.Entities(ctx, kg.EntityFilter{Page: kg.Page{First: -1}})
		wantCode(t, err, kg.EINVALID, "negative First")
		_, err = s.Entities(ctx, kg.EntityFilter{Types: []kg.EntityType{"Town"}})
		wantCode(t, err, kg.EINVALID, "unknown type")
	})
}

// hit is a search hit reduced to what the suite compares.
type hit struct {
	ID      string
	Score   float64
	Matched string
}

func testSearch(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	cases := []struct {
		name string
		q    kg.SearchQuery
		want []hit
	}{
		{"ExactName", kg.SearchQuery{Text: "萍乡市"}, []hit{{IDPingxiang, kg.ScoreNameExact, "name"}}},
		{"NameBeatsAlias", kg.SearchQuery{Text: "湘赣边"}, []hit{
			{IDXiangganBian, kg.ScoreNameExact, "name"}, {IDDemoZone, kg.ScoreAliasExact, "alias"}}},
		{"AliasBeatsNamePrefix", kg.SearchQuery{Text: "萍乡"}, []hit{
			{IDPingxiang, kg.ScoreAliasExact, "alias"}, {IDPxDevZone, kg.ScoreNamePrefix, "name"}}},
		{"AliasBeatsSubstring", kg.SearchQuery{Text: "上栗"}, []hit{
			{IDShangli, kg.ScoreAliasExact, "alias"}, {IDLyslZone, kg.ScoreNameSubstring, "name"}}},
		// within a class, the match covering more of its field first, then ids
		{"PrefixByCoverageThenID", kg.SearchQuery{Text: "湘"}, []hit{
			{IDHunan, kg.ScoreAliasExact, "alias"},
			{IDXiangdong, kg.ScoreNamePrefix, "name"}, {IDXiangtan, kg.ScoreNamePrefix, "name"},
			{IDXiangganBian, kg.ScoreNamePrefix, "name"}, {IDXgPark, kg.ScoreNamePrefix, "name"},
			{IDDemoZone, kg.ScoreNamePrefix, "name"}}},
		{"AliasPrefix", kg.SearchQuery{Text: "大湾"}, []hit{{IDGBA, kg.ScoreAliasPrefix, "alias"}}},
		{"AliasSubstring", kg.SearchQuery{Text: "城市群"}, []hit{{IDCZT, kg.ScoreAliasSubstring, "alias"}}},
		{"NameSubstring", kg.SearchQuery{Text: "经开"}, []hit{{IDPxDevZone, kg.ScoreNameSubstring, "name"}}},
		{"PinyinExact", kg.SearchQuery{Text: "pingxiangshi"}, []hit{{IDPingxiang, kg.ScorePinyinExact, "pinyin"}}},
		{"PinyinPrefix", kg.SearchQuery{Text: "pingxiang"}, []hit{
			{IDPingxiang, kg.ScorePinyinPrefix, "pinyin"}, {IDPxDevZone, kg.ScorePinyinPrefix, "pinyin"}}},
		{"PinyinPrefixBeatsSubstring", kg.SearchQuery{Text: "xiang"}, []hit{
			{IDXiangdong, kg.ScorePinyinPrefix, "pinyin"}, {IDXiangtan, kg.ScorePinyinPrefix, "pinyin"},
			{IDXiangganBian, kg.ScorePinyinPrefix, "pinyin"}, {IDXgPark, kg.ScorePinyinPrefix, "pinyin"},
			{IDHongKong, kg.ScorePinyinPrefix, "pinyin"}, {IDDemoZone, kg.ScorePinyinPrefix, "pinyin"},
			{IDPingxiang, kg.ScorePinyinSubstring, "pinyin"}, {IDPxDevZone, kg.ScorePinyinSubstring, "pinyin"}}},
		{"Limit", kg.SearchQuery{Text: "xiang", Limit: 3}, []hit{
			{IDXiangdong, kg.ScorePinyinPrefix, "pinyin"}, {IDXiangtan, kg.ScorePinyinPrefix, "pinyin"},
			{IDXiangganBian, kg.ScorePinyinPrefix, "pinyin"}}},
		{"Type", kg.SearchQuery{Text: "萍乡", Types: []kg.EntityType{kg.City}}, []hit{{IDPingxiang, kg.ScoreAliasExact, "alias"}}},
		{"Types", kg.SearchQuery{Text: "xiang", Types: []kg.EntityType{kg.County, kg.RegionGroup}}, []hit{
			{IDXiangdong, kg.ScorePinyinPrefix, "pinyin"}, {IDXiangganBian, kg.ScorePinyinPrefix, "pinyin"}}},
		{"NoMatch", kg.SearchQuery{Text: "不存在"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			hits, err := s.Search(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []hit
			for _, h := range hits {
				if h.Entity == nil {
					t.Fatalf("hit with nil entity")
				}
				got = append(got, hit{h.Entity.ID, kg.ScoreClass(h.Score), h.Matched})
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Search(%q):\n got  %v\n want %v", c.q.Text, got, c.want)
			}
		})
	}
	t.Run("FullEntity", func(t *testing.T) {
		hits, err := s.Search(ctx, kg.SearchQuery{Text: "上栗县"})
		if err != nil || len(hits) != 1 {
			t.Fatalf("Search: %v %v", hits, err)
		}
		if hits[0].Entity.Mentions != 5 || hits[0].Entity.Code != "360322" {
			t.Errorf("hit entity not complete: %s", fmtEntity(hits[0].Entity))
		}
	})
	t.Run("DefaultLimit", func(t *testing.T) {
		// Every pinyin holds an "a" or "i" or "u"... use a letter in all of them.
		hits, err := s.Search(ctx, kg.SearchQuery{Text: "n"})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != kg.DefaultSearchLimit {
			t.Errorf("default limit: %d hits, want %d", len(hits), kg.DefaultSearchLimit)
		}
		hits, err = s.Search(ctx, kg.SearchQuery{Text: "n", Limit: kg.CapSearchLimit * 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) <= kg.DefaultSearchLimit || len(hits) > kg.CapSearchLimit {
			t.Errorf("limit over the cap: %d hits", len(hits))
		}
	})
	t.Run("Errors", func(t *testing.T) {
		_, err := s.Search(ctx, kg.SearchQuery{})
		wantCode(t, err, kg.EINVALID, "empty text")
		_, err = s.Search(ctx, kg.SearchQuery{Text: "萍乡", Limit: -1})
		wantCode(t, err, kg.EINVALID, "negative limit")
		_, err = s.Search(ctx, kg.SearchQuery{Text: "萍乡", Types: []kg.EntityType{"Town"}})
		wantCode(t, err, kg.EINVALID, "unknown type")
	})
}

func testRelation(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	t.Run("ByID", func(t *testing.T) {
		r, err := s.Relation(ctx, R(kg.CoBuilds, IDWanzai, IDFireworks))
		if err != nil {
			t.Fatal(err)
		}
		wantRelation(t, "万载县 CO_BUILDS 集中区", r, &kg.Relation{ID: R(kg.CoBuilds, IDWanzai, IDFireworks),
			Type: kg.CoBuilds, From: IDWanzai, To: IDFireworks,
			Evidence: []kg.Evidence{ev(DocJiangxi, 3, 305, 331, "共建", jxS3)}})
		r, err = s.Relation(ctx, R(kg.PartOf, IDShangli, IDPingxiang))
		if err != nil {
			t.Fatal(err)
		}
		wantRelation(t, "gazetteer PART_OF", r, &kg.Relation{ID: R(kg.PartOf, IDShangli, IDPingxiang),
			Type: kg.PartOf, From: IDShangli, To: IDPingxiang})
	})
	t.Run("NotFound", func(t *testing.T) {
		_, err := s.Relation(ctx, "rel:0000000000000000")
		wantCode(t, err, kg.ENOTFOUND, "unknown id")
		_, err = s.Relation(ctx, "")
		wantCode(t, err, kg.EINVALID, "empty id")
	})
}

// Relation ids of Both by document.
func pingxiangRelationIDs() []string {
	return []string{
		R(kg.DocksWith, IDPingxiang, IDGBA), R(kg.CooperatesWith, IDPingxiang, IDShenzhen),
		R(kg.LinksWith, IDLuxi, IDLiling), R(kg.CooperatesWith, IDXiangdong, IDLiling),
		R(kg.AdjacentTo, IDPingxiang, IDCZT), R(kg.ReliesOn, IDPingxiang, IDXgPark),
		R(kg.LocatedIn, IDXgPark, IDPingxiang), R(kg.LocatedIn, IDPxDevZone, IDPingxiang),
		R(kg.Connects, IDHukunRail, IDShanghai), R(kg.Connects, IDHukunRail, IDKunming),
		R(kg.Connects, IDHukunRail, IDPingxiang), R(kg.CoBuilds, IDShangli, IDFireworks),
		R(kg.ReliesOn, IDPxDevZone, IDGanxi500), R(kg.DocksWith, IDPingxiang, IDGzPort),
		R(kg.LocatedIn, IDGzPort, IDGuangzhou),
	}
}

func jiangxiRelationIDs() []string {
	return []string{
		R(kg.DocksWith, IDJiangxi, IDGBA),
		R(kg.CoBuilds, IDShangli, IDFireworks), R(kg.CoBuilds, IDWanzai, IDFireworks),
		R(kg.CoBuilds, IDLiuyang, IDFireworks), R(kg.CoBuilds, IDLiling, IDFireworks),
		R(kg.LinksWith, IDShangli, IDLiuyang), R(kg.LinksWith, IDShangli, IDLiling),
		R(kg.LinksWith, IDWanzai, IDLiuyang), R(kg.LinksWith, IDWanzai, IDLiling),
		R(kg.LocatedIn, IDLyslZone, IDShangli), R(kg.LocatedIn, IDLyslZone, IDLiuyang),
		R(kg.CoBuilds, IDShangli, IDLyslZone), R(kg.CoBuilds, IDLiuyang, IDLyslZone),
		R(kg.IncludedIn, IDPingxiang, IDDemoZone), R(kg.ReliesOn, IDJiangxi, IDBaihetan),
		R(kg.ReliesOn, IDBaihetan, IDBhtStation), R(kg.IncludedIn, IDBaihetan, IDPowerPlan),
		R(kg.IncludedIn, IDBhtStation, IDJinsha), R(kg.ReliesOn, IDGanxi500, IDBaihetan),
	}
}

func testRelations(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	list := func(t *testing.T, f kg.RelationFilter) *kg.RelationPage {
		t.Helper()
		p, err := s.Relations(ctx, f)
		if err != nil {
			t.Fatalf("Relations(%+v): %v", f, err)
		}
		return p
	}
	cases := []struct {
		name string
		f    kg.RelationFilter
		want []string
	}{
		{"Type", kg.RelationFilter{Types: []kg.RelationType{kg.LinksWith}}, []string{
			R(kg.LinksWith, IDLuxi, IDLiling), R(kg.LinksWith, IDShangli, IDLiuyang), R(kg.LinksWith, IDShangli, IDLiling),
			R(kg.LinksWith, IDWanzai, IDLiuyang), R(kg.LinksWith, IDWanzai, IDLiling)}},
		{"Types", kg.RelationFilter{Types: []kg.RelationType{kg.DocksWith, kg.AdjacentTo}}, []string{
			R(kg.DocksWith, IDPingxiang, IDGBA), R(kg.DocksWith, IDJiangxi, IDGBA), R(kg.DocksWith, IDPingxiang, IDGzPort),
			R(kg.AdjacentTo, IDPingxiang, IDCZT)}},
		{"Entity", kg.RelationFilter{Entity: IDLiling}, []string{
			R(kg.LinksWith, IDLuxi, IDLiling), R(kg.CooperatesWith, IDXiangdong, IDLiling), R(kg.CoBuilds, IDLiling, IDFireworks),
			R(kg.LinksWith, IDShangli, IDLiling), R(kg.LinksWith, IDWanzai, IDLiling), R(kg.PartOf, IDLiling, IDZhuzhou)}},
		{"Document", kg.RelationFilter{Document: DocJiangxi}, jiangxiRelationIDs()},
		{"OtherDocument", kg.RelationFilter{Document: DocPingxiang}, pingxiangRelationIDs()},
		{"TypeAndEntity", kg.RelationFilter{Types: []kg.RelationType{kg.CoBuilds}, Entity: IDShangli}, []string{
			R(kg.CoBuilds, IDShangli, IDFireworks), R(kg.CoBuilds, IDShangli, IDLyslZone)}},
		{"EntityAndDocument", kg.RelationFilter{Entity: IDShangli, Document: DocPingxiang}, []string{
			R(kg.CoBuilds, IDShangli, IDFireworks)}},
		{"GazetteerHasNoDocument", kg.RelationFilter{Types: []kg.RelationType{kg.PartOf}, Document: DocPingxiang}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := list(t, c.f)
			eqIDs(t, "ids", relIDs(p.Relations), sorted(c.want...))
			if p.Total != len(c.want) || p.HasNext {
				t.Errorf("Total %d HasNext %v, want %d false", p.Total, p.HasNext, len(c.want))
			}
			// A document filter filters the evidence too.
			for _, r := range p.Relations {
				if c.f.Document == "" {
					continue
				}
				if len(r.Evidence) == 0 {
					t.Errorf("relation %s: no evidence from %s", r.ID, c.f.Document)
				}
				for _, ev := range r.Evidence {
					if ev.Document != c.f.Document {
						t.Errorf("relation %s: evidence from %s with filter %s", r.ID, ev.Document, c.f.Document)
					}
				}
			}
		})
	}
	t.Run("DocumentKeepsOrder", func(t *testing.T) {
		// 上栗县 CO_BUILDS 集中区 has evidence from both documents.
		id := R(kg.CoBuilds, IDShangli, IDFireworks)
		for _, doc := range []string{DocJiangxi, DocPingxiang} {
			p := list(t, kg.RelationFilter{Entity: IDShangli, Document: doc, Types: []kg.RelationType{kg.CoBuilds}})
			full, err := s.Relation(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			var want []kg.Evidence
			for _, ev := range full.Evidence {
				if ev.Document == doc {
					want = append(want, ev)
				}
			}
			var got []kg.Evidence
			for _, r := range p.Relations {
				if r.ID == id {
					got = r.Evidence
				}
			}
			if len(want) == 0 || !reflect.DeepEqual(got, want) {
				t.Errorf("%s filtered to %s: evidence %v, want %v", id, doc, got, want)
			}
		}
	})
	t.Run("Pages", func(t *testing.T) {
		var got []string
		after := ""
		for i, n := range []int{20, 20, 13} {
			p := list(t, kg.RelationFilter{Page: kg.Page{First: 20, After: after}})
			if len(p.Relations) != n || p.Total != 53 || p.HasNext != (i < 2) {
				t.Errorf("page %d: %d relations, Total %d, HasNext %v", i, len(p.Relations), p.Total, p.HasNext)
			}
			got = append(got, relIDs(p.Relations)...)
			if len(p.Relations) == 0 {
				break
			}
			after = p.Relations[len(p.Relations)-1].ID
		}
		if len(got) != 53 || !isSortedUnique(got) {
			t.Errorf("pages: %d ids, sorted and unique %v", len(got), isSortedUnique(got))
		}
		all := list(t, kg.RelationFilter{})
		eqIDs(t, "pages equal one list", got, relIDs(all.Relations))
	})
	t.Run("Errors", func(t *testing.T) {
		_, err := s.Relations(ctx, kg.RelationFilter{Entity: "region:999999"})
		wantCode(t, err, kg.ENOTFOUND, "unknown Entity")
		_, err = s.Relations(ctx, kg.RelationFilter{Document: "doc:nope.txt"})
		wantCode(t, err, kg.ENOTFOUND, "unknown Document")
		_, err = s.Relations(ctx, kg.RelationFilter{Page: kg.Page{First: -1}})
		wantCode(t, err, kg.EINVALID, "negative First")
		_, err = s.Relations(ctx, kg.RelationFilter{Types: []kg.RelationType{"LIKES"}})
		wantCode(t, err, kg.EINVALID, "unknown type")
	})
}

func isSortedUnique(ids []string) bool {
	for i := 1; i < len(ids); i++ {
		if ids[i-1] >= ids[i] {
			return false
		}
	}
	return true
}

func testDocuments(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	px, jx := Pingxiang().Documents[0], Jiangxi().Documents[0]
	t.Run("Document", func(t *testing.T) {
		d, err := s.Document(ctx, DocPingxiang)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(*d, px) {
			t.Errorf("Document:\n got  %+v\n want %+v", *d, px)
		}
		_, err = s.Document(ctx, "doc:nope.txt")
		wantCode(t, err, kg.ENOTFOUND, "unknown id")
		_, err = s.Document(ctx, "")
		wantCode(t, err, kg.EINVALID, "empty id")
	})
	t.Run("DocumentsByID", func(t *testing.T) {
		ds, err := s.DocumentsByID(ctx, []string{DocPingxiang, "doc:nope.txt", DocJiangxi})
		if err != nil {
			t.Fatal(err)
		}
		eqIDs(t, "DocumentsByID", docIDs(ds), []string{DocPingxiang, "<nil>", DocJiangxi})
		if len(ds) == 3 && ds[2] != nil && !reflect.DeepEqual(*ds[2], jx) {
			t.Errorf("DocumentsByID: %+v", *ds[2])
		}
	})
	t.Run("Documents", func(t *testing.T) {
		p, err := s.Documents(ctx, kg.Page{})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Documents) != 2 || p.Total != 2 || p.HasNext {
			t.Fatalf("Documents: %v Total %d HasNext %v", docIDs(p.Documents), p.Total, p.HasNext)
		}
		if !reflect.DeepEqual(*p.Documents[0], jx) || !reflect.DeepEqual(*p.Documents[1], px) {
			t.Errorf("Documents not in id order or not complete: %v", docIDs(p.Documents))
		}
		p, err = s.Documents(ctx, kg.Page{First: 1})
		if err != nil {
			t.Fatal(err)
		}
		eqIDs(t, "first page", docIDs(p.Documents), []string{DocJiangxi})
		if !p.HasNext || p.Total != 2 {
			t.Errorf("first page: HasNext %v Total %d", p.HasNext, p.Total)
		}
		p, err = s.Documents(ctx, kg.Page{First: 1, After: DocJiangxi})
		if err != nil {
			t.Fatal(err)
		}
		eqIDs(t, "second page", docIDs(p.Documents), []string{DocPingxiang})
		if p.HasNext || p.Total != 2 {
			t.Errorf("second page: HasNext %v Total %d", p.HasNext, p.Total)
		}
		_, err = s.Documents(ctx, kg.Page{First: -1})
		wantCode(t, err, kg.EINVALID, "negative First")
	})
}
