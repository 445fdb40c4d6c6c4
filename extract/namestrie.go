package extract

import (
	_ "embed"
	"encoding/binary"
	"unicode/utf8"

	"github.com/cnplan/kg/extract/internal/binread"
	"github.com/cnplan/kg/extract/segment/trie"
	"github.com/cnplan/kg/gazetteer"
)

// prebuiltNames is the name matcher (Extractor.names) and the names'
// candidates (nameCands) of the embedded gazetteer, encoded by appendNames:
// decoding it skips gathering the 20,000 names through a map and walking
// them into a trie, about 3 ms of every kg process's start. newNames uses
// it only when its fingerprint is the gazetteer's NamesDigest, so that a
// stale file costs time, never a different matcher. TestPrebuiltNames
// fails when it is stale (a gazetteer file, or the code of Names,
// gatherNames or the trie, changed), and writes it again with -update
// (go generate ./extract).
//
//go:generate go test -run ^TestPrebuiltNames$ . -update
//go:embed names.bin
var prebuiltNames string // a string, so immutable

// namesMagic opens the encoding, for a version to be told apart.
const namesMagic = "kg names 2\n"

// newNames returns the name matcher of g and each key's candidates: decoded
// from prebuiltNames when it was stored from g's files, else gathered.
func newNames(g *gazetteer.Gazetteer) (*matcher, [][]nameCandidate) {
	if m, cands, ok := decodeNames(prebuiltNames, g, g.NamesDigest()); ok {
		return m, cands
	}
	keys, cands := gatherNames(g, g.Names())
	return newMatcher(keys), cands
}

// Candidate kinds in the encoding.
const (
	candRegion = iota
	candShort
	candGroup
)

// appendString appends s as its length (a uvarint) and its bytes: what
// binread's String reads back, in every prebuilt table.
func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// appendNames appends the encoding of m and cands, gathered from g, with
// fingerprint fp: the magic, fp (eight bytes, little-endian), the number
// of keys and each key (length, bytes), then each key's candidates (count,
// then kind and the index of the region in g.Regions() or of the group in
// g.Groups()), then m's trie (trie.AppendBinaryTables).
func appendNames(b []byte, m *matcher, cands [][]nameCandidate, g *gazetteer.Gazetteer, fp uint64) ([]byte, error) {
	regions, groups := map[*gazetteer.Region]int{}, map[*gazetteer.Group]int{}
	for i, r := range g.Regions() {
		regions[r] = i
	}
	for i, gr := range g.Groups() {
		groups[gr] = i
	}
	b = append(b, namesMagic...)
	b = binary.LittleEndian.AppendUint64(b, fp)
	b = binary.AppendUvarint(b, uint64(len(m.words)))
	for _, k := range m.words {
		b = appendString(b, k)
	}
	for _, cs := range cands {
		b = binary.AppendUvarint(b, uint64(len(cs)))
		for _, c := range cs {
			switch {
			case c.group != nil:
				b = append(b, candGroup)
				b = binary.AppendUvarint(b, uint64(groups[c.group]))
			case c.short:
				b = append(b, candShort)
				b = binary.AppendUvarint(b, uint64(regions[c.region]))
			default:
				b = append(b, candRegion)
				b = binary.AppendUvarint(b, uint64(regions[c.region]))
			}
		}
	}
	return m.t.AppendBinaryTables(b)
}

// decodeNames returns the matcher and candidates that appendNames encoded
// in data with fingerprint fp, of the regions and groups of g; false if
// it has another fingerprint or is corrupt. The keys are pieces of data.
func decodeNames(data string, g *gazetteer.Gazetteer, fp uint64) (*matcher, [][]nameCandidate, bool) {
	if len(data) < len(namesMagic)+8 || data[:len(namesMagic)] != namesMagic ||
		binary.LittleEndian.Uint64([]byte(data[len(namesMagic):len(namesMagic)+8])) != fp {
		return nil, nil, false
	}
	r := binread.New(data[len(namesMagic)+8:])
	n := r.Count()
	keys := make([]string, n)
	for i := range keys {
		if d := r.Rest(); len(d) > 0 && d[0] < 0x80 && int(d[0]) < len(d) { // a length of one byte, read here
			keys[i] = d[1 : 1+int(d[0])]
			r.Skip(1 + int(d[0]))
			continue
		}
		keys[i] = r.String()
	}
	regions, groups := g.Regions(), g.Groups()
	cands := make([][]nameCandidate, n)
	var all []nameCandidate
	for i := range cands {
		k := r.Count()
		if !r.OK() {
			return nil, nil, false
		}
		if len(all) < k {
			all = make([]nameCandidate, max(k, 4096))
		}
		cs := all[:k:k]
		all = all[k:]
		for j := range cs {
			// the kind and the index, a byte and one or two: read here
			// (uvarint2), not by two calls of Uvarint for each of 16,000
			// candidates
			var kind, x int
			if d := r.Rest(); len(d) >= 3 && d[0] <= candGroup && d[1] < 0x80 {
				kind, x = int(d[0]), int(d[1])
				r.Skip(2)
			} else if len(d) >= 3 && d[0] <= candGroup && d[2] < 0x80 {
				kind, x = int(d[0]), int(d[1]&0x7f)|int(d[2])<<7
				r.Skip(3)
			} else {
				kind = r.Uvarint(candGroup)
				x = r.Uvarint(uint64(max(len(regions), len(groups))))
			}
			switch {
			case !r.OK():
				return nil, nil, false
			case kind == candGroup && x < len(groups):
				cs[j] = nameCandidate{group: groups[x]}
			case kind != candGroup && x < len(regions):
				cs[j] = nameCandidate{region: regions[x], short: kind == candShort}
			default:
				return nil, nil, false
			}
		}
		cands[i] = cs
	}
	if !r.OK() {
		return nil, nil, false
	}
	t, rest, err := trie.DecodeTables(r.Rest())
	if err != nil || rest != "" {
		return nil, nil, false
	}
	return &matcher{t: t, words: keys}, cands, true
}

// gatherNames returns the keys of the name matcher, the gazetteer's names
// of two characters or more (a group's also with its opening short form in
// quotes), each once in the order names first gives it, and each key's
// candidates in that order.
func gatherNames(g *gazetteer.Gazetteer, names []gazetteer.Name) ([]string, [][]nameCandidate) {
	// sized for every name at once, where growing them cost more than
	// filling them
	idx := make(map[string]int, len(names))
	keys := make([]string, 0, len(names))
	// each key's candidates are gathered as (key, candidate) pairs and
	// then laid out in one array, key after key in the order they came: a
	// slice grown for each of the 20,000 keys was 3.5 M instructions of
	// every start
	type keyCand struct {
		key int
		c   nameCandidate
	}
	pairs := make([]keyCand, 0, len(names))
	counts := make([]int, 0, len(names))
	for _, n := range names {
		var c nameCandidate
		switch n.Kind {
		case gazetteer.FullName, gazetteer.VariantName, gazetteer.ByName, gazetteer.PrefectureName, gazetteer.AutonomousCountyName, gazetteer.BannerName: // (蓉城 names 成都 alone; 恩施州, 芷江县, 察右前旗)
			r, _ := g.Region(n.Code)
			c = nameCandidate{region: r}
		case gazetteer.ShortName:
			r, _ := g.Region(n.Code)
			c = nameCandidate{region: r, short: true}
		case gazetteer.GroupName, gazetteer.GroupAlias:
			gr, _ := g.Group(n.Group)
			c = nameCandidate{group: gr}
		default:
			continue
		}
		if _, k := utf8.DecodeRuneInString(n.Key); k == len(n.Key) {
			continue // fewer than two characters
		}
		i, ok := idx[n.Key]
		if !ok {
			i = len(keys)
			idx[n.Key] = i
			keys = append(keys, n.Key)
			counts = append(counts, 0)
		}
		pairs = append(pairs, keyCand{i, c})
		counts[i]++
		if c.group != nil {
			// “海丝”核心区: a group's name written with its opening short
			// form in quotes is the same name
			r := []rune(n.Key)
			for q := 2; q <= 4 && q+2 <= len(r); q++ {
				quoted := "“" + string(r[:q]) + "”" + string(r[q:])
				j, ok := idx[quoted]
				if !ok {
					j = len(keys)
					idx[quoted] = j
					keys = append(keys, quoted)
					counts = append(counts, 0)
				}
				pairs = append(pairs, keyCand{j, c})
				counts[j]++
			}
		}
	}
	all := make([]nameCandidate, len(pairs))
	cands := make([][]nameCandidate, len(keys))
	at := 0
	for i, n := range counts {
		cands[i] = all[at : at : at+n] // filled below, in order
		at += n
	}
	for _, p := range pairs {
		cands[p.key] = append(cands[p.key], p.c)
	}
	return keys, cands
}
