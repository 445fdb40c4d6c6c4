package kg

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Store is the graph's storage. Two adapters implement it, inmem (the
// embedded default) and neo4j (the store of record); both pass the shared
// suite in package storetest.
//
// Reads never return more than the limits in their query; a query over a
// limit the caller cannot lower (MaxNodes, MaxPaths ...) comes back with
// Truncated set rather than an error. Unknown ids give an error with code
// ENOTFOUND; bad arguments EINVALID.
type Store interface {
	// Load merges g into the store with replace-per-document semantics: for
	// every document in g, the evidence and mention counts that document
	// gave before are removed first, then g's are added. Evidence of other
	// documents stays. Relations left without evidence are deleted unless
	// they never had any (gazetteer relations); entities left with no
	// mentions and no relations are deleted. Loading the same g twice leaves
	// the store unchanged. A failed Load leaves every document either fully
	// old or fully new. Relations the ontology forbids (CheckOntology) are
	// skipped and the rest is loaded; the error is then a *SkippedError.
	Load(ctx context.Context, g *Graph) (LoadStats, error)

	// Entity returns one entity by id.
	Entity(ctx context.Context, id string) (*Entity, error)
	// EntitiesByID returns the entities with the given ids in the same
	// order, nil where an id is unknown (for dataloaders).
	EntitiesByID(ctx context.Context, ids []string) ([]*Entity, error)
	// Entities lists entities matching f, ordered by id.
	Entities(ctx context.Context, f EntityFilter) (*EntityPage, error)
	// Search finds entities by name, alias or pinyin, best first.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)

	// Relation returns one relation by id.
	Relation(ctx context.Context, id string) (*Relation, error)
	// Relations lists relations matching f, ordered by id.
	Relations(ctx context.Context, f RelationFilter) (*RelationPage, error)

	// Document returns one document by id.
	Document(ctx context.Context, id string) (*Document, error)
	// DocumentsByID returns the documents with the given ids in the same
	// order, nil where an id is unknown (for dataloaders).
	DocumentsByID(ctx context.Context, ids []string) ([]*Document, error)
	// Documents lists documents ordered by id.
	Documents(ctx context.Context, p Page) (*DocumentPage, error)

	// Neighbourhood returns the subgraph within q.Hops of q.Seeds.
	Neighbourhood(ctx context.Context, q NeighbourhoodQuery) (*Subgraph, error)
	// ShortestPaths returns the shortest path between two entities, or all
	// shortest paths when q.All is set. Edges are followed in either
	// direction. No path within q.MaxHops gives an empty slice, not an error.
	ShortestPaths(ctx context.Context, q PathQuery) ([]Path, error)
	// Cooperation returns every relation linking region A (or anything
	// within it) with region B (or anything within it), and every thing
	// co-built by both sides.
	Cooperation(ctx context.Context, q CooperationQuery) (*Cooperation, error)
	// Dependencies returns what an entity depends on and what depends on it.
	Dependencies(ctx context.Context, q DependencyQuery) (*Dependencies, error)
	// CooperationMatrix aggregates the relations between the regions of
	// one level pair by pair (BuildMatrix).
	CooperationMatrix(ctx context.Context, q MatrixQuery) (*Matrix, error)

	// Stats counts the store's contents.
	Stats(ctx context.Context, top int) (*Stats, error)

	// Close releases the store's resources.
	Close(ctx context.Context) error
}

// LoadStats says what a Load wrote.
type LoadStats struct {
	Documents int
	Entities  int
	Relations int
	Evidence  int
}

// Page asks for one page of an ordered list: up to First items after the
// item whose id is After ("" for the start).
type Page struct {
	First int
	After string
}

// Direction says which way edges are followed from an entity.
type Direction string

// Directions.
const (
	Out  Direction = "OUT"
	In   Direction = "IN"
	Both Direction = "BOTH"
)

// EntityFilter selects entities. Zero fields select everything.
type EntityFilter struct {
	Types []EntityType
	// Within is a region or region group id: only entities in it: the
	// region itself, the regions with a chain of PART_OF between regions
	// into it, and the things LOCATED_IN those (see package storetest).
	Within string
	// Document keeps entities the document mentions.
	Document string
	// Name keeps entities whose name or an alias contains it, Latin
	// letters in any case (NameMatches).
	Name string
	Page Page
}

// EntityPage is one page of entities and the total that match.
type EntityPage struct {
	Entities []*Entity
	Total    int
	HasNext  bool
}

// RelationFilter selects relations. Zero fields select everything.
type RelationFilter struct {
	Types []RelationType
	// Entity keeps relations with this entity at either end.
	Entity string
	// Document keeps relations with evidence from this document, and of
	// their evidence only the pieces from it (EvidenceFrom).
	Document string
	// Time keeps relations with evidence from documents it selects, and of
	// their evidence only the pieces from those (with Document: both).
	Time TimeFilter
	Page Page
}

// RelationPage is one page of relations and the total that match.
type RelationPage struct {
	Relations []*Relation
	Total     int
	HasNext   bool
}

// DocumentPage is one page of documents and the total.
type DocumentPage struct {
	Documents []*Document
	Total     int
	HasNext   bool
}

// SearchQuery asks for entities by text. Text has already been normalised
// by the caller (simplified characters, no spaces, lower case for pinyin).
type SearchQuery struct {
	Text  string
	Types []EntityType
	Limit int
}

// SearchHit is one search result. Higher Score ranks first; ties by id.
type SearchHit struct {
	Entity *Entity
	Score  float64
	// Matched says what matched: "name", "alias", "pinyin" (exact, prefix
	// or substring variants are scored apart).
	Matched string
}

// NeighbourhoodQuery asks for the subgraph around some entities.
type NeighbourhoodQuery struct {
	Seeds         []string
	Hops          int
	RelationTypes []RelationType // empty: all
	EntityTypes   []EntityType   // empty: all; seeds are always kept
	Direction     Direction      // "" means Both
	Document      string         // keep only edges with evidence from it
	// Time keeps only edges with evidence from documents it selects; the
	// edges returned keep only the evidence from documents passing both
	// Document and Time.
	Time     TimeFilter
	MaxNodes int
}

// Subgraph is a flat list of nodes and the edges among them, as
// visualisation libraries take it.
type Subgraph struct {
	Nodes []*Entity
	Edges []*Relation
	// Truncated is set when a limit cut the result.
	Truncated bool
}

// PathQuery asks for shortest paths between two entities.
type PathQuery struct {
	From, To      string
	MaxHops       int
	RelationTypes []RelationType
	All           bool
	MaxPaths      int
}

// Path is a walk from one entity to another: Nodes has one more element
// than Edges, and Edges[i] joins Nodes[i] and Nodes[i+1] in either direction.
type Path struct {
	Nodes []*Entity
	Edges []*Relation
}

// CooperationQuery asks for the links between two regions or groups.
type CooperationQuery struct {
	A, B          string
	RelationTypes []RelationType // empty: DefaultCooperationTypes
	MaxEdges      int
}

// Cooperation is everything linking two regions.
type Cooperation struct {
	A, B *Entity
	// Subgraph holds the linking edges and their end nodes.
	Subgraph
	// CoBuilt lists things both sides co-build.
	CoBuilt []CoBuilt
}

// CoBuilt is a thing co-built by both sides of a cooperation query.
type CoBuilt struct {
	Thing *Entity
	// Builders are the CO_BUILDS edges into Thing from either side.
	Builders []*Relation
}

// DependencyQuery asks what an entity depends on and what depends on it.
type DependencyQuery struct {
	ID            string
	Depth         int
	RelationTypes []RelationType // empty: DefaultDependencyTypes; others are EINVALID
	MaxNodes      int
}

// Dependencies is the answer to a DependencyQuery.
type Dependencies struct {
	Root *Entity
	// DependsOn follows edges out of Root, Dependents edges into it.
	DependsOn  Subgraph
	Dependents Subgraph
}

// DefaultDependencyTypes are the dependency relations: RELIES_ON (the
// dependent -> what it depends on) and INCLUDED_IN (the thing included ->
// the plan or zone). A dependency query follows them when none are given,
// and no others: CONNECTS (a route -> each place it joins) says nothing of
// dependence, and walking it would lead from a zone into a city and back
// out to every road through the city.
func DefaultDependencyTypes() []RelationType {
	return []RelationType{ReliesOn, IncludedIn}
}

// DefaultCooperationTypes are the relation types a cooperation query or
// matrix counts when none are given: every type but PART_OF and
// LOCATED_IN, which place things rather than relate partners.
func DefaultCooperationTypes() []RelationType {
	var out []RelationType
	for _, t := range RelationTypes() {
		if t != PartOf && t != LocatedIn {
			out = append(out, t)
		}
	}
	return out
}

// CheckDependencyTypes returns an EINVALID error when ts holds a type that
// is not a dependency relation (DefaultDependencyTypes).
func CheckDependencyTypes(ts []RelationType) error {
	for _, t := range ts {
		if !slices.Contains(DefaultDependencyTypes(), t) {
			return Errorf(EINVALID, "dependencies follow only the dependency relations RELIES_ON and INCLUDED_IN, not %q", t)
		}
	}
	return nil
}

// Stats counts a store's contents.
type Stats struct {
	Documents       int
	EntitiesByType  map[EntityType]int
	RelationsByType map[RelationType]int
	Evidence        int
	MostConnected   []Degree
}

// Degree is an entity and how many relations touch it.
type Degree struct {
	Entity *Entity
	Degree int
}

// Defaults and hard caps every Store applies to the limits in its queries.
//
// A zero limit means its default. A negative limit is EINVALID. A count
// limit above its cap (Page.First, SearchQuery.Limit, MaxNodes, MaxPaths,
// MaxEdges, Stats' top) is lowered to the cap, and the answer says so with
// Truncated or HasNext where it has such a field. A depth above its cap
// (NeighbourhoodQuery.Hops, PathQuery.MaxHops, DependencyQuery.Depth) is
// EINVALID, since lowering it would change the answer silently.
const (
	DefaultPageSize    = 100
	CapPageSize        = 1000
	DefaultSearchLimit = 20
	CapSearchLimit     = 200
	DefaultHops        = 1
	CapHops            = 4
	DefaultMaxNodes    = 500
	CapMaxNodes        = 10000
	DefaultPathHops    = 6
	CapPathHops        = 12
	DefaultMaxPaths    = 20
	CapMaxPaths        = 200
	DefaultMaxEdges    = 1000
	CapMaxEdges        = 10000
	DefaultDepth       = 3
	CapDepth           = 8
	DefaultTop         = 10
	CapTop             = 100
)

// Search scores. A hit scores the best of these over the entity's name,
// aliases and pinyin (see ScoreEntity); equal scores rank by entity id.
// Matched is "name", "alias" or "pinyin" after the field that gave the
// score.
const (
	ScoreNameExact       = 1.0
	ScoreAliasExact      = 0.9
	ScorePinyinExact     = 0.8
	ScoreNamePrefix      = 0.7
	ScoreAliasPrefix     = 0.6
	ScorePinyinPrefix    = 0.5
	ScoreNameSubstring   = 0.4
	ScoreAliasSubstring  = 0.3
	ScorePinyinSubstring = 0.2
)

// ScoreCoverage is the most a prefix or substring match adds to its class
// score for covering more of the field: "pingxiang" ranks 萍乡市
// (pingxiangshi) above 萍乡高铁枢纽. It stays below the 0.1 between classes.
const ScoreCoverage = 0.09

// ScoreEntity scores text against an entity's name, aliases and pinyin:
// the best of the Score* classes, plus for prefix and substring matches
// ScoreCoverage times the share of the field the text covers. It returns
// 0 when nothing matches. Both stores rank search hits with it.
func ScoreEntity(name string, aliases []string, pinyin, text string) (float64, string) {
	best, matched := 0.0, ""
	n := utf8.RuneCountInString(text)
	try := func(s, field string, exact, prefix, sub float64) {
		var v float64
		switch {
		case s == "" || text == "":
			return
		case s == text:
			v = exact
		case strings.HasPrefix(s, text):
			v = prefix + ScoreCoverage*float64(n)/float64(utf8.RuneCountInString(s))
		case strings.Contains(s, text):
			v = sub + ScoreCoverage*float64(n)/float64(utf8.RuneCountInString(s))
		default:
			return
		}
		if v > best {
			best, matched = v, field
		}
	}
	try(name, "name", ScoreNameExact, ScoreNamePrefix, ScoreNameSubstring)
	for _, a := range aliases {
		try(a, "alias", ScoreAliasExact, ScoreAliasPrefix, ScoreAliasSubstring)
	}
	try(pinyin, "pinyin", ScorePinyinExact, ScorePinyinPrefix, ScorePinyinSubstring)
	return best, matched
}

// ScoreClass returns the Score* class a score belongs to (the score
// without its coverage part).
func ScoreClass(score float64) float64 {
	for _, c := range []float64{ScoreNameExact, ScoreAliasExact, ScorePinyinExact, ScoreNamePrefix, ScoreAliasPrefix,
		ScorePinyinPrefix, ScoreNameSubstring, ScoreAliasSubstring, ScorePinyinSubstring} {
		if score >= c-1e-9 {
			return c
		}
	}
	return 0
}

// IsArea reports whether entities of type t are areas: regions of the
// gazetteer and region groups. Areas are never LOCATED_IN anything.
func (t EntityType) IsArea() bool { return t.IsRegion() || t == RegionGroup }

// SkippedError is what Store.Load returns when it left out records the
// ontology forbids (see CheckOntology) and loaded the rest of the graph:
// the LoadStats returned with it count what was loaded. Its code is
// EINVALID; Skipped names every record left out, one message each.
type SkippedError struct {
	Skipped []string
}

// Error implements error.
func (e *SkippedError) Error() string { return "kg: load: " + e.message() }

// Unwrap gives the EINVALID *Error, so that ErrorCode and ErrorMessage
// work on a SkippedError.
func (e *SkippedError) Unwrap() error { return &Error{Code: EINVALID, Message: e.message()} }

func (e *SkippedError) message() string {
	return fmt.Sprintf("%d records skipped (the rest was loaded): %s", len(e.Skipped), strings.Join(e.Skipped, "; "))
}

// CheckOntology returns g without the relations the ontology forbids, and
// one message naming each relation left out:
//
//   - LOCATED_IN from a region or a region group (only parks, hubs,
//     projects, institutions and other things are located in a region);
//   - PART_OF that would close a cycle (a self-loop included) with the
//     PART_OF edges already stored (stored, as from/to pairs) and those of g
//     kept before it.
//
// typeOf gives the type of an entity that g does not hold ("" when
// unknown). Relations CheckOntology cannot judge (unknown ends, invalid
// types) pass through for the store's own validation. When nothing is
// left out, g itself is returned.
func CheckOntology(g *Graph, typeOf func(id string) EntityType, stored [][2]string) (*Graph, []string) {
	if g == nil {
		return nil, nil
	}
	types := make(map[string]EntityType, len(g.Entities))
	for _, e := range g.Entities {
		types[e.ID] = e.Type
	}
	typ := func(id string) EntityType {
		if t, ok := types[id]; ok {
			return t
		}
		return typeOf(id)
	}
	up := map[string][]string{} // PART_OF adjacency: from -> to
	for _, p := range stored {
		up[p[0]] = append(up[p[0]], p[1])
	}
	// reaches reports whether a PART_OF path leads from a to b.
	reaches := func(a, b string) bool {
		seen := map[string]bool{a: true}
		stack := []string{a}
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if u == b {
				return true
			}
			for _, v := range up[u] {
				if !seen[v] {
					seen[v] = true
					stack = append(stack, v)
				}
			}
		}
		return false
	}
	var skipped []string
	var kept []Relation
	for i, r := range g.Relations {
		var why string
		switch r.Type {
		case LocatedIn:
			if t := typ(r.From); t.IsArea() {
				why = fmt.Sprintf("relation %s (LOCATED_IN %s -> %s) skipped: %s is a %s, and only things, never regions or region groups, are LOCATED_IN a region",
					r.ID, r.From, r.To, r.From, t)
			}
		case PartOf:
			if r.From != "" && r.To != "" && reaches(r.To, r.From) {
				why = fmt.Sprintf("relation %s (PART_OF %s -> %s) skipped: it would close a PART_OF cycle (%s is already within %s)",
					r.ID, r.From, r.To, r.To, r.From)
			} else if r.From != "" && r.To != "" && !slices.Contains(up[r.From], r.To) {
				up[r.From] = append(up[r.From], r.To)
			}
		}
		if why == "" {
			if skipped != nil {
				kept = append(kept, r)
			}
			continue
		}
		if skipped == nil {
			kept = append(make([]Relation, 0, len(g.Relations)), g.Relations[:i]...)
		}
		skipped = append(skipped, why)
	}
	if skipped == nil {
		return g, nil
	}
	out := *g
	out.Relations = kept
	return &out, skipped
}

// NestedSides returns the EINVALID error of a cooperation query whose
// sides nest (bInA: b is within a; aInB: a is within b), nil otherwise.
// Cooperation between a region and a region inside it (a city and its
// province) has no meaning: every edge of the inner one would count.
func NestedSides(a, b string, bInA, aInB bool) error {
	switch {
	case bInA:
		return Errorf(EINVALID, "cooperation needs two separate sides, but b (%s) is within a (%s); ask about %s and a region outside %s", b, a, b, a)
	case aInB:
		return Errorf(EINVALID, "cooperation needs two separate sides, but a (%s) is within b (%s); ask about %s and a region outside %s", a, b, a, b)
	}
	return nil
}

// EvidenceFrom returns the pieces of evs from document doc, in order; all
// of evs when doc is "". Stores apply it to the relations a RelationFilter
// with a Document returns.
func EvidenceFrom(evs []Evidence, doc string) []Evidence {
	if doc == "" {
		return evs
	}
	out := make([]Evidence, 0, len(evs))
	for _, ev := range evs {
		if ev.Document == doc {
			out = append(out, ev)
		}
	}
	return out
}

// NameMatches reports whether name or an alias contains text, Latin
// letters compared in lower case: the EntityFilter.Name rule of both
// stores.
func NameMatches(name string, aliases []string, text string) bool {
	text = strings.ToLower(text)
	if strings.Contains(strings.ToLower(name), text) {
		return true
	}
	return slices.ContainsFunc(aliases, func(a string) bool { return strings.Contains(strings.ToLower(a), text) })
}
