package extract

import (
	"iter"
	"unicode"
	"unicode/utf8"
)

// lexFields yields the fields of s as strings.FieldsSeq does (runs of
// characters other than unicode.IsSpace), reading only the bytes that can
// start a space: ASCII bytes, and the lead bytes 0xC2, 0xE1, 0xE2 and
// 0xE3 of the spaces beyond ASCII (U+0085, U+00A0, U+1680, U+2000-U+205F,
// U+3000), whose characters it decodes. strings.FieldsSeq decodes every
// character of a line with one beyond ASCII and looks it up in the
// White_Space table: most of parseLexicon's cost (a Chinese word list is
// all such characters). TestLexFields compares the two.
func lexFields(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1 // the current field's first byte, -1 between fields
		for i := 0; i < len(s); {
			b, size, space := s[i], 1, false
			switch {
			case b < utf8.RuneSelf:
				space = asciiSpace[b]
			case b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3:
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				space = unicode.IsSpace(r)
			case b >= 0xE4 && b < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
				size = 3 // a character of three bytes that is no space (a Chinese one): its bytes at once
			}
			switch {
			case space && start >= 0:
				if !yield(s[start:i]) {
					return
				}
				start = -1
			case !space && start < 0:
				start = i
			}
			i += size
		}
		if start >= 0 {
			yield(s[start:])
		}
	}
}

// lexFieldList is strings.Fields of s, by lexFields.
func lexFieldList(s string) []string {
	n := 0
	for range lexFields(s) {
		n++
	}
	out := make([]string, 0, n)
	for f := range lexFields(s) {
		out = append(out, f)
	}
	return out
}

// asciiSpace marks the ASCII bytes unicode.IsSpace holds spaces.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
