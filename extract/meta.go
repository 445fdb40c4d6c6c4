package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	kg "github.com/cnplan/kg"
	"github.com/cnplan/kg/extract/segment"
	"github.com/cnplan/kg/gazetteer"
)

// metaWindow is how much of the start of a document (characters) metadata
// is read from.
const metaWindow = 3000

// The two expressions are compiled at their first use (docNumberRE(),
// issuerRE()): compiling both cost a process about 3 M instructions at
// start, and issuerRE is asked only of a title holding 关于印发.
var (
	docNumberRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`[\p{Han}]{1,12}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号`)
	})
	issuerRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(.{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管理委员会|局|厅))关于印发`)
	})
)

// issuerMatch is issuerRE().FindStringSubmatch(s): nil at once when s holds
// no 关于印发, which the expression needs.
func issuerMatch(s string) []string {
	if !strings.Contains(s, "关于印发") {
		return nil
	}
	return issuerRE().FindStringSubmatch(s)
}

// titleWords end a plan's title.
func titleWords() []string {
	return []string{"规划", "方案", "纲要", "意见", "计划", "办法", "规定", "决定", "通知", "措施", "要点"}
}

// docMeta is what the metadata stage reads from a document: the fields of
// its record, its subject (a region or a group) and where the subject was
// read. It makes no entity; applyMeta does (docText.subject).
type docMeta struct {
	doc       kg.Document // Title, Issuer, DocNumber, Date, PeriodStart, PeriodEnd
	subjReg   *gazetteer.Region
	subjGroup *gazetteer.Group
	from      string // subjectFrom…, "" when no subject was found
}

// metaReader reads metadata from a prepared text. names resolves place
// names as a document without context does: there is none yet.
type metaReader struct {
	x *Extractor
	preparedText
	names *recognizer
}

// readMeta is the metadata stage: a document's title, number, issuer, date,
// period and subject, read from its first sentences. It is a function of
// the prepared text and its sentences alone.
func (x *Extractor) readMeta(p preparedText, sents []Sentence) docMeta {
	d := metaReader{x: x, preparedText: p, names: &recognizer{docView: docView{docText: &docText{x: x}, recognition: &recognition{}}}}
	var m docMeta
	doc := &m.doc
	// The head and the sentences are pieces of d.str, not copies; what the
	// document keeps of them is copied at the end.
	hs := d.sub(0, min(len(d.text), metaWindow))
	var titleSent, rawTitle string
	// 关于印发《X》的通知 names the plan; the last 关于印发 wins when a file
	// name repeats it. One cited in 《》 after the first sentence is another
	// document's (按照《国务院办公厅关于印发…的通知》有关要求).
	for k, s := range sents {
		if s.Start > metaWindow {
			break
		}
		st := d.sub(s.Start, s.End)
		if indexLastByte(st, "关于印发") < 0 {
			continue // (most sentences; LastIndex hashed every byte of them)
		}
		if i := strings.LastIndex(st, "关于印发"); i >= 0 && (k == 0 || !insideTitleMarks(st, i)) {
			rest := st[i+len("关于印发"):]
			if j := strings.Index(rest, "的通知"); j > 0 {
				rawTitle = rest[:j]
				doc.Title = cleanName(rawTitle)
				titleSent = st
				break
			}
		}
	}
	if doc.Title == "" {
		words := titleWords()
		titleEnding := func(core string) bool {
			for _, w := range words {
				if strings.HasSuffix(core, w) && w != "通知" {
					return true
				}
			}
			return false
		}
		for _, s := range sents {
			if s.Start > metaWindow {
				break
			}
			st := strings.TrimSpace(d.sub(s.Start, s.End))
			core := periodSuffix(st)
			// the ending first: most sentences have none, and the other
			// tests read all of the sentence
			if !titleEnding(core) || len([]rune(core)) > 60 || strings.ContainsAny(core, "，,。") || isHeading([]rune(core)) {
				continue // (一、重大政策措施: a section's heading)
			}
			if strings.Count(core, "《") != strings.Count(core, "》") {
				continue // 落实《…规划(2025—2035年)》: a sentence citing a plan, cut inside its marks by the period
			}
			rawTitle = core
			doc.Title = cleanName(core)
			titleSent = st
			break
		}
	}
	if doc.Title == "" && len(sents) > 0 {
		doc.Title = d.sub(sents[0].Start, min(sents[0].End, sents[0].Start+80))
	}
	issuerPart := titleSent
	if i := strings.Index(issuerPart, "关于印发"); i >= 0 {
		if j := strings.LastIndexAny(issuerPart[:i], ",，。:：;；)）号〕"); j >= 0 {
			_, w := utf8.DecodeRuneInString(issuerPart[j:])
			issuerPart = issuerPart[j+w:]
		}
	}
	if m := issuerMatch(issuerPart); m != nil {
		doc.Issuer = m[1]
		if i := strings.LastIndex(doc.Issuer, ".doc"); i >= 0 {
			doc.Issuer = doc.Issuer[i+4:]
		}
	}
	for _, loc := range docNumbers(hs) {
		before := hs[max(0, loc[0]-6):loc[0]]
		if strings.HasSuffix(before, "》(") || strings.HasSuffix(before, "》（") || strings.HasSuffix(before, "(") || strings.HasSuffix(before, "（") {
			continue // a cited document's number
		}
		doc.DocNumber = strings.Join(strings.Fields(hs[loc[0]:loc[1]]), "")
		break
	}
	if m := dateIn(hs); m != nil {
		mo, _ := strconv.Atoi(m[2])
		da, _ := strconv.Atoi(m[3])
		if mo >= 1 && mo <= 12 && da >= 1 && da <= 31 {
			doc.Date = m[1] + "-" + pad2(mo) + "-" + pad2(da)
		}
	}
	doc.PeriodStart, doc.PeriodEnd = period(titleSent + doc.Title)
	own := withoutCited(rawTitle, doc.Title)
	cited := "" // 关于印发《北部湾城市群建设“十四五”实施方案》的通知: one title cited whole is the document's own
	if own == "" {
		cited = doc.Title
	}
	m.subjReg, m.subjGroup, m.from = d.findSubject(hs, own, doc.Issuer, cited)
	doc.Title, doc.Issuer, doc.DocNumber = strings.Clone(doc.Title), strings.Clone(doc.Issuer), strings.Clone(doc.DocNumber)
	return m
}

// insideTitleMarks reports byte offset i of s inside 《》: a cited title.
func insideTitleMarks(s string, i int) bool {
	return strings.Count(s[:i], "《") > strings.Count(s[:i], "》")
}

// withoutCited returns the title the subject is read from: the raw title
// without the documents it cites in 《》 (关于贯彻落实《粤港澳大湾区发展规划
// 纲要》的实施意见 is a province's, not the area's), or title when it cites
// none.
func withoutCited(raw, title string) string {
	if !strings.Contains(raw, "《") {
		return title
	}
	var b strings.Builder
	depth := 0
	for _, r := range raw {
		switch {
		case r == '《':
			depth++
		case r == '》':
			depth = max(depth-1, 0)
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return cleanName(b.String())
}

// applyMeta takes what the metadata stage read into the document's record
// and text: the fields, and the subject as an entity of the document.
func (d *docText) applyMeta(m docMeta, doc *kg.Document) {
	doc.Title, doc.Issuer, doc.DocNumber, doc.Date = m.doc.Title, m.doc.Issuer, m.doc.DocNumber, m.doc.Date
	doc.PeriodStart, doc.PeriodEnd = m.doc.PeriodStart, m.doc.PeriodEnd
	// the subject is an entity of the document before any mention names
	// it: recognition starts from it (recognize)
	v := &docView{recognition: &recognition{}, made: map[string]*entity{}}
	switch {
	case m.subjReg != nil:
		d.subjReg, d.subject = m.subjReg, v.regionEntity(m.subjReg)
	case m.subjGroup != nil:
		d.subject = v.groupEntity(m.subjGroup)
	}
	d.subjectFrom = m.from
	if d.subject != nil {
		doc.Subject = d.subject.id
	}
	d.subjProv = d.subjectProvince()
}

// Where findSubject read a document's subject region.
const (
	subjectFromTitle    = "title"
	subjectFromIssuer   = "issuer"
	subjectFromAssembly = "assembly line"
	subjectFromSpeaker  = "speaker"
	subjectFromText     = "dominant jurisdiction"
)

// findSubject reads the region a document is about, from the first source
// that names one: its title, its issuer (关于印发 line), the title its
// 关于印发 line cites whole (cited: when the issuer is the state's, which
// names no region), the assembly line of a work report, the body the
// speaker speaks for or signs as, else the jurisdiction the text names far
// more than any other. It returns the source's name, or "" when none names
// a region.
func (d metaReader) findSubject(head, title, issuer, cited string) (*gazetteer.Region, *gazetteer.Group, string) {
	try := func(s string) (*gazetteer.Region, *gazetteer.Group) {
		if s == "" {
			return nil, nil
		}
		return d.subjectOf(s)
	}
	if r := d.implementer(title); r != nil {
		return r, nil, subjectFromTitle // 哈长城市群发展规划黑龙江实施方案: the province carries out the group's plan
	}
	if r, g := try(title); (r != nil || g != nil) && !ownPronounOpens(title) {
		return r, g, subjectFromTitle
	}
	if r, g := try(issuer); r != nil || g != nil {
		return r, g, subjectFromIssuer
	}
	if r, g := try(cited); r != nil || g != nil {
		return r, g, subjectFromTitle
	}
	// the first three matches of assemblyRE, onBehalfRE and officeRE in
	// turn, as FindAllStringSubmatch(head, 3) gives them
	for _, src := range [...]struct {
		next subjectMatcher
		name string
	}{{assemblyIn, subjectFromAssembly}, {onBehalfIn, subjectFromSpeaker}, {officeIn, subjectFromSpeaker}} {
		for n, from := 0, 0; n < 3; n++ {
			g0, g1, end := src.next(head, from)
			if end < 0 {
				break
			}
			if r, g := try(head[g0:g1]); r != nil || g != nil {
				return r, g, src.name
			}
			from = end
		}
	}
	if levels := unnamedAssembly(head); levels != nil {
		// 在县第十八届人民代表大会: a county's report that names its county
		// only in the text, where the county, not its province, is named most
		if r := d.dominantOfLevel(levels); r != nil {
			return r, nil, subjectFromAssembly
		}
	}
	if r := d.dominantRegion(); r != nil {
		return r, nil, subjectFromText
	}
	if r := d.ownLevelRegion(); r != nil {
		return r, nil, subjectFromText
	}
	return nil, nil, ""
}

// pronounLevel is the level a subject pronoun names by its second
// character ([subject-pronouns]: 我省, 本市, 全县), and false for 区, which
// names a district or an autonomous region.
func pronounLevel(w string) (gazetteer.Level, bool) {
	switch []rune(w)[len([]rune(w))-1] {
	case '省':
		return gazetteer.Province, true
	case '市':
		return gazetteer.City, true
	case '县':
		return gazetteer.County, true
	}
	return 0, false
}

// ownLevelRegion returns, for a text that speaks of its own jurisdiction
// ([subject-pronouns] of one level: 我省, 本市), the region of that level it names most, at least twice and
// more often than any other of that level: a short news item or reply
// whose title names no place (省政府发布实施《山西省…规划》，对我省…), too
// short for dominantRegion. nil when the text uses no such word, or uses
// words of two levels, or no region leads.
func (d metaReader) ownLevelRegion() *gazetteer.Region {
	var level gazetteer.Level
	found := false
	for _, w := range d.x.lex.subjectPronouns {
		if l, ok := pronounLevel(w); ok && strings.Contains(d.str, w) {
			if found && l != level {
				return nil // (words of two levels)
			}
			level, found = l, true
		}
	}
	if !found {
		return nil
	}
	// a name counts for the one region of the level it may name (河南 is
	// also a county's short name: here the province)
	counts := map[*gazetteer.Region]int{}
	// a province's word (我省) is no municipality's nor autonomous region's
	// (重庆市, 广西壮族自治区): their own texts say 我市, 我区
	final := map[gazetteer.Level]string{gazetteer.Province: "省"}[level]
	for _, h := range d.x.names.findRunes(d.text) {
		var one *gazetteer.Region
		for _, c := range d.x.nameCands[h.word] {
			if r := c.region; r != nil && r.Level == level && strings.HasSuffix(r.Name, final) {
				if one != nil && one != c.region {
					one = nil
					break
				}
				one = c.region
			}
		}
		if one != nil {
			counts[one]++
		}
	}
	best, first, second := leader(counts)
	if best == nil || first < 2 || first == second {
		return nil
	}
	return best
}

// levelWordAfter reports the token of toks that starts with the level
// character a name ends in (县, 市, 区) as a word of government (夏|县政府,
// 和|县人民政府): the level is the name's, the word's rest the government's.
func levelWordAfter(toks []segment.Token, rs []rune, end int) bool {
	if end < 1 || !strings.ContainsRune("省市区县州旗盟", rs[end-1]) {
		return false
	}
	for _, t := range toks {
		if t.Start == end-1 && t.End > end {
			w := string(rs[t.Start+1 : t.End])
			return strings.HasPrefix(w, "政府") || strings.HasPrefix(w, "人民政府") || strings.HasPrefix(w, "委")
		}
	}
	return false
}

// straddled reports a token of toks that holds a character on either side
// of start or of end.
func straddled(toks []segment.Token, start, end int) bool {
	for _, t := range toks {
		if t.Start < start && t.End > start || t.Start < end && t.End > end {
			return true
		}
	}
	return false
}

// unnamedAssembly returns the levels of region an assembly line names by its
// level alone (在县第十八届人民代表大会: a county; 在市…: a city or a county-level
// city), nil when the head has none.
func unnamedAssembly(head string) []gazetteer.Level {
	for _, l := range [...]struct {
		word   string
		levels []gazetteer.Level
	}{{"县", []gazetteer.Level{gazetteer.County}}, {"区", []gazetteer.Level{gazetteer.County}}, {"旗", []gazetteer.Level{gazetteer.County}},
		{"市", []gazetteer.Level{gazetteer.City, gazetteer.County}}, {"州", []gazetteer.Level{gazetteer.City}}, {"盟", []gazetteer.Level{gazetteer.City}}} {
		for from := 0; ; {
			i := strings.Index(head[from:], "在"+l.word+"第")
			if i < 0 {
				break
			}
			j := from + i + len("在"+l.word)
			if sessionEnd(head, j) >= 0 {
				return l.levels
			}
			from = j
		}
	}
	return nil
}

// dominantOfLevel returns the region of one of levels that the text names
// most, when it names it at least three times and twice as often as any
// other region of those levels; a county's short name that is a common word
// does not count.
func (d metaReader) dominantOfLevel(levels []gazetteer.Level) *gazetteer.Region {
	counts := d.regionCounts(func(r *gazetteer.Region) bool { return slices.Contains(levels, r.Level) && !r.Ambiguous })
	best, first, second := leader(counts)
	if best == nil || first == second || first < 3 || first < 2*second {
		return nil
	}
	return best
}

// ownPronounOpens reports a title opened by the issuer's word for its own
// jurisdiction (我市长江经济带发展…稳步推进): the subject is the unnamed
// issuer, not a place or area the title goes on to name.
func ownPronounOpens(title string) bool {
	r := []rune(title)
	return len(r) > 2 && r[0] == '我' && strings.ContainsRune("省市区县州盟旗", r[1])
}

// dominantRegion returns the province or city a text names most, when it
// names it at least five times and twice as often as any other; nil
// otherwise.
func (d metaReader) dominantRegion() *gazetteer.Region {
	// one region by its name, even a common word, above the counties
	counts := d.regionCounts(func(r *gazetteer.Region) bool { return r.Level != gazetteer.County })
	best, first, second := leader(counts)
	if first != second && first >= 5 && first >= 2*second {
		return best
	}
	return d.dominantProvince(counts)
}

// regionCounts counts the names in the text that name one region only, of
// the regions keep accepts.
func (d metaReader) regionCounts(keep func(*gazetteer.Region) bool) map[*gazetteer.Region]int {
	counts := map[*gazetteer.Region]int{}
	for _, h := range d.x.names.findRunes(d.text) {
		if cands := d.x.nameCands[h.word]; len(cands) == 1 && cands[0].region != nil && keep(cands[0].region) {
			counts[cands[0].region]++
		}
	}
	return counts
}

// leader returns the region counted most and its count, and the count of
// the next; a tie for the first place gives the two the same count, so that
// no region leads.
func leader(counts map[*gazetteer.Region]int) (best *gazetteer.Region, first, second int) {
	for r, n := range counts {
		switch {
		case n > first || (n == first && r.Code < best.Code):
			if best != nil && first > second {
				second = first
			}
			best, first = r, n
		case n > second:
			second = n
		}
	}
	return best, first, second
}

// dominantProvince returns the province whose own name and its cities'
// names together the text names at least five times and twice as often
// as any other province's, two of them at least (itself or its cities): a
// province's report without its title names its cities more than itself
// (沈阳 and 大连 more than 辽宁, or 辽宁 not at all), where no one city
// dominates.
func (d metaReader) dominantProvince(counts map[*gazetteer.Region]int) *gazetteer.Region {
	byProv := map[*gazetteer.Region]int{}
	named := map[*gazetteer.Region]int{} // how many of its regions the text names, itself or its cities
	for r, n := range counts {
		if p := d.x.gaz.Province(r.Code); p != nil {
			byProv[p] += n
			named[p]++
		}
	}
	best, first, second := leader(byProv)
	if best == nil || first == second || first < 5 || first < 2*second || named[best] < 2 {
		return nil
	}
	return best
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// periodSuffix removes a trailing (2016-2020年) from a title.
func periodSuffix(s string) string {
	if i := lastOpenParen(s); i > 0 && periodIn(s[i:]) >= 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// lastOpenParen is strings.LastIndexAny(s, "(（") for valid UTF-8 s. Most
// sentences of a document's head that metadata looks at for a title hold
// neither: two forward searches (IndexByte and Index run many bytes a
// step) answer them faster than one loop over the bytes from the end.
func lastOpenParen(s string) int {
	last := -1
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '(')
		if k < 0 {
			break
		}
		last, i = i+k, i+k+1
	}
	for i := last + 1; ; {
		k := strings.Index(s[i:], "（")
		if k < 0 {
			break
		}
		last, i = i+k, i+k+len("（")
	}
	return last
}

// dateIn is dateRE.FindStringSubmatch(s). The regexp has no literal
// prefix, so it was tried at every position of a document's head, and
// most heads hold a year (2021年) but no whole date (about 100 k
// instructions a document). Here the pattern is followed by hand from
// each place a match can start, before each 年: the pattern reads nothing
// before its start (no ^, \b or other assertion) and is deterministic at a
// given start, so the first place where it holds is the regexp's leftmost
// match, and the walk gives its groups (running the regexp from there
// cost about 14 k instructions a head, most of it the matcher's set-up).
// TestDateIn compares the two.
func dateIn(s string) []string {
	for off := 0; ; {
		i := strings.Index(s[off:], "年")
		if i < 0 {
			return nil
		}
		y := off + i
		off = y + len("年")
		j := skipREspace(s, y, -1)
		if k := j - 4; k >= 0 && isYearAt(s, k) {
			if mo, da, end := dateTail(s, off); end >= 0 {
				// the match the regexp finds at k, the first place where
				// one starts: its groups are read off the walk
				return []string{s[k:end], s[k : k+4], mo, da}
			}
		}
	}
}

// isYearAt reports whether s from k reads (?:19|20)\d{2}.
func isYearAt(s string, k int) bool {
	return k+4 <= len(s) && (s[k] == '1' && s[k+1] == '9' || s[k] == '2' && s[k+1] == '0') &&
		isASCIIDigit(s[k+2]) && isASCIIDigit(s[k+3])
}

// dateTail reads \s*(\d{1,2})\s*月\s*(\d{1,2})\s*日 in s from i: the month's
// and the day's digits and the end of the date, or end -1 when s does not
// go on so. The pattern is followed deterministically: a greedy \d{1,2}
// that stops short of a third digit leaves a digit before 月 or 日.
func dateTail(s string, i int) (mo, da string, end int) {
	var num [2]string
	for u, unit := range [2]string{"月", "日"} {
		i = skipREspace(s, i, 1)
		n := 0
		for i+n < len(s) && isASCIIDigit(s[i+n]) {
			n++
		}
		if n < 1 || n > 2 {
			return "", "", -1
		}
		num[u] = s[i : i+n]
		i = skipREspace(s, i+n, 1)
		if !strings.HasPrefix(s[i:], unit) {
			return "", "", -1
		}
		i += len(unit)
	}
	return num[0], num[1], i
}

// skipREspace moves i over the regexp's \s (ASCII white space) forward
// (dir 1, from s[i]) or backward (dir -1, from s[i-1]).
func skipREspace(s string, i, dir int) int {
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	if dir > 0 {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		return i
	}
	for i > 0 && isSpace(s[i-1]) {
		i--
	}
	return i
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// period reads a plan period: (2016-2020年), or the five-year plan's
// number (十三五 = 2016-2020, 第十四个五年规划 = 2021-2025).
func period(s string) (int, int) {
	if k := periodIn(s); k >= 0 {
		// periodRE's groups: the years at k and at the end less four
		_, y2 := periodEnd(s, k)
		a, _ := strconv.Atoi(s[k : k+4])
		b, _ := strconv.Atoi(s[y2 : y2+4])
		if b >= a && b-a <= 30 {
			return a, b
		}
	}
	for from := 0; ; {
		_, n0, n1, end := fiveYearIn(s, from)
		if end < 0 {
			break
		}
		if n := chineseNumber(s[n0:n1]); n >= 6 && n <= 20 {
			// the 6th plan was 1981-1985, each later one five years on
			start := 1981 + (n-6)*5
			return start, start + 4
		}
		from = end
	}
	return 0, 0
}

// periodIn is the start of periodRE's leftmost match in s, or -1. The
// regexp has no literal prefix and was tried at every byte of every title
// sentence; the pattern has no assertion and is deterministic at a given
// start (greedy \s* before a separator or a year), so the first place
// where it holds, found by hand, is the regexp's. TestPeriodIn compares.
func periodIn(s string) int {
	for k := 0; k+4 <= len(s); k++ {
		if s[k] == '1' || s[k] == '2' {
			if end, _ := periodEnd(s, k); end >= 0 {
				return k
			}
		}
	}
	return -1
}

// periodEnd follows periodRE from byte k of s: the end of its match and the
// start of its second year, or -1, -1 when none starts at k.
func periodEnd(s string, k int) (end, y2 int) {
	if !isYearAt(s, k) {
		return -1, -1
	}
	i := skipREspace(s, k+4, 1)
	n := 0
	switch {
	case i >= len(s):
		return -1, -1
	case s[i] == '-' || s[i] == '~':
		n = 1
	default:
		for _, sep := range [...]string{"—", "–", "－", "至", "到"} {
			if strings.HasPrefix(s[i:], sep) {
				n = len(sep)
				break
			}
		}
		if n == 0 {
			return -1, -1
		}
	}
	y2 = skipREspace(s, i+n, 1)
	if !isYearAt(s, y2) {
		return -1, -1
	}
	end = skipREspace(s, y2+4, 1)
	if strings.HasPrefix(s[end:], "年") {
		end += len("年")
	}
	return end, y2
}

// fiveYearIn is fiveYearRE's next match in s from byte from, as
// FindAllStringSubmatch goes from one match to the next: its start, its
// group (the numerals n0:n1) and its end, or end -1 when there is none.
// At a given start the pattern is deterministic: 第 is taken if there;
// the greedy numerals give back characters until one is 五 (or the run is
// followed by 个五), 个 being no numeral; the optional tails are taken when
// there. TestFiveYearIn compares it with the regexp.
func fiveYearIn(s string, from int) (start, n0, n1, end int) {
	if !strings.Contains(s[from:], "五") {
		return -1, -1, -1, -1 // (most titles) every match holds 五
	}
	for p := from; p < len(s); {
		r, w := utf8.DecodeRuneInString(s[p:])
		if r == '第' || isFiveYearNumeral(r) {
			if n0, n1, end := fiveYearAt(s, p); end >= 0 {
				return p, n0, n1, end
			}
		}
		p += w
	}
	return -1, -1, -1, -1
}

// numeralRunEnd returns where a run of the numerals 一 to 十 starting at
// byte j of s ends (j when none starts there).
func numeralRunEnd(s string, j int) int {
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !isFiveYearNumeral(r) {
			break
		}
		j += w
	}
	return j
}

// fiveYearAt follows fiveYearRE from byte p of s (see fiveYearIn).
func fiveYearAt(s string, p int) (n0, n1, end int) {
	n0 = p
	if strings.HasPrefix(s[p:], "第") {
		n0 += len("第")
	}
	// the numerals are three bytes each
	run := numeralRunEnd(s, n0)
	switch {
	case run == n0:
		return -1, -1, -1
	case strings.HasPrefix(s[run:], "个五"):
		n1, end = run, run+len("个五")
	default:
		n1 = -1
		for i := run - len("五"); i > n0; i -= len("五") {
			if strings.HasPrefix(s[i:], "五") {
				n1 = i
				break
			}
		}
		if n1 < 0 {
			return -1, -1, -1
		}
		end = n1 + len("五")
	}
	if strings.HasPrefix(s[end:], "年") {
		end += len("年")
	}
	for _, t := range [...]string{"规划", "时期", "期间"} {
		if strings.HasPrefix(s[end:], t) {
			end += len(t)
			break
		}
	}
	return n0, n1, end
}

// isFiveYearNumeral is fiveYearRE's [一二三四五六七八九十].
func isFiveYearNumeral(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

// chineseDigits are the values of the digits chineseNumber reads (never
// written).
var chineseDigits = map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// chineseNumber reads 一 .. 九十九.
func chineseNumber(s string) int {
	digits := chineseDigits // (a map made at each call was most of its time)
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return digits[rs[0]]
	case len(rs) == 2 && rs[0] == '十':
		return 10 + digits[rs[1]]
	case len(rs) == 2 && rs[1] == '十':
		return digits[rs[0]] * 10
	case len(rs) == 3 && rs[1] == '十':
		return digits[rs[0]]*10 + digits[rs[2]]
	}
	return 0
}

// subjectOf reads a subject region from a title or a name: the first place
// it names, or a child region right after it (赣州市赣县区 is 赣县区). A
// group (赣西) may be the subject.
func (d metaReader) subjectOf(s string) (*gazetteer.Region, *gazetteer.Group) {
	{
		off := charOffsets(s)
		hits := d.x.names.find(s, off)
		var reg, venue *gazetteer.Region
		prevEnd, goneEnd := -1, -1
		rs := []rune(s)
		var toks []segment.Token // the title's words, cut once when a hit asks
		for _, h := range hits {
			if reg == nil && h.start > 0 && d.x.isAbbrev(rs[h.start-1]) {
				continue // 粤|桂东西部协作, 粤|黔东…: the name is misread from a run of abbreviations
			}
			if reg == nil && d.objectOfJoining(rs[:h.start]) {
				continue // 融入|成渝經濟圈 黔北老區發展提速: what a headline joins is its object, not its subject
			}
			if reg == nil && h.end-h.start == 2 && toks == nil {
				toks = d.x.seg.Cut(rs)
			}
			if reg == nil && h.end-h.start == 2 && straddled(toks, h.start, h.end) && !levelWordAfter(toks, rs, h.end) {
				continue // 跨越|西江口: the name is read across words (越西), no place
			}
			visit := d.visitVerbBefore(rs[:h.start])
			if reg == nil && anyWordEndingAt(rs, h.start, d.x.lex.meetingVerbs) {
				// 王凯张志军会见|天津市副市长金湘军一行: the guest's place, not the host's who writes
				goneEnd = h.end
				continue
			}
			if reg == nil && (visit != "" && !slices.Contains(d.x.lex.comingVerbs, visit) ||
				goneEnd >= 0 && (h.start == goneEnd || h.start == goneEnd+1 && strings.ContainsRune("、和及与", rs[goneEnd]))) {
				// 率队赴|江西省|萍乡市考察学习, 带队赴甘肃、|重庆: where a
				// delegation goes, not who writes
				goneEnd = h.end
				continue
			}
			c := d.names.resolve(d.x.nameCands[h.word], map[string]bool{})
			if c != nil && c.region != nil && slices.Contains(d.x.lex.comingVerbs, visit) {
				return c.region, nil // 黄冈市政府代表团来|浔考察: the host writes
			}
			if c == nil && reg != nil && h.start == prevEnd {
				// 武汉市青山区: a name many places share, right after the
				// place it lies in, is the one there (the place as context)
				c = d.names.resolve(d.x.nameCands[h.word], map[string]bool{reg.Code: true})
			}
			if c == nil {
				if reg != nil {
					break
				}
				continue
			}
			if c.group != nil {
				if reg == nil {
					return nil, c.group
				}
				break
			}
			if reg == nil && venue == nil && h.start > 0 && rs[h.start-1] == '在' && anyWordAt(rs, h.end, d.x.lex.venueVerbs) {
				venue = c.region // 工作会议在昆明召开: the meeting's venue, not the body holding it
				continue
			}
			if reg == nil {
				reg, prevEnd = c.region, h.end
				continue
			}
			// (江苏省)苏州市吴中区…: a compilation's bracketed province before
			// the title is the parent of the place the title names
			// (（浙江省）2025年嘉兴市…: and the year of the report between)
			joined := h.start == prevEnd || (h.start > prevEnd && (rs[prevEnd] == ')' || rs[prevEnd] == '）') &&
				strings.TrimLeft(strings.TrimSuffix(string(rs[prevEnd+1:h.start]), "年"), "0123456789") == "")
			if h.start > prevEnd {
				// 广州开发区黄埔区: a city's development zone and the district
				// that governs it as one body; the district is the subject
				if i, ok := d.x.headIndex[string(rs[prevEnd:h.start])]; ok && d.x.headDefs[i].typ == kg.Park {
					joined = true
				}
			}
			if joined && d.x.gaz.Within(c.region.Code, reg.Code) {
				reg, prevEnd = c.region, h.end
				continue
			}
			break
		}
		if reg != nil {
			return reg, nil
		}
		if venue != nil && venue.Parent != "" {
			// 全省交通运输工作会议在昆明召开: the title names only where the
			// meeting sat; the body holding it is the one above (云南省)
			if p, ok := d.x.gaz.Region(venue.Parent); ok {
				return p, nil
			}
		}
	}
	return nil, nil
}

// visitVerbBefore returns the visit-verb ([visit-verbs]: 赴, 前往, 来) that
// before ends in, "" when none does.
func (d metaReader) visitVerbBefore(before []rune) string {
	for _, w := range d.x.lex.visitVerbs {
		if suffixLen(before, len(before), w) > 0 {
			return w
		}
	}
	return ""
}

// objectOfJoining reports a title's words ending in a verb that joins the
// place after it (融入, 对接: [triggers] INTEGRATES_INTO and DOCKS_WITH).
func (d metaReader) objectOfJoining(before []rune) bool {
	for _, def := range d.x.trigDefs {
		if (def.typ == kg.IntegratesInto || def.typ == kg.DocksWith) && suffixLen(before, len(before), def.word) > 0 {
			return true
		}
	}
	return false
}

// implementer returns the province or city whose own plan a title ends
// in, right after the plan it carries out (湘赣边区域合作示范区建设总体方案
// 湖南实施方案: 湖南; 哈长城市群发展规划黑龙江实施方案: 黑龙江), or nil.
func (d metaReader) implementer(title string) *gazetteer.Region {
	head, ok := strings.CutSuffix(title, "实施方案")
	if !ok {
		return nil
	}
	for _, r := range d.x.gaz.Regions() {
		if r.Level > gazetteer.City {
			continue
		}
		for _, n := range []string{r.Name, r.Short} {
			before, ok := strings.CutSuffix(head, n)
			if !ok || utf8.RuneCountInString(n) < 2 {
				continue
			}
			for _, doc := range []string{"规划", "方案", "纲要", "意见"} {
				if strings.HasSuffix(before, doc) {
					return r
				}
			}
		}
	}
	return nil
}

// subjectProvince is the province of the subject region, or the one
// province all members of a subject group lie in.
func (d *docText) subjectProvince() *gazetteer.Region {
	if d.subjReg != nil {
		return d.x.gaz.Province(d.subjReg.Code)
	}
	if d.subject == nil || d.subject.group == nil {
		return nil
	}
	var p *gazetteer.Region
	for _, code := range d.subject.group.Members {
		q := d.x.gaz.Province(code)
		if q == nil || (p != nil && q.Code != p.Code) {
			return nil
		}
		p = q
	}
	return p
}

// docNumbers finds document numbers (萍府办发〔2019〕5号): the regular
// expression runs only on the stretch before each 号, which keeps it cheap.
// digitBefore reports an ASCII digit before s[:at], past the white space
// \s matches (RE2's [\t\n\f\r ]).
func digitBefore(s string, at int) bool {
	for at > 0 && inSet("\t\n\f\r ", rune(s[at-1])) {
		at--
	}
	return at > 0 && s[at-1] >= '0' && s[at-1] <= '9'
}

func docNumbers(s string) [][]int {
	var out [][]int
	for off := 0; ; {
		k := indexLastByte(s[off:], "号") // (its lead byte E5 begins many characters)
		if k < 0 {
			return out
		}
		end := off + k + len("号")
		if !digitBefore(s, off+k) {
			off = end
			continue // the expression ends in \d{1,4}\s*号: no match ends here
		}
		lo := max(0, end-90)
		for lo > 0 && !utf8.RuneStart(s[lo]) {
			lo++
		}
		if loc := docNumberRE().FindStringIndex(s[lo:end]); loc != nil && lo+loc[1] == end {
			out = append(out, []int{lo + loc[0], end})
		}
		off = end
	}
}

// subjectMatcher is a hand-written regexp of findSubject: the next match
// in s from byte from, as FindAllStringSubmatch goes from one match to the
// next, given by its group 1 (g0:g1) and its end, or end -1. The regexps
// have lazy names ([\p{Han}]{2,20}?) before literal words, and the
// regexp package tried them at most places of a document's head (about
// 150 k instructions a head); by hand they are tried only where the
// literal is near. TestSubjectMatchers compares each with its regexp.
type subjectMatcher func(s string, from int) (g0, g1, end int)

// lazyHan follows [\p{Han}]{2,20}? from byte i of s: it calls rest at the
// end of each run of 2 to 20 Han characters, shortest first, and returns
// the run's end and rest's end at the first that rest accepts (rest's end
// >= 0), or -1, -1.
func lazyHan(s string, i int, rest func(j int) int) (g1, end int) {
	for n := 1; n <= 20 && i < len(s); n++ {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isHan(r) {
			break
		}
		i += w
		if n >= 2 {
			if e := rest(i); e >= 0 {
				return i, e
			}
		}
	}
	return -1, -1
}

// sessionEnd returns where 第[一…十]+届人民代表大会 written at j ends, or -1.
func sessionEnd(s string, j int) int {
	if !strings.HasPrefix(s[j:], "第") {
		return -1
	}
	j += len("第")
	k := numeralRunEnd(s, j)
	if k == j || !strings.HasPrefix(s[k:], "届人民代表大会") {
		return -1
	}
	return k + len("届人民代表大会")
}

// assemblyIn is assemblyRE: 在([\p{Han}]{2,20}?)(?:[（(][\p{Han}]{2,12}[）)])?第[一二三四五六七八九十]+届人民代表大会.
func assemblyIn(s string, from int) (g0, g1, end int) {
	rest := func(j int) int {
		// the bracketed name, greedy: up to twelve Han characters, and a
		// shorter run would leave one before the closing bracket
		if k, ok := openBracket(s, j); ok {
			n := 0
			for n < 12 && k < len(s) {
				r, w := utf8.DecodeRuneInString(s[k:])
				if !isHan(r) {
					break
				}
				k, n = k+w, n+1
			}
			if c, ok := closeBracket(s, k); ok && n >= 2 {
				if e := sessionEnd(s, c); e >= 0 {
					return e
				}
			}
		}
		return sessionEnd(s, j)
	}
	for p := from; ; p += len("在") {
		i := strings.Index(s[p:], "在")
		if i < 0 {
			return -1, -1, -1
		}
		p += i
		if g1, end := lazyHan(s, p+len("在"), rest); end >= 0 {
			return p + len("在"), g1, end
		}
	}
}

// openBracket reports [（(] at byte j of s and the byte after it.
func openBracket(s string, j int) (int, bool) {
	switch {
	case strings.HasPrefix(s[j:], "("):
		return j + 1, true
	case strings.HasPrefix(s[j:], "（"):
		return j + len("（"), true
	}
	return j, false
}

// closeBracket reports [）)] at byte j of s and the byte after it.
func closeBracket(s string, j int) (int, bool) {
	switch {
	case strings.HasPrefix(s[j:], ")"):
		return j + 1, true
	case strings.HasPrefix(s[j:], "）"):
		return j + len("）"), true
	}
	return j, false
}

// onBehalfIn is onBehalfRE: 代表([\p{Han}]{2,20}?)人民政府.
func onBehalfIn(s string, from int) (g0, g1, end int) {
	rest := func(j int) int {
		if strings.HasPrefix(s[j:], "人民政府") {
			return j + len("人民政府")
		}
		return -1
	}
	for p := from; ; p += len("代表") {
		i := strings.Index(s[p:], "代表")
		if i < 0 {
			return -1, -1, -1
		}
		p += i
		if g1, end := lazyHan(s, p+len("代表"), rest); end >= 0 {
			return p + len("代表"), g1, end
		}
	}
}

// officeTitle is the end of one of officeRE's titles at byte j of s, or -1.
func officeTitle(s string, j int) int {
	for _, t := range [...]string{"省长", "市长", "主席", "州长", "县长", "区长", "盟长", "旗长"} {
		if strings.HasPrefix(s[j:], t) {
			return j + len(t)
		}
	}
	return -1
}

// officeIn is officeRE: ([\p{Han}]{2,20}?)(?:人民政府)?(?:省长|市长|…|旗长).
// The name starts at most 24 characters (4 bytes each at most) before its
// title, and the title's 长 or 主席 is at most 3 bytes into it, so the
// starts tried are those at most 99 bytes before the next 长 or 主席; each
// is tried as the regexp would.
func officeIn(s string, from int) (g0, g1, end int) {
	rest := func(j int) int {
		if strings.HasPrefix(s[j:], "人民政府") {
			if e := officeTitle(s, j+len("人民政府")); e >= 0 {
				return e
			}
		}
		return officeTitle(s, j)
	}
	near := -1 // a byte where 长 or 主席 starts, at or after p
	for p := from; p < len(s); {
		if near < p {
			a, b := strings.Index(s[p:], "长"), strings.Index(s[p:], "主席")
			if a < 0 && b < 0 {
				return -1, -1, -1
			}
			if a < 0 || b >= 0 && b < a {
				a = b
			}
			near = p + a
			if q := near - 24*utf8.UTFMax - len("省"); q > p {
				// no start before q has a title close enough
				for p = q; p < len(s) && !utf8.RuneStart(s[p]); p++ {
				}
			}
		}
		r, w := utf8.DecodeRuneInString(s[p:])
		if isHan(r) {
			if g1, end := lazyHan(s, p, rest); end >= 0 {
				return p, g1, end
			}
		}
		p += w
	}
	return -1, -1, -1
}
