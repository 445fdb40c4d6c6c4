// Command kg extracts a knowledge graph from Chinese planning documents,
// loads it into Neo4j and serves it over GraphQL.
//
// Usage:
//
//	kg extract [flags] FILE|DIR...   documents in, JSON Lines out
//	kg load    [flags] FILE|DIR...   documents or JSON Lines into Neo4j
//	kg serve   [flags] [FILE|DIR...] GraphQL server (embedded store by default)
//	kg eval    [flags]               precision and recall against the gold files
//	kg export  [flags] [FILE|DIR...] GraphML, GEXF, Cytoscape JSON or CSV
//
// Exit status: 0 success, 1 some input failed (the rest was processed),
// 2 usage error, 3 the command could not run (store unreachable, I/O error).
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit statuses.
const (
	exitOK      = 0
	exitPartial = 1
	exitUsage   = 2
	exitFailure = 3
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "serve" {
		reexecServe()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `usage: kg <command> [flags] [args]

commands:
  extract   read documents, write entities and relations as JSON Lines
  load      load documents or JSON Lines into Neo4j
  serve     serve the graph over GraphQL (embedded store unless --neo4j)
  eval      score the extractor against the gold files
  export    write the graph as GraphML, GEXF, Cytoscape JSON or CSV

Run 'kg <command> -h' for a command's flags.
`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	env := environ{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	switch args[0] {
	case "extract":
		return runExtract(ctx, args[1:], env)
	case "load":
		return runLoad(ctx, args[1:], env)
	case "serve":
		return runServe(ctx, args[1:], env)
	case "eval":
		return runEval(ctx, args[1:], env)
	case "export":
		return runExport(ctx, args[1:], env)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "kg: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
}

// environ is what a subcommand may touch of the process: its streams and
// its environment variables, so that tests can run commands in-process.
type environ struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}
