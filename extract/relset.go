package extract

import (
	"hash/maphash"
	"strings"
	"unicode/utf8"
	"unsafe"

	kg "github.com/cnplan/kg"
)

// relSet collects relations and their evidence (relSet.add, relations.go).
// A piece of evidence is kept in 24 bytes instead of kg.Evidence's 96:
// its document, sentence text and original, the same for every piece read
// in a sentence, are kept once (relSetState.ctx), its trigger once per
// distinct trigger, and the offsets as int32 (a document's offsets fit,
// as byteIndex's do). A 20 MB plan holds about
// 300,000 pieces while its text is in memory. evidence gives a relation's
// as kg.Evidence, in the order they were added.
type relSet struct {
	m map[relKey][]relEv
	f *relSetState
}

// relEv is a piece of evidence in a relSet.
type relEv struct {
	sentence, start, end, sentenceStart int32
	ctx                                 int32 // index in relSetState.ctx
	trigger                             int32 // index in relSetState.trigs
}

// evCtx is what a piece of evidence shares with the others of its
// sentence (start: where the sentence starts).
type evCtx struct {
	doc, text, orig string
	start           int32
}

type relSetState struct {
	ctx []evCtx
	// ctxAt finds the last evCtx of a sentence text by where its bytes are
	// (a sentence's text and original are made once per sentence,
	// evidenceIn): no hash of a sentence's text. An evCtx of other strings
	// there is added again; equal strings kept twice compare equal
	// (relSetState.same).
	ctxAt  map[*byte]int32
	trigs  []string
	trigAt map[string]int32
	// the context and trigger of the last piece of evidence (-1: none)
	lastCtx, lastTrig int32
	// doc is the document's text while originals are pending
	// (evidenceSurface), until detach; detached once done
	doc      *docText
	detached bool
	// bits is a filter of the evidence, made when one relation's list
	// grows long: a bit per hash of the relation, the evidence's
	// sentence, span and trigger. A clear bit says a piece of evidence is
	// new without a scan of its relation's list, which was quadratic in a
	// long document (the same relation read in every repetition of a
	// text: 8 % of a 20 MB plan's CPU); a set bit leaves the answer to the
	// scan.
	bits []uint64
	seed maphash.Seed
}

func newRelSet(t *docText) relSet {
	// sized by the trigger words (the corpus's documents have 20-70
	// relations, 10-50 sentences' contexts and triggers for 20-70 trigger
	// words), not grown from empty
	n := 16 + len(t.trigs)
	return relSet{m: make(map[relKey][]relEv, n), f: &relSetState{ctxAt: make(map[*byte]int32, n/2), trigAt: make(map[string]int32, n/2), lastCtx: -1, lastTrig: -1, doc: t}}
}

// evFilterAt is the length of a relation's list that makes the filter;
// evFilterWords its largest size (1 MB: a few percent of false hits at
// 300,000 pieces of evidence, a 20 MB plan's). A shorter text's filter is
// smaller (evFilterSize): about one piece of evidence in 23 characters,
// 64 bits for each 50 characters keep the same share of false hits, where
// 1 MB was most of a short document's evidence memory.
const (
	evFilterAt    = 32
	evFilterWords = 1 << 17
	evFilterMin   = 1 << 10
)

// evFilterSize is the number of words of the filter of a text of chars
// characters: a power of two, chars/50 rounded up, within evFilterMin and
// evFilterWords.
func evFilterSize(chars int) int {
	n := evFilterMin
	for n < evFilterWords && n*50 < chars {
		n <<= 1
	}
	return n
}

type evHashKey struct {
	k                                            relKey
	sentence, start, end, sentenceStart, trigger int32
}

func (f *relSetState) bit(k relKey, e *relEv) (int, uint64) {
	h := maphash.Comparable(f.seed, evHashKey{k, e.sentence, e.start, e.end, e.sentenceStart, e.trigger})
	h &= uint64(len(f.bits))*64 - 1 // (a power of two)
	return int(h >> 6), 1 << (h & 63)
}

// same reports whether a and b are the same evidence (kg.Evidence's ==).
func (f *relSetState) same(a, b *relEv) bool {
	if a.sentence != b.sentence || a.start != b.start || a.end != b.end || a.sentenceStart != b.sentenceStart || a.trigger != b.trigger {
		return false
	}
	return a.ctx == b.ctx || f.ctx[a.ctx] == f.ctx[b.ctx]
}

// insert appends ev to the evidence of k unless it holds it already.
func (rs relSet) insert(k relKey, ev kg.Evidence) {
	f := rs.f
	// most evidence is of the sentence, and has the trigger, of the last
	ec := evCtx{ev.Document, ev.Text, ev.Original, int32(ev.SentenceStart)}
	c := f.lastCtx
	if c < 0 || !identical(f.ctx[c], ec) {
		ck := stringPtr(ev.Text)
		var ok bool
		c, ok = f.ctxAt[ck]
		if !ok || !identical(f.ctx[c], ec) {
			c = int32(len(f.ctx))
			f.ctx = append(f.ctx, ec)
			f.ctxAt[ck] = c
		}
		f.lastCtx = c
	}
	tr := f.lastTrig
	if tr < 0 || f.trigs[tr] != ev.Trigger {
		var ok bool
		tr, ok = f.trigAt[ev.Trigger]
		if !ok {
			tr = int32(len(f.trigs))
			f.trigs = append(f.trigs, ev.Trigger)
			f.trigAt[ev.Trigger] = tr
		}
		f.lastTrig = tr
	}
	e := relEv{sentence: int32(ev.Sentence), start: int32(ev.Start), end: int32(ev.End), sentenceStart: int32(ev.SentenceStart), ctx: c, trigger: tr}
	evs := rs.m[k]
	if f.bits == nil && len(evs) >= evFilterAt {
		chars := evFilterWords * 50 // (no text: the largest filter)
		if f.doc != nil {
			chars = len(f.doc.text)
		}
		f.bits = make([]uint64, evFilterSize(chars))
		f.seed = maphash.MakeSeed()
		for k, evs := range rs.m {
			for i := range evs {
				w, b := f.bit(k, &evs[i])
				f.bits[w] |= b
			}
		}
	}
	if f.bits != nil {
		w, b := f.bit(k, &e)
		if f.bits[w]&b == 0 {
			f.bits[w] |= b
			rs.m[k] = append(evs, e)
			return
		}
	}
	// latest first: a repeated piece of evidence is most often the
	// sentence just read
	for i := len(evs) - 1; i >= 0; i-- {
		if f.same(&evs[i], &e) {
			return
		}
	}
	rs.m[k] = append(evs, e)
}

// detach copies the sentence texts of the evidence, which evidenceIn
// takes as pieces of the document's string, and writes the originals left
// pending (evidenceSurface), once the document is read: no copy is made
// while the document's text is in memory (its largest moment), and none
// of it is kept after. No evidence is added after; evidence detaches
// first.
func (rs relSet) detach() {
	f := rs.f
	if f.detached {
		return
	}
	for i := range f.ctx {
		c := &f.ctx[i]
		if isPending(c.orig) {
			_, c.orig = f.doc.surfaceView(int(c.start), int(c.start)+utf8.RuneCountInString(c.text))
		}
		c.text = strings.Clone(c.text)
	}
	f.ctxAt = nil // its keys point into the texts
	f.doc = nil
	f.detached = true
}

// pendingOriginal stands for an original-script sentence that
// relSet.detach writes (evidenceSurface); known by where its bytes are.
var pendingOriginal = strings.Clone("\x00original pending")

func isPending(s string) bool {
	return len(s) == len(pendingOriginal) && stringPtr(s) == stringPtr(pendingOriginal)
}

// evidenceSurface is surfaceView for a sentence's evidence, which relSet
// keeps: the normalised text a piece of d.str and the original, of a
// converted document, left to relSet.detach (built while the document is
// in memory, the originals were 5 MB of a 20 MB plan's peak).
func (d *docText) evidenceSurface(start, end int) (string, string) {
	if d.orig.blocks == nil {
		return d.sub(start, end), ""
	}
	return d.sub(start, end), pendingOriginal
}

// evidence returns the evidence of k as kg.Evidence, in a new slice.
func (rs relSet) evidence(k relKey) []kg.Evidence {
	rs.detach()
	evs := rs.m[k]
	out := make([]kg.Evidence, len(evs))
	for i, e := range evs {
		c := &rs.f.ctx[e.ctx]
		out[i] = kg.Evidence{Document: c.doc, Sentence: int(e.sentence), Start: int(e.start), End: int(e.end), Trigger: rs.f.trigs[e.trigger],
			Text: c.text, SentenceStart: int(e.sentenceStart), Original: c.orig}
	}
	return out
}

// identical reports a and b made of the same strings (the same bytes in
// memory, not only equal ones).
func identical(a, b evCtx) bool {
	return a.start == b.start && len(a.doc) == len(b.doc) && stringPtr(a.doc) == stringPtr(b.doc) &&
		len(a.text) == len(b.text) && stringPtr(a.text) == stringPtr(b.text) &&
		len(a.orig) == len(b.orig) && stringPtr(a.orig) == stringPtr(b.orig)
}

// stringPtr is where s's bytes are (nil for "").
func stringPtr(s string) *byte {
	if s == "" {
		return nil
	}
	return unsafe.StringData(s)
}
