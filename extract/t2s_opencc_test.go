package extract

import (
	"maps"
	"slices"
	"unicode/utf8"

	"github.com/liuzl/da"
	"github.com/longbridgeapp/opencc"
)

// newT2STable reads the tables of cc, or returns nil when cc is not a
// converter of one group of dictionaries (its Convert is then used).
func newT2STable(cc *opencc.OpenCC) *t2sTable {
	if cc == nil || len(cc.DictChains) != 1 {
		return nil
	}
	var dicts []map[rune][]t2sKey
	for _, d := range cc.DictChains[0].Dicts {
		m, ok := dictKeys(d)
		if !ok {
			return nil
		}
		dicts = append(dicts, m)
	}
	return t2sFromDicts(dicts)
}

// t2sFromDicts makes the table of the dictionaries' keys (dictKeys: by
// first character, longest first).
func t2sFromDicts(dicts []map[rune][]t2sKey) *t2sTable {
	t := &t2sTable{dicts: len(dicts)}
	seen := map[rune]bool{}
	for _, m := range dicts {
		for c := range m {
			seen[c] = true
		}
	}
	firsts := slices.Sorted(maps.Keys(seen))
	t.at = make([]int32, 1, len(firsts)+1)
	for _, c := range firsts {
		if c < 1<<16 {
			t.first[c>>6] |= 1 << (c & 63)
		} else {
			t.far = append(t.far, c)
		}
		for d, m := range dicts {
			for _, k := range m[c] {
				t.keys = append(t.keys, t2sKey{key: k.key, val: k.val, dict: d})
			}
		}
		t.at = append(t.at, int32(len(t.keys)))
	}
	t.ranks()
	return t
}

// dictKeys lists the keys of d with their first values (what Convert
// takes), by first character, longest first. Keys that do not round-trip
// through d's own prefix match (not valid UTF-8, or empty) make it fail.
func dictKeys(d *da.Dict) (map[rune][]t2sKey, bool) {
	m := map[rune][]t2sKey{}
	for _, id := range d.Trie.PrefixPredict(nil, 0) {
		k, err := d.Trie.Key(id)
		if err != nil {
			return nil, false
		}
		v, err := d.Trie.Value(id)
		if err != nil || v < 0 || v >= len(d.Values) || len(d.Values[v]) == 0 {
			return nil, false
		}
		key := string(k)
		if !utf8.ValidString(key) || key == "" {
			return nil, false
		}
		got, err := d.PrefixMatch(key)
		if err != nil || len(got[key]) == 0 || got[key][0] != d.Values[v][0] {
			return nil, false
		}
		if !utf8.ValidString(d.Values[v][0]) {
			return nil, false
		}
		rs := []rune(key)
		if len(rs) > t2sWindow {
			continue // never within OpenCC's window
		}
		m[rs[0]] = append(m[rs[0]], t2sKey{key: rs, val: d.Values[v][0]})
	}
	for c, ks := range m {
		slices.SortStableFunc(ks, func(a, b t2sKey) int { return len(b.key) - len(a.key) })
		m[c] = ks
	}
	return m, true
}
