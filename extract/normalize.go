package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unsafe"

	"github.com/cnplan/kg/extract/segment/trie"
)

// Normalized is a document's text after clean-up. Every offset the
// extractor reports is a character (code point) offset into Text.
type Normalized struct {
	// Text is the cleaned text: lines joined where conversion broke them,
	// page markers, web-page chrome and footnote markers removed, spaces
	// inside Chinese removed. Sentence-level line breaks are kept as '\n'.
	Text []rune
	// Source maps each character of Text to its character offset in the
	// text Normalize was given.
	Source []int
}

// chromeMarkers are phrases found on the navigation, header and footer
// lines that web pages add around a document.
func chromeMarkers() []string {
	return []string{
		"设为首页", "加入收藏", "您当前的位置", "当前位置", "信息检索", "打印本页", "关闭窗口", "【打印】", "【关闭】",
		"字体：", "字体:", "字号：", "字号:", "分享到", "发布时间", "浏览次数", "阅读次数", "访问次数", "来源：", "来源:",
		"网址：", "网址:", "责任编辑", "扫一扫", "返回顶部", "主办单位", "版权所有", "ICP备", "首页>", "首页 >",
		"上一篇", "下一篇", "附件下载", "相关链接", "点击数", "【大】", "【中】", "【小】",
		"邮编：", "邮编:", "邮政编码", "联系电话", // a site's footer: its address, postcode and telephone (地址:汝州市丹阳中路268号 邮编:467599)
	}
}

// Normalize cleans text converted from PDF, DOC or web pages. It is a pure
// function of its input.
func Normalize(in string) Normalized { return normalize(in, true) }

// normalize is Normalize; without withSource it leaves Source nil, for a
// text whose offsets need not be traced back (simplified text: its
// offsets are the normalised text's own).
func normalize(in string, withSource bool) Normalized { return normalizeCounted(in, withSource, -1) }

// normalizeCounted is normalize of a text of chars characters, when the
// caller counted them (chars < 0: not counted).
func normalizeCounted(in string, withSource bool, chars int) Normalized {
	n, at := normalizeRunes(decodeTextCounted(in, chars), withSource, nil)
	if withSource {
		n.Source = make([]int, len(at))
		for i, o := range at {
			n.Source[i] = int(o)
		}
	}
	return n
}

// normalizeRunes is normalizeCounted over the decoded characters src,
// which it cleans in place: Normalized without Source, and withSource the
// source offset of each character of Text as int32 (half the memory of
// Source's ints in the largest documents), each offset o read through via
// (via.at(o)) when via is not nil: the offsets in the text a conversion
// was given, without an array of them.
func normalizeRunes(src []rune, withSource bool, via *convMap) (Normalized, []int32) {
	return normalizeRunesSegs(src, withSource, via, nil)
}

// sameLine is a piece of a normalised text that is one line of the input
// unchanged: the characters out to out+n of the text are those of line
// line (from 0, lines ending at line breaks) of the input. encodeFrom
// copies their UTF-8 from the input instead of encoding them.
type sameLine struct {
	out, n, line int
}

// sameLines are the pieces of a normalised text that are lines of its
// input unchanged, and the number of lines of the input (splitLines).
type sameLines struct {
	pieces []sameLine
	lines  int
}

// normalizeRunesSegs is normalizeRunes, setting *same (unless nil) to the
// lines of the text that are lines of src unchanged, in order. With same
// and without source offsets (prepare's call) the text is written over
// src itself when it fits (inPlace), as the lines' clean-up is: src's
// buffer is then the text's (a document's characters once, not twice).
func normalizeRunesSegs(src []rune, withSource bool, via *convMap, same *sameLines) (Normalized, []int32) {
	lines := splitLines(src)
	if same != nil {
		same.lines = len(lines)
	}
	// gaps: each line's clean-up leaves one character after it, where its
	// line break was, for the separator the text may put there (inPlace)
	gaps := same != nil && !withSource
	cleaned := make([]line, 0, len(lines))
	// Every line's text is a piece of one buffer: clean-up never makes a
	// line longer, so the buffer is not reallocated, and a line costs no
	// allocation of its own. The buffer is src itself: a line's clean-up
	// writes at most one character for each it has read, so it never
	// writes over a character not read yet (cleanLine). The source offsets
	// are only kept withSource.
	var buf cleanBuf
	buf.text = src[:0]
	if withSource {
		buf.src = make([]int32, 0, len(src))
	}
	for k, l := range lines {
		c := len(cleaned)
		cleaned = cleanLine(&buf, src, l, cleaned)
		if len(cleaned) == c+1 && cleaned[c].same {
			cleaned[c].line = int32(k)
		} else {
			for j := c; j < len(cleaned); j++ {
				cleaned[j].same = false
			}
		}
		if gaps && k+1 < len(lines) {
			// (behind the reading still: the break at l.end was not written)
			buf.text = append(buf.text, '\n')
		}
	}
	dropChrome(cleaned)
	var out Normalized
	inPlace := gaps && fitsInPlace(src, cleaned)
	if inPlace {
		out.Text = src[:0]
	} else if same != nil {
		// prepare's text, given back to decodePool when the document is read
		out.Text = decodePool.takeLen(len(buf.text) + len(cleaned))[:0] // a separator at most between lines
	} else {
		out.Text = make([]rune, 0, len(buf.text)+len(cleaned))
	}
	var at []int32
	if withSource {
		at = make([]int32, 0, len(buf.text)+len(cleaned))
	}
	from := func(o int32) int32 {
		if via != nil {
			return via.at(o)
		}
		return o
	}
	first := true // no line break written yet: the lines so far are the first line
	prev := -1    // index in cleaned of the last emitted non-empty line
	for i := range cleaned {
		l := &cleaned[i]
		if l.chrome || len(l.text) == 0 {
			continue
		}
		if prev >= 0 {
			if joinLines(&cleaned[prev], l, first) {
				if needsSpace(cleaned[prev].text[len(cleaned[prev].text)-1], l.text[0]) {
					out.Text = append(out.Text, ' ')
					if withSource {
						at = append(at, from(l.src[0]))
					}
				}
			} else {
				out.Text = append(out.Text, '\n')
				first = false
				if withSource {
					at = append(at, from(l.src[0]))
				}
			}
		}
		if same != nil && l.same {
			same.pieces = append(same.pieces, sameLine{out: len(out.Text), n: len(l.text), line: int(l.line)})
		}
		out.Text = append(out.Text, l.text...)
		if inPlace {
			// the line's characters moved (joinLines reads them as prev)
			l.text = out.Text[len(out.Text)-len(l.text) : len(out.Text) : len(out.Text)]
		}
		if withSource {
			for _, o := range l.src {
				at = append(at, from(o))
			}
		}
		prev = i
	}
	return out, at
}

// fitsInPlace reports whether the text of the lines that are neither
// chrome nor empty, each after a separator but the first, can be written
// from the start of src's array over it, in order: every line's place in
// the text at or before where its characters are in src (its clean-up's
// place), so that no character is written over before it is read. With
// one gap after each input line (normalizeRunesSegs) that holds unless an
// input line gave several lines (a leader), whose separators have no gap.
func fitsInPlace(src []rune, lines []line) bool {
	base := uintptr(unsafe.Pointer(unsafe.SliceData(src)))
	end := base + uintptr(cap(src))*4
	o := 0 // where the next line goes in the text
	for i := range lines {
		l := &lines[i]
		if l.chrome || len(l.text) == 0 {
			continue
		}
		p := uintptr(unsafe.Pointer(unsafe.SliceData(l.text)))
		if p < base || p >= end {
			return false // (not src's: not expected)
		}
		if o > 0 {
			o++ // a separator at most
		}
		if o > int(p-base)/4 {
			return false
		}
		o += len(l.text)
	}
	return true
}

// line is one line of input, cleaned, with each character's source offset.
type line struct {
	start, end int // in the input, runes
	text       []rune
	src        []int32 // int32: a character's source offset is most of a long text's clean-up memory
	chrome     bool
	// same: text is the input line's characters, unchanged (line: its
	// index; set by normalizeRunesSegs)
	same bool
	line int32
}

func splitLines(src []rune) []line {
	ls := make([]line, 0, 64)
	start := 0
	for i, r := range src {
		if r > '\r' && uint32(r)-'\u2028' > 1 {
			continue // (nearly every character: two tests, not four, and r kept as read)
		}
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			ls = append(ls, line{start: start, end: i})
			start = i + 1
		}
	}
	return append(ls, line{start: start, end: len(src)})
}

// cleanBuf holds the cleaned text of all lines and the source offset of
// each of its characters (nil: not kept).
type cleanBuf struct {
	text []rune
	src  []int32
}

// add appends character r, read at offset i.
func (b *cleanBuf) add(r rune, i int) {
	b.text = append(b.text, r)
	if b.src != nil {
		b.src = append(b.src, int32(i))
	}
}

// cleanLine maps characters, removes markers and folds spaces, appending
// the result to buf and its lines to out. A table of contents leader (目录
// dots followed by a page number) ends a line, so one input line may give
// several. buf.text may be src itself, written behind the line's reading:
// the characters before l.start are all that was written before the
// line, and a character read writes one at most, after it was read.
func cleanLine(buf *cleanBuf, src []rune, l line, out []line) []line {
	a := len(buf.text) // where the current line starts in buf
	spaced := false    // a space was written since a: only then is there one to fold
	open := false      // a straight double quote was opened on the line and not yet closed
	dropped := -1      // where the last completion of an initial dropped ended (initialCompletion)
	same := true       // every character read was written as it was (line.same)
	flush := func() {
		var t []rune
		var s []int32
		if !spaced {
			t = buf.text[a:]
			if buf.src != nil {
				s = buf.src[a:]
			}
		} else if buf.src != nil {
			t, s = foldSpaces(buf.text[a:], buf.src[a:])
			buf.src = buf.src[:a+len(s)]
		} else {
			t, _ = foldSpaces(buf.text[a:], nil)
		}
		buf.text = buf.text[:a+len(t)]
		if len(t) > 0 {
			// full slice expressions: the next line must not append over it
			out = append(out, line{start: l.start, end: l.end, text: t[:len(t):len(t)], src: s[:len(s):len(s)],
				same: same && !spaced && len(t) == l.end-l.start})
		}
		a = len(buf.text)
		spaced = false
	}
	for i := l.start; i < l.end; i++ {
		r := src[i]
		if r >= 0x4E00 && r <= 0x9FFF {
			// a CJK ideograph, most of the text: no marker, leader or
			// character to map starts with one
			if buf.src != nil {
				buf.add(r, i)
				continue
			}
			// without source offsets, the run of them in a function of
			// its own, the buffer in registers (it writes behind its
			// reading, as add does)
			var n int
			buf.text, n = appendHanRun(buf.text, src[i:l.end])
			i += n - 1
			continue
		}
		if plainMark(r) {
			if r == '「' || r == '」' {
				r += '“' - '「' // corner brackets quote as curly quotes do (「十五五」规划)
				same = false
			}
			buf.add(r, i) // most of the rest: none of the tests below takes it
			continue
		}
		// a page marker opens with a dash, a leader with a dot: most
		// characters here are neither, answered without the calls
		if isDash(r) {
			if n := pageMarker(src, i, l.end); n > 0 {
				same = false
				buf.add(' ', i)
				spaced = true
				i += n - 1
				continue
			}
		} else if isLeaderDot(r) {
			if n := tocLeader(src, i, l.end); n > 0 {
				same = false
				i += n - 1
				flush()
				continue
			}
		}
		if r == '(' || r == '（' {
			if i > l.start && isHan(src[i-1]) {
				if n := pinyinRuby(src, i, l.end); n > 0 {
					same = false
					i += n - 1 // 區(qū)域: a mirror page's reading of the character before, no text
					continue
				}
			}
			// a completion dropped one or two ideographs before: those are
			// the last characters written
			k := i - dropped
			follows := dropped >= 0 && k >= 1 && k <= 2 && len(buf.text)-a >= k && allHanIn(buf.text[len(buf.text)-k:])
			if n := initialCompletion(src, i, l.end, follows); n > 0 {
				same = false
				i += n - 1 // 宜(昌)荆(州): a run of initials, each written out in brackets
				dropped = i + 1
				continue
			}
		}
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			same = false
			continue
		case isFootnoteMarker(r):
			same = false
			continue
		case r == ',' && i+1 < l.end && inSet("、。，,；", src[i+1]):
			same = false
			continue // 西峰至合水,、西峰东绕城: a comma a mirror page wrote before a mark of its own, no mark of the text
		case (r == ',' || r == ';') && (i > l.start && (isHan(src[i-1]) || inSet("”）》", src[i-1])) || i+1 < l.end && isHan(src[i+1])):
			// a comma or semicolon typed half-width in Chinese text (a
			// page converted to ASCII punctuation: 太旧高速拓宽改建,武宿…)
			// marks as the full-width one does; between digits (1,000)
			// it stays
			if r == ',' {
				r = '，'
			} else {
				r = '；'
			}
		case isFullwidthAlnum(r) || r == '＋' || r == '＆':
			// a plus or an ampersand joins a name's words (人工智能+行动,
			// R&D) as letters and digits do: one name, written either way
			r = r - '！' + '!'
		case r == '\u3000' || r == '\u00a0' || r == '\t' || r == '\f' || r == '\v':
			r = ' '
		case r == '"':
			// straight quotes typed or converted for curly ones ("十四五"规划):
			// the line's first opens, the next closes, as the curly ones would
			if r, open = '“', !open; !open {
				r = '”'
			}
		case (r == 'g' || r == 's') && lowerRoadCode(src, i, l.start, l.end):
			r -= 'a' - 'A' // g350城区连接线: a road's number typed in lower case, one road however typed
		case zeroLookalike(r) && numeralBeside(src, i, l):
			// 二○三五年, 二O二一年: a circle or a letter O typed for the
			// numeral zero 〇, one year whichever was typed
			r = '〇'
		}
		spaced = spaced || r == ' '
		same = same && r == src[i] // (src[i] not written yet: buf writes behind i)
		buf.add(r, i)
	}
	flush()
	return out
}

// plainMark reports the commonest characters of Chinese text after its
// ideographs, which cleanLine keeps as they are: CJK punctuation
// (U+3001–U+303F: 、。《》〇), the full-width comma, colon, semicolon and
// closing bracket, curly double quotes and ASCII digits. No marker,
// leader, ruby or character to map or drop is one (TestPlainMark), so
// cleanLine keeps them without asking.
func plainMark(r rune) bool {
	u := uint32(r)
	// each test a flag, without a branch: the one branch is the caller's
	return oneIf(u-0x3001 <= 0x303F-0x3001)|oneIf(u-'0' <= 9)|oneIf(u == '，')|oneIf(u|1 == '”')|oneIf(u == '）')|oneIf(u|1 == '；') != 0
}

// oneIf is 1 for true, 0 for false.
func oneIf(b bool) uint8 {
	var x uint8
	if b {
		x = 1
	}
	return x
}

// pinyinRuby returns the length of a pinyin reading in brackets at src[i]
// (“(qū)”, “（zhàn）”), which some mirror pages print after every uncommon
// character, or 0: one syllable of lower-case letters holding a tone mark,
// which no enumeration, abbreviation or English word in brackets holds.
func pinyinRuby(src []rune, i, end int) int {
	closing := ')'
	if src[i] == '（' {
		closing = '）'
	}
	toned := false
	for j := i + 1; j < end && j <= i+8; j++ {
		switch r := src[j]; {
		case r == closing:
			if toned && j > i+1 {
				return j - i + 1
			}
			return 0
		case r >= 'a' && r <= 'z':
		case strings.ContainsRune(toneVowels, r):
			toned = true
		default:
			return 0
		}
	}
	return 0
}

// toneVowels are the vowels of pinyin written with a tone mark.
const toneVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"

// numeralBeside reports a Chinese numeral digit before src[i] within the
// line l, past other zeros typed the same way (二○三五, 二OO八: the circle
// or the letter stands for 〇).
func numeralBeside(src []rune, i int, l line) bool {
	for j := i - 1; j >= l.start; j-- {
		if r := src[j]; !zeroLookalike(r) {
			return isChineseNumeral(r) && r != '十' && r != '百'
		}
	}
	return false
}

// initialCompletion returns the length of the bracketed completion of a
// place's initial at src[i], or 0. Some provinces write each initial of a
// run out in brackets (宜(昌)荆(州)荆(门)襄(阳)新能源新材料大走廊,
// (武)汉荆(州)宜(昌)生命健康大走廊); the names, the gazetteer's initials
// and the zones' parties are read from the run without them. A completion
// is one ideograph, no numeral (a heading's (一)), with another one or two
// ideographs away on the line: after it (past a list's 、 too), or before
// it when follows says one was dropped there. A lone bracket is a note,
// and two ideographs in one (郑(州)汴(开封)) name a place the run's initial
// does not spell. It reads src from i on only: cleanLine writes over what
// is behind.
func initialCompletion(src []rune, i, end int, follows bool) int {
	if !completionAt(src, i, end) {
		return 0
	}
	if follows {
		return 3
	}
	for k := 1; k <= 2; k++ {
		if j := i + 3 + k; j < end && allHanIn(src[i+3:j]) && completionAt(src, j, end) {
			return 3
		}
		// 京包(头)、包(头)银(川)等铁路: the next item of a list of runs
		// written so opens with one
		if j := i + 4 + k; j < end && src[i+3] == '、' && allHanIn(src[i+4:j]) && completionAt(src, j, end) {
			return 3
		}
	}
	return 0
}

// completionAt reports a bracketed completion at src[i] ((昌), （州）):
// one ideograph, no numeral, in brackets, before end.
func completionAt(src []rune, i, end int) bool {
	return i+3 <= end && (src[i] == '(' || src[i] == '（') && isHan(src[i+1]) && !isChineseNumeral(src[i+1]) && (src[i+2] == ')' || src[i+2] == '）')
}

// allHanIn reports a non-empty run of ideographs.
func allHanIn(t []rune) bool {
	for _, c := range t {
		if !isHan(c) {
			return false
		}
	}
	return len(t) > 0
}

// zeroLookalike reports a character typed for the numeral 〇.
func zeroLookalike(r rune) bool {
	return r == '○' || r == '◯' || r == 'Ｏ' || r == 'O' || r == 'o'
}

// lowerRoadCode reports a lower-case g or s at src[i] that opens a road's
// number (g350, s310): two to four digits after it, then no letter or digit,
// and no letter or digit before it (5g is a network, no road).
func lowerRoadCode(src []rune, i, start, end int) bool {
	if i > start && src[i-1] < 0x80 && (unicode.IsLetter(src[i-1]) || isDigit(src[i-1])) {
		return false
	}
	j := i + 1
	for j < end && isDigit(src[j]) {
		j++
	}
	return j-i-1 >= 2 && j-i-1 <= 4 && (j == end || !(src[j] < 0x80 && (unicode.IsLetter(src[j]) || isDigit(src[j]))))
}

// appendHanRun appends to dst the run of CJK ideographs (U+4E00–U+9FFF)
// that src opens with, and returns dst and the run's length. The run is
// measured first and then appended in one copy (a memmove, which dst
// writing over src behind its reading allows), where an append a
// character cost about 16 instructions each.
func appendHanRun(dst, src []rune) ([]rune, int) {
	n := 0
	for n < len(src) && uint32(src[n])-0x4E00 <= 0x9FFF-0x4E00 {
		n++
	}
	return append(dst, src[:n]...), n
}

// isFullwidthAlnum reports the fullwidth forms of ASCII letters and digits
// (Ａ, ９): the letters and digits among ！…～, by their ranges, where
// unicode.IsLetter and IsDigit searched tables for every fullwidth comma.
func isFullwidthAlnum(r rune) bool {
	return (r >= '０' && r <= '９') || (r >= 'Ａ' && r <= 'Ｚ') || (r >= 'ａ' && r <= 'ｚ')
}

// isFootnoteMarker reports circled and parenthesised numbers (①, ⑴, ❶),
// used as footnote references in converted documents.
func isFootnoteMarker(r rune) bool {
	return (r >= '\u2460' && r <= '\u24ff') || (r >= '\u2776' && r <= '\u2793') ||
		(r >= '\u3251' && r <= '\u325f') || (r >= '\u32b1' && r <= '\u32bf')
}

func isDash(r rune) bool {
	return r == '—' || r == '–' || r == '-' || r == '－' || r == '―' || r == '‐'
}

// pageMarker returns the length of a page marker such as "— 28 —" or
// "- 3 -" starting at i, or 0.
func pageMarker(src []rune, i, end int) int {
	j := i
	k := 0
	for j < end && isDash(src[j]) && k < 2 {
		j++
		k++
	}
	if k == 0 {
		return 0
	}
	for j < end && src[j] == ' ' {
		j++
	}
	d := 0
	for j < end && src[j] >= '0' && src[j] <= '9' && d < 5 {
		j++
		d++
	}
	if d == 0 {
		return 0
	}
	for j < end && src[j] == ' ' {
		j++
	}
	k = 0
	for j < end && isDash(src[j]) && k < 2 {
		j++
		k++
	}
	if k == 0 {
		return 0
	}
	return j - i
}

// isLeaderDot reports the dots of a table of contents' leader.
func isLeaderDot(r rune) bool {
	return r == '.' || r == '．' || r == '…' || r == '·'
}

// tocLeader returns the length of a run of four or more leader dots and the
// page number after it, or 0.
func tocLeader(src []rune, i, end int) int {
	j := i
	for j < end && isLeaderDot(src[j]) {
		j++
	}
	if j-i < 4 {
		return 0
	}
	for j < end && src[j] == ' ' {
		j++
	}
	for j < end && src[j] >= '0' && src[j] <= '9' {
		j++
	}
	return j - i
}

// foldSpaces trims a line, removes spaces next to Chinese characters and
// collapses the rest to one. It works in place and returns the shortened
// slices: it never writes ahead of what it has read. src may be nil.
func foldSpaces(text []rune, src []int32) ([]rune, []int32) {
	if !containsSpace(text) {
		n := len(text)
		for n > 0 && text[n-1] == ' ' {
			n--
		}
		if src == nil {
			return text[:n], nil
		}
		return text[:n], src[:n]
	}
	w := 0
	for i := 0; i < len(text); i++ {
		if text[i] != ' ' {
			text[w] = text[i]
			if src != nil {
				src[w] = src[i]
			}
			w++
			continue
		}
		j := i
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if w > 0 && j < len(text) && needsSpace(text[w-1], text[j]) {
			text[w] = ' '
			if src != nil {
				src[w] = src[i]
			}
			w++
		}
		i = j - 1
	}
	if src == nil {
		return text[:w], nil
	}
	return text[:w], src[:w]
}

func containsSpace(t []rune) bool { return indexRune(t, ' ') >= 0 }

// needsSpace reports whether a space between a and b carries meaning: only
// between two ASCII letters or digits (Latin words, codes, numbers).
func needsSpace(a, b rune) bool {
	return a < 0x80 && b < 0x80 && (unicode.IsLetter(a) || isDigit(a)) && (unicode.IsLetter(b) || isDigit(b))
}

// chromeTrie holds chromeMarkers, for finding any of them in a line in
// one walk from each character instead of a search for each marker.
var chromeTrie = sync.OnceValue(func() *trie.Trie {
	ms := chromeMarkers()
	keys, vals := make([][]rune, len(ms)), make([]int32, len(ms))
	for i, m := range ms {
		keys[i] = []rune(m)
	}
	return trie.New(keys, vals)
})

// containsAny reports whether text contains a key of t.
func containsAny(t *trie.Trie, text []rune) bool {
	for i := range text {
		st := int32(0)
		for j := i; j < len(text); j++ {
			var v int32
			if st, v = t.Step(st, text[j]); st < 0 {
				break
			}
			if v >= 0 {
				return true
			}
		}
	}
	return false
}

func dropChrome(ls []line) {
	markers := chromeTrie()
	for i := range ls {
		if len(ls[i].text) > 120 {
			continue // chrome lines are short
		}
		if containsAny(markers, ls[i].text) {
			ls[i].chrome = true
		}
	}
	// A short line between two chrome lines (a breadcrumb's region name)
	// is chrome too.
	for i := 1; i+1 < len(ls); i++ {
		if !ls[i].chrome && len(ls[i].text) <= 8 && ls[i-1].chrome && ls[i+1].chrome {
			ls[i].chrome = true
		}
	}
}

// dateLineRE is a line holding only a date, as under a notice's signature;
// compiled at its first use (isDateLine).
var dateLineRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$`)
})

// isDateLine reports whether dateLineRE matches the line t. A line whose
// last character other than \s (ASCII space, \t, \n, \f, \r) is no 日
// does not match, which spares most lines the string and the expression.
func isDateLine(t []rune) bool {
	i := len(t) - 1
	for i >= 0 && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\f' || t[i] == '\r') {
		i--
	}
	if i < 0 || t[i] != '日' {
		return false
	}
	return dateLineRE().MatchString(string(t))
}

// isHeading reports lines that start a section: 第一章, 一、, (一), 1.
func isHeading(t []rune) bool {
	if len(t) == 0 {
		return false
	}
	i := 0
	switch {
	case t[0] == '第':
		j := 1
		for j < len(t) && (isChineseNumeral(t[j]) || (t[j] >= '0' && t[j] <= '9')) {
			j++
		}
		return j > 1 && j < len(t) && inSet("章节篇条部", t[j])
	case t[0] == '(' || t[0] == '（':
		i = 1
		for i < len(t) && (isChineseNumeral(t[i]) || (t[i] >= '0' && t[i] <= '9')) {
			i++
		}
		return i > 1 && i < len(t) && (t[i] == ')' || t[i] == '）')
	case isChineseNumeral(t[0]):
		for i < len(t) && isChineseNumeral(t[i]) {
			i++
		}
		return i < len(t) && (t[i] == '、' || t[i] == '.' || t[i] == '．')
	case t[0] >= '0' && t[0] <= '9':
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		return i < len(t) && (t[i] == '、' || t[i] == '.' || t[i] == '．') && !(i+1 < len(t) && t[i+1] >= '0' && t[i+1] <= '9')
	}
	return false
}

func isChineseNumeral(r rune) bool {
	switch r { // not strings.ContainsRune: asked of most characters of names
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '零', '〇':
		return true
	}
	return false
}

// titleEndings end the last line of a title broken over several lines.
func titleEndings() []string {
	return []string{"方案", "规划", "纲要", "通知", "意见", "办法", "计划", "决定", "规定", "报告",
		"規劃", "綱要", "通知", "意見", "辦法", "計劃", "決定", "規定", "報告"}
}

// joinLines decides whether a line break between a and b was made by
// conversion (inside a sentence or title) rather than by the author.
func joinLines(a, b *line, first bool) bool {
	last := a.text[len(a.text)-1]
	if first && slices.ContainsFunc(b.text, isSentencePunct) && !slices.ContainsFunc(a.text, isClausePunct) {
		return false // a title on the first line, then the text (天津市与北京市签署…框架协议|15日，我市…。); a sentence there has a comma
	}
	if isSentencePunct(last) || strings.ContainsRune(":：,，、)）」』”\"'", last) {
		return last == '，' || last == ',' || last == '、'
	}
	if isHeading(a.text) || isHeading(b.text) || hasTitleEnding(a.text) || isDateLine(a.text) || isBullet(b.text[0]) || sessionLine(a.text) {
		return false
	}
	if datelineOpens(b.text) && last != '年' && last != '月' && !(last >= '0' && last <= '9') {
		return false // …推进6个重点事项|6月18日，记者从…获悉: a news item's body opens with its date, after the headline
	}
	if len(a.text) >= 20 {
		return true
	}
	return len(b.text) <= 20 && hasTitleEnding(b.text)
}

// datelineOpens reports a line that opens with a day of a month (6月18日,
// 2024年6月18日) or a news agency's mark (本报讯, 新华社): the first line of a
// news item's body, which no headline runs on into.
func datelineOpens(t []rune) bool {
	for _, w := range [...]string{"本报讯", "新华社", "记者"} {
		if runesAt(t, 0, w) {
			return true
		}
	}
	i := 0
	for n := 0; n < 2; n++ { // a year, then a month; or a month
		j := i
		for j < len(t) && j-i < 4 && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j == i || j >= len(t) {
			return false
		}
		switch t[j] {
		case '年':
			if n > 0 {
				return false
			}
			i = j + 1
		case '月':
			k := j + 1
			for k < len(t) && k-j <= 2 && t[k] >= '0' && t[k] <= '9' {
				k++
			}
			return k > j+1 && k < len(t) && t[k] == '日'
		default:
			return false
		}
	}
	return false
}

// sessionLine reports the line under a report's title that says where it
// was delivered (——2025年4月16日在广州市黄埔区第…次会议上): the text starts
// after it, however long it is.
func sessionLine(t []rune) bool {
	return len(t) > 4 && t[0] == '—' && t[1] == '—' && t[len(t)-1] == '上' && slices.Contains(t, '会')
}

// isBullet reports a mark that opens an item of a list the author wrote
// line by line (●沪皖共建…): the break before it is the author's however
// long the line before.
func isBullet(r rune) bool { return strings.ContainsRune("●•■□◆◇▲△►▶★☆◎", r) }

// isClausePunct reports a mark that ends a sentence or a clause: no title
// holds one.
func isClausePunct(r rune) bool { return isSentencePunct(r) || r == '，' || r == ',' }

func hasTitleEnding(t []rune) bool {
	for _, e := range titleEndingRunes() {
		if len(t) >= len(e) && slices.Equal(t[len(t)-len(e):], e) {
			return true
		}
	}
	return false
}

// titleEndingRunes is titleEndings as runes, made once.
var titleEndingRunes = sync.OnceValue(func() [][]rune {
	var out [][]rune
	for _, e := range titleEndings() {
		out = append(out, []rune(e))
	}
	return out
})

// isSentencePunct reports characters that end a sentence.
func isSentencePunct(r rune) bool {
	switch r { // a switch, not a chain of comparisons: asked of every character
	case '。', '！', '？', '!', '?', '；', ';':
		return true
	}
	return false
}

// Sentence is a stretch of Normalized.Text ending at sentence punctuation
// or a line break. Start and End are character offsets, End exclusive.
type Sentence struct {
	Index      int
	Start, End int
}

// Sentences splits normalised text into sentences; empty ones are dropped
// and indices are consecutive.
func Sentences(text []rune) []Sentence { return appendSentences(nil, text) }

// appendSentences appends Sentences(text) to out.
func appendSentences(out []Sentence, text []rune) []Sentence {
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && text[s] == ' ' {
			s++
		}
		for e > s && text[e-1] == ' ' {
			e--
		}
		if e > s {
			out = append(out, Sentence{Index: len(out), Start: s, End: e})
		}
	}
	for i, r := range text {
		if r >= 0x4E00 && r <= 0x9FFF {
			continue // a CJK ideograph, most of the text: no break
		}
		if r == '\n' {
			emit(i)
			start = i + 1
		} else if isSentencePunct(r) {
			// keep a closing quote or bracket with the sentence
			emit(i + 1)
			start = i + 1
		}
	}
	emit(len(text))
	return out
}

// sentencePool keeps the sentence lists of documents read (readText takes
// one, document gives it back): most of a megabyte of the allocations of a
// corpus extraction, in their growth.
var sentencePool slicePool[Sentence]
