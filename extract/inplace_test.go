package extract

import (
	"os"
	"path/filepath"
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
	for _, g := range []string{"../seeds/*.txt", "../testdata/corpus/docs/*.txt"} {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s := string(b[:min(len(b), 6000)])
			for i := 0; i < len(s); i += 97 {
				cases = append(cases, s[i:])
			}
		}
	}
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
