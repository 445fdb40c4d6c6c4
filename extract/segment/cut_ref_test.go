package segment

import (
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode"
)

// realTexts reads the corpus reports and the seeds, for the tests that
// check a faster walk against the one it replaced on real text.
func realTexts(t *testing.T) [][]rune {
	t.Helper()
	var texts [][]rune
	for _, g := range []string{"../../testdata/corpus/docs/*.txt", "../../seeds/*.txt"} {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, []rune(string(b)))
		}
	}
	return texts
}

// TestCutAsBefore checks AppendCut, whose blocks walk the trie from two
// positions at once, against the cut of one walk at a time it replaced
// (refAppendCut), on the corpus, the seeds and random text.
func TestCutAsBefore(t *testing.T) {
	s := seg(t)
	texts := realTexts(t)
	if len(texts) < 10 {
		t.Fatalf("only %d texts", len(texts))
	}
	rng := rand.New(rand.NewSource(7))
	alphabet := []rune("萍乡市经济技术开发区中华人民共和国长江三角洲一体化发展abc12 、。")
	for k := 0; k < 2000; k++ {
		r := make([]rune, rng.Intn(150))
		for i := range r {
			r[i] = alphabet[rng.Intn(len(alphabet))]
		}
		texts = append(texts, r)
	}
	for _, text := range texts {
		got, want := s.AppendCut(nil, text), s.refAppendCut(nil, text)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%.40q: cut differs from one walk at a time", string(text))
		}
	}
}

func FuzzCutAsBefore(f *testing.F) {
	s := seg(f)
	f.Add("萍乡市经济技术开发区")
	f.Fuzz(func(t *testing.T, text string) {
		rs := []rune(text)
		if got, want := s.AppendCut(nil, rs), s.refAppendCut(nil, rs); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: %v, want %v", text, got, want)
		}
	})
}

// refAppendCut and refCutBlock are AppendCut and cutBlock with one walk
// at a time, as they were.
func (s *Segmenter) refAppendCut(toks []Token, text []rune) []Token {
	var sc scratch
	for i := 0; i < len(text); {
		j := i + 1
		switch r := text[i]; {
		case inBlock(r):
			for j < len(text) && inBlock(text[j]) {
				j++
			}
			toks = s.refCutBlock(toks, text[i:j], i, &sc)
		case unicode.IsSpace(r):
			for j < len(text) && unicode.IsSpace(text[j]) {
				j++
			}
			toks = append(toks, Token{i, j, "x"})
		default:
			toks = append(toks, Token{i, j, "x"})
		}
		i = j
	}
	return toks
}

func (s *Segmenter) refCutBlock(toks []Token, block []rune, base int, sc *scratch) []Token {
	n := len(block)
	var scoreBuf [maxStack + 1]float64
	var endBuf [maxStack]int32
	var tagBuf [maxStack]int16
	score, end, tag := scoreBuf[:], endBuf[:], tagBuf[:]
	if n > maxStack {
		// one call's long blocks share buffers grown to the longest
		if cap(sc.score) < n+1 {
			sc.score, sc.end, sc.tag = make([]float64, n+1), make([]int32, n), make([]int16, n)
		}
		score, end, tag = sc.score[:n+1], sc.end[:n], sc.tag[:n]
	}
	score[n] = 0
	for i := n - 1; i >= 0; i-- {
		best, bestEnd, bestTag := math.Inf(-1), -1, int16(-1)
		st := int32(0)
		for j := i; j < n; j++ {
			var w int32
			if st, w = s.words.Step(st, block[j]); st < 0 {
				break
			}
			// >= : on a tie the longer word wins, as jieba's max over
			// (score, end) tuples.
			if w >= 0 {
				logp, wt := s.word(w)
				if sc := logp + score[j+1]; sc >= best {
					best, bestEnd, bestTag = sc, j+1, int16(wt)
				}
			}
		}
		if bestEnd < 0 { // no word starts here: a single unknown rune
			best, bestEnd = s.unknown+score[i+1], i+1
		}
		score[i], end[i], tag[i] = best, int32(bestEnd), bestTag
	}
	return s.appendRoute(toks, block, base, end, tag) // the route is what differs; its tokens are read alike
}
