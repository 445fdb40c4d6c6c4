package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

	kg "github.com/cnplan/kg"
	"github.com/cnplan/kg/extract"
	"github.com/cnplan/kg/gazetteer"
	"github.com/cnplan/kg/jsonl"
)

// maxInputSize bounds one input file; planning documents are well under it.
const maxInputSize = 256 << 20

// listInputs expands files and folders (recursively; hidden entries are
// skipped) into a sorted list of files. Paths that cannot be read are
// reported and counted.
func listInputs(paths []string, env environ) ([]string, int) {
	var files []string
	failed, skipped := 0, 0
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			fmt.Fprintf(env.stderr, "kg: %s: %v\n", p, cause(err))
			failed++
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fmt.Fprintf(env.stderr, "kg: %s: %v\n", path, cause(err))
				failed++
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				if inputExt(path) {
					files = append(files, path)
				} else {
					skipped++
				}
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(env.stderr, "kg: %s: %v\n", p, err)
			failed++
		}
	}
	sort.Strings(files)
	if skipped > 0 {
		fmt.Fprintf(env.stderr, "kg: %d files in folders skipped: folders give their %s files\n", skipped, strings.Join(inputExts(), ", "))
	}
	return files, failed
}

// inputExts are the extensions of the files a folder gives: plain-text
// documents and `kg extract` output. A file named on the command line is
// read whatever its name.
func inputExts() []string { return []string{".txt", ".text", ".jsonl"} }

func inputExt(path string) bool {
	return slices.Contains(inputExts(), strings.ToLower(filepath.Ext(path)))
}

// cause strips the path from an *fs.PathError, which the caller prints.
func cause(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// newExtractor loads the gazetteer and builds an extractor.
func newExtractor() (*extract.Extractor, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return extract.New(extract.Config{Gazetteer: g})
}

// readGraph reads documents (through the extractor) and .jsonl files from
// `kg extract` into one graph. Every bad input is reported on stderr with
// its file name and cause, skipped and counted; the rest is returned. The
// error is for failures that stop everything (cancellation, setup).
func readGraph(ctx context.Context, paths []string, env environ) (*kg.Graph, int, error) {
	return readGraphExplain(ctx, paths, env, false, false)
}

// readGraphExplain is readGraph that, when explain is set, also prints the
// extractor's non-fatal findings (subject not found, ambiguous names,
// triggers without an object, names rejected as generic); otherwise it
// only counts them. With limitMemory, a process that only extracts sets
// a soft memory limit for its size (extractMemoryLimit) before extracting.
func readGraphExplain(ctx context.Context, paths []string, env environ, explain, limitMemory bool) (*kg.Graph, int, error) {
	files, failed := listInputs(paths, env)
	if len(files) == 0 && failed == 0 {
		return nil, 0, fmt.Errorf("no input files in %s (folders give their %s files)", strings.Join(paths, " "), strings.Join(inputExts(), ", "))
	}
	var docs []extract.Input
	var parts []*kg.Graph
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, failed, err
		}
		data, err := readFile(f)
		if err != nil {
			fmt.Fprintf(env.stderr, "kg: %s: %v\n", f, err)
			failed++
			continue
		}
		if strings.HasSuffix(f, ".jsonl") {
			g, err := jsonl.Read(strings.NewReader(string(data)))
			if err != nil {
				fmt.Fprintf(env.stderr, "kg: %s: %v\n", f, err)
				failed++
				continue
			}
			parts = append(parts, g)
			continue
		}
		docs = append(docs, extract.Input{Name: f, Data: data})
	}
	var extracted *kg.Graph
	if len(docs) > 0 {
		if limitMemory && env.getenv("GOMEMLIMIT") == "" {
			total := int64(0)
			for _, d := range docs {
				total += int64(len(d.Data))
			}
			// restored after: the limit is the process's, and a test may
			// run other commands in the same process
			defer debug.SetMemoryLimit(debug.SetMemoryLimit(extractMemoryLimit(total)))
			// The collector runs against that limit only, not also each
			// time the heap doubles (GOGC=100): building the extractor
			// took three or four collections of its growing tables, and
			// extracting the corpus more, where the limit (64 MiB and 5
			// times the input) bounds the peak anyway (issue 8: within 10
			// times a large input). Whole process over the corpus: about
			// 7 % less CPU. A GOGC set by the user wins.
			if env.getenv("GOGC") == "" {
				defer debug.SetGCPercent(debug.SetGCPercent(-1))
			}
		}
		x, err := newExtractor()
		if err != nil {
			return nil, failed, err
		}
		// each document handed over as it is read: its bytes go after
		// (1x a long document's size less at its peak)
		res := x.ExtractEach(len(docs), func(i int) extract.Input {
			in := docs[i]
			docs[i] = extract.Input{}
			return in
		}, progress(env, len(docs)))
		findings := 0
		for _, p := range res.Problems {
			switch {
			case p.Fatal:
				fmt.Fprintf(env.stderr, "kg: %s\n", p.Error())
			case explain:
				fmt.Fprintf(env.stderr, "kg: %s [%s]\n", p.Error(), p.Code)
			default:
				findings++
			}
		}
		if findings > 0 {
			fmt.Fprintf(env.stderr, "kg: %d non-fatal findings (kg extract --explain lists them)\n", findings)
		}
		failed += len(res.Failed())
		extracted = &res.Graph
	}
	if len(parts) == 0 && extracted != nil {
		return extracted, failed, nil
	}
	return kg.Merge(append(parts, extracted)...), failed, nil
}

// extractMemoryLimit is the soft memory limit (runtime/debug.SetMemoryLimit)
// of a process that extracts documents of total bytes: 64 MiB and 5 times
// the input. The live heap of an extraction is the extractor and the
// runtime (about 40 MB), the inputs (once their size) and, while a worker
// reads a document, about 5 times its size (its characters, its string,
// the word index, its mentions); the collector's default headroom
// (GOGC=100) let the heap grow to twice the live heap before a collection,
// which made the peak of one 20 MB document 12 times its size. Under the
// limit the collector runs sooner as the heap nears it; the live heap of
// one large simplified document is about two thirds of the limit (108 of
// 159 MiB at 20 MB; less for many small documents), so it does not run all
// the time. Traditional text keeps
// its original characters too: a very large traditional document can live
// above the limit, where the runtime bounds the collector's share of the
// CPU (about half) instead. A GOMEMLIMIT set by the user wins.
//
// The constants were measured against lower limits (round 37, 10
// alternating runs each, CPU against this limit): 24 MiB + 7x the input
// brings a 2 MB document's peak from 66 to 50 MB (34x to 26x its size) for
// 6.7 % more CPU, many 2 MB documents' from 55 to 49 MB for 2.6 %, the
// corpus's from 49 to 45 MB for 1.8 %; 40 MiB + 6x and 32 MiB + 6x cost
// 0.4-6 % for less; returning memory after each document
// (debug.FreeOSMemory) costs 57-63 % at 1.4-2 MB. None brings a small
// input near 10 times its size (the process's start-up alone is about 30
// MB), and at 20 MB all are within 10 times already (8.5-9.0x): the CPU,
// still short of issue 8's 20 MB/s for a whole process, is what is kept.
func extractMemoryLimit(total int64) int64 {
	return 64<<20 + 5*total
}

func readFile(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, cause(err)
	}
	if info.Size() > maxInputSize {
		return nil, fmt.Errorf("file too large (%d bytes, limit %d)", info.Size(), maxInputSize)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, cause(err)
	}
	return b, nil
}

// progress returns a progress callback that prints to stderr when there
// are enough documents for it to matter.
func progress(env environ, total int) func(done, total int, name string) {
	if total < 20 {
		return nil
	}
	step := max(1, total/20)
	return func(done, total int, name string) {
		if done%step == 0 || done == total {
			fmt.Fprintf(env.stderr, "kg: extracted %d/%d documents\n", done, total)
		}
	}
}
