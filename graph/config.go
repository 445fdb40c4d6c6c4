package graph

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"time"
)

// Config holds the server's limits. The zero value is not usable: start
// from DefaultConfig and override what the command line sets.
type Config struct {
	// MaxDepth is the deepest selection set a query may have, counting
	// every field level once fragments are expanded. Introspection
	// (__schema, __type) counts as one level: the introspection rule
	// bounds it instead.
	MaxDepth int
	// MaxComplexity is the highest cost a query may have. A field costs 1
	// plus its children; list fields multiply their children's cost by
	// their size argument (first, limit, maxNodes, maxEdges, maxPaths, top).
	MaxComplexity int
	// MaxPageSize caps first, limit, top and the number of seed ids.
	MaxPageSize int
	// MaxHops caps hops, maxHops and depth.
	MaxHops int
	// MaxNodes caps maxNodes and maxEdges.
	MaxNodes int
	// MaxPaths caps allShortestPaths' maxPaths.
	MaxPaths int
	// MaxSearchText caps the search text's length, in characters.
	MaxSearchText int
	// Timeout bounds the time spent on one request.
	Timeout time.Duration
	// MaxBodyBytes caps the size of a request body.
	MaxBodyBytes int64
	// MaxResponseBytes caps the size of the data of one response; a
	// response that would be larger is refused with LIMIT_EXCEEDED.
	MaxResponseBytes int64
	// MaxInFlight caps the requests executed at once; more wait for a slot
	// until their timeout.
	MaxInFlight int
	// MaxTokens caps the lexical tokens of a query document.
	MaxTokens int
	// QueryCacheSize is how many parsed queries are kept.
	QueryCacheSize int
	// LoaderWait is how long a dataloader waits to gather keys into a batch.
	LoaderWait time.Duration
	// LoaderBatch caps the keys of one dataloader batch.
	LoaderBatch int

	// The Go runtime settings of a serving process, applied by
	// ApplyRuntime (kg serve), not by NewServer: they are the process's.

	// GCPercent is the garbage collector's target percentage
	// (debug.SetGCPercent): the heap may grow to (1 + GCPercent/100) times
	// what is live before a collection. Go's default, 100, collects the
	// few megabytes of a server over Neo4j every 50-80 requests; 400
	// collects a quarter as often, for four times the garbage held.
	GCPercent int
	// MemoryLimit, when positive, is the runtime's soft memory limit in
	// bytes (debug.SetMemoryLimit): near it the collector runs more often
	// whatever GCPercent says. Zero: none.
	MemoryLimit int64
	// MaxProcs, when positive, is GOMAXPROCS, the number of threads
	// running Go code at once. Zero: Go's default, the number of cores.
	MaxProcs int
	// LoneProcs, when positive and below GOMAXPROCS, is the number of
	// threads running Go code while requests come one at a time: the
	// server (not ApplyRuntime) lowers GOMAXPROCS to it once 32 requests
	// in a row found no other in flight, and puts it back as soon as one
	// does (see loneProcs). Zero: GOMAXPROCS stays. It changes the whole
	// process's GOMAXPROCS, so only one server of a process should set it;
	// once it has, Go no longer follows a container's CPU limit by itself.
	LoneProcs int
}

// DefaultConfig returns the default limits (see docs/api.md).
func DefaultConfig() Config {
	return Config{
		MaxDepth:         12,
		MaxComplexity:    20000,
		MaxPageSize:      100,
		MaxHops:          4,
		MaxNodes:         1000,
		MaxPaths:         50,
		MaxSearchText:    100,
		Timeout:          10 * time.Second,
		MaxBodyBytes:     256 << 10,
		MaxResponseBytes: 4 << 20,
		MaxInFlight:      64,
		MaxTokens:        20000,
		QueryCacheSize:   1000,
		LoaderWait:       time.Millisecond,
		LoaderBatch:      500,
		GCPercent:        400,
	}
}

// Validate reports the first limit that is not positive.
func (c Config) Validate() error {
	for _, l := range []struct {
		name string
		v    int64
	}{
		{"max depth", int64(c.MaxDepth)},
		{"max complexity", int64(c.MaxComplexity)},
		{"max page size", int64(c.MaxPageSize)},
		{"max hops", int64(c.MaxHops)},
		{"max nodes", int64(c.MaxNodes)},
		{"max paths", int64(c.MaxPaths)},
		{"max search text", int64(c.MaxSearchText)},
		{"timeout", int64(c.Timeout)},
		{"max body bytes", c.MaxBodyBytes},
		{"max response bytes", c.MaxResponseBytes},
		{"max in flight", int64(c.MaxInFlight)},
		{"max tokens", int64(c.MaxTokens)},
		{"query cache size", int64(c.QueryCacheSize)},
		{"loader wait", int64(c.LoaderWait) + 1}, // zero is allowed
		{"loader batch", int64(c.LoaderBatch)},
		{"gc percent", int64(c.GCPercent)},
		{"memory limit", c.MemoryLimit + 1},    // zero is allowed
		{"max procs", int64(c.MaxProcs) + 1},   // zero is allowed
		{"lone procs", int64(c.LoneProcs) + 1}, // zero is allowed
	} {
		if l.v <= 0 {
			return fmt.Errorf("graph: %s must be positive", l.name)
		}
	}
	return nil
}

// ApplyRuntime sets the process's garbage collector and GOMAXPROCS from
// GCPercent, MemoryLimit and MaxProcs, except where the environment sets
// them (GOGC, GOMEMLIMIT, GOMAXPROCS win), and returns what it set, for
// the log.
func (c Config) ApplyRuntime() string {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(c.GCPercent)
	}
	if c.MemoryLimit > 0 && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(c.MemoryLimit)
	}
	if c.MaxProcs > 0 && os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(c.MaxProcs)
	}
	gc := debug.SetGCPercent(-1)
	debug.SetGCPercent(gc)
	limit := "none"
	if l := debug.SetMemoryLimit(-1); l < 1<<62 {
		limit = fmt.Sprintf("%dB", l)
	}
	return fmt.Sprintf("gc-percent=%d memory-limit=%s procs=%d", gc, limit, runtime.GOMAXPROCS(0))
}

// String describes the limits for logs.
func (c Config) String() string {
	return fmt.Sprintf("depth=%d complexity=%d page=%d hops=%d nodes=%d paths=%d timeout=%s body=%dB response=%dB inflight=%d",
		c.MaxDepth, c.MaxComplexity, c.MaxPageSize, c.MaxHops, c.MaxNodes, c.MaxPaths, c.Timeout, c.MaxBodyBytes, c.MaxResponseBytes, c.MaxInFlight)
}
