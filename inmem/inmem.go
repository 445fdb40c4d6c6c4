// Package inmem is the embedded, in-process kg.Store: the zero-setup
// default. It keeps the whole graph in memory, behind one immutable
// snapshot that each Load replaces at once, with the indexes graph queries
// need (entities and relations sorted by id, adjacency lists).
//
// It follows the semantics pinned down in package storetest.
package inmem

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/cnplan/kg"
)

// Store is the in-memory kg.Store. Its zero value is not usable; call New.
// It is safe for concurrent use: reads share an immutable snapshot, Loads
// are serialised and publish a new snapshot atomically.
type Store struct {
	loadMu sync.Mutex   // serialises Loads
	mu     sync.RWMutex // guards st
	st     *state

	searches sync.Pool // of *pathSearch, the working memory of ShortestPaths
}

var _ kg.Store = (*Store)(nil)

// New returns an empty store.
func New() *Store {
	return &Store{st: buildState(map[string]*kg.Document{}, map[string]*kg.Entity{}, map[string]*relRec{}),
		searches: sync.Pool{New: newPathSearch}}
}

// half is one end's view of a relation in an adjacency list.
type half struct {
	rel   int32 // index into state.rels
	other int32 // index into state.ents of the other end
	typ   uint8 // index of the relation type in kg.RelationTypes()
	out   bool  // the relation leaves this end
}

// state is an immutable snapshot of the store. Nothing reachable from it is
// ever modified after buildState returns, but for top, which the first
// Stats on the snapshot sets, once (sync.Once).
type state struct {
	docs   map[string]*kg.Document
	docIDs []string // sorted

	ents    []*kg.Entity // sorted by id
	entIdx  map[string]int32
	entType []uint8   // index in kg.EntityTypes()
	byType  [][]int32 // per index in kg.EntityTypes(), the entities of that type in id order

	rels     []*kg.Relation // sorted by id
	relIdx   map[string]int32
	relType  []uint8   // index in kg.RelationTypes()
	relCount []int     // per index in kg.RelationTypes(), the relations of that type
	relByTyp [][]int32 // per index in kg.RelationTypes(), the relations of that type in id order
	relFrom  []int32
	relTo    []int32
	perm     []bool // relation is permanent (loaded once without evidence)

	adj      [][]half // per entity: out-halves, then in-halves, each by (degree of other descending, other, rel)
	nOut     []int32  // per entity, how many of adj are out-halves (a self-loop is one)
	evidence int

	names *nameIndex // search candidates by character pairs

	docEnts map[string][]int32 // per document, the entities it mentions, ascending
	docRels map[string][]int32 // per document, the relations it gives evidence to, ascending

	topOnce sync.Once // computes top, the only field set after buildState
	top     []int32   // see mostConnected
}

// relRec is a relation while a new state is built.
type relRec struct {
	r    *kg.Relation
	perm bool
}

func relTypeIndex(t kg.RelationType) uint8 {
	return uint8(slices.Index(kg.RelationTypes(), t))
}

func entTypeIndex(t kg.EntityType) uint8 {
	return uint8(slices.Index(kg.EntityTypes(), t))
}

// buildState indexes the given maps (which it takes over) into a state.
func buildState(docs map[string]*kg.Document, ents map[string]*kg.Entity, rels map[string]*relRec) *state {
	st := &state{docs: docs}
	st.docIDs = slices.Sorted(maps.Keys(docs))

	entIDs := slices.Sorted(maps.Keys(ents))
	st.ents = make([]*kg.Entity, len(entIDs))
	st.entIdx = make(map[string]int32, len(entIDs))
	st.entType = make([]uint8, len(entIDs))
	st.byType = make([][]int32, len(kg.EntityTypes()))
	for i, id := range entIDs {
		e := ents[id]
		st.ents[i] = e
		st.entIdx[id] = int32(i)
		st.entType[i] = entTypeIndex(e.Type)
		st.byType[st.entType[i]] = append(st.byType[st.entType[i]], int32(i))
	}

	relIDs := slices.Sorted(maps.Keys(rels))
	n := len(relIDs)
	st.rels = make([]*kg.Relation, n)
	st.relIdx = make(map[string]int32, n)
	st.relType = make([]uint8, n)
	st.relFrom = make([]int32, n)
	st.relTo = make([]int32, n)
	st.perm = make([]bool, n)
	st.relCount = make([]int, len(kg.RelationTypes()))
	for i := range relIDs {
		st.relCount[relTypeIndex(rels[relIDs[i]].r.Type)]++
	}
	st.relByTyp = make([][]int32, len(kg.RelationTypes()))
	for t, c := range st.relCount {
		st.relByTyp[t] = make([]int32, 0, c)
	}
	deg := make([]int32, len(entIDs))
	for i, id := range relIDs {
		rec := rels[id]
		st.rels[i] = rec.r
		st.relIdx[id] = int32(i)
		st.relType[i] = relTypeIndex(rec.r.Type)
		st.relByTyp[st.relType[i]] = append(st.relByTyp[st.relType[i]], int32(i))
		st.perm[i] = rec.perm
		f, t := st.entIdx[rec.r.From], st.entIdx[rec.r.To]
		st.relFrom[i], st.relTo[i] = f, t
		st.evidence += len(rec.r.Evidence)
		deg[f]++
		if t != f {
			deg[t]++
		}
	}
	// One backing array for every adjacency list.
	total := 0
	for _, d := range deg {
		total += int(d)
	}
	backing := make([]half, 0, total)
	st.adj = make([][]half, len(entIDs))
	for i, d := range deg {
		st.adj[i] = backing[len(backing) : len(backing) : len(backing)+int(d)]
		backing = backing[:len(backing)+int(d)]
	}
	for i := range n {
		f, t, ty := st.relFrom[i], st.relTo[i], st.relType[i]
		st.adj[f] = append(st.adj[f], half{rel: int32(i), other: t, typ: ty, out: true})
		if t != f {
			st.adj[t] = append(st.adj[t], half{rel: int32(i), other: f, typ: ty, out: false})
		}
	}
	// Neighbourhoods follow one direction or both and take nodes by degree,
	// then id: with the out-halves first and each part in that order, a
	// layer is read from the heads of the parts it follows (see nextLayer).
	st.nOut = make([]int32, len(entIDs))
	for i, a := range st.adj {
		slices.SortFunc(a, func(x, y half) int {
			return cmp.Or(-cmp.Compare(b2i(x.out), b2i(y.out)), cmp.Compare(deg[y.other], deg[x.other]),
				cmp.Compare(x.other, y.other), cmp.Compare(x.rel, y.rel))
		})
		for _, h := range a {
			if h.out {
				st.nOut[i]++
			}
		}
	}
	st.names = newNameIndex(st.ents)
	// The document filters of Entities and Relations read these lists
	// instead of every entity or relation.
	st.docEnts = map[string][]int32{}
	for i, e := range st.ents {
		for d, c := range e.MentionsByDocument {
			if c > 0 {
				st.docEnts[d] = append(st.docEnts[d], int32(i))
			}
		}
	}
	st.docRels = map[string][]int32{}
	for i, r := range st.rels {
		for _, ev := range r.Evidence {
			if l := st.docRels[ev.Document]; len(l) == 0 || l[len(l)-1] != int32(i) {
				st.docRels[ev.Document] = append(l, int32(i))
			}
		}
	}
	return st
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// snapshot returns the current state after checking ctx.
func (s *Store) snapshot(ctx context.Context, op string) (*state, error) {
	if err := ctx.Err(); err != nil {
		return nil, ctxError(op, err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.st, nil
}

// ctxError wraps a context error both as a *kg.Error (TIMEOUT) and as the
// context's own error, so that errors.Is(err, context.Canceled) holds.
func ctxError(op string, err error) error {
	msg := "request cancelled"
	if err == context.DeadlineExceeded {
		msg = "deadline exceeded"
	}
	return fmt.Errorf("inmem: %s: %w: %w", op, kg.Errorf(kg.ETIMEOUT, "%s", msg), err)
}

// invalid returns an EINVALID *kg.Error wrapped with the operation.
func invalid(op, format string, args ...any) error {
	return fmt.Errorf("inmem: %s: %w", op, kg.Errorf(kg.EINVALID, format, args...))
}

// notFound returns an ENOTFOUND *kg.Error wrapped with the operation.
func notFound(op, format string, args ...any) error {
	return fmt.Errorf("inmem: %s: %w", op, kg.Errorf(kg.ENOTFOUND, format, args...))
}

// Close releases nothing: the store lives as long as its references. It
// stays usable after Close.
func (s *Store) Close(ctx context.Context) error { return nil }

// cloneEntity returns a deep copy of e.
func cloneEntity(e *kg.Entity) *kg.Entity {
	c := *e
	c.Aliases = slices.Clone(e.Aliases)
	if e.MentionsByDocument != nil {
		c.MentionsByDocument = maps.Clone(e.MentionsByDocument)
	}
	c.Milestones = slices.Clone(e.Milestones)
	return &c
}

// cloneRelation returns a deep copy of r.
func cloneRelation(r *kg.Relation) *kg.Relation {
	c := *r
	c.Evidence = slices.Clone(r.Evidence)
	return &c
}

func cloneDocument(d *kg.Document) *kg.Document {
	c := *d
	return &c
}
