package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"
)

// TestStraddles checks straddles and runsOn, which cut the units of two
// words at most, against the scans of all the words of their windows they
// replaced (straddlesWords, refRunsOn), at every short span of the seeds
// and part of the corpus.
func TestStraddles(t *testing.T) {
	x := newTestExtractor(t)
	files, _ := filepath.Glob("../seeds/*.txt")
	more, _ := filepath.Glob("../testdata/corpus/docs/*.txt")
	files = append(files, more[:min(len(more), 4)]...)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, _, p := x.prepare(Input{Name: filepath.Base(f), Data: data})
		if p != nil {
			t.Fatal(p.Message)
		}
		d.segment()
		d.lexicon()
		for start := 0; start < len(d.text); start++ {
			for end := start + 1; end <= min(len(d.text), start+4); end++ {
				lo, hi := start, end
				for lo > 0 && start-lo < 4 && unicode.Is(unicode.Han, d.text[lo-1]) {
					lo--
				}
				for hi < len(d.text) && hi-end < 4 && unicode.Is(unicode.Han, d.text[hi]) {
					hi++
				}
				if got, want := d.straddles(start, end), d.straddlesWords(lo, hi, start, end); got != want {
					t.Fatalf("%s: straddles(%d, %d) %q = %v, want %v", f, start, end, string(d.text[start:end]), got, want)
				}
				if got, want := d.runsOn(start, end), refRunsOn(d, start, end); got != want {
					t.Fatalf("%s: runsOn(%d, %d) %q = %v, want %v", f, start, end, string(d.text[start:end]), got, want)
				}
			}
		}
	}
}

// refRunsOn is runsOn as it was, over all the words of its window.
func refRunsOn(d *docState, start, end int) int {
	lo, hi := max(start, end-2), min(len(d.text), end+3)
	for _, tk := range d.words(lo, hi) {
		a, b := lo+tk.Start, lo+tk.End
		if a < end && b > end && a >= start {
			return b
		}
	}
	return 0
}
