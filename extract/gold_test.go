package extract

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	kg "github.com/cnplan/kg"
	"github.com/cnplan/kg/gazetteer"
)

// Floors for the gold test: the extractor may not fall below these
// micro-averaged F1 scores over the annotated seeds.
const (
	entityF1Floor   = 0.78
	relationF1Floor = 0.75
)

var (
	testExtractorOnce sync.Once
	testExtractor     *Extractor
	testExtractorErr  error
)

// newTestExtractor builds one extractor for the package's tests (building
// the automata and OpenCC tables takes a moment).
func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	testExtractorOnce.Do(func() {
		g, err := gazetteer.Load()
		if err != nil {
			testExtractorErr = err
			return
		}
		testExtractor, testExtractorErr = New(Config{Gazetteer: g})
	})
	if testExtractorErr != nil {
		t.Fatal(testExtractorErr)
	}
	return testExtractor
}

func TestGold(t *testing.T) {
	x := newTestExtractor(t)
	files, err := filepath.Glob("../testdata/gold/*.jsonl")
	if err != nil || len(files) < 3 {
		t.Fatalf("want at least 3 gold files in testdata/gold, got %d (%v)", len(files), err)
	}
	var total Score
	for _, gf := range files {
		base := strings.TrimSuffix(filepath.Base(gf), ".jsonl")
		t.Run(base, func(t *testing.T) {
			f, err := os.Open(gf)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			gold, err := ReadGold(f)
			if err != nil {
				t.Fatalf("%s: %v", gf, err)
			}
			data, err := os.ReadFile(filepath.Join("../seeds", base+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			res := x.Extract([]Input{{Name: base + ".txt", Data: data}}, nil)
			if len(res.Failed()) > 0 {
				t.Fatalf("extraction failed: %v", res.Problems)
			}
			sc := Evaluate(&res.Graph, kg.DocumentID(base+".txt"), gold)
			var b strings.Builder
			sc.Report(&b)
			t.Logf("%s\n%s", base, b.String())
			if testing.Verbose() {
				for _, m := range sc.Misses {
					t.Logf("miss     %s", m)
				}
				for _, s := range sc.Spurious {
					t.Logf("spurious %s", s)
				}
			}
			total.Add(sc)
		})
	}
	var b strings.Builder
	total.Report(&b)
	t.Logf("all gold documents (micro-averaged)\n%s", b.String())
	if f := total.EntityTotal.F1(); f < entityF1Floor {
		t.Errorf("entity F1 %.3f below floor %.3f", f, entityF1Floor)
	}
	if f := total.RelationTotal.F1(); f < relationF1Floor {
		t.Errorf("relation F1 %.3f below floor %.3f", f, relationF1Floor)
	}
}
