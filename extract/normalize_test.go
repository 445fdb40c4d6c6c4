package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The clean-up as it was before it worked in one buffer and in place, as
// the reference Normalize must still equal.

func oldNormalize(in string) Normalized {
	src := []rune(in)
	lines := oldSplitLines(src)
	cleaned := make([]oldLine, 0, len(lines))
	for _, l := range lines {
		cleaned = append(cleaned, oldCleanLine(src, l)...)
	}
	oldDropChrome(src, cleaned)
	out := Normalized{Text: make([]rune, 0, len(src)), Source: make([]int, 0, len(src))}
	first := true // no line break written yet: the lines so far are the first line
	prev := -1    // index in cleaned of the last emitted non-empty oldLine
	for i := range cleaned {
		l := &cleaned[i]
		if l.chrome || len(l.text) == 0 {
			continue
		}
		if prev >= 0 {
			if oldJoinLines(&cleaned[prev], l, first) {
				if needsSpace(cleaned[prev].text[len(cleaned[prev].text)-1], l.text[0]) {
					out.Text = append(out.Text, ' ')
					out.Source = append(out.Source, l.src[0])
				}
			} else {
				out.Text = append(out.Text, '\n')
				first = false
				out.Source = append(out.Source, l.src[0])
			}
		}
		out.Text = append(out.Text, l.text...)
		out.Source = append(out.Source, l.src...)
		prev = i
	}
	return out
}

type oldLine struct {
	start, end int // in the input, runes
	text       []rune
	src        []int
	chrome     bool
}

func oldSplitLines(src []rune) []oldLine {
	var ls []oldLine
	start := 0
	for i, r := range src {
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			ls = append(ls, oldLine{start: start, end: i})
			start = i + 1
		}
	}
	return append(ls, oldLine{start: start, end: len(src)})
}

func oldCleanLine(src []rune, l oldLine) []oldLine {
	var out []oldLine
	n := l.end - l.start
	cur := oldLine{start: l.start, end: l.end, text: make([]rune, 0, n), src: make([]int, 0, n)}
	flush := func() {
		cur.text, cur.src = oldFoldSpaces(cur.text, cur.src)
		if len(cur.text) > 0 {
			out = append(out, cur)
		}
		cur = oldLine{start: l.start, end: l.end}
	}
	open := false // straight double quotes alternate, opening first, on each input line
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
		follows := false // the reference reads behind: its src is not written over
		for k := 1; k <= 2; k++ {
			if j := i - k; j-3 >= l.start && allHanIn(src[j:i]) && completionAt(src, j-3, j) {
				follows = true
			}
		}
		if n := initialCompletion(src, i, l.end, follows); n > 0 {
			i += n - 1
			continue
		}
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case isFootnoteMarker(r):
			continue
		case r == ',' && i+1 < l.end && strings.ContainsRune("、。，,；", src[i+1]):
			continue
		case r == ',' && (i > l.start && (isHan(src[i-1]) || strings.ContainsRune("”）》", src[i-1])) || i+1 < l.end && isHan(src[i+1])):
			r = '，'
		case r == ';' && (i > l.start && (isHan(src[i-1]) || strings.ContainsRune("”）》", src[i-1])) || i+1 < l.end && isHan(src[i+1])):
			r = '；'
		case r >= '！' && r <= '～' && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '＋' || r == '＆'):
			r = r - '！' + '!'
		case r == '\u3000' || r == '\u00a0' || r == '\t' || r == '\f' || r == '\v':
			r = ' '
		case r == '「':
			r = '“'
		case r == '」':
			r = '”'
		case r == '"':
			if open = !open; open {
				r = '“'
			} else {
				r = '”'
			}
		case (r == 'g' || r == 's') && lowerRoadCode(src, i, l.start, l.end):
			r = unicode.ToUpper(r)
		case strings.ContainsRune("○◯Oo", r):
			j := i - 1
			for j >= l.start && strings.ContainsRune("○◯ＯOo", src[j]) {
				j--
			}
			if j >= l.start && strings.ContainsRune("一二三四五六七八九零〇", src[j]) {
				r = '〇' // 二○三五年
			}
		}
		cur.text = append(cur.text, r)
		cur.src = append(cur.src, i)
	}
	flush()
	return out
}

func oldFoldSpaces(text []rune, src []int) ([]rune, []int) {
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

func oldDropChrome(src []rune, ls []oldLine) {
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
	// A short oldLine between two chrome lines (a breadcrumb's region name)
	// is chrome too.
	for i := 1; i+1 < len(ls); i++ {
		if !ls[i].chrome && len(ls[i].text) <= 8 && ls[i-1].chrome && ls[i+1].chrome {
			ls[i].chrome = true
		}
	}
}

func oldJoinLines(a, b *oldLine, first bool) bool {
	last := a.text[len(a.text)-1]
	if first && slices.ContainsFunc(b.text, isSentencePunct) && !slices.ContainsFunc(a.text, isClausePunct) {
		return false // a title on the first line, then the text: 天津市与北京市签署…框架协议|15日，我市…。
	}
	if isSentencePunct(last) || strings.ContainsRune(":：,，、)）」』”\"'", last) {
		return last == '，' || last == ',' || last == '、'
	}
	if isHeading(a.text) || isHeading(b.text) || oldHasTitleEnding(a.text) || dateLineRE().MatchString(string(a.text)) || isBullet(b.text[0]) || sessionLine(a.text) {
		return false
	}
	if len(a.text) >= 20 {
		return true
	}
	return len(b.text) <= 20 && oldHasTitleEnding(b.text)
}

func oldHasTitleEnding(t []rune) bool {
	s := string(t)
	for _, e := range titleEndings() {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

func TestNormalizeAsBefore(t *testing.T) {
	var texts []string
	for _, g := range []string{"../seeds/*.txt", "../testdata/corpus/docs/*.txt", "testdata/other/*"} {
		fs, _ := filepath.Glob(g)
		for _, f := range fs {
			b, err := os.ReadFile(f)
			if err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	texts = append(texts, normalizeCases()...)
	for i, s := range texts {
		if got, want := Normalize(s), oldNormalize(s); !reflect.DeepEqual(got, want) {
			t.Errorf("text %d (%.40q): differs from the clean-up before", i, s)
		}
	}
}

func normalizeCases() []string {
	return []string{
		"", " ", "\n\n", "推进萍乡 — 28 — 经开区建设\n一、总体要求",
		"设为首页 | 加入收藏\n......12", "①—\r\n－1－", "目录\n第一章 总则......3\n第二章 任务....... 15 第三章",
		"ab  cd\u3000ef　萍 乡\t市\u200b", "当前位置：首页 > 新闻\n萍乡\n来源：萍乡日报\n正文开始。",
		"关于印发萍乡市\n规划的通知\n2021年3月5日\n各县区：", "天津市与北京市签署进一步加强京津战略合作框架协议\n15日，我市签署。", "Ａ１Ｂ ｃ\u00ad d  e ", "人工智能＋行动，Ｒ＆Ｄ（＋）", "\"十四五\"规划，「十五五」规划，\"一\n\"二\"三\"", "二○三五年，二OO八年，二\u200bo一，Ｏ二Ｏ，十○，OK",
		"共建宜(昌)荆(州)、(武)汉荆（州）宜(昌)走廊，省(区)，（一）（二），郑(州)汴(开封)",
		strings.Repeat("很长的一行没有标点", 20) + "\n" + "续行。",
	}
}

func FuzzNormalizeAsBefore(f *testing.F) {
	for _, s := range normalizeCases() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := oldNormalize(s)
		if got := Normalize(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: %q, want %q", s, string(got.Text), string(want.Text))
		}
		// without source offsets, clean-up takes another path (cleanBuf.add)
		if got := normalize(s, false); !reflect.DeepEqual(got.Text, want.Text) && (len(got.Text) > 0 || len(want.Text) > 0) {
			t.Fatalf("%q without source: %q, want %q", s, string(got.Text), string(want.Text))
		}
	})
}

// TestFullwidthAlnum: isFullwidthAlnum is the letters and digits of the
// fullwidth forms of ASCII, as unicode.IsLetter and IsDigit say.
func TestFullwidthAlnum(t *testing.T) {
	for r := rune(0); r < 0x20000; r++ {
		want := r >= '！' && r <= '～' && (unicode.IsLetter(r) || unicode.IsDigit(r))
		if got := isFullwidthAlnum(r); got != want {
			t.Fatalf("isFullwidthAlnum(%U) = %v", r, got)
		}
	}
}

// TestIsHan: isHan is unicode.Is(unicode.Han, r).
func TestIsHan(t *testing.T) {
	for r := rune(-1); r < 0x110001; r++ {
		if got, want := isHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("isHan(%U) = %v", r, got)
		}
	}
}

// TestIsDigit checks isDigit against unicode.IsDigit, and isNameChar
// against its formula without the fast paths, over all runes.
func TestIsDigit(t *testing.T) {
	nameChar := func(r rune) bool {
		return unicode.Is(unicode.Han, r) || (r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))) ||
			r == '—' || r == '-' || r == '·' || r == '±'
	}
	for r := rune(-1); r < 0x110001; r++ {
		if got, want := isDigit(r), unicode.IsDigit(r); got != want {
			t.Fatalf("isDigit(%U) = %v", r, got)
		}
		if got, want := isNameChar(r), nameChar(r); got != want {
			t.Fatalf("isNameChar(%U) = %v", r, got)
		}
	}
}

// checkNormalized checks Normalize's text of in and that each character of
// it but the separators written between lines points back at the same
// character of in.
func checkNormalized(t *testing.T, in, want string) {
	t.Helper()
	n := Normalize(in)
	if got := string(n.Text); got != want {
		t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
	}
	src := []rune(in)
	for i, s := range n.Source {
		if n.Text[i] != '\n' && n.Text[i] != ' ' && src[s] != n.Text[i] { // (a separator between lines points at the next line)
			t.Errorf("Source[%d] = %d points at %q, not %q", i, s, src[s], n.Text[i])
		}
	}
}

func TestPinyinRuby(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a reading after a character is dropped", "西咸新區(qū)為紐帶", "西咸新區為紐帶"},
		{"in full-width brackets too, with ü", "綠(lǜ)色發（fā）展", "綠色發展"},
		{"an enumeration stays", "（一）建设(a)园区", "（一）建设(a)园区"},
		{"an abbreviation or a word without a tone mark stays", "人工智能(AI)和数据(data)", "人工智能(AI)和数据(data)"},
		{"a bracket after a digit stays", "2025(qū)", "2025(qū)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkNormalized(t, tc.in, tc.want) })
	}
}

// TestPlainMark checks that no character plainMark passes is one that
// cleanLine's later tests would take: a dash, a leader dot, an opening
// bracket, a character dropped, mapped or read as a zero.
func TestPlainMark(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !plainMark(r) {
			continue
		}
		n++
		if isDash(r) || isLeaderDot(r) || r == '(' || r == '（' ||
			r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad' ||
			isFootnoteMarker(r) || r == ',' || isFullwidthAlnum(r) || r == '＋' || r == '＆' ||
			r == '\u3000' || r == '\u00a0' || r == '\t' || r == '\f' || r == '\v' || zeroLookalike(r) ||
			(r >= 0x4E00 && r <= 0x9FFF) {
			t.Errorf("plainMark(%q) is true, but cleanLine tests it", r)
		}
	}
	if want := 0x303F - 0x3001 + 1 + 10 + 6; n != want {
		t.Errorf("plainMark passes %d characters, want %d", n, want)
	}
}

// TestInitialCompletion: the brackets that write out each initial of a run
// are dropped; a lone bracket, a numeral's and a name's of two characters
// stay.
func TestInitialCompletion(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"completions after the initials", "共建宜(昌)荆(州)荆(门)襄(阳)新能源新材料大走廊", "共建宜荆荆襄新能源新材料大走廊"},
		{"a completion before its initial, in full-width brackets too", "、(武)汉荆（州）宜(昌)生命健康大走廊", "、汉荆宜生命健康大走廊"},
		{"a pair of them names a route", "确保宜(昌)来(凤)高速通车", "确保宜来高速通车"},
		{"the items of a list of runs written so", "推进京包(头)、包(头)银(川)等铁路建设", "推进京包、包银等铁路建设"},
		{"a note before a list's next item without one stays", "各县(市)、区要抓好落实", "各县(市)、区要抓好落实"},
		{"a lone bracket is a note", "推进省(区)建设，县(市)", "推进省(区)建设，县(市)"},
		{"a heading's numerals stay", "（一）（二）推进", "（一）（二）推进"},
		{"two characters in a bracket name another place", "郑(州)汴(开封)一体化", "郑(州)汴(开封)一体化"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkNormalized(t, tc.in, tc.want) })
	}
}

// TestChromeLines: the lines a web page adds around a document are dropped,
// the document's own lines kept.
func TestChromeLines(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a breadcrumb and a source line", "当前位置：首页 > 新闻\n推进萍乡经开区建设。\n来源：萍乡日报", "推进萍乡经开区建设。"},
		{"a footer's address and postcode", "推进汝州产业集聚区建设。\n地址:汝州市丹阳中路268号 邮编:467599", "推进汝州产业集聚区建设。"},
		{"a footer's telephone", "推进汝州产业集聚区建设。\n联系电话：0375-1234567", "推进汝州产业集聚区建设。"},
		{"a sentence naming an address is kept", "地址选在汝州市。", "地址选在汝州市。"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkNormalized(t, tc.in, tc.want) })
	}
}

// TestSessionLine: the line under a report's title that says where it was
// delivered is never joined to the text after it, however long.
func TestSessionLine(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"a session line without its numbers", "——2025416日在广州市黄埔区第人民代表大会第次会议上\n广州开发区发展改革局局长", "——2025416日在广州市黄埔区第人民代表大会第次会议上\n广州开发区发展改革局局长"},
		{"a line broken by conversion is joined", "推进广州开发区和黄埔区一体化发展，加快建设\n广州开发区。", "推进广州开发区和黄埔区一体化发展，加快建设广州开发区。"},
	} {
		t.Run(tc.name, func(t *testing.T) { checkNormalized(t, tc.in, tc.want) })
	}
}

// TestMarkForms: straight double quotes and corner brackets become the
// curly quotes the rules read, each straight one alternating on its line;
// a comma or semicolon typed half-width in Chinese text marks a clause as
// the full-width one does, and between digits it stays.
func TestMarkForms(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"straight quotes pair on a line", `"十四五"规划和"百团千企"行动`, "“十四五”规划和“百团千企”行动"},
		{"corner brackets", "「十五五」规划", "“十五五”规划"},
		{"an odd quote opens, the next line starts afresh", "\"一\n\"二\"", "“一\n“二”"},
		{"a half-width comma and semicolon after a works word", "太旧高速拓宽改建,武宿机场三期改扩建;加快建设", "太旧高速拓宽改建，武宿机场三期改扩建；加快建设"},
		{"a half-width comma after a closing quote", "“一”,二", "“一”，二"},
		{"a comma between digits", "1,000元", "1,000元"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(Normalize(tc.in).Text); got != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestIsDateLine checks that isDateLine, which asks the expression only of
// lines ending in 日, answers as the expression does, over the lines of the
// seeds and the corpus and lines made to test its ending.
func TestIsDateLine(t *testing.T) {
	lines := []string{"2025年3月1日", " 2025 年 3 月 1 日 \t\r", "2025年3月1日。", "2025年3月1日\u3000", "2025年3月1日\v",
		"日", "", " ", "2025年13月1日", "1999年12月31日\n", "二〇二五年三月一日", "2025年3月1", "附件：2025年3月1日"}
	for _, b := range seedAndCorpusFiles(t) {
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	dates := 0
	for _, l := range lines {
		r := []rune(l)
		want := dateLineRE().MatchString(string(r))
		if got := isDateLine(r); got != want {
			t.Errorf("isDateLine(%q) = %v, the expression says %v", l, got, want)
		}
		if want {
			dates++
		}
	}
	if dates < 3 {
		t.Errorf("%d date lines among %d: the test reads too few", dates, len(lines))
	}
}
