package neo4j

import (
	"cmp"
	"context"
	"slices"

	"github.com/cnplan/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// maxSearchCandidates bounds the candidates a search scores.
const maxSearchCandidates = 5000

// Search finds entities by name, alias or pinyin, best first, scored with
// the kg.Score* constants. Candidates are every entity whose name, an alias
// or pinyin contains the text, found through TEXT indexes (which answer
// CONTAINS for any length, unlike the bigram CJK full-text index, which
// misses one-character queries); they are scored in Go so that ranking is
// exactly the suite's and not Lucene's.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	text := q.Text
	if text == "" {
		return nil, kg.Errorf(kg.EINVALID, "search text is empty")
	}
	n, err := limit(q.Limit, kg.DefaultSearchLimit, kg.CapSearchLimit, "search limit")
	if err != nil {
		return nil, err
	}
	types, err := entityTypeStrings(q.Types)
	if err != nil {
		return nil, err
	}
	// Every candidate source is index-backed: the TEXT indexes on name,
	// pinyin and alias_text (the aliases joined by U+001F) answer CONTAINS.
	cypher := `CALL {
  MATCH (e:Entity) WHERE e.name CONTAINS $q RETURN e
  UNION
  MATCH (e:Entity) WHERE e.alias_text CONTAINS $q RETURN e
  UNION
  MATCH (e:Entity) WHERE e.pinyin CONTAINS $q RETURN e
}
WITH e WHERE size($types) = 0 OR e.type IN $types
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.pinyin AS pinyin
LIMIT $cap`
	params := map[string]any{"q": text, "types": types, "cap": int64(maxSearchCandidates)}
	type cand struct {
		id      string
		score   float64
		matched string
	}
	cands, err := read(ctx, s, "search", func(tx neo4j.ManagedTransaction) ([]cand, error) {
		recs, err := run(ctx, tx, cypher, params)
		if err != nil {
			return nil, err
		}
		var out []cand
		for _, r := range recs {
			score, matched := kg.ScoreEntity(str(r, "name"), asStrings(val(r, "aliases")), str(r, "pinyin"), text)
			if score > 0 {
				out = append(out, cand{str(r, "id"), score, matched})
			}
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.id, b.id))
	})
	cands = cands[:min(n, len(cands))]
	ids := make([]string, len(cands))
	for i, c := range cands {
		ids[i] = c.id
	}
	ents, err := s.EntitiesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	hits := make([]kg.SearchHit, 0, len(cands))
	for i, c := range cands {
		if ents[i] != nil {
			hits = append(hits, kg.SearchHit{Entity: ents[i], Score: c.score, Matched: c.matched})
		}
	}
	return hits, nil
}
