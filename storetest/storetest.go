package storetest

import (
	"testing"

	"github.com/cnplan/kg"
)

// Run runs the whole conformance suite against the stores open returns.
// open must return a fresh, empty store each time and clean it up itself.
func Run(t *testing.T, open func(t *testing.T) kg.Store) {
	t.Run("FixtureIDs", testIDs)
	t.Run("Load", func(t *testing.T) { testLoad(t, open) })
	t.Run("Entity", func(t *testing.T) { testEntity(t, open) })
	t.Run("Entities", func(t *testing.T) { testEntities(t, open) })
	t.Run("WithinHierarchy", func(t *testing.T) { testWithinHierarchy(t, open) })
	t.Run("NameFilter", func(t *testing.T) { testNameFilter(t, open) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open) })
	t.Run("Relation", func(t *testing.T) { testRelation(t, open) })
	t.Run("Relations", func(t *testing.T) { testRelations(t, open) })
	t.Run("Documents", func(t *testing.T) { testDocuments(t, open) })
	t.Run("Neighbourhood", func(t *testing.T) { testNeighbourhood(t, open) })
	t.Run("ShortestPaths", func(t *testing.T) { testShortestPaths(t, open) })
	t.Run("Cooperation", func(t *testing.T) { testCooperation(t, open) })
	t.Run("Dependencies", func(t *testing.T) { testDependencies(t, open) })
	t.Run("Stats", func(t *testing.T) { testStats(t, open) })
	t.Run("Weights", func(t *testing.T) { testWeights(t, open) })
	t.Run("Time", func(t *testing.T) { testTime(t, open) })
	t.Run("Matrix", func(t *testing.T) { testMatrix(t, open) })
	t.Run("Context", func(t *testing.T) { testContext(t, open) })
}

// Expected counts of the fixtures (functions, so that no test can change
// another's expectations).

func bothEntities() map[kg.EntityType]int {
	return map[kg.EntityType]int{
		kg.Province: 6, kg.City: 8, kg.County: 6, kg.RegionGroup: 3, kg.Park: 5,
		kg.Railway: 1, kg.Hub: 1, kg.Project: 3, kg.Plan: 2,
	}
}

func bothRelations() map[kg.RelationType]int {
	return map[kg.RelationType]int{
		kg.CoBuilds: 6, kg.DocksWith: 3, kg.IncludedIn: 3, kg.LinksWith: 5, kg.CooperatesWith: 2,
		kg.ReliesOn: 5, kg.AdjacentTo: 1, kg.Connects: 3, kg.LocatedIn: 5, kg.PartOf: 20,
	}
}

// reloadEntities and reloadRelations are the counts after Both then
// PingxiangV2: 上海市 and 沪昆高铁 gone; CONNECTS gone, one LINKS_WITH gone,
// one INTEGRATES_INTO added.
func reloadEntities() map[kg.EntityType]int {
	return map[kg.EntityType]int{
		kg.Province: 5, kg.City: 8, kg.County: 6, kg.RegionGroup: 3, kg.Park: 5,
		kg.Hub: 1, kg.Project: 3, kg.Plan: 2,
	}
}

func reloadRelations() map[kg.RelationType]int {
	return map[kg.RelationType]int{
		kg.CoBuilds: 6, kg.DocksWith: 3, kg.IncludedIn: 3, kg.IntegratesInto: 1, kg.LinksWith: 4,
		kg.CooperatesWith: 2, kg.ReliesOn: 5, kg.AdjacentTo: 1, kg.LocatedIn: 5, kg.PartOf: 20,
	}
}

// allEntityIDs are the 35 entities of Both.
func allEntityIDs() []string {
	return []string{
		IDJiangxi, IDPingxiang, IDShangli, IDXiangdong, IDLuxi, IDYichun, IDWanzai, IDHunan, IDChangsha,
		IDLiuyang, IDZhuzhou, IDLiling, IDXiangtan, IDGuangdong, IDGuangzhou, IDShenzhen, IDHongKong,
		IDShanghai, IDYunnan, IDKunming, IDGBA, IDCZT, IDXiangganBian, IDXgPark, IDFireworks, IDLyslZone,
		IDPxDevZone, IDDemoZone, IDHukunRail, IDGzPort, IDBaihetan, IDBhtStation, IDGanxi500, IDPowerPlan,
		IDJinsha,
	}
}

func testIDs(t *testing.T) {
	checks := map[string]string{
		IDPingxiang:    kg.RegionID("360300"),
		IDWanzai:       kg.RegionID("360922"),
		IDGBA:          kg.EntityID(kg.RegionGroup, "粤港澳大湾区"),
		IDCZT:          kg.EntityID(kg.RegionGroup, "长株潭"),
		IDXiangganBian: kg.EntityID(kg.RegionGroup, "湘赣边"),
		IDXgPark:       kg.EntityID(kg.Park, "湘赣合作产业园"),
		IDFireworks:    kg.EntityID(kg.Park, "全国烟花爆竹转型升级集中区"),
		IDHukunRail:    kg.EntityID(kg.Railway, "沪昆高铁"),
		IDGzPort:       kg.EntityID(kg.Hub, "广州港"),
		IDBaihetan:     kg.EntityID(kg.Project, "白鹤滩水电入赣工程"),
		IDPowerPlan:    kg.EntityID(kg.Plan, "电力发展十四五规划"),
		DocPingxiang:   kg.DocumentID("pingxiang.txt"),
		DocJiangxi:     kg.DocumentID("jiangxi.txt"),
	}
	for lit, computed := range checks {
		if lit != computed {
			t.Errorf("fixture id %q, computed %q", lit, computed)
		}
	}
}
