package trie

import (
	"math"
	"math/rand"
	"reflect"
	"testing"
	"unsafe"
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
		// with the tables: read in place from an aligned string, copied
		// from one that is not
		for _, head := range []string{"", "x"} {
			tb, err := want.AppendBinaryTables([]byte(head))
			if err != nil {
				t.Fatal(err)
			}
			for _, aligned := range []bool{true, false} {
				buf := make([]uint64, len(tb)/8+2) // 8-byte aligned
				raw := unsafe.Slice((*byte)(unsafe.Pointer(&buf[0])), len(buf)*8)
				off := 0
				if !aligned {
					off = 1
				}
				copy(raw[off:], tb)
				copy(raw[off+len(tb):], "tail")
				s := unsafe.String(&raw[off], len(tb)+4)
				got, rest, err := DecodeTables(s[len(head):])
				if err != nil {
					t.Fatalf("case %d, tables: %v", i, err)
				}
				if rest != "tail" {
					t.Errorf("case %d, tables: rest %q, want \"tail\"", i, rest)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("case %d, tables (head %q, aligned %v): decoded trie differs from the one encoded", i, head, aligned)
				}
				for cut := 0; cut < len(tb)-len(head); cut += 1 + cut/3 {
					if _, _, err := DecodeTables(s[len(head) : len(head)+cut]); err == nil {
						t.Errorf("case %d: DecodeTables of the first %d bytes: no error", i, cut)
					}
				}
			}
		}
	}
}
