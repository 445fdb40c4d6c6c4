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

// evalSet is one group of gold documents that kg eval scores together.
type evalSet struct {
	name       string
	gold, docs string
	// split and part select the documents a split file assigns to part.
	split, part string
}

// defaultEvalSets are the seeds, the two halves of the corpus's gold files
// and the two halves of its silver files (read by helpers, not by the
// corpus annotators: scored apart).
func defaultEvalSets() []evalSet {
	return []evalSet{
		{name: "seeds", gold: "testdata/gold", docs: "seeds"},
		{name: "corpus-dev", gold: "testdata/corpus/gold", docs: "testdata/corpus/docs", split: "testdata/split.tsv", part: "dev"},
		{name: "corpus-check", gold: "testdata/corpus/gold", docs: "testdata/corpus/docs", split: "testdata/split.tsv", part: "check"},
		{name: "silver-dev", gold: "testdata/corpus/silver", docs: "testdata/corpus/docs", split: "testdata/corpus/silver/split.tsv", part: "dev"},
		{name: "silver-check", gold: "testdata/corpus/silver", docs: "testdata/corpus/docs", split: "testdata/corpus/silver/split.tsv", part: "check"},
	}
}

// runEval implements `kg eval`: precision, recall and F1 of the extractor
// against the hand-made gold files, per document, per type and per set,
// micro-averaged.
func runEval(ctx context.Context, args []string, env environ) int {
	fs := flag.NewFlagSet("kg eval", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	goldDir := fs.String("gold", "", "score only the gold `files` of this folder (*.jsonl per document, or corpus *.json)")
	docDir := fs.String("docs", "", "with -gold: the folder holding the documents")
	only := fs.String("set", "", "score only this `set` (seeds, corpus-dev, corpus-check, corpus, silver-dev, silver-check, silver)")
	verbose := fs.Bool("v", false, "list every miss, spurious prediction and type error")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	sets := defaultEvalSets()
	if *goldDir != "" {
		if *docDir == "" {
			fmt.Fprintln(env.stderr, "kg eval: -gold needs -docs")
			return exitUsage
		}
		sets = []evalSet{{name: filepath.Base(*goldDir), gold: *goldDir, docs: *docDir}}
	} else if *only != "" {
		var keep []evalSet
		for _, s := range sets {
			if s.name == *only || strings.HasPrefix(s.name, *only+"-") {
				keep = append(keep, s)
			}
		}
		if len(keep) == 0 {
			fmt.Fprintf(env.stderr, "kg eval: unknown set %q (seeds, corpus-dev, corpus-check, corpus, silver-dev, silver-check, silver)\n", *only)
			return exitUsage
		}
		sets = keep
	}
	x, err := newExtractor()
	if err != nil {
		fmt.Fprintf(env.stderr, "kg eval: %v\n", err)
		return exitFailure
	}
	failed := 0
	// the halves of a group (corpus-dev and corpus-check) add up to it
	groups := map[string]*extract.Score{}
	groupSets := map[string]int{}
	var groupOrder []string
	for _, set := range sets {
		docs, err := extract.LoadGoldSet(set.gold, set.docs)
		if err != nil {
			fmt.Fprintf(env.stderr, "kg eval: %s: %v\n", set.name, err)
			failed++
			continue
		}
		if set.split != "" {
			part, err := readSplit(set.split)
			if err != nil {
				fmt.Fprintf(env.stderr, "kg eval: %s: %v\n", set.split, err)
				return exitFailure
			}
			var keep []extract.GoldDocument
			for _, d := range docs {
				if part[filepath.Base(d.DocPath)] == set.part {
					keep = append(keep, d)
				}
			}
			docs = keep
		}
		fmt.Fprintf(env.stdout, "==== %s: %d documents\n", set.name, len(docs))
		fmt.Fprintf(env.stdout, "%-44s %6s %6s %6s   %6s %6s %6s\n", "document", "ent P", "R", "F1", "rel P", "R", "F1")
		var total extract.Score
		for _, gd := range docs {
			if ctx.Err() != nil {
				return exitFailure
			}
			data, err := readFile(gd.DocPath)
			if err != nil {
				fmt.Fprintf(env.stderr, "kg eval: %s: %v\n", gd.DocPath, err)
				failed++
				continue
			}
			res := x.Extract([]extract.Input{{Name: gd.DocPath, Data: data}}, nil)
			for _, p := range res.Problems {
				if p.Fatal {
					fmt.Fprintf(env.stderr, "kg eval: %s\n", p.Error())
				} else if *verbose {
					fmt.Fprintf(env.stdout, "  finding  %s [%s]\n", p.Error(), p.Code)
				}
			}
			sc := extract.Evaluate(&res.Graph, kg.DocumentID(filepath.Base(gd.DocPath)), gd.Gold)
			e, r := sc.EntityTotal, sc.RelationTotal
			fmt.Fprintf(env.stdout, "%-44s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f\n", filepath.Base(gd.DocPath),
				e.Precision(), e.Recall(), e.F1(), r.Precision(), r.Recall(), r.F1())
			if *verbose {
				for _, m := range sc.Misses {
					fmt.Fprintf(env.stdout, "  miss     %s\n", m)
				}
				for _, s := range sc.Spurious {
					fmt.Fprintf(env.stdout, "  spurious %s\n", s)
				}
				for _, s := range sc.TypeErrors {
					fmt.Fprintf(env.stdout, "  type     %s\n", s)
				}
			}
			total.Add(sc)
		}
		fmt.Fprintf(env.stdout, "== %s (micro-averaged)\n", set.name)
		total.Report(env.stdout)
		if g, _, ok := strings.Cut(set.name, "-"); ok {
			if groups[g] == nil {
				groups[g] = &extract.Score{}
				groupOrder = append(groupOrder, g)
			}
			groups[g].Add(total)
			groupSets[g]++
		}
	}
	for _, g := range groupOrder {
		if groupSets[g] > 1 {
			fmt.Fprintf(env.stdout, "== %s, all its documents (micro-averaged)\n", g)
			groups[g].Report(env.stdout)
		}
	}
	if failed > 0 {
		return exitPartial
	}
	return exitOK
}

func readSplit(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, cause(err)
	}
	defer f.Close()
	return extract.ReadSplit(f)
}
