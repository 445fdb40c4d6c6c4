// Package neo4j is the Neo4j adapter of kg.Store: the store of record.
//
// # Storage model
//
// Every entity is a node labelled :Entity plus its ontology type
// (:Entity:City, :Entity:Park ...) with the scalar fields of kg.Entity as
// properties. Every document is a :Document node. Every relation is ONE
// relationship of its ontology type between the two entity nodes, keyed by
// its kg id (property id, unique per relationship type by constraint), so
// loading the same relation again appends to it and never duplicates it.
//
// Evidence lives on the relationship in two parallel list properties, one
// element per piece of evidence: ev_doc holds the document id and ev the
// rest as a JSON array [sentence, start, end, trigger, sentence text]. Every
// edge therefore shows its evidence without a second lookup, a document's
// evidence can be cut out with a list comprehension over ev_doc, and two
// properties instead of six keep writes cheap. A relationship with
// permanent = true was loaded at least once without evidence (gazetteer)
// and is never deleted by a document replacement.
//
// Mentions are (:Entity)-[:MENTIONED_IN {count, milestones}]->(:Document)
// relationships: one per entity and document, holding that document's
// mention count and the milestones it gave (as JSON strings). An entity's
// Mentions is the sum of its counts.
//
// Each :Document node also keeps the index of the relations it gave
// evidence to (rel_ids, rel_from, rel_to), so that replacing a document
// finds its old evidence through the entity id index, without scanning
// relationships.
//
// # Atomicity
//
// Load writes entities (idempotent upserts) and gazetteer relations first,
// then each document's replacement — removing its old evidence and
// mentions, writing the new ones, deleting relations and entities left
// empty — inside ONE transaction that holds whole documents only (several
// small documents share a transaction up to Config.BatchSize rows; a
// document is never split; Config.Writers such transactions run at once).
// A load killed half way leaves every document fully old or fully new;
// running it again converges to the graph of a clean load, because every
// step is an idempotent replacement. A load small enough for one batch runs
// in a single transaction: all or nothing.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/cnplan/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DefaultURI is the Bolt address of the local server that
// `bash scripts/neo4j.sh start` runs.
const DefaultURI = "bolt://127.0.0.1:7687"

// DefaultDatabase is the database used when Config.Database is empty.
const DefaultDatabase = "neo4j"

// DefaultBatchSize is the number of rows written per transaction when
// Config.BatchSize is zero.
const DefaultBatchSize = 10000

// DefaultWriters is the number of concurrent document transactions of a
// Load when Config.Writers is zero.
const DefaultWriters = 2

// StartHint tells a user how to get a local Neo4j server running.
const StartHint = "start the local server with `bash scripts/neo4j.sh start` and export NEO4J_URI=" + DefaultURI

// Schemes are the URI schemes the Bolt driver accepts.
func Schemes() []string {
	return []string{"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}
}

// CheckURI returns an EINVALID error naming the accepted schemes unless
// uri is scheme://host[:port] with a scheme of Schemes().
func CheckURI(uri string) error {
	u, err := url.Parse(uri)
	if err != nil || !slices.Contains(Schemes(), u.Scheme) || u.Host == "" {
		return kg.Errorf(kg.EINVALID, "%q is not a Neo4j URI: want scheme://host[:port] with scheme %s (e.g. %s)",
			uri, strings.Join(Schemes(), ", "), DefaultURI)
	}
	return nil
}

// UnreachableHint says what to do when uri does not answer: for a local
// address, how to start the local server on that port; otherwise, to check
// that the server there runs.
func UnreachableHint(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return StartHint
	}
	switch u.Hostname() {
	case "127.0.0.1", "localhost", "::1":
		port := u.Port()
		if port == "" {
			port = "7687"
		}
		if port == "7687" {
			return "start the local server with `bash scripts/neo4j.sh start` and export NEO4J_URI=" + uri
		}
		return "start the local server on that port with `NEO4J_PORT=" + port + " bash scripts/neo4j.sh start` and export NEO4J_URI=" + uri
	}
	return "check that a Neo4j server runs at " + u.Host + " and that this machine can reach it"
}

// Config says how to reach Neo4j and how to write to it.
type Config struct {
	// URI is the Bolt address, e.g. bolt://127.0.0.1:7687; DefaultURI when empty.
	URI string
	// User and Password authenticate; an empty User means no authentication.
	User, Password string
	// Database is the database named on every call; DefaultDatabase when empty.
	Database string
	// BatchSize is the number of rows per write transaction
	// (DefaultBatchSize when zero). Documents are never split across
	// transactions, so a large document may exceed it.
	BatchSize int
	// Writers is the number of concurrent write transactions a Load uses
	// for documents (DefaultWriters when zero).
	Writers int
	// ConnectTimeout bounds the connectivity check in Open (10 s when zero).
	ConnectTimeout time.Duration
	// Progress, when set, is called after each write transaction of a Load
	// with what has been written so far.
	Progress func(Progress)
}

// Progress reports how far a Load has got.
type Progress struct {
	// Phase is "entities", "gazetteer" or "documents".
	Phase string
	// Batches counts the write transactions committed so far.
	Batches int
	// Done and Total count rows of the phase.
	Done, Total int
}

// Store is a kg.Store backed by Neo4j. It holds one driver; it is safe for
// concurrent use.
type Store struct {
	driver  neo4j.DriverWithContext
	db      string
	batch   int
	writers int
	prog    func(Progress)
}

var _ kg.Store = (*Store)(nil)

// Open connects to Neo4j and verifies that it answers. An unreachable
// server gives an error with code kg.EUNAVAILABLE whose message says how to
// start the local one.
func Open(ctx context.Context, c Config) (*Store, error) {
	if c.URI == "" {
		c.URI = DefaultURI
	}
	if c.Database == "" {
		c.Database = DefaultDatabase
	}
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.Writers <= 0 {
		c.Writers = DefaultWriters
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = 10 * time.Second
	}
	auth := neo4j.NoAuth()
	if c.User != "" {
		auth = neo4j.BasicAuth(c.User, c.Password, "")
	}
	d, err := neo4j.NewDriverWithContext(c.URI, auth, func(cfg *neo4j.Config) {
		cfg.SocketConnectTimeout = c.ConnectTimeout
		cfg.MaxTransactionRetryTime = 30 * time.Second
		// No usage data for the server: one message less per transaction.
		cfg.TelemetryDisabled = true
	})
	if err != nil {
		return nil, kg.Errorf(kg.EINVALID, "neo4j: bad configuration for %s: %v", c.URI, err)
	}
	vctx, cancel := context.WithTimeout(ctx, c.ConnectTimeout)
	defer cancel()
	if err := d.VerifyConnectivity(vctx); err != nil {
		_ = d.Close(ctx)
		if isAuthError(err) {
			return nil, kg.Errorf(kg.EUNAVAILABLE, "neo4j at %s refused the credentials: %v", c.URI, err)
		}
		return nil, kg.Errorf(kg.EUNAVAILABLE, "neo4j at %s is unreachable (%v); %s", c.URI, err, UnreachableHint(c.URI))
	}
	return &Store{driver: d, db: c.Database, batch: c.BatchSize, writers: c.Writers, prog: c.Progress}, nil
}

// Close releases the driver.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("neo4j: close driver: %w", err)
	}
	return nil
}

// Wipe deletes every node and relationship of the database, in batches,
// in an auto-commit transaction (CALL ... IN TRANSACTIONS needs one). It
// is meant for tests and benchmarks.
func (s *Store) Wipe(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	// Relationships first, so that no transaction has to hold a node's
	// whole neighbourhood; then the nodes.
	for _, q := range []string{
		"MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 5000 ROWS",
		"MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
	} {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return mapErr("wipe database", err)
		}
	}
	return nil
}

// read runs fn in a managed read transaction on the configured database.
// fn may run more than once and must be idempotent.
func read[T any](ctx context.Context, s *Store, what string, fn func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteRead(ctx, sess, fn)
	if err != nil {
		var zero T
		return zero, mapErr(what, err)
	}
	return v, nil
}

// write runs fn in a managed write transaction on the configured database.
// fn may run more than once and must be idempotent.
func write[T any](ctx context.Context, s *Store, what string, fn func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteWrite(ctx, sess, fn)
	if err != nil {
		var zero T
		return zero, mapErr(what, err)
	}
	return v, nil
}

// run runs one query in tx and collects its records.
func run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// exec runs one query in tx and discards its records.
func exec(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// mapErr turns a driver error into a kg error: connectivity problems into
// kg.EUNAVAILABLE, client-side mistakes into kg.EINVALID, a missing entity
// into kg.ENOTFOUND, context expiry into kg.ETIMEOUT; anything else is
// wrapped with what was being done. The driver's error stays in the chain.
func mapErr(what string, err error) error {
	if err == nil {
		return nil
	}
	var kerr *kg.Error
	if errors.As(err, &kerr) {
		return err
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("neo4j: %s: %w (%w)", what, &kg.Error{Code: kg.ETIMEOUT, Message: "neo4j query timed out"}, err)
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("neo4j: %s: %w", what, err)
	}
	var cerr *neo4j.ConnectivityError
	var texl *neo4j.TransactionExecutionLimit
	if errors.As(err, &cerr) || (errors.As(err, &texl) && strings.Contains(texl.Error(), "onnect")) {
		return fmt.Errorf("neo4j: %s: %w (%w)", what,
			&kg.Error{Code: kg.EUNAVAILABLE, Message: "neo4j is unavailable; " + StartHint}, err)
	}
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		switch {
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Statement.EntityNotFound"):
			return fmt.Errorf("neo4j: %s: %w (%w)", what, &kg.Error{Code: kg.ENOTFOUND, Message: nerr.Msg}, err)
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Statement.ArgumentError"),
			strings.HasPrefix(nerr.Code, "Neo.ClientError.Statement.TypeError"):
			return fmt.Errorf("neo4j: %s: %w (%w)", what, &kg.Error{Code: kg.EINVALID, Message: nerr.Msg}, err)
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Transaction.TransactionTimedOut"):
			return fmt.Errorf("neo4j: %s: %w (%w)", what, &kg.Error{Code: kg.ETIMEOUT, Message: "neo4j transaction timed out"}, err)
		case strings.HasPrefix(nerr.Code, "Neo.TransientError.General.DatabaseUnavailable"),
			strings.HasPrefix(nerr.Code, "Neo.ClientError.Database.DatabaseNotFound"):
			return fmt.Errorf("neo4j: %s: %w (%w)", what, &kg.Error{Code: kg.EUNAVAILABLE, Message: "neo4j database unavailable: " + nerr.Msg}, err)
		}
	}
	return fmt.Errorf("neo4j: %s: %w", what, err)
}

func isAuthError(err error) bool {
	var nerr *neo4j.Neo4jError
	return errors.As(err, &nerr) && strings.HasPrefix(nerr.Code, "Neo.ClientError.Security.")
}
