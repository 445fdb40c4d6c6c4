package inmem

import (
	"slices"
	"strings"

	kg "github.com/cnplan/kg"
)

// nameIndex finds the entities whose name, an alias or the pinyin may
// contain a search text, without reading every entity: a search text is a
// substring of a field only if each of its character pairs (each character,
// for a text of one) is in that field. Fields and texts are indexed and
// looked up in lower case (strings.ToLower maps each character alone, so
// a substring stays one), which serves both search, whose match is exact,
// and the entity list's name filter (kg.NameMatches), which ignores case.
// Candidates are then checked with kg.ScoreEntity or kg.NameMatches, so the
// index changes what is read, never what is found.
type nameIndex struct {
	pairs map[[2]rune][]int32 // entity indexes, ascending, whose fields hold the pair
	runes map[rune][]int32    // the same per character, for one-character texts
}

// newNameIndex indexes the fields of ents (sorted by id, as in state).
func newNameIndex(ents []*kg.Entity) *nameIndex {
	ix := &nameIndex{pairs: map[[2]rune][]int32{}, runes: map[rune][]int32{}}
	for i, e := range ents {
		idx := int32(i)
		add := func(s string) {
			var prev rune
			for k, r := range []rune(strings.ToLower(s)) {
				if p := ix.runes[r]; len(p) == 0 || p[len(p)-1] != idx {
					ix.runes[r] = append(p, idx)
				}
				if k > 0 {
					key := [2]rune{prev, r}
					if p := ix.pairs[key]; len(p) == 0 || p[len(p)-1] != idx {
						ix.pairs[key] = append(p, idx)
					}
				}
				prev = r
			}
		}
		add(e.Name)
		for _, a := range e.Aliases {
			add(a)
		}
		add(e.Pinyin)
	}
	return ix
}

// candidates returns the entity indexes, ascending, that may match text:
// the intersection of the postings of its pairs, rarest first.
func (ix *nameIndex) candidates(text string) []int32 {
	rs := []rune(strings.ToLower(text))
	if len(rs) == 0 {
		return nil
	}
	var lists [][]int32
	if len(rs) == 1 {
		lists = append(lists, ix.runes[rs[0]])
	}
	for k := 1; k < len(rs); k++ {
		lists = append(lists, ix.pairs[[2]rune{rs[k-1], rs[k]}])
	}
	slices.SortFunc(lists, func(a, b []int32) int { return len(a) - len(b) })
	out := slices.Clone(lists[0])
	for _, l := range lists[1:] {
		if len(out) == 0 {
			break
		}
		out = intersect(out, l)
	}
	return out
}

// intersect keeps the elements of a (ascending) that are in b (ascending),
// in place.
func intersect(a, b []int32) []int32 {
	out := a[:0]
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j == len(b) {
			break
		}
		if b[j] == x {
			out = append(out, x)
		}
	}
	return out
}
