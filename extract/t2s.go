package extract

import (
	_ "embed"
	"encoding/binary"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cnplan/kg/extract/internal/binread"
	"github.com/liuzl/da"
	"github.com/longbridgeapp/opencc"
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
	// dicts are the group's dictionaries in order; a dictionary's keys by
	// their first character, longest first
	dicts []map[rune][]t2sKey
	// first marks the characters of the BMP that start a key of some
	// dictionary; other characters of the BMP are copied (those beyond it
	// are looked up)
	first [1 << 10]uint64
	// single is the replacement of a one-character key of the first
	// dictionary that has one, where no longer key starts with the
	// character in any earlier dictionary: the common case, one lookup
	single map[rune]string
}

type t2sKey struct {
	key []rune
	val string
}

// t2sWindow is how many characters OpenCC's Convert looks at from each
// position (its preOffset): a longer phrase never matches.
const t2sWindow = 10

// newT2STable reads the tables of cc, or returns nil when cc is not a
// converter of one group of dictionaries (its Convert is then used).
func newT2STable(cc *opencc.OpenCC) *t2sTable {
	if cc == nil || len(cc.DictChains) != 1 {
		return nil
	}
	var dicts []map[rune][]t2sKey
	for _, d := range cc.DictChains[0].Dicts {
		m, ok := dictKeys(d)
		if !ok {
			return nil
		}
		dicts = append(dicts, m)
	}
	return t2sFromDicts(dicts)
}

// t2sFromDicts makes the table of the dictionaries' keys (dictKeys).
func t2sFromDicts(dicts []map[rune][]t2sKey) *t2sTable {
	t := &t2sTable{dicts: dicts, single: map[rune]string{}}
	for i, m := range t.dicts {
		for c, ks := range m {
			if c < 1<<16 {
				t.first[c>>6] |= 1 << (c & 63)
			}
			if _, ok := t.single[c]; ok {
				continue
			}
			// the first dictionary with a key at c decides, and if its only
			// keys there are the character, one lookup answers
			earlier := false
			for _, e := range t.dicts[:i] {
				if len(e[c]) > 0 {
					earlier = true
				}
			}
			if !earlier && len(ks) == 1 && len(ks[0].key) == 1 {
				t.single[c] = ks[0].val
			}
		}
	}
	return t
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
	b = binary.AppendUvarint(b, uint64(len(t.dicts)))
	for _, m := range t.dicts {
		firsts := slices.Sorted(maps.Keys(m))
		b = binary.AppendUvarint(b, uint64(len(firsts)))
		for _, c := range firsts {
			b = binary.AppendUvarint(b, uint64(len(m[c])))
			for _, k := range m[c] {
				b = appendString(b, string(k.key))
				b = appendString(b, k.val)
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
	dicts := make([]map[rune][]t2sKey, r.Count())
	for i := range dicts {
		n := r.Count()
		dicts[i] = make(map[rune][]t2sKey, n)
		for range n {
			ks := make([]t2sKey, r.Count())
			for j := range ks {
				key := r.String()
				ks[j] = t2sKey{key: []rune(key), val: r.String()}
				if !r.OK() || key == "" || !utf8.ValidString(key) || !utf8.ValidString(ks[j].val) || ks[j].key[0] != ks[0].key[0] {
					return nil, false
				}
			}
			if !r.OK() || len(ks) == 0 || dicts[i][ks[0].key[0]] != nil {
				return nil, false
			}
			dicts[i][ks[0].key[0]] = ks
		}
	}
	if !r.OK() || r.Len() != 0 {
		return nil, false
	}
	return t2sFromDicts(dicts), true
}

// dictKeys lists the keys of d with their first values (what Convert
// takes), by first character, longest first. Keys that do not round-trip
// through d's own prefix match (not valid UTF-8, or empty) make it fail.
func dictKeys(d *da.Dict) (map[rune][]t2sKey, bool) {
	m := map[rune][]t2sKey{}
	for _, id := range d.Trie.PrefixPredict(nil, 0) {
		k, err := d.Trie.Key(id)
		if err != nil {
			return nil, false
		}
		v, err := d.Trie.Value(id)
		if err != nil || v < 0 || v >= len(d.Values) || len(d.Values[v]) == 0 {
			return nil, false
		}
		key := string(k)
		if !utf8.ValidString(key) || key == "" {
			return nil, false
		}
		got, err := d.PrefixMatch(key)
		if err != nil || len(got[key]) == 0 || got[key][0] != d.Values[v][0] {
			return nil, false
		}
		if !utf8.ValidString(d.Values[v][0]) {
			return nil, false
		}
		rs := []rune(key)
		if len(rs) > t2sWindow {
			continue // never within OpenCC's window
		}
		m[rs[0]] = append(m[rs[0]], t2sKey{key: rs, val: d.Values[v][0]})
	}
	for c, ks := range m {
		slices.SortStableFunc(ks, func(a, b t2sKey) int { return len(b.key) - len(a.key) })
		m[c] = ks
	}
	return m, true
}

// match returns the replacement of the key at r[i:] and its length in
// characters, or 0 when no key starts there.
func (t *t2sTable) match(r []rune, i int) (string, int) {
	c := r[i]
	if c < 1<<16 && t.first[c>>6]&(1<<(c&63)) == 0 {
		return "", 0
	}
	if v, ok := t.single[c]; ok {
		return v, 1
	}
	end := min(len(r), i+t2sWindow)
	for _, m := range t.dicts {
		for _, k := range m[c] {
			if len(k.key) <= end-i && slices.Equal(k.key, r[i:i+len(k.key)]) {
				return k.val, len(k.key)
			}
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
