package main

// TEMPORARY: reads .jsonl inputs only, until cmd/kg/inputs.go provides the
// real readGraph (documents through the extractor and JSON Lines). Delete
// this file when inputs.go lands.

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/cnplan/kg"
)

// readGraph reads .jsonl files (and folders holding them) into one graph;
// it reports bad inputs on stderr and counts them.
func readGraph(ctx context.Context, paths []string, env environ) (*kg.Graph, int, error) {
	g := &kg.Graph{}
	failed := 0
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			fmt.Fprintf(env.stderr, "kg: %v\n", err)
			failed++
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(path, ".jsonl") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			fmt.Fprintf(env.stderr, "kg: %v\n", err)
			failed++
		}
	}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, failed, err
		}
		if !strings.HasSuffix(f, ".jsonl") {
			fmt.Fprintf(env.stderr, "kg: %s: only .jsonl inputs are supported for now\n", f)
			failed++
			continue
		}
		if err := readJSONL(f, g); err != nil {
			fmt.Fprintf(env.stderr, "kg: %v\n", err)
			failed++
		}
	}
	return g, failed, nil
}

func readJSONL(path string, g *kg.Graph) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var docs []kg.Document
	var ents []kg.Entity
	var rels []kg.Relation
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		var k struct {
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal(line, &k); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		switch k.Kind {
		case "document":
			var d kg.Document
			if err := json.Unmarshal(line, &d); err != nil {
				return fmt.Errorf("%s:%d: %w", path, n, err)
			}
			docs = append(docs, d)
		case "entity":
			var e kg.Entity
			if err := json.Unmarshal(line, &e); err != nil {
				return fmt.Errorf("%s:%d: %w", path, n, err)
			}
			ents = append(ents, e)
		case "relation":
			var r kg.Relation
			if err := json.Unmarshal(line, &r); err != nil {
				return fmt.Errorf("%s:%d: %w", path, n, err)
			}
			rels = append(rels, r)
		default:
			return fmt.Errorf("%s:%d: unknown kind %q", path, n, k.Kind)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	g.Documents = append(g.Documents, docs...)
	g.Entities = append(g.Entities, ents...)
	g.Relations = append(g.Relations, rels...)
	return nil
}
