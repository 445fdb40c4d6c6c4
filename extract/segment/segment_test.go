package segment

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func seg(tb testing.TB) *Segmenter {
	tb.Helper()
	s, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// render shows a cut as word/tag pairs, for failure messages.
func render(text []rune, toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s/%s", string(text[t.Start:t.End]), t.Tag)
	}
	return b.String()
}

type want struct {
	word  string
	class string
	is    func(string) bool
}

func verb(w string) want  { return want{w, "verb", IsVerbTag} }
func place(w string) want { return want{w, "place", IsPlaceTag} }
func noun(w string) want  { return want{w, "noun", IsNounTag} }
func verbOrAd(w string) want {
	return want{w, "verb or adverb", func(t string) bool { return IsVerbTag(t) || IsAdverbTag(t) }}
}
func function(w string) want { return want{w, "function word", IsFunctionTag} }
func tagged(w, tag string) want {
	return want{w, tag, func(t string) bool { return t == tag }}
}

func checkCut(t *testing.T, s *Segmenter, text string, wants []want, notStart []string) {
	t.Helper()
	rs := []rune(text)
	toks := s.Cut(rs)
	got := render(rs, toks)
	for _, w := range wants {
		i := slices.IndexFunc(toks, func(tk Token) bool { return string(rs[tk.Start:tk.End]) == w.word })
		if i < 0 {
			t.Errorf("%s: no token %q in %s", text, w.word, got)
			continue
		}
		if !w.is(toks[i].Tag) {
			t.Errorf("%s: %q tagged %s, want %s, in %s", text, w.word, toks[i].Tag, w.class, got)
		}
	}
	// No verb or function word inside a name: none of these words may
	// start with one.
	for _, name := range notStart {
		start := strings.Index(text, name)
		if start < 0 {
			t.Fatalf("%q not in %q", name, text)
		}
		from := utf8.RuneCountInString(text[:start])
		to := from + utf8.RuneCountInString(name)
		for _, tk := range toks {
			if tk.Start >= from && tk.Start < to && (IsVerbTag(tk.Tag) || IsFunctionTag(tk.Tag)) {
				t.Errorf("%s: %q inside %q is tagged %s, in %s", text, string(rs[tk.Start:tk.End]), name, tk.Tag, got)
			}
		}
		if i := slices.IndexFunc(toks, func(tk Token) bool { return tk.Start == from }); i < 0 {
			t.Errorf("%s: no token starts %q, in %s", text, name, got)
		}
	}
}

func TestCut(t *testing.T) {
	s := seg(t)
	cases := []struct {
		name     string
		text     string
		wants    []want
		notStart []string // spans that must start a token and hold no verb
	}{
		{"入选", "入选国家碳达峰试点", []want{verb("入选"), noun("国家"), noun("试点")}, []string{"国家碳达峰试点"}},
		{"新增", "新增省级开发区", []want{verb("新增"), noun("开发区")}, []string{"省级开发区"}},
		{"获批建设", "获批建设赣湘开放合作试验区", []want{verb("获批"), verb("建设"), place("赣"), place("湘")}, nil},
		{"加快推进", "加快推进赣湘开放合作试验区建设", []want{verbOrAd("加快"), verb("推进"), verb("建设"), noun("试验区")}, nil},
		{"放大", "放大萍乡经开区溢出效应", []want{verb("放大"), place("萍乡"), noun("经开区"), noun("效应")}, []string{"萍乡经开区"}},
		{"打造", "打造湘赣边区域合作示范区", []want{verb("打造"), noun("示范区")}, nil},
		{"支持", "支持萍乡市申报国家级经济技术开发区", []want{verb("支持"), place("萍乡市")}, []string{"萍乡市"}},
		{"开发区", "萍乡经济技术开发区", []want{place("萍乡"), noun("经济"), noun("技术开发区")}, []string{"萍乡经济技术开发区"}},
		{"联动", "支持上栗、万载联动浏阳", []want{verb("支持"), verb("联动"), place("浏阳"), tagged("、", "x")}, []string{"浏阳"}},
		{"融入", "积极融入长江经济带和粤港澳大湾区建设", []want{verbOrAd("积极"), verb("融入"), place("长江经济带"), function("和"), place("粤港澳"), noun("大湾区")}, []string{"长江经济带", "粤港澳大湾区"}},
		{"依托", "依托沪昆高铁加快建设赣西物流枢纽", []want{verb("依托"), verb("加快"), verb("建设")}, nil},
		{"介词", "在长株潭都市圈的辐射带动下", []want{function("在"), function("的"), noun("都市圈")}, nil},
		{"先行区", "建设国家生态文明先行区", []want{verb("建设"), noun("先行区")}, []string{"国家生态文明先行区"}},
		{"ASCII", "2025年GDP增长5.5%", []want{tagged("2025", "m"), tagged("GDP", "eng"), verb("增长"), tagged("5", "m"), tagged("%", "x")}, nil},
		{"space", "推进  建设\t示范区", []want{verb("推进"), tagged("  ", "x"), tagged("\t", "x")}, nil},
		{"unknown", "㐀㐁与𠀀", []want{tagged("㐀", "x"), tagged("㐁", "x"), function("与"), tagged("𠀀", "x")}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkCut(t, s, c.text, c.wants, c.notStart)
		})
	}
}

func TestNewWith(t *testing.T) {
	s, err := NewWith(Word{Text: "上栗", Tag: "ns"}, Word{Text: "万载", Tag: "ns"}, Word{Text: "湘赣边", Tag: "ns", Freq: 50})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("gazetteer", func(t *testing.T) {
		checkCut(t, s, "支持上栗、万载联动浏阳", []want{verb("支持"), place("上栗"), place("万载"), verb("联动"), place("浏阳")},
			[]string{"上栗", "万载", "浏阳"})
		checkCut(t, s, "打造湘赣边区域合作示范区", []want{verb("打造"), place("湘赣边")}, []string{"湘赣边"})
	})
	t.Run("tag", func(t *testing.T) {
		if tag, ok := s.Tag("万载"); !ok || tag != "ns" {
			t.Errorf("Tag(万载) = %q, %v; want ns, true", tag, ok)
		}
		if tag, ok := seg(t).Tag("万载"); !ok || tag != "m" {
			t.Errorf("New().Tag(万载) = %q, %v; want jieba's m, true", tag, ok)
		}
	})
	t.Run("order", func(t *testing.T) {
		s2, err := NewWith(Word{Text: "湘赣边", Tag: "ns", Freq: 50}, Word{Text: "万载", Tag: "ns"}, Word{Text: "上栗", Tag: "ns"})
		if err != nil {
			t.Fatal(err)
		}
		if s.total != s2.total {
			t.Errorf("total %d != %d", s.total, s2.total)
		}
		for _, text := range []string{"支持上栗、万载联动浏阳", "打造湘赣边区域合作示范区"} {
			rs := []rune(text)
			if a, b := render(rs, s.Cut(rs)), render(rs, s2.Cut(rs)); a != b {
				t.Errorf("order matters: %s vs %s", a, b)
			}
		}
	})
	t.Run("invalid", func(t *testing.T) {
		for _, w := range []Word{{Text: ""}, {Text: "\xff"}, {Text: "词", Freq: -1}} {
			if _, err := NewWith(w); err == nil {
				t.Errorf("NewWith(%+v): no error", w)
			}
		}
	})
}

func TestTag(t *testing.T) {
	s := seg(t)
	cases := []struct {
		word, tag string
		ok        bool
	}{
		{"入选", "v", true}, {"新增", "v", true}, {"获批", "v", true}, {"加快", "v", true},
		{"建设", "vn", true}, {"在", "p", true}, {"和", "c", true}, {"萍乡", "ns", true},
		{"不存在的词", "", false}, {"", "", false}, {"入", "v", true},
		{"碳达", "", false}, // a prefix of 碳达峰, not a word
	}
	for _, c := range cases {
		t.Run(c.word, func(t *testing.T) {
			tag, ok := s.Tag(c.word)
			if tag != c.tag || ok != c.ok {
				t.Errorf("Tag(%q) = %q, %v; want %q, %v", c.word, tag, ok, c.tag, c.ok)
			}
		})
	}
	if n := s.Len(); n < 100000 {
		t.Errorf("Len() = %d, want the embedded ~147,000 words", n)
	}
}

func TestTagHelpers(t *testing.T) {
	cases := []struct {
		tag   string
		fn    func(string) bool
		fname string
		want  bool
	}{
		{"v", IsVerbTag, "verb", true}, {"vn", IsVerbTag, "verb", true}, {"vd", IsVerbTag, "verb", true},
		{"n", IsVerbTag, "verb", false}, {"", IsVerbTag, "verb", false},
		{"d", IsAdverbTag, "adverb", true}, {"ad", IsAdverbTag, "adverb", true}, {"a", IsAdverbTag, "adverb", false},
		{"p", IsPrepositionTag, "preposition", true}, {"c", IsConjunctionTag, "conjunction", true},
		{"r", IsPronounTag, "pronoun", true}, {"m", IsNumeralTag, "numeral", true}, {"mq", IsMeasureTag, "measure", true},
		{"q", IsMeasureTag, "measure", true}, {"uj", IsParticleTag, "particle", true}, {"y", IsParticleTag, "particle", true},
		{"ns", IsPlaceTag, "place", true}, {"ns", IsNounTag, "noun", true}, {"nz", IsPlaceTag, "place", false},
		{"a", IsAdjectiveTag, "adjective", true}, {"x", IsUnknownTag, "unknown", true},
		{"p", IsFunctionTag, "function", true}, {"m", IsFunctionTag, "function", false}, {"v", IsFunctionTag, "function", false},
		{"eng", IsAdjectiveTag, "adjective", false}, {"eng", IsNounTag, "noun", false},
	}
	for _, c := range cases {
		t.Run(c.fname+"/"+c.tag, func(t *testing.T) {
			if got := c.fn(c.tag); got != c.want {
				t.Errorf("%s(%q) = %v", c.fname, c.tag, got)
			}
		})
	}
}

// TestJiebaRoute checks routes that jieba 0.42.1 (HMM=False) gives too.
func TestJiebaRoute(t *testing.T) {
	s := seg(t)
	cases := []struct{ text, want string }{
		{"我来到北京清华大学", "我 来到 北京 清华大学"},
		{"他来到了网易杭研大厦", "他 来到 了 网易 杭 研 大厦"},
		{"小明硕士毕业于中国科学院计算所", "小 明 硕士 毕业 于 中国科学院 计算所"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			rs := []rune(c.text)
			if got := strings.Join(Words(rs, s.Cut(rs)), " "); got != c.want {
				t.Errorf("got %s, want %s", got, c.want)
			}
		})
	}
}

func TestConcurrent(t *testing.T) {
	s := seg(t)
	text := []rune(strings.Repeat("加快推进赣湘开放合作试验区建设，支持上栗、万载联动浏阳。", 20))
	want := render(text, s.Cut(text))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := render(text, s.Cut(text)); got != want {
					errs <- got
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent Cut differs: %s", got)
	}
}

func TestAppendCut(t *testing.T) {
	s := seg(t)
	text := []rune("新增省级开发区")
	buf := make([]Token, 0, 16)
	got := s.AppendCut(buf[:0], text)
	if want := s.Cut(text); !slices.Equal(got, want) {
		t.Errorf("AppendCut %v != Cut %v", got, want)
	}
	if a := testing.AllocsPerRun(100, func() { buf = s.AppendCut(buf[:0], text) }); a != 0 {
		t.Errorf("AppendCut allocates %v times with room in toks", a)
	}
}

// checkInvariants: tokens cover text contiguously, in order, non-empty,
// each with a tag.
func checkInvariants(t *testing.T, text []rune, toks []Token) {
	t.Helper()
	at := 0
	for i, tk := range toks {
		if tk.Start != at || tk.End <= tk.Start || tk.End > len(text) || tk.Tag == "" {
			t.Fatalf("token %d %+v bad after offset %d in %q (%d runes): %v", i, tk, at, string(text), len(text), toks)
		}
		at = tk.End
	}
	if at != len(text) {
		t.Fatalf("tokens end at %d, text has %d runes: %q %v", at, len(text), string(text), toks)
	}
}

func FuzzCut(f *testing.F) {
	for _, s := range []string{
		"", "入选国家碳达峰试点", "新增省级开发区", "加快推进赣湘开放合作试验区建设", "支持上栗、万载联动浏阳",
		"2025年GDP增长5.5%", "  \t\n", "C++与c#", "\xff\xfe中", "𠀀𠀁㐀", strings.Repeat("的", 100),
		strings.Repeat("萍乡经济技术开发区", 10),
	} {
		f.Add(s)
	}
	s, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		text := []rune(in)
		toks := s.Cut(text)
		checkInvariants(t, text, toks)
		// Cutting a prefix of the input must not panic either, and a
		// single rune is one token.
		if len(text) > 0 {
			checkInvariants(t, text[:len(text)/2], s.Cut(text[:len(text)/2]))
			if one := s.Cut(text[:1]); len(one) != 1 {
				t.Fatalf("one rune gives %v", one)
			}
		}
	})
}

// Any rune, not only valid UTF-8 decodings: surrogates, negative values
// and values past the Unicode range.
func TestCutOddRunes(t *testing.T) {
	s := seg(t)
	text := []rune{-1, 0, 0xD800, 0x10FFFF + 1, 'a', '中', 0x7FFFFFFF, '1', ' ', '国'}
	checkInvariants(t, text, s.Cut(text))
}

func TestNewTimeAndMemory(t *testing.T) {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	start := time.Now()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	t.Logf("New: %v, %.1f MB live heap, %d words, %d trie states, %d tags",
		d, float64(m1.HeapAlloc-m0.HeapAlloc)/1e6, s.Len(), s.words.States(), len(s.tags))
	runtime.KeepAlive(s)
}

// benchText is ~50 KB of planning prose.
func benchText() []rune {
	sentences := []string{
		"加快推进赣湘开放合作试验区建设，支持上栗、万载联动浏阳、醴陵打造产业协作区。",
		"积极融入长江经济带和粤港澳大湾区建设，主动对接长株潭都市圈。",
		"萍乡经济技术开发区入选国家碳达峰试点，新增省级开发区两个。",
		"获批建设国家级现代农业示范区，放大区域合作溢出效应，到2025年地区生产总值增长6.5%以上。",
		"依托沪昆高铁、浙赣铁路，加快建设赣西物流枢纽，完善综合交通运输体系。",
		"坚持生态优先、绿色发展，推进武功山风景名胜区保护利用，创建国家全域旅游示范区。",
	}
	var b strings.Builder
	for i := 0; b.Len() < 50_000; i++ {
		b.WriteString(sentences[i%len(sentences)])
	}
	return []rune(b.String())
}

func BenchmarkCut(b *testing.B) {
	s := seg(b)
	long := benchText()
	window := []rune("加快推进赣湘开放合作试验区建设")[:15]
	window = append(window, '，')
	for _, c := range []struct {
		name string
		text []rune
	}{{"window16", window}, {"text50KB", long}} {
		bytes := int64(len(string(c.text)))
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(bytes)
			b.ReportAllocs()
			for b.Loop() {
				s.Cut(c.text)
			}
		})
		b.Run(c.name+"/append", func(b *testing.B) {
			buf := make([]Token, 0, len(c.text))
			b.SetBytes(bytes)
			b.ReportAllocs()
			for b.Loop() {
				buf = s.AppendCut(buf[:0], c.text)
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestUnitsCutAlone: cutting the units of a text one at a time, in any
// order, gives the tokens of cutting the whole text (the extractor cuts
// only the units it reads).
func TestUnitsCutAlone(t *testing.T) {
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, text string }{
		{"clauses", "推进萍乡经济技术开发区建设，加快赣湘合作。"},
		{"spaces and letters", "建设 5G 基站  和 AI 平台,G60科创走廊"},
		{"one unit", "长江经济带"},
		{"punctuation only", "，。、"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := []rune(tc.text)
			want := s.Cut(text)
			var got []Token
			// cut the units from the last to the first
			for k := len(text) - 1; k >= 0; {
				i, j := Unit(text, k)
				if i > k || j <= k {
					t.Fatalf("Unit(%d) = [%d,%d) does not hold %d", k, i, j, k)
				}
				part := s.Cut(text[i:j])
				for n := range part {
					part[n].Start += i
					part[n].End += i
				}
				got = append(part, got...)
				k = i - 1
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("units cut alone:\n got %v\nwant %v", got, want)
			}
		})
	}
}

// TestTrieAsHashTable: the trie that cuts blocks holds exactly the words of
// the hash table, with their tags and probabilities, and the same prefixes,
// over the whole dictionary and the words NewWith adds.
func TestTrieAsHashTable(t *testing.T) {
	base, err := parseEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	with, err := newTable(Word{Text: "赣湘开放合作试验区", Tag: "ns"}, Word{Text: "萍乡", Tag: "nz", Freq: 7}, Word{Text: "𠀀𠀁"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []*Segmenter{base, with} {
		if s.slots == nil {
			s.table() // words in order leave none (addNext)
		}
		// finish changes the entries in place, then drops them
		ents, runes := s.ents, s.runes
		find := func(text []rune) *entry {
			h := uint64(hashBasis)
			for _, r := range text {
				h = hashStep(h, r)
			}
			return s.lookup(h, text)
		}
		// the trie and the table must also agree on a word's tag
		tag := func(e *entry) string { return s.tags[e.tag] }
		slots := s.slots
		if err := s.finish(); err != nil {
			t.Fatal(err)
		}
		words := 0
		for k := 1; k < len(ents); k++ {
			e := &ents[k]
			text := runes[e.off : e.off+uint32(e.n)]
			st := int32(0)
			for _, r := range text {
				if st = s.words.Next(st, r); st < 0 {
					t.Fatalf("%q: not in the trie", string(text))
				}
			}
			w := s.words.Value(st)
			if w >= 0 != e.word {
				t.Fatalf("%q: word %v in the table, %v in the trie", string(text), e.word, w >= 0)
			}
			if e.word {
				words++
				if logp, tag := s.word(w); logp != e.logp || tag != e.tag {
					t.Fatalf("%q: logp %v tag %d in the table, %v %d in the trie", string(text), e.logp, e.tag, logp, tag)
				}
			}
		}
		keys, _ := s.words.Keys()
		if len(keys) != words || words != s.Len() {
			t.Fatalf("%d words in the trie, %d in the table", len(keys), words)
		}
		s.ents, s.runes, s.slots = ents, runes, slots // for find
		for _, k := range keys {
			e := find(k)
			if e == nil || !e.word {
				t.Fatalf("%q: in the trie, not in the table", string(k))
			}
			if got, ok := s.Tag(string(k)); !ok || got != tag(e) {
				t.Fatalf("Tag(%q) = %q, want %q", string(k), got, tag(e))
			}
		}
	}
}

// TestMayJoin checks that MayJoin and MayCross are true wherever the cut puts two
// characters in one token, over the corpus, the seeds and odd text, and
// reports how often it is true elsewhere.
func TestMayJoin(t *testing.T) {
	s := seg(t)
	texts := realTexts(t)
	texts = append(texts, []rune("ab12 cd  萍乡市abc 3.5%\t\t一x"), []rune(" "), nil)
	joined, wrong, crossWrong, apart := 0, 0, 0, 0
	for _, text := range texts {
		for _, tk := range s.Cut(text) {
			for k := tk.Start + 1; k < tk.End; k++ {
				if !s.MayJoin(text, k) {
					t.Fatalf("MayJoin(%q, %d) = false inside token %q", string(text[max(0, k-5):min(len(text), k+5)]), k, string(text[tk.Start:tk.End]))
				}
				if !s.MayCross(text, k) {
					t.Fatalf("MayCross(%q, %d) = false inside token %q", string(text[max(0, k-5):min(len(text), k+5)]), k, string(text[tk.Start:tk.End]))
				}
				joined++
			}
			if k := tk.End; k < len(text) {
				apart++
				if s.MayJoin(text, k) {
					wrong++
				}
				if s.MayCross(text, k) {
					crossWrong++
				}
			}
		}
	}
	t.Logf("%d joins, %d boundaries of which MayJoin is true at %d (%.0f %%), MayCross at %d (%.0f %%)", joined, apart, wrong, 100*float64(wrong)/float64(apart), crossWrong, 100*float64(crossWrong)/float64(apart))
}

// TestAppendPiece cuts every block of the corpus piece by piece, between
// the places where MayJoin is false, and checks each piece that
// AppendPiece reports certain against the whole block's cut; a piece it
// does not is returned untouched, and the cut from its start to the
// block's end is always certain and right.
func TestAppendPiece(t *testing.T) {
	s := seg(t)
	texts, _ := corpusTexts(t)
	pieces, certain := 0, 0
	for _, text := range texts {
		for i := 0; i < len(text); {
			_, j := Unit(text, i)
			block := text[i:j]
			i = j
			if len(block) < 2 || !inBlock(block[0]) {
				continue
			}
			want := s.Cut(block)
			bounds := []int{0}
			for p := 1; p < len(block); p++ {
				if !s.MayJoin(block, p) {
					bounds = append(bounds, p)
				}
			}
			bounds = append(bounds, len(block))
			for n := 0; n+1 < len(bounds); n++ {
				for m := n + 1; m < len(bounds) && m <= n+2; m++ { // a piece, and two together
					a, b := bounds[n], bounds[m]
					pieces++
					got, ok := s.AppendPiece([]Token{{0, 1, "x"}}, block, a, b)
					if !ok {
						if len(got) != 1 {
							t.Fatalf("%q [%d,%d): not certain, yet %d tokens appended", string(block), a, b, len(got)-1)
						}
						if got, ok = s.AppendPiece(got[:1], block, a, len(block)); !ok {
							t.Fatalf("%q [%d,end): the cut to the end not certain", string(block), a)
						}
						b = len(block)
					} else {
						certain++
					}
					if w := piecePart(want, a, b); !reflect.DeepEqual(got[1:], w) {
						t.Fatalf("%q [%d,%d):\n got %v\nwant %v", string(block), a, b, got[1:], w)
					}
				}
			}
		}
	}
	t.Logf("%d pieces, %d certain", pieces, certain)
	if certain < pieces*9/10 {
		t.Errorf("only %d of %d pieces certain", certain, pieces)
	}
}

// piecePart is the tokens of toks within [a,b), offsets from a; a token
// across a or b fails the caller's comparison (there is none where MayJoin
// is false).
func piecePart(toks []Token, a, b int) []Token {
	var out []Token
	for _, tk := range toks {
		if tk.End > a && tk.Start < b {
			out = append(out, Token{tk.Start - a, tk.End - a, tk.Tag})
		}
	}
	return out
}

// TestAppendPieceTie: two routes through a piece with equal scores (the
// same two probabilities added in either order) are a choice that the
// words after the piece could turn by rounding: not certain.
func TestAppendPieceTie(t *testing.T) {
	s, err := NewWith(Word{Text: "㐀㐁", Freq: 100}, Word{Text: "㐁㐂", Freq: 100},
		Word{Text: "㐀", Freq: 50}, Word{Text: "㐂", Freq: 50})
	if err != nil {
		t.Fatal(err)
	}
	// after the piece, two characters outside the dictionary that the pair
	// filter does not join to 㐂
	var block []rune
	for c := rune(0x3403); c < 0x3500; c++ {
		if b := []rune{'㐀', '㐁', '㐂', c, c}; !s.MayJoin(b, 3) {
			block = b
			break
		}
	}
	if block == nil {
		t.Fatal("no character that the pair filter keeps apart from 㐂")
	}
	if _, ok := s.AppendPiece(nil, block, 0, 3); ok {
		t.Errorf("a tie inside the piece reported certain")
	}
	got, ok := s.AppendPiece(nil, block, 0, len(block))
	if want := s.Cut(block); !ok || !reflect.DeepEqual(got, want) {
		t.Errorf("to the end: %v, %v; want %v, true", got, ok, want)
	}
	if _, ok := s.AppendPiece(nil, block, 1, 3); ok {
		t.Errorf("a piece from a place MayJoin joins reported certain")
	}
}

// TestAppendWordRunes compares appendWordRunes with utf8.Valid and
// DecodeRune over every rune and random bytes.
func TestAppendWordRunes(t *testing.T) {
	ref := func(w []byte) ([]rune, bool) {
		if !utf8.Valid(w) {
			return nil, false
		}
		var out []rune
		for len(w) > 0 {
			r, n := utf8.DecodeRune(w)
			out = append(out, r)
			w = w[n:]
		}
		return out, true
	}
	check := func(w []byte) {
		got, ok := appendWordRunes(nil, string(w))
		want, wantOK := ref(w)
		if ok != wantOK || ok && !slices.Equal(got, want) {
			t.Fatalf("appendWordRunes(%q) = %q, %v; want %q, %v", w, got, ok, want, wantOK)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r += 7 {
		check(utf8.AppendRune([]byte("水"), r))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		w := make([]byte, rng.IntN(9))
		for k := range w {
			w[k] = []byte{0xE0, 0xE4, 0xED, 0xEF, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 'a', 0xF0}[rng.IntN(11)]
		}
		check(w)
	}
}

func TestParseFreq(t *testing.T) {
	for _, s := range []string{"", "0", "5", "217830", "+5", "-5", "1x", " 1", "999999999999999999", "9999999999999999999", "99999999999999999999", "١٢"} {
		got, gerr := parseFreq(s)
		want, werr := strconv.ParseInt(s, 10, 64)
		if got != want || (gerr == nil) != (werr == nil) || (gerr != nil && gerr.Error() != werr.Error()) {
			t.Errorf("parseFreq(%q) = %d, %v; ParseInt: %d, %v", s, got, gerr, want, werr)
		}
	}
}

func TestShortTagKey(t *testing.T) {
	seen := map[int]string{}
	check := func(tag string) {
		k := shortTagKey(tag)
		if k < 0 || k >= shortTagKeys {
			t.Fatalf("shortTagKey(%q) = %d", tag, k)
		}
		if old, ok := seen[k]; ok {
			t.Fatalf("shortTagKey(%q) = shortTagKey(%q) = %d", tag, old, k)
		}
		seen[k] = tag
	}
	for a := 0; a < 0x80; a++ {
		check(string(rune(a)))
		for b := 0; b < 0x80; b++ {
			check(string([]byte{byte(a), byte(b)}))
		}
	}
	for _, tag := range []string{"", "nrt", "nrfg", "\xe4", "a\x80"} {
		if k := shortTagKey(tag); k != -1 {
			t.Errorf("shortTagKey(%q) = %d, want -1", tag, k)
		}
	}
}

func TestLogFreq(t *testing.T) {
	var s Segmenter
	for _, f := range []int64{0, 1, 2, 5, 4095, 4096, 60111167, 3, 2, 1, 0} {
		if got, want := s.logFreq(f), math.Log(float64(f)); got != want {
			t.Errorf("logFreq(%d) = %v, want %v", f, got, want)
		}
	}
}

// TestWordLine: where wordLine reads a line, parse's general path reads the
// same word, frequency and tag from it; and wordLine reads every word line
// of the embedded dictionary.
func TestWordLine(t *testing.T) {
	general := func(text string) (word []rune, f int64, tag string, n int, ok bool) {
		b, _, nl := strings.Cut(text, "\n")
		n = len(b)
		if nl {
			n++
		}
		if k := len(b); k > 0 && b[k-1] == '\r' {
			b = b[:k-1]
		}
		if strings.HasPrefix(b, "#") {
			return nil, 0, "", n, false
		}
		w, rest, ok1 := strings.Cut(b, " ")
		fs, tag, ok2 := strings.Cut(rest, " ")
		f, err := parseFreq(fs)
		word, valid := appendWordRunes(nil, w)
		return word, f, tag, n, ok1 && ok2 && err == nil && f > 0 && len(tag) > 0 && len(w) > 0 && valid
	}
	read := 0
	check := func(text string) {
		word, f, tag, n, ok := wordLine(nil, text)
		if !ok {
			return
		}
		read++
		gw, gf, gtag, gn, gok := general(text)
		if !gok || !slices.Equal(word, gw) || f != gf || tag != gtag || n != gn {
			t.Fatalf("wordLine(%q) = %q, %d, %q, %d; general path %q, %d, %q, %d, %v", text, word, f, tag, n, gw, gf, gtag, gn, gok)
		}
	}
	for _, s := range []string{"一 217830 m\n", "一一 1670 m", "a 1 nrt\r\n", "水 0 n\n", "水 +5 n\n", "水 5 n x\nb", "#total 5\n", " 5 n\n", "水 5 \n", "水 5 n\r"} {
		check(s)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	alpha := []string{"a", " ", "\n", "\r", "#", "0", "5", "9", "+", "\xe4", "\xb8", "\x80", "\xed", "\xa0", "水", "n", "\xef\xbf\xbd"}
	digits := []string{"0", "5", "9", "1", "+", "a", "\n"}
	for range 300000 {
		// a line in the dictionary's shape, each piece often broken
		var b strings.Builder
		for range rng.IntN(4) {
			b.WriteString(alpha[rng.IntN(len(alpha))])
		}
		b.WriteString([]string{" ", "", "  "}[rng.IntN(3)])
		for range rng.IntN(3) {
			b.WriteString(digits[rng.IntN(len(digits))])
		}
		b.WriteString([]string{" ", "", "  "}[rng.IntN(3)])
		for range rng.IntN(4) {
			b.WriteString(alpha[rng.IntN(len(alpha))])
		}
		check(b.String())
	}
	if read < 3000 { // 3,847 with this seed
		t.Errorf("wordLine read %d random lines: too few to compare", read)
	}
	for line := range strings.Lines(dictText) {
		if !strings.HasPrefix(line, "#") {
			if _, _, _, n, ok := wordLine(nil, line); !ok || n != len(line) {
				t.Fatalf("wordLine(%q) = %d, %v", line, n, ok)
			}
		}
	}
}

// TestAddNext: a segmenter whose words waited in pending (the embedded
// dictionary's, in order) is the one add makes of them, word by word; and
// so is one of words out of order or repeated, which add takes from there.
func TestAddNext(t *testing.T) {
	same := func(what string, a, b *Segmenter) {
		t.Helper()
		for _, s := range []*Segmenter{a, b} {
			if err := s.finish(); err != nil {
				t.Fatal(err)
			}
		}
		ka, va := a.words.Keys()
		kb, vb := b.words.Keys()
		if !reflect.DeepEqual(ka, kb) || !slices.Equal(va, vb) || !slices.Equal(a.logps, b.logps) ||
			!slices.Equal(a.tags, b.tags) || !slices.Equal(a.pairs, b.pairs) || a.unknown != b.unknown || a.nwords != b.nwords {
			t.Errorf("%s: pending and add differ (%d and %d words)", what, a.nwords, b.nwords)
		}
	}
	a, err := parseEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	if a.slots != nil || len(a.ents) != 1 || len(a.pending) == 0 {
		t.Fatalf("the embedded dictionary: %d words pending, %d entries in a table of %d slots", len(a.pending), len(a.ents), len(a.slots))
	}
	b, err := parseEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	b.table()
	same("the embedded dictionary", a, b)

	text := "#total 1000\n乙 5 n\n乙丙 3 v\n丁 2 n\n甲 7 v\n乙丙 9 a\n甲乙 4 n\n"
	a, err = parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if a.slots == nil || len(a.pending) != 0 {
		t.Fatalf("words out of order: still %d pending", len(a.pending))
	}
	b = &Segmenter{ents: make([]entry, 1), total: 1000}
	b.grow(1 << 10)
	for line := range strings.Lines(text) {
		if word, f, tag, _, ok := wordLine(nil, line); ok {
			ti, err := b.tagIndex(tag)
			if err != nil {
				t.Fatal(err)
			}
			b.add(word, f, ti)
		}
	}
	same("words out of order", a, b)
}

// TestBitsIndex compares bitsIndex with a map, over keys that repeat, share
// their home slots and include 0, through several growths of the table.
func TestBitsIndex(t *testing.T) {
	var x bitsIndex
	want := map[uint64]int{}
	rng := rand.New(rand.NewPCG(7, 8))
	for i := range 100000 {
		b := uint64(rng.IntN(30000)) // repeats
		switch i % 3 {
		case 1:
			b = math.Float64bits(-float64(b) / 7)
		case 2:
			b <<= 40 // the same low bits
		}
		k, ok := x.get(b)
		wk, wok := want[b]
		if ok != wok || k != wk {
			t.Fatalf("get(%#x) = %d, %v; want %d, %v", b, k, ok, wk, wok)
		}
		if !ok {
			x.put(b, len(want))
			want[b] = len(want)
		}
	}
	if x.n != len(want) {
		t.Errorf("%d keys, want %d", x.n, len(want))
	}
}

// TestAfter compares after with slices.Compare.
func TestAfter(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	word := func() []rune {
		w := make([]rune, rng.IntN(4))
		for i := range w {
			w[i] = []rune{0, 'a', '乙', '甲', 0x10FFFF}[rng.IntN(5)]
		}
		return w
	}
	for range 100000 {
		a, b := word(), word()
		if after(a, b) != (slices.Compare(a, b) > 0) {
			t.Fatalf("after(%q, %q) = %v", a, b, after(a, b))
		}
	}
}

// TestBlockBits checks blockBits, built from unicode.Han's ranges, against
// inBlockSlow at every rune of the Basic Multilingual Plane.
func TestBlockBits(t *testing.T) {
	for r := rune(0); r < 1<<16; r++ {
		if got, want := blockBits[r>>6]&(1<<(r&63)) != 0, inBlockSlow(r); got != want {
			t.Fatalf("blockBits at %U: %v, inBlockSlow %v", r, got, want)
		}
	}
}

// TestIsSpace checks isSpace against unicode.IsSpace at every rune.
func TestIsSpace(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}
