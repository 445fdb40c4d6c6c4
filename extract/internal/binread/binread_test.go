package binread

import (
	"encoding/binary"
	"testing"
)

func TestReader(t *testing.T) {
	var b []byte
	b = binary.AppendUvarint(b, 5)
	b = binary.AppendUvarint(b, 300)
	b = binary.AppendUvarint(b, 3)
	b = append(b, "abc"...)
	b = binary.LittleEndian.AppendUint64(b, 1<<40+7)
	b = binary.LittleEndian.AppendUint64(b, 9)
	r := New(string(b))
	if got := r.Uvarint(10); got != 5 {
		t.Errorf("Uvarint = %d, want 5", got)
	}
	if got := r.Uvarint(1000); got != 300 {
		t.Errorf("Uvarint = %d, want 300", got)
	}
	if got := r.String(); got != "abc" {
		t.Errorf("String = %q, want abc", got)
	}
	if got := r.Uint64(); got != 1<<40+7 {
		t.Errorf("Uint64 = %d", got)
	}
	if got := r.Words64(1); len(got) != 1 || got[0] != 9 {
		t.Errorf("Words64 = %v, want [9]", got)
	}
	if !r.OK() || r.Len() != 0 || r.Rest() != "" {
		t.Errorf("after a whole read: OK %v, %d bytes left", r.OK(), r.Len())
	}
}

func TestReaderFails(t *testing.T) {
	tests := []struct {
		name string
		data string
		read func(r *Reader)
	}{
		{"a varint above its bound", string(binary.AppendUvarint(nil, 300)), func(r *Reader) { r.Uvarint(299) }},
		{"a one-byte varint above its bound", "\x07", func(r *Reader) { r.Uvarint(6) }},
		{"a truncated varint", "\x80", func(r *Reader) { r.Uvarint(1 << 20) }},
		{"a count beyond what is left", "\x05ab", func(r *Reader) { r.Count() }},
		{"a string beyond what is left", "\x02a", func(r *Reader) { r.Bytes(3) }},
		{"a word of fewer bytes", "1234567", func(r *Reader) { r.Uint64() }},
		{"words beyond what is left", "12345678", func(r *Reader) { r.Words64(2) }},
		{"a read after a failure", "\x02ab", func(r *Reader) { r.Bytes(5); r.Bytes(1) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := New(tc.data)
			tc.read(r)
			if r.OK() {
				t.Errorf("reading %q: OK, want a failure", tc.data)
			}
		})
	}
}
