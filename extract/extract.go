// Package extract turns Chinese planning documents into the entities and
// relations of the knowledge graph, each relation with its evidence.
//
// It is a pure pipeline, bytes in and values out, in the manner of an
// analysis chain: Decode (UTF-8, UTF-16 or GB18030 bytes to text), script
// detection and OpenCC t2s conversion, Normalize (clean-up of converted
// text), Sentences, then recognition (gazetteer names, abbreviations, named
// entities from their heads) and relation reading (trigger words, lists,
// implicit subjects, names). Problems are returned as positioned values.
// Every offset in the output is in characters (code points) of the
// normalised text; see docs/format.md.
package extract

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	kg "github.com/cnplan/kg"
	"github.com/cnplan/kg/extract/segment"
	"github.com/cnplan/kg/gazetteer"
)

// Config configures an Extractor.
type Config struct {
	// Gazetteer is the administrative divisions and groups; required.
	Gazetteer *gazetteer.Gazetteer
	// Converter converts traditional to simplified characters; nil means
	// OpenCC's t2s table.
	Converter Converter
	// Segmenter cuts words with part of speech, for the left boundary of
	// names; nil means segment.New (jieba's dictionary).
	Segmenter *segment.Segmenter
}

// Extractor reads documents. It is immutable after New, but for OpenCC's
// converter, made once at its first use (converter), and safe for
// concurrent use.
type Extractor struct {
	gaz *gazetteer.Gazetteer
	// conv is Config.Converter; when that is nil, openCC makes OpenCC's
	// t2s at the first document that may be traditional (converter).
	conv      Converter
	openCC    *openCCT2S
	seg       *segment.Segmenter
	names     *matcher
	nameCands [][]nameCandidate
	headDefs  []head
	// headIndex finds a head's index in headDefs by its word, and
	// longestHead is the most characters of a head (a head read inside
	// another's hit)
	headIndex   map[string]int
	longestHead int
	trigDefs    []triggerDef
	stops       wordSet
	generic     wordSet
	category    wordSet
	// qualifying are the generic words without the heads
	qualifying wordSet
	// levels rank a designation without naming its field (重点, 示范, 首批)
	levels wordSet
	inner  wordSet
	// headWords are the lexicon's heads
	headWords wordSet
	// qualifiers may stand between a trigger and its object
	qualifiers wordSet
	// fixedPhrases, placeClasses and firmFinals are the lexicon's
	// fixed-phrases, place-classes and firm-finals
	fixedPhrases, placeClasses, firmFinals wordSet
	// signWords, delegations and wholeJoins are the lexicon's
	// agreement-verbs, delegation-words and whole-joins, looked for at
	// every name's words (lastInSet)
	signWords, delegations, wholeJoins wordSet
	// nameCutters is the three together: one look at most names' words
	nameCutters wordSet
	// organs, pairWords, fairs and visitWords are the lexicon's
	// organ-words, pair-pronouns, fair-nouns and visit-verbs, asked at
	// every trigger, name, head and region mention
	organs, pairWords, fairs, visitWords wordSet
	// runFollowers are the lexicon's [run-followers], asked at every run of
	// a province's initials (runFollowed)
	runFollowers wordSet
	// officeWords are the lexicon's [office-words], asked after a region's
	// name that a word crosses (suffixOpensWord)
	officeWords wordSet
	// goalVerbs are the lexicon's [goal-verbs] (goalBefore)
	goalVerbs wordSet
	// officeTitles are the lexicon's [office-titles] (listHead)
	officeTitles wordSet
	// expressways are the national expressways by short name (荣乌), with
	// the regions each joins
	expressways map[string][]*gazetteer.Region
	// toponymFinals end place names (山, 滩, 堡)
	toponymFinals, terrainFinals charSet
	// countryAbbrevs stand for countries after 中 (中老铁路)
	countryAbbrevs charSet
	// distributives are [distributives] (各); notPlaceChars are the
	// characters of [not-place-phrases], a hit's first one asked first
	distributives, notPlaceChars charSet
	// notPlaceRunes are [not-place-phrases] as characters
	notPlaceRunes [][]rune
	// kindQuantifierLasts are the last characters of [kind-quantifiers]
	kindQuantifierLasts charSet
	// countMeasures and cityFinals are the lexicon's count-measures and
	// city-finals, asked of one character at a time
	countMeasures, cityFinals charSet
	// officeFinals end the names of a place's offices ([office-finals])
	officeFinals charSet
	// worksCues name what works build ([works-cues] of lexicon.txt)
	worksCues cueSet
	// eventNouns after a head name an event (世界运河大会)
	eventNouns wordSet
	// anchorRunes are the lexicon's anchors as pairs of characters, compared in the
	// text in place (extendToAnchor)
	anchorRunes [][2]rune
	// anchorLasts has a bit for the low six bits of each anchor's second
	// character: most positions asked are ruled out by it
	anchorLasts uint64
	// docVerbRunes, strategyVerbRunes and listVerbRunes are the lexicon's
	// doc-verbs, strategy-verbs and list-verbs as characters, in the same order,
	// built once instead of per name (docVerbStart)
	docVerbRunes, strategyVerbRunes, listVerbRunes verbList
	// pronounRunes are the lexicon's subject-pronouns as characters, in
	// the same order, built once instead of per document (recognizeAbbrev)
	pronounRunes [][]rune
	// kindQualifiers is the lexicon's kind-qualifiers as characters, in the same order,
	// and longestKindQualifier the most characters of one (listHead)
	kindQualifiers       [][]rune
	longestKindQualifier int
	// worksFirsts, phaseFirsts, ordinalFirsts, approxFirsts and
	// batchFirsts are the first characters of the lexicon's works-words,
	// phase-words, ordinal-scopes, approximations and batch-prefixes
	// (phaseEnd, worksRun, ordinalEnd, skipBatch, batchAt)
	worksFirsts, phaseFirsts, ordinalFirsts, approxFirsts, batchFirsts firstRunes
	// zoneFirsts are the first characters of the zone-words, the
	// cooperation words (fieldBeforeCooperation, asked at every run of
	// place initials)
	zoneFirsts firstRunes
	// designationFirsts are the first characters of the
	// designation-qualifiers (pastDesignation, asked at most heads)
	designationFirsts firstRunes
	// phaseLasts, worksLasts and programmeLasts are the last characters
	// of the phase-words, works-words and national-programmes, the same
	// filter read from the end (phaseWordEndingAt, worksWordEndingAt,
	// nationalProgramme: most positions end none of the words)
	phaseLasts, worksLasts, programmeLasts firstRunes
	// featureFirsts, mannerFirsts and companionFirsts are the first
	// characters of the feature-followers, zone-manners and
	// companion-verbs, pluralLasts the last of the plural-categories
	// (featureContext, zoneManner, yuPhrase, plural: asked at most
	// places or heads, where none of the words stands)
	featureFirsts, mannerFirsts, companionFirsts, pluralLasts firstRunes
	// extensionFirsts and variantFirsts are the first characters of the
	// line-extensions and line-variants (sectionEnd, after every route)
	extensionFirsts, variantFirsts firstRunes
	// qualifierFirsts, programmeFirsts, firmFirsts, designatedFirsts,
	// growthFirsts and leadFirsts are the first characters of the
	// kind-qualifiers, programme-heads, state-firms, designated-heads,
	// growth-verbs and lead-verbs, listLasts the last of the list-verbs
	// (trimKindQualifiers, validNameIn, leadingPlaces, designatedHead,
	// countedAfter, findTopic, listVerbBefore: at most places none stands)
	qualifierFirsts, programmeFirsts, firmFirsts, designatedFirsts, growthFirsts, leadFirsts, listLasts firstRunes
	// experienceJoins are the experience-nouns each followed by 和 and by
	// 与, built once (validNameIn asked four strings built for every plan)
	experienceJoins []string
	// worksChars are all the characters of the works-words (worksOnly:
	// a text holding another is not made of them)
	worksChars firstRunes
	// classFirsts are the first characters of the kind-classes' words
	// (kindLists, at every 等: most texts after it start none)
	classFirsts firstRunes
	// rankFirsts are the first characters of the rank-words (a name's
	// modifier holding none of them holds no rank word: recognizeNames
	// searched it for each word at every name)
	rankFirsts firstRunes
	// amountFirsts are the first characters of the amount-units
	amountFirsts firstRunes
	// fieldFirsts are the first characters of the field-words (projectClass,
	// at every 等: most texts after it open with none)
	fieldFirsts firstRunes
	// lex is the lexicon (lexicon.txt), parsed once by New
	lex *lexicon
	// lexMatcher finds heads, trigger words and milestone verbs in one
	// pass; lexKind and lexIdx say which list a word is from.
	lexMatcher *matcher
	lexKind    []lexKind
	lexIdx     []int

	abbrevs runeMap[abbrevInfo]
	// abbrevBits marks the characters of the BMP that are abbreviations:
	// most characters are not, and a bit answers before the map is read
	abbrevBits    [1 << 10]uint64
	citiesByFirst runeMap[[]*gazetteer.Region]
	// citiesBySecond are the cities by their second character (武汉 by 汉)
	citiesBySecond runeMap[[]*gazetteer.Region]
	// twoCharShorts are the regions' short names of two characters (三亚,
	// 上海): a route's section so named gives no ends read from them
	twoCharShorts map[[2]rune]bool
	// initialBits mark, per province code, the characters that may stand
	// for one of its places in a run (initialRuns): the first character of
	// its cities and counties, the second of its cities
	initialBits map[string]*[1 << 10]uint64
	// initialWords are the words [lo, hi) of initialBits outside which
	// every province's are zero (the Han characters' block, a third of
	// the table): crossRuns ORs only those
	initialWords [2]int
	// farBits mark the characters that name one city wherever they are
	// written (a nickname, or the first character of one city only and no
	// province's abbreviation: 穗, 深): the far side of a pair (farPairs)
	farBits [1 << 10]uint64
	// transferBits mark the goods a transfer carries (transferGoods and
	// directionalGoods), the characters transfers stops at; goodsMarked
	// says that all are markChars, whose positions a document keeps, and
	// transfers reads those instead of scanning for the bits
	transferBits [1 << 10]uint64
	goodsMarked  bool
	// pronounsMarked says that the first character of every subject
	// pronoun is one of markChars: recognizeAbbrev reads their positions
	// from the marks instead of scanning the text
	pronounsMarked bool
	// labelsMarked says that every unit label of the lexicon ends in one of
	// markChars: tasks finds the labels' endings at their marks
	labelsMarked bool
	// unitParts are the unit labels' endings and heads (unitLabelParts),
	// nil when a label is shorter than two characters
	unitParts *unitParts
	// nicknames are the cities' customary one-character names that do not
	// begin their names (甬 宁波, 穗 广州; the gazetteer's nicknames.tsv)
	nicknames runeMap[*gazetteer.Region]
	// localNicknames are those that hold only near their city (宁 南京;
	// the gazetteer's localnicknames.tsv)
	localNicknames runeMap[*gazetteer.Region]
	// pinyinCache memoises placePinyin (slow per character): it only ever
	// holds what placePinyin would return.
	pinyinCache memo[string, string]
	// runePinyin memoises the spelling of each Chinese character pinyinOf
	// writes: go-pinyin strips the tones with a regular expression,
	// thousands of instructions a character, which a process's first
	// extraction paid for every name it spelled
	runePinyin      memo[rune, string]
	countiesByFirst runeMap[[]*gazetteer.Region]
	// tags numbers the segmenter's parts of speech for the word index
	// (wordindex.go)
	tags *tagTable
	// towns are the gazetteer's town and street names (towns.tsv), by
	// province: evidence that a name opens with a place (townOpens)
	towns townSet
}

// New builds the automata an Extractor uses; it takes a few hundred
// milliseconds, so build one and reuse it.
func New(cfg Config) (*Extractor, error) {
	if cfg.Gazetteer == nil {
		return nil, fmt.Errorf("extract: config has no gazetteer")
	}
	seg := cfg.Segmenter
	if seg == nil {
		var err error
		if seg, err = segment.New(); err != nil {
			return nil, fmt.Errorf("extract: segmenter: %w", err)
		}
	}
	x := &Extractor{gaz: cfg.Gazetteer, conv: cfg.Converter, seg: seg, tags: newTagTable(seg.Tags()),
		citiesByFirst: newRuneMap[[]*gazetteer.Region](), citiesBySecond: newRuneMap[[]*gazetteer.Region](), countiesByFirst: newRuneMap[[]*gazetteer.Region]()}
	if x.conv == nil {
		x.openCC = &openCCT2S{}
	}
	x.names, x.nameCands = newNames(x.gaz)
	lex, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	x.lex = lex
	x.headDefs = lex.heads
	x.trigDefs = lex.triggers
	x.headIndex = make(map[string]int, len(x.headDefs))
	var words, hw []string
	for i, h := range x.headDefs {
		if _, ok := x.headIndex[h.word]; !ok {
			x.headIndex[h.word] = i
		}
		x.longestHead = max(x.longestHead, len([]rune(h.word)))
		words = append(words, h.word)
		if h.rule != ruleCoded {
			hw = append(hw, h.word) // (a coded head ends too many words to be asked without its code: 全线, 东延线)
		}
		x.lexKind, x.lexIdx = append(x.lexKind, lexHead), append(x.lexIdx, i)
	}
	for i, t := range x.trigDefs {
		words = append(words, t.word)
		x.lexKind, x.lexIdx = append(x.lexKind, lexTrigger), append(x.lexIdx, i)
	}
	for _, e := range lex.milestoneEvents {
		words = append(words, e)
		x.lexKind, x.lexIdx = append(x.lexKind, lexEvent), append(x.lexIdx, 0)
	}
	for i, f := range lex.institutionForms {
		short, _, _ := strings.Cut(f, "=")
		if slices.ContainsFunc(x.headDefs, func(h head) bool { return strings.HasSuffix(short, h.word) }) {
			continue // 中国社科院: a name its head finds (namedEntity gives the full name); one word here would hide the head
		}
		words = append(words, short)
		x.lexKind, x.lexIdx = append(x.lexKind, lexForm), append(x.lexIdx, i)
	}
	x.lexMatcher = newMatcher(words)
	x.stops = newWordSet(lex.stopWords)
	x.generic = newWordSet(slices.Concat(lex.genericWords, hw))
	x.category = newWordSet(lex.categoryWords)
	x.expressways = map[string][]*gazetteer.Region{}
	for _, r := range lex.nationalExpressways {
		for _, c := range r.ends {
			reg, ok := x.gaz.Region(c)
			if !ok {
				return nil, fmt.Errorf("extract: national expressway %s %s: no region %s in the gazetteer", r.code, r.name, c)
			}
			x.expressways[r.name] = append(x.expressways[r.name], reg)
		}
	}
	x.toponymFinals, x.terrainFinals = newCharSet(lex.toponymFinals), newCharSet(lex.terrainFinals)
	x.towns = newTownSet(x.gaz)
	x.countryAbbrevs = newCharSet(lex.countryAbbrevs)
	x.distributives, x.notPlaceChars = newCharSet(lex.distributives), newCharSet(strings.Join(lex.notPlacePhrases, ""))
	for _, w := range lex.notPlacePhrases {
		x.notPlaceRunes = append(x.notPlaceRunes, []rune(w))
	}
	x.kindQuantifierLasts = newCharSet("")
	for _, w := range lex.kindQuantifiers {
		r, _ := utf8.DecodeLastRuneInString(w)
		x.kindQuantifierLasts.add(r)
	}
	x.countMeasures, x.cityFinals = newCharSet(lex.countMeasures), newCharSet(lex.cityFinals)
	x.officeFinals = newCharSet(lex.officeFinals)
	x.worksCues = cueSet{newWordSet(lex.worksCues)}
	x.eventNouns = newWordSet(lex.eventNouns)
	x.runFollowers = newWordSet(lex.runFollowers)
	x.officeWords = newWordSet(lex.officeWords)
	x.goalVerbs = newWordSet(lex.goalVerbs)
	x.officeTitles = newWordSet(lex.officeTitles)
	for _, a := range lex.anchors {
		r := []rune(a)
		if len(r) != 2 {
			return nil, fmt.Errorf("extract: anchor %q is not two characters", a)
		}
		x.anchorRunes = append(x.anchorRunes, [2]rune{r[0], r[1]})
		x.anchorLasts |= 1 << (r[1] & 63)
	}
	x.docVerbRunes = newVerbList(lex.docVerbs)
	x.strategyVerbRunes = newVerbList(lex.strategyVerbs)
	x.listVerbRunes = newVerbList(lex.listVerbs)
	x.pronounRunes = runeLists(lex.subjectPronouns)
	for _, p := range x.pronounRunes {
		if len(p) != 2 { // 我市, 全省: the second character says the level
			return nil, fmt.Errorf("extract: subject pronoun %q is not two characters", string(p))
		}
	}
	for _, q := range lex.kindQualifiers {
		r := []rune(q)
		x.kindQualifiers = append(x.kindQualifiers, r)
		x.longestKindQualifier = max(x.longestKindQualifier, len(r))
	}
	x.worksFirsts, x.phaseFirsts = newFirstRunes(lex.worksWords), newFirstRunes(lex.phaseWords)
	x.ordinalFirsts, x.approxFirsts = newFirstRunes(lex.ordinalScopes), newFirstRunes(lex.approximations)
	x.batchFirsts = newFirstRunes(lex.batchPrefixes)
	x.zoneFirsts = newFirstRunes(lex.zoneWords)
	x.designationFirsts = newFirstRunes(lex.designationQualifiers)
	for _, n := range lex.experienceNouns {
		x.experienceJoins = append(x.experienceJoins, n+"和", n+"与")
	}
	x.qualifierFirsts, x.programmeFirsts = newFirstRunes(lex.kindQualifiers), newFirstRunes(lex.programmeHeads)
	x.firmFirsts, x.designatedFirsts = newFirstRunes(lex.stateFirms), newFirstRunes(lex.designatedHeads)
	x.growthFirsts, x.leadFirsts = newFirstRunes(lex.growthVerbs), newFirstRunes(lex.leadVerbs)
	x.listLasts = newLastRunes(lex.listVerbs)
	x.extensionFirsts, x.variantFirsts = newFirstRunes(lex.lineExtensions), newFirstRunes(lex.lineVariants)
	for _, w := range lex.worksWords {
		for _, r := range w {
			x.worksChars.addRune(r)
		}
	}
	x.featureFirsts, x.mannerFirsts = newFirstRunes(lex.featureFollowers), newFirstRunes(lex.zoneManners)
	x.companionFirsts, x.pluralLasts = newFirstRunes(lex.companionVerbs), newLastRunes(lex.pluralCategories)
	x.phaseLasts, x.worksLasts = newLastRunes(lex.phaseWords), newLastRunes(lex.worksWords)
	x.programmeLasts = newLastRunes(lex.nationalProgrammes)
	for _, c := range lex.kindClasses {
		x.classFirsts.add(c.word)
	}
	x.rankFirsts, x.fieldFirsts = newFirstRunes(lex.rankWords), newFirstRunes(lex.fieldWords)
	x.amountFirsts = newFirstRunes(lex.amountUnits)
	x.qualifying = newWordSet(lex.genericWords)
	x.levels = newWordSet(lex.levelWords)
	x.inner = newWordSet(lex.innerWords)
	x.headWords = newWordSet(hw)
	x.qualifiers = newWordSet(lex.objectQualifiers)
	x.fixedPhrases = newWordSet(lex.fixedPhrases)
	x.signWords, x.delegations, x.wholeJoins = newWordSet(lex.agreementVerbs), newWordSet(lex.delegationWords), newWordSet(lex.wholeJoins)
	x.nameCutters = newWordSet(slices.Concat(lex.agreementVerbs, lex.delegationWords, lex.wholeJoins))
	x.organs, x.pairWords, x.fairs, x.visitWords = newWordSet(lex.organWords), newWordSet(lex.pairPronouns), newWordSet(lex.fairNouns), newWordSet(lex.visitVerbs)
	x.placeClasses, x.firmFinals = newWordSet(lex.placeClasses), newWordSet(lex.firmFinals)
	x.abbrevs = newRuneMap[abbrevInfo]()
	for _, n := range x.gaz.AbbrevNames() {
		if n.Kind == gazetteer.Abbreviation {
			r, _ := x.gaz.Region(n.Code)
			c := []rune(n.Key)[0]
			x.abbrevs.set(c, abbrevInfo{region: r, strict: x.gaz.AbbrevStrict(n.Key)})
			if c < 1<<16 {
				x.abbrevBits[c>>6] |= 1 << (c & 63)
			}
		}
	}
	x.initialBits = map[string]*[1 << 10]uint64{}
	x.initialWords = [2]int{1 << 10, 0}
	mark := func(prov string, c rune) {
		if c >= 1<<16 {
			return
		}
		b := x.initialBits[prov]
		if b == nil {
			b = new([1 << 10]uint64)
			x.initialBits[prov] = b
		}
		b[c>>6] |= 1 << (c & 63)
		x.initialWords = [2]int{min(x.initialWords[0], int(c>>6)), max(x.initialWords[1], int(c>>6)+1)}
	}
	x.nicknames, x.localNicknames = newRuneMap[*gazetteer.Region](), newRuneMap[*gazetteer.Region]()
	for _, set := range []struct {
		from map[string]*gazetteer.Region
		to   *runeMap[*gazetteer.Region]
	}{{x.gaz.Nicknames(), &x.nicknames}, {x.gaz.LocalNicknames(), &x.localNicknames}} {
		for k, r := range set.from {
			c, _ := leadRune(k)
			set.to.set(c, r)
			if p := x.gaz.Province(r.Code); p != nil {
				mark(p.Code, c)
			}
		}
	}
	x.twoCharShorts = map[[2]rune]bool{}
	// (the names' first two characters decoded in place: a slice of
	// characters for every name, short name and variant of 3,300 regions
	// cost more than the rest of the loop)
	twoChars := func(s string) (a, b rune, ok bool) {
		a, n := leadRune(s)
		b, m := leadRune(s[n:])
		return a, b, n > 0 && m > 0 && n+m == len(s)
	}
	for _, r := range x.gaz.Regions() {
		if _, _, ok := twoChars(r.Short); ok {
			for _, v := range append([]string{r.Short}, r.Variants...) {
				if a, b, ok := twoChars(v); ok {
					x.twoCharShorts[[2]rune{a, b}] = true // as ByShort's keys: the short name and its variants
				}
			}
		}
		first, n := leadRune(r.Name)
		second, _ := leadRune(r.Name[n:])
		hasSecond := n < len(r.Name)
		if p := x.gaz.Province(r.Code); p != nil && r.Level != gazetteer.Province {
			mark(p.Code, first)
			if r.Level == gazetteer.City && hasSecond {
				mark(p.Code, second)
			}
		}
		switch r.Level {
		case gazetteer.City:
			x.citiesByFirst.set(first, append(x.citiesByFirst.get(first), r))
			if hasSecond {
				x.citiesBySecond.set(second, append(x.citiesBySecond.get(second), r))
			}
		case gazetteer.County:
			x.countiesByFirst.set(first, append(x.countiesByFirst.get(first), r))
		}
	}
	for c, cs := range x.citiesByFirst.m {
		if _, abbrev := x.abbrevs.lookup(c); len(cs) == 1 && !abbrev && c < 1<<16 {
			x.farBits[c>>6] |= 1 << (c & 63)
		}
	}
	for c := range x.nicknames.m {
		if c < 1<<16 {
			x.farBits[c>>6] |= 1 << (c & 63)
		}
	}
	x.pronounsMarked = true
	for _, pr := range x.pronounRunes {
		x.pronounsMarked = x.pronounsMarked && len(pr) > 0 && strings.ContainsRune(markChars, pr[0])
	}
	x.labelsMarked = true
	for _, l := range x.lex.unitLabels {
		w := []rune(l.word)
		x.labelsMarked = x.labelsMarked && len(w) >= 2 && strings.ContainsRune(markChars, w[len(w)-1])
	}
	if !slices.ContainsFunc(x.lex.unitLabels, func(l unitLabel) bool { return utf8.RuneCountInString(l.word) < 2 }) {
		x.unitParts = unitLabelParts(x.lex.unitLabels)
	}
	x.goodsMarked = true
	for _, c := range slices.Concat(x.lex.transferGoods, x.lex.directionalGoods) {
		if c < 1<<16 { // (nextMarked stops at every character above)
			x.transferBits[c>>6] |= 1 << (c & 63)
		}
		x.goodsMarked = x.goodsMarked && strings.ContainsRune(markChars, c)
	}
	return x, nil
}

// lexKind says which word list a lexicon match comes from.
type lexKind uint8

const (
	lexHead lexKind = iota
	lexTrigger
	lexEvent
	lexForm // an institution's short form
)

// abbrevInfo is a one-character province abbreviation.
type abbrevInfo struct {
	region *gazetteer.Region
	strict bool
}

// Input is one document to read.
type Input struct {
	// Name is the file name; its base name gives the document id.
	Name string
	// Data is the document's bytes; Extract does not change them, and they
	// must not change while it runs.
	Data []byte
}

// Problem is something wrong with one input, positioned in it.
type Problem struct {
	// Source is the input's name.
	Source string
	// Offset is where the problem is, in Unit; -1 when it concerns the
	// whole input.
	Offset int
	// Unit is "byte" or "char".
	Unit string
	// Message says what is wrong.
	Message string
	// Fatal problems mean the input was skipped.
	Fatal bool
	// Line and Column (1-based, in characters of the normalised text) place
	// a finding; 0 when Offset is a byte offset or -1.
	Line, Column int
	// Code names a non-fatal finding, for reading why a document gave
	// what it gave (kg extract --explain): one of the Diag constants.
	Code string
}

// Codes of non-fatal, positioned findings (Problem.Code).
const (
	// DiagNoSubject: no subject region in title, issuer, assembly line,
	// speaker or text; sentences without a subject of their own give nothing.
	DiagNoSubject = "subject-not-found"
	// DiagAmbiguous: a place name two or more regions share, or a common
	// word, left unresolved for want of context.
	DiagAmbiguous = "ambiguous-name"
	// DiagNoObject: a trigger word with no entity to relate.
	DiagNoObject = "trigger-without-object"
	// DiagGeneric: a phrase with a head (省级开发区) rejected as generic.
	DiagGeneric = "generic-name"
)

// Error formats the problem as "file:line:col: message" (findings),
// "file: byte 12: message" or "file: message".
func (p Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", p.Source, p.Line, p.Column, p.Message)
	}
	if p.Offset >= 0 {
		return fmt.Sprintf("%s: %s %d: %s", p.Source, p.Unit, p.Offset, p.Message)
	}
	return fmt.Sprintf("%s: %s", p.Source, p.Message)
}

// Result is what Extract returns.
type Result struct {
	Graph    kg.Graph
	Problems []Problem
}

// Failed returns the names of inputs that were skipped.
func (r *Result) Failed() []string {
	var out []string
	for _, p := range r.Problems {
		if p.Fatal {
			out = append(out, p.Source)
		}
	}
	return out
}

// Extract reads inputs and merges what they say into one graph. progress,
// if not nil, is called after each input. Output is deterministic: the
// same inputs in any order give the same graph.
func (x *Extractor) Extract(ins []Input, progress func(done, total int, name string)) *Result {
	return x.ExtractEach(len(ins), func(i int) Input { return ins[i] }, progress)
}

// ExtractEach is Extract of the total inputs that input gives, called once
// for each index from 0 to total-1 (from several goroutines at once): a
// caller that hands each input over and keeps none lets a document's
// bytes go once the document is read (kg extract: the input's size less
// at the peak of a long document), where Extract's slice keeps them all
// until the end.
func (x *Extractor) ExtractEach(total int, input func(i int) Input, progress func(done, total int, name string)) *Result {
	type out struct {
		g     *docGraph
		probs []Problem
	}
	outs := make([]out, total)
	// Documents are read in parallel, one worker per core; results are
	// kept by input index, so the output does not depend on scheduling.
	workers := min(runtime.GOMAXPROCS(0), total)
	next := make(chan int)
	done := make(chan string)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				g, probs, name := x.take(input, i)
				outs[i] = out{g, probs}
				done <- name
			}
		}()
	}
	go func() {
		for i := range total {
			next <- i
		}
		close(next)
		wg.Wait()
		close(done)
	}()
	n := 0
	for name := range done {
		n++
		if progress != nil {
			progress(n, total, name)
		}
	}
	res := &Result{}
	var parts []*docGraph
	np := 0
	for _, o := range outs {
		np += len(o.probs)
	}
	if np > 0 {
		res.Problems = make([]Problem, 0, np) // nil when there are none, as before
	}
	for _, o := range outs {
		res.Problems = append(res.Problems, o.probs...)
		if o.g != nil {
			parts = append(parts, o.g)
		}
	}
	res.Graph = x.merge(parts)
	return res
}

// take reads input i: nothing of ExtractEach's refers to the input after.
func (x *Extractor) take(input func(int) Input, i int) (*docGraph, []Problem, string) {
	in := input(i)
	name := in.Name
	g, probs := x.document(in)
	if g != nil {
		g.rels.detach() // the document's text is garbage now
	}
	return g, probs, name
}

// docGraph is what one document gives.
type docGraph struct {
	doc   kg.Document
	ents  map[string]*entity
	rels  relSet
	miles map[string][]kg.Milestone
}

// document reads one input through the pipeline's stages, each a function
// of the values the earlier ones return: bytes → normalised text (decode,
// script and t2s, clean-up: pure functions) → sentences → metadata and
// subject → words and lexicon hits, which complete the docText →
// recognition (mentions and entities: gazetteer, abbreviations, named
// entities) → relations (triggers, names, tasks) and milestones, which
// read the text and the recognition and change neither. Problems found on
// the way are returned as positioned values, in the order the stages
// found them.
func (x *Extractor) document(in Input) (*docGraph, []Problem) {
	t, doc, sents, fatal := x.readText(in)
	if fatal != nil {
		return nil, []Problem{*fatal}
	}
	rec, probs := recognize(t)
	rel, probs := relate(t, rec, sents, probs)
	f := findings{source: t.source, problems: probs}
	if t.subject == nil {
		f.note(DiagNoSubject, -1, "subject region not found in title, issuer, assembly line, speaker or text")
	}
	f.placeProblems(t.text)
	miles := milestones(t, rec, sents)
	g := &docGraph{doc: doc, ents: keptEntities(rel.entities(rec, t.docID), t.docID, rel.rels, miles), rels: rel.rels, miles: miles}
	if t.pooledText {
		// nothing made of the document refers to its characters: names,
		// evidence and messages are strings, copied or of the string
		decodePool.give(t.text)
		t.text = nil
	}
	t.releaseTokCode()
	sentencePool.give(sents)
	// the findings, kept to the end of ExtractEach, at their size; the
	// list they grew in (from problemPool: twice their size, a long
	// document's 11 MB) serves the next document
	var kept []Problem
	if len(f.problems) > 0 {
		kept = slices.Clone(f.problems)
	}
	problemPool.give(f.problems)
	return g, kept
}

// problemPool holds the lists a document's findings grow in (recognize's
// and relate's, given back by document).
var problemPool slicePool[Problem]

// readText runs the stages before recognition: the prepared text, its
// sentences, its metadata and subject, words and lexicon hits, which make
// the docText that recognition and relations read.
func (x *Extractor) readText(in Input) (*docText, kg.Document, []Sentence, *Problem) {
	t, doc, fatal := x.prepare(in)
	if fatal != nil {
		return nil, doc, nil, fatal
	}
	sents := appendSentences(sentencePool.take(), t.text) // (document gives the list back to sentencePool)
	t.titleSpans = titles(t.text, t.marks.of('《'))
	t.applyMeta(x.readMeta(t.preparedText, sents), &doc)
	t.segment()
	t.lexicon()
	return t, doc, sents, nil
}

// keptEntities leaves out the named things read and then given up (a name
// that a longer or an earlier one covered): an entity of an open class
// with no mention in the document, in no relation and with no milestone
// would stand in the graph with nothing to say it was read.
func keptEntities(ents map[string]*entity, docID string, rs relSet, miles map[string][]kg.Milestone) map[string]*entity {
	var used map[string]bool
	for id, e := range ents {
		if e.typ.IsRegion() || e.typ == kg.RegionGroup || e.typ == kg.Agency || e.mentions > 0 || len(miles[id]) > 0 {
			continue
		}
		if used == nil {
			used = map[string]bool{}
			for k := range rs.m {
				used[k.from], used[k.to] = true, true
			}
		}
		if !used[id] {
			delete(ents, id)
		}
	}
	return ents
}

// openCCT2S is OpenCC's t2s converter, made once, when first asked for:
// most runs read simplified documents only, which script detection sends
// to no converter. It is the prebuilt tables (t2s.bin, T2S); making it
// from OpenCC's dictionaries, then the tables read out of them, was 40 M
// instructions, a fifth of a process's start.
type openCCT2S struct {
	once sync.Once
	conv Converter // the tables (t2sTable)
	err  error     // t2s.bin does not decode
}

// converter returns the converter of traditional characters: the
// Config's, or OpenCC's t2s, made at the first call.
func (x *Extractor) converter() (Converter, error) {
	o := x.openCC
	if o == nil {
		return x.conv, nil
	}
	o.once.Do(func() { o.conv, o.err = T2S() }) // OpenCC's tables, prebuilt (t2s.go)
	return o.conv, o.err
}

// prepare runs the first stages: decoding, script detection and t2s
// conversion, clean-up. It returns the document's text, normalised, and
// the document's own fields, or the fatal problem that stops it.
func (x *Extractor) prepare(in Input) (*docText, kg.Document, *Problem) {
	// text is a string over in.Data while it is valid UTF-8: nothing kept
	// after prepare refers to it, and a converter is given a copy.
	text, enc, chars, runes, err := decode(in.Data, true)
	if err != nil {
		p := Problem{Source: in.Name, Offset: -1, Unit: "byte", Message: err.Error(), Fatal: true}
		if de, ok := err.(*DecodeError); ok {
			p.Offset, p.Message = de.Offset, de.Reason
		}
		return nil, kg.Document{}, &p
	}
	sum := sha256.Sum256(in.Data)
	doc := kg.Document{
		ID:       kg.DocumentID(filepath.Base(in.Name)),
		Source:   filepath.Base(in.Name),
		Encoding: enc,
		Hash:     hex.EncodeToString(sum[:]),
	}
	script, err := detectScript(x.converter, text, runes)
	if err != nil {
		return nil, doc, &Problem{Source: in.Name, Offset: -1, Message: "script detection: " + err.Error(), Fatal: true}
	}
	doc.Script = script
	var n Normalized
	var same sameLines // the lines of text left unchanged in n.Text (simplified UTF-8 only)
	var origAt []int32 // of each character of n.Text, its offset in text (traditional only)
	if script == ScriptTraditional {
		var conv []rune
		var src *convMap
		c, err := x.converter() // made already: detectScript converted a sample
		if err != nil {
			return nil, doc, &Problem{Source: in.Name, Offset: -1, Message: "t2s conversion: " + err.Error(), Fatal: true}
		}
		if t2s, ok := c.(*t2sTable); ok {
			conv, src = t2s.toSimplifiedRunes(text, chars)
		} else {
			text = strings.Clone(text) // a Converter may keep what it is given
			s, at, err := toSimplified(c, text)
			if err != nil {
				return nil, doc, &Problem{Source: in.Name, Offset: -1, Message: "t2s conversion: " + err.Error(), Fatal: true}
			}
			conv, src = decodeText(s), &convMap{}
			for o, a := range at { // a run a character: the map of at
				src.add(o, int(a), true)
			}
		}
		n, origAt = normalizeRunes(conv, true, src) // Source only to map back to the original script
	} else if runes != nil {
		n, _ = normalizeRunesSegs(runes, false, nil, &same) // normalizeCounted(text, false, chars), decoded already
		if unsafe.SliceData(n.Text) != unsafe.SliceData(runes) {
			decodePool.give(runes) // (n.Text is a copy: nothing reads runes now)
		} // (else n.Text is runes' buffer, written over: given back with the text)
	} else {
		n = normalizeCounted(text, false, chars)
	}
	if len(n.Text) == 0 {
		return nil, doc, &Problem{Source: in.Name, Offset: -1, Unit: "char", Message: "no text left after clean-up", Fatal: true}
	}
	d := &docText{x: x, docID: doc.ID, source: in.Name}
	d.text = n.Text
	d.pooledText = runes != nil && script != ScriptTraditional // (normalizeRunesSegs' text, from decodePool)
	d.marks = markPositions(n.Text)
	d.str, d.byteAt = encodeFrom(n.Text, same, text) // string(n.Text) and where each character starts in it
	if origAt != nil {
		d.orig = newOrigText(text, n.Text, origAt)
	}
	doc.Chars = len(n.Text)
	return d, doc, nil
}

// lexHits are the lexicon's matches in a text, by position: heads,
// trigger words and milestone verbs; each hit's word indexes its own list
// (headDefs, trigDefs, milestoneEvents).
type lexHits struct {
	heads, trigs, events, forms []hit
}

// codedLine reports a line's code ending at pos, a capital letter and
// digits (S1, M102, R4); one with a road's letter (G, S) only right after a
// railway's head found before it (市域铁路S1线): alone it may be a road's
// (S5线拉萨至泽当快速通道).
func (x *Extractor) codedLine(text []rune, pos int, heads []hit) bool {
	i := pos
	for i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
		i--
	}
	if i == pos || i == 0 || text[i-1] < 'A' || text[i-1] > 'Z' {
		return false
	}
	if text[i-1] != 'G' && text[i-1] != 'S' {
		return true // M102线, R1线: no road's letter
	}
	last := len(heads) - 1
	return last >= 0 && heads[last].end == i-1 && x.headDefs[heads[last].word].typ == kg.Railway
}

// findLexicon is the lexicon stage: the heads, trigger words and milestone
// verbs of a text, found in one pass. It is a function of the text alone.
func (x *Extractor) findLexicon(text []rune) lexHits {
	var l lexHits
	all := x.lexMatcher.appendRunes(hitPool.take(), text) // (copied out below: the buffer is given back)
	defer hitPool.give(all)
	// the lists sized from the start, where their growth was half the
	// stage's allocation (a head that codedLine drops leaves a slot unused)
	var n [3]int
	for _, h := range all {
		switch x.lexKind[h.word] {
		case lexHead:
			n[0]++
		case lexTrigger:
			n[1]++
		case lexEvent:
			n[2]++
		}
	}
	if n[0] > 0 {
		l.heads = make([]hit, 0, n[0])
	}
	if n[1] > 0 {
		l.trigs = make([]hit, 0, n[1])
	}
	if n[2] > 0 {
		l.events = make([]hit, 0, n[2])
	}
	for _, h := range all {
		k := x.lexKind[h.word]
		h.word = x.lexIdx[h.word]
		switch k {
		case lexHead:
			if x.headDefs[h.word].rule == ruleCoded && !x.codedLine(text, h.start, l.heads) {
				continue // 全线, 复线: no line's code before the word; S5线: a road's
			}
			l.heads = append(l.heads, h)
		case lexTrigger:
			l.trigs = append(l.trigs, h)
		case lexEvent:
			l.events = append(l.events, h)
		case lexForm:
			l.forms = append(l.forms, h)
		}
	}
	return l
}

// trigsFrom returns the index of the first trigger word in d.trigs that
// starts at pos or after it. d.trigs are in order of start, one at most a
// position (leftmost-longest matches, never overlapping): a bisection finds
// the triggers at a position, where a scan of all of them per question was
// quadratic in a long document's size.
func (d *docText) trigsFrom(pos int) int {
	k, hi := 0, len(d.trigs)
	for k < hi {
		h := int(uint(k+hi) >> 1)
		if d.trigs[h].start < pos {
			k = h + 1
		} else {
			hi = h
		}
	}
	return k
}

// trigAt returns the index in d.trigs of the trigger word that starts at
// pos, or -1.
func (d *docText) trigAt(pos int) int {
	if k := d.trigsFrom(pos); k < len(d.trigs) && d.trigs[k].start == pos {
		return k
	}
	return -1
}

// lexicon takes the lexicon stage's matches into the document's text.
func (d *docText) lexicon() {
	l := d.x.findLexicon(d.text)
	d.heads, d.trigs, d.events, d.forms = l.heads, l.trigs, l.events, l.forms
}

// countMentions counts each entity's mentions in the document and keeps
// the surface forms of regions and groups as aliases.
func (d *recognizer) countMentions() {
	d.referred = make(map[string]bool, len(d.ents)) // the entities mentions refer to are among them
	for _, m := range d.mentions {
		for _, e := range m.refs {
			d.referred[e.id] = true
		}
		if m.kind == mAbbrev && !m.top {
			continue // 苏浙皖 inside a zone's name: one character each leaves the regions implied
		}
		if m.kind == mPronoun && (d.subjReg == nil || m.refs[0].code != d.subjReg.Code) {
			continue // 全省 in a city's report: the province is meant, not named (mentions, ONTOLOGY.md)
		}
		var s, o string
		if m.kind == mRegion || m.kind == mGroup {
			s, o = d.surfaceView(m.start, m.end) // s copied when kept
			if a, ok := d.headAliases[m.start]; ok && m.kind == mGroup {
				s, o = a, ""
			}
		}
		for _, e := range m.refs {
			e.mentions++
			if m.kind == mRegion || m.kind == mGroup {
				if s != e.name && !slices.Contains(e.aliases, s) {
					e.addAlias(strings.Clone(s))
				}
				if o != "" && o != e.name {
					e.addAlias(o)
				}
			}
		}
	}
}

// recognize is the recognition stage: the mentions of the text and the
// entities they name (gazetteer names, abbreviations, named entities, with
// their counts and aliases), and its findings. It reads t and changes only
// t's word cache; the subject's entity, made by applyMeta, is the first of
// the recognition's entities and counts its mentions.
func recognize(t *docText) (*recognition, []Problem) {
	d := newRecognizer(t)
	d.recognizeGazetteer()
	d.recognizeAbbrev()
	d.recognizeNames()
	d.bracketGlosses()
	d.countMentions()
	d.indexNames() // over the last mentions: relations only read it
	return d.recognition, d.problems
}

// newRecognizer returns a recognizer over t with no mentions yet; its
// entities start with the subject's.
func newRecognizer(t *docText) *recognizer {
	// sized: the map grew from empty and moved its keys at each doubling;
	// the corpus's documents have about one entity for two or three of the
	// lexicon's heads (60-200 of 140-540)
	rec := &recognition{ents: make(map[string]*entity, 16+len(t.heads)/3)}
	if t.subject != nil {
		rec.ents[t.subject.id] = t.subject
	}
	return &recognizer{docView: docView{docText: t, recognition: rec, findings: findings{source: t.source, problems: problemPool.take()}, made: rec.ents}}
}

// relOutput is what the relation stage gives: the relations, the entities
// its rules made (regions a route's name or a zone's parties imply, the
// agencies of tasks), and the mentions of entities by task units, which
// count as mentions of the document (entities).
type relOutput struct {
	rels  relSet
	made  map[string]*entity
	units []unitMention
}

// unitMention is a task unit's mention of its entity, and the unit as
// written when the entity's name differs ("" when not).
type unitMention struct {
	e     *entity
	alias string
}

// entities returns the document's entities: the recognition's, with the
// entities the relations made and the mentions of the task units counted.
// It changes the recognition's entities, and is called after every stage
// that reads them.
func (o relOutput) entities(rec *recognition, docID string) map[string]*entity {
	ents := rec.ents
	for id, e := range o.made {
		ents[id] = e
	}
	for _, u := range o.units {
		u.e.mentions++
		if u.alias != "" {
			u.e.addAlias(u.alias)
		}
	}
	return ents
}

// relate is the relation stage: the relations of the document, from
// trigger words per sentence, what names state by themselves and the
// units of tasks. It reads the text and the recognition and changes
// neither (but t's word cache). Its findings are appended to probs (the
// earlier stages', which are not copied).
func relate(t *docText, rec *recognition, sents []Sentence, probs []Problem) (relOutput, []Problem) {
	d := &relater{docView: docView{docText: t, recognition: rec, findings: findings{source: t.source, problems: probs}, made: map[string]*entity{}}}
	rs := newRelSet(t)
	d.relations(sents, rs)
	d.nameRelations(sents, rs)
	d.taskRelations(sents, rs)
	return relOutput{rels: rs, made: d.made, units: d.units}, d.problems
}

// lastYear reads the last year written 19xx年 or 20xx年 in t: the last
// match of ((?:19|20)\d{2})年 (yearRE in the tests), by a scan of the
// characters instead of the regular expression over a string of them.
func lastYear(t []rune) (int, bool) {
	digit := func(r rune) bool { return '0' <= r && r <= '9' }
	for q := len(t) - 1; q >= 4; q-- {
		if t[q] != '年' || !digit(t[q-2]) || !digit(t[q-1]) {
			continue
		}
		if c, d := t[q-4], t[q-3]; c == '1' && d == '9' || c == '2' && d == '0' {
			return int(c-'0')*1000 + int(d-'0')*100 + int(t[q-2]-'0')*10 + int(t[q-1]-'0'), true
		}
	}
	return 0, false
}

// milestones is the milestone stage: target years next to the projects,
// routes, hubs and parks a recognition names (力争2019年开工,
// 确保2021年建成通车). It reads t's text and events and rec's mentions.
func milestones(t *docText, rec *recognition, sents []Sentence) map[string][]kg.Milestone {
	d := docView{docText: t, recognition: rec}
	out := map[string][]kg.Milestone{}
	if len(d.events) == 0 {
		return out
	}
	// The candidates by start, each with its place in d.mentions: the one
	// taken is the last there, as when every mention was scanned for each
	// event (quadratic in a long document).
	type cand struct {
		m  *mention
		at int
	}
	var cands []cand
	for i, m := range d.mentions {
		if m.kind != mNamed || !m.top {
			continue
		}
		switch m.refs[0].typ {
		case kg.Project, kg.Railway, kg.Road, kg.Hub, kg.Park:
			cands = append(cands, cand{m, i})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(a.m.start, b.m.start) })
	for _, h := range d.events {
		s := sentenceAt(sents, h.start)
		// the entity: the nearest named project, route, hub or park before
		// the event in the same sentence
		var ent *entity
		at := -1
		k := sort.Search(len(cands), func(k int) bool { return cands[k].m.start >= s.Start })
		for ; k < len(cands) && cands[k].m.start <= h.start; k++ {
			if c := cands[k]; c.m.end <= h.start && c.at > at {
				ent, at = c.m.refs[0], c.at
			}
		}
		if ent == nil {
			continue
		}
		// the year: the nearest before the event in the sentence, else in
		// the paragraph (到2025年, ... 建成通车)
		lo := s.Start
		for lo > 0 && d.text[lo-1] != '\n' && s.Start-lo < 200 {
			lo--
		}
		y, ok := lastYear(d.text[lo:h.start])
		if !ok {
			continue
		}
		ev := string(d.text[h.start:h.end])
		out[ent.id] = append(out[ent.id], kg.Milestone{Year: y, Event: ev, Document: d.docID, Sentence: s.Index})
	}
	return out
}

// merge joins the documents' graphs and adds PART_OF from the gazetteer
// and group membership. Its result is kg.Merge of the documents' graphs,
// in input order, merged again with structure of that (mergeReference in
// merge_test.go, checked against it): a later document record replaces an
// earlier one of the same id; an entity keeps the type and name it was
// first seen with, unites aliases and milestones, takes code, parent and
// pinyin from the last that has them (the gazetteer's last of all) and
// its mentions per document, the later word winning; a relation's
// evidence from a document replaces what earlier graphs said of that
// document. Done without the graph of each document or the
// copies of the two merges, which were a tenth of the extraction's time;
// the documents' entities are folded in from the extractor's own records
// (aliases as a set) by the same rules as kg.Entity.Absorb, which merges
// the gazetteer's structure in.
func (x *Extractor) merge(parts []*docGraph) kg.Graph {
	var out kg.Graph
	docAt := map[string]int{}
	n := 0
	for _, p := range parts {
		n += len(p.ents)
	}
	ents := make(map[string]*kg.Entity, n)
	// The merged records are made in one array each, where an allocation
	// apiece was thousands of a corpus: n and nRels bound the new ones, so
	// that an append never moves a record the maps point to.
	nRels := 0
	for _, p := range parts {
		nRels += len(p.rels.m)
	}
	entSlab := make([]kg.Entity, 0, n)
	for _, p := range parts {
		docID := p.doc.ID
		if i, ok := docAt[docID]; ok {
			out.Documents[i] = p.doc
		} else {
			docAt[docID] = len(out.Documents)
			out.Documents = append(out.Documents, p.doc)
		}
		for _, e := range p.ents {
			py := e.pinyin
			if py == "" {
				py = x.pinyin(e.name)
			}
			mentions := e.mentions
			cur := ents[e.id]
			if cur == nil {
				entSlab = append(entSlab, kg.Entity{ID: e.id, Type: e.typ, Name: e.name, Code: e.code, Parent: e.parent, Pinyin: py})
				c := &entSlab[len(entSlab)-1]
				if len(e.aliases) > 0 {
					c.Aliases = make([]string, 0, len(e.aliases))
					for _, a := range e.aliases {
						if a != e.name {
							c.Aliases = append(c.Aliases, a)
						}
					}
				}
				c.Milestones = slices.Clone(p.miles[e.id])
				if mentions > 0 {
					c.MentionsByDocument = map[string]int{docID: mentions}
					c.Mentions = mentions
				}
				ents[e.id] = c
				continue
			}
			for _, a := range e.aliases {
				if a != e.name && a != cur.Name && !slices.Contains(cur.Aliases, a) {
					cur.Aliases = append(cur.Aliases, a)
				}
			}
			for _, m := range p.miles[e.id] {
				if !slices.Contains(cur.Milestones, m) {
					cur.Milestones = append(cur.Milestones, m)
				}
			}
			if mentions > 0 {
				if cur.MentionsByDocument == nil {
					cur.MentionsByDocument = map[string]int{}
				}
				cur.Mentions += mentions - cur.MentionsByDocument[docID] // a repeated id's count replaces the earlier
				cur.MentionsByDocument[docID] = mentions
			}
			if e.code != "" {
				cur.Code = e.code
			}
			if e.parent != "" {
				cur.Parent = e.parent
			}
			if py != "" {
				cur.Pinyin = py
			}
		}
	}
	// The gazetteer's structure of what the documents name, computed
	// before any of it is applied, as it reads the merged codes and names.
	sEnts, sRels := x.structure(ents)
	// The relations after the structure, which reads none of them, so
	// that their map is sized for its relations too: grown by them, it
	// moved every key again.
	rels := make(map[string]*kg.Relation, nRels+len(sRels))
	relSlab := make([]kg.Relation, 0, nRels)
	for _, p := range parts {
		for k := range p.rels.m {
			id := kg.RelationID(k.typ, k.from, k.to)
			evs := p.rels.evidence(k) // a new slice
			cur := rels[id]
			if cur == nil {
				relSlab = append(relSlab, kg.Relation{ID: id, Type: k.typ, From: k.from, To: k.to, Evidence: evs})
				rels[id] = &relSlab[len(relSlab)-1]
				continue
			}
			kept := cur.Evidence[:0]
			for _, ev := range cur.Evidence {
				if !evidenceFrom(evs, ev.Document) {
					kept = append(kept, ev)
				}
			}
			cur.Evidence = append(kept, evs...)
		}
	}
	for i := range sEnts {
		s := &sEnts[i]
		cur := ents[s.ID]
		if cur == nil {
			ents[s.ID] = s
			s.Mentions = sumMentions(s.MentionsByDocument)
			continue
		}
		cur.Absorb(s)
		if len(s.MentionsByDocument) > 0 {
			cur.Mentions = sumMentions(cur.MentionsByDocument)
		}
	}
	for i := range sRels {
		if rels[sRels[i].ID] == nil {
			rels[sRels[i].ID] = &sRels[i]
		}
	}
	slices.SortFunc(out.Documents, func(a, b kg.Document) int { return strings.Compare(a.ID, b.ID) })
	ep := make([]*kg.Entity, 0, len(ents))
	for _, e := range ents {
		// e.Mentions, the sum of e.MentionsByDocument, was kept as it
		// changed: a range over each entity's map here was 1 % of the time
		slices.Sort(e.Aliases)
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		slices.SortFunc(e.Milestones, kg.CompareMilestones)
		ep = append(ep, e)
	}
	slices.SortFunc(ep, func(a, b *kg.Entity) int { return strings.Compare(a.ID, b.ID) })
	if len(ep) > 0 {
		out.Entities = make([]kg.Entity, len(ep))
		for i, e := range ep {
			out.Entities[i] = *e
		}
	}
	rp := make([]*kg.Relation, 0, len(rels))
	for _, r := range rels {
		slices.SortFunc(r.Evidence, kg.CompareEvidence)
		if r.Evidence == nil {
			r.Evidence = []kg.Evidence{}
		}
		rp = append(rp, r)
	}
	slices.SortFunc(rp, func(a, b *kg.Relation) int { return strings.Compare(a.ID, b.ID) })
	if len(rp) > 0 {
		out.Relations = make([]kg.Relation, len(rp))
		for i, r := range rp {
			out.Relations[i] = *r
		}
	}
	return out
}

// sumMentions is the total of mentions per document.
func sumMentions(byDoc map[string]int) int {
	n := 0
	for _, v := range byDoc {
		n += v
	}
	return n
}

// evidenceFrom reports a piece of evs from document doc.
func evidenceFrom(evs []kg.Evidence, doc string) bool {
	for i := range evs {
		if evs[i].Document == doc {
			return true
		}
	}
	return false
}

// structure returns, for the regions and groups among ents, the
// gazetteer's PART_OF chain above every region and the members of every
// group, with the implied entities (0 mentions); each id once.
func (x *Extractor) structure(ents map[string]*kg.Entity) ([]kg.Entity, []kg.Relation) {
	// sized as the maps below (a third and a half of the entities), where
	// their growth from empty was half of the stage's allocation
	outEnts := make([]kg.Entity, 0, len(ents)/3)
	outRels := make([]kg.Relation, 0, len(ents)/2)
	// seenEnt is keyed by region code, the id without its prefix: the
	// id was built to be looked up at every step of every chain
	// sized: the corpus's 2,700 entities have 700 regions in chains and
	// 1,050 part-of links; grown from empty, the maps moved every key
	// at each doubling
	// seenEnt holds each region's id by its code: a chain step's ids are
	// the region's and its parent's, made once (the parent's id is the
	// child's Parent field and the parent's own ID)
	seenEnt := make(map[string]string, len(ents)/3)
	seenRel := make(map[string]bool, len(ents)/2)
	partOf := func(from, to string) {
		id := kg.RelationID(kg.PartOf, from, to)
		if !seenRel[id] {
			seenRel[id] = true
			outRels = append(outRels, kg.Relation{ID: id, Type: kg.PartOf, From: from, To: to})
		}
	}
	// chain adds r, its parent chain and their part-of links, and returns
	// r's id; id is r's id when the caller has it made already, or "".
	var chain func(r *gazetteer.Region, id string) string
	chain = func(r *gazetteer.Region, id string) string {
		if known, ok := seenEnt[r.Code]; ok {
			return known // its chain is in already
		}
		if id == "" {
			id = kg.RegionID(r.Code)
		}
		seenEnt[r.Code] = id
		e := kg.Entity{ID: id, Type: r.Level.EntityType(), Name: r.Name, Code: r.Code, Pinyin: r.Pinyin}
		if r.Parent != "" {
			e.Parent = kg.RegionID(r.Parent)
		}
		if r.Short != "" && r.Short != r.Name {
			e.Aliases = []string{r.Short}
		}
		outEnts = append(outEnts, e)
		if p, ok := x.gaz.Region(r.Parent); ok {
			// p.Code is r.Parent: the gazetteer's regions are keyed by code
			partOf(id, e.Parent)
			chain(p, e.Parent)
		}
		return id
	}
	for _, e := range ents {
		switch {
		case e.Type.IsRegion():
			if r, ok := x.gaz.Region(e.Code); ok {
				chain(r, "")
			}
		case e.Type == kg.RegionGroup:
			gr, ok := x.gaz.Group(e.Name)
			if !ok {
				continue
			}
			for _, code := range gr.Members {
				if r, ok := x.gaz.Region(code); ok {
					partOf(chain(r, ""), e.ID)
				}
			}
		}
	}
	return outEnts, outRels
}

// placePinyin spells a name as pinyinOf does, the gazetteer's names in it
// with their checked pinyin (长沙机场: changshajichang, not zhangsha…;
// 重庆…: chongqing): polyphones are most often wrong in places' names.
func (x *Extractor) placePinyin(name string) string {
	var offBuf [64]int32 // (most names' offsets: no allocation)
	var off []int32
	if len(name) < len(offBuf) {
		off = charOffsetsIn(offBuf[:len(name)+1], name)
	} else {
		off = charOffsets(name)
	}
	hits := x.names.find(name, off)
	if len(hits) == 0 {
		return x.pinyinOf(name)
	}
	if utf8.ValidString(name) {
		return x.spellHits(name, hits)
	}
	return x.spellRunes([]rune(name), hits)
}

// spellRunes is placePinyin's spelling read through the name's runes, for
// a name that is no valid UTF-8 (spellHits reads pieces of the string).
func (x *Extractor) spellRunes(rs []rune, hits []hit) string {
	var b strings.Builder
	at := 0
	for _, h := range hits {
		spelled := ""
		for _, c := range x.nameCands[h.word] {
			switch {
			case c.group != nil && c.group.Name == string(rs[h.start:h.end]):
				spelled = c.group.Pinyin // (an alias is spelled as it is written: G60科创走廊)
			case c.short:
				spelled = c.region.ShortPinyin
			case c.region != nil && c.region.Name == string(rs[h.start:h.end]):
				spelled = c.region.Pinyin
			}
			if spelled != "" {
				break
			}
		}
		if spelled == "" {
			continue
		}
		b.WriteString(x.pinyinOf(string(rs[at:h.start])))
		b.WriteString(spelled)
		at = h.end
	}
	b.WriteString(x.pinyinOf(string(rs[at:])))
	return b.String()
}

// spellHits is placePinyin's spelling of a name of valid UTF-8 and the
// places hits found in it: the characters' pieces read as pieces of name
// (for valid UTF-8, string(rs[a:b]) is the bytes of characters a to b) and
// spelled into one builder, where each piece was a string of runes made
// again and each pinyinOf a builder of its own (a whole process over the
// corpus spells a name once: 3 % of its time).
func (x *Extractor) spellHits(name string, hits []hit) string {
	var atBuf [32]int
	at := atBuf[:0] // the byte offset of each character, and len(name)
	for i := range name {
		at = append(at, i)
	}
	at = append(at, len(name))
	var b strings.Builder
	b.Grow(3 * len(name))
	from := 0
	for _, h := range hits {
		part := name[at[h.start]:at[h.end]]
		spelled := ""
		for _, c := range x.nameCands[h.word] {
			switch {
			case c.group != nil && c.group.Name == part:
				spelled = c.group.Pinyin
			case c.short:
				spelled = c.region.ShortPinyin
			case c.region != nil && c.region.Name == part:
				spelled = c.region.Pinyin
			}
			if spelled != "" {
				break
			}
		}
		if spelled == "" {
			continue
		}
		x.appendPinyin(&b, name[at[from]:at[h.start]])
		b.WriteString(spelled)
		from = h.end
	}
	x.appendPinyin(&b, name[at[from]:])
	return b.String()
}

// pinyin spells a name without tones, for search.
func (x *Extractor) pinyin(name string) string { return x.pinyinCache.get(name, x.placePinyin) }

// cueSet is a list of words any one of which marks a text.
type cueSet struct{ words wordSet }

// containedIn reports whether t holds one of the words: one walk of the
// words' trie from each character (most start none), where a search of the
// text's string for each of the 73 words of [works-cues] was made.
func (c cueSet) containedIn(t []rune) bool {
	for i := range t {
		if c.words.startingAt(t, i, len(t)) > 0 {
			return true
		}
	}
	return false
}

// isAbbrev reports a one-character abbreviation of a region (赣, 湘).
func (x *Extractor) isAbbrev(c rune) bool {
	if c >= 1<<16 {
		_, ok := x.abbrevs.lookup(c)
		return ok
	}
	return x.abbrevBits[c>>6]&(1<<(c&63)) != 0
}
