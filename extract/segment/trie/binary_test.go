package trie

import (
	"math"
	"math/rand"
	"reflect"
	"testing"
)

// TestDecode checks that Decode gives back the trie AppendBinary encoded,
// equal field by field, for tries of odd runes (0, negative, beyond the
// BMP, the largest rune and value), none but the root, and random keys
// sharing prefixes.
func TestDecode(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	alpha := []rune("萍乡市场经济区a1\U00020000\x00")
	random := func(n int) ([][]rune, []int32) {
		var keys [][]rune
		var vals []int32
		for i := range n {
			w := make([]rune, 1+rng.Intn(7))
			for j := range w {
				w[j] = alpha[rng.Intn(len(alpha))]
			}
			keys, vals = append(keys, w), append(vals, int32(rng.Intn(1<<20)+i%2))
		}
		return keys, vals
	}
	cases := []struct {
		keys [][]rune
		vals []int32
	}{
		{nil, nil},
		{[][]rune{{}}, []int32{3}},
		{[][]rune{[]rune("萍乡"), []rune("萍乡市"), []rune("萍"), {0}, {-5, 'a'}, {math.MaxInt32, -1}, []rune("𠀀x")},
			[]int32{0, 1, 2, 3, 4, math.MaxInt32, 6}},
	}
	for _, n := range []int{1, 10, 300, 5000} {
		k, v := random(n)
		cases = append(cases, struct {
			keys [][]rune
			vals []int32
		}{k, v})
	}
	for i, c := range cases {
		want := New(c.keys, c.vals)
		b, err := want.AppendBinary([]byte("head"))
		if err != nil {
			t.Fatal(err)
		}
		got, rest, err := Decode(string(b[4:]) + "tail")
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if rest != "tail" {
			t.Errorf("case %d: rest %q, want \"tail\"", i, rest)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("case %d: decoded trie differs from the one encoded", i)
		}
		for cut := 0; cut < len(b)-4; cut += 1 + cut/3 {
			if _, _, err := Decode(string(b[4 : 4+cut])); err == nil {
				t.Errorf("case %d: Decode of the first %d bytes: no error", i, cut)
			}
		}
	}
}
