package extract

import (
	"reflect"
	"testing"

	"github.com/cnplan/kg/gazetteer"
)

// TestPrebuiltNames checks that the embedded names.bin is exactly the
// encoding of the name matcher and candidates that gatherNames and
// newMatcher make of the embedded gazetteer, that it decodes into the same
// keys and candidates and a trie that finds what the built one finds, and
// that New uses it. With -update it writes names.bin instead: after a
// change of the gazetteer's regions, abbreviations, customary names or
// groups, or of the code that gathers them, run go generate ./extract.
func TestPrebuiltNames(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	keys, cands := gatherNames(g, g.Names())
	want := newMatcher(keys)
	fp := g.NamesDigest()
	b, err := appendNames(nil, want, cands, g, fp)
	if err != nil {
		t.Fatal(err)
	}
	if !generatedFile(t, "names.bin", prebuiltNames, b, "the gazetteer's names") {
		return
	}
	got, gotCands, ok := decodeNames(prebuiltNames, g, fp)
	if !ok {
		t.Fatal("names.bin does not decode with the gazetteer's NamesDigest")
	}
	if !reflect.DeepEqual(got.words, keys) || !reflect.DeepEqual(gotCands, cands) {
		t.Fatal("names.bin decodes into other keys or candidates than gatherNames gives")
	}
	// the decoded trie answers as the built one: every key and the text
	// around it, the corpus and the seeds, and Get of every key
	var texts [][]rune
	for i, k := range keys {
		texts = append(texts, []rune(k), []rune("在"+k+"建设"))
		if v := got.t.Get([]rune(k)); v != int32(i) {
			t.Fatalf("Get(%s) = %d in the decoded trie, want %d", k, v, i)
		}
	}
	for _, d := range testTexts(t) {
		texts = append(texts, d.text)
	}
	for _, r := range texts {
		if a, b := got.appendRunes(nil, r), want.appendRunes(nil, r); !reflect.DeepEqual(a, b) {
			t.Fatalf("the decoded trie finds %v in %.40q, the built one %v", a, string(r), b)
		}
	}
	x, err := New(Config{Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(x.names.words, keys) || !reflect.DeepEqual(x.nameCands, cands) || x.names.t.States() != want.t.States() {
		t.Fatal("New's name matcher differs from the gathered one")
	}
	if _, _, ok := decodeNames(prebuiltNames, g, fp+1); ok {
		t.Error("decodeNames took another fingerprint")
	}
	for _, bad := range []string{"", prebuiltNames[:len(prebuiltNames)/2], prebuiltNames[:len(prebuiltNames)-1], prebuiltNames + "x", "kg names 0\n" + prebuiltNames[len(namesMagic):]} {
		if _, _, ok := decodeNames(bad, g, fp); ok {
			t.Errorf("decodeNames of a bad encoding of %d bytes: accepted", len(bad))
		}
	}
}
