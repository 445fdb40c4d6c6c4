package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/neo4j"
)

// openNeo4jReader is the Neo4j branch of 'kg serve' and 'kg export': those
// commands read a database named by --neo4j or NEO4J_URI, or else files
// into the embedded store, never both. cmd names the command ("kg serve"),
// reader what reads the database ("the server"). On failure it says why
// on stderr and returns nil and the exit status.
func openNeo4jReader(ctx context.Context, env environ, cmd, reader string, fs *flag.FlagSet, cfg neo4j.Config) (*neo4j.Store, int) {
	// Say where the URI came from: a NEO4J_URI left in the environment
	// surprises a user who gave no flag.
	from := "NEO4J_URI is set"
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "neo4j" {
			from = "--neo4j is given"
		}
	})
	if fs.NArg() > 0 {
		fmt.Fprintf(env.stderr, "%s: %s (%s), so %s reads that Neo4j database and takes no files; "+
			"load files into it with 'kg load', or unset NEO4J_URI to read the files into the embedded store\n", cmd, from, cfg.URI, reader)
		return nil, exitUsage
	}
	if err := neo4j.CheckURI(cfg.URI); err != nil {
		fmt.Fprintf(env.stderr, "%s: %s: %s\n", cmd, from, kg.ErrorMessage(err))
		return nil, exitUsage
	}
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		fmt.Fprintf(env.stderr, "%s: %s\n", cmd, kg.ErrorMessage(err))
		return nil, exitFailure
	}
	return s, exitOK
}

// openWithSchema opens the database of cfg and creates its constraints and
// indexes where missing, as every 'kg load' does before or after writing.
// On failure it says why on stderr, followed by hint when there is one,
// and returns nil.
func openWithSchema(ctx context.Context, env environ, cfg neo4j.Config, hint string) *neo4j.Store {
	s, err := neo4j.Open(ctx, cfg)
	if err == nil {
		if err = s.EnsureSchema(ctx); err != nil {
			s.Close(context.WithoutCancel(ctx))
		}
	}
	if err != nil {
		msg := kg.ErrorMessage(err)
		if kg.ErrorCode(err) == kg.EINTERNAL {
			// Not a message for users, but the only clue there is.
			msg = err.Error()
		}
		fmt.Fprintf(env.stderr, "kg load: %s%s\n", msg, hint)
		return nil
	}
	return s
}

// openStore opens what a reading command reads: the Neo4j database of cfg
// when its URI is set, else the files of fs's arguments loaded into the
// embedded store. ok is false when the command must stop with status.
func openStore(ctx context.Context, env environ, cmd, reader string, fs *flag.FlagSet, cfg neo4j.Config) (store kg.Store, status int, ok bool) {
	if cfg.URI != "" {
		s, st := openNeo4jReader(ctx, env, cmd, reader, fs, cfg)
		if s == nil {
			return nil, st, false
		}
		return s, exitOK, true
	}
	s, failed, err := loadStore(ctx, cmd, fs.Args(), env)
	st, ok := loadOutcome(cmd, failed, err, env)
	if !ok {
		return nil, st, false
	}
	return s, st, true
}
