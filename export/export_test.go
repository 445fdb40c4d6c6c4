package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/export"
	"github.com/cnplan/kg/inmem"
)

// testGraph has ids no XML name allows (parentheses, quotes, '&', '<'),
// documents of three years, a symmetric relation, parallel relations of two
// types between one pair and a relation without evidence.
func testGraph() *kg.Graph {
	docs := []kg.Document{
		{ID: "doc:a", Source: "a", Title: "A", Date: "2016-03-01", Script: "simplified", Encoding: "utf-8"},
		{ID: "doc:b", Source: "b", Title: "B", Date: "2017-05-02", Script: "simplified", Encoding: "utf-8"},
		{ID: "doc:c", Source: "c", Title: "C", Date: "2021", Script: "simplified", Encoding: "utf-8"},
		{ID: "doc:u", Source: "u", Title: "undated", Script: "simplified", Encoding: "utf-8"},
	}
	ent := func(t kg.EntityType, id, name string) kg.Entity {
		return kg.Entity{ID: id, Type: t, Name: name, Aliases: []string{}, Mentions: 1, MentionsByDocument: map[string]int{"doc:a": 1}}
	}
	ents := []kg.Entity{
		ent(kg.Province, "region:360000", "江西省"),
		ent(kg.Province, "region:430000", "湖南省"),
		ent(kg.City, "region:360300", "萍乡市"),
		ent(kg.Project, `project:赣欧(亚)国际铁路“货运”&<通道>`, `赣欧(亚)国际铁路“货运”&<通道>`),
		ent(kg.Park, "park:湘赣_合作产业园", "湘赣_合作产业园"),
	}
	ents[2].Code, ents[2].Parent = "360300", "region:360000"
	ev := func(doc string, n int) kg.Evidence {
		return kg.Evidence{Document: doc, Sentence: n, Start: 0, End: 2, Trigger: "合作", Text: "合作<&>"}
	}
	rel := func(t kg.RelationType, from, to string, evs ...kg.Evidence) kg.Relation {
		if evs == nil {
			evs = []kg.Evidence{}
		}
		return kg.Relation{ID: kg.RelationID(t, from, to), Type: t, From: from, To: to, Evidence: evs}
	}
	rels := []kg.Relation{
		rel(kg.CooperatesWith, "region:360000", "region:430000", ev("doc:a", 1), ev("doc:a", 2), ev("doc:b", 1), ev("doc:c", 3)),
		rel(kg.DocksWith, "region:360000", "region:430000", ev("doc:c", 4)),
		rel(kg.PartOf, "region:360300", "region:360000"),
		rel(kg.ReliesOn, `project:赣欧(亚)国际铁路“货运”&<通道>`, "region:360300", ev("doc:u", 1), ev("doc:b", 2)),
		rel(kg.CoBuilds, "region:360300", "park:湘赣_合作产业园", ev("doc:a", 5)),
	}
	return &kg.Graph{Documents: docs, Entities: ents, Relations: rels}
}

func store(t *testing.T) kg.Store {
	t.Helper()
	s := inmem.New()
	if _, err := s.Load(context.Background(), testGraph()); err != nil {
		t.Fatal(err)
	}
	return s
}

// tool returns the path of a command the test needs, or skips (fails in
// CI, where scripts/test.sh installs it).
func tool(t *testing.T, name, install string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" || os.Getenv("KG_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s not found (%s); scripts/test.sh installs it", name, install)
		}
		t.Skipf("%s not found (%s); scripts/test.sh installs it", name, install)
	}
	return p
}

func write(t *testing.T, s kg.Store, f export.Format, opts export.Options) string {
	t.Helper()
	var out, edges bytes.Buffer
	if err := export.Write(context.Background(), s, opts, f, &out, &edges, "test"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "g"+f.Ext())
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// validate checks an XML file against a vendored XSD with xmllint.
func validate(t *testing.T, xsd, path string) {
	t.Helper()
	xmllint := tool(t, "xmllint", "apt-get install libxml2-utils")
	out, err := exec.Command(xmllint, "--noout", "--nonet", "--schema", xsd, path).CombinedOutput()
	if err != nil {
		b, _ := os.ReadFile(path)
		t.Fatalf("%s does not validate against %s: %v\n%s\n%s", path, xsd, err, out, b)
	}
}

type readBack struct {
	Directed bool                      `json:"directed"`
	Nodes    map[string]map[string]any `json:"nodes"`
	Edges    []map[string]any          `json:"edges"`
}

// read reads an export back with networkx (testdata/readback.py).
func read(t *testing.T, format, path string) readBack {
	t.Helper()
	py := tool(t, "python3", "python3 with networkx")
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		if os.Getenv("CI") == "true" || os.Getenv("KG_REQUIRE_TOOLS") == "1" {
			t.Fatal("python3 has no networkx; scripts/test.sh installs it (pip install networkx)")
		}
		t.Skip("python3 has no networkx (pip install networkx)")
	}
	cmd := exec.Command(py, "testdata/readback.py", format, path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("networkx could not read the %s export: %v\n%s", format, err, stderr.String())
	}
	var rb readBack
	if err := json.Unmarshal(out, &rb); err != nil {
		t.Fatal(err)
	}
	return rb
}

func findEdge(t *testing.T, rb readBack, key, value string) map[string]any {
	t.Helper()
	for _, e := range rb.Edges {
		if e[key] == value {
			return e
		}
	}
	t.Fatalf("no edge with %s=%s among %v", key, value, rb.Edges)
	return nil
}

func TestGraphML(t *testing.T) {
	s := store(t)
	path := write(t, s, export.GraphML, export.Options{})
	validate(t, "testdata/xsd/graphml/graphml.xsd", path)
	rb := read(t, "graphml", path)
	if len(rb.Nodes) != 5 || len(rb.Edges) != 5 || !rb.Directed {
		t.Fatalf("read back %d nodes, %d edges (directed %v), want 5, 5, directed", len(rb.Nodes), len(rb.Edges), rb.Directed)
	}
	odd := `project:赣欧(亚)国际铁路“货运”&<通道>`
	n := rb.Nodes[export.NMToken(odd)]
	if n == nil || n["id"] != odd || n["name"] != `赣欧(亚)国际铁路“货运”&<通道>` || n["type"] != "Project" {
		t.Errorf("node %s read back as %v", odd, n)
	}
	if c := rb.Nodes["region:360300"]; c["code"] != "360300" || c["degree"] != float64(3) {
		t.Errorf("萍乡市 read back as %v", c)
	}
	e := findEdge(t, rb, "type", "COOPERATES_WITH")
	if e["evidence"] != float64(4) || e["documents"] != float64(3) || e["firstYear"] != float64(2016) ||
		e["lastYear"] != float64(2021) || e["years"] != "2016 2017 2021" || e["symmetric"] != true {
		t.Errorf("COOPERATES_WITH read back as %v", e)
	}
}

func TestGEXF(t *testing.T) {
	s := store(t)
	path := write(t, s, export.GEXF, export.Options{})
	validate(t, "testdata/xsd/gexf-1.3/gexf.xsd", path)
	rb := read(t, "gexf", path)
	if len(rb.Nodes) != 5 || len(rb.Edges) != 5 {
		t.Fatalf("read back %d nodes, %d edges, want 5, 5", len(rb.Nodes), len(rb.Edges))
	}
	e := findEdge(t, rb, "type", "COOPERATES_WITH")
	// Spells: runs of consecutive years, [2016, 2017] and [2021, 2021].
	spells, _ := json.Marshal(e["spells"])
	if string(spells) != "[[2016,2017],[2021,2021]]" || e["weight"] != float64(4) || e["evidence"] != float64(4) {
		t.Errorf("COOPERATES_WITH read back as %v (spells %s)", e, spells)
	}
	if p := findEdge(t, rb, "type", "PART_OF"); p["spells"] != nil || p["evidence"] != float64(0) {
		t.Errorf("PART_OF (no evidence) read back as %v", p)
	}
	if n := rb.Nodes[`project:赣欧(亚)国际铁路“货运”&<通道>`]; n == nil || n["label"] != `赣欧(亚)国际铁路“货运”&<通道>` {
		t.Errorf("odd node read back as %v", n)
	}
}

func TestCytoscape(t *testing.T) {
	s := store(t)
	path := write(t, s, export.Cytoscape, export.Options{})
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	b, _ := os.ReadFile(path)
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b)
	}
	if len(doc.Elements.Nodes) != 5 || len(doc.Elements.Edges) != 5 {
		t.Fatalf("%d nodes, %d edges", len(doc.Elements.Nodes), len(doc.Elements.Edges))
	}
	rb := read(t, "cytoscape", path)
	if len(rb.Nodes) != 5 || len(rb.Edges) != 5 {
		t.Fatalf("networkx read back %d nodes, %d edges, want 5, 5", len(rb.Nodes), len(rb.Edges))
	}
	e := findEdge(t, rb, "interaction", "DOCKS_WITH")
	if e["evidence"] != float64(1) || e["years"] != "2021" {
		t.Errorf("DOCKS_WITH read back as %v", e)
	}
}

func TestCSV(t *testing.T) {
	s := store(t)
	var nodes, edges bytes.Buffer
	if err := export.Write(context.Background(), s, export.Options{}, export.CSV, &nodes, &edges, ""); err != nil {
		t.Fatal(err)
	}
	nodesText := nodes.String()
	nr, err := csv.NewReader(&nodes).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	er, err := csv.NewReader(&edges).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(nr) != 6 || len(er) != 6 || !slices.Equal(nr[0], export.NodesHeader()) || !slices.Equal(er[0], export.EdgesHeader()) {
		t.Fatalf("nodes %v\nedges %v", nr, er)
	}
	if !strings.Contains(nodesText, `,赣欧(亚)国际铁路“货运”&<通道>,Project,`) {
		t.Errorf("odd name missing from nodes.csv:\n%s", nodesText)
	}
}

// TestTimeAndAround: --from/--to keep only relations with evidence of those
// years (and only that evidence) and the entities they touch; --around
// exports the neighbourhood.
func TestTimeAndAround(t *testing.T) {
	s := store(t)
	var out bytes.Buffer
	var nodes, edges int
	opts := export.Options{Time: kg.TimeFilter{FromYear: 2017, ToYear: 2017}}
	if err := export.Write(context.Background(), s, opts, export.Cytoscape, &out, nil, ""); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	nodes, edges = len(doc.Elements.Nodes), len(doc.Elements.Edges)
	// 2017: COOPERATES_WITH (one piece, doc:b) and RELIES_ON (doc:b).
	if nodes != 4 || edges != 2 {
		t.Fatalf("2017: %d nodes, %d edges, want 4, 2:\n%s", nodes, edges, out.String())
	}
	for _, e := range doc.Elements.Edges {
		if e.Data["evidence"] != float64(1) || e.Data["years"] != "2017" {
			t.Errorf("2017 edge keeps other years' evidence: %v", e.Data)
		}
	}

	out.Reset()
	opts = export.Options{Around: "park:湘赣_合作产业园", Hops: 1}
	if err := export.Write(context.Background(), s, opts, export.Cytoscape, &out, nil, ""); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Elements.Nodes) != 2 || len(doc.Elements.Edges) != 1 {
		t.Fatalf("around the park: %s", out.String())
	}
	if err := export.Write(context.Background(), s, export.Options{Around: "park:none"}, export.GEXF, &out, nil, ""); kg.ErrorCode(err) != kg.ENOTFOUND {
		t.Errorf("unknown around: %v, want ENOTFOUND", err)
	}
	if err := (export.Options{Hops: 2}).Check(); kg.ErrorCode(err) != kg.EINVALID {
		t.Errorf("hops without around: %v, want EINVALID", err)
	}
}

// TestPaging: reading the store a record at a time writes the same bytes as
// reading it whole (the writers stream page by page).
func TestPaging(t *testing.T) {
	s := store(t)
	for _, f := range []export.Format{export.GraphML, export.GEXF, export.Cytoscape} {
		var a, b bytes.Buffer
		var calls int
		if err := export.Write(context.Background(), s, export.Options{PageSize: 1, Every: 1, Progress: func(string, int) { calls++ }}, f, &a, nil, ""); err != nil {
			t.Fatal(err)
		}
		if err := export.Write(context.Background(), s, export.Options{}, f, &b, nil, ""); err != nil {
			t.Fatal(err)
		}
		if f != export.GEXF && a.String() != b.String() { // GEXF carries today's date
			t.Errorf("%s: paged output differs", f)
		}
		if calls != 12 { // 5 nodes + 1 end, 5 edges + 1 end
			t.Errorf("%s: %d progress calls, want 12", f, calls)
		}
	}
}
