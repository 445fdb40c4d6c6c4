package extract

import (
	"unicode/utf8"
	"unsafe"
)

// encodeText returns string(text) and the byte offset in it of every
// character (and len of the string at len(text)), in one pass. A rune that
// is not a valid code point is written as U+FFFD, as string(text) does.
// The offsets take 4 bytes a character, where the byte-to-character map
// they replaced took 4 a byte (12 a Chinese character): most of a long
// document's memory.
func encodeText(text []rune) (string, []int32) {
	n := 0
	for _, r := range text {
		switch {
		case r < 0:
			n += 3 // U+FFFD
		case r < utf8.RuneSelf:
			n++
		case r < 0x800:
			n += 2
		case r < 0x10000:
			n += 3 // a surrogate is written as U+FFFD, three bytes too
		case r <= utf8.MaxRune:
			n += 4
		default:
			n += 3
		}
	}
	buf := make([]byte, n)
	at := make([]int32, len(text)+1)
	i := 0
	for c, r := range text {
		at[c] = int32(i)
		switch {
		case r < utf8.RuneSelf && r >= 0:
			buf[i] = byte(r)
			i++
		case r < 0x10000 && r >= 0x800 && (r < 0xD800 || r > 0xDFFF):
			_ = buf[i+2]
			buf[i] = 0xE0 | byte(r>>12)
			buf[i+1] = 0x80 | byte(r>>6)&0x3F
			buf[i+2] = 0x80 | byte(r)&0x3F
			i += 3
		default:
			i += len(utf8.AppendRune(buf[i:i], r))
		}
	}
	at[len(text)] = int32(n)
	if n == 0 {
		return "", at
	}
	// buf is not written again: the string may share it.
	return unsafe.String(&buf[0], n), at
}

// decodeText is []rune(s), decoding the three-byte characters of Chinese
// text inline.
func decodeText(s string) []rune {
	out := make([]rune, utf8.RuneCountInString(s))
	k := 0
	for i := 0; i < len(s); k++ {
		c := s[i]
		if c < utf8.RuneSelf {
			out[k] = rune(c)
			i++
			continue
		}
		if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				out[k] = r
				i += 3
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		out[k] = r
		i += n
	}
	return out
}

// checkValidText is checkText for s known to be valid UTF-8, reading bytes
// instead of decoding characters: a character starts at every byte that
// is not a continuation byte, a control character is a byte, and U+FFFD
// is the bytes EF BF BD wherever they stand (EF only ever leads).
func checkValidText(s string) error {
	var n, ctl, repl int
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c&0xC0 == 0x80:
			continue
		case c < 0x20:
			if c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				ctl++
			}
		case c == 0xEF:
			if i+2 < len(s) && s[i+1] == 0xBF && s[i+2] == 0xBD {
				repl++
			}
		}
		n++
	}
	return textVerdict(s, n, ctl, repl)
}
