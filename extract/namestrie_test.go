package extract

import (
	"reflect"
	"testing"

	"github.com/cnplan/kg/gazetteer"
)

// TestPrebuiltNames checks that the embedded names.bin is exactly the
// encoding of the trie that newMatcher builds of the names New gathers
// from the embedded gazetteer, and that the matcher New makes has that
// trie. With -update it writes names.bin instead: after the gazetteer's
// regions, groups, abbreviations or customary names change (or the way New
// gathers them), run go generate ./extract.
func TestPrebuiltNames(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(Config{Gazetteer: g})
	if err != nil {
		t.Fatal(err)
	}
	keys := x.names.words
	want := newMatcher(keys)
	fp := namesFingerprint(keys)
	b, err := appendNamesTrie(nil, want.t, fp)
	if err != nil {
		t.Fatal(err)
	}
	if !generatedFile(t, "names.bin", prebuiltNames, b, "the gazetteer's name matcher") {
		return
	}
	got, ok := decodeNamesTrie(prebuiltNames, fp)
	if !ok {
		t.Fatal("names.bin does not decode with the names' fingerprint")
	}
	// the decoded trie answers as the built one over every key and over
	// the corpus and seeds (the matcher's whole-text search)
	var texts [][]rune
	for _, k := range keys {
		texts = append(texts, []rune(k), []rune("在"+k+"建设"))
	}
	for _, d := range testTexts(t) {
		texts = append(texts, d.text)
	}
	dec := &matcher{t: got, words: keys}
	for _, r := range texts {
		if a, b := dec.appendRunes(nil, r), want.appendRunes(nil, r); !reflect.DeepEqual(a, b) {
			t.Fatalf("the decoded trie finds %v in %.40q, the built one %v", a, string(r), b)
		}
	}
	if x.names.t == nil || !reflect.DeepEqual(x.names.words, keys) {
		t.Fatal("New's name matcher has no trie or other words")
	}
	if _, ok := decodeNamesTrie(prebuiltNames, fp+1); ok {
		t.Error("decodeNamesTrie took another fingerprint")
	}
	if namesFingerprint(keys[1:]) == fp || namesFingerprint(nil) == fp || namesFingerprint(append(keys[:len(keys):len(keys)], "x")) == fp {
		t.Error("the fingerprint does not change with the keys")
	}
	for _, bad := range []string{"", prebuiltNames[:len(prebuiltNames)/2], prebuiltNames[:len(prebuiltNames)-1], prebuiltNames + "x", "kg names 0\n" + prebuiltNames[len(namesMagic):]} {
		if _, ok := decodeNamesTrie(bad, fp); ok {
			t.Errorf("decodeNamesTrie of a bad encoding of %d bytes: accepted", len(bad))
		}
	}
}
