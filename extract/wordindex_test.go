package extract

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cnplan/kg/extract/segment"
)

// TestTagTable checks that every tag of the segmenter gets its own number
// and that other strings get none.
func TestTagTable(t *testing.T) {
	x := newTestExtractor(t)
	tags := x.seg.Tags()
	tt := newTagTable(tags)
	seen := map[int]string{}
	for _, tag := range tags {
		n := tt.number(tag)
		if n < 0 {
			if len(tt.names) < longTok-1 {
				t.Errorf("tag %q has no number", tag)
			}
			continue
		}
		if tt.names[n] != tag {
			t.Errorf("number(%q) = %d, which is %q", tag, n, tt.names[n])
		}
		if o, ok := seen[n]; ok {
			t.Errorf("tags %q and %q share number %d", o, tag, n)
		}
		seen[n] = tag
	}
	for _, s := range []string{"", "zz", "nnnn", "engg", "X"} {
		if n := tt.number(s); n >= 0 {
			t.Errorf("number(%q) = %d, want -1", s, n)
		}
	}
}

// TestWordIndex checks tokenAt, after cutAt at every character in an order
// that is not the text's, against the tokens of AppendCut over the whole
// text: short and long tokens (an ASCII run longer than a code holds), tags
// that have no number (a table of two tags), and the corpus.
func TestWordIndex(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		tags []string // nil: all the segmenter's
	}{
		{"short words", "推进赣江新区建设，加快发展。", nil},
		{"a long ASCII run", "建设" + strings.Repeat("abc123", 20) + "项目和 " + strings.Repeat("9", 33) + "号", nil},
		{"a token of exactly the longest code", strings.Repeat("x", maxCoded) + "中" + strings.Repeat("y", maxCoded+1), nil},
		{"tags without numbers", "推进赣江新区建设，加快发展。", []string{"v", "x"}},
		// adverbs read as nouns before the next word, which may be a piece
		// of the block of its own (cutAt)
		{"adverbs before nouns", "支持首都图书馆和首都国际会展中心建设陆相页岩油着眼国家试点", nil},
	}
	for _, in := range testInputs(t, 2) {
		d, _, p := x.prepare(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		tests = append(tests, struct {
			name string
			text string
			tags []string
		}{in.Name, string(d.text), nil})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			xx := &Extractor{seg: x.seg, tags: x.tags, lex: x.lex} // what the word index reads
			if tc.tags != nil {
				xx.tags = newTagTable(tc.tags)
			}
			d := &docText{x: xx}
			d.text = []rune(tc.text)
			d.segment()
			want := x.seg.Cut(d.text)
			retagAdverbs(want, d.text, x.lex.anchors)
			n := len(d.text)
			for i := 0; i < n; i++ {
				d.cutAt((i*7919 + n/2) % n) // out of order
			}
			for k := range n {
				d.cutAt(k) // any that the order missed
			}
			for _, tk := range want {
				for k := tk.Start; k < tk.End; k++ {
					if got := d.tokenAt(k); !reflect.DeepEqual(got, tk) {
						t.Fatalf("tokenAt(%d) = %+v, want %+v", k, got, tk)
					}
				}
			}
			var ws []segment.Token
			ws = d.appendWords(ws, 0, n)
			if !reflect.DeepEqual(ws, want) {
				t.Errorf("words differ from Cut")
			}
		})
	}
}

func TestRetagAdverbs(t *testing.T) {
	tok := func(s, e int, tag string) segment.Token { return segment.Token{Start: s, End: e, Tag: tag} }
	tests := []struct {
		name string
		in   []segment.Token
		want []string
	}{
		{"an adverb before a noun is a noun (首都|图书馆)", []segment.Token{tok(0, 2, "d"), tok(2, 5, "n")}, []string{"n", "n"}},
		{"an adverb before a verb stays (进一步|优化)", []segment.Token{tok(0, 3, "d"), tok(3, 5, "v")}, []string{"d", "v"}},
		{"a one-character adverb stays (都|是)", []segment.Token{tok(0, 1, "d"), tok(1, 3, "n")}, []string{"d", "n"}},
		{"an adverb before a verbal noun stays (首都|体育)", []segment.Token{tok(0, 2, "d"), tok(2, 4, "vn")}, []string{"d", "vn"}},
		{"the last word has no noun after it", []segment.Token{tok(0, 2, "n"), tok(2, 4, "d")}, []string{"n", "d"}},
		{"an adverb before an anchor stays (着眼|国家)", []segment.Token{tok(0, 2, "d"), tok(2, 4, "n")}, []string{"d", "n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := []rune("首都图书馆")
			if strings.HasPrefix(tt.name, "an adverb before an anchor") {
				text = []rune("着眼国家")
			}
			retagAdverbs(tt.in, text, []string{"国家", "全国"})
			for i, tk := range tt.in {
				if tk.Tag != tt.want[i] {
					t.Errorf("token %d tagged %s, want %s", i, tk.Tag, tt.want[i])
				}
			}
		})
	}
}
