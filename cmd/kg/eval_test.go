package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// TestEvalSets runs kg eval from the repository's root over each named set
// and checks that the set's documents are scored and its halves add up.
func TestEvalSets(t *testing.T) {
	t.Chdir("../..")
	tests := []struct {
		name, set string
		want      []string
	}{
		{"the silver halves and their sum", "silver", []string{"==== silver-dev: 2 documents", "==== silver-check: 5 documents",
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
