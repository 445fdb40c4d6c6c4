package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestDateIn compares dateIn with the regexp it stands for, over every
// suffix of the corpus's and the seeds' first lines and made-up heads.
func TestDateIn(t *testing.T) {
	cases := []string{
		"", "年", "2021年", " 2021 年3月4日", "2021\t\n年 3 月 4 日", "1999年12月31日印发", "2099年1月1日",
		"2100年1月1日", "1899年1月1日", "20年1月1日", "x2020年1月2日", "20201年1月2日", "〔2021〕3号 2021年5月6日",
		"2021年5月 2022年6月7日", "２０２１年１月２日", "2021年1月", "2021 年 1 月 1 日 2022年2月2日",
		"2021年123月4日 2020年1月2日", "2021年1 2月3日", "2021年12月3 日", "2021年12月311日", "2021年 \r\f12 月\n01\t日", "2021年12月日",
	}
	cases = append(cases, headSuffixes(t, 6000, 97)...)
	for _, s := range cases {
		if got, want := dateIn(s), dateRE.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Errorf("dateIn(%.40q) = %q, want %q", s, got, want)
		}
	}
}

// TestOrdinalInstitution compares ordinalInstitution with the string
// version it replaced over every word of up to five of a few characters.
func TestOrdinalInstitution(t *testing.T) {
	old := func(mod []rune) bool {
		m := string(mod)
		for _, p := range []string{"省", "市", "县", "区"} {
			if strings.HasPrefix(m, p) {
				m = m[len(p):]
				break
			}
		}
		m = strings.TrimPrefix(m, "第")
		for _, s := range []string{"人民", "中心"} {
			m = strings.TrimSuffix(m, s)
		}
		if m == "" {
			return false
		}
		for _, r := range m {
			if !isChineseNumeral(r) {
				return false
			}
		}
		return len(mod) > len([]rune(m))
	}
	alphabet := []rune("省区第一十人民中心x")
	var walk func(w []rune)
	walk = func(w []rune) {
		if got, want := ordinalInstitution(w), old(w); got != want {
			t.Errorf("ordinalInstitution(%q) = %v, want %v", string(w), got, want)
		}
		if len(w) < 5 {
			for _, c := range alphabet {
				walk(append(w[:len(w):len(w)], c))
			}
		}
	}
	walk(nil)
}

// headSuffixes returns the suffixes of the seeds' and the corpus's first
// limit bytes, one every step bytes (some starting inside a character).
func headSuffixes(t *testing.T, limit, step int) []string {
	var out []string
	for _, b := range seedAndCorpusFiles(t) {
		s := string(b[:min(len(b), limit)])
		for i := 0; i < len(s); i += step {
			out = append(out, s[i:])
		}
	}
	return out
}

// seedAndCorpusFiles returns the contents of the seeds and the corpus's
// documents, in the order of their names.
func seedAndCorpusFiles(t *testing.T) [][]byte {
	var out [][]byte
	for _, g := range []string{"../seeds/*.txt", "../testdata/corpus/docs/*.txt"} {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, b)
		}
	}
	return out
}

// metaCases are strings for the tests of meta.go's hand-written regexps:
// suffixes of the corpus's and the seeds' heads, and random strings over
// the patterns' own characters and a few others, some invalid UTF-8.
func metaCases(t *testing.T, alphabet []string, fixed ...string) []string {
	cases := append([]string{""}, fixed...)
	cases = append(cases, headSuffixes(t, 9000, 37)...)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for n := rng.IntN(40); n > 0; n-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	return cases
}

// TestPeriodIn compares period's hand-written periodRE and fiveYearRE with
// the regexps.
func TestPeriodIn(t *testing.T) {
	alphabet := []string{"1", "2", "9", "0", "5", "20", "19", "2016", "2020", " ", "\t", "-", "—", "–", "－", "~", "至", "到",
		"年", "(", "（", "第", "一", "二", "三", "四", "五", "六", "十", "个", "个五", "规划", "时期", "期间", "规", "期", "省", "\xe4", "\xb8"}
	cases := metaCases(t, alphabet, "十三五", "第十四个五年规划", "十五五时期", "五五", "第五", "个五", "一个五年", "十四五五年期间",
		"(2016-2020年)", "2016 至 2020 年", "2016—20201年", "1999~2001", "2016--2020")
	for _, s := range cases {
		want := -1
		if loc := periodRE.FindStringIndex(s); loc != nil {
			want = loc[0]
		}
		if got := periodIn(s); got != want {
			t.Errorf("periodIn(%q) = %d, want %d", s, got, want)
			continue
		}
		if want >= 0 {
			m := periodRE.FindStringSubmatch(s)
			end, y2 := periodEnd(s, want)
			if got := []string{s[want:end], s[want : want+4], s[y2 : y2+4]}; !slices.Equal(got, m) {
				t.Errorf("periodEnd(%q) reads %q, want %q", s, got, m)
			}
		}
		var got [][]string
		for from := 0; ; {
			start, n0, n1, end := fiveYearIn(s, from)
			if end < 0 {
				break
			}
			got, from = append(got, []string{s[start:end], s[n0:n1]}), end
		}
		if want := fiveYearRE.FindAllStringSubmatch(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("fiveYearIn(%q) reads %q, want %q", s, got, want)
		}
	}
}

// TestSubjectMatchers compares findSubject's hand-written regexps with
// the regexps, match by match, as FindAllStringSubmatch gives them.
func TestSubjectMatchers(t *testing.T) {
	alphabet := []string{"在", "代表", "代", "表", "人民政府", "人民", "政府", "省长", "市长", "主席", "县长", "旗长", "长", "主", "席",
		"省", "市", "云南", "海南省", "青岛市", "黄岛区", "(", "（", ")", "）", "第", "十四", "一", "三", "届", "人民代表大会", "代表大会",
		"第四次会议", "上", "我", "，", " ", "a", "1", "𠀀", "\xe4", "\xb8"}
	long := strings.Repeat("国", 30)
	cases := metaCases(t, alphabet, "在云南省第十四届人民代表大会第四次会议上", "在青岛市黄岛区(西海岸新区)第三届人民代表大会",
		"在"+long+"第一届人民代表大会", "我代表海南省人民政府", "代表"+long+"人民政府", "河南省人民政府省长 王凯",
		long+"省长", long+"人民政府市长", "a"+long+"主席"+long+"旗长", "在省（"+strings.Repeat("区", 13)+"）第二届人民代表大会")
	for _, c := range []struct {
		name string
		re   *regexp.Regexp
		next subjectMatcher
	}{{"assemblyIn", assemblyRE, assemblyIn}, {"onBehalfIn", onBehalfRE, onBehalfIn}, {"officeIn", officeRE, officeIn}} {
		for _, s := range cases {
			var got [][]string
			for from := 0; len(got) < 3; {
				g0, g1, end := c.next(s, from)
				if end < 0 {
					break
				}
				got, from = append(got, []string{s[g0:g1], s[:end]}), end
			}
			var want [][]string
			for _, m := range c.re.FindAllStringSubmatchIndex(s, 3) {
				want = append(want, []string{s[m[2]:m[3]], s[:m[1]]})
			}
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s(%q) reads %q, want %q", c.name, s, got, want)
			}
		}
	}
}

// The regexps that meta.go's dateIn, periodIn, fiveYearIn, assemblyIn,
// onBehalfIn and officeIn follow by hand (they are not compiled at the
// extractor's start).
var (
	dateRE     = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	periodRE   = regexp.MustCompile(`((?:19|20)\d{2})\s*[-—–－~至到]\s*((?:19|20)\d{2})\s*年?`)
	fiveYearRE = regexp.MustCompile(`(?:第)?([一二三四五六七八九十]+)(?:个)?五(?:年)?(?:规划|时期|期间)?`)
	// assemblyRE finds the session line of a work report:
	// 在云南省第十四届人民代表大会第四次会议上; a bracketed second name of
	// the jurisdiction may follow it (在青岛市黄岛区(西海岸新区)第三届…).
	assemblyRE = regexp.MustCompile(`在([\p{Han}]{2,20}?)(?:[（(][\p{Han}]{2,12}[）)])?第[一二三四五六七八九十]+届人民代表大会`)
	// onBehalfRE finds the speaker's body: 我代表海南省人民政府.
	onBehalfRE = regexp.MustCompile(`代表([\p{Han}]{2,20}?)人民政府`)
	// officeRE finds a signature or speaker line: 河南省人民政府省长 王凯.
	officeRE = regexp.MustCompile(`([\p{Han}]{2,20}?)(?:人民政府)?(?:省长|市长|主席|州长|县长|区长|盟长|旗长)`)
)
