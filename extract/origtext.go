package extract

import "math/bits"

// origText gives, for each character of a traditional document's
// normalised text, the character of the original script it was converted
// from. Most characters' originals are the characters themselves (t2s
// changes a few in every ten), so only those that differ are kept, in
// order, with a bit per character to say which and, per block of 64
// characters, how many differ before the block: about 0.25 bytes a
// character and 4 per differing one, where the original's characters and
// an offset into them took 8 bytes a character (55 MB of a 20 MB
// document).
type origText struct {
	blocks []origBlock
	runes  []rune // the differing originals; -1: none (an offset outside the original)
}

type origBlock struct {
	diff uint64 // bit j: character j of the block has its own original
	base uint32 // originals kept before the block
}

// newOrigText is the origText of text, whose character i was converted
// from orig's character at[i].
func newOrigText(orig string, text []rune, at []int32) origText {
	or := []rune(orig)
	t := origText{blocks: make([]origBlock, len(text)>>6+1)}
	for i, c := range text {
		b := &t.blocks[i>>6]
		if i&63 == 0 {
			b.base = uint32(len(t.runes))
		}
		r := rune(-1)
		if o := int(at[i]); o >= 0 && o < len(or) {
			r = or[o]
		}
		if r != c {
			b.diff |= 1 << (i & 63)
			t.runes = append(t.runes, r)
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
	r := t.runes[int(b.base)+bits.OnesCount64(b.diff&(1<<j-1))]
	return r, r >= 0
}
