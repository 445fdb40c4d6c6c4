package trie

import (
	"cmp"
	"math/rand"
	"reflect"
	"slices"
	"testing"
)

func TestTrie(t *testing.T) {
	keys := [][]rune{[]rune("萍乡"), []rune("萍乡市"), []rune("萍"), []rune("ab"), []rune("萍乡"), {}, []rune("𠀀x"), {0}, {-5, 'a'}}
	tr := New(keys, []int32{0, 1, 2, 3, 4, 5, 6, 7, 8})
	for _, c := range []struct {
		key  string
		want int32
	}{
		{"萍乡", 0}, // the first of two equal keys
		{"萍乡市", 1}, {"萍", 2}, {"ab", 3}, {"a", -1}, {"", -1}, {"𠀀x", 6}, {"𠀀", -1},
		{"\x00", 7}, {"乡", -1}, {"萍乡市场", -1},
	} {
		if got := tr.Get([]rune(c.key)); got != c.want {
			t.Errorf("Get(%q) = %d, want %d", c.key, got, c.want)
		}
	}
	if tr.Get([]rune{-5, 'a'}) != 8 || tr.Get([]rune{-5}) != -1 {
		t.Error("negative rune")
	}
	if tr.MaxLen() != 3 {
		t.Errorf("MaxLen = %d", tr.MaxLen())
	}
	s := tr.Next(0, '萍')
	if s <= 0 || tr.Value(s) != 2 {
		t.Fatalf("Next(0, 萍) = %d", s)
	}
	if n, v := tr.Step(s, '乡'); n <= 0 || v != 0 || tr.Next(n, '市') <= 0 || tr.Next(n, '场') != -1 {
		t.Errorf("Step(萍, 乡) = %d, %d", n, v)
	}
	ks, vs := tr.Keys()
	if len(ks) != 7 || len(vs) != 7 {
		t.Errorf("Keys: %d keys, %d values, want 7", len(ks), len(vs))
	}
	empty := New(nil, nil)
	if empty.Get([]rune("a")) != -1 || empty.Next(0, 'a') != -1 || empty.Next(0, 0x20000) != -1 {
		t.Error("empty trie has keys")
	}
}

// TestTrieRuneZero: the root's edge by rune 0 must not look like an empty
// slot, whatever the slots it shares its home with.
func TestTrieRuneZero(t *testing.T) {
	for n := 1; n < 200; n++ {
		keys := [][]rune{{0}, {0, 0}}
		vals := []int32{1, 2}
		for i := 1; i < n; i++ {
			keys, vals = append(keys, []rune{rune(i) * 7919}), append(vals, int32(i+2))
		}
		tr := New(keys, vals)
		for i, k := range keys {
			if got := tr.Get(k); got != vals[i] {
				t.Fatalf("%d keys: Get(%q) = %d, want %d", n, string(k), got, vals[i])
			}
		}
	}
}

// TestTrieRandom compares the trie with a map over random keys from a small
// alphabet, so that keys share many prefixes, and beyond the BMP.
func TestTrieRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alpha := []rune("萍乡市场经济区a1\U00020000")
	word := func() []rune {
		w := make([]rune, 1+rng.Intn(6))
		for i := range w {
			w[i] = alpha[rng.Intn(len(alpha))]
		}
		return w
	}
	var keys [][]rune
	var vals []int32
	want := map[string]int32{}
	for i := 0; i < 5000; i++ {
		k := word()
		keys, vals = append(keys, k), append(vals, int32(i))
		if _, ok := want[string(k)]; !ok {
			want[string(k)] = int32(i)
		}
	}
	tr := New(keys, vals)
	for i := 0; i < 20000; i++ {
		k := word()
		w, ok := want[string(k)]
		if !ok {
			w = -1
		}
		if got := tr.Get(k); got != w {
			t.Fatalf("Get(%q) = %d, want %d", string(k), got, w)
		}
	}
	ks, vs := tr.Keys()
	got := map[string]int32{}
	for i, k := range ks {
		got[string(k)] = vs[i]
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Keys: %d keys, want %d", len(got), len(want))
	}
}

// TestTrieRootRanks covers a root with thousands of children in its
// bitmap, runes at the ends of the bitmap's words, and root runes outside
// the Basic Multilingual Plane.
func TestTrieRootRanks(t *testing.T) {
	var keys [][]rune
	var vals []int32
	for r := rune(0x4E00); r < 0x4E00+5000; r++ {
		keys, vals = append(keys, []rune{r}, []rune{r, 'a'}), append(vals, int32(r), int32(-r)&0x7FFFFFFF)
	}
	keys, vals = append(keys, []rune{0x20000}, []rune{'a'}, []rune{-1, 'b'}, []rune{0xFFFF}, []rune{0}, []rune{63}, []rune{64}), append(vals, 1, 2, 3, 4, 5, 6, 7)
	tr := New(keys, vals)
	for i, k := range keys {
		if got := tr.Get(k); got != vals[i] {
			t.Fatalf("Get(%q) = %d, want %d", string(k), got, vals[i])
		}
	}
	for _, k := range []string{"b", "\U00020001", "一b", "\u4dff"} {
		if got := tr.Get([]rune(k)); got != -1 {
			t.Errorf("Get(%q) = %d, want -1", k, got)
		}
	}
	if ks, _ := tr.Keys(); len(ks) != len(keys) {
		t.Errorf("Keys: %d, want %d", len(ks), len(keys))
	}
}

// TestMayStart checks that MayStart is false only where Step from the root
// finds no key, and true for every key's first rune.
func TestMayStart(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	var keys [][]rune
	var vals []int32
	for i := 0; i < 2000; i++ {
		k := []rune{rune(0x4E00 + rng.Intn(3000)), rune(0x4E00 + rng.Intn(3000))}
		if i%7 == 0 {
			k[0] = rune(rng.Intn(0x20000)) // past the root's table too
		}
		keys, vals = append(keys, k), append(vals, int32(i))
	}
	keys = append(keys, []rune{-3, 'a'})
	vals = append(vals, 9)
	tr := New(keys, vals)
	for _, k := range keys {
		if !tr.MayStart(k[0]) {
			t.Fatalf("MayStart(%U) = false for a key's first rune", k[0])
		}
	}
	for r := rune(-4); r < 0x20000; r++ {
		if n, _ := tr.Step(0, r); n >= 0 && !tr.MayStart(r) {
			t.Fatalf("MayStart(%U) = false, Step finds %d", r, n)
		}
	}
}

// TestTouch: Touch reads without failing for any state and rune, the
// root's runes in and beyond its bitmap included.
func TestTouch(t *testing.T) {
	tr := New([][]rune{[]rune("萍乡"), []rune("𠀀x"), {-5, 'a'}}, []int32{0, 1, 2})
	for s := int32(0); s < int32(tr.States()); s++ {
		for _, r := range []rune{'萍', '乡', 'x', -5, 0x20000, 0x10FFFF, 0x7FFFFFFF} {
			_ = tr.Touch(s, r)
		}
	}
}

// TestMayPair checks the pair filter, the one-rune keys and MayMatch, which
// joins them: never false for the first two runes of a key or for a
// one-rune key, and mostly false otherwise.
func TestMayPair(t *testing.T) {
	tests := []struct {
		name string
		keys []string
	}{
		{"empty", nil},
		{"one-rune keys only", []string{"萍", "a", "\U00020000"}},
		{"pairs and longer", []string{"萍乡", "萍乡市", "赣江新区", "ab", "a", "\U00020000x"}},
		{"many", nil}, // filled below
	}
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 3000; i++ {
		w := make([]rune, 1+rng.Intn(4))
		for j := range w {
			w[j] = 0x4E00 + rune(rng.Intn(3000))
		}
		tests[3].keys = append(tests[3].keys, string(w))
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			keys := make([][]rune, len(tc.keys))
			vals := make([]int32, len(tc.keys))
			pairs := map[[2]rune]bool{}
			ones := map[rune]bool{}
			for i, k := range tc.keys {
				keys[i], vals[i] = []rune(k), int32(i)
				if len(keys[i]) >= 2 {
					pairs[[2]rune{keys[i][0], keys[i][1]}] = true
				} else {
					ones[keys[i][0]] = true
				}
			}
			tr := New(keys, vals)
			for p := range pairs {
				if !tr.MayPair(p[0], p[1]) {
					t.Errorf("MayPair(%q, %q) = false for a key", p[0], p[1])
				}
			}
			for r := range ones {
				if !tr.OneRuneKey(r) {
					t.Errorf("OneRuneKey(%q) = false for a key", r)
				}
				if !tr.MayMatch(r, 'z') {
					t.Errorf("MayMatch(%q, z) = false for a key", r)
				}
			}
			for p := range pairs {
				if !tr.MayMatch(p[0], p[1]) {
					t.Errorf("MayMatch(%q, %q) = false for a key", p[0], p[1])
				}
			}
			falsePairs, falseOnes := 0, 0
			for i := 0; i < 10000; i++ {
				a, b := 0x4E00+rune(rng.Intn(20000)), 0x4E00+rune(rng.Intn(20000))
				if !pairs[[2]rune{a, b}] && tr.MayPair(a, b) {
					falsePairs++
				}
				if !ones[a] && tr.OneRuneKey(a) {
					falseOnes++
				}
				if !ones[a] && !pairs[[2]rune{a, b}] && tr.MayMatch(a, b) && !tr.MayPair(a, b) {
					t.Errorf("MayMatch(%q, %q) passes what neither OneRuneKey nor MayPair does", a, b)
				}
			}
			if falsePairs > 1000 || falseOnes > 0 {
				t.Errorf("of 10000 random runes and pairs, %d pairs and %d runes pass that no key has", falsePairs, falseOnes)
			}
		})
	}
}

// TestNextMayMatch compares NextMayMatch with MayMatch asked of every
// position from i on, over texts of keys, their runes and others (outside
// the Basic Multilingual Plane too), from every start.
func TestNextMayMatch(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	var words []string
	for i := 0; i < 2000; i++ {
		w := make([]rune, 1+rng.Intn(4))
		for j := range w {
			w[j] = 0x4E00 + rune(rng.Intn(2000))
		}
		words = append(words, string(w))
	}
	words = append(words, "a", "ab", "\U00020000x", "萍乡")
	for _, keys := range [][]string{nil, {"萍"}, {"萍乡"}, words} {
		ks := make([][]rune, len(keys))
		vals := make([]int32, len(keys))
		for i, k := range keys {
			ks[i], vals[i] = []rune(k), int32(i)
		}
		tr := New(ks, vals)
		want := func(text []rune, i int) int {
			for ; i < len(text); i++ {
				next := rune(0)
				if i+1 < len(text) {
					next = text[i+1]
				}
				if tr.MayMatch(text[i], next) {
					return i
				}
			}
			return len(text)
		}
		for n := 0; n < 300; n++ {
			var text []rune
			for len(text) < rng.Intn(40) {
				switch rng.Intn(5) {
				case 0:
					text = append(text, []rune(words[rng.Intn(len(words))])...)
				case 1:
					text = append(text, 0x4E00+rune(rng.Intn(20000)))
				case 2:
					text = append(text, []rune("a萍乡b\U00020000x，")[rng.Intn(7)])
				default:
					text = append(text, 0x4E00+rune(rng.Intn(2000)))
				}
			}
			for i := 0; i <= len(text); i++ {
				if got, w := tr.NextMayMatch(text, i), want(text, i); got != w {
					t.Fatalf("keys %d, text %q from %d: NextMayMatch = %d, MayMatch first at %d", len(keys), string(text), i, got, w)
				}
			}
		}
	}
}

// TestSortKeys compares sortKeys with a sort by slices.Compare and index,
// over random keys that share first runes, repeat and run long, with runes
// at the ends of what packedKey holds, and with runes it cannot hold.
func TestSortKeys(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	alpha := []rune{0, 1, 'a', '萍', '乡', 0xFFFF, 0x10000, 0x10FFFF, 1<<21 - 2}
	for n := range 300 {
		keys := make([][]rune, n)
		for i := range keys {
			keys[i] = make([]rune, rng.Intn(6))
			for j := range keys[i] {
				keys[i][j] = alpha[rng.Intn(len(alpha))]
			}
		}
		if n%10 == 9 {
			keys[rng.Intn(n)] = []rune{'a', []rune{-1, 1<<21 - 1, 0x7FFFFFFF}[n%3]}
		}
		want := make([]int32, n)
		for i := range want {
			want[i] = int32(i)
		}
		got := slices.Clone(want)
		slices.SortFunc(want, func(a, b int32) int {
			if c := slices.Compare(keys[a], keys[b]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		sortKeys(got, keys)
		if !slices.Equal(got, want) {
			t.Fatalf("%d keys: sortKeys = %v, want %v", n, got, want)
		}
	}
	for _, k := range [][]rune{{-1}, {'a', 1<<21 - 1}} {
		if _, ok := packedKey(k, 0); ok {
			t.Errorf("packedKey(%q) packed", k)
		}
	}
	if _, ok := packedKey([]rune{'a', 'b', -1}, 0); !ok {
		t.Error("a rune past the packed ones is not packed")
	}
}

// TestTrieLayouts checks tries whose values take from 1 to 31 bits, so that
// their edges are in packed slots with room for long or short probe
// distances, or, when a slot cannot hold them, in wide slots: Get of every
// key and of keys one rune off, and Keys back, against a map.
func TestTrieLayouts(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, vbits := range []int{1, 8, 20, 21, 22, 23, 24, 26, 31} {
		var keys [][]rune
		var vals []int32
		want := map[string]int32{}
		for i := 0; i < 20000; i++ {
			k := make([]rune, 2+rng.Intn(3))
			for j := range k {
				k[j] = 0x4E00 + rune(rng.Intn(300))
			}
			if i%50 == 0 {
				k[1] = 0x20000 + rune(rng.Intn(100)) // 21 bits a rune
			}
			v := int32(rng.Int63n(1 << vbits))
			keys, vals = append(keys, k), append(vals, v)
			if _, ok := want[string(k)]; !ok {
				want[string(k)] = v
			}
		}
		tr := New(keys, vals)
		for _, k := range keys {
			if got := tr.Get(k); got != want[string(k)] {
				t.Fatalf("value bits %d, packed %v: Get(%q) = %d, want %d", vbits, tr.packed != nil, string(k), got, want[string(k)])
			}
			off := append([]rune(nil), k...)
			off[len(off)-1]++
			w, ok := want[string(off)]
			if !ok {
				w = -1
			}
			if got := tr.Get(off); got != w {
				t.Fatalf("value bits %d, packed %v: Get(%q) = %d, want %d", vbits, tr.packed != nil, string(off), got, w)
			}
		}
		ks, vs := tr.Keys()
		got := map[string]int32{}
		for i, k := range ks {
			got[string(k)] = vs[i]
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("value bits %d: Keys: %d keys, want %d", vbits, len(got), len(want))
		}
		t.Logf("value bits %d: packed %v", vbits, tr.packed != nil)
	}
}
