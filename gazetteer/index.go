package gazetteer

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
)

// index maps distinct keys to lists of items: the gazetteer's lookups by
// code, name, short name and group name. Its hash table is built once
// (buildSlots) and stored in index.bin with the rest of what Load reads
// out of regions.tsv and groups.tsv: a process decodes it instead of
// parsing the files and filling Go maps (12,700 insertions, 9 M
// instructions of every kg process's start).
type index[T any] struct {
	// keys are the distinct keys
	keys []string
	// start: the items of keys[j] are items[start[j]:start[j+1]]; nil
	// when each key has one item, items[j]
	start []int32
	items []T
	// slots is the open-addressing table of the keys (linear probing
	// from hashKey): slot s holds j+1 as a little-endian uint16, 0 when
	// empty; its length is 2 << bits of a power of two
	slots string
}

// find returns the position of k in x.keys, or -1.
func (x *index[T]) find(k string) int {
	n := uint32(len(x.slots) / 2)
	if n == 0 {
		return -1
	}
	mask := n - 1
	for s := hashKey(k) & mask; ; s = (s + 1) & mask {
		j := int(x.slots[2*s]) | int(x.slots[2*s+1])<<8
		if j == 0 {
			return -1
		}
		if x.keys[j-1] == k {
			return j - 1
		}
	}
}

// one returns the item of k, for an index of one item a key.
func (x *index[T]) one(k string) (T, bool) {
	if j := x.find(k); j >= 0 {
		return x.items[j], true
	}
	var zero T
	return zero, false
}

// get returns the items of k (capped: an append copies them), nil if none.
func (x *index[T]) get(k string) []T {
	j := x.find(k)
	if j < 0 {
		return nil
	}
	if x.start == nil {
		return x.items[j : j+1 : j+1]
	}
	return x.items[x.start[j]:x.start[j+1]:x.start[j+1]]
}

// has reports a key.
func (x *index[T]) has(k string) bool { return x.find(k) >= 0 }

// codeIndex finds a region by its code: the code's six bytes read as a
// number, hashed to a slot, numbers compared; no string is hashed or
// compared (Region, Province and Within ask it for many candidates of
// every document).
type codeIndex struct {
	nums  []uint64 // nums[i] is the number of items[i]'s code (codeNum)
	items []*Region
	slots string // as index's: i+1 as a little-endian uint16 a slot
	shift uint8  // 64 - log2 of the number of slots
}

// codeNum is the number of a code of six bytes, its bytes in little-endian
// order: two codes are equal if and only if their numbers are.
func codeNum(k string) uint64 {
	_ = k[5]
	return uint64(k[0]) | uint64(k[1])<<8 | uint64(k[2])<<16 | uint64(k[3])<<24 | uint64(k[4])<<32 | uint64(k[5])<<40
}

// codeSlot is the first slot of a code's number.
func codeSlot(v uint64, shift uint8) uint32 { return uint32(v * 0x9E3779B97F4A7C15 >> shift) }

func newCodeIndex(regions []*Region, slots string) codeIndex {
	x := codeIndex{nums: make([]uint64, len(regions)), items: regions, slots: slots, shift: 64}
	for i, r := range regions {
		if len(r.Code) == 6 {
			x.nums[i] = codeNum(r.Code)
		}
	}
	for n := len(slots) / 2; n > 1; n /= 2 {
		x.shift--
	}
	return x
}

// codeSlots makes codeIndex's table of regions (at least twice as many
// slots as regions, a power of two).
func codeSlots(regions []*Region) (string, error) {
	if len(regions) >= 1<<16-1 {
		return "", fmt.Errorf("gazetteer: %d regions for a table of uint16", len(regions))
	}
	n := 16
	for n < 2*len(regions) {
		n *= 2
	}
	x := newCodeIndex(regions, strings.Repeat("\x00", 2*n))
	b := make([]byte, 2*n)
	for i, v := range x.nums {
		if len(regions[i].Code) != 6 {
			return "", fmt.Errorf("gazetteer: code %q", regions[i].Code)
		}
		s := codeSlot(v, x.shift)
		for b[2*s] != 0 || b[2*s+1] != 0 {
			s = (s + 1) & uint32(n-1)
		}
		binary.LittleEndian.PutUint16(b[2*s:], uint16(i+1))
	}
	return string(b), nil
}

// get returns the region with code k, nil if none.
func (x *codeIndex) get(k string) *Region {
	if len(k) != 6 || len(x.slots) == 0 {
		return nil
	}
	v := codeNum(k)
	mask := uint32(len(x.slots)/2 - 1)
	for s := codeSlot(v, x.shift); ; s = (s + 1) & mask {
		i := int(x.slots[2*s]) | int(x.slots[2*s+1])<<8
		if i == 0 {
			return nil
		}
		if x.nums[i-1] == v {
			return x.items[i-1]
		}
	}
}

// find returns the index of the region with code k, -1 if none.
func (x *codeIndex) find(k string) int {
	if len(k) != 6 || len(x.slots) == 0 {
		return -1
	}
	v := codeNum(k)
	mask := uint32(len(x.slots)/2 - 1)
	for s := codeSlot(v, x.shift); ; s = (s + 1) & mask {
		i := int(x.slots[2*s]) | int(x.slots[2*s+1])<<8
		if i == 0 {
			return -1
		}
		if x.nums[i-1] == v {
			return i - 1
		}
	}
}

// one returns the region with code k.
func (x *codeIndex) one(k string) (*Region, bool) {
	r := x.get(k)
	return r, r != nil
}

// has reports a region with code k.
func (x *codeIndex) has(k string) bool { return x.get(k) != nil }

// hashKey hashes a key eight bytes at a time. The stored tables depend on
// it: a change must regenerate index.bin (TestPrebuiltIndex fails until
// then).
func hashKey(k string) uint32 {
	const m = 0x9E3779B97F4A7C15
	h := uint64(len(k)) * m
	for ; len(k) >= 8; k = k[8:] {
		h = (h ^ (uint64(k[0]) | uint64(k[1])<<8 | uint64(k[2])<<16 | uint64(k[3])<<24 |
			uint64(k[4])<<32 | uint64(k[5])<<40 | uint64(k[6])<<48 | uint64(k[7])<<56)) * m
		h ^= h >> 29
	}
	w := uint64(0)
	for i := len(k) - 1; i >= 0; i-- {
		w = w<<8 | uint64(k[i])
	}
	h = (h ^ w) * m
	return uint32(h >> 32)
}

// buildSlots makes the hash table of distinct keys, at least twice as
// many slots as keys.
func buildSlots(keys []string) (string, error) {
	if len(keys) >= 1<<16-1 {
		return "", fmt.Errorf("gazetteer: %d keys for a table of uint16", len(keys))
	}
	n := uint32(16)
	for n < 2*uint32(len(keys)) {
		n *= 2
	}
	b := make([]byte, 2*n)
	for j, k := range keys {
		s := hashKey(k) & (n - 1)
		for b[2*s] != 0 || b[2*s+1] != 0 {
			s = (s + 1) & (n - 1)
		}
		binary.LittleEndian.PutUint16(b[2*s:], uint16(j+1))
	}
	return string(b), nil
}

// newIndex makes an index of keys and their lists (lists[j] for keys[j];
// nil lists for one item a key, items[j]).
func newIndex[T any](keys []string, lists [][]T, items []T) (index[T], error) {
	x := index[T]{keys: keys, items: items}
	if lists != nil {
		x.start = make([]int32, len(keys)+1)
		x.items = nil
		for j, l := range lists {
			x.items = append(x.items, l...)
			x.start[j+1] = int32(len(x.items))
		}
	}
	var err error
	x.slots, err = buildSlots(keys)
	return x, err
}

// prebuiltIndex is index.bin: the regions' and groups' fields as lengths
// in regions.tsv and groups.tsv, parents, and the tables of byCode,
// byName, byShort and byGroup (encodeIndex), stored with the digest of
// the files it was made from (NamesDigest's, which covers both). Load
// decodes it when the digest is the embedded files', else parses them.
// TestPrebuiltIndex fails when it is stale and writes it with -update.
//
//go:generate go test -run ^TestPrebuiltIndex$ . -update
//go:embed index.bin
var prebuiltIndex string

const indexMagic = "kg gazetteer index 2\n"

// encodeIndex encodes the regions and groups of g (which Load parsed),
// for digest d.
func (g *Gazetteer) encodeIndex(d uint64) ([]byte, error) {
	b := []byte(indexMagic)
	b = binary.LittleEndian.AppendUint64(b, d)
	pos := map[*Region]int{}
	for i, r := range g.regions {
		pos[r] = i
	}
	b = binary.AppendUvarint(b, uint64(len(g.regions)))
	rest := regionsTSV[strings.IndexByte(regionsTSV, '\n')+1:]
	for _, r := range g.regions {
		var fs []string
		var err error
		if fs, rest, err = nextFields(rest, 9, r.Code, "regions"); err != nil {
			return nil, err
		}
		for _, f := range fs {
			if len(f) > 255 {
				return nil, fmt.Errorf("gazetteer: %s: a field of %d bytes", r.Code, len(f))
			}
			b = append(b, byte(len(f)))
		}
		p := 0
		if r.up != nil {
			p = pos[r.up] + 1
		}
		b = binary.LittleEndian.AppendUint16(b, uint16(p))
	}
	b = appendSlots(b, g.byCode.slots)
	for _, x := range []*index[*Region]{&g.byName, &g.byShort} {
		b = binary.AppendUvarint(b, uint64(len(x.keys)))
		for j, k := range x.keys {
			// the key as a field of its first region: 0 the name (or
			// short name), 1+v its variant v
			r := x.items[x.start[j]]
			w := -1
			if k == r.Name && x == &g.byName || k == r.Short && x == &g.byShort {
				w = 0
			}
			for v, s := range r.Variants {
				if w < 0 && s == k {
					w = 1 + v
				}
			}
			if w < 0 {
				return nil, fmt.Errorf("gazetteer: key %s is no field of %s", k, r.Code)
			}
			c := x.start[j+1] - x.start[j]
			if w > 255 || c > 255 {
				return nil, fmt.Errorf("gazetteer: key %s: %d regions", k, c)
			}
			b = binary.LittleEndian.AppendUint16(b, uint16(pos[r]))
			b = append(b, byte(w), byte(c))
			for _, r := range x.items[x.start[j]+1 : x.start[j+1]] {
				b = binary.LittleEndian.AppendUint16(b, uint16(pos[r]))
			}
		}
		b = appendSlots(b, x.slots)
	}
	b = binary.AppendUvarint(b, uint64(len(g.groups)))
	rest = groupsTSV[strings.IndexByte(groupsTSV, '\n')+1:]
	for _, gr := range g.groups {
		var fs []string
		var err error
		if fs, rest, err = nextFields(rest, 6, gr.Name, "groups"); err != nil {
			return nil, err
		}
		for _, f := range fs {
			b = binary.AppendUvarint(b, uint64(len(f)))
		}
	}
	// byGroup's keys are each group's name and aliases in order
	// (loadGroups): its table alone
	b = appendSlots(b, g.byGroup.slots)
	// the files read at their first use, each after its digest: the
	// positions as the bits of their float64s, the region towns' keys
	b = binary.LittleEndian.AppendUint64(b, digest(positionsTSV))
	ps := g.loadedPositions()
	for _, p := range ps {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Lng))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Lat))
	}
	b = binary.LittleEndian.AppendUint64(b, digest(regionTownsTSV))
	for _, ks := range g.loadedRegionTowns() {
		b = binary.AppendUvarint(b, uint64(len(ks)))
		for _, k := range ks {
			b = appendSlots(b, k)
		}
	}
	return b, nil
}

func appendSlots(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// indexReader reads index.bin; a read past its end or a bad value sets
// bad and gives zeros.
type indexReader struct {
	s   string
	bad bool
}

func (r *indexReader) uvarint() int {
	if len(r.s) > 0 && r.s[0] < 0x80 {
		v := int(r.s[0])
		r.s = r.s[1:]
		return v
	}
	return r.uvarintSlow()
}

func (r *indexReader) uvarintSlow() int {
	v, n := binary.Uvarint([]byte(r.s[:min(len(r.s), binary.MaxVarintLen64)]))
	if n <= 0 || v > 1<<31 {
		r.bad = true
		r.s = ""
		return 0
	}
	r.s = r.s[n:]
	return int(v)
}

func (r *indexReader) bytes(n int) string {
	if n > len(r.s) {
		r.bad = true
		r.s = ""
		return ""
	}
	v := r.s[:n]
	r.s = r.s[n:]
	return v
}

// fields cuts n fields of the lengths read from r off the front of *rest,
// each after its tab (or the end of a line).
func (r *indexReader) fields(f []string, rest *string) {
	s := *rest
	for i := range f {
		n := r.uvarint()
		if n >= len(s) {
			r.bad = true
			return
		}
		f[i] = s[:n]
		s = s[n+1:]
	}
	*rest = s
}

// decodeIndex sets up g's regions, byCode, byName, byShort, children,
// groups and byGroup from index.bin, if it was made for digest d.
func (g *Gazetteer) decodeIndex(d uint64) bool {
	if len(prebuiltIndex) < len(indexMagic)+8 || prebuiltIndex[:len(indexMagic)] != indexMagic ||
		binary.LittleEndian.Uint64([]byte(prebuiltIndex[len(indexMagic):len(indexMagic)+8])) != d {
		return false
	}
	r := &indexReader{s: prebuiltIndex[len(indexMagic)+8:]}
	n := r.uvarint()
	if n == 0 || n >= 1<<16 {
		return false
	}
	all := make([]Region, n)
	regions := make([]*Region, n)
	parents := make([]int32, n)
	rest := regionsTSV[strings.IndexByte(regionsTSV, '\n')+1:]
	// each region: its 9 fields' lengths as bytes, its parent's index+1
	// as a little-endian uint16
	recs := r.bytes(11 * n)
	if r.bad {
		return false
	}
	for i := range all {
		rec := recs[11*i : 11*i+11]
		var f [9]string
		for k := range f {
			l := int(rec[k])
			if l >= len(rest) {
				return false
			}
			f[k] = rest[:l]
			rest = rest[l+1:]
		}
		lv, _ := parseLevel(f[2])
		all[i] = Region{Code: f[0], Name: f[1], Level: lv, Parent: f[3], Short: f[4], Pinyin: f[5],
			ShortPinyin: f[6], Ambiguous: f[7] == "1", Variants: splitList(f[8])}
		regions[i] = &all[i]
		p := int(rec[9]) | int(rec[10])<<8 - 1
		if p >= n {
			return false
		}
		parents[i] = int32(p)
	}
	g.regions = regions
	g.byCode = newCodeIndex(regions, r.bytes(r.uvarint()))
	for _, x := range []*index[*Region]{&g.byName, &g.byShort} {
		k := r.uvarint()
		x.keys = make([]string, k)
		x.start = make([]int32, k+1)
		x.items = make([]*Region, 0, k+k/8)
		for j := range x.keys {
			// a key: its first region's index (uint16), which field of
			// that region it is, its number of regions, the others'
			// indexes
			rec := r.bytes(4)
			if len(rec) < 4 {
				return false
			}
			i, w, c := int(rec[0])|int(rec[1])<<8, int(rec[2]), int(rec[3])
			if i >= n || c == 0 {
				return false
			}
			rg := regions[i]
			switch {
			case w == 0 && x == &g.byName:
				x.keys[j] = rg.Name
			case w == 0:
				x.keys[j] = rg.Short
			case w <= len(rg.Variants):
				x.keys[j] = rg.Variants[w-1]
			default:
				return false
			}
			x.items = append(x.items, rg)
			if c > 1 {
				more := r.bytes(2 * (c - 1))
				for m := 0; m+1 < len(more); m += 2 {
					i := int(more[m]) | int(more[m+1])<<8
					if i >= n {
						return false
					}
					x.items = append(x.items, regions[i])
				}
			}
			x.start[j+1] = int32(len(x.items))
		}
		x.slots = r.bytes(r.uvarint())
	}
	ng := r.uvarint()
	groups := make([]Group, ng)
	g.groups = make([]*Group, ng)
	var keys []string
	var items []*Group
	rest = groupsTSV[strings.IndexByte(groupsTSV, '\n')+1:]
	var gf [6]string
	for i := range groups {
		r.fields(gf[:], &rest)
		gr := &groups[i]
		*gr = Group{Name: gf[0], Aliases: splitList(gf[1]), Members: splitList(gf[2]), Pinyin: gf[3], Description: gf[4],
			Collides: splitList(gf[5])}
		g.groups[i] = gr
		keys = append(keys, gr.Name)
		items = append(items, gr)
		for _, a := range gr.Aliases {
			keys = append(keys, a)
			items = append(items, gr)
		}
	}
	g.byGroup = index[*Group]{keys: keys, items: items, slots: r.bytes(r.uvarint())}
	if r.bad {
		return false
	}
	g.lazyIndex = r.s // positions and region towns, decoded at first use
	for i, p := range parents {
		if p >= 0 {
			regions[i].up = regions[p]
		}
	}
	linkChildren(regions, parents)
	return true
}

// linkChildren sets each region's children, the regions whose parent is
// it (parents[i], the index of region i's, -1 for none), in code order,
// in one array.
func linkChildren(regions []*Region, parents []int32) {
	start := make([]int32, len(regions)+1)
	for _, p := range parents {
		if p >= 0 {
			start[p+1]++
		}
	}
	for i := range regions {
		start[i+1] += start[i]
	}
	flat := make([]*Region, start[len(regions)])
	next := make([]int32, len(regions))
	copy(next, start)
	for i, p := range parents {
		if p >= 0 {
			flat[next[p]] = regions[i]
			next[p]++
		}
	}
	for i, r := range regions {
		if a, b := start[i], start[i+1]; b > a {
			r.children = flat[a:b:b]
		}
	}
	for _, r := range regions { // (up is set: the chains' tops)
		// the first region up the chain at province level or above, the one
		// Inside's walk stops at for a province (nil: none, left to the walk)
		top := r
		for top != nil && top.Level > Province {
			top = top.up
		}
		r.top = top
	}
}

// decodePositions sets g.positions from index.bin, if Load decoded it and
// it was made from the embedded positions.tsv.
func (g *Gazetteer) decodePositions() bool {
	s := g.lazyIndex
	n := len(g.regions)
	if len(s) < 8+16*n || binary.LittleEndian.Uint64([]byte(s[:8])) != digest(positionsTSV) {
		return false
	}
	s = s[8:]
	g.positions = make([]Position, n)
	for i := range g.positions {
		p := s[16*i : 16*i+16]
		g.positions[i] = Position{Lng: math.Float64frombits(le64(p[:8])), Lat: math.Float64frombits(le64(p[8:]))}
	}
	return true
}

// decodeRegionTowns sets g.regionTowns from index.bin, if Load decoded it
// and it was made from the embedded regiontowns.tsv: keys are strings of
// index.bin.
func (g *Gazetteer) decodeRegionTowns() bool {
	n := len(g.regions)
	if len(g.lazyIndex) < 8+16*n+8 {
		return false
	}
	s := g.lazyIndex[8+16*n:]
	if binary.LittleEndian.Uint64([]byte(s[:8])) != digest(regionTownsTSV) {
		return false
	}
	r := &indexReader{s: s[8:]}
	towns := make([][]string, n)
	var flat []string
	for i := range towns {
		c := r.uvarint()
		if c == 0 {
			continue
		}
		if flat == nil {
			flat = make([]string, 0, len(r.s)/4)
		}
		a := len(flat)
		for range c {
			flat = append(flat, r.bytes(r.uvarint()))
		}
		towns[i] = flat[a:len(flat):len(flat)]
	}
	if r.bad || len(r.s) != 0 {
		return false
	}
	g.regionTowns = towns
	return true
}

// le64 is the little-endian uint64 of the first 8 bytes of s.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// nextFields cuts the next line of a TSV file's rest into its fields,
// which must be n and open with key, the first field of the entry the
// index writes next (file names the TSV file, regions or groups).
func nextFields(rest string, n int, key, file string) ([]string, string, error) {
	line, tail, _ := strings.Cut(rest, "\n")
	fs := strings.Split(line, "\t")
	if len(fs) != n || fs[0] != key {
		return nil, "", fmt.Errorf("gazetteer: %s.tsv and the %s differ", file, file)
	}
	return fs, tail, nil
}
