package extract

import (
	"sort"
	"unicode/utf8"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// matcher finds the leftmost-longest occurrences of a set of words in a
// text and reports them in character offsets. It wraps a real
// Aho-Corasick automaton (one pass over the text whatever the number of
// words), which is what makes matching the whole gazetteer cheap.
type matcher struct {
	ac    ahocorasick.AhoCorasick
	words []string
}

func newMatcher(words []string) *matcher {
	b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.LeftMostLongestMatch, DFA: true})
	return &matcher{ac: b.Build(words), words: words}
}

// hit is one occurrence: the word's index and its character span.
type hit struct {
	word       int
	start, end int
}

// find returns the non-overlapping leftmost-longest hits in text. charAt
// maps byte offsets of text to character offsets.
func (m *matcher) find(text string, charAt []int32) []hit {
	ms := m.ac.FindAll(text)
	out := make([]hit, 0, len(ms))
	for _, x := range ms {
		out = append(out, hit{word: x.Pattern(), start: int(charAt[x.Start()]), end: int(charAt[x.End()])})
	}
	// The automaton's DFA can report a shorter match nested in a longer
	// one; enforce leftmost-longest, non-overlapping.
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

// charOffsets maps every byte offset of s (and len(s)) to a character offset.
func charOffsets(s string) []int32 {
	out := make([]int32, len(s)+1)
	n := int32(0)
	for i := range s {
		out[i] = n
		n++
	}
	// continuation bytes map to the character they belong to
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

// wordSet answers "does a word of the set end at this position?", longest
// first, for the left-boundary scan of names.
type wordSet struct {
	words  map[string]bool
	maxLen int
}

func newWordSet(ws []string) wordSet {
	s := wordSet{words: make(map[string]bool, len(ws))}
	for _, w := range ws {
		s.words[w] = true
		if n := len([]rune(w)); n > s.maxLen {
			s.maxLen = n
		}
	}
	return s
}

// endingAt returns the length in characters of the longest word of the set
// that ends at text[end], or 0. lo bounds how far left the word may start.
func (s wordSet) endingAt(text []rune, lo, end int) int {
	for n := s.maxLen; n >= 1; n-- {
		if end-n < lo || end-n < 0 {
			continue
		}
		if s.has(text[end-n : end]) {
			return n
		}
	}
	return 0
}

// startingAt returns the length of the longest word of the set starting at
// text[start], or 0; hi bounds how far right it may end.
func (s wordSet) startingAt(text []rune, start, hi int) int {
	for n := s.maxLen; n >= 1; n-- {
		if start+n > hi || start+n > len(text) {
			continue
		}
		if s.has(text[start : start+n]) {
			return n
		}
	}
	return 0
}

// has looks w up without allocating: the runes are encoded into a stack
// buffer, and a map index by string(bytes) does not copy.
func (s wordSet) has(w []rune) bool {
	var buf [64]byte
	b := buf[:0]
	for _, r := range w {
		b = utf8.AppendRune(b, r)
	}
	return s.words[string(b)]
}
