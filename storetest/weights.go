package storetest

import (
	"cmp"
	"slices"
	"testing"

	"github.com/cnplan/kg"
)

// testWeights: every relation's weight (evidence, documents, first and
// last year of its documents) and every entity's degree and document
// count, on every read path.
func testWeights(t *testing.T, open opener) {
	s := loaded(t, open)
	ctx := t.Context()
	rels := []struct {
		name string
		id   string
		want kg.RelationWeight
	}{
		{"two pieces from one 2019 document", R(kg.DocksWith, IDPingxiang, IDGBA), kg.RelationWeight{Evidence: 2, Documents: 1, FirstYear: 2019, LastYear: 2019}},
		{"one piece each from the 2019 and 2022 documents", R(kg.CoBuilds, IDShangli, IDFireworks), kg.RelationWeight{Evidence: 2, Documents: 2, FirstYear: 2019, LastYear: 2022}},
		{"one piece from the 2022 document", R(kg.LinksWith, IDShangli, IDLiuyang), kg.RelationWeight{Evidence: 1, Documents: 1, FirstYear: 2022, LastYear: 2022}},
		{"gazetteer relation: no evidence, no years", R(kg.PartOf, IDPingxiang, IDJiangxi), kg.RelationWeight{}},
	}
	for _, c := range rels {
		t.Run("relation/"+c.name, func(t *testing.T) {
			r, err := s.Relation(ctx, c.id)
			if err != nil {
				t.Fatal(err)
			}
			if r.Weight != c.want {
				t.Errorf("Relation: weight %+v, want %+v", r.Weight, c.want)
			}
			p, err := s.Relations(ctx, kg.RelationFilter{Entity: r.From, Page: kg.Page{First: kg.CapPageSize}})
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range p.Relations {
				if x.ID == c.id && x.Weight != c.want {
					t.Errorf("Relations: weight %+v, want %+v", x.Weight, c.want)
				}
			}
			sg, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{r.From}, Hops: 1})
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range sg.Edges {
				if x.ID == c.id && x.Weight != c.want {
					t.Errorf("Neighbourhood: weight %+v, want %+v", x.Weight, c.want)
				}
			}
		})
	}
	ents := []struct {
		name       string
		id         string
		degree     int // -1: the number of relations touching it
		documents  int
		mentionsIn []string
	}{
		{"a park co-built by four counties, named in both documents", IDFireworks, 4, 2, nil},
		{"an implied province", IDYunnan, -1, 0, nil},
		{"a city in both documents", IDPingxiang, -1, 2, nil},
	}
	for _, c := range ents {
		t.Run("entity/"+c.name, func(t *testing.T) {
			want := c.degree
			if want < 0 {
				p, err := s.Relations(ctx, kg.RelationFilter{Entity: c.id, Page: kg.Page{First: 1}})
				if err != nil {
					t.Fatal(err)
				}
				want = p.Total
			}
			e, err := s.Entity(ctx, c.id)
			if err != nil {
				t.Fatal(err)
			}
			if e.Degree != want || e.Documents != c.documents {
				t.Errorf("Entity: degree %d, documents %d; want %d, %d", e.Degree, e.Documents, want, c.documents)
			}
			if e.Documents != len(e.MentionsByDocument) {
				t.Errorf("Entity: documents %d but mentioned by %d", e.Documents, len(e.MentionsByDocument))
			}
			es, err := s.EntitiesByID(ctx, []string{c.id})
			if err != nil {
				t.Fatal(err)
			}
			if es[0].Degree != want || es[0].Documents != c.documents {
				t.Errorf("EntitiesByID: degree %d, documents %d; want %d, %d", es[0].Degree, es[0].Documents, want, c.documents)
			}
			sg, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{c.id}, Hops: 1})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range sg.Nodes {
				if n.ID == c.id && (n.Degree != want || n.Documents != c.documents) {
					t.Errorf("Neighbourhood: degree %d, documents %d; want %d, %d", n.Degree, n.Documents, want, c.documents)
				}
			}
		})
	}
}

// testTime: relations and neighbourhoods filtered by the years of their
// evidence documents and by plan period, their evidence and weight
// following the filter. The 萍乡 document is dated 2019 (period
// 2019-2020), the 江西 one 2022 (2021-2025).
func testTime(t *testing.T, open opener) {
	s := loaded(t, open)
	ctx := t.Context()
	cobuild := R(kg.CoBuilds, IDShangli, IDFireworks)
	cases := []struct {
		name   string
		tf     kg.TimeFilter
		doc    string
		total  int
		weight kg.RelationWeight // of cobuild; zero: not in the result
		code   string
	}{
		{"no filter", kg.TimeFilter{}, "", 0, kg.RelationWeight{Evidence: 2, Documents: 2, FirstYear: 2019, LastYear: 2022}, ""},
		{"up to 2019: the 萍乡 plan", kg.TimeFilter{ToYear: 2019}, "", 15, kg.RelationWeight{Evidence: 1, Documents: 1, FirstYear: 2019, LastYear: 2019}, ""},
		{"from 2020: the 江西 plan", kg.TimeFilter{FromYear: 2020}, "", 19, kg.RelationWeight{Evidence: 1, Documents: 1, FirstYear: 2022, LastYear: 2022}, ""},
		{"2019 to 2022: both", kg.TimeFilter{FromYear: 2019, ToYear: 2022}, "", 33, kg.RelationWeight{Evidence: 2, Documents: 2, FirstYear: 2019, LastYear: 2022}, ""},
		{"十三五 period", kg.TimeFilter{PeriodFrom: 2016, PeriodTo: 2020}, "", 15, kg.RelationWeight{Evidence: 1, Documents: 1, FirstYear: 2019, LastYear: 2019}, ""},
		{"十四五 period", kg.TimeFilter{PeriodFrom: 2021, PeriodTo: 2025}, "", 19, kg.RelationWeight{Evidence: 1, Documents: 1, FirstYear: 2022, LastYear: 2022}, ""},
		{"a period no document covers", kg.TimeFilter{PeriodFrom: 2026, PeriodTo: 2030}, "", 0, kg.RelationWeight{}, ""},
		{"a year with no document", kg.TimeFilter{FromYear: 2030}, "", 0, kg.RelationWeight{}, ""},
		{"with a document filter: both apply", kg.TimeFilter{FromYear: 2020}, DocPingxiang, 0, kg.RelationWeight{}, ""},
		{"with the matching document", kg.TimeFilter{FromYear: 2020}, DocJiangxi, 19, kg.RelationWeight{Evidence: 1, Documents: 1, FirstYear: 2022, LastYear: 2022}, ""},
		{"from after to", kg.TimeFilter{FromYear: 2022, ToYear: 2019}, "", 0, kg.RelationWeight{}, kg.EINVALID},
		{"period start after end", kg.TimeFilter{PeriodFrom: 2025, PeriodTo: 2021}, "", 0, kg.RelationWeight{}, kg.EINVALID},
		{"negative year", kg.TimeFilter{FromYear: -1}, "", 0, kg.RelationWeight{}, kg.EINVALID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := s.Relations(ctx, kg.RelationFilter{Time: c.tf, Document: c.doc, Page: kg.Page{First: kg.CapPageSize}})
			if c.code != "" {
				wantCode(t, err, c.code, "Relations")
				_, err = s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{IDFireworks}, Time: c.tf})
				wantCode(t, err, c.code, "Neighbourhood")
				_, err = s.CooperationMatrix(ctx, kg.MatrixQuery{Time: c.tf})
				wantCode(t, err, c.code, "CooperationMatrix")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.tf != (kg.TimeFilter{}) && p.Total != c.total {
				t.Errorf("Relations: total %d, want %d", p.Total, c.total)
			}
			var got kg.RelationWeight
			for _, r := range p.Relations {
				if r.ID == cobuild {
					got = r.Weight
				}
				for _, ev := range r.Evidence {
					if c.tf == (kg.TimeFilter{FromYear: 2020}) && ev.Document != DocJiangxi {
						t.Errorf("relation %s keeps evidence from %s", r.ID, ev.Document)
					}
				}
			}
			if got != c.weight {
				t.Errorf("Relations: weight of %s %+v, want %+v", cobuild, got, c.weight)
			}
			sg, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{IDFireworks}, Hops: 1, Document: c.doc, Time: c.tf})
			if err != nil {
				t.Fatal(err)
			}
			got = kg.RelationWeight{}
			for _, r := range sg.Edges {
				if r.ID == cobuild {
					got = r.Weight
				}
			}
			if got != c.weight {
				t.Errorf("Neighbourhood: weight of %s %+v, want %+v", cobuild, got, c.weight)
			}
		})
	}
	t.Run("neighbourhood from 2020", func(t *testing.T) {
		sg, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{IDFireworks}, Hops: 1, Time: kg.TimeFilter{FromYear: 2020}})
		if err != nil {
			t.Fatal(err)
		}
		wantSubgraph(t, "neighbourhood", sg, []string{IDFireworks, IDShangli, IDWanzai, IDLiuyang, IDLiling},
			[]string{R(kg.CoBuilds, IDShangli, IDFireworks), R(kg.CoBuilds, IDWanzai, IDFireworks), R(kg.CoBuilds, IDLiuyang, IDFireworks),
				R(kg.CoBuilds, IDLiling, IDFireworks), R(kg.LinksWith, IDShangli, IDLiuyang), R(kg.LinksWith, IDShangli, IDLiling),
				R(kg.LinksWith, IDWanzai, IDLiuyang), R(kg.LinksWith, IDWanzai, IDLiling)}, false)
	})
	t.Run("neighbourhood up to 2019", func(t *testing.T) {
		sg, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{IDFireworks}, Hops: 1, Time: kg.TimeFilter{ToYear: 2019}})
		if err != nil {
			t.Fatal(err)
		}
		wantSubgraph(t, "neighbourhood", sg, []string{IDFireworks, IDShangli}, []string{cobuild}, false)
	})
}

// testMatrix: the cooperation matrix of provinces and of cities in a
// province, with time filters and bad arguments.
func testMatrix(t *testing.T, open opener) {
	s := loaded(t, open)
	ctx := t.Context()
	type cell struct {
		a, b      string
		relations int
		evidence  int
		byType    map[kg.RelationType]int
	}
	cases := []struct {
		name  string
		q     kg.MatrixQuery
		units []string
		cells []cell
		code  string
	}{
		{"provinces", kg.MatrixQuery{Top: 2},
			[]string{IDJiangxi, IDHunan, IDGuangdong, IDHongKong, IDShanghai, IDYunnan},
			[]cell{
				// 芦溪-醴陵, 湘东-醴陵 (萍乡 plan); 上栗/万载-浏阳/醴陵 (江西 plan); the 浏阳-上栗 zone is in both provinces: its edges count in no cell.
				{IDJiangxi, IDHunan, 6, 6, map[kg.RelationType]int{kg.LinksWith: 5, kg.CooperatesWith: 1}},
				// 萍乡-深圳, 萍乡 -> 广州港 (located in 广州)
				{IDJiangxi, IDGuangdong, 2, 2, map[kg.RelationType]int{kg.CooperatesWith: 1, kg.DocksWith: 1}},
			}, ""},
		{"provinces up to 2019", kg.MatrixQuery{Time: kg.TimeFilter{ToYear: 2019}},
			[]string{IDJiangxi, IDHunan, IDGuangdong, IDHongKong, IDShanghai, IDYunnan},
			[]cell{
				{IDJiangxi, IDHunan, 2, 2, map[kg.RelationType]int{kg.LinksWith: 1, kg.CooperatesWith: 1}},
				{IDJiangxi, IDGuangdong, 2, 2, map[kg.RelationType]int{kg.CooperatesWith: 1, kg.DocksWith: 1}},
			}, ""},
		{"provinces, LINKS_WITH only, 十四五", kg.MatrixQuery{RelationTypes: []kg.RelationType{kg.LinksWith}, Time: kg.TimeFilter{PeriodFrom: 2021, PeriodTo: 2025}},
			[]string{IDJiangxi, IDHunan, IDGuangdong, IDHongKong, IDShanghai, IDYunnan},
			[]cell{{IDJiangxi, IDHunan, 4, 4, map[kg.RelationType]int{kg.LinksWith: 4}}}, ""},
		{"provinces within 粤港澳大湾区", kg.MatrixQuery{Within: IDGBA}, []string{IDHongKong}, nil, ""},
		{"cities of 江西", kg.MatrixQuery{Level: kg.City, Within: IDJiangxi}, []string{IDPingxiang, IDYichun}, nil, ""},
		{"counties of 江西", kg.MatrixQuery{Level: kg.County, Within: IDJiangxi}, []string{IDShangli, IDXiangdong, IDLuxi, IDWanzai}, nil, ""},
		{"cities without within", kg.MatrixQuery{Level: kg.City}, nil, nil, kg.EINVALID},
		{"a level that is no region", kg.MatrixQuery{Level: kg.Park, Within: IDJiangxi}, nil, nil, kg.EINVALID},
		{"unknown within", kg.MatrixQuery{Level: kg.City, Within: "region:999999"}, nil, nil, kg.ENOTFOUND},
		{"negative top", kg.MatrixQuery{Top: -1}, nil, nil, kg.EINVALID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := s.CooperationMatrix(ctx, c.q)
			if c.code != "" {
				wantCode(t, err, c.code, "CooperationMatrix")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			eqIDs(t, "units", entIDs(m.Units), sorted(c.units...))
			if len(m.Cells) != len(c.cells) {
				t.Fatalf("%d cells, want %d: %+v", len(m.Cells), len(c.cells), m.Cells)
			}
			want := slices.Clone(c.cells)
			slices.SortFunc(want, func(x, y cell) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
			for i, w := range want {
				g := m.Cells[i]
				if g.A != w.a || g.B != w.b || g.Relations != w.relations || g.Evidence != w.evidence || !eqCounts(g.ByType, w.byType) {
					t.Errorf("cell %d: got %s-%s %d relations %d evidence %v; want %s-%s %d %d %v",
						i, g.A, g.B, g.Relations, g.Evidence, g.ByType, w.a, w.b, w.relations, w.evidence, w.byType)
				}
				top := c.q.Top
				if top == 0 {
					top = kg.DefaultMatrixTop
				}
				if len(g.Top) != min(top, w.relations) {
					t.Errorf("cell %d: %d top relations, want %d", i, len(g.Top), min(top, w.relations))
				}
				for k, r := range g.Top {
					if len(r.Evidence) != r.Weight.Evidence || r.Weight.Evidence == 0 {
						t.Errorf("cell %d: top relation %s has %d pieces of evidence, weight %+v", i, r.ID, len(r.Evidence), r.Weight)
					}
					if k > 0 && cmp.Or(cmp.Compare(r.Weight.Evidence, g.Top[k-1].Weight.Evidence), cmp.Compare(g.Top[k-1].ID, r.ID)) > 0 {
						t.Errorf("cell %d: top relations not heaviest first, then by id", i)
					}
				}
			}
		})
	}
}

func eqCounts(a, b map[kg.RelationType]int) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	for k, v := range b {
		if a[k] != v {
			return false
		}
	}
	return true
}
