package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	kg "github.com/cnplan/kg"
)

// TestFirstRunes checks that the first characters of a lexicon list rule
// out no position where a word of the list stands (prefixLen), over every
// position of the seeds and part of the corpus.
func TestFirstRunes(t *testing.T) {
	x := newTestExtractor(t)
	type filter struct {
		name  string
		words []string
		set   firstRunes // of the words' first characters, or of their last
	}
	lists := []filter{
		{"works-words", x.lex.worksWords, x.worksFirsts},
		{"phase-words", x.lex.phaseWords, x.phaseFirsts},
		{"ordinal-scopes", x.lex.ordinalScopes, x.ordinalFirsts},
		{"approximations", x.lex.approximations, x.approxFirsts},
		{"batch-prefixes", x.lex.batchPrefixes, x.batchFirsts},
		{"zone-words", x.lex.zoneWords, x.zoneFirsts},
		{"designation-qualifiers", x.lex.designationQualifiers, x.designationFirsts},
		{"feature-followers", x.lex.featureFollowers, x.featureFirsts},
		{"zone-manners", x.lex.zoneManners, x.mannerFirsts},
		{"companion-verbs", x.lex.companionVerbs, x.companionFirsts},
		{"line-extensions", x.lex.lineExtensions, x.extensionFirsts},
		{"line-variants", x.lex.lineVariants, x.variantFirsts},
		{"kind-qualifiers", x.lex.kindQualifiers, x.qualifierFirsts},
		{"programme-heads", x.lex.programmeHeads, x.programmeFirsts},
		{"state-firms", x.lex.stateFirms, x.firmFirsts},
		{"designated-heads", x.lex.designatedHeads, x.designatedFirsts},
		{"growth-verbs", x.lex.growthVerbs, x.growthFirsts},
		{"lead-verbs", x.lex.leadVerbs, x.leadFirsts},
	}
	var classWords []string
	for _, c := range x.lex.kindClasses {
		classWords = append(classWords, c.word)
	}
	lists = append(lists, filter{"kind-classes", classWords, x.classFirsts})
	// the same filter over last characters: no word ends at a position
	// it rules out (suffixLen)
	lasts := []filter{
		{"phase-words", x.lex.phaseWords, x.phaseLasts},
		{"works-words", x.lex.worksWords, x.worksLasts},
		{"national-programmes", x.lex.nationalProgrammes, x.programmeLasts},
		{"plural-categories", x.lex.pluralCategories, x.pluralLasts},
		{"list-verbs", x.lex.listVerbs, x.listLasts},
	}
	for _, in := range testInputs(t, 4) {
		d, _, p := x.prepare(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		for _, l := range lists {
			for _, i := range []int{-1, len(d.text)} {
				if l.set.at(d.text, i) {
					t.Fatalf("%s: at(%d) outside the text", l.name, i)
				}
			}
			for i := range d.text {
				for _, w := range l.words {
					if prefixLen(d.text, i, w) > 0 && !l.set.at(d.text, i) {
						t.Fatalf("%s: %s: %q at %d ruled out", in.Name, l.name, w, i)
					}
				}
			}
		}
		for _, l := range lasts {
			for end := 1; end <= len(d.text); end++ {
				for _, w := range l.words {
					if suffixLen(d.text, end, w) > 0 && !l.set.at(d.text, end-1) {
						t.Fatalf("%s: %s: %q ending at %d ruled out", in.Name, l.name, w, end)
					}
				}
			}
		}
		// worksOnly's characters: every character of a works word
		for _, w := range x.lex.worksWords {
			for _, r := range w {
				if !x.worksChars.has(r) {
					t.Fatalf("works-words: %q of %q not in worksChars", r, w)
				}
			}
		}
	}
}

// TestPluralAsBefore compares plural with the loop it was, which counted
// every category's characters, at every position of the seeds and part
// of the corpus.
func TestPluralAsBefore(t *testing.T) {
	x := newTestExtractor(t)
	ref := func(t []rune, headEnd int) bool {
		for _, w := range x.lex.pluralCategories {
			n := len([]rune(w))
			if headEnd >= n && runesAt(t, headEnd-n, w) {
				return true
			}
		}
		return false
	}
	for _, in := range testInputs(t, 4) {
		d, _, p := x.prepare(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		text := append(d.text, '\ufffd', 'a', -1) // (and characters no text holds, and ends outside it)
		for end := -1; end <= len(text)+1; end++ {
			if got, want := plural(x.lex, text, end), ref(text, end); got != want {
				t.Fatalf("%s: plural at %d = %v, want %v", in.Name, end, got, want)
			}
		}
	}
}

// TestProjectClassAsBefore compares projectClass, which decodes the ten
// characters it reads, with the loop over all of rest's characters it
// was, at every character of every line of the seeds and part of the
// corpus, and on short strings.
func TestProjectClassAsBefore(t *testing.T) {
	x := newTestExtractor(t)
	ref := func(lex *lexicon, rest string) (kindClass, bool) {
		for _, f := range lex.fieldWords {
			if strings.HasPrefix(rest, f) {
				return kindClass{}, false
			}
		}
		rs := []rune(rest)
		for i, r := range rs {
			if i > 8 || !unicode.Is(unicode.Han, r) || r == '的' || r == '和' || r == '及' {
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
	texts := []string{"", "项目", "工程", "一二三四五六七八项目", "一二三四五六七八九项目", "一二三四五六七八九十项目", "一二三四五六七八九工程建设", "a\xff项目"}
	for _, in := range testInputs(t, 4) {
		d, _, p := x.prepare(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		for i := range d.text {
			texts = append(texts, d.sub(i, min(len(d.text), i+14)))
		}
	}
	for _, s := range texts {
		got, gok := projectClass(x.lex, x.fieldFirsts, s)
		want, wok := ref(x.lex, s)
		if got != want || gok != wok {
			t.Fatalf("projectClass(%q) = %v, %v; want %v, %v", s, got, gok, want, wok)
		}
	}
}

// TestSuffixLenAsBefore compares suffixLen, which compares a Chinese
// character's bytes in place, with the decoding loop it was, for the
// words of a few lexicon lists and odd strings at every position of the
// seeds and part of the corpus.
func TestSuffixLenAsBefore(t *testing.T) {
	x := newTestExtractor(t)
	ref := func(t []rune, end int, w string) int {
		if end > len(t) {
			return 0
		}
		n := 0
		for len(w) > 0 {
			r, size := utf8.DecodeLastRuneInString(w)
			if end-n-1 < 0 || t[end-n-1] != r {
				return 0
			}
			w = w[:len(w)-size]
			n++
		}
		return n
	}
	words := []string{"a", "\xe4", "\xb8\xad", "中\xe4\xb8", "\ufffd", "G60", "（一）", "😀中"}
	for _, l := range [][]string{x.lex.phaseWords, x.lex.worksWords, x.lex.anchors, x.lex.nationalProgrammes, x.lex.roleWords, x.lex.pluralCategories} {
		words = append(words, l...)
	}
	for _, in := range testInputs(t, 2) {
		d, _, p := x.prepare(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		text := append(d.text, '\ufffd', '😀', 'a', 0xD800, -1) // and characters no report holds
		for end := 0; end <= len(text)+1; end++ {
			for _, w := range words {
				if got, want := suffixLen(text, end, w), ref(text, end, w); got != want {
					t.Fatalf("suffixLen(%d, %q) = %d, want %d", end, w, got, want)
				}
			}
		}
	}
}

// TestCapacityAsBefore compares capacityOpeningIn, which converts only a
// string that opens with a digit or a point, with the code it was, at
// every position of the seeds and part of the corpus (plural's comparison
// is TestPluralAsBefore's).
func TestCapacityAsBefore(t *testing.T) {
	x := newTestExtractor(t)
	for _, in := range testInputs(t, 2) {
		d, _, p := x.prepare(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		text := append(d.text, '\ufffd', 'a', -1)
		for end := 0; end <= len(text); end++ {
			s := string(text[end:min(len(text), end+12)])
			gn, gc := capacityOpeningIn(x.lex, s)
			wn, wc := capacityOpening(x.lex, []rune(s))
			if gn != wn || gc != wc {
				t.Fatalf("capacityOpeningIn(%q) = %d %v, want %d %v", s, gn, gc, wn, wc)
			}
		}
	}
	for _, s := range []string{"", "\xff", ".5万千瓦", "750千伏", "１２", "12345678901234567890.5万亿千百十万千瓦级机组",
		"300万吨级", "300万吨", "3\xff万吨级", "3万\xff吨级", "100兆瓦级光伏电站", "750千伏输变电工程"} {
		gn, gc := capacityOpeningIn(x.lex, s)
		wn, wc := capacityOpening(x.lex, []rune(s))
		if gn != wn || gc != wc {
			t.Fatalf("capacityOpeningIn(%q) = %d %v, want %d %v", s, gn, gc, wn, wc)
		}
	}
}

// TestConcatHasSuffix compares concatHasSuffix with strings.HasSuffix over
// the concatenation, for every split of a few strings.
func TestConcatHasSuffix(t *testing.T) {
	words := []string{"", "规划", "专项规划", "城市更新专项规划", "专项", "项规", "划", "a专项规划"}
	for _, w := range words {
		for k := 0; k <= len(w); k++ {
			for _, suf := range []string{"专项规划", "规划", "划", "x"} {
				a, b := w[:k], w[k:]
				if got, want := concatHasSuffix(a, b, suf), strings.HasSuffix(a+b, suf); got != want {
					t.Fatalf("concatHasSuffix(%q, %q, %q) = %v, want %v", a, b, suf, got, want)
				}
			}
		}
	}
}

// TestMayHoldMarks checks that every character cleanName removes makes
// mayHoldMarks true, over all runes: where it is false, cleanName's
// strings.Map would return its argument.
func TestMayHoldMarks(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "水库" + string(r) + "工程"
		if !mayHoldMarks(s) && strings.Map(removeMark, s) != s {
			t.Fatalf("%U: cleanName removes it, mayHoldMarks is false", r)
		}
	}
}

// TestTitlesAsBefore compares titles, which searches for each 《, with the
// loop over every character it was, over the seeds, part of the corpus and
// random texts of the four characters that matter.
func TestTitlesAsBefore(t *testing.T) {
	ref := func(t []rune) [][2]int {
		var spans [][2]int
		open := -1
		for i, r := range t {
			switch r {
			case '《':
				open = i
			case '》':
				if open >= 0 {
					spans = append(spans, [2]int{open, i})
					open = -1
				}
			case '\n':
				open = -1
			}
		}
		return spans
	}
	x := newTestExtractor(t)
	var texts [][]rune
	for _, in := range testInputs(t, 4) {
		d, _, p := x.prepare(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		texts = append(texts, d.text)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		r := make([]rune, rng.IntN(40))
		for k := range r {
			r[k] = []rune("《》\n水")[rng.IntN(4)]
		}
		texts = append(texts, r)
	}
	for _, text := range texts {
		m := markPositions(text)
		if got, want := titles(text, m.of('《')), ref(text); !slices.Equal(got, want) {
			t.Fatalf("titles(%q) = %v, want %v", string(text), got, want)
		}
	}
}
