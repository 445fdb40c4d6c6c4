package main

import (
	"context"
	"fmt"
	"os"
	osexec "os/exec"
	"time"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/neo4j"
)

type bulkOptions struct {
	admin  []string
	csvDir string
	start  []string
	cfg    neo4j.Config
}

// runBulkLoad is 'kg load --bulk': inputs into one graph, the graph into
// CSV files, the files into an empty database with neo4j-admin, then the
// schema over Bolt. It reports the time of each phase on stderr.
func runBulkLoad(ctx context.Context, env environ, inputs []string, o bulkOptions) int {
	t0 := time.Now()
	g, failed, err := readGraph(ctx, inputs, env)
	if err != nil {
		fmt.Fprintf(env.stderr, "kg load: %v\n", err)
		return exitFailure
	}
	tRead := time.Now()
	dir := o.csvDir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "kg-bulk-"); err != nil {
			fmt.Fprintf(env.stderr, "kg load: %v\n", err)
			return exitFailure
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(env.stderr, "kg load: %v\n", err)
		return exitFailure
	}
	files, err := neo4j.WriteGraphCSV(g, dir)
	if skippedInputs(env, err) {
		failed++
	} else if err != nil {
		fmt.Fprintf(env.stderr, "kg load: the input cannot be bulk loaded, nothing was written: %s\n", kg.ErrorMessage(err))
		return exitFailure
	}
	g = nil
	tCSV := time.Now()
	fmt.Fprintf(env.stderr, "kg load: wrote %d documents, %d entities, %d relations, %d evidence, %d mentions as CSV in %s in %.1f s\n",
		files.Documents, files.Entities, files.Relations, files.Evidence, files.MentionRows, dir, tCSV.Sub(tRead).Seconds())
	if err := files.RunImport(ctx, o.admin, o.cfg.Database, os.Stderr); err != nil {
		fmt.Fprintf(env.stderr, "kg load: %v\n", err)
		return exitFailure
	}
	tImport := time.Now()
	fmt.Fprintf(env.stderr, "kg load: imported in %.1f s\n", tImport.Sub(tCSV).Seconds())
	if len(o.start) > 0 {
		cmd := osexec.CommandContext(ctx, o.start[0], o.start[1:]...)
		cmd.Stdout, cmd.Stderr = env.stderr, env.stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintf(env.stderr, "kg load: starting the server with %v: %v\n", o.start, err)
			return exitFailure
		}
	}
	tStart := time.Now()
	s := openWithSchema(ctx, env, o.cfg, "; the import is done: start the server on the imported database, then run 'kg load --schema-only'")
	if s == nil {
		return exitFailure
	}
	defer s.Close(context.WithoutCancel(ctx))
	tSchema := time.Now()
	fmt.Fprintf(env.stderr, "kg load: done: %d documents, %d entities, %d relations, %d evidence in %.1f s "+
		"(read %.1f s, CSV %.1f s, import %.1f s, server start %.1f s, schema %.1f s); %.0f relationships/s from the graph in memory to an indexed database, server start excluded\n",
		files.Documents, files.Entities, files.Relations, files.Evidence, tSchema.Sub(t0).Seconds(),
		tRead.Sub(t0).Seconds(), tCSV.Sub(tRead).Seconds(), tImport.Sub(tCSV).Seconds(), tStart.Sub(tImport).Seconds(), tSchema.Sub(tStart).Seconds(),
		float64(files.Relations)/(tCSV.Sub(tRead)+tImport.Sub(tCSV)+tSchema.Sub(tStart)).Seconds())
	if failed > 0 {
		return exitPartial
	}
	return exitOK
}

// loadSchemaOnly is 'kg load --schema-only'.
func loadSchemaOnly(ctx context.Context, env environ, cfg neo4j.Config) int {
	t0 := time.Now()
	s := openWithSchema(ctx, env, cfg, "")
	if s == nil {
		return exitFailure
	}
	defer s.Close(context.WithoutCancel(ctx))
	fmt.Fprintf(env.stderr, "kg load: constraints and indexes online in %.1f s\n", time.Since(t0).Seconds())
	return exitOK
}
