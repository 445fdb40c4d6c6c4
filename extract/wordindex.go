package extract

import (
	"slices"

	"github.com/cnplan/kg/extract/segment"
)

// The words of a document are cut a unit, or a piece of one, at a time,
// when first read (cutAt), and kept as a code per character (tokCode): the
// token that holds the character, as its distance to the token's start and
// end and its part of speech. Two bytes a character, where a token index a character (4
// bytes) and the tokens themselves (32 bytes each, with a pointer for the
// collector to follow) took five to six times that in a long document.

// A token code packs, for the character k it is stored at:
//
//	bits 0-5   the tag's number in tagTable plus one (0: k not cut yet;
//	           longTok: the token is in docText.longToks)
//	bits 6-10  k - Start
//	bits 11-15 End - k - 1
//
// A token longer than maxCoded characters, or whose tag has no number
// below longTok, is a long token.
const (
	longTok  = 63
	maxCoded = 32
)

// tagTable numbers the parts of speech of the segmenter's tokens, for the
// token codes: a small open-addressing table keyed by the tag's length and
// its first and last bytes, where a map lookup per token cost more.
type tagTable struct {
	names []string
	slots [256]uint8 // number plus one, 0 empty
}

func newTagTable(tags []string) *tagTable {
	t := &tagTable{}
	for _, tag := range tags {
		if tag == "" || len(t.names) >= longTok-1 || t.number(tag) >= 0 {
			continue
		}
		t.names = append(t.names, tag)
		h := tagHash(tag)
		for t.slots[h] != 0 {
			h++
		}
		t.slots[h] = uint8(len(t.names))
	}
	return t
}

func tagHash(tag string) uint8 {
	return uint8(len(tag)*61 + int(tag[0])*7 + int(tag[len(tag)-1])*3)
}

// number is the number of tag, or -1 if it has none.
func (t *tagTable) number(tag string) int {
	if tag == "" {
		return -1
	}
	for h := tagHash(tag); t.slots[h] != 0; h++ {
		if n := int(t.slots[h]) - 1; t.names[n] == tag {
			return n
		}
	}
	return -1
}

// segment prepares the word index: no unit is cut yet. The codes' buffer
// is one of tokCodePool's, given back when the document is read
// (releaseTokCode).
func (d *docText) segment() {
	d.tokCode = tokCodePool.takeLen(len(d.text))
	clear(d.tokCode) // (one the pool kept holds the last document's codes)
}

// tokCodePool keeps the token codes of documents read (a megabyte of the
// allocations of a corpus extraction).
var tokCodePool slicePool[uint16]

// releaseTokCode gives the token codes to tokCodePool: nothing reads
// them after.
func (d *docText) releaseTokCode() {
	tokCodePool.give(d.tokCode)
	d.tokCode = nil
}

// cutAt segments the unit that holds the character at k, once. Of a block
// it cuts only the piece around k between the nearest places where no word
// can hold the characters on both sides (segment.MayJoin), when the
// segmenter finds that piece's tokens certain (segment.AppendPiece), or else
// from the piece's start to the block's end: most of a block is never read.
// A piece whose last word is an adverb of two characters or more takes in
// the next piece too, which retagAdverbs reads that word against; so the
// word before a piece, if cut, never needs the piece's first word.
func (d *docText) cutAt(k int) { d.cutTo(k, k+1) }

// cutTo is cutAt(k) for a caller that goes on to read the words up to to:
// the pieces of k's block up to there are cut in one go, but for those cut
// already.
func (d *docText) cutTo(k, to int) {
	// in line: most calls find k cut already
	if d.tokCode[k] == 0 {
		d.cutPieces(k, to)
	}
}

// cutPieces is cutTo for k not cut yet.
func (d *docText) cutPieces(k, to int) {
	i, j := d.unit[0], d.unit[1]
	if k < i || k >= j {
		// (Unit gives the same unit for every character of it)
		i, j = segment.Unit(d.text, k)
		d.unit = [2]int{i, j}
	}
	a, b := k, k+1
	for a > i && d.x.seg.MayJoin(d.text, a) {
		a--
	}
	for {
		for b < j && (d.x.seg.MayJoin(d.text, b) || b < to && d.tokCode[b] == 0) {
			b++
		}
		if a == i && b == j {
			d.cutBuf = d.x.seg.AppendCut(d.cutBuf[:0], d.text[i:j]) // the whole unit
			break
		}
		var ok bool
		if d.cutBuf, ok = d.x.seg.AppendPiece(d.cutBuf[:0], d.text[i:j], a-i, b-i); !ok {
			// a choice too close to tell without the rest of the block
			d.cutBuf, _ = d.x.seg.AppendPiece(d.cutBuf[:0], d.text[i:j], a-i, j-i)
			b = j
		}
		if last := d.cutBuf[len(d.cutBuf)-1]; b == j || last.Tag != "d" || last.End-last.Start < 2 {
			break
		}
		b++ // the adverb's next word, past the next place no word crosses
	}
	retagAdverbs(d.cutBuf, d.text[a:b], d.x.lex.anchors)
	for _, tk := range d.cutBuf {
		tk.Start += a
		tk.End += a
		n := d.x.tags.number(tk.Tag)
		if n < 0 || n+1 >= longTok || tk.End-tk.Start > maxCoded {
			if d.longToks == nil {
				d.longToks = map[int]segment.Token{}
			}
			for c := tk.Start; c < tk.End; c++ {
				d.tokCode[c] = longTok
				d.longToks[c] = tk
			}
			continue
		}
		for c := tk.Start; c < tk.End; c++ {
			d.tokCode[c] = uint16(n+1) | uint16(c-tk.Start)<<6 | uint16(tk.End-c-1)<<11
		}
	}
}

// tokenAt is the token that holds the character at k, which must be cut
// (cutAt).
func (d *docText) tokenAt(k int) segment.Token {
	c := d.tokCode[k]
	t := int(c & 63)
	if t == longTok {
		return d.longToks[k]
	}
	return segment.Token{Start: k - int(c>>6&31), End: k + int(c>>11) + 1, Tag: d.x.tags.names[t-1]}
}

// mayJoin reports whether a word may hold both text[k-1] and text[k]:
// false is certain and spares the cut, which most tests at a name's ends
// need not read. Where the dictionary's pairs let them join
// (segment.MayJoin), the answer is the cut's, of the one piece that holds
// them: true is certain too (every caller reads the word after a true).
func (d *docText) mayJoin(k int) bool {
	if k <= 0 || k >= len(d.text) || !d.x.seg.MayJoin(d.text, k) {
		return false
	}
	d.cutAt(k - 1)
	return d.tokenAt(k-1).End > k
}

// retagAdverbs reads as a noun a word of two characters or more that the
// dictionary tags as an adverb right before a noun (首都/d|国际会展中心,
// 陆相/d|页岩油): an adverb modifies verbs and adjectives, never a noun,
// so the word stands as a modifier in a noun phrase and ends no name
// there. Not before an anchor that opens names (着眼/d|国家…试点: a verb
// the dictionary tags an adverb). text holds the tokens' offsets.
func retagAdverbs(toks []segment.Token, text []rune, anchors []string) {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Tag != "d" || toks[i].End-toks[i].Start < 2 || toks[i+1].Tag != "n" {
			continue
		}
		if slices.Contains(anchors, string(text[toks[i+1].Start:toks[i+1].End])) {
			continue
		}
		toks[i].Tag = "n"
	}
}
