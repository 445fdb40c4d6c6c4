package neo4j_test

import (
	"strings"
	"testing"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/neo4j"
)

func TestUnreachableHint(t *testing.T) {
	cases := []struct {
		name, uri string
		want      []string
		wantNot   string
	}{
		{"default local port", "bolt://127.0.0.1:7687", []string{"`bash scripts/neo4j.sh start`", "NEO4J_URI=bolt://127.0.0.1:7687"}, "NEO4J_PORT"},
		{"other local port", "bolt://localhost:7830", []string{"NEO4J_PORT=7830 bash scripts/neo4j.sh start", "NEO4J_URI=bolt://localhost:7830"}, "7687"},
		{"no port", "neo4j://127.0.0.1", []string{"`bash scripts/neo4j.sh start`"}, "NEO4J_PORT"},
		{"remote host", "bolt+s://db.example.org:7687", []string{"server runs at db.example.org:7687"}, "scripts/neo4j.sh"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := neo4j.UnreachableHint(c.uri)
			for _, w := range c.want {
				if !strings.Contains(h, w) {
					t.Errorf("hint %q lacks %q", h, w)
				}
			}
			if strings.Contains(h, c.wantNot) {
				t.Errorf("hint %q has %q", h, c.wantNot)
			}
		})
	}
}

func TestCheckURI(t *testing.T) {
	cases := []struct {
		name, uri string
		ok        bool
	}{
		{"bolt", "bolt://127.0.0.1:7687", true},
		{"neo4j+s", "neo4j+s://db.example.org", true},
		{"no scheme", "foo", false},
		{"http", "http://127.0.0.1:7474", false},
		{"no host", "bolt://", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := neo4j.CheckURI(c.uri)
			if c.ok != (err == nil) {
				t.Fatalf("CheckURI(%q) = %v", c.uri, err)
			}
			if err != nil && (kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), "bolt, bolt+s")) {
				t.Errorf("error %v: want EINVALID naming the schemes", err)
			}
		})
	}
}
