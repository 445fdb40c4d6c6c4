package extract

import (
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestSpanIndex checks the index against the scans of every mention it
// replaced, on random spans with repeated starts and ends.
func TestSpanIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 300; round++ {
		var ms []*mention
		for i := rng.Intn(30); i > 0; i-- {
			s := rng.Intn(40)
			ms = append(ms, &mention{start: s, end: s + rng.Intn(8), kind: mentionKind(rng.Intn(4))})
		}
		keep := func(m *mention) bool { return m.kind != mNamed }
		x := newSpanIndex(ms, keep)
		for q := 0; q < 100; q++ {
			a := rng.Intn(45)
			b := a + rng.Intn(10)
			var overlaps, covers bool
			var within []*mention
			for _, m := range ms {
				if !keep(m) {
					continue
				}
				overlaps = overlaps || m.start < b && m.end > a
				covers = covers || m.start <= a && m.end >= b
				if m.start >= a && m.end <= b {
					within = append(within, m)
				}
			}
			if got := x.overlaps(a, b); got != overlaps {
				t.Fatalf("overlaps(%d, %d) = %v, want %v", a, b, got, overlaps)
			}
			if got := x.covers(a, b); got != covers {
				t.Fatalf("covers(%d, %d) = %v, want %v", a, b, got, covers)
			}
			seen := map[*mention]bool{}
			x.within(a, b, func(m *mention) { seen[m] = true })
			if len(seen) != len(within) {
				t.Fatalf("within(%d, %d): %d spans, want %d", a, b, len(seen), len(within))
			}
			for _, m := range within {
				if !seen[m] {
					t.Fatalf("within(%d, %d) misses %v", a, b, *m)
				}
			}
		}
	}
}

// TestGazCover checks gazAt, which answers from the bit set of covered
// characters before it bisects the spans, against the bisection alone, at
// every position (and one past either end) of the seeds and part of the
// corpus, after each pass of recognition that adds spans; and noGazAt and
// anySpanIn, which must not say no span where there is one.
func TestGazCover(t *testing.T) {
	x := newTestExtractor(t)
	for _, in := range testInputs(t, 4) {
		dt, _, sents, p := x.readText(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		d := newRecognizer(dt)
		check := func(pass string) {
			for i := -1; i <= len(d.text); i++ {
				if got, want := d.gazAt(i), refGazAt(d.gazSpans, i); got != want {
					t.Fatalf("%s, after %s: gazAt(%d) = %v, want %v", in.Name, pass, i, got, want)
				}
				if d.noGazAt(i) && refGazAt(d.gazSpans, i) != nil {
					t.Fatalf("%s, after %s: noGazAt(%d) true at a span", in.Name, pass, i)
				}
			}
			// anySpanIn must say true wherever some gazAt in the range is
			// not nil (ranges of up to 130 characters, across words)
			for a := -1; a <= len(d.text); a += 7 {
				for _, n := range []int{0, 1, 2, 3, 5, 9, 63, 64, 65, 130} {
					some := false
					for i := a; i < a+n; i++ {
						some = some || refGazAt(d.gazSpans, i) != nil
					}
					if some && !d.anySpanIn(a, a+n) {
						t.Fatalf("%s, after %s: anySpanIn(%d, %d) = false, want true", in.Name, pass, a, a+n)
					}
				}
			}
		}
		check("nothing")
		d.recognizeGazetteer()
		check("the gazetteer")
		d.recognizeAbbrev()
		check("abbreviations")
		d.recognizeNames()
		check("names")
		relate(dt, d.recognition, sents, nil)
		check("relations")
	}
}

// refGazAt is gazAt's bisection of the spans, without the bit set.
func refGazAt(spans []*mention, i int) *mention {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].end > i })
	if k < len(spans) && spans[k].start <= i {
		return spans[k]
	}
	return nil
}

// TestStreetAfter compares streetAfter with the string version it
// replaced (trim the directions off the next three characters, compare
// the prefixes) at every position of the seeds and part of the corpus,
// and of a few phrases.
func TestStreetAfter(t *testing.T) {
	x := newTestExtractor(t)
	ins := testInputs(t, 4)
	ins = append(ins, Input{Name: "streets.txt", Data: []byte("东大街、南北路、中街、东西南大街、人民中路、洛阳道街区、大道、东\n西街")})
	for _, in := range ins {
		dt, _, _, p := x.readText(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		d := newRecognizer(dt)
		for pos := 0; pos <= len(d.text); pos++ {
			rest := strings.TrimLeft(d.sub(pos, min(len(d.text), pos+3)), "东西南北中")
			want := pos < len(d.text) && d.text[pos] == '道' && d.standsAlone(pos) ||
				strings.HasPrefix(rest, "路") || strings.HasPrefix(rest, "街") || strings.HasPrefix(rest, "大街")
			if got := d.streetAfter(pos); got != want {
				t.Fatalf("%s: streetAfter(%d) = %v, want %v (%q)", in.Name, pos, got, want, d.sub(pos, min(len(d.text), pos+3)))
			}
		}
	}
}

// TestPartyOrder compares partyOrder with the version that converted the
// whole name to characters.
func TestPartyOrder(t *testing.T) {
	x := newTestExtractor(t)
	dt, _, _, p := x.readText(testInputs(t, 1)[0])
	if p != nil {
		t.Fatal(p.Message)
	}
	d := newRecognizer(dt)
	ref := func(name string) string {
		rs := []rune(name)
		n := 0
		for n < len(rs) && n < 4 {
			if _, ok := d.x.abbrevs.m[rs[n]]; !ok {
				break
			}
			n++
		}
		if n < 2 {
			return name
		}
		run := append([]rune(nil), rs[:n]...)
		slices.Sort(run)
		return string(run) + string(rs[n:])
	}
	for _, name := range []string{"", "a", "赣", "湘赣", "赣湘开放合作试验区", "闽浙赣皖合作区", "川渝黔滇桂合作区", "粤港澳大湾区", "萍乡经开区", "赣a湘"} {
		if got, want := d.partyOrder(name), ref(name); got != want {
			t.Fatalf("partyOrder(%q) = %q, want %q", name, got, want)
		}
	}
}
