package extract

import "slices"

// posIndex orders the items of a list by position, so that the items at
// positions in a window are found by bisection instead of a scan of the
// list per question (crossRuns asked it for every run: quadratic in a
// long document).
type posIndex struct {
	pos []int // ascending
	idx []int // the item at each
}

// provsByPos indexes the n items of a list whose positions pos gives.
func provsByPos(n int, pos func(k int) int) posIndex {
	x := posIndex{pos: make([]int, n), idx: make([]int, n)}
	for k := range n {
		x.idx[k] = k
	}
	slices.SortStableFunc(x.idx, func(a, b int) int { return pos(a) - pos(b) })
	for i, k := range x.idx {
		x.pos[i] = pos(k)
	}
	return x
}

// provsWithin returns the items at positions in [lo, hi) in the list's
// own order (what a scan of the list keeps), in *buf.
func provsWithin(x posIndex, lo, hi int, buf *[]int) []int {
	a, _ := slices.BinarySearch(x.pos, lo)
	b, _ := slices.BinarySearch(x.pos, hi)
	out := append((*buf)[:0], x.idx[a:b]...)
	slices.Sort(out)
	*buf = out
	return out
}
