package segment

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"math"

	"github.com/cnplan/kg/extract/internal/binread"
	"github.com/cnplan/kg/extract/segment/trie"
)

// prebuilt is the Segmenter that the embedded dictionary gives, encoded by
// appendBinary: New decodes it instead of reading dictText, sorting its
// words and walking them into a trie, which took about 150 M instructions
// (11 % of a kg extract process over the corpus) and 24 MB of allocation.
// TestPrebuilt fails when it is not what dictText builds, and writes it
// again with -update (go generate ./extract/segment).
//
//go:generate go test -run ^TestPrebuilt$ . -update
//go:embed prebuilt.bin
var prebuilt string // a string, so immutable

// prebuiltMagic opens the encoding, for a version to be told apart.
const prebuiltMagic = "kg segmenter 2\n"

// appendBinary appends the encoding of a finished Segmenter built by New
// (none of the tables of building are kept): its total, number of words,
// tags, probabilities, pair filter and trie.
func (s *Segmenter) appendBinary(b []byte) ([]byte, error) {
	b = append(b, prebuiltMagic...)
	b = binary.AppendUvarint(b, uint64(s.total))
	b = binary.AppendUvarint(b, uint64(s.nwords))
	b = binary.AppendUvarint(b, uint64(len(s.tags)))
	for _, t := range s.tags {
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = append(b, t...)
	}
	b = binary.AppendUvarint(b, uint64(len(s.logps)))
	for _, p := range s.logps {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p))
	}
	b = binary.AppendUvarint(b, uint64(len(s.pairs)))
	for _, w := range s.pairs {
		b = binary.LittleEndian.AppendUint64(b, w)
	}
	return s.words.AppendBinaryTables(b)
}

var errPrebuilt = errors.New("segment: corrupt prebuilt segmenter")

// decode returns the Segmenter that appendBinary encoded in data.
func decode(data string) (*Segmenter, error) {
	if len(data) < len(prebuiltMagic) || data[:len(prebuiltMagic)] != prebuiltMagic {
		return nil, errPrebuilt
	}
	r := binread.New(data[len(prebuiltMagic):])
	s := &Segmenter{total: int64(r.Uvarint(math.MaxInt32)), nwords: r.Uvarint(math.MaxInt32)}
	for range r.Count() {
		s.tags = append(s.tags, r.String())
	}
	logps := r.Words64(r.Count())
	s.pairs = r.Words64(r.Count())
	if !r.OK() || s.total <= 0 || len(s.tags) > 256 || len(s.pairs) != 1<<pairBits/64 {
		return nil, errPrebuilt
	}
	s.logps = make([]float64, len(logps))
	for i, b := range logps {
		s.logps[i] = math.Float64frombits(b)
	}
	s.unknown = -math.Log(float64(s.total)) // as finish sets it
	var rest string
	var err error
	if s.words, rest, err = trie.DecodeTables(r.Rest()); err != nil || rest != "" {
		return nil, errPrebuilt
	}
	return s, nil
}
