package graph

import (
	"bytes"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/inmem"
	"github.com/cnplan/kg/storetest"
)

// fixtureStore returns an in-memory store holding the two storetest
// fixture documents (the 萍乡 and 江西 plans).
func fixtureStore(t testing.TB) kg.Store {
	t.Helper()
	s := inmem.New()
	for _, g := range []*kg.Graph{storetest.Pingxiang(), storetest.Jiangxi()} {
		if _, err := s.Load(context.Background(), g); err != nil {
			t.Fatalf("load fixture: %v", err)
		}
	}
	return s
}

// testServer serves the real handler over store, with cfg changed by mut.
// The log goes to logs when it is not nil.
func testServer(t testing.TB, store kg.Store, mut func(*Config), logs io.Writer) *httptest.Server {
	t.Helper()
	cfg := DefaultConfig()
	if mut != nil {
		mut(&cfg)
	}
	if logs == nil {
		logs = io.Discard
	}
	s, err := NewServer(store, cfg, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
	status int
}

// post sends a query and decodes the response.
func post(t testing.TB, srv *httptest.Server, query string, vars map[string]any) gqlResponse {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(srv.URL+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r gqlResponse
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("decoding %q: %v", raw, err)
	}
	r.status = resp.StatusCode
	return r
}

// run posts a query that must succeed and decodes its data into out.
func run(t testing.TB, srv *httptest.Server, query string, vars map[string]any, out any) {
	t.Helper()
	r := post(t, srv, query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("query failed: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("decoding data %s: %v", r.Data, err)
	}
}

// wantError posts a query that must fail with code (and limit, when not
// empty) and returns the error.
func wantError(t testing.TB, srv *httptest.Server, query string, vars map[string]any, code, limit string) gqlError {
	t.Helper()
	r := post(t, srv, query, vars)
	if len(r.Errors) == 0 {
		t.Fatalf("no error; data %s", r.Data)
	}
	e := r.Errors[0]
	if e.Extensions["code"] != code {
		t.Fatalf("code = %v, want %s (message %q)", e.Extensions["code"], code, e.Message)
	}
	if limit != "" && e.Extensions["limit"] != limit {
		t.Fatalf("limit = %v, want %s (message %q)", e.Extensions["limit"], limit, e.Message)
	}
	if e.Message == "" {
		t.Fatal("empty message")
	}
	return e
}

type entityJSON struct {
	ID                 string   `json:"id"`
	Type               string   `json:"type"`
	Name               string   `json:"name"`
	Aliases            []string `json:"aliases"`
	Code               *string  `json:"code"`
	Pinyin             *string  `json:"pinyin"`
	Mentions           int      `json:"mentions"`
	Parent             *struct{ ID, Name string }
	MentionsByDocument []struct {
		Document struct{ ID, Title string }
		Count    int
	}
	Milestones []milestoneJSON
}

type milestoneJSON struct {
	Year     int
	Event    string
	Sentence int
	Entity   struct{ ID string }
	Document struct{ ID, Title string }
}

type evidenceJSON struct {
	Document struct {
		ID, Title, DocNumber, Issuer, Date string
	}
	Sentence, Start, End int
	Trigger, Text        string
}

type relationJSON struct {
	ID       string
	Type     string
	Source   string
	Target   string
	From     struct{ ID, Name string }
	To       struct{ ID, Name string }
	Evidence evidenceNodes
}

// evidenceNodes decodes the nodes of an EvidenceConnection.
type evidenceNodes []evidenceJSON

func (e *evidenceNodes) UnmarshalJSON(b []byte) error {
	var c struct{ Nodes []evidenceJSON }
	if err := json.Unmarshal(b, &c); err != nil {
		return err
	}
	*e = c.Nodes
	return nil
}

type subgraphJSON struct {
	Nodes     []struct{ ID, Type, Name string }
	Edges     []relationJSON
	Truncated bool
}

func (s subgraphJSON) nodeIDs() []string {
	var ids []string
	for _, n := range s.Nodes {
		ids = append(ids, n.ID)
	}
	return ids
}

// checkFlat checks that a subgraph is what a visualisation library takes:
// every edge's ends are nodes, and from/to agree with source/target.
func checkFlat(t *testing.T, s subgraphJSON) {
	t.Helper()
	ids := s.nodeIDs()
	for _, e := range s.Edges {
		if !slices.Contains(ids, e.Source) || !slices.Contains(ids, e.Target) {
			t.Errorf("edge %s %s -> %s has an end outside the nodes %v", e.Type, e.Source, e.Target, ids)
		}
		if e.From.ID != e.Source || e.To.ID != e.Target {
			t.Errorf("edge %s: from/to %s/%s, source/target %s/%s", e.ID, e.From.ID, e.To.ID, e.Source, e.Target)
		}
	}
}

const subgraphFields = `nodes { id type name } edges { id type source target from { id name } to { id name }
  evidence(first: 5) { nodes { document { id title docNumber issuer date } sentence start end trigger text } } } truncated`

func TestEntity(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	var data struct{ Entity entityJSON }
	run(t, srv, `query($id: ID!) { entity(id: $id) { id type name aliases code pinyin mentions parent { id name }
	  mentionsByDocument { document { id title } count } milestones { year } } }`,
		map[string]any{"id": storetest.IDPingxiang}, &data)
	e := data.Entity
	if e.ID != storetest.IDPingxiang || e.Type != "City" || e.Name != "萍乡市" {
		t.Fatalf("entity = %+v", e)
	}
	if e.Code == nil || *e.Code != "360300" || e.Pinyin == nil || *e.Pinyin != "pingxiangshi" {
		t.Errorf("code, pinyin = %v, %v", e.Code, e.Pinyin)
	}
	if !slices.Contains(e.Aliases, "萍鄉") {
		t.Errorf("aliases = %v, want 萍鄉 among them", e.Aliases)
	}
	if e.Parent == nil || e.Parent.ID != storetest.IDJiangxi || e.Parent.Name != "江西省" {
		t.Errorf("parent = %+v", e.Parent)
	}
	if e.Mentions != 15 || len(e.MentionsByDocument) != 2 {
		t.Errorf("mentions = %d by document %+v, want 15 over 2 documents", e.Mentions, e.MentionsByDocument)
	}
	for _, m := range e.MentionsByDocument {
		if m.Document.ID == storetest.DocPingxiang && (m.Count != 12 || m.Document.Title != "萍乡对接粤港澳大湾区建设行动方案") {
			t.Errorf("mentions in the 萍乡 plan = %+v", m)
		}
	}

	// A province has no parent; a park no code.
	var top struct{ A, B entityJSON }
	run(t, srv, `{ a: entity(id: "region:360000") { parent { id } code } b: entity(id: "park:湘赣合作产业园") { code type } }`, nil, &top)
	if top.A.Parent != nil || top.B.Code != nil || top.B.Type != "Park" {
		t.Errorf("province parent %+v, park code %v type %s", top.A.Parent, top.B.Code, top.B.Type)
	}
}

func TestNotFound(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	r := post(t, srv, `{ entity(id: "region:999999") { id } }`, nil)
	if string(r.Data) != `{"entity":null}` {
		t.Errorf("data = %s, want a null entity", r.Data)
	}
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != kg.ENOTFOUND || !slices.Equal(r.Errors[0].Path, []any{"entity"}) {
		t.Fatalf("errors = %+v, want one NOT_FOUND at entity", r.Errors)
	}
	wantError(t, srv, `{ document(id: "doc:nope.txt") { id } }`, nil, kg.ENOTFOUND, "")
	wantError(t, srv, `{ neighbourhood(ids: ["region:999999"]) { truncated } }`, nil, kg.ENOTFOUND, "")
}

func TestEntitiesPagination(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	const q = `query($after: String) { entities(filter: {within: "region:360000"}, first: 3, after: $after) {
	  totalCount edges { cursor node { id } } nodes { id } pageInfo { hasNextPage endCursor } } }`
	type page struct {
		Entities struct {
			TotalCount int
			Edges      []struct {
				Cursor string
				Node   struct{ ID string }
			}
			Nodes    []struct{ ID string }
			PageInfo struct {
				HasNextPage bool
				EndCursor   *string
			}
		}
	}
	var ids []string
	var after any
	pages, total := 0, 0
	for {
		var p page
		run(t, srv, q, map[string]any{"after": after}, &p)
		pages++
		c := p.Entities
		total = c.TotalCount
		if len(c.Nodes) > 3 || len(c.Nodes) != len(c.Edges) {
			t.Fatalf("page %d: %d nodes, %d edges", pages, len(c.Nodes), len(c.Edges))
		}
		for i, e := range c.Edges {
			if e.Node.ID != c.Nodes[i].ID || e.Cursor == "" || e.Cursor == e.Node.ID {
				t.Fatalf("edge %+v for node %s: cursor must be opaque and set", e, c.Nodes[i].ID)
			}
			ids = append(ids, e.Node.ID)
		}
		if len(c.Edges) > 0 && (c.PageInfo.EndCursor == nil || *c.PageInfo.EndCursor != c.Edges[len(c.Edges)-1].Cursor) {
			t.Fatalf("endCursor %v is not the last edge's cursor", c.PageInfo.EndCursor)
		}
		if !c.PageInfo.HasNextPage {
			break
		}
		if pages > 20 {
			t.Fatal("too many pages")
		}
		after = *c.PageInfo.EndCursor
	}
	if pages < 3 {
		t.Errorf("only %d pages of 3", pages)
	}
	if len(ids) != total || !slices.IsSorted(ids) || len(slices.Compact(slices.Clone(ids))) != len(ids) {
		t.Errorf("paged ids %v (total %d): want every entity once, in order", ids, total)
	}
	for _, want := range []string{storetest.IDJiangxi, storetest.IDPingxiang, storetest.IDShangli, storetest.IDXgPark, storetest.IDPxDevZone} {
		if !slices.Contains(ids, want) {
			t.Errorf("%s is not within 江西省: %v", want, ids)
		}
	}
	if slices.Contains(ids, storetest.IDHunan) || slices.Contains(ids, storetest.IDLiuyang) {
		t.Errorf("湖南 entities within 江西省: %v", ids)
	}

	// Filters by type, document and name.
	var f struct {
		Entities struct {
			TotalCount int
			Nodes      []struct{ ID, Type string }
		}
	}
	run(t, srv, `{ entities(filter: {types: [Park], document: "doc:jiangxi.txt", name: "共建"}, first: 10) { totalCount nodes { id type } } }`, nil, &f)
	if f.Entities.TotalCount != 1 || len(f.Entities.Nodes) != 1 || f.Entities.Nodes[0].ID != storetest.IDLyslZone {
		t.Errorf("parks of the 江西 plan named *共建* = %+v", f.Entities)
	}

	wantError(t, srv, `{ entities(first: 3, after: "not base64!") { totalCount } }`, nil, kg.EINVALID, "")
}

func TestSearch(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	type hits struct {
		Search []struct {
			Entity  struct{ ID, Name string }
			Score   float64
			Matched string
		}
	}
	search := func(text string, extra string) hits {
		var h hits
		run(t, srv, `query($text: String!) { search(text: $text`+extra+`) { entity { id name } score matched } }`,
			map[string]any{"text": text}, &h)
		return h
	}
	// Traditional characters with stray spaces: 萍 鄉 is 萍乡.
	h := search(" 萍 鄉 ", "")
	if len(h.Search) == 0 || h.Search[0].Entity.ID != storetest.IDPingxiang {
		t.Fatalf("search 萍 鄉 = %+v, want 萍乡市 first", h.Search)
	}
	for i := 1; i < len(h.Search); i++ {
		if h.Search[i].Score > h.Search[i-1].Score {
			t.Errorf("hits not ranked: %+v", h.Search)
		}
	}
	// Pinyin, in any case.
	for _, q := range []string{"pingxiang", "PingXiang", "ping xiang shi"} {
		h := search(q, "")
		found := false
		for _, hit := range h.Search {
			found = found || hit.Entity.ID == storetest.IDPingxiang
		}
		if !found {
			t.Errorf("search %q = %+v, want 萍乡市 among the hits", q, h.Search)
		}
	}
	h = search("pingxiangshi", "")
	if len(h.Search) == 0 || h.Search[0].Entity.ID != storetest.IDPingxiang || h.Search[0].Matched != "pinyin" {
		t.Errorf("search pingxiangshi = %+v, want 萍乡市 first by pinyin", h.Search)
	}
	// Types and limit.
	h = search("萍乡", ", types: [Park], limit: 1")
	if len(h.Search) != 1 || h.Search[0].Entity.ID != storetest.IDPxDevZone {
		t.Errorf("search 萍乡 among parks = %+v, want 萍乡经开区 only", h.Search)
	}
	wantError(t, srv, `{ search(text: "  ") { score } }`, nil, kg.EINVALID, "")
	wantError(t, srv, `query($t: String!) { search(text: $t) { score } }`, map[string]any{"t": strings.Repeat("萍", 101)}, kg.ELIMIT, limitSearchText)
}

func TestNeighbourhood(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	var data struct{ Neighbourhood subgraphJSON }
	run(t, srv, `{ neighbourhood(ids: ["`+storetest.IDPingxiang+`"], hops: 1) { `+subgraphFields+` } }`, nil, &data)
	n := data.Neighbourhood
	checkFlat(t, n)
	ids := n.nodeIDs()
	for _, want := range []string{storetest.IDPingxiang, storetest.IDGBA, storetest.IDShenzhen, storetest.IDXgPark, storetest.IDJiangxi} {
		if !slices.Contains(ids, want) {
			t.Errorf("neighbourhood of 萍乡市 lacks %s: %v", want, ids)
		}
	}
	var docks *relationJSON
	for i, e := range n.Edges {
		if e.Type == "DOCKS_WITH" && e.Source == storetest.IDPingxiang && e.Target == storetest.IDGBA {
			docks = &n.Edges[i]
		}
	}
	if docks == nil {
		t.Fatalf("no 萍乡市 DOCKS_WITH 粤港澳大湾区 edge in %+v", n.Edges)
	}
	if docks.To.Name != "粤港澳大湾区" || len(docks.Evidence) < 2 {
		t.Fatalf("DOCKS_WITH edge = %+v, want two pieces of evidence", docks)
	}
	var ev *evidenceJSON
	for i, e := range docks.Evidence {
		if e.Document.ID == storetest.DocPingxiang {
			ev = &docks.Evidence[i]
		}
	}
	if ev == nil || ev.Trigger != "对接" || ev.Document.Title != "萍乡对接粤港澳大湾区建设行动方案" ||
		ev.Document.DocNumber != "萍府办发〔2019〕5号" || ev.Document.Issuer != "萍乡市人民政府办公室" ||
		ev.Document.Date != "2019-02-20" || ev.End <= ev.Start || !strings.Contains(ev.Text, "对接") {
		t.Errorf("evidence = %+v", ev)
	}

	// Filters: relation types, direction, entity types, maxNodes.
	run(t, srv, `{ neighbourhood(ids: ["`+storetest.IDPingxiang+`"], relationTypes: [DOCKS_WITH], direction: OUT) { `+subgraphFields+` } }`, nil, &data)
	for _, e := range data.Neighbourhood.Edges {
		if e.Type != "DOCKS_WITH" {
			t.Errorf("edge of type %s with relationTypes [DOCKS_WITH]", e.Type)
		}
	}
	if !slices.Contains(data.Neighbourhood.nodeIDs(), storetest.IDGzPort) {
		t.Errorf("DOCKS_WITH out of 萍乡市 misses 广州港: %v", data.Neighbourhood.nodeIDs())
	}
	run(t, srv, `{ neighbourhood(ids: ["`+storetest.IDPingxiang+`"], hops: 2, entityTypes: [Park], maxNodes: 2) { `+subgraphFields+` } }`, nil, &data)
	if len(data.Neighbourhood.Nodes) != 2 || !data.Neighbourhood.Truncated {
		t.Errorf("maxNodes 2: %d nodes, truncated %v", len(data.Neighbourhood.Nodes), data.Neighbourhood.Truncated)
	}
	for _, node := range data.Neighbourhood.Nodes {
		if node.ID != storetest.IDPingxiang && node.Type != "Park" {
			t.Errorf("node %+v with entityTypes [Park]", node)
		}
	}
}

type pathJSON struct {
	Nodes  []struct{ ID string }
	Edges  []relationJSON
	Length int
}

func TestPaths(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	var data struct {
		ShortestPath     *pathJSON
		AllShortestPaths struct {
			Paths     []pathJSON
			Truncated bool
		}
		None *pathJSON
	}
	const fields = `nodes { id } edges { id type source target evidence { nodes { trigger } } } length`
	run(t, srv, `query($a: ID!, $b: ID!) {
	  shortestPath(from: $a, to: $b, maxHops: 3) { `+fields+` }
	  allShortestPaths(from: $a, to: $b, maxHops: 3) { paths { `+fields+` } truncated }
	  none: shortestPath(from: $a, to: $b, maxHops: 3, relationTypes: [ADJACENT_TO]) { length } }`,
		map[string]any{"a": storetest.IDLuxi, "b": storetest.IDLiuyang}, &data)
	p := data.ShortestPath
	if p == nil {
		t.Fatal("no path from 芦溪县 to 浏阳市")
	}
	if p.Length != len(p.Edges) || len(p.Nodes) != len(p.Edges)+1 || p.Nodes[0].ID != storetest.IDLuxi || p.Nodes[len(p.Nodes)-1].ID != storetest.IDLiuyang {
		t.Fatalf("path = %+v", p)
	}
	for i, e := range p.Edges {
		a, b := p.Nodes[i].ID, p.Nodes[i+1].ID
		if !(e.Source == a && e.Target == b || e.Source == b && e.Target == a) {
			t.Errorf("edge %d %s -> %s does not join %s and %s", i, e.Source, e.Target, a, b)
		}
	}
	all := data.AllShortestPaths
	if len(all.Paths) == 0 || all.Truncated {
		t.Fatalf("allShortestPaths = %+v", all)
	}
	for _, q := range all.Paths {
		if q.Length != p.Length {
			t.Errorf("shortest paths of lengths %d and %d", q.Length, p.Length)
		}
	}
	if data.None != nil {
		t.Errorf("path over ADJACENT_TO only = %+v, want null", data.None)
	}

	// maxPaths cuts the list and says so.
	if len(all.Paths) > 1 {
		run(t, srv, `query($a: ID!, $b: ID!) { allShortestPaths(from: $a, to: $b, maxHops: 3, maxPaths: 1) { paths { length } truncated } }`,
			map[string]any{"a": storetest.IDLuxi, "b": storetest.IDLiuyang}, &data)
		if len(data.AllShortestPaths.Paths) != 1 || !data.AllShortestPaths.Truncated {
			t.Errorf("maxPaths 1 of %d: %+v", len(all.Paths), data.AllShortestPaths)
		}
	}
}

func TestCooperation(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	type coop struct {
		Cooperation struct {
			A, B      struct{ Name string }
			Nodes     []struct{ ID string }
			Edges     []relationJSON
			Truncated bool
			CoBuilt   []struct {
				Thing    struct{ ID, Name string }
				Builders []relationJSON
			}
		}
	}
	const q = `query($a: ID!, $b: ID!) { cooperation(a: $a, b: $b) { a { name } b { name } nodes { id }
	  edges { id type source target from { id } to { id } evidence(first: 5) { nodes { trigger text document { title } } } } truncated
	  coBuilt { thing { id name } builders { type source target evidence(first: 5) { nodes { trigger } } } } } }`

	var c coop
	run(t, srv, q, map[string]any{"a": storetest.IDJiangxi, "b": storetest.IDHunan}, &c)
	if c.Cooperation.A.Name != "江西省" || c.Cooperation.B.Name != "湖南省" {
		t.Fatalf("sides = %+v", c.Cooperation)
	}
	types := map[string]bool{}
	for _, e := range c.Cooperation.Edges {
		types[e.Type] = true
		if e.Type == "PART_OF" || e.Type == "LOCATED_IN" {
			t.Errorf("edge of type %s by default", e.Type)
		}
		if len(e.Evidence) == 0 || e.Evidence[0].Document.Title == "" {
			t.Errorf("edge %+v without evidence", e)
		}
	}
	if !types["LINKS_WITH"] || !types["COOPERATES_WITH"] {
		t.Errorf("江西-湖南 edge types %v, want LINKS_WITH (芦溪-醴陵) and COOPERATES_WITH (湘东-醴陵)", types)
	}
	var fireworks bool
	for _, cb := range c.Cooperation.CoBuilt {
		if cb.Thing.ID == storetest.IDFireworks {
			fireworks = true
			for _, b := range cb.Builders {
				if b.Type != "CO_BUILDS" || b.Target != storetest.IDFireworks || len(b.Evidence) == 0 {
					t.Errorf("builder %+v", b)
				}
			}
		}
	}
	if !fireworks {
		t.Errorf("coBuilt = %+v, want 全国烟花爆竹转型升级集中区", c.Cooperation.CoBuilt)
	}

	run(t, srv, q, map[string]any{"a": storetest.IDPingxiang, "b": storetest.IDGBA}, &c)
	var docks bool
	for _, e := range c.Cooperation.Edges {
		docks = docks || e.Type == "DOCKS_WITH" && e.Source == storetest.IDPingxiang && e.Target == storetest.IDGBA
	}
	if !docks {
		t.Errorf("萍乡市-粤港澳大湾区 edges %+v, want 萍乡市 DOCKS_WITH 粤港澳大湾区", c.Cooperation.Edges)
	}
	wantError(t, srv, q, map[string]any{"a": storetest.IDJiangxi, "b": storetest.IDJiangxi}, kg.EINVALID, "")
}

func TestCooperationNestedSides(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	const q = `query($a: ID!, $b: ID!) { cooperation(a: $a, b: $b) { edges { id } } }`
	cases := []struct {
		name, a, b, inner, outer string
	}{
		{"CityInProvince", storetest.IDPingxiang, storetest.IDJiangxi, storetest.IDPingxiang, storetest.IDJiangxi},
		{"ProvinceAroundCity", storetest.IDJiangxi, storetest.IDPingxiang, storetest.IDPingxiang, storetest.IDJiangxi},
		{"MemberOfGroup", storetest.IDShenzhen, storetest.IDGBA, storetest.IDShenzhen, storetest.IDGBA},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := wantError(t, srv, q, map[string]any{"a": c.a, "b": c.b}, kg.EINVALID, "")
			if want := c.inner + ") is within"; !strings.Contains(e.Message, want) || !strings.Contains(e.Message, c.outer) {
				t.Errorf("message %q should say that %s is within %s", e.Message, c.inner, c.outer)
			}
		})
	}
}

func TestDependencies(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	var data struct {
		Dependencies struct {
			Root       struct{ Name string }
			DependsOn  subgraphJSON
			Dependents subgraphJSON
			Milestones []milestoneJSON
		}
	}
	run(t, srv, `query($id: ID!) { dependencies(id: $id, depth: 2, maxNodes: 50) { root { name }
	  dependsOn { `+subgraphFields+` } dependents { `+subgraphFields+` }
	  milestones { year event sentence entity { id } document { id title } } } }`,
		map[string]any{"id": storetest.IDBaihetan}, &data)
	d := data.Dependencies
	if d.Root.Name != "白鹤滩水电入赣工程" {
		t.Fatalf("root = %+v", d.Root)
	}
	checkFlat(t, d.DependsOn)
	checkFlat(t, d.Dependents)
	on, by := d.DependsOn.nodeIDs(), d.Dependents.nodeIDs()
	for _, want := range []string{storetest.IDBhtStation, storetest.IDPowerPlan, storetest.IDJinsha} {
		if !slices.Contains(on, want) {
			t.Errorf("dependsOn %v lacks %s", on, want)
		}
	}
	for _, want := range []string{storetest.IDGanxi500, storetest.IDPxDevZone} {
		if !slices.Contains(by, want) {
			t.Errorf("dependents %v lack %s", by, want)
		}
	}
	var years []int
	for _, m := range d.Milestones {
		if m.Entity.ID == storetest.IDBaihetan {
			years = append(years, m.Year)
			if m.Document.Title == "" || m.Event == "" {
				t.Errorf("milestone %+v", m)
			}
		}
	}
	if !slices.Contains(years, 2022) || !slices.Contains(years, 2025) || !slices.IsSorted(years) {
		t.Errorf("milestone years of 白鹤滩水电入赣工程 = %v, want 2022 and 2025 in order", years)
	}
}

func TestDocumentsAndStats(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	var docs struct {
		Documents struct {
			TotalCount int
			Nodes      []struct{ ID string }
			PageInfo   struct {
				HasNextPage bool
				EndCursor   string
			}
		}
	}
	run(t, srv, `{ documents(first: 1) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, nil, &docs)
	if docs.Documents.TotalCount != 2 || len(docs.Documents.Nodes) != 1 || docs.Documents.Nodes[0].ID != storetest.DocJiangxi || !docs.Documents.PageInfo.HasNextPage {
		t.Fatalf("first page = %+v", docs.Documents)
	}
	run(t, srv, `query($after: String) { documents(first: 1, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
		map[string]any{"after": docs.Documents.PageInfo.EndCursor}, &docs)
	if len(docs.Documents.Nodes) != 1 || docs.Documents.Nodes[0].ID != storetest.DocPingxiang || docs.Documents.PageInfo.HasNextPage {
		t.Fatalf("second page = %+v", docs.Documents)
	}

	var doc struct {
		Document struct {
			Title, DocNumber, Issuer, Date, Script, Source, Encoding, Hash string
			PeriodStart, PeriodEnd, Chars                                  int
			Subject                                                        struct{ Name string }
			Entities                                                       struct {
				TotalCount int
				Nodes      []struct{ ID, Type string }
			}
			Relations struct {
				TotalCount int
				Nodes      []relationJSON
			}
		}
	}
	run(t, srv, `{ document(id: "doc:pingxiang.txt") { title docNumber issuer date periodStart periodEnd subject { name }
	  script source encoding hash chars entities(types: [Park], first: 10) { totalCount nodes { id type } }
	  relations(types: [DOCKS_WITH], first: 10) { totalCount nodes { type source target evidence { nodes { document { id } } } } } } }`, nil, &doc)
	d := doc.Document
	if d.Title != "萍乡对接粤港澳大湾区建设行动方案" || d.DocNumber != "萍府办发〔2019〕5号" || d.PeriodStart != 2019 || d.PeriodEnd != 2020 ||
		d.Subject.Name != "萍乡市" || d.Script != "simplified" || d.Source != "pingxiang.txt" || d.Chars != 1500 || len(d.Hash) != 64 {
		t.Errorf("document = %+v", d)
	}
	if d.Entities.TotalCount != 3 || len(d.Entities.Nodes) != 3 {
		t.Errorf("parks of the 萍乡 plan = %+v, want 3", d.Entities)
	}
	if d.Relations.TotalCount != 2 {
		t.Errorf("DOCKS_WITH of the 萍乡 plan = %+v, want 2", d.Relations)
	}
	for _, r := range d.Relations.Nodes {
		if r.Type != "DOCKS_WITH" || !slices.ContainsFunc(r.Evidence, func(e evidenceJSON) bool { return e.Document.ID == storetest.DocPingxiang }) {
			t.Errorf("relation %+v", r)
		}
	}

	var stats struct {
		Stats struct {
			Documents, Entities, Relations, Evidence int
			EntitiesByType                           []struct {
				Type  string
				Count int
			}
			RelationsByType []struct {
				Type  string
				Count int
			}
			MostConnected []struct {
				Entity struct{ ID string }
				Degree int
			}
		}
	}
	run(t, srv, `{ stats(top: 3) { documents entities relations evidence entitiesByType { type count }
	  relationsByType { type count } mostConnected { entity { id } degree } } }`, nil, &stats)
	s := stats.Stats
	if s.Documents != 2 || s.Entities == 0 || s.Relations == 0 || s.Evidence < 16+19 {
		t.Errorf("stats = %+v", s)
	}
	if len(s.EntitiesByType) != len(kg.EntityTypes()) || s.EntitiesByType[0].Type != "Province" ||
		len(s.RelationsByType) != len(kg.RelationTypes()) || s.RelationsByType[0].Type != "CO_BUILDS" {
		t.Errorf("by type = %+v %+v", s.EntitiesByType, s.RelationsByType)
	}
	sum := 0
	for _, c := range s.EntitiesByType {
		sum += c.Count
	}
	if sum != s.Entities {
		t.Errorf("entities %d, by type sum %d", s.Entities, sum)
	}
	if len(s.MostConnected) != 3 || s.MostConnected[0].Entity.ID != storetest.IDPingxiang ||
		s.MostConnected[0].Degree < s.MostConnected[1].Degree || s.MostConnected[1].Degree < s.MostConnected[2].Degree {
		t.Errorf("most connected = %+v, want 萍乡市 first", s.MostConnected)
	}
}

func TestLimits(t *testing.T) {
	store := fixtureStore(t)
	srv := testServer(t, store, nil, nil)
	px := `"` + storetest.IDPingxiang + `"`

	t.Run("depth", func(t *testing.T) {
		small := testServer(t, store, func(c *Config) { c.MaxDepth = 4 }, nil)
		run(t, small, `{ entity(id: `+px+`) { parent { parent { id } } } }`, nil, &struct{}{})
		e := wantError(t, small, `{ entity(id: `+px+`) { parent { parent { parent { id } } } } }`, nil, kg.ELIMIT, limitDepth)
		if e.Extensions["max"] != 4.0 {
			t.Errorf("max = %v", e.Extensions["max"])
		}
		// Introspection counts as one level: GraphiQL works whatever the limit.
		run(t, small, introspectionQuery, nil, &struct{}{})
		// Fragments count too.
		wantError(t, small, `{ entity(id: `+px+`) { ...P } } fragment P on Entity { parent { parent { parent { id } } } }`, nil, kg.ELIMIT, limitDepth)
	})
	t.Run("complexity", func(t *testing.T) {
		e := wantError(t, srv, `{ entities(first: 100) { nodes { relations(first: 100) { nodes { from { relations(first: 100) { nodes { id } } } } } } } }`,
			nil, kg.ELIMIT, limitComplexity)
		if !strings.Contains(e.Message, "complexity") {
			t.Errorf("message %q", e.Message)
		}
		// Huge arguments must not overflow the cost into a pass.
		wantError(t, srv, `{ a: entities(first: 2147483647) { nodes { relations(first: 2147483647) { nodes { from { relations(first: 2147483647) { nodes { id } } } } } } } }`,
			nil, kg.ELIMIT, limitComplexity)
		wantError(t, srv, `{ neighbourhood(ids: [`+px+`], maxNodes: 1000) { nodes { relations(first: 100) { totalCount } } } }`,
			nil, kg.ELIMIT, limitComplexity)
		// Fragment fan-out: caught by the field count before the complexity walk.
		var b strings.Builder
		b.WriteString(`{ entity(id: ` + px + `) { ...F0 } }`)
		for i := range 30 {
			fmt.Fprintf(&b, " fragment F%d on Entity { id parent { ...F%d } a: parent { ...F%d } }", i, i+1, i+1)
		}
		b.WriteString(" fragment F30 on Entity { id }")
		small := testServer(t, store, func(c *Config) { c.MaxDepth = 100 }, nil)
		wantError(t, small, b.String(), nil, kg.ELIMIT, limitComplexity)
		// The complexity of a query text is remembered only when no size
		// argument comes from a variable: 10,302 per entity here, so one
		// passes and two do not, in any order, in a fragment too.
		for _, q := range []string{
			`query($n: Int) { entities(first: $n) { nodes { relations(first: 100) { nodes { from { relations(first: 50) { nodes { id } } } } } } } }`,
			`query($n: Int) { ...Q } fragment Q on Query { entities(first: $n) { nodes { relations(first: 100) { nodes { from { relations(first: 50) { nodes { id } } } } } } } }`,
		} {
			for _, n := range []int{1, 2, 1, 2} {
				if n == 1 {
					run(t, srv, q, map[string]any{"n": n}, &struct{}{})
				} else {
					wantError(t, srv, q, map[string]any{"n": n}, kg.ELIMIT, limitComplexity)
				}
			}
		}
		for range 2 {
			wantError(t, srv, `{ entities(first: 2) { nodes { relations(first: 100) { nodes { from { relations(first: 50) { nodes { id } } } } } } } }`,
				nil, kg.ELIMIT, limitComplexity)
			run(t, srv, `{ entities(first: 1) { nodes { relations(first: 100) { nodes { from { relations(first: 50) { nodes { id } } } } } } } }`,
				nil, &struct{}{})
		}
	})
	t.Run("page size", func(t *testing.T) {
		e := wantError(t, srv, `{ entities(first: 101) { totalCount } }`, nil, kg.ELIMIT, limitPageSize)
		if e.Extensions["max"] != 100.0 || !strings.Contains(e.Message, "101") {
			t.Errorf("error = %+v", e)
		}
		wantError(t, srv, `{ documents(first: 0) { totalCount } }`, nil, kg.EINVALID, "")
		wantError(t, srv, `{ search(text: "萍乡", limit: 500) { score } }`, nil, kg.ELIMIT, limitPageSize)
		wantError(t, srv, `{ stats(top: 101) { documents } }`, nil, kg.ELIMIT, limitPageSize)
	})
	t.Run("hops", func(t *testing.T) {
		wantError(t, srv, `{ neighbourhood(ids: [`+px+`], hops: 5) { truncated } }`, nil, kg.ELIMIT, limitHops)
		wantError(t, srv, `{ shortestPath(from: `+px+`, to: "region:430000", maxHops: 9) { length } }`, nil, kg.ELIMIT, limitHops)
		wantError(t, srv, `{ dependencies(id: `+px+`, depth: 5) { root { id } } }`, nil, kg.ELIMIT, limitHops)
		wantError(t, srv, `{ neighbourhood(ids: [`+px+`], hops: -1) { truncated } }`, nil, kg.EINVALID, "")
	})
	t.Run("nodes", func(t *testing.T) {
		wantError(t, srv, `{ neighbourhood(ids: [`+px+`], maxNodes: 1001) { truncated } }`, nil, kg.ELIMIT, limitNodes)
		wantError(t, srv, `{ cooperation(a: `+px+`, b: "region:430000", maxEdges: 5000) { truncated } }`, nil, kg.ELIMIT, limitNodes)
		wantError(t, srv, `{ allShortestPaths(from: `+px+`, to: "region:430000", maxPaths: 51) { truncated } }`, nil, kg.ELIMIT, limitPaths)
	})
	t.Run("timeout", func(t *testing.T) {
		slow := testServer(t, store, func(c *Config) { c.Timeout = time.Nanosecond }, nil)
		r := post(t, slow, `{ a: entity(id: `+px+`) { id } b: entity(id: `+px+`) { id } }`, nil)
		if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != kg.ETIMEOUT {
			t.Fatalf("errors = %+v, want one TIMEOUT", r.Errors)
		}
		// A store call that outlasts the deadline.
		slow = testServer(t, slowStore{store}, func(c *Config) { c.Timeout = 50 * time.Millisecond }, nil)
		start := time.Now()
		r = post(t, slow, `{ entity(id: `+px+`) { id } }`, nil)
		if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != kg.ETIMEOUT || time.Since(start) > 5*time.Second {
			t.Fatalf("errors = %+v after %s, want one TIMEOUT", r.Errors, time.Since(start))
		}
	})
	t.Run("body size", func(t *testing.T) {
		small := testServer(t, store, func(c *Config) { c.MaxBodyBytes = 100 }, nil)
		r := post(t, small, `{ entity(id: `+px+`) { id name aliases mentions code pinyin type parent { id name } } }`, nil)
		if r.status != http.StatusRequestEntityTooLarge || len(r.Errors) != 1 ||
			r.Errors[0].Extensions["code"] != kg.ELIMIT || r.Errors[0].Extensions["limit"] != limitBodySize {
			t.Fatalf("status %d errors %+v", r.status, r.Errors)
		}
	})
	t.Run("seed ids", func(t *testing.T) {
		ids := make([]string, 101)
		for i := range ids {
			ids[i] = storetest.IDPingxiang
		}
		wantError(t, srv, `query($ids: [ID!]!) { neighbourhood(ids: $ids) { truncated } }`, map[string]any{"ids": ids}, kg.ELIMIT, limitPageSize)
	})
	t.Run("introspection", func(t *testing.T) {
		var schema struct {
			Schema struct{ Types []struct{ Name string } } `json:"__schema"`
		}
		run(t, srv, introspectionQuery, nil, &schema)
		if !slices.ContainsFunc(schema.Schema.Types, func(t struct{ Name string }) bool { return t.Name == "Entity" }) {
			t.Errorf("introspection misses Entity")
		}
		wantError(t, srv, `{ __schema { types { fields { type { fields { name } } } } } }`, nil, kg.ELIMIT, limitIntrospection)
	})
}

// introspectionQuery is the query GraphiQL sends (graphql-js
// getIntrospectionQuery with descriptions, deprecations and specifiedByURL).
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
}`

// faultyStore returns a raw error (or panics) from Entity.
type faultyStore struct {
	kg.Store
	panic bool
}

func (s faultyStore) Entity(ctx context.Context, id string) (*kg.Entity, error) {
	if s.panic {
		panic("secret panic at 10.0.0.5")
	}
	return nil, fmt.Errorf("neo4j: connection to bolt://admin:hunter2@10.0.0.5:7687 reset: %w", errors.New("EOF"))
}

func TestInternalErrorsDoNotLeak(t *testing.T) {
	for _, panics := range []bool{false, true} {
		var logs bytes.Buffer
		srv := testServer(t, faultyStore{Store: fixtureStore(t), panic: panics}, nil, &logs)
		r := post(t, srv, `{ entity(id: "region:360300") { id } }`, nil)
		if len(r.Errors) != 1 {
			t.Fatalf("errors = %+v", r.Errors)
		}
		e := r.Errors[0]
		if e.Extensions["code"] != kg.EINTERNAL || e.Message != "internal error" {
			t.Errorf("panic %v: error = %+v, want INTERNAL with a generic message", panics, e)
		}
		raw, _ := json.Marshal(r.Errors)
		if strings.Contains(string(raw), "10.0.0.5") || strings.Contains(string(raw), "hunter2") {
			t.Errorf("the client sees internals: %s", raw)
		}
		if !strings.Contains(logs.String(), "10.0.0.5") {
			t.Errorf("panic %v: the internal error is not logged: %q", panics, logs.String())
		}
	}
}

// slowStore's Entity waits for the context to end.
type slowStore struct{ kg.Store }

func (s slowStore) Entity(ctx context.Context, id string) (*kg.Entity, error) {
	<-ctx.Done()
	return nil, fmt.Errorf("neo4j: reading %s: %w", id, ctx.Err())
}

// countingStore counts the batch lookups.
type countingStore struct {
	kg.Store
	entities, documents atomic.Int32
}

func (s *countingStore) EntitiesByID(ctx context.Context, ids []string) ([]*kg.Entity, error) {
	s.entities.Add(1)
	return s.Store.EntitiesByID(ctx, ids)
}

func (s *countingStore) DocumentsByID(ctx context.Context, ids []string) ([]*kg.Document, error) {
	s.documents.Add(1)
	return s.Store.DocumentsByID(ctx, ids)
}

func TestDataloadersBatch(t *testing.T) {
	cs := &countingStore{Store: fixtureStore(t)}
	srv := testServer(t, cs, func(c *Config) { c.LoaderWait = 5 * time.Millisecond }, nil)

	// Relations of a page: every from, to and evidence document through
	// one batch each.
	var page struct {
		Relations struct{ Nodes []relationJSON }
	}
	run(t, srv, `{ relations(first: 60) { nodes { id type source target from { id name } to { id name }
	  evidence { nodes { document { id title } } } } } }`, nil, &page)
	rels := page.Relations.Nodes
	if len(rels) < 50 {
		t.Fatalf("only %d relations", len(rels))
	}
	for _, r := range rels {
		if r.From.ID != r.Source || r.To.ID != r.Target || r.From.Name == "" {
			t.Fatalf("relation %+v", r)
		}
	}
	if n := cs.entities.Load(); n < 1 || n > 2 {
		t.Errorf("%d entity batches for %d relations, want 1 (2 if the batch window split them)", n, len(rels))
	}
	if n := cs.documents.Load(); n < 1 || n > 2 {
		t.Errorf("%d document batches for %d relations", n, len(rels))
	}

	// A subgraph's nodes prime the loader: its edges' ends need no lookup.
	cs.entities.Store(0)
	var data struct{ Neighbourhood subgraphJSON }
	run(t, srv, `{ neighbourhood(ids: ["`+storetest.IDPingxiang+`"], hops: 2) { `+subgraphFields+` } }`, nil, &data)
	checkFlat(t, data.Neighbourhood)
	if n := cs.entities.Load(); n != 0 {
		t.Errorf("%d entity batches for a neighbourhood of %d edges, want 0", n, len(data.Neighbourhood.Edges))
	}
}

func TestHTTPEndpoints(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	for path, want := range map[string]string{"/": "graphiql", "/healthz": `"ok"`} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(strings.ToLower(string(body)), strings.ToLower(want)) {
			t.Errorf("GET %s: %d %.200s", path, resp.StatusCode, body)
		}
	}
	// GET queries work too.
	resp, err := http.Get(srv.URL + "/query?query=" + strings.ReplaceAll(`{entity(id:"region:360300"){name}}`, `"`, "%22"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "萍乡市") {
		t.Errorf("GET /query: %s", body)
	}
}

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	c := DefaultConfig()
	c.MaxHops = 0
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "max hops") {
		t.Errorf("Validate = %v", err)
	}
	if _, err := NewServer(fixtureStore(t), Config{}, nil); err == nil {
		t.Error("NewServer accepted the zero Config")
	}
	// The runtime settings: zero memory limit and procs mean Go's own;
	// a negative one, or a GC percentage that is not positive, is refused.
	for _, bad := range []struct {
		name string
		set  func(*Config)
	}{
		{"gc percent", func(c *Config) { c.GCPercent = 0 }},
		{"memory limit", func(c *Config) { c.MemoryLimit = -1 }},
		{"max procs", func(c *Config) { c.MaxProcs = -1 }},
		{"lone procs", func(c *Config) { c.LoneProcs = -1 }},
	} {
		c := DefaultConfig()
		bad.set(&c)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), bad.name) {
			t.Errorf("%s: Validate = %v", bad.name, err)
		}
	}
}

func TestCursors(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	// Cursors the API issues for each kind of list.
	var data struct {
		Entities  struct{ PageInfo struct{ EndCursor string } }
		Relations struct{ PageInfo struct{ EndCursor string } }
		Documents struct{ PageInfo struct{ EndCursor string } }
	}
	run(t, srv, `{ entities(first: 2) { pageInfo { endCursor } } relations(first: 2) { pageInfo { endCursor } }
	  documents(first: 1) { pageInfo { endCursor } } }`, nil, &data)
	ent, rel, doc := data.Entities.PageInfo.EndCursor, data.Relations.PageInfo.EndCursor, data.Documents.PageInfo.EndCursor
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	const (
		entities     = `query($after: String) { entities(first: 2, after: $after) { nodes { id } } }`
		relations    = `query($after: String) { relations(first: 2, after: $after) { nodes { id } } }`
		documents    = `query($after: String) { documents(first: 2, after: $after) { nodes { id } } }`
		entityRels   = `query($after: String) { entity(id: "region:360300") { relations(first: 2, after: $after) { nodes { id } } } }`
		documentEnts = `query($after: String) { document(id: "doc:pingxiang.txt") { entities(first: 2, after: $after) { nodes { id } } } }`
	)
	cases := []struct {
		name, query, after string
		ok                 bool
	}{
		{"EntityCursorOnEntities", entities, ent, true},
		{"RelationCursorOnRelations", relations, rel, true},
		{"DocumentCursorOnDocuments", documents, doc, true},
		{"RelationCursorOnEntityRelations", entityRels, rel, true},
		{"EntityCursorOnDocumentEntities", documentEnts, ent, true},
		{"RelationCursorOnEntities", entities, rel, false},
		{"EntityCursorOnRelations", relations, ent, false},
		{"EntityCursorOnDocuments", documents, ent, false},
		{"DocumentCursorOnEntityRelations", entityRels, doc, false},
		{"NotBase64", entities, "!!!not base64", false},
		{"Base64OfAnID", entities, b64("region:360000"), false},
		{"KindWithoutKey", entities, b64("entity|"), false},
		{"Base64OfBinary", relations, b64("relation|\xff\xfe"), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			vars := map[string]any{"after": c.after}
			if c.ok {
				var out any
				run(t, srv, c.query, vars, &out)
				return
			}
			e := wantError(t, srv, c.query, vars, kg.EINVALID, "")
			if strings.Contains(e.Message, c.after) {
				t.Errorf("message %q echoes the cursor", e.Message)
			}
		})
	}
}

func TestMalformedRequests(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	const secret = "SECRET-ECHO-42"
	cases := []struct {
		name, method, contentType, body, rawQuery string
		status                                    int
		mention                                   string
	}{
		{"EmptyArray", "POST", "application/json", `[]`, "", http.StatusBadRequest, "JSON object"},
		{"ArrayOfSecret", "POST", "application/json", `["` + secret + `"]`, "", http.StatusBadRequest, "JSON object"},
		{"Garbage", "POST", "application/json", `<<` + secret + `>>`, "", http.StatusBadRequest, "JSON object"},
		{"JSONString", "POST", "application/json", `"` + secret + `"`, "", http.StatusBadRequest, "JSON object"},
		{"Null", "POST", "application/json", `null`, "", http.StatusBadRequest, "JSON object"},
		{"Empty", "POST", "application/json", ``, "", http.StatusBadRequest, "JSON object"},
		{"NoQuery", "POST", "application/json", `{"variables": {"x": "` + secret + `"}}`, "", http.StatusBadRequest, "no query"},
		{"QueryNotString", "POST", "application/json", `{"query": 5}`, "", http.StatusBadRequest, "query must be a string"},
		{"VariablesNotObject", "POST", "application/json", `{"query": "{ stats { documents } }", "variables": ["` + secret + `"]}`, "",
			http.StatusBadRequest, "variables must be an object"},
		{"OperationNameNotString", "POST", "application/json", `{"query": "{ stats { documents } }", "operationName": 1}`, "",
			http.StatusBadRequest, "operationName must be a string"},
		{"TrailingData", "POST", "application/json", `{"query": "{ stats { documents } }"} {"` + secret + `": 1}`, "",
			http.StatusBadRequest, "JSON object"},
		{"ExtensionsNotObject", "POST", "application/json", `{"query": "{ stats { documents } }", "extensions": "` + secret + `"}`, "",
			http.StatusBadRequest, "extensions must be an object"},
		{"NullQuery", "POST", "application/json", `{"query": null}`, "", http.StatusBadRequest, "no query"},
		{"NoContentType", "POST", "", `{"query": "{ stats { documents } }"}`, "", http.StatusUnsupportedMediaType, "application/json"},
		{"TextPlain", "POST", "text/plain", `{"query": "` + secret + `"}`, "", http.StatusUnsupportedMediaType, "application/json"},
		{"Form", "POST", "application/x-www-form-urlencoded", `query=` + secret, "", http.StatusUnsupportedMediaType, "application/json"},
		{"GraphQLContentType", "POST", "application/graphql", `{ stats { documents } }`, "", http.StatusUnsupportedMediaType, "application/json"},
		{"Put", "PUT", "application/json", `{"query": "{ stats { documents } }"}`, "", http.StatusMethodNotAllowed, "POST"},
		{"GetBadVariables", "GET", "", "", "query=" + url.QueryEscape("{ stats { documents } }") + "&variables=" + url.QueryEscape("["+secret),
			http.StatusBadRequest, "variables"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req, err := http.NewRequest(c.method, srv.URL+"/query?"+c.rawQuery, strings.NewReader(c.body))
			if err != nil {
				t.Fatal(err)
			}
			if c.contentType != "" {
				req.Header.Set("Content-Type", c.contentType)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			raw, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != c.status {
				t.Errorf("status %d, want %d (%s)", resp.StatusCode, c.status, raw)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			var r gqlResponse
			if err := json.Unmarshal(raw, &r); err != nil || len(r.Errors) != 1 {
				t.Fatalf("not a GraphQL error response: %s", raw)
			}
			e := r.Errors[0]
			if code, _ := e.Extensions["code"].(string); code == "" {
				t.Errorf("no extensions.code: %s", raw)
			}
			if !strings.Contains(e.Message, c.mention) {
				t.Errorf("message %q does not say %q", e.Message, c.mention)
			}
			for _, leak := range []string{secret, "Go value", "Go struct", "RawParams", "map[", "transport", "json: "} {
				if strings.Contains(string(raw), leak) {
					t.Errorf("response leaks %q: %s", leak, raw)
				}
			}
		})
	}
}

func TestFilters(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	t.Run("EmptyStrings", func(t *testing.T) {
		cases := []struct{ name, query string }{
			{"Within", `{ entities(filter: {within: ""}) { totalCount } }`},
			{"EntityDocument", `{ entities(filter: {document: ""}) { totalCount } }`},
			{"Name", `{ entities(filter: {name: ""}) { totalCount } }`},
			{"NameOfSpaces", `{ entities(filter: {name: "  　"}) { totalCount } }`},
			{"RelationEntity", `{ relations(filter: {entity: ""}) { totalCount } }`},
			{"RelationDocument", `{ relations(filter: {document: ""}) { totalCount } }`},
			{"EntityRelationsDocument", `{ entity(id: "region:360300") { relations(document: "") { totalCount } } }`},
			{"NeighbourhoodDocument", `{ neighbourhood(ids: ["region:360300"], document: "") { truncated } }`},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) { wantError(t, srv, c.query, nil, kg.EINVALID, "") })
		}
	})
	t.Run("NameNormalisedLikeSearch", func(t *testing.T) {
		ids := func(name string) []string {
			var data struct {
				Entities struct{ Nodes []struct{ ID string } }
			}
			run(t, srv, `query($n: String) { entities(filter: {name: $n}, first: 100) { nodes { id } } }`, map[string]any{"n": name}, &data)
			var out []string
			for _, n := range data.Entities.Nodes {
				out = append(out, n.ID)
			}
			return out
		}
		want := ids("萍乡")
		if len(want) < 2 {
			t.Fatalf("萍乡 finds %v", want)
		}
		for _, name := range []string{"萍鄉", " 萍乡 ", "萍 乡", "　萍鄉　"} {
			t.Run(name, func(t *testing.T) {
				if got := ids(name); !slices.Equal(got, want) {
					t.Errorf("name %q finds %v, want %v (as 萍乡)", name, got, want)
				}
			})
		}
	})
	t.Run("DocumentFiltersEvidence", func(t *testing.T) {
		cases := []struct{ name, query string }{
			{"Relations", `query($d: ID) { relations(filter: {document: $d}, first: 100) { nodes { id evidence { nodes { document { id } } } } } }`},
			{"EntityRelations", `query($d: ID) { entity(id: "region:360322") { relations(document: $d, first: 100) { nodes { id evidence { nodes { document { id } } } } } } }`},
			{"DocumentRelations", `query($d: ID!) { document(id: $d) { relations(first: 100) { nodes { id evidence { nodes { document { id } } } } } } }`},
		}
		for _, c := range cases {
			for _, doc := range []string{storetest.DocPingxiang, storetest.DocJiangxi} {
				t.Run(c.name+"/"+doc, func(t *testing.T) {
					r := post(t, srv, c.query, map[string]any{"d": doc})
					if len(r.Errors) > 0 {
						t.Fatal(r.Errors)
					}
					raw := string(r.Data)
					other := storetest.DocJiangxi
					if doc == other {
						other = storetest.DocPingxiang
					}
					if !strings.Contains(raw, doc) || strings.Contains(raw, other) {
						t.Errorf("evidence of relations filtered to %s: %s", doc, raw)
					}
				})
			}
		}
	})
}

func TestNeighbourhoodTruncation(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	cases := []struct {
		name     string
		maxNodes int
		want     []string
	}{
		// 萍乡市's neighbours by degree: 上栗县 6, 粤港澳大湾区 5, 江西省 and 长株潭 4.
		{"Two", 2, []string{storetest.IDPingxiang, storetest.IDShangli}},
		{"Three", 3, []string{storetest.IDPingxiang, storetest.IDGBA, storetest.IDShangli}},
		{"Five", 5, []string{storetest.IDPingxiang, storetest.IDJiangxi, storetest.IDShangli, storetest.IDGBA, storetest.IDCZT}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var data struct{ Neighbourhood subgraphJSON }
			run(t, srv, `query($n: Int) { neighbourhood(ids: ["`+storetest.IDPingxiang+`"], hops: 2, maxNodes: $n) { `+subgraphFields+` } }`,
				map[string]any{"n": c.maxNodes}, &data)
			if !data.Neighbourhood.Truncated {
				t.Error("not truncated")
			}
			got := data.Neighbourhood.nodeIDs()
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("nodes %v, want %v", got, want)
			}
		})
	}
}

// bigEvidenceStore holds one relation with n pieces of evidence of size
// bytes of text each.
func bigEvidenceStore(t testing.TB, n, size int) (kg.Store, string) {
	t.Helper()
	doc := "doc:big.txt"
	a, b := "region:360300", "region:430200"
	g := &kg.Graph{
		Documents: []kg.Document{{ID: doc, Source: "big.txt", Title: "大", Script: "simplified", Encoding: "utf-8"}},
		Entities: []kg.Entity{
			{ID: a, Type: kg.City, Name: "萍乡市", Mentions: 1, MentionsByDocument: map[string]int{doc: 1}},
			{ID: b, Type: kg.City, Name: "株洲市", Mentions: 1, MentionsByDocument: map[string]int{doc: 1}},
		},
	}
	r := kg.Relation{ID: kg.RelationID(kg.LinksWith, a, b), Type: kg.LinksWith, From: a, To: b}
	text := strings.Repeat("萍乡联动株洲", size/18+1)
	for i := range n {
		r.Evidence = append(r.Evidence, kg.Evidence{Document: doc, Sentence: i, Start: i * 10, End: i*10 + 4, Trigger: "联动", Text: text})
	}
	g.Relations = []kg.Relation{r}
	s := inmem.New()
	if _, err := s.Load(context.Background(), g); err != nil {
		t.Fatal(err)
	}
	return s, r.ID
}

func TestEvidenceConnection(t *testing.T) {
	store, id := bigEvidenceStore(t, 45, 10)
	srv := testServer(t, store, nil, nil)
	type page struct {
		Relation struct {
			Evidence struct {
				TotalCount int
				Edges      []struct{ Cursor string }
				Nodes      []struct{ Start int }
				PageInfo   struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
		}
	}
	const q = `query($id: ID!, $first: Int, $after: String) { relation(id: $id) { evidence(first: $first, after: $after) {
	  totalCount edges { cursor } nodes { start } pageInfo { hasNextPage endCursor } } } }`
	var starts []int
	var after any
	for i, want := range []int{20, 20, 5} {
		var p page
		run(t, srv, q, map[string]any{"id": id, "first": 20, "after": after}, &p)
		ev := p.Relation.Evidence
		if ev.TotalCount != 45 || len(ev.Nodes) != want || len(ev.Edges) != want || ev.PageInfo.HasNextPage != (i < 2) {
			t.Fatalf("page %d: total %d, %d nodes, hasNext %v", i, ev.TotalCount, len(ev.Nodes), ev.PageInfo.HasNextPage)
		}
		for _, n := range ev.Nodes {
			starts = append(starts, n.Start)
		}
		after = *ev.PageInfo.EndCursor
	}
	if !slices.IsSorted(starts) || len(slices.Compact(slices.Clone(starts))) != 45 {
		t.Errorf("pages do not cover the evidence once in order: %v", starts)
	}
	// Cursors of another list or relation are refused.
	other, _ := fixtureStore(t).Relations(context.Background(), kg.RelationFilter{Page: kg.Page{First: 1}})
	cases := []struct{ name, after string }{
		{"EntityCursor", encodeCursor(entityList, "region:360300")},
		{"OtherRelation", encodeCursor(evidenceList, other.Relations[0].ID+"#0")},
		{"NoIndex", encodeCursor(evidenceList, id)},
		{"NegativeIndex", encodeCursor(evidenceList, id+"#-2")},
		{"Garbage", "%%%"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantError(t, srv, q, map[string]any{"id": id, "after": c.after}, kg.EINVALID, "")
		})
	}
	t.Run("FirstOverLimit", func(t *testing.T) {
		wantError(t, srv, q, map[string]any{"id": id, "first": 101}, kg.ELIMIT, limitPageSize)
	})
	t.Run("CountedInComplexity", func(t *testing.T) {
		// The shape of the report: many aliased relations with their
		// evidence (600 x 42 with the default first: 20). With evidence counted
		// it is over the complexity limit.
		var b strings.Builder
		b.WriteString("{")
		for i := range 600 {
			fmt.Fprintf(&b, " r%d: relation(id: %q) { evidence { nodes { text } } }", i, id)
		}
		b.WriteString(" }")
		wantError(t, srv, b.String(), nil, kg.ELIMIT, limitComplexity)
	})
}

// TestResponseMemory holds docs/api.md's bound on the memory of one
// request: a query that stays under the complexity limit but asks for far
// more than MaxResponseBytes of evidence text is refused with
// LIMIT_EXCEEDED (responseBytes), its response stays small, and what the
// server allocates for it stays under the documented worst case.
func TestResponseMemory(t *testing.T) {
	// 100 pieces of ~20 KB: 2 MB of text per relation.
	store, id := bigEvidenceStore(t, 100, 20000)
	srv := testServer(t, store, nil, nil)
	cfg := DefaultConfig()
	var b strings.Builder
	b.WriteString("{")
	// 90 aliases x 100 pieces x 20 KB = 180 MB without the cap; complexity
	// 90 x ~303 < 20000.
	for i := range 90 {
		fmt.Fprintf(&b, " r%d: relation(id: %q) { evidence(first: 100) { nodes { text } } }", i, id)
	}
	b.WriteString(" }")
	query := b.String()

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	const requests = 4
	for range requests {
		body, _ := json.Marshal(map[string]any{"query": query})
		resp, err := http.Post(srv.URL+"/query", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if len(raw) > 4096 {
			t.Fatalf("response of %d bytes, want one short error", len(raw))
		}
		var r gqlResponse
		if err := json.Unmarshal(raw, &r); err != nil || len(r.Errors) != 1 {
			t.Fatalf("response %s", raw)
		}
		if e := r.Errors[0]; e.Extensions["code"] != kg.ELIMIT || e.Extensions["limit"] != limitResponseBytes {
			t.Fatalf("error %+v, want LIMIT_EXCEEDED responseBytes", e)
		}
	}
	runtime.ReadMemStats(&after)
	perRequest := (after.TotalAlloc - before.TotalAlloc) / requests
	// docs/api.md: at most 3 x MaxResponseBytes + MaxBodyBytes + 4 MiB
	// (parsed query, store results, the server's own) per request.
	bound := uint64(3*cfg.MaxResponseBytes + cfg.MaxBodyBytes + 4<<20)
	t.Logf("allocated %d bytes per request (bound %d)", perRequest, bound)
	if perRequest > bound {
		t.Errorf("a request allocated %d bytes, above the documented worst case of %d", perRequest, bound)
	}

	// A smaller answer under the cap is served whole.
	var data struct {
		Relation struct {
			Evidence struct{ Nodes []struct{ Text string } }
		}
	}
	run(t, srv, `query($id: ID!) { relation(id: $id) { evidence(first: 100) { nodes { text } } } }`, map[string]any{"id": id}, &data)
	if len(data.Relation.Evidence.Nodes) != 100 {
		t.Errorf("%d pieces, want 100", len(data.Relation.Evidence.Nodes))
	}
}

func TestGraphiQLOffline(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	get := func(t *testing.T, path string) (*http.Response, []byte) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	resp, page := get(t, "/")
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "GraphiQL") {
		t.Fatalf("GET /: %d %.200s", resp.StatusCode, page)
	}
	for _, host := range []string{"jsdelivr", "unpkg", "cdn", "https://", "http://"} {
		if strings.Contains(string(page), host) {
			t.Errorf("the page refers to %q", host)
		}
	}
	// Every script and stylesheet comes from this server with its integrity.
	assets := regexp.MustCompile(`(?:src|href)="([^"]+)"\s+integrity="([^"]+)"`).FindAllStringSubmatch(string(page), -1)
	want := map[string]string{
		"/graphiql/graphiql.min.js": "javascript", "/graphiql/graphiql.min.css": "css",
		"/graphiql/react.production.min.js": "javascript", "/graphiql/react-dom.production.min.js": "javascript",
	}
	if len(assets) != len(want) {
		t.Fatalf("assets %v, want %d", assets, len(want))
	}
	for _, a := range assets {
		path, integrity := html.UnescapeString(a[1]), html.UnescapeString(a[2])
		t.Run(path, func(t *testing.T) {
			kind, ok := want[path]
			if !ok {
				t.Fatalf("unexpected asset %s", path)
			}
			resp, body := get(t, path)
			if resp.StatusCode != http.StatusOK || len(body) < 1000 || !strings.Contains(resp.Header.Get("Content-Type"), kind) {
				t.Fatalf("GET %s: %d, %d bytes, %s", path, resp.StatusCode, len(body), resp.Header.Get("Content-Type"))
			}
			h := sha512.Sum384(body)
			if got := "sha384-" + base64.StdEncoding.EncodeToString(h[:]); got != integrity {
				t.Errorf("integrity %s, page says %s", got, integrity)
			}
		})
	}
	if resp, _ := get(t, "/graphiql/nope.js"); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown asset: %d", resp.StatusCode)
	}
}

// TestPosition checks that regions carry the gazetteer's point and other
// entities none, on one entity and on the nodes of a neighbourhood (what the
// explorer's map view asks for).
func TestPosition(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	type pos struct{ Lng, Lat float64 }
	var data struct {
		Pingxiang, Jiangxi, Park, Group struct{ Position *pos }
		Neighbourhood                   struct {
			Nodes []struct {
				ID       string
				Type     string
				Position *pos
			}
		}
	}
	run(t, srv, `query($px: ID!, $jx: ID!, $gba: ID!) {
	  pingxiang: entity(id: $px) { position { lng lat } }
	  jiangxi: entity(id: $jx) { position { lng lat } }
	  park: entity(id: "park:湘赣合作产业园") { position { lng lat } }
	  group: entity(id: $gba) { position { lng lat } }
	  neighbourhood(ids: [$px]) { nodes { id type position { lng lat } } } }`,
		map[string]any{"px": storetest.IDPingxiang, "jx": storetest.IDJiangxi, "gba": storetest.IDGBA}, &data)
	near := func(name string, p *pos, lng, lat float64) {
		t.Helper()
		if p == nil {
			t.Errorf("%s: no position", name)
		} else if d := max(abs(p.Lng-lng), abs(p.Lat-lat)); d > 0.2 {
			t.Errorf("%s: position %+v, want about %.1fE %.1fN", name, *p, lng, lat)
		}
	}
	near("萍乡市", data.Pingxiang.Position, 113.9, 27.6)
	near("江西省 (its capital)", data.Jiangxi.Position, 115.9, 28.7)
	if data.Park.Position != nil || data.Group.Position != nil {
		t.Errorf("park %+v, region group %+v: want no position", data.Park.Position, data.Group.Position)
	}
	regions := 0
	for _, n := range data.Neighbourhood.Nodes {
		isRegion := n.Type == "Province" || n.Type == "City" || n.Type == "County"
		if isRegion {
			regions++
		}
		if isRegion != (n.Position != nil) {
			t.Errorf("neighbourhood node %s (%s): position %+v", n.ID, n.Type, n.Position)
		}
	}
	if regions < 2 {
		t.Errorf("neighbourhood of 萍乡市 has %d regions, want at least 2", regions)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
