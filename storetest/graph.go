package storetest

import (
	"reflect"
	"testing"

	"github.com/cnplan/kg"
)

func testNeighbourhood(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	pxOut := []string{R(kg.PartOf, IDPingxiang, IDJiangxi), R(kg.DocksWith, IDPingxiang, IDGBA),
		R(kg.CooperatesWith, IDPingxiang, IDShenzhen), R(kg.AdjacentTo, IDPingxiang, IDCZT),
		R(kg.ReliesOn, IDPingxiang, IDXgPark), R(kg.IncludedIn, IDPingxiang, IDDemoZone), R(kg.DocksWith, IDPingxiang, IDGzPort)}
	pxIn := []string{R(kg.PartOf, IDShangli, IDPingxiang), R(kg.PartOf, IDXiangdong, IDPingxiang), R(kg.PartOf, IDLuxi, IDPingxiang),
		R(kg.LocatedIn, IDXgPark, IDPingxiang), R(kg.LocatedIn, IDPxDevZone, IDPingxiang), R(kg.Connects, IDHukunRail, IDPingxiang)}
	cat := func(lists ...[]string) []string {
		var out []string
		for _, l := range lists {
			out = append(out, l...)
		}
		return out
	}
	cases := []struct {
		name      string
		q         kg.NeighbourhoodQuery
		nodes     []string
		edges     []string
		truncated bool
	}{
		{"OneHop", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: 1},
			[]string{IDPingxiang, IDGBA, IDShenzhen, IDCZT, IDXgPark, IDDemoZone, IDGzPort, IDJiangxi,
				IDShangli, IDXiangdong, IDLuxi, IDPxDevZone, IDHukunRail},
			// The edges among the nodes: also 深圳市 PART_OF 粤港澳大湾区 and 江西省 DOCKS_WITH 粤港澳大湾区.
			cat(pxOut, pxIn, []string{R(kg.PartOf, IDShenzhen, IDGBA), R(kg.DocksWith, IDJiangxi, IDGBA)}), false},
		{"DefaultHops", kg.NeighbourhoodQuery{Seeds: []string{IDShangli}, RelationTypes: []kg.RelationType{kg.PartOf}},
			[]string{IDShangli, IDPingxiang}, []string{R(kg.PartOf, IDShangli, IDPingxiang)}, false},
		{"Out", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: 1, Direction: kg.Out},
			[]string{IDPingxiang, IDGBA, IDShenzhen, IDCZT, IDXgPark, IDDemoZone, IDGzPort, IDJiangxi},
			// Induced: 湘赣合作产业园 LOCATED_IN 萍乡市 joins two nodes although it points in.
			cat(pxOut, []string{R(kg.LocatedIn, IDXgPark, IDPingxiang), R(kg.PartOf, IDShenzhen, IDGBA), R(kg.DocksWith, IDJiangxi, IDGBA)}), false},
		{"In", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: 1, Direction: kg.In},
			[]string{IDPingxiang, IDShangli, IDXiangdong, IDLuxi, IDXgPark, IDPxDevZone, IDHukunRail},
			cat(pxIn, []string{R(kg.ReliesOn, IDPingxiang, IDXgPark)}), false},
		{"Both", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: 1, Direction: kg.Both},
			[]string{IDPingxiang, IDGBA, IDShenzhen, IDCZT, IDXgPark, IDDemoZone, IDGzPort, IDJiangxi,
				IDShangli, IDXiangdong, IDLuxi, IDPxDevZone, IDHukunRail},
			cat(pxOut, pxIn, []string{R(kg.PartOf, IDShenzhen, IDGBA), R(kg.DocksWith, IDJiangxi, IDGBA)}), false},
		{"TwoHops", kg.NeighbourhoodQuery{Seeds: []string{IDBaihetan}, Hops: 2},
			[]string{IDBaihetan, IDJiangxi, IDBhtStation, IDPowerPlan, IDGanxi500, IDPingxiang, IDYichun, IDGBA, IDJinsha, IDPxDevZone},
			[]string{R(kg.ReliesOn, IDJiangxi, IDBaihetan), R(kg.ReliesOn, IDBaihetan, IDBhtStation), R(kg.IncludedIn, IDBaihetan, IDPowerPlan),
				R(kg.ReliesOn, IDGanxi500, IDBaihetan), R(kg.PartOf, IDPingxiang, IDJiangxi), R(kg.PartOf, IDYichun, IDJiangxi),
				R(kg.DocksWith, IDJiangxi, IDGBA), R(kg.IncludedIn, IDBhtStation, IDJinsha), R(kg.ReliesOn, IDPxDevZone, IDGanxi500),
				R(kg.DocksWith, IDPingxiang, IDGBA), R(kg.LocatedIn, IDPxDevZone, IDPingxiang)}, false},
		{"TwoHopsRelationType", kg.NeighbourhoodQuery{Seeds: []string{IDShangli}, Hops: 2, RelationTypes: []kg.RelationType{kg.PartOf}},
			[]string{IDShangli, IDPingxiang, IDJiangxi, IDXiangdong, IDLuxi},
			[]string{R(kg.PartOf, IDShangli, IDPingxiang), R(kg.PartOf, IDXiangdong, IDPingxiang), R(kg.PartOf, IDLuxi, IDPingxiang),
				R(kg.PartOf, IDPingxiang, IDJiangxi)}, false},
		{"TwoHopsIntoGroup", kg.NeighbourhoodQuery{Seeds: []string{IDLiuyang}, Hops: 2, RelationTypes: []kg.RelationType{kg.PartOf}},
			[]string{IDLiuyang, IDChangsha, IDHunan, IDCZT},
			[]string{R(kg.PartOf, IDLiuyang, IDChangsha), R(kg.PartOf, IDChangsha, IDHunan), R(kg.PartOf, IDChangsha, IDCZT)}, false},
		{"EntityTypesKeepSeeds", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: 1, EntityTypes: []kg.EntityType{kg.County}},
			[]string{IDPingxiang, IDShangli, IDXiangdong, IDLuxi},
			[]string{R(kg.PartOf, IDShangli, IDPingxiang), R(kg.PartOf, IDXiangdong, IDPingxiang), R(kg.PartOf, IDLuxi, IDPingxiang)}, false},
		{"EntityTypesBlockPaths", kg.NeighbourhoodQuery{Seeds: []string{IDShangli}, Hops: 2, EntityTypes: []kg.EntityType{kg.County}},
			[]string{IDShangli, IDLiuyang, IDLiling, IDWanzai, IDLuxi, IDXiangdong},
			[]string{R(kg.LinksWith, IDShangli, IDLiuyang), R(kg.LinksWith, IDShangli, IDLiling), R(kg.LinksWith, IDWanzai, IDLiuyang),
				R(kg.LinksWith, IDWanzai, IDLiling), R(kg.LinksWith, IDLuxi, IDLiling), R(kg.CooperatesWith, IDXiangdong, IDLiling)}, false},
		{"Document", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: 1, Document: DocJiangxi},
			[]string{IDPingxiang, IDDemoZone}, []string{R(kg.IncludedIn, IDPingxiang, IDDemoZone)}, false},
		{"MaxNodes", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: 1, MaxNodes: 5},
			// The seed, then the four heaviest at distance 1: 上栗县 (degree
			// 6), 粤港澳大湾区 (5), then 江西省 and 长株潭 (4, by id), not the
			// smallest ids (广州港, parks).
			[]string{IDPingxiang, IDShangli, IDGBA, IDJiangxi, IDCZT},
			[]string{R(kg.PartOf, IDShangli, IDPingxiang), R(kg.PartOf, IDPingxiang, IDJiangxi), R(kg.DocksWith, IDPingxiang, IDGBA),
				R(kg.AdjacentTo, IDPingxiang, IDCZT), R(kg.DocksWith, IDJiangxi, IDGBA)}, true},
		{"MaxNodesByDistance", kg.NeighbourhoodQuery{Seeds: []string{IDBaihetan}, Hops: 2, MaxNodes: 6},
			// All four at distance 1 first (白鹤滩水电站 with degree 2 as much
			// as 电力发展十四五规划 with 1), then the heaviest at distance 2:
			// 萍乡市 (13) before 粤港澳大湾区 (5) and 萍乡经开区 (2).
			[]string{IDBaihetan, IDJiangxi, IDBhtStation, IDPowerPlan, IDGanxi500, IDPingxiang},
			[]string{R(kg.ReliesOn, IDJiangxi, IDBaihetan), R(kg.ReliesOn, IDBaihetan, IDBhtStation), R(kg.IncludedIn, IDBaihetan, IDPowerPlan),
				R(kg.ReliesOn, IDGanxi500, IDBaihetan), R(kg.PartOf, IDPingxiang, IDJiangxi)}, true},
		{"MaxNodesTieByID", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: 1, MaxNodes: 4},
			// 江西省 and 长株潭 both have degree 4: the smaller id stays.
			[]string{IDPingxiang, IDShangli, IDGBA, IDJiangxi},
			[]string{R(kg.PartOf, IDShangli, IDPingxiang), R(kg.PartOf, IDPingxiang, IDJiangxi), R(kg.DocksWith, IDPingxiang, IDGBA),
				R(kg.DocksWith, IDJiangxi, IDGBA)}, true},
		{"MaxNodesSecondLayer", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: 2, MaxNodes: 17},
			// The 13 at distance 1, then the four heaviest at distance 2:
			// 浏阳市 and 醴陵市 (degree 6), then two of the three with
			// degree 4 by id (the parks 全国烟花爆竹转型升级集中区 and
			// 浏阳-上栗共建区, not project:白鹤滩水电入赣工程); not 长沙市,
			// 株洲市, 广州市 (3) or the rest.
			[]string{IDPingxiang, IDGBA, IDShenzhen, IDCZT, IDXgPark, IDDemoZone, IDGzPort, IDJiangxi,
				IDShangli, IDXiangdong, IDLuxi, IDPxDevZone, IDHukunRail, IDLiuyang, IDLiling, IDFireworks, IDLyslZone},
			[]string{R(kg.CooperatesWith, IDPingxiang, IDShenzhen), R(kg.CoBuilds, IDShangli, IDFireworks),
				R(kg.ReliesOn, IDPingxiang, IDXgPark), R(kg.LinksWith, IDLuxi, IDLiling), R(kg.DocksWith, IDPingxiang, IDGBA),
				R(kg.PartOf, IDPingxiang, IDJiangxi), R(kg.DocksWith, IDJiangxi, IDGBA), R(kg.LinksWith, IDShangli, IDLiling),
				R(kg.LocatedIn, IDLyslZone, IDShangli), R(kg.AdjacentTo, IDPingxiang, IDCZT),
				R(kg.CoBuilds, IDLiuyang, IDFireworks), R(kg.LocatedIn, IDXgPark, IDPingxiang),
				R(kg.PartOf, IDShangli, IDPingxiang), R(kg.CoBuilds, IDLiuyang, IDLyslZone),
				R(kg.CoBuilds, IDLiling, IDFireworks), R(kg.Connects, IDHukunRail, IDPingxiang),
				R(kg.CoBuilds, IDShangli, IDLyslZone), R(kg.PartOf, IDXiangdong, IDPingxiang),
				R(kg.DocksWith, IDPingxiang, IDGzPort), R(kg.PartOf, IDShenzhen, IDGBA),
				R(kg.LocatedIn, IDPxDevZone, IDPingxiang), R(kg.CooperatesWith, IDXiangdong, IDLiling),
				R(kg.PartOf, IDLuxi, IDPingxiang), R(kg.LocatedIn, IDLyslZone, IDLiuyang),
				R(kg.IncludedIn, IDPingxiang, IDDemoZone), R(kg.LinksWith, IDShangli, IDLiuyang)}, true},
		{"MaxNodesExact", kg.NeighbourhoodQuery{Seeds: []string{IDLiuyang}, Hops: 2, RelationTypes: []kg.RelationType{kg.PartOf}, MaxNodes: 4},
			[]string{IDLiuyang, IDChangsha, IDHunan, IDCZT},
			[]string{R(kg.PartOf, IDLiuyang, IDChangsha), R(kg.PartOf, IDChangsha, IDHunan), R(kg.PartOf, IDChangsha, IDCZT)}, false},
		{"Seeds", kg.NeighbourhoodQuery{Seeds: []string{IDShangli, IDLiuyang, IDShangli}, Hops: 1, RelationTypes: []kg.RelationType{kg.LinksWith}},
			[]string{IDShangli, IDLiuyang, IDLiling, IDWanzai},
			[]string{R(kg.LinksWith, IDShangli, IDLiuyang), R(kg.LinksWith, IDShangli, IDLiling), R(kg.LinksWith, IDWanzai, IDLiuyang),
				R(kg.LinksWith, IDWanzai, IDLiling)}, false},
		{"Isolated", kg.NeighbourhoodQuery{Seeds: []string{IDXiangganBian}, Hops: 2}, []string{IDXiangganBian}, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sg, err := s.Neighbourhood(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			wantSubgraph(t, c.name, sg, c.nodes, c.edges, c.truncated)
		})
	}
	t.Run("CompleteEntities", func(t *testing.T) {
		sg, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{IDShangli}, RelationTypes: []kg.RelationType{kg.PartOf}})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range sg.Nodes {
			if n.ID == IDPingxiang && (n.Mentions != 15 || n.Pinyin != "pingxiangshi" || len(n.Aliases) != 2) {
				t.Errorf("node not complete: %s", fmtEntity(n))
			}
		}
		for _, e := range sg.Edges {
			if e.Type != kg.PartOf || e.From != IDShangli {
				t.Errorf("edge not complete: %+v", *e)
			}
		}
	})
	t.Run("Errors", func(t *testing.T) {
		bad := []struct {
			name string
			q    kg.NeighbourhoodQuery
			code string
		}{
			{"UnknownSeed", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang, "region:999999"}}, kg.ENOTFOUND},
			{"NoSeeds", kg.NeighbourhoodQuery{}, kg.EINVALID},
			{"NegativeHops", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: -1}, kg.EINVALID},
			{"HopsOverCap", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: kg.CapHops + 1}, kg.EINVALID},
			{"Direction", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Direction: "UP"}, kg.EINVALID},
			{"RelationType", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, RelationTypes: []kg.RelationType{"LIKES"}}, kg.EINVALID},
			{"EntityType", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, EntityTypes: []kg.EntityType{"Town"}}, kg.EINVALID},
			{"NegativeMaxNodes", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, MaxNodes: -1}, kg.EINVALID},
			{"MoreSeedsThanMaxNodes", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang, IDShangli}, MaxNodes: 1}, kg.EINVALID},
			{"UnknownDocument", kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Document: "doc:nope.txt"}, kg.ENOTFOUND},
		}
		for _, b := range bad {
			sg, err := s.Neighbourhood(ctx, b.q)
			wantCode(t, err, b.code, b.name)
			if sg != nil {
				t.Errorf("%s: result with an error", b.name)
			}
		}
		// Hops at the cap is allowed.
		if _, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}, Hops: kg.CapHops}); err != nil {
			t.Errorf("Hops at the cap: %v", err)
		}
	})
}

// pathIDs is a path reduced to its ids.
type pathIDs struct {
	Nodes []string
	Edges []string
}

func testShortestPaths(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	viaFireworks := pathIDs{[]string{IDWanzai, IDFireworks, IDShangli},
		[]string{R(kg.CoBuilds, IDWanzai, IDFireworks), R(kg.CoBuilds, IDShangli, IDFireworks)}}
	viaLiuyang := pathIDs{[]string{IDWanzai, IDLiuyang, IDShangli},
		[]string{R(kg.LinksWith, IDWanzai, IDLiuyang), R(kg.LinksWith, IDShangli, IDLiuyang)}}
	viaLiling := pathIDs{[]string{IDWanzai, IDLiling, IDShangli},
		[]string{R(kg.LinksWith, IDWanzai, IDLiling), R(kg.LinksWith, IDShangli, IDLiling)}}
	located, cobuilt := R(kg.LocatedIn, IDLyslZone, IDLiuyang), R(kg.CoBuilds, IDLiuyang, IDLyslZone)
	parallel := []pathIDs{{[]string{IDLiuyang, IDLyslZone}, []string{located}}, {[]string{IDLiuyang, IDLyslZone}, []string{cobuilt}}}
	if cobuilt < located {
		parallel[0], parallel[1] = parallel[1], parallel[0]
	}
	cases := []struct {
		name string
		q    kg.PathQuery
		want []pathIDs
	}{
		{"Single", kg.PathQuery{From: IDShangli, To: IDKunming},
			// Against the direction of 沪昆高铁 CONNECTS 萍乡市.
			[]pathIDs{{[]string{IDShangli, IDPingxiang, IDHukunRail, IDKunming},
				[]string{R(kg.PartOf, IDShangli, IDPingxiang), R(kg.Connects, IDHukunRail, IDPingxiang), R(kg.Connects, IDHukunRail, IDKunming)}}}},
		{"Reverse", kg.PathQuery{From: IDKunming, To: IDShangli, All: true},
			[]pathIDs{{[]string{IDKunming, IDHukunRail, IDPingxiang, IDShangli},
				[]string{R(kg.Connects, IDHukunRail, IDKunming), R(kg.Connects, IDHukunRail, IDPingxiang), R(kg.PartOf, IDShangli, IDPingxiang)}}}},
		{"MaxHopsExact", kg.PathQuery{From: IDShangli, To: IDKunming, MaxHops: 3}, []pathIDs{{
			[]string{IDShangli, IDPingxiang, IDHukunRail, IDKunming},
			[]string{R(kg.PartOf, IDShangli, IDPingxiang), R(kg.Connects, IDHukunRail, IDPingxiang), R(kg.Connects, IDHukunRail, IDKunming)}}}},
		{"MaxHopsTooSmall", kg.PathQuery{From: IDShangli, To: IDKunming, MaxHops: 2}, nil},
		{"SingleOfMany", kg.PathQuery{From: IDWanzai, To: IDShangli}, []pathIDs{viaFireworks}},
		{"All", kg.PathQuery{From: IDWanzai, To: IDShangli, All: true}, []pathIDs{viaFireworks, viaLiuyang, viaLiling}},
		{"MaxPaths", kg.PathQuery{From: IDWanzai, To: IDShangli, All: true, MaxPaths: 2}, []pathIDs{viaFireworks, viaLiuyang}},
		{"RelationTypes", kg.PathQuery{From: IDWanzai, To: IDShangli, All: true, RelationTypes: []kg.RelationType{kg.LinksWith}},
			[]pathIDs{viaLiuyang, viaLiling}},
		{"RelationTypesSingle", kg.PathQuery{From: IDWanzai, To: IDShangli, RelationTypes: []kg.RelationType{kg.LinksWith}},
			[]pathIDs{viaLiuyang}},
		{"ParallelEdges", kg.PathQuery{From: IDLiuyang, To: IDLyslZone, All: true}, parallel},
		{"Same", kg.PathQuery{From: IDPingxiang, To: IDPingxiang, All: true}, []pathIDs{{[]string{IDPingxiang}, nil}}},
		{"NoPath", kg.PathQuery{From: IDXiangganBian, To: IDPingxiang}, nil},
		{"NoPathWithTypes", kg.PathQuery{From: IDShangli, To: IDKunming, RelationTypes: []kg.RelationType{kg.PartOf}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			paths, err := s.ShortestPaths(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			if paths == nil {
				t.Errorf("nil slice, want an empty or full one")
			}
			var got []pathIDs
			for i, p := range paths {
				checkPath(t, i, p, c.q)
				got = append(got, pathIDs{entIDs(p.Nodes), relIDs(p.Edges)})
			}
			if len(got) != len(c.want) {
				t.Fatalf("%d paths, want %d:\n got  %v\n want %v", len(got), len(c.want), got, c.want)
			}
			for i := range got {
				if !slicesEqual(got[i].Nodes, c.want[i].Nodes) || !slicesEqual(got[i].Edges, c.want[i].Edges) {
					t.Errorf("path %d:\n got  %v\n want %v", i, got[i], c.want[i])
				}
			}
		})
	}
	t.Run("Errors", func(t *testing.T) {
		bad := []struct {
			name string
			q    kg.PathQuery
			code string
		}{
			{"UnknownFrom", kg.PathQuery{From: "region:999999", To: IDPingxiang}, kg.ENOTFOUND},
			{"UnknownTo", kg.PathQuery{From: IDPingxiang, To: "region:999999"}, kg.ENOTFOUND},
			{"EmptyFrom", kg.PathQuery{To: IDPingxiang}, kg.EINVALID},
			{"NegativeMaxHops", kg.PathQuery{From: IDPingxiang, To: IDShangli, MaxHops: -1}, kg.EINVALID},
			{"MaxHopsOverCap", kg.PathQuery{From: IDPingxiang, To: IDShangli, MaxHops: kg.CapPathHops + 1}, kg.EINVALID},
			{"NegativeMaxPaths", kg.PathQuery{From: IDPingxiang, To: IDShangli, MaxPaths: -1}, kg.EINVALID},
			{"RelationType", kg.PathQuery{From: IDPingxiang, To: IDShangli, RelationTypes: []kg.RelationType{"LIKES"}}, kg.EINVALID},
		}
		for _, b := range bad {
			_, err := s.ShortestPaths(ctx, b.q)
			wantCode(t, err, b.code, b.name)
		}
	})
}

func slicesEqual(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}

// checkPath checks the Path invariant.
func checkPath(t *testing.T, i int, p kg.Path, q kg.PathQuery) {
	t.Helper()
	if len(p.Nodes) != len(p.Edges)+1 {
		t.Errorf("path %d: %d nodes, %d edges", i, len(p.Nodes), len(p.Edges))
		return
	}
	if p.Nodes[0].ID != q.From || p.Nodes[len(p.Nodes)-1].ID != q.To {
		t.Errorf("path %d runs from %s to %s", i, p.Nodes[0].ID, p.Nodes[len(p.Nodes)-1].ID)
	}
	for j, e := range p.Edges {
		a, b := p.Nodes[j].ID, p.Nodes[j+1].ID
		if !(e.From == a && e.To == b) && !(e.From == b && e.To == a) {
			t.Errorf("path %d: edge %d (%s -> %s) does not join %s and %s", i, j, e.From, e.To, a, b)
		}
	}
}

func testCooperation(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	jxhn := []string{R(kg.LinksWith, IDLuxi, IDLiling), R(kg.CooperatesWith, IDXiangdong, IDLiling),
		R(kg.LinksWith, IDShangli, IDLiuyang), R(kg.LinksWith, IDShangli, IDLiling), R(kg.LinksWith, IDWanzai, IDLiuyang),
		R(kg.LinksWith, IDWanzai, IDLiling), R(kg.CoBuilds, IDShangli, IDLyslZone), R(kg.CoBuilds, IDLiuyang, IDLyslZone)}
	fireworks := coBuilt{IDFireworks, sorted(R(kg.CoBuilds, IDShangli, IDFireworks), R(kg.CoBuilds, IDWanzai, IDFireworks),
		R(kg.CoBuilds, IDLiuyang, IDFireworks), R(kg.CoBuilds, IDLiling, IDFireworks))}
	zone := coBuilt{IDLyslZone, sorted(R(kg.CoBuilds, IDShangli, IDLyslZone), R(kg.CoBuilds, IDLiuyang, IDLyslZone))}
	first3 := sorted(jxhn...)[:3]
	first1 := sorted(jxhn...)[:1]
	cases := []struct {
		name      string
		q         kg.CooperationQuery
		nodes     []string
		edges     []string
		cobuilt   []coBuilt
		truncated bool
	}{
		{"Provinces", kg.CooperationQuery{A: IDJiangxi, B: IDHunan},
			[]string{IDLuxi, IDLiling, IDXiangdong, IDShangli, IDLiuyang, IDWanzai, IDLyslZone}, jxhn,
			[]coBuilt{fireworks, zone}, false},
		{"Swapped", kg.CooperationQuery{A: IDHunan, B: IDJiangxi},
			[]string{IDLuxi, IDLiling, IDXiangdong, IDShangli, IDLiuyang, IDWanzai, IDLyslZone}, jxhn,
			[]coBuilt{fireworks, zone}, false},
		{"LocatedInOnRequest", kg.CooperationQuery{A: IDJiangxi, B: IDHunan, RelationTypes: []kg.RelationType{kg.LocatedIn}},
			[]string{IDLyslZone, IDShangli, IDLiuyang},
			[]string{R(kg.LocatedIn, IDLyslZone, IDShangli), R(kg.LocatedIn, IDLyslZone, IDLiuyang)}, nil, false},
		{"RelationType", kg.CooperationQuery{A: IDJiangxi, B: IDHunan, RelationTypes: []kg.RelationType{kg.LinksWith}},
			[]string{IDLuxi, IDLiling, IDShangli, IDLiuyang, IDWanzai},
			[]string{R(kg.LinksWith, IDLuxi, IDLiling), R(kg.LinksWith, IDShangli, IDLiuyang), R(kg.LinksWith, IDShangli, IDLiling),
				R(kg.LinksWith, IDWanzai, IDLiuyang), R(kg.LinksWith, IDWanzai, IDLiling)}, nil, false},
		{"PartOfNone", kg.CooperationQuery{A: IDJiangxi, B: IDHunan, RelationTypes: []kg.RelationType{kg.PartOf}}, nil, nil, nil, false},
		{"MaxEdges", kg.CooperationQuery{A: IDJiangxi, B: IDHunan, MaxEdges: 3},
			endsOf(s, t, first3), first3, []coBuilt{fireworks, zone}, true},
		{"MaxEdgesCutsCoBuilt", kg.CooperationQuery{A: IDJiangxi, B: IDHunan, MaxEdges: 1},
			endsOf(s, t, first1), first1, []coBuilt{fireworks}, true},
		{"CityAndGroup", kg.CooperationQuery{A: IDPingxiang, B: IDGBA},
			[]string{IDPingxiang, IDGBA, IDShenzhen, IDGzPort},
			[]string{R(kg.DocksWith, IDPingxiang, IDGBA), R(kg.CooperatesWith, IDPingxiang, IDShenzhen), R(kg.DocksWith, IDPingxiang, IDGzPort)},
			nil, false},
		{"ProvinceAndGroup", kg.CooperationQuery{A: IDJiangxi, B: IDGBA},
			[]string{IDJiangxi, IDPingxiang, IDGBA, IDShenzhen, IDGzPort},
			[]string{R(kg.DocksWith, IDPingxiang, IDGBA), R(kg.CooperatesWith, IDPingxiang, IDShenzhen), R(kg.DocksWith, IDPingxiang, IDGzPort),
				R(kg.DocksWith, IDJiangxi, IDGBA)}, nil, false},
		{"Nothing", kg.CooperationQuery{A: IDYunnan, B: IDHunan}, nil, nil, nil, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			co, err := s.Cooperation(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			if co.A == nil || co.B == nil || co.A.ID != c.q.A || co.B.ID != c.q.B {
				t.Errorf("A, B = %s, %s", fmtEntity(co.A), fmtEntity(co.B))
			}
			wantSubgraph(t, c.name, &co.Subgraph, c.nodes, c.edges, c.truncated)
			var got []coBuilt
			for _, cb := range co.CoBuilt {
				if cb.Thing == nil {
					t.Fatalf("CoBuilt with nil Thing")
				}
				got = append(got, coBuilt{cb.Thing.ID, relIDs(cb.Builders)})
			}
			if !reflect.DeepEqual(got, c.cobuilt) {
				t.Errorf("CoBuilt:\n got  %v\n want %v", got, c.cobuilt)
			}
		})
	}
	t.Run("Errors", func(t *testing.T) {
		bad := []struct {
			name string
			q    kg.CooperationQuery
			code string
		}{
			{"UnknownA", kg.CooperationQuery{A: "region:999999", B: IDHunan}, kg.ENOTFOUND},
			{"UnknownB", kg.CooperationQuery{A: IDJiangxi, B: "region:999999"}, kg.ENOTFOUND},
			{"EmptyB", kg.CooperationQuery{A: IDJiangxi}, kg.EINVALID},
			{"Same", kg.CooperationQuery{A: IDJiangxi, B: IDJiangxi}, kg.EINVALID},
			{"NegativeMaxEdges", kg.CooperationQuery{A: IDJiangxi, B: IDHunan, MaxEdges: -1}, kg.EINVALID},
			{"RelationType", kg.CooperationQuery{A: IDJiangxi, B: IDHunan, RelationTypes: []kg.RelationType{"LIKES"}}, kg.EINVALID},
			// One side within the other: the question has no answer.
			{"CityInProvince", kg.CooperationQuery{A: IDPingxiang, B: IDJiangxi}, kg.EINVALID},
			{"ProvinceAroundCounty", kg.CooperationQuery{A: IDJiangxi, B: IDShangli}, kg.EINVALID},
			{"MemberOfGroup", kg.CooperationQuery{A: IDShenzhen, B: IDGBA}, kg.EINVALID},
			{"ParkInCity", kg.CooperationQuery{A: IDPingxiang, B: IDPxDevZone}, kg.EINVALID},
		}
		for _, b := range bad {
			t.Run(b.name, func(t *testing.T) {
				_, err := s.Cooperation(ctx, b.q)
				wantCode(t, err, b.code, b.name)
			})
		}
		// The message says which side holds which.
		_, err := s.Cooperation(ctx, kg.CooperationQuery{A: IDPingxiang, B: IDJiangxi})
		if msg := kg.ErrorMessage(err); !containsAll(msg, IDPingxiang, IDJiangxi, "within") {
			t.Errorf("nested sides: message %q should name both sides and say within", msg)
		}
	})
}

// coBuilt is a CoBuilt reduced to ids.
type coBuilt struct {
	Thing    string
	Builders []string
}

// endsOf returns the end ids of the relations with the given ids.
func endsOf(s kg.Store, t *testing.T, ids []string) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	for _, id := range ids {
		r, err := s.Relation(t.Context(), id)
		if err != nil {
			t.Fatalf("Relation(%s): %v", id, err)
		}
		for _, e := range []string{r.From, r.To} {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	return out
}

func testDependencies(t *testing.T, open opener) {
	ctx := t.Context()
	s := loaded(t, open)
	type want struct {
		nodes, edges []string
		truncated    bool
	}
	dependsOn1 := want{[]string{IDBaihetan, IDBhtStation, IDPowerPlan},
		[]string{R(kg.ReliesOn, IDBaihetan, IDBhtStation), R(kg.IncludedIn, IDBaihetan, IDPowerPlan)}, false}
	dependsOn2 := want{[]string{IDBaihetan, IDBhtStation, IDPowerPlan, IDJinsha},
		[]string{R(kg.ReliesOn, IDBaihetan, IDBhtStation), R(kg.IncludedIn, IDBaihetan, IDPowerPlan), R(kg.IncludedIn, IDBhtStation, IDJinsha)}, false}
	dependents1 := want{[]string{IDBaihetan, IDJiangxi, IDGanxi500},
		[]string{R(kg.ReliesOn, IDJiangxi, IDBaihetan), R(kg.ReliesOn, IDGanxi500, IDBaihetan)}, false}
	dependents2 := want{[]string{IDBaihetan, IDJiangxi, IDGanxi500, IDPxDevZone},
		[]string{R(kg.ReliesOn, IDJiangxi, IDBaihetan), R(kg.ReliesOn, IDGanxi500, IDBaihetan), R(kg.ReliesOn, IDPxDevZone, IDGanxi500)}, false}
	cases := []struct {
		name                  string
		q                     kg.DependencyQuery
		dependsOn, dependents want
	}{
		{"Depth1", kg.DependencyQuery{ID: IDBaihetan, Depth: 1}, dependsOn1, dependents1},
		{"Depth2", kg.DependencyQuery{ID: IDBaihetan, Depth: 2}, dependsOn2, dependents2},
		{"DefaultDepth", kg.DependencyQuery{ID: IDBaihetan}, dependsOn2, dependents2},
		{"RelationType", kg.DependencyQuery{ID: IDBaihetan, Depth: 2, RelationTypes: []kg.RelationType{kg.ReliesOn}},
			want{[]string{IDBaihetan, IDBhtStation}, []string{R(kg.ReliesOn, IDBaihetan, IDBhtStation)}, false}, dependents2},
		// The heavier node stays: 白鹤滩水电站 (degree 2) over 电力发展十四五规划
		// (1), 江西省 (4) over 赣西500千伏输变电工程 (2).
		{"MaxNodes", kg.DependencyQuery{ID: IDBaihetan, Depth: 2, MaxNodes: 2},
			want{[]string{IDBaihetan, IDBhtStation}, []string{R(kg.ReliesOn, IDBaihetan, IDBhtStation)}, true},
			want{[]string{IDBaihetan, IDJiangxi}, []string{R(kg.ReliesOn, IDJiangxi, IDBaihetan)}, true}},
		// CONNECTS is no dependency: the railway through 萍乡市 does not
		// depend on it, nor on the park 萍乡市 relies on.
		{"NotConnects", kg.DependencyQuery{ID: IDPingxiang, Depth: 1},
			want{[]string{IDPingxiang, IDXgPark, IDDemoZone}, []string{R(kg.ReliesOn, IDPingxiang, IDXgPark), R(kg.IncludedIn, IDPingxiang, IDDemoZone)}, false},
			want{[]string{IDPingxiang}, nil, false}},
		{"NotThroughCity", kg.DependencyQuery{ID: IDXgPark, Depth: 3},
			want{[]string{IDXgPark}, nil, false},
			want{[]string{IDXgPark, IDPingxiang}, []string{R(kg.ReliesOn, IDPingxiang, IDXgPark)}, false}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := s.Dependencies(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			if d.Root == nil || d.Root.ID != c.q.ID {
				t.Fatalf("Root %s", fmtEntity(d.Root))
			}
			wantSubgraph(t, "DependsOn", &d.DependsOn, c.dependsOn.nodes, c.dependsOn.edges, c.dependsOn.truncated)
			wantSubgraph(t, "Dependents", &d.Dependents, c.dependents.nodes, c.dependents.edges, c.dependents.truncated)
		})
	}
	t.Run("Milestones", func(t *testing.T) {
		d, err := s.Dependencies(ctx, kg.DependencyQuery{ID: IDBaihetan})
		if err != nil {
			t.Fatal(err)
		}
		want := []kg.Milestone{ms(2022, "开工", DocJiangxi, 7), ms(2025, "建成", DocJiangxi, 8), ms(2025, "建成", DocPingxiang, 14)}
		if !reflect.DeepEqual(d.Root.Milestones, want) {
			t.Errorf("Root milestones:\n got  %v\n want %v", d.Root.Milestones, want)
		}
	})
	t.Run("Errors", func(t *testing.T) {
		bad := []struct {
			name string
			q    kg.DependencyQuery
			code string
		}{
			{"Unknown", kg.DependencyQuery{ID: "project:不存在"}, kg.ENOTFOUND},
			{"Empty", kg.DependencyQuery{}, kg.EINVALID},
			{"NegativeDepth", kg.DependencyQuery{ID: IDBaihetan, Depth: -1}, kg.EINVALID},
			{"DepthOverCap", kg.DependencyQuery{ID: IDBaihetan, Depth: kg.CapDepth + 1}, kg.EINVALID},
			{"ConnectsIsNoDependency", kg.DependencyQuery{ID: IDBaihetan, RelationTypes: []kg.RelationType{kg.ReliesOn, kg.Connects}}, kg.EINVALID},
			{"LinksWithIsNoDependency", kg.DependencyQuery{ID: IDBaihetan, RelationTypes: []kg.RelationType{kg.LinksWith}}, kg.EINVALID},
			{"NegativeMaxNodes", kg.DependencyQuery{ID: IDBaihetan, MaxNodes: -1}, kg.EINVALID},
			{"RelationType", kg.DependencyQuery{ID: IDBaihetan, RelationTypes: []kg.RelationType{"LIKES"}}, kg.EINVALID},
		}
		for _, b := range bad {
			_, err := s.Dependencies(ctx, b.q)
			wantCode(t, err, b.code, b.name)
		}
	})
}

func testStats(t *testing.T, open opener) {
	s := loaded(t, open)
	st := mustStats(t, s, 5)
	wantStats(t, "Both", st, 2, bothEntities(), bothRelations(), 35)
	wantDegrees(t, "top 5", st.MostConnected, []string{IDPingxiang, IDShangli, IDLiuyang, IDLiling, IDGBA}, []int{13, 6, 6, 6, 5})
	if len(st.MostConnected) > 0 && st.MostConnected[0].Entity.Mentions != 15 {
		t.Errorf("MostConnected entity not complete: %s", fmtEntity(st.MostConnected[0].Entity))
	}
	if n := len(mustStats(t, s, 0).MostConnected); n != kg.DefaultTop {
		t.Errorf("top 0: %d entities, want %d", n, kg.DefaultTop)
	}
	if n := len(mustStats(t, s, kg.CapTop*10).MostConnected); n != 35 {
		t.Errorf("top over the cap: %d entities, want all 35", n)
	}
	_, err := s.Stats(t.Context(), -1)
	wantCode(t, err, kg.EINVALID, "negative top")
}

func testContext(t *testing.T, open opener) {
	t.Run("Load", func(t *testing.T) {
		s := open(t)
		if _, err := s.Load(canceled(), Both()); err == nil {
			t.Errorf("Load with a cancelled context: no error")
		}
		wantStats(t, "after cancelled Load", mustStats(t, s, 0), 0, nil, nil, 0)
		mustLoad(t, s, Both())
		want := dump(t, s)
		if _, err := s.Load(canceled(), PingxiangV2()); err == nil {
			t.Errorf("reload with a cancelled context: no error")
		}
		wantSameSnapshot(t, "after cancelled reload", dump(t, s), want)
	})
	t.Run("Reads", func(t *testing.T) {
		s := loaded(t, open)
		ctx := canceled()
		calls := map[string]func() (any, error){
			"Entity":       func() (any, error) { return s.Entity(ctx, IDPingxiang) },
			"EntitiesByID": func() (any, error) { return s.EntitiesByID(ctx, []string{IDPingxiang}) },
			"Entities":     func() (any, error) { return s.Entities(ctx, kg.EntityFilter{}) },
			"Search":       func() (any, error) { return s.Search(ctx, kg.SearchQuery{Text: "萍乡"}) },
			"Relation":     func() (any, error) { return s.Relation(ctx, R(kg.DocksWith, IDPingxiang, IDGBA)) },
			"Relations":    func() (any, error) { return s.Relations(ctx, kg.RelationFilter{}) },
			"Document":     func() (any, error) { return s.Document(ctx, DocPingxiang) },
			"DocumentsByID": func() (any, error) {
				return s.DocumentsByID(ctx, []string{DocPingxiang})
			},
			"Documents":     func() (any, error) { return s.Documents(ctx, kg.Page{}) },
			"Neighbourhood": func() (any, error) { return s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{IDPingxiang}}) },
			"ShortestPaths": func() (any, error) { return s.ShortestPaths(ctx, kg.PathQuery{From: IDShangli, To: IDKunming}) },
			"Cooperation":   func() (any, error) { return s.Cooperation(ctx, kg.CooperationQuery{A: IDJiangxi, B: IDHunan}) },
			"Dependencies":  func() (any, error) { return s.Dependencies(ctx, kg.DependencyQuery{ID: IDBaihetan}) },
			"Stats":         func() (any, error) { return s.Stats(ctx, 5) },
		}
		for name, call := range calls {
			res, err := call()
			if err == nil {
				t.Errorf("%s with a cancelled context: no error", name)
			}
			if !isNil(res) {
				t.Errorf("%s with a cancelled context: a result", name)
			}
		}
	})
}

// isNil reports whether v is nil or a nil pointer or slice.
func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		return rv.IsNil()
	}
	return false
}
