package extract

import (
	"math/rand"
	"regexp"
	"strconv"
	"testing"
)

var yearRE = regexp.MustCompile(`((?:19|20)\d{2})年`)

// TestLastYear checks lastYear against the last match of the regular
// expression it replaced, on random text made of digits, 年 and others.
func TestLastYear(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	alpha := []rune("0129年月中a\ufffd")
	for k := 0; k < 20000; k++ {
		text := make([]rune, rng.Intn(20))
		for i := range text {
			text[i] = alpha[rng.Intn(len(alpha))]
		}
		want, wantOK := 0, false
		if ys := yearRE.FindAllStringIndex(string(text), -1); len(ys) > 0 {
			last := ys[len(ys)-1]
			want, _ = strconv.Atoi(string(text)[last[0] : last[0]+4])
			wantOK = true
		}
		if got, ok := lastYear(text); got != want || ok != wantOK {
			t.Fatalf("lastYear(%q) = %d, %v, want %d, %v", string(text), got, ok, want, wantOK)
		}
	}
}
