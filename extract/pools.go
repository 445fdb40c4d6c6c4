package extract

import "sync"

// slicePool keeps the slices a stage reads and lets go, for the next
// document: a sync.Pool of *[]T. The pools are the package's only
// variables that change; they hold no state a result depends on (a slice
// is taken empty or written whole before it is read, and given back only
// when nothing reads it; docs/design.md).
type slicePool[T any] struct{ p sync.Pool }

// take returns an empty slice, one the pool kept if it has one.
func (sp *slicePool[T]) take() []T {
	if p, _ := sp.p.Get().(*[]T); p != nil {
		return (*p)[:0]
	}
	return nil
}

// takeLen returns a slice of n elements: one the pool kept, with its old
// contents, when it has one with room for n; a new, zeroed one otherwise.
func (sp *slicePool[T]) takeLen(n int) []T {
	if p, _ := sp.p.Get().(*[]T); p != nil && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]T, n)
}

// give keeps s for a later take: nothing may read it after.
func (sp *slicePool[T]) give(s []T) {
	if cap(s) > 0 {
		s = s[:0]
		sp.p.Put(&s)
	}
}
