package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestEvalSets runs kg eval from the repository's root over each named set
// and checks that the set's documents are scored and its halves add up.
func TestEvalSets(t *testing.T) {
	t.Chdir("../..")
	dev, check := splitCounts(t, "testdata/corpus/silver/split.tsv")
	tests := []struct {
		name, set string
		want      []string
	}{
		{"the silver halves and their sum", "silver", []string{fmt.Sprintf("==== silver-dev: %d documents", dev), fmt.Sprintf("==== silver-check: %d documents", check),
			"13_jiangsu-gov-work-report-2026.txt", "05_jilin-gov-work-report-2026.txt", "== silver, all its documents"}},
		{"one half alone has no sum", "corpus-check", []string{"==== corpus-check: 4 documents", "== corpus-check (micro-averaged)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := runEval(context.Background(), []string{"-set", tc.set}, environ{stdout: &out, stderr: &errb, getenv: os.Getenv})
			if code != exitOK {
				t.Fatalf("exit %d, stderr %s", code, errb.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
			if tc.set == "corpus-check" && strings.Contains(out.String(), "all its documents") {
				t.Errorf("a single half printed a sum:\n%s", out.String())
			}
		})
	}
	var errb bytes.Buffer
	if code := runEval(context.Background(), []string{"-set", "nosuch"}, environ{stdout: &bytes.Buffer{}, stderr: &errb, getenv: os.Getenv}); code != exitUsage || !strings.Contains(errb.String(), "silver") {
		t.Errorf("unknown set: exit %d, stderr %q", code, errb.String())
	}
}

// splitCounts counts the documents of each half of a split file, which
// grows as documents are annotated.
func splitCounts(t *testing.T, path string) (dev, check int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || strings.HasPrefix(line, "#") {
			continue
		}
		switch f[1] {
		case "dev":
			dev++
		case "check":
			check++
		}
	}
	if dev == 0 || check == 0 {
		t.Fatalf("%s: no dev or no check documents", path)
	}
	return dev, check
}
