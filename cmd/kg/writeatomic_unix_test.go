//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestWriteAtomicKeepsSpecialFiles checks that --out to a path that is no
// regular file (a named pipe here, as /dev/null is a device) writes through
// it and leaves it what it was: the rename over it replaced /dev/null with
// a regular file when kg ran as root.
func TestWriteAtomicKeepsSpecialFiles(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skip("no named pipe:", err)
	}
	got := make(chan string)
	go func() {
		f, err := os.Open(p)
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- string(b)
	}()
	if err := writeAtomic(p, func(w io.Writer) error { _, err := io.WriteString(w, "{}\n"); return err }); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != "{}\n" {
		t.Errorf("read %q through the pipe, want %q", s, "{}\n")
	}
	fi, err := os.Lstat(p)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("%s is %v after writeAtomic, want a named pipe", p, fi.Mode())
	}
}
