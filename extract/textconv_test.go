package extract

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cnplan/kg/gazetteer"
)

func textconvCases(t testing.TB) []string {
	cases := []string{"", "a", "萍乡市", "Go 1.26版本", "é€😀", "\xff\xfe", "a\xe4\xb8", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "\ufffd"}
	files, _ := filepath.Glob("../testdata/corpus/docs/*.txt")
	for _, f := range files[:min(3, len(files))] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, string(b))
	}
	return cases
}

// TestEncodeText checks encodeText against string(text) and the offsets
// of its characters, with runes that are not code points among them.
func TestEncodeText(t *testing.T) {
	texts := [][]rune{nil, {-1}, {0xD800, 'a'}, {0x110000}, {0x7FFFFFFF, '中'}, {0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF}}
	for _, n := range []int{63, 64, 65, 128} { // the index's blocks are 64 characters
		texts = append(texts, []rune(strings.Repeat("中a😀", n))[:n])
	}
	// the buffer, sized for three bytes a character, grown by characters of
	// four (all of them, or after a run of three-byte ones) and cut to size
	// after one-byte ones
	for _, n := range []int{1, 16, 17, 63, 64, 65, 200} {
		texts = append(texts, []rune(strings.Repeat("😀", n)), []rune(strings.Repeat("中", n)+strings.Repeat("😀", n)),
			[]rune(strings.Repeat("中", 3*n)+strings.Repeat("😀", n)), []rune(strings.Repeat("a", n)), []rune(strings.Repeat("é中", n)))
	}
	for _, s := range textconvCases(t) {
		texts = append(texts, []rune(s))
	}
	for _, text := range texts {
		s, at := encodeText(text)
		if want := string(text); s != want {
			t.Fatalf("encodeText(%q) = %q, want %q", text, s, want)
		}
		if got, want := offsetsOf(at, len(text)), byteOffsets(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("encodeText(%q): offsets %v, want %v", text, got, want)
		}
	}
}

// TestDecodeText checks decodeText against []rune(s), invalid UTF-8 included.
func TestDecodeText(t *testing.T) {
	for _, s := range textconvCases(t) {
		if got, want := decodeText(s), []rune(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("decodeText(%q) = %v, want %v", s, got, want)
		}
		if got, want := appendDecoded([]rune("前"), s), append([]rune("前"), []rune(s)...); !reflect.DeepEqual(got, want) {
			t.Fatalf("appendDecoded(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzTextconv(f *testing.F) {
	for _, s := range []string{"萍乡市", "\xed\xa0\x80a", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		if got := decodeText(s); !reflect.DeepEqual(got, rs) && len(rs) > 0 {
			t.Fatalf("decodeText(%q) = %v, want %v", s, got, rs)
		}
		if got := appendDecoded(nil, s); !reflect.DeepEqual(got, rs) && len(rs) > 0 {
			t.Fatalf("appendDecoded(%q) = %v, want %v", s, got, rs)
		}
		enc, at := encodeText(rs)
		if enc != string(rs) || !reflect.DeepEqual(offsetsOf(at, len(rs)), byteOffsets(enc)) {
			t.Fatalf("encodeText(%q) = %q %v", rs, enc, offsetsOf(at, len(rs)))
		}
	})
}

// TestNormalizeWithoutSource checks that normalize without Source gives
// Normalize's text.
func TestNormalizeWithoutSource(t *testing.T) {
	for _, s := range append(textconvCases(t), "設為首頁\n一、總體要求\n推进萍乡 — 28 — 经开区建设", "江西省推动湘赣边区域合作示范区\n建设行动方案") {
		n, m := Normalize(s), normalize(s, false)
		if !reflect.DeepEqual(n.Text, m.Text) || m.Source != nil {
			t.Fatalf("normalize(%q, false) = %q, Normalize %q", s, string(m.Text), string(n.Text))
		}
	}
}

// TestMayBeTraditional checks the table of mayBeTraditional against the
// switch it replaced, on the seeds, the corpus and every character.
func TestMayBeTraditional(t *testing.T) {
	texts := textconvCases(t)
	files, _ := filepath.Glob("../seeds/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		texts = append(texts, string([]rune{r, r, r}))
	}
	for _, s := range texts {
		if got, want := mayBeTraditional(s), refMayBeTraditional(s); got != want {
			t.Fatalf("mayBeTraditional(%.30q) = %v, want %v", s, got, want)
		}
		if got, want := mayBeTraditionalRunes([]rune(s)), refMayBeTraditional(s); got != want {
			t.Fatalf("mayBeTraditionalRunes(%.30q) = %v, want %v", s, got, want)
		}
	}
}

// refMayBeTraditional is mayBeTraditional as it was.
func refMayBeTraditional(text string) bool {
	seen, han := 0, 0
	for _, r := range text {
		if r < 0x3400 {
			continue
		}
		han++
		if strings.ContainsRune(traditionalMarks, r) { // the same marks, searched instead of read from a bitmap
			seen++
			if seen >= 3 {
				return true
			}
		}
		if han >= 4*sampleRunes {
			return false
		}
	}
	return false
}

// TestCheckValidText checks checkValidText against checkText on valid
// UTF-8: the seeds, the corpus, control characters, U+FFFD and spaces.
func TestCheckValidText(t *testing.T) {
	texts := textconvCases(t)
	files, _ := filepath.Glob("../seeds/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	texts = append(texts, "", " \n\t", "\x01\x02ab", strings.Repeat("\x01", 3)+strings.Repeat("中", 40), "\ufffd\ufffd萍乡",
		strings.Repeat("\ufffd", 2)+strings.Repeat("a", 99), "\uefbf\ufffd", "\u00ef\u00bf\u00bd")
	for _, s := range texts {
		if !utf8.ValidString(s) {
			continue
		}
		if got, want := checkValidText(s), checkText(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("checkValidText(%.30q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzCheckValidText(f *testing.F) {
	f.Add("萍乡\x01\ufffd")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := checkValidText(s), checkText(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("checkValidText(%q) = %v, want %v", s, got, want)
		}
	})
}

// byteOffsets is the byte offset of every character of s, and len(s).
func byteOffsets(s string) []int32 {
	var at []int32
	for i := range s {
		at = append(at, int32(i))
	}
	return append(at, int32(len(s)))
}

// offsetsOf lists the offsets of a byteIndex of n characters, the end's
// included.
func offsetsOf(x byteIndex, n int) []int32 {
	out := make([]int32, n+1)
	for c := range out {
		out[c] = int32(x.at(c))
	}
	return out
}

// TestValidTextChars checks that the character count of the UTF-8 check is
// the rune count, and that decodeTextCounted with it gives []rune(s).
func TestValidTextChars(t *testing.T) {
	tests := []struct{ name, text string }{
		{"ASCII", "Go 1.26"},
		{"Chinese", "萍乡市推进赣江新区建设"},
		{"mixed widths", "é€😀中a\ufffd"},
		{"a BOM-less report line", "一、主要目标\n（一）经济发展。"},
	}
	for _, s := range textconvCases(t) {
		if utf8.ValidString(s) && s != "" {
			tests = append(tests, struct{ name, text string }{"case " + strconv.Itoa(len(tests)), s})
		}
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, _ := validTextChars(tc.text)
			if want := utf8.RuneCountInString(tc.text); n != want {
				t.Fatalf("validTextChars counts %d, want %d", n, want)
			}
			if got := decodeTextCounted(tc.text, n); !reflect.DeepEqual(got, []rune(tc.text)) {
				t.Fatalf("decodeTextCounted differs from []rune")
			}
		})
	}
}

// BenchmarkValidTextChars is the UTF-8 check over the corpus.
func BenchmarkValidTextChars(b *testing.B) {
	files, _ := filepath.Glob("../testdata/corpus/docs/*.txt")
	var texts []string
	size := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, s := range texts {
			validTextChars(s)
		}
	}
}

// TestInSet compares inSet with strings.ContainsRune for every set the
// code asks it of (read from the sources) and a few more, over every rune
// of the Basic Multilingual Plane, a sample above it, and values that are
// no code points.
func TestInSet(t *testing.T) {
	sets := []string{"", "a", "中", "é€😀中a", "\ufffd", "、，。"}
	files, _ := filepath.Glob("*.go")
	lit := regexp.MustCompile(`inSet\(("(?:[^"\\]|\\.)*"), `)
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllSubmatch(src, -1) {
			s, err := strconv.Unquote(string(m[1]))
			if err != nil {
				t.Fatal(err)
			}
			sets = append(sets, s)
		}
	}
	if len(sets) < 50 {
		t.Fatalf("only %d sets read from the sources", len(sets))
	}
	// the sets asked by name: a constant and the lexicon's character lists
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	sets = append(sets, listMeasures, lex.countMeasures, lex.cityFinals, lex.resultResults)
	runes := []rune{-1, -0x80000000, utf8.MaxRune + 1, 0x7FFFFFFF}
	for r := rune(0); r < 0x10000; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x10000); r <= utf8.MaxRune; r += 97 {
		runes = append(runes, r)
	}
	for _, set := range sets {
		for _, r := range runes {
			if got, want := inSet(set, r), strings.ContainsRune(set, r); got != want {
				t.Fatalf("inSet(%q, %U) = %v, want %v", set, r, got, want)
			}
		}
	}
}

// TestDecodeValid checks that decodeValid accepts exactly the valid UTF-8
// strings (with their count of characters) and decodes them as []rune,
// over the cases above, their prefixes and random bytes.
func TestDecodeValid(t *testing.T) {
	texts := append(textconvCases(t), strings.Repeat("中\ufffd", 40), strings.Repeat("中", 60)+"\ufffd", "\x01\x02中", strings.Repeat("\x01a", 30))
	for _, s := range texts {
		for i := range min(len(s), 64) + 1 { // the reports cut inside their first characters
			texts = append(texts, s[:i], s[i:])
		}
	}
	rng := rand.New(rand.NewSource(5))
	for range 20000 {
		b := make([]byte, rng.Intn(12))
		for i := range b {
			b[i] = []byte{0, 'a', 0x80, 0xBF, 0xC2, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xFF}[rng.Intn(12)]
			if rng.Intn(3) == 0 {
				b[i] = byte(rng.Intn(256))
			}
		}
		texts = append(texts, string(b))
	}
	// pieces of three-byte sequences, valid or not (a surrogate, an
	// overlong form, U+FFFD, a cut one), for the two-character fast path
	pieces := []string{"中", "国", "\u0800", "\ud7ff", "\ue000", "\ufffd", "，", "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xe4\xb8", "a", "\n", "\U0001F600", "é"}
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(8) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		n := utf8.RuneCountInString(s)
		for _, count := range []int{n, n - 1, n + 1} {
			got, repl, ctl, ok := decodeValid(s, count)
			if want := utf8.ValidString(s) && count == n; ok != want {
				t.Fatalf("decodeValid(%q, %d): ok %v, want %v", s, count, ok, want)
			}
			if want := strings.Count(s, "\ufffd"); ok && repl != want {
				t.Fatalf("decodeValid(%q): %d U+FFFD, want %d", s, repl, want)
			}
			if _, want := textCounts(s); ok && ctl != want {
				t.Fatalf("decodeValid(%q): %d control characters, want %d", s, ctl, want)
			}
			if ok && !reflect.DeepEqual(got, []rune(s)) && len(s) > 0 {
				t.Fatalf("decodeValid(%q) = %v, want %v", s, got, []rune(s))
			}
		}
		if c, _ := validTextChars(s); utf8.ValidString(s) && c != n {
			t.Fatalf("validTextChars(%q) counts %d, want %d", s, c, n)
		}
		// decode with borrow, which checks UTF-8 by decodeValid, reads
		// every input as decode without does
		bt, be, bn, brs, berr := decode([]byte(s), true)
		ct, ce, cn, _, cerr := decode([]byte(s), false)
		if bt != ct || be != ce || bn != cn || fmt.Sprint(berr) != fmt.Sprint(cerr) {
			t.Fatalf("decode(%q): borrowed %q %q %d %v, copied %q %q %d %v", s, bt, be, bn, berr, ct, ce, cn, cerr)
		}
		if (brs != nil) != (be == EncodingUTF8 && berr == nil) || brs != nil && string(brs) != bt {
			t.Fatalf("decode(%q): characters %q for %q %q %v", s, string(brs), bt, be, berr)
		}
	}
}

// TestTextCounts checks textCounts against a count of characters and
// control characters byte by byte, with the bytes below 0x20 and the
// continuation bytes at every place of the words it reads.
func TestTextCounts(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for range 20000 {
		b := make([]byte, rng.Intn(70))
		for i := range b {
			b[i] = []byte{0, 1, '\n', '\r', '\t', '\f', 0x1F, 0x20, 'a', 0x7F, 0x80, 0xBF, 0xC0, 0xE4, 0xFF}[rng.Intn(15)]
		}
		s := string(b)
		wantN, wantCtl := 0, 0
		for _, c := range b {
			if c&0xC0 != 0x80 {
				wantN++
			}
			wantCtl += isControl(c)
		}
		if n, ctl := textCounts(s); n != wantN || ctl != wantCtl {
			t.Fatalf("textCounts(%q) = %d, %d; want %d, %d", s, n, ctl, wantN, wantCtl)
		}
		if n := charCount(s); n != wantN {
			t.Fatalf("charCount(%q) = %d; want %d", s, n, wantN)
		}
	}
}

// TestCharSet compares charSet, and the sets compared in place
// (isListMeasure, isCountChar, andOrWith), with strings.ContainsRune
// over every character of the BMP and a sample above it.
func TestCharSet(t *testing.T) {
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune{-1, -0x80000000, utf8.MaxRune + 1, 0x7FFFFFFF}
	for r := rune(0); r < 0x10000; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x10000); r <= utf8.MaxRune; r += 97 {
		runes = append(runes, r)
	}
	sets := []string{lex.toponymFinals, lex.terrainFinals, lex.countryAbbrevs, lex.countMeasures, lex.cityFinals,
		"", "a.", "\u4e00\u9fff\u4dff\ua000\U00020000"}
	for _, set := range sets {
		cs := newCharSet(set)
		for _, r := range runes {
			if got, want := cs.has(r), strings.ContainsRune(set, r); got != want {
				t.Fatalf("newCharSet(%q).has(%U) = %v, want %v", set, r, got, want)
			}
		}
	}
	inPlace := []struct {
		set string
		has func(rune) bool
	}{{listMeasures, isListMeasure}, {countChars, isCountChar}, {"和及与同", andOrWith}}
	for _, p := range inPlace {
		for _, r := range runes {
			if got, want := p.has(r), strings.ContainsRune(p.set, r); got != want {
				t.Fatalf("the in-place test of %q says %v of %U, want %v", p.set, got, r, want)
			}
		}
	}
}

// TestRuneMap checks the Extractor's runeMaps' get and lookup against
// their maps at every character of the BMP and a sample above it.
func TestRuneMap(t *testing.T) {
	x := newTestExtractor(t)
	check := func(name string, has func(rune) bool, want func(rune) bool) {
		for r := rune(-1); r <= utf8.MaxRune; r++ {
			if r >= 0x10000 {
				r += 96
			}
			if has(r) != want(r) {
				t.Fatalf("%s: lookup(%U) = %v, want %v", name, r, has(r), want(r))
			}
		}
	}
	regions := map[string]runeMap[[]*gazetteer.Region]{"citiesByFirst": x.citiesByFirst, "citiesBySecond": x.citiesBySecond, "countiesByFirst": x.countiesByFirst}
	for name, rm := range regions {
		check(name, func(r rune) bool {
			v, ok := rm.lookup(r)
			return ok && len(v) > 0 && &v[0] == &rm.get(r)[0]
		}, func(r rune) bool { _, ok := rm.m[r]; return ok })
	}
	for name, rm := range map[string]runeMap[*gazetteer.Region]{"nicknames": x.nicknames, "localNicknames": x.localNicknames} {
		check(name, func(r rune) bool {
			v, ok := rm.lookup(r)
			return ok && v != nil && v == rm.get(r)
		}, func(r rune) bool { _, ok := rm.m[r]; return ok })
	}
	check("abbrevs", func(r rune) bool {
		v, ok := x.abbrevs.lookup(r)
		return ok && v == x.abbrevs.get(r) && v == x.abbrevs.m[r]
	}, func(r rune) bool { _, ok := x.abbrevs.m[r]; return ok })
}

// TestEncodeFrom checks that encodeFrom, copying the UTF-8 of the lines
// clean-up left unchanged from the input, gives encodeText's string and
// index, over the corpus, the seeds and random texts of lines of Chinese
// text, marks clean-up maps or drops, spaces, digits and line breaks.
func TestEncodeFrom(t *testing.T) {
	var texts []string
	files, _ := filepath.Glob("../testdata/corpus/docs/*.txt")
	seeds, _ := filepath.Glob("../seeds/*.txt")
	for _, f := range append(files, seeds...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	rng := rand.New(rand.NewSource(5))
	alpha := []string{"规", "划", "建", "设", "。", "，", "「", "」", "１", "A", " ", "\u3000", "\n", "\n", "…", "·", "\u200b", "(", "ū", ")", "2", "𠀀", "é", "\"", "——", "-", "第", "页"}
	for range 3000 {
		var sb strings.Builder
		for range rng.Intn(400) {
			if rng.Intn(3) == 0 {
				sb.WriteString(alpha[rng.Intn(len(alpha))])
			} else {
				sb.WriteString(strings.Repeat("经济发展", 20)[:3*(1+rng.Intn(60))])
			}
		}
		texts = append(texts, sb.String())
	}
	copied, inPlace, copiedText := 0, 0, 0
	for i, s := range texts {
		runes, _, _, ok := decodeValid(s, charCount(s))
		if !ok {
			continue
		}
		n1, _ := normalizeRunes(slices.Clone(runes), false, nil)
		var same sameLines
		n2, _ := normalizeRunesSegs(runes, false, nil, &same)
		if !slices.Equal(n1.Text, n2.Text) {
			t.Fatalf("text %d: normalizeRunesSegs's text differs from normalizeRunes'", i)
		}
		if len(n2.Text) > 0 && &n2.Text[0] == &runes[0] {
			inPlace++ // (written over runes: fitsInPlace)
		} else {
			copiedText++
		}
		s1, at1 := encodeText(n1.Text)
		s2, at2 := encodeFrom(n2.Text, same, s)
		if s1 != s2 || !reflect.DeepEqual(at1, at2) {
			t.Fatalf("text %d: encodeFrom differs from encodeText", i)
		}
		for _, p := range same.pieces {
			copied += p.n
		}
	}
	if copied == 0 {
		t.Fatal("no line left unchanged: encodeFrom copied nothing")
	}
	if inPlace == 0 || copiedText == 0 {
		t.Fatalf("texts written over their characters %d, copied %d: want both", inPlace, copiedText)
	}
	t.Logf("texts written over their characters %d, copied %d", inPlace, copiedText)
}
