package extract

import (
	"hash/maphash"

	kg "github.com/cnplan/kg"
)

// relSet collects relations and their evidence (relSet.add, relations.go).
type relSet struct {
	m map[relKey][]kg.Evidence
	f *evFilter
}

func newRelSet() relSet { return relSet{m: map[relKey][]kg.Evidence{}, f: &evFilter{}} }

// evFilter is a filter of the evidence in a relSet, made when one
// relation's list grows long: a bit per hash of the relation, the
// evidence's sentence, span and trigger. A clear bit says an evidence is
// new without a scan of its relation's list, which was quadratic in a long
// document (the same relation read in every repetition of a text: 8 % of
// a 20 MB plan's CPU); a set bit leaves the answer to the scan.
type evFilter struct {
	bits []uint64
	seed maphash.Seed
}

// evFilterAt is the length of a relation's list that makes the filter;
// evFilterWords its size (1 MB: a few percent of false hits at 300,000
// pieces of evidence).
const (
	evFilterAt    = 32
	evFilterWords = 1 << 17
)

type evHashKey struct {
	k                                   relKey
	sentence, start, end, sentenceStart int
	trigger                             string
}

func (f *evFilter) bit(k relKey, ev *kg.Evidence) (int, uint64) {
	h := maphash.Comparable(f.seed, evHashKey{k, ev.Sentence, ev.Start, ev.End, ev.SentenceStart, ev.Trigger})
	h &= evFilterWords*64 - 1
	return int(h >> 6), 1 << (h & 63)
}

// insert appends ev to the evidence of k unless it holds it already.
func (rs relSet) insert(k relKey, ev kg.Evidence) {
	evs := rs.m[k]
	f := rs.f
	if f.bits == nil && len(evs) >= evFilterAt {
		f.bits = make([]uint64, evFilterWords)
		f.seed = maphash.MakeSeed()
		for k, evs := range rs.m {
			for i := range evs {
				w, b := f.bit(k, &evs[i])
				f.bits[w] |= b
			}
		}
	}
	if f.bits != nil {
		w, b := f.bit(k, &ev)
		if f.bits[w]&b == 0 {
			f.bits[w] |= b
			rs.m[k] = append(evs, ev)
			return
		}
	}
	// latest first: a repeated piece of evidence is most often the
	// sentence just read
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i] == ev {
			return
		}
	}
	rs.m[k] = append(evs, ev)
}
