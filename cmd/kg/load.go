package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/neo4j"
)

const loadUsage = `usage: kg load [flags] FILE|DIR...

Loads documents (run through the extractor) and/or .jsonl files written by
'kg extract' into Neo4j. Each document replaces what an earlier load of the
same document id stored; loading the same input twice changes nothing, and a
load that is interrupted and run again ends with the same graph.

With --bulk, the graph goes into an EMPTY database through Neo4j's import
tool instead: kg writes it as CSV files, runs 'neo4j-admin database import
full' (which replaces the database; the server must be stopped, as
Community cannot stop one database), runs the --start command if given, and
creates the constraints and indexes over Bolt. With the local server:

  bash scripts/neo4j.sh stop
  kg load --bulk --neo4j-admin 'bash scripts/neo4j.sh admin' \
    --start 'bash scripts/neo4j.sh start' plans.jsonl

Flags (the environment variable in brackets is the default):
`

// runLoad is 'kg load': read the inputs into one graph, ensure the schema,
// load it, report progress and a summary on stderr.
func runLoad(ctx context.Context, args []string, env environ) int {
	fs := flag.NewFlagSet("kg load", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	uri := fs.String("neo4j", envOr(env, "NEO4J_URI", neo4j.DefaultURI), "Neo4j Bolt URI [NEO4J_URI]")
	user := fs.String("user", env.getenv("NEO4J_USER"), "Neo4j user; empty for no authentication [NEO4J_USER]")
	password := fs.String("password", env.getenv("NEO4J_PASSWORD"), "Neo4j password [NEO4J_PASSWORD]")
	database := fs.String("database", envOr(env, "NEO4J_DATABASE", neo4j.DefaultDatabase), "Neo4j database [NEO4J_DATABASE]")
	batch := fs.Int("batch", neo4j.DefaultBatchSize, "rows per write transaction (whole documents are never split)")
	writers := fs.Int("writers", neo4j.DefaultWriters, "concurrent document transactions")
	bulk := fs.Bool("bulk", false, "initial load into an empty database through neo4j-admin database import (replaces the database)")
	admin := fs.String("neo4j-admin", envOr(env, "NEO4J_ADMIN", "neo4j-admin"), "--bulk: the neo4j-admin command, split at spaces [NEO4J_ADMIN]")
	csvDir := fs.String("csv-dir", "", "--bulk: write the CSV files here and keep them (default: a temporary folder, removed)")
	startCmd := fs.String("start", "", "--bulk: command that starts the server after the import, split at spaces (default: none; the server must then be started by hand and 'kg load --schema-only' run)")
	schemaOnly := fs.Bool("schema-only", false, "create the constraints and indexes, load nothing")
	fs.Usage = func() {
		fmt.Fprint(env.stderr, loadUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if *schemaOnly {
		return loadSchemaOnly(ctx, env, neo4j.Config{URI: *uri, User: *user, Password: *password, Database: *database})
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.stderr, "kg load: no input files or folders")
		fs.Usage()
		return exitUsage
	}
	if *batch < 1 || *writers < 1 {
		fmt.Fprintf(env.stderr, "kg load: --batch and --writers must be positive, got %d and %d\n", *batch, *writers)
		return exitUsage
	}

	if err := neo4j.CheckURI(*uri); err != nil {
		fmt.Fprintf(env.stderr, "kg load: %s\n", kg.ErrorMessage(err))
		return exitUsage
	}
	if *bulk {
		return runBulkLoad(ctx, env, fs.Args(), bulkOptions{admin: strings.Fields(*admin), csvDir: *csvDir,
			start: strings.Fields(*startCmd), cfg: neo4j.Config{URI: *uri, User: *user, Password: *password, Database: *database}})
	}

	start := time.Now()
	// Connect first: an unreachable server should not wait for extraction.
	s := openWithSchema(ctx, env, neo4j.Config{
		URI: *uri, User: *user, Password: *password, Database: *database, BatchSize: *batch, Writers: *writers,
		Progress: func(p neo4j.Progress) {
			fmt.Fprintf(env.stderr, "kg load: batch %d: %s %d/%d\n", p.Batches, p.Phase, p.Done, p.Total)
		},
	}, "")
	if s == nil {
		return exitFailure
	}
	defer s.Close(context.WithoutCancel(ctx))
	g, failed, err := readGraph(ctx, fs.Args(), env)
	if err != nil {
		fmt.Fprintf(env.stderr, "kg load: %v\n", err)
		return exitFailure
	}
	fmt.Fprintf(env.stderr, "kg load: read %d documents, %d entities, %d relations (%d inputs failed)\n",
		len(g.Documents), len(g.Entities), len(g.Relations), failed)
	st, err := s.Load(ctx, g)
	if skippedInputs(env, err) {
		failed++
	} else if err != nil {
		if kg.ErrorCode(err) == kg.EINVALID {
			fmt.Fprintf(env.stderr, "kg load: the input is not a valid graph, nothing was written: %s\n", kg.ErrorMessage(err))
		} else {
			fmt.Fprintf(env.stderr, "kg load: %v\n", err)
		}
		return exitFailure
	}
	fmt.Fprintf(env.stderr, "kg load: done: %d documents, %d entities, %d relations, %d evidence in %s s\n",
		st.Documents, st.Entities, st.Relations, st.Evidence,
		strconv.FormatFloat(time.Since(start).Seconds(), 'f', 1, 64))
	if failed > 0 {
		return exitPartial
	}
	return exitOK
}

// envOr returns the environment variable k, or def when it is empty.
func envOr(env environ, k, def string) string {
	if v := env.getenv(k); v != "" {
		return v
	}
	return def
}

// skippedInputs prints what a load left out and reports whether that was
// all err says (kg.SkippedError: the rest is loaded).
func skippedInputs(env environ, err error) bool {
	var skipped *kg.SkippedError
	if !errors.As(err, &skipped) {
		return false
	}
	for _, msg := range skipped.Skipped {
		fmt.Fprintf(env.stderr, "kg load: %s\n", msg)
	}
	return true
}
