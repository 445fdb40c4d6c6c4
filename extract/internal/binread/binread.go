// Package binread reads the tables the extractor's generators append to a
// byte string and embed in the binary (the segmenter, the towns' set,
// OpenCC's tables): unsigned varints, byte strings and little-endian 64-bit
// words. A Reader keeps the first failure, so that a decoder reads on and
// asks once, at the end, whether its data was whole.
package binread

import "encoding/binary"

// Reader reads from the front of a string. The zero Reader has nothing to
// read and is not OK; use New.
type Reader struct {
	d  string
	ok bool
}

// New returns a Reader of d.
func New(d string) *Reader { return &Reader{d: d, ok: true} }

// OK reports that no read failed.
func (r *Reader) OK() bool { return r.ok }

// Rest returns what is left to read.
func (r *Reader) Rest() string { return r.d }

// Skip passes over n bytes that the caller read from Rest (n <= Len()).
func (r *Reader) Skip(n int) { r.d = r.d[n:] }

// Len returns the number of bytes left to read.
func (r *Reader) Len() int { return len(r.d) }

// Uvarint reads an unsigned varint no greater than max; a malformed one, or
// one above max, fails the Reader and gives 0.
func (r *Reader) Uvarint(max uint64) int {
	if len(r.d) > 0 && r.d[0] < 0x80 && uint64(r.d[0]) <= max { // most are one byte
		x := int(r.d[0])
		r.d = r.d[1:]
		return x
	}
	x, n := binary.Uvarint([]byte(r.d[:min(len(r.d), binary.MaxVarintLen64)])) // (a copy of ten bytes at most)
	if n <= 0 || x > max {
		r.ok = false
		return 0
	}
	r.d = r.d[n:]
	return int(x)
}

// Count reads an unsigned varint that counts things of at least one byte
// each still to be read: no greater than what is left.
func (r *Reader) Count() int { return r.Uvarint(uint64(len(r.d))) }

// Bytes reads n bytes; fewer left, or a failed Reader, gives "".
func (r *Reader) Bytes(n int) string {
	if !r.ok || n < 0 || n > len(r.d) {
		r.ok = false
		return ""
	}
	s := r.d[:n]
	r.d = r.d[n:]
	return s
}

// String reads a length, as a varint, and that many bytes.
func (r *Reader) String() string { return r.Bytes(r.Count()) }

// Uint64 reads a little-endian 64-bit word.
func (r *Reader) Uint64() uint64 {
	b := r.Bytes(8)
	if len(b) < 8 {
		return 0
	}
	return binary.LittleEndian.Uint64([]byte(b)) // (a copy of eight bytes)
}

// Words64 reads n little-endian 64-bit words; fewer left, or a failed
// Reader, gives nil.
func (r *Reader) Words64(n int) []uint64 {
	if !r.ok || n < 0 || n > len(r.d)/8 {
		r.ok = false
		return nil
	}
	w := make([]uint64, n)
	for i := range w {
		p := r.d[8*i : 8*i+8]
		w[i] = uint64(p[0]) | uint64(p[1])<<8 | uint64(p[2])<<16 | uint64(p[3])<<24 |
			uint64(p[4])<<32 | uint64(p[5])<<40 | uint64(p[6])<<48 | uint64(p[7])<<56
	}
	r.d = r.d[8*n:]
	return w
}
