package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cnplan/kg/jsonl"
)

// runExtract implements `kg extract`: documents in, JSON Lines out.
func runExtract(ctx context.Context, args []string, env environ) int {
	fs := flag.NewFlagSet("kg extract", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	out := fs.String("out", "", "write JSON Lines to `FILE` instead of standard output")
	explain := fs.Bool("explain", false, "print the extractor's non-fatal findings on stderr: subject not found, ambiguous names, triggers without an object, names rejected as generic")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: kg extract [--out FILE] [--explain] FILE|DIR...")
		fmt.Fprintln(env.stderr, "Reads planning documents (UTF-8 or GB18030, simplified or traditional) and writes")
		fmt.Fprintln(env.stderr, "documents, entities and relations as JSON Lines (docs/format.md).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	g, failed, err := readGraphExplain(ctx, fs.Args(), env, *explain, true)
	if err != nil {
		fmt.Fprintf(env.stderr, "kg extract: %v\n", err)
		return exitFailure
	}
	if *out == "" {
		if err := jsonl.Write(env.stdout, g); err != nil {
			fmt.Fprintf(env.stderr, "kg extract: %v\n", err)
			return exitFailure
		}
	} else if err := writeAtomic(*out, func(w io.Writer) error { return jsonl.Write(w, g) }); err != nil {
		fmt.Fprintf(env.stderr, "kg extract: %s: %v\n", *out, err)
		return exitFailure
	}
	fmt.Fprintf(env.stderr, "kg extract: %d documents, %d entities, %d relations", len(g.Documents), len(g.Entities), len(g.Relations))
	if failed > 0 {
		fmt.Fprintf(env.stderr, "; %d inputs failed\n", failed)
		return exitPartial
	}
	fmt.Fprintln(env.stderr)
	return exitOK
}

// writeAtomic writes a file through a temporary file and a rename, so that
// a failure never leaves a half-written output behind. A path that is no
// regular file (--out /dev/null, a pipe) is written in place: renaming
// over it replaced the device with a file for a user allowed to.
func writeAtomic(path string, write func(io.Writer) error) error {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		if err := write(f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
