package extract

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// pinyinOf spells a name without tones, lower case, letters and digits
// kept in place. Names that are not in the gazetteer get this
// per-character spelling, which can be wrong for polyphones; gazetteer
// names carry checked pinyin.
func (x *Extractor) pinyinOf(name string) string {
	var b strings.Builder
	x.appendPinyin(&b, name)
	return b.String()
}

// appendPinyin writes pinyinOf(name) to b.
func (x *Extractor) appendPinyin(b *strings.Builder, name string) {
	for _, r := range name {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
		case isHan(r):
			b.WriteString(x.hanPinyin(r))
		}
	}
}

// hanPinyin is the first reading go-pinyin gives the Chinese character r,
// without tones ("" for none), memoised in x.runePinyin.
func (x *Extractor) hanPinyin(r rune) string { return x.runePinyin.get(r, toneless) }

// pinyinTable is every character of go-pinyin's table with its first
// reading without tones, as pinyin.SinglePinyin(r, pinyin.NewArgs()) spells
// it, encoded by appendPinyinTable: read in place, so that a process does
// not build go-pinyin's map of 41,000 characters at start (6 M
// instructions) to spell the thousand or so its names hold.
// TestPinyinTable fails when it is not what go-pinyin gives, and writes it
// again with -update (go generate ./extract).
//
//go:generate go test -run ^TestPinyinTable$ . -update
//go:embed pinyin.bin
var pinyinTable string // a string, so immutable

// pinyinMagic opens the encoding, for a version to be told apart.
const pinyinMagic = "kg pinyin 1\n"

// The encoding: pinyinMagic; the number of readings and of characters
// (four bytes each, little-endian); the end of each reading in the text
// of the readings (two bytes each); that text; the characters in
// ascending order (three bytes each, big-endian, so that they compare as
// strings do); and each character's reading (two bytes, its index).
type pinyinLayout struct {
	ends, text, runes, ids string
}

// layout cuts an encoding into its parts; false if it is too short for
// them or does not open with pinyinMagic.
func layout(data string) (pinyinLayout, bool) {
	if len(data) < len(pinyinMagic)+8 || data[:len(pinyinMagic)] != pinyinMagic {
		return pinyinLayout{}, false
	}
	d := data[len(pinyinMagic):]
	nr, nc := int(uint32At(d)), int(uint32At(d[4:]))
	d = d[8:]
	if nr > 1<<16 || nc > len(d)/5 || 2*nr > len(d) {
		return pinyinLayout{}, false
	}
	var l pinyinLayout
	l.ends, d = d[:2*nr], d[2*nr:]
	size := 0
	if nr > 0 {
		size = int(l.ends[2*nr-2]) | int(l.ends[2*nr-1])<<8
	}
	if size > len(d) || len(d)-size != 5*nc {
		return pinyinLayout{}, false
	}
	l.text, d = d[:size], d[size:]
	l.runes, l.ids = d[:3*nc], d[3*nc:]
	return l, true
}

// toneless is pinyin.SinglePinyin(r, pinyin.NewArgs())'s first reading, or
// "" for none (TestToneless, over every character of go-pinyin's table),
// read from pinyinTable by bisection.
func toneless(r rune) string {
	l, ok := layout(pinyinTable)
	if !ok || r < 0 || r >= 1<<24 {
		return ""
	}
	key := string([]byte{byte(r >> 16), byte(r >> 8), byte(r)})
	n := len(l.runes) / 3
	i, j := 0, n // the first character >= r is in [i, j]
	for i < j {
		h := int(uint(i+j) >> 1)
		if l.runes[3*h:3*h+3] < key {
			i = h + 1
		} else {
			j = h
		}
	}
	if i == n || l.runes[3*i:3*i+3] != key {
		return ""
	}
	id := int(l.ids[2*i]) | int(l.ids[2*i+1])<<8
	if 2*id+1 >= len(l.ends) {
		return ""
	}
	lo := 0
	if id > 0 {
		lo = int(l.ends[2*id-2]) | int(l.ends[2*id-1])<<8
	}
	hi := int(l.ends[2*id]) | int(l.ends[2*id+1])<<8
	if lo > hi || hi > len(l.text) {
		return ""
	}
	return l.text[lo:hi]
}

// uint32At reads a little-endian uint32 at the start of s.
func uint32At(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// appendPinyinTable appends the encoding of readings, each character's
// reading, to b (see pinyinLayout). The readings are numbered in order
// of first use by the characters in ascending order.
func appendPinyinTable(b []byte, readings map[rune]string) ([]byte, error) {
	runes := make([]rune, 0, len(readings))
	for r := range readings {
		if r < 0 || r >= 1<<24 {
			return nil, fmt.Errorf("extract: pinyin of %U: out of range", r)
		}
		runes = append(runes, r)
	}
	slices.Sort(runes)
	var names []string
	index := map[string]int{}
	ids := make([]int, len(runes))
	for k, r := range runes {
		p := readings[r]
		id, ok := index[p]
		if !ok {
			id = len(names)
			index[p] = id
			names = append(names, p)
		}
		ids[k] = id
	}
	b = append(b, pinyinMagic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(names)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(runes)))
	end := 0
	for _, p := range names {
		if end += len(p); end >= 1<<16 {
			return nil, errors.New("extract: pinyin readings too long")
		}
		b = binary.LittleEndian.AppendUint16(b, uint16(end))
	}
	for _, p := range names {
		b = append(b, p...)
	}
	for _, r := range runes {
		b = append(b, byte(r>>16), byte(r>>8), byte(r))
	}
	for _, id := range ids {
		b = binary.LittleEndian.AppendUint16(b, uint16(id))
	}
	return b, nil
}

// memo is a map that remembers the values of a pure function, safe for
// the extractor's goroutines. A map and a read lock: sync.Map's Load
// hashed the key through an interface, a percent of the extraction's time.
type memo[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

// get returns f(k), computed once per key.
func (c *memo[K, V]) get(k K, f func(K) V) V {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = f(k)
	c.mu.Lock()
	if c.m == nil {
		c.m = map[K]V{}
	}
	c.m[k] = v
	c.mu.Unlock()
	return v
}
