package extract

import (
	"slices"

	"github.com/cnplan/kg/extract/segment/trie"
	"github.com/cnplan/kg/gazetteer"
)

// townSet finds the short names of towns and streets (the gazetteer's
// towns.tsv: 良乡, 宁东, 寸滩) at a position of a text. Towns are no
// entities: a town only vouches that a name's modifier opens with a proper
// place name (良乡大学城, 宁东基地), where the name would otherwise be a kind
// of thing named by no place. Built once by New.
type townSet struct {
	t *trie.Trie
	// provs are the province codes of each key's towns, by the key's value
	// in t
	provs [][]string
}

func newTownSet(g *gazetteer.Gazetteer) townSet {
	towns := g.TownNames()
	// Sized for every town at once: growing them, and a slice of its own
	// for each key's first province, were most of the time of building
	// the set.
	idx := make(map[string]int32, len(towns))
	keys := make([][]rune, 0, len(towns))
	provs := make([][]string, 0, len(towns))
	firsts := make([]string, len(towns)) // the first province of key i is firsts[i]
	// the keys' characters, one after the other: a slice each was 26,000
	// allocations (a longer buffer than this, if the names are not all Han
	// characters, leaves the keys before it where they are)
	size := 0
	for _, tn := range towns {
		size += len(tn.Key)
	}
	runes := make([]rune, 0, size/3+1)
	county, prov := "", "" // the towns come by county: its province is looked up once
	for _, tn := range towns {
		i, ok := idx[tn.Key]
		if !ok {
			i = int32(len(keys))
			idx[tn.Key] = i
			n := len(runes)
			runes = appendDecoded(runes, tn.Key)
			keys = append(keys, runes[n:len(runes):len(runes)])
			provs = append(provs, nil)
		}
		if tn.County != county {
			county, prov = tn.County, ""
			if p := g.Province(tn.County); p != nil {
				prov = p.Code
			}
		}
		if prov == "" || slices.Contains(provs[i], prov) {
			continue
		}
		if provs[i] == nil {
			firsts[i] = prov
			provs[i] = firsts[i : i+1 : i+1] // a second province copies it out
		} else {
			provs[i] = append(provs[i], prov)
		}
	}
	vals := make([]int32, len(keys))
	for i := range vals {
		vals[i] = int32(i)
	}
	return townSet{t: trie.New(keys, vals), provs: provs}
}

// townOpens reports a town of the document's subject province whose name
// opens the modifier text[start:headStart] (宁东|基地, 寸滩|国际新城) and ends
// where a word of the segmentation ends: the segmenter does not read it
// into a longer ordinary word. Without a subject province no town counts.
func (d *recognizer) townOpens(start, headStart int) bool { return d.townAt(start, headStart) > 0 }

// townAt returns the length of the first town of the subject province whose
// name opens text[start:headStart] as townOpens reads it (准东 in 国能|准东|20亿
// 立方米/年煤制天然气项目), or 0.
func (d *recognizer) townAt(start, headStart int) int {
	ts := &d.x.towns
	if d.subjProv == nil || ts.t == nil || start < 0 || headStart > len(d.text) || !ts.t.MayStart(d.text[start]) || d.joinedAt(start) {
		return 0
	}
	st := int32(0)
	for k := start; k < headStart; k++ {
		var v int32
		if st, v = ts.t.Step(st, d.text[k]); st < 0 {
			return 0
		}
		if v >= 0 && slices.Contains(ts.provs[v], d.subjProv.Code) && !d.joinedAt(k+1) {
			return k + 1 - start
		}
	}
	return 0
}

// joinedAt reports a word of the segmentation that holds both text[k-1]
// and text[k] (wordAcross without its slice of words).
func (d *docText) joinedAt(k int) bool {
	if k <= 0 || k >= len(d.text) || !d.mayJoin(k) {
		return false
	}
	d.cutAt(k - 1)
	return d.tokenAt(k-1).End > k
}
