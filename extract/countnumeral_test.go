package extract

import "testing"

// TestNextCountNumeral holds countedReferents' filter to countNumeral over
// every code point: a numeral added to countNumeral outside the filter's
// range (U+4E00–U+56FF and 2–9) fails here.
func TestNextCountNumeral(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF+1; r++ {
		want := 1
		if countNumeral(r) >= 2 {
			want = 0
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
