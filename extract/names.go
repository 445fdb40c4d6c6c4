package extract

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	kg "github.com/cnplan/kg"
	"github.com/cnplan/kg/extract/segment"
	"github.com/cnplan/kg/gazetteer"
)

// maxModifier bounds how far left of its head a name may start.
const maxModifier = 18

// recognizeNames finds parks, routes, hubs, projects, institutions, plans
// and new region groups from their heads, scanning left from each head to
// the nearest function word. Generic phrases (省级开发区, 重大项目) are
// rejected. Must run after the gazetteer and abbreviation passes.
func (d *recognizer) recognizeNames() {
	hits := d.heads
	var named, inner []*mention
	var unnamed []candidate // names rejected for want of a place or proper noun
	lastEnd := 0
	var lastTyp kg.EntityType
	roleAt := -1 // where a hub's role (口岸, 枢纽) follows its name: no name of its own
	for k := 0; k < len(hits); k++ {
		h := hits[k]
		if h.start < lastEnd || d.headInsideName(h) || h.start == roleAt {
			continue
		}
		if d.text[h.start] == '大' && h.start > 0 && (isChineseNumeral(d.text[h.start-1]) || d.text[h.start-1] == '两') {
			if i, ok := d.x.headIndex[d.sub(h.start+1, h.end)]; ok {
				h = hit{word: i, start: h.start + 1, end: h.end} // 两大|都市圈: a count of big ones, not 大都市圈
			}
		}
		if g := d.gazAt(h.start); g != nil && g.kind != mPronoun && g.start < h.start && g.end > h.start && g.end < h.end {
			// 广西|站 read as 广|西站: a place straddles the head's start; the
			// head is what follows the place, if that is a head
			w := d.sub(g.end, h.end)
			if i := slices.IndexFunc(d.x.headDefs, func(hd head) bool { return hd.word == w }); i >= 0 {
				h = hit{word: i, start: g.end, end: h.end}
			} else if !(g.end == h.start+1 && d.text[h.start] == '市' && g.kind == mRegion && strings.HasSuffix(g.refs[0].name, "市")) {
				// (仙桃|市域铁路, 温州|市域铁路: a city's 市 opens the head, the
				// place is named by its short name)
				continue
			}
		}
		hd := d.x.headDefs[h.word]
		if hd.typ == "" {
			continue // 省域副中心: no head
		}
		if hd.typ == kg.Plan && d.longRangeAfter(h.end) {
			continue // …五年规划|和二〇三五年远景目标纲要: the title's last head names it
		}
		if h.end < len(d.text) && (d.text[h.end] == '网' || d.text[h.end] == '群' || d.text[h.end] == '系' || runesAt(d.text, h.end, "体系")) {
			continue // 高速公路网, 城市群体系, “多规合一”国土空间规划体系: a network or a system, not one thing
		}
		if h.start > 0 && d.text[h.start-1] == '等' && slices.Contains(d.x.lex.clusterWords, d.sub(h.end, min(len(d.text), h.end+2))) {
			continue // 南口、马池口等全国重点实验室集群: places of a cluster, not things it holds
		}
		if hd.typ == kg.Railway && d.trainAt(h.end) {
			continue // 赣粤高铁专列, 加密高铁动车组: a train service, not a line
		}
		if hd.weak && h.end-h.start == 1 && d.placeWordEnding(h.start, h.end) && !(hd.typ == kg.Hub && d.hubWord(h.end) >= 0) {
			continue // 曼谷: the head is the end of a place's own name (but 洋浦港/ns is a port's)
		}
		if hd.weak && d.headCrossed(h) {
			continue
		}
		if hd.weak && h.end-h.start == 1 && h.start > 0 && (d.text[h.start-1] == '首' || d.ordinalEndingAt(h.start)) {
			continue // 善行边疆首站, 来鲁第一站: the first stop of a tour, no station
		}
		if d.x.eventNouns.startingAt(d.text, h.end, len(d.text)) > 0 {
			continue // 世界运河|大会, 自贸港|论坛: an event named after the thing
		}
		if hd.rule == ruleDoc && h.end < len(d.text) && d.text[h.end] == '期' {
			continue // 规划期: a period, not a plan
		}
		if h.end+1 < len(d.text) && d.text[h.end] == '线' && (d.text[h.end+1] == '、' || d.text[h.end+1] == '等' || !isNameChar(d.text[h.end+1])) {
			continue // 上海示范区线: a line named after the zone it serves
		}
		if hd.word == "高速" && h.start > 0 && inSet("超高快", d.text[h.start-1]) {
			continue // 超高速: an adjective
		}
		if hd.typ == kg.Hub && h.end < len(d.text) && d.text[h.end] == '型' {
			continue // 南宁陆港|型国家物流枢纽: the kind of a hub, not a hub's name
		}
		if d.x.pluralLasts.at(d.text, h.end-1) && plural(d.x.lex, d.text, h.end) {
			continue // 港澳中小学, 大湾区高校: a kind of institution, not one
		}
		if ce := d.runsOn(h.start, h.end); ce > 0 && d.x.stops.startingAt(d.text, h.end, ce) != ce-h.end {
			// (工程|建设: a head and a verb the segmenter joined are still a head)
			// 带来, 港口, 中心城区: the head is the start of another word,
			// unless that word is a longer head (国际陆港|区: 陆港区)
			if d.x.headWords.endingAt(d.text, h.start, ce) == 0 {
				// 国际港|务区: a longer head starting inside this one is the head
				// (国际港务区: 港务区)
				k := h.start + 1
				for ; k < h.end; k++ {
					if n := d.x.headWords.startingAt(d.text, k, min(len(d.text), k+d.x.longestHead)); n > 0 && k+n > h.end {
						h = hit{word: d.x.headIndex[d.sub(k, k+n)], start: k, end: k + n}
						break
					}
				}
				if k == h.end || d.x.headDefs[h.word].typ == "" {
					continue
				}
				hd = d.x.headDefs[h.word]
				ce = 0
			}
			if n := d.x.headWords.endingAt(d.text, h.start, ce); ce > 0 && n > 0 && ce-n > h.start {
				// 西环|高铁 read as 西|环高|铁: the head the word ends in
				// is the head (高铁), not the one it overlaps (环高)
				if i, ok := d.x.headIndex[d.sub(ce-n, ce)]; ok && d.x.headDefs[i].typ != "" {
					h, hd = hit{word: i, start: ce - n, end: ce}, d.x.headDefs[i]
					ce = 0
				}
			}
			if ce > 0 {
				h.end = ce
			}
		}
		if hd.rule == ruleList && runesAt(d.text, h.end, "管理") {
			continue // 实行行政审批事项目录|管理制度: a way of managing, no list of a name
		}
		if hd.weak && k+1 < len(hits) && hits[k+1].start == h.end {
			continue // 临港|新片区: a weak head right before a head is part of the name
		}
		if h.end-h.start == 1 && d.verbBeforeParticle(h.start) {
			continue // 新疆站在新的起点上: 站 stands, a verb before its preposition
		}
		if h.end-h.start == 1 && d.text[h.start] == '站' && h.start > 0 && slices.Contains(d.x.lex.stationVerbs, string(d.text[h.start-1])) {
			continue // 争取在网岭|设站: a station set up, not one named
		}
		if roadWordCode(d.text, h.start, h.end) > h.end {
			continue // 北京|国道109新线高速: the road's number follows its class (roadCodes)
		}
		end := h.end
		typ, weak := hd.typ, hd.weak
		firstEnd, firstTyp := h.end, hd.typ
		lastHead := h.start
		hubEnd := 0 // where a hub's name that goes on over a second hub's head ends, inside a longer name
		// A head followed closely by another (高铁 枢纽, 航电枢纽 工程) makes one name.
		for k+1 < len(hits) {
			n := hits[k+1]
			nd := d.x.headDefs[n.word]
			if nd.typ == "" {
				break
			}
			maxGap := 4
			if nd.typ == kg.Institution && typ == kg.Institution {
				maxGap = 8 // 重庆大学国家卓越工程师学院: a school of the university
			}
			if nd.weak && d.headCrossed(n) {
				break
			}
			works := typ == kg.Project && nd.word == "工程" && d.worksGap(end, n.start) // 沱浍河航道整治工程
			if n.start-end > maxGap || d.headInsideName(n) || (!works && !d.plainGap(end, n.start)) || d.anchorIn(end, n.start) {
				break // 石河子经济技术开发区|国家级零碳园区: a second name
			}
			if n.start-end >= 2 && isListMeasure(d.text[n.start-1]) && countEndingAt(d.text, n.start-1) > 0 && !slices.ContainsFunc(d.text[end:n.start-1], func(r rune) bool { return !isDigit(r) && !isChineseNumeral(r) && r != '两' }) {
				break // …附属儿童医院|8家|医院: a count between two heads counts a list, the second head its class
			}
			if nd.weak && n.end-n.start == 1 && n.start > end && d.wordAcross(n.start) && !d.properWordEndsAt(n.start, n.end) {
				k++ // 中心作业区|开港运营: a weak head inside a word (开港) is none
				continue
			}
			if nd.typ == kg.Project && typ != kg.Project && (nd.word == "项目" || nd.word == "工程") {
				break // 修水至平江高速公路项目 is the road
			}
			if (nd.typ == kg.Railway || nd.typ == kg.Road) && (d.x.headDefs[hits[k].word].word == "工程" || d.x.headDefs[hits[k].word].word == "项目") {
				break // 国家重点工程|包银高铁: a class and the route in apposition
			}
			if (typ == kg.Railway || typ == kg.Road) && nd.typ == kg.Hub && n.start > end && d.placeAt(end) {
				break // 赣深高铁|赣州西站, 台安高速公路|宽邦枢纽: a station or junction on the line, named by its place, a name of its own
			}
			if typ == kg.Hub && nd.typ == kg.Hub && n.start > end && strings.ContainsAny(d.sub(end, n.start), "至到") {
				break // 宁波舟山港|至天津港: two hubs a service joins, no route between heads
			}
			if typ == kg.Hub && nd.typ == kg.Hub && (nd.word == "枢纽" || strings.HasSuffix(nd.word, "口岸")) && d.sub(end, n.start) != "综合" {
				// (南京北站|综合|枢纽: the station's complex is one name)
				if strings.HasSuffix(nd.word, "口岸") && strings.HasSuffix(d.x.headDefs[hits[k].word].word, "机场") {
					roleAt = n.start // (铜仁凤凰机场航空口岸, 榆阳机场开放口岸: the airport opened as a port is the airport)
				}
				break // 乌鲁木齐国际陆港区|枢纽能级, 铜仁凤凰机场|航空口岸: the hub and its role
			}
			if typ == kg.Park && nd.typ == kg.Plan && nd.rule == ruleList {
				break // 福建自由贸易试验区|改革试点: the zone is named, its pilots are not a title
			}
			if typ != kg.Plan && nd.rule == ruleClosed && !d.closedEnds(n.end) {
				break // 横琴粤澳深度合作区|战略拓展区: 战略 opens a word after the name, no strategy of it
			}
			if cur := d.x.headDefs[hits[k].word].word; nd.typ == kg.Plan && typ != kg.Plan && cur != "项目" && cur != "工程" && d.planningWorkAt(n.end) {
				// (…通用机场项目|规划设计: a project's planning names no more than the hub)
				break // 渝昆高铁|规划建设, 湘桂运河|规划研究: planning done on the thing, no title
			}
			if d.x.headDefs[hits[k].word].rule == ruleClosed && nd.typ == kg.Plan && nd.rule == ruleQuoted && d.nationalStrategyEndingAt(hits[k].end) {
				// 自贸试验区提升战略|(引领)行动: a strategy of the state is named, the
				// action after it by it (not 新一轮找矿突破|战略行动, one action)
				break
			}
			if typ == kg.Park && nd.typ == kg.Park && n.start > end {
				if g := d.gazAt(end); g != nil && g.kind == mRegion && g.start == end && g.end == n.start {
					break // 湘赣开放合作试验区|湘东园区: a zone and a place's park within it
				}
			}
			if (typ == kg.Railway || typ == kg.Road) && nd.typ != typ && d.sectionEnd(end) > n.end {
				break // 穗莞深城际|深圳机场至前海段: the airport ends the line's section, no hub of the line
			}
			if nd.typ == typ && typ != kg.Institution && !nd.weak && !weak && n.start-end >= 2 && d.someProper(end, n.start) {
				break // 亚洲最大专业货运机场|花湖国际机场: a description and the name in apposition
			}
			if typ == kg.Hub && nd.typ == kg.Hub && !nd.weak {
				hubEnd = n.end // 惠州港|荃湾港区: the hub's name goes on (not over 疏|港, a weak head inside a word)
			}
			end, typ, weak = n.end, nd.typ, nd.weak
			lastHead = n.start
			k++
		}
		if typ == kg.Park && end+1 < len(d.text) && d.text[end-1] == '园' && d.text[end] == '区' && d.text[end+1] != '域' {
			end++ // 创业园|区, 软件园|区 as the segmenter cuts them: the park's head is …园区
		}
		if d.x.eventNouns.startingAt(d.text, end, len(d.text)) > 0 ||
			typ != kg.Plan && end+2 < len(d.text) && isHan(d.text[end]) && isHan(d.text[end+1]) && d.x.fairs.startingAt(d.text, end+2, len(d.text)) > 0 && d.x.headWords.endingAt(d.text, end, end+2) == 0 {
			// 科技园区|联盟, 口岸|经贸|博览会: a head read whole or joined, before an
			// event or association, or a fair with its field between ([fair-nouns];
			// a plan is named in its meetings: 津甘“十四五”东西部协作规划|启动会议)
			continue
		}
		if typ != kg.Plan && runesAt(d.text, end, "之列") {
			// 纳入国家三大区域科技创新中心之列: the ranks a place joins are a
			// designation, whatever kind of thing its members are
			typ, weak = kg.Plan, false
		}
		routeEnd := end
		if typ == kg.Railway || typ == kg.Road || typ == kg.Project {
			end = d.sectionEnd(end) // 陕电入皖特高压工程安徽段, 川气东送二线湖北段: line works have sections too
		}
		if typ == kg.Park && !weak {
			end = d.zoneSectionEnd(end) // 中国（新疆）自由贸易试验区喀什片区: a zone's section names the zone too
		}
		if typ == kg.Plan {
			// 规划纲要（草案）
			for _, draft := range draftMarks() {
				if strings.HasPrefix(d.sub(end, min(len(d.text), end+4)), draft) {
					end += 4
				}
			}
			routeEnd = end
		}
		if be := d.bracketSuffix(end, typ); be > end {
			if d.text[be-2] == '段' {
				routeEnd = end // 长江国家文化公园（安徽段）: a section names the whole too
			} else if routeEnd == end {
				routeEnd = be // 滁州保税物流中心（B型）: the bracket is the name's, no second name without it
			}
			end = be
		}
		phaseEnd := d.phaseEnd(end, typ)
		floor := 0
		if lastEnd > 0 && (runesAt(d.text, lastEnd, "国家级") || runesAt(d.text, lastEnd, "省级")) {
			floor = lastEnd // 石河子经济技术开发区|国家级零碳园区: a designation level starts a name
		}
		if g := d.gazAt(lastEnd); lastEnd > 0 && g != nil && g.kind == mRegion && g.start == lastEnd && g.end == h.start {
			floor = lastEnd // 湘赣开放合作试验区|湘东园区: a place's park within the zone named before
		}
		start := d.nameStart(h.start, floor, typ == kg.Plan)
		if (typ == kg.Railway || typ == kg.Road && strings.HasPrefix(d.sub(h.start, end), "高速")) && start >= 0 {
			start = d.runAfterWords(start, h.start)
		}
		if typ == kg.Road && start >= 0 {
			for p := start + 1; p+2 < h.start; p++ {
				if roadWordCode(d.text, p, p+2) > p+2 {
					start = p // 北京|国道109新线高速: the road's class and number open its name
					break
				}
			}
		}
		if typ == kg.Plan && start >= 0 {
			for _, b := range d.x.lex.planBatches {
				if n := prefixLen(d.text, start, b); n > 0 && start+n < h.start && d.text[start+n] == '“' {
					start += n // 新一轮|“突破菏泽”战略: the round is no part of the programme's quoted name
					break
				}
			}
		}
		if (typ == kg.Park || typ == kg.RegionGroup) && start >= 0 {
			for _, w := range d.x.lex.eraWords {
				if n := prefixLen(d.text, start, w); n > 0 && start+n < h.start {
					if g := d.gazAt(start + n); (g != nil && g.start == start+n) || d.partyCount(start+n, h.start) >= 2 {
						start += n // 新时代|湘黔大新经济协作示范园: the era a zone is set in is no part of its name
					}
					break
				}
			}
		}
		if start >= 0 && start+1 < h.start && d.text[start] == '以' && end < len(d.text) && d.text[end] == '为' {
			start++ // 以|西咸新区为纽带: the frame 以…为, though segmentation reads 以西 (west of) as a word
		}
		if start > 1 && start > floor && typ == kg.Project && d.gazAt(start) != nil {
			// 国能|鄂尔多斯…煤制天然气项目: a state firm right before the place
			// that opens the works' name builds them and names them too,
			// however the segmenter cut it (国/能)
			for _, f := range d.x.lex.stateFirms {
				if n := suffixLen(d.text, start, f); n > 0 && start-n >= floor && (start-n == 0 || !isNameChar(d.text[start-n-1]) || d.x.stops.endingAt(d.text, 0, start-n) > 0) {
					start -= n
					break
				}
			}
		}
		if g := h.start - 2; (typ == kg.Project || typ == kg.Road) && g > 0 && (start < 0 || start >= g) && gradeEnding(d.text[max(0, g-2):h.start]) {
			// 宿连|三级|航道, 赣江|三级|航道: a grade between a waterway's or
			// road's name and its head; the name stands before the grade
			if s2 := d.nameStart(g, floor, false); s2 >= 0 && s2 < g && !d.holdsHead(s2, g) && !d.verbOrAdverbIn(s2, g) {
				start = s2 // (not 京杭运河主航道基本达到|二级|航道: a standard reached)
			}
		}
		shortTitle := "" // a title's name without its period, kept as an alias
		titled := false  // the name is a whole title in 《》, verbs in it its own (《安徽省实施…行动计划》)
		if typ == kg.Project && start >= 0 && d.worksWordEndingAt(start) > 0 {
			// 淮河流域水运能级提升|工程, 铜锣山矿区生态修复|项目: the works
			// done stand in the name, though the word is a verb elsewhere
			w := start - d.worksWordEndingAt(start)
			if s2 := d.nameStart(w, floor, false); s2 >= 0 && s2 < w {
				start = s2
			}
		}
		if start >= 0 && (start == h.start || d.isGeneric(d.text[start:h.start])) {
			// 国家服务贸易创新发展|示范区, 喀什重点开发开放|试验区: the words
			// before the head are a name's own when a place or 国家 opens it
			start = d.extendToAnchor(start, h.start)
		}
		if (typ == kg.Park || typ == kg.Plan) && start > 1 && d.text[start-1] == '与' && d.gazAt(start) != nil {
			// 通州区与北三县一体化高质量发展示范区, 广州市与龙岩市对口合作方案:
			// the zone or the plan of the places' cooperation binds the place
			// joined by 与 to the one that opens the name
			if g := d.gazEndingAt(start - 1); g != nil && g.kind != mPronoun && d.joinedParties(g, start, h.start) {
				start = g.start
			}
		}
		if (typ == kg.Park || typ == kg.Institution) && start > 0 && d.anchorAt(start) && !d.anchorAt(start-1) {
			// 狗牯脑|国家地理标志产品保护示范区, 雪豹|国家保护研究中心: a proper
			// name before 国家 names the designation
			if p := d.properBefore(start); p < start {
				start = p
			}
		}
		lastRule := hd.rule // the rule of a document's head that ends a chain of heads (…国家战略|实施方案)
		if r := d.x.headDefs[hits[k].word].rule; r == ruleDoc {
			lastRule = r
		}
		if tsp, ok := d.titleAround(h.start); ok && typ == kg.Plan {
			// 《…规划纲要（草案）》: the title is the name
			if rest := d.sub(end, tsp[1]); rest == "" || rest == "（草案）" || rest == "(草案)" || periodNote(rest) {
				if periodNote(rest) {
					shortTitle = string(d.text[tsp[0]+1 : end]) // 湖南省国土空间规划, the title without its period
				}
				start, end = tsp[0]+1, tsp[1]
				routeEnd = end // one plan, not a second without its period
				titled = true
			} else if te := tsp[1] - len([]rune(draftSuffix(d.sub(tsp[0]+1, tsp[1])))); d.x.headWords.endingAt(d.text, tsp[0]+1, te) > 0 {
				// 《…关于制定…五年规划的建议》: a plan the title names is no
				// entity apart from the title, which is the plan
				continue
			}
		} else if ls, le, ok := d.headingTitle(start, end, lastRule); ok && typ == kg.Plan {
			// 吉林省与浙江省对口合作实施方案（2026—2030年） on a line of its
			// own: the title set as a heading is the name, as in 《》
			if le > end {
				shortTitle = d.sub(ls, end)
			}
			start, end = ls, le
			routeEnd = end
			titled = true
		} else if start >= 0 {
			start = d.trimToPlace(start, h.start)
			if typ != kg.Plan && typ != kg.RegionGroup {
				start = d.pastAddress(start, h.start)
			}
			if k := d.diversionStart(start); k >= 0 && typ == kg.Project {
				start = k // 引黄|入呼三期工程: the link read as a verb, the diversion opens the name
			}
		}
		if typ == kg.Hub && start >= 0 && start < h.start {
			start = d.airportStart(start, h.start, end)
		}
		if start > 0 && start < h.start && (d.text[start-1] == '与' || d.text[start-1] == '同') {
			// 与港澳共建|国际科技创新中心, 与湘鄂共建|长江中游科创走廊: the
			// partners after 与 and the trigger after them are no part of
			// the name
			if g := d.gazAt(start); g != nil && g.start == start && g.kind != mPronoun {
				if k := d.trigAt(g.end); k >= 0 && d.trigs[k].end < h.start {
					start = d.trigs[k].end
				}
			}
		}
		if start >= 0 && (typ == kg.Hub || typ == kg.Park || typ == kg.Institution) {
			// 加卡至|邦达机场段: 至 joins a route's ends; a facility after it
			// is the route's end, named from there
			if k := lastIndexRune(d.text[start:h.start], '至'); k >= 0 {
				start += k + 1
			}
		}
		if (typ == kg.RegionGroup || (typ == kg.Project && d.text[max(start, 1)-1] == '环')) && start > 0 && start < h.start && inSet("沿环", d.text[start-1]) &&
			d.gazAt(start) != nil && (start == 1 || !isNameChar(d.text[start-2]) || d.x.stops.endingAt(d.text, 0, start-1) > 0) {
			start-- // 沿沪宁产业创新带, 环渤海经济圈, 环北部湾…水资源配置工程: along or around a place names the area
		}
		if typ == kg.RegionGroup && start > 0 && start < h.start {
			if g := d.gazAt(start); g != nil && g.start == start && g.kind == mRegion && g.end < h.start && inSet("沿环", d.text[g.end]) &&
				d.text[start-1] == '、' && !d.wordFrom(g.end) {
				start = g.end // 常德、益阳、岳阳|环洞庭湖生态经济圈: the places listed are the area's, not its name
			}
		}
		if typ != kg.Plan && start >= 0 && lastHead == h.start {
			// 国家重点工程|包银高铁, 中部最大综合保税区|郑州新郑综合保税区: a
			// name does not run over a head of a works or of its own type
			k := headAt(d.heads, start)
			for ; k < len(d.heads) && d.heads[k].end <= h.start; k++ {
				w := d.heads[k]
				if wd := d.x.headDefs[w.word]; w.end-w.start >= 2 && !wd.weak && wd.typ == kg.Project && (typ == kg.Railway || typ == kg.Road) {
					start = w.end
				} else if w.end-w.start >= 2 && !wd.weak && wd.typ == typ && d.x.rankFirsts.anyIn(d.text[start:w.start]) && holdsWord(d.sub(start, w.start), d.x.lex.rankWords) {
					start = w.end // a description by rank in apposition
				}
			}
		}
		if (typ == kg.Park || typ == kg.Hub) && start >= 0 {
			// 广州开发区—龙岩高新区（经开区）对口合作: a dash after a zone's
			// whole name joins two zones, no places that name one
			for k := headAt(d.heads, start); k < len(d.heads) && d.heads[k].end < h.start; k++ {
				w := d.heads[k]
				if wd := d.x.headDefs[w.word]; !wd.weak && wd.typ == typ && w.end-w.start >= 2 && inSet("—-－", d.text[w.end]) {
					start = w.end + 1
				}
			}
			// 綦江区—万盛经开区一体化: a place written in full before a dash
			// and a zone named by a place after it, with no cooperation word,
			// are two (德清—松潘飞地产业园, 广安—渝北跨省合作示范区: one zone)
			if g := d.gazAt(start); g != nil && g.kind == mRegion && g.start == start && g.end+1 < h.start && inSet("—-－", d.text[g.end]) &&
				len(g.refs) == 1 && g.refs[0].region != nil && g.end-g.start == utf8.RuneCountInString(g.refs[0].region.Name) &&
				h.start-g.end-1 >= 2 && !d.zoneWordIn(g.end+1, h.start) && d.validName(g.end+1, h.start, end, typ, false) {
				start = g.end + 1
			}
		}
		if start >= 0 && start+2 < h.start && !(start > 0 && d.text[start-1] == '“') && d.x.rankFirsts.anyIn(d.text[start:h.start]) {
			// 全国首个|国家中小学生冬奥研学实践教育实验区: a rank before a
			// name that opens with an anchor or a place describes it
			// (no character of the modifier opens a rank word: none is in it)
			for _, w := range d.x.lex.rankWords {
				if i := strings.LastIndex(d.sub(start, h.start), w); i >= 0 {
					if k := start + utf8.RuneCountInString(d.sub(start, h.start)[:i]) + utf8.RuneCountInString(w); k+2 <= h.start && (d.anchorAt(k) || d.placeAt(k)) {
						start = k
					}
				}
			}
		}
		if (typ == kg.Railway || typ == kg.Road) && start >= 0 && start < h.start {
			// 云南企业经|中老铁路: 经 (via) joins places in a route's name
			// (兴义经永州至…), after anything else it is a preposition
			if k := lastIndexRune(d.text[start:h.start], '经'); k >= 0 {
				if at := start + k; d.gazEndingAt(at) == nil {
					start = at + 1
				}
			}
		}
		if typ == kg.Railway || typ == kg.Road {
			if n := d.routeRunBefore(h.start, typ); n > 0 && (start < 0 || start > h.start-n) {
				start = h.start - n // 佳同铁路: one character per end, whatever the segmenter makes of them (佳/a 同/p)
			}
		}
		if typ == kg.Plan && start > 0 && start < h.start && d.listMark(start-1) {
			// 高新技术企业、科技型企业|“双倍增”行动: the items of a list before the
			// quoted part say whom the programme is for; it is named from the quote
			// (萍乡、樟树“智慧城市”试点: places listed each have the programme)
			if k := slices.Index(d.text[start:h.start], '“'); k > 0 && strings.ContainsRune(d.sub(start+k, h.start), '”') && !d.placeIn(start, start+k) {
				start += k
			}
		}
		if lw := d.x.headDefs[hits[k].word].word; typ == kg.Plan && (strings.HasPrefix(lw, "试点") || strings.HasSuffix(lw, "计划")) &&
			!(end < len(d.text) && d.text[end] == '”') {
			// 开展|“票根”联动促消费试点: a pilot or programme named by a quoted
			// word after its verb runs from the quote, whatever words follow it
			// (not a list's coverage: 扩大“无事不扰”白名单企业覆盖范围)
			for q := h.start - 1; q > 0 && h.start-q <= maxModifier && (isNameChar(d.text[q]) || d.text[q] == '”'); q-- {
				if d.text[q-1] == '“' {
					if q-1 > 0 && (d.x.stops.endingAt(d.text, 0, q-1) > 1 || d.verbBefore(q-1)) && (start < 0 || start > q) {
						start = q
					}
					break
				}
			}
		}
		if typ == kg.Plan && end < len(d.text) && d.text[end] == '”' {
			// “共同成长计划”: a name quoted whole is the quoted words, whatever
			// adverbs or verbs they hold (共同/d)
			for q := h.start - 1; q >= 0 && h.start-q <= maxModifier && isNameChar(d.text[q]); q-- {
				if q > 0 && d.text[q-1] == '“' {
					if start < 0 || start > q {
						start = q
					}
					break
				}
			}
		}
		if start > 0 && start < h.start && isDigit(d.text[start-1]) {
			// 30|万吨级条帚门航道: a name does not start inside a figure; a
			// tonnage or voltage class before it is no part of the name
			if k := slices.Index(d.text[start:h.start], '级'); k >= 0 {
				start += k + 1
			}
		}
		if start >= 0 && start < h.start {
			// 国家数据基础设施（甘肃|）区域功能节点: a closing bracket whose opening
			// one lies before the name's start; the name starts after it
			mod := d.text[start:h.start] // indices over the characters
			k := len(mod) - 1
			for k >= 0 && mod[k] != '）' && mod[k] != ')' {
				k--
			}
			if k >= 0 && !slices.Contains(mod[:k], '（') && !slices.Contains(mod[:k], '(') {
				start += k + 1
			}
		}
		if typ == kg.Plan && (hd.rule == ruleList || d.x.headDefs[hits[k].word].rule == ruleList) && (start < 0 || start == h.start) {
			// 入选|国家重点培育名单, 入选|国家农作物优良品种推广目录: the object of a
			// verb of inclusion is the list's name, whatever verbs it holds (培育, 推广)
			if v := d.docVerbStart(h.start, d.x.listVerbRunes); v >= 0 && v < h.start && !strings.ContainsAny(d.sub(v, h.start), "和及与等或的") {
				start = yearEnd(d.text, v, h.start) // (入选|2023年|国家…创建名单: the year dates the list, no part of its name)
			}
		}
		if start < 0 {
			continue
		}
		if start >= 0 {
			if s := d.skipBatch(start, h.start); s > start && typ != kg.Plan && d.afterCount(s) {
				continue // 5个左右|现代海洋特色产业集聚区: counted, a kind of thing
			} else {
				start = s
			}
			start = d.conjoined(start)
			if typ != kg.Plan && start < h.start && d.text[start] != '“' && d.countBefore(start) {
				// 建设10个|省级数据产业园, 商丘等5个|国家骨干冷链物流基地: counted,
				// a kind of thing; only a list of two names or more before 等
				// names its items (宝鸡、延安等4个国家骨干冷链物流基地)
				if d.listedBeforeCount(start) || (typ == kg.Hub && d.itemsBeforeCount(start)) {
					if items := d.listHead(h, end, typ); len(items) >= 2 {
						named = append(named, items...)
						lastEnd = end
					}
				}
				continue
			}
		}
		if typ == kg.Institution && start >= 0 {
			// 生物育种|安徽省实验室, 干旱区生态安全与可持续发展|全国重点实验室:
			// designations named by their field before their level
			if f, ok := d.fieldStart(start, h.start, d.x.headDefs[hits[k].word].word); ok && f < start {
				start = f
			}
		}
		if start >= 0 && start+1 < h.start && d.anchorAt(start+1) && !d.anchorAt(start) && d.gazAt(start) == nil && isNameChar(d.text[start]) &&
			!(start+2 < len(d.text) && d.sub(start, start+3) == "中国家") {
			start++ // 建好建强|国家中欧班列（沈阳）集结中心: one character of a verb before 国家
		}
		if start >= 0 && start+1 < h.start && (d.text[start] == '省' || d.text[start] == '市' || d.text[start] == '县') {
			if g := d.gazAt(start + 1); g != nil && g.start == start+1 && g.kind != mPronoun && (start == 0 || !isNameChar(d.text[start-1]) || d.x.stops.endingAt(d.text, 0, start) > 0 || d.verbBefore(start)) {
				start++ // 省|湘赣边区域合作示范区: the level of a designation, before the place that names it
			}
		}
		if start > 0 && start+1 < h.start && d.familyPlaceAt(start) {
			start-- // 向|家坝灌区: a family's name and 家 open a place (向家坝), whatever the dictionary makes of the first
		}
		if start > 0 && start < h.start && d.text[start] == '好' && d.x.stops.endingAt(d.text, 0, start) > 0 {
			start++ // 落实好|妇女儿童发展十年规划: 好 completes the verb
		}
		if typ == kg.Plan && start >= 0 {
			start = d.quoteStart(start, h.start)
			if g := d.gazAt(start); g != nil && g.start == start && g.kind != mPronoun && g.end < h.start && d.anchorAt(g.end) {
				start = g.end // 松原|国家碳达峰试点: the place takes part in the national list, it does not name it
			}
		}
		if typ == kg.Plan && !titled && (hd.rule == ruleDoc || d.x.headDefs[hits[k].word].rule == ruleDoc) {
			if v := d.docVerbStart(h.start, d.x.docVerbRunes); v >= 0 && !d.headsJoined(v, h.start) && (start < 0 || v < start || (h.start-v >= 4 && d.docVerbBefore(v)) ||
				(v > start && d.madeOf(start, v, d.x.lex.docVerbs)) ||
				(v > start && !d.inTitle(start) && !strings.Contains(d.sub(start, v), "关于"))) { // 制定出台|自贸试验区提升战略实施方案
				// (一企一策|制定|转型方案: a verb of documents inside the words
				// before a head starts the title, as one before them does)
				// 制定实施|外商投资促进行动方案, 制定|旅居康养产业发展规划: the
				// object of a document verb is the title, the verb no part of it
				start = v
				for _, dv := range d.x.lex.docVerbs { // 制定|出台|自贸试验区…: a second verb too
					if n := prefixLen(d.text, start, dv); n > 0 && start+n <= h.start {
						start += n
						break
					}
				}
				for _, c := range d.x.lex.docVerbComplements { // 编制完成|碳达峰实施方案: the verb's complement
					if n := prefixLen(d.text, start, c); n > 0 && start+n < h.start {
						start += n
						break
					}
				}
				if ws := d.words(start, h.start); len(ws) == 1 && h.start-start <= 2 && d.gazAt(start) == nil {
					continue // 制定|转型方案: a title of one common word is a kind of document
				}
			}
		}
		if typ == kg.Plan && d.x.headDefs[hits[k].word].rule == ruleClosed && start >= 0 && start <= h.start {
			// 实施|重大文化产业项目带动|战略: a strategy's name holds the verb
			// of what it drives; the object of 实施 is the whole name
			if v := d.docVerbStart(h.start, d.x.strategyVerbRunes); v >= 0 && v < start && d.verbRightBefore(start) {
				start = v
			}
		}
		if typ == kg.Plan && d.x.headDefs[hits[k].word].rule == ruleList {
			// 获批|国家服务业扩大开放综合试点城市: the object of a verb of
			// inclusion is the list's name, unless it joins several
			if v := d.docVerbStart(h.start, d.x.listVerbRunes); v >= 0 && start >= 0 && start < h.start && yearEnd(d.text, v, h.start) < start &&
				!strings.ContainsAny(d.sub(v, h.start), "和及与等或的") {
				start = yearEnd(d.text, v, h.start) // (入选|2023年|…名单: the year dates the list)
			}
			if start >= 0 && d.batchAt(start, h.start) && !d.anchorAt(start) {
				// 入选首批|国家级零碳园区建设名单: a bare batch is no part of the
				// list's name (全国首批碳达峰试点城市 names a national list)
				start = d.skipBatch(start, h.start)
			}
		}
		if typ == kg.Plan && start >= 0 && start < h.start && !d.inTitle(start) {
			// 省级重点改革任务和|苏南五市两年行动方案: a plan named by a place after
			// 和 is that place's; what stands before 和 is another thing
			if k := lastIndexRune(d.text[start:h.start], '和'); k > 0 {
				if g := d.gazAt(start + k + 1); g != nil && g.kind != mPronoun && g.start == start+k+1 && !d.placeIn(start, start+k) {
					start += k + 1
				}
			}
		}
		if typ == kg.Plan && start >= 0 && end < len(d.text) && d.text[end] == '”' {
			// 入选国家第二期“双高建设计划”: a name written whole in quotes is
			// the quoted words; qualifiers before them are no part of it
			if q := slices.Index(d.text[start:h.start], '“'); q > 0 {
				if qi := start + q; d.onlyQualifiers(start, qi) {
					start = qi + 1
				}
			}
		}
		listEnd := end
		if end > routeEnd && routeEnd > h.start && (d.closedByKind(end, typ) || strings.ContainsRune(d.sub(routeEnd, end), '至')) {
			// 武天、武松、京港澳高速湖北北段等3条高速, 张吉怀、渝怀铁路梅江至怀化段:
			// the section is the last item's alone, before 等 and a class of
			// the same kind, or from one station to another
			listEnd = routeEnd
		}
		if shared := d.listHead(h, listEnd, typ); len(shared) > 0 {
			named = append(named, shared...)
			if listEnd < end {
				for _, m := range shared {
					if m.end == h.start {
						sm := d.oneRef(mention{start: m.start, end: m.end, kind: mNamed, headStart: m.headStart},
							d.namedEntity(m.refs[0].typ, m.refs[0].name+d.sub(routeEnd, end), m.start, m.headStart))
						named = append(named, sm)
						inner = append(inner, m) // the road named whole, inside its section's name
					}
				}
			} else if end > routeEnd && routeEnd > h.start {
				// 长江、大运河国家文化公园江苏段: a section names each whole too
				section := d.sub(routeEnd, end)
				for _, m := range shared {
					if whole, ok := strings.CutSuffix(m.refs[0].name, section); ok {
						wm := d.oneRef(mention{start: m.start, end: m.end, kind: mNamed, headStart: m.headStart},
							d.namedEntity(m.refs[0].typ, whole, m.start, m.headStart))
						named = append(named, wm)
						inner = append(inner, wm)
					}
				}
			}
			if works := d.listedWorks(shared, end, phaseEnd); len(works) > 0 {
				named = append(named, works...)
				inner = append(inner, shared...)
				lastEnd = phaseEnd
				continue
			}
			lastEnd = end
			continue
		}
		if p := d.nationalProgramme(h.start, end); typ == kg.Project && p >= 0 {
			start = p // 运用|东数西算工程: a programme of the state is named by its words, whatever stands before them
		}
		if typ == kg.Plan && start > 0 && start < h.start && d.text[start-1] == '、' {
			if items := d.qualifiedPlanList(start, h.start, end); len(items) > 0 {
				named = append(named, items...) // 成为国家制造业新型技术改造、中小企业数字化转型试点城市
				lastEnd, lastTyp = end, typ
				continue
			}
			named = append(named, d.topicPlanItems(start, h.start, end)...)
		}
		if typ == kg.Institution && start > 1 && d.text[start-1] == '与' && !d.placeAt(start) && !d.anchorAt(start) && !d.partyEndingAt(start-1) {
			// 干细胞与再生医学实验室, 国际葡萄与葡萄酒…中心: two fields joined by 与
			// name one institution (not 清洁能源基地与数据中心: a name of its own before;
			// nor 重庆市人民政府与|中国科学院, 海宁市与|浙江大学: a party and a name
			// that a place or the state opens)
			if s2 := d.nameStart(start-1, floor, false); s2 >= 0 && s2 < start-1 && !d.holdsHead(s2, start-1) &&
				d.x.headWords.endingAt(d.text, s2, start-1) == 0 && !d.verbOrAdverbIn(s2, start-1) {
				start = s2
			}
		}
		countedAction := false
		if typ == kg.Plan && start > 0 && start < h.start && d.text[start-1] == '“' && end < len(d.text) && d.text[end] == '”' &&
			strings.HasSuffix(d.sub(h.start, end), "行动") && countedKind(d.text[start:h.start], func([]rune) bool { return false }) {
			// “十项行动”, 旅游产业化“四大行动”: an action named by its count is
			// a name, with the topic between a verb of doing and the quote
			countedAction = true
			if v := d.docVerbStart(start-1, d.x.docVerbRunes); v >= 0 && v < start-1 && !d.holdsHead(v, start-1) {
				v += countOpening(d.text[v : start-1]) // 开展3轮|爱国卫生: a count of rounds is no topic
				if v < start-1 {
					start = v
				}
			}
		}
		if (typ == kg.Road || typ == kg.Railway) && start < h.start {
			start = d.pastRouteLocality(start, h.start)
		}
		if (typ == kg.Park || typ == kg.Hub) && start < h.start {
			start = d.pastZoneLocality(start, h.start)
			if typ == kg.Hub && d.text[end-1] == '港' {
				start = d.pastPortProvince(start, h.start) // (宁夏中卫机场: an airport keeps the province)
			}
		}
		vh := h.start // where the head that validates the name starts
		if lastHead > h.start {
			// 自贸试验区提升|战略, 中国水权交易所武汉交易服务|中心: with heads
			// joined, what stands before the last is the name's modifier
			vh = lastHead
		}
		if m := d.carriedPlace(named, lastEnd, start, vh, end, typ); m != nil {
			named = append(named, m) // 萍乡经开区和高新区: 萍乡高新区
			lastEnd, lastTyp = end, typ
			continue
		}
		if start == h.start && lastHead == h.start {
			// 广东、福建自由贸易试验区 or 宁都至龙川、修水至平江等高速公路:
			// a list sharing one head.
			sh := d.sharedHead(h, end, typ)
			if len(sh) == 0 && typ != kg.Plan {
				// 中部数据流通服务|中心: a stop word before the head; a list may vouch for the item
				unnamed = append(unnamed, candidate{start: start, headStart: vh, end: end, typ: typ, weak: weak})
			}
			named = append(named, sh...)
			lastEnd = end
			continue
		}
		rule := hd.rule
		if k := hits[k]; k.word != h.word {
			rule = d.x.headDefs[k.word].rule
		}
		// 自贸试验区提升战略: a strategy is named by what it promotes, a name
		// of its own; 国家重大区域发展战略 is only qualifiers
		numbered := (rule == ruleNumbered || rule == ruleCoded) && vh > start && isDigit(d.text[vh-1]) // 18号线, S1线
		if rule == ruleClosed && d.ownSlogan(start, vh) {
			continue // 旅游兴疆战略, 人才强市战略: a jurisdiction's slogan of itself, no plan of a name
		}
		strategy := rule == ruleClosed && vh-start >= 4 && d.headRuleHolds(rule, start, vh, end) && !roleDescribed(d.x.lex, d.text[start:vh]) &&
			(!d.onlyWords(d.text[start:vh], d.x.qualifying) || d.holdsHead(start, vh))
		if d.countedPlacesBefore(vh) {
			continue // 与陕西、山西、山东三省高速公路: the places listed are counted, no name of the kind after them
		}
		if (typ == kg.Road || typ == kg.Railway) && vh-1 > start && d.text[vh-1] == '通' && d.x.headWords.endingAt(d.text, start, vh-1) > 0 {
			continue // 磨憨口岸通|高速公路: a facility reached by a kind of route (县县通高速), no route named by it
		}
		if typ == kg.RegionGroup && (firstTyp == kg.Railway || firstTyp == kg.Road) && start < h.start && !d.validName(start, h.start, firstEnd, firstTyp, false) {
			continue // 中国高铁|经济带, 起|高铁经济带: a belt along a kind of route names no route, no belt
		}
		if start >= 0 {
			if n := d.x.pairWords.startingAt(d.text, start, h.start); n > 0 {
				start += n // 两地园区项目: the word for both parties says whose, it names nothing
			}
		}
		if start >= 0 && typ != kg.Plan && lastInSet(d.x.nameCutters, d.text, start, h.start) > 0 {
			if e := lastInSet(d.x.signWords, d.text, start, h.start); e > 0 {
				start = e // 华润集团与佳木斯市签约|多业态集群等…项目: what is signed starts after the verb of signing
			}
			if e := lastInSet(d.x.delegations, d.text, start, h.start); e > 0 {
				// 中山翠亨新区调研组|深入翠山湖高新区: a delegation ends what is
				// before it; a verb it takes, no name, follows
				start = d.wordBoundary(e, h.start, false)
			}
			if e := lastInSet(d.x.wholeJoins, d.text, start, h.start); e > 0 {
				// 深圳、东莞、惠州全域和深汕特别合作区: the whole of a place, then
				// the zone joined to it; the place's scope names nothing
				start = e
			}
		}
		// a whole title in 《》 names its plan whatever its words (《推动园区建设实施方案》)
		wholeTitle := titled && typ == kg.Plan && d.inTitle(start) && !d.requestTitle(start, end) // (not 您提出的《…的建议》: validName rejects a suggestion)
		if !strategy && !numbered && !wholeTitle && (!d.validName(start, vh, end, typ, weak) || (!countedAction && !d.headRuleHolds(rule, start, vh, end)) || rule == ruleNumbered || rule == ruleCoded) {
			if start < vh && d.isGeneric(d.text[start:vh]) {
				d.note(DiagGeneric, start, d.sub(start, end)+" rejected as generic")
			}
			if typ != kg.Plan && rule == ruleNone {
				unnamed = append(unnamed, candidate{start: start, headStart: vh, end: end, typ: typ, weak: weak})
			}
			continue
		}
		facility := typ == kg.Project && (firstTyp == kg.Hub || firstTyp == kg.Railway || firstTyp == kg.Road) && !hd.weak
		inStart := start
		for inStart < h.start {
			// 建设|美丽中国先行区方案: a plan's title may open with a verb, the zone it names does not
			if n := d.x.stops.startingAt(d.text, inStart, h.start); n > 1 {
				inStart += n
				continue
			}
			if n := periodLen(d.text[inStart:h.start]); n > 0 {
				inStart += n // 《“十四五”兰州经济圈发展规划》: the plan's period, no part of the area's name
				continue
			}
			break
		}
		if firstTyp != typ && ((typ == kg.Plan && (firstTyp == kg.Park || firstTyp == kg.RegionGroup)) || facility) && inStart < h.start &&
			d.validName(inStart, h.start, firstEnd, firstTyp, false) {
			// 赣湘开放合作试验区规划 names the zone too, 环塔里木经济带发展规划 the belt; 临沂机场航站楼, the
			// airport: a facility inside a project's name counts
			in, _ := d.surfaceView(inStart, firstEnd)
			named = append(named, d.oneRef(mention{start: inStart, end: firstEnd, kind: mNamed, headStart: h.start}, d.namedEntity(firstTyp, in, inStart, h.start)))
		}
		if typ == kg.Project && firstTyp == kg.Hub && hubEnd > firstEnd && inStart < h.start && d.validName(inStart, h.start, hubEnd, kg.Hub, false) {
			// 惠州港荃湾港区|进港航道等级提升工程: the port area the works are on counts too
			in, _ := d.surfaceView(inStart, hubEnd)
			named = append(named, d.oneRef(mention{start: inStart, end: hubEnd, kind: mNamed, headStart: h.start}, d.namedEntity(kg.Hub, in, inStart, h.start)))
		}
		if weak && typ == lastTyp && start < lastEnd {
			continue // 乌鲁木齐国际陆港|区枢纽能级: a role word after a hub is no second hub
		}
		if parts := d.strategyParts(start, h.start, end); len(parts) >= 2 {
			// 实施乡村振兴和区域协调发展战略, 西部大开发和中部崛起战略: the
			// state's strategies joined before one 战略, each a strategy
			for _, p := range parts {
				e := d.namedEntity(typ, d.sub(p[0], p[1])+"战略", p[0], p[1])
				named = append(named, d.oneRef(mention{start: p[0], end: p[1], kind: mNamed, headStart: p[1]}, e))
			}
			lastEnd, lastTyp = end, typ
			continue
		}
		if parts, tail := d.quotedParts(start, h.start); len(parts) >= 2 && (typ == kg.Plan || tail == h.start) {
			// “百团千企”“渝企出海”行动计划: one programme per quoted name;
			// “一干多支、五区协同”“四向拓展、全域开放”发展战略: the words after
			// the last quote go with the head
			hw := string(d.text[tail:end])
			for _, p := range parts {
				e := d.namedEntity(typ, d.sub(p[0], p[1])+hw, p[0], p[1])
				named = append(named, d.oneRef(mention{start: p[0], end: p[1], kind: mNamed, headStart: p[1]}, e))
			}
			lastEnd, lastTyp = end, typ
			continue
		}
		if typ == kg.Plan && !titled && start >= 0 && start < h.start {
			if pe := d.periodAfter(end); pe > end {
				// 广西新型城镇化规划（2021—2035年）: the period written after a
				// plan's name is the title's, as in 《》; the name without it an alias
				shortTitle = cleanName(d.sub(start, end))
				end, routeEnd = pe, pe
			}
		}
		if (typ == kg.Project || typ == kg.Hub) && start > 0 && d.text[start-1] == '、' {
			if items := d.placeRunItems(start, h.start, end, typ); len(items) > 0 {
				// 益阳安化、岳阳汨罗、株洲炎陵和攸县|抽水蓄能项目: works listed by
				// their places, the last two joined by 和, share what follows
				named = append(named, items...)
				lastEnd, lastTyp = end, typ
				continue
			}
		}
		name, orig := d.surfaceView(start, end)
		e := d.namedEntity(typ, name, start, h.start)
		if orig != "" {
			e.addAlias(cleanName(orig))
		}
		if shortTitle != "" {
			e.addAlias(shortTitle)
		}
		if typ == kg.Institution && d.subjReg != nil && d.ownLevelInstitution(start, h.start, weak) {
			if lv, ok := strings.CutPrefix(cleanName(name), "自治区"); ok && d.subjReg.Level == gazetteer.Province && strings.HasSuffix(d.subjReg.Name, "自治区") {
				e.addAlias(d.subjReg.Name + lv) // 广西壮族自治区儿童医院
			} else if r := d.pronounRegion(d.text[start]); r != nil {
				e.addAlias(r.Name + strings.TrimPrefix(cleanName(name), string(d.text[start]))) // 江苏省产业技术研究院, its full name
			}
		}
		m := d.oneRef(mention{start: start, end: end, kind: mNamed, headStart: h.start}, e)
		named = append(named, m)
		lastEnd, lastTyp = end, typ
		// 厦渝高铁长赣段 names 厦渝高铁 too; 浦东国际机场四期 is a project
		// that names the airport
		if end > routeEnd && routeEnd > h.start {
			whole, _ := d.surfaceView(start, routeEnd)
			wm := d.oneRef(mention{start: start, end: routeEnd, kind: mNamed, headStart: h.start}, d.namedEntity(typ, whole, start, h.start))
			named = append(named, wm)
			inner = append(inner, wm)
		}
		if phaseEnd > end {
			pname, _ := d.surfaceView(start, phaseEnd)
			pm := d.oneRef(mention{start: start, end: phaseEnd, kind: mNamed, headStart: end}, d.namedEntity(kg.Project, pname, start, end))
			named = append(named, pm)
			inner = append(inner, m)
			lastEnd = phaseEnd
		}
		// 广东、福建自由贸易试验区: the places listed before this one share its head
		if g := d.gazAt(start); g != nil && g.start == start && g.kind == mRegion && g.end <= h.start && (g.end == h.start || d.isGeneric(d.text[g.end:h.start]) || typ == kg.Plan) {
			// 贵阳、遵义国家物流枢纽: a generic qualifier is shared too, and a
			// plan's whole title (两江新区、北碚区国土空间分区规划)
			listed := d.placeList(start, g.end, end, typ)
			named = append(named, listed...)
			if works := d.listedWorks(listed, end, phaseEnd); len(works) > 0 {
				named = append(named, works...)
				inner = append(inner, listed...)
			}
		} else if start > 0 && d.text[start-1] == '、' {
			// 合六、合淮、合滁产业走廊: routes and corridors named by their ends;
			// 广深港、广珠澳科技创新走廊: with a generic qualifier shared too
			for n := min(4, h.start-start); n >= 2; n-- {
				if d.endpointRun(start, start+n, typ) && (start+n == h.start || d.isGeneric(d.text[start+n:h.start])) {
					named = append(named, d.placeList(start, start+n, end, typ)...)
					break
				}
			}
			if n := d.partiesItem(start, end, typ); n > 0 {
				// 赣深、吉莞产业合作园: zones named by their parties' initials
				// share the rest of the name
				named = append(named, d.partyList(start, start+n, end, typ)...)
			}
			if typ == kg.Project {
				named = append(named, d.firmList(start, h.start, end)...)
			}
		}
	}
	named = append(named, d.vouchedItems(named, unnamed)...)
	d.sharedComplexes(named)
	codes, codeInner := d.roadCodes(named)
	named = append(named, codes...)
	inner = append(inner, codeInner...)
	named = append(named, d.regionParts(named)...)
	rings, ringInner := d.ringRoads(named)
	named = append(named, rings...)
	inner = append(inner, ringInner...)
	links := d.linkedExpressways(named)
	named = append(named, links...)
	inner = append(inner, links...)
	named = append(named, d.transfers(named)...)
	named = append(named, d.diversions(named)...)
	named = append(named, d.kindLists(named)...)
	named = append(named, d.untitledDocs(named)...)
	named = append(named, d.phaseNames(named)...)
	named = append(named, d.phaseChains(named)...)
	named = append(named, d.quotedSiblings(named)...)
	named = append(named, d.quotedPairs(named)...)
	named = append(named, d.placeItems(named)...)
	named = append(named, d.bareRoutes(named)...)
	named = append(named, d.endLines(named)...)
	d.routeShortForms(named)
	d.zoneShortForms(named)
	d.planTitleForms(named)
	d.zoneShortForms(named)
	d.builtZoneForms(named)
	named = append(named, d.institutionForms(named)...)
	named = append(named, d.declaredAliases(named)...)
	named = append(named, d.groupListPlans(named)...)
	bases := d.phaseBases(named)
	named = append(named, bases...)
	inner = append(inner, bases...)
	// indexed: a scan of all mentions for each name was quadratic
	others := newSpanIndex(d.mentions, func(g *mention) bool { return g.kind != mNamed })
	for _, m := range named {
		d.addMention(m)
		others.within(m.start, m.end, func(g *mention) { g.top = false })
	}
	for _, m := range inner {
		m.top = false
	}
}

// listedWorks returns, when a phase or works (end to phaseEnd) follow a
// head that listed facilities share, a project of those works on each
// (德阳、绵阳、广元灌区现代化改造: 德阳灌区现代化改造, …), over the item's
// span; nil when phaseEnd is end.
func (d *recognizer) listedWorks(listed []*mention, end, phaseEnd int) []*mention {
	if phaseEnd <= end {
		return nil
	}
	phase := d.sub(end, phaseEnd)
	out := make([]*mention, 0, len(listed))
	for _, m := range listed {
		out = append(out, d.oneRef(mention{start: m.start, end: m.end, kind: mNamed, headStart: m.headStart},
			d.namedEntity(kg.Project, m.refs[0].name+phase, m.start, m.headStart)))
	}
	return out
}

// phaseEnd returns where a construction phase or works written right after
// a facility's name end (浦东国际机场四期, 宁洛高速公路改扩建, 黔桂铁路增建
// 二线工程), or end when there is none.
func (d *recognizer) phaseEnd(end int, typ kg.EntityType) int {
	switch typ {
	case kg.Hub, kg.Railway, kg.Road, kg.Project, kg.Park, kg.Institution:
	default:
		return end
	}
	t := d.text
	if typ != kg.Park && typ != kg.Institution && d.x.worksFirsts.at(t, end) {
		// 长江航道整治、…: works on a facility, written as an item of a
		// list or a clause's end, are a project named with its facility
		for _, w := range d.x.lex.worksWords {
			// within 8 characters of end, as the words are
			if n := prefixLen(t, end, w); n > 0 && n <= 8 && w != "综合" && w != "提升" && w != "升级" && end+n < len(t) {
				e := d.worksRun(end + n) // 船闸扩容|改造: works done in more than one word
				if e < len(t) && inSet("、，。；等和", t[e]) {
					return e
				}
				if e > end+n && (runesAt(t, e, "工程") || runesAt(t, e, "项目")) {
					return e + 2 // 五环路改造提升工程: works in more than one word, and the project of them
				}
				for _, p := range d.x.lex.phaseWords {
					if !d.x.phaseFirsts.at(t, e) {
						break // no phase word starts at e
					}
					if k := prefixLen(t, e, p); k > 0 && k <= 4 { // within 4 characters of e
						return e + k // 罗泾港区改造二期: works in phases
					}
				}
			}
		}
	}
	if typ == kg.Project {
		if n := unitsAt(t, end); n > 0 {
			return end + n // 漳州核电2号机组, 宁德核电5、6号机组: the units built, a phase
		}
	}
	for _, p := range d.x.lex.phaseWords {
		if !d.x.phaseFirsts.at(t, end) {
			break // no phase word starts at end (nearly every name)
		}
		if n := prefixLen(t, end, p); n > 0 && n <= 8 { // within 8 characters of end
			e := end + n
			if w := d.worksRun(e); w > e && w < len(t) && (inSet("、，。；等和", t[w]) || runesAt(t, w, "工程")) {
				// 青藏直流二期|扩建, 西安咸阳国际机场三期|扩建|工程: works on a
				// phase (a project of them is the phase: 明月山机场二期|扩建项目)
				e = w
			}
			if runesAt(t, e, "工程") || runesAt(t, e, "项目") {
				e += 2
			}
			return e
		}
	}
	return end
}

// worksRun returns where a run of words of works or phase that continues
// works at e ends (扩容|改造, 整治|提升|二期), or e when none does; a run
// is at most 8 characters.
func (d *recognizer) worksRun(e int) int {
	t := d.text
	for start := e; e-start < 8; {
		n := 0
		for _, w := range d.x.lex.worksWords {
			if !d.x.worksFirsts.at(t, e) {
				break // no works word starts at e
			}
			if n = prefixLen(t, e, w); n > 0 {
				break
			}
		}
		if n == 0 && d.x.phaseFirsts.at(t, e) {
			for _, w := range d.x.lex.phaseWords {
				if n = prefixLen(t, e, w); n > 0 {
					break
				}
			}
		}
		if n == 0 || e+n-start > 8 {
			break
		}
		e += n
	}
	return e
}

// unitsAt returns the length of the numbers of a plant's units at i
// (2号机组, 5、6号机组, 三号机组), or 0.
func unitsAt(t []rune, i int) int {
	j := i
	for j < len(t) && j-i < 8 && (isDigit(t[j]) || isChineseNumeral(t[j]) || (t[j] == '、' && j > i && j+1 < len(t) && isDigit(t[j+1]))) {
		j++
	}
	if j == i || !runesAt(t, j, "号机组") {
		return 0
	}
	return j + 3 - i
}

// headInsideName reports a head that is part of a gazetteer name (港 in 香港).
func (d *recognizer) headInsideName(h hit) bool {
	if !d.anySpanIn(h.start, h.end) {
		return false
	}
	for i := h.start; i < h.end; i++ {
		if g := d.gazAt(i); g != nil && (g.end > h.start && g.start < h.end) && !(g.start < h.start && g.end <= h.start) {
			if g.end >= h.end || g.start >= h.start {
				return true
			}
		}
	}
	return false
}

// properWordEndsAt reports a word of three characters or more that
// segmentation tags a proper name ending with the head at [a, b)
// (天津港/ns): the head ends a name, where in 开港 it ends a verb.
func (d *recognizer) properWordEndsAt(a, b int) bool {
	d.cutAt(a)
	tk := d.tokenAt(a)
	return tk.End == b && a-tk.Start >= 2 && (tk.Tag == "ns" || tk.Tag == "nt" || tk.Tag == "nz") // (开港/ns: a verb the dictionary mistags)
}

// zoneManner reports a word of manner between a zone's parties and its
// cooperation word (南沙粤港澳|全面|合作示范区, 横琴粤澳|深度|合作区): the zone's
// own, not an adverb that starts the name after it.
func (d *recognizer) zoneManner(a, b int) bool {
	if !d.x.mannerFirsts.at(d.text, a) || !slices.Contains(d.x.lex.zoneManners, d.sub(a, b)) {
		return false
	}
	if g := d.gazEndingAt(a); g == nil || g.kind == mPronoun {
		return false
	}
	return d.coopWordAt(b)
}

// zoneWordIn reports a cooperation word (zoneWords) in [a, b).
func (d *recognizer) zoneWordIn(a, b int) bool {
	b = min(b, len(d.text))
	for i := a; i < b; i++ {
		if !d.x.zoneFirsts.at(d.text, i) {
			continue
		}
		for _, w := range d.x.lex.zoneWords {
			if runesAt(d.text, i, w) && i+len([]rune(w)) <= b {
				return true
			}
		}
	}
	return false
}

// nounAcross reports a noun of the segmentation that starts at start, the
// start of a word before pos, and runs over pos (服务业/n over 服务|业; not
// 建成/v over 共建|成, nor 建宁/nz over 共建|宁, which starts inside the word).
func (d *recognizer) nounAcross(start, pos int) bool {
	lo := max(0, pos-3)
	for _, tk := range d.words(lo, min(len(d.text), pos+1)) {
		if lo+tk.Start < pos && lo+tk.End > pos {
			return lo+tk.Start <= start && strings.HasPrefix(tk.Tag, "n")
		}
	}
	return false
}

// wordAcross reports a word of the segmentation that starts before pos
// and runs over it.
func (d *docView) wordAcross(pos int) bool {
	if pos <= 0 || pos >= len(d.text) {
		return false
	}
	d.cutAt(pos - 1)
	return d.tokenAt(pos-1).End > pos
}

// plainGap reports text between two heads that may sit inside one name.
func (d *recognizer) plainGap(from, to int) bool {
	for i := from; i < to; i++ {
		if !isNameChar(d.text[i]) && d.text[i] != '”' {
			return false // “迎客松行动”计划 is one name
		}
		if d.text[i] == '—' && i+1 < to && d.text[i+1] == '—' {
			return false // 西部陆海新通道骨干工程|——|平陆运河: a double dash sets off the name after it
		}
		if g := d.gazAt(i); g != nil && g.kind != mPronoun {
			continue // 中国科学院|成都|分院: a place is plain, whatever words end inside it (都)
		}
		if n := d.x.stops.endingAt(d.text, from, i+1); n > 0 && d.x.inner.endingAt(d.text, from, i+1) != n {
			return false // 自贸试验区提升战略: an inner word (提升) may join two heads
		}
	}
	return true
}

// worksGap reports words of works on a facility between its head and 工程
// (航道|整治|工程, 河道|治理|工程, 水库|除险加固|工程): one project.
func (d *recognizer) worksGap(from, to int) bool {
	if to <= from {
		return false
	}
	return d.worksOnly(d.sub(from, to))
}

// worksOnly reports a non-empty text made only of works words (配套, 整治).
func (d *recognizer) worksOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !d.x.worksChars.has(r) {
			return false // (most texts) the replacements below only remove the words' characters
		}
	}
	for _, w := range d.x.lex.worksWords {
		s = strings.ReplaceAll(s, w, "")
	}
	return s == ""
}

// zoneSectionEnd extends a zone's name over a section a place names right
// after it ([zone-sections]: 中国（新疆）自由贸易试验区|喀什片区, 湖南自贸区|岳阳
// 片区), or returns end.
func (d *recognizer) zoneSectionEnd(end int) int {
	t := d.text
	g := d.gazAt(end)
	if g == nil || g.start != end || (g.kind != mRegion && g.kind != mGroup) {
		return end
	}
	for k := g.end; k <= g.end+2 && k < len(t) && isHan(t[k]); k++ {
		for _, w := range d.x.lex.zoneSections {
			if runesAt(t, k, w) {
				return k + utf8.RuneCountInString(w)
			}
		}
	}
	return end
}

// sectionEnd extends a route name over a section suffix: 厦渝高铁长赣段,
// 沪昆高速复线赣西段, 荣乌高速新线.
func (d *recognizer) sectionEnd(end int) int {
	t := d.text
	i := end
	// 2号线西延伸, 嘉闵线北延伸: an extension is a section too
	for _, ext := range d.x.lex.lineExtensions {
		if !d.x.extensionFirsts.at(t, i) {
			break // none starts at i (most routes)
		}
		if runesAt(t, i, ext) {
			if e := i + utf8.RuneCountInString(ext); e >= len(t) || !inSet("至到", t[e]) {
				return e
			}
			break // 池州至黄山高铁延伸至婺源: extended to a place, a verb
		}
	}
	for _, v := range d.x.lex.lineVariants {
		if !d.x.variantFirsts.at(t, i) {
			break
		}
		if runesAt(t, i, v) {
			i += utf8.RuneCountInString(v) // 沪昆高速复线, 荣乌高速新线: a line beside the first
			break
		}
	}
	reach := 5
	if k := slices.Index(t[i:min(len(t), i+6)], '至'); k > 0 {
		reach = 11 // 渝厦高铁重庆东至黔江段: a section from one end to the other
	}
	for j := i + 1; j <= i+reach && j <= len(t); j++ {
		if !isNameChar(t[j-1]) || t[j-1] == '等' || t[j-1] == '的' {
			break // 京港澳高速|等拥堵路段, 大理至临沧高速公路|的首段: a list's class, a part described
		}
		if t[j-1] == '段' {
			if j-1 > i && (d.x.stops.endingAt(t, i, j-1) == 0 || d.gazEndingAt(j-1) != nil) { // 新沂至江都段: 都 ends a place here
				return j
			}
			break
		}
		if t[j-1] == '线' && j-3 > i && runesAt(t, j-3, "连接线") && d.x.stops.endingAt(t, i, j-3) == 0 {
			return j // G350城区连接线: the link road a place names, a part of the route
		}
	}
	if i > end && i <= len(t) {
		return i
	}
	return end
}

// wordFrom reports a word of two or more characters of the segmentation
// starting at pos (沿海 in 辽宁|沿海经济带: an adjective, not 沿 before a
// place).
func (d *recognizer) wordFrom(pos int) bool {
	d.cutAt(pos)
	tk := d.tokenAt(pos)
	return tk.Start == pos && tk.End-tk.Start >= 2
}

// nameStart scans left from a head to the start of the name, not before
// floor (the end of the previous name), or -1.
func (d *recognizer) nameStart(headStart, floor int, plan bool) int {
	t := d.text
	// a name does not reach back into the name before it (石河子经济技术开发区|国家级零碳园区)
	lo := max(headStart-maxModifier, floor, 0)
	// 闽江流域|山水林田湖草沙一体化保护和修复|工程: the state's phrase
	// ([fixed-phrases]) takes no room, and its 和 is no conjunction
	fixed := d.x.fixedPhrases.endingAt(t, 0, headStart) // (a bit answers for most heads)
	if fixed > 0 {
		lo = max(headStart-maxModifier-fixed, floor, 0)
	}
	if plan && headStart >= longRangeLen && d.longRangeAfter(headStart-longRangeLen) {
		// the long-range aims and the state's phrase for the plan take no
		// room (达州市达川区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要)
		lo = max(lo-longRangeLen, floor, 0)
		if strings.Contains(d.sub(max(lo-nationalPlanLen, 0), headStart), "国民经济和社会发展") {
			lo = max(lo-nationalPlanLen, floor, 0)
		}
	}
	quotes := 0 // 国家首批智能网联汽车“车路云一体化”应用…: quotes take no room
	for _, c := range t[min(lo, headStart):headStart] {
		if c|1 == '”' { // “ or ” (U+201C, U+201D: the last bit only differs)
			quotes++
		}
	}
	lo = max(lo-quotes, floor, 0) // (one step back a quote, each clamped as this is)
	i := headStart
	for i > lo {
		if n := d.countryPairEndingAt(i, lo); n > 0 {
			i -= n // 建设|中以|常州创新园: the countries that cooperate open the name
			break
		}
		// the cover's bit first: most characters end no place
		if !d.noGazAt(i - 1) {
			if g := d.gazEndingAt(i); g != nil && g.kind != mPronoun {
				i = g.start
				continue
			}
		}
		r := t[i-1]
		if r == '”' || r == ')' || r == '）' {
			open := '“' // the mark that opens r (a switch, not a map per bracket)
			switch r {
			case ')':
				open = '('
			case '）':
				open = '（'
			}
			j := i - 2
			// a quoted name takes no room of the modifier's, as its marks do
			// not (“一干多支、五区协同”“四向拓展、全域开放”发展战略)
			jlo := lo
			if open == '“' {
				jlo = max(i-16, floor, 0)
			}
			for j >= jlo && j >= i-16 && t[j] != open && t[j] != '\n' && (isNameChar(t[j]) || (open == '“' && !isClauseSep(t[j]) && t[j] != '”')) {
				j--
			}
			if j >= jlo && j >= i-16 && t[j] == open {
				if open != '“' && d.asideAt(j+1) {
					// 长江三角洲区域(以下简称长三角)|一体化发展战略: a bracket that
					// defines a short form closes what is before it, and what
					// follows is the rest of that name, no name of its own
					return -1
				}
				if open != '“' && anyWordAt(t, j+1, d.x.lex.bylineWords) {
					break // 6月5日电（记者黄艳梅）|中国（广西）自由贸易试验区: a byline ends the dateline, no name reaches over it
				}
				if open != '“' && enumerator(t[j+1:i-1]) && d.x.headWords.endingAt(t, 0, j) > 0 {
					// 平安赣县建设工程(一)|社会治安防控工程: after a name, a heading's
					// number (not 常岳昌(九)铁路, where 九 is an end)
					break
				}
				period := open == '“' && hasPeriod(t[j+1:i-1])
				i = j
				if open == '“' && d.verbBefore(i) && !(period && d.workOfPlace(i)) {
					break // 打好“三北”工程: the verb takes the quoted name as object
				}
				continue
			}
			break
		}
		if r == '“' && strings.ContainsRune(d.sub(i, min(len(t), headStart+4)), '”') {
			// 民营企业“登峰计划”: the quoted name has a modifier before it;
			// a qualifier alone is no part of it (国家“双高计划”)
			if d.x.stops.endingAt(t, lo, i-1) > 0 || i-1 == lo || !isNameChar(t[i-2]) || d.verbBefore(i-1) {
				break // 深入践行“八八战略”: a verb before the quote takes it as object
			}
			i--
			continue
		}
		if (!isNameChar(r) && !perYear(t, i-1)) || (r == '—' && i >= 2 && t[i-2] == '—') {
			break // 世界最长高速公路隧道——天山胜利隧道: a double dash sets off the name
		}
		if (r == '节' || r == '章' || r == '篇') && i >= 2 && (t[i-2] == '第' || (i >= 3 && t[i-3] == '第')) { // (compared in place: asked of every character walked back)
			break // 第三节创新区: a heading glued to the text
		}
		if (r == '日' || r == '月') && i >= 2 && (isDigit(t[i-2]) || isChineseNumeral(t[i-2])) {
			break // 12月26日|京雄城际铁路: a date opens the sentence, no part of a name
		}
		if plan && r == '和' && strings.HasSuffix(d.sub(max(0, i-5), i), "国民经济和") {
			i -= 5 // 国民经济和社会发展第十五个五年规划: one fixed phrase
			continue
		}
		if plan && r == '和' && d.longRangeAfter(i-1) {
			i-- // 第十四个五年规划和二〇三五年远景目标纲要: one title, the plan and its long-range aims
			continue
		}
		if i == headStart && fixed > 0 {
			i -= fixed // 山水林田湖草沙一体化保护和修复|工程: one phrase
			continue
		}
		n := d.x.stops.endingAt(t, lo, i) // (one walk for both tests)
		if n == 1 && d.townAt(i-1, headStart) >= 2 {
			i-- // 南昌|向塘|国际陆港: a town's name opens with a stop word's character
			continue
		}
		if n > 0 && (n > 1 || d.standsAlone(i-1)) &&
			!(plan && d.nounHere(i-n, i) && !slices.Contains(d.x.lex.issueVerbs, d.sub(i-n, i))) && // (关于印发…规划: the dictionary's noun 印发 issues it)
			!(n > 1 && i < headStart && d.mayJoin(i) && d.nounAcross(i-n, i)) && // (服务|业: the stop word begins a longer noun)
			!(n > 1 && d.mayJoin(i-n) && d.nounTail(i-n, i)) && // (直|通车: it ends one)
			!d.zoneManner(i-n, i) &&
			!d.zoneWordAt(i-n, i, headStart) && !d.borderWordInName(i-n, i, headStart) &&
			!(d.partiesDevelop(i-n, i)) && // (泸永江融合|发展|示范区)
			!(n == 1 && i >= 2 && andOrWith(t[i-1]) && inSet("、，,“", t[i-2]) && isHan(t[i])) {
			// (、和若铁路: a conjunction right after a list mark is no conjunction,
			// but an initial; not before a number: ，与|1号线)
			// plan names hold 建设 and 发展 (国家物流枢纽建设规划), not as the
			// clause's verb before a level that opens a designation
			// (加快建设|国家碳达峰试点城市; not 妨碍建设全国统一大市场事项清单)
			if w := d.sub(i-n, i); !plan || !((w == "建设" || w == "发展") && !(anyWordAt(t, i, d.x.lex.designationQualifiers) && (i-n == lo || !isNameChar(t[i-n-1]) || d.x.stops.endingAt(t, lo, i-n) > 0)) ||
				(slices.Contains(d.x.lex.planInnerVerbs, w) && i-n > lo && isNameChar(t[i-n-1]) && d.x.stops.endingAt(t, lo, i-n) == 0) ||
				// “皖美品牌”培育行动, “双中心”创建行动: right after a quoted
				// name the work done on it names the programme with it
				(i == headStart && n >= 2 && i-n > lo && t[i-n-1] == '”' && d.oneVerb(i-n, i))) {
				// (生态产品价值实现机制试点, 盐碱地改造国家试点: after a noun the
				// verb is the plan's own)
				if n >= 2 && i-1 > lo {
					if m := d.x.stops.endingAt(t, lo, i-1); m >= 2 && i-1-m < i-n && d.gazAt(i-1) == nil && d.initialPair(i-1) {
						i-- // 共建|成渝…: two stop words overlap (共建, 建成); the earlier one, read first, ends the verb
					}
				}
				break
			}
			i -= n
			continue
		}
		if r >= '0' && r <= '9' && roadCodeEndingAt(t, i) > 0 {
			break // G60沪昆高速: the code is a name of its own
		}
		i--
	}
	if i == lo && lo > floor && lo > 0 && isNameChar(t[lo-1]) && d.x.stops.endingAt(t, 0, lo) == 0 && !d.verbBefore(lo) {
		// Too long to be a name (not a verb right before it: 入选|国家首批…):
		// start at the last place name inside, if any.
		for j := lo; j < headStart; j++ {
			if g := d.gazAt(j); g != nil && g.start >= lo && g.kind != mPronoun {
				return g.start
			}
		}
		return -1
	}
	// A bracket at the start is an enumerator, (四)客货运枢纽, not part of a name.
	if i < headStart && (t[i] == '(' || t[i] == '（') {
		for j := i + 1; j < headStart; j++ {
			if t[j] == ')' || t[j] == '）' {
				i = j + 1
				break
			}
		}
	}
	i = d.wordBoundary(i, headStart, plan)
	if q := slices.Index(t[i:headStart], '“'); q > 0 {
		// 国家“双高计划”: a qualifier alone before the quoted name is no part
		// of it; 国家 or 全国 before a quoted part that words go on from to
		// the head (国家“人工智能+”农业领域中试基地) is the whole name's (全省
		// and 全市 are the document's own: 全省“十三五”近期规划)
		if qi := i + q; d.isGeneric(t[i:qi]) && !(qi-i == 2 && d.anchorAt(i) && t[i] != '省' && !strings.ContainsRune("省市", t[i+1]) && d.quotedPartBefore(qi, headStart)) ||
			d.levelBody(i, qi) {
			// (省委“四化同步…”发展战略: the body that issues it is no part of its name)
			i = qi
		}
	}
	for i < headStart && t[i] == '“' {
		i++
	}
	// a number opening a name is a count or a label (3所, 专栏1): not part of it
	if j := i; j < headStart && t[j] >= '0' && t[j] <= '9' && roadCodeEndingAt(t, j+1) == 0 {
		for j < headStart && (t[j] >= '0' && t[j] <= '9' || t[j] == '.') {
			j++
		}
		k := i // (8.|6代: the scan stopped at the decimal point)
		for k > 0 && (t[k-1] >= '0' && t[k-1] <= '9' || t[k-1] == '.') {
			k--
		}
		if j < headStart && t[j] == '代' && k > 0 && t[k-1] == '第' {
			j = k - 1 // 第8.6代AMOLED生产线: a generation is part of the line's name
			for j > 0 && k-j < 6 && d.x.stops.endingAt(t, 0, j) == 0 && isHan(t[j-1]) {
				j-- // and so is the firm that builds it (京东方第8.6代…)
			}
			i = j
			j = headStart // (nothing more to skip)
		} else if j < headStart && inSet("所个家座项条批.、年", t[j]) {
			j++ // (2023年|湘赣边…: a year dates what follows, it names nothing)
		} else if n, class := capacityOpening(d.x.lex, t[i:headStart]); n > 0 && i+n < headStart {
			switch {
			case class:
				j = i // 750千伏河西走廊北通道工程: a line's voltage is part of its name, as the state's grid names it
			case t[i+n-1] != '级': // (30万吨级|条帚门航道: a class, read by the name's caller)
				// 2万吨高质碳酸锂项目: works described by their capacity, no name
				// (国能哈密400万吨煤制油 is named by its firm and keeps it)
				return -1
			}
		}
		if j < headStart && isHan(t[j]) {
			i = j
		}
	}
	return d.pastDesignation(i, headStart)
}

// pastDesignation moves a name's start past the class it is named as one of,
// written before it with the same head (国家级新区|赣江新区: the name is
// 赣江新区), or returns start.
func (d *recognizer) pastDesignation(start, headStart int) int {
	t := d.text
	p := start
	for moved := true; moved; {
		moved = false
		if !d.x.designationFirsts.at(t, p) {
			break // no qualifier starts at p (most heads)
		}
		for _, q := range d.x.lex.designationQualifiers {
			if n := prefixLen(t, p, q); n > 0 && p+n < headStart {
				p, moved = p+n, true
				break
			}
		}
	}
	if p == start {
		return start
	}
	n := d.x.headWords.startingAt(t, p, headStart)
	if n == 0 || p+n >= headStart || !slices.Equal(t[p:p+n], t[headStart:min(len(t), headStart+n)]) {
		return start
	}
	return p + n
}

// nationalPlanLen is the length of 国民经济和社会发展.
const nationalPlanLen = 9

// longRangeLen is the length of 和二〇三五年远景目标 (和2035年远景目标 is
// shorter; its name then has room to spare).
const longRangeLen = 10

// longRangeAfter reports the long-range aims that a five-year plan's title
// joins with 和 at pos, after 五年规划 (…第十四个五年规划|和二〇三五年远景目标纲要,
// …和2035年远景目标纲要): the plan is named with them, in one title.
func (d *recognizer) longRangeAfter(pos int) bool {
	t := d.text
	if pos < 4 || pos+8 > len(t) || t[pos] != '和' || !runesAt(t, pos-4, "五年规划") {
		return false
	}
	rest := d.sub(pos+1, min(len(t), pos+longRangeLen))
	return (strings.HasPrefix(rest, "二〇") || strings.HasPrefix(rest, "20")) && strings.Contains(rest, "年远景目标")
}

// markChars are the characters whose every position in a document rules
// read: 环 道 等 关 线 期 (ring roads, road numbers, lists, untitled
// documents, lines, phases), “ (quotedRuns), 《 (titles), the goods of
// transfers (电气算煤 of [transfer-goods], 水数粮油 of [directional-goods];
// Extractor.goodsMarked) and the first characters of [subject-pronouns]
// (我本全; Extractor.pronounsMarked), 引 (diversions), （ (roleTasks) and
// the last characters of [unit-labels] (位门 of 单位, 部门; tasks;
// Extractor.labelsMarked). Each is three bytes in UTF-8, and no two share
// their code's low ten bits (TestMarkChars), which index markPositions'
// table.
const markChars = "环道等关线期“《电气算煤水数粮油我本全引（位门"

// charMarks are the positions of each of markChars in a text, in order.
type charMarks [len(markChars) / 3][]int

// headAt is the index of the first of heads (sorted by start) that starts
// at or after pos, or len(heads): sort.Search's bisection without its call
// of a closure at each step.
func headAt(heads []hit, pos int) int {
	lo, hi := 0, len(heads)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if heads[m].start < pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// markPositions finds the positions of all of markChars in t in one pass:
// a scan of the whole text for each was 13 M instructions of a corpus
// extraction, the one pass about a third of it.
func markPositions(t []rune) charMarks {
	// slot[r&1023] is 1 + the index in markChars of the one character
	// with r's low ten bits, or 0, whose chars entry no character
	// equals: one test a character, true only at the characters sought
	// (a test of the slot first was true at one character in eight, a
	// branch no predictor learns)
	var slot [1024]uint8
	chars := [32]rune{-1}
	for k, c := range markChars {
		slot[c&1023], chars[k/3+1] = uint8(k/3+1), c
	}
	var lists [32][]int // by slot
	for i, r := range t {
		if s := slot[r&1023] & 31; chars[s] == r {
			lists[s] = append(lists[s], i)
		}
	}
	var m charMarks
	copy(m[:], lists[1:])
	return m
}

// of returns the positions of r, one of markChars.
func (m *charMarks) of(r rune) []int {
	for k, c := range markChars {
		if c == r {
			return m[k/3]
		}
	}
	panic("extract: the positions of " + string(r) + " are not kept")
}

// indexRune is slices.Index(t, r), sixteen characters a step, then four:
// the scans for one character (line breaks, spaces) test one rarely
// found, and the loop's own count and branch were most of their
// instructions.
func indexRune(t []rune, r rune) int {
	s := t
	for len(s) >= 16 && s[0] != r && s[1] != r && s[2] != r && s[3] != r && s[4] != r && s[5] != r && s[6] != r && s[7] != r &&
		s[8] != r && s[9] != r && s[10] != r && s[11] != r && s[12] != r && s[13] != r && s[14] != r && s[15] != r {
		s = s[16:]
	}
	for len(s) >= 4 && s[0] != r && s[1] != r && s[2] != r && s[3] != r {
		s = s[4:]
	}
	for k := len(t) - len(s); k < len(t); k++ {
		if t[k] == r {
			return k
		}
	}
	return -1
}

// enumerator reports the number of a heading written in brackets: (一),
// （12）.
func enumerator(t []rune) bool {
	if len(t) == 0 || len(t) > 3 {
		return false
	}
	for _, r := range t {
		if !isChineseNumeral(r) && !('0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// headingTitle returns the line a document's name ends when the line holds
// the title alone (吉林省与浙江省对口合作实施方案（2026—2030年） under the
// notice that issues it): from its first place, after a heading's number,
// to its end, past a period note. The name found from the head starts
// later (at 浙江省, after 与); a line that opens with a verb is a heading
// of work, no title (（五）优化国土空间规划).
func (d *recognizer) headingTitle(start, end int, rule headRule) (ls, le int, ok bool) {
	t := d.text
	if rule != ruleDoc || start < 0 {
		return 0, 0, false
	}
	le = end
	for le < len(t) && t[le] != '\n' && le-end <= 12 {
		le++
	}
	if le < len(t) && t[le] != '\n' || le > end && !periodNote(d.sub(end, le)) {
		return 0, 0, false
	}
	ls = start
	for ls > 0 && t[ls-1] != '\n' && start-ls <= maxModifier {
		if isClauseSep(t[ls-1]) || inSet("《》", t[ls-1]) {
			return 0, 0, false
		}
		ls--
	}
	if ls > 0 && t[ls-1] != '\n' {
		return 0, 0, false
	}
	ls = skipEnumerator(t, ls, start)
	if g := d.gazAt(ls); g == nil || g.kind != mRegion || g.start != ls || ls > start {
		return 0, 0, false
	}
	for _, v := range d.x.lex.issueVerbs {
		if strings.Contains(d.sub(ls, start), v) {
			return 0, 0, false // 湖南发布|湘赣边…建设方案: a headline, the place issues the plan
		}
	}
	return ls, le, true
}

// periodNote reports the period of a plan written in brackets after its
// head, at the end of a title: （2021—2035年）, (2024-2026年).
func periodNote(s string) bool {
	r := []rune(s)
	if len(r) < 6 || !inSet("(（", r[0]) || !inSet(")）", r[len(r)-1]) || r[len(r)-2] != '年' {
		return false
	}
	digits := 0
	for _, c := range r[1 : len(r)-2] {
		switch {
		case '0' <= c && c <= '9':
			digits++
		case inSet("—-－–~至年", c):
		default:
			return false
		}
	}
	return digits >= 4
}

// headCrossed reports a head of two characters or more that a word of the
// segmenter's starts before and ends inside (部分|校友: no 分校).
func (d *recognizer) headCrossed(h hit) bool {
	if h.start == 0 || h.end-h.start < 2 || !isHan(d.text[h.start-1]) || !d.x.seg.MayJoin(d.text, h.start) {
		return false // (most heads: no word of the dictionary may hold the character before and the head's first)
	}
	d.cutAt(h.start)
	tk := d.tokenAt(h.start)
	return tk.Start < h.start && tk.End > h.start && tk.End < h.end
}

// lastInSet returns where the last word of ws written in t[lo:hi] ends, or
// -1: a bit answers at most positions, no string of the words is made.
func lastInSet(ws wordSet, t []rune, lo, hi int) int {
	for k := hi; k > lo; k-- {
		if ws.endingAt(t, lo, k) > 0 {
			return k
		}
	}
	return -1
}

// strategyParts returns the parts of a name ending in 战略 at end that
// 和, 及 or 、 joins before it, when each with 战略 is one of the state's
// strategies ([national-strategies]), or nil.
func (d *recognizer) strategyParts(start, headStart, end int) [][2]int {
	if start < 0 || end-headStart != 2 || !runesAt(d.text, headStart, "战略") {
		return nil
	}
	var parts [][2]int
	a := start
	for k := start; k <= headStart; k++ {
		if k == headStart || inSet("和及、", d.text[k]) {
			if k-a < 2 || !slices.Contains(d.x.lex.nationalStrategies, d.sub(a, k)+"战略") {
				return nil
			}
			parts = append(parts, [2]int{a, k})
			a = k + 1
		}
	}
	return parts
}

// routeKey returns the key of a route's id: its forms written either way
// are one route, named as the text first writes it. 合浦到湛江铁路 =
// 合浦至湛江铁路 (its ends joined by 到 or 至); 成达万高速铁路 = 成达万高铁;
// 济菏高速公路 = 济菏高速.
func routeKey(typ kg.EntityType, key string) string {
	if typ != kg.Railway && typ != kg.Road {
		return key
	}
	if a, b, ok := strings.Cut(key, "到"); ok && a != "" && b != "" && !strings.Contains(key, "至") {
		key = a + "至" + b
	}
	if typ == kg.Railway && strings.HasSuffix(key, "高速铁路") && utf8.RuneCountInString(key) > 4 {
		key = strings.TrimSuffix(key, "高速铁路") + "高铁"
	}
	if typ == kg.Road && strings.HasSuffix(key, "高速公路") && utf8.RuneCountInString(key) > 4 {
		key = strings.TrimSuffix(key, "公路")
	}
	return key
}

// periodAfter returns where a plan's period in brackets that starts at i
// ends (（2021—2035年）), or i.
func (d *recognizer) periodAfter(i int) int {
	if i >= len(d.text) || !inSet("(（", d.text[i]) {
		return i
	}
	for j := i + 1; j < len(d.text) && j <= i+16; j++ {
		if inSet(")）", d.text[j]) {
			if periodNote(d.sub(i, j+1)) {
				return j + 1
			}
			break
		}
	}
	return i
}

// draftMarks are the marks of a draft after a title, each four characters.
func draftMarks() []string { return []string{"（草案）", "(草案)"} }

// draftSuffix returns the draft mark that ends a title (（草案）), or "".
func draftSuffix(title string) string {
	for _, draft := range draftMarks() {
		if strings.HasSuffix(title, draft) {
			return draft
		}
	}
	return ""
}

// placeBeforeDash reports a dash in [start, end) right after a place or a
// country (中国—东盟…中心; not 赤峰道—中心).
func (d *recognizer) placeBeforeDash(start, end int) bool {
	for i := start + 1; i < end; i++ {
		if d.text[i] == '—' || d.text[i] == '-' {
			g := d.gazEndingAt(i)
			return (g != nil && g.kind != mPronoun) || (i >= 2 && d.sub(i-2, i) == "中国")
		}
	}
	return false
}

// capacityOpeningIn is capacityOpening over the characters of s, which it
// converts only where s opens with a digit or a point, as a capacity must:
// most strings asked open with neither.
func capacityOpeningIn(lex *lexicon, s string) (n int, class bool) {
	if r := firstRune(s); !isDigit(r) && r != '.' {
		return 0, false
	}
	// capacityOpening reads the figure, its magnitudes, then at most a
	// unit and 级: only that prefix of s is converted, not the rest of the
	// text after it
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigit(r) && r != '.' {
			break
		}
		i += size
	}
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !inSet("万亿千百十", r) {
			break
		}
		i += size
	}
	more := 1 // characters after the magnitudes: the longest unit's and 级
	for _, u := range lex.capacityUnits {
		more = max(more, len(u)+1) // (bytes: at least its characters)
	}
	for ; more > 0 && i < len(s); more-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return capacityOpening(lex, []rune(s[:i]))
}

// firstRune is []rune(s)[0] without the conversion, U+FFFD for "".
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// capacityOpening returns the length of a size that opens a name: a
// figure, its magnitude and a capacity unit, with or without 级 (300万吨级…,
// 100兆瓦…), or 0; class reports a voltage, a line's class rather than its
// size (750千伏).
func capacityOpening(lex *lexicon, t []rune) (n int, class bool) {
	i := 0
	for i < len(t) && (isDigit(t[i]) || t[i] == '.') {
		i++
	}
	if i == 0 {
		return 0, false
	}
	for i < len(t) && inSet("万亿千百十", t[i]) {
		i++
	}
	if i < len(t) && t[i] == '伏' {
		return i + 1, true // 750千伏 (千 read as a magnitude)
	}
	for _, u := range lex.capacityUnits {
		if k := prefixLen(t, i, u); k > 0 {
			if i+k < len(t) && t[i+k] == '级' {
				k++
			}
			return i + k, false
		}
	}
	return 0, false
}

// closedByKind reports 等, an optional count and a head of type typ at pos
// (等3条高速): a list closed by its class, of which the name before pos is
// the last item.
func (d *recognizer) closedByKind(pos int, typ kg.EntityType) bool {
	t := d.text
	if pos >= len(t) || t[pos] != '等' {
		return false
	}
	k := pos + 1
	for k < len(t) && k-pos < 5 && (isDigit(t[k]) || isChineseNumeral(t[k]) || t[k] == '两') {
		k++
	}
	if k > pos+1 && k < len(t) && isListMeasure(t[k]) {
		k++
	}
	n := d.x.headWords.startingAt(t, k, min(len(t), k+d.x.longestHead))
	if n == 0 {
		return false
	}
	i, ok := d.x.headIndex[d.sub(k, k+n)]
	return ok && d.x.headDefs[i].typ == typ
}

// trainAt reports a word for trains at pos (专列, 动车组): after a railway's
// head it names a service run on the line, not the line.
func (d *recognizer) trainAt(pos int) bool { return anyWordAt(d.text, pos, d.x.lex.trainWords) }

// headsJoined reports a plan's head followed by 和, 及, 与 or 、 in [from, to): what
// a verb of documents takes there is a list of documents (编制配套规划和|工作
// 方案), not one title.
func (d *recognizer) headsJoined(from, to int) bool {
	k := sort.Search(len(d.heads), func(i int) bool { return d.heads[i].end > from })
	for ; k < len(d.heads) && d.heads[k].end < to; k++ {
		if h := d.heads[k]; d.x.headDefs[h.word].typ == kg.Plan && inSet("和及与、", d.text[h.end]) {
			return true // (虹桥国际商务区及周边地区专项规划: a zone's head before 及 joins no documents)
		}
	}
	return false
}

// ordinalEndingAt reports an ordinal 第 and a numeral ending at pos (第一, 第12).
func (d *recognizer) ordinalEndingAt(pos int) bool {
	i := pos
	for i > 0 && inSet("0123456789一二三四五六七八九十百", d.text[i-1]) {
		i--
	}
	return i < pos && i > 0 && d.text[i-1] == '第'
}

// properBefore returns where a run of proper-noun words ending at pos
// starts, after a verb, a function word or punctuation (设立|雪豹|国家…), or
// pos when the words before are not proper nouns by part of speech.
func (d *recognizer) properBefore(pos int) int {
	if pos > 2 && d.text[pos-1] == '”' {
		// “狗牯脑”国家地理标志产品保护示范区: a quoted name
		for q := pos - 2; q >= 0 && pos-q <= 8; q-- {
			if d.text[q] == '“' && pos-q >= 4 {
				return q
			}
			if !isNameChar(d.text[q]) {
				break
			}
		}
		return pos
	}
	s := pos
	for s > 0 && pos-s < 6 && isNameChar(d.text[s-1]) && d.x.stops.endingAt(d.text, 0, s) == 0 {
		s--
	}
	if s == pos || pos-s >= 6 || (s > 0 && isNameChar(d.text[s-1]) && d.x.stops.endingAt(d.text, 0, s) == 0) {
		return pos
	}
	if g := d.gazAt(s); (g != nil && (g.kind == mPronoun || g.end == pos)) || !d.readWhole(s, pos) || !d.someProper(s, pos) || d.isGeneric(d.text[s:pos]) {
		return pos // (a place alone before 国家 is handled as places are)
	}
	for _, tk := range d.words(s, pos) {
		if segment.IsVerbTag(tk.Tag) || segment.IsFunctionTag(tk.Tag) || tk.Tag == "m" {
			return pos
		}
	}
	return s
}

// properAnchored reports a modifier that properBefore opened: proper
// nouns, then 国家/全国/中国 (雪豹|国家保护研究中心).
func (d *recognizer) properAnchored(start, headStart int) bool {
	for i := start + 1; i < headStart; i++ {
		if d.anchorAt(i) {
			return d.properBefore(i) == start
		}
	}
	return false
}

// roleDescribed reports a modifier ending in how much a thing matters
// (…开放重要|通道, …发展首要|战略): a role, not a name.
func roleDescribed(lex *lexicon, mod []rune) bool {
	for _, w := range lex.roleWords {
		if suffixLen(mod, len(mod), w) > 0 {
			return true
		}
	}
	return false
}

// fieldStart returns where the field starts that names a designation
// written field first, level after: the national and provincial
// laboratories (干旱区生态安全与可持续发展|全国重点实验室, 生物育种|安徽省实验室)
// and national engineering centres. The field is the run of name words
// before the level; fields joined by 与, 和 or 及 stay whole, and a verb or
// function word of the stop list ends it. It reports false when the head is
// none of these or no field of two characters or more stands before it.
func (d *recognizer) fieldStart(start, headStart int, head string) (int, bool) {
	anchor, provinceLab := -1, false
	if slices.Contains(d.x.lex.fieldLevelHeads, head) {
		anchor = headStart
	} else if head == "实验室" && start >= 0 {
		// 生物育种安徽省实验室: a province's own laboratory
		if g := d.gazAt(start); g != nil && g.start == start && g.end == headStart && g.kind == mRegion && d.onlyProvinces(g.start, g.end) {
			anchor, provinceLab = start, true
		}
	}
	if anchor < 0 {
		return 0, false
	}
	lo := max(0, anchor-maxField)
	ws := d.words(lo, anchor)
	p := anchor
	for i := len(ws) - 1; i >= 0; i-- {
		a, b := lo+ws[i].Start, lo+ws[i].End
		if a == lo && lo > 0 && isNameChar(d.text[lo-1]) {
			return 0, false // longer than a field: not read as one
		}
		name := true
		for _, r := range d.text[a:b] {
			name = name && isNameChar(r)
		}
		if !name {
			break
		}
		if w := d.sub(a, b); w == "与" || w == "和" || w == "及" {
			if anchor-p < 2 || i == 0 {
				break
			}
			continue // the word before it must be taken too
		}
		if d.x.headWords.endingAt(d.text, lo, b) >= 2 && b < anchor {
			break // 西湖大学|牵头建设…: a whole name before is no part of the field
		}
		if tag := ws[i].Tag; (segment.IsFunctionTag(tag) && tag != "vd") || tag == "m" || tag == "q" ||
			(b-a == 1 && tag == "a") || d.x.stops.endingAt(d.text, lo, b) > b-a ||
			(d.x.stops.startingAt(d.text, a, b) == b-a && tag != "vn" && tag != "vd" && tag != "n" && tag != "an") {
			// 组建|, 影响力的|, 重组11家|, 建强|: 可持续/vd and 发展/vn stand inside fields
			break
		}
		p = a
	}
	for p < anchor {
		// 加快建设|智能制造…: verbs that open the clause are no part of the field
		n := d.x.stops.startingAt(d.text, p, anchor)
		if n == 0 {
			break
		}
		p += n
	}
	fw := d.words(p, anchor)
	if len(fw) == 0 || fw[0].Tag == "v" {
		return 0, false // 牵头建设|全国重点实验室: a field does not open with a verb
	}
	if last := fw[len(fw)-1]; provinceLab && d.x.stops.startingAt(d.text, p+last.Start, anchor) == last.End-last.Start {
		return 0, false // 高水平建设|广东省实验室: a verb before a province's laboratory is no field of it
	}
	if w := d.text[p:anchor]; len(w) < 2 || (len(w) < 4 && d.isGeneric(w)) || inSet("与和及", w[0]) {
		return 0, false // (智慧农业, 先进储能: fields of two generic words name one)
	}
	return p, true
}

// runsOn returns where a longer word ends that word segmentation reads
// across a head's end (发展带|来, 港|口), or 0.
func (d *recognizer) runsOn(start, end int) int {
	lo, hi := max(start, end-2), min(len(d.text), end+3)
	// Of the words of lo..hi only the one holding end-1 can run across
	// end: its unit alone is cut, not those of the whole window (most of
	// the segmentation's time was units cut only for this test).
	if lo < 0 || end-1 < lo || end >= hi || !d.mayJoin(end) {
		return 0
	}
	d.cutAt(end - 1)
	if tk := d.tokenAt(end - 1); tk.End > end {
		return min(tk.End, hi) // the word clipped to the window, as words gives it
	}
	return 0
}

// extendToAnchor moves a name's start left, over words that are verbal
// nouns or generic modifiers in context (发展, 开发, 重点), to a place name
// or to 国家/全国/中国 within reach; it returns start unchanged when none is
// found or a verb stands between.
func (d *recognizer) extendToAnchor(start, headStart int) int {
	if d.ordinalAt(start) {
		return start // 青藏高原|首个综合保税区: what stands before an ordinal is its scope
	}
	lo := max(0, headStart-maxModifier)
	aliasEnd := -1 // after a bracketed alias skipped below
	for j := start; j > lo; {
		if g := d.gazEndingAt(j); g != nil && g.kind != mPronoun {
			words := g.start
			if aliasEnd > j {
				words = aliasEnd // 勐腊（磨憨）重点…: the alias is the place's
			}
			if !d.onlyNameWords(words, start) && !d.joinedParties(g, start, headStart) && !d.bindsRun(g, start) && !d.jointWorks(g.end, start, headStart) {
				return start
			}
			for {
				// 川南渝西融合发展试验区: places written one after another open
				// the name together; so do places joined by a dash
				// (绥芬河—东宁重点开发开放试验区)
				p := d.gazEndingAt(g.start)
				if p == nil && g.start > 1 && inSet("—－-", d.text[g.start-1]) {
					p = d.gazEndingAt(g.start - 1)
				}
				if p == nil || p.kind == mPronoun || p.start < lo {
					return g.start
				}
				g = p
			}
		}
		if j < start && d.mayJoin(j-1) {
			// 海峡/ns|两岸融合发展|示范区: a word the dictionary knows as a place
			// anchors the name as a place of the gazetteer does
			// the last word of words(max(lo, j-4), j), read alone: the word
			// holding j-1, its start clipped to the window
			d.cutAt(j - 1)
			tk := d.tokenAt(j - 1)
			a := max(lo, j-4, tk.Start)
			feature := tk.Tag == "nr" && tk.End-tk.Start >= 3 && tk.End == j && inSet("江河湖", d.text[j-1]) // 钱塘江/nr
			if (tk.Tag == "ns" || feature) && j-a >= 2 && !d.isGeneric(d.text[a:j]) && (d.onlyNameWords(a, start) || d.jointWorks(j, start, headStart)) && (a == 0 || !isNameChar(d.text[a-1]) || d.x.stops.endingAt(d.text, 0, a) > 0) {
				return a
			}
		}
		// anchors are two characters: compared in place, no string per j,
		// and only where one may end (anchorLasts: most positions not)
		for _, a := range d.x.anchorRunes {
			if j < 2 || d.x.anchorLasts&(1<<(d.text[j-1]&63)) == 0 {
				break
			}
			if d.text[j-2] == a[0] && d.text[j-1] == a[1] && d.onlyNameWords(j-2, start) {
				if g := d.gazEndingAt(j - 2); g != nil && g.kind != mPronoun && g.start >= lo {
					return g.start // 东兴|国家重点开发开放试验区, 厦门|国家自主创新示范区: the place before 国家 names it
				}
				return j - 2
			}
		}
		if c := d.text[j-1]; c == '）' || c == ')' {
			// 勐腊（磨憨）|重点开发开放试验区: a bracketed alias after a place
			if k := d.bracketOpenAfterPlace(j - 1); k > lo {
				aliasEnd, j = j, k
				continue
			}
		}
		if j-3 >= lo && isDash(d.text[j-1]) && d.sub(j-3, j-1) == "中国" && d.onlyNameWords(j, start) {
			return j - 3 // 中国—东盟经贸创新发展|示范园区: China and a partner country open the zone's name as a place does
		}
		if !isNameChar(d.text[j-1]) || (j < start && d.x.headWords.endingAt(d.text, lo, j) > 0 && d.verbAt(j, start)) {
			return start // (…实验室|跻身全国重点实验室: a whole name before is no part of this one)
		}
		j--
	}
	return start
}

// bracketOpenAfterPlace returns where the bracket closed at close opens,
// when a place ends right before it and only name characters stand inside
// (勐腊（磨憨）, 吉安(深圳)); -1 otherwise.
func (d *recognizer) bracketOpenAfterPlace(close int) int {
	open := '（'
	if d.text[close] == ')' {
		open = '('
	}
	for k := close - 1; k >= 0 && close-k <= 8; k-- {
		switch {
		case d.text[k] == open:
			if g := d.gazEndingAt(k); g != nil && g.kind == mRegion && k+1 < close {
				return k
			}
			return -1
		case !isNameChar(d.text[k]):
			return -1
		}
	}
	return -1
}

// jointWorks reports words from a to start that state what the parties of
// a cooperation zone do together (新安江—千岛湖|生态环境共同保护|合作区): a
// word of jointness (共同, 联合) and nouns and verbs only, before a head that
// opens with a cooperation word. Such a zone's name holds its verb.
func (d *recognizer) jointWorks(a, start, headStart int) bool {
	if start <= a || start-a > 12 {
		return false
	}
	coop := d.x.zoneFirsts.at(d.text, headStart) && slices.ContainsFunc(d.x.lex.zoneWords, func(w string) bool { return runesAt(d.text, headStart, w) })
	if !coop {
		return false
	}
	joint := false
	for _, tk := range d.scratchWords(a, start) {
		w := d.sub(a+tk.Start, a+tk.End)
		switch {
		case slices.Contains(d.x.lex.jointWords, w):
			joint = true
		case strings.HasPrefix(tk.Tag, "n") || tk.Tag == "vn" || tk.Tag == "v" || tk.Tag == "a" || w == "—" || w == "－" || w == "-":
			// (a dash joins the places the zone spans: 新安江—千岛湖)
		default:
			return false
		}
	}
	return joint
}

// initialPair reports two characters at i that begin the names of two
// places of the document's region or its neighbours, one each (成渝: 成都,
// 重庆): a pair of parties, which a verb's last character does not start.
func (d *recognizer) initialPair(i int) bool {
	if i+2 > len(d.text) {
		return false
	}
	return d.partyCount(i, i+2) == 2
}

// bindsRun reports a run of places written one character each (g)
// followed by the word that binds them and then only name words up to
// start (万达开|统筹|发展|示范区): the run opens the zone's name, the binding
// word being a verb elsewhere.
func (d *recognizer) bindsRun(g *mention, start int) bool {
	if g.kind != mAbbrev || g.end >= start {
		return false
	}
	for _, w := range d.x.lex.runFollowers {
		if runesAt(d.text, g.end, w) && g.end+len([]rune(w)) <= start {
			return d.onlyNameWords(g.end+len([]rune(w)), start)
		}
	}
	return false
}

// joinedParties reports a place joined by 与 to the words that open a
// name up to start, in a zone that binds the two (通州区与北三县一体化高质量
// 发展示范区): the place opens the name.
func (d *recognizer) joinedParties(g *mention, start, headStart int) bool {
	if g.end >= start || d.text[g.end] != '与' || !d.onlyNameWords(g.end+1, start) {
		return false
	}
	return d.zoneWordIn(g.end+1, headStart)
}

// verbBeforeParticle reports a one-character word at i that segmentation
// reads as a verb, followed by a preposition or an aspect particle (站|在,
// 港|了).
func (d *recognizer) verbBeforeParticle(i int) bool {
	ws := d.scratchWords(i, min(len(d.text), i+3))
	if len(ws) < 2 || ws[0].End != 1 || !segment.IsVerbTag(ws[0].Tag) {
		return false
	}
	return strings.HasPrefix(ws[1].Tag, "p") || strings.HasPrefix(ws[1].Tag, "u")
}

// nounTail reports text[start:end] the end of a three-character word that
// the segmenter reads as a noun in this context (直通车 holding 通车; not
// 充分发挥, a four-character set phrase the dictionary tags a noun).
func (d *recognizer) nounTail(start, end int) bool {
	d.cutAt(start)
	tk := d.tokenAt(start)
	return tk.Start == start-1 && tk.End == end && end-start == 2 && tk.Tag == "n"
}

// oneVerb reports text[from:to] read as one word, a verb or a verbal noun
// (培育, 创建).
func (d *recognizer) oneVerb(from, to int) bool {
	ws := d.scratchWords(from, to)
	return len(ws) == 1 && ws[0].End == to-from && segment.IsVerbTag(ws[0].Tag)
}

// verbAt reports a verb as the first word of text[from:to].
func (d *recognizer) verbAt(from, to int) bool {
	ws := d.scratchWords(from, to)
	return len(ws) > 0 && boundaryTag(ws[0].Tag)
}

// onlyNameWords reports a span whose words, segmented in context, hold no
// function word, no punctuation and no stop word other than the inner
// words names are made of.
func (d *recognizer) onlyNameWords(from, to int) bool {
	if to <= from {
		return true
	}
	skip := from // generic words the segmenter cut apart (多/式/联运) are read whole
	// scratchWords: the loop calls nothing that reads words
	for _, tk := range d.scratchWords(from, to) {
		a, b := from+tk.Start, from+tk.End
		if a < skip {
			continue
		}
		if n := max(d.x.generic.startingAt(d.text, a, to), d.x.inner.startingAt(d.text, a, to)); n > b-a {
			skip = a + n // (同/城/化: an inner word cut apart)
			continue
		}
		if d.gazAt(a) != nil || d.x.inner.startingAt(d.text, a, b) == b-a {
			continue
		}
		if boundaryTag(tk.Tag) && b-a >= 2 && d.x.generic.startingAt(d.text, a, b) != b-a ||
			segment.IsFunctionTag(tk.Tag) || d.x.stops.startingAt(d.text, a, b) == b-a ||
			(tk.Tag == "x" && !isHan(d.text[a])) {
			return false
		}
	}
	return true
}

// zoneWordAt reports a cooperation word inside a zone's name that spells
// out its parties (湘琼先进制造业|共建|产业园): not a verb to stop at. A verb
// of building right after the parties with a name of four characters or
// more between it and the head builds that name (川渝|共建|巴蜀文化旅游走廊).
func (d *recognizer) zoneWordAt(start, end, headStart int) bool {
	if !d.x.zoneFirsts.at(d.text, start) || !slices.Contains(d.x.lex.zoneWords, d.sub(start, end)) {
		return false
	}
	if g := d.gazAt(end); g != nil && g.start == end && g.kind != mPronoun {
		return false // 携手港澳|共建|粤港澳大湾区国际科技创新中心: a place after the word opens what is built
	}
	if ws := d.scratchWords(end, min(len(d.text), end+3)); len(ws) > 0 && ws[0].Start == 0 && ws[0].End == 2 && ws[0].Tag == "n" {
		if g := d.gazAt(end + 2); g != nil && g.start == end+2 && g.kind != mPronoun {
			return false // 川渝合资共建|港口|万州新田港: a kind of thing, then the place that opens what is built
		}
	}
	lo := max(0, start-maxZoneQualifier-4)
	for q := 0; q <= maxZoneQualifier && start-q-2 >= lo; q++ {
		if q > 0 && !isNameChar(d.text[start-q]) {
			return false // 广东韶关、清远|共建…: the parties stand in a list, the subject of the verb
		}
		if d.partyCount(lo, start-q) >= 2 {
			if q == 0 && headStart-end >= 4 {
				if k := d.trigAt(start); k >= 0 && d.trigs[k].end == end && d.x.trigDefs[d.trigs[k].word].typ == kg.CoBuilds {
					return false
				}
			}
			// (粤桂两省区|共建…: the parties counted are the subject
			// that builds, not the start of the zone's name)
			return !partiesCounted(d.text[start-q : start])
		}
	}
	return false
}

// borderWordInName reports an adjacency word (毗邻, 交界: an ADJACENT_TO
// trigger) right after a run of two parties or more and before 地区 or
// 区域, inside a name whose head is further on (川甘陕|毗邻|地区生态文化旅游
// 合作区, 川渝|毗邻|地区合作示范区): the area the zone covers, not a verb.
func (d *recognizer) borderWordInName(start, end, headStart int) bool {
	if end+2 > headStart || !(runesAt(d.text, end, "地区") || runesAt(d.text, end, "区域")) {
		return false
	}
	if k := d.trigAt(start); k < 0 || d.trigs[k].end != end || d.x.trigDefs[d.trigs[k].word].typ != kg.AdjacentTo {
		return false
	}
	for lo := max(0, start-4); lo <= start-2; lo++ {
		if d.partyCount(lo, start) >= 2 {
			return true
		}
	}
	return false
}

// partiesCounted reports words that count the parties named before them
// (两省, 两省区, 三地, 双方): the parties are then the subject of a verb.
func partiesCounted(t []rune) bool {
	for i := 0; i+1 < len(t); i++ {
		if (isChineseNumeral(t[i]) || t[i] == '两' || t[i] == '双') && inSet("省市地方区县", t[i+1]) {
			return true
		}
	}
	return false
}

// nounHere reports a word that word segmentation reads as a noun in this
// context: 利用 in 土地节约集约利用综合改革试点 is no verb to stop at.
func (d *recognizer) nounHere(start, end int) bool {
	if end-start < 2 || start < 0 || end > len(d.text) {
		return false
	}
	// Only the word holding start can be start..end, and none is where
	// two of its characters cannot join: no cut then (mayJoin).
	for k := start + 1; k < end; k++ {
		if !d.mayJoin(k) {
			return false
		}
	}
	d.cutAt(start)
	if tk := d.tokenAt(start); tk.Start == start && tk.End == end {
		return tk.Tag == "n" || tk.Tag == "nz" || tk.Tag == "ns"
	}
	return false
}

// standsAlone reports a character the segmenter reads as a word of its
// own: 将 in 将建设 is a function word, in 将军庙 part of a name.
func (d *recognizer) standsAlone(pos int) bool {
	if pos >= 0 && pos < len(d.text) {
		// the word holding pos is pos alone: certain without a cut where
		// neither neighbour can join it (mayJoin)
		if !d.mayJoin(pos) && !d.mayJoin(pos+1) {
			return true
		}
		d.cutAt(pos)
		tk := d.tokenAt(pos)
		return tk.Start == pos && tk.End == pos+1
	}
	lo, hi := max(0, pos-3), min(len(d.text), pos+4)
	for _, tk := range d.words(lo, hi) {
		if lo+tk.Start <= pos && pos < lo+tk.End {
			return tk.End-tk.Start == 1
		}
	}
	return true
}

// placeSpan reports a region's mention over exactly [a, b).
func (d *recognizer) placeSpan(a, b int) bool {
	g := d.gazAt(a)
	return g != nil && g.kind == mRegion && g.start == a && g.end == b
}

// wordBoundary moves a name's start right past the last function word or
// verb before its head, read by word segmentation with part of speech:
// 入选|国家碳达峰试点, 制定出台|自贸试验区, 理顺|开发区. Words of one
// character and the modifiers names are made of (开放, 合作, 创新: the
// generic words) do not count; place names and quoted spans are kept whole.
func (d *recognizer) wordBoundary(from, headStart int, plan bool) int {
	if headStart-from < 2 {
		return from
	}
	cut := from
	// inQuote: whether a word's first character is inside quotation marks
	// (or is the opening one), read as the words go: they come in order
	qi, inQuote := from, false
	content := false // a content word since the last cut: a verb after it is the name's own (西部创意产业集聚区)
	placeEnd := -1
	// scratchWords: the loop calls nothing that reads words
	ws := d.scratchWords(from, headStart)
	// the word before was an adverb (not one after the place), or an
	// organisation's name
	prevAdverb, prevBody, prevPronoun := false, false, false
	anchored := d.anchorAt(from) // 国家, 全国 open the name
	for i, tk := range ws {
		a, b := from+tk.Start, from+tk.End
		adverb, body, pronoun := prevAdverb, prevBody, prevPronoun
		prevAdverb = segment.IsAdverbTag(tk.Tag) && b-a >= 2 && a != placeEnd && a != from // (not 双极|带动, 中越|准轨)
		prevBody = tk.Tag == "nt"
		prevPronoun = segment.IsPronounTag(tk.Tag)
		if a == from && tk.Tag == "t" && (b == headStart || d.isGeneric(d.text[b:headStart])) {
			cut = b // 年底|铁路, 近年来|都市圈: a time word opens no name (明月/t|山机场 has its own words)
			continue
		}
		if (adverb || body) && segment.IsVerbTag(tk.Tag) && tk.Tag != "vn" && b < headStart &&
			(!d.noGazAt(b) && d.gazAt(b) != nil || d.holdsHead(b, headStart)) {
			// 国家发改委已正式批复|长赣高铁工程, 自治区人民政府批准|日喀则经开区:
			// an adverb or a body and the verb after it are the clause's
			// subject and predicate before the place or the named thing
			// that opens the name
			cut, content = b, false
			continue
		}
		if tk.Tag == "v" && b-a == 2 && b < headStart {
			if y := yearEnd(d.text, b, headStart); y > b && !d.noGazAt(y) && d.gazAt(y) != nil {
				// 市政府召开|2024年|汕头综合保税区…会议: the year the verb
				// dates stands between it and the place that opens the name
				cut, content = b, false
				continue
			}
		}
		if a == from && b-a == 1 && (tk.Tag == "v" || tk.Tag == "p") && b < headStart && !d.noGazAt(b) {
			if g := d.gazAt(b); g != nil && g.start == b {
				cut = b // 到|广州白云机场: a verb or preposition of one character before the place that opens the name
				continue
			}
		}
		if (a == from || a == placeEnd) && b-a == 1 && i+1 < len(ws) && ws[i+1].End-ws[i+1].Start == 1 && from+ws[i+1].End < headStart &&
			slices.Contains(d.x.lex.transferDirections, d.text[a]) && slices.Contains(d.x.lex.sideVerbs, d.text[b]) {
			// (新疆)北|接|丝绸之路经济带, 南|连|…: a side and a verb of reaching,
			// each a word of its own (not 南通), say where what is after lies
			cut = b + 1
			prevAdverb, prevBody, prevPronoun = false, false, false
			continue
		}
		if b+2 <= headStart && d.countryPair(b, b+2) && (boundaryTag(tk.Tag) && (a == from || b-a >= 2) || tk.Tag == "s" && b-a >= 2) {
			// 西双版纳州紧抓|中老铁路, 景洪市地处/s|中老铁路, 继|中老泰铁路: a verb
			// (or a word of where a place lies; one of one character opening
			// the words) before the countries that open the name
			cut = b
			continue
		}
		if a == from && tk.Tag == "a" && b-a == 2 && (a == 0 || !isNameChar(d.text[a-1])) && i+1 < len(ws) && d.causedPlace(b, ws[i+1]) &&
			!d.placeSpan(a, b) { // (、常熟|泗洪工业园区: the adjective of the dictionary is a place itself)
			cut = b // 繁荣|梅林古镇特色商业集聚区: an adjective opening a clause before a place is a verb of making it so
			continue
		}
		for ; qi <= a; qi++ {
			switch d.text[qi] {
			case '“':
				inQuote = true
			case '”':
				inQuote = false
			}
		}
		if inQuote || !d.noGazAt(a) && d.gazAt(a) != nil || !d.noGazAt(b-1) && d.gazAt(b-1) != nil || tk.Tag == "x" || tk.Tag == "m" {
			if g := d.gazAt(a); g != nil && g.kind != mPronoun && (a == from || a == placeEnd) {
				placeEnd = g.end // (铜仁|松桃|抽水蓄能电站: places one after another open the name together)
			} else if a == placeEnd && (inQuote || tk.Tag == "x") {
				placeEnd = b // 宿迁|“四化”|同步…: a quoted word after the place goes with it
			}
			continue
		}
		if a == placeEnd && d.anchorAt(a) && b-a == 2 {
			placeEnd = b // 厦门|国家|自主创新示范区: the place and 国家 open the name together
			continue
		}
		generic := d.x.generic.startingAt(d.text, a, b) == b-a
		if generic && b-a >= 2 && b < headStart && tk.Tag == "v" && d.anchorAt(b) && !content {
			cut = b // 建成开放|中国长城博物馆: a verb before 国家/中国 opens no name, generic word or not
			continue
		}
		if b-a < 2 || b > headStart || (b == headStart && !d.anchorAt(b)) || !boundaryTag(tk.Tag) || generic {
			if !generic && !boundaryTag(tk.Tag) {
				content = true
			}
			continue
		}
		if (content || a == placeEnd) && !d.anchorAt(b) && d.x.headWords.endingAt(d.text, from, a) == 0 &&
			!segment.IsPrepositionTag(tk.Tag) && !segment.IsConjunctionTag(tk.Tag) && d.text[b-1] != '于' &&
			!(b < headStart && !d.noGazAt(b) && d.placeAt(b)) {
			// (中国企业选择经由|吉隆口岸, 市场得益于|瑞丽工业园区: a preposition,
			// a conjunction or a verb that takes its object with 于 is no name's
			// own, nor a verb with a place after it: 新疆喀什详解|新疆自贸试验区)
			// (…实验室|跻身全国重点实验室: after a whole name the verb is its predicate)
			// 重庆|通用人工智能研究院, 武汉|多式联运服务中心: a verb right
			// after the place that opens the name is the name's own
			if a == placeEnd && segment.IsAdverbTag(tk.Tag) {
				placeEnd = b // 宿迁|同步|集成改革示范区: and so is one after its adverb
			}
			continue
		}
		if !plan && anchored && tk.Tag == "v" && d.x.generic.startingAt(d.text, from+2, a) == a-from-2 && a > from+2 {
			continue // 国家|智能|铸造|产业创新中心: after 国家 and its qualifiers, the verb is the field the name holds
		}
		if plan && segment.IsVerbTag(tk.Tag) && !(d.anchorAt(b) && b+2 < headStart) && !d.batchAt(b, headStart) {
			// (补充耕地质量验收|全国|试点: an issuer right before the head closes the name, it opens none)
			// plans are named by what they do (就业优先战略, 人才兴皖工程);
			// a verb before 国家/全国 or a batch is not part of one
			// (入选国家碳达峰试点, 入选首批国家级零碳园区建设名单)
			if (adverb || pronoun) && tk.Tag != "vn" && b-a >= 2 {
				cut, content = b, false // 我们紧紧|抓住|国家战略: after an adverb or a pronoun, the clause's predicate
			}
			continue
		}
		cut = b
		content = false
	}
	return cut
}

// causedPlace reports the word next, at b, a place below a province or a
// proper noun, that an adjective before it makes what it says (繁荣|梅林古镇):
// not an anchor or a province, which slogans qualify (美丽中国, 美丽江苏).
func (d *recognizer) causedPlace(b int, next segment.Token) bool {
	if d.anchorAt(b) {
		return false
	}
	if g := d.gazAt(b); g != nil && g.start == b {
		return g.kind == mRegion && len(g.refs) > 0 && g.refs[0].region != nil && g.refs[0].region.Level != gazetteer.Province
	}
	return next.Tag == "nr" || next.Tag == "ns" || next.Tag == "nz"
}

// anchorIn reports a qualifier that opens names (anchorAt) from a to b, or
// at a when a == b.
func (d *recognizer) anchorIn(a, b int) bool {
	for i := a; i <= b; i++ {
		if d.anchorAt(i) {
			return true
		}
	}
	return false
}

// anchorAt reports a qualifier that opens names (国家, 全国, 中国, 省级)
// at pos.
func (d *recognizer) anchorAt(pos int) bool {
	// anchors and 省级 are two characters: compared in place, no string
	if pos+2 > len(d.text) {
		return false
	}
	a, b := d.text[pos], d.text[pos+1]
	if d.x.anchorLasts&(1<<(b&63)) != 0 {
		for _, w := range d.x.anchorRunes {
			if a == w[0] && b == w[1] {
				return true
			}
		}
	}
	return a == '省' && b == '级'
}

// boundaryTag reports the parts of speech that do not stand inside a name:
// verbs (not verbal nouns: 建设, 合作), adverbs, prepositions, conjunctions,
// pronouns and particles.
func boundaryTag(tag string) bool {
	if tag == "vn" {
		return false
	}
	return segment.IsVerbTag(tag) || segment.IsFunctionTag(tag)
}

// properIn reports a proper noun in a name's modifier, by part of speech:
// a place, person, organisation or other proper name, an abbreviation, or
// characters the dictionary does not know (淠史杭灌区, 大石峡水利枢纽).
func (d *recognizer) properIn(start, headStart int) bool {
	ws := d.scratchWords(start, headStart) // nothing below reads words
	if d.unknownPlace(ws, start) {
		return true
	}
	for _, tk := range ws {
		if w := d.text[start+tk.Start : start+tk.End]; tk.Tag == "nr" && (len(w) >= 3 && inSet("江河湖山岭峡溪", w[len(w)-1]) || len(w) == 2 && inSet("江河湖溪", w[1])) &&
			d.x.generic.startingAt(d.text, start+tk.Start, start+tk.End) != len(w) {
			return true // 白龙江/nr, 嘉陵江/nr, 梁子湖/nr, 木|兰溪/nr: a river, lake or mountain the dictionary tags as a person
		}
		if p := start + tk.Start; tk.Tag == "nr" && tk.End-tk.Start >= 2 && p > 0 && (d.text[p-1] == '环' || d.text[p-1] == '沿') {
			return true // 环|塔里木/nr电网工程: what a work goes around or along is a place
		}
		switch tk.Tag {
		case "ns", "nsf", "nz", "x", "zg", "j": // not nr: jieba tags many ordinary words as names
			w := d.text[start+tk.Start : start+tk.End]
			if tk.Tag == "j" && len(w) > 1 {
				continue // 技改, 两高: abbreviated common words
			}
			if tk.Tag == "x" && !isHan(w[0]) {
				continue // punctuation
			}
			if d.x.generic.startingAt(d.text, start+tk.Start, start+tk.End) == len(w) {
				continue
			}
			return true
		}
	}
	return false
}

// unknownPlace reports a place the segmenter's dictionary does not know
// among ws, the words of the text from start: such a name falls apart into one-character words (洋|山,
// 上|库, 寸|滩) or ends a short word (铜锣|山), the last a toponym's final.
func (d *recognizer) unknownPlace(ws []segment.Token, start int) bool {
	run, prev := 0, 0 // one-character words in a row; length of the word before
	for _, tk := range ws {
		n := tk.End - tk.Start
		c := d.text[start+tk.Start]
		if n == 1 && segment.IsVerbTag(tk.Tag) && run >= 1 && d.x.toponymFinals.has(c) {
			return true // 佛|渡, 双|墩: the final read as a verb
		}
		if !isHan(c) || segment.IsFunctionTag(tk.Tag) || tk.Tag == "m" || (n == 1 && segment.IsVerbTag(tk.Tag)) {
			run, prev = 0, 0 // 疏|港, 三|港: a verb or a count before a final
			continue
		}
		if n == 1 {
			run++
			if run >= 2 && d.x.toponymFinals.has(c) {
				return true
			}
			if prev == 2 && d.x.terrainFinals.has(c) {
				return true
			}
		} else {
			run = 0
		}
		prev = n
		if segment.IsVerbTag(tk.Tag) {
			prev = 0
		}
	}
	return false
}

// rareChar reports a Han character the segmenter's dictionary does not
// know at all in text[start:end] (黄磏港): only proper names use such
// characters.
func (d *recognizer) rareChar(start, end int) bool {
	for _, tk := range d.scratchWords(start, end) { // the loop calls nothing that reads words
		if tk.Tag == "x" && tk.End-tk.Start == 1 && isHan(d.text[start+tk.Start]) {
			return true
		}
	}
	return false
}

// isNameChar reports characters that may occur inside a name. The CJK
// Unified Ideographs, all of them Han in the Unicode 15 tables of the Go
// this module requires, are most characters of a text: answered in line,
// before the search of unicode.Han's ranges (110,000 calls an extraction).
func isNameChar(r rune) bool {
	return uint32(r)-0x4E00 <= 0x9FFF-0x4E00 || isOtherNameChar(r)
}

// isOtherNameChar is isNameChar outside U+4E00–U+9FFF.
func isOtherNameChar(r rune) bool {
	return r >= 0x2E80 && hanFrom2E80(r) || (r < 0x80 && (unicode.IsLetter(r) || isDigit(r))) ||
		r == '—' || r == '-' || r == '·' || r == '±' // (no Han below U+2E80; ±800千伏: a direct current line's voltage)
}

// perYear reports the slash of a capacity per year at i (20亿立方米/年,
// 400万吨/年): part of the works' name, where a slash elsewhere parts names.
func perYear(t []rune, i int) bool {
	return i > 0 && i+1 < len(t) && t[i] == '/' && t[i+1] == '年' && isHan(t[i-1]) // (亿方/年: a unit before it)
}

// validName rejects generic phrases and names that are not names.
func (d *recognizer) validName(start, headStart, end int, typ kg.EntityType, weak bool) bool {
	return d.validNameIn(start, headStart, end, typ, weak, false)
}

// requestTitle reports a whole 《》 title ending in a word of
// [request-heads] (建议, 提案) that a word of [request-marks] stands right
// before (提出的《…》) or after, past a bracketed number ((第0419号)收悉).
func (d *recognizer) requestTitle(start, end int) bool {
	t := d.text
	if start == 0 || t[start-1] != '《' || end >= len(t) || t[end] != '》' {
		return false
	}
	if !slices.ContainsFunc(d.x.lex.requestHeads, func(w string) bool { return strings.HasSuffix(d.sub(start, end), w) }) {
		return false
	}
	for _, w := range d.x.lex.requestMarks {
		if n := utf8.RuneCountInString(w); start-1 >= n && runesAt(t, start-1-n, w) {
			return true
		}
	}
	a := end + 1
	if a < len(t) && (t[a] == '(' || t[a] == '（') {
		for a < len(t) && a-end < 16 && t[a] != ')' && t[a] != '）' {
			a++
		}
		a++
	}
	return a < len(t) && anyWordAt(t, a, d.x.lex.requestMarks)
}

// facilityNamed reports a modifier ending in the head of a route or a hub
// (晋城机场, 京港高铁): the modifier names the facility itself.
func (d *recognizer) facilityNamed(start, headStart int) bool {
	n := d.x.headWords.endingAt(d.text, start, headStart)
	if n == 0 || headStart-n-start < 2 {
		return false
	}
	i, ok := d.x.headIndex[d.sub(headStart-n, headStart)]
	if !ok {
		return false
	}
	switch d.x.headDefs[i].typ {
	case kg.Hub, kg.Railway, kg.Road:
		return !d.x.headDefs[i].weak // (南昌物流枢纽项目: a weak head's facility is no name of its own)
	}
	return false
}

// adverbBefore reports a word of two characters ending at pos that the
// dictionary tags an adverb (同步/d), within [start, pos). The word index
// reads such a word before a noun as a modifier (retagAdverbs); before a
// head that is also a verb (规划) the dictionary's tag is the one to read.
func (d *recognizer) adverbBefore(start, pos int) bool {
	if pos-start < 2 {
		return false
	}
	d.cutAt(pos - 2)
	tk := d.tokenAt(pos - 2)
	if tk.Start != pos-2 || tk.End != pos {
		return false
	}
	tag, ok := d.x.seg.Tag(d.sub(pos-2, pos))
	return ok && tag == "d"
}

// bodyNounAfter reports an event's or a body's noun ([event-nouns]:
// 联盟, 协会, 论坛) ending within four characters after end, over name
// characters only: what stands before it is that body's name.
func (d *recognizer) bodyNounAfter(end int) bool {
	t := d.text
	for p := end + 2; p <= min(len(t), end+4); p++ {
		if !isNameChar(t[p-1]) {
			return false
		}
		if d.x.eventNouns.endingAt(t, end, p) > 0 {
			return true
		}
	}
	return false
}

// kindQuantified reports a word of [kind-quantifiers] right before start,
// over an opening quotation mark.
func (d *recognizer) kindQuantified(start int) bool {
	t := d.text
	if start > 0 && (t[start-1] == '“' || t[start-1] == '"') {
		start--
	}
	if start == 0 || !d.x.kindQuantifierLasts.has(t[start-1]) {
		return false // (most names: no quantifier's last character before them)
	}
	for _, w := range d.x.lex.kindQuantifiers {
		if n := utf8.RuneCountInString(w); start >= n && runesAt(t, start-n, w) {
			return true
		}
	}
	return false
}

// distributiveIn reports a word of [distributives] opening a word of the
// segmentation in [a, b) (各, 各乡镇).
func (d *recognizer) distributiveIn(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.x.distributives.has(d.text[k]) {
			continue
		}
		if d.cutAt(k); d.tokenAt(k).Start == k { // (各, 各乡镇/ns: the word opens with it)
			return true
		}
	}
	return false
}

// placeAndPairing reports a modifier made of a place and then a participle of
// pairing alone ([pairing-participles]: 内蒙古签约): the head is a kind of
// the place's partners, no name.
func (d *recognizer) placeAndPairing(start, headStart int) bool {
	g := d.gazAt(start)
	if g == nil || g.start != start || g.kind == mPronoun || g.end >= headStart {
		return false
	}
	return slices.Contains(d.x.lex.pairingParticiples, d.sub(g.end, headStart))
}

// cooperationOfPlaces reports a modifier made of places (joined by 和, 与
// or 、) and then a cooperation trigger alone (广东对口合作, 黑龙江和广东对口合作):
// the works it heads are those of the places' cooperation, no name.
func (d *recognizer) cooperationOfPlaces(start, headStart int) bool {
	k := start
	for k < headStart {
		g := d.gazAt(k)
		if g == nil || g.start != k || g.kind == mPronoun || g.end > headStart {
			break
		}
		k = g.end
		if k < headStart && inSet("和与、", d.text[k]) {
			k++
		}
	}
	if k == start || k >= headStart {
		return false
	}
	rest := d.sub(k, headStart)
	return slices.ContainsFunc(d.x.trigDefs, func(t triggerDef) bool { return t.typ == kg.CooperatesWith && t.word == rest })
}

// validNameIn is validName; vouched says that a list of names vouches for
// this one (see vouchedItems), so that it needs no place or proper noun.
func (d *recognizer) validNameIn(start, headStart, end int, typ kg.EntityType, weak, vouched bool) bool {
	mod := d.text[start:headStart]
	if len(mod) == 0 {
		return false
	}
	if (typ == kg.Railway || typ == kg.Road || typ == kg.Hub) && d.firmAfter(end) && d.noStemBefore(start, headStart) {
		// 中国国家铁路|集团有限公司, 湖南省机场|管理集团: a firm's name
		// whose words before the head name no facility (昌九城际铁路|股份
		// 有限公司 and 广州港|集团 do)
		return false
	}
	if typ == kg.Plan && d.requestTitle(start, end) {
		return false // 您提出的《关于…纳入…规划的建议》收悉: a deputy's suggestion answered, no plan
	}
	ms := d.sub(start, headStart) // mod as a piece of the text's string: no conversion per test
	isQuoted := quoted(mod)
	if isQuoted && typ == kg.Park {
		if k := lastIndexRune(mod, '”'); k >= 0 && k+2 == len(mod) && d.onlyVerbs(start+k+1, headStart) {
			return false // “组团式”送|园区: a verb of one character after the quote takes the head as its object, no name (not “城市矿产”示范|基地)
		}
	}
	if typ != kg.Plan && typ != kg.Project && !isQuoted && !d.anchorAt(start) && d.goalBefore(start) {
		// 把清远市建设成为广东区域协调发展示范区、环珠三角高新产业成长新区: what
		// a place is to become is a goal, no name (国家级… designations aside)
		return false
	}
	if typ == kg.Plan && end-headStart == 2 && (runesAt(d.text, headStart, "规划") || runesAt(d.text, headStart, "计划")) && d.adverbBefore(start, headStart) {
		return false // 与河北省同步|规划、同步实施: after an adverb 规划 is a verb, no plan's head
	}
	if (typ == kg.Railway || typ == kg.Road) && slices.Contains(d.x.lex.anchors, ms) {
		return false // 中国高铁, 全国高速公路: the country's routes, a kind, no route
	}
	hasPlace := d.placeIn(start, headStart)
	if !hasPlace && typ != kg.Plan && d.kindQuantified(start) {
		return false // 打造一批“飞地经济”示范区: a kind counted, no one zone
	}
	if typ != kg.Plan && d.distributiveIn(start, headStart) {
		return false // 民和县各乡镇蔬菜种植基地: the bases of every township, no name
	}
	if hasPlace && typ != kg.Plan && d.placeAndPairing(start, headStart) {
		return false // 内蒙古|签约|医院: the place's contracted hospitals, a kind
	}
	if typ == kg.Project && hasPlace && d.cooperationOfPlaces(start, headStart) {
		return false // 黑龙江和广东|对口合作|项目: the projects of the places' cooperation, a kind, and the trigger stays one
	}
	if typ == kg.Hub && hasPlace && d.placeRole(start, headStart, end) {
		return false // 南京枢纽|地位: a place's role as a hub, no facility
	}
	hw := d.sub(headStart, end) // the head as a piece of the text's string, read by the tests below
	if typ == kg.Institution && anyWordAt(d.text, end, d.x.lex.memberTitles) {
		return false // 新晋中国工程院院士3名: an academician's title, no mention of the academy
	}
	if weak && d.bodyNounAfter(end) {
		return false // 长株潭园区|发展联盟: the name of an alliance of the parks, no park
	}
	if weak && anyWordAt(d.text, end, d.x.lex.fieldFollowers) {
		return false // 蒙东地区能矿|资源领域: a field of work, no works
	}
	if end+1 < len(d.text) && (d.text[end] == '”' || d.text[end] == '"') && anyWordAt(d.text, end+1, d.x.lex.honourWords) {
		return false // 被授予“…示范产业园区”称号: a title awarded, no zone
	}
	if typ == kg.Project && hw == "项目" && d.facilityNamed(start, headStart) {
		return false // 晋城机场|项目: the works of the airport named, no project of its own
	}
	if typ == kg.Project && isQuoted && !hasPlace && (hw == "工程" || hw == "项目") && d.nationalProgramme(headStart, end) < 0 && !d.quotedWorks(start, headStart) &&
		!d.properBeforeQuote(start, headStart) { // (沙颍河“通港达园”项目: a river's works, named by it)
		// “模塑申城”工程, “四良两优”工程, “十百千万”示范引领工程, “小而美”
		// 民生项目: a programme or a kind named by a slogan, no works; the state's programmes
		// of works are named ([national-programmes]), and so are works
		// that carry water or energy (“引绰济辽”工程, “疆电外送”工程)
		return false
	}
	if start > 0 && isDigit(d.text[start-1]) && anyWordAt(d.text[start:headStart], 0, d.x.lex.capacityUnits) {
		return false // 1000|公里高速公路: a length or size measures a kind of works, it opens no name
	}
	if typ != kg.Plan && quotedPeriodOnly(mod) {
		return false // 国家“十四五”找|矿目标: a period qualifies, it names no works
	}
	if (weak || typ == kg.Park) && typ != kg.Plan && isQuoted && !hasPlace && d.quotedCommonNouns(start, headStart) {
		return false // 共建“飞地”园区, “飞地”产业园: a quoted common noun before a weak head or a park's is a kind of zone
	}
	if typ == kg.Institution && ordinalInstitution(mod) {
		return true // 市三医院, 县第二中学: an institution named by its number
	}
	if len(mod) >= 2 && d.designatedHead(headStart, end) && !d.isGeneric(mod) && (!countPhrase(mod) || d.oneWord(start, headStart)) && !d.verbIn(start, headStart) {
		// 大熊猫国家公园, 东北虎豹国家公园: the state designates one place by
		// the name, whatever its words; a numeral is a count unless the
		// dictionary holds the whole modifier as one word (十万大山/nz)
		return true
	}
	if typ == kg.Institution && d.knownOrganisation(start, headStart, end) {
		return true // 清华大学/nt, 国防科技大学/nt: an organisation the dictionary knows by name
	}
	if typ == kg.Institution && d.ownLevelInstitution(start, headStart, weak) {
		return true // 省现代农业实验室, 自治区精神卫生中心: the jurisdiction's own institution, named by its field
	}
	if weak && !hasPlace && joinsPlaces(mod) && (typ == kg.Road || typ == kg.Railway || typ == kg.Project || typ == kg.RegionGroup || d.placeBeforeDash(start, headStart)) {
		return true // 储潭—湖江公路: a road named by the places it joins (not 赤峰道—中心|花园)
	}
	if weak && !hasPlace && (typ == kg.Road || typ == kg.Railway) && len(d.endpointChars(trimRouteQualifiers(d.x.lex, mod))) >= 2 {
		return true // 沪昆高速, 永自高速: named by one character per endpoint
	}
	if weak && !hasPlace && (typ == kg.Road || typ == kg.Railway) && len(mod) == 2 && d.allInitials(start, headStart) &&
		(d.initialOfSubject(mod[0]) || d.initialOfSubject(mod[1])) && !d.verbIn(start, headStart) && !d.wordAcross(start+1) {
		return true // 长九城际 in 江西: one end the province's (九江), the other a city's initial that several share (长)
	}
	if weak && !hasPlace && (typ == kg.Road || typ == kg.Railway) && d.endsInitials(start, headStart, false) {
		return true // 燕官公路, 铁科高速: the initials of ends the gazetteer does not hold (towns, a banner across the border)
	}
	if !hasPlace && typ == kg.Project && len(mod) >= 2 && d.crossingHead(start+2, end) && !d.wordAcross(start+1) && d.endsInProvince(mod[:2]) {
		return true // 深中通道, 深中通道配套工程: a crossing named by one character per end, both in the province
	}
	if typ == kg.Hub && d.airportName(start, headStart, end) {
		return true // 天府国际机场, 花湖机场: an airport's name is a proper name, whatever the dictionary makes of it
	}
	if typ == kg.Park && hw == "新区" && slices.Contains(d.x.lex.nationalNewAreas, ms) {
		return true // 天府新区, 两江新区: a national new area, whatever the dictionary makes of its name
	}
	if typ == kg.Road && d.x.expressways[string(trimRouteQualifiers(d.x.lex, mod))] != nil {
		return true // 荣乌高速, 二广高速: a national expressway, whose ends one character does not say
	}
	if weak && !hasPlace && typ == kg.RegionGroup {
		for n := min(4, len(mod)); n >= 2; n-- {
			if d.endpointRun(start, start+n, typ) {
				return true // 成渝氢走廊, 成渝智行走廊: a corridor named by its ends and its kind
			}
		}
	}
	quotedOK := isQuoted && d.sub(headStart, min(end, headStart+2)) != "项目" // “两重”项目 is a kind
	// 工程 and 项目 also name programmes and kinds (民生工程, 重大项目): they
	// need a place, a quote or a proper noun; 水库, 灌区, 航道 do not, nor
	// a facility followed by 工程 (阿尔塔什水利枢纽工程)
	programme := false
	for _, w := range d.x.lex.programmeHeads {
		if !d.x.programmeFirsts.at(d.text, headStart) {
			break
		}
		programme = programme || strings.HasPrefix(hw, w)
	}
	if programme && d.facilityBefore(start, headStart) {
		programme = false // 阿尔塔什水利枢纽|工程: works on a facility, named by it
	}
	needsProper := weak || (typ == kg.Project && programme)
	if typ == kg.Project && strings.HasPrefix(hw, "工程") && !d.x.worksCues.containedIn(mod) {
		// 人才兴皖工程, “种芯”工程: a programme, not works; works name what
		// they build (水利, 电, 铁路, 修复 ...); the state's own programmes
		// are named (三北工程, “东数西算”工程)
		return d.nationalProgramme(headStart, end) == start
	}
	if needsProper && !vouched && !hasPlace && !quotedOK && !((typ == kg.Project || typ == kg.Road || typ == kg.Railway) && d.properIn(start, headStart)) &&
		!(typ == kg.Institution && d.organisationOpens(start, headStart)) && // 中南大学|湘雅医院: a unit of a known organisation
		!(typ == kg.Hub && d.hubWord(end) == start) && // 洋浦港/ns: the dictionary knows the port's name
		!d.terrainPlaceOpens(start, headStart) && // 湄洲湾/ns石化基地: a locality named by its terrain
		!(len(mod) >= 2 && d.rareChar(start, headStart)) &&
		!(typ == kg.Project && d.namedByEnds(mod)) && // 宿连|航道, 宿连|三级航道: a line's works named by its ends
		!(typ == kg.Project && d.canalNamed(start, headStart)) && // 长征渠|引水工程: a canal named by a word
		!(typ == kg.Project && d.numberedPartOfHub(start, headStart)) && // 天河机场|第三|跑道: a numbered part of a named airport or port
		!d.townOpens(start, headStart) { // 宁东|基地: a town of the province opens it
		// 港, 站, 园区 are common nouns, and so are most 工程 and 项目:
		// without a place they are not names.
		return false
	}
	if typ != kg.Plan && d.levelsJoinedBefore(start, headStart) {
		// 国家和省山水工程: a kind at two levels of government, no name (a
		// pilot or list so qualified is a Plan by the conventions)
		return false
	}
	if typ == kg.Plan && !d.inTitle(start) && !strings.Contains(d.sub(max(0, start-2), headStart), "关于") &&
		((strings.Contains(ms, "的") && !d.docVerbBefore(start)) || (strings.Contains(ms, "等") && !strings.Contains(ms, "等级") &&
			!strings.Contains(ms, "等“") && !d.placeBeforeDeng(start, headStart))) {
		return false // 一体推进的实施方案, 城市绿化等专项规划: a description or a list, not a title
	}
	if !isQuoted && !hasPlace && mod[len(mod)-1] == '型' {
		// the last word ends the span, so its last character is mod's:
		// the words are asked only where that one is 型
		if ws := d.words(start, headStart); len(ws) > 0 && ws[len(ws)-1].End-ws[len(ws)-1].Start >= 3 && mod[ws[len(ws)-1].End-1] == '型' {
			return false // 水源型水库, 外向型产业集聚区: a type of thing
		}
	}
	if typ != kg.Plan && d.countedAfter(end) {
		return false // 新培育省级现代海洋特色产业集聚区7个: a kind, counted
	}
	before := d.text[max(0, start-2):start]
	firstOf := len(before) == 2 && before[0] == '首' && before[1] != '批' && d.x.countMeasures.has(before[1]) && // 首条|…生产线; 首批 lists a designation
		!d.anchorAt(start) && !d.placeAt(start) // (全国首个|国家…实验区: a name of the state's or a place's follows the rank)
	if !isQuoted && (d.x.rankFirsts.anyIn(mod) && holdsWord(ms, d.x.lex.rankWords) || firstOf) { // (a rank word's first character first: most modifiers hold none)
		return false // 亚洲最大专业货运机场, 全国首个…, 首条…生产线: a description by rank, the name follows it
	}
	if c := mod[0]; !isQuoted && (c == '各' || c == '每' || c == '诸') {
		return false // 各行业场景应用推广方案: each one's, a kind
	}
	if typ == kg.Project && programme && !isQuoted {
		for _, q := range d.x.lex.importanceWords {
			if strings.HasSuffix(ms, q) {
				return false // 庆阳数据中心集群重点项目: a place's key projects, a kind
			}
		}
	}
	if typ == kg.Plan && !isQuoted {
		for _, j := range d.x.experienceJoins {
			if strings.Contains(ms, j) {
				return false // 晋江经验和福建方案: an experience and a way of doing, joined; no title
			}
		}
	}
	if typ == kg.Plan {
		if i := slices.Index(mod, '”'); i > 0 && i+1 < len(mod) && hasPeriod(mod[:i]) && !d.placeIn(start, headStart) && !d.anchorAt(start) && d.isGeneric(mod[i+1:]) {
			return false // “十五五”专项规划: the period's plans of a kind, no title (not the state's: 国家“十五五”口岸发展规划)
		}
	}
	if typ == kg.Plan && concatHasSuffix(ms, hw, "专项规划") && !isQuoted && !hasPlace && !d.inTitle(start) && !d.anchorAt(start) && !hasPeriod(mod) &&
		!d.holdsHead(start, headStart) && !slices.ContainsFunc(mod, isChineseNumeral) {
		// (虹桥国际商务区及周边地区专项规划: a named thing's; 五个新城…专项规划: counted places')
		return false // 编制城市更新专项规划: a field's special plans, a kind of document, no title
	}
	if typ == kg.Park && !isQuoted && !hasPlace && mod[0] == '省' && len(mod) > 1 && !inSet("域级", mod[1]) && (start == 0 || !isNameChar(d.text[start-1]) || d.verbBefore(start)) {
		// (省域美丽中国先行区, 省级…: the scope or level names the designation, as the conventions read it)
		return false // 建设省新质生产力产业基地: the province's parks of a kind, a designation at its level (as 省级…)
	}
	if typ == kg.Plan && !isQuoted && d.onlyVerbs(start, headStart) {
		return false // 出台贯彻落实意见: what is done with a document, not its title
	}
	if typ == kg.Plan && !isQuoted {
		k := start // over the verbs of the stop list that open it
		for n := d.x.stops.startingAt(d.text, k, headStart); n >= 2 && k < headStart && d.verbAt(k, k+n); n = d.x.stops.startingAt(d.text, k, headStart) {
			k += n
		}
		if k > start && k < headStart && d.isGeneric(d.text[k:headStart]) {
			return false // 完善配套规划: a verb and a kind of document, no title
		}
	}
	if len(mod) >= 2 && isDigit(mod[0]) && slices.Contains(mod, '年') && !(d.titleWhole(start, end) && d.text[start-1] == '《') {
		// (《2025年鄂尔多斯市国民经济和社会发展计划》: an annual plan's title opens with its year;
		// not 《…战略实施|2014年工作要点》, a year inside the title)
		return false // 2025年示范区
	}
	if !isQuoted && roleDescribed(d.x.lex, mod) {
		return false // 面向南亚开放重要通道: a role, described by how much it matters
	}
	if formulaLayout(mod) && !(typ == kg.Plan && d.titleWhole(start, end)) {
		// (《赣州市瑞兴于“3+2”经济振兴试验区“十四五”发展规划》: a title names its plan)
		return false // 2+3+N园区, 省属企业1+N+X规划: a layout written as a formula
	}
	if typ != kg.Plan && d.countLayout(start, headStart) {
		return false // “一主七辅”民用机场, 三横四纵: a layout of counted parts, no name
	}
	if typ == kg.RegionGroup && !isQuoted && strings.Contains(ms, "小时") && !hasPlace && !(len(mod) > 2 && d.endpointRun(start, start+2, typ)) {
		// (兰西“1小时经济圈”: the places whose circle it is name it)
		return false // 一小时经济圈, 半小时通勤圈: an area described by travel time, no group named
	}
	if (typ == kg.Railway || typ == kg.Road) && !isQuoted && (strings.Contains(ms, "小时") || layoutNumerals(mod)) {
		return false // 1小时高铁, 九纵五横四环高速公路: a network described, not a line named
	}
	if (typ == kg.Railway || typ == kg.Road) && !hasPlace {
		ws := d.words(start, headStart)
		if len(ws) == 1 && segment.IsVerbTag(ws[0].Tag) && ws[0].Tag != "vn" {
			return false // 加密高铁: to densify the railways, no railway
		}
		for _, w := range ws {
			if w.Tag == "v" && w.End-w.Start >= 2 && !joinsPlaces(mod) {
				return false // 管理省内控股地方铁路: a verb of two characters describes the lines, it names none
			}
		}
	}
	if typ == kg.Plan && ((!isQuoted && !d.wholeQuoted(start, end) && countedKind(mod, d.isGeneric)) ||
		(d.wholeQuoted(start, end) && countedKind(mod, func(r []rune) bool { return false }) && !strings.HasSuffix(hw, "行动"))) {
		// (“十项行动”, “七个专项行动”: a programme of actions is named by their count)
		return false // 七个专项行动, “三张清单”: counted kinds, no names
	}
	if !isQuoted && (mod[len(mod)-1] == '类' || slices.Contains(mod, '届')) {
		return false // 安全类项目: a class; 第15届全国运动会…项目: an event's
	}
	if (typ == kg.Railway || typ == kg.Road) && mod[len(mod)-1] == '通' && len(mod) >= 2 &&
		inSet("县市州盟不都均未全村镇乡接互部", mod[len(mod)-2]) {
		return false // 市市通高铁, 结束不通高铁历史: access to a service, no route
	}
	if typ == kg.Institution && !hasPlace && len(mod) >= 2 && slices.Contains(d.x.lex.fieldLevelHeads, hw) {
		if f, ok := d.fieldStart(start, headStart, hw); ok && f == start {
			return true // 智能制造全国重点实验室: named by its field
		}
	}
	if (typ == kg.Park && weak || typ == kg.Project && hw == "项目") && !isQuoted && headStart-start >= 4 && d.partyCount(start, start+2) >= 2 && d.madeOf(start+2, headStart, d.x.lex.zoneWords) {
		return false // 沪滇合作共建园区, 川渝共建项目: the parks or projects of the parties' cooperation, a kind
	}
	// (国家骨干冷链物流基地: a hub named by 国家 alone is a designation many
	// places hold, no hub)
	if (typ == kg.Park || typ == kg.Institution || typ == kg.Hub) && !vouched && !hasPlace && !isQuoted && (!d.anchorAt(start) || typ == kg.Hub) && !d.someProper(start, headStart) && !d.properAnchored(start, headStart) &&
		!d.macroRegionOpens(start, headStart) &&
		!(headStart-start >= 2 && d.partyCount(start, start+2) >= 2) && // 广清经济特别合作区: named by its parties
		!d.threeInitialsZone(start, headStart) && // 泸永江融合发展示范区: by three places' initials
		!(typ == kg.Institution && d.organisationOpens(start, headStart)) && // 中山大学|附属第一医院: a unit of a known organisation
		!d.townOpens(start, headStart) { // 良乡|大学城: named by a town of the province
		return false // 外向型产业集聚区, 美丽乡村先行区: a kind of zone, named by no place or proper noun
	}
	if g := gradedWorks(mod); typ != kg.Plan && !isQuoted && countPhrase(d.withoutBatch(mod)) && !numeralName(d.text, start, headStart, end) && !((typ == kg.Project || typ == kg.Road) && g > 0 &&
		(hasPlace || d.properIn(start, start+g) || len(d.endpointChars(mod[:g])) >= 2) && !d.verbOrAdverbIn(start, start+g)) {
		// (湘江永州至衡阳|三级航道, 赣江|三级航道, 宿连|三级航道: a grade after
		// a place, a river or the ends it joins is the works' own)
		return false // 九大关键枢纽, 五型国家物流枢纽, 千亿级开发区: a count or a class
	}
	if hasPlace {
		// A place and nothing but category words is a kind of thing
		// (广东省三甲医院); a place alone or with a proper part is a name
		// (赣西港, 萍乡经开区, 赣湘开放合作试验区).
		rest := withoutJoiners(d.withoutPlaces(start, headStart))
		if typ == kg.Project && gradeEnding(mod) && d.holdsHead(start, headStart-2) && d.x.headWords.endingAt(d.text, start, headStart-2) > 0 {
			return true // 苏南运河|二级|航道: a named waterway's grade and its head
		}
		if typ == kg.Project && d.onlyGroups(start, headStart) && len(cleanName(string(rest))) > 0 && d.isGeneric([]rune(cleanName(string(rest)))) {
			return false // “一带一路”标志性项目: a kind of the initiative's projects
		}
		if typ == kg.RegionGroup {
			rest = []rune(cleanName(string(rest))) // “襄十随神”城市群: a group named by its places
		}
		oneRoute := (typ == kg.Road || typ == kg.Railway) && slices.Contains(d.x.lex.networkHeads, hw) &&
			d.gazAt(start) != nil && d.gazAt(start).start == start && d.gazAt(start).end == headStart && d.gazAt(start).end-start >= 2 &&
			!d.initialsGroup(start, headStart) // (昌九高铁: a group spelled by its members' initials names a route's ends)
		if len(rest) == 0 && typ == kg.Plan && !isQuoted && !(d.onlyGroups(start, headStart) && (strings.HasPrefix(hw, "规划") || strings.HasPrefix(hw, "纲要"))) {
			return false // 云南方案: a place's way of doing things, no title (洞庭湖生态经济区规划 is an area's plan)
		}
		if len(rest) == 0 && slices.Contains(d.x.lex.kindOnlyHeads, hw) {
			return false // 北京市学校: a place's schools; a school is named on its own
		}
		if len(rest) == 0 && slices.Contains(d.x.lex.zoneKindHeads, hw) && hw != "都市圈" && d.onlyGroups(start, headStart) {
			return false // 长三角园区, 京津冀开发区: a multi-region area's zones, a kind
		}
		if len(rest) == 0 && slices.Contains(d.x.lex.zoneKindHeads, hw) {
			// (the place's full name written: its last character is its level's)
			if g := d.gazEndingAt(headStart); g != nil && g.kind == mRegion && g.end-g.start == utf8.RuneCountInString(g.refs[0].name) &&
				(inSet("省市", d.text[g.end-1]) || hw == "园区" && inSet("区县旗", d.text[g.end-1])) { // (沙雅县园区: a county's parks; 同安区工业园区 names one)
				return false // 四川省开发区, 苏州市产业园区: a place's zones by its full name (萍乡开发区 names one)
			}
		}
		if len(rest) == 0 && oneRoute {
			return false // 广西公路: a place's roads; a route is named by its ends (川藏公路)
		}
		if len(rest) == 0 && ((typ == kg.Project && programme) || (typ == kg.Hub && hw == "站" && d.onlyProvinces(start, headStart))) {
			return false // 海南项目: a place's projects; 广西站: a stop of a tour, stations are named by towns
		}
		if typ == kg.Park && string(rest) == "综合" && (hw == "实验区" || hw == "试验区" || hw == "示范区") {
			return true // 平潭综合实验区: a place's comprehensive zone is a designation of its own
		}
		if typ == kg.Park && (string(rest) == "国家级" || string(rest) == "省级") && !d.onlyProvinces(start, headStart) &&
			(strings.HasSuffix(hw, "开发区") || hw == "经开区" || hw == "高新区") {
			return true // 湛江国家级经开区: a city's development zone by its level (not 广东国家级经开区, a province's kind)
		}
		return len(rest) == 0 || !d.onlyWords(rest, d.x.category)
	}
	if len(mod) < 2 {
		return false
	}
	if (typ == kg.Park || typ == kg.Institution) && (strings.HasPrefix(ms, "国家") || strings.HasPrefix(ms, "全国")) &&
		d.describedDesignation(mod[2:]) {
		return true // 国家数字经济创新发展试验区: a national designation named by its field
	}
	if typ == kg.Plan && len(mod) >= 4 && (d.listVerbBefore(start) || d.publishedList(start, end)) {
		return true // 获批|制造业新型技术改造城市试点: a designation is named by the list that holds it
	}
	// 大运河国家文化公园: a proper noun by its part of speech, ending in a
	// head (运河), though its characters spell generic words
	return isQuoted || !d.isGeneric(mod) || (vouched && len(mod) >= 2) || (typ == kg.Plan && d.holdsHead(start, headStart)) || ((typ == kg.Railway || typ == kg.Road || typ == kg.Hub || typ == kg.Park) && d.countryPair(start, headStart)) ||
		(len(mod) >= 3 && d.allProper(start, headStart) && d.x.headWords.endingAt(d.text, start, headStart) > 0)
}

// organisationOpens reports a modifier opened by an organisation the
// dictionary knows by name (中南大学|湘雅医院, 清华大学|…研究院).
func (d *recognizer) organisationOpens(start, headStart int) bool {
	for k := start + 3; k < headStart; k++ {
		if n := d.x.headWords.endingAt(d.text, start, k); n > 0 && d.knownOrganisation(start, k-n, k) {
			return true
		}
	}
	return false
}

// knownOrganisation reports a name the dictionary holds as one word tagged
// an organisation (清华大学/nt, 华中科技大学/nt), whose words before the
// head are no common word of their own: 中医学院/nt and 儿童医院/nt are
// kinds (中医/j, 儿童/n), and so is 国际贸易中心/nt, of generic words;
// 复旦/nz and 中南/ns, or words the dictionary does not hold (华中科技),
// name one.
func (d *recognizer) knownOrganisation(start, headStart, end int) bool {
	if headStart-start < 2 {
		return false
	}
	if tag, ok := d.x.seg.Tag(d.sub(start, end)); !ok || tag != "nt" {
		return false // (most names are no word of the dictionary: no cut)
	}
	d.cutAt(start)
	if tk := d.tokenAt(start); tk.Start != start || tk.End != end || tk.Tag != "nt" {
		return false
	}
	switch tag, ok := d.x.seg.Tag(d.sub(start, headStart)); {
	case !ok:
		return !d.isGeneric(d.text[start:headStart]) // (国际贸易|中心/nt: generic words)
	case tag == "ns", tag == "nz", tag == "nr", tag == "nrt":
		return true
	}
	return false
}

// ownLevelInstitution reports a modifier that opens with the level of the
// jurisdiction alone (省, 市, 自治区; not 省级, 省属, 市内) and goes on with
// a field, no rank (省重点实验室 is a kind): an institution of the
// document's own province or city, which needs no place (省现代农业实验室).
// Before a weak head (中心, 医院) the field must be no generic phrase
// (自治区精神卫生中心; not 省综合医院).
func (d *recognizer) ownLevelInstitution(start, headStart int, weak bool) bool {
	ms := d.sub(start, headStart)
	rest, level := "", 0
	for _, l := range []string{"自治区", "省", "市"} {
		if r, ok := strings.CutPrefix(ms, l); ok {
			rest, level = r, utf8.RuneCountInString(l)
			break
		}
	}
	// (省市县博物馆: levels joined, a kind at each)
	if utf8.RuneCountInString(rest) < 2 || slices.ContainsFunc(d.x.lex.levelAttachments, func(w string) bool { return strings.HasPrefix(rest, w) }) || strings.Contains(rest, "级") {
		return false // (市州级医院: a rank of levels)
	}
	if d.cutAt(start); d.tokenAt(start).Start != start || d.tokenAt(start).End != start+level {
		return false // 市民|服务中心, 市场|监管: the level's character opens another word
	}
	if weak && d.isGeneric(d.text[start+level:headStart]) {
		return false // 省综合医院: a weak head (中心, 医院) needs a field of its own
	}
	if start > 0 && isNameChar(d.text[start-1]) && !d.verbBefore(start) {
		return false // 全省|…: the level is part of a longer word
	}
	for _, list := range [][]string{d.x.lex.importanceWords, d.x.lex.levelRanks} {
		for _, w := range list {
			if strings.HasPrefix(rest, w) {
				return false
			}
		}
	}
	return true
}

// quotedPartBefore reports a quote opening at open that closes before
// headStart with only name characters, if any, between the close and
// headStart: a quoted part of a name (国家“双碳”战略), not the quoted name
// (国家“双高计划”).
func (d *recognizer) quotedPartBefore(open, headStart int) bool {
	k := slices.Index(d.text[open+1:headStart], '”')
	if k < 0 {
		return false
	}
	close := open + 1 + k
	if close >= headStart {
		return false
	}
	for _, c := range d.text[close+1 : headStart] {
		if !isNameChar(c) {
			return false
		}
	}
	return true
}

// airportName reports an airport named by one noun of two or three
// characters right before 国际机场 or 机场 (天府国际机场, 长水机场): airports
// bear proper names, of places or not; a generic or qualifying word (支线,
// 通用, 区域) names a kind.
func (d *recognizer) airportName(start, headStart, end int) bool {
	if !slices.Contains(d.x.lex.airportHeads, d.sub(headStart, end)) {
		return false
	}
	if n := headStart - start; n < 2 || n > 3 || d.isGeneric(d.text[start:headStart]) || d.x.qualifying.startingAt(d.text, start, headStart) > 0 {
		return false
	}
	ws := d.words(start, headStart)
	if len(ws) != 1 {
		return false
	}
	switch ws[0].Tag {
	case "n", "nz", "nr", "ns", "nt":
		return true
	}
	return false
}

// airportStart returns where an airport's name starts: its proper name,
// the two characters before the head whatever the dictionary makes of them
// ([airport-heads]), with the place written right before them (鄂州花湖国际
// 机场), or after a word the dictionary tags a verb or a function word
// (北接|花湖机场); start when a word crosses them (明月|山机场), they are a
// generic word (民用机场) or another word stands before them (乌鲁木齐地窝堡
// 国际机场, and 距|花湖机场, whose 距 the dictionary tags a noun).
func (d *recognizer) airportStart(start, headStart, end int) int {
	p := headStart - 2
	if p <= start || !slices.Contains(d.x.lex.airportHeads, d.sub(headStart, end)) || d.isGeneric(d.text[p:headStart]) {
		return start
	}
	d.cutAt(p)
	if tk := d.tokenAt(p); tk.Start < p {
		return start
	}
	if g := d.gazEndingAt(p); g != nil && g.kind != mPronoun && g.start >= start {
		return g.start
	}
	d.cutAt(p - 1)
	if tk := d.tokenAt(p - 1); tk.End == p && (segment.IsVerbTag(tk.Tag) || segment.IsFunctionTag(tk.Tag)) {
		return p // (北接|花湖机场: a verb or a function word closes the name)
	}
	return start // (地窝堡国际机场: a longer proper name)
}

// endsInProvince reports one-character ends that all resolve to places of
// the subject's province (深中: 深圳, 中山; not 南北).
func (d *recognizer) endsInProvince(mod []rune) bool {
	ends := d.endpointChars(mod)
	if len(ends) != len(mod) {
		return false
	}
	for _, r := range ends {
		if r.Level == gazetteer.Province || !d.inSubject(r, false) {
			return false
		}
	}
	return true
}

// crossingHead reports a head of works that cross water or mountains
// between two ends (通道, 大桥, 隧道).
func (d *recognizer) crossingHead(headStart, end int) bool {
	w := d.sub(headStart, end)
	for _, c := range d.x.lex.crossingHeads {
		if rest, ok := strings.CutPrefix(w, c); ok {
			// 深中通道|配套工程: works on the crossing, named by it
			return rest == "" || (strings.HasSuffix(rest, "工程") && d.worksOnly(strings.TrimSuffix(rest, "工程")))
		}
	}
	return false
}

// macroRegionOpens reports a name opened by one of the country's macro-
// regions and a proper part after it (西部|科技影视城, 西部|创意产业集聚区): the
// region a national zone serves names it as a place does.
func (d *recognizer) macroRegionOpens(start, headStart int) bool {
	for _, w := range d.x.lex.macroRegions {
		if n := utf8.RuneCountInString(w); runesAt(d.text, start, w) && headStart-start >= n+2 && !d.isGeneric(d.text[start+n:headStart]) {
			return true
		}
	}
	return false
}

// levelsJoinedBefore reports a name that opens with a level of government
// joined to another level right before it (国家和|省山水工程, 省、|市重点
// 项目): what follows names a kind at both levels.
func (d *recognizer) levelsJoinedBefore(start, headStart int) bool {
	if start < 2 {
		return false
	}
	if c := d.text[start-1]; c != '和' && c != '及' && c != '与' && c != '、' { // (in place, not inSet)
		return false
	}
	opens := false
	for _, w := range d.x.lex.govLevels {
		opens = opens || runesAt(d.text, start, w) && start+len([]rune(w)) < headStart
	}
	if !opens {
		return false
	}
	// the word before the conjunction is a level itself (not 示范区、|市…)
	ws := d.words(max(0, start-5), start-1)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	lw := d.sub(start-1-(last.End-last.Start), start-1)
	return slices.Contains(d.x.lex.govLevels, lw)
}

// listVerbBefore reports a name that is the object of a verb of inclusion
// (入选, 获批, 纳入).
func (d *recognizer) listVerbBefore(start int) bool {
	start = d.pastYearBefore(start) // 入选|2023年|国家现代农业产业园创建名单: the year dates the list
	if !d.x.listLasts.at(d.text, start-1) {
		return false // (most names)
	}
	before := d.sub(max(0, start-3), start)
	for _, v := range d.x.lex.listVerbs {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// publishedList reports a list's name (its head ends with a word of
// [published-lists]) that is the object of a verb that publishes one
// ([publish-verbs]) with the year between (公布|2024年|农业产业融合发展项目名单):
// the year's list, no kind of list.
func (d *recognizer) publishedList(start, end int) bool {
	if !slices.ContainsFunc(d.x.lex.publishedLists, func(w string) bool { return suffixLen(d.text, end, w) > 0 }) {
		return false
	}
	p := d.pastYearBefore(start)
	if p == start {
		return false // 分批公布|革命文物名录: a kind of list to publish; a year dates one list
	}
	for _, v := range d.x.lex.publishVerbs {
		if suffixLen(d.text, p, v) > 0 {
			return true
		}
	}
	return false
}

// pastYearBefore returns where a year written right before start (2023年,
// 2024年度) begins, or start.
func (d *recognizer) pastYearBefore(start int) int {
	t := d.text
	p := start
	if p >= 2 && t[p-1] == '度' && t[p-2] == '年' {
		p--
	}
	if p < 5 || t[p-1] != '年' {
		return start
	}
	q := p - 1
	for q > 0 && p-1-q < 4 && isDigit(t[q-1]) {
		q--
	}
	if p-1-q != 4 {
		return start
	}
	return q
}

// describedDesignation reports what follows 国家 or 全国 in a designation's
// name as a field of four characters or more, not only levels and ranks
// (数字经济创新发展, not 重点 or 级重点).
func (d *recognizer) describedDesignation(rest []rune) bool {
	if len(rest) < 4 || rest[0] == '级' {
		return false
	}
	return !d.onlyWords(rest, d.x.levels)
}

// layoutNumerals reports numerals followed by the strokes of a network's
// layout (九纵五横, 三横一纵, 四环): a description of a network.
// countLayout reports a run of two or more counted parts (一主|七辅,
// 三横|四纵, 一核|两翼) in text[a:b], one numeral and one character each,
// that no region group's name covers (一带一路 is one).
func (d *recognizer) countLayout(a, b int) bool {
	t := d.text
	run := 0
	for i := a; i+1 < b; {
		if (isChineseNumeral(t[i]) || t[i] == '两') && isHan(t[i+1]) && !isChineseNumeral(t[i+1]) && t[i+1] != '两' {
			if g := d.gazAt(i); g != nil {
				return false
			}
			d.cutAt(i)
			if d.cutAt(i + 1); d.tokenAt(i).End > i+2 || d.tokenAt(i+1).End > i+2 {
				run, i = 0, i+1 // 一体化, 三县一体|化: a numeral inside a word counts nothing
				continue
			}
			run++
			i += 2
			if run >= 2 {
				return true
			}
			continue
		}
		if t[i] == '“' || t[i] == '”' {
			i++
			continue
		}
		run = 0
		i++
	}
	return false
}

// formulaLayout reports a layout written as a formula of numbers and
// letters (2+3+N园区, 1+N+X规划), not a programme named with a plus
// (人工智能+行动, “体育+”).
func formulaLayout(mod []rune) bool {
	for i := 1; i+1 < len(mod); i++ {
		if mod[i] == '+' && (isASCIIAlnum(mod[i-1]) && isASCIIAlnum(mod[i+1])) {
			return true
		}
	}
	return false
}

func isASCIIAlnum(r rune) bool { return r < 0x80 && (isDigit(r) || unicode.IsLetter(r)) }

func layoutNumerals(mod []rune) bool {
	for i := 0; i+1 < len(mod); i++ {
		if (isChineseNumeral(mod[i]) || mod[i] == '两') && inSet("纵横环射", mod[i+1]) {
			return true
		}
	}
	return false
}

// countedKind reports a modifier that opens with a count (七个, 三张, 两大)
// and holds nothing after it but generic words: a number of things of a
// kind, not a name.
func countedKind(mod []rune, generic func([]rune) bool) bool {
	i := 0
	for i < len(mod) && (isChineseNumeral(mod[i]) || mod[i] == '两' || isDigit(mod[i])) {
		i++
	}
	if i == 0 || i >= len(mod) || !inSet("个张项大类批条", mod[i]) {
		return false
	}
	rest := mod[i+1:]
	return len(rest) == 0 || generic(rest)
}

// countPhrase reports a numeral with a measure or class word in a
// modifier (九大, 五个, 12所, 五型, 千亿级): the phrase counts or classes
// things, it does not name one.
func countPhrase(mod []rune) bool {
	for i := 0; i+1 < len(mod); i++ {
		if !(isChineseNumeral(mod[i]) || mod[i] == '两' || mod[i] == '百' || mod[i] == '千' || mod[i] == '万' || mod[i] == '亿' || isDigit(mod[i])) {
			continue
		}
		j := i + 1
		for j < len(mod) && (isChineseNumeral(mod[j]) || isDigit(mod[j]) || inSet("百千万亿", mod[j])) {
			j++
		}
		if j < len(mod) && (inSet("个大型所家批项条类级座", mod[j]) || (isDigit(mod[j-1]) && inSet("县市", mod[j]))) && // 4县高速项目: a count of places (北三县 is a name)
			!strings.HasPrefix(string(mod[j:]), "个五年") {
			return true
		}
		i = j
	}
	return false
}

// withoutBatch returns a modifier without the batch a designation is
// given in ([batch-prefixes]: 全国第二批革命老区高质量发展示范区): a batch
// orders designations, it counts no things.
func (d *recognizer) withoutBatch(mod []rune) []rune {
	if !slices.ContainsFunc(mod, d.x.batchFirsts.has) {
		return mod // no prefix can stand in mod (most)
	}
	s := string(mod)
	for _, p := range d.x.lex.batchPrefixes {
		if k := strings.Index(s, p); k >= 0 {
			return []rune(s[:k] + s[k+len(p):])
		}
	}
	return mod
}

// gradedWorks returns where the grade starts in a modifier that ends in a
// waterway's or road's grade (gradeEnding), or in the grade, the graded
// route and its phase before the head 工程 (湘江|二级|航道二期|工程), or -1.
func gradedWorks(mod []rune) int {
	n := len(mod)
	if n >= 2 && mod[n-1] == '期' && isChineseNumeral(mod[n-2]) {
		n -= 2
		for _, w := range []string{"航道", "公路"} {
			if strings.HasSuffix(string(mod[:n]), w) {
				n -= 2
				break
			}
		}
	}
	if !gradeEnding(mod[:n]) {
		return -1
	}
	return n - 2
}

// gradeEnding reports a modifier that ends in a waterway's or road's grade
// (湘江永州至衡阳|三级|航道, 二级公路) and holds no other count: the grade is
// part of the works' name, not a class of things counted.
func gradeEnding(mod []rune) bool {
	n := len(mod)
	return n >= 4 && mod[n-1] == '级' && inSet("一二三四五六七", mod[n-2]) && !countPhrase(mod[:n-2])
}

// quoted reports a modifier holding a quoted name (“东数西算”工程); the
// opening mark may stand just before the name's start.
func quoted(mod []rune) bool {
	return slices.Contains(mod, '”')
}

// headRuleHolds checks what a head's rule asks of the name (see headRule).
func (d *recognizer) headRuleHolds(rule headRule, start, headStart, end int) bool {
	if d.nationalProgramme(headStart, end) == start {
		return true // “三北”工程: a programme of the state, not a slogan of counts
	}
	mod := d.text[start:headStart]
	if (numericShorthand(mod) || (d.wholeQuoted(start, end) && numericShorthand(d.text[start-1:end+1]))) && !d.titleWhole(start, end) &&
		!numeralName(d.text, start, headStart, end) && !d.anchoredNetwork(start, headStart) {
		return false // (《赣州市瑞兴于“3+2”经济振兴试验区“十四五”发展规划》: a title names its plan whatever it quotes)
	}
	q := quoted(mod) || d.wholeQuoted(start, end) || d.modifiedQuote(start, headStart, end)
	switch rule {
	case ruleDoc:
		if d.sub(headStart, end) == "规划" && d.planningWorkAt(end) && !q && !d.inTitle(start) {
			return false // …通用机场项目规划设计: planning done, no title
		}
		if q || d.inTitle(start) || d.namedPlan(start, headStart, false) || hasPeriod(mod) || d.docVerbBefore(start) || d.articlesAfter(end) || d.issuedAfter(end) {
			return true
		}
		for i := start; i < headStart; i++ {
			if g := d.gazAt(i); g != nil && g.kind != mPronoun {
				return true
			}
		}
		return d.townOpens(start, headStart) // 横沙新洲现代农业产业园专项规划: a town's plan
	case ruleList:
		return q || d.namedPlan(start, headStart, true) || d.inTitle(start) || d.publishedList(start, end)
	case ruleQuoted:
		return q || d.titleWhole(start, end) // 《安徽省实施…纲要行动计划》: a titled programme
	case ruleTitled:
		return d.titleWhole(start, end)
	case ruleClosed:
		return d.closedEnds(end)
	}
	return true
}

// closedEnds reports a closed head (战略) that ends a word at end: what
// follows is no character of a word going on (战略性, 战略机遇, 战略拓展区),
// or a frame or predicate the named strategy stands in ([closed-followers]:
// 以…战略为抓手, 乡村振兴战略深入实施).
func (d *recognizer) closedEnds(end int) bool {
	if end < len(d.text) && isHan(d.text[end]) && !inSet("的和与及等、为上", d.text[end]) {
		after := d.sub(end, min(len(d.text), end+4))
		for _, p := range d.x.lex.closedFollowers {
			if strings.Contains(after, p) {
				return true
			}
		}
		return false
	}
	return true
}

// modifiedQuote reports a name quoted whole after a short modifier of
// nouns, with no verb or figure, that is part of it (民营企业“登峰计划”): the
// quote opens in [start, headStart) and closes right after end (not
// 为全球贡献“中国方案”, 立项培育10所左右省级“双高建设计划”).
func (d *recognizer) modifiedQuote(start, headStart, end int) bool {
	k := slices.Index(d.text[start:headStart], '“')
	if k < 2 || k > 4 || end >= len(d.text) || d.text[end] != '”' {
		return false
	}
	for _, c := range d.text[start : start+k] {
		if !isHan(c) || isChineseNumeral(c) {
			return false
		}
	}
	return !d.verbIn(start, start+k) && d.verbBefore(start) // (实施|民营企业“登峰计划”: the name is the verb's object)
}

// numericShorthand reports quoted shorthand made of counts and a few
// generic nouns (“一办法两清单”, “三个集中”): a slogan, not a name.
func numericShorthand(mod []rune) bool {
	// indices over the characters: mod is not converted to a string
	i, j := slices.Index(mod, '“'), -1
	if i < 0 {
		return false
	}
	for k := len(mod) - 1; k > i; k-- {
		if mod[k] == '”' {
			j = k
			break
		}
	}
	if j < i {
		return false
	}
	inner := mod[i+1 : j : j] // read only
	if hasPeriod(inner) {
		return false // “十五五”: a plan period names the plan
	}
	nums, counted, run := 0, 0, 0 // counted: numerals that open a short noun (一区, 两地, 一通道)
	for i, r := range inner {
		if isChineseNumeral(r) || r == '两' || r == '百' || r == '千' || r == '万' || isDigit(r) {
			if i > 0 && inSet("百千万", r) && inSet("一二三四五六七八九两", inner[i-1]) {
				continue // 四千: a digit and its magnitude are one number (“四千行动”), where “十百千万” are four
			}
			nums++
			if i == 0 || run > 0 {
				counted++
			}
			run = 0
			continue
		}
		if run++; run > 3 || i == 0 {
			counted = -100
		}
	}
	// “一办法两清单”; “一区两地一园一通道”: counts of things, a slogan
	return (nums >= 2 && len(inner)-nums <= 4) || counted >= 3
}

// anchoredNetwork reports a name that opens with the state or a place and
// holds a quoted layout of counted lines followed by the noun it lays out
// (国家“八纵八横”高铁网|规划): the state's plan of that network, named by its
// layout, where a quoted count alone is a slogan (“3815”战略发展目标).
func (d *recognizer) anchoredNetwork(start, headStart int) bool {
	if !d.anchorAt(start) && !d.placeAt(start) {
		return false
	}
	k := lastIndexRune(d.text[start:headStart], '”')
	return k >= 0 && headStart-(start+k+1) >= 2 && d.onlyNameWords(start+k+1, headStart) && layoutNumerals(d.text[start:start+k])
}

// numeralName reports a quoted name whose words before its head are
// numerals alone (“八八战略”, “千万”工程, “一二三”战略规划): a coined name
// of a programme, where numerals that count nouns (“一办法两清单”, “两重”)
// make a slogan.
func numeralName(t []rune, start, headStart, end int) bool {
	lo := start
	if lo > 0 && t[lo-1] == '“' {
		lo-- // “八八战略”: the quote opens before the name
	}
	if lo >= headStart || t[lo] != '“' {
		return false
	}
	hi := slices.Index(t[lo+1:min(end+1, len(t))], '”') + lo + 1
	if hi <= lo+2 {
		return false
	}
	for _, r := range t[lo+1 : hi] {
		if !isChineseNumeral(r) && !inSet("两千万", r) && (hi <= headStart || !slices.Contains(t[headStart:end], r)) {
			return false // (a head word quoted with the numerals is no count: “八八战略”)
		}
	}
	return !hasPeriod(t[lo+1 : hi]) // (“十四五”: a plan period, read as one)
}

// countedPlacesBefore reports a count of places (三省, 两市) before a head at
// pos, with at most generic words between, after a place: the places listed before are counted, and the
// head is a kind of thing they have, no name.
func (d *recognizer) countedPlacesBefore(pos int) bool {
	t := d.text
	for k := 0; k < 3 && pos > 4; k++ {
		n := d.x.generic.endingAt(t, 0, pos)
		if n == 0 || n == 1 {
			break
		}
		pos -= n // 开封两市|城市|轨道交通: generic words between the count and the head
	}
	if pos < 4 {
		return false
	}
	switch t[pos-2] { // (in place, not inSet)
	case '两', '二', '三', '四', '五', '六', '七', '八', '九':
	default:
		return false
	}
	switch t[pos-1] {
	case '省', '市', '县', '区', '地':
	default:
		return false
	}
	g := d.gazEndingAt(pos - 2)
	return g != nil && g.kind == mRegion
}

// wholeQuoted reports a name written whole in quotation marks:
// “知音湖北·全球合作伙伴计划”.
func (d *recognizer) wholeQuoted(start, end int) bool {
	return start > 0 && d.text[start-1] == '“' && end < len(d.text) && d.text[end] == '”'
}

// docVerbBefore reports a name that is the object of a verb that issues or
// carries out documents (制定, 出台, 印发: 出台实施都市圈同城化发展行动方案).
func (d *recognizer) docVerbBefore(start int) bool {
	before := strings.TrimRight(d.sub(max(0, start-6), start), "好了") // 落实好, 编制了
	for _, c := range d.x.lex.docVerbComplements {
		before = strings.TrimSuffix(before, c) // 编制完成
	}
	for _, v := range d.x.lex.docVerbs {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// planningWorkAt reports a word of work right after a plan's head, with
// which the head is an activity ([planning-works]: 规划|建设, 规划|研究).
func (d *recognizer) planningWorkAt(pos int) bool {
	return anyWordAt(d.text, pos, d.x.lex.planningWorks)
}

// nationalStrategyEndingAt reports the name of one of the state's
// strategies ending at end ([national-strategies]).
func (d *recognizer) nationalStrategyEndingAt(end int) bool {
	for _, w := range d.x.lex.nationalStrategies {
		if suffixLen(d.text, end, w) > 0 {
			return true
		}
	}
	return false
}

// issuedAfter reports a verb of issue or approval right after a name, or
// after 正式 or 已 (…开发规划正式获批, …方案印发实施): the name is a
// document's title, the subject of its issue.
func (d *recognizer) issuedAfter(end int) bool {
	after := d.sub(end, min(len(d.text), end+8)) // (正式|获国务院批复: 8 characters at most)
	after = strings.TrimPrefix(strings.TrimPrefix(after, "正式"), "已")
	for _, v := range d.x.lex.issueVerbs {
		if strings.HasPrefix(after, v) {
			return true
		}
	}
	return false
}

// hasPeriod reports a five-year plan period in a name: 十四五, 十五五, and
// the earlier ones older plans still name (十二五, 十三五).
func hasPeriod(mod []rune) bool {
	// 五五, 四五, 十一五 … 十三五, or 五年, over the characters
	for k := 0; k+1 < len(mod); k++ {
		if a, b := mod[k], mod[k+1]; (a == '五' || a == '四') && b == '五' || a == '五' && b == '年' ||
			b == '五' && k > 0 && mod[k-1] == '十' && periodOrdinal(a) {
			return true
		}
	}
	return false
}

// periodLen returns the length of a five-year period that opens t, quoted
// or not (“十四五”, 十三五), or 0.
func periodLen(t []rune) int {
	q := 0
	if len(t) > 0 && t[0] == '“' {
		q = 1
	}
	if len(t) < q+3 || t[q] != '十' || !periodOrdinal(t[q+1]) || t[q+2] != '五' {
		return 0
	}
	if q == 1 {
		if len(t) < 5 || t[4] != '”' {
			return 0
		}
		return 5
	}
	return 3
}

// periodOrdinal reports the ordinal of a five-year period after 十 (十一五 …
// 十六五).
func periodOrdinal(r rune) bool { return inSet("一二三四五六", r) }

// onlyProvinces reports a modifier whose places are all provinces.
func (d *recognizer) onlyProvinces(start, end int) bool {
	for i := start; i < end; i++ {
		if g := d.gazAt(i); g != nil && g.kind != mPronoun {
			for _, e := range g.refs {
				if e.typ != kg.Province || e.region == nil || isMunicipality(e.region) {
					return false // 重庆站: a municipality is a town too
				}
			}
		}
	}
	return true
}

// onlyGroups reports a modifier whose places are all region groups.
func (d *recognizer) onlyGroups(start, end int) bool {
	for i := start; i < end; i++ {
		if g := d.gazAt(i); g != nil && g.kind != mPronoun && g.kind != mGroup {
			return false
		}
	}
	return true
}

// withoutPlaces returns the modifier's characters outside place names.
func (d *recognizer) withoutPlaces(start, end int) []rune {
	var out []rune
	for i := start; i < end; i++ {
		if d.noGazAt(i) {
			// in no span: kept (most characters; gazAt would be nil)
		} else if g := d.gazAt(i); g != nil && g.kind != mPronoun {
			continue
		}
		out = append(out, d.text[i])
	}
	return out
}

// withoutJoiners drops the brackets and dashes of rs, in place: 吉安(深圳)
// 工业园, a bracketed place, is still a place; 浏阳-上栗共建区: so are
// places joined. (The characters compared in place, where a string of rs
// went through strings.Map and back.)
func withoutJoiners(rs []rune) []rune {
	out := rs[:0]
	for _, r := range rs {
		switch r {
		case '(', ')', '（', '）', '-', '—', '－':
			continue
		}
		out = append(out, r)
	}
	return out
}

// onlyWords reports text made only of words of set (and digits, quotes).
func (d *recognizer) onlyWords(t []rune, set wordSet) bool {
	i := 0
	for i < len(t) {
		if n := set.startingAt(t, i, len(t)); n > 0 {
			i += n
			continue
		}
		switch c := t[i]; { // (compared in place: inSet per character)
		case isDigit(c), c == '“', c == '”', c == '"', c == '\'', c == '(', c == ')', c == '（', c == '）', c == '—', c == '-', c == '·', c == '、':
			i++
			continue
		}
		return false
	}
	return true
}

// namedPlan reports a plan name that is a proper name: issued by the state
// (国家, 全国, 中国, 中央) or named as the object of 纳入/列入/衔接; a list
// (list true) is not made one by a verb of docking alone.
func (d *recognizer) namedPlan(start, headStart int, list bool) bool {
	m := d.sub(start, headStart) // the modifier, a piece of the text's string: no conversion
	for strings.HasPrefix(m, "“") {
		m = m[len("“"):] // (strings.TrimLeft searched its cutset, not ASCII, per character)
	}
	for _, p := range d.x.lex.planBatches {
		m = strings.TrimPrefix(m, p)
	}
	for _, p := range d.x.lex.planIssuers {
		if strings.HasPrefix(m, p) || (len(m) > len(p)+3 && strings.HasSuffix(m, p) && (p == "国家" || p == "全国" || p == "省级")) {
			return true // 国家碳达峰试点, 补充耕地质量验收全国试点
		}
	}
	before := d.sub(max(0, start-2), start)
	for _, v := range d.x.lex.planObjectVerbs {
		if strings.HasSuffix(before, v) {
			// (机制对接|事项清单: what is docked with is a plan, a list
			// of matters is none by that)
			return !list || !d.dockingWord(v)
		}
	}
	return d.describedAfterListVerb(start)
}

// dockingWord reports a DOCKS_WITH trigger (对接, 衔接).
func (d *recognizer) dockingWord(w string) bool {
	return slices.ContainsFunc(d.x.trigDefs, func(t triggerDef) bool { return t.typ == kg.DocksWith && t.word == w })
}

// describedAfterListVerb reports a short description closed by 的 right
// before start, after a verb of inclusion (获批|省域全覆盖的|要素市场化配置综合
// 改革试点): the designation is still the verb's object.
func (d *recognizer) describedAfterListVerb(start int) bool {
	if start < 2 || d.text[start-1] != '的' {
		return false
	}
	for a := start - 2; a >= 0 && start-a <= 10 && isNameChar(d.text[a]); a-- {
		if d.listVerbBefore(a) {
			return true
		}
	}
	return false
}

// isGeneric reports a modifier made only of generic words and function
// characters.
func (d *recognizer) isGeneric(mod []rune) bool { return d.onlyWords(mod, d.x.generic) }

// namedEntity returns the entity for a recognised name, merging variants
// of a park's suffix (萍乡经济技术开发区 = 萍乡经开区) and a group's (昌九城市圈 = 昌九).
func (d *recognizer) namedEntity(typ kg.EntityType, surface string, start, headStart int) *entity {
	name := fullWidthBrackets(cleanName(surface))
	if typ == kg.Road || typ == kg.Railway || typ == kg.Project {
		name = dropBorderNote(name) // 兴国至遂川至桂东(赣湘界)高速公路: the border is a note, not the name
	}
	if typ == kg.RegionGroup {
		// X城市群 where X is a known group is that group.
		if g := d.gazAt(start); g != nil && g.kind == mGroup && g.start == start && g.end == headStart {
			e := g.refs[0]
			e.keepAlias(name)
			return e
		}
		// 双城经济圈 after 成渝地区双城经济圈: the tail of a group the document
		// names, without its places, is a short reference to it
		if e := d.groupEndingWith(name); e != nil {
			e.keepAlias(name)
			return e
		}
	}
	canon := name
	for _, p := range d.x.lex.zoneHeadForms {
		form, to, _ := strings.Cut(p, "=")
		if strings.HasSuffix(canon, form) {
			canon = strings.TrimSuffix(canon, form) + to
		}
	}
	if typ == kg.Institution {
		for _, f := range d.x.lex.institutionForms {
			if short, full, _ := strings.Cut(f, "="); canon == short {
				canon = full // 中国社科院 = 中国社会科学院
			}
		}
	}
	if rest, ok := strings.CutPrefix(canon, "国家"); ok && typ == kg.Plan && slices.Contains(d.x.lex.nationalStrategies, rest) {
		canon = rest // 国家乡村振兴战略 is the state's 乡村振兴战略, one strategy
	}
	// 赣湘开放合作试验区 = 湘赣开放合作试验区: a zone's parties in either
	// order are one zone; the id sorts them, the name is the first written
	key := canon
	if typ == kg.Park || typ == kg.Hub {
		// 中山市翠亨新区 = 中山翠亨新区: a zone opened by a city's or county's
		// full name is the zone opened by its short name
		if g := d.gazAt(start); g != nil && g.kind == mRegion && g.start == start && len(g.refs) == 1 && g.refs[0].region != nil {
			if r := g.refs[0].region; r.Short != "" && r.Level != gazetteer.Province && strings.HasPrefix(key, r.Name) && utf8.RuneCountInString(key)-utf8.RuneCountInString(r.Name) >= 3 {
				key = r.Short + strings.TrimPrefix(key, r.Name)
			}
		}
	}
	if typ == kg.Park {
		key = d.partyOrder(key)
	}
	if typ == kg.Plan {
		key = shortPeriod(key) // 国民经济和社会发展“十五五”规划 = …第十五个五年规划: one plan
	}
	full := false // the name writes an airport's 国际
	if (typ == kg.Hub || typ == kg.Project) && strings.Contains(key, "国际机场") {
		// 扬州泰州国际机场 = 扬州泰州机场: an airport named with or without
		// its 国际 is one, named by its full name once the text writes it
		key, full = strings.Replace(key, "国际机场", "机场", 1), true
	}
	key = routeKey(typ, key)
	e := d.namedEntityFor(typ, key, canon)
	if full && !strings.Contains(e.name, "国际机场") {
		e.addAlias(e.name)
		e.name = strings.Clone(canon)
		e.aliases = slices.DeleteFunc(e.aliases, func(a string) bool { return a == canon })
	}
	if canon != e.name {
		e.keepAlias(canon)
	}
	if name != e.name {
		e.keepAlias(name)
	}
	if surface != name {
		e.keepAlias(surface)
	}
	return e
}

// namedEntityFor is entityFor(kg.EntityID(typ, key), typ, name) with the
// id looked up in a byte buffer and made, and the name copied, only for a
// new entity: the names read are pieces of the document's text
// (surfaceView), and most of a document's names are of an entity it has
// named before.
func (d *docView) namedEntityFor(typ kg.EntityType, key, name string) *entity {
	var buf [96]byte
	b := append(append(buf[:0], typ...), ':')
	if b[0] >= 'A' && b[0] <= 'Z' {
		b[0] += 'a' - 'A' // (as kg.EntityID)
	}
	b = append(b, key...)
	if e, ok := d.ents[string(b)]; ok {
		return e
	}
	if e, ok := d.made[string(b)]; ok {
		return e
	}
	if len(d.slab) == cap(d.slab) {
		d.slab = make([]entity, 0, entitySlab)
	}
	d.slab = append(d.slab, entity{id: string(b), typ: typ, name: strings.Clone(name)})
	e := &d.slab[len(d.slab)-1]
	d.made[e.id] = e
	return e
}

// shortPeriod writes a five-year plan's ordinal as plans abbreviate it
// (第十五个五年 as 十五五, 第九个五年 as 九五), so that a plan written either
// way has one id.
func shortPeriod(s string) string {
	i := strings.Index(s, "第")
	if i < 0 {
		return s
	}
	j := strings.Index(s[i:], "个五年")
	if j < 0 {
		return s
	}
	n := s[i+len("第") : i+j]
	if n == "" || strings.IndexFunc(n, func(r rune) bool { return !isChineseNumeral(r) }) >= 0 {
		return s
	}
	return s[:i] + n + "五" + shortPeriod(s[i+j+len("个五年"):])
}

// groupEndingWith returns the one group the document names (by the
// gazetteer) whose name ends with name and is longer, or nil: name must
// open with no place of its own.
func (d *recognizer) groupEndingWith(name string) *entity {
	if utf8.RuneCountInString(name) < 4 {
		return nil
	}
	if d.groupsOf != len(d.gazSpans) {
		d.groups, d.groupsOf = d.groups[:0], len(d.gazSpans)
		for _, m := range d.gazSpans {
			if m.kind == mGroup && len(m.refs) == 1 && !slices.Contains(d.groups, m.refs[0]) {
				d.groups = append(d.groups, m.refs[0])
			}
		}
	}
	var found *entity
	for _, e := range d.groups {
		if len(e.name) > len(name) && strings.HasSuffix(e.name, name) {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

// partyOrder returns a zone name with the province abbreviations that open
// it sorted (湘赣… and 赣湘… give one key), or the name unchanged.
func (d *recognizer) partyOrder(name string) string {
	// only the first four characters are read: decoded one at a time, not
	// the whole name converted (name is valid UTF-8, text of the document)
	var run [4]rune
	n, i := 0, 0 // characters of the run and their bytes
	for n < len(run) && i < len(name) {
		r, size := utf8.DecodeRuneInString(name[i:])
		if _, ok := d.x.abbrevs.lookup(r); !ok {
			break
		}
		run[n] = r
		n, i = n+1, i+size
	}
	if n < 2 {
		return name
	}
	slices.Sort(run[:n])
	return string(run[:n]) + name[i:]
}

// dropBorderNote removes a parenthesised border note (（赣湘界）, (湘赣界))
// from inside a route's name; a note at the end (…段（安徽段）) stays.
func dropBorderNote(s string) string {
	if strings.IndexByte(s, '(') < 0 && !strings.Contains(s, "（") {
		return s // no bracket (most names): no note
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '(' && rs[i] != '（' {
			continue
		}
		j := i + 1
		for j < len(rs) && j-i <= 6 && rs[j] != ')' && rs[j] != '）' {
			j++
		}
		if j < len(rs)-1 && j-i <= 6 && (rs[j] == ')' || rs[j] == '）') && rs[j-1] == '界' {
			return string(append(rs[:i:i], rs[j+1:]...))
		}
	}
	return s
}

// fullWidthBrackets writes a name's ASCII brackets as the full-width ones
// of Chinese text: 广州番禺(五华)产业转移园 and 广州番禺（五华）产业转移园
// are one park, typed either way.
func fullWidthBrackets(s string) string {
	if strings.IndexByte(s, '(') < 0 && strings.IndexByte(s, ')') < 0 {
		return s // (most names)
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '(':
			return '（'
		case ')':
			return '）'
		}
		return r
	}, s)
}

// cleanName removes quotation marks, book-title marks and spaces.
func cleanName(s string) string {
	if !mayHoldMarks(s) {
		return s // (most names) what strings.Map returns when it removes nothing
	}
	return strings.Map(removeMark, s)
}

// removeMark maps the marks cleanName removes to -1 (strings.Map).
func removeMark(r rune) rune {
	switch r {
	case '“', '”', '"', '‘', '’', '\'', '《', '》', ' ', '「', '」':
		return -1
	}
	return r
}

// concatHasSuffix is strings.HasSuffix(a+b, suffix) without building a+b.
func concatHasSuffix(a, b, suffix string) bool {
	if len(b) >= len(suffix) {
		return strings.HasSuffix(b, suffix)
	}
	k := len(suffix) - len(b)
	return b == suffix[k:] && strings.HasSuffix(a, suffix[:k])
}

// mayHoldMarks reports bytes of s that begin a character cleanName
// removes: the ASCII quotes and space, or a lead byte E2 or E3 (“”‘’ are
// U+2018–U+201D, 《》「」 U+300A–U+300D; Chinese characters lead with
// E4–E9). False says s holds none of them.
func mayHoldMarks(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\'', ' ', 0xE2, 0xE3:
			return true
		}
	}
	return false
}

// regionParts finds the part of a province, city or group written by its
// side (宁夏南部, 成渝中部): an area of its own, a RegionGroup; not a gulf
// (广西北部湾), a share (云南部分) or an office (…部门).
func (d *recognizer) regionParts(named []*mention) []*mention {
	t := d.text
	var out []*mention
	var namedIdx spanIndex // built at the first part: most documents have few
	built := false
	for _, g := range d.gazSpans {
		e := g.end
		if e+1 >= len(t) || t[e+1] != '部' || !inSet("东南西北中", t[e]) || (e+2 < len(t) && inSet("湾分门署委队落长", t[e+2])) {
			continue
		}
		if g.kind != mGroup && g.kind != mAbbrev && (g.kind != mRegion || len(g.refs) != 1 || g.refs[0].typ == kg.County || g.refs[0].typ == kg.City) {
			continue // a city's or county's side is no area plans name (清远北部: the north of the city, described)
		}
		if g.kind == mGroup && inSet("圈群带", t[e-1]) {
			continue // 重庆都市圈北部副中心, 山西中部城市群东部: a metropolitan area's side is where a centre lies, no area of its own
		}
		if after := d.sub(e+2, min(len(t), e+6)); slices.ContainsFunc(d.x.lex.centreWords, func(w string) bool { return strings.HasPrefix(after, w) }) {
			continue // 合肥南部|副中心城市, 宜宾南部|区域中心城市: the side where a centre lies, no area of its own
		}
		if e+5 <= len(t) && inSet("和与及、", t[e+2]) && inSet("东南西北中", t[e+3]) && t[e+4] == '部' {
			continue // 黑龙江东部和北部: the sides of the place described, no area named
		}
		if g.start > 0 && isNameChar(t[g.start-1]) && d.x.stops.endingAt(t, 0, g.start) == 0 && d.gazEndingAt(g.start) == nil {
			continue // the place is inside a longer word
		}
		if !built {
			namedIdx, built = newSpanIndex(named, nil), true
		}
		if namedIdx.overlaps(g.start, e+2) {
			continue
		}
		ent := d.namedEntity(kg.RegionGroup, d.sub(g.start, e+2), g.start, e+2)
		out = append(out, d.oneRef(mention{start: g.start, end: e + 2, kind: mNamed, headStart: e}, ent))
	}
	return out
}

// ringRoads finds a city's ring roads, named by their order out from the
// centre with or without a side (四环路, 东六环, 西北四环): roads, though no
// head or place names them. A ring in a layout (“九纵五横四环”) or a word
// that goes on after 环 (五|环境, 七环网, 六环高线公园) is none; a ring that
// opens the name of works on it (东六环入地改造工程) is returned in inner too.
func (d *recognizer) ringRoads(named []*mention) (out, inner []*mention) {
	t := d.text
	var namedIdx spanIndex // built at the first ring: most documents have none
	var opens map[int]bool // where a name starts
	for _, k := range d.marks.of('环') {
		if k < 1 || !inSet("二三四五六七", t[k-1]) {
			continue
		}
		s := k - 1
		for s > 0 && k-1-s < 2 && inSet("东西南北", t[s-1]) {
			s--
		}
		if s > 0 && (isChineseNumeral(t[s-1]) || isDigit(t[s-1]) || inSet("纵横第", t[s-1])) {
			continue // “九纵五横四环”: a layout of lines
		}
		e := k + 1
		if e < len(t) && t[e] == '路' {
			e++
		} else if n := d.x.headWords.startingAt(t, e, min(len(t), e+6)); n > 0 {
			if i, ok := d.x.headIndex[d.sub(e, e+n)]; ok && d.x.headDefs[i].typ == kg.Road {
				e += n // 成都五环|快速路: the ring's own head
			}
		}
		if d.cutAt(k); d.tokenAt(k).End > e || d.tokenAt(k).Start < s {
			continue // 五|环境: the word goes on
		}
		if s > 0 && isNameChar(t[s-1]) {
			// 中科|三环: a name that goes before it, a firm's (成都|东三环: a city's ring)
			d.cutAt(s - 1)
			if tag := d.tokenAt(s - 1).Tag; (strings.HasPrefix(tag, "n") || tag == "j") && d.gazEndingAt(s) == nil {
				continue
			}
		}
		if e < len(t) && isNameChar(t[e]) {
			if d.cutAt(e); d.tokenAt(e).Start < e {
				continue // a word across the ring's end
			} else if tag := d.tokenAt(e).Tag; (tag == "n" || tag == "vn" || tag == "ng") && !slices.Contains(d.x.lex.includedWorks, d.sub(e, d.tokenAt(e).End)) {
				continue // 七环|网, 六环|高线公园: a noun after it, which the ring qualifies (not 东二环|建设, its building)
			}
		}
		if opens == nil {
			namedIdx, opens = newSpanIndex(named, nil), map[int]bool{}
			for _, m := range named {
				opens[m.start] = true
			}
		}
		if g := d.gazEndingAt(s); g != nil && g.kind == mRegion && g.refs[0].typ == kg.City && !opens[s] {
			s = g.start // 太原|东二环: a city's ring, named with the city (two cities' rings are two roads)
		}
		within := namedIdx.overlaps(s, e)
		if within && !opens[s] {
			continue
		}
		ent := d.namedEntity(kg.Road, d.sub(s, e), s, e)
		m := d.oneRef(mention{start: s, end: e, kind: mNamed, headStart: e}, ent)
		out = append(out, m)
		if within {
			inner = append(inner, m)
		}
	}
	return out, inner
}

// linkedExpressways returns the national expressway written in full as the
// far end of a link line's name (京新至|京藏高速|联络线: 京藏高速, a road of its
// own; 京新, written short, is left): a link line joins two roads, and the
// one the name spells out is mentioned.
func (d *recognizer) linkedExpressways(named []*mention) []*mention {
	var out []*mention
	for _, m := range named {
		if len(m.refs) != 1 || m.refs[0].typ != kg.Road || m.headStart <= m.start || m.headStart+2 > m.end ||
			!runesAt(d.text, m.headStart, "高速") || !(runesAt(d.text, m.end-3, "联络线") || runesAt(d.text, m.end-3, "连接线")) {
			continue
		}
		k := lastIndexRune(d.text[m.start:m.headStart], '至')
		if k < 0 {
			continue
		}
		a := m.start + k + 1
		if short := d.sub(a, m.headStart); d.x.expressways[short] != nil {
			out = append(out, d.oneRef(mention{start: a, end: m.headStart + 2, kind: mNamed, headStart: m.headStart},
				d.namedEntity(kg.Road, short+"高速", a, m.headStart)))
		}
	}
	return out
}

// roadCodes finds national and provincial road numbers (G320, S310) and
// the sections written after them; inner are the numbers a section names.
func (d *recognizer) roadCodes(named []*mention) (out, inner []*mention) {
	t := d.text
	namedIdx := newSpanIndex(named, nil) // a scan of every name per code was quadratic
	// the next G and the next S at or after a character, found in the
	// text's string by strings.IndexByte instead of comparing every
	// character (an ASCII byte in UTF-8 is that character and no other's)
	next := func(c byte, from int) int {
		b := d.byteAt.at(from)
		if k := strings.IndexByte(d.str[b:], c); k >= 0 {
			return d.charOf(b + k)
		}
		return len(t)
	}
	nextG, nextS := -1, -1
	var roadAt map[int]*mention
	for i := 0; i+2 < len(t); i++ {
		if nextG < i {
			nextG = next('G', i)
		}
		if nextS < i {
			nextS = next('S', i)
		}
		if i = min(nextG, nextS); i+2 >= len(t) {
			break
		}
		if i > 0 && t[i-1] < 0x80 && (unicode.IsLetter(t[i-1]) || isDigit(t[i-1])) {
			continue
		}
		j := i + 1
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j-i-1 < 2 || j-i-1 > 4 || (j < len(t) && t[j] < 0x80 && unicode.IsLetter(t[j])) {
			continue
		}
		if j < len(t) && (t[j] == '次' || t[j] == '/' && j+1 < len(t) && t[j+1] == 'G') {
			continue // G9501次, G9501/G9502: a train's number, no road
		}
		overlaps := d.gazAt(i) != nil || namedIdx.overlaps(i, j) // G60科创走廊 is a group's name
		if overlaps {
			continue
		}
		if roadAt == nil {
			// the first name at each start that is a road's, or has no
			// entity (its refs[0] below fails as the scan of named did): a
			// scan of named for each code was quadratic
			roadAt = map[int]*mention{}
			for _, m := range named {
				if _, ok := roadAt[m.start]; !ok && (len(m.refs) == 0 || m.refs[0].typ == kg.Road) {
					roadAt[m.start] = m
				}
			}
		}
		if m, ok := roadAt[j]; ok && m.refs[0].typ == kg.Road {
			continue // G60沪昆高速: the code of the road named after it, one road
		}
		end := j
		if t[i] == 'G' || t[i] == 'S' {
			end = d.variantExpressway(j, d.sectionEnd(j))
		}
		name := string(t[i:j])
		e := d.entityFor(kg.EntityID(kg.Road, routeKey(kg.Road, name)), kg.Road, name)
		if end == j {
			if k := codeSectionEnd(t, j); k > j {
				// G314线喀什至塔什库尔干: a section of the road, which it names too
				cm := d.oneRef(mention{start: i, end: j, kind: mNamed, headStart: i}, e)
				out, inner = append(out, cm), append(inner, cm)
				end = k
			}
		}
		if end > j && (t[end-1] == '段' || runesAt(t, end-3, "连接线")) && !slices.ContainsFunc(inner, func(m *mention) bool { return m.start == i && m.end == j }) {
			// G335马连渠至冀蒙界段, G350城区连接线: the section or link names the whole road too
			cm := d.oneRef(mention{start: i, end: j, kind: mNamed, headStart: i}, e)
			out, inner = append(out, cm), append(inner, cm)
		}
		if end > j {
			e = d.entityFor(kg.EntityID(kg.Road, routeKey(kg.Road, string(t[i:end]))), kg.Road, string(t[i:end]))
		}
		rm := d.oneRef(mention{start: i, end: end, kind: mNamed, headStart: i}, e)
		if pm := d.roadWorks(rm); pm != nil {
			out, inner = append(out, pm), append(inner, rm) // G219改扩建: works on the road, a project that names it
		}
		out = append(out, rm)
		i = end - 1
	}
	// 国道109, 331国道, 省道246: the number written with its class in words
	after := 0 // where the last such road ends: none is read inside it
	for _, i := range d.marks.of('道') {
		if i < after || i == 0 || (t[i-1] != '国' && t[i-1] != '省') {
			continue
		}
		a, b := i-1, i+1
		if k := roadWordCode(t, a, b); k > b && isDigit(t[b]) {
			b = d.variantExpressway(k, d.sectionEnd(k))
		} else {
			for a > 0 && isDigit(t[a-1]) {
				a--
			}
			if n := i - 1 - a; n < 2 || n > 4 || (a > 0 && t[a-1] < 0x80 && (unicode.IsLetter(t[a-1]) || isDigit(t[a-1]))) {
				continue
			}
		}
		if d.gazAt(a) != nil || namedIdx.overlaps(a, b) {
			continue
		}
		name := string(t[a:b])
		rm := d.oneRef(mention{start: a, end: b, kind: mNamed, headStart: a}, d.entityFor(kg.EntityID(kg.Road, routeKey(kg.Road, name)), kg.Road, name))
		if pm := d.roadWorks(rm); pm != nil {
			out, inner = append(out, pm), append(inner, rm) // 国道341改建工程: works on the road, a project that names it
		}
		out = append(out, rm)
		after = b
		if t[a] == '国' || t[a] == '省' {
			// 国道108、208、307: the numbers listed after the first take its class
			class := string(t[a : i+1])
			if t[i+1] == 'G' || t[i+1] == 'S' {
				class += string(t[i+1])
			}
			for k := b; k+3 < len(t) && t[k] == '、'; {
				e := k + 1
				for e < len(t) && isDigit(t[e]) {
					e++
				}
				if n := e - k - 1; n < 2 || n > 4 || (e < len(t) && (!roadNumberEnd(t[e]) || isDigit(t[e]))) {
					break
				}
				name := class + string(t[k+1:e])
				out = append(out, d.oneRef(mention{start: k + 1, end: e, kind: mNamed, headStart: k + 1}, d.entityFor(kg.EntityID(kg.Road, routeKey(kg.Road, name)), kg.Road, name)))
				k, after = e, e
			}
		}
	}
	return out, inner
}

// roadWorks returns the project of works written right after a road's
// number (G219改扩建, 国道341改建工程: [phase-words], [works-words]), or nil.
func (d *recognizer) roadWorks(rm *mention) *mention {
	pe := d.phaseEnd(rm.end, kg.Road)
	if pe <= rm.end {
		return nil
	}
	pm := d.oneRef(mention{start: rm.start, end: pe, kind: mNamed, headStart: rm.end}, d.namedEntity(kg.Project, d.sub(rm.start, pe), rm.start, rm.end))
	return pm
}

// variantExpressway returns where the name of a road's number ends when a
// line variant after it (read up to end) is an expressway (G109新线|高速,
// 国道109新线|高速公路): after that word; else end.
func (d *recognizer) variantExpressway(num, end int) int {
	t := d.text
	if end == num || !slices.ContainsFunc(d.x.lex.lineVariants, func(v string) bool { return suffixLen(t, end, v) > 0 }) {
		return end
	}
	for _, w := range []string{"高速公路", "高速"} {
		if runesAt(t, end, w) {
			return end + utf8.RuneCountInString(w)
		}
	}
	return end
}

// roadWordCode returns where a road number written after its class ends
// (国道109, 省道S246, 国道G335: the class's word spans [a, b)), or b when no
// number follows; a number with its letter is read by roadCodes itself.
func roadWordCode(t []rune, a, b int) int {
	if b-a != 2 || b >= len(t) || (t[a] != '国' && t[a] != '省') || t[a+1] != '道' {
		return b
	}
	j := b
	if t[j] == 'G' || t[j] == 'S' {
		j++
	}
	k := j
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	if n := k - j; n < 2 || n > 4 || (k < len(t) && !roadNumberEnd(t[k]) && !(t[k] == '公' && !runesAt(t, k, "公里"))) {
		return b // (国道、省道300公里: a length; not 国道220|公交…)
	}
	return k
}

// roadNumberEnd reports a character that may follow a road's number: its
// 线, a variant or section (新线, 复线, …段), or no word at all.
func roadNumberEnd(r rune) bool {
	return !inSet("公千米万亿多余年个条座处项.%", r) && !(r < 0x80 && unicode.IsLetter(r))
}

// roadCodeEndingAt returns the length of a road number (G60, S223) ending
// at end, or 0.
func roadCodeEndingAt(t []rune, end int) int {
	j := end
	for j > 0 && t[j-1] >= '0' && t[j-1] <= '9' {
		j--
	}
	if n := end - j; n < 2 || n > 4 || j == 0 || (t[j-1] != 'G' && t[j-1] != 'S') {
		return 0
	}
	if j >= 2 && t[j-2] < 0x80 && (unicode.IsLetter(t[j-2]) || isDigit(t[j-2])) {
		return 0
	}
	return end - j + 1
}

// codeSectionEnd returns where a section written after a road number and 线
// ends (G679线乌拉斯台至奇台, G219线禾木（吉克普林）至喀纳斯), or j when none is:
// places joined by 至 up to the next list mark or clause end.
func codeSectionEnd(t []rune, j int) int {
	if j >= len(t) || t[j] != '线' {
		return j
	}
	k, to := j+1, -1
	for k < len(t) && k-j <= 24 && (isNameChar(t[k]) || t[k] == '（' || t[k] == '）') && t[k] != '等' {
		if t[k] == '至' {
			to = k
		}
		k++
	}
	if to <= j+2 || to >= k-1 {
		return j
	}
	return k
}

// sharedHead reads a list of routes sharing one head after 等 or ……:
// 宁都至龙川、修水至平江等高速公路 gives 宁都至龙川高速公路 and
// 修水至平江高速公路. Each item must join places with 至, 经 or 到.
func (d *recognizer) sharedHead(h hit, end int, typ kg.EntityType) []*mention {
	if typ != kg.Railway && typ != kg.Road {
		return nil
	}
	t := d.text
	p := h.start
	for p > 0 && inSet("等…", t[p-1]) {
		p--
	}
	if p == h.start {
		return nil
	}
	headWord := string(t[h.start:end])
	var out []*mention
	for p > 0 {
		segEnd := p
		places := 0
		for p > 0 {
			// an optional parenthetical after a place: 桂东(赣湘界)
			if t[p-1] == ')' || t[p-1] == '）' {
				j := p - 2
				for j >= 0 && j > p-12 && t[j] != '(' && t[j] != '（' {
					j--
				}
				if j < 0 || j <= p-12 {
					return out
				}
				p = j
			}
			g := d.gazEndingAt(p)
			if g == nil || g.kind != mRegion {
				break
			}
			places++
			p = g.start
			if p > 0 && inSet("至经到", t[p-1]) {
				p--
				continue
			}
			break
		}
		if places < 2 {
			return out
		}
		var name strings.Builder
		depth := 0
		for _, r := range t[p:segEnd] {
			switch {
			case r == '(' || r == '（':
				depth++
			case r == ')' || r == '）':
				depth--
			case depth == 0:
				name.WriteRune(r)
			}
		}
		e := d.entityFor(kg.EntityID(typ, routeKey(typ, name.String()+headWord)), typ, name.String()+headWord)
		out = append(out, d.oneRef(mention{start: p, end: segEnd, kind: mNamed, headStart: segEnd}, e))
		if p == 0 || t[p-1] != '、' {
			break
		}
		p--
	}
	return out
}

// placeList reads places listed before a named place-headed entity:
// in 广东、福建自由贸易试验区 the name 福建自由贸易试验区 was read; this adds
// 广东自由贸易试验区.
func (d *recognizer) placeList(start, headStart, end int, typ kg.EntityType) []*mention {
	t := d.text
	head := string(t[headStart:end])
	var out []*mention
	p := start
	for p > 0 && t[p-1] == '、' {
		g := d.gazEndingAt(p - 1)
		if g == nil || g.kind != mRegion {
			if n := d.endsBefore(p-1, typ); n > 0 {
				// 合六、合淮、合滁产业走廊: routes and corridors named by their ends
				e := d.namedEntity(typ, d.sub(p-1-n, p-1)+head, p-1-n, p-1)
				out = append(out, d.oneRef(mention{start: p - 1 - n, end: p - 1, kind: mNamed, headStart: p - 1}, e))
				p = p - 1 - n
				continue
			}
			if n := d.shortProperBefore(p-1, typ); n > 0 {
				// 金凤、嘉陵江、明月湖实验室: short proper names share the head
				e := d.namedEntity(typ, d.sub(p-1-n, p-1)+head, p-1-n, p-1)
				out = append(out, d.oneRef(mention{start: p - 1 - n, end: p - 1, kind: mNamed, headStart: p - 1}, e))
				p = p - 1 - n
				continue
			}
			break
		}
		if (typ == kg.Park || typ == kg.Hub) && inSet("省市区县州旗盟", t[g.end-1]) && g.end-g.start > 2 {
			break // 长沙县、长沙经开区: a region written in full is listed beside the zone, it has none of that name
		}
		e := d.namedEntity(typ, d.sub(g.start, g.end)+head, g.start, g.end)
		out = append(out, d.oneRef(mention{start: g.start, end: g.end, kind: mNamed, headStart: g.end}, e))
		p = g.start
	}
	if len(out) > 0 && p > 0 && t[p-1] == '经' && (typ == kg.Park || typ == kg.Hub) {
		return nil // 经上栗、湘东、安源、萍乡经开区后…: the places a line passes through, the last one's zone named alone
	}
	return out
}

// placeRunItems reads works listed by their places before start, the
// name's, whose modifier holds the last two items joined by 和 or 及 and
// then the kind of works the head closes (益阳安化、岳阳汨罗、株洲炎陵和
// 攸县|抽水蓄能项目): one works per run of places, each with that kind and
// head. Nil unless every item is places only and one item at least stands
// before start after a list mark.
func (d *recognizer) placeRunItems(start, headStart, end int, typ kg.EntityType) []*mention {
	t := d.text
	a := d.placeRunEnd(start, headStart)
	if a == start || a+1 >= headStart || (t[a] != '和' && t[a] != '及') {
		return nil
	}
	b := d.placeRunEnd(a+1, headStart)
	if b == a+1 || d.anySpanIn(b, headStart) {
		return nil // (a place after the last item's: no kind shared)
	}
	rest := string(t[b:end])
	type item struct{ start, end int }
	items := []item{{a + 1, b}, {start, a}}
	for p := start; p > 0 && t[p-1] == '、'; {
		q := d.placeRunStart(p - 1)
		if q == p-1 {
			return nil // an item that is not places only: no list of places
		}
		items = append(items, item{q, p - 1})
		p = q
	}
	out := make([]*mention, 0, len(items))
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		e := d.namedEntity(typ, d.sub(it.start, it.end)+rest, it.start, it.end)
		out = append(out, d.oneRef(mention{start: it.start, end: it.end, kind: mNamed, headStart: it.end}, e))
	}
	return out
}

// placeRunEnd returns where the places written one after another from
// from end (株洲炎陵), before lim; from when none starts there.
func (d *recognizer) placeRunEnd(from, lim int) int {
	i := from
	for i < lim {
		g := d.gazAt(i)
		if g == nil || g.kind != mRegion || g.start != i || g.end > lim {
			break
		}
		i = g.end
	}
	return i
}

// placeRunStart returns where the places written one after another up to
// end start; end when none ends there.
func (d *recognizer) placeRunStart(end int) int {
	i := end
	for i > 0 {
		g := d.gazEndingAt(i)
		if g == nil || g.kind != mRegion {
			break
		}
		i = g.start
	}
	return i
}

// joinsPlaces reports a modifier naming two places joined by 至 or a dash.
func joinsPlaces(mod []rune) bool {
	for i := 2; i+2 <= len(mod); i++ {
		if c := mod[i]; (c == '至' || c == '—' || c == '-') && (isHan(mod[i-1]) || mod[i-1] == '）' || mod[i-1] == ')') && i+1 < len(mod) && isHan(mod[i+1]) { // (compared in place: inSet per character; 大同（王庄堡）至阜平: a note after the first end)
			return true
		}
	}
	return false
}

// trimToPlace starts a name at its first place name when what stands
// before it is not part of a name: 创新赣州高新区 is 赣州高新区, 注册地搬迁至
// 赣州高新区 too. Scanning left stops only at known function words, so
// verbs missing from that list end up here.
func (d *recognizer) trimToPlace(start, headStart int) int {
	if start > 0 && d.text[start-1] == '“' {
		return start // “知音湖北·全球合作伙伴”计划: the quote opens the name
	}
	spanned := d.anySpanIn(start, headStart) // (most ranges hold no place)
	for i := start; spanned && i < headStart; i++ {
		g := d.gazAt(i)
		if g == nil || g.kind == mPronoun || g.end-g.start < 2 {
			continue // 入赣 in 白鹤滩水电入赣工程 is no place to start at
		}
		if g.start <= start || g.start-start > 8 {
			return start
		}
		pre := d.sub(start, g.start)
		if slices.ContainsFunc(d.x.lex.stateFirms, func(f string) bool { return strings.HasPrefix(pre, f) }) {
			return start // 国能|永州电厂: the state firm that builds it names the works
		}
		if n, class := capacityOpening(d.x.lex, d.text[start:g.start]); class && start+n == g.start {
			return start // 330千伏|果洛玉树第二回线路工程: a line's voltage opens its name
		}
		if d.countryPair(start, g.start) {
			return start // 中马|钦州产业园区: the countries that cooperate open the name
		}
		for _, p := range d.x.lex.namePrefixes {
			if strings.HasPrefix(pre, p) {
				return start
			}
		}
		if strings.ContainsAny(pre, "(（“") || (len(pre) > len("至") && strings.HasSuffix(pre, "至")) ||
			(g.start-start >= 3 && inSet("—－-", d.text[g.start-1])) {
			return start // 董家口至五莲铁路, 哈密—重庆…直流工程: a route's first end, a place or not
		}
		if d.allProper(start, g.start) || (g.start-start == 2 && d.someProper(start, g.start)) {
			return start // 北航重庆科创中心: an abbreviated owner before the place
		}
		if d.firmBefore(start, g.start) {
			return start // 天齐锂业|遂宁安居锂盐项目, 宁德时代|宜宾基地: the firm that owns the works
		}
		if r := []rune(pre); inSet("部委署", r[len(r)-1]) {
			return start // 教育部重庆高等研究院: a ministry's institution
		}
		if (g.kind == mAbbrev || g.kind == mGroup) && g.start-start <= 4 && d.zoneWordIn(g.end, headStart+2) &&
			!d.isGeneric(d.text[start:g.start]) && d.onlyNameWords(start, g.start) && d.x.stops.startingAt(d.text, start, g.start) == 0 {
			return start // 横琴|粤澳深度合作区, 南沙|粤港澳全面合作示范区: the locality of a zone its parties name
		}
		if g.kind == mAbbrev && g.start-start == 1 {
			if d.endChar(d.text[start]) {
				return start // 汉湘桂内河航运大通道: one more end of the run
			}
		}
		return g.start
	}
	return start
}

// pastAddress moves a name's start past its address: places written in
// full (湖北省武汉市新洲区) before a place in short form that opens the
// facility's own name (武汉|换流站, 陕西省府谷县|陕北换流站). A full name
// alone before the head is the name's (海南省人民医院), and so is a short
// name after it that is no place (西宁市甘河工业园区).
func (d *recognizer) pastAddress(start, headStart int) int {
	i := start
	var last *gazetteer.Region // the address's last place
	for i < headStart {
		g := d.gazAt(i)
		if g == nil || g.kind != mRegion || g.start != i || g.end >= headStart || !d.fullRegionName(g) {
			break
		}
		i, last = g.end, g.refs[0].region
	}
	if last == nil {
		return start
	}
	g := d.gazAt(i)
	if g == nil || g.start != i || g.end >= headStart || len(g.refs) == 0 || d.fullRegionName(g) {
		return start
	}
	// the short place lies in the address's province (not 玉山县|柳林…: a
	// town of 玉山 that spells a county of Shanxi)
	province := d.x.gaz.Province(last.Code)
	in := func(code string) bool {
		p := d.x.gaz.Province(code)
		return p != nil && province != nil && p.Code == province.Code
	}
	switch e := g.refs[0]; {
	case g.kind == mRegion && e.region != nil && in(e.region.Code):
		return i
	case g.kind == mGroup && e.group != nil && slices.ContainsFunc(e.group.Members, in):
		return i
	}
	return start
}

// fullRegionName reports a region's mention written as its full name
// (武汉市, not 武汉).
func (d *recognizer) fullRegionName(g *mention) bool {
	if len(g.refs) == 0 || g.refs[0].region == nil {
		return false
	}
	return d.sub(g.start, g.end) == g.refs[0].region.Name
}

// firmBefore reports a firm's name in [a, b) before the place of a works:
// nouns only, the first a proper noun or a place (天齐/nz 锂业/n, 宁德/ns
// 时代/n), no verb or verbal noun (创新|赣州高新区 is 赣州高新区).
func (d *recognizer) firmBefore(a, b int) bool {
	if b-a < 3 || b-a > 6 {
		return false
	}
	ws := d.words(a, b)
	if len(ws) < 2 {
		return false
	}
	switch ws[0].Tag {
	case "nz", "nr", "nt", "ns":
	default:
		return false
	}
	for _, w := range ws {
		if !strings.HasPrefix(w.Tag, "n") || d.x.generic.startingAt(d.text, a+w.Start, a+w.End) == w.End-w.Start {
			return false
		}
	}
	return true
}

// plural reports category nouns ending where a head ends: 中小学, 高等学校.
func plural(lex *lexicon, t []rune, headEnd int) bool {
	for _, w := range lex.pluralCategories {
		if suffixLen(t, headEnd, w) > 0 { // compared from the end: most words fail at their last character
			return true
		}
	}
	return false
}

// listHead reads a list of short names sharing one head after 等 or a
// count: 武汉东湖、襄阳、宜昌3家高新区 gives 武汉东湖高新区, 襄阳高新区 and
// 宜昌高新区; 北沿江、通苏嘉甬等高铁 gives two railways. Each item is a place
// with at most a few more characters, or, for a route, a run of endpoint
// abbreviations; two items at least.
func (d *recognizer) listHead(h hit, end int, typ kg.EntityType) []*mention {
	t := d.text
	if d.x.placeClasses.startingAt(t, end, min(len(t), end+d.x.placeClasses.maxLen)) > 0 {
		return nil // 深圳、东莞、中山等湾区|城市: the head qualifies a class of places ([place-classes]), the items are places
	}
	if typ == kg.Hub && anyWordAt(t, end, d.x.lex.roleFollowers) && d.roleHeadEndingAt(end) {
		return nil // 芜湖、镇江等都市圈枢纽|资源: the places' role as hubs ([role-followers]), no facilities
	}
	p := h.start
	// 等 must stand right before one: where none stands within reach
	// (nearly every head), the qualifiers are not compared
	if slices.Contains(t[max(0, p-1-d.x.longestKindQualifier):max(0, p-1)], '等') {
		for _, q := range d.x.kindQualifiers { // 等重点口岸: a qualifier before the head
			if n := len(q); p-n > 0 && slices.Equal(t[p-n:p], q) && t[p-n-1] == '等' {
				p -= n
				break
			}
		}
	}
	facility := d.facilityHead(h, end, typ) // items of a facility's head may share it with no 等
	// 武王墩等遗址博物馆: a noun between 等 and the head is shared with it
	shared := ""
	if p == h.start && p > 3 && t[p-3] == '等' && (d.sharedNoun(p-2, p) || d.crossingHead(p-2, end)) {
		shared = string(t[p-2 : p]) // (江阴靖江等过江|通道: the crossing's kind)
		p -= 2
	} else if p == h.start && p > 4 && t[p-4] == '等' && d.sharedNoun(p-3, p) {
		shared = string(t[p-3 : p]) // 樟树—萍乡等成品油|管道: a noun of three characters
		p -= 3
	}
	// 加西、沙久等11条国省干线|公路: a class of routes after 等 or a count
	// names none of them ([route-classes]); the items take the head alone,
	// where a designation's would be shared (京沪、京九等国家骨干|铁路)
	if (typ == kg.Railway || typ == kg.Road) && shared == "" && p == h.start {
		for _, w := range d.x.lex.routeClasses {
			if n := suffixLen(t, p, w); n > 0 && p-n > 1 && (t[p-n-1] == '等' || isListMeasure(t[p-n-1])) {
				p -= n
				break
			}
		}
	}
	// 宝鸡、延安等4个国家骨干|冷链物流基地: a designation's qualifier
	// between the count and the head is shared with the head
	if shared == "" && p == h.start {
		for k := max(1, p-maxSharedQualifier); k+2 <= p; k++ {
			if d.anchorAt(k) && (t[k-1] == '等' || isListMeasure(t[k-1])) && !d.verbOrAdverbIn(k, p) {
				shared, p = string(t[k:p]), k
				for _, w := range d.x.lex.classLevels {
					// (not 郴州、岳阳2个省级区域医疗中心: an institution's designation names the level that gives it)
					if rest, ok := strings.CutPrefix(shared, w); ok && typ != kg.Institution {
						shared = rest // 红其拉甫、卡拉苏2个|国家一类|口岸: the class counted, no part of the names
						break
					}
				}
				break
			}
		}
	}
	// 南山口、哇让、同德、德令哈4个抽水蓄能|电站: a kind between a count and
	// a facility's head is shared, when the count is the number of items
	counted := 0
	if shared == "" && p == h.start && facility {
		for k := max(2, p-maxSharedQualifier); k+2 <= p; k++ {
			if isListMeasure(t[k-1]) && (!d.verbOrAdverbIn(k, p) || d.isGeneric(t[k:p])) { // (抽水|蓄能: a kind of plant)
				if n := countEndingAt(t, k-1); n >= 2 {
					shared, p, counted = string(t[k:p]), k, n
				}
				break
			}
		}
	}
	// 乌东德、白鹤滩等|世界级|水电站: a scale between 等 and a facility's
	// head ranks the facilities, shared by none
	if shared == "" && p == h.start && facility {
		for _, w := range d.x.lex.scaleQualifiers {
			if n := suffixLen(t, p, w); n > 0 && p-n > 1 && t[p-n-1] == '等' {
				p -= n
				break
			}
		}
	}
	// 平江、安化等抽水蓄能|电站: a kind between 等 and a facility's head is
	// shared too, by places
	if shared == "" && p == h.start && facility {
		for k := max(1, p-maxSharedQualifier); k+2 <= p; k++ {
			if t[k-1] == '等' && (!d.verbOrAdverbIn(k, p) || d.isGeneric(t[k:p])) {
				if g := d.gazEndingAt(k - 1); g != nil && g.kind == mRegion {
					shared, p = string(t[k:p]), k // (the items places: not 光伏、风电等电站, kinds)
				}
				break
			}
		}
	}
	// 等, or a count (3家, 两个), between the list and the head
	listCount := 0 // a count with no 等, the number of the items (大运河、长城、西山永定河三条文化带)
	if p > 0 && t[p-1] == '等' {
		p--
	} else if p > 1 && isListMeasure(t[p-1]) {
		listCount = countEndingAt(t, p-1)
		q := p - 1
		for q > 0 && p-q < 5 && (isDigit(t[q-1]) || isChineseNumeral(t[q-1]) || t[q-1] == '两') {
			q--
		}
		if q == p-1 {
			return nil // 国家物流枢纽: 家 is no measure here
		}
		if q > 0 && t[q-1] == '等' {
			q-- // 宝鸡、延安等4个…: 等 and a count
		}
		p = q
	} else if routeKind := typ == kg.Railway || typ == kg.Road; (typ != kg.Institution && typ != kg.Park && typ != kg.Hub && !routeKind && !facility) ||
		(d.x.headDefs[h.word].weak && !routeKind) {
		return nil
	}
	// with no 等 nor count (金凤、嘉陵江、明月湖实验室) only short proper
	// names of institutions and parks share the head
	marked := p < h.start
	// 德厚、阿岗|大型|水库, 西峰至合水、西峰东绕城|一级|公路: a facility's size
	// or a road's grade after the last item is shared
	var ranks []string
	if facility {
		ranks = d.x.lex.sizeWords
	} else if typ == kg.Road {
		ranks = d.x.lex.routeGrades
	}
	for _, w := range ranks {
		if marked || shared != "" {
			break
		}
		if n := suffixLen(t, p, w); n > 0 && p-n > 2 {
			shared, p = w, p-n
		}
	}
	type item struct{ start, end int }
	var items []item
	for q := p; q > 0; {
		if n := d.phaseNoteBefore(q); n > 0 && marked && (typ == kg.Railway || typ == kg.Road) {
			q -= n // 京哈（扩建）、哈肇等高速公路: the works noted on a route are no part of its name
		}
		s := q
		// (樟树—萍乡: a dash joins the places of one item)
		for s > 0 && q-s < 8 && (isNameChar(t[s-1]) || (isDash(t[s-1]) && s > 1 && s < q && isNameChar(t[s-2]))) && !d.listMark(s-1) {
			if n := d.x.stops.endingAt(t, 0, s); n > 0 && (n > 1 || d.standsAlone(s-1)) && !(n == 1 && (s == 1 || s >= 2 && (d.listMark(s-2) || !isNameChar(t[s-2])))) &&
				!(n == 1 && d.gazEndingAt(s) != nil && d.gazEndingAt(s).kind == mRegion) {
				// (、本桓宽: a one-character stop word right after a list
				// mark or at a clause's start opens the item, as 本 opens
				// 本溪's abbreviation; one that ends a place is the
				// place's: 莲都—义乌)
				break
			}
			s--
		}
		s = d.notedRouteStart(s, q) // 大同（王庄堡）至阜平
		if s == q {
			break
		}
		if len(items) > 0 && d.x.headWords.endingAt(t, s, q) > 0 && (slices.Contains(t[s:q], '等') || isDigit(t[s]) || isChineseNumeral(t[s]) || s > 0 && t[s-1] == '等') {
			break // 延榆等5条高铁、|眉太等13条高速: a list of its own before, closed by its own class
		}
		items = append(items, item{s, q})
		if n := d.phaseWordEndingAt(s); n > 0 && marked && (typ == kg.Railway || typ == kg.Road) && s-n > 0 && d.listMark(s-n-1) {
			s -= n // 周至至乾县、改扩建|西安至永寿等高速公路: the works done open the item
		}
		if s == 0 || !d.listMark(s-1) {
			break
		}
		q = s - 1
	}
	if !marked && (typ == kg.Railway || typ == kg.Road) && len(items) >= 2 && !joinsPlaces(t[items[0].start:items[0].end]) &&
		slices.ContainsFunc(items[1:], func(it item) bool { return joinsPlaces(t[it.start:it.end]) }) &&
		(d.nameGoesOn(end) || d.featureIn(items[0].start, items[0].end)) {
		return nil // 长治至临汾、霍永高速: routes named by their ends listed before one of another shape, with no 等, take no head of it
	}
	if n := len(items); marked && n >= 3 && (items[n-1].start == 0 || !d.listMark(items[n-1].start-1)) {
		// 全线共设|济南东、历城…10个车站: the first item opens after words
		// of the clause (共设); where a place stands inside it, the item starts there
		it := items[n-1]
		for i := it.start + 1; i < it.end-1; i++ {
			if g := d.gazAt(i); g != nil && g.start == i && g.kind == mRegion && g.end <= it.end && it.end-g.end <= 3 {
				if (d.gazAt(it.start) == nil || d.gazAt(it.start).kind != mRegion) && !isDash(t[i-1]) { // (莲都—义乌: a place after a dash ends a pair)
					items[n-1].start = i
				}
				break
			}
		}
	}
	if counted > 0 && len(items) != counted {
		return nil // 南山口、哇让4个…: a count the items do not make up is of more than they name
	}
	if !marked && len(items) >= 2 && d.firmAt(items[0].start) > 0 {
		return nil // 己内酰胺、华电平江电厂: the works of a state firm share their head with no other item ([state-firms] lists are read by firmList)
	}
	if slices.ContainsFunc(items, func(it item) bool { return d.x.officeTitles.endingAt(t, it.start, it.end) > 0 }) {
		return nil // 广州市委常委、黄埔区委书记、广州开发区…: a person's offices, no items sharing a head
	}
	works := typ == kg.Project && slices.Contains(d.x.lex.programmeHeads, string(t[h.start:end])) // 项目, 工程: any works
	if marked && !slices.ContainsFunc(items, func(it item) bool {
		return !d.ownHeadOf(it.start, it.end, typ) && !(works && d.ownHeadOf(it.start, it.end, ""))
	}) {
		// 鹏城实验室、广州实验室2个国家实验室, 庐山站、峡江站2个项目: items
		// with heads of their own are names, the head after them their class
		return nil
	}
	// 武王墩等遗址博物馆: one proper name before 等 shares the head too
	oneProper := len(items) == 1 && t[p] == '等' && (((typ == kg.Institution || typ == kg.Park) &&
		(d.allProper(items[0].start, items[0].end) || d.properIn(items[0].start, items[0].end))) ||
		(d.crossingHead(p+1, end) && d.twoPlaces(items[0].start, items[0].end)) || // 江阴靖江等过江通道: a crossing named by its banks
		(typ == kg.Project && d.lineHead(h.start, end) && joinsPlaces(t[items[0].start:items[0].end]) && d.placeAt(items[0].start) && d.gazEndingAt(items[0].end) != nil) || // 樟树—萍乡等成品油管道: a line named by its ends
		((typ == kg.Railway || typ == kg.Road) && listCount > 0 && d.endsInitials(items[0].start, items[0].end, true))) // 延榆等5条高铁: one route named by its ends, the count of more
	if len(items) < 2 && !oneProper {
		return nil
	}
	head := string(t[h.start:end]) // built only for a list
	if head == "车站" && typ == kg.Hub {
		head = "站" // 济南东、历城…10个车站: each a station named by its place and 站
	}
	if it := items[0]; !marked && typ != kg.Hub && it.end-it.start >= 4 && d.sharedNoun(it.end-2, it.end) { // (长沙黄花、张家界荷花国际机场: each airport's own name)
		// 凌家滩、双墩遗址博物馆: the last item's noun before the head is shared
		shared = string(t[it.end-2 : it.end])
		items[0].end -= 2
	} else if it := items[0]; !marked && shared == "" && typ == kg.Park && it.end-it.start > 2 &&
		!slices.ContainsFunc(items[1:], func(o item) bool { return o.end-o.start != 2 || len(d.endpointChars(t[o.start:o.end])) != 2 }) &&
		len(d.endpointChars(t[it.start:it.start+2])) == 2 && len(d.endpointChars(t[it.start:it.end])) == 0 && // (not 沪苏皖: three parties)
		it.end-it.start <= 6 && d.x.stops.startingAt(t, it.start+2, it.end) == 0 {
		// 滨唐、滨沧示范产业园: zones named by two parties' initials each,
		// the words after the last pair shared by all
		shared = string(t[it.start+2 : it.end])
		items[0].end = it.start + 2
	}
	var out []*mention
	vouchedOne := false
	byPosition := 0                 // items named only by their place in a list of routes
	placeAt := func(it item) bool { // an item opening with a place
		g := d.gazAt(it.start)
		if g != nil && g.start == it.start && g.kind == mRegion && it.end-g.end <= 3 {
			return true
		}
		// 瑞丽、畹町和章凤口岸: towns of the province name hubs, as places do
		return typ == kg.Hub && !d.x.headDefs[h.word].weak && d.townAt(it.start, it.end) == it.end-it.start
	}
	if g := d.gazAt(items[0].start); !marked && g != nil && g.start == items[0].start && g.kind == mRegion && items[0].end-g.end >= 2 {
		// 深圳、汕尾|深汕特别合作区: the zone is named by the initials of the
		// places listed, which are its parties, not places sharing its head
		initials := map[rune]bool{}
		for _, it := range items {
			if p := d.gazAt(it.start); p != nil && p.start == it.start && p.kind == mRegion {
				initials[t[it.start]] = true
			}
		}
		if !slices.ContainsFunc(t[g.end:items[0].end], func(r rune) bool { return !initials[r] }) {
			return nil
		}
	}
	if last := items[len(items)-1]; !marked && typ == kg.Park && len(items) >= 2 && placeAt(items[0]) && !placeAt(last) {
		return nil // 开平、翠亨新区: with no 等 the zone's own name shares its head with no place before it
	}
	for i, it := range items {
		ok := false
		if placeAt(it) {
			if g := d.gazAt(it.start); !marked && g != nil && g.end < it.end && d.x.officeFinals.has(t[it.end-1]) {
				return nil // 深圳市国资委、哈尔滨新区: a place's office, no place sharing the zone's head
			}
			if !marked && i > 0 && !placeAt(items[0]) && typ != kg.Railway && typ != kg.Road { // (延安东绕城、洛卢高速公路: routes, by their ends)
				return nil // 九江与南昌、赣江新区: with no 等 a place shares no head with a zone's own name (南昌市 and the zone, no 南昌新区)
			}
			if g := d.gazAt(it.start); !marked && i > 0 && typ == kg.Park && g != nil && g.end == it.end && inSet("省市区县州旗", t[it.end-1]) {
				return nil // 渝中区、大渡口区、綦江区—万盛经开区: regions listed by their full names, no zones of theirs
			}
			ok = true // 襄阳, 武汉东湖
		}
		// 长城、长征、黄河国家文化公园: the state's parks, named by common words
		// (大运河、长城…文化带: the lines of the state's heritage name its belts too)
		statePark := (strings.HasPrefix(head, "国家文化公园") || typ == kg.RegionGroup) && slices.Contains(d.x.lex.culturalParks, d.sub(it.start, it.end))
		ok = ok || statePark
		if typ == kg.Park && it.end-it.start <= 4 && (d.zoneWordIn(h.start, end) || len(items) >= 3 && it.end-it.start == 2 && items[0].end-items[0].start == 2 && shared == "" && !marked) &&
			len(d.endpointChars(t[it.start:it.end])) >= 2 {
			ok = true // 苏滁、宁马、沪苏皖合作园区: the parties of each zone, a character each
		}
		for i := it.start + 1; marked && !ok && i < it.end && it.end-it.start <= 6; i++ {
			if g := d.gazAt(i); g != nil && g.start == i && g.kind == mRegion && g.end <= it.end {
				ok = true // 乌江彭水: a place after a river's or area's name
			}
		}
		if !marked && (typ == kg.Railway || typ == kg.Road) {
			// 莱临、德商、日照至五莲铁路: a bare list of routes, each named by its ends
			bounded := it.start == 0 || !isNameChar(t[it.start-1]) || d.listMark(it.start-1) || d.x.stops.endingAt(t, 0, it.start) > 0
			if !bounded || d.holdsHead(it.start, it.end) {
				return nil // 渝厦高铁重庆东至黔江段、渝湘复线高速: items with heads of their own
			}
			if (it.end-it.start <= 4 && (len(d.endpointChars(t[it.start:it.end])) >= 2 || d.endpointRun(it.start, it.end, typ))) ||
				(typ == kg.Road && d.x.expressways[d.sub(it.start, it.end)] != nil) || // 二广、包茂高速: national expressways by their short names
				joinsPlaces(t[it.start:it.end]) || d.initialsOnly(it.start, it.end) || d.bypassOf(it.start, it.end) ||
				(d.allInitials(it.start, it.end) && !onlyDirections(t[it.start:it.end])) || // (not 南北、东西…)
				(i == 0 && it.end == h.start && d.validName(it.start, h.start, end, typ, d.x.headDefs[h.word].weak)) { // (延安东绕城、洛卢高速公路: the last item a name with the head alone)
				ok = true
			} else { // (an item named by its position needs 等: 藏粤直流、… is no route)
				return nil
			}
		}
		if !marked && !ok && !d.allProper(it.start, it.end) && (i > 0 || !d.properIn(it.start, it.end)) && !facility {
			return nil // 绿色算力、数据产业集聚区: a bare list needs proper names
		}
		if !marked && !statePark && d.x.headWords.endingAt(t, it.start, it.end) > 0 {
			return nil // 大同经开区、高新区: the items are names of their own
		}
		if (typ == kg.Railway || typ == kg.Road || typ == kg.RegionGroup) && (it.end-it.start <= 4 && len(d.endpointChars(t[it.start:it.end])) >= 2 ||
			(typ != kg.RegionGroup && d.initialsOnly(it.start, it.end)) || (marked && typ != kg.RegionGroup && (d.allInitials(it.start, it.end) || d.initialsWithCounties(it.start, it.end)))) {
			ok = true // 通苏嘉甬, 津沧; 合六、合淮产业走廊
		}
		if !d.x.headDefs[h.word].weak && (typ == kg.Institution || typ == kg.Park) && it.end-it.start <= 4 &&
			!inSet("局委厅办部会府", t[it.end-1]) &&
			it.end-it.start >= 2 && !d.isGeneric(t[it.start:it.end]) && !countPhrase(t[it.start:it.end]) {
			ok = true // 金凤、嘉陵江、明月湖等实验室: short proper names
		}
		if (marked || facility) && (typ == kg.Project || typ == kg.Hub) && !d.x.headDefs[h.word].weak && it.end-it.start <= 5 &&
			head != "项目" && head != "工程" && d.x.headWords.endingAt(t, it.start, it.end) == 0 &&
			(marked && d.properIn(it.start, it.end) || d.allProper(it.start, it.end) || d.unknownName(it.start, it.end) && !d.verbIn(it.start, it.end) ||
				facility && d.properIn(it.start, it.end) && d.singleCharWords(it.start, it.end)) && !d.isGeneric(t[it.start:it.end]) {
			// 橄榄坝、尔多等水电站, 旭龙、古水等水电站, 乌东德、白鹤滩水电站:
			// proper names, or words the dictionary does not know, sharing a
			// facility's head
			ok = true
		} else if !marked && facility && !statePark {
			return nil // 抽水蓄能、光伏电站: kinds of facility
		}
		if counted > 0 && (it.end-it.start < 2 || it.end-it.start > 5) {
			return nil // 甲、乙3个…: a counted list's items are names of two to five characters
		}
		if counted > 0 && !ok && !d.isGeneric(t[it.start:it.end]) && d.oddWords(it.start, it.end) {
			ok = true // 南山口、哇|让…4个抽水蓄能电站: the count agrees, and words the dictionary reads oddly are a name
		}
		if ws := d.words(it.start, it.end); len(ws) > 1 && ws[0].Tag == "v" && ws[0].End-ws[0].Start >= 2 {
			ok = false // 设施4个、新增|陕西实验室5家: a verb opens no item
		}
		if !ok && marked && (typ == kg.Railway || typ == kg.Road) && d.endsInitials(it.start, it.end, true) {
			ok = true // 加西、沙久等…公路: two characters read as no word, the initials of a route's ends
		}
		if marked && (typ == kg.Railway || typ == kg.Road) && d.holdsHead(it.start, it.end) {
			return nil // 平漯周、郑州南站等高铁项目: a station is no route
		}
		if !ok && marked && (typ == kg.Railway || typ == kg.Road) && d.routeItemByPosition(it.start, it.end) {
			ok, byPosition = true, byPosition+1 // 北沿江、通苏嘉甬等高铁: a route the others' ends vouch for
		}
		if !ok && listCount >= 3 && listCount == len(items) && !vouchedOne && it.end-it.start >= 2 && it.end-it.start <= 6 &&
			!d.isGeneric(t[it.start:it.end]) && !d.verbIn(it.start, it.end) {
			// 大运河、长城、西山永定河三条文化带: a count no 等 leaves open
			// that the items make up; all the others name something, so one
			// item the dictionary does not read as a name is vouched for
			ok, vouchedOne = true, true
		}
		if !ok {
			return nil // every item must name something, or the list is no list of names
		}
		if typ == kg.Railway || typ == kg.Road {
			it.start = d.pastRouteLocality(it.start, it.end) // 云南|昌宁至保山、…等公路: the province an item's route runs in is no part of its name
		}
		name := string(t[it.start:it.end]) + shared + head
		e := d.namedEntity(typ, name, it.start, it.end)
		out = append(out, d.oneRef(mention{start: it.start, end: it.end, kind: mNamed, headStart: it.end}, e))
	}
	if byPosition == len(out) {
		return nil // no item named by its ends or places: kinds of route (干线、城际等铁路)
	}
	return out
}

// notedRouteStart returns where an item that starts at s with 至 starts
// when a place and a note in brackets stand before it (大同（王庄堡）至阜平:
// the route's first end, a town of it noted), or s.
func (d *recognizer) notedRouteStart(s, q int) int {
	t := d.text
	if s < 3 || s >= q || t[s] != '至' || (t[s-1] != '）' && t[s-1] != ')') {
		return s
	}
	lo := max(0, s-8)
	if o := slices.IndexFunc(t[lo:s-1], func(r rune) bool { return r == '（' || r == '(' }); o > 0 {
		if g := d.gazEndingAt(lo + o); g != nil && g.kind == mRegion {
			return g.start
		}
	}
	return s
}

// featureIn reports a feature's name in [a, b) that the segmentation
// reads as a place and the gazetteer does not hold (运宝|黄河): no initials
// of a route's ends.
func (d *recognizer) featureIn(a, b int) bool {
	for _, w := range d.words(a, b) {
		if w.Tag == "ns" && w.End-w.Start >= 2 && d.gazAt(a+w.Start) == nil && !slices.Contains(d.x.lex.bypassWords, d.sub(a+w.Start, a+w.End)) {
			return true // (西峰东|绕城: a way around a place, no feature)
		}
	}
	return false
}

// nameGoesOn reports a noun or a place read from pos that is no works word
// (项目, 工程): the name before pos goes on past its head (三门峡公铁黄河大桥|连接线,
// 霍永高速|永和至永和关段).
func (d *recognizer) nameGoesOn(pos int) bool {
	if pos >= len(d.text) || !isNameChar(d.text[pos]) || d.listMark(pos) {
		return false
	}
	d.cutAt(pos)
	tk := d.tokenAt(pos)
	if tk.Start != pos || tk.End-tk.Start < 2 || (!strings.HasPrefix(tk.Tag, "n") && tk.Tag != "l") { // (连接线/l)
		return false
	}
	w := d.sub(tk.Start, tk.End)
	return !slices.Contains(d.x.lex.programmeHeads, w) && d.phaseWordEndingAt(tk.End) == 0
}

// endsInitials reports two characters the dictionary reads as no word of
// two (燕/nr 官/n, 铁/n 科/n): the initials of a route's ends that the
// gazetteer does not hold, towns or a banner across a border. Levels of
// jurisdiction (国省公路, [level-chars]) and directions (东西) are no ends;
// outside a list that vouches for them each character must be a noun
// (not 通/v 村公路).
func (d *recognizer) endsInitials(a, b int, listed bool) bool {
	t := d.text
	if listed && b-a == 3 {
		// 集大原 in 雄忻、集大原等高铁: three ends, each a word of one character
		for k := a; k < b; k++ {
			if !isHan(t[k]) || strings.ContainsRune(d.x.lex.levelChars, t[k]) || k > a && d.joinedAt(k) {
				return false
			}
		}
		return !onlyDirections(t[a:b]) && !d.wordAcross(a) && !d.joinedAt(b)
	}
	if b-a != 2 || !isHan(t[a]) || !isHan(t[a+1]) || onlyDirections(t[a:b]) ||
		strings.ContainsRune(d.x.lex.levelChars, t[a]) || strings.ContainsRune(d.x.lex.levelChars, t[a+1]) ||
		d.wordAcross(a) || d.oneWord(a, b) {
		return false
	}
	if listed {
		return true
	}
	for _, w := range d.words(a, b) {
		if w.End-w.Start != 1 || !strings.HasPrefix(w.Tag, "n") {
			return false
		}
	}
	return true
}

// singleCharWords reports a stretch of two or three characters that the
// segmentation reads one character a word (旭/nr 龙/n): a name the
// dictionary does not know, spelled out.
func (d *recognizer) singleCharWords(a, b int) bool {
	if b-a < 2 || b-a > 3 {
		return false
	}
	for _, w := range d.words(a, b) {
		if w.End-w.Start != 1 {
			return false
		}
	}
	return true
}

// oddWords reports a stretch that holds a proper noun, a word the
// dictionary does not know or a single character standing as a word (哇|让,
// 南|山口): a name written in the dictionary's words by chance, where
// common words of two characters or more (风电, 光伏) are a kind.
func (d *recognizer) oddWords(a, b int) bool {
	for _, w := range d.words(a, b) {
		if w.End-w.Start == 1 || w.Tag == "x" || w.Tag == "ns" || w.Tag == "nr" || w.Tag == "nz" || w.Tag == "nrt" {
			return true
		}
	}
	return false
}

// ownSlogan reports a modifier ending in 强, 兴, 立 or 富 and a
// jurisdiction, by its level (省, 市, 区, 县) or a province's abbreviation
// (疆, 皖): what it strengthens is the jurisdiction itself (文化强区, 旅游兴疆,
// “产业立县、工业强县”第一战略), a slogan.
func (d *recognizer) ownSlogan(start, end int) bool {
	if end-start >= 5 && runesAt(d.text, end-2, "第一") {
		end -= 2 // “产业立县、工业强县”|第一|战略: the slogan ranked first
	}
	if end-start >= 4 && d.text[end-1] == '”' {
		end--
	}
	if end-start < 3 || !inSet("强兴立富", d.text[end-2]) {
		return false
	}
	c := d.text[end-1]
	return inSet("省市区县州", c) || d.x.isAbbrev(c)
}

// countOpening returns the length of a count and its measure opening t
// (3轮, 两批, 十项), or 0.
func countOpening(t []rune) int {
	i := 0
	for i < len(t) && (isDigit(t[i]) || isChineseNumeral(t[i]) || t[i] == '两') {
		i++
	}
	if i == 0 || i >= len(t) || !inSet("轮批次项个期", t[i]) {
		return 0
	}
	return i + 1
}

// countEndingAt returns the count written right before t[end] (4, 12,
// 两, 十二), or 0 when there is none or it is not a small whole number.
func countEndingAt(t []rune, end int) int {
	i := end
	for i > 0 && end-i < 3 && (isDigit(t[i-1]) || isChineseNumeral(t[i-1]) || t[i-1] == '两') {
		i--
	}
	if i == end || (i > 0 && (t[i-1] == '.' || isDigit(t[i-1]))) {
		return 0
	}
	if n, err := strconv.Atoi(string(t[i:end])); err == nil {
		return n
	}
	return chineseNumber(strings.ReplaceAll(string(t[i:end]), "两", "二")) // 0 for 百, 千: more than a list names
}

// initialsOnly reports an item of four to six characters each of which
// may stand for a place (a province's abbreviation, a city's first
// character or nickname): a route named by the places it joins
// (通苏嘉甬, 盐泰锡常宜). Its ends are not read from so many initials,
// which guess wrong (济 for 济源 or 济南); the name is still a route's.
func (d *recognizer) initialsOnly(start, end int) bool {
	return end-start >= 4 && d.allInitials(start, end)
}

// onlyDirections reports characters that are all directions (南北, 东西).
func onlyDirections(cs []rune) bool {
	for _, c := range cs {
		if !inSet("东西南北中", c) {
			return false
		}
	}
	return true
}

// bypassOf reports a place, an optional side and a bypass word
// ([bypass-words]: 延安东绕城, 贵港西外环): a route around the place, named
// by it.
func (d *recognizer) bypassOf(start, end int) bool {
	g := d.gazAt(start)
	if g == nil || g.kind != mRegion || g.start != start || !slices.Contains(d.x.lex.bypassWords, d.sub(max(start, end-2), end)) {
		return false
	}
	return end-2 == g.end || (end-3 == g.end && inSet("东西南北", d.text[g.end]))
}

// phaseWordEndingAt returns the length of a phase or works word ending at
// pos ([phase-words]: 改扩建, 扩建), or 0.
func (d *recognizer) phaseWordEndingAt(pos int) int {
	if !d.x.phaseLasts.at(d.text, pos-1) {
		return 0
	}
	for _, w := range d.x.lex.phaseWords {
		if n := suffixLen(d.text, pos, w); n > 0 {
			return n
		}
	}
	return 0
}

// phaseNoteBefore returns the length of a bracketed phase or works word
// ending at pos (（扩建）, (二期)), or 0.
func (d *recognizer) phaseNoteBefore(pos int) int {
	t := d.text
	if pos < 4 || (t[pos-1] != '）' && t[pos-1] != ')') {
		return 0
	}
	for _, w := range d.x.lex.phaseWords {
		n := len([]rune(w))
		if pos-n-2 >= 0 && runesAt(t, pos-1-n, w) && (t[pos-2-n] == '（' || t[pos-2-n] == '(') {
			return n + 2
		}
	}
	return 0
}

// allInitials reports two to six characters each of which may stand for a
// place (partyChar): in a list of routes after 等 a route named by its ends
// (哈肇、绥大等高速公路), whichever places the ends are.
func (d *recognizer) allInitials(start, end int) bool {
	if end-start < 2 || end-start > 6 {
		return false
	}
	for _, c := range d.text[start:end] {
		if !d.partyChar(c) {
			return false
		}
	}
	return true
}

// ownHeadOf reports a head of type typ (of any type for "") ending
// text[a:b] after a modifier of two characters or more (鹏城|实验室): the
// text names a thing of its own.
func (d *recognizer) ownHeadOf(a, b int, typ kg.EntityType) bool {
	n := d.x.headWords.endingAt(d.text, a, b)
	if n == 0 || b-n-a < 2 {
		return false
	}
	i, ok := d.x.headIndex[d.sub(b-n, b)]
	return ok && (typ == "" || d.x.headDefs[i].typ == typ)
}

// initialsWithCounties is allInitials that also takes the initial of a
// county of the subject's province, as a route's ends are read (咸修吉: 咸宁,
// 修水 of 江西, 吉安), for items of a list of routes marked with 等 or a count.
func (d *recognizer) initialsWithCounties(start, end int) bool {
	if end-start < 2 || end-start > 4 {
		return false
	}
	for _, c := range d.text[start:end] {
		if !d.partyChar(c) && !slices.ContainsFunc(d.x.countiesByFirst.get(c), func(r *gazetteer.Region) bool { return d.inSubject(r, false) }) {
			return false
		}
	}
	return true
}

// verbIn reports a word segmentation reads as a verb in [a, b), however
// short (疆电|入|渝).
func (d *recognizer) verbIn(a, b int) bool {
	for _, w := range d.words(a, b) {
		if segment.IsVerbTag(w.Tag) {
			return true
		}
	}
	return false
}

// facilityHead reports the strong head of a Project's facility (水电站,
// 水库, 灌区; not 项目 or 工程, which any works take): items listed right
// before it, with no 等, may share it.
func (d *recognizer) facilityHead(h hit, end int, typ kg.EntityType) bool {
	if typ != kg.Project || d.x.headDefs[h.word].weak {
		return false
	}
	head := d.sub(h.start, end)
	return head != "项目" && head != "工程"
}

// routeItemByPosition reports an item of a list of routes sharing a head
// after 等 that names no ends but reads as a name: a few characters, more
// than one word and none of them a verb, an adverb or a generic word (北|沿江
// in 北沿江、通苏嘉甬等高铁; not 干线, 普|速).
func (d *recognizer) routeItemByPosition(start, end int) bool {
	if end-start < 2 || end-start > 4 || d.isGeneric(d.text[start:end]) {
		return false
	}
	ws := d.words(start, end)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if segment.IsVerbTag(w.Tag) || segment.IsFunctionTag(w.Tag) || w.Tag == "ad" || w.Tag == "d" || w.Tag == "m" || d.isGeneric(d.text[start+w.Start:start+w.End]) {
			return false
		}
	}
	return true
}

// sharedComplexes gives a station listed right before a station's complex
// (…站综合枢纽) the complex too: in 南京北站、苏州北站综合枢纽 both are hubs
// of that kind, 南京北站综合枢纽 and 苏州北站综合枢纽.
func (d *recognizer) sharedComplexes(named []*mention) {
	for _, m := range named {
		if len(m.refs) != 1 || m.refs[0].typ != kg.Hub || m.start < 2 || d.text[m.start-1] != '、' {
			continue
		}
		name := m.refs[0].name
		k := strings.Index(name, "站综合")
		if k < 0 || !strings.HasSuffix(name, "枢纽") {
			continue
		}
		complex := name[k+len("站"):]
		for _, p := range named {
			if p.end == m.start-1 && len(p.refs) == 1 && p.refs[0].typ == kg.Hub && strings.HasSuffix(p.refs[0].name, "站") {
				p.refs[0] = d.namedEntity(kg.Hub, p.refs[0].name+complex, p.start, p.headStart)
			}
		}
	}
}

// candidate is a name read from its head and not accepted on its own.
type candidate struct {
	start, headStart, end int
	typ                   kg.EntityType
	weak                  bool
}

// vouchedItems accepts the unnamed candidates that stand in a list of names
// (items joined by 、) holding at least two accepted names of their type:
// in 国家技术转移中部中心、中部数据流通服务中心、武汉多式联运服务中心 the
// items with a place vouch for the others, which are names by position
// though no place or proper noun marks them. A candidate must still be no
// generic phrase; a list of roles (国际金融中心、国际航运中心) holds no two
// accepted names and vouches for nothing.
func (d *recognizer) vouchedItems(named []*mention, unnamed []candidate) []*mention {
	if len(unnamed) == 0 {
		return nil
	}
	type item struct {
		start, headStart, end int
		typ                   kg.EntityType
		cand                  int // index into unnamed, or -1 for an accepted name
	}
	items := make([]item, 0, len(named)+len(unnamed)) // (at most: grown by append, 2x that in a long document)
	for _, m := range named {
		if len(m.refs) == 1 && m.refs[0].typ != kg.Plan {
			items = append(items, item{m.start, m.headStart, m.end, m.refs[0].typ, -1})
		}
	}
	for i, c := range unnamed {
		// the item runs from the 、 before it, over words that may stand
		// inside names (服务 in 武汉多式联运服务中心)
		s := c.start
		for s > 0 && c.headStart-s < 12 && isNameChar(d.text[s-1]) && d.text[s-1] != '、' {
			s--
		}
		if s < c.start && s > 0 && d.text[s-1] == '、' && d.onlyNameWords(s, c.headStart) {
			unnamed[i].start = s
		}
		items = append(items, item{unnamed[i].start, c.headStart, c.end, c.typ, i})
	}
	// (slices.SortFunc, not sort.Slice, whose reflective swaps cost more
	// than the comparisons; the same pdqsort, asked cmp(a, b) < 0 where
	// sort.Slice asks less(a, b), so that the order is the same)
	slices.SortFunc(items, func(a, b item) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	// 西部创新港、三航科技城、未来信息港等: three or more items that each end
	// in a head of one type (or of zones: parks, hubs, institutions) after a
	// modifier of their own, none generic and none with a verb, closed by 等,
	// are names by position, vouching for each other (not 产业园、科技城等,
	// bare heads, nor 国家级开发区、省级高新区等, levels)
	zone := func(t kg.EntityType) bool { return t == kg.Park || t == kg.Hub || t == kg.Institution }
	peers := func(list []item) bool {
		if len(list) < 3 || list[len(list)-1].end >= len(d.text) || d.text[list[len(list)-1].end] != '等' {
			return false
		}
		for _, it := range list {
			if it.cand < 0 || (it.typ != list[0].typ && !(zone(it.typ) && zone(list[0].typ))) || it.headStart-it.start < 2 || d.isGeneric(d.text[it.start:it.headStart]) ||
				!d.onlyNameWords(it.start, it.headStart) || countPhrase(d.text[it.start:it.headStart]) {
				return false
			}
		}
		return true
	}
	var out []*mention
	for i := 0; i < len(items); {
		j := i + 1 // the list runs while each item starts right after the previous 、
		for j < len(items) && items[j].start == items[j-1].end+1 && d.text[items[j-1].end] == '、' {
			j++
		}
		// an item alone vouches for nothing, nor a list of accepted names
		// only (most of them): no counts made for them
		if j-i < 2 || !slices.ContainsFunc(items[i:j], func(it item) bool { return it.cand >= 0 }) {
			i = j
			continue
		}
		counts := map[kg.EntityType]int{}
		heads := map[string]bool{} // the heads of the accepted names
		for _, it := range items[i:j] {
			if it.cand < 0 {
				counts[it.typ]++
				if it.headStart > it.start {
					heads[d.sub(it.headStart, it.end)] = true
				}
			}
		}
		for _, it := range items[i:j] {
			if it.cand < 0 {
				continue
			}
			c := unnamed[it.cand]
			// 大红柳滩锂铍矿、火烧云铅锌矿: one name of works or a facility with
			// the same head vouches for an item of three characters or more
			// before it (not colleges, zones or plans: 未来技术学院、现代产业学院,
			// 现代农业示范区 are kinds, whatever name stands beside them)
			one := counts[it.typ] == 1 && (it.typ == kg.Project || it.typ == kg.Hub) && heads[d.sub(c.headStart, c.end)] &&
				(c.headStart-c.start >= 3 || j-i >= 4) // (果园港、新田港、龙头港、珞璜港: four of a kind, named by two characters each)
			n := counts[it.typ]
			if it.typ == kg.Road || it.typ == kg.Railway {
				n = counts[kg.Road] + counts[kg.Railway] // 中兰高铁、乌玛高速、银昆高速宁夏段: routes of either kind vouch
			}
			if n < 2 && !one && !peers(items[i:j]) {
				continue
			}
			if c.headStart-c.start < 2 || countPhrase(d.text[c.start:c.headStart]) || !d.validNameIn(c.start, c.headStart, c.end, c.typ, c.weak, true) {
				continue
			}
			name, _ := d.surfaceView(c.start, c.end)
			out = append(out, d.oneRef(mention{start: c.start, end: c.end, kind: mNamed, headStart: c.headStart}, d.namedEntity(c.typ, name, c.start, c.headStart)))
		}
		i = j
	}
	return out
}

// sharedNoun reports a two-character common noun at text[a:b], one word
// by segmentation and no generic modifier, that a list's items share with
// their head (遗址 in 凌家滩、双墩遗址博物馆).
func (d *recognizer) sharedNoun(a, b int) bool {
	ws := d.words(a, b)
	if len(ws) != 1 || ws[0].Tag != "n" || d.isGeneric(d.text[a:b]) || d.gazAt(a) != nil || !isNameChar(d.text[a-1]) || d.text[a-1] == '-' {
		return false
	}
	tk := d.tokenAt(a) // words clips; the word itself must be a..b
	return tk.Start == a && tk.End == b
}

// shortProperBefore returns the length of a short proper name (2-4
// characters, not generic, no count) ending at end after 、 or a stop word,
// for lists sharing a strong Institution or Park head; 0 otherwise.
func (d *recognizer) shortProperBefore(end int, typ kg.EntityType) int {
	t := d.text
	if typ == kg.Railway || typ == kg.Road || typ == kg.RegionGroup {
		for n := 4; n >= 2; n-- {
			if end-n >= 0 && (end-n == 0 || !isNameChar(t[end-n-1]) || t[end-n-1] == '、') && d.endpointRun(end-n, end, typ) {
				return n
			}
		}
		return 0
	}
	if typ != kg.Institution && typ != kg.Park && typ != kg.Hub {
		return 0
	}
	s := end
	for s > 0 && end-s < 5 && isNameChar(t[s-1]) && t[s-1] != '、' {
		if n := d.x.stops.endingAt(t, 0, s); n > 0 && (n > 1 || d.standsAlone(s-1)) {
			break
		}
		s--
	}
	n := end - s
	if n < 2 || n > 4 || d.isGeneric(t[s:end]) || countPhrase(t[s:end]) || inSet("局委厅办部会府", t[end-1]) ||
		d.x.headWords.endingAt(t, s, end) > 0 {
		return 0 // 市教育局、萍乡学院, 郑州大学、河南大学: a body or a name of its own, not a name sharing the head
	}
	if typ == kg.Hub && d.townAt(s, end) != n && !slices.ContainsFunc(d.x.gaz.ByShort(d.sub(s, end)), func(r *gazetteer.Region) bool { return d.inSubject(r, false) }) {
		// a port or a station shares its head with a town or a county of
		// the province only (河口、磨憨、瑞丽口岸: 河口 a county whose name is
		// also a word, 磨憨 a town)
		return 0
	}
	return n
}

// partiesDevelop reports 发展 at [a, b) right after a cooperation word
// that places or their initials stand before (泸永江融合|发展|示范区,
// 川渝合作|发展|…): part of a zone's name, not a verb (城乡融合发展 is a
// process).
func (d *recognizer) partiesDevelop(a, b int) bool {
	t := d.text
	if a < 4 || b-a != 2 || t[a] != '发' || t[a+1] != '展' || !slices.Contains(d.x.lex.zoneWords, d.sub(a-2, a)) { // (发展 compared on the characters: asked of most words)
		return false
	}
	if g := d.gazEndingAt(a - 2); g != nil && g.kind != mPronoun {
		return true
	}
	return d.partyChar(t[a-3]) && d.partyChar(t[a-4]) && (a < 5 || !isNameChar(t[a-5]) || d.partyChar(t[a-5]))
}

// threeInitialsZone reports a zone's name opened by three characters each
// a province's abbreviation or a city's first and then a cooperation word
// (泸永江融合发展示范区, 合广长协同发展示范区): named by its three parties,
// which the document may name in full (namedInitials), as it must when an
// initial opens no city or province.
func (d *recognizer) threeInitialsZone(start, headStart int) bool {
	t := d.text
	if headStart-start < 5 || d.oneWord(start, start+3) {
		return false
	}
	if !d.zoneWordIn(start+3, headStart) {
		return false
	}
	for i := start; i < start+3; i++ {
		if !d.partyChar(t[i]) {
			// 通平修合作示范区: counties' initials, which only the text's
			// own places (通城、平江、修水) make a run of parties
			return d.initialsOf(t[start:start+3], d.regionMentioned) != nil
		}
	}
	return true
}

// regionMentioned reports a mention of r among the places recognised so
// far (the gazetteer's and the abbreviations' stages come before names).
func (d *recognizer) regionMentioned(r *gazetteer.Region) bool {
	id := kg.RegionID(r.Code)
	if len(d.mentions) > regionIndexFrom {
		// (a scan of all mentions for each question was quadratic in a
		// long document: 1 % of the corpus joined ten times)
		if d.regionIDs == nil {
			d.regionIDs = map[string]bool{}
		}
		for ; d.regionsRead < len(d.mentions); d.regionsRead++ {
			if m := d.mentions[d.regionsRead]; m.kind == mRegion {
				for _, e := range m.refs {
					d.regionIDs[e.id] = true
				}
			}
		}
		return d.regionIDs[id]
	}
	for _, m := range d.mentions {
		if m.kind == mRegion && slices.ContainsFunc(m.refs, func(e *entity) bool { return e.id == id }) {
			return true
		}
	}
	return false
}

// regionIndexFrom is the most mentions regionMentioned scans; past it, it
// indexes them.
const regionIndexFrom = 4096

// topicPlanItems returns the plans of a list of areas' topics sharing the
// head of the last one (川渝万达开地区统筹发展、川南渝西地区融合发展总体方案:
// two 总体方案): each item opens a clause, begins with a place or an area
// and ends in a word of [topic-ends] (发展, 建设), as the last item's words
// before its head do.
func (d *recognizer) topicPlanItems(last, headStart, end int) []*mention {
	t := d.text
	process := func(a, b int) bool {
		return b-a >= 4 && slices.ContainsFunc(d.x.lex.topicEnds, func(w string) bool { return suffixLen(d.text, b, w) > 0 })
	}
	if !process(last, headStart) {
		return nil
	}
	head := d.sub(headStart, end)
	var out []*mention
	for q := last - 1; q > 0 && t[q] == '、' && len(out) < 4; {
		s := q
		for s > 0 && q-s <= 20 && isNameChar(t[s-1]) {
			s--
		}
		if s > 0 && !isClauseSep(t[s-1]) && t[s-1] != '\n' && t[s-1] != '、' || !process(s, q) {
			return out
		}
		if g := d.gazAt(s); g == nil || g.start != s || g.kind == mPronoun {
			return out // (推进产业发展、…: a clause's verb, no area's topic)
		}
		name, _ := d.surfaceView(s, q)
		out = append(out, d.oneRef(mention{start: s, end: q, kind: mNamed, headStart: q}, d.namedEntity(kg.Plan, name+head, s, q)))
		q = s - 1
	}
	return out
}

// titleWhole reports a name that ends a title in 《》 and starts in it.
func (d *recognizer) titleWhole(start, end int) bool {
	return d.inTitle(start) && end < len(d.text) && d.text[end] == '》'
}

// holdsHead reports a head word of two or more characters inside a span: the
// span names a thing (自贸试验区 in 自贸试验区提升战略).
func (d *recognizer) holdsHead(start, end int) bool {
	k := headAt(d.heads, start)
	for ; k < len(d.heads) && d.heads[k].start < end; k++ {
		if d.heads[k].end <= end && d.heads[k].end-d.heads[k].start >= 2 {
			return true
		}
	}
	return false
}

// goalBefore reports a verb of becoming ([goal-verbs]: 建设成为, 打造成为)
// earlier in the clause that holds start, with no other clause between.
func (d *recognizer) goalBefore(start int) bool {
	t := d.text
	for i := start; i > 0 && start-i < 60; i-- {
		if isClauseSep(t[i-1]) || t[i-1] == '\n' {
			return false
		}
		if d.x.goalVerbs.endingAt(t, max(0, i-6), i) > 0 {
			return true
		}
	}
	return false
}

// asideAt reports a bracket's text opening at i with one of [aside-openers]
// or [alias-openers]: the bracket points to a figure or declares a short
// form, and is no part of a name on either side of it.
func (d *recognizer) asideAt(i int) bool {
	return anyWordAt(d.text, i, d.x.lex.asideOpeners) || anyWordAt(d.text, i, d.x.lex.aliasOpeners)
}

// anyWordAt reports one of words starting at t[pos].
func anyWordAt(t []rune, pos int, words []string) bool {
	for _, w := range words {
		if prefixLen(t, pos, w) > 0 {
			return true
		}
	}
	return false
}

// anyWordEndingAt reports one of words ending at pos in t.
func anyWordEndingAt(t []rune, pos int, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return suffixLen(t, pos, w) > 0 })
}

// bracketSuffix extends a name over a short bracketed qualifier written
// right after it (滁州保税物流中心（B型）, 全国高校区域技术转移转化中心（成渝地区）);
// a year range (2016-2030年) or punctuation inside is not part of the name.
func (d *recognizer) bracketSuffix(end int, typ kg.EntityType) int {
	t := d.text
	if end >= len(t) || (t[end] != '（' && t[end] != '(') {
		return end
	}
	switch typ {
	case kg.Hub, kg.Park, kg.Institution, kg.Project:
	case kg.Railway, kg.Road:
		// 永杭高速（上杭段）: a route's section in brackets, as a park's
		if k := slices.IndexFunc(t[end+1:min(len(t), end+10)], func(r rune) bool { return r == '）' || r == ')' }); k < 2 || t[end+k] != '段' {
			return end
		}
	default:
		return end
	}
	if d.asideAt(end + 1) {
		return end
	}
	for j := end + 1; j < len(t) && j <= end+9; j++ {
		switch r := t[j]; {
		case r == '）' || r == ')':
			if j == end+1 || strings.ContainsRune(string(t[end+1:j]), '年') {
				return end
			}
			if in := t[end+1 : j]; inSet("含包除", in[0]) || in[0] == '不' && len(in) > 1 && in[1] == '含' ||
				runesAt(t, j-2, "街道") || inSet("镇乡", t[j-1]) || d.x.headWords.endingAt(t, end+1, j) > 0 {
				// 广清产业园(不含空港新城片区), 翠亨新区(南朗街道),
				// 荣昌高新区(首批示范园区): a note on what the area covers,
				// the town that runs it or a title it holds, no part of the
				// name
				return end
			}
			return j + 1
		case !isNameChar(r) || isDigit(r) && j == end+1:
			return end
		}
	}
	return end
}

// skipBatch moves a name's start past a batch or rank qualifier (全国首批,
// 第二批, 首个): 全国首批省域美丽中国先行区 names 省域美丽中国先行区.
// ordinalEnd returns where an ordinal that opens a name ends (全区首座4F级|
// 盛乐国际机场, 全国首条|…外送通道), or start when there is none.
func (d *recognizer) ordinalEnd(start, headStart int) int {
	t := d.text
	i := start
	for _, s := range d.x.lex.ordinalScopes {
		if !d.x.ordinalFirsts.at(t, i) {
			break // no scope starts at i
		}
		if n := prefixLen(t, i, s); n > 0 && i+n < headStart {
			i += n
			break
		}
	}
	switch {
	case i+1 < headStart && t[i] == '首':
		i++
	case i+2 < headStart && t[i] == '第' && t[i+1] == '一':
		i += 2
	default:
		return start
	}
	if i >= headStart || !inSet("座条个家批台架所艘套", t[i]) { // 首批 as well as d.ordinalAt
		return start
	}
	i++
	// a class after the ordinal: 4F级, 万吨级
	j := i
	for j < headStart && j-i < 4 && ((t[j] < 0x80 && (unicode.IsLetter(t[j]) || isDigit(t[j]))) || inSet("万千百十", t[j])) {
		j++
	}
	if j > i && j < headStart && t[j] == '级' {
		i = j + 1
	}
	if i >= headStart {
		return start
	}
	return i
}

// onlyQualifiers reports text[a:b] made only of qualifiers of rank, scope
// and round (国家, 省级, 第二期, 新一轮, 首批).
func (d *recognizer) onlyQualifiers(a, b int) bool {
	s := d.sub(a, b)
	for prev := ""; s != "" && s != prev; {
		prev = s
		for _, q := range d.x.lex.designationQualifiers {
			s = strings.TrimPrefix(s, q)
		}
		if r := []rune(s); len(r) >= 3 && r[0] == '第' && inSet("期轮批", r[2]) {
			s = string(r[3:]) // 第二期
		}
	}
	return s == ""
}

// lanesEnd returns where a count of lanes that opens a name ends (双向8车道,
// 六车道), or start.
func (d *recognizer) lanesEnd(start, headStart int) int {
	i := start
	if i+2 < headStart && d.text[i] == '双' && d.text[i+1] == '向' {
		i += 2
	}
	j := i
	for j < headStart && (isDigit(d.text[j]) || isChineseNumeral(d.text[j])) {
		j++
	}
	if j > i && j+2 <= headStart && d.text[j] == '车' && d.text[j+1] == '道' {
		return j + 2 // (双向4车道|高速公路: a road of that size, no name of one)
	}
	if j == start && start > 0 && j+2 <= headStart && d.text[j] == '车' && d.text[j+1] == '道' && (isDigit(d.text[start-1]) || isChineseNumeral(d.text[start-1])) {
		return j + 2 // 4|车道高速公路: the count stopped the name, its lanes are no part of it
	}
	return start
}

// ordinalAt reports 首 and a measure word at i (首个, 首座, 首条): the first
// of a kind.
func (d *recognizer) ordinalAt(i int) bool {
	return i+1 < len(d.text) && d.text[i] == '首' && inSet("座条个家台架所艘套", d.text[i+1])
}

// afterCount reports a name that starts right after a count and its
// approximation (5个左右, 10所以上).
func (d *recognizer) afterCount(start int) bool {
	return start >= 3 && d.x.countMeasures.has(d.text[start-3]) &&
		slices.Contains(d.x.lex.approximations, d.sub(start-2, start))
}

// countBefore reports a count right before pos: numerals and a measure
// word (10个, 三座, 5家).
func (d *recognizer) countBefore(pos int) bool {
	if pos < 2 || !d.x.countMeasures.has(d.text[pos-1]) {
		return false
	}
	return inSet("0123456789一二三四五六七八九十两百千万", d.text[pos-2])
}

// listedBeforeCount reports 等 right before the count that ends at pos
// (宝鸡、延安等4个|…): the things counted are listed, and named.
func (d *recognizer) listedBeforeCount(pos int) bool {
	i := pos - 1 // the measure
	for i > 0 && (isDigit(d.text[i-1]) || isChineseNumeral(d.text[i-1]) || d.text[i-1] == '两') {
		i--
	}
	return i > 0 && i < pos-1 && d.text[i-1] == '等'
}

// itemsBeforeCount reports items listed with 、 right before the count
// that ends at pos, with no 等 (济南东、历城…、台儿庄|10个车站): the stations
// the count numbers, named by the list.
func (d *recognizer) itemsBeforeCount(pos int) bool {
	i := pos - 1 // the measure
	for i > 0 && (isDigit(d.text[i-1]) || isChineseNumeral(d.text[i-1]) || d.text[i-1] == '两') {
		i--
	}
	if i == 0 || i == pos-1 || !isHan(d.text[i-1]) {
		return false
	}
	return slices.Contains(d.text[max(0, i-6):i], '、')
}

// batchAt reports a batch prefix (首批, 第二批) starting at pos, before end.
func (d *recognizer) batchAt(pos, end int) bool {
	if !d.x.batchFirsts.at(d.text, pos) {
		return false
	}
	for _, p := range d.x.lex.batchPrefixes {
		if n := prefixLen(d.text, pos, p); n > 0 && pos+n < end {
			return true
		}
	}
	return false
}

func (d *recognizer) skipBatch(start, headStart int) int {
	if e := d.ordinalEnd(start, headStart); e > start {
		return e
	}
	if e := d.lanesEnd(start, headStart); e > start {
		return e // 双向8车道|洋浦疏港高速公路: the road's size, no part of its name
	}
	for i := start; i+2 <= headStart; i++ {
		if d.ordinalAt(i) {
			return i + 2 // 青藏高原首个|综合保税区: before an ordinal is a scope, not the name
		}
	}
	for _, a := range d.x.lex.approximations {
		if !d.x.approxFirsts.at(d.text, start) {
			break // no approximation starts at start
		}
		// 5个左右|现代海洋特色产业集聚区: an approximation closes the count before the name
		if n := prefixLen(d.text, start, a); n > 0 && start+n < headStart && start > 0 &&
			d.x.countMeasures.has(d.text[start-1]) {
			return start + n
		}
	}
	for _, p := range d.x.lex.batchPrefixes {
		if !d.x.batchFirsts.at(d.text, start) {
			break // no batch prefix starts at start
		}
		if n := prefixLen(d.text, start, p); n > 0 && start+n < headStart {
			return start + n
		}
	}
	return start
}

// conjunctionAt reports a character that segmentation reads as a word of
// its own, a conjunction (和/c), not part of a word (和平, 及时).
func (d *recognizer) conjunctionAt(i int) bool {
	d.cutAt(i)
	tk := d.tokenAt(i)
	return tk.Start == i && tk.End == i+1 && tk.Tag == "c"
}

// kindLists reads the items of a list that a class noun closes: in
// 长江存储二期、东风岚图、邦普时代等项目 or 国际复材电子级玻璃纤维等重大项目
// each item is a project named without a head. An item must look like a
// name (a proper noun by part of speech, a place, a figure, a phase), not a
// kind of thing (交通、水利等重大项目).
func (d *recognizer) kindLists(named []*mention) []*mention {
	t := d.text
	covered := newSpanIndex(named, nil).overlaps // indexed: a scan per list was quadratic
	// the earliest start of a name ending at each position, made at the
	// first 等 that closes a kind (most close none)
	var startByEnd map[int]int
	classes := d.x.lex.kindClasses // built once, not for every 等
	var out []*mention
	for _, p := range d.marks.of('等') {
		rest := d.sub(p+1, min(len(t), p+24))
		closes := false
		// 等1.1万个重大产业项目: counts and qualifiers in any order
		var class kindClass
		for prev := ""; prev != rest && !closes; {
			prev = rest
			// no class starts where no class word's first character stands
			// (most texts after 等 at first, before their count is trimmed)
			if r := firstRune(rest); d.x.classFirsts.has(r) || r == '条' && d.x.classFirsts.has(firstRune(rest[len("条"):])) {
				for _, c := range classes {
					if strings.HasPrefix(rest, c.word) || strings.HasPrefix(rest, "条") && strings.HasPrefix(rest[len("条"):], c.word) {
						// rest is a suffix of the text up to min(len(t), p+24)
						if c.head != "" && d.nounAfterClass(min(len(t), p+24)-utf8.RuneCountInString(rest)+utf8.RuneCountInString(c.word), rest) {
							continue // 公路港、洞藏冷链等公路|物流项目: the route's word qualifies another class
						}
						class, closes = c, true
						break
					}
				}
			}
			rest = trimCount(d.x.lex, rest)
			rest = d.trimKindQualifiers(rest)
			// 等12个百亿元、70个30亿元以上项目: counts by size, listed
			if r, ok := strings.CutPrefix(rest, "、"); ok && r != "" && inSet("0123456789一二三四五六七八九十百千", firstRune(r)) {
				rest = r
			}
		}
		phrase := "" // 煤电项目 in 大湾、盘南等煤电项目: the class with its kind, for items too short to stand alone
		quotedItems := false
		programme := "" // “技能宁夏”、“以工助农”等行动: the programme's head each quoted item takes
		lines := false  // the class's kind opens with a voltage: the items name lines (卡阳、松如沟等14个750千伏电网工程)
		if !closes {
			// “模速空间”、“模力社区”等创新生态示范区: quoted names of a
			// park's or institution's kind, its head within a few words
			if typ, ok := d.headClassAfter(p + 1); ok {
				class, closes, quotedItems = kindClass{typ: typ}, true, true
			} else if h := d.programmeHeadAt(p + 1); h != "" && p > 0 && t[p-1] == '”' {
				class, closes, quotedItems, programme = kindClass{typ: kg.Plan}, true, true, h
			}
		}
		if !closes {
			volt := "" // 卡阳、松如沟等14个750千伏电网工程: the voltage is each line's, named with it
			if n, class := capacityOpeningIn(d.x.lex, rest); class {
				volt = string([]rune(rest)[:n])
				rest, lines = rest[len(volt):], true
			}
			class, closes = projectClass(d.x.lex, d.x.fieldFirsts, rest)
			if closes {
				if k := strings.Index(rest, class.word); k > 0 && !strings.ContainsAny(rest[:k], "的和及与、") {
					phrase = volt + rest[:k+len(class.word)]
					if a := min(len(t), p+24) - utf8.RuneCountInString(rest); volt == "" && d.onlyVerbs(a, a+utf8.RuneCountInString(rest[:k])) {
						phrase = "" // 伊利、阜丰等强链补链延链项目: what the works do, no kind a firm's name takes as its head
					}
				}
			}
		}
		if !closes {
			continue
		}
		if startByEnd == nil {
			startByEnd = make(map[int]int, len(named))
			for _, m := range named {
				if st, ok := startByEnd[m.end]; !ok || m.start < st {
					startByEnd[m.end] = m.start
				}
			}
		}
		var items [][2]int
		for q := p; q > 0; {
			s := q
			if st, ok := startByEnd[q]; ok && st < s {
				s = st // 13号线东延伸: an item already named
			}
			if quotedItems && q > 0 && t[q-1] == '”' {
				// “以工助农”: a quoted item runs to its opening quote, whatever
				// words it holds
				if o := lastIndexRune(t[max(0, q-maxListItem):q-1], '“'); o >= 0 {
					s = max(0, q-maxListItem) + o
				}
			}
			firmQuote := -1 // 蒙牛乳业“灯塔工厂”: a firm and its works' quoted name, one item
			if !quotedItems && class.head == "" {
				firmQuote = d.firmQuoteOpening(q)
			}
			for s > 0 && q-s < maxListItem && (isNameChar(t[s-1]) || perYear(t, s-1) || ((class.head != "" || quotedItems) && (t[s-1] == '“' || t[s-1] == '”')) ||
				(firmQuote >= 0 && s-1 >= firmQuote && (t[s-1] == '“' || t[s-1] == '”'))) && t[s-1] != '、' {
				if n := d.x.stops.endingAt(t, 0, s); n > 0 && (n > 1 || d.standsAlone(s-1)) && !(n == 1 && (d.boundedItem(s-1, q) || s == q)) {
					// (雁栖湖国际会都|等: a one-character stop word that ends an item is its name's)
					// 粮食产能提升|灌溉一期: a word that stands inside names, with
					// name characters before it, does not end the item
					// (长江池州段河道|治理、…等工程: works done on a facility too)
					if inner := max(d.x.inner.endingAt(t, 0, s), d.worksWordEndingAt(s)); class.typ == kg.Project && inner == n && d.x.levels.endingAt(t, 0, s) != n &&
						s-n > 0 && isNameChar(t[s-n-1]) && t[s-n-1] != '、' && d.x.stops.endingAt(t, 0, s-n) == 0 {
						s -= n
						continue
					}
					break
				}
				s--
			}
			if q-s == maxListItem && s > 0 && isNameChar(t[s-1]) && t[s-1] != '、' {
				break // an item longer than any name: its start is not known
			}
			s = d.notedRouteStart(s, q) // 阳泉（盂县）至西柏坡、大同（王庄堡）至阜平等项目
			// 大湾、盘南等煤电项目, 黄百等4个在建铁路项目: a two-character
			// item takes the class as its head
			if q-s >= 3 || (q-s == 2 && (phrase != "" || class.head != "") && !strings.ContainsRune(string(t[s:q]), '期')) {
				items = append(items, [2]int{s, q})
			}
			if s > 1 && q == p && t[s-1] == '和' && d.conjunctionAt(s-1) {
				q = s - 1 // 潮白河综合治理|和|二道河水库等重点水利工程: the last two items joined by a conjunction
				continue
			}
			if s == 0 || t[s-1] != '、' {
				break
			}
			q = s - 1
		}
		// 长江存储二期、东风岚图、邦普时代等项目: an item that names
		// something vouches for the others, which may be brand or company
		// names the dictionary does not know
		vouched := false
		for _, it := range items {
			vouched = vouched || covered(it[0], it[1]) || d.nameLike(it[0], it[1])
		}
		if !vouched && len(items) >= 2 && class.typ == kg.Project && class.word == "项目" && phrase == "" {
			// 恒神高性能碳纤维、隆基绿能光伏组件等项目: items that all open
			// with names the dictionary does not know vouch for each other
			vouched = true
			for _, it := range items {
				vouched = vouched && it[1]-it[0] >= 4 && d.unknownName(it[0], it[1]) && !d.endsInProcess(it[0], it[1])
			}
		}
		for _, it := range items {
			a, b := it[0], it[1]
			if quotedItems {
				if b-a >= 4 && t[a] == '“' && t[b-1] == '”' && !covered(a, b) && !numericShorthand(t[a:b]) && !countPhrase(t[a+1:b-1]) &&
					isNameChar(t[a+1]) && !strings.ContainsAny(string(t[a+1:b-1]), "“”") {
					e := d.namedEntity(class.typ, d.sub(a+1, b-1)+programme, a+1, b-1)
					out = append(out, d.oneRef(mention{start: a + 1, end: b - 1, kind: mNamed, headStart: b - 1}, e))
				}
				continue
			}
			if class.typ == kg.Project && !covered(a, b) {
				// 独库高速、伊阿铁路等重大项目: an item with a route's weak head is
				// that route, named by the list that vouches for it
				if typ, ok := d.routeHeadAt(a, b); ok {
					e := d.namedEntity(typ, d.sub(a, b), a, b)
					out = append(out, d.oneRef(mention{start: a, end: b, kind: mNamed, headStart: b}, e))
					continue
				}
			}
			k := a // the first count measure, found by characters, not IndexAny's search of a string
			for k < b && !d.x.countMeasures.has(t[k]) {
				k++
			}
			if k < b && k > a && isDigit(t[k-1]) {
				continue // 准东3个煤制气: a count of projects, not one (一级航道 is a class)
			}
			// 750千伏|定靖西、330千伏|沣渭等输变电工程: the item is read after its
			// voltage, which the name keeps, as the state's grid names its lines
			volt := 0
			if n, class := capacityOpening(d.x.lex, t[a:b]); n > 0 && class && b-a-n >= 2 {
				a, volt = a+n, n
			} else if n > 0 {
				continue // 300万吨级CCUS碳捕集利用、100兆瓦级…储能: works described by their size
			}
			if e := lastInSet(d.x.signWords, t, a, b); e > 0 {
				a = e // 与佳木斯市签约|多业态集群等…项目: what is signed starts after the verb of signing
			}
			if b-a < 2 {
				continue
			}
			if class.head == "" && !d.placeIn(a, b) && d.endsInProcess(a, b) && !d.unknownName(a, b) {
				continue // 集成电路封装测试、传感器研发制造等项目: fields of work, not projects
			}
			if d.firmEndingAt(a, b) || d.foreignFirm(a, b) {
				continue // 中国东方电气集团等央企…项目, 韩国晓星等外资项目: a firm that builds, no project
			}
			if k := lastIndexRune(t[a:b], '经'); k > 0 && d.gazEndingAt(b) != nil && d.gazEndingAt(a+k) != nil {
				continue // 贵州兴义经永州、郴州至赣州铁路: the first places of a route by way of others, no project
			}
			// (松|如|沟: a line's item in words the dictionary reads oddly is a place's name)
			lineItem := lines && phrase != "" && b-a <= 5 && d.oddWords(a, b)
			if covered(a, b) || d.isGeneric(t[a:b]) || (class.head == "" && class.typ != kg.Park && !d.nameLike(a, b) && !lineItem && !(vouched && b-a >= 4 && (d.unknownName(a, b) || d.opensWithName(a, b) || d.unreadPair(a, b)))) ||
				(class.typ == kg.Park && !d.someProper(a, b) && !d.placeIn(a, b) && !(b-a >= 4 && d.x.headWords.endingAt(t, a, b) > 0)) {
				// (联影小镇: an item with a park's head of its own is a park's name)
				continue
			}
			// 后安、公婆泉等煤矿项目: a three-character item takes a class that
			// says what works it is (not 乌江寨等存量旅游项目)
			works := phrase != "" && d.x.worksCues.containedIn([]rune(strings.TrimSuffix(phrase, class.word)))
			// (大同至天津南等特高压工程: a line's ends take the kind of works too)
			short := b-a == 2 || (b-a == 3 && works && d.x.headWords.endingAt(t, a, b) == 0) ||
				(works && class.head == "" && joinsPlaces(t[a:b]) && d.x.headWords.endingAt(t, a, b) == 0)
			if g := d.gazAt(a); g != nil && g.start == a && g.end == b && !short {
				continue // a place alone is no project
			}
			if class.typ == kg.Railway || class.typ == kg.Road {
				a = d.pastRouteLocality(a, b) // 四川|九寨沟至绵阳…等公路项目
			}
			name := string(t[a-volt : b])
			if short {
				name += phrase // 大湾煤电项目: a short item takes the class as a shared head
			}
			if class.typ == kg.Park && class.head == "" && d.x.headWords.endingAt(t, a, b) == 0 && !inSet("园城谷港岛湾区镇街", t[b-1]) {
				// 江河融合绿色智造等2个园区: an item with no head of its own
				// takes the class's (联影小镇, 大飞机园 keep their own)
				cw := []rune(class.word)
				if n := d.x.headWords.endingAt(cw, 0, len(cw)); n > 0 {
					name += string(cw[len(cw)-n:])
				}
			}
			if class.head != "" {
				// a route is named by the places it joins (黄桶至百色, 西十);
				// beside such an item, two initials of places name one too
				// (大保、丽香、弥蒙等新线: 弥 is 弥勒's or 弥渡's)
				if onlyDirections(t[a:b]) || !joinsPlaces(t[a:b]) && !d.endpointRun(a, b, class.typ) && !d.quotedEnds(a, b) &&
					!(b-a == 2 && d.localInitials(a, b) && d.routeBeside(items, a, class.typ)) {
					continue // (南北、东西: directions, no ends)
				}
				name = strings.TrimSuffix(name, class.head) + class.head
			}
			e := d.namedEntity(class.typ, name, a-volt, b)
			out = append(out, d.oneRef(mention{start: a - volt, end: b, kind: mNamed, headStart: b}, e))
		}
	}
	return out
}

// designatedHead reports a head the state gives one place each
// ([designated-heads]: 国家公园) at text[a:b], compared in place.
func (d *recognizer) designatedHead(a, b int) bool {
	if !d.x.designatedFirsts.at(d.text, a) {
		return false
	}
	for _, h := range d.x.lex.designatedHeads {
		if utf8.RuneCountInString(h) == b-a && runesAt(d.text, a, h) {
			return true
		}
	}
	return false
}

// quotedCommonNouns reports a modifier that is a quote holding only
// common nouns of the dictionary (“飞地”, “飞地经济”): a kind of thing named,
// no slogan of a programme (“百团千企”) nor a proper name.
func (d *recognizer) quotedCommonNouns(start, headStart int) bool {
	t := d.text
	a, b := start, headStart // the quote's text, with or without its marks in the name
	if a > 0 && t[a] != '“' && t[a-1] == '“' {
		a--
	}
	if b < len(t) && t[b-1] != '”' && t[b] == '”' {
		b++
	}
	if b-a < 4 || t[a] != '“' || t[b-1] != '”' || slices.Contains(t[a+1:b-1], '“') {
		return false
	}
	ws := d.words(a+1, b-1)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if w.Tag != "n" || w.End-w.Start < 2 {
			return false
		}
	}
	return true
}

// firmAfter reports a firm's final ([firm-finals]: 集团, 有限公司) at end
// or after one word of two characters there (管理|集团): the name before
// is the start of the firm's.
func (d *recognizer) firmAfter(end int) bool {
	t := d.text
	if end >= len(t) || !isHan(t[end]) {
		return false
	}
	if d.x.firmFinals.startingAt(t, end, min(len(t), end+d.x.firmFinals.maxLen)) > 0 {
		return true
	}
	return end+2 < len(t) && isHan(t[end+1]) && d.x.firmFinals.startingAt(t, end+2, min(len(t), end+2+d.x.firmFinals.maxLen)) > 0 && d.wordFrom(end)
}

// noStemBefore reports the words [start, headStart) before a head only a
// province, 中国 or 国家 and generic words: no stem that would name one
// facility.
func (d *recognizer) noStemBefore(start, headStart int) bool {
	i := start
	if runesAt(d.text, i, "中国") {
		i += 2
	}
	if g := d.gazAt(i); g != nil && g.start == i && g.kind == mRegion && len(g.refs) == 1 && g.refs[0].region != nil && g.refs[0].region.Level == gazetteer.Province {
		i = g.end
	}
	return i < headStart && i > start && d.isGeneric(d.text[i:headStart]) || i == headStart && i > start || i < headStart && runesAt(d.text, i, "国家") && (i+2 == headStart || d.isGeneric(d.text[i+2:headStart]))
}

// firmEndingAt reports a firm's name ending text[a:b] ([firm-finals]:
// 集团, 公司): the builder of works, no works.
func (d *recognizer) firmEndingAt(a, b int) bool {
	return d.x.firmFinals.endingAt(d.text, a+1, b) > 0 // (a+1: a firm's name is more than its final)
}

// firmQuoteOpening returns where the quote opens of an item ending at q
// with a firm's name and its works' quoted name (蒙牛乳业“灯塔工厂”): the
// firm a proper name or one the dictionary does not know, from a list mark
// on, no verb before the quote (not 实施“煤油气硅”); or -1.
func (d *recognizer) firmQuoteOpening(q int) int {
	t := d.text
	if q == 0 || t[q-1] != '”' {
		return -1
	}
	lo := max(0, q-maxListItem)
	o := lastIndexRune(t[lo:q-1], '“')
	if o <= 0 {
		return -1
	}
	o += lo
	if !isNameChar(t[o-1]) || t[o-1] == '、' || !onlyNameChars(t[o+1:q-1]) || d.verbBefore(o) {
		return -1
	}
	f := o // the firm before the quote: from the list mark
	for f > 0 && o-f < 8 && isNameChar(t[f-1]) && t[f-1] != '、' {
		f--
	}
	if o-f < 2 || (f > 0 && isNameChar(t[f-1]) && t[f-1] != '、') || !(d.properIn(f, o) || d.unknownName(f, o)) {
		return -1
	}
	return o
}

// foreignFirm reports an item of a country's name, which the segmentation
// reads as a place the gazetteer does not hold, and a short name of two or
// three characters after it (韩国|晓星, 意大利|世科姆): a foreign firm, no works.
func (d *recognizer) foreignFirm(a, b int) bool {
	d.cutAt(a)
	tk := d.tokenAt(a)
	if tk.Start != a || tk.Tag != "ns" || tk.End-tk.Start < 2 || d.gazAt(a) != nil {
		return false
	}
	n := b - tk.End
	if n < 2 || n > 3 || slices.ContainsFunc(d.text[tk.End:b], func(r rune) bool { return !isHan(r) }) {
		return false
	}
	d.cutAt(tk.End)
	if w := d.tokenAt(tk.End); w.Start == tk.End && w.End == b && !strings.HasPrefix(w.Tag, "nr") && w.Tag != "nz" {
		return false // 南渡江|引水: a river's works, a word of the dictionary after a feature's name
	}
	return true
}

// boundedItem reports a short stretch of name characters from a list mark
// to end, holding i: an item the marks bound, in which a one-character stop
// word (松如沟: 如 is "such as" elsewhere) is part of a name, unless it joins
// (和, 及, 与, 或).
func (d *recognizer) boundedItem(i, end int) bool {
	if inSet("和及与或并", d.text[i]) {
		return false
	}
	for s := i; s > 0 && end-s < 5; s-- {
		if d.listMark(s - 1) {
			return true
		}
		if !isNameChar(d.text[s-1]) {
			return false
		}
	}
	return false
}

// countChars are the characters of a count and its measure (trimCount).
const countChars = "0123456789.一二三四五六七八九十百千万亿个批余多"

// isCountChar reports whether r is in countChars, compared in place.
func isCountChar(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9' || r == '.'
	}
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '个', '批', '余', '多':
		return true
	}
	return false
}

// trimCount trims the counts opening rest (14个, 1.1万个, 一批), up to a
// voltage, which is a class of line rather than a count (14个|750千伏).
func trimCount(lex *lexicon, rest string) string {
	for i, r := range rest {
		if !isCountChar(r) {
			return rest[i:]
		}
		if _, class := capacityOpeningIn(lex, rest[i:]); class && (i == 0 || !isDigit(lastRune(rest[:i]))) {
			return rest[i:]
		}
	}
	return ""
}

// trimKindQualifiers is rest past the kind-qualifiers it opens with, each
// trimmed once, in the lexicon's order; a qualifier is compared only where
// rest opens with its first character.
func (d *recognizer) trimKindQualifiers(rest string) string {
	r := firstRune(rest)
	if !d.x.qualifierFirsts.has(r) {
		return rest // (most)
	}
	for k, q := range d.x.lex.kindQualifiers {
		if qr := d.x.kindQualifiers[k]; len(qr) > 0 && qr[0] != r {
			continue
		}
		if after, ok := strings.CutPrefix(rest, q); ok && after != rest {
			rest, r = after, firstRune(after)
		}
	}
	return rest
}

// localInitials reports characters each of which is a party's
// (partyChar) or the first of a county of the subject's province (弥 for
// 弥勒 or 弥渡, 蒙 for 蒙自).
func (d *recognizer) localInitials(a, b int) bool {
	for _, c := range d.text[a:b] {
		if d.partyChar(c) {
			continue
		}
		local := false
		for _, q := range d.x.countiesByFirst.get(c) {
			local = local || d.inSubject(q, false)
		}
		if !local {
			return false
		}
	}
	return true
}

// routeBeside reports an item of items other than the one at a that names
// a route by the places it joins.
func (d *recognizer) routeBeside(items [][2]int, a int, typ kg.EntityType) bool {
	for _, it := range items {
		if it[0] != a && (joinsPlaces(d.text[it[0]:it[1]]) || d.endpointRun(it[0], it[1], typ)) {
			return true
		}
	}
	return false
}

// nounAfterClass reports a noun of two characters or more right at i,
// after a route's class word (rest the text from the class word on): the
// class word is then a modifier (公路|物流项目), not the class that closes
// the list. A rest opening with 条 (等4条高铁) puts the class word one
// character later than i says; it is never a modifier there.
func (d *recognizer) nounAfterClass(i int, rest string) bool {
	if i < 0 || i+2 > len(d.text) || strings.HasPrefix(rest, "条") {
		return false
	}
	ws := d.words(i, min(len(d.text), i+4))
	return len(ws) > 0 && ws[0].Start == 0 && ws[0].End >= 2 && (ws[0].Tag == "n" || ws[0].Tag == "vn")
}

// endsInProcess reports a stretch of common nouns ending in a verb or
// verbal noun of two characters or more (集成电路|封装|测试): a field of
// work. A place, a firm or a figure before the verb makes it works
// (南渡江|引水, 弗迪12吉瓦时动力电池|扩产).
func (d *recognizer) endsInProcess(a, b int) bool {
	ws := d.scratchWords(a, b) // nothing below reads words
	if len(ws) < 2 {
		return false
	}
	w := ws[len(ws)-1]
	if w.End-w.Start < 2 || !segment.IsVerbTag(w.Tag) {
		return false
	}
	for _, v := range ws[:len(ws)-1] {
		switch v.Tag {
		case "ns", "nr", "nrt", "nt", "x":
			return false // 南渡江|引水, 中远|海运|船舶|修造: works or a firm's
		}
		if v.End-v.Start == 1 || isDigit(d.text[a+v.Start]) {
			return false
		}
	}
	return true
}

// unknownName reports a stretch the dictionary reads as a name it does
// not know (东风|岚|图, 邦|普|时代): a one-character noun or unknown
// character, and no verb or adverb of two characters or more (乡村|振兴 is
// a process; 智能网|联|汽车, a field, has no one-character noun).
func (d *recognizer) unknownName(a, b int) bool {
	if d.cutAt(a); d.tokenAt(a).Start != a || d.x.stops.startingAt(d.text, a, b) > 0 || d.x.headWords.startingAt(d.text, a, b) > 0 {
		return false // 服务|器生产线, 规划|红金: a word cut in two, or a verb or head first
	}
	single := false
	for _, w := range d.words(a, b) {
		switch {
		case w.End-w.Start >= 2 && boundaryTag(w.Tag):
			return false
		case w.End-w.Start == 1 && (w.Tag == "x" || w.Tag == "j" || (w.Tag != "" && w.Tag[0] == 'n')):
			single = true
		}
	}
	return single
}

// unreadPair reports a stretch opening with two characters the segmenter
// reads one by one, as no verb, adverb or function word (天|新|医药化工:
// 天 a measure word, 新 an adjective): a firm's name it does not know,
// which a list of named works vouches for.
func (d *recognizer) unreadPair(a, b int) bool {
	if d.cutAt(a); d.tokenAt(a).Start != a {
		return false
	}
	ws := d.words(a, b)
	if len(ws) < 3 || ws[0].End-ws[0].Start != 1 || ws[1].End-ws[1].Start != 1 {
		return false
	}
	for _, w := range ws[:2] {
		if !isHan(d.text[a+w.Start]) || w.Tag == "" || strings.ContainsRune("vdpcurmeoyx", rune(w.Tag[0])) {
			return false
		}
	}
	return true
}

// opensWithName reports a stretch whose first word the segmenter tags as
// an abbreviated or proper name of two characters or more (中石化/j, 东航/j,
// 科德/nrt, 蒙牛/nz) that is no generic word: in a list its siblings vouch
// for, the firm that builds the works.
func (d *recognizer) opensWithName(a, b int) bool {
	if d.cutAt(a); d.tokenAt(a).Start != a {
		return false
	}
	w := d.tokenAt(a)
	if w.End-w.Start < 2 || w.End > b || d.x.generic.startingAt(d.text, w.Start, w.End) == w.End-w.Start {
		return false
	}
	switch w.Tag {
	case "j", "nrt", "nz", "nt":
		return true
	}
	return false
}

// countedAfter reports a count of things right after a name, or after a
// verb of growth (示范区36个, 示范区达到34个): the name is a kind counted.
func (d *recognizer) countedAfter(end int) bool {
	t := d.text
	i := end
	for _, v := range d.x.lex.growthVerbs {
		if !d.x.growthFirsts.at(t, i) {
			break // (most names)
		}
		if strings.HasPrefix(d.sub(i, min(len(t), i+4)), v) {
			i += len([]rune(v))
			break
		}
	}
	j := i
	for j < len(t) && (isDigit(t[j]) || isChineseNumeral(t[j]) || t[j] == '两' || t[j] == '.') {
		j++
	}
	if !(j > i && j < len(t) && d.x.countMeasures.has(t[j])) {
		return false
	}
	for k := j + 1; k < len(t) && k <= j+8 && isNameChar(t[k]); k++ {
		if d.x.headWords.startingAt(t, k, min(len(t), k+d.x.longestHead)) > 0 {
			return false // 苏州实验室两个国家实验室: the count is of the class a head after it names
		}
	}
	return true
}

// onlyVerbs reports a modifier made only of verbs (not verbal nouns) and
// stop words, by segmentation in context: 贯彻|落实 before 意见.
func (d *recognizer) onlyVerbs(a, b int) bool {
	ws := d.scratchWords(a, b) // the loop calls nothing that reads words
	for _, w := range ws {
		if x, y := a+w.Start, a+w.End; !(segment.IsVerbTag(w.Tag) && w.Tag != "vn") && d.x.stops.startingAt(d.text, x, y) != y-x {
			return false
		}
	}
	return len(ws) > 0
}

// articlesAfter reports a count of articles right after a title
// (制度型开放总体方案“80条”, 实施方案20条): a document that has articles.
func (d *recognizer) articlesAfter(end int) bool {
	t := d.text
	i := end
	if i < len(t) && t[i] == '“' {
		i++
	}
	j := i
	for j < len(t) && (isDigit(t[j]) || isChineseNumeral(t[j])) {
		j++
	}
	return j > i && j < len(t) && t[j] == '条'
}

// worksWordEndingAt returns the length of a word of works (修复, 提升,
// 整治 …: worksWords) ending at pos, or 0.
func (d *recognizer) worksWordEndingAt(pos int) int {
	if !d.x.worksLasts.at(d.text, pos-1) {
		return 0
	}
	for _, w := range d.x.lex.worksWords {
		if n := suffixLen(d.text, pos, w); n > 0 {
			return n
		}
	}
	return 0
}

// madeOf reports text[a:b] made only of words of the list, one after
// another: document verbs (制定出台, 编制实施), cooperation words (合作共建).
func (d *recognizer) madeOf(a, b int, words []string) bool {
	for a < b {
		n := 0
		for _, w := range words {
			if k := prefixLen(d.text, a, w); k > 0 && a+k <= b {
				n = k
				break
			}
		}
		if n == 0 {
			return false
		}
		a += n
	}
	return true
}

// runesAt reports whether t holds w at a, without building a string.
func runesAt(t []rune, a int, w string) bool {
	for i := 0; i < len(w); a++ {
		if a < 0 || a >= len(t) {
			return false
		}
		if r := t[a]; r >= 0x4E00 && r <= 0x9FFF && i+2 < len(w) {
			// a CJK ideograph, compared here: encodedAt is no inline call
			if w[i] != 0xE0|byte(r>>12) || w[i+1] != 0x80|byte(r>>6)&0x3F || w[i+2] != 0x80|byte(r)&0x3F {
				return false
			}
			i += 3
			continue
		}
		n := encodedAt(w, i, t[a])
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// encodedAt returns the width of r's UTF-8 encoding when w holds it at
// byte i, as ranging over w would read r there, or 0. The words compared
// are mostly Chinese: r's three bytes are compared, where a range over w
// called the runtime to decode each of its characters, and most words
// differ at their first.
func encodedAt(w string, i int, r rune) int {
	switch {
	case uint32(r) < utf8.RuneSelf:
		if w[i] == byte(r) {
			return 1
		}
		return 0
	case r >= 0x800 && r < 0x10000 && r != utf8.RuneError && (r < 0xD800 || r > 0xDFFF):
		// (U+FFFD is also what invalid bytes decode to: decoded below)
		if i+2 < len(w) && w[i] == 0xE0|byte(r>>12) && w[i+1] == 0x80|byte(r>>6)&0x3F && w[i+2] == 0x80|byte(r)&0x3F {
			return 3
		}
		return 0
	}
	if c, n := utf8.DecodeRuneInString(w[i:]); c == r {
		return n
	}
	return 0
}

// prefixLen returns the number of characters of w when t holds w at a,
// or 0: runesAt and the count of w's characters in one pass, where a
// string of the text and a count per word were built (w not empty).
func prefixLen(t []rune, a int, w string) int {
	if a < 0 {
		return 0
	}
	n := 0
	for i := 0; i < len(w); n++ {
		if a+n >= len(t) {
			return 0
		}
		if r := t[a+n]; r >= 0x4E00 && r <= 0x9FFF && i+2 < len(w) {
			// as in runesAt
			if w[i] != 0xE0|byte(r>>12) || w[i+1] != 0x80|byte(r>>6)&0x3F || w[i+2] != 0x80|byte(r)&0x3F {
				return 0
			}
			i += 3
			continue
		}
		k := encodedAt(w, i, t[a+n])
		if k == 0 {
			return 0
		}
		i += k
	}
	return n
}

// suffixLen returns the number of characters of w when t holds w ending
// at end, or 0 (w not empty).
func suffixLen(t []rune, end int, w string) int {
	if end > len(t) {
		return 0
	}
	n := 0
	for len(w) > 0 {
		if end-n-1 < 0 {
			return 0
		}
		c, k := t[end-n-1], len(w)
		if (uint32(c)-0x800 < 0xD800-0x800 || uint32(c)-0xE000 < utf8.RuneError-0xE000) && k >= 3 {
			// a character of three bytes (CJK ideographs, Chinese
			// punctuation; not U+FFFD, which invalid bytes decode to): w
			// must end in its three bytes, compared in place, where
			// DecodeLastRuneInString called the decoder for every Chinese
			// character (as in prefixLen)
			if w[k-3] != 0xE0|byte(c>>12) || w[k-2] != 0x80|byte(c>>6)&0x3F || w[k-1] != 0x80|byte(c)&0x3F {
				return 0
			}
			w = w[:k-3]
			n++
			continue
		}
		if uint32(c) < utf8.RuneSelf {
			// ASCII: w's last character is c exactly when its last byte is
			if w[k-1] != byte(c) {
				return 0
			}
			w = w[:k-1]
			n++
			continue
		}
		r, size := utf8.DecodeLastRuneInString(w)
		if t[end-n-1] != r {
			return 0
		}
		w = w[:len(w)-size]
		n++
	}
	return n
}

// verbList is a list of verbs as characters (runeLists), with a bit set
// in lasts for the low six bits of each one's last character: a position
// where none ends is passed without comparing the words.
type verbList struct {
	words [][]rune
	lasts uint64
}

// newVerbList builds the verbList of words, none of them empty.
func newVerbList(words []string) verbList {
	l := verbList{words: runeLists(words)}
	for _, w := range l.words {
		l.lasts |= 1 << (w[len(w)-1] & 63)
	}
	return l
}

// runeLists gives each of words as characters, in the same order.
func runeLists(words []string) [][]rune {
	out := make([][]rune, len(words))
	for i, w := range words {
		out[i] = []rune(w)
	}
	return out
}

// lastIndexRune is the index of the last r in t, or -1.
func lastIndexRune(t []rune, r rune) int {
	for k := len(t) - 1; k >= 0; k-- {
		if t[k] == r {
			return k
		}
	}
	return -1
}

// lastRune is the last character of s, not empty, as []rune(s) ends.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// holdsWord reports whether s holds one of words.
func holdsWord(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// ordinalInstitution reports a modifier that numbers an institution of a
// jurisdiction: 市三, 县第二, 省第一人民, 区第四中心.
func ordinalInstitution(mod []rune) bool {
	// (on the characters, in place: it was a string made and trimmed per call)
	m := mod
	if len(m) > 0 && (m[0] == '省' || m[0] == '市' || m[0] == '县' || m[0] == '区') {
		m = m[1:]
	}
	if len(m) > 0 && m[0] == '第' {
		m = m[1:]
	}
	if n := len(m); n >= 2 && m[n-2] == '人' && m[n-1] == '民' {
		m = m[:n-2]
	}
	if n := len(m); n >= 2 && m[n-2] == '中' && m[n-1] == '心' {
		m = m[:n-2]
	}
	if len(m) == 0 {
		return false
	}
	for _, r := range m {
		if !isChineseNumeral(r) {
			return false
		}
	}
	return len(mod) > len(m) // a jurisdiction, 第 or 人民 besides the numeral
}

// facilityBefore reports a strong head of a works facility ending at
// headStart after a modifier of its own (水利枢纽 in 阿尔塔什水利枢纽工程),
// or of a route before 工程 (银太高速铁路工程); a road or railway before
// 项目 is the route itself (石雄铁路项目).
func (d *recognizer) facilityBefore(start, headStart int) bool {
	// d.heads is sorted by start: the heads after start, not all of them
	k := sort.Search(len(d.heads), func(i int) bool { return d.heads[i].start > start })
	for _, h := range d.heads[k:] {
		if h.start >= headStart {
			break
		}
		if h.end != headStart {
			continue
		}
		hd := d.x.headDefs[h.word]
		w := d.sub(h.start, h.end)
		// (银太高速铁路|工程: works named by a route are a project; 石雄铁路|项目 is the route)
		route := (hd.typ == kg.Railway || hd.typ == kg.Road) && runesAt(d.text, headStart, "工程")
		return !hd.weak && (hd.typ == kg.Project || route) && w != "工程" && w != "项目"
	}
	return false
}

// numberedPartOfHub reports a hub's name with a strong head ([heads]:
// 机场, 国际机场, 港区) in [start, headStart) followed by an ordinal or a
// code alone (天河机场|第三|跑道, 江北国际机场|T3B|航站楼): a numbered part of
// that hub, named by it though its place is not known (天河 is no place
// the gazetteer resolves).
func (d *recognizer) numberedPartOfHub(start, headStart int) bool {
	k := headAt(d.heads, start+2)
	for _, h := range d.heads[k:] {
		if h.start >= headStart {
			break
		}
		hd := d.x.headDefs[h.word]
		if hd.typ != kg.Hub || hd.weak || h.start-start < 2 || h.end >= headStart || d.isGeneric(d.text[start:h.start]) {
			continue
		}
		r := d.text[h.end:headStart]
		if len(r) >= 2 && r[0] == '第' && !slices.ContainsFunc(r[1:], func(c rune) bool { return !isChineseNumeral(c) }) {
			return true
		}
		if len(r) >= 2 && r[0] >= 'A' && r[0] <= 'Z' && isDigit(r[1]) && len(r) <= 4 {
			return true
		}
	}
	return false
}

// routeHeadAt reports a road or railway head ending text[a:b] after a
// short modifier that is not generic (独库|高速) or one joining places
// (黄桶至百色|铁路), and its type.
func (d *recognizer) routeHeadAt(a, b int) (kg.EntityType, bool) {
	// d.heads is sorted by start: those from a+2 to b, not all of them
	k := headAt(d.heads, a+2)
	for _, h := range d.heads[k:] {
		if h.start >= b {
			break
		}
		if h.end != b || h.start-a < 2 || (h.start-a > 4 && !joinsPlaces(d.text[a:h.start])) {
			continue
		}
		hd := d.x.headDefs[h.word]
		if (hd.typ != kg.Road && hd.typ != kg.Railway) || d.isGeneric(d.text[a:h.start]) ||
			(!d.onlyNameWords(a, h.start) && !joinsPlaces(d.text[a:h.start])) {
			continue
		}
		return hd.typ, true
	}
	return "", false
}

// untitledDocs reads a document's title written without 《》: an issuer
// (国务院, 中共中央, a place's 委 or 政府), 关于, what the document is about,
// 的 and a titled document's head (意见, 规划, 方案): 国务院关于支持贵州在新时代
// 西部大开发上闯新路的意见 is a Plan, whatever the words between hold.
func (d *recognizer) untitledDocs(named []*mention) []*mention {
	t := d.text
	idx := newSpanIndex(named, nil)
	var out []*mention
	for _, p := range d.marks.of('关') {
		if p+2 >= len(t) || t[p+1] != '于' {
			continue
		}
		s := d.issuerStart(p)
		if s < 0 {
			continue
		}
		e, hs := -1, -1
		for j := p + 2; j+1 < len(t) && j-p <= maxUntitled; j++ {
			if isClauseSep(t[j]) || t[j] == '《' || t[j] == '》' || t[j] == '\n' {
				break
			}
			if t[j] != '的' {
				continue
			}
			if n := d.x.headWords.startingAt(t, j+1, min(len(t), j+1+d.x.longestHead)); n > 0 {
				if k, ok := d.x.headIndex[d.sub(j+1, j+1+n)]; ok && d.x.headDefs[k].rule == ruleDoc {
					e, hs = j+1+n, j+1
				}
			}
			break // the first 的 closes what the title is about
		}
		if e < 0 || idx.overlaps(s, e) {
			continue
		}
		name, _ := d.surfaceView(s, e)
		out = append(out, d.oneRef(mention{start: s, end: e, kind: mNamed, headStart: hs}, d.namedEntity(kg.Plan, name, s, hs)))
	}
	return out
}

// institutionForms returns an institution for each short form of
// [institution-short-forms] (中科院) that stands as a word of its own and in
// no name recognised: 山东省、中科院、青岛市三方 names 中国科学院; 中科院海洋
// 研究所 is a name of its own.
func (d *recognizer) institutionForms(named []*mention) []*mention {
	if len(d.forms) == 0 {
		return nil
	}
	idx := newSpanIndex(named, nil)
	var out []*mention
	for _, h := range d.forms {
		if idx.overlaps(h.start, h.end) {
			continue
		}
		d.cutTo(h.start, h.end)
		if d.tokenAt(h.start).Start != h.start || d.tokenAt(h.end-1).End != h.end {
			continue // 豫皖苏浙|大宗: the form's characters in other words
		}
		if h.end < len(d.text) && isNameChar(d.text[h.end]) {
			d.cutAt(h.end)
			if tg := d.tokenAt(h.end).Tag; tg == "j" || tg == "vn" || strings.HasPrefix(tg, "n") {
				continue // 中科院|天文台射电望远镜: the institution qualifies a name of its own
			}
		}
		_, full, _ := strings.Cut(d.x.lex.institutionForms[h.word], "=")
		e := d.namedEntity(kg.Institution, full, h.start, h.start)
		e.keepAlias(d.sub(h.start, h.end))
		out = append(out, d.oneRef(mention{start: h.start, end: h.end, kind: mNamed, headStart: h.start}, e))
	}
	return out
}

// maxUntitled is the most characters between 关于 and the head of an
// untitled document's name.
const maxUntitled = 44

// issuerStart returns where the name of a body that issues documents ends
// right before p starts (国务院, 国务院办公厅, 中共中央, 中共湖南省委, 湖南省
// 人民政府), or -1: the state's bodies by name, others by a place opening
// them and a body's ending ([body-endings]) closing them.
func (d *recognizer) issuerStart(p int) int {
	t := d.text
	for _, w := range d.x.lex.stateIssuers {
		if n := len([]rune(w)); p-n >= 0 && runesAt(t, p-n, w) {
			return p - n
		}
	}
	ends := false
	for _, e := range d.x.lex.bodyEndings {
		if n := len([]rune(e)); p-n > 0 && runesAt(t, p-n, e) {
			ends = true
			break
		}
	}
	if !ends {
		return -1
	}
	for s := p - 2; s >= 0 && p-s <= 14 && isNameChar(t[s]); s-- {
		if runesAt(t, s, "中共") || (d.placeAt(s) && (s == 0 || !isNameChar(t[s-1]) || d.x.stops.endingAt(t, 0, s) > 0)) {
			return s
		}
	}
	return -1
}

// familyPlaceAt reports 家 at i after a character it makes a place's
// name with, a toponym's final after it (向|家坝): the character before i
// opens the name, though the dictionary reads it apart (向 a preposition).
func (d *recognizer) familyPlaceAt(i int) bool {
	t := d.text
	if i == 0 || i+1 >= len(t) || t[i] != '家' || !d.x.toponymFinals.has(t[i+1]) || !isNameChar(t[i-1]) {
		return false
	}
	_, word := d.x.seg.Tag(d.sub(i-1, i+1))
	return !word
}

// quotedSiblings reads quoted names written one after another after a
// place that opens the first (成渝“氢走廊”“电走廊”“智行走廊”): each is the
// place's, with a head of its own.
func (d *recognizer) quotedSiblings(named []*mention) []*mention {
	t := d.text
	var out []*mention
	for _, m := range named {
		if m.end >= len(t) || t[m.end] != '”' || len(m.refs) != 1 || m.refs[0].typ == kg.Plan {
			continue
		}
		q := m.start
		for q < m.headStart && t[q] != '“' {
			q++
		}
		if q == m.headStart || q-m.start > 4 || !(d.spansPlace(m.start, q) || d.endpointRun(m.start, q, m.refs[0].typ) || d.partyCount(m.start, q) >= 2) {
			continue // the quoted name must follow a place and nothing else
		}
		for p := m.end + 1; p < len(t) && t[p] == '“'; {
			r := p + 1
			for r < len(t) && r-p <= maxModifier && t[r] != '”' && isNameChar(t[r]) {
				r++
			}
			if r >= len(t) || t[r] != '”' {
				break
			}
			k := sort.Search(len(d.heads), func(i int) bool { return d.heads[i].end >= r })
			if k == len(d.heads) || d.heads[k].end != r || d.heads[k].start <= p+1 {
				break
			}
			hd := d.x.headDefs[d.heads[k].word]
			if hd.typ == "" || hd.typ == kg.Plan {
				break
			}
			name := string(t[m.start:q]) + string(t[p+1:r])
			out = append(out, d.oneRef(mention{start: p + 1, end: r, kind: mNamed, headStart: d.heads[k].start}, d.namedEntity(hd.typ, name, p+1, d.heads[k].start)))
			p = r + 1
		}
	}
	return out
}

// quotedPairs reads quoted names joined by 和, 及 or 、 before a name
// whose quoted part its head follows (“宽带升级”和“信号升格”专项行动): each
// takes the head right after the last quote; none where the last name is
// quoted whole, its quote holds a place or words stand between its quote
// and its head, and none for an item quoted with a head of its own.
func (d *recognizer) quotedPairs(named []*mention) []*mention {
	t := d.text
	var out []*mention
	for _, m := range named {
		st := m.start // the quoted part's first character
		if st < len(t) && t[st] == '“' {
			st++
		}
		if len(m.refs) != 1 || st < 4 || t[st-1] != '“' || !inSet("和及、", t[st-2]) || t[st-3] != '”' {
			continue
		}
		c := slices.Index(t[st:m.headStart+1], '”')
		if c < 0 || st+c+1 != m.headStart || d.placeIn(st, st+c) {
			continue // (“两型三化”15管理…行动: words between the quote and the head are the last name's)
		}
		rest := d.sub(st+c+1, m.end) // 专项行动: what each quoted name takes
		for q := st - 3; q > 0 && t[q] == '”'; {
			o := lastIndexRune(t[max(0, q-maxModifier):q], '“')
			if o < 0 {
				break
			}
			o += max(0, q-maxModifier)
			if q-o < 3 || !onlyNameChars(t[o+1:q]) || numericShorthand(t[o:q+1]) || d.x.headWords.endingAt(t, o+1, q) > 0 {
				break // (“中国制造2025计划”: a name quoted whole with its own head)
			}
			name := d.sub(o+1, q) + rest
			out = append(out, d.oneRef(mention{start: o + 1, end: q, kind: mNamed, headStart: q}, d.namedEntity(m.refs[0].typ, name, o+1, q)))
			if o < 2 || !inSet("和及、", t[o-1]) {
				break
			}
			q = o - 2
		}
	}
	return out
}

// onlyNameChars reports runes all of which may stand in a name, the signs
// of a programme's slogan too (互联网+, 数据要素×).
func onlyNameChars(rs []rune) bool {
	for _, r := range rs {
		if !isNameChar(r) && !inSet("+×·", r) {
			return false
		}
	}
	return true
}

// placeItems reads the items of a list that share the head of the name
// after them, each a place and a proper name as that name is (长沙黄花、
// 张家界荷花国际机场; 武汉天河、襄阳刘集机场): 长沙黄花国际机场 is named too.
func (d *recognizer) placeItems(named []*mention) []*mention {
	t := d.text
	var out []*mention
	for _, m := range named {
		if m.start < 4 || t[m.start-1] != '、' || len(m.refs) != 1 {
			continue
		}
		typ := m.refs[0].typ
		if typ != kg.Hub && typ != kg.Park && typ != kg.Institution {
			continue
		}
		g := d.gazAt(m.start)
		if g == nil || g.kind != mRegion || g.start != m.start || m.headStart-g.end < 2 || m.headStart-g.end > 4 {
			continue // the name: a place, then a proper name of two to four characters, then its head
		}
		if m.refs[0].name != d.sub(m.start, m.end) {
			continue // (a name not written as one span: no head to share)
		}
		head := d.sub(m.headStart, m.end)
		if m.end-m.headStart < 2 {
			continue // (港, 谷: too common a head to be shared by what stands before it)
		}
		for e := m.start - 1; e > 0 && t[e] == '、'; {
			// the item ending at e: a place and two to four characters
			var it *mention
			for k := 2; k <= 4 && e-k > 0; k++ {
				if p := d.gazEndingAt(e - k); p != nil && p.kind == mRegion && (p.start == 0 || !isNameChar(t[p.start-1]) || t[p.start-1] == '、' ||
					d.x.stops.endingAt(t, 0, p.start) > 0 || d.verbBefore(p.start)) {
					if d.onlyNameWords(p.end, e) && !d.holdsHead(p.end, e) && d.gazAt(e-1) == nil && !d.x.toponymFinals.has(t[e-1]) {
						// (余姚井头山: a place of its own, no item waiting for a head)
						it = p
					}
					break
				}
			}
			if it == nil {
				break
			}
			name := d.sub(it.start, e) + head
			out = append(out, d.oneRef(mention{start: it.start, end: e, kind: mNamed, headStart: e}, d.namedEntity(typ, name, it.start, e)))
			e = it.start - 1
		}
	}
	return out
}

// bareRoutes reads routes named by their two ends alone in a list beside a
// named route (开工建设离石至隰县、隰县至吉县、三门峡公铁黄河大桥连接线; 建成长治至临汾、
// 霍永高速…): the way transport plans list works, the list's kind vouching
// for the items. Each item is a place, 至 and a place, an optional note in
// brackets after either, standing between list marks or the list's ends.
func (d *recognizer) bareRoutes(named []*mention) []*mention {
	t := d.text
	var out []*mention
	var covered spanIndex // the names read already: no item inside one
	built := false
	seen := map[int]bool{}
	for _, m := range named {
		if len(m.refs) != 1 || (m.refs[0].typ != kg.Road && m.refs[0].typ != kg.Railway) {
			continue
		}
		typ := m.refs[0].typ
		if !(m.start > 0 && t[m.start-1] == '、' || m.end < len(t) && t[m.end] == '、') {
			continue // (most routes: in no list)
		}
		if !built {
			covered, built = newSpanIndex(named, func(*mention) bool { return true }), true
		}
		var items [][2]int
		// leftwards from the name, then rightwards
		for e := m.start - 1; e > 0 && t[e] == '、'; {
			s, ok := d.bareRouteEnding(e)
			if !ok || covered.overlaps(s, e) {
				break
			}
			items = append(items, [2]int{s, e})
			if s == 0 || t[s-1] != '、' {
				break
			}
			e = s - 1
		}
		listEnd := m.end
		for s := m.end + 1; s < len(t) && t[s-1] == '、'; {
			e, ok := d.bareRouteStarting(s)
			if !ok || covered.overlaps(s, e) {
				break
			}
			items = append(items, [2]int{s, e})
			listEnd = e
			if e >= len(t) || t[e] != '、' {
				break
			}
			s = e + 1
		}
		// 太原西北二环、离石至隰县2条高速公路: the class the count closes the list with is the items' head
		head := d.countedRouteClass(listEnd, typ)
		for _, it := range items {
			if !seen[it[0]] {
				seen[it[0]] = true
				out = append(out, d.oneRef(mention{start: it[0], end: it[1], kind: mNamed, headStart: it[1]},
					d.namedEntity(typ, d.sub(it[0], it[1])+head, it[0], it[1])))
			}
		}
	}
	return out
}

// countedRouteClass returns the head of routes of typ that a count closing a
// list at pos names (2条高速公路: 高速公路), or "".
func (d *recognizer) countedRouteClass(pos int, typ kg.EntityType) string {
	t := d.text
	p := pos
	for p < len(t) && (isDigit(t[p]) || isChineseNumeral(t[p]) || t[p] == '两') {
		p++
	}
	if p == pos || p >= len(t) || !isListMeasure(t[p]) {
		return ""
	}
	p++
	n := d.x.headWords.startingAt(t, p, min(len(t), p+d.x.longestHead))
	if n == 0 {
		return ""
	}
	if i, ok := d.x.headIndex[d.sub(p, p+n)]; !ok || d.x.headDefs[i].typ != typ {
		return ""
	}
	return d.sub(p, p+n)
}

// routeShortForms names a route written short by one character of each
// end (台黑高速公路, 昌九高速) by the route the document names in full by its
// ends (台安至黑山高速公路, 南昌至九江高速公路): one route, the short form an
// alias. The full name must be the only one the short form fits.
func (d *recognizer) routeShortForms(named []*mention) {
	var long []*entity
	for _, m := range named {
		if len(m.refs) == 1 && (m.refs[0].typ == kg.Road || m.refs[0].typ == kg.Railway) &&
			strings.Contains(m.refs[0].name, "至") && !slices.Contains(long, m.refs[0]) {
			long = append(long, m.refs[0])
		}
	}
	if len(long) == 0 {
		return
	}
	trim := func(s string) string { return strings.TrimSuffix(s, "公路") }
	for _, m := range named {
		if len(m.refs) != 1 || (m.refs[0].typ != kg.Road && m.refs[0].typ != kg.Railway) || strings.Contains(m.refs[0].name, "至") {
			continue
		}
		short := []rune(m.refs[0].name)
		if len(short) < 4 || len(short) > 6 || !isHan(short[0]) || !isHan(short[1]) {
			continue
		}
		rest := trim(string(short[2:]))
		var found *entity
		for _, e := range long {
			p, q, ok := strings.Cut(e.name, "至")
			if !ok || e.typ != m.refs[0].typ || strings.Contains(q, "至") {
				continue
			}
			q = trim(q)
			end, ok := strings.CutSuffix(q, rest)
			if !ok || !strings.ContainsRune(p, short[0]) || !strings.ContainsRune(end, short[1]) {
				continue
			}
			if n := utf8.RuneCountInString(end); n < 2 || n > 4 {
				continue
			}
			if found != nil && found != e {
				found = nil
				break
			}
			found = e
		}
		if found != nil && found != m.refs[0] {
			found.addAlias(m.refs[0].name)
			m.refs[0] = found
		}
	}
}

// pastRouteLocality returns where a route's name starts when it opens
// with a place and its first end inside that place (辽宁|台安至黑山高速公路:
// the province says where the route runs, no end of it), or with a
// province written in full before a short name (湖南省|岳临高速公路), or a
// city written in full before initials (泉州市|福厦高铁), or what goes along
// a route named by initials (大湾区沿|贵广高铁), or start.
func (d *recognizer) pastRouteLocality(start, headStart int) int {
	if k := lastIndexRune(d.text[start:headStart], '沿'); k >= 0 && headStart-(start+k+1) >= 2 && headStart-(start+k+1) <= 4 && d.allInitials(start+k+1, headStart) {
		return start + k + 1 // 大湾区沿|贵广高铁: along a route named by its ends' initials, the route alone
	}
	g1 := d.gazAt(start)
	if g1 == nil || g1.kind != mRegion || g1.start != start || len(g1.refs) != 1 || g1.refs[0].region == nil {
		return start
	}
	if g1.refs[0].region.Level != gazetteer.Province {
		if g1.end-g1.start >= 3 && d.text[g1.end-1] == '市' && headStart-g1.end >= 2 && headStart-g1.end <= 4 &&
			d.gazAt(g1.end) == nil && d.allInitials(g1.end, headStart) {
			return g1.end // 泉州市|福厦高铁: a city written in full before a route named by the initials of its ends is where it runs
		}
		return start // 广州从化至清远连州高速公路: a city before its county, as before the other end, is part of the name
	}
	if g1.end-g1.start >= 3 && (d.text[g1.end-1] == '省' || d.text[g1.end-1] == '区') &&
		headStart-g1.end >= 2 && headStart-g1.end <= 4 && d.gazAt(g1.end) == nil && !d.isGeneric(d.text[g1.end:headStart]) && d.onlyNameWords(g1.end, headStart) {
		return g1.end // 湖南省|岳临高速公路: the province a route named short runs in, written in full, is no part of its name
	}
	g2 := d.gazAt(g1.end)
	if g2 == nil || g2.kind != mRegion || g2.start != g1.end || len(g2.refs) != 1 || g2.refs[0].region == nil ||
		g2.end >= headStart || d.text[g2.end] != '至' && d.text[g2.end] != '经' {
		return start // (广西|南宁经钦州至防城港高速公路: by way of a place too)
	}
	if r := g2.refs[0].region; r == g1.refs[0].region || !d.x.gaz.Inside(r, g1.refs[0].region) {
		return start
	}
	return g2.start
}

// zoneShortForms names a zone, hub or institution written again without
// the place that opens its name (聊城鲁西经济开发区, then 鲁西经济开发区) by the
// name written in full in the same document, the only one it fits: one
// entity, the short form an alias.
func (d *recognizer) zoneShortForms(named []*mention) {
	var full []*entity
	for _, m := range named {
		if len(m.refs) == 1 && (m.refs[0].typ == kg.Park || m.refs[0].typ == kg.Hub || m.refs[0].typ == kg.Institution) && !slices.Contains(full, m.refs[0]) {
			full = append(full, m.refs[0])
			if len(full) > zoneIndexFrom {
				d.zoneShortFormsIndexed(named)
				return
			}
		}
	}
	if len(full) < 2 {
		return
	}
	for _, m := range named {
		if len(m.refs) != 1 || !slices.Contains(full, m.refs[0]) {
			continue
		}
		d.zoneShortForm(m, full)
	}
}

// zoneShortForm names m, whose entity is one of full, by the one entity
// of full whose name is its own after a place's.
func (d *recognizer) zoneShortForm(m *mention, full []*entity) {
	short := m.refs[0]
	var found *entity
	for _, e := range full {
		if e == short || e.typ != short.typ || len(e.name) <= len(short.name) {
			continue
		}
		p, ok := strings.CutSuffix(e.name, short.name)
		if !ok || utf8.RuneCountInString(short.name)-utf8.RuneCountInString(p) < 3 && m.headStart-m.start < 2 {
			continue // (翠亨新区 after 中山翠亨新区: a proper name of two before the head will do)
		}
		if !d.x.gaz.IsName(p) {
			continue // (the part before is no place's name)
		}
		if found != nil && found != e {
			found = nil
			break
		}
		found = e
	}
	if found != nil {
		found.addAlias(short.name)
		m.refs[0] = found
	}
}

// zoneIndexFrom is the most zones, hubs and institutions zoneShortForms
// scans for each name; past it (a long document), zoneShortFormsIndexed
// indexes them.
const zoneIndexFrom = 128

// zoneShortFormsIndexed is zoneShortForms with a set of the zones and an
// index of them by the ends of their names, where scans of all for each
// name were quadratic in a long document's names (9 % of the corpus
// joined into one document). The same names, in the same order.
func (d *recognizer) zoneShortFormsIndexed(named []*mention) {
	var full []*entity
	member := map[*entity]bool{}
	for _, m := range named {
		if len(m.refs) == 1 && (m.refs[0].typ == kg.Park || m.refs[0].typ == kg.Hub || m.refs[0].typ == kg.Institution) && !member[m.refs[0]] {
			member[m.refs[0]] = true
			full = append(full, m.refs[0])
		}
	}
	// bySuffix: the entities of full whose names end in a key and are
	// longer, in the order of full (a key starts at a character: the
	// suffix a name shorter than theirs ends them in)
	bySuffix := make(map[string][]*entity, 4*len(full))
	for _, e := range full {
		for k := range e.name {
			if k > 0 {
				bySuffix[e.name[k:]] = append(bySuffix[e.name[k:]], e)
			}
		}
	}
	for _, m := range named {
		if len(m.refs) != 1 || !member[m.refs[0]] {
			continue
		}
		if m.refs[0].name == "" {
			d.zoneShortForm(m, full)
		} else {
			d.zoneShortForm(m, bySuffix[m.refs[0].name])
		}
	}
}

// groupListPlans reads the plans of the areas listed before 等 and a
// group's head that a plan's head follows (南京、福州…、重庆等都市圈|发展规划:
// 南京都市圈发展规划 …): each item that names a group of the gazetteer
// (sharedGroupHeads, by its alias) names that group's plan, the words
// after the group's head shared.
func (d *recognizer) groupListPlans(named []*mention) []*mention {
	if len(d.headAliases) == 0 {
		return nil // (most documents: no list shares a group's head)
	}
	t := d.text
	covered := newSpanIndex(named, nil)
	var out []*mention
	for _, j := range d.marks.of('等') {
		if j+1 >= len(t) {
			continue
		}
		n := d.x.headWords.startingAt(t, j+1, min(len(t), j+1+d.x.longestHead))
		if n == 0 {
			continue
		}
		if k, ok := d.x.headIndex[d.sub(j+1, j+1+n)]; !ok || d.x.headDefs[k].typ != kg.RegionGroup {
			continue
		}
		g := j + 1 + n // the group's head ends here; a plan's head follows within a few words
		pe := -1
		for _, h := range d.heads[headAt(d.heads, g):] {
			if h.start > g+4 {
				break
			}
			if hd := d.x.headDefs[h.word]; hd.typ == kg.Plan && hd.rule == ruleDoc && d.onlyNameWords(g, h.start) {
				pe = h.end
				break
			}
		}
		if pe < 0 || covered.overlaps(j+1, pe) {
			continue
		}
		rest := d.sub(g, pe)
		for end := j; end > 0; {
			a := -1
			for s := end - 2; s >= max(0, end-maxGroupItem); s-- {
				if name, ok := d.headAliases[s]; ok && strings.HasPrefix(name, d.sub(s, end)) {
					a = s // the item that ends at end (not an earlier one in reach)
					break
				}
			}
			if a < 0 {
				break
			}
			name := d.headAliases[a] + rest
			out = append(out, d.oneRef(mention{start: a, end: end, kind: mNamed, headStart: end}, d.namedEntity(kg.Plan, name, a, end)))
			if a == 0 || t[a-1] != '、' {
				break
			}
			end = a - 1
		}
	}
	return out
}

// builtZoneForms names a zone written once with a verb of building between
// its parties and the rest of its name and once without it (闽宁共建产业园
// and 闽宁产业园): one zone, the form with the verb an alias.
func (d *recognizer) builtZoneForms(named []*mention) {
	byName := map[string]*entity{}
	for _, m := range named {
		if len(m.refs) == 1 && m.refs[0].typ == kg.Park {
			byName[m.refs[0].name] = m.refs[0]
		}
	}
	if len(byName) < 2 {
		return
	}
	for _, m := range named {
		if len(m.refs) != 1 || m.refs[0].typ != kg.Park {
			continue
		}
		e := m.refs[0]
		for _, td := range d.x.trigDefs { // the verbs of building are CO_BUILDS' triggers
			if td.typ != kg.CoBuilds {
				continue
			}
			k := strings.Index(e.name, td.word)
			if k <= 0 {
				continue
			}
			if short, ok := byName[e.name[:k]+e.name[k+len(td.word):]]; ok && short != e {
				short.addAlias(e.name)
				m.refs[0] = short
				break
			}
		}
	}
}

// planTitleForms names a plan written twice in one document, once with
// 的 and once without it (a notice's title: 印发关于促进…创新发展实施方案的通知;
// the plan in 《》: 关于促进…创新发展的实施方案), by the form with 的, as
// its title in 《》 usually writes it: one plan, the other form an alias.
//
// A plan written once with its period (《广东省新型城镇化规划（2021—2035年）》)
// and once without it is one plan too, named with its period.
func (d *recognizer) planTitleForms(named []*mention) {
	byKey := map[string]*entity{}
	for _, m := range named {
		if len(m.refs) != 1 || m.refs[0].typ != kg.Plan {
			continue
		}
		e := m.refs[0]
		if strings.Contains(e.name, "的") {
			byKey[strings.ReplaceAll(e.name, "的", "")] = e
		}
		for _, a := range e.aliases {
			if rest, ok := strings.CutPrefix(e.name, a); ok && periodNote(rest) {
				byKey[a] = e
			}
		}
	}
	if len(byKey) == 0 {
		return
	}
	for _, m := range named {
		if len(m.refs) != 1 || m.refs[0].typ != kg.Plan {
			continue
		}
		if full, ok := byKey[m.refs[0].name]; ok && full != m.refs[0] && utf8.RuneCountInString(full.name) >= 8 {
			full.addAlias(m.refs[0].name)
			m.refs[0] = full
		}
	}
}

// pastZoneLocality returns where a zone's or hub's name starts when it
// opens with places written in full, each inside the one before, the last
// followed by its own short name again (云南省保山市|保山产业园区: where the zone
// lies, then its name), or start. With no name repeated the places are the
// name's (巴中市通江县浙川东西部协作通江产业园); a short name stays (广西钦州保税港区).
func (d *recognizer) pastZoneLocality(start, headStart int) int {
	for p := start; ; {
		g1 := d.gazAt(p)
		if g1 == nil || g1.kind != mRegion || g1.start != p || len(g1.refs) != 1 || g1.refs[0].region == nil ||
			g1.end-g1.start != utf8.RuneCountInString(g1.refs[0].region.Name) || !inSet("省市区县州", d.text[g1.end-1]) {
			return start
		}
		g2 := d.gazAt(g1.end)
		if g2 == nil || g2.kind != mRegion || g2.start != g1.end || len(g2.refs) != 1 || g2.refs[0].region == nil || g2.end > headStart {
			return start
		}
		if r := g2.refs[0].region; r == g1.refs[0].region {
			return g2.start // 保山市|保山: the name starts with the place's short name again
		} else if !d.x.gaz.Inside(r, g1.refs[0].region) {
			return start
		}
		p = g2.start
	}
}

// pastPortProvince returns where a port's name starts when a province
// opens it before a place inside the province that names the port
// (广东|南沙港, 广西|钦州港: the province says where it lies), or start.
func (d *recognizer) pastPortProvince(start, headStart int) int {
	g1 := d.gazAt(start)
	if g1 == nil || g1.kind != mRegion || g1.start != start || len(g1.refs) != 1 || g1.refs[0].region == nil || g1.refs[0].region.Level != gazetteer.Province ||
		isMunicipality(g1.refs[0].region) {
		return start // (北京通州站: a municipality is the city that names its stations)
	}
	g2 := d.gazAt(g1.end)
	if g2 == nil || g2.kind != mRegion || g2.start != g1.end || len(g2.refs) != 1 || g2.refs[0].region == nil || g2.end > headStart ||
		!d.x.gaz.Inside(g2.refs[0].region, g1.refs[0].region) {
		return start
	}
	return g2.start
}

// routeEnds returns where a route named by two places joined by 至 and
// starting at s ends (离石至隰县, 阳泉（盂县）至西柏坡), or ok false.
func (d *recognizer) routeEnds(s int) (int, bool) {
	t := d.text
	p := s
	for i := 0; i < 2; i++ {
		g := d.gazAt(p)
		if g == nil || g.kind != mRegion || g.start != p || g.end-g.start < 2 {
			return 0, false
		}
		p = g.end
		if p < len(t) && (t[p] == '（' || t[p] == '(') {
			q := p + 1
			for q < len(t) && q-p < 8 && t[q] != '）' && t[q] != ')' && isNameChar(t[q]) {
				q++
			}
			if q >= len(t) || (t[q] != '）' && t[q] != ')') {
				return 0, false
			}
			p = q + 1
		}
		if i == 0 {
			if p >= len(t) || t[p] != '至' {
				return 0, false
			}
			p++
		}
	}
	return p, true
}

// bareRouteEnding reads a bare route item ending at the list mark e and
// returns its start.
func (d *recognizer) bareRouteEnding(e int) (int, bool) {
	for s := max(0, e-20); s+5 <= e; s++ {
		if end, ok := d.routeEnds(s); ok && end == e && d.itemOpens(s) {
			return s, true
		}
	}
	return 0, false
}

// bareRouteStarting reads a bare route item starting at s, after a list
// mark, and returns its end: a list mark, 等, a count or the clause's end.
func (d *recognizer) bareRouteStarting(s int) (int, bool) {
	t := d.text
	e, ok := d.routeEnds(s)
	if !ok || (e < len(t) && isNameChar(t[e]) && t[e] != '、' && t[e] != '等' && !d.listMark(e) && !isDigit(t[e]) && !isChineseNumeral(t[e])) {
		return 0, false
	}
	return e, true
}

// itemOpens reports a list item that may open at s: after a list mark, a
// verb or a stop word, or where no name runs on.
func (d *recognizer) itemOpens(s int) bool {
	t := d.text
	return s == 0 || !isNameChar(t[s-1]) || t[s-1] == '、' || d.x.stops.endingAt(t, 0, s) > 0 || d.verbBefore(s)
}

// endLines reads railway lines named by one character per end and 线
// (沪昆线, 嘉闵线北延伸), the way lines are named across the country; 线
// alone is no head (底线, 沿线, 航线), so both characters must stand for
// places and the line must be read whole by the segmentation.
func (d *recognizer) endLines(named []*mention) []*mention {
	t := d.text
	var out []*mention
	var idx spanIndex // built at the first line found: most documents have none
	built := false
	for _, p := range d.marks.of('线') {
		a := p - 2
		if a < 0 || !d.endpointRun(a, p, kg.Railway) || (a > 0 && isNameChar(t[a-1]) && d.x.stops.endingAt(t, 0, a) == 0) || !d.readWhole(a, p+1) {
			continue
		}
		if !built {
			idx, built = newSpanIndex(named, nil), true
		}
		if idx.overlaps(a, p+1) {
			continue
		}
		e := d.namedEntity(kg.Railway, d.sub(a, p+1), a, p)
		out = append(out, d.oneRef(mention{start: a, end: p + 1, kind: mNamed, headStart: p}, e))
		if se := d.sectionEnd(p + 1); se > p+1 {
			name, _ := d.surfaceView(a, se)
			out = append(out, d.oneRef(mention{start: a, end: se, kind: mNamed, headStart: p}, d.namedEntity(kg.Railway, name, a, p)))
		}
	}
	return out
}

// readWhole reports a span the segmentation cuts at both ends, with no
// word that joins its last character to the one before unless it is the
// whole span (京广线 or 京/广/线, not 新/上线 nor 沿线/路).
func (d *recognizer) readWhole(a, b int) bool {
	lo, hi := max(0, a-3), min(len(d.text), b+3)
	for _, tk := range d.words(lo, hi) {
		s, e := lo+tk.Start, lo+tk.End
		if (s < a && e > a) || (s < b && e > b) || (s > a && s < b-1 && e == b) || (s == b-2 && s != a && e == b) {
			return false
		}
	}
	return true
}

// phaseBases names the project a phase belongs to where the phase's name
// has no head of its own (金山海上风电一期 names 金山海上风电, 长江存储二期
// 长江存储); a base with a head is named by the head already.
func (d *recognizer) phaseBases(named []*mention) []*mention {
	t := d.text
	var out []*mention
	// the spans named, made at the first phase asked about (most
	// documents have none): a span is added only after a lookup
	var seen map[[2]int]bool
	seenAt := func(a, b int) bool {
		if seen == nil {
			seen = make(map[[2]int]bool, len(named)+4)
			for _, m := range named {
				seen[[2]int{m.start, m.end}] = true
			}
		}
		return seen[[2]int{a, b}]
	}
	for _, m := range named {
		if len(m.refs) == 1 && m.refs[0].typ == kg.Project && m.end-m.start > 4 && d.nationalProgramme(m.end-2, m.end) == m.start && t[m.end-3] == '期' {
			// “三北”六期工程: a phase of the state's programme names the programme
			q := m.end - 4 // the phase's numeral
			for q > m.start && !(t[q-1] == '”' || d.x.stops.endingAt(t, 0, q) > 0) && isChineseNumeral(t[q]) {
				q--
			}
			if base := cleanName(d.sub(m.start, q)) + "工程"; q > m.start && base != cleanName(d.sub(m.start, m.end)) {
				out = append(out, d.oneRef(mention{start: m.start, end: q, kind: mNamed, headStart: q}, d.namedEntity(kg.Project, base, m.start, q)))
			}
			continue
		}
		b := m.end - 2
		if len(m.refs) != 1 || m.refs[0].typ != kg.Project || b-m.start < 3 || t[b+1] != '期' || !inSet("一二三四五六", t[b]) ||
			seenAt(m.start, b) || d.x.headWords.endingAt(t, m.start, b) > 0 {
			continue
		}
		if !isHan(t[b-1]) || len(d.words(m.start, b)) < 2 || d.worksWordEndingAt(b) > 0 || d.endsInProcess(m.start, b) {
			continue // 罗泾港区改造|二期, 碳化硅|三期: works or a material, no project apart from its phase
		}
		seen[[2]int{m.start, b}] = true
		name, _ := d.surfaceView(m.start, b)
		out = append(out, d.oneRef(mention{start: m.start, end: b, kind: mNamed, headStart: b}, d.namedEntity(kg.Project, name, m.start, b)))
	}
	return out
}

// phaseNames reads the construction phases of things named without a
// head (裕龙石化一期稳产达产, 金山海上风电一期建成): a phase is built as a
// project, and what stands before it names one when it holds a place or a
// proper noun.
func (d *recognizer) phaseNames(named []*mention) []*mention {
	t := d.text
	var out []*mention
	namedIdx := newSpanIndex(named, nil) // a scan of every name per phase was quadratic
	for _, p := range d.marks.of('期') {
		if p < 4 || !inSet("一二三四五六", t[p-1]) {
			continue
		}
		ph := p - 1 // the phase starts at its numeral
		inside := namedIdx.overlaps(ph-1, p+1)
		if inside {
			continue
		}
		s := ph
		for s > 0 && ph-s < 12 && isNameChar(t[s-1]) && !d.listMark(s-1) {
			if n := d.x.stops.endingAt(t, 0, s); n > 0 && (n > 1 || d.standsAlone(s-1)) {
				break
			}
			s--
		}
		if s > 0 && s+1 < ph && d.familyPlaceAt(s) {
			s-- // 向|家坝灌区北总干渠二期
		}
		if ph-s < 3 || d.isGeneric(t[s:ph]) || countPhrase(t[s:ph]) || !(d.placeIn(s, ph) || d.someProper(s, ph)) {
			continue
		}
		if d.cutAt(s); d.tokenAt(s).Start != s {
			continue // the scan stopped inside a word
		}
		e := p + 1
		if w := d.worksRun(e); w > e {
			e = w // 青藏直流二期扩建: the works done in the phase
		}
		if after := string(t[e:min(len(t), e+2)]); after == "工程" || after == "项目" {
			e += 2
		} else if e == p+1 && e < len(t) && isNameChar(t[e]) {
			if d.cutAt(e); d.tokenAt(e).Tag == "" || inSet("nfqt", rune(d.tokenAt(e).Tag[0])) {
				continue // 二期基金, 三期污水处理设施, 一期北段: the phase is inside a longer name
			}
		}
		name, _ := d.surfaceView(s, e)
		out = append(out, d.oneRef(mention{start: s, end: e, kind: mNamed, headStart: ph}, d.namedEntity(kg.Project, name, s, ph)))
	}
	return out
}

// phaseChains names each later phase of a list of phases written after
// one project's name (引绰济辽一期、二期工程, 南昌港一期、二期): it is a
// project of the same base, named as the first phase is.
func (d *recognizer) phaseChains(named []*mention) []*mention {
	t := d.text
	var out []*mention
	seen := map[int]bool{}
	for _, m := range named {
		e := m.end
		if len(m.refs) != 1 || m.refs[0].typ != kg.Project || e-m.start < 4 || e+3 > len(t) || t[e] != '、' || t[e-1] != '期' || !inSet("一二三四五六", t[e-2]) {
			continue
		}
		base, ok := strings.CutSuffix(m.refs[0].name, string(t[e-2:e]))
		if !ok || base == "" {
			continue
		}
		for i := e; i+3 <= len(t) && t[i] == '、' && inSet("一二三四五六", t[i+1]) && t[i+2] == '期' && !seen[i+1]; i += 3 {
			if i+3 < len(t) && isNameChar(t[i+3]) && !runesAt(t, i+3, "工程") && !runesAt(t, i+3, "项目") {
				if d.cutAt(i + 3); d.tokenAt(i+3).Tag == "" || inSet("nfqt", rune(d.tokenAt(i + 3).Tag[0])) {
					break // 二期基金: the phase is inside a longer name
				}
			}
			seen[i+1] = true
			out = append(out, d.oneRef(mention{start: i + 1, end: i + 3, kind: mNamed, headStart: i + 1}, d.namedEntity(kg.Project, base+d.sub(i+1, i+3), i+1, i+1)))
		}
	}
	return out
}

// headClassAfter reports a park's, institution's or hub's head within a
// few name characters from pos, after 等 (等创新生态示范区), and its type.
func (d *recognizer) headClassAfter(pos int) (kg.EntityType, bool) {
	k := headAt(d.heads, pos)
	if k == len(d.heads) || d.heads[k].start-pos > 8 {
		return "", false
	}
	for i := pos; i < d.heads[k].start; i++ {
		if !isNameChar(d.text[i]) {
			return "", false
		}
	}
	hd := d.x.headDefs[d.heads[k].word]
	if hd.weak || (hd.typ != kg.Park && hd.typ != kg.Institution && hd.typ != kg.Hub) {
		return "", false
	}
	return hd.typ, true
}

// programmeHeadAt returns the head of a programme named by a quoted
// name (行动, 专项行动: [heads] with the quoted rule) starting at pos and
// ending a word there, or "".
func (d *recognizer) programmeHeadAt(pos int) string {
	k := headAt(d.heads, pos)
	if k == len(d.heads) || d.heads[k].start != pos {
		return ""
	}
	hd := d.x.headDefs[d.heads[k].word]
	if hd.typ != kg.Plan || hd.rule != ruleQuoted {
		return ""
	}
	end := d.heads[k].end
	if end < len(d.text) && isNameChar(d.text[end]) && d.mayJoin(end) {
		if d.cutAt(end - 1); d.tokenAt(end-1).End > end {
			return "" // 行动|者: the head is part of a longer word
		}
	}
	return d.sub(pos, end)
}

// projectClass reads a class noun of projects after a few modifiers
// (等战略性工程, 等重大水利工程, 等新一代煤电试点项目): the list before 等 is
// of projects, unless what follows 等 is a field (等领域项目) or a phrase.
func projectClass(lex *lexicon, fieldFirsts firstRunes, rest string) (kindClass, bool) {
	// no field-word opens rest where none starts with its first character
	// (fieldFirsts: those of lex.fieldWords)
	if fieldFirsts.has(firstRune(rest)) {
		for _, f := range lex.fieldWords {
			if strings.HasPrefix(rest, f) {
				return kindClass{}, false
			}
		}
	}
	var buf [10]rune // what the loop reads at most: rest may run to the sentence's end
	rs := buf[:0]
	for i := 0; i < len(rest) && len(rs) < len(buf); {
		r, n := decodeRune(rest, i) // a Chinese character inline, where range called the decoder
		rs = append(rs, r)
		i += n
	}
	for i, r := range rs {
		if i > 8 || !isHan(r) || r == '的' || r == '和' || r == '及' {
			break
		}
		if i+1 >= len(rs) || (rs[i+1] != '目' && rs[i+1] != '程') {
			continue
		}
		for _, n := range []string{"项目", "工程"} {
			if string(rs[i:i+2]) != n {
				continue
			}
			mods := string(rs[:i])
			for _, w := range lex.notProjectItems {
				if strings.Contains(mods, w) {
					return kindClass{}, false
				}
			}
			return kindClass{word: n, typ: kg.Project}, true
		}
	}
	return kindClass{}, false
}

// allProper reports a stretch whose every word segmentation tags a proper
// noun (金凤, 嘉陵江, 祁连山): personal-name tags count here, where a list
// sharing a head vouches for them.
func (d *recognizer) allProper(a, b int) bool {
	ws := d.scratchWords(a, b) // the loop calls nothing that reads words
	if len(ws) == 0 {
		return false
	}
	for _, tk := range ws {
		switch tk.Tag {
		case "nr", "nrt", "nrfg", "ns", "nsf", "nz":
		default:
			return false
		}
	}
	return true
}

// nameLike reports a stretch that reads as a proper name: a proper noun by
// part of speech, a place, a figure (60万吨, 8英寸) or a phase (二期).
func (d *recognizer) nameLike(a, b int) bool {
	if d.properIn(a, b) {
		return true
	}
	if d.placeIn(a, b) {
		return true
	}
	for i := a; i < b; i++ {
		if isDigit(d.text[i]) {
			return true
		}
	}
	s := d.sub(a, b) // (once, not per phase word)
	for _, p := range d.x.lex.phaseWords {
		if strings.HasSuffix(s, p) {
			return b-a-len([]rune(p)) >= 2 // 同|热三期: what the phase is of must be named
		}
	}
	return false
}

// docVerbStart returns where a titled document's name starts when a verb
// that issues or carries out documents stands before its head in the same
// clause (制定实施外商投资促进行动方案), or -1.
func (d *recognizer) docVerbStart(headStart int, verbs verbList) int {
	t := d.text
	for i := headStart - 1; i >= 0 && headStart-i <= maxModifier; i-- {
		if !isNameChar(t[i]) && t[i] != '“' && t[i] != '”' {
			return -1
		}
		if verbs.lasts&(1<<(t[i]&63)) == 0 {
			continue // no verb ends with t[i] (most characters)
		}
		for _, v := range verbs.words {
			if n := len(v); i+1-n >= 0 && t[i] == v[n-1] && slices.Equal(t[i+1-n:i+1], v) && headStart-(i+1) >= 2 {
				s := i + 1
				if t[s] == '了' || t[s] == '好' {
					s++ // 编制了“十五五”规划纲要, 落实好妇女儿童发展十年规划
				}
				for _, tk := range d.words(s, headStart) {
					if w := d.sub(s+tk.Start, s+tk.End); segment.IsPrepositionTag(tk.Tag) && slices.Contains(d.x.lex.framePrepositions, w) {
						return -1 // 实施建设用地总量按规划: a preposition opens no title
					}
				}
				return s
			}
		}
	}
	return -1
}

// verbRightBefore reports a verb of two characters or more ending at pos,
// by segmentation in context (带动 before 战略).
func (d *recognizer) verbRightBefore(pos int) bool {
	if pos < 2 {
		return false
	}
	d.cutAt(pos - 1)
	tk := d.tokenAt(pos - 1)
	return tk.End == pos && tk.End-tk.Start >= 2 && segment.IsVerbTag(tk.Tag) && tk.Tag != "vn"
}

// routeRunBefore returns the length of a run of endpoint characters that
// stands alone right before a route's head at headStart (加力建设|佳同|铁路,
// 中老铁路), or 0.
func (d *recognizer) routeRunBefore(headStart int, typ kg.EntityType) int {
	t := d.text
	for n := 3; n >= 2; n-- {
		a := headStart - n
		if a < 0 {
			continue
		}
		if a > 0 && isNameChar(t[a-1]) && d.x.stops.endingAt(t, 0, a) == 0 {
			continue
		}
		if a > 0 && d.x.stops.endingAt(t, 0, a+1) > 1 {
			continue // 建成|渝厦高铁: the run would start inside a verb
		}
		if n == 3 && a > 0 && inSet("和与及同", t[a]) && d.x.stops.endingAt(t, 0, a) > 0 {
			continue // 建成通车|和|梅龙高铁: after a verb, a conjunction, not a place's initial
		}
		if d.endpointRun(a, headStart, typ) || d.countryPair(a, headStart) {
			return n
		}
	}
	return 0
}

// countryPairEndingAt returns the length of a country pair (countryPair:
// 中以, 中新) that ends at i, starts at lo or after and opens a word (no name
// character before its 中, or a stop word: 建设|中以, not 集中|以), or 0.
func (d *recognizer) countryPairEndingAt(i, lo int) int {
	t := d.text
	for n := 3; n >= 2; n-- {
		a := i - n
		if a < lo || t[a] != '中' || !d.countryPair(a, i) {
			continue
		}
		if a == 0 || !isNameChar(t[a-1]) || d.x.stops.endingAt(t, 0, a) > 0 && d.gazEndingAt(a) == nil {
			return n // (成都|中欧班列: 都 ends the place, no adverb)
		}
	}
	return 0
}

// countryPair reports 中 and one or two countries' one-character
// abbreviations (中老, 中吉乌, 中欧): an international line's name. The
// countries are no entities (the ontology), the line is.
func (d *recognizer) countryPair(a, b int) bool {
	if b-a < 2 || d.text[a] != '中' {
		return false
	}
	for i := a + 1; i < b; i++ {
		if !d.x.countryAbbrevs.has(d.text[i]) {
			return false
		}
	}
	return true
}

// firmList reads the works listed before a name of works that a state firm
// opens, each item a state firm and the place of its works, or another firm
// and the same place, sharing what follows the place in that name (国网牛首山、
// 华电牛首山东抽水蓄能电站: 国网牛首山抽水蓄能电站; 天池准东、国能准东…项目).
func (d *recognizer) firmList(start, headStart, end int) []*mention {
	n := d.firmAt(start)
	if n == 0 {
		return nil
	}
	// the place: a region, proper nouns and directions after the firm
	shared := start + n
	for shared < headStart {
		if g := d.gazAt(shared); g != nil && g.start == shared && g.kind == mRegion && g.end <= headStart {
			shared = g.end // 平凉/a: a city the segmenter tags otherwise
			continue
		}
		if n := d.townAt(shared, headStart); n > 0 {
			shared += n // 准/v东: a town of the province
			continue
		}
		if d.cutAt(shared); d.tokenAt(shared).Start != shared {
			break
		}
		tk := d.tokenAt(shared)
		if tk.End > headStart {
			break
		}
		switch tk.Tag {
		case "nr", "ns", "nz", "j", "f", "x": // proper nouns, directions, unknown characters
			shared = tk.End
			continue
		}
		break
	}
	if shared == start+n || shared > headStart {
		return nil
	}
	var out []*mention
	t := d.text
	place := t[start+n : shared]
	for q := start - 1; q > 0 && t[q] == '、'; {
		a := q - 1
		for a > 0 && q-a < 8 && isNameChar(t[a-1]) && t[a-1] != '、' && d.x.stops.endingAt(t, 0, a) == 0 {
			a--
		}
		if a > 0 && isNameChar(t[a-1]) && t[a-1] != '、' && d.x.stops.endingAt(t, 0, a) == 0 {
			break
		}
		// an item opens with a state firm, or ends with the same place as
		// the name (天池准东、国能准东…煤制天然气项目: 天池, a firm of its own)
		k := d.firmAt(a)
		stateFirm := k > 0 && q-a-k >= 2 && q-a-k <= 5
		samePlace := q-a-len(place) >= 2 && q-a <= 8 && slices.Equal(t[q-len(place):q], place)
		if !stateFirm && !samePlace {
			break
		}
		if d.x.headWords.endingAt(t, a, q) > 0 {
			q = a - 1 // 华电平江电厂、国能岳阳电厂…: an item with a head of its own is a name of its own, read there
			continue
		}
		e := d.namedEntity(kg.Project, d.sub(a, q)+d.sub(shared, end), a, q)
		out = append(out, d.oneRef(mention{start: a, end: q, kind: mNamed, headStart: q}, e))
		q = a - 1
	}
	return out
}

// firmAt returns the length of the state firm's short name ([state-firms])
// at pos, or 0.
func (d *recognizer) firmAt(pos int) int {
	for _, f := range d.x.lex.stateFirms {
		if runesAt(d.text, pos, f) {
			return utf8.RuneCountInString(f)
		}
	}
	return 0
}

// partyList reads the zones listed before a zone named by its parties'
// initials (赣深、吉莞产业合作园: 赣深产业合作园), each item two initials
// of parties standing alone, sharing what follows them in the name.
func (d *recognizer) partyList(start, headStart, end int, typ kg.EntityType) []*mention {
	t := d.text
	head := d.sub(headStart, end)
	var out []*mention
	for p := start; p >= 3 && t[p-1] == '、' && d.partyCount(p-3, p-1) == 2; p -= 3 {
		if a := p - 3; a > 0 && isNameChar(t[a-1]) && t[a-1] != '、' && d.x.stops.endingAt(t, 0, a) == 0 {
			break // (协同|效应: the end of a longer word, no item)
		}
		e := d.namedEntity(typ, d.sub(p-3, p-1)+head, p-3, p-1)
		out = append(out, d.oneRef(mention{start: p - 3, end: p - 1, kind: mNamed, headStart: p - 1}, e))
	}
	return out
}

// partiesItem returns 2 when a Park's name, from start to end, opens with
// two characters, each the initial of one party (吉莞|产业合作园), and the
// rest holds a cooperation word, 0 otherwise: such zones listed together
// share the rest of the name.
func (d *recognizer) partiesItem(start, end int, typ kg.EntityType) int {
	if typ != kg.Park || end-start < 4 || d.partyCount(start, start+2) != 2 || !d.zoneWordIn(start+2, end) {
		return 0
	}
	return 2
}

// runAfterWords returns where a route's name starts when the characters
// right before its head are a run of its ends' initials (沪昆|高铁) and the
// words before the run, after any place, hold a verb or a word that
// describes of two characters or more (现有|沪昆高铁): at the run; else start.
func (d *recognizer) runAfterWords(start, headStart int) int {
	for n := min(4, headStart-start); n >= 2; n-- {
		r := headStart - n
		if !d.endpointRun(r, headStart, kg.Railway) {
			continue
		}
		if r == start || strings.ContainsAny(d.sub(start, r), "至到经") {
			return start // (南宁至崇左|城际铁路: a route between places named whole)
		}
		if g := d.gazEndingAt(headStart); g != nil && g.end-g.start >= 2 {
			return start // (a place's name ends the route's, not initials)
		}
		placed := start // after the last place before the run (上栗|大文公路: the place names the route)
		for i := start; i < r; i++ {
			if g := d.gazAt(i); g != nil && g.kind != mPronoun && g.start == i {
				placed = max(placed, g.end)
			}
		}
		for _, tk := range d.words(start, r) {
			// (a word of one character may be an end's initial the dictionary reads as a verb: 安/v|张衡铁路)
			if start+tk.Start >= placed && tk.End-tk.Start >= 2 && (segment.IsVerbTag(tk.Tag) && tk.Tag != "vn" || tk.Tag == "b" || tk.Tag == "f" || segment.IsFunctionTag(tk.Tag)) {
				return r
			}
		}
		return start
	}
	return start
}

// endpointRun reports a route's or corridor's modifier made of one
// character per end (合滁, 渝厦): each resolves to a place.
func (d *recognizer) endpointRun(start, end int, typ kg.EntityType) bool {
	if typ != kg.Railway && typ != kg.Road && typ != kg.RegionGroup {
		return false
	}
	n := end - start
	return n >= 2 && n <= 4 && len(d.endpointChars(d.text[start:end])) == n
}

// conjoined moves a name's start over a conjunction that joins two of its
// modifiers (重庆信息与智慧医学研究院, 国家药品和医疗器械审评检查华中分中心):
// the part before it must open with a place or 国家/全国/省 right after a
// boundary, hold a word or two, and name no thing of its own.
func (d *recognizer) conjoined(start int) int {
	t := d.text
	if start < 3 {
		return start
	}
	if j := t[start-1]; j != '与' && j != '和' && j != '及' { // (compared in place: asked at every name's start)
		return start
	}
	c := start - 1
	for a := c - 1; a >= 0 && c-a <= 8; a-- {
		if !isNameChar(t[a]) {
			return start
		}
		anchor := 0
		if g := d.gazAt(a); g != nil && g.start == a && g.kind != mPronoun {
			anchor = g.end - a
		} else if d.anchorAt(a) {
			anchor = 2
		} else if t[a] == '省' || t[a] == '市' {
			anchor = 1
		}
		if anchor == 0 || c-(a+anchor) < 2 {
			continue
		}
		boundary := a == 0 || !isNameChar(t[a-1]) || d.x.stops.endingAt(t, 0, a) > 0
		if !boundary || d.holdsHead(a, c) || !d.onlyNameWords(a+anchor, c) || inSet("圈区带园城港站所院馆心团司行", t[c-1]) {
			return start // 粤港澳优质生活圈和……, 北京数据集团和……: the part before names a thing (or a firm) of its own
		}
		return a
	}
	return start
}

// someProper reports a word a proper name could be made of, read broadly
// (persons' names too, which jieba gives to many place-like words: 张江,
// 崇明): enough to tell a named zone from a kind of zone.
func (d *recognizer) someProper(start, end int) bool {
	ws := d.scratchWords(start, end) // nothing below reads words
	if d.unknownPlace(ws, start) {
		return true
	}
	if len(ws) >= 3 {
		// 别|迭|里口岸: characters the dictionary reads one by one, whatever
		// their tags, spell a name it does not know (a transliteration)
		single := true
		for _, tk := range ws {
			single = single && tk.End-tk.Start == 1 && isHan(d.text[start+tk.Start])
		}
		if single {
			return true
		}
	}
	for _, tk := range ws {
		switch tk.Tag {
		case "ns", "nsf", "nz", "nr", "nrt", "nrfg", "x", "zg", "ng", "j", "eng":
			w := d.text[start+tk.Start : start+tk.End]
			if tk.Tag == "x" && !isHan(w[0]) {
				continue
			}
			if d.x.generic.startingAt(d.text, start+tk.Start, start+tk.End) == len(w) {
				continue
			}
			return true
		}
	}
	return false
}

// quotedEnds reports an item that opens with a quoted run of one character
// per place (“武鄂黄黄咸”光电子信息) or a known group (“长株潭”): a corridor
// or route named by its ends.
func (d *recognizer) quotedEnds(a, b int) bool {
	if d.text[a] != '“' {
		return false
	}
	for i := a + 1; i < b; i++ {
		if d.text[i] == '”' {
			if i-a-1 < 2 {
				return false
			}
			if g := d.gazAt(a + 1); g != nil && g.start == a+1 && g.end == i && g.kind != mPronoun {
				return true // “长株潭”: a known group
			}
			for _, c := range d.text[a+1 : i] {
				if !d.endChar(c) && d.bestEndpoint(c) == nil { // or a county of the subject
					return false
				}
			}
			return true
		}
	}
	return false
}

// quoteStart moves a plan's name start to the opening quote of a quoted
// period when what stands before it is neither a place nor an anchor
// (标志着“十四五”规划, 省委“十五五”规划): the period begins the name;
// 国家“十五五”口岸发展规划 and 贵州“十五五”规划 keep theirs.
func (d *recognizer) quoteStart(start, headStart int) int {
	q := -1
	for i := max(0, start-1); i < headStart; i++ {
		if d.text[i] == '“' {
			q = i
			break
		}
	}
	if q < 0 || !hasPeriod(d.text[q:min(headStart, q+5)]) {
		return start
	}
	if q <= start {
		for _, a := range d.x.lex.anchors {
			if n := suffixLen(d.text, q, a); n > 0 {
				return q - n // 纳入国家“十五五”口岸发展规划
			}
		}
		return start
	}
	if d.placeIn(start, q) {
		return start
	}
	for _, a := range d.x.lex.anchors {
		if strings.HasPrefix(d.sub(start, q), a) {
			return start
		}
	}
	return q
}

// quotedParts returns the insides of a modifier made of quoted names one
// after another (“入境旅游”“留学重庆”), and where the words after the last
// one start (发展 in “一干多支、五区协同”“四向拓展、全域开放”发展战略: at most
// two, which go with the head), or nil.
func (d *recognizer) quotedParts(start, headStart int) ([][2]int, int) {
	i := start
	if i > 0 && d.text[i-1] == '“' && d.text[i] != '“' {
		i--
	}
	var parts [][2]int
	for i < headStart {
		if d.text[i] == '、' && len(parts) > 0 {
			i++
		}
		if i < headStart && d.text[i] != '“' && len(parts) >= 2 && headStart-i <= 2 && !slices.ContainsFunc(d.text[i:headStart], func(r rune) bool { return r == '“' || r == '”' || r == '、' }) {
			return parts, i
		}
		if i >= headStart || d.text[i] != '“' {
			return nil, 0
		}
		j := i + 1
		for j < headStart && d.text[j] != '”' && d.text[j] != '“' {
			j++
		}
		if j >= headStart || d.text[j] != '”' || j-i-1 < 2 {
			return nil, 0
		}
		parts = append(parts, [2]int{i + 1, j})
		i = j + 1
	}
	return parts, headStart
}

// quotedPeriodOnly reports a modifier whose quoted words are a five-year
// period and nothing else (“十四五”, “十五五”), with at most one character
// after the quote.
func quotedPeriodOnly(mod []rune) bool {
	i := slices.Index(mod, '“') // -1 where the name starts inside the quote
	j := slices.Index(mod, '”')
	if j != i+4 || len(mod)-j-1 > 1 {
		return false
	}
	return mod[i+1] == '十' && periodOrdinal(mod[i+2]) && mod[i+3] == '五'
}

// properBeforeQuote reports a proper noun before the opening quote inside
// [start, headStart) (氢氨谷“源网荷储”…, 沙颍河“通港达园”…).
func (d *recognizer) properBeforeQuote(start, headStart int) bool {
	q := slices.Index(d.text[start:headStart], '“')
	return q >= 2 && d.allProper(start, start+q)
}

// quotedWorks reports quoted words in [start, headStart) that name works by
// what they carry: a water diversion (引绰济辽) or a transfer of energy
// from a province (疆电外送, 宁电入湘).
func (d *recognizer) quotedWorks(start, headStart int) bool {
	t := d.text
	qs := slices.Index(t[start:headStart], '“')
	if qs < 0 {
		if start == 0 || t[start-1] != '“' {
			return false
		}
		qs = start
	} else {
		qs += start + 1
	}
	qe := qs + slices.Index(t[qs:headStart], '”')
	if qe < qs {
		return false
	}
	if t[qs] == '引' && d.diversionEnd(qs+1) == qe {
		return true
	}
	if qe-qs < 4 || !slices.Contains(d.x.lex.transferGoods, t[qs+1]) {
		return false
	}
	if _, ok := d.x.abbrevs.lookup(t[qs]); !ok {
		return false
	}
	if _, ok := d.x.abbrevs.lookup(t[qs+3]); ok && t[qs+2] == '入' && qe == qs+4 {
		return true
	}
	for _, w := range d.x.lex.sendWords {
		if runesAt(t, qs+2, w) && qs+2+len([]rune(w)) == qe {
			return true
		}
	}
	return false
}

// transfers finds projects named by what they carry from one province to
// another (疆电入渝, 陕电入皖, 疆算入渝) or out of one (疆电外送, 川气东送):
// a province's one-character abbreviation, a resource, and 入 with the
// other's abbreviation or a word of sending. Names already read with a head
// (陕电入皖特高压工程) are left to it.
func (d *recognizer) transfers(named []*mention) []*mention {
	t := d.text
	var out []*mention
	namedIdx := newSpanIndex(named, nil) // a scan of every name per transfer was quadratic
	goods := d.x.lex.transferGoods
	// the goods' positions, which markPositions found (a filter of the
	// text by their low six bits passed one character in five, each tested
	// against the lists); a scan for them if a lexicon lists goods that
	// markChars lacks
	var at [len(markChars) / 3][]int
	if d.x.goodsMarked {
		for k, c := range markChars {
			if slices.Contains(goods, c) || slices.Contains(d.x.lex.directionalGoods, c) {
				at[k/3] = d.marks[k/3]
			}
		}
	}
	for i := 1; i+2 < len(t); i++ {
		if d.x.goodsMarked {
			i = nextOf(&at, i, len(t))
		} else {
			i = nextMarked(t, i, &d.x.transferBits)
		}
		if i+2 >= len(t) {
			break
		}
		// (most goods' characters have no verb of carrying after them and no
		// direction on both sides: the lists are read first, the transfer
		// only then)
		if dirs := d.x.lex.transferDirections; slices.Contains(d.x.lex.transferVerbs, t[i+2]) && slices.Contains(dirs, t[i-1]) && slices.Contains(dirs, t[i+1]) {
			if end, line := d.directionalTransfer(i); end > 0 {
				if !namedIdx.covers(i-1, end) {
					e := d.namedEntity(kg.Project, d.sub(i-1, end), i-1, end)
					out = append(out, d.oneRef(mention{start: i - 1, end: end, kind: mNamed, headStart: end}, e))
					if line < end { // 西气东输三线陕西段 names 西气东输三线 too
						e := d.namedEntity(kg.Project, d.sub(i-1, line), i-1, line)
						out = append(out, d.oneRef(mention{start: i - 1, end: line, kind: mNamed, headStart: line}, e))
					}
				}
				i = end - 1
				continue
			}
		}
		if !slices.Contains(goods, t[i]) {
			continue
		}
		if _, ok := d.x.abbrevs.lookup(t[i-1]); !ok || (i > 1 && isNameChar(t[i-2]) && !inSet("和与及", t[i-2]) && d.x.stops.endingAt(t, 0, i-1) == 0) {
			continue
		}
		end := 0
		if t[i+1] == '入' {
			if _, ok := d.x.abbrevs.lookup(t[i+2]); ok && t[i+2] != t[i-1] {
				end = i + 3
			}
		} else {
			for _, w := range d.x.lex.sendWords {
				if strings.HasPrefix(string(t[i+1:min(len(t), i+3)]), w) {
					end = i + 1 + len([]rune(w))
				}
			}
		}
		if end == 0 {
			continue
		}
		if namedIdx.covers(i-1, end) {
			continue
		}
		e := d.namedEntity(kg.Project, d.sub(i-1, end), i-1, end)
		out = append(out, d.oneRef(mention{start: i - 1, end: end, kind: mNamed, headStart: end}, e))
		i = end - 1
	}
	return out
}

// nextOf returns the first position >= i in any of the ascending lists of
// at, or end if there is none, and drops from each list the positions
// before i.
func nextOf(at *[len(markChars) / 3][]int, i, end int) int {
	next := end
	for k := range at {
		l := at[k]
		for len(l) > 0 && l[0] < i {
			l = l[1:]
		}
		if at[k] = l; len(l) > 0 && l[0] < next {
			next = l[0]
		}
	}
	return next
}

// directionalTransfer returns the end of a transfer of the state named by
// two directions around its goods at i (西电东送, 南水北调, 东数西算),
// with its line's ordinal (西气东输三线) and section (陕西段), and the end
// of the line without the section; -1 when there is none. Unquoted, the
// name must end where a name can: 南水北调水源涵养区 is an area named after
// the transfer, 南水北调保障任务 a task.
func (d *recognizer) directionalTransfer(i int) (end, line int) {
	t, lex := d.text, d.x.lex
	if i < 1 || i+2 >= len(t) {
		return -1, -1
	}
	from, to := t[i-1], t[i+1]
	if from == to || !slices.Contains(lex.transferDirections, from) || !slices.Contains(lex.transferDirections, to) ||
		!slices.Contains(lex.transferVerbs, t[i+2]) ||
		(!slices.Contains(lex.transferGoods, t[i]) && !slices.Contains(lex.directionalGoods, t[i])) {
		return -1, -1
	}
	end = i + 3
	if i >= 2 && t[i-2] == '“' && end < len(t) && t[end] == '”' {
		return end, end // “西电东送”累计送电量: quoted, the transfer is named whatever follows
	}
	if i >= 2 && isNameChar(t[i-2]) && !inSet("、和与及", t[i-2]) && d.x.stops.endingAt(t, 0, i-1) == 0 {
		return -1, -1
	}
	if end+1 < len(t) && inSet("一二三四五六", t[end]) && t[end+1] == '线' {
		end += 2 // 西气东输三线: the transfer's third line
	}
	if s := d.sectionEnd(end); s > end {
		return s, end
	}
	if end < len(t) && isNameChar(t[end]) && !inSet("、和与及等", t[end]) {
		return -1, -1
	}
	return end, end
}

// diversions reads the names of water diversions written as 引 (draw), a
// source, 济/入/补 (to supply) and a destination, one or two characters
// each, the way such works are named across the country (引江济淮, 引汉济渭,
// 引大济岷, 引黄入冀补淀): a Project, also without 工程 after it.
func (d *recognizer) diversions(named []*mention) []*mention {
	t := d.text
	var out []*mention
	namedIdx := newSpanIndex(named, nil)
	link := func(c rune) bool { return c == '济' || c == '入' || c == '补' }
	// each 引 at the positions markPositions found (a search of the text's
	// string for its last byte stopped at one character in thirty); from
	// is where the next one may stand, past a diversion read
	from := 0
	for _, i := range d.marks.of('引') {
		if i < from {
			continue
		}
		if i+3 >= len(t) {
			break
		}
		from = i + 1
		if i > 0 && isNameChar(t[i-1]) && !inSet("、和与及", t[i-1]) && d.x.stops.endingAt(t, 0, i) == 0 && !d.verbBefore(i) {
			continue
		}
		end := d.diversionEnd(i + 1)
		if end < 0 {
			continue
		}
		d.cutAt(i)
		if tk := d.tokenAt(i); tk.Start != i || tk.End > end {
			continue // 吸引, 引进…: a word that runs over the name
		}
		via := t[end-2] == '入'
		for end+1 < len(t) && link(t[end]) && isHan(t[end+1]) && !isFunctionChar(t[end+1]) {
			// 引黄入冀|补淀: a second destination
			via = via && t[end] == '入'
			end += 2
		}
		if via && d.sub(end, min(len(t), end+2)) != "工程" {
			continue // 引客入豫, 引金入黔: drawing visitors or funds in; a diversion with 入 alone is named with 工程
		}
		if namedIdx.covers(i, end) {
			continue
		}
		after := d.sub(end, min(len(t), end+2))
		if end < len(t) && !inSet("、，。；等和及”）)", t[end]) && after != "工程" && after != "项目" && after != "建设" &&
			!slices.Contains(d.x.lex.phaseWords, after) {
			continue
		}
		name := ""
		switch {
		case slices.Contains(d.x.lex.phaseWords, after):
			end += 2 // 引汉济渭二期: the phase is the project's
		case after == "工程" || after == "项目":
			end += 2 // 引黄济宁工程: the works are named with their head
		case end+1 < len(t) && t[end] == '、' && t[end+1] == '引':
			// 引黄济宁、引通济柴工程: a head after the next diversion is shared
			if e2 := d.diversionEnd(end + 2); e2 > 0 && d.sub(e2, min(len(t), e2+2)) == "工程" {
				name = string(t[i:end]) + "工程"
			}
		}
		if name == "" {
			name = string(t[i:end])
		}
		e := d.namedEntity(kg.Project, name, i, end)
		out = append(out, d.oneRef(mention{start: i, end: end, kind: mNamed, headStart: end}, e))
		from = end
	}
	return out
}

// diversionLink reports a link (济, 入, 补) at i that a water diversion's
// name holds (引黄|济|宁, 引汉|济|渭): a place read from it is none.
func (d *recognizer) diversionLink(i int) bool { return d.diversionStart(i) >= 0 }

// diversionStart returns where the water diversion whose link (济, 入, 补)
// stands at i opens with 引 (引黄|入|呼); -1 when none does.
func (d *recognizer) diversionStart(i int) int {
	t := d.text
	if i >= len(t) || (t[i] != '济' && t[i] != '入' && t[i] != '补') {
		return -1
	}
	for k := i - 3; k <= i-2; k++ {
		if k >= 0 && t[k] == '引' && d.diversionEnd(k+1) > i {
			return k
		}
	}
	return -1
}

// diversionEnd reads a source of one or two characters at i, a link
// (济, 入, 补) and a destination of one character: where it ends, or -1.
func (d *recognizer) diversionEnd(i int) int {
	t := d.text
	for n := 1; n <= 2; n++ {
		k := i + n // the link
		if k+1 >= len(t) || !(t[k] == '济' || t[k] == '入' || t[k] == '补') {
			continue
		}
		ok := true
		for _, c := range t[i:k] {
			ok = ok && isHan(c) && !isFunctionChar(c)
		}
		if ok && isHan(t[k+1]) && !isFunctionChar(t[k+1]) {
			return k + 2
		}
	}
	return -1
}

// levelBody reports text[a:b] a body named by its level alone, a level of
// government ([gov-levels]) and a one-character body ending ([body-endings]:
// 省委, 市委, 县委): the issuer of a programme, as in 省委“三大战略”.
func (d *recognizer) levelBody(a, b int) bool {
	if b-a != 2 || !slices.Contains(d.x.lex.govLevels, string(d.text[a])) {
		return false
	}
	return slices.Contains(d.x.lex.bodyEndings, string(d.text[a+1]))
}

// verbBefore reports a verb of two characters or more, by word
// segmentation, ending right at pos (践行, not 宜 of 汉襄宜).
func (d *recognizer) verbBefore(pos int) bool {
	ws := d.scratchWords(max(0, pos-4), pos) // nothing below reads words
	if len(ws) == 0 {
		return false
	}
	w := ws[len(ws)-1]
	if len(ws) >= 2 && w.End-w.Start == 1 && inSet(d.x.lex.resultResults, d.text[max(0, pos-4)+w.Start]) && segment.IsVerbTag(ws[len(ws)-2].Tag) {
		return true // 打好“三北”工程, 建强省…实验室: a verb and its complement
	}
	return segment.IsVerbTag(w.Tag) && w.End-w.Start >= 2 && d.gazAt(max(0, pos-4)+w.Start) == nil
}

// endsBefore returns the length of a run of one character per place ending
// at pos and starting after a list mark or a verb (合淮 in 合六、合淮、合滁),
// for routes and corridors, or 0. Each character needs a city or province it
// may stand for, not a single one.
func (d *recognizer) endsBefore(pos int, typ kg.EntityType) int {
	if typ != kg.Railway && typ != kg.Road && typ != kg.RegionGroup {
		return 0
	}
	t := d.text
	a := pos
	for a > 0 && pos-a < 4 && isNameChar(t[a-1]) && t[a-1] != '、' && d.x.stops.endingAt(t, 0, a) == 0 {
		a--
	}
	if pos-a < 2 || (a > 0 && isNameChar(t[a-1]) && t[a-1] != '、' && d.x.stops.endingAt(t, 0, a) == 0) {
		return 0
	}
	for _, c := range t[a:pos] {
		if !d.endChar(c) {
			return 0
		}
	}
	return pos - a
}

// placeBeforeDeng reports a 等 right after a place in a name (赣南等原中央苏区):
// the designation of an area, which lists no items.
func (d *recognizer) placeBeforeDeng(start, end int) bool {
	for i := start + 1; i < end; i++ {
		if d.text[i] == '等' {
			if g := d.gazEndingAt(i); g != nil && g.kind != mPronoun {
				return true
			}
		}
	}
	return false
}

// placeIn reports a place or group named in [a, b), pronouns (我市) aside.
func (d *recognizer) placeIn(a, b int) bool {
	if !d.anySpanIn(a, b) {
		return false
	}
	for i := a; i < b; i++ {
		if g := d.gazAt(i); g != nil && g.kind != mPronoun {
			return true
		}
	}
	return false
}

// roleHeadEndingAt reports a head that also names a place's role
// ([role-heads]: …|枢纽) ending at end.
func (d *recognizer) roleHeadEndingAt(end int) bool {
	return slices.ContainsFunc(d.x.lex.roleHeads, func(w string) bool { return suffixLen(d.text, end, w) > 0 })
}

// placeRole reports a role head ([role-heads]) after places alone (and a
// group's head word shared after them: 芜湖|都市圈|枢纽) followed by a word
// of a role ([role-followers]: 枢纽|地位, 枢纽|资源): the places' role, no
// name.
func (d *recognizer) placeRole(start, headStart, end int) bool {
	if !anyWordAt(d.text, end, d.x.lex.roleFollowers) || !d.roleHeadEndingAt(end) {
		return false
	}
	for i := start; i < headStart; {
		if g := d.gazAt(i); g != nil && g.start == i && g.kind != mPronoun {
			i = g.end
			continue
		}
		if n := d.x.headWords.startingAt(d.text, i, headStart); n > 0 {
			if k, ok := d.x.headIndex[d.sub(i, i+n)]; ok && d.x.headDefs[k].typ == kg.RegionGroup {
				i += n
				continue
			}
		}
		return false
	}
	return true
}

// workOfPlace reports a place or group followed by a word of work
// ([planning-works]: 建设, 研究) that ends at i: a plan's area and its work
// before a quoted period (北部湾城市群建设“十四五”实施方案), part of the title.
func (d *recognizer) workOfPlace(i int) bool {
	for _, w := range d.x.lex.planningWorks {
		if n := suffixLen(d.text, i, w); n > 0 {
			if g := d.gazEndingAt(i - n); g != nil && g.kind != mPronoun {
				return true
			}
		}
	}
	return false
}

// spansPlace reports one place or group named exactly over [a, b).
func (d *recognizer) spansPlace(a, b int) bool {
	g := d.gazAt(a)
	return g != nil && g.kind != mPronoun && g.start == a && g.end == b
}

// hubWord returns where a word of three characters or more that the
// dictionary tags as a place and that ends at end with a hub's one-character
// head starts (洋浦港, 东寨港), or -1: such a word names a port or a station
// (临港, 南港, 开港 are too short to tell from common words).
func (d *recognizer) hubWord(end int) int {
	if end < 3 || end > len(d.text) {
		return -1
	}
	d.cutAt(end - 1)
	tk := d.tokenAt(end - 1)
	if tk.End != end || tk.End-tk.Start < 3 || tk.Tag != "ns" || d.placeIn(tk.Start, tk.End) {
		return -1
	}
	return tk.Start
}

// terrainPlaceOpens reports a modifier that opens with a word the
// dictionary tags as a place and that ends in a terrain final (湄洲湾, 大亚湾,
// 东山岛): a bay, island or mountain that names a locality, which the
// gazetteer of divisions does not hold. Macro-areas the dictionary also
// tags as places (华南, 中原, 长江) end in no terrain final.
func (d *recognizer) terrainPlaceOpens(start, headStart int) bool {
	if headStart-start < 4 {
		return false
	}
	d.cutAt(start)
	tk := d.tokenAt(start)
	return tk.Start == start && tk.End-tk.Start >= 3 && tk.End < headStart && tk.Tag == "ns" &&
		d.x.terrainFinals.has(d.text[tk.End-1]) && !d.placeIn(tk.Start, tk.End)
}

// canalNamed reports works whose modifier opens with a canal or weir
// named by a word of two characters (长征渠|引水工程, 红旗渠, 东风渠工程),
// the way canals are named across the country, and holds only the works
// done on it after that.
func (d *recognizer) canalNamed(start, headStart int) bool {
	q := start + 2
	if q >= headStart || (d.text[q] != '渠' && d.text[q] != '堰') || !isHan(d.text[start]) || !isHan(d.text[start+1]) {
		return false
	}
	d.cutAt(start)
	tk := d.tokenAt(start)
	proper := tk.Tag == "nr" || tk.Tag == "ns" || tk.Tag == "nz" // 红旗渠/nr: the dictionary knows the canal (not 灌溉渠/n)
	if tk.Start != start || !(tk.End == q || tk.End == q+1 && proper) || segment.IsFunctionTag(tk.Tag) || segment.IsVerbTag(tk.Tag) {
		return false
	}
	return q+1 == headStart || d.worksOnly(d.sub(q+1, headStart))
}

// placeWordEnding reports a word that segmentation tags as a place, that
// ends at end after starting before start and holds no gazetteer place
// before start (曼谷 for the head 谷; not 上海港).
func (d *recognizer) placeWordEnding(start, end int) bool {
	if start > 0 && start < end && end <= len(d.text) {
		// only the word holding end-1 can end at end and begin before
		// start, and none does where start-1 and start cannot join
		if !d.mayJoin(start) {
			return false
		}
		d.cutAt(end - 1)
		if tk := d.tokenAt(end - 1); tk.Start < start { // words clips its end to end
			a := max(tk.Start, start-4)                   // as words clips it
			return tk.Tag == "ns" && !d.placeIn(a, start) // 上海港 is a port of 上海
		}
		return false
	}
	lo := max(0, start-4)
	for _, tk := range d.words(lo, end) {
		if lo+tk.End == end && lo+tk.Start < start {
			return tk.Tag == "ns" && !d.placeIn(lo+tk.Start, start) // 上海港 is a port of 上海
		}
	}
	return false
}

// listMark reports a mark that separates list items at i: 、, or 和 and 及
// outside a place's name (呼和浩特 is one item).
func (d *recognizer) listMark(i int) bool {
	switch d.text[i] {
	case '、':
		return true
	case '和', '及':
		return d.gazAt(i) == nil
	}
	return false
}

// endChar reports a character that may stand for one end of a route or
// corridor: a province's abbreviation or the first character of a city
// (荆 is 荆州 or 荆门: a name even if no single place is decided).
func (d *recognizer) endChar(c rune) bool {
	_, ok := d.x.abbrevs.lookup(c)
	return ok || len(d.x.citiesByFirst.get(c)) > 0
}

// nationalProgramme returns where the name of one of the state's
// programmes of works ([national-programmes]) starts before the head 工程
// at headStart (三北工程, “东数西算”工程 from its quote, “南水北调工程”
// after it), or -1.
func (d *recognizer) nationalProgramme(headStart, end int) int {
	if end-headStart != 2 || d.text[headStart] != '工' || d.text[headStart+1] != '程' {
		return -1 // (compared in place: asked of every head)
	}
	q := headStart
	for _, p := range d.x.lex.phaseWords {
		if !d.x.phaseLasts.at(d.text, q-1) {
			break // no phase word ends before the head (most)
		}
		if n := suffixLen(d.text, q, p); n > 0 && q-n > 0 && isChineseNumeral(d.text[q-n]) {
			q -= n // “三北”六期工程: the programme's phase
			break
		}
	}
	if q > 0 && d.text[q-1] == '”' {
		q-- // “三北”工程: the quote holds the words
	}
	if !d.x.programmeLasts.at(d.text, q-1) {
		return -1
	}
	for _, p := range d.x.lex.nationalProgrammes {
		if n := suffixLen(d.text, q, p); n > 0 {
			s := q - n
			if q < headStart && s > 0 && d.text[s-1] == '“' {
				s-- // the quoted words are the name's modifier, quotes and all
			}
			return s
		}
	}
	return -1
}

// qualifiedPlanList reads a list of designations that share a head and the
// qualifier of the first item, after a verb of inclusion (成为国家制造业新型
// 技术改造、中小企业数字化转型试点城市; 入选国家第一批…、…试点): each item is
// the qualifier, the item and the head, without the batch. last is where
// the last item starts, right after a 、; nil when the first item has no
// anchor ([anchors]: 国家, 全国) at its start right after such a verb.
func (d *recognizer) qualifiedPlanList(last, headStart, end int) []*mention {
	t := d.text
	type item struct{ start, end int }
	items := []item{{last, headStart}}
	anchor := ""
	for q := last - 1; q > 0 && len(items) < 6 && anchor == ""; { // q: the 、 before an item
		s := q
		for s > 0 && q-s <= maxPlanItem+4 && isNameChar(t[s-1]) && !d.listMark(s-1) {
			s--
		}
		for i := s; i+2 < q; i++ {
			if d.anchorAt(i) && d.listVerbEndingAt(i) {
				anchor, s = d.sub(i, i+2), i+2 // 入选|国家…: the first item, its qualifier apart
				break
			}
		}
		if s == q || q-s > maxPlanItem {
			return nil
		}
		if anchor != "" {
			for _, p := range d.x.lex.batchPrefixes {
				if n := prefixLen(t, s, strings.TrimPrefix(p, "全国")); n > 0 && s+n < q {
					s += n // 全国第一批|美丽城市: the batch is no part of the name
					break
				}
			}
		}
		items = append(items, item{s, q})
		if anchor == "" && (s == 0 || t[s-1] != '、') {
			return nil
		}
		q = s - 1
	}
	if anchor == "" {
		return nil
	}
	head := d.sub(headStart, end)
	var out []*mention
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		if it.end-it.start < 2 || d.holdsHead(it.start, it.end) || countPhrase(t[it.start:it.end]) {
			return nil // (an item is what the designation is for: common words, 制造业新型技术改造)
		}
		if ws := d.words(it.start, it.end); len(ws) > 0 && ws[0].Tag == "v" && ws[0].End-ws[0].Start >= 2 {
			return nil // …、新增…试点: a verb opens a clause, not an item
		}
		e := d.namedEntity(kg.Plan, anchor+d.sub(it.start, it.end)+head, it.start, it.end)
		out = append(out, d.oneRef(mention{start: it.start, end: it.end, kind: mNamed, headStart: it.end}, e))
	}
	return out
}

// initialsGroup reports text[start:end] as the name of a group of the
// gazetteer spelled by its members' initials or nicknames (昌九: 南昌 and
// 九江; 长株潭).
func (d *recognizer) initialsGroup(start, end int) bool {
	g, ok := d.x.gaz.Group(d.sub(start, end))
	if !ok || len(g.Members) != end-start {
		return false
	}
	for i := start; i < end; i++ {
		if !d.memberInitial(d.text[i], g, i-start, end-start) && !d.secondInitial(d.text[i], g, i-start) {
			return false
		}
	}
	return true
}

// secondInitial reports c as the second character of a group's i-th
// member (昌 for 南昌 in 昌九).
func (d *recognizer) secondInitial(c rune, g *gazetteer.Group, i int) bool {
	r, ok := d.x.gaz.Region(g.Members[i])
	if !ok {
		return false
	}
	rs := []rune(r.Name)
	return len(rs) >= 2 && rs[1] == c
}

// carriedPlace names a zone or a port joined by 和, 及 or 、 to the name
// before it that opens with a place, when it names no place and is no name
// on its own: the place is written once for both (岳阳港和综合保税区:
// 岳阳综合保税区; 萍乡经开区和高新区: 萍乡高新区). The two are of one type,
// or one is a port (a port and its bonded zone). start is the thing's
// start, headStart its head's; nil otherwise.
func (d *recognizer) carriedPlace(named []*mention, lastEnd, start, headStart, end int, typ kg.EntityType) *mention {
	if (typ != kg.Park && typ != kg.Hub) || len(named) == 0 || start < 1 || start != lastEnd+1 || !inSet("和及、", d.text[lastEnd]) {
		return nil
	}
	if d.text[lastEnd] == '、' && start < headStart {
		return nil // 苏州工业园区、湾区新城: a list of names; only a bare head takes the place after 、 (长沙经开区、高新区)
	}
	prev := named[len(named)-1]
	if prev.end != lastEnd || len(prev.refs) != 1 || prev.refs[0].typ != typ && !(typ == kg.Hub || prev.refs[0].typ == kg.Hub) {
		return nil
	}
	g := d.gazAt(prev.start)
	if g == nil || g.start != prev.start || g.kind != mRegion || g.end > prev.headStart {
		return nil
	}
	if d.text[lastEnd] == '、' && g.end < prev.headStart && !d.isGeneric(d.text[g.end:prev.headStart]) {
		// 湖南湘江新区、高新区: in a list of names the place is the named
		// zone's, not one the next is of (合肥中欧班列集结中心和国际港务区:
		// joined by 和, the two are the place's)
		return nil
	}
	if headStart-start > maxCarriedModifier || d.placeIn(start, headStart) || d.verbOrAdverbIn(start, headStart) ||
		(start < headStart && !d.isGeneric(d.text[start:headStart]) && d.validName(start, headStart, end, typ, false)) {
		return nil // a name of its own, or no thing of the place's
	}
	name := d.sub(g.start, g.end) + d.sub(start, end)
	return d.oneRef(mention{start: start, end: end, kind: mNamed, headStart: headStart}, d.namedEntity(typ, name, start, headStart))
}

// maxCarriedModifier is the most characters before the head of a thing that
// takes the place of the name before it (国际|港务区).
const maxCarriedModifier = 4

// namedByEnds reports a modifier of two or three characters, one per end
// of a line, before an optional grade (宿连, 宿连三级).
func (d *recognizer) namedByEnds(mod []rune) bool {
	if gradeEnding(mod) {
		mod = mod[:len(mod)-2]
	}
	return len(mod) <= 3 && len(d.endpointChars(mod)) >= 2
}

// twoPlaces reports text[start:end] written as two places of the
// gazetteer back to back (江阴靖江), nothing else.
func (d *recognizer) twoPlaces(start, end int) bool {
	g := d.gazAt(start)
	if g == nil || g.start != start || g.kind != mRegion || g.end >= end {
		return false
	}
	h := d.gazAt(g.end)
	return h != nil && h.start == g.end && h.kind == mRegion && h.end == end
}

// lineHead reports a head that is a kind of line ([line-works]: 管道,
// 输电线路).
func (d *recognizer) lineHead(start, end int) bool { return endsInLineWork(d.x.lex, d.sub(start, end)) }

// endsInLineWork reports a name or head that ends in a kind of line
// ([line-works]), before 工程 or 项目 if any.
func endsInLineWork(lex *lexicon, name string) bool {
	name = strings.TrimSuffix(strings.TrimSuffix(name, "工程"), "项目")
	for _, w := range lex.lineWorks {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// partyEndingAt reports a region's name, or its government
// ([government-words]: 人民政府, 政府), ending at end: a party, no field of
// a name.
func (d *recognizer) partyEndingAt(end int) bool {
	for _, w := range d.x.lex.governmentWords {
		if n := utf8.RuneCountInString(w); end-n >= 0 && runesAt(d.text, end-n, w) {
			end -= n
			break
		}
	}
	g := d.gazEndingAt(end)
	return g != nil && g.kind == mRegion
}

// placeAt reports a region's name starting at i.
func (d *recognizer) placeAt(i int) bool {
	g := d.gazAt(i)
	return g != nil && g.start == i && g.kind == mRegion
}

// listMeasures are the measure words of a count between a list of names
// and the head they share (武汉东湖、襄阳、宜昌3家高新区; 沈阳、大连两大都市圈).
const listMeasures = "家个条座所项大"

// andOrWith reports whether r is 和, 及, 与 or 同, compared in place.
func andOrWith(r rune) bool { return r == '和' || r == '及' || r == '与' || r == '同' }

// isListMeasure reports whether r is in listMeasures (compared in place:
// asked at every item of every list).
func isListMeasure(r rune) bool {
	switch r {
	case '家', '个', '条', '座', '所', '项', '大':
		return true // (两大都市圈: 大 after a number counts the big things listed)
	}
	return false
}

// maxListItem is the most characters of an item of a list closed by a
// class noun (桥头铝电50万吨绿电铝产能置换转型升级技改、…等项目).
const maxListItem = 24

// maxSharedQualifier is the most characters of a designation's qualifier
// that a list's items share with their head (国家骨干, 国家级).
const maxSharedQualifier = 6

// maxPlanItem is the most characters of an item of a list of designations.
const maxPlanItem = 14

// listVerbEndingAt reports a verb of inclusion ([list-verbs]) ending right
// before i (入选|国家…, 成为|国家…).
func (d *recognizer) listVerbEndingAt(i int) bool {
	for _, v := range d.x.listVerbRunes.words {
		if n := len(v); i-n >= 0 && slices.Equal(d.text[i-n:i], v) {
			return true
		}
	}
	return false
}

// verbOrAdverbIn reports a word between start and end that segmentation
// tags as a verb (not a verbal noun) or an adverb: no part of a name.
func (d *recognizer) verbOrAdverbIn(start, end int) bool {
	for _, w := range d.words(start, end) {
		if (segment.IsVerbTag(w.Tag) && w.Tag != "vn") || w.Tag == "d" || w.Tag == "ad" {
			return true
		}
	}
	return false
}

// yearEnd returns where a year written in digits and 年 (2024年, 2024年度)
// starting at pos ends, before end, or pos when none starts there.
func yearEnd(t []rune, pos, end int) int {
	j := pos
	for j < end && j-pos < 4 && isDigit(t[j]) {
		j++
	}
	if j-pos != 4 || j >= end || t[j] != '年' {
		return pos
	}
	j++
	if j < end && t[j] == '度' {
		j++
	}
	return j
}
