package extract

import (
	"testing"
	"unicode"
)

// TestStraddles checks straddles, runsOn, nounHere, standsAlone and
// placeWordEnding, which cut the units of two
// words at most and none where segment.MayJoin says no word crosses,
// against the scans of all the words of their windows they
// replaced (straddlesWords, refRunsOn and the others), at every short span of the seeds
// and part of the corpus.
func TestStraddles(t *testing.T) {
	x := newTestExtractor(t)
	for _, in := range testInputs(t, 4) {
		f := in.Name
		// d answers, ref the scans: d's units are cut only as its own
		// tests cut them, so that they meet text not cut yet
		dt, _, p := x.prepare(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		rt, _, _ := x.prepare(in)
		for _, t := range []*docText{dt, rt} {
			t.segment()
			t.lexicon()
		}
		d, ref := newRecognizer(dt), newRecognizer(rt)
		for start := 0; start < len(d.text); start++ {
			if got, want := d.standsAlone(start), refStandsAlone(ref, start); got != want {
				t.Fatalf("%s: standsAlone(%d) %q = %v, want %v", f, start, string(d.text[start]), got, want)
			}
			for end := start + 1; end <= min(len(d.text), start+4); end++ {
				lo, hi := start, end
				for lo > 0 && start-lo < 4 && unicode.Is(unicode.Han, d.text[lo-1]) {
					lo--
				}
				for hi < len(d.text) && hi-end < 4 && unicode.Is(unicode.Han, d.text[hi]) {
					hi++
				}
				if got, want := d.straddles(start, end), ref.straddlesWords(lo, hi, start, end); got != want {
					t.Fatalf("%s: straddles(%d, %d) %q = %v, want %v", f, start, end, string(d.text[start:end]), got, want)
				}
				if got, want := d.runsOn(start, end), refRunsOn(ref, start, end); got != want {
					t.Fatalf("%s: runsOn(%d, %d) %q = %v, want %v", f, start, end, string(d.text[start:end]), got, want)
				}
				if got, want := d.nounHere(start, end), refNounHere(ref, start, end); got != want {
					t.Fatalf("%s: nounHere(%d, %d) %q = %v, want %v", f, start, end, string(d.text[start:end]), got, want)
				}
				if got, want := d.placeWordEnding(start, end), refPlaceWordEnding(ref, start, end); got != want {
					t.Fatalf("%s: placeWordEnding(%d, %d) %q = %v, want %v", f, start, end, string(d.text[start:end]), got, want)
				}
			}
		}
	}
}

// refRunsOn is runsOn as it was, over all the words of its window.
func refRunsOn(d *recognizer, start, end int) int {
	lo, hi := max(start, end-2), min(len(d.text), end+3)
	for _, tk := range d.words(lo, hi) {
		a, b := lo+tk.Start, lo+tk.End
		if a < end && b > end && a >= start {
			return b
		}
	}
	return 0
}

// refNounHere, refStandsAlone and refPlaceWordEnding are nounHere,
// standsAlone and placeWordEnding as they were.
func refNounHere(d *recognizer, start, end int) bool {
	if end-start < 2 {
		return false
	}
	lo, hi := max(0, start-3), min(len(d.text), end+3)
	for _, tk := range d.words(lo, hi) {
		if lo+tk.Start == start && lo+tk.End == end {
			return tk.Tag == "n" || tk.Tag == "nz" || tk.Tag == "ns"
		}
	}
	return false
}

func refStandsAlone(d *recognizer, pos int) bool {
	lo, hi := max(0, pos-3), min(len(d.text), pos+4)
	for _, tk := range d.words(lo, hi) {
		if lo+tk.Start <= pos && pos < lo+tk.End {
			return tk.End-tk.Start == 1
		}
	}
	return true
}

func refPlaceWordEnding(d *recognizer, start, end int) bool {
	lo := max(0, start-4)
	for _, tk := range d.words(lo, end) {
		if lo+tk.End == end && lo+tk.Start < start {
			return tk.Tag == "ns" && !d.placeIn(lo+tk.Start, start)
		}
	}
	return false
}
