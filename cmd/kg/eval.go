package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	kg "github.com/cnplan/kg"
	"github.com/cnplan/kg/extract"
)

// runEval implements `kg eval`: precision, recall and F1 of the extractor
// against the hand-made gold files.
func runEval(ctx context.Context, args []string, env environ) int {
	fs := flag.NewFlagSet("kg eval", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	goldDir := fs.String("gold", "testdata/gold", "folder of gold `files` (<document base name>.jsonl)")
	docDir := fs.String("docs", "seeds", "folder holding the documents the gold files annotate")
	verbose := fs.Bool("v", false, "list every miss and spurious prediction")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	files, err := filepath.Glob(filepath.Join(*goldDir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		fmt.Fprintf(env.stderr, "kg eval: no gold files in %s\n", *goldDir)
		return exitUsage
	}
	x, err := newExtractor()
	if err != nil {
		fmt.Fprintf(env.stderr, "kg eval: %v\n", err)
		return exitFailure
	}
	var total extract.Score
	failed := 0
	for _, gf := range files {
		if ctx.Err() != nil {
			return exitFailure
		}
		base := strings.TrimSuffix(filepath.Base(gf), ".jsonl")
		gold, err := readGoldFile(gf)
		if err != nil {
			fmt.Fprintf(env.stderr, "kg eval: %s: %v\n", gf, err)
			failed++
			continue
		}
		docs, _ := filepath.Glob(filepath.Join(*docDir, base+".*"))
		if len(docs) != 1 {
			fmt.Fprintf(env.stderr, "kg eval: %s: want one document named %s.* in %s, found %d\n", gf, base, *docDir, len(docs))
			failed++
			continue
		}
		data, err := readFile(docs[0])
		if err != nil {
			fmt.Fprintf(env.stderr, "kg eval: %s: %v\n", docs[0], err)
			failed++
			continue
		}
		res := x.Extract([]extract.Input{{Name: docs[0], Data: data}}, nil)
		for _, p := range res.Problems {
			fmt.Fprintf(env.stderr, "kg eval: %s\n", p.Error())
		}
		sc := extract.Evaluate(&res.Graph, kg.DocumentID(filepath.Base(docs[0])), gold)
		fmt.Fprintf(env.stdout, "== %s\n", filepath.Base(docs[0]))
		sc.Report(env.stdout)
		if *verbose {
			for _, m := range sc.Misses {
				fmt.Fprintf(env.stdout, "  miss     %s\n", m)
			}
			for _, s := range sc.Spurious {
				fmt.Fprintf(env.stdout, "  spurious %s\n", s)
			}
		}
		total.Add(sc)
	}
	fmt.Fprintln(env.stdout, "== all (micro-averaged)")
	total.Report(env.stdout)
	if failed > 0 {
		return exitPartial
	}
	return exitOK
}

func readGoldFile(path string) (*extract.Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, cause(err)
	}
	defer f.Close()
	return extract.ReadGold(f)
}
