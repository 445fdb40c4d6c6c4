package trie

import (
	"encoding/binary"
	"errors"
	"math"
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
	t.link(queue)
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
