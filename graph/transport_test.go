package graph

import (
	"encoding/json"
	"net/http/httptest"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestWriteResponseMatchesMarshal holds writeResponse to the bytes of
// json.Marshal, which gqlgen's POST transport wrote: also for data with
// characters Marshal escapes, and for responses with errors or extensions.
func TestWriteResponseMatchesMarshal(t *testing.T) {
	yes := true
	cases := []*graphql.Response{
		{Data: json.RawMessage(`{"a":"x<y>&z","b":[1,2.5,null,true],"c":{"d":"\u2028\u2029 line","e":"江西 <b>"}}`)},
		{Data: json.RawMessage(`{"s":"\"quoted\" \\ back\\slash \u00e9"}`)},
		{Data: json.RawMessage(`null`)},
		{},
		{Data: json.RawMessage(`{"a":1}`), Errors: gqlerror.List{{Message: "m <x>", Path: ast.Path{ast.PathName("a")}}}},
		{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"k": "v&"}},
		{Data: json.RawMessage(`{"a":1}`), HasNext: &yes, Label: "l", Path: ast.Path{ast.PathIndex(0)}},
	}
	for i, resp := range cases {
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		writeResponse(rec, resp)
		if got := rec.Body.String(); got != string(want) {
			t.Errorf("case %d: wrote\n%s\nwant (json.Marshal)\n%s", i, got, want)
		}
	}
}

// TestResponseType holds the content negotiation to gqlgen's transport.POST
// defaults.
func TestResponseType(t *testing.T) {
	for accept, want := range map[string]string{
		"":                                  mediaJSON,
		"*/*":                               mediaJSON,
		"application/*":                     mediaJSON,
		"application/json":                  mediaJSON,
		"application/json; charset=utf-8":   mediaJSON,
		"application/graphql-response+json": mediaGraphQLResponse,
		"text/html, application/graphql-response+json;q=0.9, application/json": mediaGraphQLResponse,
		"text/html":  mediaGraphQLResponse,
		"%%%, */*":   mediaJSON,
		"text/plain": mediaGraphQLResponse,
	} {
		if got := responseType(accept); got != want {
			t.Errorf("Accept %q: %s, want %s", accept, got, want)
		}
	}
}

// TestDecodePostKeepsNumbers checks that variables are decoded as gqlgen's
// transport decoded them: numbers as json.Number.
func TestDecodePostKeepsNumbers(t *testing.T) {
	r := httptest.NewRequest("POST", "/query", nil)
	r.Header.Set("Content-Type", "application/json")
	p, status, err := decodePost(r, []byte(`{"query": "{ x }", "operationName": "A", "variables": {"n": 9007199254740993, "f": 1.5}} `))
	if err != nil {
		t.Fatalf("status %d: %v", status, err)
	}
	if p.Query != "{ x }" || p.OperationName != "A" || p.Headers == nil {
		t.Errorf("decoded %+v", p)
	}
	if n, ok := p.Variables["n"].(json.Number); !ok || n.String() != "9007199254740993" {
		t.Errorf("n = %#v, want json.Number 9007199254740993", p.Variables["n"])
	}
	if f, ok := p.Variables["f"].(json.Number); !ok || f.String() != "1.5" {
		t.Errorf("f = %#v, want json.Number 1.5", p.Variables["f"])
	}
}
