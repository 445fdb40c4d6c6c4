package extract

import (
	"strings"
	"unicode/utf8"
)

// Scripts reported in kg.Document.Script.
const (
	ScriptSimplified  = "simplified"
	ScriptTraditional = "traditional"
)

// Converter converts traditional Chinese to simplified (OpenCC t2s).
type Converter interface {
	Convert(string) (string, error)
}

// sampleRunes is how much of a document script detection converts.
const sampleRunes = 800

// detectScript decides whether text is written in traditional characters
// by converting a sample and counting the Han characters that change.
// Converting simplified text damages names (乾县 becomes 干县 under some
// tables), so only text detected as traditional is converted.
//
// runes, when not nil, are text's characters, decoded already: the first
// look reads them instead of decoding text again. conv is asked for the
// converter only when a sample is converted.
func detectScript(conv func() (Converter, error), text string, runes []rune) (string, error) {
	if runes != nil && !mayBeTraditionalRunes(runes) || runes == nil && !mayBeTraditional(text) {
		return ScriptSimplified, nil
	}
	var sample strings.Builder
	han := 0
	for _, r := range text {
		if isHan(r) {
			sample.WriteRune(r)
			han++
			if han >= sampleRunes {
				break
			}
		}
	}
	if han == 0 {
		return ScriptSimplified, nil
	}
	c, err := conv()
	if err != nil {
		return "", err
	}
	out, err := c.Convert(sample.String())
	if err != nil {
		return "", err
	}
	changed := 0
	a, b := []rune(sample.String()), []rune(out)
	if len(a) != len(b) {
		// Phrase tables changed the length: certainly not plain simplified.
		return ScriptTraditional, nil
	}
	for i := range a {
		if a[i] != b[i] {
			changed++
		}
	}
	// Simplified text has a few characters that t2s rewrites (variants);
	// traditional text has one in five or more.
	if changed >= 5 && changed*100 >= han*3 {
		return ScriptTraditional, nil
	}
	return ScriptSimplified, nil
}

// toSimplified converts text line by line and returns, for every character
// of the result, the offset of the character it came from in text. Lines
// whose length the conversion changed map every character to the line's
// start.
func toSimplified(conv Converter, text string) (string, []int32, error) {
	var out strings.Builder
	out.Grow(len(text)) // t2s keeps most characters' lengths
	// int32 offsets, sized for the usual one character for one: half
	// the memory of ints grown by appending, in the largest documents
	src := make([]int32, 0, utf8.RuneCountInString(text))
	off := 0
	for i, ln := range strings.Split(text, "\n") {
		if i > 0 {
			out.WriteByte('\n')
			src = append(src, int32(off-1))
		}
		orig := []rune(ln)
		conv, err := conv.Convert(ln)
		if err != nil {
			return "", nil, err
		}
		cr := []rune(conv)
		for j := range cr {
			if len(cr) == len(orig) {
				src = append(src, int32(off+j))
			} else {
				src = append(src, int32(off))
			}
		}
		out.WriteString(conv)
		off += len(orig) + 1
	}
	return out.String(), src, nil
}

// mayBeTraditional is a cheap first look: traditional text uses some of
// these frequent characters, which simplified text does not have. Only
// text that has a few of them goes through the OpenCC check. (境, written
// alike in both scripts, was on the list and sent nearly every simplified
// work report through OpenCC, 5 % of the extraction's time.)
func mayBeTraditional(text string) bool {
	var sc traditionalScan
	for _, r := range text {
		if answer, done := sc.read(r); done {
			return answer
		}
	}
	return false
}

// mayBeTraditionalRunes is mayBeTraditional over text's characters.
func mayBeTraditionalRunes(text []rune) bool {
	var sc traditionalScan
	for _, r := range text {
		if answer, done := sc.read(r); done {
			return answer
		}
	}
	return false
}

// traditionalScan is mayBeTraditional's count, one character at a time:
// one step for both forms of the text.
type traditionalScan struct{ seen, han int }

// read counts r; done reports that the answer is known.
func (sc *traditionalScan) read(r rune) (answer, done bool) {
	if r < 0x3400 {
		return false, false
	}
	sc.han++
	if r < 1<<16 && traditionalBits[r>>6]&(1<<(r&63)) != 0 {
		if sc.seen++; sc.seen >= 3 {
			return true, true
		}
	}
	return false, sc.han >= 4*sampleRunes
}

// traditionalMarks are the characters mayBeTraditional counts.
const traditionalMarks = "這個們會來說對為與國際發經區縣鄉門開關內實現體業產設進動時長東機務級辦廳強條組織資結構場營環農傳統歷"

// traditionalBits has a bit for each of traditionalMarks, all in the
// Basic Multilingual Plane: a read instead of a switch of fifty cases.
var traditionalBits = func() (b [1 << 16 / 64]uint64) {
	for _, r := range traditionalMarks {
		b[r>>6] |= 1 << (r & 63)
	}
	return b
}()
