package extract

import (
	"reflect"
	"testing"

	"github.com/cnplan/kg/gazetteer"
)

// TestPrebuiltWordSets checks that the embedded wordsets.bin is exactly the
// encoding of the word sets New makes now, and that each decodes into the
// tries buildWordSet builds of its words. With -update it writes
// wordsets.bin instead: after a change of lexicon.txt, of the lists New
// makes of it or of the trie, run go generate ./extract.
func TestPrebuiltWordSets(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	var lists [][]string
	recordWordSet = func(ws []string) { lists = append(lists, ws) }
	_, err = New(Config{Gazetteer: g})
	recordWordSet = nil
	if err != nil {
		t.Fatal(err)
	}
	if len(lists) < 20 {
		t.Fatalf("New made %d word sets", len(lists))
	}
	b, err := appendWordSets(nil, lists)
	if err != nil {
		t.Fatal(err)
	}
	if !generatedFile(t, "wordsets.bin", prebuiltWordSets, b, "New's word sets") {
		return
	}
	for _, ws := range lists {
		got, ok := decodeWordSet(prebuiltWordSets, wordSetFP(ws))
		if !ok {
			t.Fatalf("wordsets.bin holds no set of %d words %q…", len(ws), ws[:min(3, len(ws))])
		}
		want := buildWordSet(ws)
		if got.maxLen != want.maxLen {
			t.Fatalf("set of %q…: maxLen %d, built %d", ws[:min(3, len(ws))], got.maxLen, want.maxLen)
		}
		for _, p := range [][2]interface{ AppendBinaryTables([]byte) ([]byte, error) }{{got.fwd, want.fwd}, {got.rev, want.rev}} {
			a, _ := p[0].AppendBinaryTables(nil)
			w, _ := p[1].AppendBinaryTables(nil)
			if !reflect.DeepEqual(a, w) {
				t.Fatalf("set of %q…: a decoded trie differs from the built one", ws[:min(3, len(ws))])
			}
		}
		gk, gv := got.rev.Keys()
		wk, wv := want.rev.Keys()
		if !reflect.DeepEqual(gk, wk) || !reflect.DeepEqual(gv, wv) {
			t.Fatalf("set of %q…: the decoded reversed keys differ", ws[:min(3, len(ws))])
		}
	}
	// a set the file does not hold is built; a bad encoding is refused
	if _, ok := decodeWordSet(prebuiltWordSets, wordSetFP([]string{"不在词表中的词"})); ok {
		t.Error("decodeWordSet found a set the file does not hold")
	}
	fp := wordSetFP(lists[0])
	for _, bad := range []string{"", prebuiltWordSets[:len(wordSetsMagic)+2], "kg wordsets 0\n" + prebuiltWordSets[len(wordSetsMagic):],
		prebuiltWordSets[:len(wordSetsMagic)+4+wordSetEntry]} { // (the index cut short: no set's tries)
		if _, ok := decodeWordSet(bad, fp); ok {
			t.Errorf("decodeWordSet of a bad encoding of %d bytes: accepted", len(bad))
		}
	}
}
