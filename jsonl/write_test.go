package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	kg "github.com/cnplan/kg"
)

// writeEncodingJSON is Write as it was with encoding/json, which Write's
// records must equal byte for byte.
func writeEncodingJSON(w io.Writer, g *kg.Graph) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range g.Documents {
		if err := enc.Encode(documentRecord{KindDocument, g.Documents[i]}); err != nil {
			return err
		}
	}
	for i := range g.Entities {
		if err := enc.Encode(entityRecord{KindEntity, g.Entities[i]}); err != nil {
			return err
		}
	}
	for i := range g.Relations {
		if err := enc.Encode(relationRecord{KindRelation, g.Relations[i]}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// oddStrings are strings whose encoding takes every path of appendString.
var oddStrings = []string{
	"", "a", "萍乡对接粤港澳大湾区", "“引号”—破折号…，。", "<b>&amp;</b>", `"q" \ /`,
	"\x00\x01\x07\b\t\n\v\f\r\x1b\x1f\x7f", "line\u2028para\u2029end", "\u2027\u202a\u2018",
	"\xff", "a\xc3", "\xe4\xb8", "\xe4\xb8x", "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa0\x80", "\xef\xbf\xbd",
	"\xef\xbc\x8c", "\xf0\x9f\x98\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "é ü ǚ", "\xe2\x80", "\xe2\x80\xa8x", "末\xe4",
	"萍乡对接粤港\u2028澳大湾区萍乡\xed\xa0\x80萍乡对\xe0\xa0\x80萍乡“引号”萍乡乡\xe4\xb8", "大湾区大湾区\xe4\xb8大湾区大\xe4\xb8\x22湾区",
}

func oddGraph() *kg.Graph {
	g := &kg.Graph{}
	for i, s := range oddStrings {
		g.Documents = append(g.Documents, kg.Document{ID: s, Source: s, Title: s, DocNumber: s, Issuer: s, Date: s,
			PeriodStart: i - 3, PeriodEnd: i * 1000, Subject: s, Script: s, Encoding: s, Hash: s, Chars: -i})
		e := kg.Entity{ID: s, Type: kg.EntityType(s), Name: s, Mentions: i, Code: s, Parent: s, Pinyin: s, Degree: 5, Documents: 2}
		switch i % 3 {
		case 1:
			e.Aliases = []string{}
			e.MentionsByDocument = map[string]int{}
			e.Milestones = []kg.Milestone{}
		case 2:
			e.Aliases = []string{s, "b", s}
			e.MentionsByDocument = map[string]int{s: 1, "doc:b": -2, "doc:a": 3, "doc:\u00e9": 4}
			e.Milestones = []kg.Milestone{{Year: 2030, Event: s, Document: s, Sentence: i}, {}}
		}
		g.Entities = append(g.Entities, e)
		r := kg.Relation{ID: s, Type: kg.RelationType(s), From: s, To: s, Weight: kg.RelationWeight{Evidence: 1}}
		switch i % 3 {
		case 1:
			r.Evidence = []kg.Evidence{}
		case 2:
			r.Evidence = []kg.Evidence{{Document: s, Sentence: i, Start: -1, End: 1 << 40, Trigger: s, Text: s,
				SentenceStart: i, Original: s}, {}}
		}
		g.Relations = append(g.Relations, r)
	}
	return g
}

func TestWriteMatchesEncodingJSON(t *testing.T) {
	graphs := map[string]*kg.Graph{"sample": sample(), "odd": oddGraph(), "empty": {}}
	files, _ := filepath.Glob("../extract/testdata/golden/*.jsonl") // the extractor's output
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		g, err := Read(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		graphs[f] = g
	}
	if len(graphs) < 5 {
		t.Fatalf("only %d graphs to compare", len(graphs))
	}
	for name, g := range graphs {
		var got, want bytes.Buffer
		if err := Write(&got, g); err != nil {
			t.Fatal(err)
		}
		if err := writeEncodingJSON(&want, g); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			gl, wl := strings.Split(got.String(), "\n"), strings.Split(want.String(), "\n")
			for i := range min(len(gl), len(wl)) {
				if gl[i] != wl[i] {
					t.Fatalf("%s: line %d:\n got %q\nwant %q", name, i+1, gl[i], wl[i])
				}
			}
			t.Fatalf("%s: %d lines, want %d", name, len(gl), len(wl))
		}
	}
}

// TestRecordFields fails when a field is added to, removed from or renamed
// in the records: recordWriter writes each by hand and must follow.
func TestRecordFields(t *testing.T) {
	fields := func(v any) string {
		var names []string
		var walk func(reflect.Type)
		walk = func(rt reflect.Type) {
			for i := range rt.NumField() {
				f := rt.Field(i)
				if f.Anonymous {
					walk(f.Type)
					continue
				}
				names = append(names, f.Name+":"+f.Type.String()+":"+f.Tag.Get("json"))
			}
		}
		walk(reflect.TypeOf(v))
		return strings.Join(names, " ")
	}
	for _, c := range []struct {
		v    any
		want string
	}{
		{documentRecord{}, "Kind:string:kind ID:string:id Source:string:source Title:string:title " +
			"DocNumber:string:doc_number,omitempty Issuer:string:issuer,omitempty Date:string:date,omitempty " +
			"PeriodStart:int:period_start,omitempty PeriodEnd:int:period_end,omitempty Subject:string:subject,omitempty " +
			"Script:string:script Encoding:string:encoding Hash:string:hash Chars:int:chars"},
		{entityRecord{}, "Kind:string:kind ID:string:id Type:kg.EntityType:type Name:string:name Aliases:[]string:aliases " +
			"Mentions:int:mentions MentionsByDocument:map[string]int:mentions_by_document,omitempty Code:string:code,omitempty " +
			"Parent:string:parent,omitempty Pinyin:string:pinyin,omitempty Milestones:[]kg.Milestone:milestones,omitempty " +
			"Degree:int:- Documents:int:-"},
		{kg.Milestone{}, "Year:int:year Event:string:event Document:string:document Sentence:int:sentence"},
		{relationRecord{}, "Kind:string:kind ID:string:id Type:kg.RelationType:type From:string:from To:string:to " +
			"Evidence:[]kg.Evidence:evidence Weight:kg.RelationWeight:-"},
		{kg.Evidence{}, "Document:string:document Sentence:int:sentence Start:int:start End:int:end Trigger:string:trigger " +
			"Text:string:text SentenceStart:int:sentence_start,omitempty Original:string:original,omitempty"},
	} {
		if got := fields(c.v); got != c.want {
			t.Errorf("%T's fields changed (update recordWriter and this test):\n got %s\nwant %s", c.v, got, c.want)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	for _, s := range oddStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := string(appendString(nil, s)) + "\n"; got != want.String() {
			t.Fatalf("appendString(%q) = %s, want %s", s, got, want.String())
		}
	})
}
