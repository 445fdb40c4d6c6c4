package extract

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// TestIndexOpenParen checks the byte scan against strings.IndexAny.
func TestIndexOpenParen(t *testing.T) {
	for _, s := range []string{"", "(", "（", "ab(c（", "牵头（省", "（(", "ａ（", "\uff07\uff09（x", "无括号", "半（", "\xef\xbc"} {
		if got, want := indexOpenParen(s), strings.IndexAny(s, "(（"); got != want {
			t.Errorf("indexOpenParen(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestIndexLastByte checks indexLastByte and countLastByte against
// strings.Index and strings.Count, on text of a few characters where
// needles overlap and repeat.
func TestIndexLastByte(t *testing.T) {
	chars := []string{"单", "位", "责", "任", "\ufffd", "，", "a", "位位"}
	subs := []string{"单位", "位位", "\ufffd", "任单位", "a单", "ab", "，，"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 2000; n++ {
		var b strings.Builder
		for k := r.IntN(12); k > 0; k-- {
			b.WriteString(chars[r.IntN(len(chars))])
		}
		s := b.String()
		for _, sub := range subs {
			if got, want := indexLastByte(s, sub), strings.Index(s, sub); got != want {
				t.Fatalf("indexLastByte(%q, %q) = %d, want %d", s, sub, got, want)
			}
			if got, want := countLastByte(s, sub), strings.Count(s, sub); got != want {
				t.Fatalf("countLastByte(%q, %q) = %d, want %d", s, sub, got, want)
			}
		}
	}
}

// BenchmarkIndexLastByte compares the scans of a report for a label's
// ending, as tasks makes them: strings.Index and indexLastByte.
func BenchmarkIndexLastByte(b *testing.B) {
	data, err := os.ReadFile("../testdata/corpus/docs/01_shanghai-gov-work-report-2026.txt")
	if err != nil {
		b.Skip(err)
	}
	s := string(data)
	for _, f := range []struct {
		name  string
		index func(s, sub string) int
	}{{"strings.Index", strings.Index}, {"indexLastByte", indexLastByte}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for i := 0; i < b.N; i++ {
				for off := 0; ; {
					k := f.index(s[off:], "单位")
					if k < 0 {
						break
					}
					off += k + len("单位")
				}
			}
		})
	}
}
