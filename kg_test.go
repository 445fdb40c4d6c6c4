package kg

import (
	"errors"
	"fmt"
	"reflect"
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

func TestAbsorb(t *testing.T) {
	start := Milestone{Year: 2025, Event: "开工", Document: "doc:1", Sentence: 3}
	done := Milestone{Year: 2027, Event: "建成", Document: "doc:2", Sentence: 9}
	tests := []struct {
		name    string
		cur, in Entity
		want    Entity
	}{
		{"aliases united, own name left out",
			Entity{Name: "萍乡经济技术开发区", Aliases: []string{"萍乡经开区"}},
			Entity{Name: "萍乡经开区", Aliases: []string{"萍乡经开区", "萍乡经济技术开发区", "萍乡开发区"}},
			Entity{Name: "萍乡经济技术开发区", Aliases: []string{"萍乡经开区", "萍乡开发区"}}},
		{"code, parent and pinyin taken where given, kept where not",
			Entity{Name: "萍乡市", Code: "360300", Pinyin: "pingxiang"},
			Entity{Name: "萍乡", Parent: "region:360000"},
			Entity{Name: "萍乡市", Code: "360300", Parent: "region:360000", Pinyin: "pingxiang"}},
		{"mentions per document, the later word winning",
			Entity{Name: "a", MentionsByDocument: map[string]int{"doc:1": 2, "doc:2": 1}, Milestones: []Milestone{start}},
			Entity{Name: "a", MentionsByDocument: map[string]int{"doc:2": 5}, Milestones: []Milestone{start, done}},
			Entity{Name: "a", MentionsByDocument: map[string]int{"doc:1": 2, "doc:2": 5}, Milestones: []Milestone{start, done}}},
		{"mentions into an entity that had none",
			Entity{Name: "a"},
			Entity{Name: "a", MentionsByDocument: map[string]int{"doc:1": 1}},
			Entity{Name: "a", MentionsByDocument: map[string]int{"doc:1": 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.cur
			got.Absorb(&tc.in)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}
