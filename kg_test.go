package kg

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

func TestMerge(t *testing.T) {
	a := &Graph{
		Documents: []Document{{ID: "doc:a", Title: "old"}},
		Entities:  []Entity{{ID: "region:360300", Type: City, Name: "萍乡市", Aliases: []string{"萍乡"}, MentionsByDocument: map[string]int{"doc:a": 2, "doc:b": 1}}},
		Relations: []Relation{{ID: "rel:1", Type: DocksWith, From: "region:360300", To: "x",
			Evidence: []Evidence{{Document: "doc:a", Start: 5}, {Document: "doc:b", Start: 1}}}},
	}
	b := &Graph{
		Documents: []Document{{ID: "doc:a", Title: "new"}},
		Entities:  []Entity{{ID: "region:360300", Type: City, Name: "萍乡市", Aliases: []string{"萍鄉"}, MentionsByDocument: map[string]int{"doc:a": 5}}},
		Relations: []Relation{{ID: "rel:1", Type: DocksWith, From: "region:360300", To: "x", Evidence: []Evidence{{Document: "doc:a", Start: 9}}}},
	}
	g := Merge(a, b)
	if len(g.Documents) != 1 || g.Documents[0].Title != "new" {
		t.Errorf("documents: %+v", g.Documents)
	}
	e := g.Entities[0]
	if e.Mentions != 6 || e.MentionsByDocument["doc:a"] != 5 || !slices.Equal(e.Aliases, []string{"萍乡", "萍鄉"}) {
		t.Errorf("entity: %+v", e)
	}
	ev := g.Relations[0].Evidence
	if len(ev) != 2 || ev[0].Document != "doc:a" || ev[0].Start != 9 || ev[1].Document != "doc:b" {
		t.Errorf("evidence of doc:a must be replaced, doc:b kept: %+v", ev)
	}
}

func TestErrorCodes(t *testing.T) {
	tests := []struct {
		err       error
		code, msg string
	}{
		{nil, "", ""},
		{Errorf(ENOTFOUND, "entity %s", "x"), ENOTFOUND, "entity x"},
		{fmt.Errorf("wrapped: %w", Errorf(EINVALID, "bad")), EINVALID, "bad"},
		{errors.New("bolt: connection reset"), EINTERNAL, "internal error"},
	}
	for _, tc := range tests {
		if c, m := ErrorCode(tc.err), ErrorMessage(tc.err); c != tc.code || m != tc.msg {
			t.Errorf("%v: got %q %q, want %q %q", tc.err, c, m, tc.code, tc.msg)
		}
	}
}

func TestIDs(t *testing.T) {
	if got := EntityID(RegionGroup, "粤港澳大湾区"); got != "regionGroup:粤港澳大湾区" {
		t.Errorf("EntityID = %q", got)
	}
	if RelationID(CoBuilds, "a", "b") == RelationID(CoBuilds, "b", "a") {
		t.Error("relation ids must depend on direction")
	}
	if (&Document{Date: "2019-02-20"}).Year() != 2019 || (&Document{}).Year() != 0 {
		t.Error("Year")
	}
}
