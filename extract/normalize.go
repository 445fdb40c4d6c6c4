package extract

import (
	"regexp"
	"strings"
	"unicode"
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
	}
}

// Normalize cleans text converted from PDF, DOC or web pages. It is a pure
// function of its input.
func Normalize(in string) Normalized {
	src := []rune(in)
	lines := splitLines(src)
	cleaned := make([]line, 0, len(lines))
	for _, l := range lines {
		cleaned = append(cleaned, cleanLine(src, l)...)
	}
	dropChrome(src, cleaned)
	out := Normalized{Text: make([]rune, 0, len(src)), Source: make([]int, 0, len(src))}
	prev := -1 // index in cleaned of the last emitted non-empty line
	for i := range cleaned {
		l := &cleaned[i]
		if l.chrome || len(l.text) == 0 {
			continue
		}
		if prev >= 0 {
			if joinLines(&cleaned[prev], l) {
				if needsSpace(cleaned[prev].text[len(cleaned[prev].text)-1], l.text[0]) {
					out.Text = append(out.Text, ' ')
					out.Source = append(out.Source, l.src[0])
				}
			} else {
				out.Text = append(out.Text, '\n')
				out.Source = append(out.Source, l.src[0])
			}
		}
		out.Text = append(out.Text, l.text...)
		out.Source = append(out.Source, l.src...)
		prev = i
	}
	return out
}

// line is one line of input, cleaned, with each character's source offset.
type line struct {
	start, end int // in the input, runes
	text       []rune
	src        []int
	chrome     bool
}

func splitLines(src []rune) []line {
	var ls []line
	start := 0
	for i, r := range src {
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			ls = append(ls, line{start: start, end: i})
			start = i + 1
		}
	}
	return append(ls, line{start: start, end: len(src)})
}

// cleanLine maps characters, removes markers and folds spaces. A table of
// contents leader (目录 dots followed by a page number) ends a line, so one
// input line may give several.
func cleanLine(src []rune, l line) []line {
	var out []line
	n := l.end - l.start
	cur := line{start: l.start, end: l.end, text: make([]rune, 0, n), src: make([]int, 0, n)}
	flush := func() {
		cur.text, cur.src = foldSpaces(cur.text, cur.src)
		if len(cur.text) > 0 {
			out = append(out, cur)
		}
		cur = line{start: l.start, end: l.end}
	}
	for i := l.start; i < l.end; i++ {
		r := src[i]
		if n := pageMarker(src, i, l.end); n > 0 {
			cur.text = append(cur.text, ' ')
			cur.src = append(cur.src, i)
			i += n - 1
			continue
		}
		if n := tocLeader(src, i, l.end); n > 0 {
			i += n - 1
			flush()
			continue
		}
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case isFootnoteMarker(r):
			continue
		case r >= '！' && r <= '～' && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = r - '！' + '!'
		case r == '\u3000' || r == '\u00a0' || r == '\t' || r == '\f' || r == '\v':
			r = ' '
		}
		cur.text = append(cur.text, r)
		cur.src = append(cur.src, i)
	}
	flush()
	return out
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

// tocLeader returns the length of a run of four or more leader dots and the
// page number after it, or 0.
func tocLeader(src []rune, i, end int) int {
	j := i
	for j < end && (src[j] == '.' || src[j] == '．' || src[j] == '…' || src[j] == '·') {
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
// collapses the rest to one.
func foldSpaces(text []rune, src []int) ([]rune, []int) {
	if !containsSpace(text) {
		for len(text) > 0 && text[len(text)-1] == ' ' {
			text, src = text[:len(text)-1], src[:len(src)-1]
		}
		return text, src
	}
	t := make([]rune, 0, len(text))
	s := make([]int, 0, len(src))
	for i := 0; i < len(text); i++ {
		if text[i] != ' ' {
			t = append(t, text[i])
			s = append(s, src[i])
			continue
		}
		j := i
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if len(t) > 0 && j < len(text) && needsSpace(t[len(t)-1], text[j]) {
			t = append(t, ' ')
			s = append(s, src[i])
		}
		i = j - 1
	}
	return t, s
}

func containsSpace(t []rune) bool {
	for _, r := range t {
		if r == ' ' {
			return true
		}
	}
	return false
}

// needsSpace reports whether a space between a and b carries meaning: only
// between two ASCII letters or digits (Latin words, codes, numbers).
func needsSpace(a, b rune) bool {
	return a < 0x80 && b < 0x80 && (unicode.IsLetter(a) || unicode.IsDigit(a)) && (unicode.IsLetter(b) || unicode.IsDigit(b))
}

func dropChrome(src []rune, ls []line) {
	for i := range ls {
		if len(ls[i].text) > 120 {
			continue // chrome lines are short
		}
		s := string(ls[i].text)
		for _, m := range chromeMarkers() {
			if strings.Contains(s, m) {
				ls[i].chrome = true
				break
			}
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

// dateLine is a line holding only a date, as under a notice's signature.
var dateLine = regexp.MustCompile(`^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$`)

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
		return j > 1 && j < len(t) && strings.ContainsRune("章节篇条部", t[j])
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
	return strings.ContainsRune("一二三四五六七八九十百零〇", r)
}

// titleEndings end the last line of a title broken over several lines.
func titleEndings() []string {
	return []string{"方案", "规划", "纲要", "通知", "意见", "办法", "计划", "决定", "规定",
		"規劃", "綱要", "通知", "意見", "辦法", "計劃", "決定", "規定"}
}

// joinLines decides whether a line break between a and b was made by
// conversion (inside a sentence or title) rather than by the author.
func joinLines(a, b *line) bool {
	last := a.text[len(a.text)-1]
	if isSentencePunct(last) || strings.ContainsRune(":：,，、)）」』”\"'", last) {
		return last == '，' || last == ',' || last == '、'
	}
	if isHeading(a.text) || isHeading(b.text) || hasTitleEnding(a.text) || dateLine.MatchString(string(a.text)) {
		return false
	}
	if len(a.text) >= 20 {
		return true
	}
	return len(b.text) <= 20 && hasTitleEnding(b.text)
}

func hasTitleEnding(t []rune) bool {
	s := string(t)
	for _, e := range titleEndings() {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// isSentencePunct reports characters that end a sentence.
func isSentencePunct(r rune) bool {
	return r == '。' || r == '！' || r == '？' || r == '!' || r == '?' || r == '；' || r == ';'
}

// Sentence is a stretch of Normalized.Text ending at sentence punctuation
// or a line break. Start and End are character offsets, End exclusive.
type Sentence struct {
	Index      int
	Start, End int
}

// Sentences splits normalised text into sentences; empty ones are dropped
// and indices are consecutive.
func Sentences(text []rune) []Sentence {
	var out []Sentence
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
