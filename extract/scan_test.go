package extract

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// TestRunesAt checks runesAt and prefixLen, which compare encodings,
// against a range over the word, on random words and texts where they
// share characters, with invalid bytes, U+FFFD and surrogates among them.
func TestRunesAt(t *testing.T) {
	chars := []string{"单", "位", "\ufffd", "，", "a", "é", "\U00020000", "\xe5", "\xe5\x8d", "\xff"}
	runes := []rune{'单', '位', '一', '\u9fff', '\u4e00', '\ufffd', '，', 'a', 'é', 0x20000, 0xD800, -1, 0x110000}
	ref := func(t []rune, a int, w string) (bool, int) {
		n := 0
		for _, r := range w {
			if a+n >= len(t) || t[a+n] != r {
				return false, 0
			}
			n++
		}
		return true, n
	}
	rnd := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		w := randomString(rnd, chars, 4)
		text := []rune(strings.Repeat(w, rnd.IntN(2)))
		for k := rnd.IntN(3); k > 0; k-- {
			text = append(text, runes[rnd.IntN(len(runes))])
		}
		for a := 0; a <= len(text); a++ {
			at, count := ref(text, a, w)
			if got := runesAt(text, a, w); got != at {
				t.Fatalf("runesAt(%q, %d, %q) = %v, want %v", text, a, w, got, at)
			}
			if got := prefixLen(text, a, w); got != count {
				t.Fatalf("prefixLen(%q, %d, %q) = %d, want %d", text, a, w, got, count)
			}
		}
	}
}

// randomString joins fewer than max pieces drawn from pieces.
func randomString(r *rand.Rand, pieces []string, max int) string {
	var b strings.Builder
	for k := r.IntN(max); k > 0; k-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// TestIndexLastByte checks indexLastByte and countLastByte against
// strings.Index and strings.Count, on text of a few characters where
// needles overlap and repeat.
func TestIndexLastByte(t *testing.T) {
	chars := []string{"单", "位", "责", "任", "\ufffd", "，", "a", "位位"}
	subs := []string{"单位", "位位", "\ufffd", "任单位", "a单", "ab", "，，"}
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 2000; n++ {
		s := randomString(r, chars, 12)
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
