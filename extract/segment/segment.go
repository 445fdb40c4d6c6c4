package segment

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cnplan/kg/extract/segment/trie"
)

// dictText is the dictionary as gen writes it. It is embedded as plain
// text, not gzipped: gunzipping it took about 100 M instructions in every
// process (6 % of a `kg extract` run over the corpus), for 1.2 MB less of
// binary. New does not read it (it decodes prebuilt); NewWith does, so a
// binary that never calls NewWith leaves it out.
//
//go:embed dict.txt
var dictText string // a string, so immutable

// Token is one word of the input of Cut. Start and End are offsets in runes
// of that input, End exclusive; Tag is its part of speech.
type Token struct {
	Start, End int
	Tag        string
}

// Word is a dictionary entry given to NewWith.
type Word struct {
	Text string
	// Tag is a jieba part-of-speech tag; "" means "n".
	Tag string
	// Freq is the word's frequency in jieba's scale (the embedded total is
	// about 6e7; a common word is in the thousands). 0 means just enough for
	// the word to be cut whole when it stands alone, or its frequency in the
	// dictionary if that is higher (jieba's suggest_freq).
	Freq int64
}

// Segmenter is immutable and safe for concurrent use.
type Segmenter struct {
	// While the dictionary is read, a hash table of words and prefixes
	// (runes, ents, slots) takes each word, a later one replacing an
	// earlier; finish turns it into words and logps and drops it. Words
	// that come in order wait in pending instead, and the table is built
	// only if add needs it (addNext).
	runes   []rune // the text of every word, concatenated
	pending []dictWord
	ents    []entry  // ents[0] is unused
	slots   []uint32 // open addressing on hash: index into ents, 0 = empty
	mask    uint64
	shift   uint8 // 64 - log2(len(slots))
	tags    []string
	total   int64
	// smallLogs memoises log(f) for the small frequencies that most
	// words have (0 = not yet; log(1) = 0 is cheap to recompute).
	smallLogs []float64
	// unknown is the log probability of a Han character outside the
	// dictionary (frequency 1, as in jieba).
	unknown float64
	// words holds the same words as ents for the walks of cutBlock: a
	// prefix that no word goes on from ends the walk at once, without
	// hashing. A word's value packs its tag (the low 8 bits) and the index
	// of its log probability in logps (the rest, see wordValue): the
	// dictionary has a few thousand distinct frequencies, so logps is a
	// few tens of KB that stays in cache, where a table of every word's
	// probability and tag was read at a cache miss for most words a walk
	// passed.
	words  *trie.Trie
	logps  []float64 // log(freq/total), each value once
	nwords int
	// pairs is a filter of the pairs of characters that stand next to
	// each other inside some word: a bit for each (pairHash), set for
	// every such pair (MayJoin).
	pairs []uint64
}

// pairBits is the size of the pairs filter, 2^pairBits bits (128 KB):
// a few bits for each of the dictionary's pairs, so that most pairs of a
// text that no word holds find their bit clear.
const pairBits = 20

// pairHash is the bit of the pair a, b in the pairs filter.
func pairHash(a, b rune) uint64 {
	return (uint64(uint32(a))<<32 | uint64(uint32(b))) * 0x9E3779B97F4A7C15 >> (64 - pairBits)
}

// MayJoin reports whether Cut may put text[k-1] and text[k] in one token.
// False is certain; true may be wrong: the answer reads the character
// types and a filter of the pairs of characters inside the dictionary's
// words, not the cut. A caller that needs the token holding text[k-1]
// only when it runs on past it can skip the cut when MayJoin is false.
func (s *Segmenter) MayJoin(text []rune, k int) bool {
	if k > 0 && k < len(text) {
		// two CJK Unified Ideographs (U+4E00–U+9FFF), most pairs of a
		// text: both in the block and neither a letter nor a digit, so
		// the answer is the filter's, without the tables (inlined)
		if a, b := text[k-1], text[k]; uint32(a)-0x4E00 < 0x5200 && uint32(b)-0x4E00 < 0x5200 {
			h := pairHash(a, b)
			return s.pairs[h>>6]&(1<<(h&63)) != 0
		}
	}
	return s.mayJoin(text, k)
}

// mayJoin is MayJoin for any pair of characters.
func (s *Segmenter) mayJoin(text []rune, k int) bool {
	if k <= 0 || k >= len(text) {
		return false
	}
	a, b := text[k-1], text[k]
	switch {
	case inBlock(a) && inBlock(b):
		// a word of the dictionary, or letters and digits joined
		if isASCIIAlnum(a) && isASCIIAlnum(b) {
			return true
		}
		h := pairHash(a, b)
		return s.pairs[h>>6]&(1<<(h&63)) != 0
	case isSpace(a) && isSpace(b):
		return true // a run of white space
	}
	return false
}

// MayCross is MayJoin made closer: where the pair filter lets text[k-1]
// and text[k] join, it walks the dictionary from the characters before k
// that pairs may link to it, and is true only if some word of the
// dictionary holds both (or letters, digits or white space join them). It
// reads the trie at a few places near k, where a cut reads it at every
// character of the block.
func (s *Segmenter) MayCross(text []rune, k int) bool {
	if !s.MayJoin(text, k) {
		return false
	}
	a, b := text[k-1], text[k]
	if !inBlock(a) || !inBlock(b) || isASCIIAlnum(a) && isASCIIAlnum(b) {
		return true // white space, or letters and digits
	}
	// A word from p over k has every pair of its characters in the filter:
	// p goes back from k-1 as far as pairs allow and words may be long.
	lo := k - 1
	for lo > 0 && k-lo+1 < s.words.MaxLen() && inBlock(text[lo-1]) && s.MayJoin(text, lo) {
		lo--
	}
	for p := k - 1; p >= lo; p-- {
		st := int32(0)
		for q := p; q < len(text) && inBlock(text[q]); q++ {
			var v int32
			if st, v = s.words.Step(st, text[q]); st < 0 {
				break
			}
			if v >= 0 && q >= k {
				return true // the word text[p:q+1] holds k-1 and k
			}
		}
	}
	return false
}

// maxLogps bounds the distinct probabilities, so that a word's value
// (index<<8 | tag) stays a non-negative int32.
const maxLogps = 1 << 23

// wordValue packs the index of a word's probability in logps and its tag.
func wordValue(logp int, tag uint8) int32 { return int32(logp)<<8 | int32(tag) }

// word returns the probability and the tag of the word whose value is w.
func (s *Segmenter) word(w int32) (logp float64, tag uint8) { return s.logps[w>>8], uint8(w) }

// entry is a dictionary word or a prefix of one.
type entry struct {
	hash uint64
	logp float64 // log(freq/total); meaningless unless word
	off  uint32  // text is runes[off : off+n]
	n    uint16
	tag  uint8
	word bool
}

const (
	hashBasis = 14695981039346656037
	hashPrime = 1099511628211
)

func hashStep(h uint64, r rune) uint64 { return (h ^ uint64(r)) * hashPrime }

// slot is the home slot of hash h: Fibonacci hashing, the top bits of
// h times 2^64/phi.
func (s *Segmenter) slot(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> s.shift }

// New returns a Segmenter over the embedded dictionary. It decodes the
// prebuilt one (see prebuilt), which build would give.
func New() (*Segmenter, error) { return decode(prebuilt) }

// build reads the embedded dictionary into a Segmenter, as New did before
// the prebuilt one: for TestPrebuilt and the prebuilt's generation.
func build() (*Segmenter, error) {
	s, err := parseEmbedded()
	if err != nil {
		return nil, err
	}
	if err := s.finish(); err != nil {
		return nil, err
	}
	return s, nil
}

// NewWith returns a Segmenter over the embedded dictionary plus words, for
// instance the gazetteer's place names as ns. A word already in the
// dictionary takes the given tag and frequency; of two equal texts in words
// the later wins.
func NewWith(words ...Word) (*Segmenter, error) {
	s, err := newTable(words...)
	if err != nil {
		return nil, err
	}
	if err := s.finish(); err != nil {
		return nil, err
	}
	return s, nil
}

// newTable is NewWith before finish: the hash table of the words.
func newTable(words ...Word) (*Segmenter, error) {
	var base *Segmenter
	for _, w := range words {
		if w.Text == "" || !utf8.ValidString(w.Text) || utf8.RuneCountInString(w.Text) > math.MaxUint16 {
			return nil, fmt.Errorf("segment: invalid word %q", w.Text)
		}
		if w.Freq < 0 {
			return nil, fmt.Errorf("segment: negative frequency for %q", w.Text)
		}
		if w.Freq == 0 && base == nil {
			var err error
			if base, err = New(); err != nil {
				return nil, err
			}
		}
	}
	s, err := parseEmbedded()
	if err != nil {
		return nil, err
	}
	for _, w := range words {
		tag := w.Tag
		if tag == "" {
			tag = "n"
		}
		f := w.Freq
		if f == 0 {
			// Settled against the embedded dictionary alone, so that the
			// result does not depend on the order of words.
			f = base.suggestFreq(w.Text)
		}
		ti, err := s.tagIndex(tag)
		if err != nil {
			return nil, err
		}
		old := s.add([]rune(w.Text), f, ti)
		// The total keeps counting the words left out of the embedded
		// dictionary, as the generator wrote it.
		s.total += f - old
	}
	return s, nil
}

// suggestFreq is jieba's suggest_freq(word, tune=True): a frequency just
// high enough for word to be preferred to the way it is cut now.
func (s *Segmenter) suggestFreq(word string) int64 {
	rs := []rune(word)
	total := float64(s.total)
	p := 1.0
	for _, t := range s.Cut(rs) {
		f := 1.0
		if w := s.words.Get(rs[t.Start:t.End]); w >= 0 {
			logp, _ := s.word(w)
			f = math.Exp(logp) * total
		}
		p *= f / total
	}
	f := int64(p*total) + 1
	if w := s.words.Get(rs); w >= 0 {
		logp, _ := s.word(w)
		if old := int64(math.Round(math.Exp(logp) * total)); old > f {
			f = old
		}
	}
	return f
}

// parseEmbedded reads the embedded dictionary.
func parseEmbedded() (*Segmenter, error) { return parse(dictText) }

// parse reads a dictionary in the format of gen into a Segmenter whose
// entries still hold log(freq), not log(freq/total): see finish. Its lines
// are read in place, as pieces of text.
func parse(text string) (*Segmenter, error) {
	var err error
	s := &Segmenter{
		runes: make([]rune, 0, 400000),
		ents:  make([]entry, 1), // table makes room
	}
	var word []rune
	tagIndex := map[string]uint8{}
	// Nearly every tag is one or two ASCII letters: their indices (plus
	// one) sit in an array, which spares a map lookup per line.
	shortTags := make([]uint16, shortTagKeys)
	for line := 1; len(text) > 0; line++ {
		var f int64
		var tag string
		var n int
		var quick bool
		if word, f, tag, n, quick = wordLine(word[:0], text); quick {
			text = text[n:]
		} else {
			b, rest, _ := strings.Cut(text, "\n")
			text = rest
			if n := len(b); n > 0 && b[n-1] == '\r' {
				b = b[:n-1] // as bufio.ScanLines, which read it before
			}
			if t, ok := strings.CutPrefix(b, "#total "); ok {
				if s.total, err = strconv.ParseInt(t, 10, 64); err != nil {
					return nil, fmt.Errorf("segment: embedded dictionary line %d: %w", line, err)
				}
				continue
			}
			if len(b) == 0 || b[0] == '#' {
				continue
			}
			w, rest, ok1 := strings.Cut(b, " ")
			fs, t, ok2 := strings.Cut(rest, " ")
			tag = t
			f, err = parseFreq(fs)
			var valid bool
			word, valid = appendWordRunes(word[:0], w)
			if !ok1 || !ok2 || err != nil || f <= 0 || len(tag) == 0 || len(w) == 0 || !valid {
				return nil, fmt.Errorf("segment: embedded dictionary line %d: %q", line, b)
			}
		}
		var ti uint8
		var ok bool
		if k := shortTagKey(tag); k >= 0 && shortTags[k] != 0 {
			ti = uint8(shortTags[k] - 1)
		} else if ti, ok = tagIndex[tag]; !ok {
			if ti, err = s.tagIndex(tag); err != nil {
				return nil, err
			}
			tagIndex[tag] = ti
			if k >= 0 {
				shortTags[k] = uint16(ti) + 1
			}
		}
		s.addNext(word, f, ti)
	}
	if s.total <= 0 || len(s.pending) == 0 && len(s.ents) < 2 {
		return nil, errors.New("segment: embedded dictionary: no #total line or no words")
	}
	return s, nil
}

// wordLine reads the line "word freq tag" at the start of text in one pass,
// as parse's general path would: the word's characters appended to dst, its
// frequency and tag, and the length of the line with its newline. It is
// false for any other line (a comment, #total, a frequency of more than 18
// digits, or a line ill-formed), which parse reads the general way. The
// pass stands for three strings.Cut and a line split, whose calls cost more
// than the bytes of a line.
func wordLine(dst []rune, text string) (word []rune, f int64, tag string, n int, ok bool) {
	i := 0
	for i < len(text) {
		c := text[i]
		if c&0xF0 == 0xE0 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			// not overlong, not a surrogate: what DecodeRune accepts
			if r := rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				dst = append(dst, r)
				i += 3
				continue
			}
		}
		if c == ' ' {
			break
		}
		if c == '\n' || c == '#' && i == 0 {
			return dst, 0, "", 0, false
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			return dst, 0, "", 0, false
		}
		dst = append(dst, r)
		i += n
	}
	if i == 0 || i == len(text) {
		return dst, 0, "", 0, false
	}
	i++ // the space after the word
	digits := i
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		f = f*10 + int64(text[i]-'0')
		i++
	}
	if i == digits || i-digits > 18 || i == len(text) || text[i] != ' ' || f <= 0 {
		return dst, 0, "", 0, false
	}
	i++ // the space after the frequency
	start := i
	for i < len(text) && text[i] != '\n' {
		i++
	}
	tag = text[start:i]
	if len(tag) == 0 || tag[len(tag)-1] == '\r' {
		return dst, 0, "", 0, false
	}
	if i < len(text) {
		i++ // the newline
	}
	return dst, f, tag, i, true
}

// shortTagKeys bounds shortTagKey: 128 one-byte keys, then 128*128 two-byte.
const shortTagKeys = 128 + 128*128

// shortTagKey is a distinct index below shortTagKeys for a tag of one or two
// ASCII bytes, and -1 for any other tag.
func shortTagKey(tag string) int {
	switch {
	case len(tag) == 1 && tag[0] < 0x80:
		return int(tag[0])
	case len(tag) == 2 && tag[0] < 0x80 && tag[1] < 0x80:
		return 128 + (int(tag[0])<<7 | int(tag[1]))
	}
	return -1
}

// parseFreq is strconv.ParseInt(b, 10, 64) without the general path: up
// to 18 decimal digits cannot overflow. Anything else goes to ParseInt, for
// its result and error.
func parseFreq(b string) (int64, error) {
	if len(b) == 0 || len(b) > 18 {
		return strconv.ParseInt(b, 10, 64)
	}
	var n int64
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c < '0' || c > '9' {
			return strconv.ParseInt(b, 10, 64)
		}
		n = n*10 + int64(c-'0')
	}
	return n, nil
}

// appendWordRunes appends the characters of w to dst and reports whether w
// is valid UTF-8 (utf8.Valid): one pass, a Chinese character's three bytes
// decoded inline, where Valid and then DecodeRune each took the slow path
// for every character of the dictionary's words.
func appendWordRunes(dst []rune, w string) ([]rune, bool) {
	for i := 0; i < len(w); {
		if c := w[i]; c&0xF0 == 0xE0 && i+2 < len(w) && w[i+1]&0xC0 == 0x80 && w[i+2]&0xC0 == 0x80 {
			// not overlong, not a surrogate: what DecodeRune accepts
			if r := rune(c&0x0F)<<12 | rune(w[i+1]&0x3F)<<6 | rune(w[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				dst = append(dst, r)
				i += 3
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && n == 1 {
			return dst, false
		}
		dst = append(dst, r)
		i += n
	}
	return dst, true
}

// add puts word in the dictionary with frequency f and tag, replacing any
// earlier entry, whose frequency it returns (0 if none). Until finish, logp
// is log(f).
func (s *Segmenter) add(word []rune, f int64, ti uint8) int64 {
	if s.slots == nil {
		s.table()
	}
	var e *entry
	off := -1
	h := uint64(hashBasis)
	for i, r := range word {
		h = hashStep(h, r)
		if e = s.lookup(h, word[:i+1]); e != nil {
			continue
		}
		if off < 0 { // the word's runes are stored once, for all its new prefixes
			off = len(s.runes)
			s.runes = append(s.runes, word...)
		}
		s.ents = append(s.ents, entry{hash: h, off: uint32(off), n: uint16(i + 1)})
		e = &s.ents[len(s.ents)-1]
		s.place(len(s.ents) - 1)
	}
	var old int64
	if e.word {
		old = int64(math.Round(math.Exp(e.logp)))
	}
	e.word, e.tag, e.logp = true, ti, s.logFreq(f)
	return old
}

// dictWord is a word of the dictionary waiting in pending: its text is
// runes[off : off+n].
type dictWord struct {
	f   int64
	off uint32
	n   uint16
	tag uint8
}

// addNext is add(word, f, ti) for the next word of a dictionary, which gen
// writes sorted. While each word comes after the one before in the order of
// runes (so that none repeats), it only waits in pending: finish takes the
// words in that order, the order add would have given their entries, and
// the hash table of words and prefixes, which only add reads, is built
// from them when add is first called (NewWith, a word out of order).
// Hashing every prefix, looking it up at a cache miss and placing it were
// a third of building the segmenter.
func (s *Segmenter) addNext(word []rune, f int64, ti uint8) {
	if s.slots == nil {
		if n := len(s.pending); n == 0 || after(word, s.pendingText(n-1)) {
			off := len(s.runes)
			s.runes = append(s.runes, word...)
			s.pending = append(s.pending, dictWord{f: f, off: uint32(off), n: uint16(len(word)), tag: ti})
			return
		}
	}
	s.add(word, f, ti)
}

// after reports whether a comes after b in the order of runes
// (slices.Compare(a, b) > 0, without the call).
func after(a, b []rune) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n < len(a) && (n == len(b) || a[n] > b[n])
}

// pendingText is the text of pending word i.
func (s *Segmenter) pendingText(i int) []rune {
	w := s.pending[i]
	return s.runes[w.off : w.off+uint32(w.n)]
}

// table builds the hash table of words and prefixes from the words waiting
// in pending, each given to add in turn.
func (s *Segmenter) table() {
	pending, runes := s.pending, s.runes
	s.pending, s.runes = nil, make([]rune, 0, cap(runes))
	s.ents = slices.Grow(s.ents, 200000)
	s.grow(1 << 19)
	for _, w := range pending {
		s.add(runes[w.off:w.off+uint32(w.n)], w.f, w.tag)
	}
}

// smallFreqs bounds the frequencies whose logarithm smallLogs keeps.
const smallFreqs = 4096

// logFreq is math.Log(float64(f)), memoised for f below smallFreqs while
// the dictionary is built.
func (s *Segmenter) logFreq(f int64) float64 {
	if f < 0 || f >= smallFreqs {
		return math.Log(float64(f))
	}
	if s.smallLogs == nil {
		s.smallLogs = make([]float64, smallFreqs)
	}
	l := s.smallLogs[f]
	if l == 0 {
		l = math.Log(float64(f))
		s.smallLogs[f] = l
	}
	return l
}

// tagIndex returns the index of tag in s.tags, adding it if new.
func (s *Segmenter) tagIndex(tag string) (uint8, error) {
	for i, t := range s.tags {
		if t == tag {
			return uint8(i), nil
		}
	}
	if len(s.tags) > math.MaxUint8 {
		return 0, fmt.Errorf("segment: more than %d tags", math.MaxUint8+1)
	}
	s.tags = append(s.tags, tag)
	return uint8(len(s.tags) - 1), nil
}

// Tags returns every part of speech a Token of Cut may have: the tags of
// the dictionary's words, then those Cut gives itself (x, eng, m) that no
// word has. The slice is a copy.
func (s *Segmenter) Tags() []string {
	out := slices.Clone(s.tags)
	for _, t := range []string{"x", "eng", "m"} {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// place puts entry k in the hash table, growing it past half full.
func (s *Segmenter) place(k int) {
	if k > len(s.slots)/2 {
		s.grow(len(s.slots) * 2)
		return
	}
	i := s.slot(s.ents[k].hash)
	for s.slots[i] != 0 {
		i = (i + 1) & s.mask
	}
	s.slots[i] = uint32(k)
}

// finish turns log(freq) into log(freq/total), builds the trie of the
// words and lets the hash table go: it only serves building.
func (s *Segmenter) finish() error {
	lt := math.Log(float64(s.total))
	keys := make([][]rune, 0, len(s.pending)+len(s.ents))
	vals := make([]int32, 0, len(s.pending)+len(s.ents))
	var index bitsIndex // a probability's bits: its index in logps
	// Either every word waits in pending, in order, or none does and ents
	// holds them.
	for i, w := range s.pending {
		k, err := s.logpIndex(&index, s.logFreq(w.f)-lt)
		if err != nil {
			return err
		}
		keys = append(keys, s.pendingText(i))
		vals = append(vals, wordValue(k, w.tag))
	}
	for i := range s.ents {
		if e := &s.ents[i]; e.word {
			e.logp -= lt
			k, err := s.logpIndex(&index, e.logp)
			if err != nil {
				return err
			}
			keys = append(keys, s.runes[e.off:e.off+uint32(e.n)])
			vals = append(vals, wordValue(k, e.tag))
		}
	}
	s.nwords = len(keys)
	s.unknown = -lt
	s.words = trie.New(keys, vals)
	s.pairs = make([]uint64, 1<<pairBits/64)
	for _, k := range keys {
		for i := 1; i < len(k); i++ {
			h := pairHash(k[i-1], k[i])
			s.pairs[h>>6] |= 1 << (h & 63)
		}
	}
	s.runes, s.pending, s.ents, s.slots, s.smallLogs = nil, nil, nil, nil, nil
	return nil
}

// logpIndex returns the index of logp in logps, adding it if new.
func (s *Segmenter) logpIndex(index *bitsIndex, logp float64) (int, error) {
	b := math.Float64bits(logp)
	if k, ok := index.get(b); ok {
		return k, nil
	}
	if len(s.logps) >= maxLogps {
		return 0, fmt.Errorf("segment: more than %d distinct frequencies", maxLogps)
	}
	index.put(b, len(s.logps))
	s.logps = append(s.logps, logp)
	return len(s.logps) - 1, nil
}

// bitsIndex maps the bits of a float64 to an index, for the few thousand
// distinct probabilities of finish: open addressing on a table kept at most
// half full, where a map's lookup cost several times as much.
type bitsIndex struct {
	keys []uint64
	vals []int32 // index + 1; 0 = empty
	n    int
}

func (x *bitsIndex) home(b uint64) uint64 {
	return b * 0x9E3779B97F4A7C15 >> (64 - bits.TrailingZeros(uint(len(x.keys))))
}

// get returns the index put for b.
func (x *bitsIndex) get(b uint64) (int, bool) {
	if x.n == 0 {
		return 0, false
	}
	mask := uint64(len(x.keys) - 1)
	for i := x.home(b); x.vals[i] != 0; i = (i + 1) & mask {
		if x.keys[i] == b {
			return int(x.vals[i] - 1), true
		}
	}
	return 0, false
}

// put sets the index of b, which get does not hold, to k.
func (x *bitsIndex) put(b uint64, k int) {
	if 2*(x.n+1) > len(x.keys) {
		old, oldVals := x.keys, x.vals
		size := max(1<<12, 2*len(x.keys))
		x.keys, x.vals, x.n = make([]uint64, size), make([]int32, size), 0
		for i, v := range oldVals {
			if v != 0 {
				x.put(old[i], int(v-1))
			}
		}
	}
	mask := uint64(len(x.keys) - 1)
	i := x.home(b)
	for x.vals[i] != 0 {
		i = (i + 1) & mask
	}
	x.keys[i], x.vals[i] = b, int32(k+1)
	x.n++
}

// grow makes the hash table at least size slots and puts every entry in it.
func (s *Segmenter) grow(size int) {
	n := 1
	for n < size {
		n <<= 1
	}
	s.slots = make([]uint32, n)
	s.mask = uint64(n - 1)
	s.shift = uint8(64 - bits.TrailingZeros(uint(n)))
	for k := 1; k < len(s.ents); k++ {
		i := s.slot(s.ents[k].hash)
		for s.slots[i] != 0 {
			i = (i + 1) & s.mask
		}
		s.slots[i] = uint32(k)
	}
}

// lookup returns the entry (word or prefix) for text whose hash is h, or nil.
func (s *Segmenter) lookup(h uint64, text []rune) *entry {
	for i := s.slot(h); ; i = (i + 1) & s.mask {
		k := s.slots[i]
		if k == 0 {
			return nil
		}
		// The 64-bit hash and the length decide: two dictionary keys of
		// one length with one hash would have to collide in 64 bits (only
		// keys are looked up here, while the dictionary is built; the trie
		// answers for text).
		if e := &s.ents[k]; e.hash == h && int(e.n) == len(text) {
			return e
		}
	}
}

// Tag returns the part of speech of a dictionary word.
func (s *Segmenter) Tag(word string) (string, bool) {
	var buf [32]rune
	rs := buf[:0]
	for _, r := range word {
		rs = append(rs, r)
	}
	if w := s.words.Get(rs); w >= 0 {
		_, tag := s.word(w)
		return s.tags[tag], true
	}
	return "", false
}

// Len is the number of words in the dictionary.
func (s *Segmenter) Len() int {
	return s.nwords
}

// Cut cuts text into tokens that cover it in order, without gaps. A run of
// Han characters (with ASCII letters, digits and +#&._%- among them, as in
// jieba) is cut along the most probable route through the dictionary words;
// ASCII letters and digits left single by that route are joined (tag eng,
// or m if all digits); a run of white space is one token (x); any other
// rune is a token of its own (x).
func (s *Segmenter) Cut(text []rune) []Token {
	toks := make([]Token, 0, len(text)/2+1)
	return s.AppendCut(toks, text)
}

// AppendCut is Cut appending to toks, for callers that reuse a buffer.
func (s *Segmenter) AppendCut(toks []Token, text []rune) []Token {
	var sc scratch
	for i := 0; i < len(text); {
		j := i + 1
		switch r := text[i]; {
		case inBlock(r):
			for j < len(text) && inBlock(text[j]) {
				j++
			}
			toks, _ = s.cutBlock(toks, text[i:j], i, &sc)
		case isSpace(r):
			for j < len(text) && isSpace(text[j]) {
				j++
			}
			toks = append(toks, Token{i, j, "x"})
		default:
			toks = append(toks, Token{i, j, "x"})
		}
		i = j
	}
	return toks
}

// pieceMargin is the least difference between the scores of the best and
// the next best choice at a place of a piece that AppendPiece takes as
// certain, and maxPieceBlock the longest block it cuts in pieces. Every
// score is a sum of at most maxPieceBlock log probabilities, each above
// -18 (one in the dictionary's total), and each addition is off by at most
// 2^-53 of its result: in a block of 1,000 characters a score moves by
// under 1e-8 when the words after a piece are added to it, far below the
// margin.
const (
	pieceMargin   = 1e-6
	maxPieceBlock = 1000
)

// AppendPiece appends the tokens of block[a:b], with offsets from a, and
// reports whether they are those AppendCut gives there for the whole
// block, a stretch of Unit that is neither white space nor a lone
// character. They are where MayJoin is false at a and at b (or those are
// the block's ends) and no choice of the route inside the piece is close:
// no word of the dictionary holds two characters between which MayJoin is
// false, so every route passes at a and b; the best route from a place
// depends only on what follows it; and what follows b adds the same score
// to every choice in the piece, which turns none that differs by more than
// rounding (pieceMargin). On false, toks is returned as it was: cut from a
// to the block's end instead, which is certain whenever MayJoin is false
// at a.
func (s *Segmenter) AppendPiece(toks []Token, block []rune, a, b int) ([]Token, bool) {
	if a < 0 || a >= b || b > len(block) || s.MayJoin(block, a) ||
		b < len(block) && (len(block) > maxPieceBlock || s.MayJoin(block, b)) {
		return toks, false
	}
	var sc scratch
	n := len(toks)
	toks, gap := s.cutBlock(toks, block[a:b], 0, &sc)
	if b < len(block) && gap <= pieceMargin {
		return toks[:n], false
	}
	return toks, true
}

// inBlock reports whether r belongs to the runs cut by the dictionary:
// jieba's [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-], widened to all Han characters.
// Unit returns the stretch text[i:j] around text[k] that AppendCut cuts
// on its own: a block of Han characters and ASCII letters and digits, a run
// of white space, or one other character. Cutting units one at a time, in
// any order, gives the tokens AppendCut gives for the whole text, so a
// caller may cut only the units it reads.
func Unit(text []rune, k int) (i, j int) {
	i, j = k, k+1
	// each case its own loops: inBlock inlined in them, where a function
	// value was called for every character of a block
	switch r := text[k]; {
	case inBlock(r):
		for i > 0 && inBlock(text[i-1]) {
			i--
		}
		for j < len(text) && inBlock(text[j]) {
			j++
		}
	case isSpace(r):
		for i > 0 && isSpace(text[i-1]) {
			i--
		}
		for j < len(text) && isSpace(text[j]) {
			j++
		}
	}
	return i, j
}

// isSpace is unicode.IsSpace, answering the characters above U+3000,
// most of them Chinese and the marks between (，。、), without the table
// search IsSpace makes above Latin-1: White_Space ends at U+3000.
func isSpace(r rune) bool {
	return r <= 0x3000 && unicode.IsSpace(r)
}

func inBlock(r rune) bool {
	if uint32(r) < 1<<16 {
		return blockBits[r>>6]&(1<<(r&63)) != 0
	}
	return inBlockSlow(r)
}

func inBlockSlow(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' ||
			strings.ContainsRune("+#&._%-", r)
	}
	return unicode.Is(unicode.Han, r)
}

// blockBits is inBlockSlow over the Basic Multilingual Plane, 8 KB: the
// table search of unicode.Is for every character was a tenth of Cut. It
// is set from the ranges of unicode.Han, where asking inBlockSlow of each
// of the 65,536 runes cost 7 M instructions in every process
// (TestBlockBits).
var blockBits = func() (b [1 << 16 / 64]uint64) {
	set := func(r rune) { b[r>>6] |= 1 << (r & 63) }
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if inBlockSlow(r) {
			set(r)
		}
	}
	for _, g := range unicode.Han.R16 {
		r := rune(g.Lo)
		if g.Stride == 1 {
			r = max(r, utf8.RuneSelf)
			// a word of 64 runes at a time where the range covers it (the
			// ranges hold 28,000 runes: set one by one, 0.2 M
			// instructions of every process's start)
			for ; r <= rune(g.Hi) && r&63 != 0; r++ {
				set(r)
			}
			for ; r+63 <= rune(g.Hi); r += 64 {
				b[r>>6] = ^uint64(0)
			}
		}
		for ; r <= rune(g.Hi); r += rune(g.Stride) {
			if r >= utf8.RuneSelf {
				set(r)
			}
		}
	}
	for _, g := range unicode.Han.R32 {
		for r := rune(g.Lo); r <= rune(g.Hi) && r < 1<<16; r += rune(g.Stride) {
			if r >= utf8.RuneSelf {
				set(r)
			}
		}
	}
	return b
}()

func isASCIIAlnum(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

// scratch holds the route of blocks longer than maxStack, reused across
// the blocks of one AppendCut call.
type scratch struct {
	touched uint64 // Touch's reads, kept
	lim     []int32
	score   []float64
	end     []int32
	tag     []int16
}

// maxStack is the longest block whose route is kept on the stack.
const maxStack = 64

// maxWalk bounds the words kept from one walk of cutBlock: a walk passes
// at most one word per character of the longest word.
const maxWalk = 64

// word is a dictionary word met on a walk of cutBlock: where it ends, in
// runes of the block, and its value in the trie.
type word struct{ end, value int32 }

// route returns the score, end and tag of the best route from position i
// through the words starting there (ends ascending), given the scores of
// the positions after it: jieba's route. On a tie the longer word wins
// (>=), as jieba's max over (score, end) tuples; where no word starts, a
// single unknown rune. gap is the best score less the next best (+Inf
// where there is one choice), for AppendPiece.
func (s *Segmenter) route(i int, words []word, score []float64) (best float64, end int32, tag int16, gap float64) {
	best, end, tag = math.Inf(-1), -1, -1
	next := math.Inf(-1)
	for _, w := range words {
		if sc := s.logps[w.value>>8] + score[w.end]; sc >= best {
			next, best, end, tag = best, sc, w.end, int16(uint8(w.value))
		} else if sc > next {
			next = sc
		}
	}
	if end < 0 {
		best, end = s.unknown+score[i+1], int32(i+1)
	}
	return best, end, tag, best - next
}

// smallBlock is the longest block cut with buffers of its own size: most
// blocks cut are pieces of a few characters (AppendPiece), for which the
// zeroing of buffers for maxStack characters was more work than the cut.
const smallBlock = 8

// cutBlock appends the tokens of block, which starts at rune offset base,
// and returns the least gap of route's choices.
func (s *Segmenter) cutBlock(toks []Token, block []rune, base int, sc *scratch) ([]Token, float64) {
	n := len(block)
	if n <= smallBlock {
		var b struct {
			score    [smallBlock + 1]float64
			end, lim [smallBlock]int32
			tag      [smallBlock]int16
			wa, wb   [smallBlock]word // a walk meets at most a word a character
		}
		return s.cutIn(toks, block, base, sc, b.score[:n+1], b.end[:n], b.lim[:n], b.tag[:n], b.wa[:], b.wb[:])
	}
	var b struct {
		score    [maxStack + 1]float64
		end, lim [maxStack]int32
		tag      [maxStack]int16
		wa, wb   [maxWalk]word
	}
	score, end, lim, tag := b.score[:], b.end[:], b.lim[:], b.tag[:]
	if n > maxStack {
		// one call's long blocks share buffers grown to the longest
		if cap(sc.score) < n+1 {
			sc.score, sc.end, sc.tag = make([]float64, n+1), make([]int32, n), make([]int16, n)
		}
		if cap(sc.lim) < n {
			sc.lim = make([]int32, n)
		}
		score, end, lim, tag = sc.score, sc.end, sc.lim, sc.tag
	}
	return s.cutIn(toks, block, base, sc, score[:n+1], end[:n], lim[:n], tag[:n], b.wa[:], b.wb[:])
}

// cutIn is cutBlock with its buffers: the route's score (n+1), end, lim
// and tag (n each), and the words of two walks (maxWalk each, or n when
// that is less).
func (s *Segmenter) cutIn(toks []Token, block []rune, base int, sc *scratch, score []float64, end, lim []int32, tag []int16, wordsA, wordsB []word) ([]Token, float64) {
	n := len(block)
	score[n] = 0
	// Touch the second step of every walk first: their slots are mostly
	// outside the cache, and these reads do not wait for one another. A
	// walk whose first two characters start no word (trie.MayPair) ends
	// after its first step: lim[j] is j+1 for it, n for the others.
	var touched uint64
	for j := 0; j+1 < n; j++ {
		lim[j] = int32(j + 1)
		if s.words.MayPair(block[j], block[j+1]) {
			lim[j] = int32(n)
			if st, _ := s.words.Step(0, block[j]); st > 0 {
				touched ^= s.words.Touch(st, block[j+1])
			}
		}
	}
	lim[n-1] = int32(n)
	sc.touched ^= touched
	i := n - 1
	gap := math.Inf(1)
	if s.words.MaxLen() <= maxWalk {
		// Two walks at once, from i and i-1: each step of a walk waits for
		// the slot its state leads to, mostly outside the cache, and the
		// other walk's step goes on meanwhile. Their words are kept until
		// the route from i is known, which the route from i-1 needs.
		for ; i >= 1; i -= 2 {
			ja, jb := i, i-1
			la, lb := int(lim[i]), int(lim[i-1])
			sa, sb := int32(0), int32(0)
			na, nb := 0, 0
			for sa >= 0 || sb >= 0 {
				if sa >= 0 {
					if ja < la {
						var w int32
						if sa, w = s.words.Step(sa, block[ja]); sa >= 0 {
							ja++
							if w >= 0 {
								wordsA[na] = word{int32(ja), w}
								na++
							}
						}
					} else {
						sa = -1
					}
				}
				if sb >= 0 {
					if jb < lb {
						var w int32
						if sb, w = s.words.Step(sb, block[jb]); sb >= 0 {
							jb++
							if w >= 0 {
								wordsB[nb] = word{int32(jb), w}
								nb++
							}
						}
					} else {
						sb = -1
					}
				}
			}
			var ga, gb float64
			score[i], end[i], tag[i], ga = s.route(i, wordsA[:na], score)
			score[i-1], end[i-1], tag[i-1], gb = s.route(i-1, wordsB[:nb], score)
			gap = min(gap, ga, gb)
		}
	}
	for ; i >= 0; i-- {
		buf := wordsA[:0] // (grows past its capacity only for a dictionary of words longer than maxWalk)
		st := int32(0)
		for j := i; j < int(lim[i]); j++ {
			var w int32
			if st, w = s.words.Step(st, block[j]); st < 0 {
				break
			}
			if w >= 0 {
				buf = append(buf, word{int32(j + 1), w})
			}
		}
		var g float64
		score[i], end[i], tag[i], g = s.route(i, buf, score)
		gap = min(gap, g)
	}
	return s.appendRoute(toks, block, base, end, tag), gap
}

// appendRoute appends the tokens of a block's best route: from each start,
// the word end[i] its route takes, tagged tag[i] (-1: a character the
// dictionary does not know, x); runs of single letters and digits become
// one token (eng, or m when all digits).
func (s *Segmenter) appendRoute(toks []Token, block []rune, base int, end []int32, tag []int16) []Token {
	n := len(block)
	for i := 0; i < n; {
		j := int(end[i])
		if j == i+1 && isASCIIAlnum(block[i]) {
			digits := true
			for j = i; j < n && int(end[j]) == j+1 && isASCIIAlnum(block[j]); j++ {
				digits = digits && '0' <= block[j] && block[j] <= '9'
			}
			t := "eng"
			if digits {
				t = "m"
			}
			toks = append(toks, Token{base + i, base + j, t})
			i = j
			continue
		}
		t := "x"
		if tag[i] >= 0 {
			t = s.tags[tag[i]]
		}
		toks = append(toks, Token{base + i, base + j, t})
		i = j
	}
	return toks
}

// Words returns the text of each token, for tests and debugging.
func Words(text []rune, toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = string(text[t.Start:t.End])
	}
	return out
}
