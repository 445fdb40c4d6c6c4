package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cnplan/kg/jsonl"
)

// runKG runs the command in-process and returns its exit status and output.
func runKG(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.txt")
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(good, []byte("萍乡对接粤港澳大湾区建设行动方案\n积极对接粤港澳大湾区。"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}

	t.Run("usage", func(t *testing.T) {
		if code, _, _ := runKG(t, "extract"); code != exitUsage {
			t.Fatalf("no arguments: exit %d, want %d", code, exitUsage)
		}
		if code, _, _ := runKG(t, "frobnicate"); code != exitUsage {
			t.Fatalf("unknown command: exit %d, want %d", code, exitUsage)
		}
	})
	t.Run("good file", func(t *testing.T) {
		code, out, _ := runKG(t, "extract", good)
		if code != exitOK {
			t.Fatalf("exit %d", code)
		}
		g, err := jsonl.Read(strings.NewReader(out))
		if err != nil {
			t.Fatalf("output is not valid JSON Lines: %v", err)
		}
		if len(g.Documents) != 1 || g.Documents[0].Title != "萍乡对接粤港澳大湾区建设行动方案" {
			t.Fatalf("documents %+v", g.Documents)
		}
	})
	t.Run("bad files are named and skipped", func(t *testing.T) {
		code, out, errs := runKG(t, "extract", dir)
		if code != exitPartial {
			t.Fatalf("exit %d, want %d", code, exitPartial)
		}
		for _, f := range []string{"bad.txt: byte", "empty.txt: empty file"} {
			if !strings.Contains(errs, f) {
				t.Errorf("stderr does not say %q:\n%s", f, errs)
			}
		}
		if !strings.Contains(out, `"source":"good.txt"`) {
			t.Errorf("the good document is missing from the output")
		}
	})
	t.Run("empty folder is an error", func(t *testing.T) {
		code, _, errs := runKG(t, "extract", t.TempDir())
		if code == exitOK || !strings.Contains(errs, "no input files") {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
	})
	t.Run("folders give text files only", func(t *testing.T) {
		d := t.TempDir()
		if err := os.WriteFile(filepath.Join(d, "README.md"), []byte("# 萍乡对接粤港澳大湾区\n积极对接粤港澳大湾区。"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "plan.txt"), []byte("萍乡对接粤港澳大湾区建设行动方案\n积极对接粤港澳大湾区。"), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errs := runKG(t, "extract", d)
		if code != exitOK || strings.Contains(out, "README.md") || !strings.Contains(out, "plan.txt") ||
			!strings.Contains(errs, "1 files in folders skipped") {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
		// a file named on the command line is read whatever its extension
		if code, out, _ := runKG(t, "extract", filepath.Join(d, "README.md")); code != exitOK || !strings.Contains(out, "README.md") {
			t.Fatalf("named file: exit %d", code)
		}
	})
	t.Run("missing path", func(t *testing.T) {
		code, _, errs := runKG(t, "extract", filepath.Join(dir, "nope.txt"))
		if code != exitPartial || !strings.Contains(errs, "nope.txt") {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
	})
	t.Run("byte-identical output to a file", func(t *testing.T) {
		a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
		if code, _, _ := runKG(t, "extract", "--out", a, "../../seeds"); code != exitOK {
			t.Fatalf("exit %d", code)
		}
		if code, _, _ := runKG(t, "extract", "--out", b, "../../seeds"); code != exitOK {
			t.Fatalf("exit %d", code)
		}
		x, _ := os.ReadFile(a)
		y, _ := os.ReadFile(b)
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Fatal("two runs differ")
		}
	})
	t.Run("unwritable output keeps nothing half-written", func(t *testing.T) {
		code, _, errs := runKG(t, "extract", "--out", filepath.Join(dir, "no", "such", "dir.jsonl"), good)
		if code != exitFailure || !strings.Contains(errs, "dir.jsonl") {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
	})
}
