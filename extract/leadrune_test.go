package extract

import (
	"testing"
	"unicode/utf8"
)

// leadRune is utf8.DecodeRuneInString: every rune encoded, followed or not,
// and bytes that are not UTF-8 (overlong, surrogates, cut short).
func TestLeadRune(t *testing.T) {
	check := func(s string) {
		r, n := leadRune(s)
		if wr, wn := utf8.DecodeRuneInString(s); r != wr || n != wn {
			t.Fatalf("leadRune(%q) = %U, %d; utf8 gives %U, %d", s, r, n, wr, wn)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r > 0x10000 && r%97 != 0 {
			continue // (the BMP whole, one in 97 above)
		}
		s := string(r)
		check(s)
		check(s + "省")
	}
	for _, s := range []string{"", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xe4\xb8", "\xe4", "\xe4\xb8\x41", "\xe4\x41\x80", "\xf0\x9f\x98\x80", "\xc2\xa0", "\xff"} {
		check(s)
	}
}
