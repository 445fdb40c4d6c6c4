package main

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// testNeo4j starts a throwaway Neo4j for this test (scripts/neo4j.sh with
// a temporary state folder and a free port) and returns its Bolt URI; it
// is stopped when the test ends. It does not use the server NEO4J_URI
// names: go test runs packages in parallel, and the neo4j package's tests
// wipe that database at every step, which would empty this test's graph
// under it (and this test's load would break theirs). NEO4J_URI only says
// that Neo4j tests are wanted, as scripts/test.sh and CI set it; without
// it the test skips.
func testNeo4j(t *testing.T) string {
	t.Helper()
	if os.Getenv("NEO4J_URI") == "" {
		t.Skip("NEO4J_URI is unset, so no Neo4j tests run: start one with `bash scripts/neo4j.sh start` and export NEO4J_URI " +
			"(this test then starts a Neo4j of its own next to it), or run `bash scripts/test.sh`")
	}
	script, err := filepath.Abs("../../scripts/neo4j.sh")
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	env := append(os.Environ(), "NEO4J_STATE_DIR="+t.TempDir(), "NEO4J_PORT="+strconv.Itoa(port),
		"NEO4J_KEEP_STORE=0", "NEO4J_HEAP=512m", "NEO4J_PAGECACHE=64m")
	var out bytes.Buffer
	start := exec.Command("bash", script, "start")
	start.Env, start.Stdout, start.Stderr = env, &out, &out
	if err := start.Run(); err != nil {
		t.Fatalf("starting a Neo4j for the test: %v\n%s", err, out.String())
	}
	t.Cleanup(func() {
		stop := exec.Command("bash", script, "stop")
		stop.Env = env
		if b, err := stop.CombinedOutput(); err != nil {
			t.Errorf("stopping the test's Neo4j: %v\n%s", err, b)
		}
	})
	return fmt.Sprintf("bolt://127.0.0.1:%d", port)
}

// lastModified is the one part of an export that depends on the day it
// is written (GEXF's meta element).
var lastModified = regexp.MustCompile(`lastmodifieddate="[0-9-]+"`)

// exported runs kg export with args and returns what it wrote (for csv,
// nodes.csv then edges.csv) and the node and edge counts it reported.
func exported(t *testing.T, format string, args ...string) (string, int, int) {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "export")
	args = append([]string{"export", "--format", format, "--out", out}, args...)
	code, _, errs := runKG(t, args...)
	if code != exitOK {
		t.Fatalf("kg %s: exit %d:\n%s", strings.Join(args, " "), code, errs)
	}
	var b []byte
	if format == "csv" {
		for _, name := range []string{"nodes.csv", "edges.csv"} {
			part, err := os.ReadFile(filepath.Join(out, name))
			if err != nil {
				t.Fatal(err)
			}
			b = append(append(b, "== "+name+"\n"...), part...)
		}
	} else {
		var err error
		if b, err = os.ReadFile(out); err != nil {
			t.Fatal(err)
		}
	}
	// The counts of the last progress lines, which come at the end of the
	// nodes and of the edges.
	count := map[string]int{}
	for _, line := range strings.Split(errs, "\n") {
		var n int
		var part string
		if _, err := fmt.Sscanf(line, "kg export: %d %s", &n, &part); err == nil {
			count[part] = n
		}
	}
	return lastModified.ReplaceAllString(string(b), `lastmodifieddate="-"`), count["nodes"], count["edges"]
}

// TestExportNeo4jEqualsEmbedded is issue 10: `kg export --neo4j` writes,
// in every format and with every selection, exactly what the embedded
// store's export of the same documents writes.
func TestExportNeo4jEqualsEmbedded(t *testing.T) {
	uri := testNeo4j(t)
	conn := []string{"--neo4j", uri, "--user", "", "--password", "", "--database", "neo4j"}
	if code, _, errs := runKG(t, append(append([]string{"load"}, conn...), "../../seeds")...); code != exitOK {
		t.Fatalf("kg load: exit %d:\n%s", code, errs)
	}
	t.Setenv("NEO4J_URI", "") // the embedded exports read the files

	selections := [][]string{
		nil,
		{"--from", "2019", "--to", "2019"},
		{"--from", "2021"},
		{"--around", "region:360300"},
		{"--around", "region:360300", "--hops", "2"},
		{"--around", "region:360300", "--hops", "2", "--from", "2019", "--to", "2021"},
		{"--around", "region:360000", "--hops", "1", "--to", "2019"},
	}
	for _, format := range []string{"graphml", "gexf", "cytoscape", "csv"} {
		for _, sel := range selections {
			t.Run(format+" "+strings.Join(sel, " "), func(t *testing.T) {
				want, wantNodes, wantEdges := exported(t, format, append(sel, "../../seeds")...)
				got, nodes, edges := exported(t, format, append(sel, conn...)...)
				if wantNodes == 0 || wantEdges == 0 {
					t.Fatalf("the embedded export has %d nodes and %d edges: the selection proves nothing", wantNodes, wantEdges)
				}
				if nodes != wantNodes || edges != wantEdges {
					t.Errorf("Neo4j: %d nodes, %d edges; embedded: %d nodes, %d edges", nodes, edges, wantNodes, wantEdges)
				}
				if got != want {
					i := 0
					for i < len(got) && i < len(want) && got[i] == want[i] {
						i++
					}
					t.Errorf("the Neo4j export differs from the embedded one at byte %d of %d:\nNeo4j:    %q\nembedded: %q",
						i, len(want), excerpt(got, i), excerpt(want, i))
				}
			})
		}
	}
}

// excerpt is s around byte i.
func excerpt(s string, i int) string {
	return s[max(0, i-150):min(len(s), i+150)]
}
