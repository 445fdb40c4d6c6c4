package extract

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"slices"

	"github.com/cnplan/kg/extract/internal/binread"
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
	// The province codes of each key's towns, by the key's value v in t:
	// codes[x] for each x of provIdx[provAt[v]:provAt[v+1]]. codes are the
	// distinct ones in the order they first come (as appendBinary writes
	// them). (A list of strings for each of the 22,000 keys was 0.9 MB of
	// a process's start-up, touched once to be written.)
	codes   []string
	provAt  []int32
	provIdx []uint16
}

// hasProvince reports that key v of t names a town of the province code.
func (ts *townSet) hasProvince(v int32, code string) bool {
	for _, x := range ts.provIdx[ts.provAt[v]:ts.provAt[v+1]] {
		if ts.codes[x] == code {
			return true
		}
	}
	return false
}

// newCompactTownSet lays provs (the province codes of each key) out as
// townSet holds them.
func newCompactTownSet(t *trie.Trie, provs [][]string) townSet {
	ts := townSet{t: t, provAt: make([]int32, len(provs)+1)}
	index := map[string]int{}
	entries := 0
	for _, ps := range provs {
		entries += len(ps)
	}
	ts.provIdx = make([]uint16, 0, entries)
	for v, ps := range provs {
		for _, p := range ps {
			x, ok := index[p]
			if !ok {
				x = len(ts.codes)
				if x > 0xFFFF {
					panic("extract: more than 65,536 province codes in the town set")
				}
				index[p] = x
				ts.codes = append(ts.codes, p)
			}
			ts.provIdx = append(ts.provIdx, uint16(x))
		}
		ts.provAt[v+1] = int32(len(ts.provIdx))
	}
	return ts
}

// newTownSet returns the town set of g: the prebuilt one (towns.bin) when
// it was built from the same towns and provinces as g's, else one built
// from g. Either way the set is the same; only building costs more.
func newTownSet(g *gazetteer.Gazetteer) townSet {
	// the digest of the gazetteer's files, not of its towns: the towns
	// are read only if the set must be built (9 M instructions of a
	// process's start, and 4 M more to hash them one by one)
	if ts, ok := decodeTownSet(prebuiltTowns, g.TownsDigest()); ok {
		return ts
	}
	return buildTownSet(g, g.TownNames())
}

// buildTownSet builds the town set of towns, g's TownNames.
func buildTownSet(g *gazetteer.Gazetteer, towns []gazetteer.TownName) townSet {
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
	return newCompactTownSet(trie.New(keys, vals), provs)
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
	if n := d.provinceTownAt(start, headStart); n > 0 || len(d.subjectTowns()) == 0 {
		return n
	}
	// 古田|“一台戏”项目 in a report of 上杭县: a town of the subject named
	// like a region elsewhere, which the province's towns leave out
	if start < 0 || start >= len(d.text) || !d.subjTownFirsts[d.text[start]] {
		return 0 // (most starts: no such town opens with the character)
	}
	for n := 2; n <= 4 && start+n <= headStart; n++ {
		if d.subjTowns[d.sub(start, start+n)] && !d.joinedAt(start+n) {
			return n
		}
	}
	return 0
}

// provinceTownAt is townAt over the towns of the subject province that
// TownNames lists.
func (d *recognizer) provinceTownAt(start, headStart int) int {
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
		if v >= 0 && ts.hasProvince(v, d.subjProv.Code) && !d.joinedAt(k+1) {
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

// prebuiltTowns is the town set of the embedded gazetteer, encoded by
// appendBinary: decoding it skips sorting 26,000 town names and walking
// them into a trie, which with the map that merges equal names took about
// 35 M instructions, a fifth of a kg process's start-up. newTownSet uses it
// only when its fingerprint is the gazetteer's TownsDigest, so that a
// stale file costs time, never a different set. TestPrebuiltTowns fails
// when it is stale, and writes it again with -update (go generate ./extract).
//
//go:generate go test -run ^TestPrebuiltTowns$ . -update
//go:generate go generate ../gazetteer
//go:embed towns.bin
var prebuiltTowns string // a string, so immutable

// townsMagic opens the encoding, for a version to be told apart.
const townsMagic = "kg towns 3\n"

// appendBinary appends the encoding of ts with fingerprint fp: the magic,
// fp (eight bytes, little-endian), the distinct province codes, then the
// number of keys, of province entries, and for each key the count and
// indices of its provinces (uvarints), then the trie with its built tables
// (trie.AppendBinaryTables).
func (ts townSet) appendBinary(b []byte, fp uint64) ([]byte, error) {
	b = append(b, townsMagic...)
	b = binary.LittleEndian.AppendUint64(b, fp)
	b = binary.AppendUvarint(b, uint64(len(ts.codes)))
	for _, c := range ts.codes {
		b = appendString(b, c)
	}
	b = binary.AppendUvarint(b, uint64(len(ts.provAt)-1))
	b = binary.AppendUvarint(b, uint64(len(ts.provIdx)))
	for v := range len(ts.provAt) - 1 {
		ps := ts.provIdx[ts.provAt[v]:ts.provAt[v+1]]
		b = binary.AppendUvarint(b, uint64(len(ps)))
		for _, x := range ps {
			b = binary.AppendUvarint(b, uint64(x))
		}
	}
	return ts.t.AppendBinaryTables(b)
}

var errTowns = errors.New("extract: corrupt prebuilt town set")

// decodeTownSet returns the town set that data encodes, if it has
// fingerprint fp; false if it has another or is corrupt.
func decodeTownSet(data string, fp uint64) (townSet, bool) {
	ts, gotFP, err := decodeTowns(data)
	return ts, err == nil && gotFP == fp
}

// decodeTowns returns the town set that appendBinary encoded in data and
// its fingerprint.
func decodeTowns(data string) (townSet, uint64, error) {
	if len(data) < len(townsMagic)+8 || data[:len(townsMagic)] != townsMagic {
		return townSet{}, 0, errTowns
	}
	r := binread.New(data[len(townsMagic):])
	fp := r.Uint64()
	codes := make([]string, r.Count())
	for i := range codes {
		codes[i] = r.String()
	}
	nkeys, entries := r.Count(), r.Count()
	if !r.OK() || len(codes) > 0x10000 {
		return townSet{}, 0, errTowns
	}
	provAt := make([]int32, nkeys+1)
	provIdx := make([]uint16, entries) // every key's provinces, one after the other
	j := 0
	for i := range nkeys {
		if d := r.Rest(); len(codes) <= 0x80 && len(d) > 0 && d[0] < 0x80 && int(d[0]) <= entries-j && int(d[0]) < len(d) {
			// the count and its indexes, a byte each, read here without
			// a call (most of the 22,000 keys; the general path below)
			c := int(d[0])
			for k, x := range []byte(d[1 : 1+c]) {
				if int(x) >= len(codes) {
					return townSet{}, 0, errTowns
				}
				provIdx[j+k] = uint16(x)
			}
			r.Skip(1 + c)
			j += c
			provAt[i+1] = int32(j)
			continue
		}
		c := r.Uvarint(uint64(entries - j))
		if !r.OK() {
			return townSet{}, 0, errTowns
		}
		if len(codes) <= 0x80 {
			// each index one byte, its value (a byte of 0x80 or more
			// starts an index of 128 or more: corrupt as well), read
			// without a call apiece (1.4 M instructions of start-up)
			for k, x := range []byte(r.Bytes(c)) {
				if int(x) >= len(codes) {
					return townSet{}, 0, errTowns
				}
				provIdx[j+k] = uint16(x)
			}
			if !r.OK() {
				return townSet{}, 0, errTowns
			}
		} else {
			for k := j; k < j+c; k++ {
				x := r.Uvarint(uint64(len(codes)))
				if !r.OK() || x >= len(codes) {
					return townSet{}, 0, errTowns
				}
				provIdx[k] = uint16(x)
			}
		}
		j += c
		provAt[i+1] = int32(j)
	}
	t, rest, err := trie.DecodeTables(r.Rest())
	if !r.OK() || j != entries || err != nil || rest != "" {
		return townSet{}, 0, errTowns
	}
	return townSet{t: t, codes: codes, provAt: provAt, provIdx: provIdx}, fp, nil
}
