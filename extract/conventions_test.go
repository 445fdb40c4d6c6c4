package extract

import (
	"os"
	"slices"
	"strings"
	"testing"

	kg "github.com/cnplan/kg"
)

// The tables below are the capabilities of issue 7 written as the
// ontology's cases: each row is a sentence or two of planning language and
// what the graph must, and must not, hold. None is a phrase of the corpus.

// Titles of other provinces, so that no case leans on the Jiangxi seeds.
const (
	sichuanTitle  = "四川省推动成渝地区双城经济圈建设行动方案\n"
	guizhouTitle  = "贵州省关于深化东西部协作的实施意见\n"
	hainanTitle   = "海南省推进自由贸易港建设工作方案\n"
	xinjiangTitle = "新疆维吾尔自治区对口援疆工作方案\n"
	reportStart   = "政府工作报告\n——2026年1月20日在甘肃省第十四届人民代表大会第四次会议上\n省长 某某\n各位代表：\n"
)

// mentioned returns the names of the entities g says document t.txt
// mentions.
func mentioned(g *kg.Graph) []string {
	var out []string
	for _, e := range g.Entities {
		if e.MentionsByDocument["doc:t.txt"] > 0 {
			out = append(out, e.Name)
		}
	}
	slices.Sort(out)
	return out
}

func TestSubjectRegion(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // subject entity name; "" for none
	}{
		{"title", "黑龙江省冰雪经济发展规划\n推进冰雪旅游。", "黑龙江省"},
		{"an autonomous county's title in its everyday form", "通道县2026年政府工作报告\n推进发展。", "通道侗族自治县"},
		{"a notice cited in 《》 in the text is another document's", "辽宁省与江苏省对口合作实施方案\n按照《国务院办公厅关于印发东北地区与东部地区部分省市对口合作工作方案的通知》有关要求，推动两省开展深度合作。", "辽宁省"},
		{"a plan a title cites in 《》 is not its subject", "关于贯彻落实《粤港澳大湾区发展规划纲要》的实施意见\n有利于深化互利合作。", ""},
		{"title with a county under its city", "赣州市赣县区对接融入粤港澳大湾区行动方案\n正文。", "赣县区"},
		{"关于印发 line", "各市人民政府：\n现将《关于加快发展的若干意见》印发给你们。\n山东省人民政府关于印发加快发展若干措施的通知\n正文。", "山东省"},
		{"assembly line of a work report", reportStart + "过去一年，全省经济稳中有进。", "甘肃省"},
		{"speaker's body", "政府工作报告\n各位代表：\n现在，我代表云南省人民政府，向大会报告工作。", "云南省"},
		{"office line", "政府工作报告\n河南省人民政府省长 某某\n各位代表：", "河南省"},
		{"dominant jurisdiction", "工作要点\n支持宁夏发展。宁夏要做好。宁夏枸杞。宁夏葡萄酒。宁夏旅游。银川很美。", "宁夏回族自治区"},
		{"a group as subject", "长三角生态绿色一体化发展示范区建设方案\n正文。", ""},
		{"none", "工作要点\n做好各项工作。", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := newTestExtractor(t).Extract([]Input{{Name: "t.txt", Data: []byte(tc.text)}}, nil)
			if len(res.Graph.Documents) != 1 {
				t.Fatalf("got %d documents: %v", len(res.Graph.Documents), res.Problems)
			}
			subj := res.Graph.Documents[0].Subject
			got := ""
			for _, e := range res.Graph.Entities {
				if e.ID == subj {
					got = e.Name
				}
			}
			if tc.name == "a group as subject" {
				if !strings.HasPrefix(subj, "regionGroup:") && !strings.HasPrefix(subj, "park:") {
					t.Errorf("subject %q, want the group or zone the title names", subj)
				}
				return
			}
			if got != tc.want {
				t.Errorf("subject %q (%s), want %q", got, subj, tc.want)
			}
			found := false
			for _, p := range res.Problems {
				if p.Code == DiagNoSubject {
					found = true
				}
			}
			if found != (tc.want == "") {
				t.Errorf("subject-not-found finding %v, want %v", found, tc.want == "")
			}
		})
	}
}

func TestRegionsEverywhere(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string // entity names mentioned / not mentioned
	}{
		{"short forms of autonomous regions", guizhouTitle + "深化与广西、西藏、新疆、内蒙古、宁夏的交流。",
			[]string{"广西壮族自治区", "西藏自治区", "新疆维吾尔自治区", "内蒙古自治区", "宁夏回族自治区"}, nil},
		{"a city's short name is the city over other cities' districts; a common word's is not", "四川省政府工作报告\n推动成都与西安、昆明协作，建设大同社会。",
			[]string{"西安市", "昆明市"}, []string{"西安区", "大同市", "大同区"}},
		{"a bare place across the border near the subject city is its partner", "岳阳市2025年政府工作报告\n加强与通城、赤壁合作，加强与浦城合作，推动和平发展。",
			[]string{"通城县", "赤壁市"}, []string{"通道侗族自治县", "城步苗族自治县", "浦城县", "和平县"}},
		{"autonomous counties written in their everyday form with 县", "怀化市2026年政府工作报告\n推动芷江县、麻阳县与贵州联动发展。",
			[]string{"芷江侗族自治县", "麻阳苗族自治县", "贵州省"}, nil},
		{"a county that is a common word is the county right after its province", "常德市2026年政府工作报告\n推动澧县、石门与湖北公安、松滋联动发展，平武与甘肃文县协作，加强公安工作。",
			[]string{"公安县", "文县"}, nil},
		{"a place is named before the body or office its suffix opens", "闽西南协同发展区联席会议召开\n漳州市委书记、泉州市长、福建省委常委出席，清新区委书记率团赴花都区考察；推进和县城市更新，建设东方市场。",
			[]string{"漳州市", "泉州市", "福建省", "清新区", "花都区"}, []string{"和县", "东方市"}},
		{"全省 and 全市 in a county's report mean its province and city without naming them", "玉屏侗族自治县2023年政府工作报告\n地区生产总值增长0.6%、排全市第4位，增速排全省第2位。",
			[]string{"玉屏侗族自治县"}, []string{"铜仁市", "贵州省"}},
		{"an ambiguous name listed with places of its level and province is one of them", "内蒙古自治区人民政府关于推进京蒙协作的意见\n加强与张家口、承德、大同、忻州等毗邻地区联防联治，推进资产、资源、资金整合。",
			[]string{"大同市", "忻州市"}, []string{"大同区", "资源县"}},
		{"an ambiguous county listed with counties of its province is the county", "首届湘赣边区域合作交流会召开\n得到井冈山、莲花、醴陵等县市响应。",
			[]string{"莲花县", "井冈山市"}, nil},
		{"a macro-region's name right after a place or group is that place's side", "四川省人民政府关于印发某方案的通知\n有利于拓展优化成渝中部地区发展空间，山西中部城市群东北临京津冀城市群，加强与东北地区合作。",
			[]string{"京津冀", "东北"}, []string{"中部地区"}},
		{"an area named first in another area's name is named", "江西省推动湘赣边区域合作示范区建设行动方案\n坚持联动赣南等原中央苏区振兴发展。",
			[]string{"赣南", "原中央苏区"}, nil},
		{"a run of cities that a local nickname opens or holds names the cities", "宣城市人民政府关于印发宣城市融入长三角行动方案的通知\n建成一小时通达沪宁杭的骨干交通体系，深化沿沪宁产业创新带建设。",
			[]string{"上海市", "南京市", "杭州市"}, []string{"宁夏回族自治区"}},
		{"abbreviation run as parties", guizhouTitle + "推动川渝合作和闽宁协作。",
			[]string{"四川省", "重庆市", "福建省", "宁夏回族自治区"}, nil},
		{"a place at the end of a word in apposition", guizhouTitle + "选派青年教师赴首都北京研修，前进道路不会一马平川，保护黄河口湿地。",
			[]string{"北京市"}, []string{"平川区", "河口区"}},
		{"a run of places across a border, each a place under a province", "四川省政府工作报告\n深化川渝合作，推进遂潼一体化发展。",
			[]string{"遂宁市", "潼南区"}, []string{"潼关县"}},
		{"a run across a border opens the name of its zone", "重庆市政府工作报告\n推进万开云同城化发展，建好达万开川渝统筹发展示范区。",
			[]string{"达万开川渝统筹发展示范区", "万州区", "开州区", "云阳县"}, nil},
		{"a far county's name made of the initials of a pair named beside it", "关于印发《东西部协作实施方案》的通知\n推动深圳与百色、广州与河池开展对口协作，共建深百产业园、广河产业园。",
			[]string{"深圳市", "百色市", "广州市", "河池市"}, []string{"广河县"}},
		{"a city's nickname in a run of its province's places", "浙江省政府工作报告\n推进杭绍甬一体化，加快甬舟一体化发展。",
			[]string{"杭州市", "绍兴市", "宁波市", "舟山市"}, nil},
		{"a common-word county far away needs a place beside it too", "重庆市政府工作报告\n学习武汉、天津经验。实施“两岸青山”绿化行动，推进河西新能源基地建设。",
			[]string{"武汉市", "天津市"}, []string{"青山区", "河西区"}},
		{"a place before 道 alone is a street", "天津市政府工作报告\n推进成都道、洛阳道街区更新，改造大理道—中心公园片区，实施四川道路改造，建设中国—中亚合作中心。",
			[]string{"四川省", "中国—中亚合作中心"}, []string{"成都市", "洛阳市", "大理白族自治州", "大理市", "大理道—中心"}},
		{"sub-provincial area", guizhouTitle + "支持皖北地区和苏北承接产业转移。", []string{"皖北", "苏北"}, nil},
		{"city cluster of another province", guizhouTitle + "学习天山北坡城市群经验。", []string{"天山北坡城市群"}, nil},
		{"a county name that is an ordinary word", guizhouTitle + "盘活闲置资源，实现富裕，天等多久，永兴百业。", nil,
			[]string{"资源县", "富裕县", "天等县", "永兴县"}},
		{"an ordinary-word county in its own province", "广西壮族自治区政府工作报告\n盘活国有资产、资源、资金，传承红色资源，推进矿产资源储备基地建设。", nil,
			[]string{"资源县"}},
		{"an ordinary-word county beside its places or opening a name", "广西壮族自治区政府工作报告\n推进龙胜、资源、全州等县发展，建设资源县城，推进平果、大新铝产业园。",
			[]string{"资源县", "大新县"}, nil},
		{"a city's short name used as a common word", guizhouTitle + "在酒泉发射卫星，把更多真金白银用于民生，办好六十周年大庆，祝愿幸福安康。",
			[]string{"酒泉市"}, []string{"白银市", "大庆市", "安康市"}},
		{"a city's short name where a place stands", guizhouTitle + "深化与大庆、安康的合作，支持白银市发展。",
			[]string{"大庆市", "安康市", "白银市"}, nil},
		{"和县 from single characters", guizhouTitle + "城市和县城同步推进，形成县域经济。", nil, []string{"和县", "成县"}},
		{"a name straddling words", guizhouTitle + "主动适应城市发展新阶段。", nil, []string{"应城市"}},
		{"a lake is not its county", guizhouTitle + "保护鄱阳湖生态。", nil, []string{"鄱阳县"}},
		{"a county named after its lake, in a lake's context", "浙江省政府工作报告\n加强西湖、千岛湖等重点湖泊保护，推进南湖水环境治理，建设环南湖生态带。",
			nil, []string{"西湖区", "南湖区"}},
		{"the same name as a county in a list of regions", "浙江省政府工作报告\n支持西湖、滨江、南湖发展数字经济。",
			[]string{"西湖区", "南湖区"}, nil},
		{"a settlement named after a county is no county", "陕西省政府工作报告\n推进甘泉堡、富县营等村庄整治。", nil,
			[]string{"甘泉县"}},
		{"a name listed with regions though it straddles a word", guizhouTitle + "在册亨、望谟、罗甸推进易地搬迁，支持紫金山、太湖、钟山等实验室。",
			[]string{"册亨县", "望谟县", "罗甸县"}, []string{"太湖县"}},
		{"a city and a county of one name under one prefecture", xinjiangTitle + "支持伊宁发展口岸经济。", []string{"伊宁市"}, []string{"伊宁县"}},
		{"one-character endpoints are implied", sichuanTitle + "加快渝昆高铁建设。", []string{"渝昆高铁"},
			[]string{"昆明市"}},
		{"宁 is 南京 in a run of initials in 江苏, a run the dictionary reads as one name", "江苏省政府工作报告\n推进宁镇扬一体化发展。",
			[]string{"南京市", "镇江市", "扬州市"}, nil},
		{"a run of cities' initials before what binds them", "福建省政府工作报告\n加快福莆宁一体化。",
			[]string{"福州市", "莆田市", "宁德市"}, nil},
		{"a run of two cities' initials", "山西省政府工作报告\n推动太忻一体化发展。", []string{"太原市", "忻州市"}, nil},
		{"runs of initials in a list, a city by its second character in a long run", "江苏省政府工作报告\n推动锡常泰、苏锡常等一体发展。",
			[]string{"无锡市", "常州市", "泰州市", "苏州市"}, nil},
		{"a run of initials needs a follower, words of one character each, and places of the province", "广东省政府工作报告\n推动山海协作，深化文旅融合，推进广深发展，推动港澳合作。",
			[]string{"香港特别行政区", "澳门特别行政区"}, []string{"汕尾市", "山海关区", "广州市", "深圳市", "文昌市", "舟山市"}},
		{"a province's short name shared with far places is the province", "湖南省政府工作报告\n加强与广东、海南合作，学习河南经验。",
			[]string{"海南省", "河南省"}, []string{"海南藏族自治州", "海南区", "河南蒙古族自治县"}},
		{"a short name shared with a province is the place of the subject's province", "青海省政府工作报告\n推进海南、海北生态保护。",
			[]string{"海南藏族自治州"}, []string{"海南省"}},
		{"a far county's full name that ends a local name is no mention of it", "广东省政府工作报告\n推进江门银湖湾滨海新区建设。\n",
			[]string{"江门市"}, []string{"滨海新区"}},
		{"a far county's full name after its city or alone is the county", "广东省政府工作报告\n学习天津滨海新区经验。",
			[]string{"滨海新区", "天津市"}, nil},
		{"a posting names its region", "云南省政府工作报告\n做好驻京、驻沪等联络服务工作。", []string{"北京市", "上海市"}, nil},
		{"aid names its regions", "安徽省政府工作报告\n做好民族宗教、援藏援疆等工作。", []string{"西藏自治区", "新疆维吾尔自治区"}, nil},
		{"a quoted programme holds its places", "新疆维吾尔自治区政府工作报告\n加快“疆算入渝”，开行首列“粤新快线”。", nil,
			[]string{"重庆市", "广东省"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, mentioned(extractText(t, tc.text)), tc.want, tc.not)
		})
	}
}

func TestNamedEntities(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"one name of works vouches for a listed item with its head, not a college or a zone for a kind", "西藏自治区政府工作报告\n加快甲玛铜多金属矿、春风铅锌矿建设。推动陕西师范大学教育学院、未来技术学院建设，推进拉萨国家自主创新示范区、现代农业示范区建设。",
			[]string{"甲玛铜多金属矿", "春风铅锌矿", "陕西师范大学教育学院", "拉萨国家自主创新示范区"}, []string{"未来技术学院", "现代农业示范区"}},
		{"works done on a facility in two words are one project with it", "湖南省政府工作报告\n推进岳阳城陵矶船闸扩容改造，建设常德港。",
			[]string{"岳阳城陵矶船闸扩容改造"}, []string{"岳阳城陵矶船闸扩容"}},
		{"a count that agrees with a list's items makes names of them, not of kinds", "四川省政府工作报告\n加快建设乌当、哇让、两河口3个抽水蓄能电站，建设光伏、风电2个大型电站，推进甲、乙2个抽水蓄能电站。",
			[]string{"乌当抽水蓄能电站", "哇让抽水蓄能电站", "两河口抽水蓄能电站"}, []string{"风电大型电站", "光伏大型电站", "甲抽水蓄能电站"}},
		{"roads named by their ends before 等公路 are roads, a road's word before another class is none", "甘肃省政府工作报告\n开工临夏至夏河等公路项目，建成舟曲至迭部、玛曲至碌曲等公路，加快陇南公路港、陇货冷链等公路物流项目建设。",
			[]string{"临夏至夏河公路", "舟曲至迭部公路", "玛曲至碌曲公路", "陇货冷链"}, []string{"临夏至夏河公路项目", "陇货冷链公路"}},
		{"a long item of a list of projects is named whole, an item longer than any name not at all", "甘肃省政府工作报告\n推动宏源铝电45万吨绿电铝产能置换转型升级技改、西部汇能8万吨再生铝等项目建设。推动宏源铝电集团45万吨绿电铝产能置换转型升级技术改造工程、汇能8万吨再生铝等项目建设。",
			[]string{"宏源铝电45万吨绿电铝产能置换转型升级技改", "西部汇能8万吨再生铝"}, []string{"源铝电45万吨绿电铝产能置换转型升级技改", "电集团45万吨绿电铝产能置换转型升级技术改造工程", "团45万吨绿电铝产能置换转型升级技术改造工程"}},
		{"works on a phase of a facility end the project's name", "湖北省政府工作报告\n推进武汉天河机场三期扩建，推动宁夏中卫机场二期改扩建。",
			[]string{"武汉天河机场三期扩建", "宁夏中卫机场二期改扩建"}, []string{"武汉天河机场三期", "宁夏中卫机场二期"}},
		{"works after a head that listed places share are done on each facility", "四川省政府工作报告\n推进德阳、绵阳、广元灌区现代化改造。",
			[]string{"德阳灌区现代化改造", "绵阳灌区现代化改造", "广元灌区现代化改造", "德阳灌区"}, nil},
		{"the state's cultural parks listed before their head are named, each section and whole", "甘肃省政府工作报告\n推进长城、黄河国家文化公园甘肃段建设，建成用好长征、大运河国家文化公园。",
			[]string{"长城国家文化公园甘肃段", "长城国家文化公园", "黄河国家文化公园甘肃段", "黄河国家文化公园", "长征国家文化公园", "大运河国家文化公园"}, nil},
		{"customary sub-provincial areas of Qinghai and Ningxia are groups", "青海省政府工作报告\n推进青南地区生态保护，支持“西海固文学”创作。",
			[]string{"青南", "西海固"}, []string{"海原县"}},
		{"a water diversion is named with its head, shared or not, and its link and destination are no place", "青海省政府工作报告\n加快引黄济宁、引通济柴工程前期，推进引大济湟工程建设。",
			[]string{"引黄济宁工程", "引通济柴工程", "引大济湟工程"}, []string{"济宁市", "引黄济宁"}},
		{"a strategy that strengthens its own jurisdiction is a slogan, the nation's is named", "宁夏回族自治区政府工作报告\n实施生态立区战略、科技强区战略，实施人才兴市战略，深入实施乡村振兴战略、科教兴国战略。",
			[]string{"乡村振兴战略", "科教兴国战略"}, []string{"科技强区战略", "人才兴市战略"}},
		{"an item of a list of parks with no head of its own takes the class's", "吉林省政府工作报告\n长白山森林康养、松花湖冰雪运动等2个园区纳入国家试点，大飞机园、张江科学城等特色园区加快建设。",
			[]string{"长白山森林康养园区", "松花湖冰雪运动园区", "大飞机园", "张江科学城"}, []string{"长白山森林康养", "大飞机园园区", "张江科学城园区"}},
		{"a quoted action named by its count is a name, with its topic after a verb of doing; counted lists are not", "湖南省政府工作报告\n大力实施文旅融合“五大行动”，迭代升级“八项行动”，落实“两张清单”，开展七个专项行动。",
			[]string{"文旅融合五大行动", "八项行动"}, []string{"五大行动", "两张清单", "七个专项行动"}},
		{"an area's named waterway with its grade and head is a project", "安徽省政府工作报告\n皖北运河三级航道全线通航。",
			[]string{"皖北运河三级航道"}, nil},
		{"a phase of the state's programme before 工程 is the programme's", "甘肃省政府工作报告\n推进“三北”五期工程建设，加快南水北调二期工程。",
			[]string{"三北五期工程", "南水北调二期工程"}, nil},
		{"two initials of a province's counties name a route beside routes named by their ends", "云南省政府工作报告\n楚大、弥蒙等新线投入运营，南北、东西等新线加快建设。",
			[]string{"楚大铁路", "弥蒙铁路"}, []string{"南北铁路", "东西铁路"}},
		{"the whole province or city opens a plan's name as the state does", "湖南省政府工作报告\n力争纳入全省“十四五”综合交通运输发展规划，实施全市闲置低效项目盘活行动方案。",
			[]string{"全省十四五综合交通运输发展规划", "全市闲置低效项目盘活行动方案"}, []string{"十四五综合交通运输发展规划"}},
		{"a graduate school is an institution", "四川省政府工作报告\n建好办好西部联合研究生院。",
			[]string{"西部联合研究生院"}, nil},
		{"two fields joined by 与 name one institution, a name of its own before 与 does not", "甘肃省政府工作报告\n服务稀土功能材料制造业创新发展。4.国家锑与稀土产品质量监督检验中心。协同清洁能源基地与数据中心建设。",
			[]string{"国家锑与稀土产品质量监督检验中心"}, []string{"稀土产品质量监督检验中心", "清洁能源基地与数据中心"}},
		{"a station listed before a station's complex is a complex too", "湖北省政府工作报告\n推进武汉西站、襄阳东站综合枢纽建设。",
			[]string{"武汉西站综合枢纽", "襄阳东站综合枢纽"}, []string{"武汉西站"}},
		{"a family's name and 家 open a place in a phase's name too", "四川省政府工作报告\n开工向家湾灌区南干渠二期。",
			[]string{"向家湾灌区南干渠二期"}, []string{"家湾灌区南干渠二期"}},
		{"a longer head starting inside a head that runs on into a word is the head", "江苏省政府工作报告\n推进连云港国际港务区建设，推进南京中欧班列集结中心和国际港务区建设。",
			[]string{"连云港国际港务区", "南京国际港务区", "南京中欧班列集结中心"}, nil},
		{"a document's title written without its marks is an issuer, 关于, its subject, 的 and a document's head", "湖南省政府工作报告\n贯彻中共湖南省委关于加快建设现代化产业体系的意见，落实国务院关于新时代推动中部地区加快崛起的意见，执行省政府关于印发工作规则的通知。",
			[]string{"中共湖南省委关于加快建设现代化产业体系的意见", "国务院关于新时代推动中部地区加快崛起的意见"}, []string{"省政府关于印发工作规则的通知"}},
		{"a railway's link line or branch is a railway, a belt of towns an area, and the surrounding ones no name", "广西壮族自治区政府工作报告\n推进南宁至凭祥准轨铁路连接线、黎湛铁路支线建设，提升左右江城镇带发展能级，推动周边城镇群联动。",
			[]string{"南宁至凭祥准轨铁路连接线", "黎湛铁路支线", "左右江城镇带"}, []string{"南宁至凭祥准轨铁路", "周边城镇群"}},
		{"a firm's abbreviation opens a listed project its siblings vouch for", "湖北省政府工作报告\n中石化高端聚烯烃、国航飞机维修基地、长江存储二期等项目加快建设，高质量数据集、集成电路封装测试等项目开工。",
			[]string{"中石化高端聚烯烃", "国航飞机维修基地", "长江存储二期"}, []string{"高质量数据集", "集成电路封装测试"}},
		{"a city's ring roads are named by their order, a layout's rings and firms' names are none", "四川省政府工作报告\n成都东三环、二环路改造完成，北三环入地改造工程开工，实现三环路以内公交全覆盖。“三纵两横一环”骨架网形成，中科三环等企业落户，建设五环境整治示范区、七环网。",
			[]string{"东三环", "二环路", "北三环", "三环路"}, []string{"一环", "三环", "五环", "七环"}},
		{"the jurisdiction's own institution is named by its level and field, not by a rank or levels joined", "黑龙江省政府工作报告\n建设省现代农业实验室，建好省工程师学院，新建省重点实验室、省级实验室和省市县博物馆。",
			[]string{"省现代农业实验室", "省工程师学院"}, []string{"省重点实验室", "省级实验室", "省市县博物馆"}},
		{"国家 before a quoted part of a name is the name's, not before a name quoted whole", "湖南省政府工作报告\n建好用好国家“人工智能+”农业领域中试基地，打造国家“城市矿产”示范基地，争创国家“双高计划”。",
			[]string{"国家人工智能+农业领域中试基地", "国家城市矿产示范基地", "双高计划"}, []string{"人工智能+农业领域中试基地", "城市矿产示范基地", "国家双高计划"}},
		{"the works done in a phase are part of the phase's name", "西藏自治区政府工作报告\n藏中联网二期扩建、阿里联网三期改扩建工程相继投运。",
			[]string{"藏中联网二期扩建", "阿里联网三期改扩建工程"}, []string{"藏中联网二期", "阿里联网三期"}},
		{"a quoted part before a strategy's head takes 国家 with it", "湖南省政府工作报告\n坚决落实国家“双碳”战略，争创国家“双高计划”。",
			[]string{"国家双碳战略", "双高计划"}, []string{"双碳战略", "国家双高计划"}},
		{"a short modifier of nouns before a programme quoted whole is part of its name, after a verb", "安徽省政府工作报告\n实施民营企业“登峰计划”，为全球贡献“中国方案”。",
			[]string{"民营企业登峰计划"}, []string{"登峰计划", "全球贡献中国方案", "中国方案"}},
		{"a digit and its magnitude are one number in a quoted programme, not a slogan of counts", "浙江省政府工作报告\n迭代实施“四千行动”，实施“十百千万”示范引领工程，推行“一办法两清单”。",
			[]string{"四千行动"}, []string{"十百千万示范引领工程", "一办法两清单"}},
		{"a list of those a quoted programme is for is no part of its name; listed places each have it", "江西省政府工作报告\n推进南昌、九江“智慧城市”试点建设，提质推进专精特新企业、科技型企业“双倍增”行动。",
			[]string{"双倍增行动", "南昌智慧城市试点", "九江智慧城市试点"}, []string{"科技型企业双倍增行动"}},
		{"a city's customary name of two characters names it", "重庆市政府工作报告\n支持鹏城实验室建设，深化与羊城、蓉城合作。",
			[]string{"深圳市", "广州市", "成都市", "鹏城实验室"}, nil},
		{"a forest district is named by the forest it governs", "湖北省政府工作报告\n加强神农架生态保护。", []string{"神农架林区"}, nil},
		{"a run of cities' initials before what crosses between them names them", "江苏省政府工作报告\n推进锡常泰跨江融合发展。", []string{"无锡市", "常州市", "泰州市"}, nil},
		{"the state's heritage lines name belts, and a count no 等 leaves open vouches for one more item", "山西省政府工作报告\n推进长城、黄河、太行山水三条文化带建设，打造长城、黄河、太行山水等文化带。",
			[]string{"长城文化带", "黄河文化带", "太行山水文化带"}, nil},
		{"a customary area joined by 与 to a place in a zone's name, both the zone's", "河北省政府工作报告\n推动平谷区与北三县一体化发展示范区建设，支持北三县产业升级。",
			[]string{"平谷区与北三县一体化发展示范区", "北三县"}, []string{"北三县一体化发展示范区"}},
		{"a verb of two characters before a route's head describes lines, it names none", "湖南省政府工作报告\n推动组建铁路公司统一运营管理省内控股地方铁路，加快建设渝湘高铁。",
			[]string{"渝湘高铁"}, []string{"管理省内控股地方铁路", "省内控股地方铁路", "控股地方铁路"}},
		{"a period's plans of a generic kind are no title, the state's plan of the period is", "广东省政府工作报告\n编制“十五五”专项规划，落实国家“十五五”口岸发展规划和“十五五”规划。",
			[]string{"国家十五五口岸发展规划", "十五五规划"}, []string{"十五五专项规划"}},
		{"a phase of the state's programme names the programme too", "河北省政府工作报告\n推进“京津风沙源治理”二期工程建设。",
			[]string{"京津风沙源治理二期工程", "京津风沙源治理工程"}, nil},
		{"a hub named by 国家 alone is a designation many places hold, a place's is a hub", "甘肃省政府工作报告\n推进国家物流枢纽、国家骨干冷链物流基地建设，建成兰州国家骨干冷链物流基地。",
			[]string{"兰州国家骨干冷链物流基地"}, []string{"国家骨干冷链物流基地", "国家物流枢纽"}},
		{"a travel-time circle is a group when places name it", "四川省政府工作报告\n成德“1小时经济圈”初步成型，构建1小时通勤圈。",
			[]string{"成德1小时经济圈"}, []string{"1小时通勤圈"}},
		{"a group's name that writes its region's name mentions the region", "浙江省政府工作报告\n加强与海南自贸港对接合作，融入长三角一体化。",
			[]string{"海南自由贸易港", "海南省"}, []string{"上海市"}},
		{"a park, base or hospital named after a town of the subject province is a name", "北京市政府工作报告\n支持良乡大学城扩容提质，推进亦庄产业基地和回龙观医院建设。",
			[]string{"良乡大学城", "亦庄产业基地", "回龙观医院"}, nil},
		{"a town of another province, or a town whose name is a common word, names no zone", "重庆市政府工作报告\n推进寸滩国际新城建设，建设青年创业园，学习宁东基地经验。",
			[]string{"寸滩国际新城"}, []string{"青年创业园", "宁东基地"}},
		{"quoted programmes listed before 等 and a programme's head, or joined before a shared head, each take it", "甘肃省政府工作报告\n深入实施“技能甘肃”、“以工代赈”等行动，实施“宽带提速”和“信号升级”专项行动，推动“中国制造2025计划”、“互联网+”行动计划落地。",
			[]string{"技能甘肃行动", "以工代赈行动", "宽带提速专项行动", "信号升级专项行动"}, []string{"中国制造2025计划行动计划"}},
		{"a bracketed type after a hub's head is part of its one name; a bracketed section names the whole too", "四川省政府工作报告\n绵阳保税物流中心（B型）获批设立，推进长征国家文化公园（四川段）建设。",
			[]string{"绵阳保税物流中心（B型）", "长征国家文化公园（四川段）", "长征国家文化公园"}, []string{"绵阳保税物流中心"}},
		{"a capacity per year stays in a listed works' name; another slash parts names", "内蒙古自治区政府工作报告\n中煤榆林100万吨/年煤制烯烃、华能乌海储能电站等项目建成，推进赤峰/通辽两地合作。",
			[]string{"中煤榆林100万吨/年煤制烯烃", "华能乌海储能电站"}, []string{"年煤制烯烃", "赤峰/通辽"}},
		{"a state firm right before the place that opens works' name names them too", "内蒙古自治区政府工作报告\n开工建设国能鄂尔多斯40亿立方米/年煤制天然气项目。",
			[]string{"国能鄂尔多斯40亿立方米/年煤制天然气项目"}, []string{"鄂尔多斯40亿立方米/年煤制天然气项目"}},
		{"an airport opened as a port is the airport, a city's port named alone is a hub", "湖南省政府工作报告\n推动张家界荷花机场航空口岸正式开放，加快衡阳机场开放口岸建设，建设长沙航空口岸。",
			[]string{"张家界荷花机场", "衡阳机场", "长沙航空口岸"}, []string{"张家界荷花机场航空口岸", "衡阳机场开放口岸"}},
		{"a plan named by a place after 和 is that place's, what stands before 和 another thing", "广东省政府工作报告\n落实一批省级重点改革任务和珠三角九市三年行动方案。",
			[]string{"珠三角九市三年行动方案"}, []string{"省级重点改革任务和珠三角九市三年行动方案"}},
		{"a field's special plans are a kind of document; a named thing's or counted places' are titles", "浙江省政府工作报告\n编制城市更新专项规划，出台钱江新城及周边地区专项规划，制定三个新城产业细分赛道专项规划。",
			[]string{"钱江新城及周边地区专项规划", "三个新城产业细分赛道专项规划"}, []string{"城市更新专项规划"}},
		{"a head followed by 体系 names a system, not one thing", "湖南省政府工作报告\n“多规合一”国土空间规划体系基本形成，构建五级三类国土空间规划体系，实施《湖南省国土空间规划》。",
			[]string{"湖南省国土空间规划"}, []string{"多规合一国土空间规划", "五级三类国土空间规划"}},
		{"the province's parks of a kind named by 省 and a field are a designation; its scope names one", "浙江省政府工作报告\n布局建设省新质生产力产业基地，创建省域美丽中国先行区。",
			[]string{"省域美丽中国先行区"}, []string{"省新质生产力产业基地"}},
		{"a list's name after a verb of inclusion holds the verbs of its field", "甘肃省政府工作报告\n5个平台入选国家重点培育名单，3个品种入选国家农作物优良品种推广目录。",
			[]string{"国家重点培育名单", "国家农作物优良品种推广目录"}, nil},
		{"a province's side is an area; a gulf, a share or an office is none", "甘肃省政府工作报告\n加强甘肃南部生态保护，推动湖南南部地区发展，建设广西北部湾经济区，泸沽湖（云南部分）保护。",
			[]string{"甘肃南部", "湖南南部"}, []string{"广西北部", "云南部"}},
		{"routes of either kind in a list vouch for a route whose ends no gazetteer reads", "宁夏回族自治区政府工作报告\n推进包银高铁、久玛高速、京藏高速宁夏段和青铜峡黄河特大桥等交通项目建设。",
			[]string{"包银高铁", "久玛高速", "京藏高速宁夏段"}, nil},
		{"a firm's name the segmenter reads one character at a time opens a listed project", "湖北省政府工作报告\n东风岚图新能源汽车、华星光电面板、乐新医药化工等重大项目建成投产。",
			[]string{"东风岚图新能源汽车", "华星光电面板", "乐新医药化工"}, nil},
		{"the jurisdiction's own level and a field name its institution, whatever its head or the verb before", "广西壮族自治区政府工作报告\n推进自治区肿瘤防治中心、自治区儿童医院建设，建强省现代农业实验室，提升市民服务中心功能，建设市州级医院。",
			[]string{"自治区肿瘤防治中心", "自治区儿童医院", "省现代农业实验室"}, []string{"市民服务中心", "民服务中心", "市州级医院", "州级医院"}},
		{"a word the dictionary tags an adverb before a noun opens a name", "黑龙江省政府工作报告\n陆相页岩油国家工程研究中心挂牌运行，首都国际文化交流中心投入使用。",
			[]string{"陆相页岩油国家工程研究中心"}, []string{"页岩油国家工程研究中心"}},
		{"an adjective opening a clause before a proper noun is a verb; 聚集区 is a park's head", "江西省政府工作报告\n丰富滕王阁文化旅游集聚区业态，优化秦岭生态产业聚集区布局，建设美丽江西示范区。",
			[]string{"滕王阁文化旅游集聚区", "秦岭生态产业聚集区", "美丽江西示范区"}, []string{"丰富滕王阁文化旅游集聚区"}},
		{"works named by a route before 工程 are a project holding the route; before 项目 the route alone", "甘肃省政府工作报告\n推进兰张高速铁路工程、石雄铁路项目建设。",
			[]string{"兰张高速铁路工程", "兰张高速铁路", "石雄铁路"}, []string{"石雄铁路项目"}},
		{"an issuer closing a pilot's name opens none; a list verb's object may follow a description", "四川省政府工作报告\n完成农村集体经营性建设用地入市全国试点，获批全域覆盖的数据要素市场化配置改革试点。",
			[]string{"农村集体经营性建设用地入市全国试点", "数据要素市场化配置改革试点"}, []string{"全国试点"}},
		{"an airport's runway is a project, a runway counted alone is none", "四川省政府工作报告\n双流国际机场西二跑道改造完成，新建第五跑道。",
			[]string{"双流国际机场西二跑道", "双流国际机场"}, []string{"第五跑道"}},
		{"three zones closed by 等, each with a modifier of its own, are names by position; bare heads and levels are kinds", "湖南省政府工作报告\n支持北部创新港、未来信息港、东方科技城等建设，推进产业园、科技城、物流园等提质，建设国家级开发区、省级高新区、特色产业园等平台。",
			[]string{"北部创新港", "未来信息港", "东方科技城"}, []string{"国家级开发区", "省级高新区", "特色产业园", "产业园"}},
		{"state firms' works listed before one name share what follows its place", "甘肃省政府工作报告\n大唐玉门、华电永登抽水蓄能电站加快建设，推进国能张掖、华能平凉电厂建设。",
			[]string{"大唐玉门抽水蓄能电站", "华电永登抽水蓄能电站", "国能张掖电厂", "华能平凉电厂"}, nil},
		{"a town of the province opens a plan's title", "江苏省政府工作报告\n汤山温泉旅游度假区总体规划加快实施。",
			[]string{"汤山温泉旅游度假区总体规划"}, nil},
		{"a line's first end before a dash opens its name, and a direct current line's voltage is part of it", "河南省政府工作报告\n建成哈密—郑州±800千伏特高压直流输电工程，推进陕北—安徽±800千伏特高压直流工程。",
			[]string{"哈密—郑州±800千伏特高压直流输电工程", "陕北—安徽±800千伏特高压直流工程"}, []string{"郑州±800千伏特高压直流输电工程", "安徽±800千伏特高压直流工程"}},
		{"another firm at the same place shares a state firm's name of works; a town of the province is a place", "内蒙古自治区政府工作报告\n推进宝丰鄂尔多斯、国能鄂尔多斯300万吨煤制烯烃项目建设。",
			[]string{"宝丰鄂尔多斯300万吨煤制烯烃项目", "国能鄂尔多斯300万吨煤制烯烃项目"}, nil},
		{"a new line built beside a route is named with it, as a second line is", "山东省政府工作报告\n京沪高速新线建成通车，京台高速复线开工。",
			[]string{"京沪高速新线", "京台高速复线"}, nil},
		{"a river's graded waterway keeps its grade before its phase of works, a count does not", "湖南省政府工作报告\n加快湘江二级航道二期工程建设，建设3个二级航道二期工程。",
			[]string{"湘江二级航道二期工程"}, []string{"3个二级航道二期工程", "二级航道二期工程"}},
		{"a facility that ends a line's section is no head of the line", "广东省政府工作报告\n穗莞深城际深圳机场至前海段开通运营。",
			[]string{"穗莞深城际", "穗莞深城际深圳机场至前海段"}, []string{"穗莞深城际深圳机场"}},
		{"a title set as a heading on a line of its own is the name, a heading of work none", "吉林省人民政府办公厅文件\n吉林省与浙江省对口合作实施方案（2026—2030年）\n（五）优化国土空间规划\n为推动合作，制定本方案。",
			[]string{"吉林省与浙江省对口合作实施方案（2026—2030年）"}, []string{"浙江省对口合作实施方案", "浙江省对口合作实施方案（2026—2030年）", "优化国土空间规划"}},
		{"a university the dictionary knows by name is one, a kind it knows as one word is not", "湖南省政府工作报告\n支持复旦大学、中南大学、华中科技大学在湘设立研究院，建设中医学院、儿童医院，推动国际贸易中心建设。",
			[]string{"复旦大学", "中南大学", "华中科技大学"}, []string{"中医学院", "儿童医院", "国际贸易中心"}},
		{"a zone a notice's title names starts after its verb", "安徽省人民政府办公厅关于印发苏皖合作示范区建设实施方案的通知\n各市人民政府：现印发给你们。",
			[]string{"苏皖合作示范区", "苏皖合作示范区建设实施方案"}, []string{"安徽省人民政府办公厅关于印发苏皖合作示范区"}},
		{"a designation's batch counts no things", "江西省政府工作报告\n赣州纳入全国第二批革命老区高质量发展示范区，建设三个示范区。",
			[]string{"全国第二批革命老区高质量发展示范区"}, []string{"三个示范区"}},
		{"a zone's name holds the process its places share, a verb of upgrading before it is none", "四川省政府工作报告\n支持内江自贡同城化发展示范区建设，推进黄河金三角协调发展试验区建设，提质升级宜宾三江新区。",
			[]string{"内江自贡同城化发展示范区", "黄河金三角协调发展试验区", "宜宾三江新区"}, []string{"升级宜宾三江新区"}},
		{"works on a phase before 工程 are the phase's project", "陕西省政府工作报告\n西安咸阳国际机场三期扩建工程投入使用。",
			[]string{"西安咸阳国际机场三期扩建工程", "西安咸阳国际机场"}, []string{"西安咸阳国际机场三期"}},
		{"other members of a group are no name of the group's", "湖南省政府工作报告\n深化与长江中游城市群其他都市圈合作。",
			[]string{"长江中游城市群"}, []string{"长江中游城市群其他都市圈"}},
		{"a city's 市 opens a suburban railway's head", "湖北省政府工作报告\n建设武汉至仙桃市域铁路，推进温州市域铁路建设。",
			[]string{"武汉至仙桃市域铁路", "温州市域铁路"}, nil},
		{"an area listed with another area is the area, not the prefecture sharing its name", "湖南省政府工作报告\n推进湘南湘西承接产业转移示范区建设，支持湘南、湘西承接产业转移。",
			[]string{"湘南", "湘西"}, []string{"湘西土家族苗族自治州"}},
		{"places joined by a dash open a zone's name together", "黑龙江省政府工作报告\n推进绥芬河—东宁重点开发开放试验区建设。",
			[]string{"绥芬河—东宁重点开发开放试验区"}, []string{"东宁重点开发开放试验区"}},
		{"a place's full name before a kind of zone names the place's zones, its short name one zone", "四川省政府工作报告\n推动四川省开发区高质量发展，苏州市产业园区加快转型，推进萍乡开发区建设。",
			[]string{"萍乡开发区"}, []string{"四川省开发区", "苏州市产业园区"}},
		{"a title line with a quoted period is the whole plan, not the period's plan", "湖北省综合交通运输发展“十五五”规划\n加快建设武汉枢纽。",
			[]string{"湖北省综合交通运输发展十五五规划"}, []string{"十五五规划"}},
		{"a road's code glued to its name is one road", "浙江省政府工作报告\n推进G70福银高速扩容，建设G320线萍乡段。",
			[]string{"福银高速", "G320线萍乡段"}, []string{"G70"}},
		{"a coastal area listed after another is named with its place", "辽宁省政府工作报告\n推动沈阳都市圈、辽宁沿海经济带协同发展。",
			[]string{"辽宁沿海经济带"}, []string{"沿海经济带"}},
		{"a unit of an organisation the dictionary knows by name is a name", "湖南省政府工作报告\n支持中南大学湘雅医院建设。",
			[]string{"中南大学湘雅医院"}, nil},
		{"inland waterways qualify a kind; a list managed is no list of a name", "湖北省政府工作报告\n建设内河航运枢纽，实行行政审批事项目录管理制度。",
			nil, []string{"内河航运枢纽", "行政审批事项目录"}},
		{"four ports of one head, one of them a name, vouch for each other", "重庆市政府工作报告\n加快果园港、新田港、龙头港、珞璜港建设。",
			[]string{"果园港", "新田港", "龙头港", "珞璜港"}, nil},
		{"a size between 等 and a shared head qualifies the kind", "陕西省政府工作报告\n实施泾惠渠、宝鸡峡等大型灌区现代化改造。",
			[]string{"泾惠渠灌区", "宝鸡峡灌区"}, []string{"大型灌区"}},
		{"a count after a name that a class's head follows counts the class, not the name", "江苏省政府工作报告\n高水平建设紫金山实验室、苏州实验室两个国家实验室，新培育省级特色产业集聚区7个。",
			[]string{"紫金山实验室", "苏州实验室"}, []string{"省级特色产业集聚区"}},
		{"routes listed before 等 and their head are named by initials of cities or of the subject's counties", "江西省政府工作报告\n全力推进长赣、咸修吉、景鹰瑞等铁路项目建设。",
			[]string{"长赣铁路", "咸修吉铁路", "景鹰瑞铁路"}, []string{"咸修吉铁路项目", "长赣铁路项目"}},
		{"with no 等 a place shares no head with a zone's own name after it; places share one", "江西省政府工作报告\n推动九江与南昌、赣江新区联动发展，支持襄阳、宜昌高新区发展。",
			[]string{"赣江新区", "南昌市", "襄阳高新区", "宜昌高新区"}, []string{"南昌新区"}},
		{"three or more parks listed by their parties' initials share the head", "成都市2025年政府工作报告\n推进成甘、成阿、成凉工业园区建设。",
			[]string{"成甘工业园区", "成阿工业园区", "成凉工业园区"}, nil},
		{"a hospital attached to a university the dictionary knows is named by it", "江西省政府工作报告\n推动南昌大学与中山大学附属第一医院合作。",
			[]string{"中山大学附属第一医院", "南昌大学"}, nil},
		{"a town whose name opens with a stop word's character stays in the name", "江西省政府工作报告\n依托南昌向塘国际陆港，加密中欧班列。",
			[]string{"南昌向塘国际陆港"}, []string{"塘国际陆港"}},
		{"places listed before 等 share the kind between 等 and a facility's head", "湖南省政府工作报告\n推进平江、安化、汨罗、攸县等抽水蓄能电站建设，推进光伏、风电等电站建设。",
			[]string{"平江抽水蓄能电站", "安化抽水蓄能电站", "汨罗抽水蓄能电站", "攸县抽水蓄能电站"}, []string{"光伏电站", "风电电站"}},
		{"items with heads of their own before a count and a class's head are names, the head their class", "广东省政府工作报告\n支持鹏城实验室、广州实验室2个国家实验室高效运行。",
			[]string{"鹏城实验室", "广州实验室"}, []string{"鹏城实验室国家实验室", "广州实验室国家实验室"}},
		{"the state's long phrase of works before a head takes no room of the name", "福建省政府工作报告\n实施闽江流域山水林田湖草沙一体化保护和修复工程。",
			[]string{"闽江流域山水林田湖草沙一体化保护和修复工程"}, nil},
		{"a route across cities or provinces, named by no place, is a kind", "福建省政府工作报告\n携手漳州、泉州共建跨市轨道交通，建设跨省高速公路。",
			nil, []string{"跨市轨道交通", "跨省高速公路"}},
		{"a route named by two initials, one of a city of the province, is a route", "江西省政府工作报告\n力争长九城际开工，加快新建高速建设。",
			[]string{"长九城际"}, []string{"新建高速"}},
		{"a firm listed before 等 and a class of works is no project", "四川省政府工作报告\n推动中国东方电气集团等央企在川布局重大项目。",
			nil, []string{"中国东方电气集团"}},
		{"places listed before a zone named by their initials share no head with it", "广东省2026年政府工作报告\n推进深圳、汕尾深汕特别合作区建设，推进武汉东湖、襄阳高新区建设。",
			[]string{"武汉东湖高新区", "襄阳高新区"}, []string{"深圳特别合作区"}},
		{"a national park is named by its words, whatever they are", "四川省2026年政府工作报告\n高质量建设大熊猫国家公园，创建一批国家公园。",
			[]string{"大熊猫国家公园"}, []string{"一批国家公园"}},
		{"a national park's name the dictionary holds as one word may open with a numeral", "广西壮族自治区2026年政府工作报告\n积极创建十万大山国家公园，创建3个国家公园。",
			[]string{"十万大山国家公园"}, []string{"3个国家公园"}},
		{"an adjacency word after a party run and before 地区 is part of a zone's name", "四川省政府工作报告\n加快建设川甘陕毗邻地区生态文化旅游合作区，推进川渝毗邻地区合作示范区建设。",
			[]string{"川甘陕毗邻地区生态文化旅游合作区", "川渝毗邻地区合作示范区"}, nil},
		{"a quoted common noun before a weak head is a kind of zone", "福建省政府工作报告\n支持晋江与永春共建“飞地”园区，与珠三角地区共建“飞地经济”园区，建设“模速空间”创新生态示范区。",
			[]string{"模速空间创新生态示范区"}, []string{"飞地园区", "飞地经济园区"}},
		{"a bracket that defines a short form or points to a figure is no part of a name", "湖南省人民政府办公厅关于印发湖南省对接粤港澳大湾区实施方案的通知\n加快湘赣边区域合作示范区(以下简称示范区)建设，落实粤港澳大湾区(以下简称大湾区)建设国家重大区域战略，范围包括赣江新区(图1)。",
			[]string{"湘赣边区域合作示范区", "赣江新区"}, []string{"湘赣边区域合作示范区(以下简称示范区)", "粤港澳大湾区(以下简称大湾区)建设国家重大区域战略", "赣江新区(图1)"}},
		{"含 before a name is a verb", "重庆市人民政府关于印发綦江区发展规划的通知\n支持綦江区(含万盛经济技术开发区)加快发展。",
			[]string{"万盛经开区"}, []string{"含万盛经开区"}},
		{"a class written before a name of its kind is no part of it", "江西省人民政府关于印发江西省区域合作规划的通知\n支持国家级新区赣江新区、国家级经开区南昌经开区扩区发展。",
			[]string{"赣江新区", "南昌经开区"}, []string{"国家级新区赣江新区", "国家级经开区南昌经开区"}},
		{"an earlier five-year period names a plan as the current one does", "湖南省人民政府办公厅关于印发某规划的通知\n根据《湖南省国民经济和社会发展“十三五”规划纲要》，制定《湖南省“十二五”综合交通运输规划》。",
			[]string{"湖南省国民经济和社会发展十三五规划纲要", "湖南省十二五综合交通运输规划"}, nil},
		{"a five-year plan and its long-range aims are one title", "吉安市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n编制达州市达川区国民经济和社会发展第十四个五年规划和二○三五年远景目标纲要，衔接吉安市国民经济和社会发展第十四个五年规划和2035年远景目标纲要。",
			[]string{"吉安市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "达州市达川区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "吉安市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"},
			[]string{"吉安市国民经济和社会发展第十四个五年规划", "二〇三五年远景目标纲要", "三五年远景目标纲要", "2035年远景目标纲要"}},
		{"a date, a time word, a particle or a reference to the parties opens no name", "广东省梅州市2025年政府工作报告\n贯彻落实2023年湘赣边区域合作示范区建设工作要点，确保年底铁路运营里程突破4000公里，要积极推进两市温福铁路建设，双方建立了中欧班列(成都)广元组货基地。",
			[]string{"湘赣边区域合作示范区", "温福铁路", "中欧班列(成都)广元组货基地"}, []string{"年湘赣边区域合作示范区", "年底铁路", "两市温福铁路", "了中欧班列(成都)广元组货基地"}},
		{"a subject and its predicate before a name are no part of it", "西藏自治区日喀则市2024年政府工作报告\n国家发改委已正式批复长赣高铁工程可研报告，2019年自治区人民政府批准日喀则经开区为自治区级经济开发区。",
			[]string{"长赣高铁工程", "日喀则经开区"}, []string{"国家发改委已正式批复长赣高铁工程", "自治区人民政府批准日喀则经开区"}},
		{"a bus between cities is no railway", "达州市2025年政府工作报告\n随着万州至达州、达州至开州城际快巴的开通，加快万州至达州城际铁路建设，推进达州至开州城际铁路公交化运营。",
			[]string{"万州至达州城际铁路", "达州至开州城际铁路"}, []string{"万州至达州城际", "达州至开州城际", "随着万州至达州城际"}},
		{"national expressways listed by their short names share the head", "湖南省邵阳市2025年政府工作报告\n推进二广、包茂高速扩容。",
			[]string{"二广高速", "包茂高速"}, nil},
		{"planning done on a thing, or its planned area, is no plan", "湖南省人民政府关于印发湖南省对接粤港澳大湾区实施方案的通知\n推进临武至连州、道县至连山等高速公路规划与建设，日喀则经开区规划面积34.08平方公里。",
			[]string{"临武至连州高速公路", "道县至连山高速公路", "日喀则经开区"}, []string{"临武至连州高速公路规划", "日喀则经开区规划"}},
		{"zones named by two initials each share the words after the last pair", "天津市滨海新区2025年政府工作报告\n合作共建滨唐、滨沧示范产业园。",
			[]string{"滨唐示范产业园", "滨沧示范产业园"}, []string{"滨唐产业园"}},
		{"what a place is to become is a goal, no name", "广州—清远对口帮扶总体工作方案\n按照把清远市建设成为广东区域协调发展示范区、环珠三角高新产业成长新区和珠三角北缘门户城市的战略定位，加快建设成渝中线高铁，支持赣州建设成为国家物流枢纽。",
			[]string{"成渝中线高铁"}, []string{"广东区域协调发展示范区", "珠三角高新产业成长新区", "环珠三角高新产业成长新区"}},
		{"a zone named by three places' initials and a cooperation word is a park", "泸州市人民政府关于印发某方案的通知\n加快建设泸永江融合发展示范区，规划建设合广长协同发展示范区。",
			[]string{"泸永江融合发展示范区", "合广长协同发展示范区"}, nil},
		{"a titled decision, set of measures or work plan in 《》 is a plan; the same words elsewhere are not", "安徽省人民政府关于印发某方案的通知\n为贯彻落实《中共广东省委广东省人民政府关于进一步促进粤东西北地区振兴发展的决定》和《推动长三角一体化发展2021年工作安排》，印发《萍乡市贯彻落实湘赣边区域合作示范区建设若干措施》，落实保障措施，国务院决定取消有关事项。",
			[]string{"中共广东省委广东省人民政府关于进一步促进粤东西北地区振兴发展的决定", "推动长三角一体化发展2021年工作安排", "萍乡市贯彻落实湘赣边区域合作示范区建设若干措施"}, []string{"保障措施", "国务院决定"}},
		{"a title in 《》 names its plan whatever formula it quotes", "江西省人民政府关于印发某方案的通知\n印发《赣州市瑞兴于“3+2”经济振兴试验区“十四五”发展规划》，实施“3+2”规划。",
			[]string{"赣州市瑞兴于3+2经济振兴试验区十四五发展规划"}, []string{"3+2规划"}},
		{"an airport is named by the two characters before its head and a place before them", "黄石市2023年政府工作报告\n坚持西联武汉新城、北接花湖机场，提升鄂州花湖国际机场、明月山机场、暹粒吴哥国际机场能级，新建民用机场。",
			[]string{"花湖机场", "鄂州花湖国际机场", "明月山机场", "暹粒吴哥国际机场"}, []string{"北接花湖机场", "民用机场"}},
		{"a person's offices listed before a name are no items sharing its head", "黄埔区—新罗区对口合作党政联席会议召开\n广州市委常委、黄埔区委书记、广州开发区党工委书记出席，落实长江三角洲区域(以下简称长三角)一体化发展战略。",
			[]string{"广州开发区"}, []string{"广州市委常委开发区", "黄埔区委书记开发区", "一体化发展战略"}},
		{"a metropolitan area's side is no area of its own; a province's is", "重庆市人民政府关于印发某方案的通知\n全面建成重庆都市圈北部副中心，构筑山西中部城市群东部生态屏障，建设宁夏南部生态区。",
			[]string{"宁夏南部", "重庆都市圈"}, []string{"重庆都市圈北部", "山西中部城市群东部"}},
		{"a kind at two levels of government is no name", "江苏省政府工作报告\n统筹推进国家和省山水工程，建设国家和省级重点实验室，推动全域旅游示范区和国家体育旅游示范区创建。",
			[]string{"国家体育旅游示范区"}, []string{"省山水工程", "省级重点实验室"}},
		{"a locality the dictionary names by its terrain anchors a common head", "广东省政府工作报告\n推进湄洲湾石化基地、大亚湾石化产业园建设，建设华南生产基地、长江生态园区。",
			[]string{"湄洲湾石化基地", "大亚湾石化产业园"}, []string{"华南生产基地", "长江生态园区"}},
		{"a place before a word that opens with a river's character is still the place", "福建省政府工作报告\n建设福清江阴化工新材料专区，推进泉州江南新区、东山岛保护。",
			[]string{"福清江阴化工新材料专区", "泉州江南新区"}, []string{"化工新材料专区"}},
		{"a verb before a province's laboratory is no field of it", "广东省政府工作报告\n高水平建设广东省实验室，推动岭南现代农业科学与技术广东省实验室发展。",
			[]string{"广东省实验室", "岭南现代农业科学与技术广东省实验室"}, []string{"高水平建设广东省实验室"}},
		{"a programme of the state is named whatever its words, a province's programme is not", "四川省政府工作报告\n推进“三北”工程建设，积极运用南水北调工程成果，实施“天府粮仓”工程、人才兴川工程。",
			[]string{"三北工程", "南水北调工程"}, []string{"天府粮仓工程", "人才兴川工程", "运用南水北调工程"}},
		{"a family's name and 家 open a place whatever the dictionary makes of the first", "四川省政府工作报告\n推进向家坝灌区、罗家湾水库建设。",
			[]string{"向家坝灌区", "罗家湾水库"}, []string{"家坝灌区", "家湾水库"}},
		{"a list of routes after 等 names each item when one is named by its ends, not kinds or stations", "江苏省政府工作报告\n推进北沿江、沪渝蓉等高铁建设，完善干线、城际等铁路网，加快平漯周、郑州东站等高铁项目。",
			[]string{"北沿江高铁", "沪渝蓉高铁"}, []string{"干线铁路", "城际铁路", "郑州东站高铁", "平漯周高铁"}},
		{"a route named by four initials is an item of a list of routes, beside one named by its position", "湖北省政府工作报告\n推进西沿江、荆岳长株等高铁建设，推进荆岳长衡、襄十铁路前期工作。",
			[]string{"西沿江高铁", "荆岳长株高铁", "荆岳长衡铁路", "襄十铁路"}, nil},
		{"lines named by their ends before 等新线 are railways", "四川省政府工作报告\n成自、渝万等新线开通运营，开通一批新线。",
			[]string{"成自铁路", "渝万铁路"}, []string{"新线", "一批新线"}},
		{"works noted in brackets after a listed route are no part of its name", "湖南省政府工作报告\n长常（扩建）、邵永、娄益等高速公路建成通车。",
			[]string{"长常高速公路", "邵永高速公路", "娄益高速公路"}, []string{"扩建高速公路"}},
		{"works done opening an item of a list of routes leave the items before it in the list", "湖南省政府工作报告\n开工岳阳至汨罗、改扩建长沙至湘潭等高速公路。",
			[]string{"岳阳至汨罗高速公路", "长沙至湘潭高速公路"}, []string{"改扩建长沙至湘潭高速公路"}},
		{"a bypass named by its place is an item of a bare list of routes, the last item a name with the head alone", "江西省政府工作报告\n力争赣州南绕城、瑞兴高速公路建成通车。",
			[]string{"赣州南绕城高速公路", "瑞兴高速公路"}, []string{"南绕城高速公路"}},
		{"a stop word after a list mark opens an item of abbreviations", "辽宁省政府工作报告\n推进沈海改扩建、本桓宽、凌绥等高速公路建设。",
			[]string{"本桓宽高速公路"}, []string{"桓宽高速公路"}},
		{"a pilot zone leading an industry and an agricultural high-tech zone are parks", "湖南省政府工作报告\n建设长沙国家级车联网先导区，创建岳阳国家农高区，建设一批先导区。",
			[]string{"长沙国家级车联网先导区", "岳阳国家农高区"}, []string{"先导区", "一批先导区"}},
		{"designations listed after a verb of inclusion share the first one's qualifier and the head", "湖南省政府工作报告\n株洲、湘潭分别成为国家智能网联汽车、城市更新试点城市，获批国家数据要素综合试验区、人工智能创新应用试点。",
			[]string{"国家智能网联汽车试点城市", "国家城市更新试点城市", "国家数据要素综合试验区"}, []string{"城市更新试点城市", "国家人工智能创新应用试点", "国家数据要素综合试验区人工智能创新应用试点"}},
		{"a grade between a waterway's name and its head is the waterway's own, a standard reached is none", "湖南省政府工作报告\n推进赣江三级航道、湘江二级航道建设，新建一批三级航道，长江干线主航道基本达到一级航道标准。",
			[]string{"赣江三级航道", "湘江二级航道"}, []string{"三级航道", "一级航道", "长江干线主航道基本达到一级航道"}},
		{"the work done on a quoted name before a programme's head is the programme's own", "湖南省政府工作报告\n开展“湘品出海”培育行动、“三湘名医”创建行动，实施“芙蓉计划”推进行动，实施“好少年”促进计划。",
			[]string{"湘品出海培育行动", "三湘名医创建行动", "好少年促进计划"}, []string{"培育行动", "创建行动", "促进计划"}},
		{"a stop word that ends a three-character noun does not end a name", "福建省政府工作报告\n持续开展“榕城春晓”乡村直通车行动。",
			[]string{"榕城春晓乡村直通车行动"}, []string{"乡村直通车行动"}},
		{"places listed before 共建 are its subjects, not the parties a zone's name spells out", "湖南省政府工作报告\n推动郴州、永州与广东韶关、清远共建湘粤开放合作试验区。",
			[]string{"湘粤开放合作试验区"}, []string{"清远共建湘粤开放合作试验区"}},
		{"names the dictionary does not know share a facility's head, and its size, in a list with or without 等; kinds and works do not", "四川省政府工作报告\n加快卡拉、孟底沟、杨房沟等水电站建设，建成升钟、青峪口大型灌区，推进大中型、小型水库除险加固，加快抽水蓄能、光伏电站建设，疆电入渝、川渝特高压交流工程投运，长江干流、岷江水库水质达标。",
			[]string{"卡拉水电站", "孟底沟水电站", "杨房沟水电站", "升钟大型灌区", "青峪口大型灌区"}, []string{"大中型水库", "抽水蓄能电站", "疆电入渝特高压交流工程", "长江干流水库"}},
		{"parks named by their parties and cooperation words alone are a kind", "贵州省政府工作报告\n做深做实粤黔合作共建园区，建设湘琼先进制造业共建产业园。",
			[]string{"湘琼先进制造业共建产业园"}, []string{"粤黔合作共建园区"}},
		{"a programme of works named by a quoted slogan is no entity, unless the state's", "福建省政府工作报告\n深入实施“闽山闽水”工程、“千村示范”提升工程，完成“三北”工程任务。",
			[]string{"三北工程"}, []string{"闽山闽水工程", "千村示范提升工程"}},
		{"projects named by a quoted slogan or a quoted period are kinds, a river's are not", "福建省政府工作报告\n实施一批“暖心惠民”项目，完成国家“十四五”找矿任务，推进闽江“清水入城”项目。",
			[]string{"闽江清水入城项目"}, []string{"暖心惠民项目", "十四五找矿"}},
		{"a name before a verb of issue or approval is a document's title", "吉林省政府工作报告\n图们江区域合作开发规划纲要正式获批，长白山保护发展方案印发，查干湖生态保护规划获国务院批复，国土空间规划实施监测得到加强。",
			[]string{"图们江区域合作开发规划纲要", "长白山保护发展方案", "查干湖生态保护规划"}, []string{"国土空间规划"}},
		{"a strategy of the state before an action's head is named, one action named by a strategy is not split", "甘肃省政府工作报告\n实施乡村振兴战略引领行动，实施新一轮找矿突破战略行动。",
			[]string{"乡村振兴战略"}, []string{"找矿突破战略", "新一轮找矿突破战略"}},
		{"a plan's head after a thing's name and before a word of work is an activity, no title", "广西壮族自治区政府工作报告\n推动贵南高铁规划建设，加快平陆运河规划研究，编制平陆运河经济带规划。",
			[]string{"贵南高铁", "平陆运河", "平陆运河经济带规划"}, []string{"贵南高铁规划", "平陆运河规划"}},
		{"a project's planning before a word of work is no title", "江西省政府工作报告\n完成瑞金通用机场项目规划设计。",
			nil, []string{"瑞金通用机场项目规划"}},
		{"items of 等项目 that open with names the dictionary does not know vouch for each other, kinds do not", "四川省政府工作报告\n恒芯高端芯片、鑫晶半导体硅片等项目建成投产，新能源汽车、光伏组件等项目加快建设。",
			[]string{"恒芯高端芯片", "鑫晶半导体硅片"}, []string{"新能源汽车", "光伏组件"}},
		{"a bracketed alias after a place belongs to the name the place opens", "云南省政府工作报告\n建设勐腊（磨憨）重点开发开放试验区，发展景洪（嘎洒）临空产业园。",
			[]string{"勐腊（磨憨）重点开发开放试验区", "景洪（嘎洒）临空产业园"}, []string{"开发开放试验区"}},
		{"experimental and pilot bases are institutions, a laboratory's base named with the laboratory", "广东省政府工作报告\n鹏城实验室海洋试验基地启动运行，建设国家人工智能应用中试基地，建设一批中试基地。",
			[]string{"鹏城实验室海洋试验基地", "国家人工智能应用中试基地"}, []string{"鹏城实验室", "中试基地"}},
		{"a station's complex is one hub's name, a hub's role is not", "贵州省政府工作报告\n推进贵阳北站综合枢纽建设，提升龙洞堡国际机场枢纽能级。",
			[]string{"贵阳北站综合枢纽", "龙洞堡国际机场"}, []string{"贵阳北站", "龙洞堡国际机场枢纽"}},
		{"belts and circles of science and innovation are region groups", "安徽省政府工作报告\n建设太湖湾科创带、环巢湖科创圈。",
			[]string{"太湖湾科创带", "环巢湖科创圈"}, nil},
		{"places listed before 等 and a count share the designation's qualifier and head; one place counted is a kind", "湖南省政府工作报告\n加快怀化、衡阳等3个国家骨干冷链物流基地建设，支持郴州、岳阳2个省级区域医疗中心，建设永州等4个国家骨干冷链物流基地。",
			[]string{"怀化国家骨干冷链物流基地", "衡阳国家骨干冷链物流基地", "郴州省级区域医疗中心", "岳阳省级区域医疗中心"}, []string{"永州国家骨干冷链物流基地", "国家骨干冷链物流基地"}},
		{"a national archive of editions is an institution", "广东省政府工作报告\n建成广州国家版本馆。",
			[]string{"广州国家版本馆"}, nil},
		{"a crossing before 等 named by the two places it joins", "广东省政府工作报告\n建成东莞中山等跨江通道，推进广州等过江通道建设。",
			[]string{"东莞中山跨江通道"}, []string{"广州过江通道"}},
		{"a research facility or experimental device is a project, basic research facilities are a kind", "广东省政府工作报告\n建设大型地震工程模拟研究设施、先进阿秒激光实验装置，完善基础研究设施，推进惠州大亚湾石化区建设。",
			[]string{"大型地震工程模拟研究设施", "先进阿秒激光实验装置", "惠州大亚湾石化区"}, []string{"基础研究设施"}},
		{"a place written once for a zone or port and the one joined to it", "湖南省政府工作报告\n支持株洲经开区和高新区建设，推进岳阳港和综合保税区建设，建设湘潭大学和师范学院，推进华能岳阳电厂一期、二期工程。",
			[]string{"株洲高新区", "岳阳综合保税区"}, []string{"湘潭师范学院", "岳阳二期工程", "华能二期工程"}},
		{"a waterway or pipeline named by one character per end, with its grade or not", "江苏省政府工作报告\n推进徐宿三级航道、连淮航道建设，提升西气管道能力。",
			[]string{"徐宿三级航道", "连淮航道"}, []string{"西气管道"}},
		{"a sea or strait the dictionary lacks names the crossing over it", "广东省政府工作报告\n加快建设黄茅海跨海通道、狮子洋通道，推进西部陆海新通道和沿海通道建设。",
			[]string{"黄茅海跨海通道", "狮子洋通道"}, []string{"沿海通道"}},
		{"works on a crossing named by its ends", "广东省政府工作报告\n推进深中通道配套工程、港珠澳大桥配套设施建设。",
			[]string{"深中通道配套工程"}, nil},
		{"a line extended to a place is no section", "江西省政府工作报告\n推动衢州至丽水铁路延伸至上饶，建设南昌地铁1号线北延伸。",
			[]string{"衢州至丽水铁路", "南昌地铁1号线北延伸"}, []string{"衢州至丽水铁路延伸"}},
		{"a demonstration belt is a zone", "湖南省政府工作报告\n推进湘江衡阳至株洲生态示范带、怀化沅水绿色发展示范带建设。",
			[]string{"怀化沅水绿色发展示范带"}, nil},
		{"a plant's units are a phase of it", "广东省政府工作报告\n加快陆丰核电5号机组、太平岭核电3、4号机组建设。",
			[]string{"陆丰核电5号机组", "陆丰核电", "太平岭核电3、4号机组"}, nil},
		{"items of a place and a proper name share the head of the name after them", "湖南省政府工作报告\n加快长沙黄花、张家界荷花国际机场改扩建，余姚井头山、温州朔门古港入选名录。",
			[]string{"长沙黄花国际机场", "张家界荷花国际机场"}, []string{"余姚井头山港"}},
		{"a research station is an institution, not a hub", "广东省政府工作报告\n建设江门中微子实验站、湛江海洋观测站，推进乡镇气象观测站建设。",
			[]string{"江门中微子实验站", "湛江海洋观测站"}, []string{"乡镇气象观测站"}},
		{"a cooperation zone's name states what its parties do together", "浙江省政府工作报告\n推进钱塘江—富春江生态环境联合治理合作区建设，落实共同保护责任。",
			[]string{"钱塘江—富春江生态环境联合治理合作区"}, nil},
		{"what a work goes around or along is a place", "青海省政府工作报告\n实施环柴达木电网工程、沿秦岭生态廊道工程，推进人才培养工程。",
			[]string{"环柴达木电网工程"}, []string{"人才培养工程"}},
		{"an airport's name is proper whatever the dictionary makes of it", "四川省政府工作报告\n加快天府国际机场二期建设，新建通用机场10个，打造区域国际机场。",
			[]string{"天府国际机场", "天府国际机场二期"}, []string{"通用机场", "区域国际机场"}},
		{"works around a place name the area they go around", "广东省政府工作报告\n推进环北部湾广东水资源配置工程、珠三角水资源配置工程建设。",
			[]string{"环北部湾广东水资源配置工程", "珠三角水资源配置工程"}, []string{"北部湾广东水资源配置工程"}},
		{"a water diversion named by its source and its destination", "四川省政府工作报告\n加快推进引大济岷、引黄入冀补淀建设，推进引嘉济渝二期，吸引外资，引客入川，引入社会资本。",
			[]string{"引大济岷", "引黄入冀补淀", "引嘉济渝二期"}, []string{"引客入川", "吸引外资", "引入社会资本"}},
		{"an area's plan is a title, a place's way of doing things is not", "福建省政府工作报告\n落实海峡西岸经济区规划、厦漳泉都市圈规划，推广晋江经验和福建方案。",
			[]string{"海峡西岸经济区规划", "厦漳泉都市圈规划"}, []string{"福建方案", "晋江经验和福建方案"}},
		{"two stop words that overlap end the verb at the first", "重庆市政府工作报告\n携手四川共建成渝综合性科学中心，建成投产一批项目。",
			[]string{"成渝综合性科学中心"}, []string{"渝综合性科学中心"}},
		{"zones named by their parties' initials, listed, share the rest of the name", "江西省政府工作报告\n共建赣深、吉莞产业合作园，放大赣西试点的协同效应、湘赣开放合作试验区的带动作用。",
			[]string{"赣深产业合作园", "吉莞产业合作园", "湘赣开放合作试验区"}, []string{"协同效应开放合作试验区", "效应开放合作试验区"}},
		{"a waterway's grade stands in its name", "湖南省政府工作报告\n推进沅水浦市至常德三级航道、湘江衡阳至株洲二级航道建设，新建二级公路300公里。",
			[]string{"沅水浦市至常德三级航道", "湘江衡阳至株洲二级航道"}, []string{"二级公路"}},
		{"a port the dictionary names, and a place the segmenter glues to its head", "浙江省政府工作报告\n推进东寨港建设，唐山港吞吐量增长，新码头开港运营，建设南港物流中心。",
			[]string{"东寨港", "唐山港"}, []string{"开港", "南港", "新码头开港"}},
		{"a river the dictionary tags as a person's name marks works", "甘肃省政府工作报告\n开工白龙江引水工程，推进嘉陵江航道整治，实施母亲河保护工程。",
			[]string{"白龙江引水工程"}, []string{"母亲河保护工程"}},
		{"a place right before 国家 names the designation", "黑龙江省政府工作报告\n绥芬河国家重点开发开放试验区、东宁综合保税区建设提速。",
			[]string{"绥芬河国家重点开发开放试验区", "东宁综合保税区"}, []string{"国家重点开发开放试验区"}},
		{"the countries that cooperate open a zone's name before its place", "黑龙江省政府工作报告\n推进中新重庆产业园、中白成都产业园建设，深化中西部合作。",
			[]string{"中新重庆产业园", "中白成都产业园"}, []string{"重庆产业园", "成都产业园"}},
		{"an aerospace town is a park", "四川省政府工作报告\n推进西昌航天城建设。", []string{"西昌航天城"}, nil},
		{"a stop word that begins a longer noun stays inside a name", "内蒙古自治区政府工作报告\n建设包头商贸服务型国家物流枢纽，推进平安包头建设工程(一)社会治安防控工程。",
			[]string{"包头商贸服务型国家物流枢纽"}, []string{"型国家物流枢纽", "包头建设工程(一)社会治安防控工程"}},
		{"a crossing named by one character per end in the province", "广东省政府工作报告\n推进深中通道、深江通道建设，打通出海通道。",
			[]string{"深中通道", "深江通道"}, []string{"出海通道"}},
		{"a word the dictionary knows as a place anchors a zone's name", "福建省政府工作报告\n建设海峡两岸融合发展示范区，支持高质量发展示范区建设。",
			[]string{"海峡两岸融合发展示范区"}, []string{"高质量发展示范区"}},
		{"a place's comprehensive zone is a designation", "福建省政府工作报告\n加快平潭综合实验区建设，建设福建省三甲医院。",
			[]string{"平潭综合实验区"}, []string{"福建省三甲医院"}},
		{"a national new area is named by the list of them", "四川省政府工作报告\n加快天府新区、贵安新区建设，推进城市新区建设。",
			[]string{"天府新区", "贵安新区"}, []string{"城市新区"}},
		{"a city's development zone named by its level", "广东省政府工作报告\n加快建设湛江国家级经开区，推动广东国家级经开区发展。",
			[]string{"湛江国家级经开区"}, []string{"广东国家级经开区"}},
		{"corridors named by their ends share a generic qualifier with the head", "广东省政府工作报告\n建设广深港、广珠澳科技创新走廊。",
			[]string{"广深港科技创新走廊", "广珠澳科技创新走廊"}, nil},
		{"a zone that binds a place and its partner joined by 与", "河北省政府工作报告\n推进丰宁与北三县一体化协同发展示范区建设，支持企业与高校合作示范区。",
			[]string{"丰宁与北三县一体化协同发展示范区"}, []string{"企业与高校合作示范区"}},
		{"an institution's branch in a place", "四川省政府工作报告\n支持中国科学院成都分院、四川大学华西医院锦江分院发展，设立分院。",
			[]string{"中国科学院成都分院", "四川大学华西医院锦江分院"}, []string{"成都分院"}},
		{"an area described by travel time is no group", "湖南省政府工作报告\n依托长赣高铁打造一小时经济圈，构建长株潭半小时通勤圈，建设长株潭都市圈。",
			[]string{"长株潭"}, []string{"一小时经济圈", "长株潭半小时通勤圈"}},
		{"a place and 国家 open a designation together, whatever verb follows", "福建省政府工作报告\n建设福州国家自主创新示范区，支持国家自主创新。",
			[]string{"福州国家自主创新示范区"}, nil},
		{"places listed before an area around a feature are its places, not its name", "湖南省政府工作报告\n推进常德、益阳、岳阳环洞庭湖生态经济圈建设。",
			[]string{"环洞庭湖生态经济圈", "岳阳市"}, []string{"岳阳环洞庭湖生态经济圈"}},
		{"a titled plan keeps its period", "湖南省政府工作报告\n落实《湖南省国土空间规划（2021—2035年）》。",
			[]string{"湖南省国土空间规划（2021—2035年）"}, []string{"湖南省国土空间规划"}},
		{"a state firm before the place opens the works' name", "湖南省政府工作报告\n推进国能永州电厂、大唐华银株洲电厂建设。",
			[]string{"国能永州电厂", "大唐华银株洲电厂"}, []string{"永州电厂", "株洲电厂"}},
		{"an industrial district is a park", "广东省政府工作报告\n支持揭阳大南海石化工业区发展，推进老工业区改造。",
			[]string{"揭阳大南海石化工业区"}, []string{"老工业区"}},
		{"a software park and an investment zone are parks", "福建省政府工作报告\n推进泉州台商投资区、福州软件园建设，扩大有效投资区域。",
			[]string{"泉州台商投资区", "福州软件园"}, []string{"有效投资区"}},
		{"a firm's name before the place of its works", "四川省政府工作报告\n推进宁德时代宜宾基地建设，创新赣州高新区管理。",
			[]string{"宁德时代宜宾基地", "赣州高新区"}, []string{"宜宾基地", "创新赣州高新区"}},
		{"a line's generation is part of its name, with the firm before it", "四川省政府工作报告\n推进京东方第8.6代AMOLED生产线建设。",
			[]string{"京东方第8.6代AMOLED生产线"}, []string{"代AMOLED生产线"}},
		{"a macro-region opens a zone's name as a place does", "四川省政府工作报告\n建设西部创意产业集聚区，推进西部地区发展。",
			[]string{"西部创意产业集聚区"}, nil},
		{"an innovation zone is a park", "湖南省政府工作报告\n共建湘赣边红色文化旅游融合发展创新区，建设一批创新区。",
			[]string{"湘赣边红色文化旅游融合发展创新区"}, []string{"一批创新区"}},
		{"the ranks a place joins are a designation", "四川省政府工作报告\n成都纳入国家三大国际科技合作中心之列。",
			[]string{"国家三大国际科技合作中心"}, nil},
		{"a verb never starts a name", hainanTitle + "成功入选国家碳达峰试点。", []string{"国家碳达峰试点"},
			[]string{"入选国家碳达峰试点"}},
		{"获批 is no part of a name", hainanTitle + "获批建设洋浦经济开发区。", []string{"洋浦经济开发区"}, nil},
		{"generic phrase rejected", hainanTitle + "新增省级开发区3个，推进重大项目。", nil, []string{"省级开发区", "重大项目"}},
		{"national strategy", hainanTitle + "深入实施乡村振兴战略和就业优先战略。", []string{"乡村振兴战略", "就业优先战略"}, nil},
		{"a strategy's name holds the verb of what drives it", hainanTitle + "大力实施产业集群带动战略和对外开放牵引战略。",
			[]string{"产业集群带动战略", "对外开放牵引战略"}, []string{"集群带动战略"}},
		{"推进 carries a strategy out as 实施 does", hainanTitle + "推进龙头企业带动战略。",
			[]string{"龙头企业带动战略"}, []string{"企业带动战略"}},
		{"a strategy-word adjective is no strategy", hainanTitle + "培育战略性新兴产业。", nil, []string{"战略"}},
		{"quoted programme", hainanTitle + "实施“人工智能+”行动和“百团千企”行动计划。", []string{"人工智能+行动", "百团千企行动计划"}, nil},
		{"quoted names one after another share the head", hainanTitle + "推动“百团千企”“椰企出海”行动计划，实施“入境旅游”“留学海南”行动。",
			[]string{"百团千企行动计划", "椰企出海行动计划", "入境旅游行动", "留学海南行动"}, []string{"百团千企椰企出海行动计划"}},
		{"a plan quoted whole keeps its adverbs", hainanTitle + "推动“共同富裕计划”和“同心筑梦行动”走深走实。",
			[]string{"共同富裕计划", "同心筑梦行动"}, []string{"富裕计划"}},
		{"two document verbs before a title holding a zone", "上海市政府工作报告\n制定出台综保区提升战略实施方案。",
			[]string{"综保区提升战略实施方案"}, []string{"出台综保区提升战略实施方案"}},
		{"a title with a count of articles is a document", hainanTitle + "产业链协同发展行动方案“20条”落地见效，推进产业链协同发展。",
			[]string{"产业链协同发展行动方案"}, nil},
		{"a pilot named by a quoted word after its verb", hainanTitle + "开展“夜经济”联动促消费试点，实施“百团千企”行动。",
			[]string{"夜经济联动促消费试点"}, []string{"促消费试点"}},
		{"a list's coverage is no name", hainanTitle + "扩大“承诺即入”白名单企业覆盖范围。",
			nil, []string{"承诺即入白名单企业覆盖范围"}},
		{"described programme is no entity", hainanTitle + "开展提振消费专项行动。", nil, []string{"提振消费专项行动"}},
		{"a plan a title names is the title", reportStart + "根据《中共甘肃省委关于制定甘肃省国民经济和社会发展第十五个五年规划的建议》编制纲要。",
			[]string{"中共甘肃省委关于制定甘肃省国民经济和社会发展第十五个五年规划的建议"}, []string{"甘肃省国民经济和社会发展第十五个五年规划"}},
		{"a verb of documents inside the words before a head starts the title", "辽宁省政府工作报告\n推动“一园一策”制定升级方案，逐企编制改造方案，各地印发城市更新行动方案。",
			nil, []string{"一园一策制定升级方案", "升级方案", "逐企编制改造方案", "改造方案"}},
		{"titled document", reportStart + "审议《甘肃省国民经济和社会发展第十五个五年规划纲要（草案）》。",
			[]string{"甘肃省国民经济和社会发展第十五个五年规划纲要（草案）"}, nil},
		{"a quoted period names the plan", "宁夏回族自治区政府工作报告\n标志着“十四五”规划顺利收官，省委“十五五”规划建议提出目标，我们编制了“十五五”规划纲要（草案），争取纳入国家“十五五”口岸发展规划。",
			[]string{"十四五规划", "十五五规划纲要（草案）", "国家十五五口岸发展规划"}, []string{"标志着十四五规划", "了十五五规划纲要（草案）", "十五五口岸发展规划"}},
		{"the object of a verb of inclusion names the list", reportStart + "兰州获批国家服务业扩大开放综合试点城市，将更多人员纳入覆盖范围。",
			[]string{"国家服务业扩大开放综合试点城市"}, []string{"开放综合试点城市", "覆盖范围"}},
		{"a document verb's object with a frame is no title", reportStart + "实施建设用地总量按规划期管控制度，落实好妇女儿童发展十年规划。",
			[]string{"妇女儿童发展十年规划"}, []string{"建设用地总量按规划", "好妇女儿童发展十年规划"}},
		{"a verb before a quoted name takes it as object", "浙江省政府工作报告\n迭代升级“凤凰行动”计划，深入践行“八八战略”。",
			[]string{"凤凰行动计划"}, []string{"迭代升级凤凰行动计划", "深入践行八八战略"}},
		{"a quoted modifier with a place inside is whole", reportStart + "实施“知音甘肃·全球合作伙伴”计划，开展“放心消费在甘肃”行动。",
			[]string{"知音甘肃·全球合作伙伴计划", "放心消费在甘肃行动"}, []string{"甘肃·全球合作伙伴计划", "甘肃行动"}},
		{"a list inside a plan's name is no title", reportStart + "编制城市绿化等专项规划，推动出台金融支持加快西部陆海新通道建设的意见。",
			[]string{"金融支持加快西部陆海新通道建设的意见"}, []string{"城市绿化等专项规划"}},
		{"a county's short name read as a verb is no county", "辽宁省政府工作报告\n把常态化帮扶纳入乡村振兴战略。丹东市振兴区加快发展。",
			[]string{"乡村振兴战略", "振兴区"}, []string{"振兴战略"}},
		{"one character of a verb before 国家", "辽宁省政府工作报告\n建好建强国家中欧班列（沈阳）集结中心。",
			[]string{"国家中欧班列（沈阳）集结中心"}, []string{"强国家中欧班列（沈阳）集结中心"}},
		{"a weak head that ends a foreign place's name", "青海省政府工作报告\n开行西宁—成都—曼谷国际班列，推进青岛港建设。",
			[]string{"青岛港"}, []string{"西宁—成都—曼谷"}},
		{"a verb and its complement before a quoted name", "内蒙古自治区政府工作报告\n全力打好“引绰济辽”工程攻坚战，推动呼和浩特、鄂尔多斯、满洲里3个综保区高质量发展。",
			[]string{"引绰济辽工程", "呼和浩特综保区", "满洲里综保区"}, []string{"打好引绰济辽工程", "浩特综保区"}},
		{"the object of a document verb is the title", reportStart + "制定康养旅游产业发展规划，出台民营经济高质量发展实施意见，制定以下方案。",
			[]string{"康养旅游产业发展规划", "民营经济高质量发展实施意见"}, []string{"制定康养旅游产业发展规划", "以下方案"}},
		{"a pilot named by the list verb that holds it", "江苏省政府工作报告\n获批服务业标准化综合试点，开展农村宅基地改革全国试点，完成两业融合省级试点。",
			[]string{"服务业标准化综合试点", "农村宅基地改革全国试点", "两业融合省级试点"}, []string{"获批服务业标准化综合试点"}},
		{"a pilot only described is no entity", "江苏省政府工作报告\n开展农村宅基地改革试点，推进综合试点。", nil,
			[]string{"农村宅基地改革试点", "综合试点"}},
		{"a local place the dictionary lacks names a facility", "浙江省政府工作报告\n加快大榭岛集装箱码头建设，发展零碳产业园和双创示范基地。",
			[]string{"大榭岛集装箱码头"}, []string{"零碳产业园", "双创示范基地"}},
		{"a verb right after the place that opens a name is its own", "广东省政府工作报告\n组建深圳通用人工智能研究院，推动广州新开区入选首批国家级零碳园区。",
			[]string{"深圳通用人工智能研究院"}, []string{"人工智能研究院", "广州新开区入选首批国家级零碳园区"}},
		{"an abbreviated owner before the place stays in the name", "广东省政府工作报告\n支持北航深圳科创中心、华能汕头电厂二期建设。",
			[]string{"北航深圳科创中心", "华能汕头电厂二期"}, []string{"深圳科创中心", "汕头电厂二期"}},
		{"a section of line works", "湖南省政府工作报告\n推进宁电入湘特高压工程湖南段、西气东输三线湖南段建设。",
			[]string{"宁电入湘特高压工程湖南段", "宁电入湘特高压工程"}, nil},
		{"a local place ends in a terrain final", "福建省政府工作报告\n推进金鸡山机场、白鹭洲大桥建设，推进疏港公路工程。",
			[]string{"金鸡山机场", "白鹭洲大桥"}, []string{"疏港公路工程"}},
		{"names of their own in a list are no shared head", "河南省政府工作报告\n支持郑州大学、河南大学建设，新培育5个左右现代海洋特色产业集聚区。",
			[]string{"郑州大学", "河南大学"}, []string{"郑州大学大学", "现代海洋特色产业集聚区", "左右现代海洋特色产业集聚区"}},
		{"a 工程 programme is no project, works are", "福建省政府工作报告\n实施人才强闽工程和“双千”工程，推进引韩济漳工程、闽江防洪工程、宁电入闽特高压工程建设。",
			[]string{"引韩济漳工程", "闽江防洪工程", "宁电入闽特高压工程"}, []string{"人才强闽工程", "双千工程"}},
		{"an ordinal is no part of a name", "四川省政府工作报告\n全省首座4F级成都天府国际机场扩建，建成全国首条川藏特高压输电通道。",
			[]string{"成都天府国际机场"}, []string{"首座4F级成都天府国际机场", "全省首座4F级成都天府国际机场", "全国首条川藏特高压输电通道"}},
		{"a double dash sets off a name", "四川省政府工作报告\n世界最高的桥梁——雅康大渡河大桥建成通车。",
			[]string{"雅康大渡河大桥"}, []string{"世界最高的桥梁——雅康大渡河大桥"}},
		{"a class or an event is no name", "四川省政府工作报告\n谋划成都安全类项目，建设第十届成都世界运动会配套项目。", nil,
			[]string{"成都安全类项目", "第十届成都世界运动会配套项目"}},
		{"a predicate between two names", "四川省政府工作报告\n四川大学电子信息实验室跻身全国重点实验室，川西高原首个综合保税区封关运营。",
			[]string{"四川大学电子信息实验室"}, []string{"四川大学电子信息实验室跻身全国重点实验室", "川西高原首个综合保税区", "首个综合保税区"}},
		{"parks a class noun closes", "广东省政府工作报告\n提升松山湖、东方芯谷等特色产业园区能级，推进化工、医药等园区整合。",
			[]string{"东方芯谷"}, []string{"化工", "医药", "东方芯谷产业园区"}},
		{"a park with a head of its own in a class list", "广东省政府工作报告\n提升迈瑞小镇、东方芯谷等特色园区能级。",
			[]string{"迈瑞小镇", "东方芯谷"}, nil},
		{"a corridor named by its ends and its kind", "四川省政府工作报告\n推动成渝氢走廊、成渝智行走廊建设，打造美丽走廊。",
			[]string{"成渝氢走廊", "成渝智行走廊"}, []string{"美丽走廊"}},
		{"a proper noun spelt with generic words", "山东省政府工作报告\n建好大运河国家文化公园山东段，发展高科技项目。",
			[]string{"大运河国家文化公园山东段", "大运河国家文化公园"}, []string{"高科技项目"}},
		{"a name written whole in quotes is the quoted words", "河南省政府工作报告\n3所学校入选国家第二期“双高建设计划”。",
			[]string{"双高建设计划"}, []string{"国家第二期双高建设计划", "第二期双高建设计划"}},
		{"a frame closes a strategy's name", hainanTitle + "以新型城镇化战略为抓手，在实施创新驱动发展战略上奋起直追。",
			[]string{"新型城镇化战略", "创新驱动发展战略"}, nil},
		{"a place inside an organisation's one-word name", "浙江省政府工作报告\n浙江工商大学、温州大学入选。",
			[]string{"浙江工商大学", "温州大学", "浙江省"}, nil},
		{"a facility inside a project's name counts", "山东省政府工作报告\n菏泽机场航站楼投用，实施烟台西港区疏港航道等项目。",
			[]string{"菏泽机场航站楼", "菏泽机场", "烟台西港区疏港航道", "烟台西港区"}, nil},
		{"a one-character head read as a verb", "青海省政府工作报告\n青海站在新的起点上，西宁南站建成。",
			[]string{"西宁南站"}, []string{"青海站"}},
		{"a place's projects and a province's stop are no names", "广西壮族自治区政府工作报告\n推进广西项目建设，开展“购在中国（广西站）”活动，建设重庆站、南宁东站。",
			[]string{"重庆站", "南宁东站"}, []string{"广西项目"}},
		{"a count of lanes is no part of a road's name", "广东省政府工作报告\n建成双向8车道湛江疏港高速公路。",
			[]string{"湛江疏港高速公路"}, []string{"双向8车道湛江疏港高速公路"}},
		{"a role described by how much it matters", "云南省政府工作报告\n建设面向南亚东南亚开放重要通道和昆明关键枢纽，坚持创新发展首要战略。", nil,
			[]string{"南亚东南亚开放重要通道", "昆明关键枢纽", "创新发展首要战略"}},
		{"a kind of plant is no name", "山西省政府工作报告\n首座抽水蓄能电站建成投产，建设虚拟电厂和储能电站，推进西龙池抽水蓄能电站建设。",
			[]string{"西龙池抽水蓄能电站"}, []string{"蓄能电站", "虚拟电厂", "储能电站", "抽水蓄能电站"}},
		{"a route named by its ends whatever the segmenter makes of them", "黑龙江省政府工作报告\n加力建设鹤同铁路，推动中老铁路、中吉乌铁路提质增效。",
			[]string{"鹤同铁路", "中老铁路", "中吉乌铁路"}, nil},
		{"proper names sharing a facility's head after 等", "云南省政府工作报告\n推进白鹤滩、虎跳峡等水电站建设，推进新阜高速等项目。",
			[]string{"白鹤滩水电站", "虎跳峡水电站"}, []string{"新阜高速项目"}},
		{"a verb after a noun is a plan's own", "吉林省政府工作报告\n抓好盐碱地改造国家试点，入选国家生态产品价值实现机制试点，发布生物多样性保护战略。",
			[]string{"盐碱地改造国家试点", "国家生态产品价值实现机制试点", "生物多样性保护战略"}, []string{"国家试点", "机制试点", "发布生物多样性保护战略"}},
		{"a character no dictionary knows makes a name", "广东省政府工作报告\n冚头港投入运营，推进港口建设。",
			[]string{"冚头港"}, nil},
		{"a place before a national list takes part in it", "吉林省政府工作报告\n推进延吉国家城市更新试点，建设珲春国家碳达峰试点。",
			[]string{"国家城市更新试点", "国家碳达峰试点"}, []string{"延吉国家城市更新试点"}},
		{"a border note is no part of a route's name", "湖南省政府工作报告\n推进炎陵至睦村(湘赣界)高速公路建设。",
			[]string{"炎陵至睦村高速公路"}, []string{"炎陵至睦村(湘赣界)高速公路"}},
		{"along or around a place names the area", "江苏省政府工作报告\n打造沿沪宁产业创新带，建设环太湖科创走廊。",
			[]string{"沿沪宁产业创新带"}, []string{"沪宁产业创新带"}},
		{"a community named by its area", "广东省政府工作报告\n共建粤港澳科技创新共同体，构建人类命运共同体，铸牢中华民族共同体意识。",
			[]string{"粤港澳科技创新共同体"}, []string{"人类命运共同体", "中华民族共同体"}},
		{"a network described is no line named", "湖南省政府工作报告\n构建长株潭半小时高铁圈和“五纵七横”高速公路网，新增铁路300公里。", nil,
			[]string{"长株潭半小时高铁", "新增铁路"}},
		{"a count and a list's head are a counted kind, quoted or not; a quoted counted action is a programme's name (corpus gold: “十项行动”)", "湖南省政府工作报告\n实施“九大行动”，落实“五张清单”，推进“湘品出海”行动。",
			[]string{"湘品出海行动", "九大行动"}, []string{"五张清单"}},
		{"a head the segmenter joins to the verb after it", "浙江省政府工作报告\n推动钱塘江海塘安澜工程建设。",
			[]string{"钱塘江海塘安澜工程"}, nil},
		{"short items take the class as a shared head", "陕西省政府工作报告\n建成镇安、曹坪等抽水蓄能项目，引进德国、日本等先进制造业项目。",
			[]string{"镇安抽水蓄能项目", "曹坪抽水蓄能项目"}, []string{"德国先进制造业项目", "德国", "日本"}},
		{"three-character items take a class that says what works they are", "陕西省政府工作报告\n推进大柳塔、大海则等煤矿项目，盘活袁家村等一批存量旅游项目。",
			[]string{"大柳塔煤矿项目", "大海则煤矿项目"}, []string{"大柳塔", "袁家村存量旅游项目"}},
		{"an item named by its ends takes the kind of works", "陕西省政府工作报告\n建设榆林至湖北等特高压工程，推进陕北至安徽等特高压输电工程。",
			[]string{"榆林至湖北特高压工程"}, []string{"榆林至湖北"}},
		{"sizes opening listed items describe works, voltages are part of a line's name", "江西省政府工作报告\n开工500千伏赣抚、220千伏昌东等输变电工程，建成50万吨级碳捕集利用、200兆瓦级压缩空气储能等项目。",
			[]string{"500千伏赣抚输变电工程", "220千伏昌东输变电工程"}, []string{"赣抚输变电工程", "500千伏赣抚", "50万吨级碳捕集利用", "200兆瓦级压缩空气储能"}},
		{"a voltage after a count is the listed lines' and named with each", "江西省政府工作报告\n推进樟树、丰城、金如岭等8个500千伏电网工程，加快220千伏、110千伏输变电工程建设。",
			[]string{"樟树500千伏电网工程", "丰城500千伏电网工程", "金如岭500千伏电网工程"}, []string{"500千伏电网工程", "220千伏输变电工程", "110千伏输变电工程"}},
		{"a voltage opens the name of a line between places", "四川省政府工作报告\n建成330千伏阿坝若尔盖第二回线路工程，开工1000千伏甘孜—天府南特高压交流工程。",
			[]string{"330千伏阿坝若尔盖第二回线路工程"}, []string{"阿坝若尔盖第二回线路工程"}},
		{"places one after another open a name together", "四川省政府工作报告\n推动川南渝西融合发展试验区建设。",
			[]string{"川南渝西融合发展试验区"}, []string{"渝西融合发展试验区"}},
		{"a law is no plan", reportStart + "贯彻《民营经济促进法》。", nil, []string{"民营经济促进法"}},
		{"phase names the facility too", hainanTitle + "推进美兰机场三期建设。", []string{"美兰机场三期", "美兰机场"}, nil},
		{"section names the route too", sichuanTitle + "加快成达万高铁四川段建设。", []string{"成达万高铁四川段", "成达万高铁"}, nil},
		{"a section after a road number", xinjiangTitle + "推动G679线乌拉斯台至奇台、G314线喀什至塔什库尔干等项目开工。",
			[]string{"G679线乌拉斯台至奇台", "G679", "G314线喀什至塔什库尔干", "G314"}, []string{"至奇台", "至塔什库尔干"}},
		{"works between a facility and 工程", "江苏省政府工作报告\n推进秦淮河航道整治工程、石臼湖水库除险加固工程建设。",
			[]string{"秦淮河航道整治工程", "石臼湖水库除险加固工程"}, nil},
		{"a line project between two places", "内蒙古自治区政府工作报告\n推进赤峰至锦州输氢氨醇管道建设。",
			[]string{"赤峰至锦州输氢氨醇管道"}, nil},
		{"a place word in a verb phrase", xinjiangTitle + "建设将军庙至淖毛湖铁路。", []string{"将军庙至淖毛湖铁路"}, nil},
		{"national zone with words that are also verbs", hainanTitle + "创建国家服务贸易创新发展示范区。",
			[]string{"国家服务贸易创新发展示范区"}, nil},
		{"project named by a place word", xinjiangTitle + "加快大石峡水利枢纽和南疆天然气管道建设。",
			[]string{"大石峡水利枢纽"}, nil},
		{"a national designation named by its field", hainanTitle + "推进国家数字经济创新发展试验区建设，创建国家重点实验室和国家级开发区。",
			[]string{"国家数字经济创新发展试验区"}, []string{"国家重点实验室", "国家级开发区"}},
		{"a head that runs on into another word", hainanTitle + "给经济社会发展带来新机遇。", nil, []string{"经济社会发展带"}},
		{"a conjunction inside a name", "重庆市政府工作报告\n组建重庆信息与智慧医学研究院。推进萍乡和长沙科创中心建设。",
			[]string{"重庆信息与智慧医学研究院", "长沙科创中心"}, []string{"萍乡和长沙科创中心"}},
		{"a kind of zone is no zone", "上海市政府工作报告\n建设外向型产业集聚区和美丽乡村先行区，加快张江科学城建设。",
			[]string{"张江科学城"}, []string{"外向型产业集聚区", "美丽乡村先行区"}},
		{"projects a class noun closes", "吉林省政府工作报告\n推动吉林梅花60万吨赖氨酸、中船二期等项目，加快交通、水利等重大项目。",
			[]string{"吉林梅花60万吨赖氨酸", "中船二期"}, []string{"交通", "水利"}},
		{"shared head after a count", "湖北省政府工作报告\n武汉东湖、襄阳、宜昌3家高新区位列全国前列。",
			[]string{"武汉东湖高新区", "襄阳高新区", "宜昌高新区"}, nil},
		{"lines a class noun closes", "上海市政府工作报告\n加快建设崇明线、上海示范区线、13号线东延伸等轨道交通线。",
			[]string{"崇明线", "上海示范区线", "13号线东延伸"}, []string{"上海示范区", "崇明线示范区"}},
		{"routes a counted class closes take its head", "广西壮族自治区政府工作报告\n续建黄桶至百色、合浦至湛江等7个铁路项目，推进岚皋至陕渝界等高速公路项目。",
			[]string{"黄桶至百色铁路", "合浦至湛江铁路", "岚皋至陕渝界高速公路"}, []string{"黄桶至百色", "合浦至湛江"}},
		{"counts and qualifiers before the class", "吉林省政府工作报告\n长春光机三期、查干湖二期等1.1万个重大产业项目投产，长白山一期等1.2万个亿元以上新建续建项目建设。",
			[]string{"长春光机三期", "查干湖二期", "长白山一期"}, nil},
		{"a class noun after modifiers", "陕西省政府工作报告\n推动引汉济渭二期、东庄水利枢纽等重大水利工程建设，实施秦岭北麓、渭河干流等关键区域生态修复工程。",
			[]string{"引汉济渭二期"}, []string{"秦岭北麓", "渭河干流"}},
		{"corridors named by quoted ends", "湖南省政府工作报告\n“长株潭”先进装备、“岳常益”绿色食品等产业走廊加快建设，推动“衡邵永”城市群协同发展。",
			[]string{"长株潭先进装备产业走廊", "岳常益绿色食品产业走廊", "衡邵永城市群"}, nil},
		{"proper names sharing a head with no 等", "浙江省政府工作报告\n持续支持之江、西湖、良渚实验室发展，建设绿色算力、数据产业集聚区。",
			[]string{"之江实验室", "西湖实验室", "良渚实验室"}, []string{"绿色算力集聚区"}},
		{"a transfer between provinces", xinjiangTitle + "推进疆电入渝和“疆算入渝”，提升疆电外送能力，扩大外电入鲁规模。",
			[]string{"疆电入渝", "疆算入渝", "疆电外送"}, []string{"外电入鲁", "电入鲁"}},
		{"a place after another name in a list sharing a head", "重庆市政府工作报告\n推进合川渭沱、乌江彭水等多式联运枢纽建设。",
			[]string{"合川渭沱多式联运枢纽", "乌江彭水多式联运枢纽"}, []string{"彭水多式联运枢纽"}},
		{"corridors listed by their ends", "安徽省政府工作报告\n推进合六、合淮、合滁产业走廊建设。",
			[]string{"合六产业走廊", "合淮产业走廊", "合滁产业走廊"}, nil},
		{"laboratories named field first, level after", "河南省政府工作报告\n组建作物基因组学与分子育种全国重点实验室、智慧农业河南省实验室，推进河南省实验室建设，新增全国重点实验室3家，支持郑州大学牵头建设全国重点实验室。",
			[]string{"作物基因组学与分子育种全国重点实验室", "智慧农业河南省实验室"},
			[]string{"分子育种全国重点实验室", "郑州大学牵头建设全国重点实验室", "牵头建设全国重点实验室"}},
		{"parks named by an industry's town", "吉林省政府工作报告\n支持长春国际汽车城、通化国际医药城发展，建设天津国际航运中心。",
			[]string{"长春国际汽车城", "通化国际医药城", "天津国际航运中心"}, nil},
		{"works described by their capacity are no names", "甘肃省政府工作报告\n建成5万吨高纯硅材料项目和300万千瓦风光储一体化项目，疏浚30万吨级金塘航道，建设750千伏张掖输变电工程。",
			[]string{"金塘航道", "750千伏张掖输变电工程"}, []string{"张掖输变电工程", "万吨高纯硅材料项目", "高纯硅材料项目", "万千瓦风光储一体化项目", "风光储一体化项目"}},
		{"a name right after a count is a kind", "河北省政府工作报告\n新建5个省级算力产业园，建成一批风光储一体化项目，推进12个源网荷储一体化项目。",
			nil, []string{"省级算力产业园", "源网荷储一体化项目"}},
		{"a weak head inside a word is none", "江西省政府工作报告\n九江港红光作业区开港运行，建好院士工作站。",
			[]string{"九江港红光作业区"}, []string{"九江港红光作业区开港"}},
		{"verb-result compounds open no name", "四川省政府工作报告\n推深做实成都平原经济区一体化发展，走深走实“天府粮仓”建设行动，推进国家干细胞资源库建设。",
			[]string{"成都平原经济区", "天府粮仓建设行动", "国家干细胞资源库"}, []string{"推深做实成都平原经济区", "走深走实天府粮仓建设行动"}},
		{"places listed before a plan share its title", "江西省政府工作报告\n批复宜春、新余国土空间总体规划。",
			[]string{"宜春国土空间总体规划", "新余国土空间总体规划"}, []string{"宜春、新余国土空间总体规划"}},
		{"an association of parks is no park, several strategies no strategy", "四川省政府工作报告\n西部地区国家高新区联盟在成都成立，粤港澳大湾区科技园区联盟揭牌，发挥多重国家发展战略叠加优势。",
			nil, []string{"西部地区国家高新区", "粤港澳大湾区科技园区", "多重国家发展战略"}},
		{"quoted names one after another after a place are the place's", "四川省政府工作报告\n打造川渝“氢走廊”“智造走廊”，建设成德“电走廊”“数字走廊”。",
			[]string{"川渝氢走廊", "川渝智造走廊", "成德电走廊", "成德数字走廊"}, []string{"智造走廊", "数字走廊"}},
		{"a phase of a headless name names its project too", "江西省政府工作报告\n加快赣锋锂电三期、孚能科技二期建设，推进南昌港区改造二期。",
			[]string{"赣锋锂电三期", "赣锋锂电", "孚能科技二期", "孚能科技", "南昌港区改造二期"}, []string{"南昌港区改造"}},
		{"railway lines named by their ends and 线", "湖南省政府工作报告\n推进京广线、焦柳线扩能改造，建设长株线东延伸，守牢安全底线，沿线城市新上线一批平台。",
			[]string{"京广线", "焦柳线", "长株线", "长株线东延伸"}, []string{"安全底线", "新上线", "底线"}},
		{"through and link lines are railways", "广东省政府工作报告\n加快广州枢纽直通线、白云机场联络线建设。",
			[]string{"广州枢纽直通线", "白云机场联络线"}, []string{"广州枢纽"}},
		{"characters read one by one before a head spell a name", xinjiangTitle + "推动别迭里口岸常态化开放。",
			[]string{"别迭里口岸"}, nil},
		{"works done on a facility end an item of a list of works", "江西省政府工作报告\n开工赣江南昌段河道治理、峡江灌区现代化改造等工程。",
			[]string{"赣江南昌段河道治理", "峡江灌区现代化改造"}, nil},
		{"counts by size listed before the class", "福建省政府工作报告\n推进宁德霞浦储能电站、福州江阴化工新材料等8个百亿元、25个50亿元以上重大项目建设。",
			[]string{"宁德霞浦储能电站", "福州江阴化工新材料"}, nil},
		{"a two-character item takes a counted route class", "四川省政府工作报告\n推进成达等2个在建铁路项目、渝湘等3个高速公路项目。",
			[]string{"成达铁路", "渝湘高速公路"}, []string{"成达", "渝湘"}},
		{"a route's weak head in a list of projects", "云南省政府工作报告\n宝象高速、墨临高速、煤制烯烃等32个重大项目建成。",
			[]string{"宝象高速", "墨临高速"}, []string{"宝象高速、墨临高速"}},
		{"a noun before a shared head is shared", "四川省政府工作报告\n良渚、金沙遗址博物馆建成开放，推进盘龙城等遗址博物馆建设。",
			[]string{"良渚遗址博物馆", "金沙遗址博物馆", "盘龙城遗址博物馆"}, []string{"良渚博物馆"}},
		{"names in a list vouch for a name without a place", "四川省政府工作报告\n建设成都知识产权交易中心、西部算力调度服务中心、重庆药品交易所等要素平台。",
			[]string{"成都知识产权交易中心", "西部算力调度服务中心", "重庆药品交易所"}, nil},
		{"a list vouches for an item of generic words", "江苏省政府工作报告\n推动南京江北新区、苏州工业园区、湾区新城开发提速。",
			[]string{"湾区新城"}, nil},
		{"a list of roles vouches for nothing", "上海市政府工作报告\n建设国际金融中心、国际航运中心和上海国际贸易中心。",
			nil, []string{"国际航运中心", "国际金融中心"}},
		{"works on a facility as a list item", "江西省政府工作报告\n推进赣江航道疏浚、袁河航道整治和白莲河水库除险加固。",
			[]string{"赣江航道疏浚", "袁河航道整治", "白莲河水库除险加固"}, nil},
		{"a named item vouches for brand names in a list of projects", "江苏省政府工作报告\n推进华友钴业二期、亿纬锂能、乡村振兴、智能网联汽车等重大项目建设。",
			[]string{"华友钴业二期", "亿纬锂能"}, []string{"乡村振兴", "智能网联汽车"}},
		{"works on a facility are named by it", "西藏自治区政府工作报告\n开工帕孜水利枢纽工程。",
			[]string{"帕孜水利枢纽工程"}, nil},
		{"a route's first end need not be a place", "江苏省政府工作报告\n开工建设洋口港至如东铁路。",
			[]string{"洋口港至如东铁路"}, []string{"如东铁路"}},
		{"a facility after 至 is a route's end", "云南省政府工作报告\n推进G214德钦至迪庆机场段改造。",
			[]string{"迪庆机场"}, []string{"德钦至迪庆机场"}},
		{"a place's network of a kind of road is no route", "贵州省政府工作报告\n打造云南旅游公路品牌，完善四川农村公路网络，建设川藏公路。",
			[]string{"川藏公路"}, []string{"云南旅游公路", "四川农村公路"}},
		{"a strategy described by how much it matters is a role", "湖南省政府工作报告\n坚持高水平开放首要战略，推进制造强省首要战略，深入实施创新驱动发展战略。",
			[]string{"创新驱动发展战略"}, []string{"坚持高水平开放首要战略", "制造强省首要战略"}},
		{"a proper name before 国家 names the designation", "江西省政府工作报告\n建设南丰蜜桔国家地理标志产品保护示范区，推进“庐山云雾”国家地理标志产品保护示范区，推动设立白鹤国家保护研究中心。",
			[]string{"南丰蜜桔国家地理标志产品保护示范区", "庐山云雾国家地理标志产品保护示范区", "白鹤国家保护研究中心"}, []string{"国家地理标志产品保护示范区", "国家保护研究中心"}},
		{"a level before the place that names a designation is no part of it", "湖南省政府工作报告\n成立省湘赣边区域合作示范区建设工作小组，支持建设市岳阳临港产业新区。",
			[]string{"湘赣边区域合作示范区"}, []string{"省湘赣边区域合作示范区"}},
		{"an adverb and a quoted word after the place that opens a name are the name's", "浙江省政府工作报告\n推进湖州“绿色”同步转型改革示范区建设，支持衢州同步推进共同富裕示范区。",
			[]string{"湖州绿色同步转型改革示范区"}, nil},
		{"the first stop of a tour is no station", "云南省政府工作报告\n健全青年人才入滇“第一站”服务体系，承办“边境行”首站活动，建设昆明南站。",
			[]string{"昆明南站"}, []string{"青年人才入滇第一站", "边境行首站"}},
		{"a train service on a line is no line", "广西壮族自治区政府工作报告\n开通桂粤高铁专列，加密高铁动车组开行，建设南崇铁路。",
			[]string{"南崇铁路"}, []string{"桂粤高铁", "加密高铁"}},
		{"a layout written as a formula is no name", "云南省政府工作报告\n构建“1+3+N”园区体系，编制省属企业2+X规划，实施“人工智能+”行动。",
			[]string{"人工智能+行动"}, []string{"1+3+N园区", "省属企业2+X规划"}},
		{"a place and a document's head alone is no title", "云南省政府工作报告\n贡献更多云南方案，服务宁夏战略，制定云南省数字经济发展规划。",
			[]string{"云南省数字经济发展规划"}, []string{"云南方案", "宁夏战略"}},
		{"more verbs that open what plans do", "宁夏回族自治区政府工作报告\n紧扣乡村振兴战略，锚定就业优先战略，着眼国家碳达峰试点。",
			[]string{"乡村振兴战略", "就业优先战略", "国家碳达峰试点"}, []string{"紧扣乡村振兴战略", "锚定就业优先战略"}},
		{"a verb before 中国 and places of a cluster open no name", "北京市政府工作报告\n建成开放中国大运河博物馆，推进良乡、沙河等全国重点实验室集群建设。",
			[]string{"中国大运河博物馆"}, []string{"开放中国大运河博物馆", "良乡全国重点实验室", "沙河全国重点实验室"}},
		{"a verb opens no item of a list sharing a head", "河南省政府工作报告\n建成重大科技基础设施3个、新增河南实验室5家，研发投入占比提高\n组建嵩山、神农等实验室。",
			[]string{"嵩山实验室", "神农实验室"}, []string{"新增河南实验室"}},
		{"a bare batch after a verb of inclusion is no part of the list's name", "湖南省政府工作报告\n长沙经开区入选首批国家级零碳园区建设名单，株洲入选全国首批碳达峰试点城市。",
			[]string{"国家级零碳园区建设名单", "全国首批碳达峰试点城市"}, []string{"首批国家级零碳园区建设名单"}},
		{"quotes inside a name take no room of its reach", "湖南省政府工作报告\n长沙、株洲成为国家首批新能源汽车“光储充放一体化”应用试点城市，长沙入选国家首批智能网联汽车车路云一体化应用试点城市。",
			[]string{"国家首批新能源汽车光储充放一体化应用试点城市", "国家首批智能网联汽车车路云一体化应用试点城市"}, nil},
		{"a verb and a kind of document is no title", "江西省政府工作报告\n编制完善配套规划和工作方案，出台优化营商环境行动方案。",
			[]string{"优化营商环境行动方案"}, []string{"完善配套规划", "完善配套规划和工作方案"}},
		{"a place's key projects are a kind", "甘肃省政府工作报告\n推动金昌新材料产业园重点项目投产，实施兰州新区标志性工程。",
			[]string{"金昌新材料产业园"}, []string{"金昌新材料产业园重点项目", "兰州新区标志性工程"}},
		{"parties counted before 共建 are its subject, not the zone's name", "广西壮族自治区政府工作报告\n粤桂两省区共建粤桂合作特别试验区，湘琼先进制造业共建产业园加快建设。",
			[]string{"粤桂合作特别试验区", "湘琼先进制造业共建产业园"}, []string{"粤桂两省区共建粤桂合作特别试验区"}},
		{"a place's roads are no route", "贵州省政府工作报告\n推进贵州铁路投资建设，完善四川公路养护。",
			nil, []string{"贵州铁路", "四川公路"}},
		{"a plan named only by verbs is no title", "湖南省政府工作报告\n各市出台贯彻执行意见。",
			nil, []string{"贯彻执行意见"}},
		{"a place straddling a head's start keeps its characters", "广东省政府工作报告\n举办“乐购岭南（广西站）”促消费活动，推进广州南站枢纽建设。",
			nil, []string{"广西站"}},
		{"a slogan of counted things is no name", "广东省政府工作报告\n加快“一核两地一园一通道”布局。",
			nil, []string{"一核两地一园一通道"}},
		{"an event named after a thing is no thing", "浙江省政府工作报告\n办好世界互联网大会和中国自贸港论坛。",
			nil, []string{"中国自贸港"}},
		{"fields of work in a list of projects are no projects", "海南省政府工作报告\n推进集成电路装备制造、碳化硅器件封装等项目落地。",
			nil, []string{"集成电路装备制造", "碳化硅器件封装"}},
		{"works and firms' projects are no fields", "海南省政府工作报告\n推进南渡江引水、比亚迪12吉瓦时电池扩产等项目建设。",
			[]string{"南渡江引水", "比亚迪12吉瓦时电池扩产"}, nil},
		{"a country's character is no name", "海南省政府工作报告\n建设中国特色世界一流大学和中国特色自由贸易港。",
			nil, []string{"中国特色自由贸易港", "中国特色世界一流大学"}},
		{"quoted names listed before a park's kind", "浙江省政府工作报告\n深化“梦想小镇”、“良渚玉鸟”等数字创新示范区建设，推进“五个新城”等重点功能区建设。",
			[]string{"梦想小镇", "良渚玉鸟"}, []string{"五个新城"}},
		{"venues are projects, memorial halls institutions", "陕西省政府工作报告\n建成西安奥体中心体育馆、延安大剧院和照金纪念馆，新建一批县级体育馆。",
			[]string{"西安奥体中心体育馆", "延安大剧院", "照金纪念馆"}, []string{"县级体育馆"}},
		{"a section from one end to the other", "湖南省政府工作报告\n建成张吉怀高铁张家界至芙蓉镇段，推进洞庭湖港区改造三期。",
			[]string{"张吉怀高铁张家界至芙蓉镇段", "洞庭湖港区改造三期"}, nil},
		{"a type of thing is no name", "河南省政府工作报告\n新建调蓄型水库5座，培育外向型产业集聚区。",
			nil, []string{"调蓄型水库", "外向型产业集聚区"}},
		{"a kind counted is no name", "河南省政府工作报告\n新认定省级智能制造示范园区12个，国家级绿色工业园区达到20家。",
			nil, []string{"省级智能制造示范园区", "国家级绿色工业园区"}},
		{"a phase of a thing named without a head", "福建省政府工作报告\n宁德时代车里湾三期建成投产，漳州核电二期工程开工。",
			[]string{"宁德时代车里湾三期", "漳州核电二期工程"}, nil},
		{"a phase inside a longer name is no project", "福建省政府工作报告\n设立福建海丝二期基金。",
			nil, []string{"福建海丝二期"}},
		{"a bare list of routes named by their ends shares the head", "河北省政府工作报告\n开工建设京雄、津潍高铁，推进沪渝、宁芜铁路前期工作。",
			[]string{"京雄高铁", "津潍高铁", "沪渝铁路", "宁芜铁路"}, nil},
		{"items with heads of their own share nothing", "重庆市政府工作报告\n建成渝厦高铁重庆东至黔江段、渝湘复线高速。",
			[]string{"渝厦高铁重庆东至黔江段", "渝湘复线高速"}, []string{"铁重庆东至黔江段复线高速", "渝厦高铁重庆东至黔江段复线高速"}},
		{"a class in apposition is no part of a route's name", "宁夏回族自治区政府工作报告\n国家重点工程中兰高铁全线贯通，建成银西高铁。",
			[]string{"中兰高铁", "银西高铁"}, []string{"国家重点工程中兰高铁", "工程中兰高铁", "成银西高铁"}},
		{"a section between two places ending in a stop character", "江苏省政府工作报告\n推进宁杭高速南京至江都段扩建。",
			[]string{"宁杭高速南京至江都段"}, nil},
		{"a tonnage class opens no name", "福建省政府工作报告\n20万吨级湄洲湾航道建成投运。",
			[]string{"湄洲湾航道"}, []string{"万吨级湄洲湾航道"}},
		{"经 is a preposition unless it joins places", "云南省政府工作报告\n本地企业经中老铁路出口增长，推进兴义经永州至郴州铁路前期工作，完善村道公路。",
			[]string{"中老铁路", "兴义经永州至郴州铁路"}, []string{"本地企业经中老铁路", "村道公路"}},
		{"each one's plan and a place's schools are kinds", "内蒙古自治区政府工作报告\n制定各领域数据开放实施方案，推动500所中小学与上海市学校结对。",
			nil, []string{"各领域数据开放实施方案", "上海市学校"}},
		{"a phase must say what it is of", "山西省政府工作报告\n加快国电湖东、同热三期等新一代煤电试点项目建设，推进新一代高铁建设。",
			nil, []string{"热三期", "新一代高铁"}},
		{"a zone inside a plan's title does not open with its verb", "宁夏回族自治区政府工作报告\n制定实施建设黄河生态保护先行区方案。",
			nil, []string{"建设黄河生态保护先行区"}},
		{"a count of places and a per-capita figure are no names", "甘肃省政府工作报告\n夏河、合作、临潭3县高速项目全部开工，人均图书馆拥有量居前列，发展深部工程、海洋工程。",
			nil, []string{"临潭3县高速项目", "人均图书馆", "海洋工程"}},
		{"a name does not open inside brackets it does not close", "甘肃省政府工作报告\n建成国家算力网络（甘肃）枢纽节点一期项目。",
			nil, []string{"甘肃）枢纽节点一期项目"}},
		{"a layout of counted parts is no name", "青海省政府工作报告\n完善“一主五辅”民用机场布局，构建三横四纵高速公路网骨架，推进苏州三区一体化发展示范区建设。",
			[]string{"苏州三区一体化发展示范区"}, []string{"一主五辅民用机场", "三横四纵高速公路"}},
		{"a place's kind counted is no name", "陕西省政府工作报告\n新增陕西实验室5家，建成闽宁产业园12个。",
			nil, []string{"新增陕西实验室", "陕西实验室", "闽宁产业园"}},
		{"a word that stands inside names does not end a listed project", "黑龙江省政府工作报告\n开工建设松嫩平原节水提升增效一期、哈伊高铁等重大项目，推进水资源综合利用、准东3个煤制气等项目。",
			[]string{"松嫩平原节水提升增效一期"}, []string{"增效一期", "准东3个煤制气"}},
		{"a firm before 和 is no part of the next name", "北京市政府工作报告\n支持首都数据集团和国际数据交易所发展，完善市郊铁路。",
			nil, []string{"首都数据集团和国际数据交易所", "市郊铁路"}},
		{"a description by rank before a name is no part of it", "湖北省政府工作报告\n中部最大综合保税区郑州新郑综合保税区加快发展，打造中国最美生态旅游走廊。",
			[]string{"郑州新郑综合保税区"}, []string{"中部最大综合保税区郑州新郑综合保税区", "中部最大综合保税区", "中国最美生态旅游走廊"}},
		{"a zone and a place's park within it are two names", "湖南省政府工作报告\n建设湘赣开放合作试验区浏阳园区和醴陵园区，办好郴州(广州)产业园。",
			[]string{"湘赣开放合作试验区", "浏阳园区", "醴陵园区", "郴州(广州)产业园"}, []string{"湘赣开放合作试验区浏阳园区"}},
		{"a zone named before its pilot", "湖南省政府工作报告\n复制推广上海、浙江自由贸易试验区改革试点经验。",
			[]string{"上海自由贸易试验区", "浙江自由贸易试验区"}, nil},
		{"an institution named by its number", "湖南省政府工作报告\n推进市二医院、县第一中学建设，三医院改造。",
			[]string{"市二医院", "县第一中学"}, []string{"三医院"}},
		{"chemical zones are parks", "浙江省政府工作报告\n推进宁波化工区、衢州高新区化工园区提升。",
			[]string{"宁波化工区"}, nil},
		{"the first of a kind is a description", "海南省政府工作报告\n首条柔性显示模组生产线投产，建成国内首个海洋牧场示范工程。",
			nil, []string{"柔性显示模组生产线", "海洋牧场示范工程"}},
		{"a plan of a belt names the belt", "新疆维吾尔自治区政府工作报告\n实施天山北坡经济带发展规划，编制环准噶尔经济带发展规划。",
			[]string{"环准噶尔经济带发展规划", "环准噶尔经济带"}, nil},
		{"the works done stand in a project's name", "湖南省政府工作报告\n推进洞庭湖区水运能级提升工程、碧鸡山矿区生态修复项目和城中村改造项目。",
			[]string{"洞庭湖区水运能级提升工程", "碧鸡山矿区生态修复项目"}, []string{"城中村改造项目"}},
		{"a line's current and reinforcement are its works", "四川省政府工作报告\n建成川藏特高压交流加强工程。",
			[]string{"川藏特高压交流加强工程"}, []string{"川藏特高压"}},
		{"shared head of abbreviated routes", "天津市政府工作报告\n加快京沪、津沧等高速公路改扩建。",
			[]string{"京沪高速公路", "津沧高速公路"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectMatching(t, mentioned(extractText(t, tc.text)), tc.want, tc.not, func(g, n string) bool {
				return g == n || (n == "战略" && strings.HasSuffix(g, "战略"))
			})
		})
	}
}

// TestHeadTypes: the head of a name gives its type, the longest head
// winning (实验站 over 站).
func TestHeadTypes(t *testing.T) {
	tests := []struct {
		name, text, entity string
		typ                kg.EntityType
	}{
		{"a research station is an institution, not a hub", "广东省政府工作报告\n建设江门中微子实验站。", "江门中微子实验站", kg.Institution},
		{"a railway's link line is a railway", "广西壮族自治区政府工作报告\n推进中越准轨铁路连接线建设。", "中越准轨铁路连接线", kg.Railway},
		{"a military museum is an institution", "甘肃省政府工作报告\n兰州革命军事馆建成开放。", "兰州革命军事馆", kg.Institution},
		{"a corridor of science and innovation is a region group, as the corpus gold types every corridor", "浙江省政府工作报告\n建设宁波甬江科创走廊。", "宁波甬江科创走廊", kg.RegionGroup},
		{"a park of colleges is a park", "浙江省政府工作报告\n推进下沙高教园提质发展。", "下沙高教园", kg.Park},
		{"a scenic byway is a road", "四川省政府工作报告\n建设大熊猫旅游风景道。", "大熊猫旅游风景道", kg.Road},
		{"a nuclear power station is a project, not a station", "福建省政府工作报告\n推进漳州核电站3号机组建设。", "漳州核电站", kg.Project},
		{"a big-science facility is a project", "广东省政府工作报告\n推进强流重离子加速器装置、高能同步辐射光源建设。", "强流重离子加速器装置", kg.Project},
		{"a light source named by its city is a project", "安徽省政府工作报告\n加快合肥先进光源建设。", "合肥先进光源", kg.Project},
		{"a river the dictionary reads as a person's name after one character names works", "福建省政府工作报告\n推进木兰溪防洪工程建设。", "木兰溪防洪工程", kg.Project},
		{"a city of science and education is a park", "广东省政府工作报告\n建设西丽湖国际科教城。", "西丽湖国际科教城", kg.Park},
		{"a zone of cooperation is a park", "浙江省政府工作报告\n建设浙皖闽赣国家生态旅游协作区。", "浙皖闽赣国家生态旅游协作区", kg.Park},
		{"a starting area is a park", "山东省政府工作报告\n推进济南新旧动能转换起步区建设。", "济南新旧动能转换起步区", kg.Park},
		{"an eco-city is a park", "天津市政府工作报告\n推进中新天津生态城建设。", "中新天津生态城", kg.Park},
		{"a logistics hub of a kind keeps its kind", "广西壮族自治区政府工作报告\n建设南宁陆港型国家物流枢纽。", "南宁陆港型国家物流枢纽", kg.Hub},
		{"a metropolitan area is a region group", "深圳市政府工作报告\n对接香港北部都会区。", "香港北部都会区", kg.RegionGroup},
		{"a bonded port area is a park", "江苏省政府工作报告\n加快张家港保税港区建设。", "张家港保税港区", kg.Park},
		{"an airport economic zone is a park", "海南省政府工作报告\n建设三亚临空经济区。", "三亚临空经济区", kg.Park},
		{"a head a word runs on into is the head, not the weak one it overlaps", "海南省政府工作报告\n推进海南西环高铁公交化改造。", "海南西环高铁", kg.Railway},
		{"a museum named 博物院 is an institution", "福建省政府工作报告\n加快福建博物院建设。", "福建博物院", kg.Institution},
		{"a literature hall is an institution", "广东省政府工作报告\n建设广东文学馆。", "广东文学馆", kg.Institution},
		{"a science park is a park", "广东省政府工作报告\n推进佛山高新区与香港科学园合作。", "香港科学园", kg.Park},
		{"an observatory is an institution", "云南省政府工作报告\n推进丽江天文台建设。", "丽江天文台", kg.Institution},
		{"a station of a line is a hub", "江西省政府工作报告\n建成赣州西站。", "赣州西站", kg.Hub},
		{"an innovation port is a park, not a port", "湖北省政府工作报告\n建设武汉光谷创新港。", "武汉光谷创新港", kg.Park},
		{"a pilot base is an institution, not a park", "湖北省政府工作报告\n建设武汉人工智能中试基地。", "武汉人工智能中试基地", kg.Institution},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, tc.text)
			for _, e := range g.Entities {
				if e.Name == tc.entity {
					if e.Type != tc.typ {
						t.Errorf("%s is a %s, want %s", e.Name, e.Type, tc.typ)
					}
					return
				}
			}
			t.Errorf("no entity %s in %v", tc.entity, mentioned(g))
		})
	}
}

// TestZoneAliases: a zone's parties in either order are one zone, and a
// park's long and short suffixes are one park.
func TestZoneAliases(t *testing.T) {
	g := extractText(t, "江西省开放合作工作要点\n加快赣湘开放合作试验区建设。推进湘赣开放合作试验区发展。支持萍乡经济技术开发区和萍乡经开区升级。")
	parks := map[string]int{}
	for _, e := range g.Entities {
		if e.Type == kg.Park {
			parks[e.ID]++
			t.Logf("%s %s %v", e.ID, e.Name, e.Aliases)
		}
	}
	if len(parks) != 2 {
		t.Errorf("want 2 parks (the zone, the development zone), got %v", parks)
	}
}

// TestOwnInstitutionAlias: an institution the document names by its
// province's level alone (省产业技术研究院, 自治区儿童医院) also bears the
// province's full name (江苏省产业技术研究院), as other documents write it.
func TestOwnInstitutionAlias(t *testing.T) {
	tests := []struct {
		name, text, entity, alias string
	}{
		{"a province", "江苏省政府工作报告\n支持省产业技术研究院改革。", "省产业技术研究院", "江苏省产业技术研究院"},
		{"an autonomous region", "广西壮族自治区政府工作报告\n推进自治区儿童医院建设。", "自治区儿童医院", "广西壮族自治区儿童医院"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, tt.text)
			for _, e := range g.Entities {
				if e.Name == tt.entity {
					if !slices.Contains(e.Aliases, tt.alias) {
						t.Errorf("aliases %v, want %s among them", e.Aliases, tt.alias)
					}
					return
				}
			}
			t.Errorf("no %s in %v", tt.entity, mentioned(g))
		})
	}
}

func TestRelationConventions(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"an unnamed first partner after 与 leaves the named ones after it", "甘肃省政府工作报告\n加强与东部协作省份和四川等地跨区域算力协作。",
			[]string{"COOPERATES_WITH 甘肃省 -> 四川省"}, nil},
		{"a pipeline named by its ends before 等 and a noun of three characters connects them", "湖南省政府工作报告\n配合推进岳阳—长沙等成品油管道建设。",
			[]string{"CONNECTS 岳阳—长沙成品油管道 -> 岳阳市", "CONNECTS 岳阳—长沙成品油管道 -> 长沙市"}, nil},
		{"each zone of a list sharing a head names its parties, not the last alone", "江西省政府工作报告\n推进湘赣、粤赣、闽赣合作产业园建设。",
			[]string{"CO_BUILDS 广东省 -> 粤赣合作产业园", "CO_BUILDS 江西省 -> 粤赣合作产业园", "CO_BUILDS 湖南省 -> 湘赣合作产业园"}, nil},
		{"a run of abbreviations that a city's initial opens names no provinces", "陕西省政府工作报告\n深化延鄂宁能源产业协作，推进川渝合作。",
			[]string{"COOPERATES_WITH 四川省 -> 重庆市"}, []string{"COOPERATES_WITH 湖北省 -> 宁夏回族自治区", "COOPERATES_WITH 宁夏回族自治区 -> 湖北省"}},
		{"an end guessed far from a route's other end in a province the document never names is no end; a capital may end a long line", "福建省政府工作报告\n加快兴泉铁路、沪昆高铁建设。",
			[]string{"CONNECTS 沪昆高铁 -> 昆明市", "CONNECTS 沪昆高铁 -> 上海市"}, []string{"CONNECTS 兴泉铁路 -> 兴安盟"}},
		{"the place after the state firm that builds works is where they lie", "内蒙古自治区政府工作报告\n开工建设国能鄂尔多斯40亿立方米/年煤制天然气项目。",
			[]string{"LOCATED_IN 国能鄂尔多斯40亿立方米/年煤制天然气项目 -> 鄂尔多斯市"}, nil},
		{"a quoted label between a run and its mutual trigger counts as one word", "贵州省政府工作报告\n推进浙黔“10+10”产业园区协作，深化粤黔“1+N”重点领域合作。",
			[]string{"COOPERATES_WITH 浙江省 -> 贵州省", "COOPERATES_WITH 广东省 -> 贵州省"}, nil},
		{"a run straddling the subject's border reads the bordering provinces' places, named or not", "天津市政府工作报告\n深化武廊交界地区产业协作。",
			[]string{"ADJACENT_TO 武清区 -> 廊坊市", "COOPERATES_WITH 武清区 -> 廊坊市"}, nil},
		{"provinces that do not meet are not adjacent, whatever run names them", "河南省政府工作报告\n推动晋冀鲁豫交界地区协同发展。",
			[]string{"ADJACENT_TO 山西省 -> 河南省", "ADJACENT_TO 山东省 -> 河南省"}, []string{"ADJACENT_TO 山西省 -> 山东省", "ADJACENT_TO 山东省 -> 山西省"}},
		{"a road named by the river it follows joins no places the river's characters begin", "青海省政府工作报告\n打造黄河旅游公路。",
			nil, []string{"CONNECTS 黄河旅游公路 -> 黄南藏族自治州", "CONNECTS 黄河旅游公路 -> 河南蒙古族自治县"}},
		{"a direction that begins a compound of directions ends no area's name", "四川省政府工作报告\n深化川浙、川粤东西部协作。",
			[]string{"COOPERATES_WITH 四川省 -> 浙江省", "COOPERATES_WITH 四川省 -> 广东省"}, nil},
		{"an end no city's name starts with is the subject's county nearest the other ends", "江西省政府工作报告\n推进瑞梅铁路建设。",
			[]string{"CONNECTS 瑞梅铁路 -> 瑞金市", "CONNECTS 瑞梅铁路 -> 梅州市"}, []string{"CONNECTS 瑞梅铁路 -> 瑞昌市"}},
		{"partners after 与 act with the subject, not with the group the sentence opened on", "湖南省政府工作报告\n深化泛珠三角区域合作，与广东共建湘粤产业合作园。",
			[]string{"CO_BUILDS 湖南省 -> 湘粤产业合作园", "CO_BUILDS 广东省 -> 湘粤产业合作园", "COOPERATES_WITH 湖南省 -> 广东省"}, []string{"CO_BUILDS 泛珠三角 -> 湘粤产业合作园", "COOPERATES_WITH 广东省 -> 泛珠三角"}},
		{"a city's initial opens a run of parties with other regions' abbreviations", "珠海市政府工作报告\n深化珠澳合作，推进深港澳合作。",
			[]string{"COOPERATES_WITH 珠海市 -> 澳门特别行政区", "COOPERATES_WITH 深圳市 -> 香港特别行政区", "COOPERATES_WITH 深圳市 -> 澳门特别行政区", "COOPERATES_WITH 香港特别行政区 -> 澳门特别行政区"}, nil},
		{"an autonomous prefecture written with 州 is one party of a pair", "吉林省政府工作报告\n推动长春市与天津市、延边州与舟山市结对合作。",
			[]string{"COOPERATES_WITH 长春市 -> 天津市", "COOPERATES_WITH 延边朝鲜族自治州 -> 舟山市"}, []string{"COOPERATES_WITH 长春市 -> 舟山市"}},
		{"an abbreviation in a run a city opens is the nearest city of a bordering province that it starts, else its region", "山西省政府工作报告\n深化忻蒙冀能源产业合作。",
			[]string{"COOPERATES_WITH 忻州市 -> 内蒙古自治区", "COOPERATES_WITH 忻州市 -> 河北省", "COOPERATES_WITH 内蒙古自治区 -> 河北省"}, nil},
		{"a field of several nouns before a cooperation word binds a run", "陕西省政府工作报告\n推进榆鄂宁文化旅游产业合作。",
			[]string{"COOPERATES_WITH 榆林市 -> 鄂尔多斯市", "COOPERATES_WITH 榆林市 -> 宁夏回族自治区", "COOPERATES_WITH 鄂尔多斯市 -> 宁夏回族自治区"}, []string{"COOPERATES_WITH 榆林市 -> 湖北省"}},
		{"龙 stands for 黑龙江 in a run of parties", "黑龙江省政府工作报告\n加强龙粤、深哈经贸合作。",
			[]string{"COOPERATES_WITH 黑龙江省 -> 广东省", "COOPERATES_WITH 哈尔滨市 -> 深圳市"}, nil},
		{"two characters that make one word are no parties of a zone outside the province", "黑龙江省政府工作报告\n深化龙粤合作，推进江河融合绿色园区建设。",
			[]string{"COOPERATES_WITH 黑龙江省 -> 广东省"}, []string{"CO_BUILDS 江门市 -> 江河融合绿色园区", "CO_BUILDS 河源市 -> 江河融合绿色园区"}},
		{"parallel pairs of a directed trigger are each their own", "贵州省政府工作报告\n推动广州对口帮扶毕节、深圳对口帮扶黔东南州、佛山对口帮扶黔南州。",
			[]string{"COOPERATES_WITH 广州市 -> 毕节市", "COOPERATES_WITH 深圳市 -> 黔东南苗族侗族自治州", "COOPERATES_WITH 佛山市 -> 黔南布依族苗族自治州"},
			[]string{"COOPERATES_WITH 广州市 -> 深圳市", "COOPERATES_WITH 毕节市 -> 黔东南苗族侗族自治州", "COOPERATES_WITH 佛山市 -> 毕节市"}},
		{"partners after 与 border the subject, not its earlier peers", "贵州省政府工作报告\n推动黔渝、黔川合作，深化与云南、广西毗邻地区合作。",
			[]string{"ADJACENT_TO 贵州省 -> 云南省", "ADJACENT_TO 贵州省 -> 广西壮族自治区"}, []string{"ADJACENT_TO 重庆市 -> 云南省", "ADJACENT_TO 四川省 -> 广西壮族自治区"}},
		{"places along an area are the partners, not the area", "贵州省政府工作报告\n加强与长江经济带沿线省市合作，深化与“一带一路”沿线国家经贸合作。",
			nil, []string{"COOPERATES_WITH 贵州省 -> 长江经济带", "COOPERATES_WITH 贵州省 -> 一带一路"}},
		{"a zone that names its own cooperation is no peer of the run after it", "浙江省政府工作报告\n推进宁波前湾沪浙合作发展区、浙沪洋山区域合作开发。",
			[]string{"COOPERATES_WITH 浙江省 -> 上海市"}, []string{"COOPERATES_WITH 宁波前湾沪浙合作发展区 -> 上海市", "COOPERATES_WITH 宁波前湾沪浙合作发展区 -> 浙江省"}},
		{"a line named by four cities' initials joins the four", "江苏省政府工作报告\n加快建设通苏嘉甬铁路。",
			[]string{"CONNECTS 通苏嘉甬铁路 -> 南通市", "CONNECTS 通苏嘉甬铁路 -> 苏州市", "CONNECTS 通苏嘉甬铁路 -> 嘉兴市", "CONNECTS 通苏嘉甬铁路 -> 宁波市"}, nil},
		{"a county among four initials is no end", "云南省政府工作报告\n建成新昆楚大高速公路。",
			nil, []string{"CONNECTS 新昆楚大高速公路 -> 新平彝族傣族自治县"}},
		{"an abbreviation that opens a word after a run names no region", "四川省政府工作报告\n加强川渝港口合作，开展川港澳青少年交流。",
			[]string{"COOPERATES_WITH 四川省 -> 重庆市"}, []string{"COOPERATES_WITH 四川省 -> 香港特别行政区", "COOPERATES_WITH 重庆市 -> 香港特别行政区"}},
		{"partners after 与 act with a city whose province was among the earlier peers", "成都市政府工作报告\n深化浙川东西部协作，与德阳、眉山、资阳联动发展。",
			[]string{"LINKS_WITH 成都市 -> 德阳市", "LINKS_WITH 成都市 -> 眉山市"}, []string{"LINKS_WITH 浙江省 -> 德阳市", "LINKS_WITH 四川省 -> 德阳市"}},
		{"a title in 《》 is what a thing is put into, the words inside it state nothing", "湖南省政府工作报告\n长赣高铁纳入《国家综合立体交通网规划纲要》，湘江新区写入《长江中游城市群发展规划》。",
			[]string{"INCLUDED_IN 长赣高铁 -> 国家综合立体交通网规划纲要", "INCLUDED_IN 湘江新区 -> 长江中游城市群发展规划"}, []string{"INCLUDED_IN 湘江新区 -> 长江中游城市群"}},
		{"pairs before the kind of their cooperation are each a pair", "辽宁省政府工作报告\n推动沈阳市与北京市、大连市与上海市等城市开展结对合作。",
			[]string{"COOPERATES_WITH 沈阳市 -> 北京市", "COOPERATES_WITH 大连市 -> 上海市"}, []string{"COOPERATES_WITH 沈阳市 -> 上海市", "COOPERATES_WITH 北京市 -> 上海市"}},
		{"分别 pairs each subject with the object in its place", "山东省政府工作报告\n济南市、青岛市分别对口支援临夏州、黔东南州，烟台、潍坊分别与重庆、成都开展合作。",
			[]string{"COOPERATES_WITH 济南市 -> 临夏回族自治州", "COOPERATES_WITH 青岛市 -> 黔东南苗族侗族自治州", "COOPERATES_WITH 烟台市 -> 重庆市", "COOPERATES_WITH 潍坊市 -> 成都市"},
			[]string{"COOPERATES_WITH 济南市 -> 黔东南苗族侗族自治州", "COOPERATES_WITH 青岛市 -> 临夏回族自治州", "COOPERATES_WITH 烟台市 -> 成都市", "COOPERATES_WITH 潍坊市 -> 重庆市"}},
		{"a subject and its partners build together in the clause after", "江西省政府工作报告\n推进井冈山市与炎陵县开展旅游协作，共同打造罗霄山红色旅游示范区。",
			[]string{"CO_BUILDS 井冈山市 -> 罗霄山红色旅游示范区", "CO_BUILDS 炎陵县 -> 罗霄山红色旅游示范区"}, nil},
		{"a county of a bordering province listed with the subject's is named", "湖南省政府工作报告\n支持平江、修水共建湘赣边红色旅游示范区。",
			[]string{"CO_BUILDS 平江县 -> 湘赣边红色旅游示范区", "CO_BUILDS 修水县 -> 湘赣边红色旅游示范区"}, nil},
		{"places joined by a trigger to the subject's name each other from either side", "湖南省政府工作报告\n支持上栗、万载联动浏阳、醴陵共建全国烟花爆竹转型升级集中区。",
			[]string{"CO_BUILDS 上栗县 -> 全国烟花爆竹转型升级集中区", "CO_BUILDS 万载县 -> 全国烟花爆竹转型升级集中区", "LINKS_WITH 万载县 -> 浏阳市"}, []string{"LINKS_WITH 湖南省 -> 浏阳市"}},
		{"a park of one place named with another in brackets lies in the bracketed one", "广东省政府工作报告\n推进广州（梅州）产业转移工业园建设，加快深圳（哈尔滨）产业园区建设。",
			[]string{"LOCATED_IN 广州（梅州）产业转移工业园 -> 梅州市", "LOCATED_IN 深圳（哈尔滨）产业园区 -> 哈尔滨市"}, []string{"LOCATED_IN 广州（梅州）产业转移工业园 -> 广州市"}},
		{"a place qualifying the partner inside it is no second party of a kind of park", "赣州市政府工作报告\n与上海青浦区合作共建产业园。",
			[]string{"COOPERATES_WITH 赣州市 -> 青浦区"}, []string{"CO_BUILDS 上海市 -> 上海青浦区合作共建产业园", "CO_BUILDS 青浦区 -> 上海青浦区合作共建产业园"}},
		{"countries opening a zone's name give nothing, the places after them do", "安徽省政府工作报告\n支持中新苏滁现代产业合作园建设。",
			[]string{"CO_BUILDS 苏州市 -> 中新苏滁现代产业合作园", "CO_BUILDS 滁州市 -> 中新苏滁现代产业合作园"}, nil},
		{"宁 is 南京 near it, in the routes of a bordering province", "安徽省政府工作报告\n推进宁马城际、宁滁城际建设。",
			[]string{"CONNECTS 宁马城际 -> 南京市", "CONNECTS 宁马城际 -> 马鞍山市", "CONNECTS 宁滁城际 -> 滁州市"}, []string{"CONNECTS 宁马城际 -> 宁国市"}},
		{"one helper named right before a directed trigger with no object aids the subject", "毕节市政府工作报告\n积极争取广州市对口帮扶，用好东西部协作资金。",
			[]string{"COOPERATES_WITH 广州市 -> 毕节市"}, nil},
		{"a zone that acts is the subject of the clauses after", "九江市政府工作报告\n九江经开区要对接赣江新区，融入大南昌都市圈。",
			[]string{"DOCKS_WITH 九江经开区 -> 赣江新区", "INTEGRATES_INTO 九江经开区 -> 大南昌都市圈"}, []string{"INTEGRATES_INTO 九江市 -> 大南昌都市圈"}},
		{"a direction and a verb of bordering name a neighbour", "江西省政府工作报告\n九江市北邻湖北省黄冈市，东临安徽省安庆市。在湘东、赣西接壤地带共建产业园。",
			[]string{"ADJACENT_TO 九江市 -> 黄冈市", "ADJACENT_TO 九江市 -> 安庆市"}, nil},
		{"a line whose every end is a province's abbreviation joins the provinces", "贵州省政府工作报告\n推进黔桂铁路增建二线。",
			[]string{"CONNECTS 黔桂铁路 -> 贵州省", "CONNECTS 黔桂铁路 -> 广西壮族自治区"}, []string{"CONNECTS 黔桂铁路 -> 桂林市"}},
		{"a line of China and other countries joins no region", "喀什地区政府工作报告\n推进中吉乌铁路建设，广东省对口支援疏附县。",
			nil, []string{"CONNECTS 中吉乌铁路 -> 中山市", "CONNECTS 中吉乌铁路 -> 乌鲁木齐市", "CONNECTS 中吉乌铁路 -> 昌吉回族自治州"}},
		{"a province's short name is the province, not a district sharing it", "天津市政府工作报告\n加强与北京、河北合作，深化津甘协作。",
			[]string{"COOPERATES_WITH 天津市 -> 河北省", "COOPERATES_WITH 天津市 -> 甘肃省"}, []string{"COOPERATES_WITH 天津市 -> 河北区", "COOPERATES_WITH 津南区 -> 甘南藏族自治州"}},
		{"verbs joined by a mark or a conjunction, adverbs and all, share their object", "山西省政府工作报告\n主动融入、积极服务京津冀协同发展，积极对接、主动融入长三角一体化发展，主动融入和服务共建“一带一路”。",
			[]string{"INTEGRATES_INTO 山西省 -> 京津冀", "DOCKS_WITH 山西省 -> 长三角", "INTEGRATES_INTO 山西省 -> 一带一路", "CO_BUILDS 山西省 -> 一带一路"}, nil},
		{"a mutual word inside a trigger of building relates the peers before it", "重庆市政府工作报告\n川渝合作共建重大项目248个，津冀携手共建协同发展示范区。",
			[]string{"COOPERATES_WITH 四川省 -> 重庆市", "LINKS_WITH 天津市 -> 河北省"}, nil},
		{"partners after 与 and the trigger after them open no name", "广东省政府工作报告\n推动与港澳共建国际科技创新中心，推动与湘鄂共建长江中游科创走廊。",
			[]string{"COOPERATES_WITH 广东省 -> 香港特别行政区", "CO_BUILDS 湖南省 -> 长江中游科创走廊", "CO_BUILDS 广东省 -> 长江中游科创走廊"}, []string{"CO_BUILDS 广东省 -> 港澳共建国际科技创新中心"}},
		{"what partners build is named after 共建的", "黑龙江省政府工作报告\n哈尔滨与深圳共建的深哈产业园成效显著。",
			[]string{"CO_BUILDS 哈尔滨市 -> 深哈产业园", "CO_BUILDS 深圳市 -> 深哈产业园"}, nil},
		{"pairs before a cooperation and a building are each a pair", "吉林省政府工作报告\n推动长春与天津、吉林市与宁波对口合作共建产业园区。",
			[]string{"COOPERATES_WITH 长春市 -> 天津市", "COOPERATES_WITH 吉林市 -> 宁波市"}, []string{"COOPERATES_WITH 长春市 -> 宁波市", "COOPERATES_WITH 天津市 -> 宁波市"}},
		{"a branch of an institution lies in the branch's place", "广东省政府工作报告\n推进北京师范大学珠海校区、哈尔滨工业大学（深圳）建设。",
			[]string{"LOCATED_IN 北京师范大学珠海校区 -> 珠海市", "LOCATED_IN 哈尔滨工业大学（深圳） -> 深圳市"}, []string{"LOCATED_IN 北京师范大学珠海校区 -> 北京市", "LOCATED_IN 哈尔滨工业大学（深圳） -> 哈尔滨市"}},
		{"a route's ends are read without the qualifier of its line", "江苏省政府工作报告\n建设沪宁沿江高铁、杭绍甬智慧高速公路。",
			[]string{"CONNECTS 沪宁沿江高铁 -> 上海市", "CONNECTS 沪宁沿江高铁 -> 南京市", "CONNECTS 杭绍甬智慧高速公路 -> 杭州市"}, nil},
		{"parallel clauses of partners building are each their own", "四川省政府工作报告\n推动成都与甘孜州共建成甘工业园区、德阳与阿坝州共建德阿产业园。",
			[]string{"CO_BUILDS 成都市 -> 成甘工业园区", "CO_BUILDS 甘孜藏族自治州 -> 成甘工业园区", "CO_BUILDS 德阳市 -> 德阿产业园", "COOPERATES_WITH 德阳市 -> 阿坝藏族羌族自治州"},
			[]string{"CO_BUILDS 成都市 -> 德阿产业园", "CO_BUILDS 成甘工业园区 -> 德阿产业园", "COOPERATES_WITH 成都市 -> 阿坝藏族羌族自治州"}},
		{"places naming a mechanism relied on are not what is relied on", "合肥市政府工作报告\n依托沪苏浙皖协作机制，对接上海国际科技创新中心。",
			nil, []string{"RELIES_ON 合肥市 -> 安徽省", "RELIES_ON 合肥市 -> 上海市"}},
		{"works after a lead verb are no subject of the clauses after", "广西壮族自治区政府工作报告\n推进南宁吴圩国际机场T3航站楼及配套设施建设，依托南宁国际铁路港，建设物流枢纽。",
			[]string{"RELIES_ON 广西壮族自治区 -> 南宁国际铁路港"}, []string{"RELIES_ON 南宁吴圩国际机场T3航站楼 -> 南宁国际铁路港"}},
		{"a prefecture's customary short name is the prefecture", "湖北省政府工作报告\n对口支援西藏山南、新疆博州。",
			[]string{"COOPERATES_WITH 湖北省 -> 博尔塔拉蒙古自治州", "COOPERATES_WITH 湖北省 -> 山南市"}, []string{"COOPERATES_WITH 湖北省 -> 新疆维吾尔自治区"}},
		{"a municipality's abbreviation does not make a line's other ends provinces", "上海市政府工作报告\n建设沪苏湖铁路。",
			[]string{"CONNECTS 沪苏湖铁路 -> 上海市", "CONNECTS 沪苏湖铁路 -> 苏州市", "CONNECTS 沪苏湖铁路 -> 湖州市"}, []string{"CONNECTS 沪苏湖铁路 -> 江苏省"}},
		{"areas written one after another are a list", "广东省政府工作报告\n深化粤东粤西粤北与珠三角结对帮扶。",
			[]string{"COOPERATES_WITH 粤东 -> 珠三角", "COOPERATES_WITH 粤西 -> 珠三角", "COOPERATES_WITH 粤北 -> 珠三角"}, nil},
		{"zones of parties a character each share their head", "安徽省政府工作报告\n推进苏滁、宁马、沪苏皖合作园区建设。",
			[]string{"CO_BUILDS 苏州市 -> 苏滁合作园区", "CO_BUILDS 滁州市 -> 苏滁合作园区", "CO_BUILDS 南京市 -> 宁马合作园区", "CO_BUILDS 上海市 -> 沪苏皖合作园区"}, nil},
		{"a place in brackets is where a zone lies, no party of it", "吉林省政府工作报告\n推动中国图们江区域（珲春）国际合作示范区建设。",
			[]string{"LOCATED_IN 中国图们江区域（珲春）国际合作示范区 -> 珲春市"}, []string{"CO_BUILDS 珲春市 -> 中国图们江区域（珲春）国际合作示范区"}},
		{"a run right before a trigger after a partner names cooperating provinces too", "晋江市政府工作报告\n与宁夏同心县开展闽宁协作。",
			[]string{"COOPERATES_WITH 晋江市 -> 同心县", "COOPERATES_WITH 福建省 -> 宁夏回族自治区"}, nil},
		{"places that open a sentence and act together are the subject of what follows", "河北省政府工作报告\n支持承德市与北京市共同办好生态保护，共建承德生态涵养功能区。",
			[]string{"CO_BUILDS 承德市 -> 承德生态涵养功能区", "CO_BUILDS 北京市 -> 承德生态涵养功能区"}, []string{"CO_BUILDS 河北省 -> 承德生态涵养功能区"}},
		{"a city's nickname is a party of a run wherever the city lies", "重庆市政府工作报告\n深化蓉渝合作，推进穗港澳合作。",
			[]string{"COOPERATES_WITH 重庆市 -> 成都市", "COOPERATES_WITH 广州市 -> 香港特别行政区", "COOPERATES_WITH 广州市 -> 澳门特别行政区"}, nil},
		{"a city's initial or nickname may close a run that abbreviations open", "广东省政府工作报告\n推进港深合作，深化渝蓉合作。",
			[]string{"COOPERATES_WITH 深圳市 -> 香港特别行政区", "COOPERATES_WITH 重庆市 -> 成都市"}, nil},
		{"台 beside a city of 福建 is 台湾, not the bordering province's 台州", "福建省政府工作报告\n推动榕台合作。",
			[]string{"COOPERATES_WITH 福州市 -> 台湾省"}, []string{"COOPERATES_WITH 台州市 -> 福州市", "COOPERATES_WITH 福州市 -> 台州市"}},
		{"台 beside a city of 浙江 is its own 台州", "浙江省政府工作报告\n推动台温合作。",
			[]string{"COOPERATES_WITH 温州市 -> 台州市"}, []string{"COOPERATES_WITH 温州市 -> 台湾省"}},
		{"a run of cities' initials the dictionary holds as a common noun is still a run", "浙江省政府工作报告\n深化甬台温合作。",
			[]string{"COOPERATES_WITH 宁波市 -> 台州市", "COOPERATES_WITH 宁波市 -> 温州市", "COOPERATES_WITH 温州市 -> 台州市"}, nil},
		{"a common word the dictionary calls an abbreviation is no run of initials", "广东省政府工作报告\n深化产业合作，深化粤港澳合作。",
			[]string{"COOPERATES_WITH 广东省 -> 香港特别行政区"}, []string{"COOPERATES_WITH 深圳市 -> 化州市", "COOPERATES_WITH 化州市 -> 深圳市"}},
		{"areas listed with the process each names are each the object", "江西省政府工作报告\n深度融入长江经济带发展、粤港澳大湾区建设、长三角一体化发展等国家战略。",
			[]string{"INTEGRATES_INTO 江西省 -> 长江经济带", "INTEGRATES_INTO 江西省 -> 粤港澳大湾区", "INTEGRATES_INTO 江西省 -> 长三角"}, nil},
		{"a bare place across the border is the subject city's partner", "萍乡市2025年政府工作报告\n主动联动醴陵。",
			[]string{"LINKS_WITH 萍乡市 -> 醴陵市"}, nil},
		{"a place's own name the dictionary holds is no run of other places' initials", "湖南省政府工作报告\n加强与通城合作。",
			nil, []string{"COOPERATES_WITH 通道侗族自治县 -> 城步苗族自治县", "COOPERATES_WITH 城步苗族自治县 -> 通道侗族自治县", "COOPERATES_WITH 湖南省 -> 通道侗族自治县"}},
		{"a route's two ends written with one character are two places, not one province", "福建省政府工作报告\n建成龙龙高铁。",
			[]string{"CONNECTS 龙龙高铁 -> 龙岩市"}, []string{"CONNECTS 龙龙高铁 -> 黑龙江省"}},
		{"a cooperation word before a place is the verb, and the place opens what is built", "广东省政府工作报告\n携手港澳共建粤港澳大湾区国际科技创新中心，推进湘琼先进制造业共建产业园建设。",
			[]string{"CO_BUILDS 广东省 -> 粤港澳大湾区国际科技创新中心", "CO_BUILDS 香港特别行政区 -> 粤港澳大湾区国际科技创新中心", "LINKS_WITH 广东省 -> 香港特别行政区", "CO_BUILDS 湖南省 -> 湘琼先进制造业共建产业园"}, nil},
		{"a place opening a short item with a noun of its own names nothing built; the named items after it are built", "福建省政府工作报告\n与宁夏共建闽宁镇和闽宁产业园。",
			[]string{"CO_BUILDS 福建省 -> 闽宁产业园", "CO_BUILDS 宁夏回族自治区 -> 闽宁产业园"}, nil},
		{"a place relied on whole is no actor of the clauses after it", "岳阳市2025年政府工作报告\n依托长沙，携手常德发展旅游。",
			[]string{"LINKS_WITH 岳阳市 -> 常德市", "RELIES_ON 岳阳市 -> 长沙市"}, []string{"LINKS_WITH 长沙市 -> 常德市", "LINKS_WITH 常德市 -> 长沙市"}},
		{"the topic of a sentence's start is left behind after a clause that takes up another thing", "福建省政府工作报告\n支持厦门大学建设高水平创新平台，推动厦门火炬高新区提质扩容，依托厦门自贸片区争创国家级试点。",
			[]string{"RELIES_ON 福建省 -> 厦门自贸片区"}, []string{"RELIES_ON 厦门大学 -> 厦门自贸片区"}},
		{"a place qualifying what things are put in is no object of 纳入", "广东省政府工作报告\n深汕特别合作区纳入深圳“20+8”产业集群布局，推动河源纳入粤港澳大湾区。",
			[]string{"INCLUDED_IN 河源市 -> 粤港澳大湾区"}, []string{"INCLUDED_IN 深汕特别合作区 -> 深圳市"}},
		{"a section named by directions joins no places its characters begin", "福建省政府工作报告\n建成福州绕城高速东南段。",
			nil, []string{"CONNECTS 福州绕城高速东南段 -> 东山县", "CONNECTS 福州绕城高速东南段 -> 南平市"}},
		{"the partners of a clause build with the subject what a joint action of the next clause builds", "成都市2025年政府工作报告\n加强与重庆合作，携手共建西部陆海新通道。",
			[]string{"CO_BUILDS 成都市 -> 西部陆海新通道", "CO_BUILDS 重庆市 -> 西部陆海新通道", "COOPERATES_WITH 重庆市 -> 成都市"}, nil},
		{"a zone's own name before a cooperation word is no run of parties", "江西省政府工作报告\n推动共青城高新区纳入赣江新区联动发展区。",
			[]string{"INCLUDED_IN 共青城高新区 -> 赣江新区联动发展区"}, []string{"CO_BUILDS 江门市 -> 赣江新区联动发展区", "CO_BUILDS 赣州市 -> 赣江新区联动发展区"}},
		{"autonomous counties written with 县 are each a party of a list", "怀化市2026年政府工作报告\n推动芷江县、麻阳县与贵州联动发展。",
			[]string{"LINKS_WITH 芷江侗族自治县 -> 贵州省", "LINKS_WITH 麻阳苗族自治县 -> 贵州省"}, nil},
		{"parties linked in a clause build together what the next clause builds", "深圳市2026年政府工作报告\n推动光明科学城与松山湖科学城联动，共建大湾区综合性国家科学中心先行启动区。",
			[]string{"CO_BUILDS 光明科学城 -> 大湾区综合性国家科学中心先行启动区", "CO_BUILDS 松山湖科学城 -> 大湾区综合性国家科学中心先行启动区", "LINKS_WITH 光明科学城 -> 松山湖科学城"}, nil},
		{"a county after its province and city is an item of a list", "岳阳市2025年政府工作报告\n全面完成对口支援西藏山南市错那市、新疆吐鲁番市托克逊县任务。",
			[]string{"COOPERATES_WITH 岳阳市 -> 错那市", "COOPERATES_WITH 岳阳市 -> 托克逊县"}, nil},
		{"a route named by a group's run joins the group's members", "江西省政府工作报告\n加快长株潭城际铁路建设。",
			[]string{"CONNECTS 长株潭城际铁路 -> 长沙市", "CONNECTS 长株潭城际铁路 -> 株洲市", "CONNECTS 长株潭城际铁路 -> 湘潭市"}, []string{"CONNECTS 长株潭城际铁路 -> 鹰潭市"}},
		{"a pair of characters far from the document's places names no parties of a zone", "福建省2026年政府工作报告\n福州长乐—永泰山海协作产业园加快建设。",
			[]string{"CO_BUILDS 长乐区 -> 福州长乐—永泰山海协作产业园", "CO_BUILDS 永泰县 -> 福州长乐—永泰山海协作产业园"}, []string{"CO_BUILDS 山南市 -> 福州长乐—永泰山海协作产业园", "CO_BUILDS 海口市 -> 福州长乐—永泰山海协作产业园"}},
		{"the object of a trigger joined by 、 to the next is no subject of it", "福建省2026年政府工作报告\n主动对接长三角、融入长江经济带。支持南平、三明对接长三角、融入长江经济带。",
			[]string{"INTEGRATES_INTO 福建省 -> 长江经济带", "INTEGRATES_INTO 南平市 -> 长江经济带", "INTEGRATES_INTO 三明市 -> 长江经济带"}, []string{"INTEGRATES_INTO 长三角 -> 长江经济带"}},
		{"a place qualifying a noun before 列入 is not what is put in; the whole place is", "江西省政府工作报告\n万寿宫文化和景德镇陶瓷文化列入省级文化生态保护区名录。充分发挥萍乡市全境纳入湘赣边区域合作示范区的主体优势。",
			[]string{"INCLUDED_IN 萍乡市 -> 湘赣边区域合作示范区"}, []string{"INCLUDED_IN 景德镇市 -> 省级文化生态保护区名录"}},
		{"places linked with a partner dock on their own in the next clause", "广东省2026年政府工作报告\n推动湛江、茂名与海南联动，深度对接海南自由贸易港。",
			[]string{"DOCKS_WITH 湛江市 -> 海南自由贸易港", "DOCKS_WITH 茂名市 -> 海南自由贸易港"}, []string{"DOCKS_WITH 广东省 -> 海南自由贸易港"}},
		{"pairs whose partners carry their province or city are still pairs", "湖南省2026年政府工作报告\n支持浏阳与江西上栗、醴陵与萍乡湘东区协作发展。",
			[]string{"COOPERATES_WITH 浏阳市 -> 上栗县", "COOPERATES_WITH 醴陵市 -> 湘东区"}, []string{"COOPERATES_WITH 湘东区 -> 上栗县", "COOPERATES_WITH 上栗县 -> 湘东区"}},
		{"places listed before a head that qualifies a class of places are the partners", "佛山市2026年政府工作报告\n深化与深圳、东莞、中山等湾区城市合作。",
			[]string{"COOPERATES_WITH 佛山市 -> 深圳市", "COOPERATES_WITH 佛山市 -> 东莞市", "COOPERATES_WITH 佛山市 -> 中山市"}, []string{"COOPERATES_WITH 深圳湾区 -> 佛山市", "COOPERATES_WITH 佛山市 -> 深圳湾区"}},
		{"a zone that acted in a clause before is not the one a lead verb's partner joins", "宜春市2026年政府工作报告\n推进宜春经开区与长沙经开区合作，深化与深圳产业协作。",
			[]string{"COOPERATES_WITH 宜春市 -> 深圳市", "COOPERATES_WITH 宜春经开区 -> 长沙经开区"}, []string{"COOPERATES_WITH 宜春经开区 -> 深圳市"}},
		{"a county written right after its province is the partner, not the province", "常德市2026年政府工作报告\n推动澧县、石门与湖北公安、松滋联动发展。",
			[]string{"LINKS_WITH 澧县 -> 公安县", "LINKS_WITH 石门县 -> 松滋市"}, []string{"LINKS_WITH 湖北省 -> 澧县", "LINKS_WITH 澧县 -> 湖北省"}},
		{"a place and its partner in brackets after it are a zone's parties", "广东省2026年政府工作报告\n推动顺德（英德）产业特别合作区提质增效，推进图们江区域（珲春）国际合作示范区建设。",
			[]string{"CO_BUILDS 顺德区 -> 顺德（英德）产业特别合作区", "CO_BUILDS 英德市 -> 顺德（英德）产业特别合作区"}, []string{"CO_BUILDS 珲春市 -> 图们江区域（珲春）国际合作示范区"}},
		{"a province's second abbreviation far from a route's other end is a city's initial; a conjunction after a verb is no initial", "广东省梅州市2025年政府工作报告\n梅汕高铁建成通车和梅龙高铁开工，推进赣龙铁路扩能。",
			[]string{"CONNECTS 梅龙高铁 -> 梅州市", "CONNECTS 赣龙铁路 -> 龙岩市"}, []string{"CONNECTS 梅龙高铁 -> 黑龙江省", "CONNECTS 赣龙铁路 -> 黑龙江省", "CONNECTS 和梅龙高铁 -> 和平县"}},
		{"the places of a city after 的 are the partners, each of its subject when 分别 says so", "福州宁德山海协作\n福州市所属的晋安区、马尾区还分别与宁德市的柘荣县、屏南县开展了项目协作。",
			[]string{"COOPERATES_WITH 晋安区 -> 柘荣县", "COOPERATES_WITH 马尾区 -> 屏南县"}, []string{"COOPERATES_WITH 晋安区 -> 宁德市", "COOPERATES_WITH 晋安区 -> 屏南县"}},
		{"a mutual trigger inside one more item of a list relates none of the items", "安徽省推动长三角一体化发展2022年工作要点\n聚焦合肥都市圈、皖北承接产业转移集聚区、皖南国际文化旅游示范区及省际毗邻地区新型功能区等重点区域。",
			nil, []string{"ADJACENT_TO 皖北承接产业转移集聚区 -> 合肥都市圈", "ADJACENT_TO 皖北承接产业转移集聚区 -> 皖南国际文化旅游示范区", "ADJACENT_TO 皖南国际文化旅游示范区 -> 合肥都市圈"}},
		{"a zone named by three places' initials the text writes out is built by those places", "泸永江融合发展示范区总体方案\n泸州市、永川区、江津区山水相连。\n加快建设泸永江融合发展示范区。",
			[]string{"CO_BUILDS 泸州市 -> 泸永江融合发展示范区", "CO_BUILDS 永川区 -> 泸永江融合发展示范区", "CO_BUILDS 江津区 -> 泸永江融合发展示范区"}, nil},
		{"a zone named by three initials the text does not write out has no guessed builders", "重庆市人民政府关于印发某方案的通知\n规划建设合广长协同发展示范区。",
			nil, []string{"CO_BUILDS 合肥市 -> 合广长协同发展示范区", "CO_BUILDS 广州市 -> 合广长协同发展示范区"}},
		{"the object of a trigger stands after the 的 of a short description", "湖南省深化泛珠三角区域合作实施方案\n共建经济繁荣、社会和谐、生态良好的泛珠三角区域，主动对接高质量发展的粤港澳大湾区，融入以国内大循环为主体的新发展格局。",
			[]string{"CO_BUILDS 湖南省 -> 泛珠三角", "DOCKS_WITH 湖南省 -> 粤港澳大湾区"}, nil},
		{"places that sign an agreement with partners build together what the next clause builds", "湖南省平江县2025年政府工作报告\n平江县与修水县签署协议，共建湘赣边红色旅游合作区。",
			[]string{"CO_BUILDS 平江县 -> 湘赣边红色旅游合作区", "CO_BUILDS 修水县 -> 湘赣边红色旅游合作区"}, nil},
		{"a short object in a clause that describes a name is no object of the trigger", "邵阳市2025年政府工作报告\n二广、包茂高速和连接东西的沪昆高速在此交汇。",
			nil, []string{"CONNECTS 包茂高速 -> 沪昆高速", "CONNECTS 二广高速 -> 沪昆高速"}},
		{"a pair's initials before a word that opens with a named place's initial stay a pair", "佛山市2026年政府工作报告\n高明区加快发展。携手广州共建广佛高质量发展融合试验区。",
			[]string{"CO_BUILDS 广州市 -> 广佛高质量发展融合试验区", "CO_BUILDS 佛山市 -> 广佛高质量发展融合试验区"}, []string{"CO_BUILDS 高明区 -> 广佛高质量发展融合试验区"}},
		{"a counted unit's bracketed alternative stands between peers and their trigger", "北部湾城市群发展规划\n粤桂琼三省(区)合作不断加强。",
			[]string{"COOPERATES_WITH 广东省 -> 广西壮族自治区", "COOPERATES_WITH 广东省 -> 海南省", "COOPERATES_WITH 广西壮族自治区 -> 海南省"}, nil},
		{"the place after a line's voltage is where the works lie", "甘肃省政府工作报告\n建设750千伏张掖输变电工程。",
			[]string{"LOCATED_IN 750千伏张掖输变电工程 -> 张掖市"}, nil},
		{"a city's customary second character names a route's end", "湖北省政府工作报告\n支持十堰、安康协同发展，加快康渝高铁、西康高铁建设。",
			[]string{"CONNECTS 康渝高铁 -> 安康市", "CONNECTS 康渝高铁 -> 重庆市", "CONNECTS 西康高铁 -> 安康市", "CONNECTS 西康高铁 -> 西安市"}, nil},
		{"an area whose building a lead verb furthers is no subject, whatever is said of the building", "四川省政府工作报告\n推动成渝地区双城经济圈建设走深走实，共建成渝综合性科学中心。",
			[]string{"CO_BUILDS 四川省 -> 成渝综合性科学中心"}, []string{"CO_BUILDS 成渝地区双城经济圈 -> 成渝综合性科学中心"}},
		{"of two names starting together the outer one is the thing relied on", "广西壮族自治区政府工作报告\n依托包头至南宁铁路煤运通道，建设煤炭储备基地。",
			[]string{"RELIES_ON 广西壮族自治区 -> 包头至南宁铁路煤运通道"}, []string{"RELIES_ON 广西壮族自治区 -> 包头至南宁铁路"}},
		{"a pair of common characters is a run of parties before a mutual trigger, alone or listed", "北京市政府工作报告\n推动京港、京澳多领域合作，深化京台交流合作，推进东京港口建设。",
			[]string{"COOPERATES_WITH 北京市 -> 香港特别行政区", "COOPERATES_WITH 北京市 -> 澳门特别行政区", "COOPERATES_WITH 北京市 -> 台湾省"}, []string{"COOPERATES_WITH 香港特别行政区 -> 澳门特别行政区"}},
		{"places listed before 与 and a mutual trigger act with the partner, not with each other", "辽宁省政府工作报告\n推动大连、营口片区与联动创新区协同发展，推动沈阳、抚顺联动发展。",
			[]string{"LINKS_WITH 沈阳市 -> 抚顺市"}, []string{"LINKS_WITH 大连片区 -> 营口片区"}},
		{"an area before 其他 qualifies the others, who are the partners, unnamed", "吉林省政府工作报告\n加强与东北地区其他省份协同联动，深化与长三角其他城市合作，加强与辽宁合作。",
			[]string{"COOPERATES_WITH 吉林省 -> 辽宁省"}, []string{"LINKS_WITH 吉林省 -> 东北", "COOPERATES_WITH 吉林省 -> 长三角"}},
		{"one place written out before a zone's cooperation word runs the zone, an organisation's name does not", "黑龙江省政府工作报告\n建设黑河产业协作园区，建设中国—上海合作组织冰雪体育示范区，建设嘉湖城乡融合发展试验区。",
			[]string{"CO_BUILDS 黑河市 -> 黑河产业协作园区"}, []string{"CO_BUILDS 上海市 -> 中国—上海合作组织冰雪体育示范区"}},
		{"after 依托 an item that names no entity leaves the named ones joined after it the things relied on", "陕西省政府工作报告\n依托中欧班列（西安）和西部陆海新通道，建设国际物流枢纽，依托资源优势和区位条件发展产业。",
			[]string{"RELIES_ON 陕西省 -> 西部陆海新通道"}, nil},
		{"a group named by its members' initials is an area when it is the partner of 与", "山西省政府工作报告\n深化与长三角、京津冀联动，加强与京津冀合作，推动京津冀合作。",
			[]string{"LINKS_WITH 山西省 -> 京津冀", "COOPERATES_WITH 山西省 -> 京津冀", "COOPERATES_WITH 北京市 -> 天津市"}, []string{"LINKS_WITH 山西省 -> 北京市", "LINKS_WITH 北京市 -> 天津市", "COOPERATES_WITH 山西省 -> 北京市"}},
		{"a group named by its members' initials is its members before a mutual trigger", "湖南省政府工作报告\n推动长株潭联动发展，建设长株潭都市圈。",
			[]string{"LINKS_WITH 长沙市 -> 株洲市", "LINKS_WITH 长沙市 -> 湘潭市", "LINKS_WITH 株洲市 -> 湘潭市"}, nil},
		{"an item that names its own process is no peer of the items after it", "广东省政府工作报告\n推动广佛全域同城化、深莞惠联动发展。",
			[]string{"LINKS_WITH 深圳市 -> 东莞市", "LINKS_WITH 深圳市 -> 惠州市", "LINKS_WITH 东莞市 -> 惠州市"}, []string{"LINKS_WITH 广佛 -> 深圳市", "LINKS_WITH 深圳市 -> 广佛"}},
		{"a city of the subject's province is written by its second character where none of the province starts with it", "江西省政府工作报告\n建设昌抚城际铁路，推进沪通铁路二期前期工作。",
			[]string{"CONNECTS 昌抚城际铁路 -> 南昌市", "CONNECTS 昌抚城际铁路 -> 抚州市"}, []string{"CONNECTS 昌抚城际铁路 -> 昌江区", "CONNECTS 沪通铁路 -> 南通市"}},
		{"a group spelled by its members' initials names a route's ends", "江西省政府工作报告\n加快昌九高铁前期工作，完善广西公路网。",
			[]string{"CONNECTS 昌九高铁 -> 南昌市", "CONNECTS 昌九高铁 -> 九江市"}, []string{"CONNECTS 广西公路 -> 广西壮族自治区"}},
		{"a section named by a place gives no ends read from its characters", "四川省政府工作报告\n推进渝昆高铁云南段、沪渝蓉高铁湖北段建设。",
			[]string{"CONNECTS 渝昆高铁 -> 重庆市"}, []string{"CONNECTS 渝昆高铁云南段 -> 云浮市", "CONNECTS 沪渝蓉高铁湖北段 -> 湖州市"}},
		{"the advantage of a thing's policies is the thing's: it is relied on; docking with its policies is not docking with it", "湛江市国民经济和社会发展第十五个五年规划纲要\n借助海南自由贸易港政策优势，发展海洋经济。对接海南自由贸易港政策，完善机制。",
			[]string{"RELIES_ON 湛江市 -> 海南自由贸易港"}, []string{"DOCKS_WITH 湛江市 -> 海南自由贸易港"}},
		{"things relied on for their qualities, joined after each quality", "湛江市国民经济和社会发展第十五个五年规划纲要\n借助深圳科技创新优势和海南自由贸易港政策红利，发展海洋经济。",
			[]string{"RELIES_ON 湛江市 -> 深圳市", "RELIES_ON 湛江市 -> 海南自由贸易港"}, nil},
		{"a province integrates into a programme of the state named by quoted words", "福建省政府工作报告\n积极融入国家“东数西算”工程，建设全国一体化算力网络节点。",
			[]string{"INTEGRATES_INTO 福建省 -> 东数西算工程"}, nil},
		{"a route's ends before the line it takes", "四川省政府工作报告\n加快成渝中线高铁、渝万高铁北线建设。",
			[]string{"CONNECTS 成渝中线高铁 -> 成都市", "CONNECTS 成渝中线高铁 -> 重庆市"}, nil},
		{"a list of pairs before a compound trigger, and parks named by each pair", "广东省政府工作报告\n推动珠海与怒江、汕头与普洱开展对口协作，共建珠怒产业园、汕普产业园。",
			[]string{"COOPERATES_WITH 怒江傈僳族自治州 -> 珠海市", "COOPERATES_WITH 普洱市 -> 汕头市", "CO_BUILDS 珠海市 -> 珠怒产业园", "CO_BUILDS 怒江傈僳族自治州 -> 珠怒产业园",
				"CO_BUILDS 汕头市 -> 汕普产业园", "CO_BUILDS 普洱市 -> 汕普产业园"},
			[]string{"COOPERATES_WITH 珠海市 -> 普洱市", "COOPERATES_WITH 怒江傈僳族自治州 -> 普洱市", "CO_BUILDS 珠海市 -> 汕普产业园", "CO_BUILDS 汕头市 -> 珠怒产业园"}},
		{"a city's nickname names a route's end and a zone's party", "江西省政府工作报告\n加快穗莞深城际建设。上饶市共建沪饶合作产业园、甬饶产业合作园。",
			[]string{"CONNECTS 穗莞深城际 -> 广州市", "CONNECTS 穗莞深城际 -> 东莞市", "CONNECTS 穗莞深城际 -> 深圳市",
				"CO_BUILDS 宁波市 -> 甬饶产业合作园", "CO_BUILDS 上海市 -> 沪饶合作产业园"}, nil},
		{"partners after 与 are the subject's own, not its earlier peers'", "福建省政府工作报告\n持续深化闽港澳合作，加强与浙江、江西在产业、交通等方面的合作。",
			[]string{"COOPERATES_WITH 福建省 -> 香港特别行政区", "COOPERATES_WITH 浙江省 -> 福建省", "COOPERATES_WITH 江西省 -> 福建省"},
			[]string{"COOPERATES_WITH 浙江省 -> 香港特别行政区", "COOPERATES_WITH 江西省 -> 澳门特别行政区"}},
		{"every item put in after 将, and no place that only qualifies it", "湖南省政府工作报告\n争取将常岳九铁路、长赣高铁纳入国家中长期铁路网规划，推动将韶山精神纳入国家红色文化名录。",
			[]string{"INCLUDED_IN 常岳九铁路 -> 国家中长期铁路网规划", "INCLUDED_IN 长赣高铁 -> 国家中长期铁路网规划"},
			[]string{"INCLUDED_IN 韶山市 -> 国家红色文化名录"}},
		{"a verb right after 对接 or 融入 shares its object", "四川省政府工作报告\n主动对接服务京津冀协同发展，融入服务粤港澳大湾区建设。",
			[]string{"DOCKS_WITH 四川省 -> 京津冀", "INTEGRATES_INTO 四川省 -> 粤港澳大湾区"}, nil},
		{"a zone that binds its parties by integration, and one place that is no pair", "广东省政府工作报告\n推进广佛高质量发展融合试验区、南宁国际数智融合示范区、西宁国际合作示范园建设。",
			[]string{"CO_BUILDS 广州市 -> 广佛高质量发展融合试验区", "CO_BUILDS 佛山市 -> 广佛高质量发展融合试验区"},
			[]string{"CO_BUILDS 南宁市 -> 南宁国际数智融合示范区", "CO_BUILDS 宁波市 -> 南宁国际数智融合示范区", "CO_BUILDS 宁夏回族自治区 -> 西宁国际合作示范园"}},
		{"a route's section joins the places its name spells out", "湖南省政府工作报告\n推进呼南高铁益阳至娄底段、G207线宁乡至韶山段建设。",
			[]string{"CONNECTS 呼南高铁益阳至娄底段 -> 益阳市", "CONNECTS 呼南高铁益阳至娄底段 -> 娄底市"}, nil},
		{"a run across a border before the field of its cooperation", "吉安市政府工作报告\n深化吉深产业合作，加强与深圳对接。",
			[]string{"COOPERATES_WITH 吉安市 -> 深圳市"}, nil},
		{"two cities bound as a pair before their mutual trigger", "广东省政府工作报告\n深化广深“双城联动”，推动汕潮揭同城化发展。",
			[]string{"LINKS_WITH 广州市 -> 深圳市"}, nil},
		{"an end several cities tie for is the one next to the other end", "江西省政府工作报告\n加快安九高铁建设。",
			[]string{"CONNECTS 安九高铁 -> 安庆市", "CONNECTS 安九高铁 -> 九江市"}, []string{"CONNECTS 安九高铁 -> 安阳市", "CONNECTS 安九高铁 -> 安顺市"}},
		{"a road's code before its name", "四川省政府工作报告\n推进G5京昆高速绵阳至成都段扩容。",
			[]string{"CONNECTS G5京昆高速 -> 北京市", "CONNECTS G5京昆高速 -> 昆明市", "CONNECTS G5京昆高速绵阳至成都段 -> 绵阳市"}, nil},
		{"a route's ends need some support", "浙江省政府工作报告\n推进梅山铁路专用线、沪昆高铁建设。",
			[]string{"CONNECTS 沪昆高铁 -> 上海市", "CONNECTS 沪昆高铁 -> 昆明市"}, []string{"CONNECTS 梅山铁路专用线 -> 梅州市", "CONNECTS 梅山铁路专用线 -> 山南市"}},
		{"a verb of company takes partners as 与 does", "湖南省政府工作报告\n携手江西共建湘赣边区域合作示范区，联合广东共建湘粤产业园。",
			[]string{"CO_BUILDS 湖南省 -> 湘赣边区域合作示范区", "CO_BUILDS 江西省 -> 湘赣边区域合作示范区", "CO_BUILDS 湖南省 -> 湘粤产业园",
				"CO_BUILDS 广东省 -> 湘粤产业园", "LINKS_WITH 江西省 -> 湖南省"}, []string{"COOPERATES_WITH 江西省 -> 湖南省"}},
		{"places listed before a verb are no parties of the zone after it", "湖南省政府工作报告\n支持永州与清远、韶关共建湘粤产业合作园。",
			[]string{"CO_BUILDS 韶关市 -> 湘粤产业合作园", "CO_BUILDS 清远市 -> 湘粤产业合作园", "CO_BUILDS 永州市 -> 湘粤产业合作园"},
			[]string{"CO_BUILDS 韶关市 -> 韶关共建湘粤产业合作园"}},
		{"a group that qualifies what is built is not built", "河北省政府工作报告\n携手京津共建京津冀世界级先进制造业集群，共建西部陆海新通道建设，共建“一带一路”标志性工程。",
			[]string{"CO_BUILDS 河北省 -> 西部陆海新通道", "CO_BUILDS 河北省 -> 一带一路"}, []string{"CO_BUILDS 河北省 -> 京津冀", "CO_BUILDS 北京市 -> 京津冀"}},
		{"a carried subject that holds the partner is not the subject", "广西壮族自治区政府工作报告\n深化桂港澳合作，与香港共建北部湾国际门户港。",
			[]string{"CO_BUILDS 广西壮族自治区 -> 北部湾国际门户港", "CO_BUILDS 香港特别行政区 -> 北部湾国际门户港"},
			[]string{"CO_BUILDS 澳门特别行政区 -> 北部湾国际门户港"}},
		{"a national expressway joins the ends the network names", "河北省政府工作报告\n推进荣乌高速新线、二广高速建设，大广高速扩容。",
			[]string{"CONNECTS 荣乌高速 -> 荣成市", "CONNECTS 荣乌高速 -> 乌海市", "CONNECTS 二广高速 -> 二连浩特市", "CONNECTS 二广高速 -> 广州市",
				"CONNECTS 大广高速 -> 大庆市"}, []string{"CONNECTS 大广高速 -> 大同市"}},
		{"a zone's locality before the parties its name spells", "广东省政府工作报告\n推进横琴粤澳深度合作区、前海深港现代服务业合作区、南沙粤港澳全面合作示范区建设，建设中国—上海合作组织经贸示范区。",
			[]string{"CO_BUILDS 广东省 -> 横琴粤澳深度合作区", "CO_BUILDS 澳门特别行政区 -> 横琴粤澳深度合作区",
				"CO_BUILDS 深圳市 -> 前海深港现代服务业合作区", "CO_BUILDS 香港特别行政区 -> 前海深港现代服务业合作区",
				"CO_BUILDS 香港特别行政区 -> 南沙粤港澳全面合作示范区", "CO_BUILDS 澳门特别行政区 -> 南沙粤港澳全面合作示范区"},
			[]string{"CO_BUILDS 广东省 -> 粤澳深度合作区", "CO_BUILDS 上饶市 -> 中国—上海合作组织经贸示范区", "CO_BUILDS 海口市 -> 中国—上海合作组织经贸示范区"}},
		{"the object of a lead verb is no subject of the clauses after it", "四川省政府工作报告\n推动成渝地区双城经济圈建设，共建川渝高竹新区。",
			[]string{"CO_BUILDS 四川省 -> 川渝高竹新区"}, []string{"CO_BUILDS 成渝地区双城经济圈 -> 川渝高竹新区"}},
		{"peers of a mutual trigger carry to joint actions, not to one party's own", "江西省政府工作报告\n深化赣粤合作，推进赣深高铁建设，积极对接长三角。",
			[]string{"DOCKS_WITH 江西省 -> 长三角", "COOPERATES_WITH 广东省 -> 江西省"}, []string{"DOCKS_WITH 广东省 -> 长三角"}},
		{"peers of a mutual trigger do not carry to one party's support", "广东省政府工作报告\n深化粤桂协作，扎实做好对口支援西藏林芝、新疆喀什和四川甘孜工作。",
			[]string{"COOPERATES_WITH 广东省 -> 广西壮族自治区", "COOPERATES_WITH 广东省 -> 林芝市", "COOPERATES_WITH 广东省 -> 喀什地区",
				"COOPERATES_WITH 广东省 -> 甘孜藏族自治州"},
			[]string{"COOPERATES_WITH 广西壮族自治区 -> 林芝市", "COOPERATES_WITH 喀什地区 -> 广西壮族自治区"}},
		{"a frame that names the fields of a cooperation relates the parties after it", "湖南省政府工作报告\n以产业协作、交通联动为重点，推动“浏醴”对接长株潭都市圈。",
			[]string{"DOCKS_WITH 浏阳市 -> 长株潭", "COOPERATES_WITH 浏阳市 -> 醴陵市", "LINKS_WITH 浏阳市 -> 长株潭", "COOPERATES_WITH 醴陵市 -> 长株潭"}, nil},
		{"an institution is no partner to dock with", "湖南省政府工作报告\n积极对接长株潭都市圈和岳麓山国家大学科技城、湘江实验室。",
			[]string{"DOCKS_WITH 湖南省 -> 长株潭"}, []string{"DOCKS_WITH 湖南省 -> 湘江实验室"}},
		{"what is built on what a clause relies on relies on it", "湖南省政府工作报告\n依托岳阳城陵矶港建设岳阳临港产业新区，依托湘赣合作产业园，加快转型升级。",
			[]string{"RELIES_ON 岳阳临港产业新区 -> 岳阳城陵矶港", "RELIES_ON 湖南省 -> 湘赣合作产业园"}, []string{"RELIES_ON 湖南省 -> 岳阳城陵矶港"}},
		{"a place put among the ranks of a designation is included in it", "四川省政府工作报告\n成都纳入国家三大国际科技合作中心之列。",
			[]string{"INCLUDED_IN 成都市 -> 国家三大国际科技合作中心"}, nil},
		{"characters inside one place's name are no parties of a zone", "黑龙江省政府工作报告\n建设牡丹江产业协作园区，推进哈牡产业合作示范区。",
			[]string{"CO_BUILDS 牡丹江市 -> 牡丹江产业协作园区"}, []string{"CO_BUILDS 丹东市 -> 牡丹江产业协作园区"}},
		{"carriers of cooperation are not its parties", "天津市政府工作报告\n优化提升南站科技商务区、宝坻中关村科技城、武清站商务区等产业合作承载功能，重点做好服务。",
			nil, []string{"COOPERATES_WITH 宝坻中关村科技城 -> 武清站商务区", "COOPERATES_WITH 南站科技商务区 -> 宝坻中关村科技城"}},
		{"the subject and its partner both build what they co-build", "江西省政府工作报告\n与东莞共建吉莞合作产业园。",
			[]string{"CO_BUILDS 江西省 -> 吉莞合作产业园", "CO_BUILDS 东莞市 -> 吉莞合作产业园", "COOPERATES_WITH 江西省 -> 东莞市"}, nil},
		{"places that name an event are not relied on", "福建省政府工作报告\n依托闽台经贸合作活动实施一批项目，依托泛珠三角区域合作联席会议加强协作，依托厦门港发展航运。",
			[]string{"RELIES_ON 福建省 -> 厦门港"}, []string{"RELIES_ON 福建省 -> 台湾省", "RELIES_ON 福建省 -> 泛珠三角"}},
		{"places that qualify counted things are not relied on", "福建省政府工作报告\n依托福州、厦门等3家市疾控中心建设区域疾控中心，依托厦门港发展航运。",
			[]string{"RELIES_ON 福建省 -> 厦门港"}, []string{"RELIES_ON 福建省 -> 福州市", "RELIES_ON 福建省 -> 厦门市"}},
		{"发挥 opens a topic the clauses after it are about", guizhouTitle + "充分发挥遵义港作为长江上游重要港口的作用，争取列入国家物流枢纽建设规划。",
			[]string{"INCLUDED_IN 遵义港 -> 国家物流枢纽建设规划"}, []string{"INCLUDED_IN 贵州省 -> 国家物流枢纽建设规划"}},
		{"the place whose role drives a list links with each", "湖南省政府工作报告\n更好发挥长沙龙头引领作用，带动株洲、湘潭、岳阳等地协同联动。",
			[]string{"LINKS_WITH 长沙市 -> 株洲市", "LINKS_WITH 长沙市 -> 岳阳市", "LINKS_WITH 株洲市 -> 湘潭市"}, nil},
		{"docking with places' experience docks with the places", "湖南省政府工作报告\n对接上海、浙江自由贸易试验区改革试点经验。",
			[]string{"DOCKS_WITH 湖南省 -> 上海市", "DOCKS_WITH 湖南省 -> 浙江省"}, []string{"DOCKS_WITH 湖南省 -> 浙江自由贸易试验区"}},
		{"verbs joined by 和 share their object", "安徽省政府工作报告\n主动融入和服务长三角一体化发展。",
			[]string{"INTEGRATES_INTO 安徽省 -> 长三角"}, nil},
		{"a list of pairs gives each pair", "浙江省政府工作报告\n深化杭州与恩施、宁波与延边对口合作。",
			[]string{"COOPERATES_WITH 杭州市 -> 恩施土家族苗族自治州", "COOPERATES_WITH 宁波市 -> 延边朝鲜族自治州"},
			[]string{"COOPERATES_WITH 杭州市 -> 延边朝鲜族自治州", "COOPERATES_WITH 恩施土家族苗族自治州 -> 延边朝鲜族自治州", "COOPERATES_WITH 恩施土家族苗族自治州 -> 宁波市"}},
		{"a process named after an area keeps the list going", "江西省政府工作报告\n深度融入长三角一体化、长江中游城市群协同发展。",
			[]string{"INTEGRATES_INTO 江西省 -> 长三角", "INTEGRATES_INTO 江西省 -> 长江中游城市群"}, nil},
		{"an adverb tagged as a noun is no subject", guizhouTitle + "全面融入“一带一路”大格局。",
			[]string{"INTEGRATES_INTO 贵州省 -> 一带一路"}, nil},
		{"one docks with an area, not with a plan about it", guizhouTitle + "遵义对接成渝地区双城经济圈建设行动方案。",
			[]string{"DOCKS_WITH 遵义市 -> 成渝地区双城经济圈"}, []string{"DOCKS_WITH 遵义市 -> 成渝地区双城经济圈建设行动方案"}},
		{"mutual trigger on an abbreviation run", guizhouTitle + "深化川渝合作。",
			[]string{"COOPERATES_WITH 四川省 -> 重庆市"}, nil},
		{"every pair of a run", guizhouTitle + "推进沪苏浙皖协作。",
			[]string{"COOPERATES_WITH 上海市 -> 江苏省", "COOPERATES_WITH 上海市 -> 安徽省", "COOPERATES_WITH 江苏省 -> 浙江省",
				"COOPERATES_WITH 浙江省 -> 安徽省", "COOPERATES_WITH 上海市 -> 浙江省", "COOPERATES_WITH 江苏省 -> 安徽省"}, nil},
		{"与 an abbreviation run: subject and pairs", guizhouTitle + "深入开展与港澳台交流合作。",
			[]string{"COOPERATES_WITH 贵州省 -> 香港特别行政区", "COOPERATES_WITH 贵州省 -> 台湾省", "COOPERATES_WITH 香港特别行政区 -> 澳门特别行政区"}, nil},
		{"与 a list: partners are no peers", guizhouTitle + "加强与深圳、厦门等地合作。",
			[]string{"COOPERATES_WITH 贵州省 -> 深圳市", "COOPERATES_WITH 贵州省 -> 厦门市"}, []string{"COOPERATES_WITH 深圳市 -> 厦门市"}},
		{"an area named by abbreviations stays an area", guizhouTitle + "深化与长三角、京津冀等重点地区合作。",
			[]string{"COOPERATES_WITH 贵州省 -> 京津冀", "COOPERATES_WITH 贵州省 -> 长三角"}, []string{"COOPERATES_WITH 北京市 -> 天津市"}},
		{"peer list with 等 links every pair", guizhouTitle + "推动遵义、毕节、铜仁等市全域联动。",
			[]string{"LINKS_WITH 遵义市 -> 毕节市", "LINKS_WITH 遵义市 -> 铜仁市", "LINKS_WITH 毕节市 -> 铜仁市"}, nil},
		{"co-build a region group", guizhouTitle + "积极参与共建“一带一路”。", []string{"CO_BUILDS 贵州省 -> 一带一路"}, nil},
		{"co-build countries is nothing", guizhouTitle + "扩大与共建“一带一路”国家贸易。", nil, []string{"CO_BUILDS 贵州省 -> 一带一路"}},
		{"runs listed are pairs of their own", "陕西省政府工作报告\n提升苏陕、津陕协作水平。",
			[]string{"COOPERATES_WITH 江苏省 -> 陕西省", "COOPERATES_WITH 天津市 -> 陕西省"}, []string{"COOPERATES_WITH 天津市 -> 江苏省"}},
		{"adjacent partners", guizhouTitle + "深化与川渝毗邻地区的合作。",
			[]string{"ADJACENT_TO 贵州省 -> 四川省", "ADJACENT_TO 贵州省 -> 重庆市", "ADJACENT_TO 四川省 -> 重庆市",
				"COOPERATES_WITH 贵州省 -> 四川省"}, nil},
		{"adjacent peers before the trigger they qualify", "河北省政府工作报告\n冀晋毗邻地区合作取得新成效。",
			[]string{"ADJACENT_TO 河北省 -> 山西省", "COOPERATES_WITH 河北省 -> 山西省"}, nil},
		{"listed helpers aid the subject", "甘肃省政府工作报告\n天津、山东对口协作、倾力帮扶，实施项目7956个。",
			[]string{"COOPERATES_WITH 天津市 -> 甘肃省", "COOPERATES_WITH 山东省 -> 甘肃省"}, []string{"COOPERATES_WITH 天津市 -> 山东省"}},
		{"a kind of a group's projects is no project", "重庆市政府工作报告\n共建“一带一路”标志性项目加快建设。",
			[]string{"CO_BUILDS 重庆市 -> 一带一路"}, []string{"CO_BUILDS 重庆市 -> 一带一路标志性项目"}},
		{"peers carried to a later clause co-build", "湖南省政府工作报告\n健全鄂湘赣三省合作机制，共推共建汉湘桂内河航运大通道、荆岳高铁等跨区域通道项目。",
			[]string{"CO_BUILDS 江西省 -> 汉湘桂内河航运大通道", "CO_BUILDS 湖北省 -> 荆岳高铁", "CO_BUILDS 湖南省 -> 汉湘桂内河航运大通道"}, nil},
		{"two directions before one abbreviation name two areas", xinjiangTitle + "统筹推进南北疆协调联动。",
			[]string{"LINKS_WITH 北疆 -> 南疆"}, nil},
		{"a line project lies in neither end", "内蒙古自治区政府工作报告\n推进赤峰至锦州输氢氨醇管道建设。",
			nil, []string{"LOCATED_IN 赤峰至锦州输氢氨醇管道 -> 赤峰市"}},
		{"a trigger chain", guizhouTitle + "深度融入高质量共建“一带一路”。",
			[]string{"CO_BUILDS 贵州省 -> 一带一路", "INTEGRATES_INTO 贵州省 -> 一带一路"}, nil},
		{"an object that qualifies a goal", "吉林省政府工作报告\n这些目标既衔接“十五五”规划目标，又紧扣实际。", nil,
			[]string{"DOCKS_WITH 吉林省 -> 十五五规划"}},
		{"zone that names its parties", hainanTitle + "推进湘琼先进制造业共建产业园建设。",
			[]string{"CO_BUILDS 湖南省 -> 湘琼先进制造业共建产业园", "CO_BUILDS 海南省 -> 湘琼先进制造业共建产业园"}, nil},
		{"zone named by two cities", hainanTitle + "学习广清经济特别合作区经验。",
			[]string{"CO_BUILDS 广州市 -> 广清经济特别合作区", "CO_BUILDS 清远市 -> 广清经济特别合作区"}, nil},
		{"a country is no party", hainanTitle + "建设中德合作产业园。", nil, []string{"CO_BUILDS 德国 -> 中德合作产业园"}},
		{"the area 湘赣边 is no pair of parties", hainanTitle + "学习湘赣边区域合作示范区经验。", nil,
			[]string{"CO_BUILDS 湖南省 -> 湘赣边区域合作示范区"}},
		{"a quoted run of county initials", guizhouTitle + "支持“黎从榕”打造对接粤港澳大湾区桥头堡。",
			[]string{"DOCKS_WITH 黎平县 -> 粤港澳大湾区", "DOCKS_WITH 从江县 -> 粤港澳大湾区", "DOCKS_WITH 榕江县 -> 粤港澳大湾区"}, nil},
		{"quoted words are no run", guizhouTitle + "推进“城中村”改造，对接粤港澳大湾区。", nil, []string{"DOCKS_WITH 城口县 -> 粤港澳大湾区"}},
		{"aid names its object", "上海市对口支援工作方案\n对口支援定日县灾后重建。", []string{"COOPERATES_WITH 上海市 -> 定日县"}, nil},
		{"peers aid an area", guizhouTitle + "深化沪苏浙城市结对合作帮扶皖北城市机制。",
			[]string{"COOPERATES_WITH 上海市 -> 皖北", "COOPERATES_WITH 江苏省 -> 皖北", "COOPERATES_WITH 浙江省 -> 皖北"}, nil},
		{"a qualifier between trigger and object", "重庆市政府工作报告\n积极融入新时代西部大开发。",
			[]string{"INTEGRATES_INTO 重庆市 -> 西部大开发"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, tc.text)
			got := rels(g)
			for _, w := range tc.want {
				if !slices.Contains(got, w) && !slices.Contains(got, swapEnds(w)) {
					t.Errorf("missing %q\ngot %s", w, strings.Join(got, "\n    "))
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) || slices.Contains(got, swapEnds(n)) {
					t.Errorf("unexpected %q", n)
				}
			}
			if tc.name == "a country is no party" {
				for _, r := range got {
					if strings.HasPrefix(r, "CO_BUILDS") {
						t.Errorf("unexpected %q", r)
					}
				}
			}
		})
	}
}

// swapEnds turns "T a -> b" into "T b -> a", for symmetric types.
func swapEnds(r string) string {
	t, rest, ok := strings.Cut(r, " ")
	if !ok || !kg.RelationType(t).Symmetric() {
		return r
	}
	a, b, ok := strings.Cut(rest, " -> ")
	if !ok {
		return r
	}
	return t + " " + b + " -> " + a
}

func TestFindings(t *testing.T) {
	tests := []struct {
		name, text, code string
	}{
		{"no subject", "工作要点\n做好各项工作。", DiagNoSubject},
		{"ambiguous name", guizhouTitle + "推进合作共赢，加强港口建设。", DiagAmbiguous},
		{"trigger without object", guizhouTitle + "依托资源优势发展产业。", DiagNoObject},
		{"generic name", guizhouTitle + "推进重大项目建设。", DiagGeneric},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := newTestExtractor(t).Extract([]Input{{Name: "t.txt", Data: []byte(tc.text)}}, nil)
			for _, p := range res.Problems {
				if p.Fatal {
					t.Fatalf("fatal: %v", p)
				}
				if p.Code == tc.code {
					if p.Code != DiagNoSubject && (p.Line < 1 || p.Column < 1) {
						t.Errorf("finding not positioned: %+v", p)
					}
					return
				}
			}
			t.Errorf("no %s finding in %v", tc.code, res.Problems)
		})
	}
}

func TestTaskUnits(t *testing.T) {
	const pingxiang = "萍乡市推进产业转型行动方案\n"
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"lead and responsible units in brackets",
			pingxiang + "1.打造综合交通网络。全力推进萍莲高速建设,打造萍乡高铁枢纽。(牵头单位:市交通运输局、市公路局;责任单位:市发改委,各县区人民政府)\n",
			[]string{"LEADS 萍乡市交通运输局 -> 萍莲高速", "LEADS 萍乡市公路局 -> 萍乡高铁枢纽", "RESPONSIBLE_FOR 萍乡市发改委 -> 萍莲高速"},
			[]string{"RESPONSIBLE_FOR 各县区人民政府 -> 萍莲高速"}},
		{"units on a line of their own",
			pingxiang + "2.建设萍乡经开区综合保税区。\n牵头单位：萍乡海关\n配合单位：市商务局\n",
			[]string{"LEADS 萍乡海关 -> 萍乡经开区综合保税区", "RESPONSIBLE_FOR 萍乡市商务局 -> 萍乡经开区综合保税区"}, nil},
		{"a task with no named thing gives nothing",
			pingxiang + "3.优化营商环境。(牵头单位:市发改委)\n", nil, []string{"LEADS 萍乡市发改委"}},
		{"牵头 in running text is no label", pingxiang + "由市发改委牵头推进萍莲高速建设。\n", nil, []string{"LEADS"}},
		{"units by their roles in a bracket after the task",
			pingxiang + "4.加快萍莲高速建设。（市交通运输局牵头，市发改委、市财政局配合）\n5.建设萍乡高铁枢纽。（市发改委、市自然资源局按职责分工负责）\n",
			[]string{"LEADS 萍乡市交通运输局 -> 萍莲高速", "RESPONSIBLE_FOR 萍乡市发改委 -> 萍莲高速", "RESPONSIBLE_FOR 萍乡市财政局 -> 萍莲高速",
				"RESPONSIBLE_FOR 萍乡市发改委 -> 萍乡高铁枢纽", "RESPONSIBLE_FOR 萍乡市自然资源局 -> 萍乡高铁枢纽"},
			[]string{"LEADS 萍乡市交通运输局 -> 萍乡高铁枢纽"}},
		{"a bracket of roles whose parts are no bodies is no unit list",
			pingxiang + "6.推进萍莲高速建设（企业牵头，群众参与）。\n", nil, []string{"LEADS", "RESPONSIBLE_FOR"}},
		{"both labels on one line of their own",
			pingxiang + "8.加快萍莲高速建设。\n牵头单位：市交通运输局；责任单位：市财政局\n",
			[]string{"LEADS 萍乡市交通运输局 -> 萍莲高速", "RESPONSIBLE_FOR 萍乡市财政局 -> 萍莲高速"}, nil},
		{"a space or a comma before the next label ends a list",
			pingxiang + "9.加快萍莲高速建设。\n牵头单位：市交通运输局 责任单位：市财政局\n10.建设萍乡高铁枢纽。（牵头单位：市发改委，责任单位：市自然资源局、湘东区政府）\n",
			[]string{"LEADS 萍乡市交通运输局 -> 萍莲高速", "RESPONSIBLE_FOR 萍乡市财政局 -> 萍莲高速", "LEADS 萍乡市发改委 -> 萍乡高铁枢纽",
				"RESPONSIBLE_FOR 萍乡市自然资源局 -> 萍乡高铁枢纽", "RESPONSIBLE_FOR 湘东区人民政府 -> 萍乡高铁枢纽"},
			[]string{"LEADS 萍乡市交通运输局责任单位", "LEADS 责任单位", "LEADS 湘东区人民政府"}},
		{"a unit marked as leading inside a list of responsible units leads",
			pingxiang + "7.推进萍莲高速建设。责任单位：市交通运输局（牵头），市财政局\n",
			[]string{"LEADS 萍乡市交通运输局 -> 萍莲高速", "RESPONSIBLE_FOR 萍乡市财政局 -> 萍莲高速"},
			[]string{"RESPONSIBLE_FOR 萍乡市交通运输局（牵头"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expectMatching(t, rels(extractText(t, tc.text)), tc.want, tc.not, strings.HasPrefix)
		})
	}
}

// TestEvidenceVerifiable: every piece of evidence lets a client check its
// span (the trigger inside text[start-sentenceStart:end-sentenceStart]) and,
// for a traditional-script document, read the original surface form.
func TestEvidenceVerifiable(t *testing.T) {
	for _, name := range []string{"001_5bed96e789233213.txt", "003_f2658f09d7a5e293.txt"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile("../seeds/" + name)
			if err != nil {
				t.Fatal(err)
			}
			res := newTestExtractor(t).Extract([]Input{{Name: name, Data: data}}, nil)
			traditional := res.Graph.Documents[0].Script == ScriptTraditional
			n := 0
			for _, r := range res.Graph.Relations {
				for _, e := range r.Evidence {
					text := []rune(e.Text)
					a, b := e.Start-e.SentenceStart, e.End-e.SentenceStart
					if a < 0 || b > len(text) || a > b {
						t.Fatalf("%s: span %d-%d outside its sentence starting at %d (%d chars)", r.ID, e.Start, e.End, e.SentenceStart, len(text))
					}
					if r.Type.Triggered() && !strings.Contains(string(text[a:b]), e.Trigger) {
						t.Errorf("%s: trigger %s not in span %q", r.ID, e.Trigger, string(text[a:b]))
					}
					if traditional {
						if o := []rune(e.Original); e.Original != "" && len(o) != len(text) {
							t.Errorf("%s: original %d chars, text %d", r.ID, len(o), len(text))
						}
					} else if e.Original != "" {
						t.Errorf("%s: original text for a simplified document", r.ID)
					}
					n++
				}
			}
			if n == 0 {
				t.Fatal("no evidence")
			}
			if traditional {
				found := false
				for _, r := range res.Graph.Relations {
					for _, e := range r.Evidence {
						found = found || e.Original != ""
					}
				}
				if !found {
					t.Error("a traditional-script document gave no original sentence")
				}
			}
		})
	}
}

// TestNamePinyin: a name's pinyin spells the places it holds as the
// gazetteer does, the rest character by character.
func TestNamePinyin(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct{ name, want string }{
		{"长沙机场改扩建工程", "changshajichanggaikuojiangongcheng"},
		{"重庆至泸州至宜宾城际铁路", "chongqingzhiluzhouzhiyibinchengjitielu"},
		{"长三角一体化示范区", "changsanjiaoyitihuashifanqu"},
		{"G60科创走廊", "g60kechuangzoulang"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := x.pinyin(tc.name); got != tc.want {
				t.Errorf("pinyin(%s) = %s, want %s", tc.name, got, tc.want)
			}
		})
	}
}

// TestReportTitleLine: a report's title line is not joined to the greeting
// after it, so that the document's title is the line.
func TestReportTitleLine(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"在赣州市第十六届人民代表大会第五次会议上的政府工作报告\n\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n", "在赣州市第十六届人民代表大会第五次会议上的政府工作报告"},
		{"关于赣州市2025年国民经济和社会发展计划执行情况的报告\n\n各位代表：\n过去一年，全市经济稳中有进。\n", "关于赣州市2025年国民经济和社会发展计划执行情况的报告"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			if g := extractText(t, tc.text); len(g.Documents) != 1 || g.Documents[0].Title != tc.want {
				t.Errorf("title %q, want %q", g.Documents[0].Title, tc.want)
			}
		})
	}
}
