package extract

import (
	"strings"
	"sync"
	"unicode"

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
func (x *Extractor) hanPinyin(r rune) string {
	return x.runePinyin.get(r, func(r rune) string {
		if ps := pinyin.SinglePinyin(r, pinyin.NewArgs()); len(ps) > 0 {
			return ps[0]
		}
		return ""
	})
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
