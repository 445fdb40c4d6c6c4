package extract

import (
	"math/bits"
	"slices"
)

// origText gives, for each character of a traditional document's
// normalised text, the character of the original script it was converted
// from. Most characters' originals are the characters themselves (t2s
// changes a few in every ten), so only those that differ are kept, in
// order, with a bit per character to say which and, per block of 64
// characters, how many differ before the block: about 0.25 bytes a
// character and 2 per differing one, where the original's characters and
// an offset into them took 8 bytes a character (55 MB of a 20 MB
// document).
type origText struct {
	blocks []origBlock
	// the differing originals: of the BMP in runes (2 bytes each; 0xFFFF:
	// none, an offset outside the original), the others in wide, where
	// runes holds 0xFFFE (at wideAt in runes): rare, beyond the BMP, or
	// U+FFFE and U+FFFF, which do not fit
	runes  []uint16
	wide   []rune
	wideAt []int32
}

type origBlock struct {
	diff uint64 // bit j: character j of the block has its own original
	base uint32 // originals kept before the block
}

// newOrigText is the origText of text, whose character i was converted
// from orig's character at[i].
func newOrigText(orig string, text []rune, at []int32) origText {
	or := decodeText(orig)
	original := func(i int) rune {
		if o := int(at[i]); o >= 0 && o < len(or) {
			return or[o]
		}
		return -1
	}
	n := 0
	for i, c := range text {
		if original(i) != c {
			n++
		}
	}
	t := origText{blocks: make([]origBlock, len(text)>>6+1), runes: make([]uint16, 0, n)}
	for i, c := range text {
		b := &t.blocks[i>>6]
		if i&63 == 0 {
			b.base = uint32(len(t.runes))
		}
		r := original(i)
		if r == c {
			continue
		}
		b.diff |= 1 << (i & 63)
		switch {
		case r < 0:
			t.runes = append(t.runes, 0xFFFF)
		case r < 0xFFFE:
			t.runes = append(t.runes, uint16(r))
		default:
			t.wideAt = append(t.wideAt, int32(len(t.runes)))
			t.runes = append(t.runes, 0xFFFE)
			t.wide = append(t.wide, r)
		}
	}
	return t
}

// at returns the original of text's character i (text the normalised
// text t was built for), or false when it has none.
func (t origText) at(text []rune, i int) (rune, bool) {
	b := &t.blocks[i>>6]
	j := uint(i & 63)
	if b.diff&(1<<j) == 0 {
		return text[i], true
	}
	k := int(b.base) + bits.OnesCount64(b.diff&(1<<j-1))
	switch r := t.runes[k]; r {
	case 0xFFFF:
		return 0, false
	case 0xFFFE:
		w, _ := slices.BinarySearch(t.wideAt, int32(k))
		return t.wide[w], true
	default:
		return rune(r), true
	}
}
