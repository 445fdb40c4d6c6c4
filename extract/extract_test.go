package extract

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	kg "github.com/cnplan/kg"
)

// Titles that give a test document its subject region.
const (
	pingxiangTitle = "萍乡对接粤港澳大湾区建设行动方案\n"
	jiangxiTitle   = "江西省推动湘赣边区域合作示范区建设行动方案\n"
	yichunTitle    = "宜春市对接融入昌九一体化发展行动方案\n"
)

// extractText runs the extractor on one small document.
func extractText(t *testing.T, text string) *kg.Graph {
	t.Helper()
	res := newTestExtractor(t).Extract([]Input{{Name: "t.txt", Data: []byte(text)}}, nil)
	if f := res.Failed(); len(f) > 0 {
		t.Fatalf("extraction failed: %v", res.Problems)
	}
	return &res.Graph
}

// rel renders a relation as "TYPE from -> to" with entity names.
func rels(g *kg.Graph) []string {
	names := map[string]string{}
	for _, e := range g.Entities {
		names[e.ID] = e.Name
	}
	var out []string
	for _, r := range g.Relations {
		if r.Type == kg.PartOf {
			continue
		}
		out = append(out, fmt.Sprintf("%s %s -> %s", r.Type, names[r.From], names[r.To]))
		if r.Type.Symmetric() {
			// one edge per pair; either reading names it
			out = append(out, fmt.Sprintf("%s %s -> %s", r.Type, names[r.To], names[r.From]))
		}
	}
	slices.Sort(out)
	return out
}

// expect reports the wanted items missing from got and the unwanted ones
// found in it.
func expect(t *testing.T, got, want, not []string) {
	t.Helper()
	expectMatching(t, got, want, not, func(g, n string) bool { return g == n })
}

// expectMatching is expect with unwanted items found by match (a prefix, a
// suffix).
func expectMatching(t *testing.T, got, want, not []string, match func(got, unwanted string) bool) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q\ngot %s", w, strings.Join(got, "\n    "))
		}
	}
	for _, n := range not {
		for _, g := range got {
			if match(g, n) {
				t.Errorf("unexpected %q", g)
			}
		}
	}
}

func entityNamed(g *kg.Graph, name string) *kg.Entity {
	for i := range g.Entities {
		if g.Entities[i].Name == name {
			return &g.Entities[i]
		}
	}
	return nil
}

// TestOntologyCases checks the examples and hard cases of ONTOLOGY.md.
func TestOntologyCases(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // relations that must be found
		not  []string // relations that must not be found
	}{
		{"co-build list distributes", jiangxiTitle + "支持上栗、万载联动浏阳、醴陵共建全国烟花爆竹转型升级集中区。",
			[]string{
				"CO_BUILDS 上栗县 -> 全国烟花爆竹转型升级集中区", "CO_BUILDS 万载县 -> 全国烟花爆竹转型升级集中区",
				"CO_BUILDS 浏阳市 -> 全国烟花爆竹转型升级集中区", "CO_BUILDS 醴陵市 -> 全国烟花爆竹转型升级集中区",
				"LINKS_WITH 上栗县 -> 浏阳市", "LINKS_WITH 上栗县 -> 醴陵市", "LINKS_WITH 万载县 -> 浏阳市", "LINKS_WITH 万载县 -> 醴陵市",
			}, nil},
		{"included in a zone", jiangxiTitle + "萍乡市全境纳入湘赣边区域合作示范区。",
			[]string{"INCLUDED_IN 萍乡市 -> 湘赣边区域合作示范区"}, nil},
		{"links with", jiangxiTitle + "推动芦溪联动醴陵,打造产业协作带。", []string{"LINKS_WITH 芦溪县 -> 醴陵市"}, nil},
		{"cooperation before the trigger", jiangxiTitle + "推进赣州高新区与深圳高新区合作共建。",
			[]string{"COOPERATES_WITH 赣州高新区 -> 深圳高新区"}, nil},
		{"implicit subject relies on", pingxiangTitle + "依托湘赣合作产业园,加快转型升级。",
			[]string{"RELIES_ON 萍乡市 -> 湘赣合作产业园"}, nil},
		{"implicit subject docks with", pingxiangTitle + "积极对接粤港澳大湾区建设。",
			[]string{"DOCKS_WITH 萍乡市 -> 粤港澳大湾区"}, nil},
		{"partner between 与 and trigger", pingxiangTitle + "加强与粤港澳大湾区在教育领域交流合作。",
			[]string{"COOPERATES_WITH 萍乡市 -> 粤港澳大湾区"}, nil},
		{"adjacent", pingxiangTitle + "萍乡毗邻长株潭城市群。", []string{"ADJACENT_TO 萍乡市 -> 长株潭"}, nil},
		{"one list feeds several triggers", yichunTitle + "依托丰城、樟树和高安三市,对接赣江新区,融入昌九都市圈。",
			[]string{"DOCKS_WITH 丰城市 -> 赣江新区", "DOCKS_WITH 樟树市 -> 赣江新区", "DOCKS_WITH 高安市 -> 赣江新区",
				"INTEGRATES_INTO 丰城市 -> 昌九", "INTEGRATES_INTO 高安市 -> 昌九", "RELIES_ON 宜春市 -> 丰城市"}, nil},
		{"route abbreviations are endpoints", jiangxiTitle + "加快沪昆高铁提速改造。",
			[]string{"CONNECTS 沪昆高铁 -> 上海市", "CONNECTS 沪昆高铁 -> 昆明市"}, nil},
		{"route through places", jiangxiTitle + "推进咸宁经修水至吉安铁路纳入国家新一轮中长期铁路网规划。",
			[]string{"CONNECTS 咸宁经修水至吉安铁路 -> 咸宁市", "CONNECTS 咸宁经修水至吉安铁路 -> 修水县", "CONNECTS 咸宁经修水至吉安铁路 -> 吉安市",
				"INCLUDED_IN 咸宁经修水至吉安铁路 -> 国家新一轮中长期铁路网规划"}, nil},
		{"trigger inside a name does not fire", pingxiangTitle + "加快推进赣湘开放合作试验区建设。", nil,
			[]string{"COOPERATES_WITH 江西省 -> 湖南省", "COOPERATES_WITH 萍乡市 -> 湖南省"}},
		{"another document's title states nothing", jiangxiTitle + "根据《江西省人民政府办公厅关于印发江西对接粤港澳大湾区建设行动方案的通知》精神。", nil,
			[]string{"DOCKS_WITH 江西省 -> 粤港澳大湾区"}},
		{"located in from a name", pingxiangTitle + "支持萍乡经开区建设。", []string{"LOCATED_IN 萍乡经开区 -> 萍乡市"}, nil},
		{"shared head list", jiangxiTitle + "加快推进宁都至龙川、修水至平江等高速公路建设。",
			[]string{"CONNECTS 宁都至龙川高速公路 -> 宁都县", "CONNECTS 宁都至龙川高速公路 -> 龙川县",
				"CONNECTS 修水至平江高速公路 -> 修水县", "CONNECTS 修水至平江高速公路 -> 平江县"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, rels(extractText(t, tc.text)), tc.want, tc.not)
		})
	}
}

func TestEntityBoundaries(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]kg.EntityType // names that must be entities
		not  []string                 // names that must not be
	}{
		{"verb and 建设 stripped", pingxiangTitle + "加快推进赣湘开放合作试验区建设。",
			map[string]kg.EntityType{"赣湘开放合作试验区": kg.Park}, []string{"加快推进赣湘开放合作试验区", "赣湘开放合作试验区建设"}},
		{"generic phrases rejected", pingxiangTitle + "提升全市工业园区和省级开发区水平,推进重大项目和示范工程建设。",
			nil, []string{"全市工业园区", "工业园区", "省级开发区", "重大项目", "示范工程"}},
		{"broken name rejoined", pingxiangTitle + "共建万亩永磁电机产业 园。", map[string]kg.EntityType{"万亩永磁电机产业园": kg.Park}, nil},
		{"named plan keeps its qualifier", jiangxiTitle + "争取纳入国家新一轮中长期铁路网规划。",
			map[string]kg.EntityType{"国家新一轮中长期铁路网规划": kg.Plan}, nil},
		{"route section", pingxiangTitle + "落实厦渝高铁长赣段最优方案。", map[string]kg.EntityType{"厦渝高铁长赣段": kg.Railway}, nil},
		{"road numbers", pingxiangTitle + "改造提升G320、G319等国省道。", map[string]kg.EntityType{"G320": kg.Road, "G319": kg.Road}, []string{"国省道"}},
		{"one character for the subject", pingxiangTitle + "吸引企业来萍投资。", map[string]kg.EntityType{"萍乡市": kg.City}, nil},
		{"common word is no county", jiangxiTitle + "推动新兴产业发展,建设绿水青山。", nil, []string{"新兴县", "青山区"}},
		{"ambiguous county left unresolved", jiangxiTitle + "推动鼓楼区更新。", nil, []string{"鼓楼区"}},
		{"word-straddle check spares real pairs", jiangxiTitle + "加强与香港澳门合作,推进通道和平台建设。",
			map[string]kg.EntityType{"香港特别行政区": kg.Province, "澳门特别行政区": kg.Province}, []string{"和平县", "和平区"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, tc.text)
			for name, typ := range tc.want {
				e := entityNamed(g, name)
				if e == nil || e.Type != typ || e.Mentions == 0 {
					t.Errorf("want %s %s mentioned, got %+v", typ, name, e)
				}
			}
			for _, name := range tc.not {
				if e := entityNamed(g, name); e != nil && e.Mentions > 0 {
					t.Errorf("unexpected entity %s %s", e.Type, name)
				}
			}
		})
	}
}

func TestTraditionalAliases(t *testing.T) {
	g := extractText(t, "江西省推動湘贛邊區域合作示范區建設行動方案\n支持萍鄉市與瀏陽市合作共建產業園區,推動萍鄉聯動醴陵發展。")
	e := entityNamed(g, "萍乡市")
	if e == nil || !slices.Contains(e.Aliases, "萍鄉市") {
		t.Fatalf("萍乡市 should have the traditional alias 萍鄉市: %+v", e)
	}
	if len(g.Documents) != 1 || g.Documents[0].Script != ScriptTraditional {
		t.Fatalf("script not detected: %+v", g.Documents)
	}
	if !slices.Contains(rels(g), "LINKS_WITH 萍乡市 -> 醴陵市") {
		t.Errorf("relation from traditional text missing: %v", rels(g))
	}
}

func TestDeterministic(t *testing.T) {
	x := newTestExtractor(t)
	in := []Input{
		{Name: "a.txt", Data: []byte(pingxiangTitle + "依托湘赣合作产业园,积极对接粤港澳大湾区。")},
		{Name: "b.txt", Data: []byte(jiangxiTitle + "推动芦溪联动醴陵,萍乡市全境纳入湘赣边区域合作示范区。")},
	}
	a := x.Extract(in, nil).Graph
	b := x.Extract([]Input{in[1], in[0]}, nil).Graph
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatal("output depends on input order")
	}
}

func TestEvidence(t *testing.T) {
	text := pingxiangTitle + "萍乡市全境纳入湘赣边区域合作示范区。"
	g := extractText(t, text)
	norm := []rune(text) // the test text needs no clean-up
	for _, r := range g.Relations {
		if r.Type != kg.IncludedIn {
			continue
		}
		if len(r.Evidence) != 1 {
			t.Fatalf("want one evidence, got %+v", r.Evidence)
		}
		ev := r.Evidence[0]
		if got := string(norm[ev.Start:ev.End]); got != "萍乡市全境纳入湘赣边区域合作示范区" {
			t.Errorf("span %d-%d is %q", ev.Start, ev.End, got)
		}
		if ev.Trigger != "纳入" || ev.Sentence != 1 || ev.Text != "萍乡市全境纳入湘赣边区域合作示范区。" {
			t.Errorf("evidence %+v", ev)
		}
		return
	}
	t.Fatal("no INCLUDED_IN relation")
}

func TestBadInputs(t *testing.T) {
	x := newTestExtractor(t)
	res := x.Extract([]Input{
		{Name: "empty.txt", Data: nil},
		{Name: "bin.txt", Data: []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 1}},
		{Name: "ok.txt", Data: []byte(pingxiangTitle + "积极对接粤港澳大湾区。")},
	}, nil)
	if got := res.Failed(); !slices.Equal(got, []string{"empty.txt", "bin.txt"}) {
		t.Fatalf("failed = %v, problems %v", got, res.Problems)
	}
	if len(res.Graph.Documents) != 1 {
		t.Fatalf("the good document must still be read: %+v", res.Graph.Documents)
	}
	for _, p := range res.Problems {
		if !strings.HasPrefix(p.Error(), p.Source+": ") {
			t.Errorf("problem does not name its file: %q", p.Error())
		}
	}
}

// TestOtherProvince reads a plan from another province, written for this
// test in the style of the genre, to keep the rules from fitting only the
// Jiangxi seeds.
func TestOtherProvince(t *testing.T) {
	data, err := os.ReadFile("testdata/other/hunan.txt")
	if err != nil {
		t.Fatal(err)
	}
	g := extractText(t, string(data))
	d := g.Documents[0]
	if d.Title != "湖南省对接粤港澳大湾区实施方案" || d.DocNumber != "湘政办发〔2020〕12号" || d.Issuer != "湖南省人民政府办公厅" ||
		d.Date != "2020-03-05" || d.Subject != "region:430000" {
		t.Errorf("metadata %+v", d)
	}
	got := rels(g)
	for _, w := range []string{
		"DOCKS_WITH 郴州市 -> 粤港澳大湾区", "DOCKS_WITH 永州市 -> 粤港澳大湾区", "DOCKS_WITH 衡阳市 -> 粤港澳大湾区",
		"COOPERATES_WITH 长沙经开区 -> 广州开发区", "COOPERATES_WITH 株洲高新区 -> 东莞松山湖高新区",
		"CONNECTS 长赣高铁 -> 长沙市", "CONNECTS 长赣高铁 -> 赣州市",
		"CONNECTS 渝长厦高铁 -> 重庆市", "CONNECTS 渝长厦高铁 -> 长沙市", "CONNECTS 渝长厦高铁 -> 厦门市",
		"INCLUDED_IN 常益长铁路 -> 国家中长期铁路网规划", "RELIES_ON 湖南省 -> 岳阳城陵矶港",
		"INTEGRATES_INTO 湖南省 -> 长江经济带", "ADJACENT_TO 株洲市 -> 萍乡市",
		"COOPERATES_WITH 湖南省 -> 香港特别行政区", "COOPERATES_WITH 湖南省 -> 澳门特别行政区",
		"CO_BUILDS 郴州市 -> 湘粤合作产业园", "CO_BUILDS 韶关市 -> 湘粤合作产业园",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q", w)
		}
	}
	if e := entityNamed(g, "松山区"); e != nil && e.Mentions > 0 {
		t.Error("松山湖 is a lake, not 松山区")
	}
	if e := entityNamed(g, "湘粤合作产业园"); e == nil || len(e.Milestones) != 1 || e.Milestones[0].Year != 2022 {
		t.Errorf("milestone of 湘粤合作产业园: %+v", e)
	}
}

// TestOtherProvinceGBK reads a GBK-encoded plan from Guangdong.
func TestOtherProvinceGBK(t *testing.T) {
	data, err := os.ReadFile("testdata/other/guangdong_gbk.txt")
	if err != nil {
		t.Fatal(err)
	}
	g := extractText(t, string(data))
	d := g.Documents[0]
	if d.Encoding != EncodingGB18030 || d.DocNumber != "粤发改区域〔2021〕56号" || d.Subject != "region:440000" ||
		d.PeriodStart != 2021 || d.PeriodEnd != 2023 {
		t.Errorf("metadata %+v", d)
	}
	got := rels(g)
	for _, w := range []string{
		"COOPERATES_WITH 广东省 -> 香港特别行政区", "COOPERATES_WITH 河源市 -> 珠三角", "COOPERATES_WITH 韶关市 -> 珠三角",
		"CONNECTS 赣深高铁 -> 赣州市", "CONNECTS 赣深高铁 -> 深圳市", "RELIES_ON 广东省 -> 广州港",
		"CO_BUILDS 东莞市 -> 东莞惠州产业合作园", "CO_BUILDS 惠州市 -> 东莞惠州产业合作园",
		"ADJACENT_TO 肇庆市 -> 梧州市", "INTEGRATES_INTO 肇庆市 -> 北部湾城市群",
	} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q", w)
		}
	}
	for _, n := range []string{"COOPERATES_WITH 深圳市 -> 香港特别行政区"} {
		if slices.Contains(got, n) {
			t.Errorf("unexpected %q: 深圳 only qualifies 前海 there", n)
		}
	}
}

// TestRegionKey checks that regionKey builds kg.RegionID's bytes, for codes
// that fit its array and one that does not.
func TestRegionKey(t *testing.T) {
	for _, code := range []string{"", "110000", "441900", "5001", strings.Repeat("9", 60)} {
		var k regionKey
		if got, want := string(k.of(code)), kg.RegionID(code); got != want {
			t.Errorf("regionKey.of(%q) = %q, want %q", code, got, want)
		}
	}
}

// TestAncestors checks that ancestors yields what gazetteer.Ancestors
// lists, for every region and for codes the gazetteer lacks, and that it
// stops when the loop breaks.
func TestAncestors(t *testing.T) {
	g := newTestExtractor(t).gaz
	codes := []string{"", "000000", "999999"}
	for _, r := range g.Regions() {
		codes = append(codes, r.Code)
	}
	for _, code := range codes {
		if got, want := slices.Collect(ancestors(g, code)), g.Ancestors(code); !slices.Equal(got, want) {
			t.Fatalf("ancestors(%q) = %v, want %v", code, got, want)
		}
		for a := range ancestors(g, code) {
			_ = a
			break
		}
	}
}

// TestGoodsMarked checks that the lexicon's goods of transfers and the
// first characters of its subject pronouns are all markChars, so that
// transfers and recognizeAbbrev read their positions from the marks: a
// word added to the lexicon and not to markChars fails here (they would
// scan for it, slower, with the same result).
func TestGoodsMarked(t *testing.T) {
	x := newTestExtractor(t)
	if !x.goodsMarked {
		t.Errorf("transfer goods %q, %q not all in markChars %q", string(x.lex.transferGoods), string(x.lex.directionalGoods), markChars)
	}
	if !x.labelsMarked {
		t.Errorf("unit labels do not all end with one of markChars %q", markChars)
	}
	if !x.pronounsMarked {
		t.Errorf("subject pronouns %q do not all start with one of markChars %q", x.lex.subjectPronouns, markChars)
	}
}
