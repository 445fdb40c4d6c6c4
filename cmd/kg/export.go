package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/export"
	"github.com/cnplan/kg/neo4j"
)

const exportUsage = `usage: kg export --format graphml|gexf|cytoscape|csv [flags] [FILE|DIR|FILE.jsonl ...]

Writes the graph, or the neighbourhood of one entity (--around ID --hops N),
for network tools: GraphML, GEXF 1.3 (Gephi; edge spells give the years of
the evidence documents, so the timeline plays), Cytoscape JSON (.cyjs,
Cytoscape.js and Cytoscape desktop) or CSV (nodes.csv and edges.csv in the
--out folder). --from/--to keep only relations with evidence from documents
dated in those years (and only that evidence).

Inputs are those of 'kg serve': documents, folders and JSON Lines into the
embedded store (default ./seeds), or the Neo4j database of --neo4j
(NEO4J_URI). The output streams; progress goes to stderr.

flags:
`

// runExport is 'kg export'.
func runExport(ctx context.Context, args []string, env environ) int {
	fs := flag.NewFlagSet("kg export", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		fmt.Fprint(env.stderr, exportUsage)
		fs.PrintDefaults()
	}
	format := fs.String("format", "", "graphml, gexf, cytoscape or csv (required)")
	around := fs.String("around", "", "export the neighbourhood of this entity id (e.g. region:360300) instead of the whole graph")
	hops := fs.Int("hops", 0, "with --around: how many edges away to go (default 1, at most 4)")
	from := fs.Int("from", 0, "only relations with evidence from documents dated in this year or later")
	to := fs.Int("to", 0, "only relations with evidence from documents dated in this year or earlier")
	out := fs.String("out", "", "output file (default standard output); for csv a folder (required)")
	uri := fs.String("neo4j", env.getenv("NEO4J_URI"), "Neo4j Bolt URI (default $NEO4J_URI; empty: embedded store)")
	user := fs.String("user", env.getenv("NEO4J_USER"), "Neo4j user (default $NEO4J_USER)")
	password := fs.String("password", env.getenv("NEO4J_PASSWORD"), "Neo4j password (default $NEO4J_PASSWORD)")
	database := fs.String("database", env.getenv("NEO4J_DATABASE"), "Neo4j database (default $NEO4J_DATABASE, else neo4j)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	f, err := export.ParseFormat(*format)
	if *format == "" {
		err = kg.Errorf(kg.EINVALID, "--format is required: graphml, gexf, cytoscape or csv")
	}
	if err != nil {
		fmt.Fprintf(env.stderr, "kg export: %s\n", kg.ErrorMessage(err))
		return exitUsage
	}
	if f == export.CSV && *out == "" {
		fmt.Fprintln(env.stderr, "kg export: --format csv writes nodes.csv and edges.csv: give the folder with --out DIR")
		return exitUsage
	}
	opts := export.Options{Around: *around, Hops: *hops, Time: kg.TimeFilter{FromYear: *from, ToYear: *to}, Every: 1000,
		Progress: func(part string, n int) { fmt.Fprintf(env.stderr, "kg export: %d %s\n", n, part) }}
	if err := opts.Check(); err != nil {
		fmt.Fprintf(env.stderr, "kg export: %s\n", kg.ErrorMessage(err))
		return exitUsage
	}

	store, status, ok := openStore(ctx, env, "kg export", "the export", fs,
		neo4j.Config{URI: *uri, User: *user, Password: *password, Database: *database})
	if !ok {
		return status
	}
	defer func() {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		store.Close(cctx)
	}()

	meta := "kg export --format " + string(f)
	var w, edges io.Writer = env.stdout, io.Discard
	var files []*os.File
	switch {
	case f == export.CSV:
		if err := os.MkdirAll(*out, 0o755); err != nil {
			fmt.Fprintf(env.stderr, "kg export: %v\n", err)
			return exitFailure
		}
		for _, name := range []string{"nodes.csv", "edges.csv"} {
			fh, err := os.Create(filepath.Join(*out, name))
			if err != nil {
				fmt.Fprintf(env.stderr, "kg export: %v\n", err)
				return exitFailure
			}
			files = append(files, fh)
		}
		w, edges = files[0], files[1]
	case *out != "":
		fh, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(env.stderr, "kg export: %v\n", err)
			return exitFailure
		}
		files = append(files, fh)
		w = fh
	}
	err = export.Write(ctx, store, opts, f, w, edges, meta)
	for _, fh := range files {
		if cerr := fh.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(env.stderr, "kg export: %s\n", kg.ErrorMessage(err))
		if kg.ErrorCode(err) == kg.EINVALID || kg.ErrorCode(err) == kg.ENOTFOUND {
			return exitUsage
		}
		return exitFailure
	}
	if *out != "" {
		fmt.Fprintf(env.stderr, "kg export: wrote %s\n", *out)
	}
	return status
}

// exportHandler serves /export/{graphml,gexf,cytoscape,nodes.csv,edges.csv}
// with the query parameters around, hops, from and to, streaming from
// store. Bad parameters are 400, an unknown id 404.
func exportHandler(store kg.Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "GET only", http.StatusMethodNotAllowed)
			return
		}
		name := r.URL.Path[len("/export/"):]
		var f export.Format
		csvPart := ""
		switch name {
		case "nodes.csv", "edges.csv":
			f, csvPart = export.CSV, name
		default:
			var err error
			if f, err = export.ParseFormat(name); err != nil || f == export.CSV {
				http.Error(w, "unknown export: use /export/graphml, /export/gexf, /export/cytoscape, /export/nodes.csv or /export/edges.csv", http.StatusNotFound)
				return
			}
		}
		q := r.URL.Query()
		num := func(k string) (int, error) {
			if q.Get(k) == "" {
				return 0, nil
			}
			n, err := strconv.Atoi(q.Get(k))
			if err != nil {
				return 0, fmt.Errorf("%s must be a whole number, got %q", k, q.Get(k))
			}
			return n, nil
		}
		opts := export.Options{Around: q.Get("around")}
		var errs []error
		var err error
		opts.Hops, err = num("hops")
		errs = append(errs, err)
		opts.Time.FromYear, err = num("from")
		errs = append(errs, err)
		opts.Time.ToYear, err = num("to")
		errs = append(errs, err)
		errs = append(errs, opts.Check())
		if err := errors.Join(errs...); err != nil {
			http.Error(w, kg.ErrorMessage(err), http.StatusBadRequest)
			return
		}
		if opts.Around != "" {
			if _, err := store.Entity(r.Context(), opts.Around); err != nil {
				if kg.ErrorCode(err) == kg.ENOTFOUND {
					http.Error(w, kg.ErrorMessage(err), http.StatusNotFound)
				} else {
					http.Error(w, "the store could not be read", http.StatusServiceUnavailable)
				}
				return
			}
		}
		ext := f.Ext()
		file := "kg" + ext
		if csvPart != "" {
			file = csvPart
		}
		w.Header().Set("Content-Type", f.ContentType())
		w.Header().Set("Content-Disposition", `attachment; filename="`+file+`"`)
		if r.Method == http.MethodHead {
			return
		}
		out, edges := io.Writer(w), io.Discard
		if csvPart == "edges.csv" {
			out, edges = io.Discard, w
		}
		// Headers are sent with the first bytes: a failure after that can
		// only cut the body short, which the client sees as a broken stream.
		if err := export.Write(r.Context(), store, opts, f, out, edges, "kg serve "+r.URL.RequestURI()); err != nil {
			fmt.Fprintf(os.Stderr, "kg serve: export %s: %v\n", r.URL.RequestURI(), err)
		}
	})
}
