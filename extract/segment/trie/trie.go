// Package trie is a trie over runes for the prefix walks of the segmenter
// and of the extractor's word matching: from a position of a text, "does
// some key go on with this rune?", where most walks end after one or two
// runes.
//
// Why this layout: the first step, from the root, is the one taken at
// every character of a text; it reads a bitmap of the root's runes in the
// Basic Multilingual Plane (8 KB) and, if the rune is there, the child's
// entry at the rank of its bit: no hashing, and a few cache lines per
// trie, where a table indexed by the rune would take 170 KB for the Han
// characters alone and the extractor has over a dozen tries. Any other
// step reads one slot of an open addressing table keyed by (state, rune),
// which holds the next state and its value together, so a step is one
// cache line; a small bit filter in front of the slots answers most of the
// steps that fail, which end most walks, without reading them. A slot
// takes eight bytes (the key is rebuilt from the slot's place and the bits
// of its hash kept), so the segmenter's table of 193,000 edges is 2 MB and
// more of it stays in a core's cache; tries whose states or values are too
// large for that keep sixteen-byte slots.
//
// What was tried before: the segmenter hashed every prefix into a table of
// indices into its entries (two random reads a step); a double array over
// an alphabet of twenty thousand Han characters took seconds to place;
// sorted children searched by bisection were slower than the hash, the
// first characters of words having hundreds of followers.
package trie

import (
	"cmp"
	"math/bits"
	"slices"
)

// Trie is immutable once built and safe for concurrent use.
type Trie struct {
	// The root's children by runes r < 1<<16: rootBits has bit r set,
	// rootRank[r>>6] counts the bits set before word r>>6 (kept for the
	// words with a bit set only: 0 for the others), and the child
	// and its value are rootEdges[rank of r]. Other runes are in the slots.
	rootBits  []uint64
	rootRank  []uint32
	rootEdges []edge
	slots     []slot   // the edges, unless packed holds them
	packed    []uint64 // the edges in eight bytes each (see packEdges), or nil
	filter    []uint64 // a bit per edge, set for every edge in slots
	fshift    uint8    // 64 - log2(filter bits)
	shift     uint8    // 64 - log2(len(slots))
	mask      uint64   // len(slots) - 1 or len(packed) - 1
	pk        packing
	value     []int32 // value of the key ending at a state, or -1
	max       int     // longest key, in runes
	// keyBits has bit r set for a one-rune key r < 1<<16; pairs has a bit
	// per pair of first two runes of the longer keys (pairHash), for
	// MayPair.
	keyBits []uint64
	pairs   []uint64
	pshift  uint8 // 64 - log2(pair filter bits)
}

type edge struct{ next, value int32 }

// slot is an edge from a state other than the root, or from the root by a
// rune outside the root's table; key 0 marks an empty slot.
type slot struct {
	key uint64 // see key
	edge
}

// packing is the layout of the packed slots: the key of the edge from s by
// r is k = s<<rbits | r, of kbits bits, and h = k*mul mod 2^kbits, a
// bijection. The top bits of h are the edge's home slot, where linear
// probing starts; a slot holds, from its top bit down, the distance from
// its home plus one (0 marks an empty slot), the rbits low bits of h
// (hrem), the next state (nbits) and the value plus one (vbits). The home
// and hrem give back h, so a slot's key is exact in 8 bytes where a slot
// of the wide layout takes 16: the segmenter's table is 2 MB, not 4.
type packing struct {
	rbits, kbits, hrem, nbits, vbits uint8
	low                              uint8  // nbits + vbits: the slot's key above
	kmask, remMask, nmask, vmask     uint64 // masks of kbits, hrem, nbits, vbits bits
}

// The filter has about filterPerEdge bits an edge, at most 1<<maxFilterBits
// (256 KB, small enough to stay in cache where the slots, 8 or 16 bytes an
// edge, do not). Most walks end on an edge that does not exist, and the filter
// answers that without reading the slots about nine times out of ten.
const (
	filterPerEdge = 8
	maxFilterBits = 21
	minFilterBits = 9
)

// New builds a trie of keys; values[i] is the value of keys[i] and must not
// be negative. Of two equal keys the first wins. An empty key is ignored.
func New(keys [][]rune, values []int32) *Trie {
	if len(values) != len(keys) {
		panic("trie: keys and values differ in length")
	}
	t := &Trie{}
	// Sorted keys put the keys sharing a prefix together, so the keys
	// below each state are a range; equal keys by their index, so the
	// first of them comes first (the order a stable sort gives, where
	// its merges cost a third of building a large trie).
	order := make([]int32, 0, len(keys))
	runes := 0 // bounds the number of states
	for i, k := range keys {
		if values[i] < 0 {
			panic("trie: negative value")
		}
		if len(k) > 0 {
			order = append(order, int32(i))
		}
		t.max = max(t.max, len(k))
		runes += len(k)
	}
	sortKeys(order, keys)
	// States are numbered breadth first: state s is queue[s], the range of
	// order below it, its depth, and the edge that leads to it.
	queue := make([]span, 1, runes+1)
	queue[0] = span{0, int32(len(order)), 0, -1, 0}
	t.value = make([]int32, 0, runes+1)
	for s := 0; s < len(queue); s++ {
		q := queue[s]
		lo := q.lo
		v := int32(-1)
		if lo < q.hi && len(keys[order[lo]]) == int(q.depth) {
			v = values[order[lo]]
			for lo < q.hi && len(keys[order[lo]]) == int(q.depth) {
				lo++ // later equal keys lose
			}
		}
		t.value = append(t.value, v)
		for lo < q.hi { // a child for each run of one rune at depth
			r := keys[order[lo]][q.depth]
			hi := lo + 1
			for hi < q.hi && keys[order[hi]][q.depth] == r {
				hi++
			}
			queue = append(queue, span{lo, hi, q.depth + 1, int32(s), r})
			lo = hi
		}
	}
	t.link(queue, nil)
	return t
}

// span is a state of New's breadth-first pass: the range of its sorted
// keys, its depth, and the edge from its parent that leads to it.
type span struct {
	lo, hi, depth int32
	parent        int32
	r             rune
}

// link builds the tables of the states of queue (numbered breadth first,
// parent, rune and depth set) and of their values, t.value; the edges'
// packed table and filter are tb's when tb is not nil (DecodeTables),
// and link reports false if they do not fit the states.
func (t *Trie) link(queue []span, tb *tables) bool {
	t.rootBits, t.rootRank = make([]uint64, 1<<16/64), make([]uint32, 1<<16/64)
	inRoot := func(q span) bool { return q.parent == 0 && q.r >= 0 && q.r < 1<<16 }
	for c := 1; c < len(queue) && queue[c].parent == 0; c++ {
		if q := queue[c]; inRoot(q) {
			// in rune order: a word's rank is the number of edges before
			// its first (set only for the words with a bit, the only ones
			// Step reads: a pass over all 1,024 words for each of the
			// hundred tries of a process was 0.8 M instructions of its
			// start-up, and wrote a page of each)
			if t.rootBits[q.r>>6] == 0 {
				t.rootRank[q.r>>6] = uint32(len(t.rootEdges))
			}
			t.rootBits[q.r>>6] |= 1 << (q.r & 63)
			t.rootEdges = append(t.rootEdges, edge{int32(c), t.value[c]})
		}
	}
	t.keyBits = make([]uint64, 1<<16/64)
	pairs := 0 // states at depth 2
	keyBits := t.keyBits
	for c := 1; c < len(queue) && queue[c].depth <= 2; c++ {
		if q := &queue[c]; q.depth == 2 {
			pairs++
		} else if t.value[c] >= 0 && q.r >= 0 && q.r < 1<<16 {
			keyBits[q.r>>6] |= 1 << (q.r & 63)
		}
	}
	if tb != nil {
		t.pairs, t.pshift = tb.pairs, tb.pshift // (queue holds the states of depth 1 only)
	} else {
		t.pairFilter(queue, pairs)
	}
	edges := len(t.value) - 1 - len(t.rootEdges) // (not len(queue): DecodeTables')
	size := 1
	for size*3 < edges*4 {
		size <<= 1
	}
	t.mask = uint64(size - 1)
	t.shift = uint8(64 - bits.TrailingZeros(uint(size)))
	fbits := minFilterBits
	for fbits < maxFilterBits && 1<<fbits < filterPerEdge*edges {
		fbits++
	}
	t.fshift = uint8(64 - fbits)
	if tb != nil {
		return t.accept(tb, size, fbits)
	}
	t.filter = make([]uint64, 1<<fbits/64)
	if t.packEdges(queue, size) {
		return true
	}
	t.slots = make([]slot, size)
	// the tables in locals: stores into t's slices could otherwise alias
	// t, and each edge reloaded every field and checked its bounds again
	slots, filter, value := t.slots, t.filter, t.value[:len(queue)]
	fshift, shift, mask := t.fshift&63, t.shift&63, t.mask
	for c := 1; c < len(queue); c++ {
		q := &queue[c]
		if inRoot(*q) {
			continue
		}
		k := key(q.parent, q.r)
		h := hash(k)
		f := bits.RotateLeft64(h, 32) >> fshift
		filter[f>>6] |= 1 << (f & 63)
		i := h >> shift
		for slots[i].key != 0 {
			i = (i + 1) & mask
		}
		slots[i] = slot{k, edge{int32(c), value[c]}}
	}
	return true
}

// pairFilter builds t.pairs, the filter of the first two runes of the
// keys of two runes or more, from the states of depth 2 in queue.
func (t *Trie) pairFilter(queue []span, pairs int) {
	pbits := minFilterBits
	for pbits < maxFilterBits && 1<<pbits < filterPerEdge*pairs {
		pbits++
	}
	t.pairs = make([]uint64, 1<<pbits/64)
	t.pshift = uint8(64 - pbits)
	pairBits, pshift := t.pairs, t.pshift&63 // in locals, as the slots below
	for c := 1; c < len(queue) && queue[c].depth <= 2; c++ {
		if q := &queue[c]; q.depth == 2 {
			f := pairHash(queue[q.parent].r, q.r) >> pshift
			pairBits[f>>6] |= 1 << (f & 63)
		}
	}
}

// packEdges fills t.packed and t.filter with the edges of queue outside the
// root's table, in size slots, and reports whether they fit: a rune of
// those edges outside 0..1<<21-1, or states, values and keys too large for
// eight bytes a slot, leave them to the wide slots.
func (t *Trie) packEdges(queue []span, size int) bool {
	pk := packing{rbits: 16}
	maxValue := int32(-1)
	for c := 1; c < len(queue); c++ {
		q := &queue[c]
		maxValue = max(maxValue, t.value[c])
		if q.parent == 0 && q.r >= 0 && q.r < 1<<16 {
			continue
		}
		if q.r < 0 || q.r >= 1<<21 {
			return false
		}
		if q.r >= 1<<16 {
			pk.rbits = 21
		}
	}
	tbits := uint8(bits.TrailingZeros(uint(size)))
	pk.nbits = uint8(bits.Len32(uint32(len(queue) - 1)))
	pk.vbits = uint8(bits.Len32(uint32(maxValue + 1)))
	pk.kbits = pk.nbits + pk.rbits
	pk.hrem = pk.kbits - tbits
	top := int(pk.hrem) + int(pk.nbits) + int(pk.vbits) // the distance's bits above
	if top > 60 {
		return false
	}
	maxDist := uint64(1)<<(64-top) - 2
	packed := make([]uint64, size)
	pk.low = pk.nbits + pk.vbits
	pk.kmask, pk.remMask = 1<<pk.kbits-1, 1<<pk.hrem-1
	pk.nmask, pk.vmask = 1<<pk.nbits-1, 1<<pk.vbits-1
	// in locals, the shifts' counts below 64: with pk's fields and
	// unbounded shifts the loop cost twice the wide slots' (15 M
	// instructions more for the segmenter at start-up)
	filter, value, fshift, mask := t.filter, t.value[:len(queue)], t.fshift&63, t.mask
	rbits, hrem, low, vbits := pk.rbits&63, pk.hrem&63, pk.low&63, pk.vbits&63
	kmask, remMask := pk.kmask, pk.remMask
	for c := 1; c < len(queue); c++ {
		q := &queue[c]
		if q.parent == 0 && q.r >= 0 && q.r < 1<<16 {
			continue
		}
		p := (uint64(uint32(q.parent))<<rbits | uint64(uint32(q.r))) * 0x9E3779B97F4A7C15 // pk.product
		f := p >> fshift
		filter[f>>6] |= 1 << (f & 63)
		h := p & kmask
		i, d := h>>hrem, uint64(0)
		for packed[i] != 0 {
			i, d = (i+1)&mask, d+1
		}
		if d > maxDist {
			clear(filter)
			return false
		}
		packed[i] = ((d+1)<<hrem|h&remMask)<<low | uint64(c)<<vbits | uint64(value[c]+1)
	}
	t.packed, t.pk = packed, pk
	return true
}

// product is the key of the edge from s by r times the hash multiplier:
// its low kbits bits are h, its top bits choose the edge's filter bit.
func (pk *packing) product(s int32, r rune) uint64 {
	return (uint64(uint32(s))<<(pk.rbits&63) | uint64(uint32(r))) * 0x9E3779B97F4A7C15
}

// sortKeys sorts order, indices of keys, by key and equal keys by index.
// Where it can, it first sorts numbers that hold a key's first two runes
// above its index (packedKey), without a comparison function, and compares
// keys only within runs that share those runes: a call of a closure and
// slices.Compare for every comparison were most of the cost of building
// the extractor's tries.
func sortKeys(order []int32, keys [][]rune) {
	byKey := func(from int) func(a, b int32) int {
		return func(a, b int32) int {
			ka, kb := keys[a], keys[b]
			if c := slices.Compare(ka[min(from, len(ka)):], kb[min(from, len(kb)):]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		}
	}
	if len(keys) > packedIndexMask {
		slices.SortFunc(order, byKey(0))
		return
	}
	packed := make([]uint64, len(order))
	for j, i := range order {
		p, ok := packedKey(keys[i], i)
		if !ok {
			slices.SortFunc(order, byKey(0))
			return
		}
		packed[j] = p
	}
	slices.Sort(packed)
	for j, p := range packed {
		order[j] = int32(p & packedIndexMask)
	}
	// A run of equal first runes is in index order; past those runes its
	// keys may differ only if one is longer than packedRunes.
	var rest func(a, b int32) int
	for lo := 0; lo < len(packed); {
		hi, long := lo+1, len(keys[order[lo]]) > packedRunes
		for ; hi < len(packed) && packed[hi]>>packedIndexBits == packed[lo]>>packedIndexBits; hi++ {
			long = long || len(keys[order[hi]]) > packedRunes
		}
		if long && hi-lo > 1 {
			if rest == nil {
				rest = byKey(packedRunes)
			}
			slices.SortFunc(order[lo:hi], rest)
		}
		lo = hi
	}
}

// packedKey holds the first packedRunes runes of a key, each plus one in 21
// bits and 0 past the key's end, above its index i in packedIndexBits, so
// that the numbers of two keys compare as the keys do wherever their first
// runes differ, and as their indices where those are equal. It is false if
// a rune is outside 0..1<<21-2, which the packing cannot hold.
func packedKey(k []rune, i int32) (uint64, bool) {
	var p uint64
	for j := range packedRunes {
		p <<= 21
		if j < len(k) {
			if uint32(k[j]) >= 1<<21-1 {
				return 0, false
			}
			p |= uint64(k[j]) + 1
		}
	}
	return p<<packedIndexBits | uint64(i), true
}

const (
	packedRunes     = 2
	packedIndexBits = 64 - 21*packedRunes
	packedIndexMask = 1<<packedIndexBits - 1
)

// key is the slot key of the edge from s by r. Bit 63, never set by a state
// (s < 1<<31), keeps it from being 0, the empty slot: the root's edge by
// rune 0 would otherwise be.
func key(s int32, r rune) uint64 { return 1<<63 | uint64(uint32(s))<<32 | uint64(uint32(r)) }

// hash mixes key k: its top bits choose the first slot (shift) and, after
// a rotation, its filter bit (fshift), so that the two are independent
// enough with one multiplication.
func hash(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 }

// Next returns the state reached from state s (0 is the root) by rune r, or
// -1 if no key goes on with r.
func (t *Trie) Next(s int32, r rune) int32 {
	n, _ := t.Step(s, r)
	return n
}

// Step returns the state reached from state s by rune r and its value, as
// Next and Value, or -1, -1 if no key goes on with r.
func (t *Trie) Step(s int32, r rune) (next, value int32) {
	if s == 0 && uint32(r) < 1<<16 {
		w, bit := r>>6, uint64(1)<<(r&63)
		b := t.rootBits[w]
		if b&bit == 0 {
			return -1, -1
		}
		e := t.rootEdges[t.rootRank[w]+uint32(bits.OnesCount64(b&(bit-1)))]
		return e.next, e.value
	}
	return t.step(s, r)
}

// stepWide is step in the wide slots.
func (t *Trie) stepWide(s int32, r rune) (next, value int32) {
	k := key(s, r)
	h := hash(k)
	if f := bits.RotateLeft64(h, 32) >> t.fshift; t.filter[f>>6]&(1<<(f&63)) == 0 {
		return -1, -1
	}
	for i := h >> t.shift; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.key == k {
			return sl.next, sl.value
		}
		if sl.key == 0 {
			return -1, -1
		}
	}
}

// step is Step from a state other than the root or by a rune outside the
// root's table.
func (t *Trie) step(s int32, r rune) (next, value int32) {
	if t.packed == nil {
		return t.stepWide(s, r)
	}
	pk := &t.pk
	if uint32(r)>>(pk.rbits&31) != 0 {
		return -1, -1
	}
	p := pk.product(s, r)
	if f := p >> (t.fshift & 63); t.filter[f>>6]&(1<<(f&63)) == 0 {
		return -1, -1
	}
	h := p & pk.kmask
	one := uint64(1) << (pk.hrem & 63) // a distance of 1 in the slot's key
	want := one | h&pk.remMask         // the distance 0, plus one
	packed, mask, low := t.packed, t.mask, pk.low&63
	for i := h >> (pk.hrem & 63); ; i = (i + 1) & mask {
		w := packed[i]
		if w>>low == want {
			return int32(w >> (pk.vbits & 63) & pk.nmask), int32(w&pk.vmask) - 1
		}
		if w == 0 {
			return -1, -1
		}
		want += one
	}
}

// Touch reads the filter word and the first slot that Step(s, r) would
// read, and returns them folded together so that the reads are kept: a
// caller that touches the steps it will take, before taking them, has
// their cache misses overlap instead of waiting for one after the other.
func (t *Trie) Touch(s int32, r rune) uint64 {
	if s == 0 && uint32(r) < 1<<16 {
		return t.rootBits[r>>6]
	}
	if t.packed != nil {
		pk := &t.pk
		p := pk.product(s, r&(1<<(pk.rbits&31)-1))
		f := p >> (t.fshift & 63)
		return t.filter[f>>6] ^ t.packed[p&pk.kmask>>pk.hrem]
	}
	h := hash(key(s, r))
	f := bits.RotateLeft64(h, 32) >> t.fshift
	return t.filter[f>>6] ^ t.slots[h>>t.shift].key
}

// MayStart reports whether a key may start with r: false says no key
// does, so that a scan skips r without a call of Step (it is inlined).
func (t *Trie) MayStart(r rune) bool {
	return uint32(r) >= 1<<16 || t.rootBits[r>>6]&(1<<(r&63)) != 0
}

// pairHash mixes two runes for the pair filter: its top bits choose the bit.
func pairHash(a, b rune) uint64 {
	return (uint64(uint32(a))<<32 | uint64(uint32(b))) * 0x9E3779B97F4A7C15
}

// MayPair reports whether a key of two runes or more may start with a, b:
// false says none does, so that a scan that met a (MayStart) need not walk
// from it unless a alone is a key (OneRuneKey). It reads one bit of a
// filter of the keys' first two runes (8 bits a pair, at most 256 KB),
// where a walk reads the root's edge and then the filter of the states'
// edges: most walks of the matchers end there.
func (t *Trie) MayPair(a, b rune) bool {
	f := pairHash(a, b) >> t.pshift
	return t.pairs[f>>6]&(1<<(f&63)) != 0
}

// MayMatch reports whether some key may start at a rune a followed by b:
// a one-rune key a (OneRuneKey) or a longer key starting with a, b
// (MayPair); false says none does. For a in the Basic Multilingual Plane
// it reads three words and takes no branch, so that a scan that asks it of
// every character does not mispredict one character in three, as the
// branches of MayStart and MayPair did.
func (t *Trie) MayMatch(a, b rune) bool {
	if uint32(a) >= 1<<16 {
		return true
	}
	f := pairHash(a, b) >> t.pshift
	w, sh := a>>6, a&63
	return t.rootBits[w]>>sh&(t.keyBits[w]>>sh|t.pairs[f>>6]>>(f&63))&1 != 0
}

// NextMayMatch returns the first index j >= i of text where MayMatch(text[j],
// next) holds, next being text[j+1] or 0 after the last rune, or len(text)
// if there is none. It is the scan of the extractor's matchers over every
// character, with the tables in locals: a loop calling MayMatch reloaded
// them, checked their bounds and spilled registers at each character.
func (t *Trie) NextMayMatch(text []rune, i int) int {
	root := (*[1 << 10]uint64)(t.rootBits)
	keys := (*[1 << 10]uint64)(t.keyBits)
	pairs := t.pairs
	pshift := t.pshift & 63
	rest := text[i:]
	// rest shrinks from the front: the position is len(text)-len(rest),
	// so that the loop keeps no index of its own in a register
	for len(rest) >= 2 {
		a, b := rest[0], rest[1]
		if uint32(a) >= 1<<16 {
			return len(text) - len(rest)
		}
		f := pairHash(a, b) >> pshift
		w, sh := uint32(a)>>6, uint32(a)&63
		if root[w]>>sh&(keys[w]>>sh|pairs[f>>6]>>(f&63))&1 != 0 {
			return len(text) - len(rest)
		}
		rest = rest[1:]
	}
	if len(rest) > 0 && t.MayMatch(rest[len(rest)-1], 0) {
		return len(text) - 1
	}
	return len(text)
}

// OneRuneKey reports whether r may be a key of its own: false says it is
// not, true that it is or that r is outside the Basic Multilingual Plane.
func (t *Trie) OneRuneKey(r rune) bool {
	return uint32(r) >= 1<<16 || t.keyBits[r>>6]&(1<<(r&63)) != 0
}

// Value returns the value of the key that ends at state s, or -1 if s is
// only a prefix of keys.
func (t *Trie) Value(s int32) int32 { return t.value[s] }

// Get returns the value of key, or -1.
func (t *Trie) Get(key []rune) int32 {
	if len(key) == 0 {
		return -1
	}
	s := int32(0)
	for _, r := range key {
		if s = t.Next(s, r); s < 0 {
			return -1
		}
	}
	return t.value[s]
}

// MaxLen is the length in runes of the longest key.
func (t *Trie) MaxLen() int { return t.max }

// States is the number of states, the root included.
func (t *Trie) States() int { return len(t.value) }

// Keys returns the keys of the trie in breadth-first order of their
// states (shorter keys first), with their values: for tests.
func (t *Trie) Keys() ([][]rune, []int32) {
	n := len(t.value)
	parent, label := t.edges()
	text := make([][]rune, n)
	var keys [][]rune
	var vals []int32
	for s := 1; s < n; s++ { // a parent's number is below its children's
		text[s] = append(append([]rune(nil), text[parent[s]]...), label[s])
		if t.value[s] >= 0 {
			keys, vals = append(keys, text[s]), append(vals, t.value[s])
		}
	}
	return keys, vals
}

// edges returns each state's parent and the rune of the edge into it, read
// back from the root's edges and the slot table (the root's own are 0).
func (t *Trie) edges() (parent []int32, label []rune) {
	n := len(t.value)
	parent, label = make([]int32, n), make([]rune, n)
	i := 0 // rootEdges are in the order of the bits
	for w, b := range t.rootBits {
		for ; b != 0; b &= b - 1 {
			label[t.rootEdges[i].next] = rune(w<<6 + bits.TrailingZeros64(b))
			i++
		}
	}
	pk := t.pk
	inv := uint64(0x9E3779B97F4A7C15) // its inverse mod 2^64, by Newton's steps
	for range 5 {
		inv *= 2 - 0x9E3779B97F4A7C15*inv
	}
	for i, w := range t.packed {
		if w != 0 {
			d := w>>(pk.nbits+pk.vbits+pk.hrem) - 1
			h := (uint64(i)-d)&t.mask<<pk.hrem | w>>(pk.nbits+pk.vbits)&(1<<pk.hrem-1)
			k := h * inv & (1<<pk.kbits - 1)
			c := w >> pk.vbits & (1<<pk.nbits - 1)
			parent[c], label[c] = int32(k>>pk.rbits), rune(k&(1<<pk.rbits-1))
		}
	}
	for _, sl := range t.slots {
		if sl.key != 0 {
			parent[sl.next], label[sl.next] = int32(sl.key>>32&0x7FFFFFFF), rune(uint32(sl.key))
		}
	}
	return parent, label
}
