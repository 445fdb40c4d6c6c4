package graph

import (
	"context"
	"math"
	"slices"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/graph/generated"
	"github.com/cnplan/kg/graph/model"
)

// The names of the limits, as in extensions.limit of a LIMIT_EXCEEDED error.
const (
	limitDepth         = "depth"
	limitComplexity    = "complexity"
	limitIntrospection = "introspection"
	limitPageSize      = "pageSize"
	limitHops          = "hops"
	limitNodes         = "nodes"
	limitPaths         = "paths"
	limitSearchText    = "searchText"
	limitBodySize      = "bodySize"
	limitResponseBytes = "responseBytes"
)

// limitError is a LIMIT_EXCEEDED error that also says which limit and its
// value, for the error presenter to put in the extensions.
type limitError struct {
	err   *kg.Error
	limit string
	max   int64
}

func newLimitError(limit string, max int64, format string, args ...any) *limitError {
	return &limitError{err: kg.Errorf(kg.ELIMIT, format, args...), limit: limit, max: max}
}

func (e *limitError) Error() string { return e.err.Error() }
func (e *limitError) Unwrap() error { return e.err }

// bounded returns the value of an optional size argument, def when it is
// absent, and an error when it is below lo (INVALID_ARGUMENT) or above max
// (LIMIT_EXCEEDED).
func bounded(arg string, p *int, def, lo, max int, limit string) (int, error) {
	v := def
	if p != nil {
		v = *p
	}
	if v < lo {
		return 0, kg.Errorf(kg.EINVALID, "%s must be at least %d, not %d", arg, lo, v)
	}
	if v > max {
		return 0, newLimitError(limit, int64(max), "%s is %d, above the limit of %d", arg, v, max)
	}
	return v, nil
}

// complexityRoot returns the cost functions of the fields whose size an
// argument sets: their children's cost times that argument. Absent
// arguments count with the schema's defaults; the products saturate so
// that no query can overflow its way under the limit.
func complexityRoot() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	q := &c.Query
	q.Entities = func(child int, _ *model.EntityFilter, first *int, _ *string) int {
		return cost(child, size(first, 20))
	}
	q.Search = func(child int, _ string, _ []kg.EntityType, limit *int) int {
		return cost(child, size(limit, 10))
	}
	q.Relations = func(child int, _ *model.RelationFilter, first *int, _ *string) int {
		return cost(child, size(first, 20))
	}
	q.Neighbourhood = func(child int, _ []string, _ *int, _ []kg.RelationType, _ []kg.EntityType, _ *kg.Direction, _ *string, _ *model.TimeFilter, maxNodes *int) int {
		return cost(child, size(maxNodes, 200))
	}
	// top multiplies a whole cell, not only its top relations: an
	// overestimate, but a bound.
	q.CooperationMatrix = func(child int, _ *kg.EntityType, _ *string, _ []kg.RelationType, _ *model.TimeFilter, top *int, maxCells *int) int {
		return cost(child, size(maxCells, 200), size(top, 3))
	}
	q.ShortestPath = func(child int, _, _ string, maxHops *int, _ []kg.RelationType) int {
		return cost(child, size(maxHops, 4)+1)
	}
	q.AllShortestPaths = func(child int, _, _ string, maxHops *int, _ []kg.RelationType, maxPaths *int) int {
		return cost(child, size(maxHops, 4)+1, size(maxPaths, 10))
	}
	q.Cooperation = func(child int, _, _ string, _ []kg.RelationType, maxEdges *int) int {
		return cost(child, size(maxEdges, 200))
	}
	q.Dependencies = func(child int, _ string, _ *int, _ []kg.RelationType, maxNodes *int) int {
		return cost(child, size(maxNodes, 200))
	}
	q.Documents = func(child int, first *int, _ *string) int {
		return cost(child, size(first, 20))
	}
	q.Stats = func(child int, top *int) int {
		return cost(child, size(top, 10))
	}
	c.Entity.Relations = func(child int, _ []kg.RelationType, _ *string, first *int, _ *string) int {
		return cost(child, size(first, 20))
	}
	c.Relation.Evidence = func(child int, first *int, _ *string) int {
		return cost(child, size(first, 20))
	}
	c.Document.Entities = func(child int, _ []kg.EntityType, first *int, _ *string) int {
		return cost(child, size(first, 20))
	}
	c.Document.Relations = func(child int, _ []kg.RelationType, first *int, _ *string) int {
		return cost(child, size(first, 20))
	}
	return c
}

// sizeArgs are the arguments the cost functions of complexityRoot read.
// An operation that passes none of them as a variable has the same
// complexity whatever its variables (complexityLimit remembers it); a cost
// function that reads another argument must add it here.
func sizeArgs() [8]string {
	return [...]string{"first", "limit", "maxNodes", "maxEdges", "maxPaths", "maxHops", "maxCells", "top"}
}

// complexityLimit is the complexity limit: it rejects operations whose
// complexity (the costs of complexityRoot, summed by gqlgen's
// complexity.Calculate) is above max, with the error of gqlgen's
// extension.FixedComplexityLimit. It remembers the complexity of each
// query text and operation whose size arguments are all literals, as most
// requests repeat a few such queries: walking the operation and building
// every field's argument map was 2.5 % of the embedded server's CPU for a
// shortest path (7 % of the time in its HTTP handler).
type complexityLimit struct {
	max  int
	es   graphql.ExecutableSchema
	memo graphql.Cache[int]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = (*complexityLimit)(nil)

// ExtensionName implements graphql.HandlerExtension.
func (*complexityLimit) ExtensionName() string { return "ComplexityLimit" }

// Validate implements graphql.HandlerExtension.
func (c *complexityLimit) Validate(es graphql.ExecutableSchema) error {
	c.es = es
	return nil
}

// MutateOperationContext implements graphql.OperationContextMutator.
func (c *complexityLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	key := oc.RawQuery
	if oc.OperationName != "" {
		key = oc.OperationName + "\x00" + key
	}
	n, ok := c.memo.Get(ctx, key)
	if !ok {
		n = complexity.Calculate(ctx, c.es, oc.Operation, oc.Variables)
		if !sizeFromVariables(oc.Operation.SelectionSet, map[string]bool{}) {
			c.memo.Add(ctx, key, n)
		}
	}
	if n > c.max {
		err := gqlerror.Errorf("operation has complexity %d, which exceeds the limit of %d", n, c.max)
		errcode.Set(err, complexityLimitCode)
		return err
	}
	return nil
}

// sizeFromVariables reports whether a field of set, its fragments
// included, takes one of sizeArgs from a variable. seen holds the
// fragments already looked at.
func sizeFromVariables(set ast.SelectionSet, seen map[string]bool) bool {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			for _, a := range sel.Arguments {
				if size := sizeArgs(); slices.Contains(size[:], a.Name) && hasVariable(a.Value) {
					return true
				}
			}
			if sizeFromVariables(sel.SelectionSet, seen) {
				return true
			}
		case *ast.InlineFragment:
			if sizeFromVariables(sel.SelectionSet, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if !seen[sel.Name] && sel.Definition != nil {
				seen[sel.Name] = true
				if sizeFromVariables(sel.Definition.SelectionSet, seen) {
					return true
				}
			}
		}
	}
	return false
}

// hasVariable reports whether v is or holds a variable.
func hasVariable(v *ast.Value) bool {
	if v == nil {
		return false
	}
	if v.Kind == ast.Variable {
		return true
	}
	for _, c := range v.Children {
		if hasVariable(c.Value) {
			return true
		}
	}
	return false
}

// size is a size argument for the complexity: def when absent, at least 1.
func size(p *int, def int) int {
	if p == nil {
		return def
	}
	return max(*p, 1)
}

// cost is 1 plus child times every factor, saturating at math.MaxInt.
func cost(child int, factors ...int) int {
	c := max(child, 1)
	for _, f := range factors {
		if f > 0 && c > math.MaxInt/f {
			return math.MaxInt
		}
		c *= f
	}
	if c == math.MaxInt {
		return c
	}
	return c + 1
}

// numIntrospection is the number of introspectionLists.
const numIntrospection = 11

// introspectionLists are the introspection fields whose results are lists
// of types or fields: each may occur once in an operation (after fragments
// are expanded), which is all an introspection query needs and keeps
// nested introspection (fields { type { fields { type ... } } }), which
// the complexity limit does not see, from multiplying.
func introspectionLists() [numIntrospection]string {
	return [...]string{
		"__schema", "__type",
		"__Schema.types", "__Schema.directives",
		"__Type.fields", "__Type.inputFields", "__Type.interfaces", "__Type.possibleTypes", "__Type.enumValues",
		"__Field.args", "__Directive.args",
	}
}

// shape is what the operation limits measure of a selection set.
type shape struct {
	// depth is the deepest field nesting.
	depth int
	// fields is the number of fields once fragments are expanded, saturating.
	fields int
	// intro counts the fields of introspectionLists.
	intro [numIntrospection]int
}

func (s *shape) add(o shape) {
	s.depth = max(s.depth, o.depth)
	s.fields = saturatingAdd(s.fields, o.fields)
	for i := range s.intro {
		s.intro[i] = saturatingAdd(s.intro[i], o.intro[i])
	}
}

func saturatingAdd(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}

// operationLimits is a gqlgen extension that rejects, before execution,
// operations deeper than Config.MaxDepth, with more fields than
// Config.MaxComplexity (which also keeps fragment fan-out from making the
// complexity calculation itself expensive), or with nested introspection;
// and that reports a request's timeout once however many fields hit it.
type operationLimits struct {
	maxDepth      int
	maxComplexity int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
	graphql.ResponseInterceptor
} = operationLimits{}

// ExtensionName implements graphql.HandlerExtension.
func (operationLimits) ExtensionName() string { return "OperationLimits" }

// Validate implements graphql.HandlerExtension.
func (operationLimits) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (l operationLimits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	memo := map[string]shape{}
	s := measure(oc.Operation.SelectionSet, memo)
	var err *limitError
	switch {
	case s.depth > l.maxDepth:
		err = newLimitError(limitDepth, int64(l.maxDepth),
			"the query is %d levels deep, above the limit of %d", s.depth, l.maxDepth)
	case s.fields > l.maxComplexity:
		err = newLimitError(limitComplexity, int64(l.maxComplexity),
			"the query selects at least %d fields, above the complexity limit of %d", s.fields, l.maxComplexity)
	default:
		for i, n := range s.intro {
			if n > 1 {
				err = newLimitError(limitIntrospection, 1,
					"introspection field %s is selected %d times; once is the limit", introspectionLists()[i], n)
				break
			}
		}
	}
	if err == nil {
		return nil
	}
	return &gqlerror.Error{Message: err.err.Message, Err: err}
}

// measure returns the shape of a validated selection set, measuring each
// fragment once.
func measure(set ast.SelectionSet, memo map[string]shape) shape {
	var s shape
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			c := measure(sel.SelectionSet, memo)
			c.depth++
			c.fields = saturatingAdd(c.fields, 1)
			if sel.ObjectDefinition != nil {
				key := sel.Name
				if sel.ObjectDefinition.Name != "Query" {
					key = sel.ObjectDefinition.Name + "." + sel.Name
				}
				for i, k := range introspectionLists() {
					if k == key {
						c.intro[i] = saturatingAdd(c.intro[i], 1)
					}
				}
				if key == "__schema" || key == "__type" {
					// Introspection is bounded by introspectionLists, not
					// by depth: its type references nest 9 levels deep.
					c.depth = 1
				}
			}
			s.add(c)
		case *ast.InlineFragment:
			s.add(measure(sel.SelectionSet, memo))
		case *ast.FragmentSpread:
			f, ok := memo[sel.Name]
			if !ok && sel.Definition != nil {
				memo[sel.Name] = shape{} // validation rejects cycles; this guards anyway
				f = measure(sel.Definition.SelectionSet, memo)
				memo[sel.Name] = f
			}
			s.add(f)
		}
	}
	return s
}

// deadlineKey is the context key of the request's deadline.
type deadlineKey struct{}

// InterceptResponse implements graphql.ResponseInterceptor: it runs the
// operation under the request's deadline. Once that has passed every
// pending field fails with TIMEOUT; the client gets the first of those
// errors only.
func (operationLimits) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	if d, ok := ctx.Value(deadlineKey{}).(time.Time); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, d)
		defer cancel()
	}
	resp := next(ctx)
	if b, ok := ctx.Value(budgetKey{}).(*responseBudget); ok && b.exceeded.Load() {
		// The whole answer is refused, with one error: no partial data.
		e := b.err()
		return &graphql.Response{Errors: gqlerror.List{present(e, kg.ELIMIT, kg.ErrorMessage(e))}}
	}
	if resp == nil || len(resp.Errors) < 2 {
		return resp
	}
	kept := resp.Errors[:0]
	timeout := false
	for _, e := range resp.Errors {
		if e.Extensions["code"] == kg.ETIMEOUT {
			if timeout {
				continue
			}
			timeout = true
		}
		kept = append(kept, e)
	}
	resp.Errors = kept
	return resp
}

// budgetKey is the context key of the request's *responseBudget.
type budgetKey struct{}

// responseBudget counts the bytes of a response while its fields resolve:
// each field its name and punctuation, each leaf its JSON encoding (exact
// for strings, 24 bytes for any other value). Once the count passes max,
// every field still to resolve fails without running its resolver and the
// operation's answer is replaced by one LIMIT_EXCEEDED error, so a response
// never holds much more than max bytes of data.
type responseBudget struct {
	max      int64
	used     atomic.Int64
	exceeded atomic.Bool
}

func (b *responseBudget) err() *limitError {
	return newLimitError(limitResponseBytes, b.max,
		"the response would be larger than the limit of %d bytes; ask for fewer items (first, maxNodes ...) or fewer fields", b.max)
}

// nearBudget is the root field middleware of the response budget: it
// puts the request's *responseBudget into the context again, just above
// the fields, so that fieldLimits' lookup for every field walks a few
// contexts instead of the whole chain down to the request's (which was 7 %
// of the embedded server's CPU for a shortest path).
func nearBudget(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	if b, ok := ctx.Value(budgetKey{}).(*responseBudget); ok {
		ctx = context.WithValue(ctx, budgetKey{}, b)
	}
	return next(ctx)
}

// fieldLimits is the field middleware of the limits: it fails a field with
// a resolver once the request's deadline has passed, so that a timed-out
// request stops calling the store even where the store does not watch the
// context, and it counts the field against the response budget. One
// middleware rather than two: every field runs it, and each layer deepens
// the stacks of gqlgen's goroutines.
func fieldLimits(ctx context.Context, next graphql.Resolver) (any, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc != nil && fc.IsResolver {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	b, ok := ctx.Value(budgetKey{}).(*responseBudget)
	if !ok {
		return next(ctx)
	}
	if b.exceeded.Load() {
		return nil, b.err()
	}
	res, err := next(ctx)
	n := int64(24)
	if fc != nil {
		n += int64(len(fc.Field.Alias))
	}
	switch v := res.(type) {
	case string:
		n += jsonLen(v)
	case *string:
		if v != nil {
			n += jsonLen(*v)
		}
	case []string:
		for _, s := range v {
			n += jsonLen(s) + 1
		}
	}
	if b.used.Add(n) > b.max {
		b.exceeded.Store(true)
		return nil, b.err()
	}
	return res, err
}

// jsonLen is the length of s as a JSON string, as gqlgen writes it.
func jsonLen(s string) int64 {
	n := int64(2)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f':
			n += 2
		case c < 0x20:
			n += 6
		default:
			n++
		}
	}
	return n
}
