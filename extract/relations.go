package extract

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	kg "github.com/cnplan/kg"
	"github.com/cnplan/kg/extract/segment"
	"github.com/cnplan/kg/gazetteer"
)

// relKey identifies a relation.
type relKey struct {
	typ      kg.RelationType
	from, to string
}

// add records a relation with its evidence, under the ontology's type
// constraints: LOCATED_IN starts at a park, hub, project or institution,
// never at a region or group; INCLUDED_IN ends at no region; an area docks
// with no member of its own; a plan is no party of a mutual relation
// (COOPERATES_WITH, LINKS_WITH, ADJACENT_TO) and starts none but INCLUDED_IN;
// a symmetric relation is one edge per pair
// (its ends in id order).
func (rs relSet) add(t kg.RelationType, from, to *entity, ev kg.Evidence) {
	if from == nil || to == nil || from.id == to.id {
		return
	}
	if t == kg.LocatedIn && (from.typ.IsRegion() || from.typ == kg.RegionGroup) {
		return
	}
	if t == kg.IncludedIn && to.typ.IsRegion() {
		return // 将兰考纳入郑开同城化进程: a place is put into a plan, list or zone, into no place
	}
	if t == kg.DocksWith && memberOf(to, from) {
		return // 晋陕豫黄河金三角 -> 运城市: an area docks with no member of its own (a member with the area does: 深化我省与泛珠三角区域各方的合作)
	}
	if (t == kg.CooperatesWith || t == kg.LinksWith || t == kg.AdjacentTo) && (from.typ == kg.Plan || to.typ == kg.Plan) {
		return // 浙吉对口合作“千万游客互换行动”: a programme is what the parties do, no party
	}
	if from.typ == kg.Plan && t != kg.IncludedIn {
		return // 《规划》…与成都都市圈充分对接: a plan states what its places do; it acts in nothing itself
	}
	if t.Symmetric() && to.id < from.id {
		from, to = to, from
	}
	rs.insert(relKey{t, from.id, to.id}, ev)
}

// memberOf reports a region that a group entity lists among its members.
func memberOf(r, g *entity) bool {
	return g.group != nil && r.code != "" && slices.Contains(g.group.Members, r.code)
}

// trig is one trigger word occurrence.
type trig struct {
	def        triggerDef
	start, end int
}

// sentenceCtx holds what relation extraction needs about one sentence.
type sentenceCtx struct {
	d       *relater
	s       Sentence
	tops    []*mention // top-level mentions in the sentence, by start
	clauses [][2]int
	topic   []*mention
	// carry are the places an earlier clause of the sentence named as its
	// subject (健全鄂湘赣三省合作机制，推动共建……): the subject of later
	// clauses that name none.
	carry []*mention
	// carryPeers says that carry are the peers of a mutual trigger (赣粤合作):
	// the subject of later joint actions, not of one party's own (对接).
	carryPeers bool
	// trigs are the sentence's triggers, by start.
	trigs []trig
	// firmTopic says that a firm opens the sentence (天津港集团充分发挥…，
	// 并先后与河北区…签署…): it is the subject of later clauses that name
	// none, no place for which the document's subject could stand.
	firmTopic bool
}

// clauseSep separates clauses inside a sentence.
func isClauseSep(r rune) bool {
	switch r {
	case '，', ',', '：', ':', '；', ';', '。', '！', '？', '!', '?':
		return true
	}
	return false
}

// classAfterList reports pos right after 等 and a count (等10个, 等三批):
// what starts there is the kind of the items listed before, things
// counted, not the places.
func (d *relater) classAfterList(pos int) bool {
	t := d.text
	i := pos
	for i > 0 && pos-i < 6 && (isDigit(t[i-1]) || isChineseNumeral(t[i-1]) || d.x.countMeasures.has(t[i-1])) {
		i--
	}
	return i < pos && i > 0 && t[i-1] == '等' // (与张家口、承德…等毗邻地区: with no count, the places listed are the area)
}

// signedTitleTrigger reports a mutual cooperation word h that ends the
// title of an agreement signed in the sentence: the title closes with an
// agreement noun right after the word ([agreement-nouns], 书 after it),
// and an agreement verb, 了 after it or not, opens it (无锡市与徐州市共同
// 签署《2020年度南北挂钩合作协议》). The signing states the parties'
// cooperation, as 签署合作协议 does without the title.
func (d *relater) signedTitleTrigger(h hit) bool {
	t, start, end := d.text, h.start, h.end
	def := d.x.trigDefs[h.word]
	if def.typ != kg.CooperatesWith || def.shape != shapeRelation {
		return false
	}
	sp, ok := d.titleAround(start)
	if !ok {
		return false
	}
	closes := false
	for _, w := range d.x.lex.agreementNouns {
		if e := end + utf8.RuneCountInString(w); runesAt(t, end, w) && (e == sp[1] || (e+1 == sp[1] && t[e] == '书')) {
			closes = true
		}
	}
	if !closes {
		return false
	}
	o := sp[0]
	if o > 0 && t[o-1] == '了' {
		o--
	}
	return slices.ContainsFunc(d.x.lex.agreementVerbs, func(w string) bool {
		n := utf8.RuneCountInString(w)
		return o >= n && runesAt(t, o-n, w)
	})
}

// organAfter reports the end of a body's name at pos, after 工作 or not
// ([organ-words]: 对口合作|工作领导小组): the trigger before names its work.
func (d *relater) organAfter(pos int) bool {
	if pos < len(d.text) && d.text[pos] == '驻' {
		pos++ // 对口帮扶协作|驻|龙川县工作队: the place the body is stationed in
	}
	if g := d.gazAt(pos); g != nil && g.kind == mRegion && g.start == pos && g.end < len(d.text) {
		pos = g.end // 深圳对口帮扶协作|河源|指挥部: the place the body works for
		if runesAt(d.text, pos, "前方") {
			pos += 2 // 什邡市对口帮扶喜德县|前方|指挥部
		}
	}
	if runesAt(d.text, pos, "工作") && d.x.organs.startingAt(d.text, pos, len(d.text)) == 0 {
		pos += 2
	}
	return d.x.organs.startingAt(d.text, pos, len(d.text)) > 0
}

// relations reads the trigger-word relations of every sentence.
func (d *relater) relations(sents []Sentence, rs relSet) {
	hits := d.trigs
	var ts []trig
	// inside 《》, the title of another document, whose words state nothing
	// about this one: the spans readText found, not a second scan of the text
	inTitle := d.inTitle
	for _, h := range hits {
		if d.insideName(h.start, h.end) || (inTitle(h.start) && !d.signedTitleTrigger(h)) || d.organAfter(h.end) {
			continue
		}
		if def := d.x.trigDefs[h.word]; def.typ == kg.AdjacentTo && d.classAfterList(h.start) {
			continue // A、B等10个毗邻地区合作平台: the kind of the items listed, no relation of them
		}
		ts = append(ts, trig{def: d.x.trigDefs[h.word], start: h.start, end: h.end})
	}
	ms := make([]*mention, 0, len(d.mentions))
	for _, m := range d.mentions {
		if m.top && !(m.kind == mPronoun && d.text[m.start] == '全') && (!inTitle(m.start) || d.wholeTitle(m)) {
			ms = append(ms, m)
		}
	}
	// mentions starting together are read outer first (蒙西至华中地区铁路煤运
	// 通道 before the railway inside it): an unstable order would let
	// names elsewhere in the document decide which a relation takes
	slices.SortFunc(ms, func(a, b *mention) int { // (not sort.Slice: see vouchedItems)
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	mi, ti := 0, 0
	var clauseBuf [][2]int
	for _, s := range sents {
		for mi < len(ms) && ms[mi].start < s.Start {
			mi++
		}
		mj := mi
		for mj < len(ms) && ms[mj].end <= s.End {
			mj++
		}
		for ti < len(ts) && ts[ti].start < s.Start {
			ti++
		}
		tj := ti
		for tj < len(ts) && ts[tj].end <= s.End {
			tj++
		}
		if tj == ti && !d.jointSubjectIn(ms[mi:mj]) && !d.agentIn(s) {
			continue
		}
		// clauses live only while the sentence is read: one buffer for all
		c := &sentenceCtx{d: d, s: s, tops: ms[mi:mj], clauses: clauseBuf[:0], trigs: ts[ti:tj]}
		c.split()
		c.topic = c.findTopic()
		for _, t := range ts[ti:tj] {
			c.apply(t, rs)
		}
		c.focusPairs(ts[ti:tj], rs)
		c.jointBuilds(rs)
		c.agentBuilds(rs)
		for k := len(c.clauses) - 1; k >= 0; k-- {
			if ps := c.partiesBefore(c.clauses[k][1] + 1); len(ps) == 2 {
				d.lastPair, d.lastPairEnd = ps, s.End // what 双方 in a sentence after names
				break
			}
		}
		clauseBuf = c.clauses
	}
}

// respectively reports 分别 between subjects and objects of as many single
// places each, before the trigger or its partners' 与 (A、B分别对口支援C、D;
// A、B分别与C、D合作): each subject acts on the object in its place.
func (c *sentenceCtx) respectively(sm, objs []*mention, t trig) bool {
	if len(sm) < 2 || len(sm) != len(objs) || sm[len(sm)-1].end > t.start {
		return false
	}
	for i := range sm {
		if len(sm[i].refs) != 1 || len(objs[i].refs) != 1 {
			return false
		}
	}
	lo := sm[len(sm)-1].end
	hi := min(t.start, objs[0].start)
	return hi-lo <= 10 && strings.Contains(c.d.sub(lo, hi), "分别") // (还分别与宁德市的柘荣县: a qualifier before the objects)
}

// wholeTitle reports a mention that is the whole of a 《》 title (纳入《国家
// 综合立体交通网规划纲要》): the document named is a party, unlike the words
// inside it.
func (d *relater) wholeTitle(m *mention) bool {
	sp, ok := d.titleAround(m.start)
	return ok && m.start == sp[0]+1 && m.end == sp[1]
}

// focusPairs reads a frame that names the fields of a cooperation before
// the clause that states it (以文旅合作、产业联动等为重点，强化“黎从榕”对接粤港澳
// 大湾区…): each mutual trigger in the frame (合作, 联动) relates every pair
// of the parties the clause after it names, as a trigger after peers does.
func (c *sentenceCtx) focusPairs(ts []trig, rs relSet) {
	t := c.d.text
	i := skipEnumerator(t, c.s.Start, c.s.End)
	if i >= c.s.End || t[i] != '以' {
		return
	}
	end := -1
	for p := i + 1; p < c.s.End && p-i <= 40 && end < 0; p++ {
		for _, w := range c.d.x.lex.focusClosers {
			if runesAt(t, p, w) {
				end = p + len([]rune(w))
				break
			}
		}
	}
	if end < 0 {
		return
	}
	var frame []trig
	var main *trig
	for k, tr := range ts {
		switch {
		case tr.start > i && tr.end <= end && (tr.def.typ == kg.CooperatesWith || tr.def.typ == kg.LinksWith):
			frame = append(frame, tr)
		case tr.start >= end && main == nil && tr.def.typ != kg.Connects && tr.def.typ != kg.LocatedIn:
			main = &ts[k]
		}
	}
	if len(frame) == 0 || main == nil {
		return
	}
	// the parties: the actors of the clause that holds the main trigger,
	// from the frame's end
	cl := c.clauseOf(main.start)
	var parties []*mention
	for _, m := range c.tops {
		if m.start >= max(end, cl[0]) && m.end <= cl[1] && isActor(m) && !c.adverbial(m) {
			parties = append(parties, m)
		}
	}
	n := 0
	for _, m := range parties {
		n += len(m.refs)
	}
	if n < 2 {
		return
	}
	for _, tr := range frame {
		c.peerPairs(tr.def.typ, tr, parties, rs)
	}
}

// insideName reports a span inside a named entity or a group name, where
// trigger words do not fire (合作 in 湘赣合作产业园).
func (d *relater) insideName(start, end int) bool {
	return d.nameCovers(start, end) // indexed: a scan of all mentions was quadratic
}

func (c *sentenceCtx) split() {
	t := c.d.text
	st := c.s.Start
	for i := c.s.Start; i < c.s.End; i++ {
		if isClauseSep(t[i]) {
			c.clauses = append(c.clauses, [2]int{st, i})
			st = i + 1
		}
	}
	c.clauses = append(c.clauses, [2]int{st, c.s.End})
}

func (c *sentenceCtx) clauseOf(pos int) [2]int {
	for _, cl := range c.clauses {
		if pos >= cl[0] && pos < cl[1] {
			return cl
		}
	}
	return [2]int{c.s.Start, c.s.End}
}

// findTopic returns the places a sentence starts with (after an
// enumerator and a lead verb): the subject of triggers with none of their own.
func (c *sentenceCtx) findTopic() []*mention {
	t := c.d.text
	i := c.s.Start
	i = skipEnumerator(t, i, c.s.End)
	for k := 0; k < 3 && k+1 < len(c.clauses); k++ {
		// 近年来，晋中市…; 2017年以来，广东、黑龙江…: a short clause of time before
		// the topic; 记者获悉，今年，三门峡市…: a report's frame, then one of time
		end := c.clauses[k][1]
		if !(c.clauses[k][0] <= i && (c.clauses[k+1][0]-i <= maxLeadClause && !c.mentionIn(i, c.clauses[k+1][0]) || c.frameVerbEnding(end) ||
			(anyWordAt(t, i, c.d.x.lex.basisOpeners) || sinceClause(t, i, end)) && !c.actorIn(i, c.clauses[k+1][0]))) {
			break // (记者从…联席会议上获悉: a report's frame, whatever it names)
		}
		i = c.clauses[k+1][0]
	}
	for _, v := range c.d.x.lex.leadVerbs {
		if !c.d.x.leadFirsts.at(t[:c.s.End], i) {
			break // (most sentences)
		}
		if n := prefixLen(t[:c.s.End], i, v); n > 0 { // compared in place, counted as it goes
			i += n
			break
		}
	}
	for i < c.s.End && (t[i] == '“' || t[i] == '"') {
		i++
	}
	if anyWordAt(t[:c.s.End], i, c.d.x.lex.roleOpeners) {
		// 作为江西“东门户”的上饶，…与浙江、福建、安徽交界: the place after the
		// role's 的, its clause's last words, is the topic
		if e := c.clauseOf(i)[1]; e > i {
			for e > i && isClauseSep(t[e-1]) {
				e--
			}
			if k := slices.IndexFunc(c.tops, func(m *mention) bool { return m.end == e && m.start > i+2 && t[m.start-1] == '的' }); k >= 0 {
				i = c.tops[k].start
			}
		}
	}
	for _, m := range c.tops {
		if m.start == i {
			if c.d.firmOpenedBy(m) {
				c.firmTopic = true
				return nil
			}
			l := c.listFrom(m, c.s.End)
			if !isActor(m) && !(len(m.refs) == 1 && m.refs[0].typ == kg.Hub) {
				// 推进…T3航站楼及配套设施建设: works after a lead verb are its
				// object, no subject (a hub may act: 发挥赣西港…作用，力争纳入…)
				return nil
			}
			if e := l[len(l)-1].end; (c.actsAfter(e) || c.startsAction(e) || len(l) >= 2 && anyWordAt(t, e, c.d.x.lex.peerProcesses)) && !c.builtNoun(e) {
				return l // (支持张家口市与北京市共同办好…，共建…: they act together)
			}
			return nil
		}
		if m.start > i {
			break
		}
	}
	return nil
}

// frameVerbEnding reports a verb of reporting ([frame-verbs]: 获悉, 强调,
// 指出) ending the clause that ends at end (before its separator): the
// clause frames what the next one says (习近平总书记在贵州考察时强调，贵州要…).
func (c *sentenceCtx) frameVerbEnding(end int) bool {
	t := c.d.text
	for end > c.s.Start && isClauseSep(t[end-1]) {
		end--
	}
	return anyWordEndingAt(t, end, c.d.x.lex.frameVerbs)
}

// maxSinceClause bounds a clause of time that ends in 来 (《规划》实施一年多来).
const maxSinceClause = 16

// sinceClause reports the clause [i, end) a span of time up to now,
// ending in 来 (以来, 多来, 年来), short enough to be no more than that.
func sinceClause(t []rune, i, end int) bool {
	for end > i && isClauseSep(t[end-1]) {
		end--
	}
	return end-i <= maxSinceClause && end > i && t[end-1] == '来'
}

// maxLeadClause bounds a clause of time or setting before a sentence's
// topic (近年来, 2017年以来, 今年以来): longer, it says more than when.
const maxLeadClause = 10

// mentionIn reports a mention of the sentence's in [a, b).
func (c *sentenceCtx) mentionIn(a, b int) bool {
	return slices.ContainsFunc(c.tops, func(m *mention) bool { return m.start < b && m.end > a })
}

// actorIn reports a mention of the sentence's in [a, b) that may act: a
// plan's (《规划》实施一年多来) does not.
func (c *sentenceCtx) actorIn(a, b int) bool {
	return slices.ContainsFunc(c.tops, func(m *mention) bool { return m.start < b && m.end > a && isActor(m) })
}

// startsAction reports a word of joint action at pos ([joint-action-words]:
// 共同, 携手): what follows the partners is done by both.
func (c *sentenceCtx) startsAction(pos int) bool {
	for _, w := range c.d.x.lex.jointActionWords {
		if runesAt(c.d.text, pos, w) {
			return true
		}
	}
	return false
}

// driven returns the places that drive a list of peers: when 带动 opens
// the peers' clause and the clause before it gives a place its role
// (发挥武汉龙头牵引作用，带动黄石、鄂州…联动: 武汉 links with each), or nil.
func (c *sentenceCtx) driven(peers []*mention) []*mention {
	t := c.d.text
	if len(peers) == 0 {
		return nil
	}
	p := peers[0].start
	if p < c.s.Start+3 || string(t[p-2:p]) != "带动" || !isClauseSep(t[p-3]) {
		return nil
	}
	prev := c.clauseOf(p - 4)
	k := strings.Index(string(t[prev[0]:prev[1]]), "发挥")
	if k < 0 || !strings.HasSuffix(string(t[prev[0]:prev[1]]), "作用") {
		return nil
	}
	at := prev[0] + len([]rune(string(t[prev[0]:prev[1]])[:k])) + 2
	for _, m := range c.tops {
		if m.start == at && allPlaces([]*mention{m}) {
			return []*mention{m}
		}
	}
	return nil
}

// actsAfter reports whether what follows a list makes it a subject (a verb,
// a trigger, a count such as 三市, punctuation) rather than a modifier
// (深圳前海: 深圳 qualifies 前海).
func (c *sentenceCtx) actsAfter(pos int) bool {
	t := c.d.text
	if pos >= c.s.End || isClauseSep(t[pos]) || isChineseNumeral(t[pos]) || t[pos] == '等' {
		return true
	}
	if c.d.trigAt(pos) >= 0 {
		return true
	}
	if c.d.x.stops.startingAt(t, pos, min(len(t), pos+c.d.x.stops.maxLen)) > 0 {
		return true
	}
	if anyWordAt(t, pos, c.d.x.lex.modalVerbs) {
		return true // 长三角地区|要增强…，依托…: a modal after it
	}
	if anyWordAt(t, pos, c.d.x.lex.roleOpeners) {
		return true // 荣昌和内江|作为川渝毗邻地区，…开展了务实合作: the role's holders act
	}
	// 大庆市|成立工作专班，…，推进与广州市合作: a verb of the dictionary
	// after it, the place is the subject of the clauses that follow
	ws := c.d.words(pos, min(c.s.End, pos+4))
	return len(ws) > 0 && ws[0].Start == 0 && ws[0].End >= 2 && (ws[0].Tag == "v" || ws[0].Tag == "vd" || segment.IsAdverbTag(ws[0].Tag))
}

// builtNoun reports 建设 or 发展 right at pos that ends its clause, or
// that a short predicate follows: the noun of what the lead verb furthers
// (推动成渝地区双城经济圈建设，…; 推动…建设走深走实，…), whose place is its
// object, not the subject of the clauses after it.
func (c *sentenceCtx) builtNoun(pos int) bool {
	t := c.d.text
	for _, w := range []string{"建设", "发展", "高质量发展"} {
		if runesAt(t, pos, w) {
			after := pos + len([]rune(w))
			if after >= c.s.End || isClauseSep(t[after]) {
				return true
			}
			e := after
			for e < c.s.End && e-after <= maxPredicate && !isClauseSep(t[e]) {
				e++
			}
			if e-after > maxPredicate || e == after {
				return false
			}
			for i := after; i < e; i++ {
				if c.d.trigAt(i) >= 0 {
					return false
				}
			}
			// 建设|走深走实, 发展|取得新突破: a verb opens what is said of the
			// noun; a noun after 建设 is what a place builds (建设|都市圈)
			ws := c.d.words(after, e)
			return len(ws) > 0 && ws[0].Start == 0 && ws[0].Tag == "v"
		}
	}
	return false
}

// maxPredicate is the most characters of what is said of a thing's
// building between it and the end of the clause (走深走实, 取得新突破).
const maxPredicate = 6

// skipEnumerator skips 1. / (一) / 一、 / 第一条 at the start of a sentence.
func skipEnumerator(t []rune, i, end int) int {
	j := i
	if j < end && (t[j] == '(' || t[j] == '（') {
		k := j + 1
		for k < end && (isChineseNumeral(t[k]) || (t[k] >= '0' && t[k] <= '9')) {
			k++
		}
		if k < end && k > j+1 && (t[k] == ')' || t[k] == '）') {
			return k + 1
		}
		return i
	}
	k := j
	for k < end && (isChineseNumeral(t[k]) || (t[k] >= '0' && t[k] <= '9')) {
		k++
	}
	if k > j && k < end && (t[k] == '、' || t[k] == '.' || t[k] == '．') {
		return k + 1
	}
	return i
}

// listSep reports text joining items of a list: 、 和 及 与 以及 或 (quotes ignored).
func listSep(s string) bool {
	if s == "》《" || s == "”“" {
		// 与《交通强国建设纲要》《国家综合立体交通网规划纲要》衔接: titles back
		// to back; “襄十随神”“宜荆荆恩”城市群与武汉城市圈…衔接: quoted names too
		return true
	}
	s = strings.Trim(s, "“”\"《》")
	for _, p := range []string{"一体化发展", "协同发展", "高质量发展", "一体化", "建设", "发展"} {
		// 融入粤港澳大湾区、长三角一体化和长株潭都市圈, 对接长江经济带发展、粤港澳大湾区
		// 建设: a process named after an area keeps the area in the list
		if rest, ok := strings.CutPrefix(s, p); ok && rest != "" {
			s = rest
			break
		}
	}
	switch s {
	case "、", "和", "及", "与", "以及", "或", "、“", "”、", "同", "—", "-", "－", "–", "·", "・", "•":
		return true // (舟山·达州东西部协作: a middle dot joins the parties as a dash does)
	}
	return false
}

// pastGovernment returns the gap after the list item m without the word
// of the place's government or office it opens with (officeEnd).
func (c *sentenceCtx) pastGovernment(m *mention, gap string) string {
	if e := c.officeEnd(m); e > m.end {
		if rest, ok := strings.CutPrefix(gap, c.d.sub(m.end, e)); ok {
			return rest
		}
	}
	return gap
}

// officeEnd returns the end of the word after the place m that names its
// government ([government-words]: 香港特区政府、澳门特区政府, 香港特别行政区
// 政府和深圳市人民政府) or, before a list's mark or 分别, one of its offices (a
// short word ending in an office's final, [office-finals]: 沈阳市文旅局、大连市
// 文旅局): the places' governments and offices act for them. It is m.end
// when no such word follows.
func (c *sentenceCtx) officeEnd(m *mention) int {
	if m.kind != mRegion {
		return m.end
	}
	t := c.d.text
	for _, g := range c.d.x.lex.governmentWords {
		if runesAt(t, m.end, g) {
			return m.end + utf8.RuneCountInString(g)
		}
	}
	for e := m.end + 2; e <= m.end+maxOfficeName && e < len(t) && unicode.Is(unicode.Han, t[e-1]); e++ {
		if c.d.x.officeFinals.has(t[e-1]) && (inSet("、与和同及", t[e]) || c.respectiveAt(e)) && c.officeWords(m.end, e) {
			return e
		}
	}
	return m.end
}

// maxOfficeName bounds the name of a place's office after the place
// (文化和旅游局, 港口管理局, 人力资源和社会保障厅).
const maxOfficeName = 10

// officeWords reports the words from a to b as an office's name: no verb
// among them, in a name longer than a short one (人力资源|和|社会保障|局, not
// 优化|产业|布局).
func (c *sentenceCtx) officeWords(a, b int) bool {
	if b-a <= 3 {
		return true // 经信局, 文旅局: one word or two, as most offices are cut
	}
	return !slices.ContainsFunc(c.d.scratchWords(a, b), func(w segment.Token) bool { return segment.IsVerbTag(w.Tag) })
}

// listFrom returns m and the mentions listed after it, up to end.
func (c *sentenceCtx) listFrom(m *mention, end int) []*mention {
	out := []*mention{m}
	last := m
	for _, n := range c.tops {
		if n.start < last.end || n.start >= end {
			continue
		}
		gap := c.pastGovernment(last, string(c.d.text[last.end:c.qualifiedStart(last.end, n)]))
		if !listSep(gap) && !(n.start == last.end && areaMention(last) && areaMention(n)) {
			break // (粤东粤西粤北: areas written one after another are a list)
		}
		out = append(out, n)
		last = n
	}
	return out
}

// qualifiedStart returns where item n of a list begins with the region
// that qualifies it (西藏林芝、新疆喀什: 新疆 stands before 喀什), after from;
// n.start when no region qualifies it.
func (c *sentenceCtx) qualifiedStart(from int, n *mention) int {
	if n.kind != mRegion || n.start < 2 {
		return n.start
	}
	start := n.start
	for step := 0; step < 2; step++ { // 新疆|吐鲁番市|托克逊县: a province and a city before the county
		moved := false
		for i := max(from, start-8); i < start; i++ {
			if g := c.d.gazAt(i); g != nil && g.start == i && g.end == start && !g.top && g.kind == mRegion {
				start, moved = i, true
				break
			}
		}
		if !moved {
			break
		}
	}
	return start
}

// listAfter returns the list of mentions starting within a few fillers of
// pos and before end.
func (c *sentenceCtx) listAfter(pos, end int) []*mention {
	for _, m := range c.tops {
		if m.start < pos {
			continue
		}
		if m.start >= end || m.start-pos > 12 {
			return nil
		}
		if !c.fillerGap(pos, m.start) {
			return nil
		}
		if n := c.placesOfAfter(m, end); n != nil {
			return c.listFrom(n, end) // 与宁德市的柘荣县、屏南县: the places of the city, not the city
		}
		if c.d.organisationAfter(m.end) || c.d.organisationListAfter(m.end, end) {
			return nil // 与北京铁路局合作, 对接广州港集团: the place opens an organisation's name, no partner
		}
		return c.listFrom(m, end)
	}
	return nil
}

// platformOfParties reports a run of parties' abbreviations m followed by
// a cooperation word and, within two characters, a platform noun
// ([platform-nouns]: 京蒙|协作|大平台, 闽宁|合作|示范基地): the run names
// whose platform it is.
func (c *sentenceCtx) platformOfParties(m *mention) bool {
	t := c.d.text
	if m.kind != mAbbrev || len(m.refs) < 2 || m.end >= len(t) {
		return false
	}
	for _, w := range c.d.x.lex.zoneWords {
		n := prefixLen(t, m.end, w)
		if n == 0 {
			continue
		}
		for g := 0; g <= 2; g++ {
			p := m.end + n + g
			if p >= len(t) || !isHan(t[p]) {
				return false
			}
			if anyWordAt(t, p, c.d.x.lex.platformNouns) {
				return true
			}
		}
		return false
	}
	return false
}

// maxOrganisationName bounds the characters between a place and the final
// of the organisation it names (湖南省|机场管理集团).
const maxOrganisationName = 8

// organisationAfter reports name characters from pos up to a word of
// [organisation-finals] (铁路局, 港集团) within a few characters, with no
// list mark between: the mention ending at pos opens an organisation's
// name.
func (d *docView) organisationAfter(pos int) bool {
	t := d.text
	for j := pos + 1; j <= len(t) && j-pos <= maxOrganisationName; j++ {
		if c := t[j-1]; !isHan(c) || inSet("、和与及等", c) {
			return false
		}
		for _, w := range d.x.lex.organisationFinals {
			if n := len([]rune(w)); j-n >= pos && runesAt(t, j-n, w) {
				d.cutAt(j - 1)
				if d.tokenAt(j-1).End != j {
					return false // (局 of 局面 is none)
				}
				// 厦门市人社局, 银川市人力资源和社会保障局: a place written in
				// full with its level opens its own office, which acts for
				// it; 北京铁路局, 广州港集团 name organisations
				return !(d.x.officeFinals.has(t[j-1]) && d.fullNameEndingAt(pos))
			}
		}
	}
	return false
}

// fullNameEndingAt reports a region's mention ending at pos that writes
// its full name (厦门市, not 厦门).
func (d *docView) fullNameEndingAt(pos int) bool {
	g := d.gazEndingAt(pos)
	return g != nil && g.kind == mRegion && len(g.refs) == 1 && g.refs[0].name == d.sub(g.start, g.end)
}

// firmOpenedBy reports a place m that opens a firm's name: a few name
// characters after it end in a firm's final ([firm-finals]: 天津|港集团,
// 中国移动宁夏|公司), a word of the segmentation, no list mark between.
func (d *docView) firmOpenedBy(m *mention) bool {
	if m.kind != mRegion {
		return false
	}
	t := d.text
	for j := m.end + 1; j <= len(t) && j-m.end <= maxOrganisationName; j++ {
		if c := t[j-1]; !isHan(c) || inSet("、和与及等的", c) {
			return false
		}
		for _, w := range d.x.lex.firmFinals {
			if n := utf8.RuneCountInString(w); j-n >= m.end && runesAt(t, j-n, w) {
				d.cutAt(j - 1)
				return d.tokenAt(j-1).End == j
			}
		}
	}
	return false
}

// organisationListAfter reports a place at pos-… that opens a longer name
// (name characters follow it, no list mark) in a list that 等 and a class
// of organisations close before end (与重庆渝瀚电子、长安跨越车辆等企业对接:
// firms, no partner).
func (d *docView) organisationListAfter(pos, end int) bool {
	t := d.text
	if pos >= end || !isHan(t[pos]) || inSet("、和与及等的", t[pos]) {
		return false
	}
	for j := pos; j < end && j-pos <= 40; j++ {
		if isClauseSep(t[j]) {
			return false
		}
		if t[j] == '等' {
			for _, w := range d.x.lex.organisationClasses {
				if runesAt(t, j+1, w) {
					return true
				}
			}
		}
	}
	return false
}

// placesOfAfter returns the mention of a region within region m written
// right after m and 的 (宁德市的|柘荣县), or after an area and 的 (赣西的|吉安市:
// the area only says where the places lie), or nil.
func (c *sentenceCtx) placesOfAfter(m *mention, end int) *mention {
	t := c.d.text
	if (m.kind != mRegion && m.kind != mGroup) || len(m.refs) != 1 || m.end+1 >= end || t[m.end] != '的' {
		return nil
	}
	for _, n := range c.tops {
		if n.start == m.end+1 && n.kind == mRegion && len(n.refs) == 1 && (m.kind == mGroup || c.d.x.gaz.Within(n.refs[0].code, m.refs[0].code)) {
			return n
		}
	}
	return nil
}

// unnamedItemEnd returns where a short first item after pos ends, at a 和,
// 及 or 、 that joins more to it, when the item holds no mention (中欧班列
// （成渝）和…); -1 otherwise.
func (c *sentenceCtx) unnamedItemEnd(pos, end int) int {
	t := c.d.text
	for j := pos; j < end && j-pos <= 10; j++ {
		switch r := t[j]; {
		case inSet("和及、", r) && j > pos+1:
			for _, m := range c.tops {
				bracketed := m.start > 0 && inSet("（(", t[m.start-1]) && m.end < len(t) && inSet("）)", t[m.end])
				if m.start < j && m.end > pos && !bracketed { // (中欧班列（西安）: a place noting the item names no item)
					return -1 // (an item named: listAfter's)
				}
			}
			return j
		case !isNameChar(r) && !inSet("（）()", r):
			return -1
		}
	}
	return -1
}

// placeItemEnd returns where an item that place mention m opens ends, at
// a 和, 及 or 、 one or two characters after m that no mention holds
// (闽宁|镇和…); -1 otherwise.
func (c *sentenceCtx) placeItemEnd(m *mention, end int) int {
	t := c.d.text
	for j := m.end; j < end && j-m.end <= 2; j++ {
		if inSet("和及、", t[j]) {
			if j == m.end {
				return -1
			}
			return j
		}
		if !isHan(t[j]) || c.d.gazAt(j) != nil || slices.ContainsFunc(c.tops, func(n *mention) bool { return n.start <= j && j < n.end }) {
			return -1
		}
	}
	return -1
}

// objectsAfter returns the objects of trigger t: the list right after it,
// or after a trigger that follows it (融入共建“一带一路”: what is built is
// what is integrated into); a list whose last item qualifies a noun of its
// own (衔接“十五五”规划目标) is no object.
func (c *sentenceCtx) objectsAfter(t trig, end int) []*mention {
	objs := c.listAfter(t.end, end)
	if j := c.joinedVerbsEnd(t.end, end); len(objs) == 0 && j > t.end {
		// 融入和服务长三角一体化发展, 主动融入、积极服务京津冀协同发展: verbs
		// joined share their object
		t.end = j
		objs = c.listAfter(j, end)
	}
	if len(objs) == 0 && t.def.typ == kg.CoBuilds && t.end < end && c.d.text[t.end] == '的' {
		objs = c.listAfter(t.end+1, end) // 哈尔滨与深圳共建的深哈产业园: what they build
	}
	if len(objs) == 0 && t.end+2 < end && (t.def.typ == kg.DocksWith || t.def.typ == kg.IntegratesInto) {
		// 对接服务京津冀协同发展: a verb right after shares the object
		if ws := c.d.words(t.end, min(end, t.end+2)); len(ws) == 1 && ws[0].End == 2 && segment.IsVerbTag(ws[0].Tag) &&
			c.d.x.stops.startingAt(c.d.text, t.end, t.end+2) == 2 {
			objs = c.listAfter(t.end+2, end)
		}
	}
	if len(objs) == 0 && t.def.typ != kg.Connects {
		objs = c.afterAttributive(t.end, end) // 对接高质量发展的粤港澳大湾区: the object after what describes it
	}
	if len(objs) == 0 && t.def.typ == kg.ReliesOn {
		// 依托中欧班列（成渝）和西部陆海新通道: an item that names no entity
		// leaves the named ones joined after it the things relied on
		if j := c.unnamedItemEnd(t.end, end); j > 0 {
			objs = c.listAfter(j+1, end)
		}
	}
	if len(objs) == 0 && t.def.typ == kg.IncludedIn && runesAt(c.d.text, t.end, "规划范围") {
		objs = c.planScope(t.start) // 印发《关中平原城市群发展规划》，将运城市纳入规划范围
	}
	if len(objs) > 0 && t.def.typ == kg.CoBuilds && (objs[0].kind == mAbbrev || objs[0].kind == mRegion) {
		// 共建闽宁镇和闽宁产业园: a place's name opening a short item with a
		// noun of its own (镇) names no thing built; the named ones joined
		// after it are
		if j := c.placeItemEnd(objs[0], end); j > 0 {
			objs = c.listAfter(j+1, end)
		}
	}
	if len(objs) == 0 && (t.def.typ == kg.IntegratesInto || t.def.typ == kg.DocksWith) {
		pos := t.end
		for pos < end {
			if n := c.d.x.qualifiers.startingAt(c.d.text, pos, end); n > 0 {
				pos += n
				continue
			}
			break
		}
		if k := c.d.trigAt(pos); k >= 0 && c.d.x.trigDefs[c.d.trigs[k].word].typ == kg.CoBuilds {
			objs = c.listAfter(c.d.trigs[k].end, end)
		}
	}
	if len(objs) > 0 {
		last := objs[len(objs)-1]
		after := strings.TrimLeft(string(c.d.text[last.end:min(len(c.d.text), last.end+3)]), "”\"")
		for _, n := range c.d.x.lex.modifiedNouns {
			if strings.HasPrefix(after, n) && !(t.def.typ == kg.ReliesOn && c.advantageAfter(last.end)) {
				// (借助海南自由贸易港政策优势: an advantage of the thing relied
				// on is the thing's own)
				return nil
			}
		}
		if c.platformOfParties(last) {
			return nil // 依托京蒙|协作大平台: the platform of the parties' cooperation, unnamed, no party
		}
		if e := c.placesQualify(last.end, onlyRegions(objs)); allPlaces(objs) && e > 0 {
			// 依托海口、三亚等5家市疾控中心: the centres, not the cities; the
			// named things joined after them are relied on (依托钦州、茂名等
			// 沿海油品码头和北海LNG接收站)
			if t.def.typ != kg.ReliesOn || e >= end || !inSet("和及、", c.d.text[e]) {
				return nil
			}
			objs = c.listAfter(e+1, end)
			if len(objs) == 0 {
				return nil
			}
		}
		if e := last.end; t.def.typ == kg.IncludedIn && last.kind == mRegion && e < len(c.d.text) && (c.d.text[e] == '“' || isHan(c.d.text[e]) && !inSet("和及与、等", c.d.text[e]) && c.d.trigAt(e) < 0 && c.d.x.stops.startingAt(c.d.text, e, min(len(c.d.text), e+c.d.x.stops.maxLen)) == 0) {
			if len(objs) == 1 {
				return nil // 纳入深圳“20+8”产业集群布局: the place qualifies what things are put in, no place takes them
			}
			// 纳入…国省干线公路规划和湖南省“十四五”农村资源产业、旅游公路规划: a
			// later item the place opens names nothing; the items before it
			// take what is put in
			objs = objs[:len(objs)-1]
		}
	}
	if t.def.typ == kg.CoBuilds && len(objs) >= 2 {
		// 抓住共建“一带一路”、泛珠三角区域合作、粤港澳大湾区发展等机遇: a list
		// of the chances a place seizes; the trigger is the first item's own
		// (共建“一带一路”), the other items no things built
		e := objs[len(objs)-1].end
		for e < end {
			if inSet("”等", c.d.text[e]) {
				e++
			} else if k := slices.IndexFunc(c.d.x.lex.groupBuildingWords, func(w string) bool { return len(w) > 3 && prefixLen(c.d.text, e, w) > 0 }); k >= 0 {
				e += prefixLen(c.d.text, e, c.d.x.lex.groupBuildingWords[k]) // (粤港澳大湾区|发展|等机遇; words, not 和 or 等)
			} else {
				break
			}
		}
		for q := e; q < min(end, e+5); q++ { // (等|重大战略|机遇: the chances' qualifiers)
			if anyWordAt(c.d.text, q, c.d.x.lex.chanceNouns) {
				objs = objs[:1]
				break
			}
			if !isHan(c.d.text[q]) {
				break
			}
		}
	}
	for t.def.typ == kg.ReliesOn && len(objs) > 0 {
		// 借助香港、澳门“一国两制”制度优势和广东…优势: the things whose
		// qualities are relied on, joined after each one's quality
		q := c.qualityEnd(objs[len(objs)-1].end, end)
		if q < 0 || q >= end || !inSet("和及、", c.d.text[q]) {
			break
		}
		more := c.listAfter(q+1, end)
		if len(more) == 0 {
			break
		}
		objs = append(objs, more...)
	}
	return objs
}

// planScope returns the plan a sentence names before pos, the last one,
// whose area 规划范围 is; nil when it names none.
func (c *sentenceCtx) planScope(pos int) []*mention {
	for k := len(c.tops) - 1; k >= 0; k-- {
		if m := c.tops[k]; m.end <= pos && len(m.refs) == 1 && m.refs[0].typ == kg.Plan {
			return []*mention{m}
		}
	}
	return nil
}

// afterAttributive returns the list of mentions right after a 的 that
// closes a short description standing between a trigger and its object
// (共建经济繁荣、社会和谐、生态良好的泛珠三角区域, 主动对接高质量发展的粤港澳
// 大湾区): the description names nothing, holds no trigger or clause break,
// and the object opens right after 的; nil otherwise.
func (c *sentenceCtx) afterAttributive(pos, end int) []*mention {
	t := c.d.text
	for i := pos; i < end && i-pos <= maxAttributive; i++ {
		switch r := t[i]; {
		case r == '的':
			if i-pos < 3 {
				return nil // (连接东西的沪昆高速: a short object in a clause that describes the name after)
			}
			for _, m := range c.tops {
				if m.start >= pos && m.start < i {
					return nil // (a named thing in the description: its own relation)
				}
			}
			if ms := c.listAfter(i+1, end); len(ms) > 0 && ms[0].start == i+1 {
				return ms
			}
			return nil
		case isClauseSep(r) || r == '“' || r == '《' || c.d.trigAt(i) >= 0 && i > pos:
			return nil
		}
	}
	return nil
}

// maxAttributive bounds the description between a trigger and its object
// (经济繁荣、社会和谐、生态良好: 14 characters).
const maxAttributive = 16

// joinedVerbsEnd returns where the verbs joined to a trigger ending at pos
// end (和服务, 、积极服务, 、主动融入): a joining word or mark, adverbs
// and one verb of two characters, once or twice; pos when none is joined.
func (c *sentenceCtx) joinedVerbsEnd(pos, end int) int {
	t := c.d.text
	at := pos
	for range 2 {
		p := at
		if p+3 > end || !inSet("和及并与、", t[p]) {
			break
		}
		p++
		for n := c.d.x.stops.startingAt(t, p, end); n == 2 && p+n+2 <= end && !c.verbWord(p); n = c.d.x.stops.startingAt(t, p, end) {
			p += n // 积极, 主动: an adverb before the verb
		}
		if !c.verbWord(p) {
			break
		}
		at = p + 2
	}
	return at
}

// verbWord reports a verb of two characters at p: a trigger, or a word the
// segmenter tags a verb.
func (c *sentenceCtx) verbWord(p int) bool {
	if k := c.d.trigAt(p); k >= 0 && c.d.trigs[k].end == p+2 {
		return true
	}
	ws := c.d.words(p, min(len(c.d.text), p+2))
	return len(ws) == 1 && ws[0].End == 2 && segment.IsVerbTag(ws[0].Tag)
}

// qualityEnd returns where a quality of a thing relied on ([relied-qualities])
// ends within maxQualityGap characters after pos in the clause, or -1.
func (c *sentenceCtx) qualityEnd(pos, end int) int {
	for i := pos; i < end && i < pos+maxQualityGap && !isClauseSep(c.d.text[i]); i++ {
		for _, w := range c.d.x.lex.reliedQualities {
			if n := prefixLen(c.d.text, i, w); n > 0 {
				return i + n
			}
		}
	}
	return -1
}

// maxQualityGap is the most characters between a thing relied on and the end
// of its quality (香港、澳门|“一国两制”制度优势).
const maxQualityGap = 14

// advantageAfter reports a quality of a thing relied on ([relied-qualities]:
// 优势, 红利) within a few characters after pos, in the same clause
// (海南自由贸易港政策|优势).
func (c *sentenceCtx) advantageAfter(pos int) bool {
	return c.qualityEnd(pos, min(c.s.End, pos+6)) >= 0
}

// placesQualify reports a list of places ending at pos that 等 and a
// head close (等5家市疾控中心, 等3所高校): the places qualify the things the
// head names, which are what the sentence is about. With no count between,
// only when the places are all regions (regions; a list holding groups names
// things of the head's kind themselves: 成渝地区双城经济圈、西部陆海新通道等
// 国家战略) and the head is a facility's, a project's or an institution's,
// which no region is (等沿海油品码头). It returns where the head ends, or -1.
func (c *sentenceCtx) placesQualify(pos int, regions bool) int {
	t := c.d.text
	i := pos
	if i >= len(t) || t[i] != '等' {
		return -1
	}
	i++
	j := i
	for j < len(t) && (isDigit(t[j]) || isChineseNumeral(t[j]) || t[j] == '两') {
		j++
	}
	if j > i {
		if j >= len(t) || !c.d.x.countMeasures.has(t[j]) {
			return -1
		}
		j++
	}
	for k := j; k < len(t) && k < i+8 && !isClauseSep(t[k]) && t[k] != '、'; k++ {
		if n := c.d.x.headWords.startingAt(t, k, min(len(t), k+10)); n > 0 {
			if j == i {
				if k == j || !regions {
					return -1 // 等铁路: the places' own routes, named by them
				}
				h, ok := c.d.x.headIndex[string(t[k:k+n])]
				if !ok {
					return -1
				}
				switch c.d.x.headDefs[h].typ {
				case kg.Hub, kg.Project, kg.Institution:
				default:
					return -1 // (长沙、株洲等国家中心城市; 等国家级新区)
				}
			}
			return k + n
		}
		if k > j && c.d.gazAt(k) != nil {
			return -1 // (等地与深圳产业园: another place, another item)
		}
	}
	return -1
}

// listBefore returns the list of mentions ending nearest before pos, not
// before lo.
func (c *sentenceCtx) listBefore(lo, pos int) []*mention {
	var last *mention
	idx := -1
	for i, m := range c.tops {
		if m.start >= lo && m.end <= pos {
			if last != nil && m.start >= last.start && m.end < last.end {
				continue // (陕西自贸试验区 inside 陕西自贸试验区空港新城功能区: the whole name acts)
			}
			last, idx = m, i
		}
	}
	if last == nil {
		return nil
	}
	// 郴州、永州、衡阳等湘南地区: the places listed before 等 are the subjects
	if idx > 0 && last.start >= 1 && c.d.text[last.start-1] == '等' && c.tops[idx-1].end == last.start-1 && c.tops[idx-1].start >= lo {
		last, idx = c.tops[idx-1], idx-1
	}
	out := []*mention{last}
	front := last.start // where the first item starts, with the region that qualifies it
	qualify := func() {
		// 四川省|广安市: a region before the item names where it lies, no item of its own
		if g := c.d.gazEndingAt(front); g != nil && g.start >= lo && c.qualifies(g, out[0]) {
			front = g.start
		}
	}
	qualify()
	for i := idx - 1; i >= 0; i-- {
		m := c.tops[i]
		if m.end > out[0].start {
			continue // overlapping mentions: the later one stands
		}
		if m.end > front {
			continue // the qualifier itself
		}
		gap := c.pastGovernment(m, c.d.sub(m.end, front))
		if m.start < lo || !listSep(gap) && !(m.end == out[0].start && (areaMention(m) && areaMention(out[0]) || c.peerRegions(m, out[0]))) {
			break
		}
		out = append([]*mention{m}, out...)
		front = m.start
		qualify()
	}
	return out
}

// peerRegions reports two region mentions written one after the other with
// no mark between, neither inside the other (宜兴市延长县, 徐州宝鸡两地):
// the parties of a pairing, as a list is.
func (c *sentenceCtx) peerRegions(m, next *mention) bool {
	if m.kind != mRegion || next.kind != mRegion || len(m.refs) != 1 || len(next.refs) != 1 || m.refs[0] == next.refs[0] {
		return false
	}
	a, b := m.refs[0].code, next.refs[0].code
	return a != "" && b != "" && !c.d.x.gaz.Within(a, b) && !c.d.x.gaz.Within(b, a)
}

// qualifies reports a region mention right before another that lies inside
// it (重庆市|渝北区, 四川省|广安市): it says where the other lies.
func (c *sentenceCtx) qualifies(m, inner *mention) bool {
	if m.kind != mRegion || inner.kind != mRegion || len(m.refs) != 1 || len(inner.refs) != 1 {
		return false
	}
	return c.d.x.gaz.Within(inner.refs[0].code, m.refs[0].code)
}

// prepositions before a place make it an adverbial, not a subject.
func (c *sentenceCtx) adverbial(m *mention) bool {
	s := m.start
	if g := c.d.gazEndingAt(s); g != nil && c.qualifies(g, m) {
		s = g.start // 在|广东省深圳市举行: the province says where the city lies
	}
	if s == 0 {
		return false
	}
	return inSet("在于向赴到从对为给经", c.d.text[s-1])
}

// classAfterList reports 等 at end and a class of things after it, over name
// characters, ending in a head before pos (等跨省合作共建园区): the places
// listed before it name the class's members, which the text does not name.
func (c *sentenceCtx) classAfterList(end, pos int) bool {
	t := c.d.text
	if end >= pos || t[end] != '等' {
		return false
	}
	for k := end + 2; k <= pos && k-end <= 16; k++ {
		if !isNameChar(t[k-1]) {
			return false
		}
		if c.d.x.headWords.endingAt(t, end+1, k) > 0 && (k == pos || !isNameChar(t[k])) {
			return true
		}
	}
	return false
}

// frameOpened reports a place after 在 that opens a frame the trigger at
// pos stands in, which closes later in the clause ([frame-closers]:
// 在黑龙江省与广东省开展对口合作的总体框架下): the place is the subject of
// the frame's own clause, no locative.
func (c *sentenceCtx) frameOpened(m *mention, pos int) bool {
	t := c.d.text
	if m.start == 0 || t[m.start-1] != '在' {
		return false
	}
	for i := pos; i < len(t) && i-pos < 24 && !isClauseSep(t[i]); i++ {
		if anyWordAt(t, i, c.d.x.lex.frameClosers) {
			return true
		}
	}
	return false
}

// yuPhrase finds "与X" between lo and the trigger: the position of 与 and
// the partners after it.
func (c *sentenceCtx) yuPhrase(lo, pos int) (int, []*mention) {
	t := c.d.text
	for i := pos - 1; i >= lo; i-- {
		// (赴上海市调研对接, 到密云区对接: the place one goes to is the
		// partner met there; after another verb of going than 赴 only right
		// before the trigger: 选派专家人才到平利|支援帮扶 goes to help, not with)
		going := t[i] != '赴' && c.goingVerbEndingAt(i+1)
		if (t[i] == '与' || t[i] == '同' || t[i] == '赴' || going) && c.d.gazAt(i) == nil && !c.d.insideName(i, i+1) {
			ps := c.listAfter(i+1, pos)
			if going && len(ps) > 0 && ps[len(ps)-1].end != pos {
				ps = nil
			}
			if j := c.unnamedItemEnd(i+1, pos); len(ps) == 0 && j > 0 {
				// 与对口援青省份和广西等地…协作: an unnamed first partner leaves
				// the named ones after it
				ps = c.listAfter(j+1, pos)
			}
			if len(ps) > 0 {
				return i, ps
			}
		}
		if i > lo && c.d.x.companionFirsts.at(t, i-1) && c.d.gazAt(i) == nil && slices.Contains(c.d.x.lex.companionVerbs, c.d.sub(i-1, i+1)) {
			// 携手江西共建…: the partners of a verb of company, as after 与
			if ps := c.listAfter(i+1, pos); len(ps) > 0 {
				return i - 1, ps
			}
		}
	}
	return -1, nil
}

// goingVerbEndingAt reports a verb of going to a place ([visit-verbs] that
// are no [coming-verbs]: 赴, 到, 前往) ending at pos.
func (c *sentenceCtx) goingVerbEndingAt(pos int) bool {
	for _, w := range c.d.x.lex.visitVerbs {
		if n := suffixLen(c.d.text, pos, w); n > 0 && !slices.Contains(c.d.x.lex.comingVerbs, w) {
			return true
		}
	}
	return false
}

func refsOf(ms []*mention) []*entity {
	var out []*entity
	for _, m := range ms {
		out = append(out, m.refs...)
	}
	return out
}

// subjects returns explicit subjects before pos in the clause, or the
// sentence topic, or the document's subject; explicit reports the first.
// Places that only qualify an unnamed class before the trigger (…等…园区)
// leave no subject at all.
func (c *sentenceCtx) subjects(lo, pos int) ([]*mention, []*entity) {
	ms := c.listBefore(lo, pos)
	var kept []*mention
	for _, m := range ms {
		if !c.adverbial(m) || c.frameOpened(m, pos) || c.beneficiary(m, pos) {
			kept = append(kept, m)
		}
	}
	if len(kept) > 0 && c.d.firmOpenedBy(kept[len(kept)-1]) {
		return nil, nil // 天津港集团先后与河北区…签署: the firm acts, not the place its name opens with
	}
	if len(kept) > 0 && allPlaces(kept) && c.classAfterList(kept[len(kept)-1].end, pos) {
		return nil, nil // 湘东—醴陵、上栗—浏阳等跨省合作共建园区|对接…: the places qualify an unnamed class, the subject
	}
	if len(kept) > 0 && kept[len(kept)-1].end < pos && inSet("、和并", c.d.text[kept[len(kept)-1].end]) {
		// 对接长三角、融入长江经济带: the object of a trigger joined to this
		// one is no subject of it; both verbs have the earlier one's subject
		if k := slices.IndexFunc(c.trigs, func(t trig) bool {
			return t.start >= lo && t.end <= kept[0].start && kept[0].start-t.end <= 2
		}); k >= 0 {
			return c.subjects(lo, c.trigs[k].start)
		}
		// 峡江县主攻大湾区、|融入长三角: a list never ends in 、 before its
		// verb; the places are the object of a verb before them, whose
		// subject the trigger shares
		if f := kept[0].start; c.d.sub(kept[len(kept)-1].end, pos) == "、" && f > lo && !listSep(string(c.d.text[f-1])) && !isClauseSep(c.d.text[f-1]) {
			return c.subjects(lo, f)
		}
	}
	if len(kept) > 0 {
		if (allPlaces(kept) || allZones(kept)) && pos-kept[len(kept)-1].end <= 2 {
			// they act (湖北联动……, 九江经开区要对接…，融入…): not a place
			// that qualifies a noun
			c.carry, c.carryPeers = kept, false
		}
		return kept, refsOf(kept)
	}
	if c.unnamedSubject(lo, pos) {
		return nil, nil
	}
	if a := c.roleAgentBefore(lo); a != nil {
		return nil, a.refs
	}
	if ps := c.peerAgentsBefore(lo); len(ps) > 0 {
		return nil, refsOf(ps)
	}
	if m := c.centreBefore(lo); m != nil {
		return nil, m.refs
	}
	if len(c.carry) > 0 && c.carry[0].end <= lo {
		return nil, refsOf(c.carry)
	}
	if len(c.topic) > 0 && c.topic[0].start < lo && !c.leadClauseBetween(c.topic[0].end, lo) {
		return nil, refsOf(c.topic)
	}
	if c.firmTopic {
		return nil, nil
	}
	if e := c.d.sectionPlace(c.s.Start); e != nil {
		return nil, []*entity{e}
	}
	if c.d.subject != nil {
		return nil, []*entity{c.d.subject}
	}
	return nil, nil
}

// beneficiary reports a place after 对 that a few words join to the trigger
// at pos, in a sentence that ends by weighing it ([significance-words]: 对赣州市
// 加快融入粤港澳大湾区具有重要意义): the place does what the trigger says, 对
// marks whom it matters for.
func (c *sentenceCtx) beneficiary(m *mention, pos int) bool {
	t := c.d.text
	if m.start == 0 || t[m.start-1] != '对' || pos-m.end > 4 || c.mentionIn(m.end, pos) {
		return false
	}
	end := c.s.End // (the 对 phrase may run over clauses: 对赣州市加快融入…，建成…具有重要意义)
	for end > pos && (isClauseSep(t[end-1]) || t[end-1] == '\n') {
		end--
	}
	return anyWordEndingAt(t, end, c.d.x.lex.significanceWords)
}

// runsBeforeClass returns the runs of abbreviations listed before 等 in the
// clause from lo, when the trigger t is an adjacency word before an area
// noun (…等对区域融合起到重要作用的省际|交界|地区): the areas the runs name,
// whatever the words between; nil otherwise.
func (c *sentenceCtx) runsBeforeClass(lo int, t trig) []*mention {
	txt := c.d.text
	if !(runesAt(txt, t.end, "地区") || runesAt(txt, t.end, "区域")) {
		return nil
	}
	k := lastIndexRune(txt[lo:t.start], '等')
	if k < 0 {
		return nil
	}
	deng := lo + k
	if slices.ContainsFunc(txt[deng:t.start], isClauseSep) {
		return nil
	}
	runs := c.listBefore(lo, deng)
	if len(runs) < 2 || !slices.ContainsFunc(runs, isRun) {
		return nil
	}
	for _, m := range runs {
		if !isRun(m) {
			return nil
		}
	}
	return runs
}

// maxHeading bounds the characters of a heading line.
const maxHeading = 16

// sectionPlace returns the place the nearest heading before pos names
// alone (西安 / ●发挥…功能 / ●深度对接粤港澳大湾区: the section is about
// 西安市, whose subject a clause with none of its own has), or nil when
// that heading names none.
func (d *relater) sectionPlace(pos int) *entity {
	if !d.headingsRead {
		d.headingsRead = true
		t := d.text
		for a := 0; a < len(t); {
			b := len(t) // the line's end: indexRune tests 16 characters a step
			if k := indexRune(t[a:], '\n'); k >= 0 {
				b = a + k
			}
			if b > a && b-a <= maxHeading && !slices.ContainsFunc(t[a:b], func(r rune) bool { return inSet("。，,；;！？：:、", r) }) {
				h := heading{start: a}
				i := skipEnumerator(t, a, b)
				if g := d.gazAt(i); g != nil && g.start == i && g.end == b && g.kind == mRegion && len(g.refs) == 1 {
					h.place = g.refs[0]
				}
				d.headings = append(d.headings, h)
			}
			a = b + 1
		}
	}
	k := sort.Search(len(d.headings), func(k int) bool { return d.headings[k].start >= pos })
	if k == 0 {
		return nil
	}
	return d.headings[k-1].place
}

// maxPeerClauses bounds the clauses with no subject of their own between
// places that develop together and a clause they act in.
const maxPeerClauses = 3

// peerAgentsBefore returns the places an earlier clause of the sentence
// makes develop together after a lead verb ([peer-processes]: 推动淮安—
// 盐城—泰州—扬州|组团发展，全面对接…，积极融入…): the actors of the clauses
// after it that name no subject of their own; nil otherwise.
func (c *sentenceCtx) peerAgentsBefore(lo int) []*mention {
	t := c.d.text
	seen := 0
	for k := len(c.clauses) - 1; k >= 0 && seen <= maxPeerClauses; k-- {
		cl := c.clauses[k]
		if cl[1] > lo {
			continue
		}
		seen++
		i := c.clauseOpening(cl[0], cl[1])
		k0 := slices.IndexFunc(c.tops, func(m *mention) bool { return m.start == i })
		if k0 < 0 {
			continue // (全面对接…: no subject of its own; the clause before may have one)
		}
		l := c.listFrom(c.tops[k0], cl[1])
		if len(l) >= 2 && allPlaces(l) && anyWordAt(t, l[len(l)-1].end, c.d.x.lex.peerProcesses) {
			return l
		}
		return nil // a clause with a subject of its own
	}
	return nil
}

// centreBefore returns the place an earlier clause of the sentence makes
// its centre ([centre-roles]: 以济南为中心，…，联动聊城、滨州): the actor of
// the clauses after it that name no subject of their own; nil when none
// does or a clause between names a subject.
func (c *sentenceCtx) centreBefore(lo int) *mention {
	t := c.d.text
	for k := len(c.clauses) - 1; k >= 0; k-- {
		cl := c.clauses[k]
		if cl[1] > lo {
			continue
		}
		i := skipEnumerator(t, cl[0], cl[1])
		if i >= cl[1] {
			return nil
		}
		if t[i] == '以' {
			k0 := slices.IndexFunc(c.tops, func(m *mention) bool { return m.start == i+1 })
			if k0 < 0 {
				return nil
			}
			m := c.tops[k0]
			if p := m.end; len(m.refs) == 1 && isActor(m) && p+1 < cl[1] && t[p] == '为' && anyWordAt(t, p+1, c.d.x.lex.centreRoles) {
				return m
			}
			return nil
		}
		if slices.ContainsFunc(c.tops, func(m *mention) bool { return m.start >= cl[0] && m.end <= cl[1] && c.startsClause(m, cl) }) {
			return nil // a clause with a subject of its own
		}
	}
	return nil
}

// startsClause reports m the first words of the clause cl, after an
// enumerator and a lead verb at most.
func (c *sentenceCtx) startsClause(m *mention, cl [2]int) bool {
	return m.start == skipEnumerator(c.d.text, cl[0], cl[1]) || m.start == c.clauseOpening(cl[0], cl[1])
}

// roleAgentBefore returns the place the clause right before lo gives a
// role (发挥海口带动作用, 发挥成都的辐射作用): the actor of the clause that
// follows it with no subject of its own (…，联动澄迈、文昌…), or nil.
func (c *sentenceCtx) roleAgentBefore(lo int) *mention {
	t := c.d.text
	var prev [2]int
	for _, cl := range c.clauses {
		if cl[1] < lo && cl[1] >= lo-1 {
			prev = cl
		}
	}
	if prev[1] == 0 {
		return nil
	}
	at, role := -1, false // compared in place: asked of every clause with no subject
	for k := prev[0]; k+1 < prev[1]; k++ {
		if at < 0 && t[k] == '发' && t[k+1] == '挥' {
			at = k + 2
		} else if at >= 0 && t[k] == '作' && t[k+1] == '用' {
			role = true
			break
		}
	}
	if !role {
		return nil
	}
	for at < prev[1] && inSet("好出了", t[at]) {
		at++
	}
	for _, m := range c.tops {
		if m.start == at && m.end < prev[1] && isActor(m) && m.kind == mRegion {
			return m
		}
	}
	return nil
}

// leadClauseAt reports the clause holding pos opening with a lead verb
// ([lead-verbs]).
func (c *sentenceCtx) leadClauseAt(pos int) bool {
	cl := c.clauseOf(pos)
	i := skipEnumerator(c.d.text, cl[0], cl[1])
	for _, v := range c.d.x.lex.leadVerbs {
		if runesAt(c.d.text, i, v) {
			return true
		}
	}
	return false
}

// leadClauseBetween reports a clause starting after a and before b that
// opens with a lead verb ([lead-verbs]) and a thing it names: the
// document's subject takes up other work, and the topic of the sentence's
// start is left behind (支持厦门大学建设…，推动厦门火炬高新区…，依托…: not
// 厦门大学's reliance).
func (c *sentenceCtx) leadClauseBetween(a, b int) bool {
	for _, cl := range c.clauses {
		if cl[0] <= a || cl[0] >= b {
			continue
		}
		i := skipEnumerator(c.d.text, cl[0], cl[1])
		for _, v := range c.d.x.lex.leadVerbs {
			if !runesAt(c.d.text, i, v) {
				continue
			}
			at := i + len([]rune(v))
			if slices.ContainsFunc(c.tops, func(m *mention) bool { return m.start == at }) {
				return true // (发挥赣西港作用，力争纳入…: a lead verb with no thing of its own keeps the topic)
			}
		}
	}
	return false
}

// subjectsBeside is subjects for a clause with partners (与香港共建…): an
// implicit subject carried from an earlier clause or the sentence's topic
// that holds a partner (深化桂港澳合作，与香港共建…) or the document's subject
// (加强泛珠三角区域合作，与广西共建…) is not this clause's; the document's is.
func (c *sentenceCtx) subjectsBeside(lo, pos int, partners []*mention) ([]*mention, []*entity) {
	sm, subj := c.subjects(lo, pos)
	if len(sm) > 0 || c.d.subject == nil {
		return sm, subj
	}
	if c.unknownPartyBefore(lo, pos) {
		return nil, nil // 华为与贵州省签署…: a party the text names by a name of no kind the extractor reads
	}
	implicit := c.carriedPeers(sm, subj) || len(c.carry) == 0 && len(c.topic) > 0 && slices.Equal(subj, refsOf(c.topic))
	if len(sm) == 0 && len(c.carry) > 0 && allZones(c.carry) && slices.Equal(subj, refsOf(c.carry)) && c.leadClauseAt(lo) {
		// 推进宜春经开区与长沙经开区合作，深化与深圳产业协作: a zone that
		// acted in a clause before is not the one a lead verb's partner joins
		return nil, []*entity{c.d.subject}
	}
	if implicit && (c.d.holdsSubject(subj) || c.carryPeers && c.d.insideSubject(subj)) {
		// 深化湘港澳合作，加强与广东、广西的合作; 加强泛珠三角区域合作，与广西共建…:
		// partners named after 与 are the subject's own, not its earlier
		// peers' or its group's
		return nil, []*entity{c.d.subject}
	}
	for _, e := range refsOf(partners) {
		if slices.Contains(subj, e) {
			return nil, []*entity{c.d.subject}
		}
	}
	if t := c.ownPlaceTopic(lo, subj, partners); t != nil {
		return nil, []*entity{t}
	}
	return sm, subj
}

// negatedAt reports a word of [negations] right before the trigger at pos,
// or right before the agent or partner mark (由, 与, 同, 和) of a mention
// that ends at pos (不再由无锡帮扶), within the clause from lo.
func (c *sentenceCtx) negatedAt(lo, pos int) bool {
	p := pos
	if k := slices.IndexFunc(c.tops, func(m *mention) bool { return m.end == pos }); k >= 0 {
		if s := c.tops[k].start; s-1 > lo {
			switch c.d.text[s-1] {
			case '由', '与', '同', '和':
				p = s - 1
			}
		}
	}
	if p-1 < lo {
		return false
	}
	c.d.cutAt(p - 1)
	tk := c.d.tokenAt(p - 1)
	if tk.End != p || tk.Start < lo {
		return false
	}
	w := c.d.sub(tk.Start, tk.End)
	return slices.Contains(c.d.x.lex.negations, w)
}

// proposedAt reports a verb of proposing right before pos ([proposal-verbs]:
// 提出, 倡议): the building after it is proposed, by whoever proposes.
func (c *sentenceCtx) proposedAt(pos int) bool {
	return slices.ContainsFunc(c.d.x.lex.proposalVerbs, func(w string) bool {
		n := utf8.RuneCountInString(w)
		return pos-n >= c.s.Start && runesAt(c.d.text, pos-n, w)
	})
}

// unknownPartyBefore reports a proper name right before pos (a 与 or 同
// after lo) that no mention covers: a person's, a firm's or an
// abbreviation's (华为/nr, 数控/j), the party that acts with the partners
// after it, which the document's subject is not.
func (c *sentenceCtx) unknownPartyBefore(lo, pos int) bool {
	if pos <= lo || pos >= c.s.End || !andOrWith(c.d.text[pos]) || c.mentionIn(pos-1, pos) {
		return false
	}
	c.d.cutAt(pos - 1)
	tk := c.d.tokenAt(pos - 1)
	if tk.End != pos || tk.Start < lo || tk.End-tk.Start < 2 {
		return false
	}
	switch tk.Tag {
	case "nr", "nz", "nt", "j":
		return c.d.x.stops.startingAt(c.d.text, tk.Start, pos) != pos-tk.Start
	}
	return false
}

// ownPlaceTopic returns the place of the document's subject region that an
// earlier clause of the sentence is about, when the subject found for a
// partner after 与 is the subject region and every partner lies inside it
// (推进洛阳…副中心城市建设，强化与三门峡联动发展: 洛阳, for a province
// links with none of its own cities), or nil.
func (c *sentenceCtx) ownPlaceTopic(lo int, subj []*entity, partners []*mention) *entity {
	own := c.d.subject
	if own == nil || own.region == nil || len(subj) != 1 || subj[0] != own || len(partners) == 0 {
		return nil
	}
	for _, m := range partners {
		if m.kind != mRegion || len(m.refs) != 1 || m.refs[0].region == nil || !c.d.x.gaz.Within(m.refs[0].region.Code, own.region.Code) {
			return nil
		}
	}
	var topic *entity
	ps := refsOf(partners)
	for _, m := range c.tops {
		if m.end > lo {
			break
		}
		if m.kind == mRegion && len(m.refs) == 1 && m.refs[0] != own && m.refs[0].region != nil &&
			c.d.x.gaz.Within(m.refs[0].region.Code, own.region.Code) && !slices.Contains(ps, m.refs[0]) {
			topic = m.refs[0]
		}
	}
	return topic
}

// holdsSubject reports the document's subject among es, itself, inside a
// region among them (江西 in a plan of 赣州) or a member of a group among
// them (泛珠三角 in a plan of 广东).
// insideSubject reports a region of es inside the subject region (沈阳 in
// a plan of 辽宁): carried peers of the subject's own places (京沈、沪连对口
// 合作), whose partners after 与 in a later clause are the subject's.
func (d *docView) insideSubject(es []*entity) bool {
	subj := d.subject
	if subj == nil || subj.region == nil {
		return false
	}
	return slices.ContainsFunc(es, func(e *entity) bool {
		return e.region != nil && e != subj && d.x.gaz.Within(e.region.Code, subj.region.Code)
	})
}

func (d *docView) holdsSubject(es []*entity) bool {
	subj := d.subject
	if subj == nil {
		return false
	}
	for _, e := range es {
		if e == subj || e.region != nil && subj.region != nil && d.x.gaz.Within(subj.region.Code, e.region.Code) {
			return true // (赣湘 in a plan of 赣州: its province)
		}
		if e.group != nil && subj.region != nil && slices.ContainsFunc(e.group.Members, func(code string) bool {
			return code == subj.region.Code || d.x.gaz.Within(subj.region.Code, code)
		}) {
			return true
		}
	}
	return false
}

// unnamedSubject reports a noun right before pos that is no entity: the
// clause has a subject of its own, unnamed (省产业技术研究院共建……, 企业与港澳
// 合作), so the document's subject is not it.
func (c *sentenceCtx) unnamedSubject(lo, pos int) bool {
	from := max(lo, pos-4)
	if pos-from < 2 || c.d.gazAt(pos-1) != nil || c.d.insideName(pos-1, pos) {
		return false
	}
	toks := c.d.words(from, pos)
	if len(toks) == 0 {
		return false
	}
	tk := toks[len(toks)-1]
	a, b := from+tk.Start, from+tk.End
	if b-a < 2 || c.d.x.qualifying.startingAt(c.d.text, a, b) == b-a || c.d.x.stops.startingAt(c.d.text, a, b) == b-a {
		return false // (全面|融入: an adverb the segmenter tags as a noun is no subject)
	}
	if c.withBetween(max(lo, a-8), a) {
		return false // 与宁德时代|携手共建: a partner after 与, no subject; the clause's subject is unnamed
	}
	if onlyDirections(c.d.text[a:b]) {
		return false // …，西北|与呼包鄂榆城市群毗邻: a side of the subject, no subject of its own
	}
	switch tk.Tag {
	case "n", "nz", "nt", "nr", "ns":
		return true
	}
	return false
}

// apply reads the relations one trigger states.
func (c *sentenceCtx) apply(t trig, rs relSet) {
	if after := c.d.sub(t.end, min(len(c.d.text), t.end+2)); slices.Contains(c.d.x.lex.carrierWords, after) {
		return // 武清站商务区等产业合作承载功能: carriers of cooperation, not its parties
	}
	cl := c.clauseOf(t.start)
	if c.negatedAt(cl[0], t.start) {
		return // 镇江不再帮扶连云港: no relation stated
	}
	yu, partners := c.yuPhrase(cl[0], t.start)
	if t.def.typ == kg.IncludedIn && len(partners) > 0 {
		if ms := c.listBefore(partners[len(partners)-1].end, t.start); len(ms) > 0 && t.start-ms[len(ms)-1].end <= 1 && !allPlaces(ms) {
			// 与重庆共同争取遂广黔高铁纳入…: the partners seek it together, what
			// is put in stands right before the trigger
			yu, partners = -1, nil
		}
	}
	subjLo := cl[0]
	subjHi := t.start
	if yu >= 0 {
		subjHi = yu
	}
	objs := c.beforeParallel(c.objectsAfter(t, cl[1]), t)
	if len(objs) == 0 {
		objs = c.itemisedObjects(t, cl)
	}
	subjLo = c.afterParallel(subjLo, t)
	typ := t.def.typ
	if typ == kg.DocksWith || typ == kg.IntegratesInto {
		objs = c.partnersOfPlans(objs)
		// 对接…国际科技创新中心: an institution is worked with, not docked
		// with; a region, a group, a zone or a plan is
		objs = slices.DeleteFunc(slices.Clone(objs), func(m *mention) bool { return len(m.refs) == 1 && m.refs[0].typ == kg.Institution })
	}

	// 以X为依托
	if typ == kg.ReliesOn && t.start > 0 && c.d.text[t.start-1] == '为' {
		for i := t.start - 2; i >= cl[0]; i-- {
			if c.d.text[i] == '以' {
				objs = c.listAfter(i+1, t.start)
				subjHi = i
				break
			}
		}
	}

	if pairs := c.pairList(cl[0], t.start); len(pairs) >= 2 && typ == kg.CoBuilds && c.d.trigAt(pairs[len(pairs)-1][1].end) >= 0 {
		// 长春与天津、吉林市与宁波对口合作共建产业园区: the pairs are the
		// trigger's before this one; each place builds what is named
		for _, o := range c.thingsOf(objs) {
			for _, p := range pairs {
				for _, e := range append(slices.Clone(p[0].refs), p[1].refs...) {
					rs.add(kg.CoBuilds, e, o.refs[0], c.evidence(t, []*mention{p[0], p[1]}, o))
				}
			}
		}
		return
	}
	if pairs := c.pairList(cl[0], t.start); len(pairs) >= 2 && (typ == kg.CooperatesWith || typ == kg.LinksWith || typ == kg.DocksWith) {
		// 深化万载与香港、修水与澳门合作: each pair, not one list
		for _, p := range pairs {
			for _, a := range p[0].refs {
				for _, b := range p[1].refs {
					rs.add(typ, a, b, c.evidence(t, []*mention{p[0], p[1]}, nil))
				}
			}
		}
		return
	}

	switch typ {
	case kg.CoBuilds:
		if c.proposedAt(t.start) && !c.mentionIn(cl[0], t.start) {
			return // 习近平总书记提出共建丝绸之路经济带: what a person proposes to build, no builder named
		}
		if pre, ok := strings.CutSuffix(t.def.word, "共建"); ok && pre != "" {
			// 川渝合作共建…, 津冀携手共建…: a mutual word inside the trigger
			// relates the peers before it, whatever they build
			if k := slices.IndexFunc(c.d.x.trigDefs, func(d triggerDef) bool { return d.word == pre && (d.typ == kg.CooperatesWith || d.typ == kg.LinksWith) }); k >= 0 {
				if peers := c.peersBefore(cl[0], t.start); len(runsOf(peers)) > 0 || len(peers) >= 2 && !c.partnersIn(peers) {
					// (无锡高新区和连云港高新区合作共建: listed peers too, not
					// the partners listed after 与: 与成都高新区、天府新区合作共建)
					c.peerPairs(c.d.x.trigDefs[k].typ, t, peers, rs)
				}
			}
		}
		var glued *mention
		if len(objs) == 0 && t.def.word == "共建" {
			// 以深圳（哈尔滨）产业园区共建为依托, 横琴·正安…示范园区共建项目:
			// a park right before 共建, with nothing built after it, is
			// what is built
			if k := slices.IndexFunc(c.tops, func(m *mention) bool { return m.end == t.start && m.start >= subjLo }); k >= 0 &&
				len(c.tops[k].refs) == 1 && c.tops[k].refs[0].typ == kg.Park {
				glued = c.tops[k]
				objs = []*mention{glued}
			}
		}
		var builders []*mention
		for _, m := range c.tops {
			if m.start >= subjLo && m.end <= t.start && m != glued && !c.adverbial(m) && isActor(m) &&
				!(glued != nil && m.end <= glued.start && strings.ContainsRune(c.d.sub(m.end, glued.start), '的')) {
				// (位于遵义市正安县安场镇的|…园区共建项目: where the park lies qualifies it, no builder)
				builders = append(builders, m)
			}
		}
		bents := refsOf(builders)
		if len(bents) == 0 {
			_, bents = c.subjects(subjLo, subjHi)
			carried := len(c.carry) > 0 && slices.Equal(bents, refsOf(c.carry))
			agreed := c.agreedBefore(cl[0])
			if len(agreed) > 0 && !carried {
				bents = refsOf(agreed) // 新晃侗族自治县与…签署协议，共建…: the signers build
			}
			if len(partners) == 0 && c.mutualAnaphor(cl[0], t.start) {
				// 广西主动对接广东…，双方携手共建…: both parties of the clause before build it
				if ps := c.partiesBefore(cl[0]); len(ps) >= 2 {
					bents = ps
				} else if ps := c.d.pairBefore(c.s.Start); len(ps) >= 2 {
					bents = ps // 海宁市与浙江大学签署合作协议。双方将共建…: the parties of the sentence before
				}
			} else if len(partners) == 0 && c.mutualAnaphor(c.s.Start, cl[0]) && !c.mentionIn(c.s.Start, t.start) && len(c.partiesBefore(cl[0])) < 2 {
				// …签署战略合作协议。根据协议，双方将在…开展合作，共建…: the
				// parties the sentence opens with, in a later clause
				if ps := c.d.pairBefore(c.s.Start); len(ps) >= 2 {
					bents = ps
				}
			}
			if len(partners) == 0 && (c.jointAction(cl[0], t) && slices.Contains(bents, c.d.subject) || carried || len(agreed) > 0) {
				// 加强与重庆合作，携手共建西部陆海新通道; 光明科学城与松山湖科学城
				// 联动，共建…: the partners of the clause before build it with
				// its subject
				for _, e := range refsOf(c.partnersBefore(cl[0])) {
					if !slices.Contains(bents, e) {
						bents = append(bents, e)
					}
				}
			}
		}
		if len(partners) > 0 {
			// 与深圳共建深赣产业园: the subject and its partners build it
			_, subj := c.subjectsBeside(subjLo, subjHi, partners)
			for _, e := range append(subj, refsOf(partners)...) {
				if !slices.Contains(bents, e) {
					bents = append(bents, e)
				}
			}
		}
		things := c.thingsOf(objs)
		for _, o := range things {
			by := bents
			if len(things) > 1 {
				if ps := partiesSpelled(o.refs[0].name, bents); len(ps) >= 2 {
					by = ps // 深圳与百色、广州与河池…共建深百产业园、广河产业园: each park its pair's
				}
			}
			for _, b := range by {
				rs.add(kg.CoBuilds, b, o.refs[0], c.evidence(t, builders, o))
			}
		}
		if len(partners) > 0 && (c.d.text[yu] == '与' || c.d.text[yu] == '同') && c.d.mutualBuild(t.def.word) {
			// (not after a verb of company: 携手 states its own relation;
			// nor after plain 共建: 上栗县与浏阳市…共建…集中区 states what
			// each builds, no cooperation of its own, as the gold files read it)
			sm, sents := c.subjectsBeside(subjLo, subjHi, partners)
			c.pairs(kg.CooperatesWith, t, sm, sents, partners, rs)
		}
	case kg.CooperatesWith:
		if len(partners) > 0 {
			sm, sents := c.subjectsBeside(subjLo, subjHi, partners)
			c.pairs(kg.CooperatesWith, t, sm, sents, partners, rs)
			if len(partners) == 1 {
				// (与京津冀、长三角、粤港澳等区域合作: a run among other
				// areas is one more partner, no peers of its own)
				c.peerPairs(kg.CooperatesWith, t, runsOf(partners), rs)
			}
			if last := partners[len(partners)-1]; last.end < t.start {
				// 与宁夏同心县开展闽宁协作: the run right before the trigger
				// names the provinces that cooperate too
				if peers := c.peersBefore(last.end, t.start); len(runsOf(peers)) > 0 {
					c.peerPairs(kg.CooperatesWith, t, runsOf(peers), rs)
				}
			}
			if len(sm) > 0 && allPlaces(sm) && allPlaces(partners) {
				// 平江县与修水县开展旅游协作，共同打造…: the parties named
				// act together in the clauses after
				c.carry, c.carryPeers = append(slices.Clone(sm), partners...), true
			}
		} else if t.def.shape == shapeDirected && len(objs) > 0 {
			// 对口支援定日县, 沪苏浙城市结对合作帮扶皖北城市: subject -> object
			sm, sents := c.subjects(subjLo, subjHi)
			if peers := c.peersBefore(subjLo, t.start); len(peers) > 0 {
				sm, sents = peers, refsOf(peers)
			} else if c.carriedPeers(sm, sents) {
				// 深化粤桂协作，做好对口帮扶贵州工作: support is one party's
				// own action, the document's subject's
				sents = []*entity{c.d.subject}
			}
			c.pairs(kg.CooperatesWith, t, sm, sents, objs, rs)
		} else if peers := c.peersBefore(cl[0], t.start); len(peers) > 0 {
			subj := c.d.subject
			if r := c.receiverBefore(cl[0], peers[0].start); r != nil && t.def.shape == shapeDirected {
				subj = r.refs[0] // 景宁畲族自治县先后得到鄞州区、温岭市等地的对口扶持: the clause's receiver is aided
			}
			if t.def.shape == shapeDirected && subj != nil && !slices.ContainsFunc(peers, isRun) && !slices.Contains(refsOf(peers), subj) && !c.d.insideSubject(refsOf(peers)) &&
				!c.d.insideAny(subj, refsOf(peers)) && !c.d.memberAmong(subj, refsOf(peers)) {
				// 天津、山东对口协作 in a plan of 甘肃: the listed helpers aid the
				// subject (广东、黑龙江…对口合作 in a report of 齐齐哈尔: its
				// province and the partner are the peers)
				for _, p := range peers {
					for _, e := range p.refs {
						rs.add(kg.CooperatesWith, e, subj, c.evidence(t, []*mention{p}, nil))
					}
				}
				return
			}
			c.peerPairs(kg.CooperatesWith, t, peers, rs)
			if allPlaces(peers) {
				c.carry, c.carryPeers = peers, true
			}
		} else if ms := c.composedOf(cl[0], t.start); t.def.shape != shapeDirected && len(ms) > 0 {
			// 由贵阳、渭南…组成的…战略合作联盟: the members cooperate
			c.peerPairs(kg.CooperatesWith, t, ms, rs)
		} else if tp := c.countedRunTopic(); t.def.shape != shapeDirected && len(objs) == 0 && tp != nil {
			// 湘赣两省把握机遇、共谋发展，持续拓展合作领域: the run the sentence
			// opens with, counted as parties, cooperates in its later clauses
			c.peerPairs(kg.CooperatesWith, t, []*mention{tp}, rs)
		} else if ps := c.modalPeers(t); t.def.shape != shapeDirected && len(objs) == 0 && len(ps) >= 2 {
			// 上海、江苏、浙江、安徽要增强一体化意识，加强各领域互动合作: the
			// places the sentence opens with, a modal after them, cooperate
			// in a later clause that names no party of its own
			c.peerPairs(kg.CooperatesWith, t, ps, rs)
		} else if sm, ps := c.jointPartiesOf(t, objs); len(ps) > 0 {
			// 永宁县与湖里区、思明区共同谋划…，精准实施产业协作: the parties
			// that act together earlier in the sentence
			c.pairs(kg.CooperatesWith, t, sm, refsOf(sm), ps, rs)
		} else if subj := c.d.subject; t.def.shape == shapeDirected && len(objs) == 0 && subj != nil {
			// 争取广东省对口支援, 接受浙江省宁波市对口帮扶: the one helper named
			// right before the trigger aids the subject
			if hs := c.listBefore(subjLo, t.start); len(hs) > 0 && allPlaces(hs) && t.start-hs[len(hs)-1].end <= 2 && !slices.Contains(refsOf(hs), subj) {
				if r := c.receiverBefore(cl[0], hs[0].start); r != nil && !slices.Contains(refsOf(hs), r.refs[0]) {
					subj = r.refs[0] // 庆元县接受宁波市对口帮扶: the clause's receiver
				}
				for _, h := range hs {
					for _, e := range h.refs {
						rs.add(kg.CooperatesWith, e, subj, c.evidence(t, []*mention{h}, nil))
					}
				}
			}
		}
	case kg.Connects:
		sm := c.listBefore(cl[0], t.start)
		if len(sm) == 0 || !isRoute(sm[len(sm)-1]) {
			return
		}
		c.pairs(kg.Connects, t, sm[len(sm)-1:], sm[len(sm)-1].refs, objs, rs)
	default:
		if typ == kg.AdjacentTo && (runesAt(c.d.text, t.end, "区域") || runesAt(c.d.text, t.end, "地区")) {
			objs = nil // 渝北区和广安市毗邻区域|规划建设川渝高竹新区: the area between them, where a later verb's object lies
		}
		if (typ == kg.LinksWith || typ == kg.AdjacentTo) && len(objs) == 0 && len(partners) == 0 {
			// 黄山、池州、安庆、宣城等市全域联动, 鄂湘赣联动, 鲁豫毗邻地区: every pair
			if peers := c.peersBefore(cl[0], t.start); len(peers) > 0 {
				if typ == kg.AdjacentTo && (runesAt(c.d.text, t.end, "地区") || runesAt(c.d.text, t.end, "区域")) &&
					slices.ContainsFunc(c.d.words(peers[len(peers)-1].end, t.start), func(w segment.Token) bool { return segment.IsVerbTag(w.Tag) }) {
					// 把毕节、铜仁、兴义打造成辐射省际相邻地区…: the areas a verb
					// reaches are the places' neighbours, the places no pair
					return
				}
				if typ == kg.AdjacentTo && t.start > 0 && c.d.text[t.start-1] == '等' && c.d.x.placeClasses.startingAt(c.d.text, t.end, c.s.End) > 0 {
					// 推动龙里、惠水、长顺等相邻县区实现托管: the places listed
					// are a class of the subject's neighbours, each its own
					_, sents := c.subjects(cl[0], peers[0].start)
					c.pairs(typ, t, nil, sents, peers, rs)
					return
				}
				c.peerPairs(typ, t, peers, rs)
				if drv := c.driven(peers); typ == kg.LinksWith && len(drv) > 0 {
					c.pairs(typ, t, drv, refsOf(drv), peers, rs)
				}
				return
			}
			if runs := c.runsBeforeClass(cl[0], t); typ == kg.AdjacentTo && len(runs) > 0 {
				// 苏浙皖、皖赣鄂、川渝黔等…省际交界地区: each run names
				// provinces bordering one another
				c.peerPairs(typ, t, runs, rs)
				return
			}
		}
		if typ == kg.DocksWith && len(objs) == 0 && len(partners) == 0 && c.mutualAnaphor(cl[0], t.start) {
			// 潮州和深圳罗湖两地将深化对接: the two parties counted dock with
			// each other, the first with the second as 与 would write it
			// (两地 itself, read as the pair a title names, is no third party)
			if peers := slices.DeleteFunc(c.peersBefore(cl[0], t.start), c.d.bothParties); len(peers) == 2 && len(peers[0].refs) == 1 && len(peers[1].refs) == 1 {
				rs.add(typ, peers[0].refs[0], peers[1].refs[0], c.evidence(t, peers, nil))
				return
			}
		}
		if len(objs) == 0 && len(partners) > 0 && (typ == kg.DocksWith || typ == kg.LinksWith || typ == kg.AdjacentTo) {
			// 与X对接, 与A、B联动, 与川渝毗邻地区: the partners are the objects
			objs = partners
			if typ == kg.LinksWith || typ == kg.AdjacentTo {
				c.peerPairs(typ, t, runsOf(partners), rs)
			}
		}
		if tp := c.countedRunTopic(); typ == kg.LinksWith && len(objs) == 0 && len(partners) == 0 && tp != nil && !c.quoted(t.start) {
			// 陕晋甘三省十二市二区将立足西北，…，携手做好…: the run the sentence
			// opens with, counted as parties, joins hands in its later clauses
			// (not in a quoted slogan: “…、联防联动”的理念)
			c.peerPairs(typ, t, []*mention{tp}, rs)
			return
		}
		if typ == kg.LinksWith && len(objs) == 0 && len(partners) == 0 && c.jointAction(t.start, t) {
			// 永宁县与湖里区、思明区共同谋划…，携手打造…: the parties that act
			// together earlier in the sentence join hands
			if sm, ps := c.jointParties(t.start); len(ps) > 0 {
				c.pairs(typ, t, sm, refsOf(sm), ps, rs)
				return
			}
		}
		if len(objs) == 0 {
			c.d.note(DiagNoObject, t.start, t.def.word+" ("+string(typ)+") has no named object")
			return
		}
		if typ == kg.IncludedIn {
			// 把常态化帮扶纳入乡村振兴战略: what is put in stands after 把/将;
			// when it names no entity, nothing is said of the subject
			if b := c.baPhrase(cl[0], t.start); b >= 0 {
				subjLo = b
				l := c.listBefore(b, t.start)
				if len(l) == 0 {
					return
				}
				if gap := c.d.sub(l[len(l)-1].end, t.start); gap != "" && gap != "等" && !slices.Contains(c.d.x.lex.includedWorks, gap) {
					return // 将安源精神纳入…: what is put in is the spirit the place names, no entity
				}
			}
		}
		if typ == kg.ReliesOn {
			objs = c.headedObjects(objs)
			if len(objs) == 0 {
				return
			}
		}
		if typ == kg.AdjacentTo {
			if ps := c.placesQualified(max(t.end, objs[len(objs)-1].end)); len(ps) > 0 {
				// 毗邻重庆的泸州、遂宁等6市, 与重庆毗邻的广安: the places the
				// clause qualifies border the object, not the subject
				c.pairs(typ, t, ps, refsOf(ps), objs, rs)
				return
			}
		}
		sm, sents := c.subjects(subjLo, subjHi)
		if len(partners) > 0 {
			// 推动黔渝、黔川合作，深化与云南、广西毗邻地区合作: the partners
			// border the subject, not its earlier peers
			sm, sents = c.subjectsBeside(subjLo, subjHi, partners)
			if l := c.listBefore(subjLo, yu); typ == kg.AdjacentTo && len(sm) == 0 && yu >= 0 && len(l) > 0 && l[len(l)-1].end == yu && c.adverbial(l[0]) && allPlaces(l) {
				// 在苏州市与嘉兴市毗邻区域: the frame holds both parties of
				// the border, the place before 与 among them
				sm, sents = l, refsOf(l)
			}
		}
		if typ == kg.ReliesOn && len(sm) == 0 {
			if m := c.builtAfter(objs[len(objs)-1].end, cl[1]); m != nil {
				sm, sents = []*mention{m}, m.refs // 依托城陵矶港建设岳阳临港产业新区: the zone relies on the port
			} else if m := c.subjectAfter(cl[1]); m != nil && c.startsSentence(t.start) {
				sm, sents = []*mention{m}, m.refs // 借助昌九、合福、沪昆铁路，昌赣高铁融入…: the line relies on them
			}
		}
		if c.carriedPeers(sm, sents) &&
			(typ == kg.DocksWith || typ == kg.IntegratesInto || typ == kg.IncludedIn || typ == kg.ReliesOn) {
			// 深化赣粤合作，…，积极对接长三角: peers act together; what one
			// party does on its own is the document's subject's
			sents = []*entity{c.d.subject}
		}
		if typ == kg.IncludedIn && len(sm) > 0 && allPlaces(sm) && c.nounBetween(sm[len(sm)-1].end, t.start) {
			return // 景德镇陶瓷文化列入…名录: what is put in is the place's culture, no entity
		}
		if typ == kg.IncludedIn && len(sm) == 0 {
			if m := c.anaphorThing(cl[0], t.start); m != nil {
				sm, sents = []*mention{m}, m.refs // 项目已纳入…规划: the works named last
			}
		}
		if typ == kg.IncludedIn && len(sm) == 0 && !c.seeks(t.start) {
			// 长白山获批准列入……名录: what is put in is unnamed; only a
			// region that seeks inclusion (争取列入) is its own subject
			return
		}
		c.pairs(typ, t, sm, sents, objs, rs)
		if e := objs[len(objs)-1].end; typ == kg.ReliesOn && c.startsSentence(t.start) && allPlaces(objs) && e < c.s.End && !isClauseSep(c.d.text[e]) {
			// 依托丰城、樟树和高安各自产业优势……,对接赣江新区: the places whose
			// advantages are relied on are the subject of what follows (not
			// 依托长沙，携手常德: a place relied on whole is no actor)
			c.topic = objs
		}
	}
}

// receiverBefore returns the place that opens the clause from lo and
// receives what the helpers at first give, a verb of receiving
// ([receive-verbs]) between them (景宁畲族自治县先后得到|鄞州区…的对口扶持),
// or nil.
func (c *sentenceCtx) receiverBefore(lo, first int) *mention {
	var r *mention
	for _, m := range c.tops {
		if m.start < lo || m.end > first {
			continue
		}
		if len(m.refs) == 1 && m.refs[0].region != nil && (r == nil || m.start < r.start) {
			r = m
		}
	}
	if r == nil {
		return nil
	}
	for i := r.end; i < first; i++ {
		for _, v := range c.d.x.lex.receiveVerbs {
			if prefixLen(c.d.text, i, v) > 0 {
				return r
			}
		}
	}
	return nil
}

// nounBetween reports a noun opening the text from a to b, two
// characters or more after a place (景德镇|陶瓷文化列入): the place
// qualifies it.
func (c *sentenceCtx) nounBetween(a, b int) bool {
	if b-a < 2 {
		return false
	}
	ws := c.d.words(a, b)
	return len(ws) > 0 && ws[0].Start == 0 && ws[0].End >= 2 && strings.HasPrefix(ws[0].Tag, "n") && ws[0].Tag != "ns" &&
		c.d.x.stops.startingAt(c.d.text, a, b) == 0 && c.d.x.generic.startingAt(c.d.text, a, a+ws[0].End) != ws[0].End // (萍乡市全境纳入…: the whole place)
}

// jointAction reports a word of joint action ([joint-action-words]: 携手,
// 共同) opening trigger t or standing between the clause's start and it.
func (c *sentenceCtx) jointAction(lo int, t trig) bool {
	for _, w := range c.d.x.lex.jointActionWords {
		if strings.HasPrefix(t.def.word, w) || strings.Contains(c.d.sub(lo, t.start), w) {
			return true
		}
	}
	return false
}

// agreedBefore returns the places of a clause ending right before pos that
// sign or reach an agreement with partners after 与 ([agreement-verbs]:
// 平江县与修水县签署协议，共建…): they and the partners act together in the
// clause after. Nil when that clause says no such thing.
func (c *sentenceCtx) agreedBefore(pos int) []*mention {
	for i := len(c.clauses) - 1; i >= 0; i-- {
		if cl := c.clauses[i]; cl[1] < pos {
			at, ps := c.yuPhrase(cl[0], cl[1])
			if at < 0 || len(ps) == 0 {
				return nil
			}
			signers := c.listBefore(cl[0], at)
			rest := c.d.sub(ps[len(ps)-1].end, cl[1])
			if len(signers) == 0 || !allActors(signers) || !slices.ContainsFunc(c.d.x.lex.agreementVerbs, func(w string) bool { return strings.Contains(rest, w) }) {
				return nil
			}
			return signers
		}
	}
	return nil
}

// allActors reports mentions that may all act (isActor).
func allActors(ms []*mention) bool {
	return !slices.ContainsFunc(ms, func(m *mention) bool { return !isActor(m) })
}

// itemisedObjects returns the things a clause after the trigger's lists
// after a word that itemises ([itemising-words]: 分别是, 包括), when the
// trigger's own clause counts them in a kind it names no one of (共建3个
// 园区，分别是A、B和C): its objects; nil otherwise.
func (c *sentenceCtx) itemisedObjects(t trig, cl [2]int) []*mention {
	txt := c.d.text
	counted := false
	for i := t.end; i+1 < cl[1]; i++ {
		if (isDigit(txt[i]) || isChineseNumeral(txt[i]) || txt[i] == '两') && strings.ContainsRune(listMeasures, txt[i+1]) {
			counted = true
			break
		}
	}
	if !counted || c.mentionIn(t.end, cl[1]) {
		return nil
	}
	next := cl[1]
	for next < c.s.End && isClauseSep(txt[next]) {
		next++
	}
	for _, w := range c.d.x.lex.itemisingWords {
		if runesAt(txt[:c.s.End], next, w) {
			ncl := c.clauseOf(next)
			if ms := c.listAfter(next+utf8.RuneCountInString(w), ncl[1]); len(ms) > 0 {
				return ms
			}
			return nil
		}
	}
	return nil
}

// countedRunTopic returns the sentence's topic when it is one run of
// abbreviations counted as parties right after it (湘赣两省, 川渝两地, 鄂湘赣三省),
// or nil.
func (c *sentenceCtx) countedRunTopic() *mention {
	if len(c.topic) != 1 || c.topic[0].kind != mAbbrev || len(c.topic[0].refs) < 2 {
		return nil
	}
	e := c.topic[0].end
	if e+1 >= len(c.d.text) || !inSet("两二三四五", c.d.text[e]) || !inSet("省地市区方", c.d.text[e+1]) {
		return nil
	}
	return c.topic[0]
}

// mutualBuild reports a trigger of building that holds a word of
// cooperation before its verb (合作共建, 合作建设): the builders after 与
// cooperate too.
func (d *relater) mutualBuild(word string) bool {
	for _, v := range [...]string{"共建", "建设"} {
		if pre, ok := strings.CutSuffix(word, v); ok && pre != "" {
			return slices.ContainsFunc(d.x.trigDefs, func(t triggerDef) bool { return t.word == pre && t.typ == kg.CooperatesWith })
		}
	}
	return false
}

// maxPairReach bounds the characters between the sentence that names two
// parties and one after it that calls them 双方.
const maxPairReach = 200

// pairBefore returns the two parties the last sentence before pos that
// named a party and its partner named (海宁市与浙江大学签署合作协议), when it
// ends within maxPairReach characters of pos; nil otherwise.
func (d *relater) pairBefore(pos int) []*entity {
	if len(d.lastPair) < 2 || d.lastPairEnd > pos || pos-d.lastPairEnd > maxPairReach {
		return nil
	}
	return d.lastPair
}

// mutualAnaphor reports a word standing for the two parties named before
// ([mutual-anaphors]: 双方, 两省区) or a count of two places ([counted-levels]:
// 两地, 两县, 两区) in [lo, pos).
func (c *sentenceCtx) mutualAnaphor(lo, pos int) bool {
	span := c.d.sub(lo, pos)
	if slices.ContainsFunc(c.d.x.lex.mutualAnaphors, func(w string) bool { return strings.Contains(span, w) }) {
		return true
	}
	for i := lo; i+1 < pos; i++ {
		if c.d.pairCountAt(c.d.text[:pos], i) {
			return true
		}
	}
	return false
}

// partiesBefore returns the two sides of the clause ending right before
// pos: its subject, and its partners named after 与 or 同 or taken by a
// docking or cooperation trigger (广西主动对接广东…: 广西 and 广东), or nil.
func (c *sentenceCtx) partiesBefore(pos int) []*entity {
	for i := len(c.clauses) - 1; i >= 0; i-- {
		cl := c.clauses[i]
		if cl[1] >= pos {
			continue
		}
		at, others := -1, []*mention(nil)
		if a, ps := c.yuPhrase(cl[0], cl[1]); a >= 0 && inSet("与同", c.d.text[a]) && allActors(ps) {
			at, others = a, ps
		} else {
			for _, u := range c.trigs {
				if u.start >= cl[0] && u.end <= cl[1] && (u.def.typ == kg.DocksWith || u.def.typ == kg.CooperatesWith) {
					for _, m := range c.tops {
						if m.start == u.end && (m.kind == mRegion || m.kind == mAbbrev) {
							at, others = u.start, append(others, m)
						}
					}
					break
				}
			}
		}
		if at < 0 || len(others) == 0 {
			return nil
		}
		carry, peers := c.carry, c.carryPeers // (subjects notes what it finds as the carried subject: not for this look back)
		_, subj := c.subjects(cl[0], at)
		c.carry, c.carryPeers = carry, peers
		out := slices.Clone(subj)
		for _, e := range refsOf(others) {
			if !slices.Contains(out, e) {
				out = append(out, e)
			}
		}
		return out
	}
	return nil
}

// jointPartiesOf is jointParties for a cooperation trigger of no object
// and no direction (…，精准实施产业协作); nil for any other, unread.
func (c *sentenceCtx) jointPartiesOf(t trig, objs []*mention) ([]*mention, []*mention) {
	if t.def.shape == shapeDirected || len(objs) > 0 {
		return nil, nil
	}
	return c.jointParties(t.start)
}

// jointParties returns the subject and the partners of an earlier clause of
// the sentence, before pos, whose places named on both sides of 与 or 同
// act together ([joint-action-words] right after the partners: 永宁县与
// 厦门市湖里区、思明区共同谋划; or [agreement-verbs] after them: 大城县与
// 南开区签署…协议): the parties of a mutual trigger of a later clause that
// names none (…，携手打造…, …展开合作). Nil when no clause says so.
func (c *sentenceCtx) jointParties(pos int) ([]*mention, []*mention) {
	// the trigger's own clause names no party before it (…为江西加强与周边
	// 省(市)的区域合作: its own subject and partners, though unnamed)
	for _, cl := range c.clauses {
		if cl[0] <= pos && pos < cl[1] {
			if slices.ContainsFunc(c.tops, func(m *mention) bool { return m.start >= cl[0] && m.end <= pos && !c.adverbial(m) }) ||
				slices.ContainsFunc(c.d.text[cl[0]:pos], func(r rune) bool { return r == '与' || r == '同' }) {
				return nil, nil
			}
		}
	}
	for _, cl := range c.clauses {
		if cl[1] >= pos {
			break
		}
		at, ps := c.yuPhrase(cl[0], cl[1])
		if at < 0 || !inSet("与同", c.d.text[at]) || !allPlaces(ps) {
			continue
		}
		end := ps[len(ps)-1].end
		opens := c.yuOpens(cl[0], at) && end < cl[1] && c.d.text[end] != '的'
		if c.officeBefore(ps[len(ps)-1], exactly(cl[1])) == cl[1] {
			// 陕西省文物局与四川省文物局、重庆市文物局，在汉中签署了…合作…: a
			// clause that ends with the partners has its verb in the next
		} else if opens {
			// 据…消息，酒泉市与嘉峪关市紧抓…机遇，…，在…等领域深化合作: the
			// pair that opens a clause is the subject of the later ones
		} else if !slices.ContainsFunc(c.d.x.lex.jointActionWords, func(w string) bool { return runesAt(c.d.text, end, w) }) {
			// (大城县与南开区…签署…协议，…展开合作: the signers act together too)
			rest := c.d.sub(end, cl[1])
			if !slices.ContainsFunc(c.d.x.lex.agreementVerbs, func(w string) bool { return strings.Contains(rest, w) }) {
				continue
			}
		}
		var sm []*mention
		for _, m := range c.tops {
			if m.start >= cl[0] && m.end <= at && !c.adverbial(m) {
				sm = append(sm, m)
			}
		}
		if len(sm) == 0 || !allPlaces(sm) || c.officeBefore(sm[len(sm)-1], exactly(at)) != at {
			continue // (陕西省文物局|与: an office acts for its place)
		}
		return sm, ps
	}
	return nil, nil
}

// quoted reports pos inside quotation marks opened in its sentence.
func (c *sentenceCtx) quoted(pos int) bool {
	open := 0
	for _, r := range c.d.text[c.s.Start:pos] {
		switch r {
		case '“':
			open++
		case '”':
			open--
		}
	}
	return open > 0
}

// yuOpens reports places only, no other words, from the clause's start lo to
// the 与 at at (酒泉市|与): the pair opens the clause as its subject.
func (c *sentenceCtx) yuOpens(lo, at int) bool {
	i := skipEnumerator(c.d.text, lo, at)
	for _, m := range c.tops {
		if m.start < i || m.start >= at {
			continue
		}
		if c.qualifiedStart(i, m) != i || !isActor(m) {
			return false
		}
		i = m.end
	}
	return i == at
}

// partnersBefore returns the places or zones named after 与 or 同 in the clause
// ending right before pos (加强与重庆合作，…), or nil.
func (c *sentenceCtx) partnersBefore(pos int) []*mention {
	for i := len(c.clauses) - 1; i >= 0; i-- {
		if cl := c.clauses[i]; cl[1] < pos {
			if at, ps := c.yuPhrase(cl[0], cl[1]); at >= 0 && inSet("与同", c.d.text[at]) && allActors(ps) {
				return ps
			}
			return nil
		}
	}
	return nil
}

// parallelAt reports a trigger of t's kind other than t starting at pos
// (…、深圳|对口帮扶黔东南州): the item before it is that trigger's subject.
func (c *sentenceCtx) parallelAt(pos int, t trig) bool {
	if pos < len(c.d.text) && (c.d.text[pos] == '与' || c.d.text[pos] == '同') {
		// …、德阳|与阿坝州共建…: a partner phrase, then the trigger
		if ps := c.listAfter(pos+1, c.s.End); len(ps) > 0 {
			pos = ps[len(ps)-1].end
		}
	}
	for _, u := range c.trigs {
		if u.start == pos && u.start != t.start && u.def.typ == t.def.typ {
			return true
		}
	}
	return false
}

// beforeParallel cuts t's objects before an item that a trigger of the
// same kind follows: in 广州对口帮扶毕节、深圳对口帮扶黔东南州 深圳 opens
// the next pair, it is not helped by 广州.
func (c *sentenceCtx) beforeParallel(objs []*mention, t trig) []*mention {
	for k := 1; k < len(objs); k++ {
		if c.parallelAt(objs[k].end, t) {
			return objs[:k]
		}
	}
	return objs
}

// afterParallel moves lo, where t's subjects may start, past the objects
// of an earlier trigger of the same kind before t (…帮扶毕节、|深圳对口帮扶…).
func (c *sentenceCtx) afterParallel(lo int, t trig) int {
	for _, u := range c.trigs {
		if u.def.typ != t.def.typ || u.end <= lo || u.start >= t.start {
			continue
		}
		if objs := c.beforeParallel(c.listAfter(u.end, t.start), u); len(objs) > 0 && objs[len(objs)-1].end < t.start {
			lo = max(lo, objs[len(objs)-1].end)
		}
	}
	return lo
}

// carriedPeers reports that a clause's subjects are only the peers a
// mutual trigger of an earlier clause carried (赣粤合作，…), with the
// document's subject known to act on its own instead.
func (c *sentenceCtx) carriedPeers(sm []*mention, sents []*entity) bool {
	return len(sm) == 0 && c.carryPeers && len(c.carry) > 0 && slices.Equal(sents, refsOf(c.carry)) && c.d.subject != nil
}

// headedObjects drops the places that only qualify what is relied on: in
// 依托赣港经贸合作活动, 依托泛珠三角区域合作行政首长联席会议 or 依托沪苏浙皖协作
// 机制 the object is the event or the mechanism, which the places name, not
// the places.
func (c *sentenceCtx) headedObjects(objs []*mention) []*mention {
	t := c.d.text
	out := objs[:0:0]
	for _, m := range objs {
		from := m.end // 厦门“九八”|投洽会: over a quotation that names the event
		if from < len(t) && t[from] == '“' {
			if k := slices.Index(t[from:min(len(t), from+12)], '”'); k > 0 {
				from += k + 1
			}
		}
		if allPlaces([]*mention{m}) && from < len(t) && isNameChar(t[from]) && !listSep(string(t[from])) && t[from] != '等' &&
			c.d.x.stops.startingAt(t, from, len(t)) == 0 {
			e := from
			for e < len(t) && e-from < 16 && isNameChar(t[e]) && !inSet("、和与及等", t[e]) {
				e++
			}
			event := false
			for p := from + 2; p <= e && !event; p++ {
				event = c.d.x.eventNouns.endingAt(t, from, p) > 0 || c.d.sub(p-2, p) == "活动" || c.d.sub(p-2, p) == "机制"
			}
			if event {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// pairList returns the pairs of a list of pairs before pos in the clause
// from lo (万载与香港、修水与澳门): A与B, then 、 and the next pair, up to the
// trigger; nil when the clause is no such list.
func (c *sentenceCtx) pairList(lo, pos int) [][2]*mention {
	t := c.d.text
	var ms []*mention
	for _, m := range c.tops {
		if m.start >= lo && m.end <= pos {
			ms = append(ms, m)
		}
	}
	var out [][2]*mention
	for i := 0; i+1 < len(ms); i += 2 {
		a, b := ms[i], ms[i+1]
		ae, be := c.officeEnd(a), c.officeEnd(b) // (呼伦贝尔市文旅局与沈阳市文旅局: the places' offices)
		if c.qualifiedStart(ae, b) != ae+1 || !inSet("与和同", t[ae]) {
			return nil // (浏阳与江西上栗: a partner's province may qualify it)
		}
		next := pos
		if i+2 < len(ms) {
			next = c.qualifiedStart(be, ms[i+2])
			if next != be+1 || t[be] != '、' {
				return nil
			}
		}
		if i+2 >= len(ms) && pos-be > 2 && !c.onlyStops(be, pos) && !c.respectiveAt(be) {
			// the last pair stands right before the trigger, or its verb
			// (开展对口协作), or 分别 says each pair acts apart (…、湘潭天易示范区与
			// 上海嘉定工业区分别签署了园区合作协议)
			return nil
		}
		out = append(out, [2]*mention{a, b})
	}
	if len(ms)%2 != 0 {
		return nil
	}
	return out
}

// respectiveAt reports a word at pos that makes each item before it act
// apart ([distributive-adverbs]: 分别).
func (c *sentenceCtx) respectiveAt(pos int) bool {
	t := c.d.text
	if pos < len(t) && strings.ContainsRune(c.d.x.lex.distributiveLeads, t[pos]) {
		pos++ // …与鞍山市文旅局|也|分别进行了合作签约
	}
	return anyWordAt(t, pos, c.d.x.lex.distributiveAdverbs)
}

// partiesSpelled returns the builders whose names begin with the first
// two characters of a thing's name, one each (深百产业园: 深圳, 百色), or
// nil: a thing named by its builders' initials is theirs alone.
func partiesSpelled(name string, builders []*entity) []*entity {
	rs := []rune(name)
	if len(rs) < 3 {
		return nil
	}
	var out []*entity
	for _, c := range rs[:2] {
		var one *entity
		for _, b := range builders {
			if bn := []rune(b.name); b.typ.IsRegion() && len(bn) > 0 && bn[0] == c {
				if one != nil && one != b {
					return nil
				}
				one = b
			}
		}
		if one == nil || slices.Contains(out, one) {
			return nil
		}
		out = append(out, one)
	}
	return out
}

// onlyStops reports a short gap made only of stop words, triggers and the
// manners of a pair's cooperation ([pair-manners], [zone-manners]: 开展,
// 开展对口, 开展结对, 等城市结对: the pairs' verb, the first part of a
// compound trigger, the kind of cooperation).
func (c *sentenceCtx) onlyStops(a, b int) bool {
	if b-a > 8 {
		return false
	}
	for a < b {
		n := c.d.x.stops.startingAt(c.d.text, a, b)
		for _, w := range [][]string{c.d.x.lex.pairManners, c.d.x.lex.zoneManners} {
			for _, m := range w {
				if k := prefixLen(c.d.text, a, m); k > 0 && a+k <= b {
					n = max(n, k)
				}
			}
		}
		// the document's triggers are sorted by start
		for k := sort.Search(len(c.d.trigs), func(i int) bool { return c.d.trigs[i].start >= a }); k < len(c.d.trigs) && c.d.trigs[k].start == a; k++ {
			if c.d.trigs[k].end <= b {
				n = max(n, c.d.trigs[k].end-a)
			}
		}
		if n == 0 {
			return false
		}
		a += n
	}
	return true
}

// partnersOfPlans replaces a plan among the objects of 对接 or 融入 by the
// area its name opens with (对接粤港澳大湾区建设行动方案: the partner is
// 粤港澳大湾区); one docks with an area, not with a document about it.
func (c *sentenceCtx) partnersOfPlans(objs []*mention) []*mention {
	out := objs[:0:0]
	for _, m := range objs {
		// 对接广东、福建自由贸易试验区改革试点成功经验: what is docked with
		// is the places' experience, not the zone
		experience := false
		if len(m.refs) == 1 && m.refs[0].typ == kg.Park {
			cl := c.clauseOf(m.start)
			after := string(c.d.text[m.end:cl[1]])
			experience = holdsWord(after, c.d.x.lex.experienceNouns)
		}
		if len(m.refs) == 1 && (m.refs[0].typ == kg.Plan || experience) {
			if g := c.d.gazAt(m.start); g != nil && g.start == m.start && g.kind != mPronoun && (g.end < m.end || (experience && g.end == m.end)) {
				out = append(out, g)
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// baPhrase returns the position after a 把 or 将 that opens the object of
// a verb at pos in the clause from lo, or -1.
func (c *sentenceCtx) baPhrase(lo, pos int) int {
	for i := pos - 1; i >= lo; i-- {
		if (c.d.text[i] == '把' || c.d.text[i] == '将') && c.d.gazAt(i) == nil && !c.d.insideName(i, i+1) {
			return i + 1
		}
	}
	return -1
}

// maxAnaphorGap bounds the adverbs between a thing-anaphor and its
// trigger (已, 已经, 均已, 成功).
const maxAnaphorGap = 4

// anaphorThing returns the works a word of [thing-anaphors] opening the
// clause from lo stands for, a few characters before the trigger at pos
// (项目已纳入…, 该项目已列入…): the last project, route, hub or park named
// before it on its line, outside titles; nil otherwise.
func (c *sentenceCtx) anaphorThing(lo, pos int) *mention {
	t := c.d.text
	n := 0
	for _, w := range c.d.x.lex.thingAnaphors {
		if runesAt(t, lo, w) {
			n = utf8.RuneCountInString(w)
			break
		}
	}
	if n == 0 || pos-(lo+n) > maxAnaphorGap || slices.ContainsFunc(t[lo+n:pos], func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
		return nil
	}
	line := lo
	for line > 0 && t[line-1] != '\n' {
		line--
	}
	var last *mention
	for _, m := range c.d.mentions {
		if m.start >= lo || m.start < line || (last != nil && m.start < last.start) || !m.top || m.kind != mNamed || len(m.refs) != 1 || c.d.inTitle(m.start) {
			continue
		}
		switch m.refs[0].typ {
		case kg.Project, kg.Railway, kg.Road, kg.Hub, kg.Park:
			last = m
		}
	}
	return last
}

// seeks reports a verb of seeking right before pos (争取列入, 推动纳入):
// the implicit subject asks for its own inclusion.
func (c *sentenceCtx) seeks(pos int) bool {
	before := string(c.d.text[max(0, pos-4):pos])
	for _, v := range c.d.x.lex.seekVerbs {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// maxPeerGap bounds the words between a list of peers and their mutual
// trigger (沪苏浙城市结对合作, 渝港澳生产性服务业合作); maxFieldGap bounds
// them where no quotation stands between, the fields of several words a
// plan's list of cities works together in (哈尔滨、大庆和长春、四平装备制造
// 联合研发和配套协作; 津冀港口政府间协同和市场化合作). A quotation opens a
// clause of its own (…负责同志围绕“推动深哈对口合作…).
const (
	maxPeerGap  = 8
	maxFieldGap = 12
)

// peersBefore returns the parties of a mutual trigger written before it
// with no 与: an abbreviation run naming several regions (川渝合作,
// 鄂湘赣三省合作) or a list of two or more places (A、B等市全域联动),
// separated from the trigger by a few words at most.
func (c *sentenceCtx) peersBefore(lo, pos int) []*mention {
	ms := c.listBefore(lo, pos)
	if len(ms) == 0 {
		return nil
	}
	if k := c.d.trigAt(pos); k >= 0 && !(len(ms) == 1 && ms[0].end == pos && len(runsOf(ms)) == 1) {
		// (川渝合作项目: a run of abbreviations glued to the trigger names
		// the parties whose cooperation the projects are)
		tr := c.d.trigs[k]
		after := string(c.d.text[tr.end:min(len(c.d.text), tr.end+2)])
		for _, p := range c.d.x.lex.platformNouns {
			if strings.HasPrefix(after, p) && after != "区域" && !(p == "项目" && onlyRegions(ms) && !slices.Contains(c.d.text[ms[0].start:pos], '等')) &&
				!c.dashJoined(ms) { // (湘东—醴陵、上栗—浏阳等合作园区: places joined by a dash are a pair of parties, no platform)
				// (黑龙江和广东对口合作项目: works, which are no place; regions
				// listed before them are the cooperation's parties)
				// 前海、南沙、横琴等重大合作平台: platforms, not parties (苏州
				// 和嘉兴毗邻区域: 区域 is the area between the parties)
				return nil
			}
		}
	}
	for i := len(ms) - 2; i >= 0; i-- {
		if c.processNamed(ms[i]) || c.cooperationNamed(ms[i]) {
			// 广佛全域同城化、深莞惠联动发展: an item that names its own
			// process is a clause of its own, no peer of the items after it;
			// so is a zone that names its own cooperation (宁波前湾沪浙合作
			// 发展区、浙沪洋山区域合作)
			ms = ms[i+1:]
			break
		}
	}
	last := ms[len(ms)-1]
	// 无锡、连云港两市迅速启动、快速推进…合作: places counted as both parties
	// are the clause's topic, whatever its verbs before the trigger
	counted := len(ms) >= 2 && c.d.x.pairWords.startingAt(c.d.text, last.end, pos) > 0 && !slices.ContainsFunc(c.d.text[last.end:pos], isClauseSep) &&
		!c.listedTrigger(pos) // (…两省携手推进…、跨省产业协作、城乡融合…: a task of a list, no predicate)
	if !c.signedAgreement(last.end, pos) && !counted && (c.gapLen(last.end, pos) > c.peerGapBound(last, pos) || !c.plainWords(last.end, pos) || c.withBetween(last.end, pos) ||
		slices.Contains(c.d.text[last.end:pos], '及')) {
		// (合肥都市圈、皖北…集聚区及省际毗邻地区新型功能区: the trigger is
		// inside one more item of the list, no predicate of the items; a
		// list of fields with 、 is no item: 粤桂琼三省区海洋、旅游等领域合作)
		return nil
	}
	var kept []*mention
	n := 0
	for _, m := range ms {
		if c.adverbial(m) && m != ms[0] {
			continue
		}
		if !isActor(m) && !(len(m.refs) == 1 && m.refs[0].typ == kg.Hub) {
			return nil // hubs act together too (天河国际机场和花湖国际机场联动发展)
		}
		kept = append(kept, m)
		n += len(m.refs)
	}
	if n < 2 {
		return nil
	}
	return kept
}

// listedTrigger reports the trigger word at pos an item of a list of tasks:
// a list mark right after it.
func (c *sentenceCtx) listedTrigger(pos int) bool {
	k := c.d.trigAt(pos)
	return k >= 0 && c.d.trigs[k].end < len(c.d.text) && c.d.text[c.d.trigs[k].end] == '、'
}

// peerGapBound is how many characters may stand between a list of peers
// ending with last and its trigger at pos: maxFieldGap, or maxPeerGap where
// a quotation mark stands between; twice maxFieldGap after a word for both
// parties (推动两地在绿色硅产业开展更加紧密的合作), which is the clause's
// topic, as a list of places that may qualify a field is not.
func (c *sentenceCtx) peerGapBound(last *mention, pos int) int {
	if slices.ContainsFunc(c.d.text[last.end:pos], func(r rune) bool { return r == '“' || r == '”' || r == '"' }) {
		return maxPeerGap
	}
	if c.d.bothParties(last) {
		return 2 * maxFieldGap
	}
	return maxFieldGap
}

// partnersIn reports 与 or 同 before or between the items of a list:
// partners of a subject (A与B、C合作共建), no peers of each other.
func (c *sentenceCtx) partnersIn(ms []*mention) bool {
	t := c.d.text
	for k, m := range ms {
		from := m.start - 1
		if k > 0 {
			from = ms[k-1].end
		}
		for i := max(0, from); i < m.start; i++ {
			if inSet("与同", t[i]) {
				return true
			}
		}
	}
	return false
}

// signedAgreement reports a list's places that sign a cooperation agreement
// named by the trigger at pos and what it is about ([agreement-verbs] after
// the list and its count, [agreement-nouns] after the trigger: 武汉、鄂州、黄石、
// 黄冈四市签署共同建设十大重点工程合作协议): the places are peers however long
// the agreement's name.
func (c *sentenceCtx) signedAgreement(from, pos int) bool {
	t := c.d.text
	k := c.d.trigAt(pos)
	if k < 0 || pos-from > 30 {
		return false
	}
	if !anyWordAt(t, c.d.trigs[k].end, c.d.x.lex.agreementNouns) {
		return false
	}
	i := from
	for i < pos && (isChineseNumeral(t[i]) || isDigit(t[i]) || inSet("两个省市区县地方等", t[i])) {
		i++ // 四市, 两省, 双方: the count of the parties
	}
	if slices.ContainsFunc(t[from:pos], isClauseSep) {
		return false
	}
	at := func(j int) bool {
		return slices.ContainsFunc(c.d.x.lex.agreementVerbs, func(w string) bool { return runesAt(t, j, w) })
	}
	if at(i) {
		return true
	}
	// 等苏皖五市|应急管理局日前|签订…联动协议: the parties counted, their
	// offices and a word of time, nouns all, before the verb
	for v := i + 1; v < pos && v-i <= maxOfficeName+6; v++ {
		if at(v) {
			return !slices.ContainsFunc(c.d.scratchWords(i, v), func(w segment.Token) bool {
				return w.Tag == "" || strings.IndexByte("jmqtn", w.Tag[0]) < 0 && w.Tag != "vn"
			})
		}
	}
	return false
}

// withBetween reports a 与 standing as a word between a list and its
// trigger (哈尔滨、黑河片区与协同发展先导区联动): the listed are subjects acting
// with a partner, named or not, not peers of each other.
func (c *sentenceCtx) withBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if c.d.text[i] == '与' && !c.d.insideName(i, i+1) {
			if c.d.cutAt(i); c.d.tokenAt(i).End == i+1 && c.d.tokenAt(i).Start == i {
				return true
			}
		}
	}
	return false
}

// cooperationNamed reports a zone whose name holds a cooperation word
// ([zone-words]: 宁波前湾沪浙合作发展区, 粤桂合作特别试验区).
func (c *sentenceCtx) cooperationNamed(m *mention) bool {
	if len(m.refs) != 1 || m.refs[0].typ != kg.Park {
		return false
	}
	for _, w := range c.d.x.lex.zoneWords {
		if strings.Contains(m.refs[0].name, w) {
			return true
		}
	}
	return false
}

// processNamed reports a mention whose words end in a process of the area
// it names (广佛全域同城化, a group's alias; 长三角一体化).
func (c *sentenceCtx) processNamed(m *mention) bool {
	for _, w := range c.d.x.lex.areaProcesses {
		if n := suffixLen(c.d.text, m.end, w); n > 0 && m.end-m.start > n {
			return true
		}
	}
	return false
}

// gapLen is the length of text[from:to] with a quoted label counted as one
// word (沪滇|“16+16”重点园区|合作: a label names, it does not distance).
func (c *sentenceCtx) gapLen(from, to int) int {
	n, inQuote := 0, false
	for i := from; i < to; i++ {
		switch r := c.d.text[i]; {
		case r == '“':
			inQuote = true
			n++
		case r == '”':
			inQuote = false
		case !inQuote:
			n++
		}
	}
	return n
}

// plainWords reports a gap of word characters only: no punctuation, no
// other place, no trigger word. A quoted label may hold signs (沪滇“16+16”
// 重点园区合作).
func (c *sentenceCtx) plainWords(from, to int) bool {
	inQuote := false
	for i := from; i < to; i++ {
		r := c.d.text[i]
		switch {
		case r == '“':
			inQuote = true
		case r == '”':
			inQuote = false
		case inQuote && (r == '+' || r == '＋' || r == '×' || r == '·' || r == '—' || r == '-'):
		case (r == '(' || r == '（') && i+2 < to && isHan(c.d.text[i+1]) && (c.d.text[i+2] == ')' || c.d.text[i+2] == '）'):
			i += 2 // 三省(区): a counted unit's bracketed alternative
		case !isNameChar(r):
			return false
		}
		if g := c.d.gazAt(i); g != nil && g.top {
			return false
		}
	}
	for _, tr := range c.d.trigs[c.d.trigsFrom(from):] {
		if tr.start >= to {
			break // (no later one ends by to)
		}
		if tr.end <= to && !c.attributive(tr) {
			return false
		}
	}
	return true
}

// attributive reports a trigger that qualifies the noun after it rather
// than states a relation of its own within a gap (鲁豫毗邻地区合作: the
// regions adjacent to each other cooperate).
func (c *sentenceCtx) attributive(tr hit) bool {
	if c.d.x.trigDefs[tr.word].typ != kg.AdjacentTo {
		return false
	}
	after := string(c.d.text[tr.end:min(len(c.d.text), tr.end+2)])
	return after == "地区" || after == "区域"
}

// memberAmong reports a group e whose members hold one of es (东北 and
// 黑龙江 in 黑龙江和广东对口合作, a headline of the north-east's): the listed
// are the pair, one of them on the group's side.
func (d *docView) memberAmong(e *entity, es []*entity) bool {
	if e == nil || e.group == nil {
		return false
	}
	return slices.ContainsFunc(es, func(o *entity) bool {
		return o.region != nil && slices.ContainsFunc(e.group.Members, func(m string) bool { return o.region.Code == m || d.x.gaz.Within(o.region.Code, m) })
	})
}

// dashJoined reports two of ms in a row joined by a dash (湘东—醴陵).
func (c *sentenceCtx) dashJoined(ms []*mention) bool {
	for k := 1; k < len(ms); k++ {
		if c.dashBetween(ms[k-1], ms[k]) {
			return true
		}
	}
	return false
}

// dashBetween reports a dash right after a and right before b, or before
// the place that qualifies b (南京浦口—滁州南谯).
func (c *sentenceCtx) dashBetween(a, b *mention) bool {
	return a.end < len(c.d.text) && isDash(c.d.text[a.end]) && (b.start == a.end+1 || c.qualifiedStart(a.end, b) == a.end+1)
}

// dashGroups splits peers into runs of places joined by dashes (湘东—醴陵、
// 上栗—浏阳, 南京浦口—滁州南谯、南京江宁—马鞍山博望), each of two or more;
// nil unless every peer is in such a run.
func (c *sentenceCtx) dashGroups(peers []*mention) [][]*mention {
	if len(peers) < 4 {
		return nil
	}
	var groups [][]*mention
	cur := []*mention{peers[0]}
	for k := 1; k < len(peers); k++ {
		if c.dashBetween(peers[k-1], peers[k]) {
			cur = append(cur, peers[k])
			continue
		}
		groups, cur = append(groups, cur), []*mention{peers[k]}
	}
	groups = append(groups, cur)
	for _, g := range groups {
		if len(g) < 2 {
			return nil
		}
	}
	return groups
}

// isRun reports a run of abbreviations naming two regions or more (川渝,
// 京沈).
func isRun(m *mention) bool { return m.kind == mAbbrev && len(m.refs) >= 2 }

// runsOf keeps the abbreviation runs among a 与-phrase's partners: in
// 与港澳台交流合作 the three are peers of each other too, in 与深圳、厦门等地
// 合作 the listed places are only the subject's partners.
func runsOf(ms []*mention) []*mention {
	var out []*mention
	for _, m := range ms {
		if isRun(m) {
			out = append(out, m)
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// peerPairs relates every pair of the peers' entities, once per pair.
func (c *sentenceCtx) peerPairs(typ kg.RelationType, t trig, peers []*mention, rs relSet) {
	if groups := c.dashGroups(peers); len(groups) > 1 {
		// 湘东—醴陵、上栗—浏阳等毗邻区域合作: each dash run is a group of its own
		for _, g := range groups {
			c.peerPairs(typ, t, g, rs)
		}
		return
	}
	if len(peers) > 1 {
		runs := true
		for _, m := range peers {
			runs = runs && isRun(m)
		}
		if runs {
			// 苏陕、津陕协作: each run is a pair of its own, not four peers
			for _, m := range peers {
				c.peerPairs(typ, t, []*mention{m}, rs)
			}
			return
		}
	}
	type ref struct {
		m *mention
		e *entity
	}
	var all []ref
	for _, m := range peers {
		for _, e := range m.refs {
			all = append(all, ref{m, e})
		}
	}
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			a, b := all[i], all[j]
			if typ == kg.AdjacentTo && (c.d.provincesApart(a.e, b.e) || c.d.nested(a.e, b.e)) {
				continue // 苏皖鲁豫…交界: 江苏 and 河南 do not meet
			}
			rs.add(typ, a.e, b.e, c.evidence(t, []*mention{a.m}, b.m))
		}
	}
}

// nested reports two regions one of which lies in the other: they share
// no border of the kind 毗邻 and 紧邻 state.
func (d *docView) nested(a, b *entity) bool {
	if a.region == nil || b.region == nil {
		return false
	}
	return d.x.gaz.Inside(a.region, b.region) || d.x.gaz.Inside(b.region, a.region)
}

// provincesApart reports two provinces that share no land border
// (gazetteer's borders): a run of parties adjacent to each other holds
// pairs that are not.
func (d *docView) provincesApart(a, b *entity) bool {
	ra, ok := d.x.gaz.Region(a.code)
	if !ok || ra.Level != gazetteer.Province {
		return false
	}
	rb, ok := d.x.gaz.Region(b.code)
	if !ok || rb.Level != gazetteer.Province {
		return false
	}
	return !d.x.gaz.Borders(ra.Code, rb.Code)
}

// startsSentence reports a position at the start of its sentence, after an
// enumerator or a lead verb.
func (c *sentenceCtx) startsSentence(pos int) bool { return pos <= c.clauseOpening(c.s.Start, c.s.End) }

// clauseOpening returns where the first words of the clause [a, end) stand:
// past an enumerator (一、, （二）) and a lead verb ([lead-verbs]: 推动, 支持).
func (c *sentenceCtx) clauseOpening(a, end int) int {
	t := c.d.text
	i := skipEnumerator(t, a, end)
	for _, v := range c.d.x.lex.leadVerbs {
		if n := prefixLen(t[:end], i, v); n > 0 {
			return i + n
		}
	}
	return i
}

func (c *sentenceCtx) pairs(typ kg.RelationType, t trig, sm []*mention, sents []*entity, objs []*mention, rs relSet) {
	if c.respectively(sm, objs, t) {
		// 济南市、青岛市分别结对帮扶临夏州、甘南州: the first with the first
		for i, o := range objs {
			rs.add(typ, sm[i].refs[0], o.refs[0], c.evidence(t, sm[i:i+1], o))
		}
		return
	}
	for _, o := range objs {
		for _, oe := range o.refs {
			for _, s := range sents {
				if typ == kg.AdjacentTo && c.d.nested(s, oe) {
					continue // 江津区…紧邻重庆中心城区: a place borders no place it lies in
				}
				rs.add(typ, s, oe, c.evidence(t, sm, o))
			}
		}
	}
}

// evidence builds the evidence of a relation read from trigger t with the
// named participants.
func (c *sentenceCtx) evidence(t trig, subj []*mention, obj *mention) kg.Evidence {
	start, end := t.start, t.end
	for _, m := range append(append([]*mention{}, subj...), obj) {
		if m == nil {
			continue
		}
		start = min(start, m.start)
		end = max(end, m.end)
	}
	return c.d.evidenceIn(c.s, start, end, t.def.word)
}

func isActor(m *mention) bool {
	for _, e := range m.refs {
		switch e.typ {
		case kg.Province, kg.City, kg.County, kg.RegionGroup, kg.Park, kg.Institution:
		default:
			return false
		}
	}
	return true
}

func isRoute(m *mention) bool {
	return len(m.refs) == 1 && (m.refs[0].typ == kg.Railway || m.refs[0].typ == kg.Road)
}

// areaMention reports a mention of one region group (粤东, 苏北): areas
// written one after another make a list without a mark.
func areaMention(m *mention) bool {
	return len(m.refs) == 1 && m.refs[0].typ == kg.RegionGroup
}

// allZones reports mentions of parks only (九江经开区): zones act as
// places do.
func allZones(ms []*mention) bool {
	for _, m := range ms {
		for _, e := range m.refs {
			if e.typ != kg.Park {
				return false
			}
		}
	}
	return len(ms) > 0
}

// placesQualified returns the places listed right after a 的 at pos (by 、
// or 和), which the clause before qualifies (毗邻重庆的|泸州、遂宁): nil when
// no 的 stands there or no place follows it.
func (c *sentenceCtx) placesQualified(pos int) []*mention {
	t := c.d.text
	if pos >= len(t) || t[pos] != '的' {
		return nil
	}
	var out []*mention
	next := pos + 1
	for _, m := range c.tops {
		if m.start < next {
			continue
		}
		if m.start != next || m.kind != mRegion {
			break
		}
		out = append(out, m)
		next = m.end
		if next < len(t) && inSet("、和", t[next]) {
			next++
		}
	}
	return out
}

func allPlaces(ms []*mention) bool {
	for _, m := range ms {
		for _, e := range m.refs {
			if !e.typ.IsRegion() && e.typ != kg.RegionGroup {
				return false
			}
		}
	}
	return true
}

// onlyRegions reports mentions of administrative regions only, no group.
func onlyRegions(ms []*mention) bool {
	return !slices.ContainsFunc(ms, func(m *mention) bool {
		return slices.ContainsFunc(m.refs, func(e *entity) bool { return !e.typ.IsRegion() })
	})
}

// thingsOf keeps the mentions that can be built: named things and region
// groups (共建“一带一路”), not administrative regions, and not a group
// that only qualifies what follows (共建“一带一路”国家: foreign builders).
func (c *sentenceCtx) thingsOf(ms []*mention) []*mention {
	var out []*mention
	for _, m := range ms {
		switch {
		case m.kind == mNamed && m.refs[0].typ != kg.RegionGroup && m.refs[0].typ != kg.Plan:
			out = append(out, m) // a plan is drawn up, not built
		case (m.kind == mGroup || m.kind == mNamed) && m.refs[0].typ == kg.RegionGroup:
			if c.groupBuilt(m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// builtAfter returns the named project, park, hub or institution that a
// verb of building right after pos makes in the clause ending at end
// (依托X|建设|岳阳临港产业新区), or nil: the thing that relies on X.
// maxFrontedClauses bounds the clauses between a sentence's opening
// phrase of support and the clause that names its subject.
const maxFrontedClauses = 4

// subjectAfter returns the thing that opens a later clause of the
// sentence, after pos, and acts in it (a verb, a modal or a trigger after
// it), past clauses of means (以海港为基础，): the subject of an opening
// phrase of support (借助昌九、合福、沪昆铁路，|昌赣高铁|融入…); nil when a
// clause of another kind comes first.
func (c *sentenceCtx) subjectAfter(pos int) *mention {
	t := c.d.text
	n := 0
	for _, cl := range c.clauses {
		if cl[0] < pos {
			continue
		}
		if n++; n > maxFrontedClauses {
			return nil
		}
		i := cl[0]
		for i < cl[1] && (t[i] == '“' || t[i] == '"') {
			i++
		}
		if i >= cl[1] {
			return nil
		}
		if k := slices.IndexFunc(c.tops, func(m *mention) bool { return m.start == i }); k >= 0 {
			m := c.tops[k]
			if len(m.refs) == 1 && m.end < cl[1] && c.actsAfter(m.end) && !c.builtNoun(m.end) {
				return m
			}
			return nil
		}
		if t[i] != '以' && t[i] != '在' {
			return nil
		}
	}
	return nil
}

// builtAfter returns what a verb of building right after the things
// relied on, at pos, builds: the thing that relies on them (依托城陵矶港
// 建设岳阳临港产业新区), also past 等 and their class and before 的
// (依托天津大学、南开大学等高校建设的滨海科技园).
func (c *sentenceCtx) builtAfter(pos, end int) *mention {
	t := c.d.text
	starts := []int{pos}
	if pos < end && t[pos] == '等' {
		// 依托天津大学、南开大学等|高校|建设的天开高教科创园: past 等 and the
		// class of the things relied on
		for k := pos + 1; k < end && k-pos <= maxClassAfterList && unicode.Is(unicode.Han, t[k]) && !listSep(string(t[k])); k++ {
			starts = append(starts, k)
		}
	}
	for _, p := range starts {
		if m := c.builtAt(p, end); m != nil {
			return m
		}
	}
	return nil
}

// maxClassAfterList bounds the class noun after 等 that builtAfter reads
// past (高校, 科研院所).
const maxClassAfterList = 5

// builtAt returns the park, hub, project or institution that a verb of
// building at pos builds, 的 between them or not (建设岳阳临港产业新区,
// 建设的天开高教科创园), or nil.
func (c *sentenceCtx) builtAt(pos, end int) *mention {
	t := c.d.text
	for _, v := range []string{"建设", "打造", "建成", "新建", "发展"} {
		if !runesAt(t, pos, v) {
			continue
		}
		at := pos + len([]rune(v))
		if at < end && t[at] == '的' {
			at++
		}
		for _, m := range c.tops {
			if m.start == at && m.end <= end && m.kind == mNamed {
				switch m.refs[0].typ {
				case kg.Project, kg.Park, kg.Hub, kg.Institution:
					return m
				}
			}
		}
	}
	return nil
}

// groupBuilt reports a group that is itself the thing built: the object
// ends with it, or what follows is its building (共建西部陆海新通道建设), not
// a noun it qualifies (共建京津冀世界级先进制造业集群). A quoted group is
// built as a whole, except where it names foreign builders (共建“一带一路”
// 国家).
func (c *sentenceCtx) groupBuilt(m *mention) bool {
	t := c.d.text
	at := m.end
	if at < len(t) && (t[at] == '”' || t[at] == '"') {
		// quoted, the group is built whatever it qualifies (共建“一带一路”
		// 标志性项目), but not by the countries it names
		return !runesAt(t, at+1, "国家") && !runesAt(t, at+1, "沿线") && !runesAt(t, at+1, "伙伴")
	}
	if at >= len(t) || !isNameChar(t[at]) {
		return true
	}
	for _, w := range c.d.x.lex.groupBuildingWords {
		if runesAt(t, at, w) {
			return true
		}
	}
	return false
}

// nameRelations adds the relations a name states by itself: LOCATED_IN
// from a place at the start of a park's, hub's, project's or institution's
// name (not a line project's: 赤峰至锦州管道 lies in neither place), and
// CONNECTS from a route's name.
func (d *relater) nameRelations(sents []Sentence, rs relSet) {
	for _, m := range d.mentions {
		if m.kind != mNamed {
			continue
		}
		e := m.refs[0]
		if e.typ != kg.Park && e.typ != kg.Hub && e.typ != kg.Project && e.typ != kg.Institution &&
			e.typ != kg.Railway && e.typ != kg.Road {
			continue // a name of no such type states no relation: no evidence made
		}
		// the evidence made at the first relation the name states: most
		// names of these types state none (no place opens them, no
		// endpoints), and the name's copy and its sentence's text were
		// made for nothing
		var ev kg.Evidence
		made := false
		evidence := func() kg.Evidence {
			if !made {
				si := sentenceAt(sents, m.start)
				ev, made = d.evidenceIn(si, m.start, m.end, strings.Clone(d.sub(m.start, m.end))), true // (the bytes copied, not the characters encoded)
			}
			return ev
		}
		switch e.typ {
		case kg.Park, kg.Hub, kg.Project, kg.Institution:
			if e.typ == kg.Project && joinsPlaces(d.text[m.start:m.end]) {
				// 樟树—萍乡成品油管道: a line between two places lies in neither;
				// a pipeline or power line connects them
				if endsInLineWork(d.x.lex, e.name) {
					for _, p := range d.routeEnds(m) {
						rs.add(kg.Connects, e, p, evidence())
					}
				}
				break
			}
			places := d.leadingPlaces(m)
			if b := d.branchPlace(m); b != nil {
				places = []*entity{b} // 北京师范大学珠海校区, 哈尔滨工业大学（深圳）: the branch's place
			}
			for _, p := range places {
				rs.add(kg.LocatedIn, e, p, evidence())
			}
			if e.typ == kg.Park {
				if parties, word := d.zoneParties(m); len(parties) > 0 {
					zev := evidence()
					zev.Trigger = word
					for _, p := range parties {
						rs.add(kg.CoBuilds, p, e, zev)
					}
				}
			}
		case kg.Railway, kg.Road:
			if strings.HasSuffix(e.name, "大道") {
				break // 包茂大道: a city's avenue takes the name of a route or a place, it joins no places
			}
			for _, p := range d.routeEnds(m) {
				// one-character endpoints (沪昆) leave the regions implied;
				// endpoints written out were counted as gazetteer mentions
				rs.add(kg.Connects, e, p, evidence())
			}
		}
	}
}

func sentenceAt(sents []Sentence, pos int) Sentence {
	k := sort.Search(len(sents), func(i int) bool { return sents[i].End > pos })
	if k < len(sents) {
		return sents[k]
	}
	return Sentence{Index: len(sents), Start: pos, End: pos}
}

// branchPlace returns the place of an institution's branch: a place right
// before the head of a branch ([branch-heads]: 北京师范大学珠海校区) or in
// brackets that close the name (哈尔滨工业大学（深圳）), when the place
// differs from the leading one, or right after a parent institution's
// name ([parent-finals]: 西安电子科技大学广州研究院); and the place of a
// zone's section right before its word ([zone-sections]: …自由贸易试验区长沙片区); nil otherwise.
func (d *relater) branchPlace(m *mention) *entity {
	t := d.text
	if m.refs[0].typ == kg.Park {
		// 中国（湖南）自由贸易试验区长沙|片区: a zone's section lies in its place
		for _, w := range d.x.lex.zoneSections {
			if n := utf8.RuneCountInString(w); m.end-n > m.start && runesAt(t, m.end-n, w) {
				if g := d.gazEndingAt(m.end - n); g != nil && g.kind == mRegion && g.start > m.start && len(g.refs) == 1 {
					return g.refs[0]
				}
			}
		}
		return nil
	}
	if m.refs[0].typ != kg.Institution {
		return nil
	}
	if m.end-m.start > 4 && inSet(")）", t[m.end-1]) {
		if g := d.gazEndingAt(m.end - 1); g != nil && g.kind == mRegion && g.start > m.start && inSet("(（", t[g.start-1]) {
			return g.refs[0]
		}
	}
	for _, w := range d.x.lex.branchHeads {
		if n := len([]rune(w)); m.end-n > m.start && runesAt(t, m.end-n, w) {
			if g := d.gazEndingAt(m.end - n); g != nil && g.kind == mRegion && g.start > m.start {
				return g.refs[0]
			}
		}
	}
	for i := m.start + 2; i < m.end-1; i++ {
		// 西安电子科技大学|广州研究院: the parent's name, then the branch's place
		if g := d.gazAt(i); g != nil && g.start == i && g.kind == mRegion && len(g.refs) == 1 && g.end < m.end {
			for _, w := range d.x.lex.parentFinals {
				if n := utf8.RuneCountInString(w); i-n >= m.start && runesAt(t, i-n, w) {
					if b := d.gazAt(g.end + 1); g.end+1 < m.end && inSet("(（", t[g.end]) && b != nil && b.start == g.end+1 && b.kind == mRegion && len(b.refs) == 1 {
						return b.refs[0] // 上海交通大学云南（大理）研究院: the bracketed place, inside the first
					}
					return g.refs[0]
				}
			}
		}
	}
	return nil
}

// leadingPlaces returns the regions a name starts with: 萍乡经开区 -> 萍乡市,
// 浏阳-上栗共建区 -> 浏阳市, 上栗县, 中国稀金(赣州)新材料研究院 -> 赣州市.
func (d *relater) leadingPlaces(m *mention) []*entity {
	out := d.placeBuf[:0] // (the caller reads it before the next call)
	pos := m.start
	if j := pos + 1; pos < m.headStart && d.text[pos] == '中' {
		for j < m.headStart && d.x.countryAbbrevs.has(d.text[j]) {
			j++
		}
		if g := d.gazAt(j); j > pos+1 && g != nil && g.start == j {
			pos = j // 中新|济南未来产业城: the countries, then the place it lies in
		}
	}
	if n, class := capacityOpening(d.x.lex, d.text[pos:m.headStart]); class {
		pos += n // 750千伏|张掖输变电工程: the line's voltage, then the place it lies in
	}
	for _, f := range d.x.lex.stateFirms {
		if !d.x.firmFirsts.at(d.text, pos) {
			break // (most names)
		}
		if n := prefixLen(d.text, pos, f); n > 0 && pos+n < m.headStart && d.gazAt(pos+n) != nil {
			pos += n // 国能|鄂尔多斯…项目, 华电|平江电厂: the firm that builds it, then the place
			break
		}
	}
	for pos < m.headStart {
		g := d.gazAt(pos)
		if g == nil || g.start != pos || g.kind != mRegion {
			break
		}
		out = append(out, g.refs...)
		pos = g.end
		if h := d.gazAt(pos); h != nil && h.start == pos && h.kind == mRegion && h.end+2 < m.headStart && inSet("(（", d.text[h.end]) && len(h.refs) == 1 && d.insideAny(h.refs[0], g.refs) {
			// 广州番禺（五华）产业转移园: the park of a district named
			// with its city lies in the bracketed place too
			out, pos = append(out[:len(out)-len(g.refs)], h.refs...), h.end
			g = h
		}
		if pos+2 < m.headStart && inSet("(（", d.text[pos]) {
			if b := d.gazAt(pos + 1); b != nil && b.start == pos+1 && b.kind == mRegion && b.end < m.headStart && inSet(")）", d.text[b.end]) {
				// 深圳（哈尔滨）产业园, 广州（梅州）产业转移工业园: the park of the
				// first place lies in the bracketed one
				out = append(out[:len(out)-len(g.refs)], b.refs...)
				break
			}
		}
		if pos < m.headStart && inSet("-—、", d.text[pos]) {
			pos++
			continue
		}
		break
	}
	if len(out) == 0 {
		for i := m.start; i < m.headStart; i++ {
			if d.text[i] == '(' || d.text[i] == '（' {
				if g := d.gazAt(i + 1); g != nil && g.start == i+1 && g.kind == mRegion {
					out = append(out, g.refs...)
				}
			}
		}
	}
	d.placeBuf = out
	return out
}

// routeEnds returns the places a route's name joins: the places named
// (咸宁经修水至吉安铁路) or the one-character abbreviations of its endpoints
// (沪昆高铁, 厦渝高铁长赣段).
func (d *relater) routeEnds(m *mention) []*entity {
	var out []*entity
	seen := map[string]bool{}
	add := func(e *entity) {
		if e != nil && !seen[e.id] && e.typ.IsRegion() {
			seen[e.id] = true
			out = append(out, e)
		}
	}
	prefix := withoutRoadCode(d.text[m.start:m.headStart]) // G5|京昆高速: the code names the line too
	var inner []*mention
	for i := m.start; i < m.headStart; {
		if d.noGazAt(i) {
			i++ // (most characters: the cover's bit before a call)
			continue
		}
		g := d.gazAt(i)
		if g != nil && g.kind == mRegion && g.start >= m.start {
			inner = append(inner, g)
			i = g.end
			continue
		}
		i++
	}
	if len(inner) >= 2 || (len(inner) == 1 && slices.ContainsFunc(prefix, func(c rune) bool { return c == '经' || c == '至' || c == '到' || c == '—' || c == '-' })) {
		for _, g := range inner {
			add(g.refs[0])
		}
	} else if ends := d.expresswayEnds(m, len(inner), prefix); ends != nil {
		for _, r := range ends {
			add(d.regionEntity(r))
		}
	} else if members := d.runGroupMembers(trimRouteQualifiers(d.x.lex, prefix)); len(inner) <= 1 && members != nil {
		for _, r := range members {
			add(d.regionEntity(r)) // 长株潭城际铁路: the group's members, one character each (湘潭, not 江西's 鹰潭)
		}
	} else if len(inner) == 0 && !d.featureWord(m.start, m.headStart) && !d.countriesRoute(prefix) {
		ends := d.routeEndpoints(trimRouteQualifiers(d.x.lex, prefix))
		supported := false
		for _, r := range ends {
			supported = supported || r.Level == gazetteer.Province || strings.HasSuffix(r.Code, "0100") || d.inSubject(r, false) || d.provinceNamed(r)
		}
		if supported { // (梅山铁路 in a plan of 浙江 joins no 梅州 and 山南: no end is known here)
			for _, r := range ends {
				add(d.regionEntity(r))
			}
		}
	}
	// the section: 长赣段 (a 段 after the head's first character, where
	// LastIndex below finds one past 0; most names hold none)
	if m.end > m.headStart+1 && slices.Contains(d.text[m.headStart+1:m.end], '段') {
		tail := []rune(string(d.text[m.headStart:m.end]))
		if k := strings.LastIndex(string(tail), "段"); k > 0 {
			sec := []rune(string(tail)[:k])
			// drop the head itself and a line variant (复线)
			for _, h := range []string{"高速铁路", "高速公路", "高铁", "高速", "铁路", "公路", "城际", "客专", "国道", "省道"} {
				if strings.HasPrefix(string(sec), h) {
					sec = sec[len([]rune(h)):]
					break
				}
			}
			for _, v := range d.x.lex.lineVariants {
				sec = []rune(strings.TrimPrefix(string(sec), v))
			}
			if len(sec) == 2 && !onlyDirections(sec) { // (福州绕城高速东南段: no 东山 and 南平)
				for _, r := range d.routeEndpoints(sec) {
					add(d.regionEntity(r))
				}
			} else if strings.ContainsAny(string(sec), "至到—") {
				// 川藏铁路雅安至林芝段: the places the section's name joins
				for i := m.headStart; i < m.end; i++ {
					if g := d.gazAt(i); g != nil && g.kind == mRegion && g.start == i && g.end <= m.end {
						add(g.refs[0])
						i = g.end - 1
					}
				}
			}
		}
	}
	return out
}

// runGroupMembers returns the members of the group whose name p is when
// that name is a run of one character per member (长株潭: 长沙, 株洲, 湘潭;
// 昌九: 南昌, 九江), or nil.
func (d *docView) runGroupMembers(p []rune) []*gazetteer.Region {
	g, ok := d.x.gaz.Group(string(p))
	if !ok || g.Name != string(p) || len(g.Members) != len(p) || len(p) < 2 {
		return nil
	}
	out := make([]*gazetteer.Region, 0, len(g.Members))
	for _, code := range g.Members {
		r, ok := d.x.gaz.Region(code)
		if !ok {
			return nil
		}
		out = append(out, r)
	}
	return out
}

// nearSubject reports a region of the subject's province or of one
// bordering it, a province-level region, or one whose province the
// document names.
func (d *docView) nearSubject(r *gazetteer.Region) bool {
	if r.Level == gazetteer.Province || d.inSubject(r, false) || d.provinceNamed(r) {
		return true
	}
	p := d.x.gaz.Province(r.Code)
	return p != nil && d.subjProv != nil && d.x.gaz.Borders(p.Code, d.subjProv.Code)
}

// countriesRoute reports a route named by 中 and the abbreviations of
// other countries (中吉乌铁路, 中老铁路): it joins countries, no region.
func (d *docView) countriesRoute(p []rune) bool {
	if len(p) < 2 || p[0] != '中' {
		return false
	}
	for _, c := range p[1:] {
		if !d.x.countryAbbrevs.has(c) {
			return false
		}
	}
	return true
}

// withoutRoadCode drops a national or provincial road's code that opens
// a route's name (G5京昆, S71华常): the ends are read from the rest.
func withoutRoadCode(p []rune) []rune {
	if len(p) < 3 || (p[0] != 'G' && p[0] != 'S') || !isDigit(p[1]) {
		return p
	}
	i := 1
	for i < len(p) && isDigit(p[i]) {
		i++
	}
	if i == len(p) {
		return p
	}
	return p[i:]
}

// expresswayEnds returns the ends of the national expressway a road
// with no place in its name (inner of them) names by its prefix (荣乌高速),
// or nil. The prefix is made a string for the lookup only then.
func (d *relater) expresswayEnds(m *mention, inner int, prefix []rune) []*gazetteer.Region {
	if inner != 0 || m.refs[0].typ != kg.Road {
		return nil
	}
	return d.x.expressways[string(trimRouteQualifiers(d.x.lex, prefix))]
}

// trimRouteQualifiers removes the qualifiers of a route's line
// ([route-qualifiers]) from the end of its name's prefix.
func trimRouteQualifiers(lex *lexicon, p []rune) []rune {
	s := string(p)
	for _, q := range lex.routeQualifiers {
		s = strings.TrimSuffix(s, q)
	}
	return []rune(s)
}

// endpointChars resolves a route's abbreviated endpoints, one character
// each, two to four of them (four only cities or provinces). All endpoints are read at one level: provinces when one of them can
// only be a province (赣粤: 江西, 广东), cities otherwise (赣深: 赣州, 深圳),
// counties of the subject province as the last resort (萍莲: 莲花县).
func (d *docView) endpointChars(cs []rune) []*gazetteer.Region { return d.readEnds(cs, false) }

// routeEndpoints is endpointChars for the CONNECTS of a route already
// named: an endpoint several cities tie for is the one nearest to the
// route's other ends (nearestEnd). Recognition does not use it: a name is
// not made a route by a guess at its ends.
func (d *docView) routeEndpoints(cs []rune) []*gazetteer.Region { return d.readEnds(cs, true) }

// readEnds is endpointChars, with nearestEnd when near is true.
func (d *docView) readEnds(cs []rune, near bool) []*gazetteer.Region {
	if len(cs) < 2 || len(cs) > 4 {
		return nil
	}
	if near && len(cs) == 2 && d.x.twoCharShorts[[2]rune{cs[0], cs[1]}] {
		// 沪渝蓉高铁上海段: 上海 is a place, not 上 and 海 as two ends (a
		// route's CONNECTS are not guessed from a place's name; the name
		// may still be read as one: 临清高速)
		return nil
	}
	if named := d.namedInitials(cs); named != nil {
		return named // 合广长 where the text names 合川区、广安市、长寿区: those places
	}
	provOnly, allAbbrevs := false, true
	for _, c := range cs {
		a, ok := d.x.abbrevs.lookup(c)
		if ok && len(d.x.citiesByFirst.get(c)) == 0 && !isMunicipality(a.region) {
			provOnly = true // (沪 is a city too: 沪苏湖 joins 上海, 苏州 and 湖州)
		}
		allAbbrevs = allAbbrevs && ok && d.x.nicknames.get(c) == nil && d.localNickname(c) == nil
	}
	if allAbbrevs && !(len(cs) == 2 && cs[0] == cs[1]) {
		if own := d.ownCountyEnds(cs); own != nil {
			return own // 台黑高速 in 辽宁: 台安县 and 黑山县, not 台湾 and 黑龙江
		}
		provOnly = true // 黔桂铁路, 湘桂铁路: every end a province's abbreviation names the provinces (not 桂林 for 桂)
	}
	out := make([]*gazetteer.Region, 0, len(cs)) // one allocation, where appending grew it twice
	for _, c := range cs {
		if r := d.localNickname(c); r != nil {
			out = append(out, r) // 宁马城际 in a plan of 安徽: 南京
			continue
		}
		a, isAbbrev := d.x.abbrevs.lookup(c)
		if isAbbrev && (provOnly || isMunicipality(a.region)) {
			out = append(out, a.region)
			continue
		}
		if r := d.bestEndpoint(c); r != nil {
			out = append(out, r)
			continue
		}
		if isAbbrev {
			out = append(out, a.region)
			continue
		}
		if r := d.x.nicknames.get(c); r != nil {
			out = append(out, r) // 穗莞深城际, 蓉欧: a city's nickname
			continue
		}
		out = append(out, nil) // several places tie: the other ends may decide
	}
	for i, r := range out {
		if r == nil {
			if !near {
				return nil // an endpoint we cannot read: say nothing
			}
			if out[i] = d.nearestEnd(cs[i], out); out[i] == nil {
				return nil
			}
		}
	}
	if len(cs) == 4 && slices.ContainsFunc(out, func(r *gazetteer.Region) bool { return r.Level == gazetteer.County }) {
		return nil // 新昆楚大高速: four ends are cities or provinces (通苏嘉甬), a county among them is a word's (新, new)
	}
	if near {
		for i, r := range out {
			// 梅龙高铁, 赣龙铁路: a province's second abbreviation (龙 for
			// 黑龙江, [strict] in abbrev.tsv) far from the other ends is the
			// initial of a city near them (龙岩)
			if a, isAbbrev := d.x.abbrevs.lookup(cs[i]); isAbbrev && a.strict && a.region == r && !isMunicipality(r) && d.farFrom(r, out, maxGuessedEnd) {
				rest := slices.Clone(out)
				rest[i] = nil
				if c := d.nearestEnd(cs[i], rest); c != nil {
					out[i] = c
				}
			}
		}
		for i, r := range out {
			if _, isAbbrev := d.x.abbrevs.lookup(cs[i]); !isAbbrev && d.x.nicknames.get(cs[i]) == nil && !d.inSubject(r, false) && !d.provinceNamed(r) &&
				(d.farFrom(r, out, maxGuessedEnd) && !strings.HasSuffix(r.Code, "0100") || d.farFrom(r, out, 2*maxGuessedEnd)) { // (沪昆: a capital ends long lines, not 黑乌's 乌鲁木齐)
				return nil // 兴泉铁路 in 福建: 兴安盟 is no end of a line to 泉州, the right 兴 unknown
			}
		}
	}
	return out
}

// ownCountyEnds returns, for a route's ends written as other provinces'
// abbreviations, the counties of the subject's province that the
// characters begin, one county each (台黑 in 辽宁: 台安县, 黑山县): a
// province's document names its own roads by its own places. It returns
// nil when the subject's province is among the abbreviated ones (黔桂 in
// 广西 joins the provinces) or a character begins no county of it or
// several.
func (d *docView) ownCountyEnds(cs []rune) []*gazetteer.Region {
	if d.subjProv == nil {
		return nil
	}
	out := make([]*gazetteer.Region, 0, len(cs))
	for _, c := range cs {
		if a, ok := d.x.abbrevs.lookup(c); !ok || a.region == d.subjProv {
			return nil
		}
		var found *gazetteer.Region
		for _, r := range d.x.countiesByFirst.get(c) {
			if d.inSubject(r, false) {
				if found != nil {
					return nil
				}
				found = r
			}
		}
		if found == nil {
			return nil
		}
		out = append(out, found)
	}
	return out
}

// featureWord reports a route's modifier that is one word of the
// dictionary ending in a feature of the land (黄河|旅游公路, 长江|旅游公路): a
// river or mountain the route follows, no pair of ends (黄南 and 河南).
func (d *docView) featureWord(start, end int) bool {
	if end-start != 2 || !d.x.toponymFinals.has(d.text[end-1]) {
		return false
	}
	d.cutAt(start)
	tk := d.tokenAt(start)
	return tk.Start == start && tk.End == end
}

// maxGuessedEnd bounds, in kilometres, how far from every other end of a
// route an endpoint guessed from a city's initial in a province the document
// does not name may lie; twice as far for a provincial capital.
const maxGuessedEnd = 1500

// farFrom reports r lying more than km from each other region of ends
// (those with positions); false when none has one.
func (d *docView) farFrom(r *gazetteer.Region, ends []*gazetteer.Region, km float64) bool {
	p, ok := d.x.gaz.Position(r.Code)
	if !ok {
		return false
	}
	far, known := true, false
	for _, e := range ends {
		if e == nil || e == r {
			continue
		}
		if q, ok := d.x.gaz.Position(e.Code); ok {
			known = true
			far = far && kmBetween(p, q) > km
		}
	}
	return known && far
}

// nearestEnd resolves a route's endpoint that several cities' initials
// tie for by the route's other ends: the city nearest to them, when it lies
// within maxEndDistance of one and at most a third as far as the next (安九客专:
// 安庆, next to 九江, not 安康 or 安阳). Routes join nearby places far more
// often than far ones; a long line (呼南) stays unresolved.
func (d *docView) nearestEnd(c rune, ends []*gazetteer.Region) *gazetteer.Region {
	// the cities; where no city's name starts with c, the counties of the
	// subject's province, as bestEndpoint reads them (瑞梅铁路 in 江西: 瑞金,
	// not 瑞昌, near 梅州)
	cands := d.x.citiesByFirst.get(c)
	if len(cands) == 0 {
		for _, r := range d.x.countiesByFirst.get(c) {
			if d.inSubject(r, false) {
				cands = append(cands, r)
			}
		}
	}
	return d.nearestOf(cands, func(r *gazetteer.Region, p gazetteer.Position) float64 {
		dist := math.Inf(1)
		for _, e := range ends {
			if e == nil || e == r {
				continue
			}
			if q, ok := d.x.gaz.Position(e.Code); ok {
				dist = min(dist, kmBetween(p, q))
			}
		}
		return dist
	})
}

// nearestOf returns the one of cands (with positions) whose distance dist
// gives is smallest, when it is within maxEndDistance and at most a third of
// the next; nil otherwise.
func (d *docView) nearestOf(cands []*gazetteer.Region, dist func(r *gazetteer.Region, p gazetteer.Position) float64) *gazetteer.Region {
	var best *gazetteer.Region
	first, second := math.Inf(1), math.Inf(1)
	for _, r := range cands {
		p, ok := d.x.gaz.Position(r.Code)
		if !ok {
			continue
		}
		switch km := dist(r, p); {
		case km < first:
			best, first, second = r, km, first
		case km < second:
			second = km
		}
	}
	if best == nil || first > maxEndDistance || second < 3*first {
		return nil
	}
	return best
}

// maxEndDistance bounds, in kilometres, how far from a route's other end
// nearestEnd takes an endpoint.
const maxEndDistance = 700

// kmBetween is the great-circle distance between two points, in km.
func kmBetween(a, b gazetteer.Position) float64 {
	const r = 6371.0
	la1, la2 := a.Lat*math.Pi/180, b.Lat*math.Pi/180
	dl := (b.Lng - a.Lng) * math.Pi / 180
	x := math.Sin(la1)*math.Sin(la2) + math.Cos(la1)*math.Cos(la2)*math.Cos(dl)
	return r * math.Acos(max(-1, min(1, x)))
}

// bestEndpoint picks the place a route's one-character endpoint stands
// for: the best-scored city or county whose name starts with c. Cities of
// the subject's province score highest, then provincial capitals, then
// counties of the subject's province, then cities in provinces the
// document names, then any city. A tie at the top is left unresolved.
func (d *docView) bestEndpoint(c rune) *gazetteer.Region {
	key := endpointKey{c, d.subjProv, d.referred != nil}
	slot := &d.endpoints[c&63]
	if slot.ok && slot.key == key {
		return slot.r
	}
	r := d.scoreEndpoint(c)
	*slot = endpointAnswer{key, r, true}
	return r
}

// scoreEndpoint is bestEndpoint's answer, not remembered.
func (d *docView) scoreEndpoint(c rune) *gazetteer.Region {
	var best *gazetteer.Region
	bestScore, tie := 0.0, false
	consider := func(r *gazetteer.Region, score float64) {
		switch {
		case score > bestScore:
			best, bestScore, tie = r, score, false
		case score == bestScore && score > 0:
			tie = true
		}
	}
	for _, r := range d.x.citiesByFirst.get(c) {
		score := 1.0
		switch {
		case d.inSubject(r, false):
			score = 4
		case strings.HasSuffix(r.Code, "0100"):
			score = 3
		case d.provinceNamed(r):
			score = 1.5
		}
		if score > 1.5 && score < 4 && d.provinceNamed(r) {
			score += 0.5 // 长: 长沙 over 长春 where the document names 湖南
		}
		consider(r, score)
	}
	for _, r := range d.x.countiesByFirst.get(c) {
		if d.inSubject(r, false) {
			consider(r, 2)
		}
	}
	if bestScore < 4 && !d.x.toponymFinals.has(c) && !d.x.cityFinals.has(c) {
		// 沪通 in a plan of 江苏: 南通; 昌抚 in one of 江西: 南昌. A city
		// of the subject's province is written by its second character
		// where none of the province starts with it (not a final that
		// ends many names: 州, 阳, 山)
		for _, r := range d.x.citiesBySecond.get(c) {
			if d.inSubject(r, false) {
				consider(r, 3.5)
			}
		}
	}
	if tie {
		return nil
	}
	return best
}

// namedInitials returns, for a run of three or more initials, the city or
// county the document names (a mention of it counted) that each character
// begins, when every character begins exactly one: a run of local places
// the text has written out (合广长, 泸永江) names them, whatever the country's
// larger cities are; nil otherwise.
func (d *docView) namedInitials(cs []rune) []*gazetteer.Region {
	var key regionKey
	return d.initialsOf(cs, func(r *gazetteer.Region) bool {
		e, ok := d.ents[string(key.of(r.Code))]
		return ok && e.mentions > 0
	})
}

// regionKey builds kg.RegionID(code) in an array of its own, for a map
// lookup (m[string(key.of(code))]) that allocates no string: readEnds asks
// one for every place each initial of a route's name may stand for.
type regionKey [40]byte

// of returns the bytes of kg.RegionID(code), in k unless code is too long.
func (k *regionKey) of(code string) []byte {
	return append(append(k[:0], regionPrefix...), code...)
}

// regionPrefix opens every region's id (kg.RegionID; TestRegionKey).
const regionPrefix = "region:"

// initialsOf is namedInitials with named telling which places the document
// names: the recognizer, before mentions are counted, asks its mentions.
func (d *docView) initialsOf(cs []rune, named func(*gazetteer.Region) bool) []*gazetteer.Region {
	if len(cs) < 3 {
		return nil
	}
	out := make([]*gazetteer.Region, 0, len(cs))
	for _, c := range cs {
		var one *gazetteer.Region
		for _, rs := range [][]*gazetteer.Region{d.x.citiesByFirst.get(c), d.x.countiesByFirst.get(c)} {
			for _, r := range rs {
				if !named(r) {
					continue
				}
				if one != nil && one != r {
					return nil
				}
				one = r
			}
		}
		if one == nil {
			return nil
		}
		out = append(out, one)
	}
	return out
}

// provinceNamed reports whether the document names r's province.
func (d *docView) provinceNamed(r *gazetteer.Region) bool {
	p := d.x.gaz.Province(r.Code)
	if p == nil {
		return false
	}
	var key regionKey
	return d.referred[string(key.of(p.Code))]
}

func isMunicipality(r *gazetteer.Region) bool {
	switch r.Code {
	case "110000", "120000", "310000", "500000", "810000", "820000":
		return true
	}
	return false
}

// titles returns the spans of 《》 pairs on one line: [open, close].
// opens are the positions of 《 in t (markPositions).
func titles(t []rune, opens []int) [][2]int {
	var spans [][2]int
	for i, k := 0, 0; ; {
		// from each 《 to the 》 that closes it; a line break or a later
		// 《 first leaves it open, and the search goes on from there
		for k < len(opens) && opens[k] < i {
			k++
		}
		if k == len(opens) {
			return spans
		}
		o := opens[k] // the first 《 from i
		j := o + 1
		for j < len(t) && t[j] != '》' && t[j] != '\n' && t[j] != '《' {
			j++
		}
		if j == len(t) {
			return spans
		}
		if t[j] == '》' {
			spans = append(spans, [2]int{o, j})
			j++
		}
		i = j
	}
}

// fillerGap reports a gap between a trigger and its object made only of
// fillers (好, 到, quotes) and qualifying places (湖南 in 联动湖南浏阳).
func (c *sentenceCtx) fillerGap(from, to int) bool {
	for i := from; i < to; i++ {
		if g := c.d.gazAt(i); g != nil && !g.top && g.kind == mRegion {
			continue
		}
		if n := c.d.x.qualifiers.startingAt(c.d.text, i, to); n > 0 {
			i += n - 1 // 融入新时代西部大开发, 融入国家“东数西算”工程
			continue
		}
		if !inSet("好了到于入进向同“”《》\"大", c.d.text[i]) {
			return false
		}
	}
	return true
}

// maxZoneQualifier bounds the words between a zone's parties and its
// cooperation word (先进制造业, 省际毗邻, 经济特别).
const maxZoneQualifier = 6

// zoneParties returns the regions a zone's name spells out before its
// cooperation word, and that word: a run of two or more places, written as
// names (浏阳-上栗共建区) or one character each (湘琼, 粤澳, 广清), with at
// most a few qualifying words before the cooperation word. Countries (中德,
// 中新) end the run.
func (d *relater) zoneParties(m *mention) ([]*entity, string) {
	t := d.text
	lo := m.start
	if j := lo + 1; t[lo] == '中' {
		for j < m.headStart && d.x.countryAbbrevs.has(t[j]) {
			j++
		}
		if j > lo+1 && j+2 <= m.headStart {
			lo = j // 中新|苏滁现代产业合作园: the countries give nothing, the places after them do
		}
	}
	if ps, w := d.bracketPair(m); ps != nil {
		return ps, w // 顺德（英德）产业特别合作区: a place and the partner in brackets after it
	}
	if ps, w := d.bracketRuns(m, lo); ps != nil {
		return ps, w // 蒙晋冀（乌大张）长城金三角合作区: the provinces and, in brackets, their cities
	}
	for _, w := range d.x.lex.zoneWords {
		n := utf8.RuneCountInString(w)
		for k := lo + 2; k+n <= m.end; k++ {
			if !d.x.zoneFirsts.at(t, k) || !runesAt(t, k, w) { // compared in place, where a zone word may start: no string of the text's characters at every position
				continue
			}
			named := false // the words before the cooperation word end in a head
			for q := 0; q <= maxZoneQualifier && k-q >= lo+2; q++ {
				if q > 0 && d.x.headWords.endingAt(t, k-q, k) == q {
					// 赣江新区|联动发展区: what stands before the word is a zone's
					// own name, no parties; but a run of initials may open it
					// (蒙晋冀|长城金三角|合作区)
					named = true
					continue
				}
				if named && !d.initialsRun(lo, k-q) {
					continue
				}
				if q > 0 && q <= 2 && k-q-lo == 2 && !slices.ContainsFunc(t[k-q:k], func(r rune) bool { return !d.partyChar(r) }) &&
					!slices.Contains(d.x.lex.zoneManners, d.sub(k-q, k)) { // (厦龙|山海|协作: a manner, no initials)
					continue // 泸永|江融合…: a run of three initials the text does not name, not the pair 泸永
				}
				if re := k - q; q > 0 && re+1 < len(t) && inSet("东南西北中", t[re-1]) && inSet("东南西北", t[re]) && t[re+1] == '部' {
					continue // 浙川|东西部协作: the direction opens a compound of directions, no party's initial
				}
				if ps := d.partyRun(lo, k-q); len(ps) >= 2 {
					return ps, w
				}
			}
			if slices.Contains(d.x.lex.ownProcessWords, w) {
				continue // (城乡融合发展试验区, 城乡一体化示范区: a process of the place's own)
			}
			for q := 0; q <= maxZoneQualifier && k-q >= m.start+2; q++ {
				// 虹桥国际开放枢纽安徽联动发展区, 牡丹江产业协作园区: one
				// place written out before the word runs the zone with
				// partners it does not name
				if g := d.gazEndingAt(k - q); g != nil && g.kind == mRegion && g.start >= m.start && g.end-g.start >= 2 &&
					!(g.start > 0 && inSet("(（", t[g.start-1])) && // (…区域（珲春）国际合作示范区: where it lies, no party)
					d.sub(k+n, min(m.end, k+n+2)) != "组织" { // (上海合作组织…: an organisation's name)
					return g.refs[:1], w
				}
			}
		}
	}
	// 湘赣、粤赣、闽赣合作产业园: an item of a list names its parties, the
	// zone word is in the head the items share, after the text of this one
	if item := d.sub(m.start, m.end); m.end-m.start >= 2 && strings.HasPrefix(m.refs[0].name, item) {
		rest := m.refs[0].name[len(item):]
		for _, w := range d.x.lex.zoneWords {
			if k := strings.Index(rest, w); k >= 0 && utf8.RuneCountInString(rest[:k]) <= maxZoneQualifier {
				if ps := d.partyRun(m.start, m.end); len(ps) >= 2 {
					return ps, w
				}
			}
		}
	}
	return nil, ""
}

// bracketRuns reads a zone's name that opens with a run of initials and, in
// brackets right after it, a second run (蒙晋冀（乌大张）长城金三角合作区:
// the provinces, then their cities), before a cooperation word a few words
// later: the parties of both runs, or of the first when the text names no
// place for the initials in brackets.
func (d *relater) bracketRuns(m *mention, lo int) ([]*entity, string) {
	t := d.text
	b := lo + 2
	for b < m.headStart && d.partyChar(t[b]) {
		b++
	}
	if b >= m.headStart || (t[b] != '（' && t[b] != '(') || !d.initialsRun(lo, b) {
		return nil, ""
	}
	c := b + 1
	for c < m.headStart && t[c] != '）' && t[c] != ')' {
		c++
	}
	if c >= m.headStart {
		return nil, ""
	}
	outer := d.partyRun(lo, b)
	if len(outer) < 2 {
		return nil, ""
	}
	if d.initialsRun(b+1, c) {
		if inner := d.partyRun(b+1, c); len(inner) >= 2 {
			outer = append(outer, inner...)
		}
	}
	for _, w := range d.x.lex.zoneWords {
		if k := strings.Index(d.sub(c+1, m.end), w); k >= 0 && utf8.RuneCountInString(d.sub(c+1, m.end)[:k]) <= maxZoneQualifier {
			return outer, w
		}
	}
	return nil, ""
}

// initialsRun reports text[lo:end] a run of two or more one-character
// abbreviations of parties, no longer name the gazetteer knows (粤港澳 in
// 粤港澳大湾区 is the group's).
func (d *relater) initialsRun(lo, end int) bool {
	if end-lo < 2 || slices.ContainsFunc(d.text[lo:end], func(r rune) bool { return !d.partyChar(r) }) {
		return false
	}
	g := d.gazAt(lo)
	return g == nil || g.end <= end
}

// bracketPair reads a zone's name that writes a place and, in brackets
// right after it, the place it pairs with, before a cooperation word
// (顺德（英德）产业特别合作区, 广佛肇（怀集）经济合作区: the place is the builder,
// the bracketed one where it builds): both are parties. A bracket after
// an area, not a place, says where the zone lies (图们江区域（珲春）…).
func (d *relater) bracketPair(m *mention) ([]*entity, string) {
	t := d.text
	for i := m.start + 2; i+3 < m.headStart; i++ {
		if t[i] != '（' && t[i] != '(' {
			continue
		}
		before := d.gazEndingAt(i)
		if before == nil || before.kind != mRegion || before.start < m.start {
			return nil, ""
		}
		in := d.gazAt(i + 1)
		if in == nil || in.kind != mRegion || in.start != i+1 || in.end >= m.headStart || (t[in.end] != '）' && t[in.end] != ')') {
			return nil, ""
		}
		for _, w := range d.x.lex.zoneWords {
			if strings.Contains(d.sub(in.end+1, m.end), w) {
				return []*entity{before.refs[0], in.refs[0]}, w
			}
		}
		return nil, ""
	}
	return nil, ""
}

// partyRun reads the places written right before end, back to lo: place
// names (with an optional dash between) or a run of one-character
// abbreviations, resolved as route endpoints are.
func (d *docView) partyRun(lo, end int) []*entity {
	refs := d.partyRefs(lo, end)
	if refs == nil {
		return nil
	}
	out := make([]*entity, len(refs))
	for i, p := range refs {
		if out[i] = p.e; out[i] == nil {
			out[i] = d.regionEntity(p.r)
		}
	}
	return out
}

// partyCount is the number of parties partyRun reads from lo to end,
// without making entities of them: for the rules that only weigh a run.
func (d *docView) partyCount(lo, end int) int { return len(d.partyRefs(lo, end)) }

// partyRef is a party partyRefs reads: an entity already mentioned, or a
// region not made an entity yet.
type partyRef struct {
	e *entity
	r *gazetteer.Region
}

func (p partyRef) id() string {
	if p.e != nil {
		return p.e.id
	}
	return kg.RegionID(p.r.Code)
}

// partyRefs is partyRun's reading.
func (d *docView) partyRefs(lo, end int) []partyRef {
	t := d.text
	if g := d.gazAt(end - 1); end > lo && g != nil && g.kind != mPronoun && g.end > end {
		return nil // 牡丹|江: characters inside a place's name are no run of parties
	}
	var out []partyRef
	seen := map[string]bool{}
	add := func(p partyRef) {
		if id := p.id(); !seen[id] {
			seen[id] = true
			out = append(out, p)
		}
	}
	// place names: 浏阳-上栗
	i := end
	for i > lo {
		g := d.gazEndingAt(i)
		if g == nil || g.kind != mRegion || g.start < lo {
			break
		}
		if len(out) > 0 && i == g.end && out[len(out)-1].e != nil && d.x.gaz.Within(out[len(out)-1].e.code, g.refs[0].code) {
			i = g.start // 深圳|南山区: a place qualifies the one inside it, no second party
			continue
		}
		add(partyRef{e: g.refs[0]})
		i = g.start
		if i > lo && inSet("-—－·", t[i-1]) { // (not 、: places in a list are the subjects of a verb, 清远、韶关共建…; 南浔·广安东西部协作产业园)
			i--
		}
	}
	if len(out) >= 2 {
		return out
	}
	if g := d.gazAt(lo); g != nil && g.start == lo && g.end == end && g.kind == mRegion {
		return nil // 北京|国际法商融合示范区, 西宁|…: one place, no pair of parties (北海 and 京)
	}
	out, seen = nil, map[string]bool{}
	if rs := d.namedInitials(t[lo:end]); rs != nil && !d.wordAcross(end) { // (not 广佛高|质量…: 高 opens a word)
		for _, r := range rs {
			add(partyRef{r: r}) // 合广长 where the text names 合川区、广安市、长寿区
		}
		return out
	}
	// one character each: province abbreviations anywhere (湘琼, 粤澳,
	// 宁波前湾沪浙), first characters of cities as the whole prefix (广清, 深儋)
	j := end
	for j > lo && j > end-4 {
		if _, ok := d.x.abbrevs.lookup(t[j-1]); !ok {
			break
		}
		j--
	}
	if g := d.gazAt(j); g != nil && g.kind == mGroup {
		return nil // 湘赣边区域合作示范区: the area 湘赣边, not two parties
	}
	if end-j >= 2 && !(j > lo && t[j-1] == '中') {
		for k := j; k < end; k++ {
			add(partyRef{r: d.x.abbrevs.get(t[k]).region})
		}
		return out
	}
	if end-lo == 2 {
		if rs := d.namedPair(t[lo], t[lo+1]); rs != nil && !(d.oneWord(lo, end) && !initialsOf(t[lo:end], rs)) {
			// 惠山区赣榆区…创建惠榆…合作园区: the places the text names
			// whose names hold the initials, a district by its second
			// character too, not a far city that starts with one (榆林);
			// but a word of the dictionary read from second characters
			// is the word (江河融合 where 同江 and 黑河 are named)
			for _, r := range rs {
				add(partyRef{r: r})
			}
			return out
		}
	}
	if end-lo == 2 && d.partyChar(t[lo]) && (d.partyChar(t[lo+1]) || t[lo+1] == '中' && len(d.x.citiesByFirst.get('中')) > 0) {
		// (深中: 中 after a party is 中山's initial; China comes first, 中新)
		rs := d.endpointChars(t[lo:end])
		if !slices.ContainsFunc(rs, func(r *gazetteer.Region) bool { return d.inSubject(r, false) }) && d.oneWord(lo, end) {
			return nil // 江河融合…园区 in a plan of 黑龙江: a word (江河), not 江门 and 河源 of a province named elsewhere
		}
		for _, r := range rs {
			add(partyRef{r: r})
		}
	} else if end-lo > 2 && d.partyChar(t[end-2]) && d.partyChar(t[end-1]) && d.placeWordAt(end-2, end) && len(d.x.gaz.ByShort(string(t[end-2:end]))) == 0 {
		// 前海|深港…合作区: after the zone's locality, a pair the dictionary
		// knows as one place word (深港/ns) names the parties, unless it is
		// a place's own name (中国—上海合作组织…) or its places lie far from
		// the document's (长乐—永泰|山海|协作产业园 in 福建: mountains and sea,
		// not 山南 and 海口)
		rs := d.endpointChars(t[end-2 : end])
		if slices.ContainsFunc(rs, func(r *gazetteer.Region) bool { return !d.nearSubject(r) }) {
			return nil
		}
		for _, r := range rs {
			add(partyRef{r: r})
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// namedPair returns the two places below a province that the document
// names whose short names open with a and b, or hold them second, or nil
// unless each character is one such place and the two differ.
func (d *docView) namedPair(a, b rune) []*gazetteer.Region {
	if d.referred == nil {
		// Recognition has not counted mentions yet (countMentions, its
		// last pass, sets referred): no entity has one, so none matches.
		return nil
	}
	ins := d.placeInitials()
	one := func(c rune) *gazetteer.Region {
		var found *gazetteer.Region
		for _, p := range ins { // any order: only one place may match
			if p.first != c && p.second != c || p.e.mentions == 0 {
				continue
			}
			if found != nil && found != p.e.region {
				return nil
			}
			found = p.e.region
		}
		return found
	}
	ra := one(a)
	if ra == nil {
		return nil
	}
	rb := one(b)
	if rb == nil || rb == ra {
		return nil
	}
	return []*gazetteer.Region{ra, rb}
}

// placeInitial is an entity of a place below a province with the first
// two characters of its short name (its name when it has none).
type placeInitial struct {
	e             *entity
	first, second rune
}

// placeInitials returns the places below a province among the document's
// entities, for namedPair. They are read out of the entities' map again
// only when it has grown since (entities are added, never replaced, while
// the rules run): namedPair is asked hundreds of times a document, and a
// range over the map and a decode of every name was most of its time.
// Mentions are counted later than the list is made, so the caller asks
// e.mentions itself.
func (d *docView) placeInitials() []placeInitial {
	if d.placeInitsOf == len(d.ents)+1 {
		return d.placeInits
	}
	d.placeInits = d.placeInits[:0]
	for _, e := range d.ents {
		r := e.region
		if r == nil || r.Level == gazetteer.Province {
			continue
		}
		k := r.Short
		if k == "" {
			k = r.Name
		}
		first, n := utf8.DecodeRuneInString(k)
		second, _ := utf8.DecodeRuneInString(k[n:])
		d.placeInits = append(d.placeInits, placeInitial{e, first, second})
	}
	d.placeInitsOf = len(d.ents) + 1
	return d.placeInits
}

// oneWord reports one word of the segmentation over exactly [a, b).
func (d *docView) oneWord(a, b int) bool {
	d.cutAt(a)
	tk := d.tokenAt(a)
	return tk.Start == a && tk.End == b
}

// initialsOf reports each character of pair the first of its region's
// name in rs (rs as namedPair returns it, in the pair's order).
func initialsOf(pair []rune, rs []*gazetteer.Region) bool {
	for i, r := range rs {
		if i >= len(pair) || !strings.HasPrefix(r.Name, string(pair[i])) {
			return false
		}
	}
	return true
}

// placeWordAt reports one word of the segmentation over exactly [a, b),
// tagged as a place or an abbreviation (深港/ns).
func (d *docView) placeWordAt(a, b int) bool {
	d.cutAt(a)
	tk := d.tokenAt(a)
	return tk.Start == a && tk.End == b && (tk.Tag == "ns" || tk.Tag == "j")
}

// partyChar reports a character that may abbreviate a party of a zone: a
// province abbreviation or the first character of a city.
func (d *docView) partyChar(c rune) bool {
	if c == '中' {
		return false // 中德, 中新: China and a foreign country
	}
	if _, ok := d.x.abbrevs.lookup(c); ok {
		return true
	}
	return len(d.x.citiesByFirst.get(c)) > 0 || d.x.nicknames.get(c) != nil // 甬饶, 沪饶: a city's nickname
}

// evidenceIn builds the evidence of a span of sentence s: its normalised
// text, where it starts, and its original-script form.
func (d *relater) evidenceIn(s Sentence, start, end int, trigger string) kg.Evidence {
	key := [2]int{s.Start, s.End}
	st, ok := d.sentText[key]
	if !ok {
		st[0], st[1] = d.evidenceSurface(s.Start, s.End) // copied, the original made, by relSet.detach
		if d.sentText == nil {
			d.sentText = make(map[[2]int][2]string, 16+len(d.trigs)) // (a document's 30-80 sentences with evidence: sized)
		}
		d.sentText[key] = st
	}
	text, orig := st[0], st[1]
	start, end = max(start, s.Start), min(end, s.End) // the span stays in its sentence
	return kg.Evidence{Document: d.docID, Sentence: s.Index, Start: start, End: end, Trigger: trigger,
		Text: text, SentenceStart: s.Start, Original: orig}
}

// jointSubjectIn reports a mention among ms that stands for both parties
// of a pair ([mutual-anaphors]: 双方, 两地, read as the two regions a title
// pairs): a sentence with one may state joint building with no trigger.
func (d *relater) jointSubjectIn(ms []*mention) bool {
	return slices.ContainsFunc(ms, d.bothParties)
}

// agentIn reports a mark of the agent ([agent-marks]: 由) in sentence s: a
// sentence with one may state joint building with no trigger (agentBuilds).
func (d *relater) agentIn(s Sentence) bool {
	for _, w := range d.x.lex.agentMarks {
		// (its first character only: agentBuilds reads the mark whole; no
		// []rune of the mark in every sentence without a trigger)
		if r, _ := utf8.DecodeRuneInString(w); slices.Contains(d.text[s.Start:s.End], r) {
			return true
		}
	}
	return false
}

// pairCountAt reports a count of two places at i in t ([counted-levels]:
// 两地, 两县, 两区): a word for both of the two places named before.
func (d *relater) pairCountAt(t []rune, i int) bool {
	return t[i] == '两' && countAt(d.x.lex.countedLevels, t, i) == 2
}

// bothParties reports a mention of a word for both parties of a pair
// (双方, 两地: a count of two places) that names two regions or more.
func (d *relater) bothParties(m *mention) bool {
	if m.kind != mAbbrev || len(m.refs) < 2 {
		return false
	}
	if m.end-m.start == 2 && d.pairCountAt(d.text, m.start) {
		return true
	}
	return slices.ContainsFunc(d.x.lex.mutualAnaphors, func(w string) bool {
		return utf8.RuneCountInString(w) == m.end-m.start && runesAt(d.text, m.start, w) // (compared in place: asked of every sentence with no trigger)
	})
}

// jointBuilds reads a verb of building ([joint-build-verbs]: 建设, 打造)
// whose subject is both parties of a pair as their building together
// (根据协议，双方将共同构建产业生态圈，建设羊安产业新城: each party
// CO_BUILDS 羊安产业新城): the word for both parties opens its clause, and
// the clauses after it up to one that names a subject of its own share it.
// A verb inside a trigger (共同建设) is the trigger's.
func (c *sentenceCtx) jointBuilds(rs relSet) {
	d := c.d
	for i, j := range c.tops {
		if !d.bothParties(j) {
			continue
		}
		cl := c.clauseOf(j.start)
		if slices.ContainsFunc(c.tops[:i], func(m *mention) bool { return m.start >= cl[0] && isActor(m) }) {
			continue // 武侯区与双方…: not the clause's subject
		}
		for k, m := range c.tops[i+1:] {
			if m.kind != mNamed || (m.refs[0].typ != kg.Park && m.refs[0].typ != kg.Project) {
				if mc := c.clauseOf(m.start); mc[0] > cl[0] && m.start == mc[0] && isActor(m) {
					break // a later clause opens with a subject of its own
				}
				continue
			}
			v := ""
			for _, w := range d.x.lex.jointBuildVerbs {
				if n := len([]rune(w)); m.start-n >= 0 && runesAt(d.text, m.start-n, w) {
					v = w
				}
			}
			at := m.start - len([]rune(v))
			if v == "" || at < j.end || d.trigAt(at) >= 0 || slices.ContainsFunc(c.trigs, func(t trig) bool { return t.start < at && t.end > at }) {
				continue
			}
			if mc := c.clauseOf(at); slices.ContainsFunc(c.tops[i+1:i+1+k], func(o *mention) bool { return o.start >= mc[0] && o.start > cl[0] && isActor(o) && mc[0] > cl[0] }) {
				continue // the verb's own clause names its subject
			}
			t := trig{def: triggerDef{word: v, typ: kg.CoBuilds}, start: at, end: m.start}
			for _, e := range j.refs {
				rs.add(kg.CoBuilds, e, m.refs[0], c.evidence(t, []*mention{j}, m))
			}
		}
	}
}

// agentBuilds reads two parties or more listed after a mark of the agent
// ([agent-marks]: 由), a joint word ([joint-action-words], 合作) and, within
// a few characters, a verb of building ([joint-build-verbs] or a CO_BUILDS
// trigger) as their building together of the thing the clause opens with
// (苏州宿迁工业园区由苏州市和宿迁市合作共建; 张北云计算产业基地由北京市经信局、
// 河北省工信厅、张家口市政府共同谋划建设) or of the one after 的 (由南京市和淮安市
// 联合共建的南京淮安工业园区): each party CO_BUILDS it. A place's government
// or office acts for it.
func (c *sentenceCtx) agentBuilds(rs relSet) {
	d := c.d
	t := d.text
	for i := c.s.Start; i < c.s.End-1; i++ {
		l := c.agentList(i, c.s.End)
		if len(l) == 0 || !allActors(l) || len(refsOf(l)) < 2 {
			continue
		}
		e := c.officeBefore(l[len(l)-1], c.jointWordEnd)
		j := c.jointWordEnd(e)
		if j < 0 {
			// 由重庆市政府和中科院|共建: a trigger of building together holds the joint word
			if h := d.trigAt(e); h >= 0 && d.x.trigDefs[d.trigs[h].word].typ == kg.CoBuilds {
				j = e
			} else {
				continue
			}
		}
		v := -1 // the end of the verb of building
		for k := e; k <= j+maxBuildGap && k < c.s.End && v < 0; k++ {
			if isClauseSep(t[k]) {
				break
			}
			if h := d.trigAt(k); h >= 0 && d.x.trigDefs[d.trigs[h].word].typ == kg.CoBuilds {
				v = d.trigs[h].end
			}
			for _, w := range d.x.lex.jointBuildVerbs {
				if runesAt(t, k, w) {
					v = k + utf8.RuneCountInString(w)
				}
			}
		}
		if v < 0 {
			continue
		}
		var built *mention
		for _, m := range c.tops {
			if (m.end == i || v < len(t) && t[v] == '的' && m.start == v+1) && m.kind == mNamed && len(m.refs) == 1 && isBuilt(m.refs[0]) {
				built = m
			}
		}
		if built == nil && (v >= c.s.End || isClauseSep(t[v])) {
			// 记者了解到，…的中科院重庆科学中心，将按照“1+N”模式由重庆市政府和
			// 中科院共建: the thing named last before 由 in the sentence, with
			// nothing named between, is built
			for _, m := range c.tops {
				if m.end < i && m.kind == mNamed && len(m.refs) == 1 && isBuilt(m.refs[0]) && !c.mentionIn(m.end, i) {
					built = m
				}
			}
		}
		if built == nil {
			continue
		}
		tr := trig{def: triggerDef{word: d.sub(j, v), typ: kg.CoBuilds}, start: j, end: v}
		for _, p := range refsOf(l) {
			rs.add(kg.CoBuilds, p, built.refs[0], c.evidence(tr, l, built))
		}
	}
}

// composedOf returns the places, two or more, listed right after a mark of
// the agent ([agent-marks]: 由) in the clause from lo, when a verb of
// composing and 的 ([compose-verbs]: 组成的, 发起的) follow them before pos:
// the members of the body the noun at pos is in (由贵阳、渭南…十市组成的…战略
// 合作联盟); nil otherwise.
func (c *sentenceCtx) composedOf(lo, pos int) []*mention {
	t := c.d.text
	for i := lo; i < pos; i++ {
		l := c.agentList(i, pos)
		if len(l) == 0 || !allPlaces(l) || len(refsOf(l)) < 2 {
			continue
		}
		for j := l[len(l)-1].end; j < pos; j++ {
			if isClauseSep(t[j]) {
				break
			}
			for _, w := range c.d.x.lex.composeVerbs {
				if e := j + utf8.RuneCountInString(w); runesAt(t, j, w) && e < pos && t[e] == '的' {
					return l
				}
			}
		}
	}
	return nil
}

// agentList returns the mentions listed from right after a mark of the
// agent ([agent-marks]: 由) at i up to end, the first one opening there
// (or its qualifying place: 由南京市江宁区…); nil when no mark stands at i.
// An office after a place acts for it (listFrom, not listAfter: 由北京市
// 经信局、河北省工信厅…).
func (c *sentenceCtx) agentList(i, end int) []*mention {
	at := -1
	for _, w := range c.d.x.lex.agentMarks {
		if runesAt(c.d.text, i, w) {
			at = i + utf8.RuneCountInString(w)
		}
	}
	if at < 0 {
		return nil
	}
	k := slices.IndexFunc(c.tops, func(m *mention) bool { return m.start >= at })
	if k < 0 || c.qualifiedStart(at, c.tops[k]) != at || c.tops[k].end > end {
		return nil
	}
	return c.listFrom(c.tops[k], end)
}

// maxBuildGap bounds the characters between a joint word and its verb of
// building (共同|谋划|建设).
const maxBuildGap = 4

// isBuilt reports an entity of a type that parties build: a park, a
// project, a hub or an institution.
func isBuilt(e *entity) bool {
	return e.typ == kg.Park || e.typ == kg.Project || e.typ == kg.Hub || e.typ == kg.Institution
}

// jointWordEnd returns the end of a joint word ([joint-action-words]: 共同,
// 联合; or 合作) at pos, or -1.
func (c *sentenceCtx) jointWordEnd(pos int) int {
	for _, w := range c.d.x.lex.jointActionWords {
		if runesAt(c.d.text, pos, w) {
			return pos + utf8.RuneCountInString(w)
		}
	}
	if runesAt(c.d.text, pos, "合作") {
		return pos + 2
	}
	return -1
}

// exactly is the finder, for officeBefore, of the position p alone.
func exactly(p int) func(int) int {
	return func(q int) int {
		if q == p {
			return q
		}
		return -1
	}
}

// officeBefore returns the end of the office or government word after the
// place m that stands right before what next finds (北京市经信局|共同, 张家口市
// 政府|共同): the office acts for its place; m.end when there is none.
func (c *sentenceCtx) officeBefore(m *mention, next func(int) int) int {
	if m.kind != mRegion || next(m.end) >= 0 {
		return m.end
	}
	t := c.d.text
	for _, g := range c.d.x.lex.governmentWords {
		if e := m.end + utf8.RuneCountInString(g); runesAt(t, m.end, g) && next(e) >= 0 {
			return e
		}
	}
	for e := m.end + 2; e <= m.end+maxOfficeName && e < len(t) && unicode.Is(unicode.Han, t[e-1]); e++ {
		if c.d.x.officeFinals.has(t[e-1]) && next(e) >= 0 && c.officeWords(m.end, e) {
			return e
		}
	}
	return m.end
}

// maxJoinedBody bounds the characters of a body joined to the places
// before a modal verb (和国务院有关部门).
const maxJoinedBody = 12

// modalPeers returns the places listed at the start of the sentence, two or
// more, right before a modal verb ([modal-verbs]: 要, 将, 应), when the
// trigger t stands in a later clause with no mention between, or right
// before a role ([role-openers]: 作为), with no mention between the role's
// clause and t: the sentence's subject, the parties of its mutual trigger;
// nil otherwise.
func (c *sentenceCtx) modalPeers(t trig) []*mention {
	i := skipEnumerator(c.d.text, c.s.Start, c.s.End)
	k := slices.IndexFunc(c.tops, func(m *mention) bool { return m.start >= i })
	if k < 0 || c.tops[k].start != i {
		return nil
	}
	l := c.listFrom(c.tops[k], t.start)
	e := l[len(l)-1].end
	if n := countAt(c.d.x.lex.countedLevels, c.d.text[:c.s.End], e); n > 0 && n == len(l) {
		e += 2 // 湖南、湖北两省|要…: the places counted
	} else {
		e = c.officeEnd(l[len(l)-1]) // 陕西、山西、甘肃省人民政府|和国务院有关部门要…: the places' governments act for them
	}
	if e < c.s.End && andOrWith(c.d.text[e]) {
		// …人民政府和|国务院有关部门|要: bodies joined to the places, naming
		// no place, act with them
		for k := e + 1; k < c.s.End && k-e <= maxJoinedBody && !isClauseSep(c.d.text[k]); k++ {
			if anyWordAt(c.d.text, k, c.d.x.lex.modalVerbs) && !c.mentionIn(e, k) {
				e = k
				break
			}
		}
	}
	from := e // where the words that name no party begin
	if anyWordAt(c.d.text, e, c.d.x.lex.roleOpeners) {
		from = c.clauseOf(e)[1] // 荣昌和内江|作为川渝毗邻地区，…开展了务实合作: the role's clause may name places
	} else if !anyWordAt(c.d.text, e, c.d.x.lex.modalVerbs) {
		return nil
	}
	if len(l) < 2 || !allPlaces(l) || c.clauseOf(e)[1] >= t.start || c.mentionIn(from, t.start) {
		return nil
	}
	return l
}
