package extract

import "testing"

// TestNextCountNumeral holds countedReferents' filter to countNumeral over
// every code point: a numeral added to countNumeral outside the filter's
// range (U+4E00–U+56FF and 2–9) fails here.
func TestNextCountNumeral(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF+1; r++ {
		want := 1
		if countNumeral(r) >= 2 || r >= 1<<16 {
			want = 0 // (outside the Basic Multilingual Plane: left to countAt, which reads 0)
		}
		if got := nextCountNumeral([]rune{r}, 0); got != want {
			t.Fatalf("nextCountNumeral(%U) = %d, countNumeral %d", r, got, countNumeral(r))
		}
	}
	text := []rune("会上，四市签订合作框架协议，两省和3县")
	var got []int
	for i := 0; ; i++ {
		if i = nextCountNumeral(text, i); i == len(text) {
			break
		}
		got = append(got, i)
	}
	if len(got) != 3 || text[got[0]] != '四' || text[got[1]] != '两' || text[got[2]] != '3' {
		t.Fatalf("positions %v", got)
	}
}

// TestEvFilterSize: the evidence filter is a power of two of words,
// evFilterMin for a short text, evFilterWords (as before) for a 20 MB plan.
func TestEvFilterSize(t *testing.T) {
	for _, c := range []struct{ chars, want int }{{0, evFilterMin}, {50 * evFilterMin, evFilterMin}, {50*evFilterMin + 1, 2 * evFilterMin}, {670000, 1 << 14}, {7000000, evFilterWords}, {1 << 40, evFilterWords}} {
		if got := evFilterSize(c.chars); got != c.want || got&(got-1) != 0 {
			t.Errorf("evFilterSize(%d) = %d, want %d", c.chars, got, c.want)
		}
	}
}
