package extract

import (
	"math/rand"
	"slices"
	"testing"
)

// TestProvsWithin compares provsWithin with the scan it replaces.
func TestProvsWithin(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	var buf []int
	for n := 0; n < 300; n++ {
		pos := make([]int, rng.Intn(50))
		for k := range pos {
			pos[k] = rng.Intn(200)
		}
		x := provsByPos(len(pos), func(k int) int { return pos[k] })
		for q := 0; q < 20; q++ {
			lo := rng.Intn(240) - 40
			hi := lo + rng.Intn(100)
			var want []int
			for k, p := range pos {
				if p >= lo && p < hi {
					want = append(want, k)
				}
			}
			if got := provsWithin(x, lo, hi, &buf); !slices.Equal(got, want) && len(want)+len(got) > 0 {
				t.Fatalf("provsWithin(%v, %d, %d) = %v, want %v", pos, lo, hi, got, want)
			}
		}
	}
}
