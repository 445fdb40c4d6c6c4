package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestServeAndLoadRoughEdges holds the command-line fixes of issue 9: each
// case fails before the server would listen, so none of them serves.
func TestServeAndLoadRoughEdges(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nonexistent")
	cases := []struct {
		name    string
		env     map[string]string
		args    []string
		code    int
		want    []string // in stderr
		wantNot []string
	}{
		{name: "NEO4J_URI in the environment and files: the variable is named",
			env: map[string]string{"NEO4J_URI": "bolt://x:1"}, args: []string{"serve", "seeds/"}, code: exitUsage,
			want: []string{"NEO4J_URI is set (bolt://x:1)", "kg load", "unset NEO4J_URI"}, wantNot: []string{"--neo4j is given"}},
		{name: "--neo4j and files: the flag is named",
			env: map[string]string{"NEO4J_URI": ""}, args: []string{"serve", "--neo4j", "bolt://x:1", "seeds/"}, code: exitUsage,
			want: []string{"--neo4j is given (bolt://x:1)"}},
		{name: "every input fails: exit 1, no empty graph served",
			env: map[string]string{"NEO4J_URI": ""}, args: []string{"serve", missing}, code: exitPartial,
			want: []string{"nonexistent", "none of the inputs could be read"}},
		{name: "serve --neo4j foo: usage error naming the schemes",
			env: map[string]string{"NEO4J_URI": ""}, args: []string{"serve", "--neo4j", "foo"}, code: exitUsage,
			want: []string{`"foo" is not a Neo4j URI`, "bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc"}},
		{name: "NEO4J_URI=foo: usage error naming the variable",
			env: map[string]string{"NEO4J_URI": "foo"}, args: []string{"serve"}, code: exitUsage,
			want: []string{"NEO4J_URI is set", "not a Neo4j URI"}},
		{name: "load --neo4j foo: usage error naming the schemes",
			env: map[string]string{"NEO4J_URI": ""}, args: []string{"load", "--neo4j", "foo", "seeds/"}, code: exitUsage,
			want: []string{"not a Neo4j URI", "neo4j+s"}},
		{name: "unreachable local port: the hint names that port, not 7687",
			env: map[string]string{"NEO4J_URI": ""}, args: []string{"serve", "--neo4j", "bolt://127.0.0.1:1"}, code: exitFailure,
			want: []string{"bolt://127.0.0.1:1 is unreachable", "NEO4J_PORT=1 bash scripts/neo4j.sh start"}, wantNot: []string{"7687"}},
		{name: "unreachable remote host: the hint names the host",
			env: map[string]string{"NEO4J_URI": ""}, args: []string{"load", "--neo4j", "bolt://127.0.0.2:1", "seeds/"}, code: exitFailure,
			want: []string{"bolt://127.0.0.2:1 is unreachable", "server runs at 127.0.0.2:1"}, wantNot: []string{"7687"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range c.env {
				t.Setenv(k, v)
			}
			code, _, errs := runKG(t, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, c.code, errs)
			}
			for _, w := range c.want {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			for _, w := range c.wantNot {
				if strings.Contains(errs, w) {
					t.Errorf("stderr has %q:\n%s", w, errs)
				}
			}
		})
	}
}

// TestLoopback holds which Neo4j addresses make kg serve leave half the
// cores to the database (--procs' default).
func TestLoopback(t *testing.T) {
	for uri, want := range map[string]bool{
		"bolt://127.0.0.1:7687": true, "neo4j://localhost": true, "bolt://[::1]:7687": true,
		"bolt://db.example:7687": false, "bolt://10.0.0.2:7687": false, "": false,
	} {
		if got := loopback(uri); got != want {
			t.Errorf("loopback(%q) = %v, want %v", uri, got, want)
		}
	}
}
