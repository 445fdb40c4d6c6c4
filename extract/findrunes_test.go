package extract

import (
	"reflect"
	"testing"
)

// TestFindRunes checks that findRunes over the text finds what find finds
// over its string, for the gazetteer's and the lexicon's matchers on the
// seeds and the corpus.
func TestFindRunes(t *testing.T) {
	x := newTestExtractor(t)
	for _, in := range testInputs(t, -1) {
		d, _, p := x.prepare(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		for _, m := range []*matcher{x.names, x.lexMatcher} {
			if got, want := m.findRunes(d.text), m.find(d.str, charOffsets(d.str)); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: findRunes gives %d hits, find %d", in.Name, len(got), len(want))
			}
		}
	}
}

func FuzzFindRunes(f *testing.F) {
	words := []string{"萍乡", "萍乡市", "乡市", "市场", "ab", "abc", "萍乡", "𠀀x", "b", "经济技术开发区", "开发区", "技术", "\ufffd"}
	m, ref := newMatcher(words), newRefMatcher(words)
	f.Add("x萍乡市市场abc")
	f.Add("经济技术开发区萍乡经济技术开发\xff")
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		str := string(rs)
		at := charOffsets(str)
		want := ref.find(str, at)
		if got := m.find(str, at); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("find(%q): %v, want %v", str, got, want)
		}
		if got := m.findRunes(rs); !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("findRunes(%q): %v, want %v", str, got, want)
		}
	})
}
