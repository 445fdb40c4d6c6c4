package inmem

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cnplan/kg"
)

// TestNameIndexFindsWhatAScanFinds: for texts taken from the entities'
// fields (whole, prefixes, inner pieces, one character) and for texts that
// match nothing, the index's candidates hold every entity a full scan
// scores above zero, so Search's hits are the scan's.
func TestNameIndexFindsWhatAScanFinds(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	syll := []string{"ping", "xiang", "gan", "zhou", "nan", "chang", "ji", "an", "shi", "qu"}
	han := []rune("萍乡赣州南昌吉安市区县高新开发园铁路湘江西东北")
	var ents []*kg.Entity
	for i := range 400 {
		name := make([]rune, 2+rng.IntN(6))
		for k := range name {
			name[k] = han[rng.IntN(len(han))]
		}
		py := ""
		for range 2 + rng.IntN(3) {
			py += syll[rng.IntN(len(syll))]
		}
		e := &kg.Entity{ID: fmt.Sprintf("park:%04d", i), Type: kg.Park, Name: string(name), Pinyin: py}
		if rng.IntN(3) == 0 {
			e.Aliases = []string{string(name[:len(name)-1])}
		}
		ents = append(ents, e)
	}
	slices.SortFunc(ents, func(a, b *kg.Entity) int { return cmp.Compare(a.ID, b.ID) })
	ix := newNameIndex(ents)

	var texts []string
	for _, e := range ents[:60] {
		r := []rune(e.Name)
		texts = append(texts, e.Name, string(r[:1]), string(r[1:]), e.Pinyin, e.Pinyin[:3], e.Pinyin[2:])
	}
	texts = append(texts, "无此名", "zzz", "q", "湘江西", "xiangjiang")

	for _, text := range texts {
		cands := ix.candidates(text)
		if !slices.IsSorted(cands) {
			t.Fatalf("%q: candidates not in id order", text)
		}
		var scan []int32
		for i, e := range ents {
			if s, _ := kg.ScoreEntity(e.Name, e.Aliases, e.Pinyin, text); s > 0 {
				scan = append(scan, int32(i))
			}
		}
		for _, i := range scan {
			if _, found := slices.BinarySearch(cands, i); !found {
				t.Errorf("%q: %s (%s, %s) matches but is no candidate", text, ents[i].ID, ents[i].Name, ents[i].Pinyin)
			}
		}
	}
}
