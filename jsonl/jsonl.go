// Package jsonl reads and writes the graph as JSON Lines, the format of
// `kg extract` (documented in docs/format.md): one record a line, each with
// a "kind" of document, entity or relation, documents first, then entities,
// then relations, each sorted by id.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	kg "github.com/cnplan/kg"
)

// Record kinds.
const (
	KindDocument = "document"
	KindEntity   = "entity"
	KindRelation = "relation"
)

type documentRecord struct {
	Kind string `json:"kind"`
	kg.Document
}

type entityRecord struct {
	Kind string `json:"kind"`
	kg.Entity
}

type relationRecord struct {
	Kind string `json:"kind"`
	kg.Relation
}

// Write writes g as JSON Lines. Records are written in the order they are
// in g; the extractor's graphs are sorted, which makes output byte-stable.
//
// The records are the bytes encoding/json's Encoder writes for
// documentRecord, entityRecord and relationRecord with HTML escaping off
// (TestWriteMatchesEncodingJSON), written by hand (write.go): encoding/json
// reflects over every field and decodes every character of the strings,
// which are mostly Chinese, and that was 8 % of a `kg extract` process.
func Write(w io.Writer, g *kg.Graph) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var rw recordWriter
	for i := range g.Documents {
		if _, err := bw.Write(rw.document(&g.Documents[i])); err != nil {
			return fmt.Errorf("jsonl: write document %s: %w", g.Documents[i].ID, err)
		}
	}
	for i := range g.Entities {
		if _, err := bw.Write(rw.entity(&g.Entities[i])); err != nil {
			return fmt.Errorf("jsonl: write entity %s: %w", g.Entities[i].ID, err)
		}
	}
	for i := range g.Relations {
		if _, err := bw.Write(rw.relation(&g.Relations[i])); err != nil {
			return fmt.Errorf("jsonl: write relation %s: %w", g.Relations[i].ID, err)
		}
	}
	return bw.Flush()
}

// SyntaxError is a malformed line.
type SyntaxError struct {
	Line int
	Err  error
}

// Error implements error.
func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the cause.
func (e *SyntaxError) Unwrap() error { return e.Err }

// maxLine bounds one record; a relation with thousands of evidence
// sentences fits easily.
const maxLine = 64 << 20

// Read reads JSON Lines into a graph. Blank lines are skipped; any other
// malformed line, unknown kind, unknown type or missing id is a
// *SyntaxError naming the line, and nothing is returned.
func Read(r io.Reader) (*kg.Graph, error) {
	g := &kg.Graph{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	ln := 0
	for sc.Scan() {
		ln++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var head struct {
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal(line, &head); err != nil {
			return nil, &SyntaxError{ln, err}
		}
		var err error
		switch head.Kind {
		case KindDocument:
			var rec documentRecord
			if err = json.Unmarshal(line, &rec); err == nil && rec.ID == "" {
				err = fmt.Errorf("document without id")
			}
			g.Documents = append(g.Documents, rec.Document)
		case KindEntity:
			var rec entityRecord
			if err = json.Unmarshal(line, &rec); err == nil {
				switch {
				case rec.ID == "":
					err = fmt.Errorf("entity without id")
				case !rec.Type.Valid():
					err = fmt.Errorf("entity %s: unknown type %q", rec.ID, rec.Type)
				}
			}
			g.Entities = append(g.Entities, rec.Entity)
		case KindRelation:
			var rec relationRecord
			if err = json.Unmarshal(line, &rec); err == nil {
				switch {
				case rec.ID == "" || rec.From == "" || rec.To == "":
					err = fmt.Errorf("relation without id, from or to")
				case !rec.Type.Valid():
					err = fmt.Errorf("relation %s: unknown type %q", rec.ID, rec.Type)
				}
			}
			g.Relations = append(g.Relations, rec.Relation)
		default:
			err = fmt.Errorf("unknown kind %q", head.Kind)
		}
		if err != nil {
			return nil, &SyntaxError{ln, err}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &SyntaxError{ln + 1, err}
	}
	return g, nil
}
