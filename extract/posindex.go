package extract

import "slices"

// posIndex orders the items of a list by position, so that the items at
// positions in a window are found by bisection instead of a scan of the
// list per question (crossRuns asked it for every run: quadratic in a
// long document). A short list is scanned.
type posIndex struct {
	at  []int // the items' positions, in the list's order
	pos []int // ascending (nil: a short list)
	idx []int // the item at each
}

// posScan is the length of a list scanned rather than bisected.
const posScan = 16

// provsByPos indexes the n items of a list whose positions pos gives.
func provsByPos(n int, pos func(k int) int) posIndex {
	x := posIndex{at: make([]int, n)}
	for k := range n {
		x.at[k] = pos(k)
	}
	if n <= posScan {
		return x
	}
	x.pos, x.idx = make([]int, n), make([]int, n)
	for k := range n {
		x.idx[k] = k
	}
	slices.SortStableFunc(x.idx, func(a, b int) int { return x.at[a] - x.at[b] })
	for i, k := range x.idx {
		x.pos[i] = x.at[k]
	}
	return x
}

// provsWithin returns the items at positions in [lo, hi) in the list's
// own order (what a scan of the list keeps), in *buf.
func provsWithin(x posIndex, lo, hi int, buf *[]int) []int {
	out := (*buf)[:0]
	if x.pos == nil {
		for k, p := range x.at {
			if p >= lo && p < hi {
				out = append(out, k)
			}
		}
	} else {
		a, _ := slices.BinarySearch(x.pos, lo)
		b, _ := slices.BinarySearch(x.pos, hi)
		out = append(out, x.idx[a:b]...)
		slices.Sort(out)
	}
	*buf = out
	return out
}
