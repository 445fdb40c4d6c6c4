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
func pinyinOf(name string) string {
	args := pinyin.NewArgs()
	var b strings.Builder
	for _, r := range name {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Han, r):
			if ps := pinyin.SinglePinyin(r, args); len(ps) > 0 {
				b.WriteString(ps[0])
			}
		}
	}
	return b.String()
}
