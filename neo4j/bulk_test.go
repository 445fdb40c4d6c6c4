package neo4j_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/neo4j"
	"github.com/cnplan/kg/storetest"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// bulkServer imports files into a Neo4j of its own (scripts/neo4j.sh with
// a temporary state folder and a free port, or KG_BULK_TEST_PORT), starts it and returns its
// configuration; the server is stopped when the test ends. It skips when
// the launcher has not been built (scripts/test.sh builds it).
func bulkServer(t *testing.T, files *neo4j.BulkFiles) neo4j.Config {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "tools/neo4j-launcher/target/.build-stamp")); err != nil {
		msg := "the Neo4j launcher is not built; run `bash scripts/neo4j.sh build` (scripts/test.sh does)"
		if os.Getenv("KG_REQUIRE_NEO4J") == "1" || os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	// KG_BULK_TEST_PORT fixes the port (a machine shared with other
	// servers); by default a free one.
	port, _ := strconv.Atoi(os.Getenv("KG_BULK_TEST_PORT"))
	if port == 0 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		port = l.Addr().(*net.TCPAddr).Port
		l.Close()
	}
	state := t.TempDir()
	t.Setenv("NEO4J_STATE_DIR", state)
	t.Setenv("NEO4J_PORT", strconv.Itoa(port))
	t.Setenv("NEO4J_KEEP_STORE", "0")
	script := filepath.Join(root, "scripts/neo4j.sh")
	var out bytes.Buffer
	if err := files.RunImport(context.Background(), []string{"bash", script, "admin"}, "neo4j", &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	start := exec.Command("bash", script, "start")
	start.Stderr = &out
	if err := start.Run(); err != nil {
		t.Fatalf("start: %v\n%s", err, out.String())
	}
	t.Cleanup(func() {
		stop := exec.Command("bash", script, "stop")
		stop.Env = append(os.Environ(), "NEO4J_STATE_DIR="+state)
		_ = stop.Run()
	})
	c := testConfig()
	c.URI = fmt.Sprintf("bolt://127.0.0.1:%d", port)
	c.User, c.Password, c.Database = "", "", "neo4j"
	return c
}

// rawContents lists every node and relationship of a database with all
// its properties, an absent list property reading as an empty list (the
// one difference bulk import makes, see neo4j/bulk.go).
func rawContents(t *testing.T, c neo4j.Config) []string {
	t.Helper()
	ctx := context.Background()
	d := openDriver(t, c)
	var out []string
	for _, q := range []string{
		"MATCH (n) RETURN labels(n) AS k, properties(n) AS p",
		"MATCH (a)-[r]->(b) RETURN [type(r), coalesce(a.id, ''), coalesce(b.id, '')] AS k, properties(r) AS p",
	} {
		res, err := driver.ExecuteQuery(ctx, d, q, nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(c.Database))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res.Records {
			k, _ := r.Get("k")
			p, _ := r.Get("p")
			props := p.(map[string]any)
			for _, f := range []string{"aliases", "milestones_free", "milestones", "ev_doc", "ev", "rel_ids", "rel_from", "rel_to"} {
				if v, ok := props[f]; ok && v != nil {
					if l, ok := v.([]any); ok && len(l) == 0 {
						delete(props, f)
					}
				}
			}
			b, _ := json.Marshal([]any{k, props})
			out = append(out, string(b))
		}
	}
	slices.Sort(out)
	return out
}

// TestBulkLoad loads the same graph through Load and through the CSV files
// and neo4j-admin into a server of its own, and compares both stores: what
// the API reads and every property. Then it reloads a changed document
// into both with Load: replacing a bulk-loaded document must work too.
func TestBulkLoad(t *testing.T) {
	normalCfg := testConfig()
	normal := openStore(t, normalCfg)
	g := kg.Merge(storetest.Both(), syntheticGraph(12, 30, 0))
	// Fields the writer must quote (a comma, a quote, spaces at the ends,
	// an empty alias) next to the many it leaves bare.
	doc := g.Documents[0].ID
	g.Entities = append(g.Entities, kg.Entity{ID: "park:quote-test", Type: kg.Park, Name: ` 园区 "甲,乙" `, Pinyin: "yuanqu",
		Aliases: []string{"a,b", `"q"`, " lead", "plain"}, Mentions: 1, MentionsByDocument: map[string]int{doc: 1}})
	load(t, normal, g)

	// Written in parts, as a large graph is: several relationship and
	// document files.
	defer neo4j.SetMinRelationPart(1)()
	files, err := neo4j.WriteGraphCSV(g, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	bulkCfg := bulkServer(t, files)
	bulk, err := neo4j.Open(ctx, bulkCfg)
	if err != nil {
		t.Fatal(err)
	}
	defer bulk.Close(ctx)
	if err := bulk.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}

	want, got := takeSnapshot(t, normal), takeSnapshot(t, bulk)
	if want.counts() != got.counts() || want.digest(t) != got.digest(t) {
		t.Fatalf("bulk load differs from Load:\n Load: %s\n bulk: %s", want.counts(), got.counts())
	}
	if files.Relations != len(want.Relations) || files.Entities != len(want.Entities) || files.Documents != len(want.Documents) {
		t.Errorf("files say %d documents, %d entities, %d relations; the store holds %s",
			files.Documents, files.Entities, files.Relations, want.counts())
	}
	if a, b := rawContents(t, normalCfg), rawContents(t, bulkCfg); !slices.Equal(a, b) {
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("raw contents differ (%d vs %d rows), first difference:\n Load: %s\n bulk: %s", len(a), len(b), a[i], b[i])
			}
		}
		t.Fatalf("raw contents differ: %d vs %d rows", len(a), len(b))
	}
	checkStoredDegrees(t, normalCfg, "Load")
	checkStoredDegrees(t, bulkCfg, "bulk load")
	t.Logf("bulk load matches Load: %s", want.counts())

	v2 := storetest.PingxiangV2()
	load(t, normal, v2)
	load(t, bulk, v2)
	if want, got := takeSnapshot(t, normal), takeSnapshot(t, bulk); want.digest(t) != got.digest(t) {
		t.Fatalf("after reloading a changed document: Load %s, bulk %s", want.counts(), got.counts())
	}
	checkStoredDegrees(t, normalCfg, "Load, then a changed document")
	checkStoredDegrees(t, bulkCfg, "bulk load, then a changed document")
}

// TestWriteGraphCSVRefuses checks that what the import tool would cut is
// refused: a newline in a field, an end missing from the graph.
func TestWriteGraphCSVRefuses(t *testing.T) {
	g := storetest.Pingxiang()
	g.Documents[0].Title = "第一行\n第二行"
	if _, err := neo4j.WriteGraphCSV(g, t.TempDir()); kg.ErrorCode(err) != kg.EINVALID {
		t.Errorf("newline in a title: got %v, want EINVALID", err)
	}
	g = storetest.Pingxiang()
	g.Entities = g.Entities[1:]
	if _, err := neo4j.WriteGraphCSV(g, t.TempDir()); err == nil {
		t.Errorf("graph without one of its relation ends: no error")
	}
}

// TestWriteGraphCSVPaths checks that a graph with duplicate entries
// (merged through planLoad), the same graph without them (streamed
// directly) and the same written in parallel parts (as a large graph is)
// give the same rows.
func TestWriteGraphCSVPaths(t *testing.T) {
	g := kg.Merge(storetest.Both(), syntheticGraph(5, 20, 0))
	dup := *g
	dup.Entities = append(slices.Clone(g.Entities), g.Entities[0])
	dup.Relations = append(slices.Clone(g.Relations), g.Relations[len(g.Relations)-1])
	a, err := neo4j.WriteGraphCSV(g, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	b, err := neo4j.WriteGraphCSV(&dup, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	restore := neo4j.SetMinRelationPart(1)
	c, err := neo4j.WriteGraphCSV(g, t.TempDir())
	restore()
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOMAXPROCS(0) > 1 && (len(c.Relationships) < 2 || len(c.Nodes["Document"]) < 2) {
		t.Errorf("written in parts: %d relationship files, %d document files; want several", len(c.Relationships), len(c.Nodes["Document"]))
	}
	// The rows with each node number replaced by the node's id: the two
	// writers number the nodes in different orders.
	rows := func(f *neo4j.BulkFiles) map[string][]string {
		read := func(p string) [][]string {
			fh, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer fh.Close()
			r := csv.NewReader(fh)
			r.FieldsPerRecord = -1
			r.LazyQuotes = true
			recs, err := r.ReadAll()
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			return recs
		}
		ids := map[string]map[string]string{"Entity": {}, "Document": {}}
		out := map[string][]string{}
		for labels, paths := range f.Nodes {
			group := "Entity"
			if labels == "Document" {
				group = "Document"
			}
			var lines []string
			for _, p := range paths {
				for _, rec := range read(p)[1:] { // the header is left out
					ids[group][rec[0]] = rec[1]
					lines = append(lines, strings.Join(rec[1:], ","))
				}
			}
			slices.Sort(lines)
			out[labels] = lines
		}
		type relFile struct{ path, endGroup, name string }
		var rfs []relFile
		for _, p := range f.Relationships {
			rfs = append(rfs, relFile{p, "Entity", "relations"})
		}
		rfs = append(rfs, relFile{f.Mentions, "Document", "mentions"})
		for _, rf := range rfs {
			var lines []string
			for _, rec := range read(rf.path)[1:] {
				rec[0], rec[1] = ids["Entity"][rec[0]], ids[rf.endGroup][rec[1]]
				lines = append(lines, strings.Join(rec, ","))
			}
			out[rf.name] = append(out[rf.name], lines...)
		}
		for name := range out {
			slices.Sort(out[name])
		}
		return out
	}
	ra := rows(a)
	for _, other := range []struct {
		name  string
		files *neo4j.BulkFiles
	}{{"the merging writer", b}, {"the writer in parts", c}} {
		rb := rows(other.files)
		if len(ra) != len(rb) {
			t.Fatalf("%d groups of rows against %d from %s", len(ra), len(rb), other.name)
		}
		for name, la := range ra {
			if !slices.Equal(la, rb[name]) {
				t.Errorf("%s differs between the direct writer and %s (%d and %d rows)", name, other.name, len(la), len(rb[name]))
			}
		}
	}
}

// TestCSVWriterActualIDs: the import tool is given the numbers as node ids
// (--id-type=actual) only when they are dense and each written once as a
// node row; otherwise it keeps its id map, which reports a relation end
// that no node has instead of storing a dangling relationship.
func TestCSVWriterActualIDs(t *testing.T) {
	idType := func(f *neo4j.BulkFiles) string {
		for _, a := range f.ImportArgs("neo4j") {
			if strings.HasPrefix(a, "--id-type=") {
				return a
			}
		}
		return ""
	}
	g := kg.Merge(storetest.Both(), syntheticGraph(12, 30, 0))
	f, err := neo4j.WriteGraphCSV(g, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if !f.ActualIDs || idType(f) != "--id-type=actual" {
		t.Errorf("a whole graph: ActualIDs %v, %s; want actual ids", f.ActualIDs, idType(f))
	}
	for name, write := range map[string]func(w *neo4j.CSVWriter) error{
		"end without a node": func(w *neo4j.CSVWriter) error {
			if err := w.Entity(&neo4j.BulkEntity{ID: "park:a", Type: kg.Park, Name: "甲"}); err != nil {
				return err
			}
			return w.Relation(kg.LocatedIn, kg.RelationID(kg.LocatedIn, "park:a", "city:b"), "park:a", "city:b", nil, nil, true)
		},
		"node written twice": func(w *neo4j.CSVWriter) error {
			for range 2 {
				if err := w.Entity(&neo4j.BulkEntity{ID: "park:a", Type: kg.Park, Name: "甲"}); err != nil {
					return err
				}
			}
			return nil
		},
	} {
		w, err := neo4j.NewCSVWriter(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		if err := write(w); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		f, err := w.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.ActualIDs || idType(f) != "--id-type=integer" {
			t.Errorf("%s: ActualIDs %v, %s; want integer ids", name, f.ActualIDs, idType(f))
		}
	}
}
