package extract

import (
	"strings"
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
	x.runePinyinMu.RLock()
	p, ok := x.runePinyin[r]
	x.runePinyinMu.RUnlock()
	if ok {
		return p
	}
	if ps := pinyin.SinglePinyin(r, pinyin.NewArgs()); len(ps) > 0 {
		p = ps[0]
	}
	x.runePinyinMu.Lock()
	if x.runePinyin == nil {
		x.runePinyin = map[rune]string{}
	}
	x.runePinyin[r] = p
	x.runePinyinMu.Unlock()
	return p
}
