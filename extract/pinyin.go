package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
)

// pinyinOf spells a name without tones, lower case, letters and digits
// kept in place. Names that are not in the gazetteer get this
// per-character spelling, which can be wrong for polyphones; gazetteer
// names carry checked pinyin.
func (x *Extractor) pinyinOf(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Han, r):
			b.WriteString(x.hanPinyin(r))
		}
	}
	return b.String()
}

// hanPinyin is the first reading go-pinyin gives the Chinese character r,
// without tones ("" for none), memoised in x.runePinyin.
func (x *Extractor) hanPinyin(r rune) string { return x.runePinyin.get(r, toneless) }

// toneless is pinyin.SinglePinyin(r, pinyin.NewArgs())'s first reading, or
// "" for none (TestToneless, over every character of go-pinyin's table):
// the first reading in the table with the marks go-pinyin's Normal style
// takes off taken off. go-pinyin splits all of a character's readings and
// strips the marks with two regular expressions, about 8,000 instructions
// a character.
func toneless(r rune) string {
	p, ok := pinyin.PinyinDict[int(r)]
	if !ok {
		return ""
	}
	if i := strings.IndexByte(p, ','); i >= 0 {
		p = p[:i]
	}
	var b []byte
	for i, c := range p {
		var plain byte
		switch c {
		case 'ā', 'á', 'ǎ', 'à':
			plain = 'a'
		case 'ē', 'é', 'ě', 'è':
			plain = 'e'
		case 'ō', 'ó', 'ǒ', 'ò':
			plain = 'o'
		case 'ī', 'í', 'ǐ', 'ì':
			plain = 'i'
		case 'ū', 'ú', 'ǔ', 'ù':
			plain = 'u'
		case 'ü', 'ǘ', 'ǚ', 'ǜ': // not ǖ: go-pinyin's table of marks lacks it (and no reading holds it)
			plain = 'v'
		case 'ń', 'ň', 'ǹ':
			plain = 'n'
		case 'ḿ':
			plain = 'm'
		default:
			if b != nil {
				b = utf8.AppendRune(b, c)
			}
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(p)), p[:i]...)
		}
		b = append(b, plain)
	}
	if b == nil {
		return p
	}
	return string(b)
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
