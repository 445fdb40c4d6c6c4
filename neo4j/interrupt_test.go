package neo4j_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/cnplan/kg"
)

// writeJSONL writes g in the JSON Lines format of 'kg extract'.
func writeJSONL(t *testing.T, path string, g *kg.Graph) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	put := func(kind string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		m["kind"] = kind
		b, err = json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
		w.WriteByte('\n')
	}
	for _, d := range g.Documents {
		put("document", d)
	}
	for _, e := range g.Entities {
		put("entity", e)
	}
	for _, r := range g.Relations {
		put("relation", r)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// buildKG builds the kg command into a temporary folder.
func buildKG(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kg")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/cnplan/kg/cmd/kg")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/kg: %v\n%s", err, out)
	}
	return bin
}

// docEvidence maps, for one document, each relation id to the evidence the
// document gives it.
func docEvidence(g *kg.Graph, doc string) map[string][]kg.Evidence {
	m := map[string][]kg.Evidence{}
	for _, r := range g.Relations {
		for _, ev := range r.Evidence {
			if ev.Document == doc {
				m[r.ID] = append(m[r.ID], ev)
			}
		}
	}
	for id := range m {
		slices.SortFunc(m[id], compareEv)
	}
	return m
}

func compareEv(a, b kg.Evidence) int {
	return strings.Compare(a.Document+"\x00"+a.Text, b.Document+"\x00"+b.Text)*8 +
		cmpInt(a.Start, b.Start)*4 + cmpInt(a.End, b.End)*2 + cmpInt(a.Sentence, b.Sentence)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// storedDocEvidence reads the same map from the store.
func storedDocEvidence(t *testing.T, s kg.Store, doc string) map[string][]kg.Evidence {
	t.Helper()
	m := map[string][]kg.Evidence{}
	for after := ""; ; {
		p, err := s.Relations(context.Background(), kg.RelationFilter{Document: doc, Page: kg.Page{First: kg.CapPageSize, After: after}})
		if err != nil {
			t.Fatalf("relations of %s: %v", doc, err)
		}
		for _, r := range p.Relations {
			for _, ev := range r.Evidence {
				if ev.Document == doc {
					m[r.ID] = append(m[r.ID], ev)
				}
			}
			slices.SortFunc(m[r.ID], compareEv)
		}
		if !p.HasNext {
			return m
		}
		after = p.Relations[len(p.Relations)-1].ID
	}
}

// TestInterruptedLoad kills 'kg load' with SIGKILL half way through
// replacing every document of a corpus with a newer version, checks that
// each document is then either fully old or fully new, runs the load again
// and compares the store with an uninterrupted load.
func TestInterruptedLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("builds kg and loads a large corpus")
	}
	ctx := context.Background()
	c := testConfig()
	c.BatchSize = 300
	s := openStore(t, c)
	old, updated := syntheticGraph(40, 400, 0), syntheticGraph(40, 400, 1)

	// Reference: an uninterrupted load of the old then the new version.
	load(t, s, old)
	load(t, s, updated)
	want := takeSnapshot(t, s)

	// Again, killing the new version's load half way.
	if err := s.Wipe(ctx); err != nil {
		t.Fatal(err)
	}
	load(t, s, old)
	bin := buildKG(t)
	input := filepath.Join(t.TempDir(), "corpus.jsonl")
	writeJSONL(t, input, updated)
	args := []string{"load", "--neo4j", c.URI, "--database", c.Database, "--batch", "300", input}

	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "NEO4J_USER="+c.User, "NEO4J_PASSWORD="+c.Password)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	killed := false
	docBatches := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.Contains(line, ": documents ") {
			docBatches++
		}
		if docBatches == 3 {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
			t.Logf("killed kg load after: %s", line)
			break
		}
	}
	go func() { _, _ = bufio.NewReader(stderr).WriteTo(discard{}) }()
	_ = cmd.Wait()
	if !killed {
		t.Fatalf("kg load finished before it could be killed")
	}

	// Every document is fully old or fully new.
	mixed, olds, news := 0, 0, 0
	for _, d := range updated.Documents {
		got := storedDocEvidence(t, s, d.ID)
		switch {
		case reflect.DeepEqual(got, docEvidence(updated, d.ID)):
			news++
		case reflect.DeepEqual(got, docEvidence(old, d.ID)):
			olds++
		default:
			mixed++
			t.Errorf("document %s is neither fully old nor fully new after the kill", d.ID)
		}
	}
	t.Logf("after the kill: %d documents new, %d old, %d mixed", news, olds, mixed)
	checkStoredDegrees(t, c, "after the kill")
	if olds == 0 {
		t.Errorf("the kill came too late: no document was left old")
	}

	// Run again to the end: same graph as the uninterrupted load.
	cmd = exec.Command(bin, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("second kg load: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if last := lines[len(lines)-1]; !strings.Contains(last, "done:") {
		t.Errorf("kg load did not end with a summary: %q", last)
	}
	got := takeSnapshot(t, s)
	if got.counts() != want.counts() {
		t.Errorf("after kill and re-run: %s; uninterrupted: %s", got.counts(), want.counts())
	}
	if got.digest(t) != want.digest(t) {
		t.Errorf("store after kill and re-run differs from an uninterrupted load")
	}
	checkStoredDegrees(t, c, "after kill and re-run")
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
