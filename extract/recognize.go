package extract

import (
	"cmp"
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	kg "github.com/cnplan/kg"
	"github.com/cnplan/kg/extract/segment"
	"github.com/cnplan/kg/gazetteer"
)

// mentionKind says how a mention was recognised.
type mentionKind int

const (
	mRegion  mentionKind = iota // a gazetteer name of a province, city or county
	mGroup                      // a named region group
	mAbbrev                     // abbreviations standing for several regions (赣湘, 港澳) or one (入赣)
	mPronoun                    // 我市, 全省: the subject region
	mNamed                      // a park, route, hub, project, institution, plan or new group
)

// mention is one place in the text that names one or more entities.
// Offsets are characters of the normalised text.
type mention struct {
	start, end int
	kind       mentionKind
	refs       []*entity
	// top is false for mentions inside a named entity (萍乡 in 萍乡经开区):
	// they count as mentions but do not take part in relations.
	top bool
	// headStart is where a named entity's head begins.
	headStart int
}

// mentionOf1 is a mention with room for its one entity.
type mentionOf1 struct {
	mention
	ref [1]*entity
}

// oneRef returns m referring to e alone, made with room for its refs:
// most mentions refer to one entity, and took two allocations. They are
// taken from arrays of 64 that the document's text holds, where each was
// an allocation of its own (thousands of a corpus extraction); a mention
// lives as long as its document's reading.
func (d *docText) oneRef(m mention, e *entity) *mention {
	if len(d.ones) == 0 {
		d.ones = make([]mentionOf1, 64)
	}
	x := &d.ones[0]
	d.ones = d.ones[1:]
	x.mention = m
	x.ref[0] = e
	x.refs = x.ref[:]
	return &x.mention
}

// entity is what the extractor knows of one entity while reading.
type entity struct {
	id     string
	typ    kg.EntityType
	name   string
	code   string
	parent string
	pinyin string
	// aliases are the other names read for it, each once (addAlias), in
	// no order that matters (merge sorts them): a slice, where a map was
	// two allocations an entity for one or two names. nil until the first.
	aliases []string
	// mentions counts the entity's mentions in its document: an entity
	// is made for one document (entityFor), so a count, where a map by
	// document id cost two allocations an entity and a hash a mention.
	mentions int
	region   *gazetteer.Region
	group    *gazetteer.Group
}

// addAlias adds a to the entity's aliases.
func (e *entity) addAlias(a string) {
	if !slices.Contains(e.aliases, a) {
		e.aliases = append(e.aliases, a)
	}
}

// keepAlias is addAlias of a string that may be a piece of the document's
// text (surfaceView): copied when added.
func (e *entity) keepAlias(a string) {
	if !slices.Contains(e.aliases, a) {
		e.aliases = append(e.aliases, strings.Clone(a))
	}
}

// preparedText is a document's text as the first stages leave it (decoded,
// in simplified script, cleaned up): its characters, the same as a string,
// and where each character starts in the string. The later stages read it.
type preparedText struct {
	text   []rune
	str    string    // string(text)
	byteAt byteIndex // byte offset in str of each character of text, and len(str)
}

// docText is a document's text as the stages before recognition leave it,
// the input of recognition, relations and milestones, which only read it:
// the prepared text, its original-script alignment, the metadata's
// subject, the lexicon's hits, the 《》 spans, and the word segmentation.
// What they change is the word cache (below) and the counts and aliases
// of the subject's entity, which recognition takes as one of its own.
type docText struct {
	// pooledText: text is a buffer of decodePool, given back when the
	// document is read (Extractor.document)
	pooledText bool
	x          *Extractor
	docID      string
	// source is the input's name, for the findings.
	source string
	preparedText
	orig     origText // original-script characters (blocks nil: not converted)
	subject  *entity
	subjReg  *gazetteer.Region
	subjProv *gazetteer.Region // the subject's province, also for a group in one province
	// subjectFrom says where the subject was read (findSubject), "" when
	// it was not found.
	subjectFrom string
	// heads, trigs, events and forms are the lexicon's matches; word
	// indexes point into the head, trigger, event and institution-form lists
	heads, trigs, events, forms []hit
	// titleSpans are the 《》 pairs of the text, by position.
	titleSpans [][2]int
	// marks are the positions of the characters whole-text scans look
	// for (markChars).
	marks charMarks
	// tokCode is the word segmentation of the units read so far, a code
	// per character (wordindex.go; 0: not cut yet), and longToks the
	// tokens too long for a code. Most of a report is never asked for its
	// words, so units are cut when words first reads them. These and the
	// buffers are the one thing the later stages change in a docText: a
	// cache, which gives the same words whoever asks first, not data
	// passed from one stage to the next.
	tokCode  []uint16
	longToks map[int]segment.Token
	cutBuf   []segment.Token // cutAt's
	// unit is the last unit cutTo read (segment.Unit), kept because the
	// next cuts are mostly in the same one: its scan was a pass over the
	// unit for every piece cut
	unit    [2]int
	wordBuf []segment.Token // scratchWords' result
	// ones is where oneRef takes its mentions from, 64 at a time.
	ones []mentionOf1
}

// recognition is what recognition gives: the mentions and the entities
// they name. Relations and milestones read it and do not change it; the
// document's entities are completed from it after them
// (relOutput.entities).
type recognition struct {
	mentions []*mention
	// ents are the document's entities by id: the subject, what the
	// mentions name, and the regions recognition's rules resolved on the
	// way (partyRun).
	ents     map[string]*entity
	gazSpans []*mention // gazetteer-derived mentions, sorted by start
	// groups are the distinct groups the first groupsOf spans of gazSpans
	// name (groupEndingWith): read once, not a scan of every span a name
	groups   []*entity
	groupsOf int
	// headAliases are the names of groups read from items that share a
	// head (中原|等城市群: 中原城市群), by the item's start: the surface
	// alone (中原) is no alias of the group
	headAliases map[int]string
	// gazCover has a bit for each character some mention of gazSpans
	// covers, for gazAt: most characters it is asked of are in none, and
	// the bit answers them without a bisection of the spans. Empty when
	// not built yet: the two places that append spans empty it.
	gazCover []uint64
	// referred are the entities any mention refers to, implied ones too
	// (湘 in 湘赣边区域合作示范区): context for route endpoints. Nil until
	// countMentions, the last pass of recognition.
	referred map[string]bool
	// names indexes the mentions insideName looks for, rebuilt at a call
	// after mentions were added (namesOf counts the mentions indexed);
	// recognize builds it over the last of them before it returns, so
	// that relations only read it.
	names   spanIndex
	namesOf int
	// placeInits are the places namedPair reads, made from ents when it
	// held placeInitsOf-1 entities (0: not made yet).
	placeInits   []placeInitial
	placeInitsOf int
}

// findings are the non-fatal findings of one stage, in the order found.
type findings struct {
	source   string // the input's name
	problems []Problem
}

// docView is what the rules of recognition and relations read, with where
// they put what they make. It is the receiver of the rules both stages use
// (gazAt, partyRun, endpointChars); the rules of one stage are methods of
// recognizer or relater.
type docView struct {
	*docText
	*recognition
	findings
	// made is where entityFor puts the entities it makes: the
	// recognition's ents while recognising, the relations' own map while
	// relating (the regions a route's name or a zone's parties imply, the
	// agencies of tasks), so that the recognition is left as it was.
	made map[string]*entity
	// regionEnts keeps what regionEntity returned for each region:
	// entityFor would return the same entity again (nothing leaves ents
	// or made while a view is in use), and the region's id need not be
	// built and hashed on every mention.
	regionEnts map[*gazetteer.Region]*entity
	// slab holds the entities entityFor makes, entitySlab at a time:
	// an allocation apiece was 3,400 an extraction of the corpus
	slab []entity
	// endpoints keeps what bestEndpoint answered for a character, with
	// what its answer reads of the document (the subject's province,
	// whether referred is made yet) in the key: a document asks the same
	// few characters again and again (4,400 questions a corpus
	// extraction, each scoring every city the character opens). A cache
	// by the character's low six bits, a later answer replacing an
	// earlier one (a map of them was 0.2 MB allocated an extraction).
	endpoints [64]endpointAnswer
}

// endpointKey is what bestEndpoint's answer depends on.
type endpointKey struct {
	c        rune
	prov     *gazetteer.Region
	referred bool
}

// endpointAnswer is a bestEndpoint answer kept for its key (ok false: an
// empty slot).
type endpointAnswer struct {
	key endpointKey
	r   *gazetteer.Region
	ok  bool
}

// entitySlab is how many entities an allocation of docView.slab holds.
const entitySlab = 32

// recognizer runs the passes of recognition over a docText; it owns the
// recognition it builds (recognize).
type recognizer struct {
	docView
	// subjTowns are the subject's towns named like regions elsewhere
	// (subjectTowns), read at the first question: most documents never ask.
	subjTowns      map[string]bool
	subjTownFirsts map[rune]bool // their first characters
	subjTownsRead  bool
	// regionIDs holds the ids of the regions that the mRegion mentions of
	// d.mentions[:regionsRead] name: regionMentioned's index in a long
	// document (mentions are only appended, and a region's mention keeps
	// its entities once added: the stages that build them come before
	// names)
	regionIDs   map[string]bool
	regionsRead int
}

// relater reads the relations of a document from its text and its
// recognition, which it does not change (relate).
type relater struct {
	docView
	// units are the task units' mentions of their entities, applied to
	// the entities after relations (relOutput).
	units []unitMention
	// placeBuf holds leadingPlaces' answer, read before it is called again
	placeBuf []*entity
	// sentText holds evidenceIn's text and original-script form of each
	// sentence, by its span: every relation read in a sentence shares one
	// copy (a 20 MB traditional-script report kept a copy a relation,
	// 125 MB of its 177 MB of output).
	sentText map[[2]int][2]string
	// headings are the document's heading lines, in order, each with the
	// place it names alone (nil for another heading): sectionPlace's,
	// made at its first call (headingsRead).
	headings     []heading
	headingsRead bool
	// lastPair are the two sides the last sentence read named (a party and
	// its partner after 与), and lastPairEnd where it ends: what 双方 in a
	// sentence after it stands for (pairBefore).
	lastPair    []*entity
	lastPairEnd int
}

// heading is a short line with no clause mark: a section's title, the
// place it is about when the line names one place alone (西安, 一、贵阳市).
type heading struct {
	start int
	place *entity
}

// spanIndex answers, in time logarithmic in the number of spans, whether
// one of them overlaps or covers a range: the extractor asked these
// questions by scanning every mention for each candidate, quadratic in a
// long document's size (a 20 MB report took 30 times as long as 2 MB).
type spanIndex struct {
	spans  []*mention // sorted by start, stable
	maxEnd []int      // maxEnd[k] is the largest end of spans[:k+1]
}

// newSpanIndex indexes the mentions ms for which keep is true (nil: all).
func newSpanIndex(ms []*mention, keep func(*mention) bool) spanIndex {
	x := spanIndex{spans: make([]*mention, 0, len(ms))} // room for all: growing by append was most of its allocations
	for _, m := range ms {
		if keep == nil || keep(m) {
			x.spans = append(x.spans, m)
		}
	}
	sortByStart(x.spans)
	x.maxEnd = make([]int, len(x.spans))
	e := 0
	for k, m := range x.spans {
		e = max(e, m.end)
		if k == 0 {
			e = m.end
		}
		x.maxEnd[k] = e
	}
	return x
}

// sortByStart sorts ms by start, stably (as sort.SliceStable was). The
// order is that of the keys start<<32 | index, sorted as numbers: no
// comparison function, no merging of runs (slices.SortStableFunc's
// insertion sorts and symmetric merges through a closure were 3.7 M
// instructions a corpus extraction); already sorted, nothing is moved.
func sortByStart(ms []*mention) {
	if len(ms) < 2 {
		return
	}
	sorted, fits := true, uint64(len(ms)) < 1<<32
	for k, m := range ms {
		fits = fits && m.start >= 0 && uint64(m.start) < 1<<31
		sorted = sorted && (k == 0 || ms[k-1].start <= m.start)
	}
	if sorted {
		return
	}
	if !fits {
		slices.SortStableFunc(ms, func(a, b *mention) int { return cmp.Compare(a.start, b.start) })
		return
	}
	keys := sortKeys.take()
	for k, m := range ms {
		keys = append(keys, uint64(m.start)<<32|uint64(k))
	}
	slices.Sort(keys)
	permute(ms, keys)
	sortKeys.give(keys)
}

// sortKeys holds the key arrays of sortByStart and sortProblems between
// calls: one per call was 0.5 MB allocated a corpus extraction.
var sortKeys slicePool[uint64]

// permute puts at each k of s the item that was at the index the low 32
// bits of keys[k] hold, in place (a cycle at a time: no copy of s), and
// spends keys.
func permute[T any](s []T, keys []uint64) {
	const done = 1 << 63 // (the keys' top bit: their positions are below 2^31)
	for i := range s {
		if keys[i]&done != 0 {
			continue
		}
		tmp, j := s[i], i
		for {
			k := int(uint32(keys[j]))
			keys[j] |= done
			if k == i {
				s[j] = tmp
				break
			}
			s[j], j = s[k], k
		}
	}
}

// startingBefore is the number of spans that start before pos.
func (x spanIndex) startingBefore(pos int) int {
	return sort.Search(len(x.spans), func(k int) bool { return x.spans[k].start >= pos })
}

// overlaps reports a span m with m.start < b && m.end > a.
func (x spanIndex) overlaps(a, b int) bool {
	k := x.startingBefore(b)
	return k > 0 && x.maxEnd[k-1] > a
}

// covers reports a span m with m.start <= a && m.end >= b.
func (x spanIndex) covers(a, b int) bool {
	k := x.startingBefore(a + 1)
	return k > 0 && x.maxEnd[k-1] >= b
}

// within calls f for every span m with m.start >= a && m.end <= b, in
// order of start.
func (x spanIndex) within(a, b int, f func(*mention)) {
	for k := x.startingBefore(a); k < len(x.spans) && x.spans[k].start <= b; k++ {
		if m := x.spans[k]; m.end <= b {
			f(m)
		}
	}
}

// nameCovers reports a named entity, group or region mention that covers
// start..end: insideName.
func (d *docView) nameCovers(start, end int) bool {
	d.indexNames()
	return d.names.covers(start, end)
}

// indexNames indexes the named entity, group and region mentions for
// nameCovers, unless the index holds them already.
func (r *recognition) indexNames() {
	if r.names.maxEnd != nil && r.namesOf == len(r.mentions) {
		return
	}
	r.names = newSpanIndex(r.mentions, func(m *mention) bool {
		return m.kind == mNamed || m.kind == mGroup || m.kind == mRegion
	})
	r.namesOf = len(r.mentions)
}

// sub is string(p.text[a:b]) without a copy: a piece of p.str. Kept, it
// keeps the whole text; for what outlives the document, copy it. (A
// pointer receiver: the struct and a, b by value did not fit the
// registers of a call, and it is called tens of thousands of times a
// document.)
func (p *preparedText) sub(a, b int) string { return p.str[p.byteAt.at(a):p.byteAt.at(b)] }

// charOf is the character offset of byte offset b of p.str, at the start
// of a character.
func (p preparedText) charOf(b int) int {
	return sort.Search(len(p.text)+1, func(c int) bool { return p.byteAt.at(c) >= b })
}

// note records a non-fatal finding at a character offset (-1: the whole
// document).
func (d *findings) note(code string, pos int, msg string) {
	d.problems = append(d.problems, Problem{Source: d.source, Offset: pos, Unit: "char", Message: msg, Code: code})
}

// sortProblems sorts ps by offset, stably (as sort.SliceStable was), by
// the keys (offset+1)<<32 | index sorted as numbers: the stable sort's
// merges moved the findings' large records many times each.
func sortProblems(ps []Problem) {
	if len(ps) < 2 {
		return
	}
	sorted, fits := true, uint64(len(ps)) < 1<<32
	for k := range ps {
		fits = fits && ps[k].Offset >= -1 && ps[k].Offset < 1<<31-1
		sorted = sorted && (k == 0 || ps[k-1].Offset <= ps[k].Offset)
	}
	if sorted {
		return
	}
	if !fits {
		slices.SortStableFunc(ps, func(a, b Problem) int { return cmp.Compare(a.Offset, b.Offset) })
		return
	}
	keys := sortKeys.take()
	for k := range ps {
		keys = append(keys, uint64(ps[k].Offset+1)<<32|uint64(k))
	}
	slices.Sort(keys)
	permute(ps, keys)
	sortKeys.give(keys)
}

// placeProblems orders the findings by position and gives each its line
// and column in text, in one pass over it.
func (d *findings) placeProblems(text []rune) {
	sortProblems(d.problems)
	line, col, pos := 1, 1, 0
	for i := range d.problems {
		p := &d.problems[i]
		if p.Offset < 0 || p.Offset > len(text) {
			continue
		}
		for pos < p.Offset { // from line break to line break (indexRune)
			k := indexRune(text[pos:p.Offset], '\n')
			if k < 0 {
				col += p.Offset - pos
				pos = p.Offset
				break
			}
			line, col = line+1, 1
			pos += k + 1
		}
		p.Line, p.Column = line, col
	}
}

// inTitle reports a position inside 《》.
func (d *docText) inTitle(pos int) bool {
	k := sort.Search(len(d.titleSpans), func(i int) bool { return d.titleSpans[i][1] >= pos })
	return k < len(d.titleSpans) && d.titleSpans[k][0] <= pos
}

// titleAround returns the 《》 span holding pos, if any.
func (d *docText) titleAround(pos int) ([2]int, bool) {
	k := sort.Search(len(d.titleSpans), func(i int) bool { return d.titleSpans[i][1] >= pos })
	if k < len(d.titleSpans) && d.titleSpans[k][0] <= pos {
		return d.titleSpans[k], true
	}
	return [2]int{}, false
}

// found is a gazetteer hit and what it was resolved to.
type found struct {
	h hit
	c *nameCandidate
}

// foundList is a list of gazetteer names indexed by where they start and
// end: the support of a name comes from names within two characters of it,
// and a scan of the whole list for each was quadratic in a long document.
type foundList struct {
	items []found
	// byEnd and byStart hold, per position, one more than the index of
	// the last item added that ends (starts) there; prevEnd[i] and
	// prevStart[i] the index of the item added before i with the same end
	// (start), or -1. Lists through the items, where a slice per position
	// was an allocation per name.
	byEnd, byStart     map[int]int32
	prevEnd, prevStart []int32
}

func newFoundList(fs []found) *foundList {
	l := &foundList{byEnd: make(map[int]int32, len(fs)), byStart: make(map[int]int32, len(fs)),
		items: make([]found, 0, len(fs)), prevEnd: make([]int32, 0, len(fs)), prevStart: make([]int32, 0, len(fs))}
	for _, f := range fs {
		l.add(f)
	}
	return l
}

// add appends f.
func (l *foundList) add(f found) {
	i := int32(len(l.items))
	l.prevEnd = append(l.prevEnd, l.byEnd[f.h.end]-1)
	l.prevStart = append(l.prevStart, l.byStart[f.h.start]-1)
	l.byEnd[f.h.end], l.byStart[f.h.start] = i+1, i+1
	l.items = append(l.items, f)
}

// near returns the names that end at most two characters before h starts
// or start at most two characters after it ends, in the order added.
func (l *foundList) near(h hit) []found {
	var idx []int
	for e := h.start - 2; e <= h.start; e++ {
		for i := l.byEnd[e] - 1; i >= 0; i = l.prevEnd[i] {
			idx = append(idx, int(i))
		}
	}
	for s := h.end; s <= h.end+2; s++ {
		for i := l.byStart[s] - 1; i >= 0; i = l.prevStart[i] {
			idx = append(idx, int(i))
		}
	}
	slices.Sort(idx)
	idx = slices.Compact(idx)
	out := make([]found, len(idx))
	for k, i := range idx {
		out[k] = l.items[i]
	}
	return out
}

// nameCandidate is what a gazetteer pattern may stand for.
type nameCandidate struct {
	region *gazetteer.Region
	group  *gazetteer.Group
	short  bool // the pattern is the region's short name
}

// entityFor returns the document's entity for id: the recognition's, else
// one made here, creating it in d.made.
func (d *docView) entityFor(id string, typ kg.EntityType, name string) *entity {
	if e, ok := d.ents[id]; ok {
		return e
	}
	if e, ok := d.made[id]; ok {
		return e
	}
	if len(d.slab) == cap(d.slab) {
		d.slab = make([]entity, 0, entitySlab)
	}
	d.slab = append(d.slab, entity{id: id, typ: typ, name: name})
	e := &d.slab[len(d.slab)-1]
	d.made[id] = e
	return e
}

func (d *docView) regionEntity(r *gazetteer.Region) *entity {
	if e := d.regionEnts[r]; e != nil {
		return e
	}
	// the id is looked up in bytes and made only for a new entity: most
	// regions a document reads are entities of its recognition already
	var buf [40]byte
	key := append(append(buf[:0], "region:"...), r.Code...)
	e := d.ents[string(key)]
	if e == nil {
		e = d.made[string(key)]
	}
	if e == nil {
		e = d.entityFor(kg.RegionID(r.Code), r.Level.EntityType(), r.Name)
	}
	if d.regionEnts == nil {
		d.regionEnts = map[*gazetteer.Region]*entity{}
	}
	d.regionEnts[r] = e
	if e.region == nil {
		e.region = r
		e.code = r.Code
		if r.Parent != "" {
			e.parent = kg.RegionID(r.Parent)
		}
		e.pinyin = r.Pinyin
		if r.Short != "" && r.Short != r.Name {
			e.addAlias(r.Short)
		}
	}
	return e
}

func (d *docView) groupEntity(g *gazetteer.Group) *entity {
	e := d.entityFor(kg.EntityID(kg.RegionGroup, g.Name), kg.RegionGroup, g.Name)
	if e.group == nil {
		e.group = g
		e.pinyin = g.Pinyin
	}
	return e
}

// addMention records a mention and counts it.
func (d *recognizer) addMention(m *mention) {
	m.top = true
	d.mentions = append(d.mentions, m)
}

// surfaceView returns the normalised text of a span, a piece of d.str
// (copied by what keeps it), and, when the original was in another script,
// the original characters.
func (d *docText) surfaceView(start, end int) (string, string) {
	s := d.sub(start, end)
	if d.orig.blocks == nil {
		return s, ""
	}
	var b strings.Builder
	b.Grow(len(s)) // t2s keeps most characters' lengths
	for i := start; i < end; i++ {
		r, ok := d.orig.at(d.text, i)
		if !ok {
			return s, ""
		}
		b.WriteRune(r)
	}
	o := b.String()
	if o == s || len([]rune(o)) != end-start {
		return s, ""
	}
	return s, o
}

// gazPending is a hit of the gazetteer's names and its candidates.
type gazPending struct {
	h     hit
	cands []nameCandidate
}

// The buffers recognizeGazetteer reads in its first pass over the hits.
var (
	gazPendingPool slicePool[gazPending]
	bitsPool       slicePool[uint64]
	candsPool      slicePool[[]nameCandidate]
)

// recognizeGazetteer finds region and group names.
func (d *recognizer) recognizeGazetteer() {
	all := d.x.names.appendRunes(hitPool.take(), d.text)
	hits := d.rescanStraddling(all) // (a copy: the buffer is given back)
	hitPool.give(all)
	// Names resolved without doubt give the context for the others.
	known := map[string]bool{}
	// ps, the hits' bit sets and foundHits/foundCands are read until the
	// first pass over the hits ends, then given back: in a fresh process
	// (no collection below the memory limit) each new one was fresh pages
	ps := slices.Grow(gazPendingPool.take(), len(hits))
	var cityEnds map[int]*gazetteer.Region // where a city's name that stands for one city ends
	for _, h := range hits {
		cands := d.x.nameCands[h.word]
		ps = append(ps, gazPending{h, cands})
		if r := uniqueRegion(cands); r != nil {
			known[r.Code] = true
			if r.Level == gazetteer.City {
				if cityEnds == nil {
					cityEnds = map[int]*gazetteer.Region{}
				}
				cityEnds[h.end] = r
			}
		}
	}
	// where region names start and end: a name listed with another (在册亨、
	// 罗甸、望谟) is a name even where it straddles a word (在册)
	// (bit sets by position: two maps with a key per name cost more)
	hitStart, hitEnd := bitsPool.takeLen(len(d.text)/64+1), bitsPool.takeLen(len(d.text)/64+1)
	clear(hitStart)
	clear(hitEnd)
	for _, p := range ps {
		hitStart[p.h.start>>6] |= 1 << (p.h.start & 63)
		hitEnd[p.h.end>>6] |= 1 << (p.h.end & 63)
	}
	isHit := func(bits []uint64, i int) bool { return bits[i>>6]&(1<<(i&63)) != 0 }
	listed := func(a, b int) bool {
		// (梁平|和达川: a place before 和 and another, though the dictionary cuts 平和)
		if !((b+1 < len(d.text) && (d.text[b] == '、' || inSet("和与及", d.text[b])) && isHit(hitStart, b+1)) || (a > 1 && d.text[a-1] == '、' && isHit(hitEnd, a-1))) {
			return false
		}
		// 紫金山、太湖、钟山等实验室: a list that a head closes names things
		for j := b; j < len(d.text) && j < b+30 && !isClauseSep(d.text[j]); j++ {
			if d.text[j] == '等' {
				return d.x.headWords.startingAt(d.text, j+1, min(len(d.text), j+8)) == 0
			}
		}
		return true
	}
	foundHits, foundCands := hitPool.takeLen(len(ps)), candsPool.takeLen(len(ps)) // (written whole below)
	for k, p := range ps {
		foundHits[k], foundCands[k] = p.h, p.cands
	}
	shared := d.sharedGroupHeads()
	var pendingShort, pendingWord []found
	accepted := make([]found, 0, len(ps)) // (most names are accepted here: grown, it was 0.2 MB a corpus extraction)
	for k, p := range ps {
		if len(shared) > 0 && slices.ContainsFunc(shared, func(f found) bool { return p.h.start < f.h.end && f.h.start < p.h.end }) {
			continue // 中原|等城市群: the item names the group the head makes of it
		}
		c := d.resolve(p.cands, known)
		if c != nil && c.region != nil && c.region.Level == gazetteer.Province {
			if city := d.cityAmongCities(k, foundHits, foundCands); city != nil {
				c = city // 长春、哈尔滨、大庆、吉林: a province's name that is also its city's, listed among cities
			}
		}
		if c != nil && c.group == nil && c.short && c.region.Level == gazetteer.County {
			if p := d.provinceNamedBy(c.region); p != nil {
				c = &nameCandidate{region: p, short: true} // 龙江振兴: the province whose name holds the county's
			}
		}
		if c == nil && k > 0 && foundHits[k-1].end == p.h.start {
			c = d.parentBeforeCandidate(p.cands, foundCands[k-1]) // 湖北公安: the county its province names right before it
		}
		if c == nil {
			c = d.listedCandidate(k, foundHits, foundCands) // 承德、大同、忻州: the city listed with cities of its province
		}
		byRoute := false // the route's next end, near it, supports it
		if c == nil {
			c = d.routeEndCandidate(k, foundHits, foundCands) // 大同—怀来—天津北…工程: the end nearest the next end
			byRoute = c != nil
		}
		if c != nil && c.group == nil && c.short {
			if g := d.areaBeside(foundHits, foundCands, k); g != nil {
				c = g // 湘南湘西, 湘南、湘西: areas listed together, not the prefecture 湘西州
			}
		}
		if c == nil {
			d.note(DiagAmbiguous, p.h.start, unresolvedMsg(d.text[p.h.start:p.h.end], p.cands))
			continue
		}
		if c.group == nil && c.short && p.h.end < len(d.text) && (isFeatureChar(d.text[p.h.end]) || isSettlementChar(d.text[p.h.end])) &&
			!d.opensWord(p.h.end) {
			continue // 松山湖, 云龙湖, 怀玉山脉, 甘泉堡: a lake, a mountain or a settlement
		}
		if c.group == nil && c.short && (d.featureContext(p.h.end) ||
			(p.h.start > 0 && d.text[p.h.start-1] == '环' && isFeatureChar(d.text[p.h.end-1]))) {
			// 巢湖流域, 洪湖、梁子湖等重点湖库, 环巢湖: the lake, not the county
			continue
		}
		if c.group == nil && d.streetAfter(p.h.end) {
			continue // 南京东路, 延安西路: a street
		}
		if c.group == nil && c.short && d.subjectsTown(p.h, c.region) {
			d.note(DiagAmbiguous, p.h.start, d.sub(p.h.start, p.h.end)+" read as a town of the subject, not "+c.region.Name)
			continue // 古田“一台戏”项目 in a report of 上杭县: its town 古田镇, not 古田县 of 宁德市
		}
		if c.group != nil && d.sideOfPlace(p.h.start, k, foundHits) {
			continue // 成渝|中部地区, 牡丹江|东部地区, 城市群|东北临…: the side of the place before, not the country's region
		}
		if c.group != nil && p.h.end-p.h.start == 2 && isRouteHeadAt(d.x.lex, d.text, p.h.end) &&
			!slices.Contains(d.text[p.h.end:min(len(d.text), p.h.end+5)], '网') {
			// 昌九|高铁, 渝西|高铁: two initials before a route's head are its
			// ends, not the area they also name (海西|高速公路网 is the area's network)
			continue
		}
		if c.group == nil && d.featureSide(p.h) {
			continue // 金鳞湖北岸, 黄河北岸: the side of a lake or a river, not 湖北 or 河北
		}
		if c.group == nil && c.short && d.afterAmount(p.h.start) {
			continue // 突破1000亿元大关: a word of the sum, not 大关县
		}
		if city := cityEnds[p.h.start]; c.group == nil && city != nil && len(p.cands) > 1 && c.region.Level == gazetteer.County && !d.x.gaz.Inside(c.region, city) {
			// (马鞍山|青浦工业园: a name of one place names it, the partner of a park)
			continue // 韶关|城区, 云浮|城区: a city's own area of a name several counties share, none of them
		}
		if p.h.end-p.h.start == 2 && p.h.start >= 3 && isHan(d.text[p.h.start-1]) && d.x.officeTitles.endingAt(d.text, 0, p.h.start-1) > 0 && !d.functionCharAt(p.h.start-1) {
			continue // 副主任赖南京: a person's given name after an office and a surname (not 总书记对|四川: a preposition)
		}
		if d.inDateline(p.h) {
			continue // 浙江在线11月29日讯, 新华网北京3月5日电: an outlet's dateline, no place of the text
		}
		if anyWordAt(d.text, p.h.end, d.x.lex.outletWords) {
			continue // 河北日报记者, 湖南卫视: an outlet named after its place, no place of the text
		}
		if d.inNotPlacePhrase(p.h) {
			continue // 真金白银, 阿里云: a set phrase or a firm, no place
		}
		if c.group != nil && d.homelandFrontier(p.h) {
			continue // 祖国北疆: the country's northern frontier, not the north of Xinjiang
		}
		if c.group != nil && d.directionsGo(p.h.start, p.h.end) {
			continue // 川浙|东西部协作: the direction begins a compound of directions, no area's name
		}
		if d.diversionLink(p.h.start) {
			continue // 引黄|济宁: a water diversion's link and destination, not 济宁
		}
		if p.h.end-p.h.start <= 3 && d.straddles(p.h.start, p.h.end) && !listed(p.h.start, p.h.end) && !d.suffixOpensWord(p.h) {
			// 适应|城市 (应城), 和|县城 (和县), 鄱阳湖, 坚如磐石: the name
			// straddles words, or is the start of a longer word
			continue
		}
		if c.group == nil && c.short && c.region.Ambiguous && d.ordinaryWord(p.h.start, p.h.end) {
			continue // 乡村振兴 (振兴区): segmentation reads a verb
		}
		if c.group == nil && (c.short || utf8.RuneCountInString(c.region.Name) == 2) && d.boundMorphemeAt(p.h.start-1) {
			continue // 涔|天河水库: a character that is no word alone opens a longer name, no place's
		}
		if c.group == nil && c.short && c.region.Level == gazetteer.County && afterOtherProvince(p.h, c.region, accepted, d.x.gaz) {
			continue // 贵州省|凤山水库工程: a county's short name right after another province names a feature there, not 广西's 凤山县
		}
		if c.group == nil && c.short && c.region.Ambiguous && anyWordAt(d.text, p.h.end, d.x.lex.eponymHeads) {
			// 中山大学, 长安大学, 江南大学: a university takes a person's, a
			// historic or an area's name, so an ambiguous short name before
			// its head is no mention of the district
			continue
		}
		if c.group == nil && c.region.Ambiguous && c.region.Level == gazetteer.County &&
			(c.short || utf8.RuneCountInString(c.region.Name) == 2 || slices.Contains(d.x.lex.commonDistricts, c.region.Name)) &&
			!d.ownDistrictWord(p.h, c.region) && !(d.sharedPlaceWord(c) && d.placeFrame(p.h) && !d.sharedHeadItem(p.h.end)) {
			// 资源, 金山, 大新: a county whose short name is a common word
			// (or whose name is one: 中心城区, 城区 of 汕尾市; 老城区 of 洛阳,
			// [common-district-names])
			// (红色资源, 金山银山, 资产、资源、资金) needs a place beside it,
			// in its own province too, and far away whatever the document
			// names elsewhere (两岸青山, 河西): a list of places or its city before it
			pendingWord = append(pendingWord, found{p.h, c})
			continue
		}
		if c.group == nil && c.region.Level == gazetteer.County && p.h.end-p.h.start == 2 && (d.subjProv == nil || d.remote(c.region)) &&
			pairNamed(d.text, p.h, foundHits, foundCands) {
			continue // 广州与河池…共建广河产业园: the initials of two places named beside it, not 广河县
		}
		if c.group == nil && !c.short && c.region.Level == gazetteer.County && d.remote(c.region) && d.gluedAfterName(p.h.start, c.region) {
			continue // 江门银湖湾|滨海新区: a far county's name ends a local name, not Tianjin's district
		}
		if c.group == nil && !byRoute && (c.short || len([]rune(c.region.Name)) == 2) && d.remote(c.region) &&
			!(c.region.Level == gazetteer.City && !c.region.Ambiguous && d.placeFrame(p.h) && !gluedToPlace(p.h, c.region, accepted, d.x.gaz)) {
			// a county far away (东源, 青山) needs support; a city whose
			// short name is no common word (深圳, 厦门) does not
			pendingShort = append(pendingShort, found{p.h, c})
			continue
		}
		accepted = append(accepted, found{p.h, c})
	}
	gazPendingPool.give(ps)
	bitsPool.give(hitStart)
	bitsPool.give(hitEnd)
	hitPool.give(foundHits)
	candsPool.give(foundCands)
	// A short name of a region far from the subject (东源, 青山, 康保 are
	// also ordinary words) needs support: its parent named in the
	// document, its province right before it (湖南浏阳), or a supported
	// neighbour in the same list.
	//
	// knownCodes holds, with each code, the codes of its ancestors (only
	// mark adds to it): a region known already has them marked, and its
	// chain is not walked again for each of its names.
	knownCodes := map[string]bool{}
	mark := func(r *gazetteer.Region) {
		if knownCodes[r.Code] {
			return
		}
		knownCodes[r.Code] = true
		for a := range ancestors(d.x.gaz, r.Code) {
			knownCodes[a.Code] = true
		}
	}
	namedCodes := map[string]bool{}
	for _, a := range accepted {
		if a.c.region != nil {
			namedCodes[a.c.region.Code] = true
		}
	}
	for _, a := range accepted {
		if a.c.region != nil {
			mark(a.c.region)
		}
	}
	acc := newFoundList(accepted)
	for changed := true; changed; {
		changed = false
		var rest []found
		pending := newFoundList(pendingShort)
		for _, p := range pendingShort {
			r := p.c.region
			// its province named itself, not inferred from another of its
			// places (酒泉 does not vouch for 真金白银)
			ok := namedCodes[r.Parent]
			if pr, has := d.x.gaz.Region(r.Parent); has && pr.Level != gazetteer.Province {
				// a county under a city: the city, or the list it stands in
				ok = knownCodes[r.Parent]
			}
			ok = ok || d.supportedInList(p.h, acc, r) || d.supportedInList(p.h, pending, r) && (d.routeJoin(p.h) || d.placeListClosed(p.h)) || d.closedListAfterPlace(p.h, acc) || d.borderPartner(p.h, r) ||
				d.countedAfterPlace(p.h, acc)
			if ok {
				acc.add(p)
				mark(r)
				changed = true
			} else {
				rest = append(rest, p)
			}
		}
		pendingShort = rest
	}
	words := newFoundList(pendingWord)
	for _, p := range pendingWord {
		// 西湖、滨江、南湖: names of one province listed together support each other
		if d.supportedInList(p.h, acc, p.c.region) || d.supportedInList(p.h, words, p.c.region) || d.parentBefore(p.h, p.c.region) || d.listItemsOpenWithPlaces(p.h, acc, p.c.region) ||
			d.opensName(p.h) {
			acc.add(p)
		}
	}
	shared = append(shared, d.listedGroupHeads(acc.items, shared)...)
	accepted = append(acc.items, shared...)
	slices.SortFunc(accepted, func(a, b found) int { return cmp.Compare(a.h.start, b.h.start) }) // (not sort.Slice: see vouchedItems)
	for _, a := range accepted {
		var m *mention
		if a.c.group != nil {
			m = d.oneRef(mention{start: a.h.start, end: a.h.end, kind: mGroup}, d.groupEntity(a.c.group))
			if members := d.abbrevGroup(a.h, a.c.group); members != nil {
				m.kind = mAbbrev
				m.refs = members
			} else if r := d.regionOpening(a.h, a.c.group, known); r != nil {
				// 海南自贸港: the group's name writes its region's
				inner := d.oneRef(mention{start: a.h.start, end: a.h.start + utf8.RuneCountInString(r.Short), kind: mRegion}, d.regionEntity(r))
				d.addMention(inner)
				inner.top = false
			} else if og, n := d.groupOpening(a.h, a.c.group); og != nil {
				// 赣南等原中央苏区: the name writes another area's first
				inner := d.oneRef(mention{start: a.h.start, end: a.h.start + n, kind: mGroup}, d.groupEntity(og))
				d.addMention(inner)
				inner.top = false
			}
		} else {
			m = d.oneRef(mention{start: a.h.start, end: a.h.end, kind: mRegion}, d.regionEntity(a.c.region))
		}
		d.addMention(m)
		d.gazSpans = append(d.gazSpans, m)
		d.gazCover = d.gazCover[:0] // (built again when next asked)
	}
	for _, m := range d.gazSpans {
		if d.othersAfter(m.end) {
			m.top = false // 东北地区其他省份, 长江经济带沿线省市: the others are the partners, unnamed, not the area
		}
	}
	// A region right before a region inside it qualifies it (湖南浏阳,
	// 赣州市赣县区): the inner one takes part in relations.
	for i := 0; i+1 < len(d.gazSpans); i++ {
		a, b := d.gazSpans[i], d.gazSpans[i+1]
		if a.kind == mRegion && b.kind == mRegion && a.end == b.start && d.x.gaz.Within(b.refs[0].code, a.refs[0].code) {
			a.top = false
		}
	}
}

// maxGroupItem is the most characters of an item of a list of areas that
// shares a group's head (山西中部、山东半岛).
const maxGroupItem = 8

// sharedItemWord is the word of the hit of an item that shares a group's
// head (sharedGroupHeads): no key of the gazetteer's matcher, whose
// candidates are not read for it.
const sharedItemWord = -1

// sharedGroupHeads reads the items of a list that share a region group's
// head after 等 (关中、山西中部、中原、山东半岛等城市群; 上海、南京等都市圈):
// an item that the head makes the name of a group of the gazetteer
// (中原城市群, 上海都市圈 of 上海大都市圈) names that group, not the place
// or area it spells alone. The first item may end a longer run (推动关中).
func (d *recognizer) sharedGroupHeads() []found {
	t := d.text
	var out []found
	for _, j := range d.marks.of('等') { // (the positions markPositions found: no pass over the text)
		if j < 1 || j+1 >= len(t) {
			continue
		}
		n := d.x.headWords.startingAt(t, j+1, min(len(t), j+1+d.x.longestHead))
		if n > 0 {
			if k, ok := d.x.headIndex[string(t[j+1:j+1+n])]; !ok || d.x.headDefs[k].typ != kg.RegionGroup || d.x.headDefs[k].weak {
				n = 0
			}
		}
		if n == 0 {
			// 大别山、川陕、湘鄂渝黔等|革命老区: a class of named areas, no
			// head of names of its own ([area-classes])
			for _, w := range d.x.lex.areaClasses {
				if m := prefixLen(t, j+1, w); m > 0 {
					n = m
					break
				}
			}
		}
		if n == 0 {
			continue
		}
		head := string(t[j+1 : j+1+n])
		for end := j; end > 0; {
			s := end
			for s > 0 && end-s < 2*maxGroupItem && isHan(t[s-1]) && t[s-1] != '、' {
				s--
			}
			first := s == 0 || t[s-1] != '、'
			if !first && end-s > maxGroupItem {
				break
			}
			for a := s; a <= end-2; a++ {
				name := string(t[a:end]) + head
				if g, ok := d.x.gaz.Group(name); ok {
					out = append(out, d.sharedItem(a, end, name, g))
					break
				}
				if !first {
					break
				}
			}
			if first {
				break
			}
			end = s - 1
		}
	}
	return out
}

// listedGroupHeads reads the places listed right before a group of the
// gazetteer whose name is a place and a region group's head (广州、深圳都市圈:
// 深圳都市圈 is a group), with no 等: each item that the head makes the name
// of another group of the gazetteer (广州都市圈) names that group. Items
// already read (sharedGroupHeads, or found) are left as they are.
func (d *recognizer) listedGroupHeads(items, shared []found) []found {
	t := d.text
	var out []found
	for _, it := range items {
		if it.c.group == nil || it.h.start < 3 || t[it.h.start-1] != '、' {
			continue
		}
		n := d.x.headWords.endingAt(t, it.h.start, it.h.end)
		if n == 0 || it.h.end-n-it.h.start < 2 {
			continue
		}
		if k, ok := d.x.headIndex[d.sub(it.h.end-n, it.h.end)]; !ok || d.x.headDefs[k].typ != kg.RegionGroup || d.x.headDefs[k].weak {
			continue
		}
		head := d.sub(it.h.end-n, it.h.end)
		for end := it.h.start - 1; end > 0 && t[end] == '、'; {
			s := end
			for s > 0 && end-s < maxGroupItem && isHan(t[s-1]) && t[s-1] != '、' && (s == end || d.x.stops.endingAt(t, 0, s) == 0) {
				s-- // (…高铁和|广州: a conjunction or verb opens the item)
			}
			if s == end || slices.ContainsFunc(shared, func(f found) bool { return f.h.start == s }) {
				break
			}
			// the first item of the list may follow a verb (建设|广州、深圳都市圈):
			// the shortest tail that names a group is the item
			a, g := s, (*gazetteer.Group)(nil)
			for ; a <= end-2; a++ {
				if gg, ok := d.x.gaz.Group(d.sub(a, end) + head); ok {
					g = gg
					break
				}
				if s > 0 && t[s-1] == '、' {
					break // an item between list marks is whole
				}
			}
			if g == nil {
				break
			}
			out = append(out, d.sharedItem(a, end, d.sub(a, end)+head, g))
			if a > s {
				break
			}
			end = s - 1
		}
	}
	return out
}

// sharedItem is an item [a, end) that names group g with a head it shares
// with the list (the group's name as written there is name, its alias).
func (d *recognizer) sharedItem(a, end int, name string, g *gazetteer.Group) found {
	if d.headAliases == nil {
		d.headAliases = map[int]string{}
	}
	d.headAliases[a] = name
	return found{hit{word: sharedItemWord, start: a, end: end}, &nameCandidate{group: g}}
}

// regionOpening returns the province or city whose short name opens a
// group's name written at h and is one of the group's members (海南 in
// 海南自贸港), or nil.
func (d *recognizer) regionOpening(h hit, g *gazetteer.Group, known map[string]bool) *gazetteer.Region {
	most := h.end - h.start - 1
	if h.word == sharedItemWord {
		most++ // an item that shares a group's head (南京|等都市圈): the whole item may be the region
	}
	for n := min(4, most); n >= 2; n-- {
		i := d.x.names.t.Get(d.text[h.start : h.start+n]) // (the key's number, as nameCands is indexed)
		if i < 0 {
			continue
		}
		c := d.resolve(d.x.nameCands[i], known)
		if c == nil || c.region == nil || c.region.Level == gazetteer.County || c.region.Short != d.sub(h.start, h.start+n) || !slices.Contains(g.Members, c.region.Code) {
			continue
		}
		return c.region
	}
	return nil
}

// groupOpening returns another group whose name opens the name of g
// written at h, followed by 等 (赣南|等原中央苏区: 赣南 is named too), and its
// length; nil when none does.
func (d *recognizer) groupOpening(h hit, g *gazetteer.Group) (*gazetteer.Group, int) {
	for n := min(4, h.end-h.start-2); n >= 2; n-- {
		if d.text[h.start+n] != '等' {
			continue
		}
		i := d.x.names.t.Get(d.text[h.start : h.start+n]) // (the key's number, as nameCands is indexed)
		if i < 0 {
			continue
		}
		for _, c := range d.x.nameCands[i] {
			if c.group != nil && c.group != g {
				return c.group, n
			}
		}
	}
	return nil, 0
}

// listItemsOpenWithPlaces reports a name opening an item of a list whose
// neighbouring item opens with a place of the same province (萍乡春锣、莲花打锡).
func (d *recognizer) listItemsOpenWithPlaces(h hit, accepted *foundList, r *gazetteer.Region) bool {
	t := d.text
	if h.start > 0 && isNameChar(t[h.start-1]) && t[h.start-1] != '、' {
		return false // the name must open its item
	}
	prov := d.x.gaz.Province(r.Code)
	opens := func(pos int) bool { // an accepted place of r's province starts at pos
		// (the names starting at pos, by the list's index: a scan of all was
		// quadratic in a long document's places)
		for i := accepted.byStart[pos] - 1; i >= 0; i = accepted.prevStart[i] {
			if a := accepted.items[i]; a.c.region != nil && prov != nil {
				if ap := d.x.gaz.Province(a.c.region.Code); ap != nil && ap.Code == prov.Code {
					return true
				}
			}
		}
		return false
	}
	if h.start > 1 && t[h.start-1] == '、' { // the item before
		s := h.start - 1
		for s > 0 && h.start-s < 12 && isNameChar(t[s-1]) && t[s-1] != '、' && d.x.stops.endingAt(t, 0, s) == 0 {
			s--
		}
		if opens(s) {
			return true
		}
	}
	e := h.end // the item after
	for e < len(t) && e-h.end < 12 && isNameChar(t[e]) && t[e] != '、' {
		e++
	}
	return e+1 < len(t) && t[e] == '、' && opens(e+1)
}

// directionsGo reports a name at text[start:end] ending in a direction
// that another direction follows, the two a compound (浙东|西部, 粤东|西部
// in 川浙、川粤东西部协作; 东西部, 东中西部, 南北): the name's last character
// is the compound's first, not an area's direction.
func (d *recognizer) directionsGo(start, end int) bool {
	const dirs = "东南西北中"
	if end-start < 2 || end >= len(d.text) || !inSet(dirs, d.text[end-1]) || !inSet(dirs, d.text[end]) {
		return false
	}
	k := end
	for k < len(d.text) && k-end < 3 && inSet(dirs, d.text[k]) {
		k++
	}
	return k < len(d.text) && d.text[k] == '部'
}

// opensName reports a place name that opens the name of a facility or
// site, its head a few characters on (三门核电, 兴国西站), as a common word
// does not (金山银山, 红色资源).
func (d *recognizer) opensName(h hit) bool {
	k := headAt(d.heads, h.end)
	if k == len(d.heads) || d.heads[k].start-h.end > 4 {
		return false
	}
	switch d.x.headDefs[d.heads[k].word].typ {
	case kg.Project, kg.Hub, kg.Park, kg.Railway, kg.Road, kg.Institution:
	default:
		return false
	}
	if hw := d.x.headDefs[d.heads[k].word].word; d.heads[k].start > h.end && slices.Contains(d.x.lex.programmeHeads, hw) {
		return false // 港口|重大|项目, 运河|重大|项目: a kind's generic works, no name a place opens
	}
	// nothing between but generic words (江北|国际|机场); 资源|储备|基地 is a reserve
	return d.heads[k].start == h.end || d.x.generic.startingAt(d.text, h.end, d.heads[k].start) == d.heads[k].start-h.end
}

// parentBefore reports r's city or province named right before it (桂林资源,
// 广西大新).
func (d *recognizer) parentBefore(h hit, r *gazetteer.Region) bool {
	g := d.gazEndingAt(h.start)
	if g == nil || g.kind != mRegion || len(g.refs) != 1 {
		return false
	}
	return d.x.gaz.Within(r.Code, g.refs[0].code)
}

// parentBeforeCandidate returns the one county among a name's candidates
// that lies in the one region the name right before it stands for (湖北|
// 公安, 甘肃|文县): a province or city written before a county's bare name
// decides it, common word or not; nil otherwise.
func (d *recognizer) parentBeforeCandidate(cands, before []nameCandidate) *nameCandidate {
	if len(before) != 1 || before[0].region == nil {
		return nil // (the name before must be one region itself)
	}
	var one *nameCandidate
	for i, c := range cands {
		if c.region != nil && c.region.Level == gazetteer.County && d.x.gaz.Within(c.region.Code, before[0].region.Code) {
			if one != nil {
				return nil
			}
			one = &cands[i]
		}
	}
	return one
}

// placeFrame reports a short name written where a place stands: after a
// preposition or conjunction (与深圳, 赴厦门), in a list, before 市, a
// region's suffix or the head of a name (深圳港), or in a clause with a
// trigger word (对接深圳). 幸福安康, 60周年大庆, 真金白银 stand in none.
func (d *recognizer) placeFrame(h hit) bool {
	t := d.text
	if h.start == 0 || !isNameChar(t[h.start-1]) || inSet("与和同及、赴到在至援对向从经", t[h.start-1]) {
		return true
	}
	if h.end < len(t) && inSet("市、等和与至地区", t[h.end]) || d.x.headWords.startingAt(t, h.end, min(len(t), h.end+8)) > 0 {
		return true // 与深圳, 深圳市, 青岛港
	}
	// a head a few name characters on: the place opens a name (苏州三区一体化发展示范区)
	// when segmentation reads the name as a place of its own (苏州/ns; 桂林/nr|洋 in 桂林洋校区 is not)
	k := headAt(d.heads, h.end)
	if d.cutAt(h.start); k < len(d.heads) && d.heads[k].start-h.end <= 10 && d.tokenAt(h.start).End == h.end &&
		d.tokenAt(h.start).Tag == "ns" {
		plain := true
		for i := h.end; i < d.heads[k].start; i++ {
			plain = plain && isNameChar(t[i])
		}
		if plain {
			return true
		}
	}
	a, b := h.start, h.end
	for a > 0 && !isClauseSep(t[a-1]) {
		a--
	}
	for b < len(t) && !isClauseSep(t[b]) {
		b++
	}
	k = sort.Search(len(d.trigs), func(i int) bool { return d.trigs[i].start >= a })
	return k < len(d.trigs) && d.trigs[k].start < b
}

// remote reports a region outside the subject's province, or outside the
// provinces of a subject group's members (nothing is remote when the
// document has no subject); provincial capitals are never remote, they are
// named in every province's plans.
func (d *recognizer) remote(r *gazetteer.Region) bool {
	if r.Level == gazetteer.Province || r.Level == gazetteer.City && strings.HasSuffix(r.Code, "0100") {
		return false
	}
	if d.subjProv == nil {
		// a group's document across provinces (成渝地区双城经济圈: 成安 is
		// far): a place outside the provinces of the group's members is
		// far; with no subject, or a group of no known members (湘赣边),
		// nothing is
		g := d.subjectGroup()
		return g != nil && len(g.Members) > 0 && !slices.ContainsFunc(g.Members, func(code string) bool {
			p := d.x.gaz.Province(code)
			return p != nil && d.x.gaz.Inside(r, p)
		})
	}
	return !d.inSubject(r, false)
}

// subjectGroup returns the document's subject group, or nil.
func (d *recognizer) subjectGroup() *gazetteer.Group {
	if d.subject == nil {
		return nil
	}
	return d.subject.group
}

// pairNamed reports a two-character name at h whose characters begin the
// names of two other places found in the same sentence (found: the
// gazetteer's hits with their candidate regions): 深圳与百色、广州与河池开展
// 对口协作，共建深百产业园、广河产业园 names its pairs in its parks' names.
func pairNamed(t []rune, h hit, found []hit, cands [][]nameCandidate) bool {
	lo, hi := h.start, h.end
	for lo > 0 && h.start-lo < 80 && t[lo-1] != '。' && t[lo-1] != '\n' {
		lo--
	}
	for hi < len(t) && hi-h.end < 80 && t[hi] != '。' && t[hi] != '\n' {
		hi++
	}
	var first, second bool
	// found is sorted by start: the hits of the sentence only
	for k := sort.Search(len(found), func(i int) bool { return found[i].start >= lo }); k < len(found) && found[k].start < hi; k++ {
		o := found[k]
		if o.end > hi || (o.start == h.start && o.end == h.end) || o.end-o.start < 2 {
			continue
		}
		for _, c := range cands[k] {
			if c.region == nil || c.region.Level == gazetteer.Province {
				continue
			}
			n := []rune(c.region.Name)
			first = first || n[0] == t[h.start]
			second = second || n[0] == t[h.start+1]
		}
	}
	return first && second
}

// opensWord reports a word of two or more characters that starts at pos
// (福清|江阴: 江 opens a word, no river of 福清).
func (d *recognizer) opensWord(pos int) bool {
	d.cutAt(pos)
	tk := d.tokenAt(pos)
	return tk.Start == pos && tk.End-tk.Start >= 2
}

// gluedAfterName reports name characters right before pos that are no
// stop word and not r's parent (天津|滨海新区 is the district): the name at
// pos ends a longer local name.
func (d *recognizer) gluedAfterName(pos int, r *gazetteer.Region) bool {
	t := d.text
	if pos < 2 || !isHan(t[pos-1]) || d.x.stops.endingAt(t, 0, pos) > 0 || d.verbBefore(pos) || d.placeEndingAt(pos) {
		return false
	}
	for a := range ancestors(d.x.gaz, r.Code) {
		for _, n := range []string{a.Name, a.Short} {
			if n != "" && strings.HasSuffix(d.sub(max(0, pos-len([]rune(n))), pos), n) {
				return false
			}
		}
	}
	return true
}

// countedAfterPlace reports a short name written right after an accepted
// place and before a count of places (徐州宝鸡两地, 深圳哈尔滨两市): the
// count says both are places.
func (d *recognizer) countedAfterPlace(h hit, acc *foundList) bool {
	t := d.text
	if h.end+1 >= len(t) || !inSet("两二三四五六七八九", t[h.end]) || !inSet("地市县省区", t[h.end+1]) {
		return false
	}
	return acc.byEnd[h.start] > 0
}

// placeEndingAt reports a place's full name ending at pos, read by
// segmentation as one place word with its level (宜兴市|延长县: two places
// written one after the other, no local name the far county ends).
func (d *recognizer) placeEndingAt(pos int) bool {
	if !inSet("省市县区州旗盟", d.text[pos-1]) {
		return false
	}
	d.cutAt(pos - 1)
	tk := d.tokenAt(pos - 1)
	return tk.End == pos && tk.End-tk.Start >= 3 && tk.Tag == "ns"
}

// ownDistrictWord reports a county or district of the subject city written
// as a word segmentation reads as a place (南沙/ns in 广州's report): named
// bare by its own city, where a common word (资源, 金山银山) is not read so.
func (d *recognizer) ownDistrictWord(h hit, r *gazetteer.Region) bool {
	if d.subjReg == nil || d.subjReg.Level != gazetteer.City || r.Parent != d.subjReg.Code {
		return false
	}
	if d.x.headWords.startingAt(d.text, h.end, min(len(d.text), h.end+6)) > 0 {
		return false // (中原|经济区 in 郑州's plan: the macro-region opens an area's name, not 中原区)
	}
	d.cutAt(h.start)
	tk := d.tokenAt(h.start)
	return tk.Start == h.start && tk.End == h.end && tk.Tag == "ns"
}

// gluedToPlace reports a place of another province accepted right before
// h, with nothing between (滨州|北海电化学储能: an area of 滨州 that the
// project is named by, not 广西's 北海市).
func gluedToPlace(h hit, r *gazetteer.Region, accepted []found, gaz *gazetteer.Gazetteer) bool {
	a := acceptedBefore(h, accepted, func(*gazetteer.Region) bool { return true })
	return a != nil && otherProvinces(a, r, gaz)
}

// afterOtherProvince reports a hit right after an accepted province (full
// or short name) that does not hold r.
func afterOtherProvince(h hit, r *gazetteer.Region, accepted []found, gaz *gazetteer.Gazetteer) bool {
	a := acceptedBefore(h, accepted, func(a *gazetteer.Region) bool { return a.Level == gazetteer.Province })
	return a != nil && otherProvinces(a, r, gaz)
}

// acceptedBefore returns the region of the last place accepted right
// before h, with nothing between, that keep takes, or nil.
func acceptedBefore(h hit, accepted []found, keep func(*gazetteer.Region) bool) *gazetteer.Region {
	for i := len(accepted) - 1; i >= 0; i-- {
		a := accepted[i]
		if a.h.end < h.start {
			return nil
		}
		if a.h.end == h.start && a.c.region != nil && keep(a.c.region) {
			return a.c.region
		}
	}
	return nil
}

// otherProvinces reports two regions of two provinces.
func otherProvinces(a, b *gazetteer.Region, gaz *gazetteer.Gazetteer) bool {
	p, q := gaz.Province(a.Code), gaz.Province(b.Code)
	return p != nil && q != nil && p.Code != q.Code
}

// borderPartner reports the short name of a place across the border of
// the city or county whose document it is, written as a partner: after
// 与, 同, 联动, 携手 or 对接, or before a mutual trigger (萍乡's report:
// 加强与醴陵合作, 主动联动醴陵). Border places name each other bare; the
// name must lie near the subject and not be a common word (醴陵, 赤壁; an
// ambiguous one a place's word in the dictionary, not 和平 or 通道).
func (d *recognizer) borderPartner(h hit, r *gazetteer.Region) bool {
	s := d.subjReg
	if s == nil || s.Level == gazetteer.Province || d.subjProv == nil || r.Level == gazetteer.Province {
		return false
	}
	if !slices.ContainsFunc(d.x.lex.partnerMarks, func(w string) bool { return suffixLen(d.text, h.start, w) > 0 }) && !d.mutualTriggerAfter(h.end) {
		return false
	}
	prov := d.x.gaz.Province(r.Code)
	if prov == nil || !d.x.gaz.Borders(prov.Code, d.subjProv.Code) {
		return false
	}
	p, ok1 := d.x.gaz.Position(r.Code)
	q, ok2 := d.x.gaz.Position(s.Code)
	if !ok1 || !ok2 || kmBetween(p, q) > maxBorderPartner {
		return false
	}
	if !r.Ambiguous {
		return true
	}
	tag, word := d.x.seg.Tag(d.sub(h.start, h.end))
	return !word || tag == "ns"
}

// maxBorderPartner bounds, in kilometres, how far from the subject city or
// county a bare place across the border may lie to be read as its partner.
const maxBorderPartner = 150

// supportedInList reports a short name whose province is named right
// before its list (湖南浏阳、平江) or which stands in a list next to an
// accepted region of the same city.
func (d *recognizer) supportedInList(h hit, list *foundList, r *gazetteer.Region) bool {
	accepted := list.near(h) // only names within two characters of h can support it
	if len(accepted) == 0 {
		return false // (most names: no word or province asked)
	}
	prov := d.x.gaz.Province(r.Code)
	// 万载联动浏阳, 上栗与醴陵: a place joined by a trigger to a named place,
	// before it or after it
	t := d.text
	for _, w := range []string{"联动", "携手", "对接", "与", "同", "和"} {
		if n := suffixLen(t, h.start, w); h.start >= 1 && n > 0 {
			for _, a := range accepted {
				if a.c.region != nil && a.h.end == h.start-n {
					return true
				}
			}
		}
		if n := prefixLen(t, h.end, w); n > 0 {
			for _, a := range accepted {
				if a.c.region != nil && a.h.start == h.end+n {
					return true
				}
			}
		}
	}
	for _, a := range accepted {
		if a.c.region == nil || a.c.region == r {
			continue // (废弃矿区、矿区场地: a word written twice is no list of places)
		}
		var gap string
		switch {
		case a.h.end <= h.start && h.start-a.h.end <= 2:
			gap = d.sub(a.h.end, h.start)
		case h.end <= a.h.start && a.h.start-h.end <= 2:
			gap = d.sub(h.end, a.h.start)
		default:
			continue
		}
		if gap == "至" || gap == "经" || gap == "到" {
			return true // 兴义至永州: a route between two places
		}
		if (gap == "（" || gap == "(") && a.h.end <= h.start && h.end < len(t) && (t[h.end] == '）' || t[h.end] == ')') {
			gap = "" // 番禺（五华）产业转移园: the partner's park, named with its host in brackets (same province below)
		}
		if gap != "" && !listSep(gap) && gap != "—" && gap != "－" && gap != "·" { // (樟树—萍乡: a line's ends, of one province below)
			continue
		}
		pairEnd := max(a.h.end, h.end)
		if gap == "" && d.mutualTriggerAfter(pairEnd) {
			if k := d.trigsFrom(pairEnd); k < len(d.trigs) && d.trigs[k].start == pairEnd {
				return true // 青浦霍山对口合作: two places written together right before a mutual trigger are its parties
			}
		}
		if (gap == "—" || gap == "－" || gap == "·") && d.zoneNamedAfter(pairEnd) {
			return true // 嘉善—庆元—九寨沟飞地产业园, 南浔·广安东西部协作产业园: the parties of a zone its name spells, across provinces
		}
		ap := d.x.gaz.Province(a.c.region.Code)
		if ap != nil && prov != nil && ap.Code == prov.Code {
			return true
		}
		if gap != "" && !r.Ambiguous && d.subjProv != nil && ap != nil && ap.Code == d.subjProv.Code && prov != nil && d.x.gaz.Borders(prov.Code, ap.Code) {
			return true // 平江、修水 in a plan of 湖南: a border area's places, listed across the border
		}
		// listed next to a place that itself needed support: 浏阳、醴陵
		if gap != "" && d.remote(a.c.region) && a.c.short {
			return true
		}
	}
	return false
}

// zoneNamedAfter reports a cooperation word of a zone's name ([zone-words])
// within a few characters after p, over name characters, dashes and
// quotes only, and a head after it: the places before p are its parties.
func (d *recognizer) zoneNamedAfter(p int) bool {
	t := d.text
	e := p
	for e < len(t) && e-p < 12 && (isNameChar(t[e]) || isDash(t[e]) || t[e] == '“' || t[e] == '”') && t[e] != '、' {
		e++
	}
	for k := p + 2; k <= e; k++ {
		if d.x.headWords.endingAt(t, p, k) > 0 {
			return d.zoneWordIn(p, k)
		}
	}
	return false
}

// abbrevGroup expands a group whose name is only province abbreviations
// (港澳, 京津冀) into its members, as the ontology reads 粤港澳 as three
// regions.
func (d *recognizer) abbrevGroup(h hit, g *gazetteer.Group) []*entity {
	if len(g.Members) == 0 {
		return nil
	}
	run := d.text[h.start:h.end]
	for i, c := range run {
		if _, ok := d.x.gaz.Abbrev(string(c)); !ok && !d.memberInitial(c, g, i, len(run)) {
			return nil
		}
	}
	// As the name of an area (京津冀协同发展, 与长三角、京津冀等地区合作) it is
	// the group; as the parties of a mutual trigger (京津冀合作) each region.
	if !d.mutualTriggerAfter(h.end) || d.partnerOfWith(h.start) {
		return nil
	}
	var out []*entity
	for _, code := range g.Members {
		if r, ok := d.x.gaz.Region(code); ok {
			out = append(out, d.regionEntity(r))
		}
	}
	return out
}

// othersAfter reports 其他 or 其余 right after a place or an area, or after
// its 地区 (东北地区其他省份, 省内其余城市), or 沿线 and the kind of places
// along it (长江经济带沿线省市, “一带一路”沿线国家): the place qualifies the
// others.
func (d *recognizer) othersAfter(end int) bool {
	t := d.text
	if end+2 <= len(t) && t[end] == '地' && t[end+1] == '区' {
		end += 2
	}
	if end+2 <= len(t) && t[end] == '其' && (t[end+1] == '他' || t[end+1] == '余') {
		return true
	}
	if end < len(t) && t[end] == '”' {
		end++
	}
	// 长江经济带沿线省市, “一带一路”沿线国家: the places along it
	return end+3 <= len(t) && t[end] == '沿' && t[end+1] == '线' && inSet("省市地国城各", t[end+2])
}

// partiesBeforeMutual reports a run of abbreviations ending at j that a
// mutual trigger follows, directly or after more runs listed with 、
// (京港、京澳全方位合作, 京台交流合作): a pair of common characters is then
// the parties of the action, as the pairs of the lexicon are anywhere.
func (d *recognizer) partiesBeforeMutual(j int) bool {
	t := d.text
	for range 4 {
		if d.mutualTriggerAfter(j) {
			return true
		}
		// 辽苏、京沈、沪连对口合作: the next item a run of abbreviations or
		// cities' initials
		if j+2 >= len(t) || t[j] != '、' || !d.partyChar(t[j+1]) || !d.partyChar(t[j+2]) {
			return false
		}
		k := j + 1
		for k < len(t) && k-j <= 4 && d.partyChar(t[k]) {
			k++
		}
		if k-j > 4 {
			return false
		}
		j = k
	}
	return false
}

// partnerOfWith reports a 与 earlier in the clause of a name
// starting at pos (与京津冀合作, 与长三角、京津冀联动): the name is then a
// partner of the subject, an area, not parties acting among themselves.
func (d *recognizer) partnerOfWith(pos int) bool {
	for i := pos - 1; i >= 0 && pos-i <= maxPeerGap*2 && !isClauseSep(d.text[i]); i-- {
		if d.text[i] == '与' { // (not 同, which segmentation reads a preposition in 广佛全域同城化)
			return true
		}
	}
	return false
}

// memberInitial reports c, the i-th of n characters of a group's name, as
// the first character or the nickname of its i-th member, when the group
// has n members: 深莞惠 is 深圳, 东莞 (莞) and 惠州; 长株潭 长沙, 株洲 and
// 湘潭 (潭).
func (d *recognizer) memberInitial(c rune, g *gazetteer.Group, i, n int) bool {
	if len(g.Members) != n {
		return false
	}
	r, ok := d.x.gaz.Region(g.Members[i])
	if !ok {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(r.Name); first == c {
		return true
	}
	nick := d.x.nicknames.get(c)
	return nick != nil && nick.Code == r.Code
}

// sideOfPlace reports a macro-region's name ([macro-regions], 中西部) at
// start, hit k, written right after a place's or group's name: the side of
// that place, not the country's region (东中部地区, after a direction, is
// the country's east and centre).
func (d *recognizer) sideOfPlace(start, k int, hits []hit) bool {
	t := d.text
	if !runesAt(t, start, "中西部") && !slices.ContainsFunc(d.x.lex.macroRegions, func(w string) bool { return runesAt(t, start, w) }) {
		return false
	}
	if k > 0 && hits[k-1].end == start || start > 1 && d.partyChar(t[start-1]) && d.partyChar(t[start-2]) {
		return true // (成渝|中部地区: a run of abbreviations)
	}
	return d.x.headWords.endingAt(t, 0, start) > 0 // 山西中部城市群|东北
}

// listedCandidate resolves an ambiguous name k listed by 、 with names
// that are not (张家口、承德、大同、忻州; 井冈山、莲花、醴陵): the one candidate of
// the level of a listed neighbour and in its province, or nil. Lists name
// peers, and peers of one list lie together.
func (d *recognizer) listedCandidate(k int, hits []hit, cands [][]nameCandidate) *nameCandidate {
	peers := d.listedPeers(k, hits, cands)
	var found *nameCandidate
	for i := range cands[k] {
		c := &cands[k][i]
		if c.region == nil || !slices.ContainsFunc(peers, func(p *gazetteer.Region) bool {
			return p.Level == c.region.Level && d.x.gaz.Province(p.Code) == d.x.gaz.Province(c.region.Code)
		}) {
			continue
		}
		if found != nil {
			return nil
		}
		found = c
	}
	return found
}

// listedPeers returns the regions of the names listed by 、 right before
// and right after name k that name one region each.
func (d *recognizer) listedPeers(k int, hits []hit, cands [][]nameCandidate) []*gazetteer.Region {
	var peers []*gazetteer.Region
	if k > 0 && hits[k-1].end+1 == hits[k].start && d.text[hits[k-1].end] == '、' {
		if r := uniqueRegion(cands[k-1]); r != nil {
			peers = append(peers, r)
		}
	}
	if k+1 < len(hits) && hits[k].end+1 == hits[k+1].start && d.text[hits[k].end] == '、' {
		if r := uniqueRegion(cands[k+1]); r != nil {
			peers = append(peers, r)
		}
	}
	return peers
}

// cityAmongCities returns the city candidate of name k when k also names a
// province (吉林) and stands in a list by 、 next to a city named by no
// other candidate (长春、哈尔滨、大庆、吉林为重点): lists name peers, and a
// province listed among cities is the city of its name. nil otherwise.
func (d *recognizer) cityAmongCities(k int, hits []hit, cands [][]nameCandidate) *nameCandidate {
	var city *nameCandidate
	for i := range cands[k] {
		if c := &cands[k][i]; c.group == nil && c.region != nil && c.region.Level == gazetteer.City {
			city = c
		}
	}
	if city == nil || !slices.ContainsFunc(d.listedPeers(k, hits, cands), func(r *gazetteer.Region) bool { return r.Level == gazetteer.City }) {
		return nil
	}
	return city
}

// closedListAfterPlace reports a hit listed by 、 right after an accepted
// region, in a list that a class or a count of places closes (嘉善、庆元、
// 九寨沟三县): the text says every item is a place, whatever its province.
func (d *recognizer) closedListAfterPlace(h hit, acc *foundList) bool {
	if h.start < 2 || d.text[h.start-1] != '、' || !d.placeListClosed(h) {
		return false
	}
	return slices.ContainsFunc(acc.near(h), func(a found) bool { return a.c.region != nil && a.h.end == h.start-1 })
}

// placeListClosed reports a list of short items joined by 、 after hit h
// that 等 and a class of places close ([place-list-closers]: 姚安、盈江等地),
// or their count and class (庆元、九寨沟三县).
func (d *recognizer) placeListClosed(h hit) bool {
	t := d.text
	pos := h.end
	listed := h.start > 0 && t[h.start-1] == '、' // (a list even where the count follows this item at once)
	for items := 0; items < 8 && pos < len(t); items++ {
		if t[pos] == '等' {
			return anyWordAt(t, pos+1, d.x.lex.placeListClosers)
		}
		if (items > 0 || listed) && (isChineseNumeral(t[pos]) || t[pos] == '两') && pos+1 < len(t) && inSet("县市区地州", t[pos+1]) {
			return true // 嘉善、庆元、九寨沟|三县: the count of the places listed
		}
		if t[pos] != '、' {
			return false
		}
		k := pos + 1
		for k < len(t) && k-pos <= 6 && isHan(t[k]) && t[k] != '等' {
			k++
		}
		if k-pos-1 < 2 || k-pos > 6 {
			return false
		}
		pos = k
	}
	return false
}

// featureSide reports a hit that a feature's last character and a
// direction spell, glued to a name before it and followed by a side of the
// feature ([feature-sides]: 金鳞湖北岸, 太湖南岸, 泰山东麓).
func (d *recognizer) featureSide(h hit) bool {
	t := d.text
	if h.end-h.start != 2 || h.start == 0 || h.end >= len(t) || !isFeatureChar(t[h.start]) || !inSet("东南西北", t[h.start+1]) || !isHan(t[h.start-1]) {
		return false
	}
	return anyWordAt(t, h.end, d.x.lex.featureSides)
}

// afterAmount reports a figure and a unit of amount right before pos
// ([amount-units], after 亿, 万, 千 or 百 and digits: 1000亿元).
func (d *recognizer) afterAmount(pos int) bool {
	t := d.text
	k := pos
	if k == 0 || !d.x.amountFirsts.at(t, k-1) || !anyWordAt(t, k-1, d.x.lex.amountUnits) {
		return false
	}
	k--
	for k > 0 && inSet("亿万千百", t[k-1]) {
		k--
	}
	return k > 0 && (isDigit(t[k-1]) || isChineseNumeral(t[k-1]))
}

// inDateline reports a hit in a news dateline at the start of a line: the
// outlet and the place it reports from, then a date and 电 or 讯
// (浙江在线11月29日讯, 新华网北京3月5日电), with nothing but name characters
// and figures before the date. The ontology reads no place from a dateline.
func (d *recognizer) inDateline(h hit) bool {
	t := d.text
	ls := h.start
	for ls > 0 && t[ls-1] != '\n' && h.start-ls <= 12 {
		if !isNameChar(t[ls-1]) {
			return false
		}
		ls--
	}
	if ls > 0 && t[ls-1] != '\n' {
		return false
	}
	for k := h.end; k < len(t) && k-ls <= 24 && t[k] != '\n'; k++ {
		if t[k] == '日' && k+1 < len(t) && (t[k+1] == '电' || t[k+1] == '讯') && k > 0 && isDigit(t[k-1]) {
			return true
		}
		if !isNameChar(t[k]) && !isDigit(t[k]) {
			return false
		}
	}
	return false
}

// inNotPlacePhrase reports a hit inside one of [not-place-phrases].
func (d *recognizer) inNotPlacePhrase(h hit) bool {
	if !d.x.notPlaceChars.has(d.text[h.start]) {
		return false // (most hits: their first character stands in no phrase)
	}
	n, c := h.end-h.start, d.text[h.start]
	for _, w := range d.x.notPlaceRunes {
		// (compared as characters, the hit's first one first: 宁, 德 and
		// 云 open many places' names)
		for off := 0; off+n <= len(w); off++ {
			if w[off] == c && h.start-off >= 0 && h.start-off+len(w) <= len(d.text) && slices.Equal(d.text[h.start-off:h.start-off+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// homelandFrontier reports a frontier (a name ending in 疆) right after a
// word for the whole country ([homeland-words]: 祖国北疆, 守好祖国南疆).
func (d *recognizer) homelandFrontier(h hit) bool {
	if d.text[h.end-1] != '疆' {
		return false
	}
	for _, w := range d.x.lex.homelandWords {
		if n := utf8.RuneCountInString(w); h.start >= n && runesAt(d.text, h.start-n, w) {
			return true
		}
	}
	return false
}

// provinceNamedBy returns the province of county r when r's short name is
// part of the province's own short name (龙江县 in 黑龙江): written alone,
// such a name is the province's customary short form, as the province's
// own documents use it (龙江振兴, 投资龙江), while the county is written
// with its suffix. Nil for every other county.
func (d *recognizer) provinceNamedBy(r *gazetteer.Region) *gazetteer.Region {
	p := d.x.gaz.Province(r.Code)
	if p == nil || r.Short == "" || p.Short == r.Short || !strings.Contains(p.Short, r.Short) {
		return nil
	}
	return p
}

// routeEndCandidate resolves an ambiguous name k joined by a dash or 至 to
// a name that is not (大同—怀来—天津北…工程, 大同至怀来铁路): of the candidates,
// the one nearest the joined place, as nearestOf decides. A route joins
// nearby places far more often than far ones.
func (d *recognizer) routeEndCandidate(k int, hits []hit, cands [][]nameCandidate) *nameCandidate {
	joins := func(a, b int) bool { return b == a+1 && (isDash(d.text[a]) || d.text[a] == '至') }
	var peer *gazetteer.Region
	if k+1 < len(hits) && joins(hits[k].end, hits[k+1].start) {
		peer = uniqueRegion(cands[k+1])
	}
	if peer == nil && k > 0 && joins(hits[k-1].end, hits[k].start) {
		peer = uniqueRegion(cands[k-1])
	}
	if peer == nil {
		return nil
	}
	var regions []*gazetteer.Region
	for _, c := range cands[k] {
		if c.group != nil {
			return nil
		}
		regions = append(regions, c.region)
	}
	r := d.nearestTo(peer, regions)
	if r == nil {
		return nil
	}
	for i := range cands[k] {
		if cands[k][i].region == r {
			return &cands[k][i]
		}
	}
	return nil
}

// uniqueRegion returns the one region cands name, or nil when they name a
// group, several regions, or an ambiguous short name.
func uniqueRegion(cands []nameCandidate) *gazetteer.Region {
	var r *gazetteer.Region
	for _, c := range cands {
		if c.group != nil {
			return nil
		}
		if c.short && c.region.Ambiguous {
			return nil
		}
		if r != nil {
			return nil
		}
		r = c.region
	}
	return r
}

// unresolvedMsg is the finding on an ambiguous name left unresolved:
// "NAME left unresolved (REGION, REGION): no context decides", built in one
// allocation (this finding is among the most frequent).
func unresolvedMsg(name []rune, cands []nameCandidate) string {
	const mid, tail = " left unresolved (", "): no context decides"
	n := len(name)*utf8.UTFMax + len(mid) + len(tail)
	for _, c := range cands {
		if c.region != nil {
			n += len(c.region.Name) + 2
		}
	}
	var b strings.Builder
	b.Grow(n)
	for _, r := range name {
		b.WriteRune(r)
	}
	b.WriteString(mid)
	sep := ""
	for _, c := range cands {
		if c.region != nil {
			b.WriteString(sep)
			b.WriteString(c.region.Name)
			sep = ", "
		}
	}
	b.WriteString(tail)
	return b.String()
}

// sharedPlaceWord reports a district's short name that the dictionary
// reads as a place (南沙/ns) and that districts of several provinces share,
// the candidate lying in the subject's province: ambiguous for the places it
// may be, so where it stands as a place (placeFrame: 南沙深化…, 横琴、前海、
// 南沙; not 绿水青山就是…) the province decides (南沙 in a report of 广东 is
// 广州's, not 三沙's).
func (d *recognizer) sharedPlaceWord(c *nameCandidate) bool {
	if !c.short || !d.inSubject(c.region, false) {
		return false
	}
	if tag, ok := d.x.seg.Tag(c.region.Short); !ok || tag != "ns" {
		return false
	}
	return len(d.x.gaz.ByShort(c.region.Short)) >= 2
}

// sharedHeadItem reports a list mark at pos and a later item that holds a
// head within a few characters (之江、西湖、良渚实验室): the name before pos is
// an item whose head the last one carries, no place.
func (d *recognizer) sharedHeadItem(pos int) bool {
	t := d.text
	for j := pos; j < len(t) && (t[j] == '、' || t[j] == '和'); {
		k := j + 1
		for k < len(t) && k-j <= 8 && isNameChar(t[k]) {
			if d.x.headWords.startingAt(t, k, min(len(t), k+8)) > 0 {
				return true
			}
			k++
		}
		j = k
	}
	return false
}

// resolve picks what a gazetteer name stands for here, or nil when the
// context does not decide (ambiguous names are left unresolved).
func (d *recognizer) resolve(cands []nameCandidate, known map[string]bool) *nameCandidate {
	if len(cands) == 0 {
		return nil
	}
	if len(cands) == 1 {
		// Most names stand for one thing: what the loop below gives, with
		// no copy of the candidate to pick from (a pointer into cands,
		// which nothing writes through, as group's already is).
		if c := &cands[0]; c.group == nil {
			return d.pick(cands[:1:1], known, c.short)
		}
		return &cands[0]
	}
	// A group name wins over a region's short name, a full name over both.
	var full, short []nameCandidate
	var group *nameCandidate
	for i, c := range cands {
		switch {
		case c.group != nil:
			group = &cands[i]
		case c.short:
			short = append(short, c)
		default:
			full = append(full, c)
		}
	}
	if len(full) > 0 {
		return d.pick(full, known, false)
	}
	if group != nil {
		// 湘东 is a group (east Hunan) and the short name of 湘东区: in a
		// document about the province that holds the district, the district.
		// (海西 in a text that names 海西州 in full: the prefecture, not
		// the group of 福建)
		for _, c := range short {
			if d.inSubject(c.region, false) || known[c.region.Code] {
				return d.pick(short, known, true)
			}
		}
		return group
	}
	return d.pick(short, known, true)
}

func (d *recognizer) pick(cs []nameCandidate, known map[string]bool, short bool) *nameCandidate {
	single := len(cs) == 1
	// Prefer the higher level when one candidate lies in another (吉安:
	// 吉安市 over 吉安县).
	if len(cs) > 1 {
		var top []nameCandidate
		for _, c := range cs {
			inner := false
			for _, o := range cs {
				if o.region != c.region && d.x.gaz.Within(c.region.Code, o.region.Code) {
					inner = true
				}
			}
			if !inner {
				top = append(top, c)
			}
		}
		cs = top
	}
	if len(cs) == 2 && cs[0].region.Parent == cs[1].region.Parent && cs[0].region.Level == cs[1].region.Level {
		// 伊宁: 伊宁市 and 伊宁县 under one prefecture; the bare name is
		// the city, the seat the county is named after
		for i, c := range cs {
			if strings.HasSuffix(c.region.Name, "市") && strings.HasSuffix(cs[1-i].region.Name, "县") {
				return &cs[i]
			}
		}
	}
	if len(cs) == 1 {
		c := cs[0]
		// A short name no other region shares but flagged ambiguous is a
		// common word (合作, 城区): it needs the subject or its parent nearby.
		weakName := short || utf8.RuneCountInString(c.region.Name) <= 2 // 和县, 成县
		if single && weakName && c.region.Ambiguous && !d.inSubject(c.region, true) && !known[c.region.Parent] {
			return nil
		}
		return &cs[0]
	}
	// Several: a province over districts and counties that share its short
	// name (河北: 河北省, not 天津's 河北区, which is written with its 区);
	// else the one in the subject's province, or under a region the
	// document names without doubt.
	if short {
		var prov *nameCandidate
		counties := true
		for i, c := range cs {
			switch c.region.Level {
			case gazetteer.Province:
				prov = &cs[i]
			case gazetteer.County:
			default:
				counties = false
			}
		}
		if prov != nil && counties {
			return prov
		}
	}
	var in []nameCandidate
	for _, c := range cs {
		if d.inSubject(c.region, false) {
			in = append(in, c)
		}
	}
	if len(in) == 1 {
		return &in[0]
	}
	var ctx []nameCandidate
	for _, c := range cs {
		for a := range ancestors(d.x.gaz, c.region.Code) {
			// a county needs its city named, not only its province (和平)
			if known[a.Code] && (c.region.Level != gazetteer.County || a.Level == gazetteer.City || a.Code == c.region.Parent) {
				ctx = append(ctx, c)
				break
			}
		}
	}
	if len(ctx) == 1 {
		return &ctx[0]
	}
	// Otherwise a province's short name is the province (海南: not 海南藏族
	// 自治州 or 海南区, far from the document and unnamed in it), and a
	// city's the city over districts and counties of other cities, which
	// plans write with their 区 or 县 (西安: not 辽源's or 牡丹江's 西安区).
	var prov, city *nameCandidate
	cities, others := 0, 0
	for i, c := range cs {
		switch c.region.Level {
		case gazetteer.Province:
			if prov != nil {
				return nil
			}
			prov = &cs[i]
		case gazetteer.City:
			city, cities = &cs[i], cities+1
		case gazetteer.County:
		default:
			others++
		}
	}
	if prov == nil && short && cities == 1 && others == 0 {
		// (the gazetteer calls the city ambiguous for the names it shares;
		// the dictionary says whether its own is a place's: 西安/ns, not 大同/d)
		if tag, ok := d.x.seg.Tag(city.region.Short); ok && tag == "ns" {
			return city
		}
	}
	return prov
}

// insideAny reports a region among es that holds e's region.
func (d *docText) insideAny(e *entity, es []*entity) bool {
	if e == nil || e.region == nil {
		return false
	}
	return slices.ContainsFunc(es, func(o *entity) bool { return o.region != nil && d.x.gaz.Inside(e.region, o.region) })
}

// inSubject reports whether r lies in the subject region's province (or,
// when strict, in the subject region itself).
func (d *docText) inSubject(r *gazetteer.Region, strict bool) bool {
	if strict {
		return d.subjReg != nil && (r.Code == d.subjReg.Code || d.x.gaz.Inside(r, d.subjReg))
	}
	p := d.subjProv
	if p == nil {
		return false
	}
	return d.x.gaz.Inside(r, p) // (p itself too)
}

// gazAt returns the gazetteer mention covering position i, or nil.
func (d *docView) gazAt(i int) *mention {
	spans := d.gazSpans
	if uint(i) < uint(len(d.text)) && len(spans) > 0 {
		if len(d.gazCover) == 0 {
			d.coverGaz()
		}
		if d.gazCover[i>>6]&(1<<(i&63)) == 0 {
			return nil // no span holds i: the bisection below would find none
		}
	}
	// sort.Search's bisection, written out: the closure was called at every
	// step of one of the most frequent questions of recognition
	k, hi := 0, len(spans)
	for k < hi {
		h := int(uint(k+hi) >> 1)
		if spans[h].end > i {
			hi = h
		} else {
			k = h + 1
		}
	}
	if k < len(spans) && spans[k].start <= i {
		return d.gazSpans[k]
	}
	return nil
}

// noGazAt reports that gazAt(i) is nil where the cover's bit answers it,
// inline: most characters asked are in no span. False says nothing; ask
// gazAt (d.noGazAt(i) || d.gazAt(i) == nil is gazAt(i) == nil).
func (d *docView) noGazAt(i int) bool {
	c, w := d.gazCover, uint(i)>>6
	return w < uint(len(c)) && c[w]>>(uint(i)&63)&1 == 0
}

// anySpanIn reports whether a gazetteer mention may cover a character of
// [a, b): false says gazAt is nil at each of them, so that a loop asking
// gazAt of every character of a range need not run (a test of one or two
// words of the cover, where each character cost a call).
func (d *docView) anySpanIn(a, b int) bool {
	a, b = max(a, 0), min(b, len(d.text))
	if a >= b || len(d.gazSpans) == 0 {
		return false
	}
	if len(d.gazCover) == 0 {
		d.coverGaz()
	}
	first, last := a>>6, (b-1)>>6
	for w := first; w <= last; w++ {
		m := d.gazCover[w]
		if w == first {
			m &= ^uint64(0) << (a & 63)
		}
		if w == last {
			m &= ^uint64(0) >> (63 - (b-1)&63)
		}
		if m != 0 {
			return true
		}
	}
	return false
}

// coverGaz sets gazCover to the characters the mentions of gazSpans
// cover. gazAt calls it after spans were added: a few times a document,
// as recognition's passes add them (relations add none and at most build
// it once, a cache of what the spans say).
func (d *docView) coverGaz() {
	n := len(d.text)>>6 + 1
	if cap(d.gazCover) < n {
		d.gazCover = make([]uint64, n)
	} else {
		d.gazCover = d.gazCover[:n]
		clear(d.gazCover)
	}
	for _, g := range d.gazSpans {
		for c := max(g.start, 0); c < min(g.end, len(d.text)); c++ {
			d.gazCover[c>>6] |= 1 << (c & 63)
		}
	}
}

// gazEndingAt returns the gazetteer mention ending exactly at end, or nil.
func (d *docView) gazEndingAt(end int) *mention {
	m := d.gazAt(end - 1)
	if m != nil && m.end == end {
		return m
	}
	return nil
}

// recognizeAbbrev finds abbreviation compounds (赣湘, 港澳, 闽浙赣), one-character
// places after a verb of presence (来萍, 入赣) and pronouns (我市).
func (d *recognizer) recognizeAbbrev() {
	t := d.text
	covered := make([]bool, len(t)+1)
	for _, g := range d.gazSpans {
		for i := g.start; i < g.end; i++ {
			covered[i] = true
		}
	}
	var added []*mention
	add := func(m *mention) {
		d.addMention(m)
		added = append(added, m)
	}
	subjFirst := rune(-1) // the one character oneCharPlace reads besides the abbreviations
	if d.subjReg != nil && d.subjReg.Level != gazetteer.Province {
		if rs := []rune(d.subjReg.Name); len(rs) > 0 {
			subjFirst = rs[0]
		}
	}
	// Most characters are neither an abbreviation, the subject's first
	// character nor a direction, and none of the tests below holds: they
	// are passed in a loop of their own over one bitmap of all of them
	// (isAbbrev's with the others set; one read a character).
	stops := d.x.abbrevBits
	for _, c := range []rune{subjFirst, '南', '东'} {
		if uint32(c) < 1<<16 {
			stops[c>>6] |= 1 << (c & 63)
		}
	}
	// One pass over the text finds both the positions the loop below reads
	// (stops, and any character outside the plane) and those of the
	// subject province's initials, which initialRuns and crossRuns read.
	var initBits *[1 << 10]uint64
	if p := d.subjProv; p != nil {
		initBits = d.x.initialBits[p.Code]
	}
	// (both lists read here only: their buffers go back to intsPool)
	marks, initials := appendStopsAndInitials(intsPool.take(), intsPool.take(), t, &stops, initBits, d.x.initialWords)
	defer intsPool.give(marks)
	defer intsPool.give(initials)
	next := 0 // the first of marks not passed
	for i := 0; i < len(t); i++ {
		for next < len(marks) && marks[next] < i {
			next++
		}
		if next == len(marks) {
			break
		}
		i = marks[next]
		if t[i] == '南' || t[i] == '东' { // directionPair's first test, without the call
			if m := d.directionPair(i); m != nil {
				add(m) // 南北疆: 南疆 and 北疆
				i = m.end - 1
				continue
			}
		}
		if covered[i] || !d.x.isAbbrev(t[i]) && t[i] != subjFirst {
			continue // (most characters: neither a run nor a place after a verb of presence starts here)
		}
		j := i
		for j < len(t) && !covered[j] && d.x.isAbbrev(t[j]) {
			j++
		}
		if j-i >= 2 && anyWordAt(t, j, d.x.lex.landforms) {
			i = j - 1
			continue // 云贵高原: a landform, no regions
		}
		if j-i >= 2 && i > 0 && isHan(t[i-1]) && !d.x.isAbbrev(t[i-1]) && d.joinedAt(i) {
			// 出台|青浦: the first abbreviation closes a word before it
			// (出台), it names no region
			i = j - 1
			continue
		}
		if j-i >= 2 && j < len(t) && isHan(t[j]) && d.mayJoin(j) {
			// 川渝|港口合作: the last abbreviation opens a word that runs on
			// (港口, 港区), it names no region
			// (not a place word: 川粤东|西部 is read by the directions' rule)
			d.cutAt(j - 1)
			if tk := d.tokenAt(j - 1); tk.Start == j-1 && tk.End > j && tk.Tag != "ns" && tk.Tag != "nsf" && tk.Tag != "j" {
				j--
			}
		}
		if j-i == 2 && !d.runFollowed(j) {
			// 在津|新|设, 新|渝商: an abbreviation never written alone that
			// segmentation reads as an adjective of its own is the word
			// (新: new), no party of a pair
			if d.adjectiveAt(i) {
				i++
			} else if d.adjectiveAt(j - 1) {
				j--
			}
		}
		if m := d.localCityRun(i, covered); m != nil {
			add(m) // 沪宁杭 in a plan of 安徽: 上海, 南京, 杭州
			i = m.end - 1
			continue
		}
		if m := d.municipalityPair(i, j); m != nil {
			add(m) // 沪宁: 上海 and 南京, whatever province's document
			i = j - 1
			continue
		}
		n := j - i
		// whether all are strict matters only for a pair (three or more
		// pass): the map is read there, not for every abbreviation
		strict := n == 2 && d.x.abbrevs.get(t[i]).strict && d.x.abbrevs.get(t[i+1]).strict
		if n >= 1 && (n >= 2 || i > 0 && (d.initialOfSubject(t[i-1]) || d.x.nicknames.get(t[i-1]) != nil)) && d.cityInitialBefore(i) {
			if m := d.mixedRun(i, j); m != nil {
				add(m) // 深港澳合作: a city of the province and the regions beyond
				i = j - 1
				continue
			}
			if n >= 2 {
				i = j - 1
				continue // 榆|鄂宁: a run that a city's initial opens names cities and areas, not provinces
			}
		}
		if j < len(t) && !covered[j] && (d.initialOfSubject(t[j]) || d.x.nicknames.get(t[j]) != nil || n >= 2 && d.soleCity(t[j]) != nil) {
			// (京沪港深等城市: after two regions' abbreviations, the initial of
			// the one city it opens, far from the subject, closes the run too)
			if m := d.cityClosedRun(i, j); m != nil {
				add(m) // 港深合作, 渝蓉合作: regions beyond and the city that closes the run
				i = j
				continue
			}
		}
		if n >= 2 && (!strict || n >= 3 || slices.Contains(d.x.lex.strictPairs, string(t[i:j])) || d.partiesBeforeMutual(j)) && !(j < len(t) && isRouteHeadAt(d.x.lex, t, j)) {
			m := &mention{start: i, end: j, kind: mAbbrev}
			seen := map[string]bool{}
			for k := i; k < j; k++ {
				r := d.x.abbrevs.get(t[k]).region
				if !seen[r.Code] {
					seen[r.Code] = true
					m.refs = append(m.refs, d.regionEntity(r))
				}
			}
			add(m)
			i = j - 1
			continue
		}
		if n >= 2 {
			i = j - 1
			continue
		}
		if d.reachPair(i) {
			// 通冀达陕, 连蒙抵豫: two verbs of reaching, a place after each
			add(d.oneRef(mention{start: i, end: i + 1, kind: mAbbrev}, d.regionEntity(d.x.abbrevs.get(t[i]).region)))
			continue
		}
		// one character after a verb of presence
		// (the bitmap of abbreviations first: it rules out most characters)
		if i > 0 && (d.x.isAbbrev(t[i]) || t[i] == subjFirst) && isPresenceChar(t[i-1]) && !d.inShortQuote(i) && (i+1 >= len(t) || !isHan(t[i+1]) || covered[i+1] ||
			isFunctionChar(t[i+1]) || isPresenceChar(t[i+1]) || inSet("等和及、", t[i+1]) || d.verbWordAt(i+1) && !d.joinedAt(i)) {
			// 来萍投资, 入赣; 援藏援疆等, 驻京: aid and a posting name their
			// region even by a strict abbreviation
			if r := d.oneCharPlace(t[i], t[i-1] == '援' || t[i-1] == '驻'); r != nil {
				add(d.oneRef(mention{start: i, end: i + 1, kind: mAbbrev}, d.regionEntity(r)))
			}
		}
	}
	for _, m := range added {
		for k := m.start; k < m.end; k++ {
			covered[k] = true // 津甘协作 in a plan of 天津: the provinces, not 津南 and 甘南 read again by initials
		}
	}
	for _, m := range d.quotedRuns(covered) {
		add(m)
		for k := m.start; k < m.end; k++ {
			covered[k] = true
		}
	}
	runs := d.initialRuns(covered, initials)
	for _, m := range runs {
		add(m)
	}
	for _, m := range d.crossRuns(covered, runs, initials) {
		add(m)
	}
	for _, m := range d.farPairs(covered, initials) {
		add(m)
	}
	for _, m := range d.namedRuns(covered) {
		add(m)
		for k := m.start; k < m.end; k++ {
			covered[k] = true
		}
	}
	if d.subjReg != nil {
		// One pass over the text for all the pronouns, where a search of
		// the whole text for each was 1 % of the extraction; they are
		// added as before, pronoun by pronoun, each left to right without
		// overlapping itself.
		prs := d.x.lex.subjectPronouns
		runes := d.x.pronounRunes
		regs := make([]*gazetteer.Region, len(prs))
		var firsts []rune
		var firstBits uint64 // a bit for each first character, by its low 6 bits: most characters are ruled out by it
		for k := range prs {
			if regs[k] = d.pronounRegion(runes[k][1]); regs[k] != nil && !slices.Contains(firsts, runes[k][0]) {
				firsts = append(firsts, runes[k][0])
				firstBits |= 1 << (runes[k][0] & 63)
			}
		}
		found := make([][]int, len(prs))
		next := make([]int, len(prs)) // where pronoun k may next be found
		at := func(i int) {
			c := t[i]
			for k, pr := range runes {
				if regs[k] != nil && pr[0] == c && i >= next[k] && runesAt(t, i, prs[k]) {
					found[k] = append(found[k], i)
					next[k] = i + len(pr)
				}
			}
		}
		if d.x.pronounsMarked {
			// the first characters' positions, which markPositions found:
			// a pronoun's places are all among its first character's, in
			// order, so each character's list read in turn finds the same
			for _, c := range firsts {
				for _, i := range d.marks.of(c) {
					at(i)
				}
			}
		} else {
			for i := 0; i < len(t); i++ {
				if i = nextLowBits(t, i, firstBits); i == len(t) {
					break
				}
				if slices.Contains(firsts, t[i]) {
					at(i)
				}
			}
		}
		for k, at := range found {
			for _, i := range at {
				if !covered[i] {
					add(d.oneRef(mention{start: i, end: i + len(runes[k]), kind: mPronoun}, d.regionEntity(regs[k])))
				}
			}
		}
	}
	a, b, from := d.titlePair()
	if a == nil {
		a, b, from = d.visitPair()
	}
	if a != nil {
		// 辽宁省与江苏省对口合作实施方案: 两省 and 双方 in the text are the two
		for _, w := range d.x.lex.pairPronouns {
			wr := []rune(w)
			level := wr[len(wr)-1]
			if level == '省' && (a.Level != gazetteer.Province || b.Level != gazetteer.Province) || level == '市' && (a.Level != gazetteer.City || b.Level != gazetteer.City) {
				continue
			}
			for i := from; i+len(wr) <= len(t); i++ {
				// (潮州和深圳罗湖|两地: a count of the places written right
				// before, whose list names the parties)
				if runesAt(t, i, w) && !covered[i] && !covered[i+len(wr)-1] && (i == 0 || !d.x.isAbbrev(t[i-1]) && !covered[i-1]) {
					add(&mention{start: i, end: i + len(wr), kind: mAbbrev, refs: []*entity{d.regionEntity(a), d.regionEntity(b)}})
				}
			}
		}
	}
	for _, m := range d.countedReferents(covered) {
		add(m)
	}
	if len(added) > 0 {
		d.gazSpans = append(d.gazSpans, added...)
		d.gazCover = d.gazCover[:0]
	}
	slices.SortFunc(d.gazSpans, func(a, b *mention) int { return cmp.Compare(a.start, b.start) }) // (not sort.Slice: see vouchedItems)
}

// maxNamedRun bounds the characters of a run namedRuns reads.
const maxNamedRun = 6

// namedRuns reads runs of places written one character each, before a word
// that binds a run, where each character is the first of a city or county
// the document names elsewhere, or its nickname (衢州市、黄山市、南平市、
// 上饶市四市…推动衢黄南饶联动发展; 遂宁市与潼南区…遂潼一体化): in any
// province's document the places named stand behind their initials, where
// initialRuns reads only the subject province's. A place name the gazetteer
// reads strictly inside the run (黄南) gives way unless the document names
// that place elsewhere too; the characters must stand for distinct places,
// none inside another.
func (d *recognizer) namedRuns(covered []bool) []*mention {
	t := d.text
	// the places named, each with where it is named: a place named only
	// inside the run's window is no place named elsewhere (黄南 in 衢黄南饶)
	type place struct {
		r           *gazetteer.Region
		first, last int // where it is named first and last
	}
	var named []place
	index := map[*gazetteer.Region]int{}
	byFirst := map[rune][]int{} // the places by their first character
	var firsts [1 << 10]uint64  // the first characters of the places named: most characters are none
	for _, g := range d.gazSpans {
		if g.kind != mRegion || len(g.refs) != 1 || g.refs[0].region == nil || g.end-g.start < 2 {
			continue
		}
		if r := g.refs[0].region; r.Level == gazetteer.City || r.Level == gazetteer.County {
			if k, ok := index[r]; ok {
				named[k].first, named[k].last = min(named[k].first, g.start), max(named[k].last, g.start)
				continue
			}
			c := firstRune(r.Name)
			index[r] = len(named)
			byFirst[c] = append(byFirst[c], len(named))
			named = append(named, place{r, g.start, g.start})
			if uint32(c) < 1<<16 {
				firsts[c>>6] |= 1 << (c & 63)
			}
		}
	}
	if len(named) < 2 {
		return nil
	}
	for c, r := range d.x.nicknames.m {
		if _, ok := index[r]; ok && c < 1<<16 {
			firsts[c>>6] |= 1 << (c & 63) // (饶 for 上饶 named)
		}
	}
	var lo, hi int // the run's window
	elsewhere := func(r *gazetteer.Region) bool {
		k, ok := index[r]
		return ok && (named[k].first < lo || named[k].last >= hi)
	}
	// the one place named elsewhere a character stands for, by its first
	// character or as its nickname, or nil (none, or two)
	placeOf := func(c rune) *gazetteer.Region {
		var found *gazetteer.Region
		for _, k := range byFirst[c] {
			if elsewhere(named[k].r) {
				if found != nil {
					return nil
				}
				found = named[k].r
			}
		}
		if r := d.x.nicknames.get(c); r != nil && r != found && elsewhere(r) {
			if found != nil {
				return nil
			}
			found = r
		}
		return found
	}
	var out []*mention
	for i := 0; i < len(t); i++ {
		if i = nextMarked(t, i, &firsts); i == len(t) {
			break // (the characters below, passed in one loop)
		}
		c := t[i]
		if uint32(c) >= 1<<16 || firsts[c>>6]&(1<<(c&63)) == 0 {
			continue // (most characters: no first character or nickname of a place named)
		}
		if n := t[min(i+1, len(t)-1)]; i+1 >= len(t) || uint32(n) >= 1<<16 || firsts[n>>6]&(1<<(n&63)) == 0 {
			continue // (a run has two places at least)
		}
		if i > 0 && isHan(t[i-1]) && d.x.stops.endingAt(t, 0, i) == 0 && !andOrWith(t[i-1]) {
			continue // the run opens a word: after a mark, a stop word or a conjunction
		}
		lo, hi = i, i+maxNamedRun
		var regs []*gazetteer.Region
		j := i
		for j < len(t) && j-i < maxNamedRun {
			r := placeOf(t[j])
			if r == nil || slices.ContainsFunc(regs, func(q *gazetteer.Region) bool {
				return q == r || d.x.gaz.Inside(q, r) || d.x.gaz.Inside(r, q)
			}) {
				break
			}
			regs = append(regs, r)
			j++
		}
		if len(regs) < 2 || !d.runFollowed(j) {
			continue
		}
		ok := true
		for k := i; k < j && ok; k++ {
			if covered[k] {
				// a place name read strictly inside the run gives way unless
				// the document names that place elsewhere (在与江苏结对: the
				// province, not 江宁 and 苏州)
				g := d.gazAt(k)
				ok = g != nil && g.start > i && g.end < j && g.kind == mRegion && !slices.ContainsFunc(g.refs, func(e *entity) bool {
					return e.region != nil && elsewhere(e.region)
				})
			}
		}
		if !ok {
			continue
		}
		m := &mention{start: i, end: j, kind: mAbbrev}
		for _, r := range regs {
			m.refs = append(m.refs, d.regionEntity(r))
		}
		out = append(out, m)
		i = j - 1
	}
	if len(out) > 0 {
		d.dropSpansIn(out) // (once: each drop would make gazAt cover the text again)
	}
	return out
}

// maxReferentReach bounds the characters between a counted list of places
// (衢州、黄山、南平、上饶四市) and a count that refers back to it (四市签订…).
const maxReferentReach = 1000

// countedReferents reads the counts of places that refer back to a list
// counted the same way before them (会议在衢州、黄山、南平、上饶四市召开。
// 会上，四市签订合作框架协议; 成都市与重庆市两市…。两市将共建…): the count
// alone names the places of that list, the nearest before it within
// maxReferentReach characters. A count is a numeral and a level of place
// ([counted-levels]), a word of its own (not 两市场, 三省级).
func (d *recognizer) countedReferents(covered []bool) []*mention {
	t := d.text
	type referent struct {
		word [2]rune
		end  int
		refs []*entity
	}
	var last []referent
	var out []*mention
	for i := 0; i+2 <= len(t); i++ {
		if i = nextCountNumeral(t, i); i+2 > len(t) {
			break // (the characters countAt would read 0 of, passed in one loop)
		}
		n := countAt(d.x.lex.countedLevels, t, i)
		if n == 0 {
			continue
		}
		if i+2 < len(t) {
			d.cutAt(i + 1)
			if tk := d.tokenAt(i + 1); tk.End > i+2 {
				continue // 两市场, 三省级: the level is part of a word after it
			}
		}
		word := [2]rune{t[i], t[i+1]}
		if list := d.placesEndingAt(i); len(list) == n {
			last = slices.DeleteFunc(last, func(r referent) bool { return r.word == word })
			last = append(last, referent{word, i + 2, list})
			continue
		}
		if covered[i] || covered[i+1] || i > 0 && (isHan(t[i-1]) && d.x.stops.endingAt(t, 0, i) == 0 || covered[i-1]) {
			continue // (a count right after a name counts that name's places: 江苏两市)
		}
		k := slices.IndexFunc(last, func(r referent) bool { return r.word == word })
		if k < 0 || i-last[k].end > maxReferentReach {
			continue
		}
		out = append(out, &mention{start: i, end: i + 2, kind: mAbbrev, refs: last[k].refs})
	}
	return out
}

// countAt returns the number of places a count at i names (四市, 两省:
// a numeral of two or more and one of levels, [counted-levels]), or 0.
func countAt(levels, t []rune, i int) int {
	if i+1 >= len(t) {
		return 0
	}
	if n := countNumeral(t[i]); n >= 2 && slices.Contains(levels, t[i+1]) {
		return n
	}
	return 0
}

// countNumerals has bit r set (word r>>6, bit r&63) for the characters of
// the Basic Multilingual Plane that countNumeral reads as 2 or more: 2–9
// and Chinese numerals of U+4E00–U+56FF, the only ones it reads
// (TestNextCountNumeral).
var countNumerals = func() (b [1 << 10]uint64) {
	for _, lo := range [...][2]rune{{'2', '9' + 1}, {0x4E00, 0x5700}} {
		for r := lo[0]; r < lo[1]; r++ {
			if countNumeral(r) >= 2 {
				b[r>>6] |= 1 << (r & 63)
			}
		}
	}
	return b
}()

// nextCountNumeral returns the first index k >= i of t whose character
// countNumeral reads as 2 or more, or that lies outside the Basic
// Multilingual Plane (which countNumeral reads as 0), or len(t):
// countedReferents' filter, where a call of countAt at every character of a
// text was 7 % of an extraction's instructions (its loop's registers
// spilled around the call). nextMarked's loop: one bit test a character
// and no branch but the loop's (a test of the range of the Chinese
// numerals first mispredicted at one character in three or so).
func nextCountNumeral(t []rune, i int) int { return nextMarked(t, i, &countNumerals) }

// countNumeral returns the number a numeral character writes (两 and 二
// are 2), or 0.
func countNumeral(r rune) int {
	switch { // (asked of every character of a text)
	case r >= '2' && r <= '9':
		return int(r - '0')
	case r < 0x4E00:
		return 0
	}
	switch r {
	case '两', '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	case '一':
		return 1
	}
	return 0
}

// placesEndingAt returns the regions of the list of place names that ends
// at end, joined by 、, 和, 及 or 与, in order; nil when no place ends there.
func (d *recognizer) placesEndingAt(end int) []*entity {
	var list []*entity
	for {
		g := d.gazEndingAt(end)
		if g == nil || g.kind != mRegion || len(g.refs) != 1 {
			break
		}
		if slices.Contains(list, g.refs[0]) {
			return nil
		}
		list = append(list, g.refs[0])
		if g.start < 1 || !(d.text[g.start-1] == '、' || andOrWith(d.text[g.start-1])) {
			break
		}
		end = g.start - 1
	}
	slices.Reverse(list)
	return list
}

// dropSpansIn removes the place names read inside the runs (in order, not
// overlapping), which the runs replace, from the spans and the mentions.
func (d *recognizer) dropSpansIn(runs []*mention) {
	in := func(m *mention) bool {
		k := sort.Search(len(runs), func(k int) bool { return runs[k].end > m.start })
		return k < len(runs) && m.start >= runs[k].start && m.end <= runs[k].end
	}
	d.gazSpans = slices.DeleteFunc(d.gazSpans, in)
	d.mentions = slices.DeleteFunc(d.mentions, in)
	d.gazCover = d.gazCover[:0]
}

// areaBeside returns the group the hit ps[k] also names when a hit right
// before or after it, glued or across 、 or 和, names a group too: a run of
// areas (湘南湘西承接产业转移示范区, 粤东、粤西). nil otherwise.
func (d *recognizer) areaBeside(hits []hit, cands [][]nameCandidate, k int) *nameCandidate {
	var own *nameCandidate
	for i, c := range cands[k] {
		if c.group != nil {
			own = &cands[k][i]
		}
	}
	if own == nil {
		return nil
	}
	for _, j := range []int{k - 1, k + 1} {
		if j < 0 || j >= len(hits) {
			continue
		}
		a, b := hits[j], hits[k]
		if j > k {
			a, b = b, a
		}
		if a.end > b.start {
			continue
		}
		if gap := d.sub(a.end, b.start); gap != "" && gap != "、" && gap != "和" {
			continue
		}
		for _, c := range cands[j] {
			if c.group != nil {
				return own
			}
		}
	}
	return nil
}

// cityInitialBefore reports, glued before a run of abbreviations at i, the
// first character of the one city of the subject's province it can stand
// for (榆 for 榆林 in 榆鄂宁): the run is one of cities' initials, whose
// others the provinces' abbreviations would misread (鄂 for 鄂尔多斯).
func (d *recognizer) cityInitialBefore(i int) bool {
	if i == 0 || !isHan(d.text[i-1]) || d.x.isAbbrev(d.text[i-1]) || d.gazAt(i-1) != nil {
		return false
	}
	return d.runCity(d.text[i-1]) != nil
}

// runCity returns the city that c stands for as a party of a run: the one
// city of the subject's province whose name starts with c, or the city
// whose customary one-character name c is, wherever it lies (蓉 成都, 穗
// 广州: nicknames.tsv), or nil.
func (d *recognizer) runCity(c rune) *gazetteer.Region {
	if r, second := d.initialPlace(c, false); r != nil {
		if r.Level == gazetteer.City && (!second || r == d.subjReg) {
			return r // (沪明 in a report of 三明: the subject city's own second character)
		}
		if n := d.x.nicknames.get(c); second && n == d.subjReg {
			return n // 沪饶 in a report of 上饶: the city's nickname, its second character
		}
		return nil
	}
	return d.x.nicknames.get(c)
}

// municipalityPair reads a pair of abbreviations, [i, j), in which a
// municipality's stands beside a city's local nickname whose province
// borders it (沪宁: 上海 and 南京, the pair of 沪宁高速 and 沪宁沿线, not
// 宁夏): the pair is local to the city's province wherever it is written.
func (d *recognizer) municipalityPair(i, j int) *mention {
	if j-i != 2 {
		return nil
	}
	t := d.text
	for k := i; k < j; k++ {
		city := d.x.localNicknames.get(t[k])
		other, ok := d.x.abbrevs.lookup(t[i+j-1-k])
		if city == nil || !ok || !isMunicipality(other.region) {
			continue
		}
		if p := d.x.gaz.Province(city.Code); p == nil || !d.x.gaz.Borders(p.Code, other.region.Code) {
			continue
		}
		refs := []*entity{d.regionEntity(other.region), d.regionEntity(city)}
		if k == i {
			refs[0], refs[1] = refs[1], refs[0]
		}
		return &mention{start: i, end: j, kind: mAbbrev, refs: refs}
	}
	return nil
}

// adjectiveAt reports at k a strict abbreviation (one never written alone)
// that segmentation reads as an adjective by itself.
func (d *recognizer) adjectiveAt(k int) bool {
	if a, ok := d.x.abbrevs.lookup(d.text[k]); !ok || !a.strict {
		return false
	}
	d.cutAt(k)
	tk := d.tokenAt(k)
	return tk.Start == k && tk.End == k+1 && tk.Tag == "a"
}

// soleCity returns the one city of the country whose name c begins (深:
// 深圳市), nil when c begins none, several, or is a province's abbreviation.
func (d *recognizer) soleCity(c rune) *gazetteer.Region {
	if cs := d.x.citiesByFirst.get(c); len(cs) == 1 && !d.x.isAbbrev(c) {
		return cs[0]
	}
	return nil
}

// cityClosedRun reads a run of parties that abbreviations of regions open
// and the initial or nickname of a city closes, at j, before a word that
// binds a run (港深合作: 香港 and 深圳; 渝蓉合作: 重庆 and 成都), as
// mixedRun reads the run a city opens. The city's initial is a word's
// last character or a word alone (港深|合作), never the start of a word
// running on (川渝|深化).
func (d *recognizer) cityClosedRun(i, j int) *mention {
	t := d.text
	if !d.runFollowed(j+1) || i > 0 && d.runCity(t[i-1]) != nil {
		return nil // (甬|台温: a longer run of cities' initials, initialRuns')
	}
	city := d.runCity(t[j])
	if city == nil && j-i >= 2 {
		city = d.soleCity(t[j])
	}
	if city == nil {
		return nil
	}
	d.cutAt(j)
	if tk := d.tokenAt(j); tk.End != j+1 {
		return nil
	}
	own := d.x.gaz.Province(city.Code)
	m := &mention{start: i, end: j + 1, kind: mAbbrev}
	for k := i; k < j; k++ {
		r := d.x.abbrevs.get(t[k]).region
		if r == own || len(d.x.citiesByFirst.get(t[k])) > 0 && (!isBeyondMainland(r) || d.initialOfSubject(t[k])) {
			return nil // 粤深: a city and its own province; 鄂榆: cities' initials too (mixedRun)
		}
		if e := d.regionEntity(r); !slices.Contains(m.refs, e) {
			m.refs = append(m.refs, e)
		}
	}
	if e := d.regionEntity(city); !slices.Contains(m.refs, e) {
		m.refs = append(m.refs, e)
	}
	return m
}

// titlePair returns the two regions a title joins with 与, 和, a dash or a
// middle dot (辽宁省与江苏省对口合作实施方案: 辽宁省, 江苏省), or nil: the parties the text calls
// 两省 or 双方 from its start (from, 0).
func (d *recognizer) titlePair() (a, b *gazetteer.Region, from int) {
	end := slices.Index(d.text, '\n')
	if end < 0 {
		end = len(d.text)
	}
	var prev *mention
	for _, g := range d.gazSpans {
		if g.start >= end {
			break
		}
		if g.kind != mRegion || len(g.refs) != 1 || g.refs[0].region == nil {
			prev = nil
			continue
		}
		if a, b := prevRegion(prev), g.refs[0].region; a != nil && g.start == prev.end+1 && inSet("与和-—－·", d.text[prev.end]) && // (深圳-哈尔滨对口交流会)
			a.Level == b.Level && a != b {
			return a, b, 0 // (peers: not 成都与四川7市, a city and its province)
		}
		prev = g
	}
	return nil, nil, 0
}

// visitPair returns the place a delegation comes from and the place it
// visits, read from the first sentence that sends one ([delegation-words]
// after the first place, a [visit-verbs] word before the second:
// 田家庵区党政代表团赴常州市天宁区学习考察, a place qualified by its city
// read as the innermost), and where the sentence starts: the pair 两地 and
// 双方 stand for after it. nil when no sentence does or the two are one.
func (d *recognizer) visitPair() (a, b *gazetteer.Region, from int) {
	t := d.text
	for k, g := range d.gazSpans {
		if g.kind != mRegion || len(g.refs) != 1 || g.refs[0].region == nil {
			continue
		}
		p := g.end
		n := 0
		for p < len(t) && p-g.end < 4 && isHan(t[p]) {
			if n = d.x.delegations.startingAt(t, p, len(t)); n > 0 {
				break
			}
			p++ // 党政, 政府: the delegation's kind
		}
		if n == 0 {
			continue
		}
		if p > g.end && d.x.headWords.endingAt(t, g.end, p) > 0 {
			continue // 金华开发区|代表团: a zone's delegation, the place names the zone
		}
		p += n
		v := d.x.visitWords.startingAt(t, p, len(t))
		if v == 0 || k+1 >= len(d.gazSpans) {
			continue
		}
		h := d.gazSpans[k+1]
		if h.start != p+v || h.kind != mRegion || len(h.refs) != 1 || h.refs[0].region == nil {
			continue
		}
		for _, q := range d.gazSpans[k+2:] {
			if q.start != h.end || q.kind != mRegion || len(q.refs) != 1 || q.refs[0].region == nil || !d.x.gaz.Inside(q.refs[0].region, h.refs[0].region) {
				break
			}
			h = q // 常州市|天宁区: the district the city qualifies
		}
		if a, b := g.refs[0].region, h.refs[0].region; a != b && !d.x.gaz.Inside(a, b) && !d.x.gaz.Inside(b, a) {
			s := g.start
			for s > 0 && t[s-1] != '\n' && t[s-1] != '。' {
				s--
			}
			return a, b, s
		}
		return nil, nil, 0
	}
	return nil, nil, 0
}

// prevRegion returns the region of a region mention, or nil.
func prevRegion(m *mention) *gazetteer.Region {
	if m == nil {
		return nil
	}
	return m.refs[0].region
}

// localCityRun reads at i a run of three or four cities, one character
// each, that a local nickname makes a run of cities (沪宁杭 in a plan of
// 安徽 or 江苏: 上海, 南京, 杭州, not 上海 and 宁夏): every character a
// municipality's abbreviation, a nickname or the initial of the one city
// of its first character in the subject's province and those bordering
// it, one of them a nickname that holds only near its city; nil otherwise.
func (d *recognizer) localCityRun(i int, covered []bool) *mention {
	t := d.text
	if d.subjProv == nil || d.localNickname(t[i]) == nil && (i+1 >= len(t) || d.localNickname(t[i+1]) == nil) {
		return nil // (the bit of most runs: no local nickname in its first two)
	}
	near := append([]string{d.subjProv.Code}, d.x.gaz.Neighbours(d.subjProv.Code)...)
	m := &mention{start: i, kind: mAbbrev}
	var rs []*gazetteer.Region
	local, city := false, false
	k := i
	for ; k < len(t) && k-i < 4 && !covered[k]; k++ {
		if k-i >= 3 && d.runFollowed(k) {
			break // 沪宁杭|合作: the run ends where what binds it begins
		}
		c := t[k]
		var r *gazetteer.Region
		if r = d.localNickname(c); r != nil {
			local = true
		} else if a, ok := d.x.abbrevs.lookup(c); ok && isMunicipality(a.region) {
			r = a.region
		} else if r = d.x.nicknames.get(c); r == nil {
			for _, q := range d.x.citiesByFirst.get(c) {
				if slices.ContainsFunc(near, func(code string) bool { return d.x.gaz.Within(q.Code, code) }) {
					if r != nil {
						return nil // two cities nearby start with it
					}
					r = q
				}
			}
		}
		if r == nil {
			break
		}
		city = city || !isMunicipality(r)
		if !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	if k-i < 3 || !local || !city || len(rs) != k-i || k < len(t) && isHan(t[k]) && d.mayJoin(k) && t[k] != '的' && !d.runFollowed(k) {
		return nil
	}
	d.cutAt(k - 1)
	if tk := d.tokenAt(k - 1); tk.End > k {
		return nil // (the last character opens a word that runs on)
	}
	m.end = k
	for _, r := range rs {
		m.refs = append(m.refs, d.regionEntity(r)) // (entities made only for a run read)
	}
	return m
}

// isBeyondMainland reports 香港, 澳门 and 台湾: the regions a city of
// the mainland pairs with across a border or strait (深港, 珠澳, 榕台),
// whatever cities of a bordering province share their abbreviation
// (台州).
func isBeyondMainland(r *gazetteer.Region) bool {
	return r != nil && (strings.HasPrefix(r.Code, "71") || strings.HasPrefix(r.Code, "81") || strings.HasPrefix(r.Code, "82"))
}

// initialOfSubject reports a character that may stand for a place of the
// subject's province (its bit in initialBits): a test of one word before
// the lookups of cityInitialBefore, for every single abbreviation.
func (d *recognizer) initialOfSubject(c rune) bool {
	if d.subjProv == nil || c >= 1<<16 {
		return false
	}
	b := d.x.initialBits[d.subjProv.Code]
	return b != nil && b[c>>6]&(1<<(c&63)) != 0
}

// mixedRun reads a run of parties that the initial of a city of the
// subject's province opens and abbreviations of other regions close, before
// a word that binds a run (深港澳合作, 珠澳合作: 深圳, 香港 and 澳门; 珠海 and
// 澳门). An abbreviation that is also the initial of cities of the province
// or of bordering ones stands for the one of them nearest the opening city
// (榆鄂宁: 鄂尔多斯, not 湖北 or 鄂州, and 宁夏); where none is clearly
// nearest, or it is the subject's own abbreviation (深粤), the run is left
// unread.
func (d *recognizer) mixedRun(i, j int) *mention {
	t := d.text
	if !d.runFollowed(j) {
		return nil
	}
	d.cutAt(i - 1)
	if tk := d.tokenAt(i - 1); tk.Start != i-1 {
		return nil // 前海|深港: the initial ends a word of its own
	}
	city := d.runCity(t[i-1])
	prov := d.subjProv
	own := d.x.gaz.Province(city.Code)
	near := append([]string{prov.Code}, d.x.gaz.Neighbours(prov.Code)...)
	m := &mention{start: i - 1, end: j, kind: mAbbrev, refs: []*entity{d.regionEntity(city)}}
	mixed := false
	for k := i; k < j; k++ {
		r := d.x.abbrevs.get(t[k]).region
		if r == own {
			return nil // 深粤: a city and its own province
		}
		var cands []*gazetteer.Region
		for _, q := range d.x.citiesByFirst.get(t[k]) {
			if slices.ContainsFunc(near, func(code string) bool { return d.x.gaz.Within(q.Code, code) }) {
				cands = append(cands, q)
			}
		}
		if len(cands) > 0 && isBeyondMainland(r) && !slices.ContainsFunc(cands, func(q *gazetteer.Region) bool { return d.x.gaz.Within(q.Code, prov.Code) }) {
			cands = nil // 榕台合作 in 福建: 台湾, not 台州 of 浙江
		}
		if len(cands) > 0 {
			if r = d.nearestTo(city, cands); r == nil {
				return nil
			}
		}
		if e := d.regionEntity(r); !slices.Contains(m.refs, e) {
			m.refs = append(m.refs, e)
			mixed = mixed || r.Level != gazetteer.City
		}
	}
	if !mixed {
		return nil // 福莆宁: cities only, a run of initials (initialRuns)
	}
	return m
}

// nearestTo returns the one of cands nearest to r, when it is at most a
// third as far as the next and within maxEndDistance; nil otherwise.
func (d *recognizer) nearestTo(r *gazetteer.Region, cands []*gazetteer.Region) *gazetteer.Region {
	p, ok := d.x.gaz.Position(r.Code)
	if !ok {
		return nil
	}
	return d.nearestOf(cands, func(_ *gazetteer.Region, q gazetteer.Position) float64 { return kmBetween(p, q) })
}

// isRouteHeadAt reports a route head ([run-route-heads]) right after an
// abbreviation run: in 赣粤高速 the letters are the route's endpoints,
// handled with the route.
func isRouteHeadAt(lex *lexicon, t []rune, j int) bool {
	if routeHeadStarts(lex, t, j) {
		return true
	}
	for _, q := range lex.routeQualifiers {
		// 广佛|环|城际, 成渝|中线|高铁: a line's qualifier before the head
		if n := prefixLen(t, j, q); n > 0 && routeHeadStarts(lex, t, j+n) {
			return true
		}
	}
	return false
}

// routeHeadStarts reports a word of [run-route-heads] starting at j.
func routeHeadStarts(lex *lexicon, t []rune, j int) bool {
	for _, h := range lex.runRouteHeads {
		if n := prefixLen(t, j, h); n > 0 && n <= 4 { // within 4 characters of j
			return true
		}
	}
	return false
}

// isFeatureChar reports characters that make a name a geographic feature.
// featureContext reports what follows a name at end as the context of a
// natural feature: a word of water or terrain (流域, 水质), or a list of
// features closed by 等 (洪湖、梁子湖等重点湖库).
func (d *recognizer) featureContext(end int) bool {
	t := d.text
	if d.x.featureFirsts.at(t, end) {
		rest := d.sub(end, min(len(t), end+3))
		for _, w := range d.x.lex.featureFollowers {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
	}
	for j := end; j < len(t) && j < end+24 && !isClauseSep(t[j]) && t[j] != '\n'; j++ {
		if t[j] != '等' {
			continue
		}
		after := d.sub(j+1, min(len(t), j+6))
		for _, q := range []string{"重点", "主要", "重要", "大型"} {
			after = strings.TrimPrefix(after, q)
		}
		for _, w := range d.x.lex.featureClasses {
			if strings.HasPrefix(after, w) {
				return true
			}
		}
		return false
	}
	return false
}

// isSettlementChar reports the finals of villages, forts and market towns:
// after a region's short name they make a longer place name (甘泉堡, 王家庄),
// never the region's own thing as 港 or 新区 do (萍乡港).
// isHan is unicode.Is(unicode.Han, r) with the CJK Unified Ideographs,
// all Han and most of a text, answered first (as isNameChar does).
func isHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x2E80 && hanFrom2E80(r) // none below U+2E80
}

// hanFrom2E80 is unicode.Is(unicode.Han, r) for r from U+2E80, with the
// CJK marks (U+3000–U+303F: 、。《》) and the full-width forms (，：；)
// answered before the table search: the commonest characters after the
// ideographs, which the rules ask about as often.
func hanFrom2E80(r rune) bool {
	switch {
	case r >= 0xFB00 && r <= 0xFFFF:
		return false
	case r >= 0x3000 && r <= 0x303F:
		return r == 0x3005 || r == 0x3007 || r >= 0x3021 && r <= 0x3029 || r >= 0x3038 && r <= 0x303B // 々 〇 〡–〩 〸–〻
	}
	return unicode.Is(unicode.Han, r)
}

// isDigit is unicode.IsDigit with ASCII, the full-width forms and
// U+1C5A–U+A61F (no digit among them: general punctuation, CJK marks and
// the CJK Unified Ideographs) answered before its table search, which the
// rules asked of nearly every character they read (the marks ，、。“” too).
func isDigit(r rune) bool {
	// U+1C5A–U+A61F in line, the rest in a call: the rules ask it of
	// Chinese characters most, 54,000 times an extraction
	return uint32(r)-0x1C5A >= 0xA620-0x1C5A && isDigitOutside(r)
}

// isDigitOutside is isDigit outside U+1C5A–U+A61F.
func isDigitOutside(r rune) bool {
	switch {
	case r < 0x80:
		return '0' <= r && r <= '9'
	case r >= 0x1C5A && r < 0xA620:
		return false
	case r >= 0xFF00 && r <= 0xFFFF:
		return r >= '０' && r <= '９'
	}
	return unicode.IsDigit(r)
}

func isSettlementChar(r rune) bool {
	switch r {
	case '堡', '庄', '村', '寨', '屯', '营', '铺', '集', '坪', '垭', '埠', '墩', '圩', '垸', '镇', '乡': // (洪山镇: a town, not 洪山区)
		return true
	}
	return false
}

func isFeatureChar(r rune) bool {
	switch r {
	case '湖', '山', '江', '河', '岭', '峰', '溪', '泉', '洲', '岛', '湾', '塘', '峡', '谷', '脉':
		return true
	}
	return false
}

// verbWordAt reports a verb of two characters or more that segmentation
// reads starting at i (赴湘|加强对接: the abbreviation before it stands alone).
func (d *recognizer) verbWordAt(i int) bool {
	d.cutAt(i)
	tk := d.tokenAt(i)
	return tk.Start == i && tk.End-tk.Start >= 2 && segment.IsVerbTag(tk.Tag) && tk.Tag != "vn"
}

// reachPair reports an abbreviation at i in four characters of two verbs
// of reaching, each before an abbreviation ([reach-verbs]: 通冀达陕), as
// the first place or the second, standing apart from the text around.
func (d *recognizer) reachPair(i int) bool {
	t := d.text
	reach := func(k int) bool { return k >= 0 && k < len(t) && strings.ContainsRune(d.x.lex.reachVerbs, t[k]) }
	abbrev := func(k int) bool { return k >= 0 && k < len(t) && d.x.isAbbrev(t[k]) }
	if !abbrev(i) || !reach(i-1) {
		return false
	}
	a := i - 1 // the four characters' start
	if !(reach(i+1) && abbrev(i+2)) {
		if !(abbrev(i-2) && reach(i-3)) {
			return false
		}
		a = i - 3
	}
	// (stands apart: no name character right before or after the four)
	return (a == 0 || !isHan(t[a-1]) || d.listMark(a-1) || d.verbBefore(a)) && (a+4 >= len(t) || !isHan(t[a+4]) || d.listMark(a+4) || t[a+4] == '的')
}

// isPresenceChar reports verbs of presence that stand before a one-character
// abbreviation of a place (来萍投资, 入赣, 兴赣).
func isPresenceChar(r rune) bool {
	switch r {
	case '来', '赴', '在', '驻', '留', '返', '回', '入', '到', '兴', '出', '离', '援':
		return true
	}
	return false
}

func isFunctionChar(r rune) bool {
	return inSet("投发创就旅考工学兴定落置设参", r)
}

// oneCharPlace resolves a single character standing for a place: the
// subject city's first character (来萍), or a province abbreviation (入赣).
func (d *recognizer) oneCharPlace(c rune, aid bool) *gazetteer.Region {
	if d.subjReg != nil && d.subjReg.Level != gazetteer.Province {
		if rs := []rune(d.subjReg.Name); len(rs) > 0 && rs[0] == c {
			return d.subjReg
		}
	}
	if a, ok := d.x.abbrevs.lookup(c); ok && (!a.strict || aid) {
		return a.region
	}
	return nil
}

// inShortQuote reports a position inside a short quoted name (“疆算入渝”):
// a place written there one character each is part of the name.
func (d *recognizer) inShortQuote(pos int) bool {
	t := d.text
	a := pos
	for a > 0 && pos-a < 8 && t[a-1] != '“' && t[a-1] != '”' && isNameChar(t[a-1]) {
		a--
	}
	if a == 0 || t[a-1] != '“' {
		return false
	}
	for b := pos + 1; b < len(t) && b-pos < 8; b++ {
		if t[b] == '”' {
			return true
		}
		if !isNameChar(t[b]) {
			return false
		}
	}
	return false
}

// pronounRegion returns the region 我市/全省/本县 refers to: the subject or
// its ancestor of the level the last character names.
func (d *docText) pronounRegion(level rune) *gazetteer.Region {
	cands := append([]*gazetteer.Region{d.subjReg}, d.x.gaz.Ancestors(d.subjReg.Code)...)
	for _, r := range cands {
		last, _ := utf8.DecodeLastRuneInString(r.Name) // (no []rune of the name: a dozen calls a document)
		switch level {
		case '省':
			if r.Level == gazetteer.Province && last == '省' {
				return r
			}
		case '市':
			if last == '市' && r.Level != gazetteer.Province {
				return r
			}
		case '区', '县':
			if r.Level == gazetteer.County && last == level {
				return r
			}
		}
	}
	return nil
}

// routeJoin reports a name joined to another by 至, 经 or 到 (兴义至永州).
func (d *recognizer) routeJoin(h hit) bool {
	return (h.end < len(d.text) && inSet("至经到", d.text[h.end])) ||
		(h.start > 0 && inSet("至经到", d.text[h.start-1]))
}

// mutualTriggerAfter reports a mutual trigger (合作, 协作, 联动) a few
// plain words after pos, with no punctuation between.
func (d *recognizer) mutualTriggerAfter(pos int) bool {
	for _, tr := range d.trigs[d.trigsFrom(pos):] {
		if tr.start-pos > maxPeerGap {
			return false
		}
		for i := pos; i < tr.start; i++ {
			if !isNameChar(d.text[i]) || d.text[i] == '等' {
				return false // 京津冀等地区: an area among others
			}
		}
		switch d.x.trigDefs[tr.word].typ {
		case kg.CooperatesWith, kg.LinksWith:
			return true
		}
		return false
	}
	return false
}

// straddles reports a short place name that word segmentation does not
// read as a word of its own: a word crosses its start (适应城市 for 应城)
// or runs on from inside it (和县城 for 和县), or the name begins a longer
// word that is not a place and one of the lexicon's heads (鄱阳湖, 武昌鱼,
// 白玉兰; but 广州港 is 广州 and a head).
func (d *recognizer) straddles(start, end int) bool {
	lo, hi := start, end
	for lo > 0 && start-lo < 4 && isHan(d.text[lo-1]) {
		lo--
	}
	for hi < len(d.text) && hi-end < 4 && isHan(d.text[hi]) {
		hi++
	}
	if start >= end || end > len(d.text) {
		return d.straddlesWords(lo, hi, start, end)
	}
	// Only two words of lo..hi can straddle: the one holding start, if it
	// begins before start, and the one holding end-1, if it runs past end.
	// Their units alone are cut, not those of the whole window, as
	// straddlesWords did (TestStraddles compares the two).
	if lo < start && d.mayJoin(start) {
		d.cutAt(start)
		if tk := d.tokenAt(start); tk.Start < start {
			a, b := max(tk.Start, lo), min(tk.End, hi)
			if b == end && tk.Tag == "ns" && start-a >= 2 { // the dictionary is asked last
				if _, word := d.x.seg.Tag(d.sub(a, start)); word {
					return false // 首都北京/ns: a word in apposition, then the place (the word holds end-1 too)
				}
			}
			return true
		}
	}
	if !d.mayJoin(end) {
		return false
	}
	d.cutAt(end - 1)
	tk := d.tokenAt(end - 1)
	a, b := max(tk.Start, lo), min(tk.End, hi) // clipped to the window, as words gives it
	switch {
	case a > start && b > end:
		// (唐/山港: a word of the place's last character and a one-character
		// head after it is the place and its head, as 广州港 is)
		return !(tk.Tag == "ns" && b-end == 1 && d.headAt(end))
	case a == start && b > end:
		// (浙江工业大学/nt: an organisation named after the place holds it;
		// 广州白云机场/ns: a place's facility the dictionary holds whole)
		return !d.headAt(end) && !isFeatureSuffixOK(d.text[end:b]) && tk.Tag != "nt" && !d.placeFacility(tk.Tag, end, b)
	}
	return false
}

// placeFacility reports a dictionary word tagged a place that runs on from a
// place's name at end to b, three characters or more, and ends with a head
// of the lexicon (广州|白云机场/ns): the place opens the facility's name, as
// in 广州南沙港 (not 鄱阳|湖, 长白|山: a lake or a mountain, no head).
func (d *recognizer) placeFacility(tag string, end, b int) bool {
	return tag == "ns" && b-end >= 3 && d.x.headWords.endingAt(d.text, end, b) > 0
}

// straddlesWords is straddles over all the words of lo..hi.
func (d *recognizer) straddlesWords(lo, hi, start, end int) bool {
	for _, tk := range d.scratchWords(lo, hi) {
		a, b := lo+tk.Start, lo+tk.End
		switch {
		case a < start && b > start:
			if _, word := d.x.seg.Tag(d.sub(a, start)); b == end && tk.Tag == "ns" && start-a >= 2 && word {
				continue // 首都北京/ns: a word in apposition, then the place (not 一马平川, 黄河口)
			}
			return true
		case a > start && a < end && b > end:
			if !(tk.Tag == "ns" && b-end == 1 && d.headAt(end)) {
				return true
			}
		case a == start && b > end:
			if !d.headAt(end) && !isFeatureSuffixOK(d.text[end:b]) && tk.Tag != "nt" && !d.placeFacility(tk.Tag, end, b) {
				// (浙江工业大学/nt: an organisation named after the place holds it)
				return true
			}
		}
	}
	return false
}

// headAt reports a lexicon head starting at pos.
func (d *recognizer) headAt(pos int) bool {
	k := headAt(d.heads, pos)
	return k < len(d.heads) && d.heads[k].start == pos
}

// isFeatureSuffixOK reports what may follow a place inside one word and
// still leave the place named: an administrative suffix (市, 县, 地区).
func isFeatureSuffixOK(rest []rune) bool {
	switch string(rest) {
	case "市", "县", "区", "省", "州", "地区", "人", "籍":
		return true
	}
	return false
}

// quotedRuns reads a quoted run of one-character abbreviations of places in
// the subject's province (“黎从榕”: 黎平县, 从江县, 榕江县): each character the
// first of exactly one city or county there.
func (d *recognizer) quotedRuns(covered []bool) []*mention {
	if d.subjProv == nil {
		return nil
	}
	var out []*mention
	t := d.text
	quotes, q := d.marks.of('“'), 0
	for i := 0; i < len(t); i++ {
		for q < len(quotes) && quotes[q] < i {
			q++
		}
		if q == len(quotes) {
			break
		}
		i = quotes[q] // the first “ from i
		j := i + 1
		for j < len(t) && j-i <= 5 && isHan(t[j]) && !covered[j] {
			j++
		}
		if j >= len(t) || t[j] != '”' || j-i-1 < 2 || j-i-1 > 4 {
			continue
		}
		if d.onlyPlaceStarting(t[i+1]) == nil {
			// no run, words or not, and no entity made on the way (the
			// loop below stops at its first character): the words (a cut)
			// are not asked; the scan goes on after the closing quote
			// either way, the characters inside being no opening quote
			i = j
			continue
		}
		words := false
		for _, tk := range d.scratchWords(i+1, j) { // read at once, none kept
			words = words || tk.End-tk.Start > 1
		}
		if words {
			continue // “城中村”, “红绿灯”: words, not a run of places
		}
		var refs []*entity
		for k := i + 1; k < j; k++ {
			r := d.onlyPlaceStarting(t[k])
			if r == nil {
				refs = nil
				break
			}
			refs = append(refs, d.regionEntity(r))
		}
		if refs != nil {
			out = append(out, &mention{start: i + 1, end: j, kind: mAbbrev, refs: refs})
		}
		i = j
	}
	return out
}

// initialRuns reads unquoted runs of places of the subject's province
// written one character each, before a word that binds them (汉襄宜省内大
// 空间协同, 郑开同城化, 海澄文一体化): each character a word of its own and
// the initial of one place there (initialPlace). Plans name the cities of a
// cluster so in every province; quoted runs are quotedRuns'. initials are
// the positions of the characters that may stand for a place of the
// province (stopsAndInitials with its initialBits): most characters of a
// text are not, and only these are read.
func (d *recognizer) initialRuns(covered []bool, initials []int) []*mention {
	p := d.subjProv
	if p == nil {
		return nil
	}
	// The characters that can stand for a place of the province (built at
	// New): most characters of a text are not, and a bit answers first.
	bits := d.x.initialBits[p.Code]
	if bits == nil {
		return nil
	}
	in := func(c rune) bool { return c < 1<<16 && bits[c>>6]&(1<<(c&63)) != 0 }
	var out []*mention
	t := d.text
	next := 0 // where the scan goes on: past the last run read
	for _, i := range initials {
		if i < next || covered[i] {
			continue
		}
		j := i
		for j < len(t) && !covered[j] && in(t[j]) {
			j++
		}
		if j-i >= 2 {
			if m := d.initialRun(i, j); m != nil {
				out = append(out, m)
			}
		}
		next = max(j, i+1)
	}
	return out
}

// farPairs reads pairs of cities written one character each before a word
// that binds a run, one a city of the subject's province and the other a
// city far away that its initial or nickname alone names (深哈对口合作 in
// 哈尔滨's text: 深圳 and 哈尔滨; 穗鹤对口合作 in 鹤岗's: 广州 and 鹤岗), the
// way paired cities of the state's pairing programmes are written. Each
// character must be a word of its own: in 长沙合作 the two are one name.
func (d *recognizer) farPairs(covered []bool, initials []int) []*mention {
	t := d.text
	var out []*mention
	next := 0
	far := func(o int) bool {
		return uint(o) < uint(len(t)) && t[o] < 1<<16 && d.x.farBits[t[o]>>6]&(1<<(t[o]&63)) != 0
	}
	for _, i := range initials {
		if i < next || !far(i-1) && !far(i+1) {
			continue // (most initials: no far city's character on either side, the first test below)
		}
		for _, a := range []int{i - 1, i} { // the subject's city second (深哈) or first (哈深)
			// the cheap tests first: most initials stand in no pair before a
			// word that binds a run
			o := a
			if a == i {
				o = i + 1
			}
			if a < 0 || a+2 > len(t) || covered[o] || t[o] >= 1<<16 || d.x.farBits[t[o]>>6]&(1<<(t[o]&63)) == 0 {
				continue
			}
			far := d.x.nicknames.get(t[o])
			if far == nil {
				far = d.soleCity(t[o])
			}
			if far == nil || !d.runFollowed(a+2) {
				continue
			}
			var alone *mention // 深|哈 in 哈尔滨's text: the subject's initial read alone, which the pair takes over
			if covered[i] {
				k := slices.IndexFunc(d.mentions, func(m *mention) bool { return m.start == i && m.end == i+1 && m.kind == mAbbrev })
				if k < 0 {
					continue
				}
				alone = d.mentions[k]
			}
			own := d.runCity(t[i])
			if own == nil || alone != nil && (len(alone.refs) != 1 || alone.refs[0].code != own.Code) ||
				a > 0 && d.runCity(t[a-1]) != nil || far == own || d.x.gaz.Province(far.Code) == d.x.gaz.Province(own.Code) ||
				!d.standsAlone(a) || !d.standsAlone(a+1) {
				continue
			}
			refs := []*entity{d.regionEntity(own), d.regionEntity(far)}
			if a < i {
				refs[0], refs[1] = refs[1], refs[0]
			}
			if alone != nil {
				alone.start, alone.end, alone.refs = a, a+2, refs
			} else {
				out = append(out, &mention{start: a, end: a + 2, kind: mAbbrev, refs: refs})
			}
			next = a + 2
			break
		}
	}
	return out
}

// stopsAndInitials returns, in order, the positions of t whose
// characters stops marks or that lie outside the Basic Multilingual Plane,
// and those whose characters initials marks (none for nil initials): the
// scans of recognizeAbbrev and of the rules of initials (initialRuns,
// crossRuns) in one pass over the union of the two bitmaps.
func stopsAndInitials(t []rune, stops, initials *[1 << 10]uint64) (marks, inits []int) {
	return appendStopsAndInitials(nil, nil, t, stops, initials, [2]int{0, 1 << 10})
}

// appendStopsAndInitials is stopsAndInitials appending to marks and inits,
// for initials zero outside the words [words[0], words[1]).
func appendStopsAndInitials(marks, inits []int, t []rune, stops, initials *[1 << 10]uint64, words [2]int) ([]int, []int) {
	scan := stops
	if initials != nil {
		union := *stops // (a copy, then the words initials may hold)
		for k := words[0]; k < words[1]; k++ {
			union[k] |= initials[k]
		}
		scan = &union
	}
	for i := 0; i < len(t); i++ {
		if i = nextMarked(t, i, scan); i == len(t) {
			break
		}
		c := t[i]
		if uint32(c) >= 1<<16 {
			marks = append(marks, i)
			continue
		}
		if stops[c>>6]&(1<<(c&63)) != 0 {
			marks = append(marks, i)
		}
		if initials != nil && initials[c>>6]&(1<<(c&63)) != 0 {
			inits = append(inits, i)
		}
	}
	return marks, inits
}

// initialRun reads the run of places ending at end, starting at start or
// later, when a run follower comes after it (through an opening quote:
// 汉襄宜“金三角”).
func (d *recognizer) initialRun(start, end int) *mention {
	t := d.text
	if !d.runFollowed(end) {
		return nil
	}
	// The run is the characters before end that are words of their own
	// (汉/襄/宜; not 万达/开).
	k := end
	noun := false // the run is one common noun of the dictionary's: its places must all be cities
	for k > start && end-k < 4 {
		d.cutAt(k - 1)
		if tk := d.tokenAt(k - 1); tk.Start != k-1 || tk.End != k {
			if tk.End == end && tk.Start >= start && end-tk.Start >= 2 && end-tk.Start <= 4 && k == end && (tk.Tag == "nr" || tk.Tag == "ns" || (tk.Tag == "j" || tk.Tag == "n") && end-tk.Start >= 3) {
				// 宁镇扬/nr, 甬台温/n: a run the dictionary reads as one name (not
				// 大通道/n: 大祥区, 通道县, 道县; nor a common word the dictionary
				// calls an abbreviation, 深化/j: 深圳, 化州)
				if tk.Tag == "ns" && len(d.x.gaz.ByShort(d.sub(tk.Start, end))) > 0 {
					return nil // 通城/ns: a place's own name (通城县), not 通道's and 城步's initials
				}
				k = tk.Start
				noun = tk.Tag == "n"
			}
			break
		}
		k--
	}
	if end-k < 2 || onlyDirections(t[k:end]) {
		return nil // (东西协作: the east and the west, not 东阳 and 西湖区)
	}
	// a province's abbreviation may be a county's initial among two others
	// that are none (万开云: 云阳, not 云南); never in a run of abbreviations (冀晋)
	plain := 0
	for c := k; c < end; c++ {
		if !d.x.isAbbrev(t[c]) {
			plain++
		}
	}
	var regs []*gazetteer.Region
	for c := k; c < end; c++ {
		r, second := d.initialPlace(t[c], end-k >= 3 && plain >= 2)
		if r == nil || second && end-k < 3 || noun && r.Level != gazetteer.City {
			return nil // a second character names a city only in a longer run (汉襄宜, not 山海)
		}
		for _, q := range regs {
			if q == r || d.x.gaz.Inside(q, r) || d.x.gaz.Inside(r, q) {
				return nil
			}
		}
		regs = append(regs, r)
	}
	m := &mention{start: k, end: end, kind: mAbbrev}
	for _, r := range regs {
		m.refs = append(m.refs, d.regionEntity(r))
	}
	return m
}

// crossRuns reads the runs initialRuns cannot: places of the subject's
// province and of a province named beside the run, written one character
// each before a word that binds them (万达开统筹发展示范区: 万州 and 开州 of
// 重庆, 达州 of 四川; 遂潼川渝毗邻地区: 遂宁 and 潼南). Areas that straddle a
// border are named so in the plans of both sides. Each character stands
// for the one place at the level under a province (a city, or a district
// of a municipality) in those provinces whose name starts with it; at
// least one place must be the subject's and one the neighbour's.
func (d *recognizer) crossRuns(covered []bool, taken []*mention, initials []int) []*mention {
	p := d.subjProv
	if p == nil || d.x.initialBits[p.Code] == nil {
		return nil
	}
	// the provinces the document names so far, by position, themselves or
	// by one of their places (深圳 names 广东's places too)
	type named struct {
		pos  int
		code string
	}
	var provs []named
	codes := map[string]bool{}
	for _, m := range d.mentions {
		for _, e := range m.refs {
			r, ok := d.x.gaz.Region(e.code)
			if !ok {
				continue
			}
			if r.Level != gazetteer.Province {
				if r = d.x.gaz.Province(r.Code); r == nil {
					continue
				}
			}
			if r.Code != p.Code && d.x.initialBits[r.Code] != nil {
				provs = append(provs, named{m.start, r.Code})
				codes[r.Code] = true
			}
		}
	}
	// the provinces bordering the subject's take part wherever they are not
	// named (通武廊: 武清 of 天津, 廊坊 of 河北, in a plan of 北京)
	borders := d.x.gaz.Neighbours(p.Code)
	for _, c := range borders {
		if d.x.initialBits[c] != nil {
			codes[c] = true
		}
	}
	if len(codes) == 0 {
		return nil
	}
	provAt := provsByPos(len(provs), func(k int) int { return provs[k].pos })
	var nearBuf []int
	var near []string // the provinces a run's places may lie in, per run
	var union [1 << 10]uint64
	lo, hi := d.x.initialWords[0], d.x.initialWords[1] // (zero elsewhere in every province's)
	for c := range codes {
		b := d.x.initialBits[c]
		for k := lo; k < hi; k++ {
			union[k] |= b[k]
		}
	}
	sb := d.x.initialBits[p.Code]
	for k := lo; k < hi; k++ {
		union[k] |= sb[k] // the subject's own too: one word read a character
	}
	in := func(c rune) bool { return c < 1<<16 && union[c>>6]&(1<<(c&63)) != 0 }
	// runs already read: a bit per character of theirs, not a map asked
	// at every character the scan below reads
	var takenAt []uint64
	for _, m := range taken {
		for i := m.start; i < m.end; i++ {
			if takenAt == nil {
				takenAt = make([]uint64, len(d.text)/64+1)
			}
			if i >= 0 && i < len(d.text) {
				takenAt[i>>6] |= 1 << (i & 63)
			}
		}
	}
	isTaken := func(i int) bool { return takenAt != nil && takenAt[i>>6]&(1<<(i&63)) != 0 }
	var out []*mention
	t := d.text
	inRun := func(k int) bool { return in(t[k]) && !covered[k] && !isTaken(k) }
	// a run holds a place of the subject's (crossRun asks it): most hold none
	for i, j := range runsHolding(t, inRun, initials) {
		// the run ends where a binding word follows, which may itself
		// start with initials (达万开|川渝|统筹: 川 may be a place's too):
		// the last end that reads as a run
		near = near[:0]
	ends:
		for e := j; e-i >= 2 && j-e <= 4; e-- { // (a binding word of initials is four characters at most)
			if !d.runFollowed(e) && !d.partiesFollowed(e) {
				continue
			}
			if len(near) == 0 { // read once a run may end here: most runs end nowhere
				for _, k := range provsWithin(provAt, i-40, j+40, &nearBuf) {
					if q := provs[k]; !slices.Contains(near, q.code) {
						near = append(near, q.code)
					}
				}
				for _, c := range borders {
					if !slices.Contains(near, c) && d.x.initialBits[c] != nil {
						near = append(near, c)
					}
				}
			}
			for k := max(i, e-4); k+2 <= e; k++ {
				// the longest run that ends at e (深化|赣深: 深化 is a verb)
				if m := d.crossRun(k, e, p.Code, near); m != nil {
					out = append(out, m)
					break ends
				}
			}
		}
	}
	return out
}

// runsHolding yields the start and end of each longest stretch of t whose
// positions are inRun that holds a position of own (positions in order,
// whose characters inRun's test of the character alone passes), in order.
// It looks for the own characters, rarer than those of runs, and reads the
// run around each: scanning every run would ask most characters more.
func runsHolding(t []rune, inRun func(k int) bool, own []int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		m := 0 // the first of own not passed
		for i := 0; i < len(t); {
			// i is 0 or the end of the last run, no position of one
			for m < len(own) && (own[m] < i || !inRun(own[m])) {
				m++
			}
			if m == len(own) {
				return
			}
			k := own[m]
			s, e := k, k+1
			for s > i && inRun(s-1) {
				s--
			}
			for e < len(t) && inRun(e) {
				e++
			}
			if !yield(s, e) {
				return
			}
			i = e
		}
	}
}

// ancestors yields the regions above code, nearest first, as
// gazetteer.Ancestors lists them, without making the list: recognition
// walks them for every name it accepts and every candidate it weighs.
func ancestors(g *gazetteer.Gazetteer, code string) iter.Seq[*gazetteer.Region] {
	return func(yield func(*gazetteer.Region) bool) {
		r, ok := g.Region(code)
		for ok && r.Parent != "" {
			if r, ok = g.Region(r.Parent); ok && !yield(r) {
				return
			}
		}
	}
}

// nextMarked returns the first index k >= i of t whose character bits
// marks or lies outside the Basic Multilingual Plane (which bits cannot
// mark), or len(t). It is the loop of the scans that pass the characters
// no rule of theirs reads, most of a text: the bitmap an array, so that
// no read of it is bounds-checked, and nothing else asked per character.
// It is not inlined: in its callers' large frames the loop's registers
// were spilled, where a call is paid once per marked character.
//
//go:noinline
func nextMarked(t []rune, i int, bits *[1 << 10]uint64) int {
	_ = bits[0] // the nil check once, not in the loop
	for k, c := range t[i:] {
		if u := uint32(c); u >= 1<<16 || bits[u>>6]&(1<<(u&63)) != 0 {
			return i + k
		}
	}
	return len(t)
}

// nextLowBits returns the first index k >= i of t whose character's low
// six bits are a bit set in mask, or len(t): the filter of scans for the
// characters of a short list, four characters a step (a character's test
// one bit test, the loop's own count and branch shared by four).
func nextLowBits(t []rune, i int, mask uint64) int {
	s := t[i:]
	for len(s) >= 4 && mask&(1<<(s[0]&63)) == 0 && mask&(1<<(s[1]&63)) == 0 && mask&(1<<(s[2]&63)) == 0 && mask&(1<<(s[3]&63)) == 0 {
		s = s[4:]
	}
	for k := len(t) - len(s); k < len(t); k++ {
		if mask&(1<<(t[k]&63)) != 0 {
			return k
		}
	}
	return len(t)
}

// partiesFollowed reports a run of province abbreviations at pos that a
// run follower closes (万达开|川渝|统筹, 遂潼|川渝|毗邻): the provinces the
// places before them belong to.
func (d *recognizer) partiesFollowed(pos int) bool {
	k := pos
	for k < len(d.text) && k-pos < 4 && d.x.isAbbrev(d.text[k]) {
		k++
	}
	return k-pos >= 2 && d.runFollowed(k)
}

// crossRun resolves a run for crossRuns: each character a word of its own
// and the initial of the one place under a province, of the subject's
// province or of one of near, whose name starts with it.
func (d *recognizer) crossRun(start, end int, subj string, near []string) *mention {
	if len(near) == 0 {
		return nil
	}
	var regs []*gazetteer.Region
	own, other := false, false
	for c := start; c < end; c++ {
		var found *gazetteer.Region
		n := 0
		for _, list := range [][]*gazetteer.Region{d.x.citiesByFirst.get(d.text[c]), d.x.countiesByFirst.get(d.text[c])} {
			for _, q := range list {
				if q.Level == gazetteer.County && (len(q.Parent) < 6 || q.Parent[2:] != "0000") {
					continue // a county under a city is no peer of cities
				}
				pc := d.x.gaz.Province(q.Code)
				if pc == nil || (pc.Code != subj && !slices.Contains(near, pc.Code)) {
					continue
				}
				found, n = q, n+1
			}
		}
		if n == 0 {
			if r := d.x.nicknames.get(d.text[c]); r != nil {
				if pc := d.x.gaz.Province(r.Code); pc != nil && (pc.Code == subj || slices.Contains(near, pc.Code)) {
					found, n = r, 1 // 甬饶: 宁波 by its nickname
				}
			}
		}
		if n != 1 {
			return nil
		}
		if d.x.gaz.Province(found.Code).Code == subj {
			own = true
		} else {
			other = true
		}
		regs = append(regs, found)
	}
	if !own || !other {
		return nil
	}
	// the words last: most runs fail on their places, and cutting a unit
	// costs more than the lookups
	for c := start; c < end; c++ {
		d.cutAt(c)
		if tk := d.tokenAt(c); tk.Start < start || tk.End > end || tk.End-tk.Start == end-start {
			return nil // a word runs over the run's ends, or the run is one word (words inside it are names' pieces: 万达|开)
		}
	}
	m := &mention{start: start, end: end, kind: mAbbrev}
	for _, r := range regs {
		m.refs = append(m.refs, d.regionEntity(r))
	}
	return m
}

// runFollowed reports a run follower at pos, through an opening quote (汉襄
// 宜“金三角”) or 等, or after more runs of a list (苏锡常、宁镇扬、锡常泰等融合
// 发展): items of two to four characters between enumeration commas.
func (d *recognizer) runFollowed(pos int) bool {
	t := d.text
	for items := 0; items < 8; items++ {
		if pos < len(t) && t[pos] == '“' {
			pos++
		}
		if pos < len(t) && t[pos] == '等' {
			pos++
			c := pos
			for c < len(t) && (isDigit(t[c]) || isChineseNumeral(t[c]) || t[c] == '个') {
				c++
			}
			if d.x.placeClasses.startingAt(t, c, len(t)) > 0 {
				return true // 京沪港深等37个城市: the run is a list of places
			}
		}
		if d.x.runFollowers.startingAt(t, pos, len(t)) > 0 {
			return true // one of the words at pos: one walk, not a comparison per word
		}
		if items == 0 && pos+4 <= len(t) && d.fieldBeforeCooperation(pos) {
			return true // 赣深|产业|合作: the field the places cooperate in
		}
		if pos >= len(t) || t[pos] != '、' {
			return false
		}
		b := pos + 1
		for b < len(t) && b-pos <= 4 && isHan(t[b]) && t[b] != '等' {
			b++
		}
		if n := b - pos - 1; n < 2 || n > 4 {
			return false
		}
		pos = b
	}
	return false
}

// fieldBeforeCooperation reports nouns of two characters at pos, up to
// three, that a cooperation word follows (产业合作, 经贸协作, 文旅联动,
// 能源化工产业协作): the field the places before pos cooperate in.
func (d *recognizer) fieldBeforeCooperation(pos int) bool {
	// a cooperation word two, four or six characters on: most positions
	// have none, and are not cut. may is coopWordAt's first test, of the
	// character's low bits, inlined: most positions fail it, and this is
	// asked at every end of every run of place initials (runFollowed),
	// where a call of coopWordAt for each of the three was most of the
	// time.
	t, low := d.text, d.x.zoneFirsts.low
	may := func(p int) bool { return uint(p) < uint(len(t)) && low&(1<<(t[p]&63)) != 0 }
	if !(may(pos+2) && d.coopWordAt(pos+2)) && !(may(pos+4) && d.coopWordAt(pos+4)) && !(may(pos+6) && d.coopWordAt(pos+6)) {
		return false
	}
	p := pos
	for words := 0; words < 3; words++ {
		d.cutAt(p)
		tk := d.tokenAt(p)
		if tk.Start != p || tk.End != p+2 || (tk.Tag != "n" && tk.Tag != "vn") || d.gazAt(p) != nil {
			return false
		}
		p += 2
		if d.coopWordAt(p) {
			return true
		}
	}
	return false
}

// coopWordAt reports a cooperation word (zone-words) at pos; the words
// are compared only where one may start (zoneFirsts).
func (d *recognizer) coopWordAt(pos int) bool {
	return d.x.zoneFirsts.at(d.text, pos) && anyWordAt(d.text, pos, d.x.lex.zoneWords)
}

// initialPlace returns the place of the subject's province that the
// character c stands for in a run: the one city whose name starts with c;
// where no city does, the one whose second character it is (second is
// then true: 汉 for 武汉, 锡 for 无锡); where none is, the one county (or
// nested counties: the outer) whose name starts with it, unless c is a
// province's abbreviation and abbrevCounty is false.
func (d *recognizer) initialPlace(c rune, abbrevCounty bool) (r *gazetteer.Region, second bool) {
	if r := d.localNickname(c); r != nil && d.inSubject(r, false) {
		return r, false // 宁镇扬 in a plan of 江苏: 南京
	}
	for pass, lists := range [][]runeMap[[]*gazetteer.Region]{{d.x.citiesByFirst}, {d.x.citiesBySecond}} {
		var found *gazetteer.Region
		n := 0
		for _, list := range lists {
			for _, q := range list.get(c) {
				if d.inSubject(q, false) {
					found, n = q, n+1
				}
			}
		}
		if n > 1 {
			// 汕潮揭 where the text names 汕头, not 汕尾: of the cities the
			// character begins, the one the document names
			found, n = nil, 0
			for _, list := range lists {
				for _, q := range list.get(c) {
					if d.inSubject(q, false) && d.namesRegion(q) {
						found, n = q, n+1
					}
				}
			}
			if n != 1 {
				return nil, false
			}
		}
		if n == 1 {
			// a customary one-character name is the city's whole name, not its
			// second character (深莞: 东莞 as 穗 is 广州)
			return found, pass == 1 && d.x.nicknames.get(c) != found
		}
		if n > 1 {
			return nil, false
		}
	}
	if r := d.x.nicknames.get(c); r != nil && d.inSubject(r, false) {
		return r, false // 杭绍甬: 宁波 by its nickname
	}
	if d.x.isAbbrev(c) && !abbrevCounty {
		return nil, false // a province's abbreviation stands for a county in no run (冀晋: 河北 and 山西, not 冀州 and 晋州)
	}
	var found *gazetteer.Region
	for _, q := range d.x.countiesByFirst.get(c) {
		if !d.inSubject(q, false) {
			continue
		}
		if found != nil && !d.x.gaz.Inside(q, found) {
			return nil, false
		}
		if found == nil {
			found = q
		}
	}
	return found, false
}

// namesRegion reports a mention of r among the mentions read so far.
func (d *recognizer) namesRegion(r *gazetteer.Region) bool {
	for _, m := range d.mentions {
		if m.kind == mRegion && len(m.refs) == 1 && m.refs[0].code == r.Code {
			return true
		}
	}
	return false
}

// localNickname returns the city a local nickname stands for in this
// document (宁: 南京 in a plan of 江苏 or of a province bordering it), or
// nil.
func (d *docText) localNickname(c rune) *gazetteer.Region {
	r := d.x.localNicknames.get(c)
	if r == nil || d.subjProv == nil {
		return nil
	}
	if p := d.x.gaz.Province(r.Code); p == nil || p.Code != d.subjProv.Code && !d.x.gaz.Borders(p.Code, d.subjProv.Code) {
		return nil
	}
	return r
}

// onlyPlaceStarting returns the one city or county of the subject's
// province whose name starts with c, or nil when there is none or several.
func (d *recognizer) onlyPlaceStarting(c rune) *gazetteer.Region {
	var found *gazetteer.Region
	for _, list := range [][]*gazetteer.Region{d.x.citiesByFirst.get(c), d.x.countiesByFirst.get(c)} {
		for _, r := range list {
			if !d.inSubject(r, false) {
				continue
			}
			if found != nil && !d.x.gaz.Inside(r, found) {
				return nil
			}
			if found == nil {
				found = r
			}
		}
	}
	return found
}

// words returns the words of the text between from and to, with offsets
// relative to from; a word that crosses either end is cut there.
func (d *docText) words(from, to int) []segment.Token {
	if from >= to || from < 0 || to > len(d.text) {
		return nil
	}
	return d.appendWords(make([]segment.Token, 0, min(to-from, 8)), from, to) // most spans are a few words
}

// scratchWords is words in a buffer of d's, reused by the next call: for
// a caller that reads the words at once and keeps none of them.
func (d *docText) scratchWords(from, to int) []segment.Token {
	d.wordBuf = d.appendWords(d.wordBuf[:0], from, to)
	return d.wordBuf
}

// appendWords appends the words of words(from, to) to out.
func (d *docText) appendWords(out []segment.Token, from, to int) []segment.Token {
	if from >= to || from < 0 || to > len(d.text) {
		return out
	}
	for k := from; k < to; {
		d.cutTo(k, to)
		tk := d.tokenAt(k)
		out = append(out, segment.Token{Start: max(tk.Start, from) - from, End: min(tk.End, to) - from, Tag: tk.Tag})
		k = tk.End
	}
	return out
}

// streetAfter reports a street suffix at pos: (东|西|南|北|中)?(路|街|大街).
func (d *recognizer) streetAfter(pos int) bool {
	t := d.text
	if pos < len(t) && t[pos] == '道' && d.standsAlone(pos) {
		return true // 赤峰道—中心花园, 洛阳道街区: a street (道 a word alone, not 道路)
	}
	// the characters compared in place, within the three from pos (where
	// a string of them was trimmed of the directions and its prefixes
	// compared)
	end := min(len(t), pos+3)
	i := pos
	for i < end && (t[i] == '东' || t[i] == '西' || t[i] == '南' || t[i] == '北' || t[i] == '中') {
		i++
	}
	return i < end && (t[i] == '路' || t[i] == '街' || t[i] == '大' && i+1 < end && t[i+1] == '街')
}

// rescanStraddling replaces a short name that straddles words (完成|武陵山区
// read as 成武) with the names found one character further on, up to the
// next hit: leftmost-longest matching would otherwise hide them.
func (d *recognizer) rescanStraddling(hits []hit) []hit {
	var out []hit
	if len(hits) > 0 {
		out = make([]hit, 0, len(hits)+len(hits)>>4) // (few hits are rescanned: no growth)
	}
	for i, h := range hits {
		if h.end-h.start > 3 || !d.straddles(h.start, h.end) {
			out = append(out, h)
			continue
		}
		if d.suffixOpensWord(h) {
			out = append(out, h) // 漳州市|委书记
			continue
		}
		if e := h.end; i+1 < len(hits) && e+1 < len(d.text) && hits[i+1].start == e+1 && inSet("和与及", d.text[e]) {
			out = append(out, h) // 梁平|和达川: the word the dictionary cuts (平和) holds the 和 that joins two places
			continue
		}
		limit := len(d.text)
		if i+1 < len(hits) {
			limit = hits[i+1].start
		}
		from := h.start + 1
		to := min(limit, from+24)
		if from >= to {
			out = append(out, h)
			continue
		}
		found := d.x.names.findRunes(d.text[from:to])
		if len(found) == 0 {
			out = append(out, h) // resolution will drop it
			continue
		}
		for _, f := range found {
			f.start += from
			f.end += from
			if f.end <= limit {
				out = append(out, f)
			}
		}
	}
	return out
}

// suffixOpensWord reports a place's full name whose last character, its
// own suffix, begins with the words after it the name of the place's body
// or office ([office-words]: 漳州市|委书记, 清新区|委, 福建省|委常委, 漳州市|长):
// the place is named, though the dictionary cuts 市委 as one word (not 东方市
// in 东方|市场, nor 和县 in 和|县城).
func (d *recognizer) suffixOpensWord(h hit) bool {
	if h.end-h.start != 3 || !strings.ContainsRune("省市县区州", d.text[h.end-1]) {
		return false
	}
	full := false
	for _, c := range d.x.nameCands[h.word] {
		full = full || c.region != nil && !c.short
	}
	if !full || d.x.officeWords.startingAt(d.text, h.end, min(len(d.text), h.end+2)) == 0 {
		return false
	}
	return !d.straddles(h.start, h.end-1)
}

// directionPair reads two opposite directions before one abbreviation (南北疆,
// 东西疆) as the two areas both name when each is a known group: one mention
// of both, which hides the second area's own mention.
func (d *recognizer) directionPair(i int) *mention {
	t := d.text
	if i+2 >= len(t) {
		return nil
	}
	if !(t[i] == '南' && t[i+1] == '北') && !(t[i] == '东' && t[i+1] == '西') {
		return nil
	}
	g1, ok1 := d.x.gaz.Group(string([]rune{t[i], t[i+2]}))
	g2, ok2 := d.x.gaz.Group(string(t[i+1 : i+3]))
	if !ok1 || !ok2 || g1 == g2 {
		return nil
	}
	for _, g := range d.gazSpans {
		if g.start >= i && g.end <= i+3 {
			g.top = false
		}
	}
	return &mention{start: i, end: i + 3, kind: mAbbrev, refs: []*entity{d.groupEntity(g1), d.groupEntity(g2)}}
}

// ordinaryWord reports a span that word segmentation reads as one verb
// (乡村振兴: 振兴/v); nouns are left to context, as many places are also
// nouns in the dictionary (大同, 三门).
func (d *recognizer) ordinaryWord(start, end int) bool {
	lo := max(0, start-3)
	for _, tk := range d.scratchWords(lo, min(len(d.text), end+3)) { // read at once, none kept
		if lo+tk.Start == start && lo+tk.End == end {
			return segment.IsVerbTag(tk.Tag)
		}
	}
	return false
}

// boundMorphemeAt reports a character at pos that the segmenter reads as a
// morpheme of one character (tag g: 涔), which stands in no word alone.
func (d *recognizer) boundMorphemeAt(pos int) bool {
	if pos < 0 || !isHan(d.text[pos]) {
		return false
	}
	d.cutAt(pos)
	tk := d.tokenAt(pos)
	return tk.Start == pos && tk.End == pos+1 && tk.Tag == "g"
}

// functionCharAt reports a word of one character at pos that the
// segmenter tags a preposition, conjunction, adverb or verb (对, 向, 在):
// no surname.
func (d *recognizer) functionCharAt(pos int) bool {
	d.cutAt(pos)
	tk := d.tokenAt(pos)
	return tk.Start == pos && tk.End == pos+1 && boundaryTag(tk.Tag)
}

// subjectsTown reports a region's short name at h that a town or street
// of the document's subject (a county, or a county of the subject city)
// bears too, where the region lies outside the subject and holds none of
// it: 古田 in a report of 上杭县 is its town 古田镇, not 古田县 of 宁德市.
func (d *recognizer) subjectsTown(h hit, r *gazetteer.Region) bool {
	subj := d.subjReg
	if r == nil || r == subj || subj == nil || d.x.gaz.Inside(r, subj) || d.x.gaz.Inside(subj, r) {
		return false
	}
	return d.subjectTowns()[d.sub(h.start, h.end)]
}

// subjectTowns returns the short names of the towns of the document's
// subject (a county, or the counties of a city) named like regions
// elsewhere ([gazetteer.Gazetteer.TownsNamedLikeRegions]), read once.
func (d *recognizer) subjectTowns() map[string]bool {
	if d.subjTownsRead {
		return d.subjTowns
	}
	d.subjTownsRead = true
	subj := d.subjReg
	if subj == nil || subj.Level == gazetteer.Province {
		return nil
	}
	counties := []*gazetteer.Region{subj}
	if subj.Level == gazetteer.City {
		counties = append(counties, d.x.gaz.Children(subj.Code)...)
	}
	for _, c := range counties {
		for _, k := range d.x.gaz.TownsNamedLikeRegions(c.Code) {
			if d.subjTowns == nil {
				d.subjTowns, d.subjTownFirsts = map[string]bool{}, map[rune]bool{}
			}
			d.subjTowns[k] = true
			d.subjTownFirsts[[]rune(k)[0]] = true
		}
	}
	return d.subjTowns
}

// intsPool keeps buffers of positions that a stage reads and lets go
// (recognizeAbbrev's stops and initials: most of a megabyte of the
// allocations of a corpus extraction, in their growth).
var intsPool slicePool[int]
