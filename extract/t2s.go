package extract

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cnplan/kg/extract/internal/binread"
)

// t2sTable converts traditional text to simplified as OpenCC's t2s does
// (opencc.OpenCC.Convert with one group of dictionaries, phrases first),
// from tables read out of that converter's own dictionaries: at each
// character, the longest phrase of the first dictionary that is a prefix
// of the next t2sWindow characters, else the longest of the next
// dictionary, and so on; else the character itself. OpenCC builds a
// string of the window, a map of its matches and a token string per
// character, most of a traditional document's CPU; this reads a bitmap
// and, for the few characters that start a phrase, compares characters.
// TestT2SAsOpenCC compares the two.
type t2sTable struct {
	// first marks the characters of the BMP that start a key of some
	// dictionary; other characters of the BMP are copied (those beyond it
	// are looked up in far)
	first [1 << 10]uint64
	// rank is the number of marks of first before each word: a marked
	// character's entry is its rank and the marks before it in its word
	rank [1 << 10]uint16
	// far are the first characters beyond the BMP, ascending; their
	// entries follow the BMP's
	far []rune
	// keys are the dictionaries' keys by entry (first character in
	// ascending order), each entry's by dictionary in the group's order
	// and, within a dictionary, longest first: the order Convert tries
	// them in. Entry e's keys are keys[at[e]:at[e+1]].
	keys []t2sKey
	at   []int32
	// dicts is the number of dictionaries
	dicts int
}

type t2sKey struct {
	key  []rune
	val  string
	dict int // the dictionary's place in the group
}

// t2sWindow is how many characters OpenCC's Convert looks at from each
// position (its preOffset): a longer phrase never matches.
const t2sWindow = 10

// T2S returns OpenCC's t2s conversion (traditional characters to
// simplified) made of its tables prebuilt in t2s.bin: the converter of an
// extractor whose Config has none. Its Convert is opencc.OpenCC's Convert
// (TestT2SAsOpenCC); building it from OpenCC's dictionaries (newT2STable,
// in the tests, which also write t2s.bin) would link OpenCC's packages and
// encoding/gob, whose init was 1.7 M instructions of every kg process.
func T2S() (Converter, error) {
	if t, ok := decodeT2S(prebuiltT2S); ok {
		return t, nil
	}
	return nil, errors.New("extract: t2s.bin does not decode (go generate ./extract)")
}

// ranks sets rank from first.
func (t *t2sTable) ranks() {
	n := 0
	for w, x := range t.first {
		t.rank[w] = uint16(n)
		n += bits.OnesCount64(x)
	}
}

// entry returns the entry of the keys that start with c, or -1.
func (t *t2sTable) entry(c rune) int {
	if c < 1<<16 {
		w, bit := c>>6, uint64(1)<<(c&63)
		if t.first[w]&bit == 0 {
			return -1
		}
		return int(t.rank[w]) + bits.OnesCount64(t.first[w]&(bit-1))
	}
	if i, ok := slices.BinarySearch(t.far, c); ok {
		return len(t.at) - 1 - len(t.far) + i
	}
	return -1
}

// prebuiltT2S is the t2sTable that newT2STable reads out of OpenCC's t2s
// converter, encoded by appendBinary: decoding it skips building OpenCC's
// dictionaries and reading the keys out of them, about 40 M instructions
// at a process's first document that may be traditional. It depends only
// on the OpenCC module's version. TestPrebuiltT2S fails when it is not
// what OpenCC gives, and writes it again with -update (go generate
// ./extract).
//
//go:generate go test -run ^TestPrebuiltT2S$ . -update
//go:embed t2s.bin
var prebuiltT2S string // a string, so immutable

// t2sMagic opens the encoding, for a version to be told apart.
const t2sMagic = "kg t2s 1\n"

// appendBinary appends the encoding of t's dictionaries to b: their
// number, then for each its number of first characters and, by first
// character in ascending order, the number of its keys and each key
// (longest first, as dictKeys orders them) as the length and bytes of its
// UTF-8 and of its value (lengths as uvarints).
func (t *t2sTable) appendBinary(b []byte) []byte {
	b = append(b, t2sMagic...)
	b = binary.AppendUvarint(b, uint64(t.dicts))
	for d := range t.dicts {
		// the entries with keys of d, and each one's keys of d
		n := 0
		for e := range len(t.at) - 1 {
			if slices.ContainsFunc(t.keys[t.at[e]:t.at[e+1]], func(k t2sKey) bool { return k.dict == d }) {
				n++
			}
		}
		b = binary.AppendUvarint(b, uint64(n))
		for e := range len(t.at) - 1 {
			ks := t.keys[t.at[e]:t.at[e+1]]
			c := 0
			for _, k := range ks {
				if k.dict == d {
					c++
				}
			}
			if c == 0 {
				continue
			}
			b = binary.AppendUvarint(b, uint64(c))
			for _, k := range ks {
				if k.dict == d {
					b = appendString(b, string(k.key))
					b = appendString(b, k.val)
				}
			}
		}
	}
	return b
}

// decodeT2S returns the table that appendBinary encoded in data, or false
// if data is not such an encoding.
func decodeT2S(data string) (*t2sTable, bool) {
	if len(data) < len(t2sMagic) || data[:len(t2sMagic)] != t2sMagic {
		return nil, false
	}
	r := binread.New(data[len(t2sMagic):])
	t := &t2sTable{dicts: r.Count()}
	// the keys in the encoding's order (by dictionary, then by first
	// character), with their first characters, before they are put in
	// entry order; the keys' characters share one array
	type read struct {
		k t2sKey
		c rune
	}
	var keys []read
	runes := make([]rune, 0, len(data)/3)
	for d := range t.dicts {
		n := r.Count()
		prev := rune(-1)
		for range n {
			m := r.Count()
			if m == 0 {
				return nil, false
			}
			c := rune(-1)
			for range m {
				key, val := r.String(), r.String()
				if !r.OK() || key == "" || !utf8.ValidString(val) {
					return nil, false
				}
				at := len(runes)
				for j := 0; j < len(key); {
					x, size := utf8.DecodeRuneInString(key[j:])
					if x == utf8.RuneError && size == 1 {
						return nil, false // not valid UTF-8
					}
					runes = append(runes, x)
					j += size
				}
				if c < 0 {
					c = runes[at]
				}
				if runes[at] != c {
					return nil, false
				}
				keys = append(keys, read{t2sKey{key: runes[at:len(runes):len(runes)], val: val, dict: d}, c})
			}
			// first characters ascending within a dictionary, as encoded
			if c <= prev {
				return nil, false
			}
			prev = c
			if c < 1<<16 {
				t.first[c>>6] |= 1 << (c & 63)
			} else if !slices.Contains(t.far, c) {
				t.far = append(t.far, c)
			}
		}
	}
	if !r.OK() || r.Len() != 0 {
		return nil, false
	}
	slices.Sort(t.far)
	t.ranks()
	nb := int(t.rank[len(t.rank)-1]) + bits.OnesCount64(t.first[len(t.first)-1]) // entries in the BMP
	t.at = make([]int32, nb+len(t.far)+1)
	for _, k := range keys {
		t.at[t.entry(k.c)+1]++
	}
	for e := range len(t.at) - 1 {
		t.at[e+1] += t.at[e]
	}
	next := slices.Clone(t.at[:len(t.at)-1])
	t.keys = make([]t2sKey, len(keys))
	for _, k := range keys {
		e := t.entry(k.c)
		t.keys[next[e]] = k.k
		next[e]++
	}
	return t, true
}

// match returns the replacement of the key at r[i:] and its length in
// characters, or 0 when no key starts there.
func (t *t2sTable) match(r []rune, i int) (string, int) {
	e := t.entry(r[i])
	if e < 0 {
		return "", 0
	}
	end := min(len(r), i+t2sWindow)
	for _, k := range t.keys[t.at[e]:t.at[e+1]] {
		if len(k.key) <= end-i && slices.Equal(k.key, r[i:i+len(k.key)]) {
			return k.val, len(k.key)
		}
	}
	return "", 0
}

// Convert is OpenCC's Convert of in.
func (t *t2sTable) Convert(in string) (string, error) {
	r := []rune(in)
	var b strings.Builder
	b.Grow(len(in))
	for i := 0; i < len(r); {
		v, n := t.match(r, i)
		if n == 0 {
			b.WriteRune(r[i])
			i++
			continue
		}
		b.WriteString(v)
		i += n
	}
	return b.String(), nil
}

// convMap maps the offsets of a converted text to those of the text it
// was converted from, as toSimplified's offsets do, in a few bytes a line
// instead of 4 a character: a run of the converted text (a line, or the
// line break before one) starts at conv and maps to orig, character for
// character when same, else every character to orig (a line whose length
// the conversion changed maps to the line's start).
type convMap struct {
	runs []convRun
	cur  int // the run of the last offset asked: offsets are asked in order
}

type convRun struct {
	conv, orig int32
	same       bool
}

// add starts a run at the end of the converted text so far.
func (m *convMap) add(conv, orig int, same bool) {
	m.runs = append(m.runs, convRun{int32(conv), int32(orig), same})
}

// at is the offset in the original of the converted text's character o.
func (m *convMap) at(o int32) int32 {
	k := m.cur
	if k >= len(m.runs) || m.runs[k].conv > o {
		// back: the last run starting at o or before
		k = max(0, sort.Search(len(m.runs), func(i int) bool { return m.runs[i].conv > o })-1)
	}
	for k+1 < len(m.runs) && m.runs[k+1].conv <= o {
		k++
	}
	m.cur = k
	r := m.runs[k]
	if r.same {
		return r.orig + o - r.conv
	}
	return r.orig
}

// offsets lists at(o) for every character of a converted text of n
// characters: toSimplified's offsets.
func (m *convMap) offsets(n int) []int32 {
	out := make([]int32, n)
	for o := range out {
		out[o] = m.at(int32(o))
	}
	return out
}

// foldVariant returns the simplified character a traditional text's
// variant stands for where OpenCC's tables keep the variant: 陜 (a narrow
// pass, in the tables a character of its own) is written for 陝 on pages of
// Taiwan and Hong Kong, 蘇陜協作 for 苏陕协作.
func foldVariant(c rune) rune {
	if c == '陜' {
		return '陕'
	}
	return c
}

// toSimplifiedRunes is toSimplified by the table, returning the converted
// text as characters: the same characters, and the same source offsets as
// a convMap, line by line, without a string per line. chars is the number
// of characters of text (< 0: not counted).
func (t *t2sTable) toSimplifiedRunes(text string, chars int) ([]rune, *convMap) {
	if chars < 0 {
		chars = utf8.RuneCountInString(text)
	}
	out := make([]rune, 0, chars)
	m := &convMap{}
	var line []rune
	off := 0
	for first := true; ; first = false {
		ln := text
		k := strings.IndexByte(text, '\n')
		if k >= 0 {
			ln, text = text[:k], text[k+1:]
		}
		if !first {
			m.add(len(out), off-1, true)
			out = append(out, '\n')
		}
		line = appendDecoded(line[:0], ln)
		start := len(out)
		for i := 0; i < len(line); {
			v, n := t.match(line, i)
			if n == 0 {
				out = append(out, foldVariant(line[i]))
				i++
				continue
			}
			for _, c := range v {
				out = append(out, c)
			}
			i += n
		}
		if len(out) > start || first {
			m.add(start, off, len(out)-start == len(line))
		}
		off += len(line) + 1
		if k < 0 {
			return out, m
		}
	}
}
