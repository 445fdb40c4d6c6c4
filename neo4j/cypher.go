package neo4j

import (
	"strconv"
	"strings"

	"github.com/cnplan/kg"
)

// Labels and relationship types cannot be Cypher parameters, so the few
// queries that need them put them into the query text. They only ever come
// from the closed sets kg.EntityTypes() and kg.RelationTypes(), checked by
// the functions below right before formatting; values always travel as
// parameters.

// labelOf returns the Neo4j label of an entity type, or an EINVALID error
// when t is not in the ontology.
func labelOf(t kg.EntityType) (string, error) {
	if !t.Valid() {
		return "", kg.Errorf(kg.EINVALID, "unknown entity type %q", string(t))
	}
	return string(t), nil
}

// relTypeOf returns the Neo4j relationship type of a relation type, or an
// EINVALID error when t is not in the ontology.
func relTypeOf(t kg.RelationType) (string, error) {
	if !t.Valid() {
		return "", kg.Errorf(kg.EINVALID, "unknown relation type %q", string(t))
	}
	return string(t), nil
}

// relTypeAlternation returns "A|B|C" for the given relation types (all
// ontology types when ts is empty), for use after ':' in a relationship
// pattern. It never includes MENTIONED_IN, so traversals stay among
// entities.
func relTypeAlternation(ts []kg.RelationType) (string, error) {
	if len(ts) == 0 {
		return allRelTypes, nil
	}
	parts := make([]string, 0, len(ts))
	seen := map[kg.RelationType]bool{}
	for _, t := range ts {
		s, err := relTypeOf(t)
		if err != nil {
			return "", err
		}
		if !seen[t] {
			seen[t] = true
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "|"), nil
}

// allRelTypes is relTypeAlternation of every ontology type, the usual
// case, made once.
var allRelTypes = func() string {
	parts := make([]string, 0, len(kg.RelationTypes()))
	for _, t := range kg.RelationTypes() {
		parts = append(parts, string(t))
	}
	return strings.Join(parts, "|")
}()

// hopBound formats a variable-length bound. Cypher does not accept
// parameters there, so the integer is checked to lie in [lo, hi] and then
// formatted with strconv: the result is only ever decimal digits, which
// cannot change the query's structure.
func hopBound(n, lo, hi int, what string) (string, error) {
	if n < lo || n > hi {
		return "", kg.Errorf(kg.EINVALID, "%s must be between %d and %d, got %d", what, lo, hi, n)
	}
	return strconv.Itoa(n), nil
}

// entityTypeStrings returns the string forms of ts after validating them.
func entityTypeStrings(ts []kg.EntityType) ([]string, error) {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		if _, err := labelOf(t); err != nil {
			return nil, err
		}
		out = append(out, string(t))
	}
	return out, nil
}
