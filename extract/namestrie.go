package extract

import (
	_ "embed"
	"encoding/binary"

	"github.com/cnplan/kg/extract/segment/trie"
)

// prebuiltNames is the trie of the name matcher (Extractor.names) of the
// embedded gazetteer, encoded by appendNamesTrie: decoding it skips sorting
// the 20,000 names and walking them into a trie, about 1 ms of every kg
// process's start. newNamesMatcher uses it only when its fingerprint is
// that of the names New gathered (namesFingerprint), so that a stale file
// costs time, never a different matcher. TestPrebuiltNames fails when it
// is stale, and writes it again with -update (go generate ./extract).
//
//go:generate go test -run ^TestPrebuiltNames$ . -update
//go:embed names.bin
var prebuiltNames string // a string, so immutable

// namesMagic opens the encoding, for a version to be told apart.
const namesMagic = "kg names 1\n"

// newNamesMatcher returns newMatcher(keys): the trie decoded from
// prebuiltNames when it was built from the same keys, else built.
func newNamesMatcher(keys []string) *matcher {
	if t, ok := decodeNamesTrie(prebuiltNames, namesFingerprint(keys)); ok {
		return &matcher{t: t, words: keys}
	}
	return newMatcher(keys)
}

// appendNamesTrie appends the encoding of t, built from keys with
// fingerprint fp: the magic, fp (eight bytes, little-endian) and t's
// tables (trie.AppendBinaryTables).
func appendNamesTrie(b []byte, t *trie.Trie, fp uint64) ([]byte, error) {
	b = append(b, namesMagic...)
	b = binary.LittleEndian.AppendUint64(b, fp)
	return t.AppendBinaryTables(b)
}

// decodeNamesTrie returns the trie that appendNamesTrie encoded in data
// with fingerprint fp; false if it has another or is corrupt.
func decodeNamesTrie(data string, fp uint64) (*trie.Trie, bool) {
	if len(data) < len(namesMagic)+8 || data[:len(namesMagic)] != namesMagic ||
		binary.LittleEndian.Uint64([]byte(data[len(namesMagic):len(namesMagic)+8])) != fp {
		return nil, false
	}
	t, rest, err := trie.DecodeTables(data[len(namesMagic)+8:])
	if err != nil || rest != "" {
		return nil, false
	}
	return t, true
}

// namesFingerprint hashes keys, in order, as townsFingerprint hashed the
// towns: each key eight bytes a step after a word of its length, by
// h = (h^w)*prime, a bijection of h for any word and of the word for any
// h, so that lists that differ in one word never give the same value.
func namesFingerprint(keys []string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	h = (h ^ uint64(len(keys))) * prime
	for _, s := range keys {
		h = (h ^ uint64(len(s))) * prime
		for ; len(s) >= 8; s = s[8:] {
			h = (h ^ (uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56)) * prime
		}
		w := uint64(0)
		for i := len(s) - 1; i >= 0; i-- {
			w = w<<8 | uint64(s[i])
		}
		h = (h ^ w) * prime
	}
	return h
}
