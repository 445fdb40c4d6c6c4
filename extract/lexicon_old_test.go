package extract

import (
	"reflect"
	"testing"

	kg "github.com/cnplan/kg"
)

func old_heads() []head {
	var hs []head
	add := func(t kg.EntityType, weak bool, ws ...string) {
		for _, w := range ws {
			hs = append(hs, head{word: w, typ: t, weak: weak})
		}
	}
	addRule := func(t kg.EntityType, r headRule, ws ...string) {
		for _, w := range ws {
			hs = append(hs, head{word: w, typ: t, rule: r})
		}
	}
	add(kg.Park, false, "经济技术开发区", "经济开发区", "高新技术产业开发区", "高新技术开发区", "开发区", "经开区", "高新区",
		"工业园区", "工业园", "工业区", "产业园区", "产业园", "软件园", "投资区", "创新区", "科技园", "创业园", "合作区", "示范区", "试验区", "实验区", "共建区",
		"集中区", "集聚区", "飞地", "科创城", "科技城", "合作园", "产业合作园", "合作园区", "保税区", "综合保税区", "自由贸易试验区",
		"自贸试验区", "自贸区", "自由贸易港", "自贸港", "先行区", "承接区", "产业基地", "转移基地", "产业城", "物流园区", "物流园", "新区",
		"科学城", "创新城", "智慧城", "大学城", "生物城", "影视城", "汽车城", "航空城", "航天城", "医药城", "新片区", "功能区", "引领区", "国家公园", "度假区", "商务区", "法务区",
		"科创园", "创新园", "农业园", "示范园", "文化园", "科创走廊", "综试区", "综保区", "总部基地", "集聚带", "示范带",
		"发展区", "协同区", "一体化示范区", "化工区", "化工园区", "化工园")
	add(kg.Park, true, "园区", "片区", "新城", "小镇", "基地", "谷", "湾区", "专区")
	add(kg.Railway, false, "高速铁路", "高铁", "铁路", "城际铁路", "城际轨道", "客专", "客运专线", "专用线", "货运专线", "轨道交通",
		"市域铁路", "市域快线", "直通线", "联络线")
	add(kg.Railway, true, "城际")
	addRule(kg.Railway, ruleNumbered, "号线")
	add(kg.Road, false, "高速公路", "国道", "省道", "旅游公路", "环线高速")
	// 高速 alone is also an adverb (经济高速增长): named by its endpoints
	add(kg.Road, true, "高速", "公路", "快速路", "快速通道", "大道", "环高", "大桥", "隧道")
	// 枢纽 is also a role (大宗商品资源配置枢纽, 国际性综合交通枢纽): named by a place
	add(kg.Hub, true, "物流枢纽", "交通枢纽", "高铁枢纽", "枢纽")
	add(kg.Hub, false, "机场", "国际机场", "港区", "内陆港", "无水港", "陆港", "航空港", "口岸", "码头", "高铁站", "火车站",
		"物流中心", "国际陆港", "陆港区", "港务区", "集结中心", "航运中心",
		"多式联运中心", "多式联运枢纽", "物流基地", "作业区", "母港", "邮轮港", "机场群", "国际港", "保税物流中心", "航空口岸")
	add(kg.Hub, true, "港", "站", "东站", "西站", "南站", "北站")
	add(kg.Project, false, "工程", "项目", "水电站", "电站", "电厂", "航电枢纽", "水利枢纽", "运河", "水库", "管道",
		"输电线路", "特高压", "灌区", "航道", "船闸", "生产线", "油田", "气田", "核电", "国家文化公园", "航站楼",
		"航运枢纽", "二线",
		// venues are built as projects (上海大歌剧院, 红岩文化公园二期)
		"歌剧院", "大剧院", "剧院", "音乐厅", "体育馆", "体育场", "体育中心", "文化公园", "会展中心")
	add(kg.Project, true, "通道", "大通道", "生态廊道", "矿")
	add(kg.Institution, false, "大学", "学院", "研究院", "研究所", "研究中心", "技术中心", "创新中心", "实验室", "科学院", "检验中心",
		"博物馆", "植物园", "科学中心", "医学中心", "交易所", "资源库", "研究基地", "转移中心", "分中心", "分院", "技术创新中心",
		"国家实验室", "全国重点实验室", "国家重点实验室", "国家工程研究中心", "国家工程技术研究中心", "国家工程实验室", "职业技术学院", "职业技术大学", "高等研究院", "校区", "院区",
		"图书馆", "美术馆", "纪念馆", "档案馆", "科技馆")
	add(kg.Institution, true, "医院", "学校", "中学", "小学", "党校", "中心", "实验站", "观测站", "天文台")
	// words that end like a head and are none: a city's role (省域副中心,
	// 国际消费中心城市); matched so that the shorter head inside is not
	add("", false, "副中心", "中心城市", "中心城区", "消费中心城市", "命运共同体", "中华民族共同体", "民族共同体")
	addRule(kg.Plan, ruleDoc, "规划", "纲要", "规划纲要", "方案", "工作方案", "实施方案", "总体方案", "行动方案", "建设方案",
		"意见", "指导意见", "实施意见", "建议", "工作要点")
	addRule(kg.Plan, ruleList, "计划", "名录", "名单", "范围", "谱系", "目录", "清单", "白名单", "试点", "试点城市", "预备名单")
	addRule(kg.Plan, ruleQuoted, "行动", "行动计划", "专项行动", "三年行动")
	addRule(kg.Plan, ruleClosed, "战略")
	add(kg.RegionGroup, false, "城市群", "都市圈", "城市圈", "经济圈", "经济区", "经济带", "生态经济区", "大湾区", "三角洲",
		"产业走廊", "经济走廊", "创新走廊", "旅游走廊", "城市带", "创新带", "发展带", "生态带", "城市组群", "金三角",
		"大都市圈", "旅游带", "文化带", "大走廊")
	// 走廊 alone is also a figure of speech: named by a place (成渝氢走廊)
	add(kg.RegionGroup, true, "走廊")
	// 共同体 alone is also a figure of speech (命运共同体): named by a place (长三角科技创新共同体)
	add(kg.RegionGroup, true, "共同体")
	return hs
}

func old_triggers() []triggerDef {
	var ts []triggerDef
	add := func(t kg.RelationType, ws ...string) {
		for _, w := range ws {
			ts = append(ts, triggerDef{w, t})
		}
	}
	add(kg.CoBuilds, "共建", "合作共建", "联合共建", "携手共建", "联合建设", "共同建设", "合作建设", "共同打造", "联合打造")
	add(kg.DocksWith, "对接", "对接融入", "衔接", "接轨")
	add(kg.IncludedIn, "纳入", "列入", "写入", "列为")
	add(kg.IntegratesInto, "融入", "融入到")
	add(kg.LinksWith, "联动", "携手")
	add(kg.CooperatesWith, "合作", "协作", "交流合作", "对口支援", "对口帮扶", "对口合作", "结对帮扶", "战略合作", "对口", "帮扶")
	add(kg.ReliesOn, "依托", "借助", "依靠", "凭借")
	add(kg.AdjacentTo, "毗邻", "接壤", "交界", "相邻", "紧邻", "比邻")
	add(kg.Connects, "连接", "连通", "直通", "贯通")
	add(kg.LocatedIn, "位于", "落户", "坐落于")
	return ts
}

// stopWords end a name when scanning left from its head: verbs, adverbs,
// prepositions, conjunctions and quantifiers that stand before names.
// Trigger words that also occur inside names (合作, 协作) are left out.
func old_stopWords() []string {
	return append([]string{
		// verbs
		"推进", "推动", "加快", "提速", "加强", "加大", "建设", "建成", "打造", "支持", "鼓励", "引导", "争取", "依托", "借助",
		"依靠", "对接", "融入", "纳入", "列入", "写入", "列为", "共建", "联建", "联动", "携手", "深化", "提升", "完善",
		"实施", "开展", "围绕", "依据", "根据", "按照", "通过", "利用", "发挥", "培育", "形成", "构建", "创建", "申报",
		"申建", "设立", "设置", "组建", "筹建", "谋划", "启动", "完成", "实现", "促进", "参与", "服务", "面向",
		"连接", "连通", "直通", "贯通", "包括", "新建", "扩建", "续建", "改建", "开工", "配合", "加速", "做大", "做强",
		"做优", "做精", "优化", "改造", "落实", "落地", "布局", "规划建设", "建立", "积极", "主动", "大力", "着力",
		"努力", "力争", "确保", "全面", "全力", "重点", "进一步", "加紧", "抓紧", "尽快", "争创", "探索", "研究",
		"谋求", "吸引", "引进", "招引", "推广", "复制", "借鉴", "学习", "考察", "公布", "分批", "合理", "编制",
		"对口支援", "对口帮扶", "对口合作", "一流", "赴", "至少", "专栏", "其中", "包括", "充分", "赋予", "奋力",
		"跨入", "搬迁", "成功", "获批", "国内", "知名", "链接", "承揽", "解决", "改进", "补齐", "建", "两大", "三大",
		"四大", "五大", "六大", "几大", "多家", "一批次", "遏止", "坚决", "改善", "修复", "提质", "加入", "毗邻", "接壤", "交界", "位于", "落户",
		"成为", "作为", "属于", "是", "有", "担任", "首次", "迈入", "发展", "培养", "提高", "增强", "保障", "保护", "治理", "整治",
		"建强", "坚持", "立足", "锚定", "紧扣", "着眼", "用好", "抓好", "办好", "管好", "搞好", "做好", "健全", "强化", "发布", "巩固", "拓展", "拓宽", "扩大", "延伸", "畅通",
		"打通", "联通", "衔接", "接轨", "入驻", "进驻", "对标", "瞄准", "聚焦", "突出", "依法", "持续", "协调", "争当",
		"助推", "带动", "辐射", "覆盖", "开通", "运营", "运行", "投运", "投产", "通车", "建好", "用活", "激活",
		// prepositions, conjunctions, particles, pronouns, quantifiers
		"以及", "及", "和", "与", "同", "跟", "或", "在", "于", "向", "对", "为", "把", "将", "被", "由", "从", "至于",
		"等", "的", "之", "其", "各", "该", "本", "这", "那", "并", "而", "且", "又", "也", "都", "即", "如", "以",
		"一批", "一个", "一座", "一条", "一项", "一家", "一所", "两个", "多个", "若干", "一些", "每个", "各类", "各个",
		"加上", "以及", "当地", "我市", "我省", "我区", "我县", "全市", "全省", "全区", "全县",
	}, old_resultativeVerbs()...)
}

// resultativeVerbs are the verb-result compounds plans pile up before
// their objects (推深做实, 走深走实, 抓细抓实, 压实, 擦亮): a verb of doing
// and an adjective of its result. Generated rather than listed, so that a
// new pairing (守牢, 织密) needs no edit. 建 and 大 are left out: 建深
// and 建大 stand inside names (共建深汕…, 福建大数据…), and 干细 in 干细胞.
func old_resultativeVerbs() []string {
	var ws []string
	for _, v := range "做推走抓压夯织擦打落守管" {
		for _, r := range "深实细好强优精牢密亮响活稳" {
			ws = append(ws, string(v)+string(r))
		}
	}
	return ws
}

// genericWords are modifiers that do not make a name: a head with only
// these before it is a generic phrase (省级开发区, 重大项目, 水利工程).
func old_genericWords() []string {
	return []string{
		"全市", "全省", "全区", "全县", "全国", "省级", "市级", "县级", "区级", "国家级", "国家", "省", "市", "县", "区",
		"重大", "重点", "主要", "相关", "有关", "各类", "各级", "一批", "一些", "现代", "新型", "大型", "中型", "小型",
		"综合", "示范", "特色", "配套", "基础设施", "水利", "交通", "能源", "公共", "工业", "农业", "产业", "科技",
		"文化", "旅游", "物流", "生态", "城市", "乡村", "农村", "民生", "保障", "骨干", "标志性", "高标准", "高水平",
		"国际", "区域", "地方", "本地", "传统", "新兴", "战略性", "先进", "优势", "主导", "这些", "其他", "其它", "以上", "以下",
		"上述", "省内", "市内", "区内", "境内", "沿海", "内陆", "跨省", "中小", "中小型", "病险", "专项", "总体", "发展",
		"建设", "高速", "高速公路", "铁路", "公路", "国省道", "县乡", "县道", "乡道", "村道", "普通", "干线", "支线", "高等", "职业", "技工",
		"中小学", "三甲", "公立", "人民", "新", "老", "大", "小", "中", "高", "低", "好", "多", "重要", "一流", "世界级",
		"高端", "创新", "合作", "开放", "协同", "融合", "承接", "转移", "产业转移", "研发", "技术", "工程技术",
		"重点实验室", "平台", "载体", "试验", "实验", "改革", "经济", "开发", "功能", "集聚", "集中", "加工", "贸易",
		"商贸", "电商", "数字", "智慧", "绿色", "低碳", "循环", "节能", "环保", "安全", "应急", "防洪", "供水", "污水",
		"垃圾", "处理", "提升", "改造", "升级", "扩建", "新建", "续建", "在建", "拟建", "已建", "一期", "二期", "三期",
		"年度", "中长期", "五年", "各项", "各地", "全域", "新一代", "人均", "海洋", "市郊", "央属", "省属", "城中村", "母亲河", "护城河", "老旧小区", "城乡", "农田", "标准", "高效", "优质",
		"该", "本", "此", "其", "各", "等", "个", "条", "座", "项", "家", "所", "批", "多重",
		"一级", "二级", "三级", "四级", "农村", "主干", "四好", "区域内", "市域", "县域", "乡镇", "乡际", "景区间",
		"下穿", "区域性", "客货运", "客运", "货运", "综合交通", "多式联运", "小时", "义务教育", "寄宿制", "特殊教育",
		"公办", "民办", "区属", "市属", "县属", "优抚", "中职", "普通", "高中", "城镇", "城乡", "现代化", "专业",
		"校园", "足球", "示范性", "主题", "试验", "自贸", "菜篮子", "老年", "心理健康", "教育", "阶段",
		"金融", "立体", "沿边", "创业", "制造业", "限制", "禁止", "境外", "经济贸易", "超",
		"深度", "美丽", "境内外", "国内外", "海内外", "创新型", "国际性", "全国性", "区域性", "地区性", "首批", "第二批", "新一批", "全国首批", "首个", "全国首个",
		"高品质", "高质量", "关键", "核心", "特殊", "重要", "中国特色", "现代化", "省域", "跨省域", "跨境", "出口", "航空", "运输",
		// kinds of plant and equipment: 抽水蓄能电站, 储能电站, 虚拟电厂, 深水航道
		"抽水蓄能", "蓄能", "储能", "虚拟", "智能", "深水", "输变电", "输变",
	}
}

// levelWords rank or count a designation without naming its field: after
// 国家 they leave a kind (国家重点实验室, 国家示范区), where a field names one
// (国家数字经济创新发展试验区).
func old_levelWords() []string {
	return []string{"重点", "重大", "骨干", "一流", "示范", "综合", "高水平", "首批", "一批", "新一批", "第二批", "级",
		"现代", "新型", "高标准", "特色", "大型", "区域", "中心", "重要", "主要", "先进", "优秀", "标准化", "规范化", "试点",
		"发展", "农业", "生态", "功能", "美丽", "乡村"}
}

// categoryWords describe a kind of thing, not one thing: a place followed
// only by these before a head is still generic (广东省三甲医院,
// 澳门地区中小学, 萍乡内陆港).
func old_categoryWords() []string {
	return []string{"三甲", "公立", "民营", "中小", "中小学", "高等", "职业", "综合性", "综合", "地区", "重点", "相关",
		"各类", "省级", "市级", "县级", "区级", "国家级", "内陆", "大型", "旅游", "特色", "重大", "主要", "现代",
		"区域", "全域", "城区", "市区", "县城", "乡村", "农村", "骨干", "知名", "一流", "优质", "医疗", "科研",
		"对外", "沿边", "边境", "立体", "市场化", "市政", "公共", "基础设施", "标准化", "示范", "试点", "等", "的"}
}

// carrierWords right after a relation's trigger make the things before it
// carriers of the relation, not its parties (产业合作承载功能, 合作载体).
func old_carrierWords() []string { return []string{"承载", "载体"} }

// clusterWords after a head and the places listed before it name a
// cluster of such things at those places (…等全国重点实验室集群).
func old_clusterWords() []string { return []string{"集群", "群落"} }

// trainWords name trains and services on a line (赣粤高铁专列, 高铁动车组).
func old_trainWords() []string { return []string{"专列", "列车", "动车组", "班列", "车次"} }

// importanceWords rank projects or works by importance (重点项目, 重大工程,
// 标志性项目): after a name, they make the place's or the cluster's
// projects of that rank a kind, not one project.
func old_importanceWords() []string { return []string{"重点", "重大", "标志性"} }

// roleWords end a description of how much a thing matters (重要通道,
// 首要战略): what follows them is a role, not a name.
func old_roleWords() []string { return []string{"重要", "主要", "关键", "首要"} }

// networkHeads name a kind of route; after a place alone they are the
// place's network (广西公路, 湖南旅游公路), where a route is named by its
// ends (川藏公路, 沪昆高铁).
func old_networkHeads() []string {
	return []string{"公路", "高速", "铁路", "高铁", "旅游公路", "农村公路", "国省道"}
}

// kindOnlyHeads after a place alone are the place's institutions of that
// kind (北京市学校), never one of them: each is named on its own.
func old_kindOnlyHeads() []string { return []string{"学校"} }

// fieldLevelHeads are designations named field first, level after
// (干旱区生态安全与可持续发展全国重点实验室, 数字出版技术国家工程研究中心):
// the field before them is the name, without a place.
func old_fieldLevelHeads() []string {
	return []string{"全国重点实验室", "国家重点实验室", "国家工程研究中心", "国家工程技术研究中心", "国家工程实验室"}
}

// maxField bounds the field that names a designation (fieldLevelHeads).

// subjectPronouns refer to the document's subject region.
func old_subjectPronouns() []string {
	return []string{"我市", "我省", "我区", "我县", "本市", "本省", "本区", "本县", "全市", "全省", "全区", "全县"}
}

// leadVerbs may stand before a sentence's topic (支持上栗、万载联动浏阳).
func old_leadVerbs() []string {
	return []string{"支持", "推动", "推进", "鼓励", "引导", "促进", "加快", "加强", "深化", "积极", "主动", "争取", "力争", "协调", "充分发挥", "发挥"}
}

// milestoneEvents are verbs that go with a target year (力争2019年开工).
func old_milestoneEvents() []string {
	return []string{"开工建设", "建成通车", "建成投产", "建成投运", "全面开工", "开工", "建成", "完工", "竣工", "通车", "投产", "投运", "运营", "完成"}
}

// strategyVerbs carry a strategy out: their object is its whole name,
// verbs inside it included (推进|重大文化产业项目带动战略).
func old_strategyVerbs() []string { return append(old_docVerbs(), "推进", "深化", "深入实施") }

// rankWords describe a thing by its rank among others (亚洲最大专业货运机场,
// 全国首个…, 唯一…): a description, never a name; the name follows it.
func old_rankWords() []string { return []string{"最", "首个", "唯一"} }

// experienceNouns after a zone say that what is taken up is its places'
// experience (对接广东、福建自由贸易试验区改革试点经验: docking with the places).
func old_experienceNouns() []string { return []string{"经验", "做法"} }

// eventNouns after a head name an event or an association, not the thing
// (世界运河大会, 自贸港论坛, 陆港博览会, 国家高新区联盟).
func old_eventNouns() []string {
	return []string{"大会", "论坛", "峰会", "博览会", "交易会", "洽谈会", "年会", "会议", "研讨会", "联盟", "协会"}
}

// phaseWords, written right after a facility's name, make a project of a
// construction phase or works on it (ONTOLOGY.md: 二期, 改扩建工程, 增建二线).
func old_phaseWords() []string {
	return []string{"一期", "二期", "三期", "四期", "五期", "六期", "改扩建", "扩能改造", "扩能升级", "提质扩容", "提档扩容",
		"扩容", "增建二线", "迁建", "扩建", "电气化改造", "现代化改造", "续建配套", "改造升级", "技改升级"}
}

// worksWords name works on a facility between its head and 工程
// (航道整治工程, 河道治理工程, 水库除险加固工程).
func old_worksWords() []string {
	return []string{"整治", "治理", "疏浚", "除险加固", "加固", "改造", "修复", "清淤", "扩容", "提升", "升级", "扩能", "综合",
		"加强", "交流", "直流", "配套"} // 特高压|交流加强|工程: a line's current is its works too
}

// innerWords stand before names as verbs and inside names as modifiers
// (国家服务贸易创新发展示范区, 喀什重点开发开放试验区): a name opened by a
// place or by 国家 may hold them.
func old_innerWords() []string {
	return []string{"发展", "开发", "开放", "创新", "服务", "合作", "协同", "融合", "保护", "利用", "重点", "综合", "改革",
		"转型", "升级", "提升", "协作", "共享", "传承", "集聚", "示范", "引领", "先行", "振兴", "一体化", "高质量", "毗邻", "省际"}
}

// unitLabels name the units of a task and what each unit does: the lead
// unit leads it, the responsible and cooperating units carry it out.
func old_unitLabels() []unitLabel {
	return []unitLabel{
		{"牵头单位", kg.Leads}, {"牵头部门", kg.Leads},
		{"责任单位", kg.ResponsibleFor}, {"责任部门", kg.ResponsibleFor},
		{"配合单位", kg.ResponsibleFor}, {"配合部门", kg.ResponsibleFor},
	}
}

// docVerbs issue, adopt or carry out documents: a 方案 or 规划 after them
// is a titled document (出台实施都市圈同城化发展行动方案).
func old_docVerbs() []string {
	return []string{"制定", "出台", "印发", "编制", "实施", "发布", "审议", "批复", "修订", "制订", "落实", "颁布"}
}

// fieldWords right after 等 say the list was of fields or places, not of
// things (等领域项目, 等地): no class closes it.
func old_fieldWords() []string { return []string{"领域", "方面", "行业", "地", "方式"} }

// notProjectItems among the modifiers of 项目 or 工程 after 等 say the items
// are sites worked on or investors, not projects (等关键区域生态修复工程,
// 等重大外资项目).
func old_notProjectItems() []string {
	return []string{"区域", "领域", "外资", "企业", "治理", "修复", "整治", "制造业", "产业"}
}

// transferGoods are what a transfer project carries between provinces
// (疆电入渝, 川气东送, 疆算入渝, 晋煤外运).
func old_transferGoods() []rune { return []rune("电气算煤") }

// sendWords send a province's goods out (疆电外送, 西气东输 is a group's).
func old_sendWords() []string {
	return []string{"外送", "东送", "西送", "南送", "北送", "外运"}
}

// framePrepositions open an adverbial of manner, place or means; inside a
// verb's object they show it is no title (实施建设用地总量按规划期管控制度).
// 与, 同 and 向 stand inside titles (海岸带综合保护与利用规划).
func old_framePrepositions() []string {
	return []string{"按", "按照", "依照", "依据", "根据", "在", "把", "被", "从", "通过", "经过"}
}

// listVerbs put something into a list, pilot or designation: their object
// is its name (获批国家服务业扩大开放综合试点城市).
func old_listVerbs() []string {
	return []string{"纳入", "列入", "入选", "获批", "获评", "列为", "认定为", "评为", "批准为"}
}

// toponymFinals are the characters that end Chinese place names: terrain,
// water, settlements and crossings (洋山, 寸滩, 甘泉堡, 上库). A name the
// segmenter's dictionary lacks falls apart into one-character words; when
// the last of them is one of these, the run is read as a local place.
// 城 is left out: it ends abbreviations of common words too (产城融合).
func old_toponymFinals() string {
	return "山江河湖滩洲岛湾港桥库堡庄村坪塘坝沟岭峪口店铺营寨屯垭岗坡渡关溪泉峡门墩埠矶圩垸"
}

// countryAbbrevs are the one-character abbreviations of China's partners
// in the names of international lines and zones (中老铁路, 中吉乌铁路, 中欧班列,
// 中新合作区, 中越口岸, 中马钦州产业园区, 中白工业园): neighbours, the EU and the
// partners of state-level cooperation zones.
func old_countryAbbrevs() string {
	return "老越俄蒙欧吉乌哈巴缅泰新德法英美日韩朝尼印塔阿柬马白菲埃以匈塞"
}

// terrainFinals are the toponym finals that no common two-character word
// takes as a suffix (铜锣|山, 明月|山), unlike 港 or 口 (公路港, 出海口).
func old_terrainFinals() string {
	return "山滩岛湾洲峡岭坪坝沟墩埠堡寨屯庄垭峪矶圩垸"
}

// worksCues are what construction works build or do, one of which names
// every works 工程 (白鹤滩水电入赣工程, 引绰济辽工程 has 引; 阿尔塔什水利枢纽工程,
// 秦淮河航道整治工程). A 工程 without one is a programme (人才兴皖工程,
// “种芯”工程, 东数西算工程), which the ontology does not count as a Project.
func old_worksCues() []string {
	return []string{"水", "电", "气", "油", "煤", "矿", "核", "风", "光伏", "储能", "热", "氢", "路", "桥", "隧", "港", "航",
		"铁", "轨", "管", "线", "堤", "闸", "库", "渠", "坝", "灌", "站", "网", "林", "绿", "沙", "山", "湖", "河", "江", "海",
		"地", "田", "岸", "场", "楼", "馆", "厂", "园", "城", "枢纽", "机场", "基地", "中心", "设施", "引", "调",
		"修复", "治理", "整治", "加固", "改造", "扩建", "扩容", "扩能", "增容", "高压", "输变", "新建", "迁建", "建设", "防护", "防洪", "保护", "一期", "二期", "三期"}
}

// companionVerbs take the partners of an action as 与 does (携手江西共建X:
// 江西 and the subject build X).
func old_companionVerbs() []string { return []string{"携手", "联合", "会同", "协同", "伙同"} }

// groupBuildingWords may follow a group that is built together (共建西部陆
// 海新通道建设, 共建“一带一路”和…): its building or development, or a
// conjunction to the next thing built. Any other noun after the group is
// what is built, the group only its qualifier.
func old_groupBuildingWords() []string {
	return []string{"建设", "发展", "协同", "一体化", "高质量", "合作", "和", "及", "与", "等", "大格局", "走深走实", "取得", "不断", "迈出"}
}

// govLevels are the levels of government that qualify a kind of thing
// (国家和省, 省市县): joined, they say the kind is found at each level.
func old_govLevels() []string {
	return []string{"国家级", "国家", "中央", "省级", "省", "市级", "市", "县级", "县"}
}

// nationalRoute is a line of a national network named by its ends, one
// character each, with the codes of the regions it joins.

// nationalExpressways are the radial, north-south and east-west lines of the
// national expressway network (国家高速公路网, “71118”, in the 国家公路网规划
// of 2022): their short names hold ends that one character does not say
// (荣乌: 荣成 and 乌海, a county and a city far from each other; 二广: 二连浩特).
func old_nationalExpressways() []nationalRoute {
	return []nationalRoute{
		{"G1", "京哈", []string{"110000", "230100"}}, {"G2", "京沪", []string{"110000", "310000"}},
		{"G3", "京台", []string{"110000", "710000"}}, {"G4", "京港澳", []string{"110000", "810000", "820000"}},
		{"G5", "京昆", []string{"110000", "530100"}}, {"G6", "京藏", []string{"110000", "540100"}},
		{"G7", "京新", []string{"110000", "650100"}},
		{"G11", "鹤大", []string{"230400", "210200"}}, {"G15", "沈海", []string{"210100", "460100"}},
		{"G25", "长深", []string{"220100", "440300"}}, {"G35", "济广", []string{"370100", "440100"}},
		{"G45", "大广", []string{"230600", "440100"}}, {"G55", "二广", []string{"152501", "440100"}},
		{"G59", "呼北", []string{"150100", "450500"}}, {"G65", "包茂", []string{"150200", "440900"}},
		{"G69", "银百", []string{"640100", "451000"}}, {"G75", "兰海", []string{"620100", "460100"}},
		{"G85", "银昆", []string{"640100", "530100"}},
		{"G10", "绥满", []string{"231081", "150781"}}, {"G12", "珲乌", []string{"222404", "152201"}},
		{"G16", "丹锡", []string{"210600", "152502"}}, {"G18", "荣乌", []string{"371082", "150300"}},
		{"G20", "青银", []string{"370200", "640100"}}, {"G22", "青兰", []string{"370200", "620100"}},
		{"G30", "连霍", []string{"320700", "654004"}}, {"G36", "宁洛", []string{"320100", "410300"}},
		{"G40", "沪陕", []string{"310000", "610100"}}, {"G42", "沪蓉", []string{"310000", "510100"}},
		{"G50", "沪渝", []string{"310000", "500000"}}, {"G56", "杭瑞", []string{"330100", "533102"}},
		{"G60", "沪昆", []string{"310000", "530100"}}, {"G70", "福银", []string{"350100", "640100"}},
		{"G72", "泉南", []string{"350500", "450100"}}, {"G76", "厦蓉", []string{"350200", "510100"}},
		{"G78", "汕昆", []string{"440500", "530100"}}, {"G80", "广昆", []string{"440100", "530100"}},
	}
}

// zoneManners say how closely a zone's parties cooperate, between the
// parties and the cooperation word of its name (横琴粤澳深度合作区,
// 南沙粤港澳全面合作示范区).
func old_zoneManners() []string {
	return []string{"全面", "深度", "紧密", "高水平", "高质量", "全方位"}
}

// nationalNewAreas are the names of the 19 national new areas (国家级新区,
// approved by the State Council 1992-2017) before 新区: several are no
// place of the gazetteer and common words to the dictionary (天府, 两江).
func old_nationalNewAreas() []string {
	return []string{"浦东", "滨海", "两江", "舟山群岛", "兰州", "南沙", "西咸", "贵安", "西海岸", "青岛西海岸", "金普", "大连金普",
		"天府", "四川天府", "湘江", "湖南湘江", "江北", "南京江北", "福州", "滇中", "云南滇中", "哈尔滨", "长春", "赣江", "江西赣江", "雄安", "河北雄安"}
}

// stateFirms are the short names of the central state firms that build
// power, energy and resource works in every province; before a place they
// open the works' name (国能哈密400万吨煤制油, 华电平江电厂二期).
func old_stateFirms() []string {
	return []string{"国能", "国家能源", "华能", "华电", "大唐", "国电投", "国家电投", "中广核", "中核", "三峡", "中石化", "中石油",
		"中海油", "国投", "中煤", "华润", "国网", "南网"}
}

// runFollowers make a run of places written one character each (汉襄宜,
// 郑开, 海澄文) a group or a party: the run is followed by what binds its
// places (一体化, 同城化, 协同) or by the kind of area they form (都市圈).
func old_runFollowers() []string {
	return []string{"一体", "同城化", "协同", "融合发展", "联动", "合作", "协作", "对接", "统筹", "都市圈", "都市区", "城市群", "经济圈", "经济区",
		"经济带", "金三角", "组团", "省内", "毗邻", "两地", "三地", "四地", "两市", "三市", "四市", "双城"}
}

// featureFollowers follow the name of a lake, river or mountain, never a
// region's: 巢湖流域, 巢湖水质, 丹江口库区. A region's short name before them
// is the feature it was named after.
func old_featureFollowers() []string {
	return []string{"流域", "水质", "水域", "水系", "湿地", "库区", "水环境", "水生态", "岸线", "沿岸", "上游", "下游", "干流", "支流"}
}

// featureClasses close a list of natural features after 等 (洪湖、梁子湖等
// 重点湖库): the items are lakes, rivers or mountains, not the regions that
// share their names.
func old_featureClasses() []string {
	return []string{"湖库", "湖泊", "河湖", "河流", "江河", "水库", "山脉", "山体", "名山", "湖", "河"}
}

// planInnerVerbs are verbs that plans are named by, after the noun they
// act on (价值实现, 盐碱地改造, 能力提升): inside a plan's name they do not end
// it, as they would stand before any other name.
func old_planInnerVerbs() []string {
	return []string{"实现", "改造", "提升", "治理", "保护", "整治", "修复", "培育", "转型", "融合", "协同", "改革", "创新", "开放", "推广", "应用"}
}

// closedFollowers may follow a closed head (战略) that ends a name: the
// predicate of which the named strategy is the subject (乡村振兴战略深入实施,
// 西部大开发战略实施30周年).
func old_closedFollowers() []string {
	return []string{"实施", "推进", "深入", "全面", "有效", "统筹", "实绩", "考核", "落实"}
}

// objectQualifiers may stand between a trigger and its object (融入新时代
// 西部大开发, 融入国家“东数西算”工程, 对接新一轮……).
func old_objectQualifiers() []string {
	return []string{"新时代", "国家", "全国", "新一轮", "高质量", "高水平", "更高水平", "全方位", "深度", "全面"}
}

// platformNouns after a mutual trigger make it a modifier of a place or
// platform (合作平台, 合作园区): the places listed before are not its parties.
func old_platformNouns() []string {
	return []string{"平台", "载体", "园", "区", "基地", "示范", "项目"}
}

// modifiedNouns after an object make the object a modifier of them: the
// relation is with the goal or mechanism, not with the named thing
// (衔接“十五五”规划目标, 共建黄河流域横向生态补偿机制).
func old_modifiedNouns() []string {
	return []string{"目标", "机制", "体系", "标准", "规则", "政策", "要求", "精神", "横向", "生态补偿"}
}

// countMeasures follow a number that counts things (5家, 3个, 10所): a
// name after them is counted, and a list before 等 and them is of things
// counted.
func old_countMeasures() string { return "个家项所座条批" }

// capacityUnits measure the size of works (2万吨, 100万千瓦, 20亿立方米;
// 瓦 alone too, as 千 is read as a magnitude), longest first where one is
// the start of another. Voltages (千伏, 伏) are a line's class instead
// (capacityOpening).
func old_capacityUnits() []string {
	return []string{"千瓦时", "千瓦", "兆瓦", "吉瓦时", "吉瓦", "瓦", "平方公里", "平方米", "立方米", "标准箱", "吨", "公里", "千米", "米", "亩", "标箱", "辆", "台", "套"}
}

// approximations close a count (5个左右, 10所以上, 3个多个).
func old_approximations() []string { return []string{"左右", "以上", "多个", "余个"} }

// batchPrefixes rank a thing among others of its kind; they are not part of
// its name (全国首批省域美丽中国先行区).
func old_batchPrefixes() []string {
	return []string{"全国首批", "全国首个", "全国第一批", "首批", "首个", "第一批", "第二批", "第三批", "新一批"}
}

// seekVerbs before 纳入/列入 make the document's subject the thing that
// seeks inclusion (积极争取列入国家规划).
func old_seekVerbs() []string {
	return []string{"争取", "力争", "推动", "推进", "申请", "积极", "全面", "整体", "全境"}
}

// kindQualifiers may stand between 等 and the class noun that closes a list
// of projects (等重大项目, 等一批重点工程).
func old_kindQualifiers() []string {
	return []string{"一批", "重大", "重点", "在建", "新建", "续建", "新", "大", "建设", "产业", "亿元以上", "元以上", "以上", "元"}
}

// kindClass is a class noun that closes a list of things named without
// their head (沿江、西十等4条高铁): its items are of type typ and, when head
// is set, are named with that head added (西十高铁), as a shared head is.

// kindClasses close lists after 等 and its qualifiers, longest first.
func old_kindClasses() []kindClass {
	return []kindClass{
		{"高速公路项目", kg.Road, "高速公路"}, {"高速公路", kg.Road, "高速公路"},
		{"铁路项目", kg.Railway, "铁路"}, {"铁路", kg.Railway, "铁路"},
		{"高铁项目", kg.Railway, "高铁"}, {"高铁", kg.Railway, "高铁"},
		{"轨道交通线", kg.Railway, ""}, {"产业走廊", kg.RegionGroup, "产业走廊"},
		{"项目", kg.Project, ""}, {"工程", kg.Project, ""},
		// 联影小镇、东方美谷等特色园区: parks named without a head
		{"特色产业园区", kg.Park, ""}, {"特色园区", kg.Park, ""}, {"园区", kg.Park, ""}, {"产业园", kg.Park, ""},
	}
}

// focusClosers close a frame that names what a sentence's action centres on
// (以文旅合作、产业联动等为重点，…).
func old_focusClosers() []string {
	return []string{"为重点", "为抓手", "为主线", "为核心", "为突破口", "为牵引", "为纽带"}
}

// unitRoles are the roles a bracket after a task gives its units, the
// longest first (（省发展改革委牵头，省财政厅配合）).
func old_unitRoles() []unitLabel {
	return []unitLabel{
		{"按职责分工负责", kg.ResponsibleFor}, {"按职责分工落实", kg.ResponsibleFor}, {"牵头负责", kg.Leads}, {"共同负责", kg.ResponsibleFor},
		{"牵头", kg.Leads}, {"配合", kg.ResponsibleFor}, {"参与", kg.ResponsibleFor}, {"负责", kg.ResponsibleFor},
	}
}

// bodyEndings end the names of government bodies and their like
// (省发展改革委, 省交通运输厅, 市商务局, 长沙市人民政府, 湘江新区管委会).
func old_bodyEndings() []string {
	return []string{"委", "厅", "局", "办", "政府", "委员会", "管委会", "公司", "集团", "中心", "署", "部", "院", "会", "处", "海关", "银行"}
}

func TestOldLexiconSame(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	chk := func(name string, a, b any) {
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s differs:\n%v\n%v", name, a, b)
		}
	}
	chk("heads", l.heads, old_heads())
	chk("triggers", l.triggers, old_triggers())
	chk("stopWords", l.stopWords, old_stopWords())
	chk("genericWords", l.genericWords, old_genericWords())
	chk("levelWords", l.levelWords, old_levelWords())
	chk("categoryWords", l.categoryWords, old_categoryWords())
	chk("carrierWords", l.carrierWords, old_carrierWords())
	chk("clusterWords", l.clusterWords, old_clusterWords())
	chk("trainWords", l.trainWords, old_trainWords())
	chk("importanceWords", l.importanceWords, old_importanceWords())
	chk("roleWords", l.roleWords, old_roleWords())
	chk("networkHeads", l.networkHeads, old_networkHeads())
	chk("kindOnlyHeads", l.kindOnlyHeads, old_kindOnlyHeads())
	chk("fieldLevelHeads", l.fieldLevelHeads, old_fieldLevelHeads())
	chk("subjectPronouns", l.subjectPronouns, old_subjectPronouns())
	chk("leadVerbs", l.leadVerbs, old_leadVerbs())
	chk("milestoneEvents", l.milestoneEvents, old_milestoneEvents())
	chk("strategyVerbs", l.strategyVerbs, old_strategyVerbs())
	chk("rankWords", l.rankWords, old_rankWords())
	chk("experienceNouns", l.experienceNouns, old_experienceNouns())
	chk("eventNouns", l.eventNouns, old_eventNouns())
	chk("phaseWords", l.phaseWords, old_phaseWords())
	chk("worksWords", l.worksWords, old_worksWords())
	chk("innerWords", l.innerWords, old_innerWords())
	chk("unitLabels", l.unitLabels, old_unitLabels())
	chk("docVerbs", l.docVerbs, old_docVerbs())
	chk("fieldWords", l.fieldWords, old_fieldWords())
	chk("notProjectItems", l.notProjectItems, old_notProjectItems())
	chk("transferGoods", l.transferGoods, old_transferGoods())
	chk("sendWords", l.sendWords, old_sendWords())
	chk("framePrepositions", l.framePrepositions, old_framePrepositions())
	chk("listVerbs", l.listVerbs, old_listVerbs())
	chk("toponymFinals", l.toponymFinals, old_toponymFinals())
	chk("countryAbbrevs", l.countryAbbrevs, old_countryAbbrevs())
	chk("terrainFinals", l.terrainFinals, old_terrainFinals())
	chk("worksCues", l.worksCues, old_worksCues())
	chk("companionVerbs", l.companionVerbs, old_companionVerbs())
	chk("groupBuildingWords", l.groupBuildingWords, old_groupBuildingWords())
	chk("govLevels", l.govLevels, old_govLevels())
	chk("nationalExpressways", l.nationalExpressways, old_nationalExpressways())
	chk("zoneManners", l.zoneManners, old_zoneManners())
	chk("nationalNewAreas", l.nationalNewAreas, old_nationalNewAreas())
	chk("stateFirms", l.stateFirms, old_stateFirms())
	chk("runFollowers", l.runFollowers, old_runFollowers())
	chk("featureFollowers", l.featureFollowers, old_featureFollowers())
	chk("featureClasses", l.featureClasses, old_featureClasses())
	chk("planInnerVerbs", l.planInnerVerbs, old_planInnerVerbs())
	chk("closedFollowers", l.closedFollowers, old_closedFollowers())
	chk("objectQualifiers", l.objectQualifiers, old_objectQualifiers())
	chk("platformNouns", l.platformNouns, old_platformNouns())
	chk("modifiedNouns", l.modifiedNouns, old_modifiedNouns())
	chk("countMeasures", l.countMeasures, old_countMeasures())
	chk("capacityUnits", l.capacityUnits, old_capacityUnits())
	chk("approximations", l.approximations, old_approximations())
	chk("batchPrefixes", l.batchPrefixes, old_batchPrefixes())
	chk("seekVerbs", l.seekVerbs, old_seekVerbs())
	chk("kindQualifiers", l.kindQualifiers, old_kindQualifiers())
	chk("kindClasses", l.kindClasses, old_kindClasses())
	chk("focusClosers", l.focusClosers, old_focusClosers())
	chk("unitRoles", l.unitRoles, old_unitRoles())
	chk("bodyEndings", l.bodyEndings, old_bodyEndings())
	chk("zoneWords", l.zoneWords, []string{"合作", "协作", "共建", "联动", "协同", "融合"})
	chk("anchors", l.anchors, []string{"国家", "全国", "中国"})
	chk("namePrefixes", l.namePrefixes, []string{"中国", "国家", "全国", "中央", "中科", "中共", "省", "市", "原"})
	chk("leadMarks", l.leadMarks, []string{"（牵头）", "(牵头)"})
}
