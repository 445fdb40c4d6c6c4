package trie

import (
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"unsafe"
)

// AppendBinary appends an encoding of t to b, which Decode reads back into
// a trie equal to t: the number of states, then for each state but the
// root in breadth-first order the step from the parent of the state before
// to its own (an unsigned varint, mostly 0 or 1: parents come in order),
// then the rune of each state's edge and each state's value (four bytes
// each, little-endian). That is 1.7 MB for the segmenter's
// 193,000 states, where the tables built from them (slots, filters, the
// root's bitmap) take 5 MB; decoding is New without sorting keys or
// walking them.
func (t *Trie) AppendBinary(b []byte) ([]byte, error) {
	n := len(t.value)
	parent, label := t.edges()
	b = binary.AppendUvarint(b, uint64(n))
	for s := 1; s < n; s++ {
		b = binary.AppendUvarint(b, uint64(parent[s]-parent[s-1]))
	}
	for _, r := range label[1:] {
		b = binary.LittleEndian.AppendUint32(b, uint32(r))
	}
	for _, v := range t.value {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	return b, nil
}

var errCorrupt = errors.New("trie: corrupt encoding")

// AppendBinaryTables appends an encoding of t for DecodeTables: the
// number of states, the longest key, the number m of the root and its
// children (the first states in breadth-first order), their parents and
// runes as AppendBinary writes them, every state's value, and then the
// tables as built: the packing's fields (see packEdges), pad bytes that
// put the tables at a multiple of 8 bytes from the start of b, the packed
// edges, their filter and the pair filter's shift and words, little-endian.
// Decoding the tables, where New (and Decode) place every edge again and
// walk the states of depth 2 for the pair filter, and reading no state
// below the root's children, spare a process's start about 25 M
// instructions for the segmenter's 193,000 states; the encoding grows by
// the tables' 2.5 MB. A trie whose edges are not packed is encoded by
// AppendBinary after a 0 byte.
func (t *Trie) AppendBinaryTables(b []byte) ([]byte, error) {
	if t.packed == nil {
		return t.AppendBinary(append(b, 0))
	}
	b = append(b, 1)
	n := len(t.value)
	parent, label := t.edges()
	m := 1
	depth := make([]int32, n)
	for s := 1; s < n; s++ {
		depth[s] = depth[parent[s]] + 1
		if depth[s] <= 1 {
			m = s + 1 // breadth first: the root's children are the first
		}
	}
	b = binary.AppendUvarint(b, uint64(n))
	b = binary.AppendUvarint(b, uint64(t.max))
	b = binary.AppendUvarint(b, uint64(m))
	for s := 1; s < m; s++ {
		b = binary.AppendUvarint(b, uint64(parent[s]-parent[s-1]))
	}
	for _, r := range label[1:m] {
		b = binary.LittleEndian.AppendUint32(b, uint32(r))
	}
	for _, v := range t.value {
		b = binary.LittleEndian.AppendUint32(b, uint32(v))
	}
	pk := t.pk
	b = append(b, pk.rbits, pk.kbits, pk.hrem, pk.nbits, pk.vbits)
	pad := (8 - (len(b)+1)%8) % 8
	b = append(b, byte(pad))
	b = append(b, make([]byte, pad)...)
	b = binary.LittleEndian.AppendUint64(b, uint64(len(t.packed)))
	b = binary.LittleEndian.AppendUint64(b, uint64(len(t.filter)))
	for _, w := range t.packed {
		b = binary.LittleEndian.AppendUint64(b, w)
	}
	for _, w := range t.filter {
		b = binary.LittleEndian.AppendUint64(b, w)
	}
	b = binary.LittleEndian.AppendUint64(b, uint64(t.pshift)<<32|uint64(len(t.pairs)))
	for _, w := range t.pairs {
		b = binary.LittleEndian.AppendUint64(b, w)
	}
	return b, nil
}

// DecodeTables returns the trie that data, written by AppendBinaryTables,
// encodes, and the bytes after it. The tables are copied into the heap:
// read in place from the binary's read-only data they cost no copy, but
// the warm extraction ran about 1 % slower in CPU time (16 alternating
// pairs, 4 faster: pages of the executable, and a smaller live heap that
// the collector runs more often for).
func DecodeTables(data string) (*Trie, string, error) {
	if len(data) == 0 || data[0] > 1 {
		return nil, "", errCorrupt
	}
	if data[0] == 0 {
		return Decode(data[1:])
	}
	data = data[1:]
	var nmm [3]uint64 // states, longest key, states of depth 2 at most
	for i := range nmm {
		x, k := uvarint(data)
		if k == 0 || x > math.MaxInt32 {
			return nil, "", errCorrupt
		}
		nmm[i], data = x, data[k:]
	}
	n, m := int(nmm[0]), int(nmm[2])
	if n == 0 || m == 0 || m > n {
		return nil, "", errCorrupt
	}
	queue := make([]span, m)
	queue[0].parent = -1
	p := 0
	for s := 1; s < m; s++ {
		x, k := uvarint(data)
		if k == 0 || x >= uint64(s) {
			return nil, "", errCorrupt
		}
		p += int(x)
		data = data[k:]
		if p >= s || queue[p].depth >= 1 {
			return nil, "", errCorrupt
		}
		queue[s].parent, queue[s].depth = int32(p), queue[p].depth+1
	}
	if uint64(len(data)) < 4*uint64(m-1)+4*uint64(n) {
		return nil, "", errCorrupt
	}
	for s := 1; s < m; s++ {
		queue[s].r = rune(uint32At(data))
		data = data[4:]
	}
	t := &Trie{max: int(nmm[1])}
	if p := unsafe.StringData(data); littleEndian && uintptr(unsafe.Pointer(p))%4 == 0 {
		// the values in data itself, read-only as the tables (words64)
		t.value = unsafe.Slice((*int32)(unsafe.Pointer(p)), n)
	} else if t.value = make([]int32, n); littleEndian {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&t.value[0])), 4*n), data[:4*n])
	} else {
		for s := range t.value {
			t.value[s] = int32(uint32At(data[4*s:]))
		}
	}
	data = data[4*n:]
	tb, data, err := readTables(data)
	if err != nil || !t.link(queue, tb) {
		return nil, "", errCorrupt
	}
	return t, data, nil
}

// tables are the packed edges and filter that AppendBinaryTables wrote.
type tables struct {
	pk                    packing
	packed, filter, pairs []uint64
	pshift                uint8
}

// readTables reads the tables that end AppendBinaryTables' encoding.
func readTables(data string) (*tables, string, error) {
	if len(data) < 6 {
		return nil, "", errCorrupt
	}
	tb := &tables{pk: packing{rbits: data[0], kbits: data[1], hrem: data[2], nbits: data[3], vbits: data[4]}}
	pad := int(data[5])
	data = data[6:]
	if pad > 7 || len(data) < pad+16 {
		return nil, "", errCorrupt
	}
	data = data[pad:]
	np, nf := binary.LittleEndian.Uint64([]byte(data[:8])), binary.LittleEndian.Uint64([]byte(data[8:16]))
	data = data[16:]
	if np > uint64(len(data))/8 || nf > (uint64(len(data))-8*np)/8 {
		return nil, "", errCorrupt
	}
	tb.packed = words64(data[:8*np])
	data = data[8*np:]
	tb.filter = words64(data[:8*nf])
	data = data[8*nf:]
	if len(data) < 8 {
		return nil, "", errCorrupt
	}
	x := binary.LittleEndian.Uint64([]byte(data[:8]))
	np, tb.pshift = x&(1<<32-1), uint8(x>>32)
	data = data[8:]
	if np > uint64(len(data))/8 || x>>32 > 64-minFilterBits || x>>32 < 64-maxFilterBits || np != 1<<(64-tb.pshift)/64 {
		return nil, "", errCorrupt
	}
	tb.pairs = words64(data[:8*np])
	return tb, data[8*np:], nil
}

// littleEndian is true on a little-endian machine.
var littleEndian = func() bool { x := uint16(1); return *(*byte)(unsafe.Pointer(&x)) == 1 }()

// words64 returns the little-endian words of s: on a little-endian
// machine, when s is aligned to 8 bytes, s's own bytes, not a copy. A
// trie decoded by DecodeTables never writes to its tables (packed, filter,
// pairs), and must not: those of an embedded encoding are read-only
// memory. Not copying them spares a process the heap and the fresh pages
// of every prebuilt trie's tables (3.4 MB of the segmenter's alone), and
// touches only the pages its lookups read.
func words64(s string) []uint64 {
	n := len(s) / 8
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(unsafe.StringData(s)))%8 == 0 {
		return unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.StringData(s))), n)
	}
	w := make([]uint64, n)
	if littleEndian {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&w[0])), 8*n), s)
		return w
	}
	for i := range w {
		w[i] = binary.LittleEndian.Uint64([]byte(s[8*i : 8*i+8]))
	}
	return w
}

// accept takes tb's tables for the trie's edges, in size slots and a
// filter of fbits bits, when their fields are the ones packEdges would
// give (the values' bits excepted, which only bound the values read).
func (t *Trie) accept(tb *tables, size, fbits int) bool {
	pk := tb.pk
	tbits := uint8(bits.TrailingZeros(uint(size)))
	if len(tb.packed) != size || len(tb.filter) != 1<<fbits/64 || pk.rbits != 16 && pk.rbits != 21 ||
		pk.nbits != uint8(bits.Len32(uint32(len(t.value)-1))) || pk.kbits != pk.nbits+pk.rbits ||
		pk.hrem != pk.kbits-tbits || pk.vbits > 32 || int(pk.hrem)+int(pk.nbits)+int(pk.vbits) > 60 {
		return false
	}
	pk.low = pk.nbits + pk.vbits
	pk.kmask, pk.remMask = 1<<pk.kbits-1, 1<<pk.hrem-1
	pk.nmask, pk.vmask = 1<<pk.nbits-1, 1<<pk.vbits-1
	t.packed, t.filter, t.pk = tb.packed, tb.filter, pk
	return true
}

// Decode returns the trie that data, written by AppendBinary, encodes, and
// the bytes after it.
func Decode(data string) (*Trie, string, error) {
	n, k := uvarint(data)
	if k == 0 || n == 0 || n > math.MaxInt32 {
		return nil, "", errCorrupt
	}
	data = data[k:]
	queue := make([]span, n)
	queue[0].parent = -1 // as New has it
	p := 0               // the parent of the state before (the root's: 0)
	i := 0               // read so far; an index, where reslicing data cost more
	for s := 1; s < int(n); s++ {
		if i < len(data) && data[i] < 0x80 {
			p += int(data[i])
			i++
		} else if x, k := uvarint(data[i:]); k > 0 && x < n {
			p += int(x)
			i += k
		} else {
			return nil, "", errCorrupt
		}
		if p >= s {
			return nil, "", errCorrupt
		}
		queue[s].parent, queue[s].depth = int32(p), queue[p].depth+1
	}
	data = data[i:]
	if uint64(len(data)) < 8*n-4 {
		return nil, "", errCorrupt
	}
	t := &Trie{value: make([]int32, n)}
	for s := 1; s < int(n); s++ {
		queue[s].r = rune(uint32At(data))
		data = data[4:]
	}
	t.max = int(queue[n-1].depth) // the last state is one of the deepest
	for s := range t.value {
		t.value[s] = int32(uint32At(data))
		data = data[4:]
	}
	t.link(queue, nil)
	return t, data, nil
}

// uint32At reads a little-endian uint32 at the start of s.
func uint32At(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// uvarint is binary.Uvarint over a string: the value and its length, 0 if
// s does not start with one.
func uvarint(s string) (uint64, int) {
	var x uint64
	for i, shift := 0, uint(0); i < len(s) && i < binary.MaxVarintLen64; i, shift = i+1, shift+7 {
		c := s[i]
		if c < 0x80 {
			return x | uint64(c)<<shift, i + 1
		}
		x |= uint64(c&0x7F) << shift
	}
	return 0, 0
}
