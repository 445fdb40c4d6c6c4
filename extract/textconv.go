package extract

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// encodeText returns string(text) and the byte offset in it of every
// character (and len of the string at len(text)), in one pass. A rune that
// is not a valid code point is written as U+FFFD, as string(text) does.
//
// The buffer is sized for three bytes a character, Chinese text's size,
// where a first pass counted the bytes: a block that might not fit (four
// bytes a character) grows it, and a text mostly of one- and two-byte
// characters is copied to its size at the end, so that the string holds
// at most an eighth of its bytes unused.
func encodeText(text []rune) (string, byteIndex) {
	// 64 bytes more: a block's fourth bytes, so that text of three bytes a
	// character never grows it (3r + 64 >= 4 min(r, 64) for r left)
	buf := make([]byte, 3*len(text)+64)
	// A block of 64 characters at a time (encodeBlock), its bit planes in
	// locals: no block to find and write per character.
	at := byteIndex{blocks: make([]byteBlock, len(text)>>6+1)}
	i := 0
	for k := range at.blocks {
		b := &at.blocks[k]
		b.base = uint32(i)
		block := text[k<<6 : min(k<<6+64, len(text))]
		if len(buf)-i < 4*len(block) {
			buf = slices.Grow(buf[:i], 4*len(text[k<<6:])) // room for the rest at four bytes a character
			buf = buf[:cap(buf)]
		}
		i, b.lo, b.hi = encodeBlock(buf, i, block)
	}
	return encoded(buf, i), at
}

// encoded is the string of buf's first i bytes, copied when more than an
// eighth of buf would be left unused. buf is not written again: the string
// may share it.
func encoded(buf []byte, i int) string {
	if i == 0 {
		return ""
	}
	if len(buf)-i > i>>3 {
		buf = append([]byte(nil), buf[:i]...)
	}
	return unsafe.String(&buf[0], i)
}

// encodeFrom is encodeText(text) where the pieces same of text are lines
// of src, a valid UTF-8 text, unchanged (normalizeRunesSegs): a block of
// 64 characters inside one of them takes its bytes from src, where
// encodeBlock wrote each character's. The lines of src are found at its
// '\n's; a text with another line break ('\r', U+2028, U+2029), where
// splitLines' lines would not be those, is encoded as encodeText does.
func encodeFrom(text []rune, lines sameLines, src string) (string, byteIndex) {
	same := lines.pieces
	// as many '\n's as line breaks: no other break (one count, where a
	// search for each of U+2028 and U+2029 stopped at every “ and ”)
	if len(same) == 0 || strings.Count(src, "\n") != lines.lines-1 {
		return encodeText(text)
	}
	buf := make([]byte, 3*len(text)+64) // as encodeText
	at := byteIndex{blocks: make([]byteBlock, len(text)>>6+1)}
	i := 0
	s := 0                     // the first piece that may hold a block still to come
	line, lineAt := 0, 0       // a line of src and where it starts in src
	pieceAt, pieceOut := -1, 0 // where piece s starts in src, and in the output (-1: not found yet)
	for k := range at.blocks {
		b := &at.blocks[k]
		b.base = uint32(i)
		c := k << 6
		block := text[c:min(c+64, len(text))]
		if len(buf)-i < 4*len(block) {
			buf = slices.Grow(buf[:i], 4*len(text[c:]))
			buf = buf[:cap(buf)]
		}
		for s < len(same) && same[s].out+same[s].n < c+len(block) {
			s, pieceAt = s+1, -1
		}
		if s < len(same) && same[s].out <= c && len(block) == 64 {
			p := same[s]
			if pieceAt < 0 {
				for line < p.line {
					j := strings.IndexByte(src[lineAt:], '\n')
					if j < 0 {
						return encodeText(text) // fewer lines than splitLines found: not expected
					}
					line, lineAt = line+1, lineAt+j+1
				}
				pieceAt, pieceOut = lineAt, at.at(p.out)
			}
			from := pieceAt + i - pieceOut
			if allThreeBytes((*[64]rune)(block)) {
				copy(buf[i:i+192], src[from:from+192])
				i, b.lo, b.hi = i+192, 0, ^uint64(0)
				continue
			}
			if lo, hi, ok := blockPlanes((*[64]rune)(block)); ok {
				n := 64 + bits.OnesCount64(lo) + 2*bits.OnesCount64(hi)
				copy(buf[i:i+n], src[from:from+n])
				i, b.lo, b.hi = i+n, lo, hi
				continue
			}
		}
		i, b.lo, b.hi = encodeBlock(buf, i, block)
	}
	return encoded(buf, i), at
}

// allThreeBytes reports whether every character of a block of valid
// UTF-8 (no surrogate) takes three bytes: all of U+0800–U+FFFF, most
// blocks of Chinese text. Not inlined: in encodeFrom its maximum was kept
// on the stack.
//
//go:noinline
func allThreeBytes(text *[64]rune) bool {
	var m0, m1, m2, m3 uint32 // below U+0800 wraps to the top
	for j := 0; j < 64; j += 4 {
		m0 = max(m0, uint32(text[j])-0x800)
		m1 = max(m1, uint32(text[j+1])-0x800)
		m2 = max(m2, uint32(text[j+2])-0x800)
		m3 = max(m3, uint32(text[j+3])-0x800)
	}
	return max(m0, m1, m2, m3) < 0x10000-0x800
}

// blockPlanes returns the bit planes (byteBlock) of a block of 64
// characters of valid UTF-8 (no surrogate), or false for a block with a
// character above U+FFFF, without writing them.
//
//go:noinline
func blockPlanes(text *[64]rune) (lo, hi uint64, ok bool) {
	for j, r := range text {
		u := uint32(r)
		if u >= 0x10000 {
			return 0, 0, false
		}
		w := uint64(bmpLenLess1[u>>7])
		lo |= (w & 1) << j
		hi |= (w >> 1) << j
	}
	return lo, hi, true
}

// bmpLenLess1 is the UTF-8 length less one of the characters u of the
// Basic Multilingual Plane, by u>>7.
var bmpLenLess1 = func() (t [1 << 9]uint8) {
	for i := range t {
		switch {
		case i == 0:
			t[i] = 0
		case i < 0x800>>7:
			t[i] = 1
		default:
			t[i] = 2
		}
	}
	return t
}()

// encodeBlock writes the UTF-8 of a block of at most 64 characters into
// buf at i, which holds it, and returns where it ends and the block's bit
// planes (byteBlock). A function of its own, with few values live, so
// that its loop keeps them in registers.
func encodeBlock(buf []byte, i int, text []rune) (end int, lo, hi uint64) {
	bit := uint64(1) // the character's bit in the planes
	for _, r := range text {
		if uint32(r)-0x800 < 0xD800-0x800 || uint32(r)-0xE000 < 0x10000-0xE000 {
			// three bytes: Chinese text, most characters
			d := buf[i : i+3 : i+3]
			d[0], d[1], d[2] = 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F
			i += 3
			hi |= bit
		} else if uint32(r) < utf8.RuneSelf {
			buf[i] = byte(r)
			i++
		} else {
			w := utf8.EncodeRune(buf[i:], r) - 1 // bytes written, less one
			i += w + 1
			if w&1 != 0 {
				lo |= bit
			}
			if w&2 != 0 {
				hi |= bit
			}
		}
		bit <<= 1
	}
	return i, lo, hi
}

// byteIndex gives where each character of a text starts in its UTF-8
// string (byteIndex.at). Per block of 64 characters it keeps the offset of
// the block's first character and each character's length less one in two
// bit planes: 24 bytes for 64 characters, where an offset a character took
// 4 bytes a character (and 12 before that), most of a long document's
// memory. A character's offset is its block's plus the lengths before it
// in the block, counted with two popcounts.
type byteIndex struct {
	blocks []byteBlock
}

type byteBlock struct {
	lo, hi uint64 // bit j: bit 0 and bit 1 of the length less one of character j
	base   uint32
}

// at is the byte offset of character c, or the string's length at c ==
// the number of characters.
func (x byteIndex) at(c int) int {
	b := &x.blocks[c>>6]
	j := uint(c & 63)
	m := uint64(1)<<j - 1
	return int(b.base) + int(j) + bits.OnesCount64(b.lo&m) + 2*bits.OnesCount64(b.hi&m)
}

// decodeText is []rune(s), decoding the three-byte characters of Chinese
// text inline.
func decodeText(s string) []rune { return decodeTextCounted(s, -1) }

// decodeTextCounted is decodeText for s of n characters, when the caller
// counted them (n < 0: not counted), sparing a pass over s.
func decodeTextCounted(s string, n int) []rune {
	if n < 0 {
		n = utf8.RuneCountInString(s)
	}
	out := make([]rune, n)
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

// decodePool keeps the buffers of decodeValid that prepare has done
// with: a document's characters are read from it only until they are
// normalised into a text of their own, and a fresh buffer was 2 MB of the
// 25 MB allocated (and zeroed) per corpus extraction. decodeValid writes
// every character of a buffer it takes or fails: one the pool kept needs
// no zeroing.
var decodePool slicePool[rune]

// decodeValid is decodeTextCounted(s, n) for s that utf8.ValidString
// finds valid and that has n characters, and false for any other s (an
// invalid sequence, or another count): the check of UTF-8 done while the
// characters are decoded. repl counts the U+FFFD of s and ctl its
// control characters (isControl), for textVerdict, where a search of the
// string and a test of every word for them were passes of their own.
//
// Its three-byte fast path reads four bytes as one word and tests the
// lead and continuation bytes with one mask (a character in the last three
// bytes of s takes the slow path, which counts a U+FFFD there); it is
// written out here, not a helper: a helper would not be inlined, a call
// per character of Chinese text.
func decodeValid(s string, n int) (out []rune, repl, ctl int, ok bool) {
	if n < 0 || n > len(s) {
		return nil, 0, 0, false
	}
	out = decodePool.takeLen(n)
	i := uint(0) // unsigned, so that the compiler sees the bytes after i in bounds
	for k := 0; k < len(out); k++ {
		// Two Chinese characters at a time, most of the text: their six
		// bytes are tested together in the eight read at once, and
		// decoded side by side in the word, the first into bits 0-15,
		// the second into bits 24-39 (no field reaches the other's).
		// Both must be pairChar: no surrogate, no U+FFFD to count.
		for k+1 < len(out) && i+8 <= uint(len(s)) {
			b := s[i : i+8]
			v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if v&0xC0C0F0C0C0F0 != 0x8080E08080E0 {
				break
			}
			p := (v&0x0F00000F)<<12 | (v&0x3F00003F00)>>2 | (v&0x3F00003F0000)>>16
			r0, r1 := rune(p&0xFFFF), rune(p>>24&0xFFFF)
			if !pairChar(r0) || !pairChar(r1) {
				break
			}
			out[k], out[k+1] = r0, r1
			k += 2
			i += 6
		}
		if k == len(out) {
			break
		}
		if i+4 <= uint(len(s)) {
			// a Chinese character, most of the text: its three bytes
			// tested together in the four read at once
			b := s[i : i+4]
			if v := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24; v&0xC0C0F0 == 0x8080E0 {
				r := rune(v&0x0F)<<12 | rune(v>>8&0x3F)<<6 | rune(v>>16&0x3F)
				if uint32(r)-0x800 < 0xD800-0x800 {
					// Chinese characters and most marks: no U+FFFD to count
					out[k] = r
					i += 3
					continue
				}
				if r >= 0xE000 {
					if r == utf8.RuneError {
						repl++
					}
					out[k] = r
					i += 3
					continue
				}
			}
		}
		if i >= uint(len(s)) {
			return nil, 0, 0, false // fewer characters than n
		}
		if c := s[i]; c < utf8.RuneSelf {
			// every byte below 0x20 of valid UTF-8 is an ASCII
			// character read here: the control characters are
			// counted where textCounts tested every word for them
			ctl += isControl(c)
			out[k] = rune(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError {
			if size == 1 {
				return nil, 0, 0, false
			}
			repl++ // U+FFFD itself, in the last three bytes
		}
		out[k] = r
		i += uint(size)
	}
	if i != uint(len(s)) {
		return nil, 0, 0, false // more characters than n
	}
	return out, repl, ctl, true
}

// pairChar reports a character of three bytes that decodeValid's two at a
// time may take: U+0800–U+D7FF (the ideographs, CJK marks) and
// U+E000–U+FFFC (the full-width comma, colon, brackets), not a surrogate
// nor U+FFFD, which decodeValid counts.
func pairChar(r rune) bool {
	return uint32(r)-0x800 < 0xD800-0x800 || uint32(r)-0xE000 < utf8.RuneError-0xE000
}

// appendDecoded is append(dst, []rune(s)...) without the slice between,
// decoding the three-byte characters of Chinese text inline.
func appendDecoded(dst []rune, s string) []rune {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, rune(c))
			i++
			continue
		}
		if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				dst = append(dst, r)
				i += 3
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = append(dst, r)
		i += n
	}
	return dst
}

// checkValidText is checkText for s known to be valid UTF-8, reading bytes
// instead of decoding characters: a character starts at every byte that
// is not a continuation byte, a control character is a byte, and U+FFFD
// is the bytes EF BF BD wherever they stand (EF only ever leads).
func checkValidText(s string) error {
	_, err := validTextChars(s)
	return err
}

// validTextChars is checkValidText that also returns the number of
// characters of s. It reads eight bytes at a time: the continuation bytes
// (10xxxxxx) of a word are counted with a popcount, a word with a byte
// below 0x20 is looked at byte by byte for control characters, and the
// U+FFFD are counted by strings.Count (in valid UTF-8, EF BF BD is U+FFFD
// and nothing else).
func validTextChars(s string) (int, error) {
	n, ctl := textCounts(s)
	return n, textVerdict(s, n, ctl, countLastByte(s, "\ufffd"))
}

// textCounts returns validTextChars' counts of the characters of s and
// of its control characters.
func textCounts(s string) (n, ctl int) {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	var cont int
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	i := 0
	// Sixteen bytes a step: the two words' continuation bits, each at bit
	// 7 of its bytes, are counted by one popcount with the second's moved
	// to bit 6, and one test finds a byte below 0x20 in either.
	for ; i+16 <= len(b); i += 16 {
		x, y := binary.LittleEndian.Uint64(b[i:i+8:i+8]), binary.LittleEndian.Uint64(b[i+8:i+16:i+16])
		cont += bits.OnesCount64(x&^(x<<1)&high | (y&^(y<<1)&high)>>1)
		if ((x-0x20*ones)&^x|(y-0x20*ones)&^y)&high != 0 {
			for _, c := range b[i : i+16] {
				ctl += isControl(c)
			}
		}
	}
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		cont += bits.OnesCount64(x &^ (x << 1) & high) // bit 7 set, bit 6 clear
		if (x-0x20*ones)&^x&high != 0 {                // some byte below 0x20
			for _, c := range b[i : i+8] {
				ctl += isControl(c)
			}
		}
	}
	for _, c := range b[i:] {
		if c&0xC0 == 0x80 {
			cont++
		}
		ctl += isControl(c)
	}
	return len(s) - cont, ctl
}

// charCount is textCounts' count of the characters of s alone, for
// decodeValid, which counts the control characters itself: 32 bytes a
// step, the continuation bits of four words (each at bit 7 of its bytes)
// moved to bits 7, 6, 5 and 4 and counted by one popcount.
func charCount(s string) int {
	const high = 0x8080808080808080
	cont := 0
	i := 0
	for ; i+32 <= len(s); i += 32 {
		c := s[i : i+32]
		w, x, y, z := le64(c), le64(c[8:]), le64(c[16:]), le64(c[24:])
		cont += bits.OnesCount64(w&^(w<<1)&high | (x&^(x<<1)&high)>>1 | (y&^(y<<1)&high)>>2 | (z&^(z<<1)&high)>>3)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return len(s) - cont
}

// le64 is the little-endian word of the first eight bytes of s.
func le64(s string) uint64 {
	b := s[:8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// indexLastByte is strings.Index(s, sub) for a sub of two bytes or more,
// found by its last byte: the first byte of a Chinese character (E4-E9,
// EF for full-width marks) begins most characters of the text and stops
// strings.Index's byte scan every few bytes, where one continuation byte
// is rare.
func indexLastByte(s, sub string) int {
	n := len(sub)
	if n < 2 {
		return strings.Index(s, sub)
	}
	last := sub[n-1]
	for i := n - 1; i < len(s); {
		k := strings.IndexByte(s[i:], last)
		if k < 0 {
			return -1
		}
		i += k
		if s[i-n+1:i+1] == sub {
			return i - n + 1
		}
		i++
	}
	return -1
}

// countLastByte is strings.Count(s, sub) by indexLastByte (sub not empty).
func countLastByte(s, sub string) int {
	c := 0
	for {
		k := indexLastByte(s, sub)
		if k < 0 {
			return c
		}
		c++
		s = s[k+len(sub):]
	}
}

// isControl is 1 for a control character that is not a line break, tab
// or form feed, else 0.
func isControl(c byte) int {
	if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
		return 1
	}
	return 0
}

// charSet is a set of characters that rules ask of one character at a
// time (a lexicon list such as toponym-finals): a bit for each CJK
// ideograph U+4E00–U+9FFF, where such lists lie, and a list of any other
// members. A test is a subtraction, a shift and a load, where a map's
// lookup hashed the character and inSet compared it along the list.
type charSet struct {
	han   *[hanBlockLen / 64]uint64
	other []rune
}

// hanBlockLen is the number of characters U+4E00–U+9FFF.
const hanBlockLen = 0xA000 - 0x4E00

// newCharSet is the set of the characters of s.
func newCharSet(s string) charSet {
	c := charSet{han: new([hanBlockLen / 64]uint64)}
	for _, r := range s {
		c.add(r)
	}
	return c
}

// add puts r in the set.
func (c *charSet) add(r rune) {
	if i := uint32(r) - 0x4E00; i < hanBlockLen {
		c.han[i/64] |= 1 << (i % 64)
	} else if !slices.Contains(c.other, r) {
		c.other = append(c.other, r)
	}
}

// has reports whether r is in the set.
func (c charSet) has(r rune) bool {
	if i := uint32(r) - 0x4E00; i < hanBlockLen {
		return c.han[i/64]&(1<<(i%64)) != 0
	}
	return len(c.other) > 0 && slices.Contains(c.other, r)
}

// runeMap maps characters to values, with the charSet of its keys in
// front of the map: most characters asked are no key, and the set's bit
// answers them where the map hashed each. m is for ranging over.
type runeMap[V any] struct {
	keys charSet
	m    map[rune]V
}

func newRuneMap[V any]() runeMap[V] {
	return runeMap[V]{keys: newCharSet(""), m: map[rune]V{}}
}

// get is m[r].
func (rm runeMap[V]) get(r rune) V {
	if !rm.keys.has(r) {
		var zero V
		return zero
	}
	return rm.m[r]
}

// lookup is m[r] and whether r is a key.
func (rm runeMap[V]) lookup(r rune) (V, bool) {
	if !rm.keys.has(r) {
		var zero V
		return zero, false
	}
	v, ok := rm.m[r]
	return v, ok
}

// set sets m[r] to v.
func (rm *runeMap[V]) set(r rune, v V) {
	rm.keys.add(r)
	rm.m[r] = v
}

// inSet is strings.ContainsRune(set, r) for a set of characters written
// out in the code (the rules ask it of nearly every character they pass):
// a Chinese character's three UTF-8 bytes are compared along set, where
// ContainsRune built a string of r and searched set with IndexByte from
// each byte that could end it. In valid UTF-8 a lead byte only starts a
// character, so the bytes match only at one of set's characters; set must
// be valid UTF-8.
func inSet(set string, r rune) bool {
	switch {
	case r >= 0 && r < utf8.RuneSelf:
		return strings.IndexByte(set, byte(r)) >= 0
	case r >= 0x800 && r < 0x10000 && (r < 0xD800 || r > 0xDFFF) && r != utf8.RuneError:
		b0, b1, b2 := 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F
		if len(set) > 24 {
			// a long set: IndexByte's vector loop finds each byte equal
			// to r's last; r is there if b0 b1 stand before it (a lead
			// byte starts a character in valid UTF-8). Offsets, not a
			// cut set: b1 may equal b2 (四 is E5 9B 9B).
			for i := 2; i < len(set); i++ {
				k := strings.IndexByte(set[i:], b2)
				if k < 0 {
					return false
				}
				if i += k; set[i-2] == b0 && set[i-1] == b1 {
					return true
				}
			}
			return false
		}
		for i := 0; i+2 < len(set); {
			c := set[i]
			if c == b0 && set[i+1] == b1 && set[i+2] == b2 {
				return true
			}
			if c&0xF0 == 0xE0 {
				i += 3 // past a three-byte character, whose other bytes cannot be b0
			} else {
				i++
			}
		}
		return false
	}
	return strings.ContainsRune(set, r)
}
