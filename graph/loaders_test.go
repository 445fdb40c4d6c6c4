package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// TestLoadersScan checks what an operation's selection tells the store:
// whether it uses entities' mentions or degree, relations' evidence, and
// their evidence documents' years.
func TestLoadersScan(t *testing.T) {
	for _, tc := range []struct {
		name                    string
		query                   string // "" for no operation
		detail, evidence, years bool
	}{
		{"no operation: everything", "", true, true, true},
		{"path of ids and names", `{ shortestPath(from: "a", to: "b") { length nodes { id name } edges { id type source target } } }`, false, false, false},
		{"edge weight", `{ shortestPath(from: "a", to: "b") { edges { id evidenceCount } } }`, false, true, false},
		{"edge evidence", `{ neighbourhood(ids: ["a"]) { edges { evidence { nodes { trigger } } } } }`, false, true, false},
		{"years need the evidence", `{ neighbourhood(ids: ["a"]) { collapsed { firstYear } } }`, false, true, true},
		{"an entity's documentCount errs towards reading", `{ entity(id: "a") { documentCount } }`, true, true, false},
		{"entity degree only", `{ entity(id: "a") { degree } }`, true, false, false},
		{"inside a fragment", `query { relation(id: "r") { ...R } } fragment R on Relation { documentCount }`, true, true, false},
		{"inside an inline fragment", `{ relation(id: "r") { ... on Relation { lastYear } } }`, false, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			if tc.query != "" {
				doc, err := parser.ParseQuery(&ast.Source{Input: tc.query})
				if err != nil {
					t.Fatal(err)
				}
				ctx = graphql.WithOperationContext(ctx, &graphql.OperationContext{Doc: doc})
			}
			l := &loaders{}
			if d, e, y := l.usesEntityDetail(ctx), l.usesRelationEvidence(ctx), l.usesRelationYears(ctx); d != tc.detail || e != tc.evidence || y != tc.years {
				t.Errorf("detail, evidence, years = %t, %t, %t; want %t, %t, %t", d, e, y, tc.detail, tc.evidence, tc.years)
			}
		})
	}
}
