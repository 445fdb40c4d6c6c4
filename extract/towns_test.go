package extract

import (
	"reflect"
	"testing"

	"github.com/cnplan/kg/gazetteer"
)

// TestPrebuiltTowns checks that the embedded towns.bin is exactly the
// encoding of the town set that buildTownSet makes of the embedded
// gazetteer, and that newTownSet decodes it into a set equal to that one
// field by field. With -update it writes towns.bin instead: after the
// gazetteer's towns or regions change, run go generate ./extract.
func TestPrebuiltTowns(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	towns := g.TownNames()
	want := buildTownSet(g, towns)
	fp := g.TownsDigest()
	b, err := want.appendBinary(nil, fp)
	if err != nil {
		t.Fatal(err)
	}
	if !generatedFile(t, "towns.bin", prebuiltTowns, b, "the gazetteer's town set") {
		return
	}
	got, ok := decodeTownSet(prebuiltTowns, fp)
	if !ok {
		t.Fatal("towns.bin does not decode with the gazetteer's fingerprint")
	}
	if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(newTownSet(g), want) {
		t.Fatal("the decoded town set differs from the one buildTownSet makes")
	}
	// Another fingerprint, or a cut or altered encoding, is refused, not
	// a panic.
	if _, ok := decodeTownSet(prebuiltTowns, fp+1); ok {
		t.Error("decodeTownSet took another fingerprint")
	}
	for _, bad := range []string{"", prebuiltTowns[:len(prebuiltTowns)/2], prebuiltTowns[:len(prebuiltTowns)-1], prebuiltTowns + "x", "kg towns 1\n" + prebuiltTowns[len(townsMagic):]} {
		if _, ok := decodeTownSet(bad, fp); ok {
			t.Errorf("decodeTownSet of a bad encoding of %d bytes: accepted", len(bad))
		}
	}
}
