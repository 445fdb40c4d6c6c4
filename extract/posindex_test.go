package extract

import (
	"math/rand"
	"slices"
	"testing"
	"unicode/utf8"
)

// TestProvsWithin compares provsWithin with the scan it replaces.
func TestProvsWithin(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	var buf []int
	for n := 0; n < 300; n++ {
		pos := make([]int, rng.Intn(50))
		for k := range pos {
			pos[k] = rng.Intn(200)
		}
		x := provsByPos(len(pos), func(k int) int { return pos[k] })
		for q := 0; q < 20; q++ {
			lo := rng.Intn(240) - 40
			hi := lo + rng.Intn(100)
			var want []int
			for k, p := range pos {
				if p >= lo && p < hi {
					want = append(want, k)
				}
			}
			if got := provsWithin(x, lo, hi, &buf); !slices.Equal(got, want) && len(want)+len(got) > 0 {
				t.Fatalf("provsWithin(%v, %d, %d) = %v, want %v", pos, lo, hi, got, want)
			}
		}
	}
}

// TestRunsHolding compares runsHolding with the scan crossRuns made before
// it: every longest stretch of positions in a run, read in order, kept when
// it holds an own character.
func TestRunsHolding(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 3000; n++ {
		text := make([]rune, rng.Intn(40))
		blocked := make([]bool, len(text))
		for i := range text {
			text[i] = 'a' + rune(rng.Intn(4)) // a, b: own; a, b, c: run characters
			blocked[i] = rng.Intn(8) == 0
		}
		inRun := func(k int) bool { return text[k] <= 'c' && !blocked[k] }
		own := func(c rune) bool { return c <= 'b' }
		var ownAt []int
		for k, c := range text {
			if own(c) {
				ownAt = append(ownAt, k)
			}
		}
		var want [][2]int
		for i := 0; i < len(text); {
			if !inRun(i) {
				i++
				continue
			}
			j := i
			for j < len(text) && inRun(j) {
				j++
			}
			if slices.ContainsFunc(text[i:j], own) {
				want = append(want, [2]int{i, j})
			}
			i = j
		}
		var got [][2]int
		for i, j := range runsHolding(text, inRun, ownAt) {
			got = append(got, [2]int{i, j})
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q blocked %v: runs %v, want %v", string(text), blocked, got, want)
		}
	}
}

// TestNextMarked compares nextMarked with a test of every position from i
// on, over texts of marked, unmarked and astral characters.
func TestNextMarked(t *testing.T) {
	var bits [1 << 10]uint64
	for _, c := range "川渝a\uffff" {
		bits[c>>6] |= 1 << (c & 63)
	}
	chars := []rune("川渝黔ab\uffff\U00020000\U0010FFFF")
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 2000; n++ {
		text := make([]rune, rng.Intn(20))
		for i := range text {
			text[i] = chars[rng.Intn(len(chars))]
		}
		for i := 0; i <= len(text); i++ {
			want := i
			for want < len(text) && text[want] < 1<<16 && bits[text[want]>>6]&(1<<(text[want]&63)) == 0 {
				want++
			}
			if got := nextMarked(text, i, &bits); got != want {
				t.Fatalf("nextMarked(%q, %d) = %d, want %d", string(text), i, got, want)
			}
		}
	}
}

// TestIndexRune compares indexRune with slices.Index over texts of every
// length up to 40 and every place of the character sought.
func TestIndexRune(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	for n := 0; n < 3000; n++ {
		text := make([]rune, rng.Intn(41))
		for i := range text {
			text[i] = []rune("等线期环")[rng.Intn(4)]
		}
		for _, r := range []rune("等线期环关") {
			if got, want := indexRune(text, r), slices.Index(text, r); got != want {
				t.Fatalf("indexRune(%q, %q) = %d, want %d", string(text), r, got, want)
			}
		}
	}
}

// TestNextLowBits compares nextLowBits with a test of every position from
// i on, over texts whose characters share low bits with the mask's or not.
func TestNextLowBits(t *testing.T) {
	rng := rand.New(rand.NewSource(15))
	chars := []rune("电气煤算水油a\U00020000")
	for n := 0; n < 3000; n++ {
		var mask uint64
		for _, c := range chars[:rng.Intn(4)] {
			mask |= 1 << (c & 63)
		}
		text := make([]rune, rng.Intn(21))
		for i := range text {
			text[i] = chars[rng.Intn(len(chars))]
		}
		for i := 0; i <= len(text); i++ {
			want := i
			for want < len(text) && mask&(1<<(text[want]&63)) == 0 {
				want++
			}
			if got := nextLowBits(text, i, mask); got != want {
				t.Fatalf("nextLowBits(%q, %d, %x) = %d, want %d", string(text), i, mask, got, want)
			}
		}
	}
}

// TestPlaceProblems compares the lines and columns placeProblems gives
// with a count of every character before each finding.
func TestPlaceProblems(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	for n := 0; n < 500; n++ {
		text := make([]rune, rng.Intn(60))
		for i := range text {
			text[i] = []rune("萍乡\n a")[rng.Intn(5)]
		}
		var f findings
		for k := rng.Intn(6); k > 0; k-- {
			f.note("x", rng.Intn(len(text)+3)-1, "m")
		}
		f.placeProblems(text)
		for _, p := range f.problems {
			line, col := 0, 0
			if p.Offset >= 0 && p.Offset <= len(text) {
				line, col = 1, 1
				for _, r := range text[:p.Offset] {
					if r == '\n' {
						line, col = line+1, 1
					} else {
						col++
					}
				}
			}
			if p.Line != line || p.Column != col {
				t.Fatalf("%q at %d: line %d column %d, want %d %d", string(text), p.Offset, p.Line, p.Column, line, col)
			}
		}
	}
}

// TestStopsAndInitials compares stopsAndInitials with a test of every
// position, with and without initials.
func TestStopsAndInitials(t *testing.T) {
	var stops, inits [1 << 10]uint64
	for _, c := range "川渝南" {
		stops[c>>6] |= 1 << (c & 63)
	}
	for _, c := range "渝万开" {
		inits[c>>6] |= 1 << (c & 63)
	}
	marked := func(b *[1 << 10]uint64, c rune) bool { return c < 1<<16 && b[c>>6]&(1<<(c&63)) != 0 }
	chars := []rune("川渝南万开达a\U00020000")
	rng := rand.New(rand.NewSource(17))
	for n := 0; n < 2000; n++ {
		text := make([]rune, rng.Intn(30))
		for i := range text {
			text[i] = chars[rng.Intn(len(chars))]
		}
		for _, withInits := range []bool{false, true} {
			var ib *[1 << 10]uint64
			if withInits {
				ib = &inits
			}
			var wantMarks, wantInits []int
			for i, c := range text {
				if c >= 1<<16 || marked(&stops, c) {
					wantMarks = append(wantMarks, i)
				}
				if withInits && marked(&inits, c) {
					wantInits = append(wantInits, i)
				}
			}
			marks, got := stopsAndInitials(text, &stops, ib)
			if !slices.Equal(marks, wantMarks) || !slices.Equal(got, wantInits) {
				t.Fatalf("%q (initials %v): %v %v, want %v %v", string(text), withInits, marks, got, wantMarks, wantInits)
			}
		}
	}
}

// TestMarkChars checks what markPositions' table takes of markChars, and
// markPositions against slices.Index at every position of texts of them.
func TestMarkChars(t *testing.T) {
	seen := map[rune]rune{}
	for k, c := range markChars {
		if k%3 != 0 || utf8.RuneLen(c) != 3 {
			t.Fatalf("%q at byte %d of markChars: not three bytes each", c, k)
		}
		if o, ok := seen[c&1023]; ok {
			t.Fatalf("%q and %q share their low ten bits", o, c)
		}
		seen[c&1023] = c
	}
	if len(markChars)/3 >= 32 {
		t.Fatalf("%d markChars: markPositions' slots hold 31", len(markChars)/3)
	}
	rng := rand.New(rand.NewSource(7))
	alphabet := []rune(markChars + "”》\n水环\u73ef\u906f\u201d\u300b" + string(rune('环'+64)) + string(rune('“'-64)) +
		string(rune('环'+1024)) + string(rune('电'-1024)) + string(rune('油'+2048)))
	for n := range 300 {
		text := make([]rune, n)
		for k := range text {
			text[k] = alphabet[rng.Intn(len(alphabet))]
		}
		m := markPositions(text)
		for _, c := range markChars {
			var want []int
			for i, r := range text {
				if r == c {
					want = append(want, i)
				}
			}
			if got := m.of(c); !slices.Equal(got, want) {
				t.Fatalf("markPositions(%q).of(%q) = %v, want %v", string(text), c, got, want)
			}
		}
	}
}
