package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"time"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/explore"
	"github.com/cnplan/kg/graph"
	"github.com/cnplan/kg/inmem"
	"github.com/cnplan/kg/neo4j"
)

const serveUsage = `usage: kg serve [flags] [FILE|DIR|FILE.jsonl ...]

Serves the graph over GraphQL: GraphiQL at /, the API at /query, a health
check at /healthz, the explorer page at /explore, and the exports of 'kg export' at /export/graphml,
/export/gexf, /export/cytoscape, /export/nodes.csv and /export/edges.csv
(query parameters around, hops, from, to).

By default the graph lives in an embedded in-memory store loaded from the
arguments (documents, folders of documents, JSON Lines from kg extract), or
from ./seeds when there are none. With --neo4j (or NEO4J_URI) it serves the
Neo4j database instead; load that with 'kg load'.

flags:
`

// defaultSeeds is the folder loaded when kg serve gets no arguments.
const defaultSeeds = "seeds"

// errNothingLoaded is loadStore's error when every input failed.
var errNothingLoaded = errors.New("none of the inputs could be read (see above); not serving an empty graph")

// runServe runs the GraphQL server until ctx is cancelled (SIGINT, SIGTERM).
func runServe(ctx context.Context, args []string, env environ) int {
	cfg := graph.DefaultConfig()
	fs := flag.NewFlagSet("kg serve", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		fmt.Fprint(env.stderr, serveUsage)
		fs.PrintDefaults()
	}
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	uri := fs.String("neo4j", env.getenv("NEO4J_URI"), "Neo4j Bolt URI, e.g. bolt://127.0.0.1:7687 (default $NEO4J_URI; empty: embedded store)")
	user := fs.String("user", env.getenv("NEO4J_USER"), "Neo4j user (default $NEO4J_USER)")
	password := fs.String("password", env.getenv("NEO4J_PASSWORD"), "Neo4j password (default $NEO4J_PASSWORD)")
	database := fs.String("database", env.getenv("NEO4J_DATABASE"), "Neo4j database (default $NEO4J_DATABASE, else neo4j)")
	fs.IntVar(&cfg.MaxDepth, "max-depth", cfg.MaxDepth, "deepest selection set of a query")
	fs.IntVar(&cfg.MaxComplexity, "max-complexity", cfg.MaxComplexity, "highest complexity of a query")
	fs.IntVar(&cfg.MaxPageSize, "max-page-size", cfg.MaxPageSize, "cap on first, limit, top and seed ids")
	fs.IntVar(&cfg.MaxHops, "max-hops", cfg.MaxHops, "cap on hops, maxHops and depth")
	fs.IntVar(&cfg.MaxNodes, "max-nodes", cfg.MaxNodes, "cap on maxNodes and maxEdges")
	fs.IntVar(&cfg.MaxPaths, "max-paths", cfg.MaxPaths, "cap on maxPaths")
	fs.DurationVar(&cfg.Timeout, "timeout", cfg.Timeout, "time limit of one request")
	fs.Int64Var(&cfg.MaxBodyBytes, "max-body-bytes", cfg.MaxBodyBytes, "largest request body")
	fs.Int64Var(&cfg.MaxResponseBytes, "max-response-bytes", cfg.MaxResponseBytes, "largest response data")
	fs.IntVar(&cfg.MaxInFlight, "max-in-flight", cfg.MaxInFlight, "requests executed at once; more wait")
	fs.IntVar(&cfg.GCPercent, "gc-percent", cfg.GCPercent, "garbage collector target percentage (Go's GOGC; the environment's GOGC wins)")
	fs.Int64Var(&cfg.MemoryLimit, "memory-limit", cfg.MemoryLimit, "soft memory limit of the process in bytes, 0 for none (GOMEMLIMIT wins)")
	procs := fs.Int("procs", -1, "threads running Go code at once (GOMAXPROCS, which wins); default: half the cores when Neo4j is on this machine's loopback, else all")
	fs.IntVar(&cfg.LoneProcs, "lone-procs", 1, "threads running Go code while requests come one at a time, 0 for as many as --procs (GOMAXPROCS in the environment turns this off)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	cfg.MaxProcs = max(*procs, 0)
	if env.getenv("GOMAXPROCS") != "" {
		cfg.LoneProcs = 0 // the environment wins, as for --procs
	}
	if *procs < 0 && loopback(*uri) {
		// kg and the database share the cores: one thread per request hop
		// fewer handoffs between cores (docs/benchmarks.md, peer comparison).
		cfg.MaxProcs = max(1, runtime.NumCPU()/2)
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintf(env.stderr, "kg serve: %v\n", err)
		return exitUsage
	}
	log := slog.New(slog.NewTextHandler(env.stderr, nil))

	store, status, ok := openStore(ctx, env, "kg serve", "the server", fs,
		neo4j.Config{URI: *uri, User: *user, Password: *password, Database: *database})
	if !ok {
		return status
	}
	if *uri != "" {
		fmt.Fprintf(env.stderr, "kg serve: serving Neo4j at %s\n", *uri)
	}
	defer func() {
		cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if err := store.Close(cctx); err != nil {
			fmt.Fprintf(env.stderr, "kg serve: closing the store: %v\n", err)
		}
	}()

	fmt.Fprintf(env.stderr, "kg serve: runtime: %s lone-procs=%d\n", cfg.ApplyRuntime(), cfg.LoneProcs)
	api, err := graph.NewServer(store, cfg, log)
	if err != nil {
		fmt.Fprintf(env.stderr, "kg serve: %v\n", err)
		return exitFailure
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(env.stderr, "kg serve: %v\n", err)
		return exitFailure
	}
	mux := http.NewServeMux()
	mux.Handle("/", api.Handler())
	mux.Handle("/export/", exportHandler(store))
	mux.Handle("/explore", explore.Handler())
	mux.Handle("/explore/", explore.Handler())
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       cfg.Timeout + 10*time.Second,
		WriteTimeout:      cfg.Timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(env.stderr, "kg serve: GraphiQL at http://%s/ , explorer at http://%s/explore , API at http://%s/query (limits: %s)\n",
		ln.Addr(), ln.Addr(), ln.Addr(), cfg)

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		fmt.Fprintf(env.stderr, "kg serve: %v\n", err)
		return exitFailure
	case <-ctx.Done():
	}
	fmt.Fprintln(env.stderr, "kg serve: shutting down")
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.Timeout+time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		fmt.Fprintf(env.stderr, "kg serve: shutdown: %v\n", err)
		return exitFailure
	}
	return status
}

// loadOutcome turns what loading the embedded store returned into an exit
// status, saying why on stderr: inputs that failed give exitPartial (1), and
// when none loaded the command stops there (ok false), as it does on any
// other error (exitFailure).
func loadOutcome(cmd string, failed int, err error, env environ) (status int, ok bool) {
	switch {
	case errors.Is(err, errNothingLoaded):
		fmt.Fprintf(env.stderr, "%s: %v\n", cmd, err)
		return exitPartial, false
	case err != nil:
		fmt.Fprintf(env.stderr, "%s: %v\n", cmd, err)
		return exitFailure, false
	case failed > 0:
		return exitPartial, true
	}
	return exitOK, true
}

// loadStore returns an in-memory store loaded from paths, or from ./seeds
// when paths is empty; failed counts the inputs that could not be read (the
// rest is loaded). Its messages name the command cmd.
func loadStore(ctx context.Context, cmd string, paths []string, env environ) (kg.Store, int, error) {
	store := inmem.New()
	if len(paths) == 0 {
		if st, err := os.Stat(defaultSeeds); err != nil || !st.IsDir() {
			fmt.Fprintf(env.stderr, "%s: warning: no inputs and no ./%s folder; serving an empty graph\n", cmd, defaultSeeds)
			return store, 0, nil
		}
		paths = []string{defaultSeeds}
	}
	start := time.Now()
	g, failed, err := readGraph(ctx, paths, env)
	if err != nil {
		return nil, 0, err
	}
	if failed > 0 && len(g.Documents) == 0 && len(g.Entities) == 0 {
		// Nothing could be read: serving an empty graph would hide it.
		return nil, failed, errNothingLoaded
	}
	st, err := store.Load(ctx, g)
	var skipped *kg.SkippedError
	if errors.As(err, &skipped) {
		// The ontology forbids these records; the rest is loaded.
		for _, msg := range skipped.Skipped {
			fmt.Fprintf(env.stderr, "%s: warning: %s\n", cmd, msg)
		}
		failed += len(skipped.Skipped)
	} else if err != nil {
		return nil, 0, fmt.Errorf("loading the embedded store: %w", err)
	}
	fmt.Fprintf(env.stderr, "%s: loaded %d documents, %d entities, %d relations, %d pieces of evidence in %s\n",
		cmd, st.Documents, st.Entities, st.Relations, st.Evidence, time.Since(start).Round(time.Millisecond))
	if failed > 0 {
		fmt.Fprintf(env.stderr, "%s: warning: %d inputs or records could not be loaded; using the rest\n", cmd, failed)
	}
	return store, failed, nil
}

// loopback tells whether uri names a server on this machine's loopback.
func loopback(uri string) bool {
	u, err := url.Parse(uri)
	if err != nil || uri == "" {
		return false
	}
	switch h := u.Hostname(); h {
	case "localhost", "127.0.0.1", "::1":
		return true
	}
	return false
}
