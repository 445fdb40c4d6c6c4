package extract

import "github.com/mozillazg/go-pinyin"

// pinyinOf spells one character without tone; "" for non-Han characters.
// Names that are not in the gazetteer get this per-character spelling,
// which can be wrong for polyphones; gazetteer names carry checked pinyin.
func pinyinOf(r rune) string {
	a := pinyin.NewArgs()
	ps := pinyin.SinglePinyin(r, a)
	if len(ps) == 0 {
		return ""
	}
	return ps[0]
}
