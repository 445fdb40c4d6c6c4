package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// refMatcher is the matcher as it was, over the Aho-Corasick automaton: the
// reference the trie's hits must equal.
type refMatcher struct{ ac ahocorasick.AhoCorasick }

func newRefMatcher(words []string) refMatcher {
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.LeftMostLongestMatch, DFA: true})
	return refMatcher{b.Build(words)}
}

func (m refMatcher) find(text string, charAt []int32) []hit {
	ms := m.ac.FindAll(text)
	out := make([]hit, 0, len(ms))
	for _, x := range ms {
		out = append(out, hit{word: x.Pattern(), start: int(charAt[x.Start()]), end: int(charAt[x.End()])})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end > out[j].end
	})
	kept := out[:0]
	last := -1
	for _, h := range out {
		if h.start >= last {
			kept = append(kept, h)
			last = h.end
		}
	}
	return kept
}

// testTexts are the normalised texts of the seeds and of the corpus.
func testTexts(t *testing.T) []*docText {
	x := newTestExtractor(t)
	var files []string
	for _, g := range []string{"../seeds/*.txt", "../testdata/corpus/docs/*.txt"} {
		fs, _ := filepath.Glob(g)
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no documents")
	}
	var out []*docText
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, _, p := x.prepare(Input{Name: filepath.Base(f), Data: data})
		if p != nil {
			t.Fatalf("%s: %s", f, p.Message)
		}
		out = append(out, d)
	}
	return out
}

// TestMatcherAsAhoCorasick: the trie finds the hits the Aho-Corasick
// automaton found, for the gazetteer's names and the lexicon's words, over
// whole documents and over the short windows rescanStraddling reads.
func TestMatcherAsAhoCorasick(t *testing.T) {
	x := newTestExtractor(t)
	docs := testTexts(t)
	for _, c := range []struct {
		name string
		m    *matcher
	}{{"names", x.names}, {"lexicon", x.lexMatcher}} {
		ref := newRefMatcher(c.m.words)
		n := 0
		for _, d := range docs {
			at := charOffsets(d.str)
			got, want := c.m.find(d.str, at), ref.find(d.str, at)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, %s: %d hits, want %d", c.name, d.source, len(got), len(want))
			}
			n += len(got)
			for from := 0; from < len(d.text); from += 5 {
				s := string(d.text[from:min(len(d.text), from+24)])
				off := charOffsets(s)
				got, want := c.m.find(s, off), ref.find(s, off)
				if len(got) != 0 || len(want) != 0 {
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%s, %q: %v, want %v", c.name, s, got, want)
					}
				}
			}
		}
		t.Logf("%s: %d words, %d hits in %d documents", c.name, len(c.m.words), n, len(docs))
	}
}

func TestMatcher(t *testing.T) {
	m := newMatcher([]string{"萍乡", "萍乡市", "乡市", "市场", "ab", "abc", "萍乡", "𠀀x"})
	for _, c := range []struct {
		text string
		want []hit
	}{
		{"", nil},
		{"萍乡市场", []hit{{1, 0, 3}}},
		{"萍乡场", []hit{{0, 0, 2}}}, // the first of two equal words
		{"x萍乡市市场abc", []hit{{1, 1, 4}, {3, 4, 6}, {5, 6, 9}}},
		{"萍", nil},
		{"ab𠀀x", []hit{{4, 0, 2}, {7, 2, 4}}},
		{"\xff萍乡\xe8", []hit{{0, 1, 3}}},
	} {
		if got := m.find(c.text, charOffsets(c.text)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("find(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestCharOffsets(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []int32
	}{
		{"", []int32{0}},
		{"a萍b", []int32{0, 1, 1, 1, 2, 3}},
		{"𠀀é", []int32{0, 0, 0, 0, 1, 1, 2}},
		{"\xffa\xe8\x90", []int32{0, 1, 2, 2, 4}}, // \x90 is a character, mapped to \xe8
	} {
		if got := charOffsets(c.s); !reflect.DeepEqual(got, c.want) {
			t.Errorf("charOffsets(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestWordSet checks the trie-backed set against a map of its words at
// every position of the documents.
func TestWordSet(t *testing.T) {
	x := newTestExtractor(t)
	docs := testTexts(t)[:8]
	for _, ws := range []wordSet{x.stops, x.generic, x.category, x.levels, x.inner, x.headWords, x.qualifiers} {
		words := map[string]bool{}
		keys, _ := ws.fwd.Keys()
		addWords(keys, words)
		for _, d := range docs {
			text := d.text
			for k := 0; k <= len(text); k++ {
				for _, lo := range []int{0, max(0, k-3)} {
					if got, want := ws.endingAt(text, lo, k), refEndingAt(words, ws.maxLen, text, lo, k); got != want {
						t.Fatalf("endingAt(%q, %d, %d) = %d, want %d", string(text[max(0, k-10):k]), lo, k, got, want)
					}
				}
				for _, hi := range []int{len(text), min(len(text), k+2)} {
					if got, want := ws.startingAt(text, k, hi), refStartingAt(words, ws.maxLen, text, k, hi); got != want {
						t.Fatalf("startingAt(%q, %d, %d) = %d, want %d", string(text[k:min(len(text), k+10)]), k, hi, got, want)
					}
				}
			}
		}
	}
}

func addWords(ks [][]rune, m map[string]bool) {
	for _, k := range ks {
		m[string(k)] = true
	}
}

func refEndingAt(words map[string]bool, maxLen int, text []rune, lo, end int) int {
	for n := maxLen; n >= 1; n-- {
		if end-n < lo || end-n < 0 {
			continue
		}
		if words[string(text[end-n:end])] {
			return n
		}
	}
	return 0
}

func refStartingAt(words map[string]bool, maxLen int, text []rune, start, hi int) int {
	for n := maxLen; n >= 1; n-- {
		if start+n > hi || start+n > len(text) {
			continue
		}
		if words[string(text[start:start+n])] {
			return n
		}
	}
	return 0
}

// FuzzMatcherAsAhoCorasick compares the trie and the automaton on valid
// UTF-8 with a small set of overlapping words, and charOffsets with its
// previous implementation on any string.
func FuzzMatcherAsAhoCorasick(f *testing.F) {
	words := []string{"萍乡", "萍乡市", "乡市", "市场", "ab", "abc", "萍乡", "𠀀x", "b", "经济技术开发区", "开发区", "技术"}
	m, ref := newMatcher(words), newRefMatcher(words)
	f.Add("x萍乡市市场abc")
	f.Add("\xe8萍乡\xe8\x90萍乡市")
	f.Add("经济技术开发区萍乡经济技术开发")
	f.Fuzz(func(t *testing.T, s string) {
		off := charOffsets(s)
		if want := refCharOffsets(s); !reflect.DeepEqual(off, want) {
			t.Fatalf("charOffsets(%q) = %v, want %v", s, off, want)
		}
		if !utf8.ValidString(s) {
			// The extractor matches only strings made of runes. On invalid
			// UTF-8 the automaton reports a match nested in another (ab,
			// then b, in "ab\xb8") that the old filter let through when
			// both mapped to the same characters.
			return
		}
		if got, want := m.find(s, off), ref.find(s, off); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("%q: %v, want %v", s, got, want)
		}
	})
}

// refCharOffsets is charOffsets as it was, over range.
func refCharOffsets(s string) []int32 {
	out := make([]int32, len(s)+1)
	n := int32(0)
	for i := range s {
		out[i] = n
		n++
	}
	last := int32(0)
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			last = out[i]
		}
		out[i] = last
	}
	out[len(s)] = n
	return out
}

// BenchmarkMatchers runs the gazetteer's and the lexicon's matchers over
// the normalised seeds and corpus, as recognizeGazetteer and lexicon do.
func BenchmarkMatchers(b *testing.B) {
	x := newTestExtractor(b)
	var docs []*docText
	var offs [][]int32
	size := 0
	for _, g := range []string{"../seeds/*.txt", "../testdata/corpus/docs/*.txt"} {
		fs, _ := filepath.Glob(g)
		for _, f := range fs {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			d, _, p := x.prepare(Input{Name: filepath.Base(f), Data: data})
			if p != nil {
				b.Fatal(p.Message)
			}
			docs = append(docs, d)
			offs = append(offs, charOffsets(d.str))
			size += len(d.str)
		}
	}
	names, lex := newRefMatcher(x.names.words), newRefMatcher(x.lexMatcher.words)
	for _, c := range []struct {
		name      string
		names, lx func(string, []int32) []hit
	}{
		{"trie", x.names.find, x.lexMatcher.find},
		{"automaton", names.find, lex.find}, // as before the trie
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				for k, d := range docs {
					c.names(d.str, offs[k])
					c.lx(d.str, offs[k])
				}
			}
			b.ReportMetric(float64(size)/(float64(cpuTime()-cpu0)/float64(b.N))*1e3, "cpu-MB/s")
		})
	}
}
