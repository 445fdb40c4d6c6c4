package extract

import (
	"slices"
	"unicode/utf8"

	"github.com/cnplan/kg/extract/segment/trie"
)

// matcher finds the leftmost-longest occurrences of a set of words in a
// text and reports them in character offsets. From each character it walks
// a trie of the words as far as the text goes on with one of them: the walk
// is one table read for the first character and ends after one or two
// characters at most places, so the scan is linear in the text (times the
// longest word at worst) and costs nothing per word of the set.
//
// It replaced an Aho-Corasick automaton (github.com/petar-dambovaliev/
// aho-corasick), whose generic byte loop was a sixth of the extraction's
// time and whose DFA most of the extractor's construction; matcher_test.go
// checks that both find the same hits.
type matcher struct {
	t     *trie.Trie
	words []string
}

func newMatcher(words []string) *matcher {
	keys := decodeKeys(words)
	vals := make([]int32, len(words))
	for i := range words {
		vals[i] = int32(i)
	}
	return &matcher{t: trie.New(keys, vals), words: words}
}

// decodeKeys is decodeText of each of words, the characters of all in one
// buffer (trie.New keeps none of its keys): a slice of its own for each of
// the 20,000 names and lexicon words was most of decoding them at New.
func decodeKeys(words []string) [][]rune {
	size := 0
	for _, w := range words {
		size += len(w) // at least the characters of w
	}
	buf := make([]rune, 0, size)
	keys := make([][]rune, len(words))
	for i, w := range words {
		n := len(buf)
		buf = appendDecoded(buf, w)
		keys[i] = buf[n:len(buf):len(buf)]
	}
	return keys
}

// hit is one occurrence: the word's index and its character span.
type hit struct {
	word       int
	start, end int
}

// find returns the non-overlapping leftmost-longest hits in text: the
// longest word starting at the first character where one starts, then the
// same after its end. Of two equal words the first is reported. charAt maps
// byte offsets of text to character offsets.
func (m *matcher) find(text string, charAt []int32) []hit {
	var out []hit
	t := m.t
	for i := 0; i < len(text); {
		// Most characters start no word: the root's bit says so without
		// the call of Step, and the three bytes of a Chinese character
		// are decoded here (decodeRune's first case).
		var r rune
		n := 1
		if c := text[i]; c < utf8.RuneSelf {
			r = rune(c)
		} else if c&0xF0 == 0xE0 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			r, n = rune(c&0x0F)<<12|rune(text[i+1]&0x3F)<<6|rune(text[i+2]&0x3F), 3
			if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
				r, n = decodeRune(text, i)
			}
		} else {
			r, n = decodeRune(text, i)
		}
		if !t.MayStart(r) {
			i += n
			continue
		}
		st, v := t.Step(0, r)
		end, word := -1, int32(-1)
		if st > 0 {
			if v >= 0 {
				end, word = i+n, v
			}
			for j := i + n; j < len(text); {
				r, k := rune(text[j]), 1
				if c := text[j]; c&0xF0 == 0xE0 && j+2 < len(text) && text[j+1]&0xC0 == 0x80 && text[j+2]&0xC0 == 0x80 {
					r, k = rune(c&0x0F)<<12|rune(text[j+1]&0x3F)<<6|rune(text[j+2]&0x3F), 3
					if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
						r, k = decodeRune(text, j)
					}
				} else if c >= utf8.RuneSelf {
					r, k = decodeRune(text, j)
				}
				if st, v = t.Step(st, r); st < 0 {
					break
				}
				j += k
				if v >= 0 {
					end, word = j, v
				}
			}
		}
		if end < 0 {
			i += n
			continue
		}
		if out == nil {
			out = make([]hit, 0, 16)
		}
		out = append(out, hit{word: int(word), start: int(charAt[i]), end: int(charAt[end])})
		i = end
	}
	return out
}

// findRunes is find over text as runes: the hits of find(string(text),
// charOffsets(string(text))), without the string. text holds only valid
// code points, as the extractor's text does.
func (m *matcher) findRunes(text []rune) []hit { return m.appendRunes(nil, text) }

// appendRunes appends findRunes(text) to out.
func (m *matcher) appendRunes(out []hit, text []rune) []hit {
	t := m.t
	for i := 0; ; {
		// no word starts before i (most characters): no walk
		if i = t.NextMayMatch(text, i); i == len(text) {
			break
		}
		r, next := text[i], rune(0) // after the last character, 0: MayMatch may pass it, the walk then tells
		if i+1 < len(text) {
			next = text[i+1]
		}
		if i+1 == len(text) || !t.MayPair(r, next) {
			// no longer word starts here: r alone is a word
			if _, v := t.Step(0, r); v >= 0 {
				if out == nil {
					out = make([]hit, 0, 16)
				}
				out = append(out, hit{word: int(v), start: i, end: i + 1})
			}
			i++
			continue
		}
		st, v := t.Step(0, r)
		end, word := -1, int32(-1)
		if st > 0 {
			if v >= 0 {
				end, word = i+1, v
			}
			for j := i + 1; j < len(text); j++ {
				if st, v = t.Step(st, text[j]); st < 0 {
					break
				}
				if v >= 0 {
					end, word = j+1, v
				}
			}
		}
		if end < 0 {
			i++
			continue
		}
		if out == nil {
			out = make([]hit, 0, 16)
		}
		out = append(out, hit{word: int(word), start: i, end: end})
		i = end
	}
	return out
}

// leadRune is utf8.DecodeRuneInString(s) with a Chinese character's three
// bytes decoded before any call of utf8's, whose slow path took every
// character not ASCII: New reads the first characters of the gazetteer's
// 3,300 names, short names and variants with it (0.4 M instructions of
// every process's start; leadRune itself is too large to be inlined).
func leadRune(s string) (rune, int) {
	if len(s) >= 3 && s[0]&0xF0 == 0xE0 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		if r := rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s)
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the cases of Chinese
// text, ASCII and three bytes, done inline.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c&0xF0 == 0xE0 && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			// not overlong, not a surrogate
			if r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// charOffsets maps every byte offset of s (and len(s)) to a character offset.
// A continuation byte maps to the character of the byte that leads it, even
// a stray one in invalid UTF-8, which counts as a character of its own.
func charOffsets(s string) []int32 {
	return charOffsetsIn(make([]int32, len(s)+1), s)
}

// charOffsetsIn is charOffsets written to out, of len(s)+1 elements (a
// caller's buffer on its stack: placePinyin).
func charOffsetsIn(out []int32, s string) []int32 {
	n, last := int32(0), int32(0)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			out[i] = n
			last = n
			n++
			i++
			continue
		}
		_, k := decodeRune(s, i)
		if c&0xC0 != 0x80 {
			last = n
		}
		for j := i; j < i+k; j++ {
			out[j] = last
		}
		n++
		i += k
	}
	out[len(s)] = n
	return out
}

// wordSet answers "does a word of the set end at this position?", longest
// first, for the left-boundary scan of names. It walks a trie of the words
// from the position, one of the reversed words for endingAt, and stops
// where no word goes on, where a map of the words was asked once for every
// length up to the longest word.
type wordSet struct {
	fwd, rev *trie.Trie
	maxLen   int // the longest word, in characters
}

// buildWordSet is newWordSet without the prebuilt tries: it builds them.
func buildWordSet(ws []string) wordSet {
	var s wordSet
	fwd := decodeKeys(ws)
	rev := make([][]rune, len(ws))
	vals := make([]int32, len(ws))
	size := 0
	for _, k := range fwd {
		size += len(k)
	}
	revBuf := make([]rune, 0, size)
	for i := range ws {
		n := len(revBuf)
		revBuf = append(revBuf, fwd[i]...)
		r := revBuf[n:len(revBuf):len(revBuf)]
		for a, b := 0, len(r)-1; a < b; a, b = a+1, b-1 {
			r[a], r[b] = r[b], r[a]
		}
		rev[i] = r
		s.maxLen = max(s.maxLen, len(r))
	}
	s.fwd, s.rev = trie.New(fwd, vals), trie.New(rev, vals)
	return s
}

// endingAt returns the length in characters of the longest word of the set
// that ends at text[end], or 0. lo bounds how far left the word may start.
func (s wordSet) endingAt(text []rune, lo, end int) int {
	if k := end - 1; k >= lo && k >= 0 {
		// most positions end no word, or only a one-character one:
		// answered without a walk (see findRunes)
		if r := text[k]; !s.rev.MayStart(r) {
			return 0
		} else if k-1 < lo || k-1 < 0 || !s.rev.MayPair(r, text[k-1]) {
			return oneRuneKey(s.rev, r)
		}
	}
	best := 0
	st := int32(0)
	for k := end - 1; k >= lo && k >= 0; k-- {
		var v int32
		if st, v = s.rev.Step(st, text[k]); st < 0 {
			break
		}
		if v >= 0 {
			best = end - k
		}
	}
	return best
}

// startingAt returns the length of the longest word of the set starting at
// text[start], or 0; hi bounds how far right it may end.
func (s wordSet) startingAt(text []rune, start, hi int) int {
	if start < hi && start < len(text) && start >= 0 {
		if r := text[start]; !s.fwd.MayStart(r) {
			return 0
		} else if start+1 >= hi || start+1 >= len(text) || !s.fwd.MayPair(r, text[start+1]) {
			return oneRuneKey(s.fwd, r)
		}
	}
	best := 0
	st := int32(0)
	for k := start; k < hi && k < len(text); k++ {
		var v int32
		if st, v = s.fwd.Step(st, text[k]); st < 0 {
			break
		}
		if v >= 0 {
			best = k + 1 - start
		}
	}
	return best
}

// oneRuneKey is 1 if r is a key of t, else 0.
func oneRuneKey(t *trie.Trie, r rune) int {
	if t.OneRuneKey(r) {
		if _, v := t.Step(0, r); v >= 0 {
			return 1
		}
	}
	return 0
}

// firstRunes are the first characters of the words of a list: where the
// text's character is none of them, no word of the list stands there, and
// a loop that tries the list's words in order (the first that fits wins)
// need not run. A bit per character's low 6 bits rules out most
// characters before the list of them is searched.
type firstRunes struct {
	low uint64
	rs  []rune
}

func newFirstRunes(ws []string) firstRunes {
	var f firstRunes
	for _, w := range ws {
		f.add(w)
	}
	return f
}

// newLastRunes is the filter of firstRunes over the last characters of
// ws: at(t, i) false says no word of ws ends at t[i].
func newLastRunes(ws []string) firstRunes {
	var f firstRunes
	for _, w := range ws {
		if r, n := utf8.DecodeLastRuneInString(w); n > 0 {
			f.addRune(r)
		}
	}
	return f
}

// add adds the first character of w (none for an empty w).
func (f *firstRunes) add(w string) {
	for _, r := range w {
		f.addRune(r)
		break
	}
}

// addRune adds the character r.
func (f *firstRunes) addRune(r rune) {
	if !slices.Contains(f.rs, r) {
		f.rs = append(f.rs, r)
		f.low |= 1 << (r & 63)
	}
}

// has reports whether some word of the list may start with r.
func (f firstRunes) has(r rune) bool {
	return f.low&(1<<(r&63)) != 0 && slices.Contains(f.rs, r)
}

// anyIn reports whether some character of t may start a word of the list:
// false says no word of the list stands in t.
func (f firstRunes) anyIn(t []rune) bool {
	for _, r := range t {
		if f.low&(1<<(r&63)) != 0 && slices.Contains(f.rs, r) {
			return true
		}
	}
	return false
}

// at reports whether some word of the list may start at t[i]: false when
// i is outside t or t[i] starts none.
func (f firstRunes) at(t []rune, i int) bool {
	return uint(i) < uint(len(t)) && f.low&(1<<(t[i]&63)) != 0 && slices.Contains(f.rs, t[i])
}

// hitPool keeps the buffers of the whole text's hits that findLexicon and
// recognizeGazetteer read once and let go: a megabyte of the allocations
// of a corpus extraction, most of it their growth.
var hitPool slicePool[hit]
