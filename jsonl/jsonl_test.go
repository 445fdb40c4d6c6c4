package jsonl

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	kg "github.com/cnplan/kg"
)

func sample() *kg.Graph {
	return &kg.Graph{
		Documents: []kg.Document{{ID: "doc:a.txt", Source: "a.txt", Title: "萍乡对接粤港澳大湾区建设行动方案", Script: "simplified", Encoding: "utf-8", Hash: "00", Chars: 10}},
		Entities: []kg.Entity{
			{ID: "region:360300", Type: kg.City, Name: "萍乡市", Aliases: []string{"萍乡"}, Mentions: 2, MentionsByDocument: map[string]int{"doc:a.txt": 2}, Code: "360300"},
			{ID: "regionGroup:粤港澳大湾区", Type: kg.RegionGroup, Name: "粤港澳大湾区", Aliases: []string{}, Mentions: 1, MentionsByDocument: map[string]int{"doc:a.txt": 1}},
		},
		Relations: []kg.Relation{{ID: kg.RelationID(kg.DocksWith, "region:360300", "regionGroup:粤港澳大湾区"), Type: kg.DocksWith,
			From: "region:360300", To: "regionGroup:粤港澳大湾区",
			Evidence: []kg.Evidence{{Document: "doc:a.txt", Sentence: 1, Start: 0, End: 9, Trigger: "对接", Text: "萍乡对接粤港澳大湾区<建设>。"}}}},
	}
}

func TestRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `\u003c`) {
		t.Error("HTML characters must not be escaped")
	}
	if n := strings.Count(buf.String(), "\n"); n != 4 {
		t.Errorf("want 4 lines, got %d", n)
	}
	got, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, sample()) {
		t.Fatalf("round trip changed the graph:\n%+v\n%+v", got, sample())
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"not json", "{\"kind\":\"document\",\"id\":\"doc:a\"}\n{oops", 2, "invalid character"},
		{"unknown kind", `{"kind":"node","id":"x"}`, 1, "unknown kind"},
		{"entity type", `{"kind":"entity","id":"x","type":"Country","name":"x"}`, 1, "unknown type"},
		{"relation ends", `{"kind":"relation","id":"rel:1","type":"CO_BUILDS","from":"a"}`, 1, "without id, from or to"},
		{"document id", `{"kind":"document","title":"x"}`, 1, "document without id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tc.in))
			var se *SyntaxError
			if !errors.As(err, &se) || se.Line != tc.line || !strings.Contains(err.Error(), tc.msg) {
				t.Fatalf("got %v, want line %d with %q", err, tc.line, tc.msg)
			}
		})
	}
}

func TestReadSkipsBlankLines(t *testing.T) {
	g, err := Read(strings.NewReader("\n  \n{\"kind\":\"document\",\"id\":\"doc:a\"}\n\n"))
	if err != nil || len(g.Documents) != 1 {
		t.Fatalf("got %+v, %v", g, err)
	}
}
