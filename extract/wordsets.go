package extract

import (
	_ "embed"
	"encoding/binary"
	"sync"

	"github.com/cnplan/kg/extract/segment/trie"
)

// prebuiltWordSets holds the tries of the word sets New makes (stops,
// generic words, head words and the rest of the lexicon's lists), encoded
// by appendWordSets: decoding a set's two tries costs a fifth of building
// them, where the fifty tries of New were about 4 M instructions of every
// kg process's start. Each set is found by the fingerprint of its words
// (wordSetFP), so that a set whose words changed since the file was
// written is built, never read from it: words changed in lexicon.txt cost
// time, never a different trie. A change of the trie's layout or hashes
// needs the file written again, as names.bin does. TestPrebuiltWordSets
// fails when the file is stale (lexicon.txt, the lists New makes of it, or
// the trie's code changed), and writes it again with -update (go generate
// ./extract).
//
//go:generate go test -run ^TestPrebuiltWordSets$ . -update
//go:embed wordsets.bin
var prebuiltWordSets string // a string, so immutable

// wordSetsMagic opens the encoding, for a version to be told apart.
const wordSetsMagic = "kg wordsets 1\n"

// newWordSet returns the word set of ws: its tries decoded from
// prebuiltWordSets when the file holds a set of the same words, else built.
func newWordSet(ws []string) wordSet {
	if recordWordSet != nil {
		recordWordSet(ws)
	}
	if s, ok := decodeWordSet(prebuiltWordSets, wordSetFP(ws)); ok {
		return s
	}
	return buildWordSet(ws)
}

// recordWordSet, when set (by TestPrebuiltWordSets), is given the words of
// every set newWordSet makes.
var recordWordSet func(ws []string)

// wordSetFP is the fingerprint of a set's words: FNV-1a over each word's
// length and bytes, in order.
func wordSetFP(ws []string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	h = (h ^ uint64(len(ws))) * prime
	for _, w := range ws {
		h = (h ^ uint64(len(w))) * prime
		for i := 0; i < len(w); i++ {
			h = (h ^ uint64(w[i])) * prime
		}
	}
	return h
}

// A set's entry in the encoding's index: its fingerprint, the offset of
// its tries from the start of the encoding, and its longest word.
const wordSetEntry = 8 + 4 + 4

// appendWordSets appends the encoding of the word sets of lists (those of
// equal fingerprints once): the magic, the number of sets (four bytes),
// the index (a wordSetEntry each, little-endian), then each set's forward
// and reversed tries (trie.AppendBinaryTables).
func appendWordSets(b []byte, lists [][]string) ([]byte, error) {
	var sets []wordSet
	var fps []uint64
	seen := map[uint64]bool{}
	for _, ws := range lists {
		if fp := wordSetFP(ws); !seen[fp] {
			seen[fp] = true
			fps, sets = append(fps, fp), append(sets, buildWordSet(ws))
		}
	}
	var body []byte
	offs := make([]int, len(sets))
	head := len(wordSetsMagic) + 4 + wordSetEntry*len(sets)
	for i, s := range sets {
		offs[i] = head + len(body)
		var err error
		if body, err = s.fwd.AppendBinaryTables(body); err != nil {
			return nil, err
		}
		if body, err = s.rev.AppendBinaryTables(body); err != nil {
			return nil, err
		}
	}
	b = append(b, wordSetsMagic...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(sets)))
	for i, s := range sets {
		b = binary.LittleEndian.AppendUint64(b, fps[i])
		b = binary.LittleEndian.AppendUint32(b, uint32(offs[i]))
		b = binary.LittleEndian.AppendUint32(b, uint32(s.maxLen))
	}
	return append(b, body...), nil
}

// wordSetIndex is the index of prebuiltWordSets' sets by fingerprint,
// read at the first newWordSet.
var wordSetIndex = sync.OnceValue(func() map[uint64][2]int { return readWordSetIndex(prebuiltWordSets) })

// readWordSetIndex reads the index of data: each set's offset and longest
// word by fingerprint; nil if data is not an encoding of appendWordSets.
func readWordSetIndex(data string) map[uint64][2]int {
	if len(data) < len(wordSetsMagic)+4 || data[:len(wordSetsMagic)] != wordSetsMagic {
		return nil
	}
	n := int(binary.LittleEndian.Uint32([]byte(data[len(wordSetsMagic):])))
	at := len(wordSetsMagic) + 4
	if n > (len(data)-at)/wordSetEntry {
		return nil
	}
	idx := make(map[uint64][2]int, n)
	for range n {
		e := data[at : at+wordSetEntry]
		off, maxLen := int(binary.LittleEndian.Uint32([]byte(e[8:12]))), int(binary.LittleEndian.Uint32([]byte(e[12:16])))
		if off > len(data) {
			return nil
		}
		idx[binary.LittleEndian.Uint64([]byte(e[:8]))] = [2]int{off, maxLen}
		at += wordSetEntry
	}
	return idx
}

// decodeWordSet returns the set of fingerprint fp in data; false if data
// holds none or it does not decode.
func decodeWordSet(data string, fp uint64) (wordSet, bool) {
	idx := wordSetIndex()
	if data != prebuiltWordSets {
		idx = readWordSetIndex(data)
	}
	e, ok := idx[fp]
	if !ok {
		return wordSet{}, false
	}
	fwd, rest, err := trie.DecodeTables(data[e[0]:])
	if err != nil {
		return wordSet{}, false
	}
	rev, _, err := trie.DecodeTables(rest)
	if err != nil {
		return wordSet{}, false
	}
	return wordSet{fwd: fwd, rev: rev, maxLen: e[1]}, true
}
