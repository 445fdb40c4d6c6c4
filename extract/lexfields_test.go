package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestLexFields holds lexFields and lexFieldList to strings.Fields over the
// lexicon's lines, every space and random text of spaces, Chinese,
// ASCII and bytes that are not UTF-8.
func TestLexFields(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := strings.Fields(s)
		if got := lexFieldList(s); !slices.Equal(got, want) {
			t.Fatalf("lexFieldList(%q) = %q, want %q", s, got, want)
		}
		if got := slices.Collect(lexFields(s)); !slices.Equal(got, want) {
			t.Fatalf("lexFields(%q) = %q, want %q", s, got, want)
		}
	}
	for line := range strings.Lines(lexiconText) {
		check(line)
	}
	var pool []string
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			pool = append(pool, string(r))
			check("a" + string(r) + "b")
		}
	}
	for _, r := range []rune{0x84, 0x86, 0x9F, 0xA1, 0x167F, 0x1681, 0x1FFF, 0x200B, 0x2030, 0x205E, 0x2060, 0x2FFF, 0x3001, 0xFEFF} {
		check("a" + string(r) + "b")
	}
	pool = append(pool, "a", "中", "国", "，", "\xc2", "\xe1\x9a", "\xe2\x80", "\xe3\x80", "\xe3", "\xe4", "\xe4\xb8", "\xed\xa0\x80", "\xef\xbf", "\xff", "\x80", "\u00c0", "\u2100", "\u3100", "𠀀")
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for k := rng.Intn(12); k > 0; k-- {
			b.WriteString(pool[rng.Intn(len(pool))])
		}
		check(b.String())
	}
	check("")
	check("   ")
}
