package extract

import (
	"math/rand"
	"testing"
)

// TestSpanIndex checks the index against the scans of every mention it
// replaced, on random spans with repeated starts and ends.
func TestSpanIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 300; round++ {
		var ms []*mention
		for i := rng.Intn(30); i > 0; i-- {
			s := rng.Intn(40)
			ms = append(ms, &mention{start: s, end: s + rng.Intn(8), kind: mentionKind(rng.Intn(4))})
		}
		keep := func(m *mention) bool { return m.kind != mNamed }
		x := newSpanIndex(ms, keep)
		for q := 0; q < 100; q++ {
			a := rng.Intn(45)
			b := a + rng.Intn(10)
			var overlaps, covers bool
			var within []*mention
			for _, m := range ms {
				if !keep(m) {
					continue
				}
				overlaps = overlaps || m.start < b && m.end > a
				covers = covers || m.start <= a && m.end >= b
				if m.start >= a && m.end <= b {
					within = append(within, m)
				}
			}
			if got := x.overlaps(a, b); got != overlaps {
				t.Fatalf("overlaps(%d, %d) = %v, want %v", a, b, got, overlaps)
			}
			if got := x.covers(a, b); got != covers {
				t.Fatalf("covers(%d, %d) = %v, want %v", a, b, got, covers)
			}
			seen := map[*mention]bool{}
			x.within(a, b, func(m *mention) { seen[m] = true })
			if len(seen) != len(within) {
				t.Fatalf("within(%d, %d): %d spans, want %d", a, b, len(seen), len(within))
			}
			for _, m := range within {
				if !seen[m] {
					t.Fatalf("within(%d, %d) misses %v", a, b, *m)
				}
			}
		}
	}
}
