package extract

import (
	"testing"

	"github.com/mozillazg/go-pinyin"
)

// TestToneless compares toneless with go-pinyin's own spelling at every
// character of its table and at a few it lacks.
func TestToneless(t *testing.T) {
	want := func(r rune) string {
		if ps := pinyin.SinglePinyin(r, pinyin.NewArgs()); len(ps) > 0 {
			return ps[0]
		}
		return ""
	}
	n := 0
	for k := range pinyin.PinyinDict {
		if r := rune(k); toneless(r) != want(r) {
			t.Errorf("toneless(%q) = %q, want %q", r, toneless(r), want(r))
			if n++; n > 20 {
				t.FailNow()
			}
		}
	}
	for _, r := range []rune{'a', '1', '，', 0x10FFFF, -1} {
		if toneless(r) != want(r) {
			t.Errorf("toneless(%q) = %q, want %q", r, toneless(r), want(r))
		}
	}
	if len(pinyin.PinyinDict) < 20000 {
		t.Fatalf("go-pinyin's table has %d characters", len(pinyin.PinyinDict))
	}
}
