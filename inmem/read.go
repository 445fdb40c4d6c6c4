package inmem

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/cnplan/kg"
)

// countLimit applies a count limit's default and cap.
func countLimit(op, name string, v, def, capV int) (int, error) {
	switch {
	case v < 0:
		return 0, invalid(op, "%s must not be negative, got %d", name, v)
	case v == 0:
		return def, nil
	case v > capV:
		return capV, nil
	}
	return v, nil
}

// depthLimit applies a depth's default and cap.
func depthLimit(op, name string, v, def, capV int) (int, error) {
	switch {
	case v < 0:
		return 0, invalid(op, "%s must not be negative, got %d", name, v)
	case v == 0:
		return def, nil
	case v > capV:
		return 0, invalid(op, "%s must be at most %d, got %d", name, capV, v)
	}
	return v, nil
}

// entityMask returns a bit mask of entity types; 0 means all.
func entityMask(op string, ts []kg.EntityType) (uint32, error) {
	var m uint32
	for _, t := range ts {
		if !t.Valid() {
			return 0, invalid(op, "unknown entity type %q", t)
		}
		m |= 1 << entTypeIndex(t)
	}
	return m, nil
}

// relationMask returns a bit mask of relation types; def when ts is empty.
func relationMask(op string, ts []kg.RelationType, def uint32) (uint32, error) {
	if len(ts) == 0 {
		return def, nil
	}
	var m uint32
	for _, t := range ts {
		if !t.Valid() {
			return 0, invalid(op, "unknown relation type %q", t)
		}
		m |= 1 << relTypeIndex(t)
	}
	return m, nil
}

// allRelations is the mask of every relation type.
func allRelations() uint32 { return 1<<len(kg.RelationTypes()) - 1 }

func maskOf(ts ...kg.RelationType) uint32 {
	var m uint32
	for _, t := range ts {
		m |= 1 << relTypeIndex(t)
	}
	return m
}

// entity looks up a required entity id.
func (st *state) entity(op, what, id string) (int32, error) {
	if id == "" {
		return 0, invalid(op, "%s is empty", what)
	}
	i, ok := st.entIdx[id]
	if !ok {
		return 0, notFound(op, "no entity %s", id)
	}
	return i, nil
}

// document checks an optional document id.
func (st *state) document(op, id string) error {
	if id == "" {
		return nil
	}
	if _, ok := st.docs[id]; !ok {
		return notFound(op, "no document %s", id)
	}
	return nil
}

// docSet is the documents a query's document and time filters select;
// nil selects every document.
type docSet map[string]bool

// docFilter checks an optional document id and a time filter and returns
// the documents passing both, nil when neither filters.
func (st *state) docFilter(op, doc string, tf kg.TimeFilter) (docSet, error) {
	if err := st.document(op, doc); err != nil {
		return nil, err
	}
	if err := tf.Check(); err != nil {
		return nil, fmt.Errorf("inmem: %s: %w", op, err)
	}
	if doc == "" && tf.IsZero() {
		return nil, nil
	}
	set := docSet{}
	for id, d := range st.docs {
		if (doc == "" || id == doc) && tf.Matches(d) {
			set[id] = true
		}
	}
	return set, nil
}

// hasEvidenceIn reports whether relation i has evidence from a document
// of docs (always, for nil docs).
func (st *state) hasEvidenceIn(i int32, docs docSet) bool {
	if docs == nil {
		return true
	}
	for _, ev := range st.rels[i].Evidence {
		if docs[ev.Document] {
			return true
		}
	}
	return false
}

// year returns the year of a document's date, 0 when unknown.
func (st *state) year(doc string) int {
	if d := st.docs[doc]; d != nil {
		return d.Year()
	}
	return 0
}

// ent returns a copy of entity i with its degree and document count.
func (st *state) ent(i int32) *kg.Entity {
	e := cloneEntity(st.ents[i])
	e.Degree = len(st.adj[i])
	e.Documents = len(e.MentionsByDocument)
	return e
}

// rel returns a copy of relation i with only the evidence from docs (all
// of it for nil docs), weighed.
func (st *state) rel(i int32, docs docSet) *kg.Relation {
	r := cloneRelation(st.rels[i])
	if docs != nil {
		r.Evidence = slices.DeleteFunc(r.Evidence, func(ev kg.Evidence) bool { return !docs[ev.Document] })
	}
	r.Weight = kg.WeighRelation(r.Evidence, st.year)
	return r
}

// within returns the set of entities within entity i: i, every region
// with a chain of PART_OF edges between regions into it (a region group
// holds its member regions and theirs), and every thing (not a region or
// a group) LOCATED_IN one of those. Things are leaves: nothing is within
// them. Groups and other things are never reached through PART_OF, nor
// anything through a LOCATED_IN from an area.
func (st *state) within(ctx context.Context, op string, i int32) (map[int32]bool, error) {
	partOf, locatedIn := relTypeIndex(kg.PartOf), relTypeIndex(kg.LocatedIn)
	ets := kg.EntityTypes()
	set := map[int32]bool{i: true}
	queue := []int32{i}
	for n := 0; len(queue) > 0; n++ {
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, ctxError(op, err)
			}
		}
		u := queue[0]
		queue = queue[1:]
		for _, h := range st.adj[u] {
			if h.out || set[h.other] {
				continue
			}
			t := ets[st.entType[h.other]]
			switch {
			case h.typ == partOf && t.IsRegion():
				set[h.other] = true
				queue = append(queue, h.other)
			case h.typ == locatedIn && !t.IsArea():
				set[h.other] = true
			}
		}
	}
	return set, nil
}

// Entity returns one entity by id.
func (s *Store) Entity(ctx context.Context, id string) (*kg.Entity, error) {
	const op = "entity"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	i, err := st.entity(op, "id", id)
	if err != nil {
		return nil, err
	}
	return st.ent(i), nil
}

// EntitiesByID returns the entities with the given ids in order, nil for
// unknown ids.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) ([]*kg.Entity, error) {
	st, err := s.snapshot(ctx, "entities by id")
	if err != nil {
		return nil, err
	}
	out := make([]*kg.Entity, len(ids))
	for k, id := range ids {
		if i, ok := st.entIdx[id]; ok {
			out[k] = st.ent(i)
		}
	}
	return out, nil
}

// Entities lists the entities matching f, ordered by id.
func (s *Store) Entities(ctx context.Context, f kg.EntityFilter) (*kg.EntityPage, error) {
	const op = "entities"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	first, err := countLimit(op, "first", f.Page.First, kg.DefaultPageSize, kg.CapPageSize)
	if err != nil {
		return nil, err
	}
	mask, err := entityMask(op, f.Types)
	if err != nil {
		return nil, err
	}
	if err := st.document(op, f.Document); err != nil {
		return nil, err
	}
	var in map[int32]bool
	if f.Within != "" {
		w, err := st.entity(op, "within", f.Within)
		if err != nil {
			return nil, err
		}
		if in, err = st.within(ctx, op, w); err != nil {
			return nil, err
		}
	}
	match := func(i int32) bool {
		e := st.ents[i]
		if mask != 0 && mask&(1<<st.entType[i]) == 0 {
			return false
		}
		if in != nil && !in[i] {
			return false
		}
		if f.Document != "" && e.MentionsByDocument[f.Document] == 0 {
			return false
		}
		if f.Name != "" && !kg.NameMatches(e.Name, e.Aliases, f.Name) {
			return false
		}
		return true
	}
	if in == nil && f.Document == "" && f.Name == "" {
		return st.entityPage(mask, f.Page.After, first), nil
	}
	page := &kg.EntityPage{Entities: []*kg.Entity{}}
	// The candidates are the shortest of the lists the filters give (the
	// entities within, those the document mentions, those whose fields
	// hold the name's character pairs), each ascending, i.e. in id order;
	// match checks every filter on them. So the cost follows the smallest
	// filter's answer, not the number of entities.
	var lists [][]int32
	if in != nil {
		ids := make([]int32, 0, len(in))
		for i := range in {
			ids = append(ids, i)
		}
		slices.Sort(ids)
		lists = append(lists, ids)
	}
	if f.Document != "" {
		lists = append(lists, st.docEnts[f.Document])
	}
	if f.Name != "" {
		lists = append(lists, st.names.candidates(f.Name))
	}
	candidates := slices.MinFunc(lists, func(a, b []int32) int { return cmp.Compare(len(a), len(b)) })
	for n, i := range candidates {
		if n%checkEvery == checkEvery-1 {
			if err := ctx.Err(); err != nil {
				return nil, ctxError(op, err)
			}
		}
		if !match(i) {
			continue
		}
		page.Total++
		if st.ents[i].ID <= f.Page.After {
			continue
		}
		if len(page.Entities) < first {
			page.Entities = append(page.Entities, st.ent(i))
		} else {
			page.HasNext = true
		}
	}
	return page, nil
}

// entityPage is Entities filtered by type at most (mask, 0 for all): the
// total from the lengths of the per-type lists, the page from the first
// entity after the cursor in each list (binary search), merged in id
// order. Its cost depends on the page, not on the number of entities; the
// answer is that of the scan of every entity.
func (st *state) entityPage(mask uint32, after string, first int) *kg.EntityPage {
	page := &kg.EntityPage{Entities: []*kg.Entity{}}
	var lists [][]int32
	for t, list := range st.byType {
		if mask == 0 || mask&(1<<t) != 0 {
			page.Total += len(list)
			lists = append(lists, list)
		}
	}
	page.HasNext = pageOf(lists, func(i int32) string { return st.ents[i].ID }, after, first, func(i int32) {
		page.Entities = append(page.Entities, st.ent(i))
	})
	return page
}

// pageOf calls add with the first items after the cursor of the union of
// lists (each in id order, items numbered in id order, disjoint), at most
// first of them, in id order, and reports whether more follow. id gives
// an item's id.
func pageOf(lists [][]int32, id func(int32) string, after string, first int, add func(int32)) bool {
	rest := make([][]int32, 0, len(lists))
	for _, l := range lists {
		k, _ := slices.BinarySearchFunc(l, after, func(i int32, after string) int {
			if id(i) <= after {
				return -1
			}
			return 1
		})
		if k < len(l) {
			rest = append(rest, l[k:])
		}
	}
	for n := 0; len(rest) > 0; n++ {
		if n == first {
			return true
		}
		best := 0
		for k := range rest {
			if rest[k][0] < rest[best][0] {
				best = k
			}
		}
		add(rest[best][0])
		if rest[best] = rest[best][1:]; len(rest[best]) == 0 {
			rest = slices.Delete(rest, best, best+1)
		}
	}
	return false
}

// Search finds entities by name, alias or pinyin, best first.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	const op = "search"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	if q.Text == "" {
		return nil, invalid(op, "empty search text")
	}
	limit, err := countLimit(op, "limit", q.Limit, kg.DefaultSearchLimit, kg.CapSearchLimit)
	if err != nil {
		return nil, err
	}
	mask, err := entityMask(op, q.Types)
	if err != nil {
		return nil, err
	}
	type scored struct {
		i       int32
		score   float64
		matched string
	}
	var hits []scored
	// Only the entities whose fields hold every character pair of the text
	// can match (nameIndex); they come in id order, as ties need.
	for n, i := range st.names.candidates(q.Text) {
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, ctxError(op, err)
			}
		}
		if mask != 0 && mask&(1<<st.entType[i]) == 0 {
			continue
		}
		e := st.ents[i]
		if score, matched := kg.ScoreEntity(e.Name, e.Aliases, e.Pinyin, q.Text); score > 0 {
			hits = append(hits, scored{i, score, matched})
		}
	}
	// Entities are in id order already: a stable sort by score keeps ties by id.
	slices.SortStableFunc(hits, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	if len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]kg.SearchHit, len(hits))
	for k, h := range hits {
		out[k] = kg.SearchHit{Entity: st.ent(h.i), Score: h.score, Matched: h.matched}
	}
	return out, nil
}

// Relation returns one relation by id.
func (s *Store) Relation(ctx context.Context, id string) (*kg.Relation, error) {
	const op = "relation"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	if id == "" {
		return nil, invalid(op, "id is empty")
	}
	i, ok := st.relIdx[id]
	if !ok {
		return nil, notFound(op, "no relation %s", id)
	}
	return st.rel(i, nil), nil
}

// Relations lists the relations matching f, ordered by id.
func (s *Store) Relations(ctx context.Context, f kg.RelationFilter) (*kg.RelationPage, error) {
	const op = "relations"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	first, err := countLimit(op, "first", f.Page.First, kg.DefaultPageSize, kg.CapPageSize)
	if err != nil {
		return nil, err
	}
	mask, err := relationMask(op, f.Types, allRelations())
	if err != nil {
		return nil, err
	}
	docs, err := st.docFilter(op, f.Document, f.Time)
	if err != nil {
		return nil, err
	}
	var candidates []int32
	if f.Entity != "" {
		e, err := st.entity(op, "entity", f.Entity)
		if err != nil {
			return nil, err
		}
		for _, h := range st.adj[e] {
			candidates = append(candidates, h.rel)
		}
		slices.Sort(candidates)
		candidates = slices.Compact(candidates)
	}
	page := &kg.RelationPage{Relations: []*kg.Relation{}}
	visit := func(i int32) {
		if mask&(1<<st.relType[i]) == 0 {
			return
		}
		if !st.hasEvidenceIn(i, docs) {
			return
		}
		page.Total++
		if st.rels[i].ID <= f.Page.After {
			return
		}
		if len(page.Relations) < first {
			r := st.rel(i, docs)
			page.Relations = append(page.Relations, r)
		} else {
			page.HasNext = true
		}
	}
	if f.Entity != "" {
		for _, i := range candidates {
			visit(i)
		}
		return page, nil
	}
	if docs == nil {
		// Without a document or time filter every relation of the types
		// matches: the total is the per-type counts, the page the merge
		// of the per-type lists from the cursor on (pageOf).
		var lists [][]int32
		for t, list := range st.relByTyp {
			if mask&(1<<t) != 0 {
				page.Total += len(list)
				lists = append(lists, list)
			}
		}
		page.HasNext = pageOf(lists, func(i int32) string { return st.rels[i].ID }, f.Page.After, first, func(i int32) {
			page.Relations = append(page.Relations, st.rel(i, nil))
		})
		return page, nil
	}
	// A document or time filter: the relations with evidence from the
	// documents it selects, from the per-document lists, merged in id
	// order; the cost follows those documents' relations. When those are
	// a good part of all relations (a time filter selecting most
	// documents), reading every relation in order is cheaper than merging.
	postings := 0
	for d := range docs {
		postings += len(st.docRels[d])
	}
	var cands []int32
	if postings < len(st.rels)/4 {
		for d := range docs {
			cands = append(cands, st.docRels[d]...)
		}
		slices.Sort(cands)
		cands = slices.Compact(cands)
	} else {
		cands = make([]int32, len(st.rels))
		for i := range cands {
			cands[i] = int32(i)
		}
	}
	for n, i := range cands {
		if n%checkEvery == checkEvery-1 {
			if err := ctx.Err(); err != nil {
				return nil, ctxError(op, err)
			}
		}
		visit(i)
	}
	return page, nil
}

// Document returns one document by id.
func (s *Store) Document(ctx context.Context, id string) (*kg.Document, error) {
	const op = "document"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	if id == "" {
		return nil, invalid(op, "id is empty")
	}
	d, ok := st.docs[id]
	if !ok {
		return nil, notFound(op, "no document %s", id)
	}
	return cloneDocument(d), nil
}

// DocumentsByID returns the documents with the given ids in order, nil for
// unknown ids.
func (s *Store) DocumentsByID(ctx context.Context, ids []string) ([]*kg.Document, error) {
	st, err := s.snapshot(ctx, "documents by id")
	if err != nil {
		return nil, err
	}
	out := make([]*kg.Document, len(ids))
	for k, id := range ids {
		if d, ok := st.docs[id]; ok {
			out[k] = cloneDocument(d)
		}
	}
	return out, nil
}

// Documents lists documents ordered by id.
func (s *Store) Documents(ctx context.Context, p kg.Page) (*kg.DocumentPage, error) {
	const op = "documents"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	first, err := countLimit(op, "first", p.First, kg.DefaultPageSize, kg.CapPageSize)
	if err != nil {
		return nil, err
	}
	page := &kg.DocumentPage{Documents: []*kg.Document{}, Total: len(st.docIDs)}
	start := sort.SearchStrings(st.docIDs, p.After)
	if start < len(st.docIDs) && st.docIDs[start] == p.After {
		start++
	}
	rest := st.docIDs[start:]
	if len(rest) > first {
		rest, page.HasNext = rest[:first], true
	}
	for _, id := range rest {
		page.Documents = append(page.Documents, cloneDocument(st.docs[id]))
	}
	return page, nil
}

// Stats counts the store's contents and returns the top entities by degree.
func (s *Store) Stats(ctx context.Context, top int) (*kg.Stats, error) {
	const op = "stats"
	st, err := s.snapshot(ctx, op)
	if err != nil {
		return nil, err
	}
	top, err = countLimit(op, "top", top, kg.DefaultTop, kg.CapTop)
	if err != nil {
		return nil, err
	}
	out := &kg.Stats{Documents: len(st.docs), Evidence: st.evidence,
		EntitiesByType: map[kg.EntityType]int{}, RelationsByType: map[kg.RelationType]int{}}
	ets, rts := kg.EntityTypes(), kg.RelationTypes()
	for _, t := range ets {
		out.EntitiesByType[t] = 0
	}
	for _, t := range rts {
		out.RelationsByType[t] = 0
	}
	for k, ids := range st.byType {
		out.EntitiesByType[ets[k]] = len(ids)
	}
	for k, n := range st.relCount {
		out.RelationsByType[rts[k]] = n
	}
	idx := st.mostConnected()
	if len(idx) > top {
		idx = idx[:top]
	}
	out.MostConnected = make([]kg.Degree, len(idx))
	for k, i := range idx {
		out.MostConnected[k] = kg.Degree{Entity: st.ent(i), Degree: len(st.adj[i])}
	}
	return out, nil
}

// mostConnected returns the first kg.CapTop entities by degree descending,
// then id. It sorts once per snapshot, on the first call, so that Stats
// costs what it returns.
func (st *state) mostConnected() []int32 {
	st.topOnce.Do(func() {
		idx := make([]int32, len(st.ents))
		for i := range idx {
			idx[i] = int32(i)
		}
		slices.SortFunc(idx, st.before)
		st.top = slices.Clip(idx[:min(len(idx), kg.CapTop)])
	})
	return st.top
}
