package segment

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "write prebuilt.bin from dict.txt (TestPrebuilt)")

// TestPrebuilt checks that the embedded prebuilt.bin is exactly the
// encoding of the Segmenter that build reads from dict.txt, and that New
// decodes it into a Segmenter equal to that one field by field. With
// -update it writes prebuilt.bin instead: after dict.txt changes, run
// go generate ./extract/segment (gen/gen.sh does).
func TestPrebuilt(t *testing.T) {
	want, err := build()
	if err != nil {
		t.Fatal(err)
	}
	b, err := want.appendBinary(nil)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("prebuilt.bin", b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote prebuilt.bin, %d bytes", len(b))
		return
	}
	if !bytes.Equal([]byte(prebuilt), b) {
		t.Fatalf("prebuilt.bin (%d bytes) is not the encoding of dict.txt's segmenter (%d bytes): run go generate ./extract/segment", len(prebuilt), len(b))
	}
	got, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("New's segmenter differs from the one build reads from dict.txt")
	}
	// A cut or altered encoding is an error, not a panic.
	for _, bad := range []string{"", prebuilt[:len(prebuilt)/2], prebuilt[:len(prebuilt)-1], prebuilt + "x", "kg segmenter 1\n" + prebuilt[len(prebuiltMagic):]} {
		if _, err := decode(bad); err == nil {
			t.Errorf("decode of a bad encoding of %d bytes: no error", len(bad))
		}
	}
}
