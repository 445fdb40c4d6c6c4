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
			xx := &Extractor{seg: x.seg, tags: x.tags} // what the word index reads
			if tc.tags != nil {
				xx.tags = newTagTable(tc.tags)
			}
			d := &docText{x: xx}
			d.text = []rune(tc.text)
			d.segment()
			want := x.seg.Cut(d.text)
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
