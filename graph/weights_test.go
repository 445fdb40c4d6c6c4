package graph

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/storetest"
)

// TestWeightsTimeAggregation runs the issue 9 fields over the real handler:
// weights on relations, entities and subgraph nodes and edges, time
// filters, the collapsed view and the cooperation matrix, and their errors.
func TestWeightsTimeAggregation(t *testing.T) {
	srv := testServer(t, fixtureStore(t), nil, nil)
	cobuild := storetest.R(kg.CoBuilds, storetest.IDShangli, storetest.IDFireworks)
	cases := []struct {
		name  string
		query string
		vars  map[string]any
		want  []string // substrings of the data's JSON
	}{
		{"relation weight", `query($id: ID!) { relation(id: $id) { evidenceCount documentCount firstYear lastYear } }`,
			map[string]any{"id": cobuild},
			[]string{`"evidenceCount":2`, `"documentCount":2`, `"firstYear":2019`, `"lastYear":2022`}},
		{"gazetteer relation: null years", `query($id: ID!) { relation(id: $id) { evidenceCount firstYear lastYear } }`,
			map[string]any{"id": storetest.R(kg.PartOf, storetest.IDPingxiang, storetest.IDJiangxi)},
			[]string{`"evidenceCount":0`, `"firstYear":null`, `"lastYear":null`}},
		{"entity weight", `{ entity(id: "park:全国烟花爆竹转型升级集中区") { degree documentCount } }`, nil,
			[]string{`"degree":4`, `"documentCount":2`}},
		{"neighbourhood nodes and edges weighed, from 2020", `{ neighbourhood(ids: ["park:全国烟花爆竹转型升级集中区"], time: {fromYear: 2020}) {
			nodes { id degree documentCount } edges { id evidenceCount firstYear lastYear } } }`, nil,
			[]string{`{"id":"` + cobuild + `","evidenceCount":1,"firstYear":2022,"lastYear":2022}`, `"degree":4`}},
		{"relations by plan period", `{ relations(filter: {time: {periodFrom: 2016, periodTo: 2020}}, first: 1) { totalCount } }`, nil,
			[]string{`"totalCount":15`}},
		{"collapsed: parallel edges of 上栗 and 浏阳 are one", `{ neighbourhood(ids: ["region:360322"], hops: 1) {
			collapsed { source target types relations evidenceCount documentCount } } }`, nil,
			[]string{`{"source":"park:浏阳-上栗共建区","target":"region:360322","types":["CO_BUILDS","LOCATED_IN"]`}},
		{"matrix of provinces", `{ cooperationMatrix(top: 1) { level units { id } truncated
			cells { a { id } b { id } relations evidenceCount byType { type count } top { id evidenceCount } } } }`, nil,
			[]string{`"level":"Province"`, `{"a":{"id":"region:360000"},"b":{"id":"region:430000"},"relations":6,"evidenceCount":6,"byType":[{"type":"LINKS_WITH","count":5},{"type":"COOPERATES_WITH","count":1}]`}},
		{"matrix of provinces up to 2019", `{ cooperationMatrix(time: {toYear: 2019}) { cells { a { id } b { id } relations } } }`, nil,
			[]string{`{"a":{"id":"region:360000"},"b":{"id":"region:430000"},"relations":2}`}},
		{"matrix of the cities of 江西", `{ cooperationMatrix(level: City, within: "region:360000") { units { name } cells { relations } } }`, nil,
			[]string{`"units":[{"name":"萍乡市"},{"name":"宜春市"}]`, `"cells":[]`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var data json.RawMessage
			run(t, srv, c.query, c.vars, &data)
			for _, w := range c.want {
				if !strings.Contains(string(data), w) {
					t.Errorf("data lacks %s:\n%s", w, data)
				}
			}
		})
	}
	errs := []struct {
		name, query, code, limit string
	}{
		{"year range reversed", `{ relations(filter: {time: {fromYear: 2022, toYear: 2019}}) { totalCount } }`, "INVALID_ARGUMENT", ""},
		{"year zero", `{ neighbourhood(ids: ["region:360300"], time: {fromYear: 0}) { nodes { id } } }`, "INVALID_ARGUMENT", ""},
		{"city matrix without within", `{ cooperationMatrix(level: City) { truncated } }`, "INVALID_ARGUMENT", ""},
		{"matrix within empty", `{ cooperationMatrix(within: "") { truncated } }`, "INVALID_ARGUMENT", ""},
		{"matrix top over the page size", `{ cooperationMatrix(top: 101, maxCells: 1) { truncated } }`, "LIMIT_EXCEEDED", "pageSize"},
		{"matrix maxCells over the node limit", `{ cooperationMatrix(maxCells: 1001) { truncated } }`, "LIMIT_EXCEEDED", "nodes"},
		{"matrix complexity: maxCells times top times the cell", `{ cooperationMatrix(maxCells: 1000, top: 100) { cells { top { id } } } }`, "LIMIT_EXCEEDED", "complexity"},
	}
	for _, c := range errs {
		t.Run(c.name, func(t *testing.T) {
			wantError(t, srv, c.query, nil, c.code, c.limit)
		})
	}
}
