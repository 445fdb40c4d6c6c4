package storetest

import "github.com/cnplan/kg"

// Document ids of the fixtures.
const (
	// DocPingxiang is the 萍乡 plan (萍乡对接粤港澳大湾区建设行动方案).
	DocPingxiang = "doc:pingxiang.txt"
	// DocJiangxi is the provincial 江西 plan.
	DocJiangxi = "doc:jiangxi.txt"
)

// Entity ids of the fixtures. They are literal so that the suite does not
// depend on the id functions it checks; TestIDs in this package checks them
// against kg.RegionID and kg.EntityID.
const (
	IDJiangxi   = "region:360000" // 江西省
	IDPingxiang = "region:360300" // 萍乡市
	IDShangli   = "region:360322" // 上栗县
	IDXiangdong = "region:360313" // 湘东区
	IDLuxi      = "region:360323" // 芦溪县
	IDYichun    = "region:360900" // 宜春市
	IDWanzai    = "region:360922" // 万载县
	IDHunan     = "region:430000" // 湖南省
	IDChangsha  = "region:430100" // 长沙市
	IDLiuyang   = "region:430181" // 浏阳市
	IDZhuzhou   = "region:430200" // 株洲市
	IDLiling    = "region:430281" // 醴陵市
	IDXiangtan  = "region:430300" // 湘潭市
	IDGuangdong = "region:440000" // 广东省
	IDGuangzhou = "region:440100" // 广州市
	IDShenzhen  = "region:440300" // 深圳市
	IDHongKong  = "region:810000" // 香港特别行政区
	IDShanghai  = "region:310000" // 上海市
	IDYunnan    = "region:530000" // 云南省
	IDKunming   = "region:530100" // 昆明市

	IDGBA          = "regionGroup:粤港澳大湾区"
	IDCZT          = "regionGroup:长株潭"
	IDXiangganBian = "regionGroup:湘赣边"

	IDXgPark     = "park:湘赣合作产业园"
	IDFireworks  = "park:全国烟花爆竹转型升级集中区"
	IDLyslZone   = "park:浏阳-上栗共建区"
	IDPxDevZone  = "park:萍乡经开区"
	IDDemoZone   = "park:湘赣边区域合作示范区"
	IDHukunRail  = "railway:沪昆高铁"
	IDGzPort     = "hub:广州港"
	IDBaihetan   = "project:白鹤滩水电入赣工程"
	IDBhtStation = "project:白鹤滩水电站"
	IDGanxi500   = "project:赣西500千伏输变电工程"
	IDPowerPlan  = "plan:电力发展十四五规划"
	IDJinsha     = "plan:金沙江水电基地规划"
)

// R returns kg.RelationID(t, from, to); short for tables.
func R(t kg.RelationType, from, to string) string { return kg.RelationID(t, from, to) }

// gb builds a fixture graph.
type gb struct{ g kg.Graph }

func (b *gb) doc(d kg.Document) { b.g.Documents = append(b.g.Documents, d) }

// ent adds an entity entry. mentions pairs document ids with counts.
func (b *gb) ent(id string, t kg.EntityType, name, code, parent, pinyin string, aliases []string, mentions map[string]int, ms ...kg.Milestone) {
	e := kg.Entity{ID: id, Type: t, Name: name, Code: code, Parent: parent, Pinyin: pinyin, Aliases: aliases, Milestones: ms}
	if len(mentions) > 0 {
		e.MentionsByDocument = mentions
		for _, n := range mentions {
			e.Mentions += n
		}
	}
	b.g.Entities = append(b.g.Entities, e)
}

// mention adds an entry for an entity already described elsewhere in the
// graph (by the gazetteer part), with the document's mentions only.
func (b *gb) mention(id string, t kg.EntityType, name string, doc string, n int, aliases ...string) {
	b.ent(id, t, name, "", "", "", aliases, map[string]int{doc: n})
}

func (b *gb) rel(t kg.RelationType, from, to string, ev ...kg.Evidence) {
	b.g.Relations = append(b.g.Relations, kg.Relation{ID: kg.RelationID(t, from, to), Type: t, From: from, To: to, Evidence: ev})
}

func ev(doc string, sentence, start, end int, trigger, text string) kg.Evidence {
	return kg.Evidence{Document: doc, Sentence: sentence, Start: start, End: end, Trigger: trigger, Text: text}
}

func strs(s ...string) []string { return s }

// gazetteer adds every region and region group of the fixtures with no
// mentions, and their PART_OF relations with no evidence (20 relations).
func (b *gb) gazetteer() {
	type reg struct {
		id     string
		t      kg.EntityType
		name   string
		parent string
		pinyin string
		alias  []string
	}
	regs := []reg{
		{IDJiangxi, kg.Province, "江西省", "", "jiangxisheng", strs("赣", "江西")},
		{IDPingxiang, kg.City, "萍乡市", IDJiangxi, "pingxiangshi", strs("萍乡")},
		{IDShangli, kg.County, "上栗县", IDPingxiang, "shanglixian", strs("上栗")},
		{IDXiangdong, kg.County, "湘东区", IDPingxiang, "xiangdongqu", strs("湘东")},
		{IDLuxi, kg.County, "芦溪县", IDPingxiang, "luxixian", strs("芦溪")},
		{IDYichun, kg.City, "宜春市", IDJiangxi, "yichunshi", strs("宜春")},
		{IDWanzai, kg.County, "万载县", IDYichun, "wanzaixian", strs("万载")},
		{IDHunan, kg.Province, "湖南省", "", "hunansheng", strs("湘", "湖南")},
		{IDChangsha, kg.City, "长沙市", IDHunan, "changshashi", strs("长沙")},
		{IDLiuyang, kg.County, "浏阳市", IDChangsha, "liuyangshi", strs("浏阳")},
		{IDZhuzhou, kg.City, "株洲市", IDHunan, "zhuzhoushi", strs("株洲")},
		{IDLiling, kg.County, "醴陵市", IDZhuzhou, "lilingshi", strs("醴陵")},
		{IDXiangtan, kg.City, "湘潭市", IDHunan, "xiangtanshi", strs("湘潭")},
		{IDGuangdong, kg.Province, "广东省", "", "guangdongsheng", strs("粤", "广东")},
		{IDGuangzhou, kg.City, "广州市", IDGuangdong, "guangzhoushi", strs("广州")},
		{IDShenzhen, kg.City, "深圳市", IDGuangdong, "shenzhenshi", strs("深圳")},
		{IDHongKong, kg.Province, "香港特别行政区", "", "xianggangtebiexingzhengqu", strs("香港", "港")},
		{IDShanghai, kg.Province, "上海市", "", "shanghaishi", strs("沪", "上海")},
		{IDYunnan, kg.Province, "云南省", "", "yunnansheng", strs("滇", "云南")},
		{IDKunming, kg.City, "昆明市", IDYunnan, "kunmingshi", strs("昆", "昆明")},
	}
	for _, r := range regs {
		b.ent(r.id, r.t, r.name, r.id[len("region:"):], r.parent, r.pinyin, r.alias, nil)
	}
	b.ent(IDGBA, kg.RegionGroup, "粤港澳大湾区", "", "", "yueganggaodawanqu", strs("大湾区", "粤港澳"), nil)
	b.ent(IDCZT, kg.RegionGroup, "长株潭", "", "", "changzhutan", strs("长株潭城市群"), nil)
	for _, r := range regs {
		if r.parent != "" {
			b.rel(kg.PartOf, r.id, r.parent)
		}
	}
	for _, m := range []string{IDGuangzhou, IDShenzhen, IDHongKong} {
		b.rel(kg.PartOf, m, IDGBA)
	}
	for _, m := range []string{IDChangsha, IDZhuzhou, IDXiangtan} {
		b.rel(kg.PartOf, m, IDCZT)
	}
}

func docPingxiang(hash string, chars int) kg.Document {
	return kg.Document{ID: DocPingxiang, Source: "pingxiang.txt", Title: "萍乡对接粤港澳大湾区建设行动方案",
		DocNumber: "萍府办发〔2019〕5号", Issuer: "萍乡市人民政府办公室", Date: "2019-02-20",
		PeriodStart: 2019, PeriodEnd: 2020, Subject: IDPingxiang, Script: "simplified", Encoding: "utf-8",
		Hash: hash, Chars: chars}
}

// Texts of the 萍乡 plan's sentences.
const (
	pxS1  = "萍乡毗邻长株潭城市群，区位优势明显。"
	pxS2  = "萍乡经开区承接电子信息产业转移。"
	pxS3  = "萍乡市主动对接粤港澳大湾区建设，承接产业转移。"
	pxS4  = "沪昆高铁连接萍乡与长三角、西南地区。"
	pxS5  = "加强与深圳市在电子信息产业领域的合作。"
	pxS6  = "支持上栗共建全国烟花爆竹转型升级集中区。"
	pxS7  = "推动芦溪联动醴陵发展电瓷产业。"
	pxS8  = "支持湘东园区与醴陵园区深化合作。"
	pxS9  = "依托湘赣合作产业园，加快转型升级。"
	pxS10 = "积极对接粤港澳大湾区，深化交流合作。"
	pxS11 = "湘赣合作产业园位于萍乡市。"
	pxS12 = "萍乡经开区依托赣西500千伏输变电工程保障用电。"
	pxS13 = "对接广州港，发展铁海联运。"
	pxS14 = "白鹤滩水电入赣工程力争2025年建成。"
)

// Pingxiang returns the graph of the 萍乡 plan: the document, the
// gazetteer part (all fixture regions and groups with their PART_OF
// relations) and what the plan says. Loaded alone into an empty store,
// LoadStats and the store agree: 1 document, 29 entities, 35 relations, 16
// pieces of evidence.
func Pingxiang() *kg.Graph {
	var b gb
	d := DocPingxiang
	b.doc(docPingxiang("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90", 1500))
	b.gazetteer()
	b.ent(IDPingxiang, kg.City, "萍乡市", "", "", "", strs("萍鄉", "萍乡"), map[string]int{d: 12})
	b.mention(IDShangli, kg.County, "上栗县", d, 3)
	b.mention(IDXiangdong, kg.County, "湘东区", d, 2)
	b.mention(IDLuxi, kg.County, "芦溪县", d, 2)
	b.mention(IDLiling, kg.County, "醴陵市", d, 2)
	b.mention(IDShenzhen, kg.City, "深圳市", d, 1)
	b.mention(IDGBA, kg.RegionGroup, "粤港澳大湾区", d, 4)
	b.mention(IDCZT, kg.RegionGroup, "长株潭", d, 1)
	b.mention(IDShanghai, kg.Province, "上海市", d, 1)
	b.mention(IDKunming, kg.City, "昆明市", d, 1)
	b.ent(IDXgPark, kg.Park, "湘赣合作产业园", "", "", "xiangganhezuochanyeyuan", nil, map[string]int{d: 2})
	b.ent(IDPxDevZone, kg.Park, "萍乡经开区", "", "", "pingxiangjingkaiqu", strs("萍乡经济技术开发区"), map[string]int{d: 2})
	b.ent(IDHukunRail, kg.Railway, "沪昆高铁", "", "", "hukungaotie", nil, map[string]int{d: 1})
	b.ent(IDFireworks, kg.Park, "全国烟花爆竹转型升级集中区", "", "", "quanguoyanhuabaozhuzhuanxingshengjijizhongqu", strs("烟花爆竹集中区"), map[string]int{d: 1})
	b.ent(IDBaihetan, kg.Project, "白鹤滩水电入赣工程", "", "", "baihetanshuidianruganggongcheng", nil, map[string]int{d: 1},
		kg.Milestone{Year: 2025, Event: "建成", Document: d, Sentence: 14})
	b.ent(IDGanxi500, kg.Project, "赣西500千伏输变电工程", "", "", "ganxi500qianfushubiandiangongcheng", nil, map[string]int{d: 1})
	b.ent(IDGzPort, kg.Hub, "广州港", "", "", "guangzhougang", nil, map[string]int{d: 1})

	// Evidence deliberately out of order: stores sort it.
	b.rel(kg.DocksWith, IDPingxiang, IDGBA, ev(d, 10, 1004, 1013, "对接", pxS10), ev(d, 3, 305, 317, "对接", pxS3))
	b.rel(kg.CooperatesWith, IDPingxiang, IDShenzhen, ev(d, 5, 502, 515, "合作", pxS5))
	b.rel(kg.LinksWith, IDLuxi, IDLiling, ev(d, 7, 702, 707, "联动", pxS7))
	b.rel(kg.CooperatesWith, IDXiangdong, IDLiling, ev(d, 8, 802, 815, "合作", pxS8))
	b.rel(kg.AdjacentTo, IDPingxiang, IDCZT, ev(d, 1, 100, 108, "毗邻", pxS1))
	b.rel(kg.ReliesOn, IDPingxiang, IDXgPark, ev(d, 9, 900, 909, "依托", pxS9))
	b.rel(kg.LocatedIn, IDXgPark, IDPingxiang, ev(d, 11, 1100, 1112, "位于", pxS11))
	b.rel(kg.LocatedIn, IDPxDevZone, IDPingxiang, ev(d, 2, 200, 205, "萍乡经开区", pxS2))
	b.rel(kg.Connects, IDHukunRail, IDShanghai, ev(d, 4, 400, 404, "沪昆高铁", pxS4))
	b.rel(kg.Connects, IDHukunRail, IDKunming, ev(d, 4, 400, 404, "沪昆高铁", pxS4))
	b.rel(kg.Connects, IDHukunRail, IDPingxiang, ev(d, 4, 400, 408, "连接", pxS4))
	b.rel(kg.CoBuilds, IDShangli, IDFireworks, ev(d, 6, 602, 620, "共建", pxS6))
	b.rel(kg.ReliesOn, IDPxDevZone, IDGanxi500, ev(d, 12, 1200, 1220, "依托", pxS12))
	b.rel(kg.DocksWith, IDPingxiang, IDGzPort, ev(d, 13, 1300, 1305, "对接", pxS13))
	b.rel(kg.LocatedIn, IDGzPort, IDGuangzhou, ev(d, 13, 1302, 1305, "广州港", pxS13))
	return &b.g
}

// PingxiangV2 returns a changed version of the 萍乡 plan (same document id,
// new hash) without the gazetteer part. Against Pingxiang it drops 沪昆高铁
// (its three CONNECTS relations, hence 沪昆高铁 and 上海市 once nothing else
// keeps them), 芦溪县 LINKS_WITH 醴陵市, its evidence of 上栗县 CO_BUILDS
// 集中区 and one of its two DOCKS_WITH 粤港澳大湾区 sentences; it adds
// 萍乡市 INTEGRATES_INTO 长株潭 and changes mention counts and the
// 白鹤滩 milestone's sentence.
func PingxiangV2() *kg.Graph {
	var b gb
	d := DocPingxiang
	b.doc(docPingxiang("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", 1400))
	b.mention(IDPingxiang, kg.City, "萍乡市", d, 10)
	b.mention(IDShangli, kg.County, "上栗县", d, 2)
	b.mention(IDXiangdong, kg.County, "湘东区", d, 2)
	b.mention(IDLiling, kg.County, "醴陵市", d, 1)
	b.mention(IDShenzhen, kg.City, "深圳市", d, 1)
	b.mention(IDGBA, kg.RegionGroup, "粤港澳大湾区", d, 3)
	b.mention(IDCZT, kg.RegionGroup, "长株潭", d, 2)
	b.mention(IDXgPark, kg.Park, "湘赣合作产业园", d, 2)
	b.mention(IDPxDevZone, kg.Park, "萍乡经开区", d, 2)
	b.ent(IDBaihetan, kg.Project, "白鹤滩水电入赣工程", "", "", "", nil, map[string]int{d: 1},
		kg.Milestone{Year: 2025, Event: "建成", Document: d, Sentence: 11})
	b.mention(IDGanxi500, kg.Project, "赣西500千伏输变电工程", d, 1)
	b.mention(IDGzPort, kg.Hub, "广州港", d, 1)

	b.rel(kg.DocksWith, IDPingxiang, IDGBA, ev(d, 3, 305, 317, "对接", pxS3))
	b.rel(kg.CooperatesWith, IDPingxiang, IDShenzhen, ev(d, 5, 502, 515, "合作", pxS5))
	b.rel(kg.CooperatesWith, IDXiangdong, IDLiling, ev(d, 8, 802, 815, "合作", pxS8))
	b.rel(kg.AdjacentTo, IDPingxiang, IDCZT, ev(d, 1, 100, 108, "毗邻", pxS1))
	b.rel(kg.IntegratesInto, IDPingxiang, IDCZT, ev(d, 6, 600, 607, "融入", "主动融入长株潭城市群发展。"))
	b.rel(kg.ReliesOn, IDPingxiang, IDXgPark, ev(d, 9, 900, 909, "依托", pxS9))
	b.rel(kg.LocatedIn, IDXgPark, IDPingxiang, ev(d, 11, 1100, 1112, "位于", pxS11))
	b.rel(kg.LocatedIn, IDPxDevZone, IDPingxiang, ev(d, 2, 200, 205, "萍乡经开区", pxS2))
	b.rel(kg.ReliesOn, IDPxDevZone, IDGanxi500, ev(d, 12, 1200, 1220, "依托", pxS12))
	b.rel(kg.DocksWith, IDPingxiang, IDGzPort, ev(d, 13, 1300, 1305, "对接", pxS13))
	b.rel(kg.LocatedIn, IDGzPort, IDGuangzhou, ev(d, 13, 1302, 1305, "广州港", pxS13))
	return &b.g
}

// Texts of the 江西 plan's sentences.
const (
	jxS1  = "全面对接粤港澳大湾区，打造内陆开放高地。"
	jxS3  = "支持上栗、万载联动浏阳、醴陵共建全国烟花爆竹转型升级集中区。"
	jxS4  = "推进浏阳-上栗共建区合作共建。"
	jxS5  = "萍乡市全境纳入湘赣边区域合作示范区。"
	jxS6  = "深化湘赣边合作，共推红色旅游。"
	jxS7  = "依托白鹤滩水电入赣工程，力争2022年开工。"
	jxS8  = "白鹤滩水电入赣工程依托白鹤滩水电站送电江西，2025年建成。"
	jxS9  = "白鹤滩水电入赣工程已纳入电力发展十四五规划。"
	jxS10 = "白鹤滩水电站列入金沙江水电基地规划。"
	jxS11 = "赣西500千伏输变电工程依托白鹤滩水电入赣工程建设。"
)

// Jiangxi returns the graph of the 江西 plan: the document, the gazetteer
// part and what the plan says. Loaded alone into an empty store, LoadStats
// is 1 document, 31 entities, 39 relations, 19 pieces of evidence, and the
// store holds 30 entities: 上海市 has no mention and no relation here.
func Jiangxi() *kg.Graph {
	var b gb
	d := DocJiangxi
	b.doc(kg.Document{ID: DocJiangxi, Source: "jiangxi.txt", Title: "江西省区域协调发展实施方案",
		DocNumber: "赣府厅字〔2022〕48号", Issuer: "江西省人民政府办公厅", Date: "2022-05-30",
		PeriodStart: 2021, PeriodEnd: 2025, Subject: IDJiangxi, Script: "simplified", Encoding: "gb18030",
		Hash: "b0c1d2e3f405162738495a6b7c8d9e0fb0c1d2e3f405162738495a6b7c8d9e0f", Chars: 1200})
	b.gazetteer()
	// The name among the aliases and a repeated alias: stores drop both.
	b.ent(IDJiangxi, kg.Province, "江西省", "", "", "", strs("江西省", "赣"), map[string]int{d: 6})
	b.mention(IDPingxiang, kg.City, "萍乡市", d, 3, "萍乡市", "萍乡")
	b.mention(IDShangli, kg.County, "上栗县", d, 2)
	b.mention(IDWanzai, kg.County, "万载县", d, 2)
	b.mention(IDLiuyang, kg.County, "浏阳市", d, 3)
	b.mention(IDLiling, kg.County, "醴陵市", d, 2)
	b.mention(IDGBA, kg.RegionGroup, "粤港澳大湾区", d, 1)
	b.ent(IDXiangganBian, kg.RegionGroup, "湘赣边", "", "", "xiangganbian", nil, map[string]int{d: 1})
	b.ent(IDFireworks, kg.Park, "全国烟花爆竹转型升级集中区", "", "", "", nil, map[string]int{d: 1})
	b.ent(IDLyslZone, kg.Park, "浏阳-上栗共建区", "", "", "liuyangshanligongjianqu", nil, map[string]int{d: 1})
	b.ent(IDDemoZone, kg.Park, "湘赣边区域合作示范区", "", "", "xiangganbianquyuhezuoshifanqu", strs("湘赣边"), map[string]int{d: 1})
	b.ent(IDBaihetan, kg.Project, "白鹤滩水电入赣工程", "", "", "baihetanshuidianruganggongcheng", strs("白鹤滩入赣工程"), map[string]int{d: 2},
		kg.Milestone{Year: 2025, Event: "建成", Document: d, Sentence: 8},
		kg.Milestone{Year: 2022, Event: "开工", Document: d, Sentence: 7})
	b.ent(IDBhtStation, kg.Project, "白鹤滩水电站", "", "", "baihetanshuidianzhan", nil, map[string]int{d: 1})
	b.ent(IDGanxi500, kg.Project, "赣西500千伏输变电工程", "", "", "ganxi500qianfushubiandiangongcheng", nil, map[string]int{d: 1})
	b.ent(IDPowerPlan, kg.Plan, "电力发展十四五规划", "", "", "dianlifazhanshisiwuguihua", nil, map[string]int{d: 1})
	b.ent(IDJinsha, kg.Plan, "金沙江水电基地规划", "", "", "jinshajiangshuidianjidiguihua", nil, map[string]int{d: 1})

	b.rel(kg.DocksWith, IDJiangxi, IDGBA, ev(d, 1, 102, 110, "对接", jxS1))
	b.rel(kg.CoBuilds, IDShangli, IDFireworks, ev(d, 3, 302, 331, "共建", jxS3))
	b.rel(kg.CoBuilds, IDWanzai, IDFireworks, ev(d, 3, 305, 331, "共建", jxS3))
	b.rel(kg.CoBuilds, IDLiuyang, IDFireworks, ev(d, 3, 309, 331, "共建", jxS3))
	b.rel(kg.CoBuilds, IDLiling, IDFireworks, ev(d, 3, 312, 331, "共建", jxS3))
	b.rel(kg.LinksWith, IDShangli, IDLiuyang, ev(d, 3, 302, 311, "联动", jxS3))
	b.rel(kg.LinksWith, IDShangli, IDLiling, ev(d, 3, 302, 314, "联动", jxS3))
	b.rel(kg.LinksWith, IDWanzai, IDLiuyang, ev(d, 3, 305, 311, "联动", jxS3))
	b.rel(kg.LinksWith, IDWanzai, IDLiling, ev(d, 3, 305, 314, "联动", jxS3))
	b.rel(kg.LocatedIn, IDLyslZone, IDShangli, ev(d, 4, 402, 411, "浏阳-上栗共建区", jxS4))
	b.rel(kg.LocatedIn, IDLyslZone, IDLiuyang, ev(d, 4, 402, 411, "浏阳-上栗共建区", jxS4))
	b.rel(kg.CoBuilds, IDShangli, IDLyslZone, ev(d, 4, 402, 415, "合作共建", jxS4))
	b.rel(kg.CoBuilds, IDLiuyang, IDLyslZone, ev(d, 4, 402, 415, "合作共建", jxS4))
	b.rel(kg.IncludedIn, IDPingxiang, IDDemoZone, ev(d, 5, 500, 517, "纳入", jxS5))
	b.rel(kg.ReliesOn, IDJiangxi, IDBaihetan, ev(d, 7, 700, 711, "依托", jxS7))
	b.rel(kg.ReliesOn, IDBaihetan, IDBhtStation, ev(d, 8, 800, 817, "依托", jxS8))
	b.rel(kg.IncludedIn, IDBaihetan, IDPowerPlan, ev(d, 9, 900, 923, "纳入", jxS9))
	b.rel(kg.IncludedIn, IDBhtStation, IDJinsha, ev(d, 10, 1000, 1018, "列入", jxS10))
	b.rel(kg.ReliesOn, IDGanxi500, IDBaihetan, ev(d, 11, 1100, 1124, "依托", jxS11))
	return &b.g
}

// Both returns Pingxiang and Jiangxi in one graph, their entries simply
// concatenated (so ids repeat and stores must merge them). Loaded into an
// empty store, LoadStats and the store agree: 2 documents, 35 entities, 53
// relations, 35 pieces of evidence.
func Both() *kg.Graph {
	a, b := Pingxiang(), Jiangxi()
	return &kg.Graph{
		Documents: append(a.Documents, b.Documents...),
		Entities:  append(a.Entities, b.Entities...),
		Relations: append(a.Relations, b.Relations...),
	}
}

func ms(year int, event, doc string, sentence int) kg.Milestone {
	return kg.Milestone{Year: year, Event: event, Document: doc, Sentence: sentence}
}
