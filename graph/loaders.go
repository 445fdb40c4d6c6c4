package graph

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vikstrous/dataloadgen"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/neo4j"
)

// loaders batch the by-id lookups that resolvers of list elements would
// otherwise make one at a time (Relation.from and .to, Evidence.document,
// Entity.parent ...). One set serves one request, so nothing is cached
// across requests.
type loaders struct {
	entities  *dataloadgen.Loader[string, *kg.Entity]
	documents *dataloadgen.Loader[string, *kg.Document]

	detailOnce sync.Once
	detail     bool // usesEntityDetail's answer
	evidence   bool // usesRelationEvidence's answer
	years      bool // usesRelationYears's answer
}

// loadersKey is the context key of a request's loaders.
type loadersKey struct{}

func newLoaders(store kg.Store, cfg Config) *loaders {
	opts := []dataloadgen.Option{dataloadgen.WithWait(cfg.LoaderWait), dataloadgen.WithBatchCapacity(cfg.LoaderBatch)}
	return &loaders{
		entities: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*kg.Entity, []error) {
			es, err := store.EntitiesByID(ctx, ids)
			return batchResult(ids, es, err, "entity")
		}, opts...),
		documents: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*kg.Document, []error) {
			ds, err := store.DocumentsByID(ctx, ids)
			return batchResult(ids, ds, err, "document")
		}, opts...),
	}
}

// batchResult turns a store's by-id answer into a dataloader's: one error
// for every key when the call failed, NOT_FOUND for each nil.
func batchResult[T any](ids []string, vs []*T, err error, what string) ([]*T, []error) {
	if err == nil && len(vs) != len(ids) {
		err = kg.Errorf(kg.EINTERNAL, "store returned %d %ss for %d ids", len(vs), what, len(ids))
	}
	if err != nil {
		return make([]*T, len(ids)), []error{err}
	}
	var errs []error
	for i, v := range vs {
		if v == nil {
			if errs == nil {
				errs = make([]error, len(ids))
			}
			errs[i] = kg.Errorf(kg.ENOTFOUND, "%s %q not found", what, ids[i])
		}
	}
	return vs, errs
}

func withLoaders(ctx context.Context, l *loaders) context.Context {
	ctx = neo4j.WithEntityNeeds(ctx, l.usesEntityDetail)
	ctx = neo4j.WithRelationEvidence(ctx, l.usesRelationEvidence)
	ctx = neo4j.WithRelationYears(ctx, l.usesRelationYears)
	return context.WithValue(ctx, loadersKey{}, l)
}

// entityDetailFields are the fields whose values come from an entity's
// mentions or degree: when an operation selects none of them, the Neo4j
// store reads entities without walking their relationships. The check is
// by name over the whole operation (Degree.degree and
// Dependencies.milestones count too), so it errs on reading too much.
var entityDetailFields = map[string]bool{"mentions": true, "mentionsByDocument": true, "documentCount": true, "degree": true, "milestones": true}

// relationYearsFields are the fields whose values come from the dates of
// a relation's evidence documents (Relation's and CollapsedEdge's).
var relationYearsFields = map[string]bool{"firstYear": true, "lastYear": true}

// relationEvidenceFields are the fields whose values come from a
// relation's evidence or weight (Relation's and CollapsedEdge's): when an
// operation selects none of them, the Neo4j store reads relations without
// their evidence. Like entityDetailFields, by name over the whole
// operation (Entity.documentCount counts too).
var relationEvidenceFields = map[string]bool{"evidence": true, "evidenceCount": true, "documentCount": true, "firstYear": true, "lastYear": true}

// usesEntityDetail reports whether the request's operation selects one of
// entityDetailFields.
func (l *loaders) usesEntityDetail(ctx context.Context) bool {
	l.scan(ctx)
	return l.detail
}

// usesRelationEvidence reports whether the request's operation selects one
// of relationEvidenceFields.
func (l *loaders) usesRelationEvidence(ctx context.Context) bool {
	l.scan(ctx)
	return l.evidence
}

// usesRelationYears reports whether the request's operation selects one of
// relationYearsFields.
func (l *loaders) usesRelationYears(ctx context.Context) bool {
	l.scan(ctx)
	return l.years
}

// scan looks through the request's operation for the fields above, once
// per request; without an operation it answers yes to all.
func (l *loaders) scan(ctx context.Context) {
	l.detailOnce.Do(func() {
		l.detail, l.evidence, l.years = true, true, true
		if !graphql.HasOperationContext(ctx) {
			return
		}
		oc := graphql.GetOperationContext(ctx)
		if oc == nil || oc.Doc == nil {
			return
		}
		detail, evidence, years := false, false, false
		var walk func(ast.SelectionSet)
		walk = func(ss ast.SelectionSet) {
			for _, sel := range ss {
				switch x := sel.(type) {
				case *ast.Field:
					detail = detail || entityDetailFields[x.Name]
					evidence = evidence || relationEvidenceFields[x.Name]
					years = years || relationYearsFields[x.Name]
					walk(x.SelectionSet)
				case *ast.InlineFragment:
					walk(x.SelectionSet)
				}
			}
		}
		for _, op := range oc.Doc.Operations {
			walk(op.SelectionSet)
		}
		for _, f := range oc.Doc.Fragments {
			walk(f.SelectionSet)
		}
		l.detail, l.evidence, l.years = detail, evidence, years
	})
}

// loadersFrom returns the request's loaders. Requests always pass through
// the handler that sets them.
func loadersFrom(ctx context.Context) *loaders {
	l, _ := ctx.Value(loadersKey{}).(*loaders)
	return l
}

// entity loads an entity by id through the request's loader.
func (r *Resolver) entity(ctx context.Context, id string) (*kg.Entity, error) {
	if l := loadersFrom(ctx); l != nil {
		return l.entities.Load(ctx, id)
	}
	return r.store.Entity(ctx, id)
}

// document loads a document by id through the request's loader. A
// selection of nothing but the id (evidence { document { id } }) needs no
// read: the id is what the evidence, milestone or mention stores, and a
// load writes the document of every one of those with it. Reading it
// would cost a second transaction and the loader's wait.
func (r *Resolver) document(ctx context.Context, id string) (*kg.Document, error) {
	if id != "" && selectsOnlyID(ctx) {
		return &kg.Document{ID: id}, nil
	}
	if l := loadersFrom(ctx); l != nil {
		return l.documents.Load(ctx, id)
	}
	return r.store.Document(ctx, id)
}

// prime puts entities a store query returned into the request's entity
// loader, so that Relation.from and .to of a subgraph's edges, whose ends
// are among its nodes, need no further lookup.
func prime(ctx context.Context, es ...*kg.Entity) {
	l := loadersFrom(ctx)
	if l == nil {
		return
	}
	for _, e := range es {
		if e != nil {
			l.entities.Prime(e.ID, e)
		}
	}
}

// selectsOnlyID reports whether the field being resolved selects only id
// (and __typename) of the object it returns.
func selectsOnlyID(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) || len(fc.Field.Selections) == 0 {
		return false
	}
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil) {
		if f.Name != "id" && f.Name != "__typename" {
			return false
		}
	}
	return true
}
