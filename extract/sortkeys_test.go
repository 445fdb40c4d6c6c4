package extract

import (
	"cmp"
	"math/rand"
	"slices"
	"testing"
)

// TestSortByStart compares sortByStart and sortProblems with the stable
// sorts they replace, over random lists with many ties.
func TestSortByStart(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		size := rng.Intn(60)
		ms := make([]*mention, size)
		ps := make([]Problem, size)
		for i := range ms {
			ms[i] = &mention{start: rng.Intn(1 + size/3), end: i}
			ps[i] = Problem{Offset: rng.Intn(2+size/3) - 1, Message: string(rune('a' + i%26))}
		}
		if n%7 == 0 {
			slices.SortFunc(ms, func(a, b *mention) int { return cmp.Compare(a.start, b.start) })
		}
		want := slices.Clone(ms)
		slices.SortStableFunc(want, func(a, b *mention) int { return cmp.Compare(a.start, b.start) })
		sortByStart(ms)
		if !slices.Equal(ms, want) {
			t.Fatalf("sortByStart differs from the stable sort (list %d)", n)
		}
		wantP := slices.Clone(ps)
		slices.SortStableFunc(wantP, func(a, b Problem) int { return cmp.Compare(a.Offset, b.Offset) })
		sortProblems(ps)
		if !slices.Equal(ps, wantP) {
			t.Fatalf("sortProblems differs from the stable sort (list %d)", n)
		}
	}
}
