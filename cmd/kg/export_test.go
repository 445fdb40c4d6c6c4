package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportCommand(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	dir := t.TempDir()
	out := filepath.Join(dir, "p.gexf")
	code, _, errs := runKG(t, "export", "--format", "gexf", "--around", "region:360300", "--hops", "1", "--out", out, "../../seeds")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	b, _ := os.ReadFile(out)
	for _, want := range []string{`<gexf xmlns="http://gexf.net/1.3"`, `label="萍乡市"`, "<spell start=", `kind="DOCKS_WITH"`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("export lacks %q", want)
		}
	}
	for _, want := range []string{"kg export: loaded 5 documents", " nodes\n", " edges\n", "wrote " + out} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}

	code, _, errs = runKG(t, "export", "--format", "csv", "--out", dir, "--from", "2019", "--to", "2019", "../../seeds")
	if code != exitOK {
		t.Fatalf("csv: exit %d: %s", code, errs)
	}
	f, _ := os.Open(filepath.Join(dir, "edges.csv"))
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) < 2 {
		t.Fatalf("edges.csv: %v, %d rows", err, len(rows))
	}
	for _, r := range rows[1:] {
		if r[len(r)-1] != "2019" {
			t.Errorf("--from 2019 --to 2019 gave an edge of years %q", r[len(r)-1])
		}
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export"}, "--format is required"},
		{[]string{"export", "--format", "pdf"}, "unknown export format"},
		{[]string{"export", "--format", "csv"}, "--out DIR"},
		{[]string{"export", "--format", "gexf", "--hops", "2"}, "hops needs around"},
		{[]string{"export", "--format", "gexf", "--from", "2020", "--to", "2019"}, "is empty"},
		{[]string{"export", "--format", "gexf", "--around", "region:999999", "../../seeds"}, "region:999999"},
	} {
		code, _, errs := runKG(t, c.args...)
		if code != exitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errs, exitUsage, c.want)
		}
	}
}

func TestExportEndpoints(t *testing.T) {
	var errb bytes.Buffer
	store, _, err := loadStore(context.Background(), "test", []string{"../../seeds"}, environ{stderr: &errb, getenv: os.Getenv})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(exportHandler(store))
	defer srv.Close()
	get := func(path string) (int, string, string) {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, res.Header.Get("Content-Type"), string(b)
	}
	code, ct, body := get("/export/cytoscape?around=region:360300&hops=1")
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if code != 200 || ct != "application/json" || json.Unmarshal([]byte(body), &doc) != nil || len(doc.Elements.Nodes) < 5 {
		t.Fatalf("cytoscape: %d %s %.300s", code, ct, body)
	}
	if code, _, body := get("/export/graphml"); code != 200 || !strings.Contains(body, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"`) {
		t.Errorf("graphml: %d %.300s", code, body)
	}
	if code, _, body := get("/export/gexf?from=2019&to=2019"); code != 200 || !strings.Contains(body, `<spell start="2019" end="2019">`) || strings.Contains(body, `<spell start="2021"`) {
		t.Errorf("gexf 2019: %d %.300s", code, body)
	}
	if code, ct, body := get("/export/edges.csv"); code != 200 || !strings.HasPrefix(ct, "text/csv") || !strings.HasPrefix(body, "id,source,target,weight,") {
		t.Errorf("edges.csv: %d %s %.100s", code, ct, body)
	}
	if code, _, body := get("/export/nodes.csv"); code != 200 || !strings.HasPrefix(body, "id,label,type,") {
		t.Errorf("nodes.csv: %d %.100s", code, body)
	}
	for path, want := range map[string]int{
		"/export/pdf":                              404,
		"/export/csv":                              404,
		"/export/gexf?around=region:999999":        404,
		"/export/gexf?hops=x":                      400,
		"/export/gexf?hops=2":                      400,
		"/export/gexf?from=2020&to=2019":           400,
		"/export/gexf?around=region:360300&hops=9": 400,
	} {
		if code, _, body := get(path); code != want {
			t.Errorf("%s: %d, want %d: %s", path, code, want, body)
		}
	}
}
