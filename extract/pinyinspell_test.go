package extract

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

// placePinyinRunes is placePinyin before spellHits: the spelling read
// through the name's runes, as it still is for a name of invalid UTF-8.
func (x *Extractor) placePinyinRunes(name string) string {
	hits := x.names.find(name, charOffsets(name))
	if len(hits) == 0 {
		return x.pinyinOf(name)
	}
	return x.spellRunes([]rune(name), hits)
}

// TestSpellHits holds placePinyin to placePinyinRunes over the names of
// the corpus's entities, the gazetteer's names and names made of them.
func TestSpellHits(t *testing.T) {
	x := newTestExtractor(t)
	files, _ := filepath.Glob("../testdata/corpus/docs/*.txt")
	var ins []Input
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, Input{Name: filepath.Base(f), Data: data})
	}
	res := x.Extract(ins, nil)
	var names []string
	for _, e := range res.Graph.Entities {
		names = append(names, e.Name)
		names = append(names, e.Aliases...)
	}
	n := len(names)
	rng := rand.New(rand.NewSource(7))
	glue := []string{"", "市", "和", "A1", "经济区", "\xff", "高速", "·", "G60"}
	for range 3000 {
		names = append(names, names[rng.Intn(n)]+glue[rng.Intn(len(glue))]+names[rng.Intn(n)])
	}
	hit := 0
	for _, name := range names {
		if got, want := x.placePinyin(name), x.placePinyinRunes(name); got != want {
			t.Fatalf("placePinyin(%q) = %q, want %q", name, got, want)
		}
		if len(x.names.find(name, charOffsets(name))) > 0 {
			hit++
		}
	}
	if n < 1000 || hit < n/2 {
		t.Fatalf("%d names, %d with places: too few to compare", len(names), hit)
	}
}
