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

// TestPinyinTable checks that the embedded pinyin.bin is exactly the
// encoding of go-pinyin's first readings (SinglePinyin with NewArgs) of
// every character of its table, and that a cut or altered table gives no
// reading rather than a panic. With -update it writes pinyin.bin instead:
// after go-pinyin changes, run go generate ./extract.
func TestPinyinTable(t *testing.T) {
	readings := make(map[rune]string, len(pinyin.PinyinDict))
	for k := range pinyin.PinyinDict {
		p := ""
		if ps := pinyin.SinglePinyin(rune(k), pinyin.NewArgs()); len(ps) > 0 {
			p = ps[0]
		}
		readings[rune(k)] = p
	}
	b, err := appendPinyinTable(nil, readings)
	if err != nil {
		t.Fatal(err)
	}
	if !generatedFile(t, "pinyin.bin", pinyinTable, b, "go-pinyin's readings") {
		return
	}
	for _, bad := range []string{"", pinyinTable[:len(pinyinTable)/2], pinyinTable[:len(pinyinTable)-1], pinyinTable + "x", "kg pinyin 2\n" + pinyinTable[len(pinyinMagic):]} {
		if _, ok := layout(bad); ok {
			t.Errorf("layout of a bad encoding of %d bytes: accepted", len(bad))
		}
	}
}
