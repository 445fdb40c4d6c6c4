package gazetteer

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cnplan/kg"
	"github.com/longbridgeapp/opencc"
)

func load(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestCounts(t *testing.T) {
	g := load(t)
	levels := map[Level]int{}
	counties := map[string]int{}
	for _, r := range g.Regions() {
		levels[r.Level]++
		if r.Level == County {
			counties[g.Province(r.Code).Name]++
		}
	}
	// Official figures of the Ministry of Civil Affairs for the end of 2023:
	// 31 provinces + 香港, 澳门, 台湾; 333 prefecture-level divisions; 2,844
	// county-level divisions; plus the 5 county-level divisions created since
	// (和康县, 和安县, 岑岭县, 草湖市, 两江新区; see TestNewDivisions), while
	// 江北区 and 渝北区, abolished in 2025, are kept: 2,849.
	for _, tc := range []struct {
		name string
		got  int
		want int
	}{
		{"provinces", levels[Province], 34},
		{"cities", levels[City], 333},
		{"counties", levels[County], 2849},
		{"江西省 counties", counties["江西省"], 100},
		{"湖南省 counties", counties["湖南省"], 122},
		{"广东省 counties", counties["广东省"], 122},
		{"福建省 counties", counties["福建省"], 84},
		{"北京市 counties", counties["北京市"], 16},
		{"重庆市 counties", counties["重庆市"], 39},
		{"新疆维吾尔自治区 counties", counties["新疆维吾尔自治区"], 112},
		{"海南省 counties", counties["海南省"], 25},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %d, want %d", tc.got, tc.want)
			}
		})
	}
}

func TestLookups(t *testing.T) {
	g := load(t)
	for _, tc := range []struct {
		code, name, parent, short string
		level                     Level
	}{
		{"360000", "江西省", "", "江西", Province},
		{"360300", "萍乡市", "360000", "萍乡", City},
		{"360322", "上栗县", "360300", "上栗", County},
		{"360313", "湘东区", "360300", "湘东", County},
		{"430181", "浏阳市", "430100", "浏阳", County},
		{"360704", "赣县区", "360700", "赣县", County},
		{"110105", "朝阳区", "110000", "朝阳", County}, // municipality: no city level
		{"500240", "石柱土家族自治县", "500000", "石柱", County},
		{"419001", "济源市", "410000", "济源", County}, // directly under the province
		{"429021", "神农架林区", "420000", "神农架", County},
		{"422800", "恩施土家族苗族自治州", "420000", "恩施", City},
		{"420528", "长阳土家族自治县", "420500", "长阳", County},
		{"450000", "广西壮族自治区", "", "广西", Province},
		{"150000", "内蒙古自治区", "", "内蒙古", Province},
		{"650000", "新疆维吾尔自治区", "", "新疆", Province},
		{"810000", "香港特别行政区", "", "香港", Province},
		{"820000", "澳门特别行政区", "", "澳门", Province},
		{"710000", "台湾省", "", "台湾", Province},
		{"623001", "合作市", "623000", "合作", County},
		{"350405", "沙县区", "350400", "沙县", County},
		{"341824", "绩溪县", "341800", "绩溪", County},
		{"340522", "含山县", "340500", "含山", County},
		{"140302", "城区", "140300", "", County},
		{"341004", "徽州区", "341000", "徽州", County},
		{"460302", "西沙区", "460300", "西沙", County},
		{"152900", "阿拉善盟", "150000", "阿拉善", City},
		{"232700", "大兴安岭地区", "230000", "大兴安岭", City},
		{"120116", "滨海新区", "120000", "滨海", County},
		{"520203", "六枝特区", "520200", "六枝", County},
		{"150723", "鄂伦春自治旗", "150700", "鄂伦春", County},
		{"150724", "鄂温克族自治旗", "150700", "鄂温克", County},
		{"622926", "东乡族自治县", "622900", "东乡", County},
		{"410104", "管城回族区", "410100", "管城", County},
		{"622927", "积石山保安族东乡族撒拉族自治县", "622900", "积石山", County},
		{"450328", "龙胜各族自治县", "450300", "龙胜", County},
		{"441900", "东莞市", "440000", "东莞", City},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := g.Region(tc.code)
			if !ok {
				t.Fatalf("no region %s", tc.code)
			}
			if r.Name != tc.name || r.Parent != tc.parent || r.Short != tc.short || r.Level != tc.level {
				t.Errorf("got %s parent %q short %q level %v, want %s parent %q short %q level %v",
					r.Name, r.Parent, r.Short, r.Level, tc.name, tc.parent, tc.short, tc.level)
			}
		})
	}
}

func TestNoOneCharacterShort(t *testing.T) {
	g := load(t)
	for _, r := range g.Regions() {
		if r.Short != "" && len([]rune(r.Short)) < 2 {
			t.Errorf("%s %s: short %q", r.Code, r.Name, r.Short)
		}
		if r.Short != "" && !strings.HasPrefix(r.Name, r.Short) && r.Level != Province {
			t.Errorf("%s %s: short %q is not a prefix", r.Code, r.Name, r.Short)
		}
	}
}

func TestAmbiguous(t *testing.T) {
	g := load(t)
	for _, tc := range []struct {
		code string
		want bool
	}{
		{"623001", true},  // 合作市: common word
		{"140302", true},  // 城区
		{"220000", true},  // 吉林省 vs 吉林市
		{"220200", true},  // 吉林市
		{"350102", true},  // 鼓楼区 (福州) vs 鼓楼区 (南京, 徐州, 开封)
		{"360300", false}, // 萍乡市
		{"360322", false}, // 上栗县
		{"430181", false}, // 浏阳市
		{"632324", true},  // 河南蒙古族自治县 short 河南 = 河南省
		{"441402", false}, // 梅江区
	} {
		r, _ := g.Region(tc.code)
		t.Run(r.Name, func(t *testing.T) {
			if r.Ambiguous != tc.want {
				t.Errorf("Ambiguous = %v, want %v", r.Ambiguous, tc.want)
			}
		})
	}
}

func TestByName(t *testing.T) {
	g := load(t)
	if rs := g.ByName("鼓楼区"); len(rs) < 4 {
		t.Errorf("ByName(鼓楼区) = %d regions, want >= 4", len(rs))
	}
	for _, tc := range []struct{ key, code string }{
		{"萍乡市", "360300"}, {"上栗县", "360322"}, {"湘东区", "360313"}, {"浏阳市", "430181"},
		{"赣县区", "360704"}, {"干县", "610424"}, {"乾县", "610424"}, {"干安县", "220723"},
	} {
		t.Run(tc.key, func(t *testing.T) {
			rs := g.ByName(tc.key)
			if len(rs) != 1 || rs[0].Code != tc.code {
				t.Errorf("ByName(%s) = %v, want %s", tc.key, codes(rs), tc.code)
			}
		})
	}
	for _, tc := range []struct {
		key   string
		codes []string
	}{
		{"萍乡", []string{"360300"}},
		{"浏阳", []string{"430181"}},
		{"赣县", []string{"360704"}},
		{"干安", []string{"220723"}},
		{"吉林", []string{"220000", "220200"}},
		{"东乡", []string{"361003", "622926"}},
	} {
		t.Run("short "+tc.key, func(t *testing.T) {
			if got := codes(g.ByShort(tc.key)); !slices.Equal(got, tc.codes) {
				t.Errorf("ByShort(%s) = %v, want %v", tc.key, got, tc.codes)
			}
		})
	}
}

func codes(rs []*Region) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Code)
	}
	return out
}

func TestHierarchy(t *testing.T) {
	g := load(t)
	anc := g.Ancestors("360322")
	if got := codes(anc); !slices.Equal(got, []string{"360300", "360000"}) {
		t.Errorf("Ancestors(上栗县) = %v", got)
	}
	if got := codes(g.Ancestors("110105")); !slices.Equal(got, []string{"110000"}) {
		t.Errorf("Ancestors(朝阳区) = %v", got)
	}
	if g.Ancestors("360000") != nil {
		t.Errorf("Ancestors(江西省) not nil")
	}
	for _, tc := range []struct {
		code, anc string
		want      bool
	}{
		{"360322", "360300", true}, {"360322", "360000", true}, {"360322", "360322", true},
		{"360322", "430000", false}, {"430181", "430100", true}, {"999999", "360000", false},
	} {
		if got := g.Within(tc.code, tc.anc); got != tc.want {
			t.Errorf("Within(%s, %s) = %v", tc.code, tc.anc, got)
		}
	}
	// Inside follows pointers where Within looks codes up: the same answer
	// for every region against every province and city, and for a region
	// made outside the gazetteer.
	rs := g.Regions()
	for _, r := range rs {
		for _, a := range rs {
			if a.Level != County || a.Code[:4] == r.Code[:4] {
				if got, want := g.Inside(r, a), g.Within(r.Code, a.Code); got != want {
					t.Fatalf("Inside(%s, %s) = %v, Within %v", r.Code, a.Code, got, want)
				}
			}
		}
	}
	jx, _ := g.Region("360000")
	if out := (&Region{Code: "360322", Parent: "360300"}); !g.Inside(out, jx) {
		t.Errorf("Inside(a copy of 上栗县 made elsewhere, 江西省) = false")
	}
	if p := g.Province("430181"); p == nil || p.Name != "湖南省" {
		t.Errorf("Province(浏阳市) = %v", p)
	}
	if p := g.Province("nope"); p != nil {
		t.Errorf("Province(nope) = %v", p)
	}
	ch := g.Children("360300")
	if got := codes(ch); !slices.Equal(got, []string{"360302", "360313", "360321", "360322", "360323"}) {
		t.Errorf("Children(萍乡市) = %v", got)
	}
	if n := len(g.Children("360000")); n != 11 {
		t.Errorf("江西省 has %d cities, want 11", n)
	}
	if Province.EntityType() != kg.Province || City.EntityType() != kg.City || County.EntityType() != kg.County {
		t.Errorf("EntityType mapping")
	}
}

func TestAbbrev(t *testing.T) {
	g := load(t)
	for _, tc := range []struct {
		ch, code string
		strict   bool
	}{
		{"赣", "360000", false}, {"湘", "430000", false}, {"粤", "440000", false}, {"闽", "350000", false},
		{"沪", "310000", false}, {"渝", "500000", false}, {"蜀", "510000", false}, {"滇", "530000", false},
		{"新", "650000", true}, {"宁", "640000", true}, {"港", "810000", true}, {"澳", "820000", true},
		{"台", "710000", true}, {"京", "110000", true}, {"川", "510000", true}, {"龙", "230000", true},
	} {
		t.Run(tc.ch, func(t *testing.T) {
			r, ok := g.Abbrev(tc.ch)
			if !ok || r.Code != tc.code || g.AbbrevStrict(tc.ch) != tc.strict {
				t.Errorf("Abbrev(%s) = %v %v strict %v", tc.ch, r, ok, g.AbbrevStrict(tc.ch))
			}
		})
	}
	if _, ok := g.Abbrev("萍"); ok {
		t.Errorf("萍 is not a province abbreviation")
	}
}

func TestNickname(t *testing.T) {
	g := load(t)
	for _, tc := range []struct{ ch, code string }{
		{"甬", "330200"}, {"穗", "440100"}, {"蓉", "510100"}, {"榕", "350100"}, {"饶", "361100"}, {"莞", "441900"},
	} {
		t.Run(tc.ch, func(t *testing.T) {
			if r, ok := g.Nickname(tc.ch); !ok || r.Code != tc.code {
				t.Errorf("Nickname(%s) = %v %v, want %s", tc.ch, r, ok, tc.code)
			}
		})
	}
	for _, ch := range []string{"赣", "萍", "湘"} {
		if r, ok := g.Nickname(ch); ok {
			t.Errorf("Nickname(%s) = %v: an abbreviation or a first character is no nickname", ch, r)
		}
	}
	// no nickname is a province abbreviation or the first character of a city
	for _, ch := range []string{"甬", "榕", "穗", "蓉", "鹭", "筑", "邕", "浔", "饶", "莞", "潭", "康"} {
		if _, ok := g.Abbrev(ch); ok {
			t.Errorf("nickname %s is a province's abbreviation", ch)
		}
	}
	for _, r := range g.Regions() {
		if r.Level == City {
			if n, ok := g.Nickname(string([]rune(r.Name)[0])); ok {
				t.Errorf("nickname %s (%s) begins %s", string([]rune(r.Name)[0]), n.Name, r.Name)
			}
		}
	}
}

// TestBynames: a city's customary name of two characters is a match key
// of that city, and none is another region's name.
func TestLocalNicknames(t *testing.T) {
	g := load(t)
	ln := g.LocalNicknames()
	if r := ln["宁"]; r == nil || r.Code != "320100" {
		t.Errorf("LocalNicknames()[宁] = %v, want 南京市", r)
	}
	for k := range ln {
		if _, ok := g.Nickname(k); ok {
			t.Errorf("%s is a local nickname and a nickname everywhere", k)
		}
	}
}

func TestBynames(t *testing.T) {
	g := load(t)
	want := map[string]string{"蓉城": "510100", "羊城": "440100", "鹏城": "440300", "冰城": "230100", "博州": "652700", "克州": "653000"}
	got := map[string]string{}
	for _, n := range g.Names() {
		if n.Kind == ByName {
			got[n.Key] = n.Code
			if len(g.ByName(n.Key)) > 0 || len(g.ByShort(n.Key)) > 0 {
				t.Errorf("byname %s is a region's name too", n.Key)
			}
		}
	}
	for k, code := range want {
		if got[k] != code {
			t.Errorf("byname %s: code %q, want %s", k, got[k], code)
		}
	}
}

func TestGroups(t *testing.T) {
	g := load(t)
	if n := len(g.Groups()); n < 40 {
		t.Errorf("%d groups, want >= 40", n)
	}
	for _, tc := range []struct {
		key, name string
		members   int
		has       []string
	}{
		{"长株潭城市群", "长株潭", 3, []string{"430100", "430200", "430300"}},
		{"长株潭", "长株潭", 3, nil},
		{"粤港澳大湾区", "粤港澳大湾区", 11, []string{"440300", "810000", "820000"}},
		{"大湾区", "粤港澳大湾区", 11, nil},
		{"泛珠", "泛珠三角", 11, []string{"360000", "810000"}},
		{"长江经济带", "长江经济带", 11, []string{"360000", "500000"}},
		{"新宜萍", "赣西", 3, []string{"360300", "360500", "360900"}},
		{"丰樟高", "丰樟高", 3, []string{"360981", "360982", "360983"}},
		{"海西", "海峡西岸经济区", 12, []string{"350000"}},
		{"昌九都市圈", "昌九", 2, []string{"360100", "360400"}},
		{"湘赣边区域", "湘赣边", 0, nil},
		{"一带一路", "一带一路", 0, nil},
		{"西部地区", "西部地区", 12, []string{"520000"}},
		{"长江中游城市群", "长江中游城市群", 31, []string{"360300"}},
	} {
		t.Run(tc.key, func(t *testing.T) {
			gr, ok := g.Group(tc.key)
			if !ok {
				t.Fatalf("no group %s", tc.key)
			}
			if gr.Name != tc.name || len(gr.Members) != tc.members {
				t.Errorf("got %s with %d members, want %s with %d", gr.Name, len(gr.Members), tc.name, tc.members)
			}
			for _, c := range tc.has {
				if !slices.Contains(gr.Members, c) {
					t.Errorf("%s lacks %s", gr.Name, c)
				}
			}
		})
	}
	if gr, _ := g.Group("长株潭"); gr.Pinyin != "changzhutan" {
		t.Errorf("长株潭 pinyin %q", gr.Pinyin)
	}
}

// TestPinyin checks place-name readings that per-character pinyin gets wrong.
func TestPinyin(t *testing.T) {
	g := load(t)
	for _, tc := range []struct{ name, pinyin, short string }{
		{"长沙市", "changshashi", "changsha"},
		{"重庆市", "chongqingshi", "chongqing"},
		{"厦门市", "xiamenshi", "xiamen"},
		{"六安市", "luanshi", "luan"},
		{"蚌埠市", "bengbushi", "bengbu"},
		{"番禺区", "panyuqu", "panyu"},
		{"丽水市", "lishuishi", "lishui"},
		{"乐清市", "yueqingshi", "yueqing"},
		{"东阿县", "dongexian", "donge"},
		{"铅山县", "yanshanxian", "yanshan"},
		{"婺源县", "wuyuanxian", "wuyuan"},
		{"莘县", "shenxian", ""},
		{"单县", "shanxian", ""},
		{"大埔县", "dabuxian", "dabu"},
		{"黄埔区", "huangpuqu", "huangpu"},
		{"萍乡市", "pingxiangshi", "pingxiang"},
		{"长子县", "zhangzixian", "zhangzi"},
		{"乐亭县", "laotingxian", "laoting"},
		{"乐陵市", "laolingshi", "laoling"},
		{"蔚县", "yuxian", ""},
		{"尉犁县", "yulixian", "yuli"},
		{"洪洞县", "hongtongxian", "hongtong"},
		{"歙县", "shexian", ""},
		{"涡阳县", "guoyangxian", "guoyang"},
		{"泌阳县", "biyangxian", "biyang"},
		{"浚县", "xunxian", ""},
		{"黄陂区", "huangpiqu", "huangpi"},
		{"宁都县", "ningduxian", "ningdu"},
		{"成都市", "chengdushi", "chengdu"},
		{"喀什市", "kashishi", "kashi"},
		{"闵行区", "minhangqu", "minhang"},
		{"六合区", "luhequ", "luhe"},
		{"筠连县", "junlianxian", "junlian"},
		{"繁峙县", "fanshixian", "fanshi"},
		{"吴堡县", "wubuxian", "wubu"},
		{"宕昌县", "tanchangxian", "tanchang"},
		{"崆峒区", "kongtongqu", "kongtong"},
		{"龙圩区", "longxuqu", "longxu"},
		{"民乐县", "minlexian", "minle"},
		{"珲春市", "hunchunshi", "hunchun"},
		{"吕梁市", "lvliangshi", "lvliang"},
		{"浏阳市", "liuyangshi", "liuyang"},
		{"上栗县", "shanglixian", "shangli"},
		{"赣县区", "ganxianqu", "ganxian"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := g.ByName(tc.name)
			if len(rs) == 0 {
				t.Fatalf("no region %s", tc.name)
			}
			for _, r := range rs {
				if r.Pinyin != tc.pinyin || r.ShortPinyin != tc.short {
					t.Errorf("%s %s: pinyin %q short %q, want %q %q", r.Code, r.Name, r.Pinyin, r.ShortPinyin, tc.pinyin, tc.short)
				}
			}
		})
	}
	for _, r := range g.Regions() {
		for _, c := range r.Pinyin {
			if c < 'a' || c > 'z' {
				t.Fatalf("%s pinyin %q is not lower-case ASCII", r.Name, r.Pinyin)
			}
		}
		if !strings.HasPrefix(r.Pinyin, r.ShortPinyin) {
			t.Errorf("%s: short pinyin %q is not a prefix of %q", r.Name, r.ShortPinyin, r.Pinyin)
		}
	}
}

// TestVariants confirms the precomputed variants column against the OpenCC
// conversion the extractor uses: every form a name takes after t2s (of the
// name itself or of its traditional spelling) that differs from the name is
// listed, and every listed variant survives t2s, so that it can occur in
// converted text (濬县 and 澂江 are older traditional names kept by t2s).
func TestVariants(t *testing.T) {
	g := load(t)
	t2s, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	s2t, err := opencc.New("s2t")
	if err != nil {
		t.Fatal(err)
	}
	conv := func(cc *opencc.OpenCC, s string) string {
		out, err := cc.Convert(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	changed := 0
	for _, r := range g.Regions() {
		for _, k := range []string{r.Name, r.Short} {
			if k == "" {
				continue
			}
			for _, v := range []string{conv(t2s, k), conv(t2s, conv(s2t, k))} {
				if v != k {
					changed++
					if !slices.Contains(r.Variants, v) {
						t.Errorf("%s %s: t2s variant %s of %s missing from the variants column", r.Code, r.Name, v, k)
					}
				}
			}
		}
		for _, v := range r.Variants {
			if conv(t2s, v) != v {
				t.Errorf("%s %s: variant %s is not stable under t2s", r.Code, r.Name, v)
			}
		}
	}
	if changed == 0 {
		t.Errorf("no name changes under t2s; expected 乾县 and 乾安县")
	}
	// The extractor converts 乾縣 and must find 乾县 (610424).
	for _, trad := range []string{"乾縣", "乾安縣", "萍鄉市", "瀏陽市"} {
		s := conv(t2s, trad)
		if len(g.ByName(s)) != 1 {
			t.Errorf("t2s(%s) = %s: not found", trad, s)
		}
	}
}

func TestNames(t *testing.T) {
	g := load(t)
	names := g.Names()
	kinds := map[NameKind]int{}
	seen := map[string]bool{}
	for _, n := range names {
		kinds[n.Kind]++
		seen[n.Key+"/"+n.Kind.String()+"/"+n.Code+n.Group] = true
	}
	if kinds[FullName] != len(g.Regions()) || kinds[Abbreviation] != 41 || kinds[GroupName] != len(g.Groups()) || kinds[PrefectureName] != 30 {
		t.Errorf("kinds %v", kinds)
	}
	if kinds[AutonomousCountyName] < 100 || kinds[AutonomousCountyName] > 120 {
		t.Errorf("%d autonomous counties' and banners' short names with 县 or 旗, want about 117 (120 less those another region holds)", kinds[AutonomousCountyName])
	}
	for _, k := range []string{"萍乡/short/360300", "萍乡市/name/360300", "赣/abbrev/360000", "疆/abbrev/650000", "长株潭城市群/group-alias/长株潭", "干县/variant/610424", "恩施州/prefecture/422800", "延边州/prefecture/222400", "芷江县/autonomous-county/431228", "通道县/autonomous-county/431230"} {
		if !seen[k] {
			t.Errorf("Names lacks %s", k)
		}
	}
}

func TestBannerShort(t *testing.T) {
	tests := []struct{ name, want string }{
		{"察哈尔右翼前旗", "察右前旗"},
		{"科尔沁左翼中旗", "科左中旗"},
		{"土默特左旗", "土左旗"},
		{"新巴尔虎右旗", "新右旗"},
		{"东乌珠穆沁旗", "东乌旗"},
		{"巴林左旗", ""}, // a base of two characters is written whole
		{"正镶白旗", ""},
		{"鄂托克前旗", ""},
		{"西乌珠穆沁县", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := bannerShort(tc.name); got != tc.want {
				t.Errorf("bannerShort(%s) = %q, want %q", tc.name, got, tc.want)
			}
		})
	}
	g := load(t)
	n := 0
	for _, nm := range g.Names() {
		if nm.Kind != BannerName {
			continue
		}
		n++
		if r, ok := g.Region(nm.Code); !ok || r.Level != County || bannerShort(r.Name) != nm.Key || len(g.ByName(nm.Key)) > 0 {
			t.Errorf("banner name %s for %s: not the short form of a county no other region's name holds", nm.Key, nm.Code)
		}
	}
	if n != 17 {
		t.Errorf("%d banners' short forms, want the 17 of Inner Mongolia's banners with a wing or a long base", n)
	}
}

func TestConcurrentUse(t *testing.T) {
	g := load(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, r := range g.Regions() {
				g.Ancestors(r.Code)
				g.ByName(r.Name)
			}
		}()
	}
	wg.Wait()
}

// TestLoadFast guards the load time budget (well under 50 ms); the best of
// a few runs is used so a busy machine does not make it flaky.
func TestLoadFast(t *testing.T) {
	best := time.Hour
	for range 5 {
		start := time.Now()
		load(t)
		best = min(best, time.Since(start))
	}
	if best > 50*time.Millisecond {
		t.Errorf("Load took %v", best)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGroupAliasesAreNotParks keeps zone names out of group aliases: the
// ontology makes 湘赣边区域合作示范区 a Park, distinct from the area 湘赣边.
func TestGroupAliasesAreNotParks(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, gr := range g.Groups() {
		for _, a := range append([]string{gr.Name}, gr.Aliases...) {
			for _, h := range []string{"示范区", "试验区", "合作区", "开发区", "产业园"} {
				if strings.HasSuffix(a, h) {
					t.Errorf("group %s has the park-like name %s", gr.Name, a)
				}
			}
		}
	}
}

// TestAmbiguousCommonWords checks the dictionary-derived ambiguity flag:
// county names that are also ordinary words or read across word boundaries
// need context; ordinary place names do not.
func TestAmbiguousCommonWords(t *testing.T) {
	g := load(t)
	for _, tc := range []struct {
		code, name string
		want       bool
	}{
		{"450329", "资源县", true}, // word: 资源 n
		{"451425", "天等县", true}, // cross: 30天等
		{"610621", "延长县", true}, // word: 延长 v
		{"632522", "同德县", true}, // idiom: 同心同德
		{"451424", "大新县", true}, // cross: 壮大新兴
		{"431023", "永兴县", true}, // hand override
		{"230227", "富裕县", true}, // word: 富裕 a
		{"340523", "和县", true},  // stem: 市和县
		{"621221", "成县", true},  // stem: 形成县域
		{"623001", "合作市", true},
		{"445321", "新兴县", true},
		{"360300", "萍乡市", false},
		{"653101", "喀什市", false}, // shares 喀什 only with its own prefecture
		{"360322", "上栗县", false},
		{"430100", "长沙市", false},
		{"360881", "井冈山市", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := g.Region(tc.code)
			if !ok || r.Name != tc.name {
				t.Fatalf("Region(%s) = %v, want %s", tc.code, r, tc.name)
			}
			if r.Ambiguous != tc.want {
				t.Errorf("Ambiguous = %v, want %v", r.Ambiguous, tc.want)
			}
		})
	}
}

// TestGroupsNationwide looks groups up by name and alias across the city
// clusters, metropolitan areas, strategy areas, old revolutionary and
// poverty areas and the customary sub-provincial areas.
func TestGroupsNationwide(t *testing.T) {
	g := load(t)
	for _, tc := range []struct {
		key, name string
		members   int // -1: not checked
		has       []string
	}{
		// city clusters
		{"天山北坡城市群", "天山北坡城市群", -1, []string{"650100"}},
		{"天山北坡", "天山北坡城市群", -1, nil},
		{"长江中游城市群", "长江中游城市群", 31, nil},
		{"北部湾城市群", "北部湾城市群", 15, []string{"450100"}},
		{"黔中城市群", "黔中城市群", 6, []string{"520100"}},
		{"滇中城市群", "滇中城市群", 5, []string{"530100"}},
		// a province's abbreviation and a direction is the area, apart from the cluster
		{"黔中", "黔中", 0, nil},
		{"滇中", "滇中", 4, []string{"530100"}},
		{"辽中南", "辽中南", 10, []string{"210100"}},
		{"宁夏沿黄城市群", "宁夏沿黄城市群", 4, []string{"640100"}},
		{"中原经济区", "中原经济区", 14, []string{"410000", "140400"}},
		{"华东地区", "华东地区", 7, []string{"310000", "370000"}},
		{"西南地区", "西南地区", 5, []string{"540000"}},
		{"晋中城市群", "山西中部城市群", 5, []string{"140100", "140700"}},
		{"呼包鄂榆", "呼包鄂榆城市群", 4, []string{"610800"}},
		{"兰西城市群", "兰西城市群", 6, nil},
		{"关中平原城市群", "关中平原城市群", 11, nil},
		{"中原城市群", "中原城市群", 30, nil},
		{"哈长", "哈长城市群", 11, nil},
		{"辽中南城市群", "辽中南城市群", 10, []string{"210100", "210200"}},
		{"山东半岛城市群", "山东半岛城市群", 1, []string{"370000"}},
		{"海峡西岸城市群", "海峡西岸经济区", 12, nil},
		{"成渝城市群", "成渝地区双城经济圈", 16, nil},
		{"京津冀城市群", "京津冀", 3, nil},
		{"长三角城市群", "长江三角洲城市群", 26, nil},
		{"珠三角城市群", "珠三角", 9, nil},
		// metropolitan areas
		{"南京都市圈", "南京都市圈", 10, []string{"320100", "341100"}},
		{"成德眉资", "成都都市圈", 4, nil},
		{"首都都市圈", "现代化首都都市圈", 0, nil},
		{"上海大都市圈", "上海大都市圈", 9, []string{"310000", "330900"}},
		{"厦漳泉", "厦漳泉都市圈", 3, nil},
		{"武汉都市圈", "武汉城市圈", 9, nil},
		{"长株潭都市圈", "长株潭", 3, nil},
		{"兰州都市圈", "兰州—白银都市圈", 2, nil},
		// belts, corridors, strategies
		{"G60科创走廊", "长三角G60科创走廊", 9, []string{"310117"}},
		{"珠江-西江经济带", "珠江—西江经济带", 11, nil},
		{"淮河生态经济带", "淮河生态经济带", 25, nil},
		{"汉江生态经济带", "汉江生态经济带", 0, nil},
		{"陆海新通道", "西部陆海新通道", 15, []string{"440800", "431200"}},
		{"京津冀协同发展", "京津冀", 3, nil},
		{"东北振兴", "东北", 3, nil},
		{"中西部地区", "中西部地区", 18, nil},
		{"丝绸之路经济带核心区", "丝绸之路经济带核心区", 1, []string{"650000"}},
		{"海南自贸港", "海南自由贸易港", 1, nil},
		{"大运河文化带", "大运河文化带", 8, nil},
		// old revolutionary areas, poverty areas
		{"赣闽粤原中央苏区", "原中央苏区", 0, nil},
		{"陕甘宁老区", "陕甘宁革命老区", 8, nil},
		{"大别山革命老区", "大别山革命老区", 0, nil},
		{"武陵山片区", "武陵山区", 0, nil},
		{"燕山-太行山区", "燕山—太行山区", 0, nil},
		{"罗霄山区", "罗霄山区", 0, nil},
		{"南疆四地州", "南疆四地州", 4, []string{"653100", "653000"}},
		{"四省藏区", "四省涉藏州县", 0, nil},
		// sub-provincial areas
		{"南疆地区", "南疆", 5, []string{"653100"}},
		{"南疆", "南疆", 5, nil},
		{"皖北", "皖北", 6, []string{"341300"}},
		{"皖北地区", "皖北", 6, nil},
		{"苏南", "苏南", 5, []string{"320500"}},
		{"苏北地区", "苏北", 5, nil},
		{"粤东西北", "粤东西北", 12, nil},
		{"闽南", "闽南", 3, nil},
		{"湘西地区", "湘西", 0, nil},
		{"大湘西", "湘西", 0, nil},
		{"渝东北", "渝东北", 11, []string{"500101"}},
		{"渝东南", "渝东南", 6, nil},
		{"蒙东", "蒙东", 5, nil},
		{"蒙西地区", "蒙西", 7, nil},
		{"陕南", "陕南", 3, nil},
		{"晋东南", "晋东南", 2, nil},
		{"川东北", "川东北", 5, nil},
		{"东疆", "东疆", 2, nil},
		{"浙西南", "浙西南", 0, nil},
		{"鄂西", "鄂西", 0, nil},
	} {
		t.Run(tc.key, func(t *testing.T) {
			gr, ok := g.Group(tc.key)
			if !ok {
				t.Fatalf("no group %s", tc.key)
			}
			if gr.Name != tc.name {
				t.Errorf("Group(%s) = %s, want %s", tc.key, gr.Name, tc.name)
			}
			if tc.members >= 0 && len(gr.Members) != tc.members {
				t.Errorf("%s has %d members, want %d", gr.Name, len(gr.Members), tc.members)
			}
			for _, c := range tc.has {
				if !slices.Contains(gr.Members, c) {
					t.Errorf("%s lacks %s", gr.Name, c)
				}
			}
		})
	}
	// National new areas are Parks, national cultural parks Projects.
	for _, k := range []string{"雄安新区", "雄安", "横琴", "前海", "长城国家文化公园"} {
		if _, ok := g.Group(k); ok {
			t.Errorf("%s is a group; the ontology types it Park or Project", k)
		}
	}
	// Macro-regions that mostly qualify a noun bare are named only with 地区.
	for _, k := range []string{"中西部", "西南", "华中", "西北", "华东", "华北", "华南"} {
		if _, ok := g.Group(k); ok {
			t.Errorf("%s is a group; only %s地区 should be", k, k)
		}
		if _, ok := g.Group(k + "地区"); !ok {
			t.Errorf("%s地区 is no group", k)
		}
	}
	// Customary areas have their X地区 alias.
	for _, k := range []string{"皖北", "皖南", "苏南", "苏中", "苏北", "南疆", "北疆", "东疆", "粤东", "粤西", "粤北",
		"闽东", "闽西", "闽南", "闽北", "桂西", "湘南", "湘西", "湘东", "鄂西", "豫东", "鲁南", "冀北", "晋北",
		"陕北", "陕南", "关中", "川南", "渝西", "黔北", "滇西", "藏东", "蒙东", "蒙西", "辽西", "吉东", "黑东", "赣南"} {
		gr, ok := g.Group(k)
		if !ok || gr.Name != k || !slices.Contains(gr.Aliases, k+"地区") {
			t.Errorf("group %s missing or without the alias %s地区", k, k)
		}
	}
}

// TestGroupMembersResolve checks every member code names a region and that a
// group lists no region twice.
func TestGroupMembersResolve(t *testing.T) {
	g := load(t)
	if n := len(g.Groups()); n < 200 {
		t.Errorf("%d groups, want >= 200", n)
	}
	for _, gr := range g.Groups() {
		seen := map[string]bool{}
		for _, c := range gr.Members {
			if _, ok := g.Region(c); !ok {
				t.Errorf("%s: member %s is no region", gr.Name, c)
			}
			if seen[c] {
				t.Errorf("%s: member %s twice", gr.Name, c)
			}
			seen[c] = true
		}
	}
}

// TestGroupRegionCollisions: no group name or alias equals a region's full
// name, short name or variant unless the group declares it in Collides (湘西,
// 湘东, 海西); every declared collision is real.
func TestGroupRegionCollisions(t *testing.T) {
	g := load(t)
	isRegion := func(k string) bool { return len(g.ByName(k)) > 0 || len(g.ByShort(k)) > 0 }
	declared := map[string]bool{}
	for _, gr := range g.Groups() {
		for _, k := range append([]string{gr.Name}, gr.Aliases...) {
			if isRegion(k) && !slices.Contains(gr.Collides, k) {
				t.Errorf("group %s: %s is also a region name and is not declared", gr.Name, k)
			}
		}
		for _, k := range gr.Collides {
			declared[k] = true
			if !isRegion(k) {
				t.Errorf("group %s declares %s, which is no region name", gr.Name, k)
			}
			if k != gr.Name && !slices.Contains(gr.Aliases, k) {
				t.Errorf("group %s declares %s, which is not its name or alias", gr.Name, k)
			}
		}
	}
	for _, k := range []string{"湘西", "湘东", "海西"} {
		if !declared[k] {
			t.Errorf("%s: expected a declared collision", k)
		}
	}
	// 桂东 stays 桂东县 alone; east Guangxi is only 桂东地区.
	if gr, ok := g.Group("桂东"); ok {
		t.Errorf("桂东 is group %s; it must stay the county", gr.Name)
	}
	if gr, ok := g.Group("桂东地区"); !ok || len(gr.Members) != 4 {
		t.Errorf("桂东地区 missing or wrong members")
	}
	// 湘西 stays a region key: the extractor decides by context.
	if rs := g.ByShort("湘西"); len(rs) != 1 || rs[0].Code != "433100" {
		t.Errorf("ByShort(湘西) = %v, want 433100", codes(rs))
	}
}

// TestNotGroups: names left out on purpose (gen/groups.txt says why).
func TestNotGroups(t *testing.T) {
	g := load(t)
	for _, name := range []string{"港澳", "东盟", "革命老区", "雄安新区"} {
		t.Run(name, func(t *testing.T) {
			if gr, ok := g.Group(name); ok {
				t.Errorf("%s is a group (%s); it should not be", name, gr.Name)
			}
		})
	}
}

func TestTownNames(t *testing.T) {
	g := load(t)
	ts := g.TownNames()
	if len(ts) < 20000 {
		t.Fatalf("%d town names, want over 20,000", len(ts))
	}
	counties := map[string][]string{}
	for _, tn := range ts {
		counties[tn.Key] = append(counties[tn.Key], tn.County)
		// no key is a region's name, short name or variant: the gazetteer reads those as regions
		if len(g.ByName(tn.Key)) > 0 || len(g.ByShort(tn.Key)) > 0 {
			t.Errorf("town key %s (%s) is a region's name", tn.Key, tn.County)
		}
		for _, r := range g.Regions() {
			if slices.Contains(r.Variants, tn.Key) {
				t.Errorf("town key %s (%s) is a variant of %s", tn.Key, tn.County, r.Name)
			}
		}
		if _, ok := g.Region(tn.County); !ok {
			t.Errorf("town key %s: unknown county %s", tn.Key, tn.County)
		}
	}
	for _, tc := range []struct{ key, county string }{
		{"良乡", "110111"},  // 房山区良乡地区
		{"宁东", "640181"},  // 灵武市宁东镇
		{"寸滩", "500105"},  // 江北区寸滩街道 (kept, see SOURCE.md)
		{"黄蒿界", "610824"}, // 靖边县黄蒿界镇
		{"准东", "652302"},  // 阜康市准东街道
		{"于家务", "110112"}, // 通州区于家务回族乡: the ethnic name stripped
		{"回龙观", "110114"}, // 昌平区回龙观街道
	} {
		if !slices.Contains(counties[tc.key], tc.county) {
			t.Errorf("town %s: counties %v, want %s", tc.key, counties[tc.key], tc.county)
		}
	}
	// Left out: region names (沙河市, 安定区), generic names towns of many
	// provinces share, ordinary words, numerals.
	for _, k := range []string{"沙河", "安定", "城关", "新城", "城东", "工业园", "高新", "温泉", "三里屯", "东南", "开发区"} {
		if len(counties[k]) > 0 {
			t.Errorf("town key %s (%v) should be left out", k, counties[k])
		}
	}
}

// TestTownsNamedLikeRegions: a county's towns named like a region outside
// it and its city are listed (古田镇 of 上杭县, 古田县 in 宁德市); a town named
// after its own county or city is not.
func TestTownsNamedLikeRegions(t *testing.T) {
	g := load(t)
	for _, tc := range []struct {
		county, key string
		want        bool
	}{
		{"350823", "古田", true},  // 上杭县古田镇; 古田县 of 宁德市
		{"532901", "海东", true},  // 大理市海东镇; 海东市 of 青海
		{"350922", "古田", false}, // 古田县 itself
	} {
		if got := slices.Contains(g.TownsNamedLikeRegions(tc.county), tc.key); got != tc.want {
			t.Errorf("TownsNamedLikeRegions(%s) holds %s: %v, want %v", tc.county, tc.key, got, tc.want)
		}
	}
	for i, keys := range g.loadedRegionTowns() {
		r, code := g.regions[i], g.regions[i].Code
		for _, k := range keys {
			outside := slices.ContainsFunc(append(g.ByName(k), g.ByShort(k)...), func(o *Region) bool { return o != r && o.Code != r.Parent })
			if !outside {
				t.Errorf("%s of %s names no region outside the county and its city", k, code)
			}
		}
	}
}

// TestBorders: the provinces' land borders, both ways; islands border none.
func TestBorders(t *testing.T) {
	g := load(t)
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		{"江苏 and 安徽", "320000", "340000", true},
		{"安徽 and 江苏, the other way", "340000", "320000", true},
		{"江苏 and 河南 do not meet", "320000", "410000", false},
		{"北京 and 天津", "110000", "120000", true},
		{"广东 and 香港", "440000", "810000", true},
		{"海南 borders no province by land", "460000", "440000", false},
		{"四川 and 西藏", "510000", "540000", true},
		{"a city is no province", "320100", "340100", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := g.Borders(tt.a, tt.b); got != tt.want {
				t.Errorf("Borders(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
	if n := len(g.Neighbours("620000")); n != 6 {
		t.Errorf("甘肃 has %d neighbours, want 6 (内蒙古, 宁夏, 陕西, 四川, 青海, 新疆)", n)
	}
}

// TestKeyFilter checks that loadTowns' filter holds every key of byName
// and byShort, and that it rules out most town keys.
func TestKeyFilter(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	f := newKeyFilter(g.regions)
	for _, m := range []index[*Region]{g.byName, g.byShort} {
		for _, k := range m.keys {
			if !f.has(k) {
				t.Errorf("the filter lacks %s", k)
			}
		}
	}
	n := 0
	for _, tn := range g.loadedTowns() {
		if f.has(tn.Key) {
			n++
		}
	}
	if n > len(g.towns)/4 {
		t.Errorf("the filter passes %d of %d town keys", n, len(g.towns))
	}
	t.Logf("the filter passes %d of %d town keys", n, len(g.towns))
}

// TestFilesReadAtFirstUse checks the three files Load leaves to their
// first use (towns.tsv, positions.tsv, regiontowns.tsv): each reads
// without error and gives what its users expect, so that the panic of a
// corrupt file is a failure here and never in a kg process.
func TestFilesReadAtFirstUse(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if g.towns != nil || g.positions != nil || g.regionTowns != nil {
		t.Error("Load read a file left to its first use")
	}
	if err := g.loadTowns(); err != nil || len(g.TownNames()) < 20000 {
		t.Errorf("towns.tsv: %v, %d towns", err, len(g.TownNames()))
	}
	n := 0
	for _, p := range g.loadedPositions() {
		if p.Lng != 0 {
			n++
		}
	}
	if err := g.loadPositions(); err != nil || n < 3000 {
		t.Errorf("positions.tsv: %v, %d positions", err, n)
	}
	n = 0
	for _, ks := range g.loadedRegionTowns() {
		if len(ks) > 0 {
			n++
		}
	}
	if err := g.loadRegionTowns(); err != nil || n == 0 {
		t.Errorf("regiontowns.tsv: %v, %d counties", err, n)
	}
}

// TestAbbrevNames checks that AbbrevNames is the abbreviations of Names,
// in their order.
func TestAbbrevNames(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	var want []Name
	for _, n := range g.Names() {
		if n.Kind == Abbreviation {
			want = append(want, n)
		}
	}
	if got := g.AbbrevNames(); len(want) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("AbbrevNames() = %d names, want the %d of Names", len(got), len(want))
	}
}
