package extract

import (
	"bytes"
	"os"
	"testing"
)

// generatedFile checks a generated file embedded as embedded against b,
// what its generator makes now: with -update it writes b to name and
// reports false (nothing more to check); otherwise it fails the test when
// the two differ, and reports true.
func generatedFile(t *testing.T, name, embedded string, b []byte, what string) bool {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s, %d bytes", name, len(b))
		return false
	}
	if !bytes.Equal([]byte(embedded), b) {
		t.Fatalf("%s (%d bytes) is not the encoding of %s (%d bytes): run go generate ./extract", name, len(embedded), what, len(b))
	}
	return true
}
