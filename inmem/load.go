package inmem

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/cnplan/kg"
)

// checkEvery is how many items Load and the queries handle between two
// checks of their context.
const checkEvery = 4096

// Load merges g into the store with replace-per-document semantics (see
// kg.Store and package storetest). Relations the ontology forbids are left
// out (kg.CheckOntology) and reported in a *kg.SkippedError returned with
// the stats of what was loaded. It builds the new snapshot aside and
// publishes it at once, so a failed or cancelled Load changes nothing.
func (s *Store) Load(ctx context.Context, g *kg.Graph) (kg.LoadStats, error) {
	const op = "load"
	if g == nil {
		return kg.LoadStats{}, invalid(op, "no graph")
	}
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	old, err := s.snapshot(ctx, op)
	if err != nil {
		return kg.LoadStats{}, err
	}
	g, skipped := kg.CheckOntology(g, old.typeOf, old.partOf())
	in, err := prepare(ctx, old, g)
	if err != nil {
		return kg.LoadStats{}, err
	}
	st, err := merge(ctx, old, in)
	if err != nil {
		return kg.LoadStats{}, err
	}
	if err := ctx.Err(); err != nil {
		return kg.LoadStats{}, ctxError(op, err)
	}
	s.mu.Lock()
	s.st = st
	s.mu.Unlock()
	if skipped != nil {
		return in.stats, fmt.Errorf("inmem: %w", &kg.SkippedError{Skipped: skipped})
	}
	return in.stats, nil
}

// typeOf returns the type of a stored entity, "" for an unknown id.
func (st *state) typeOf(id string) kg.EntityType {
	if i, ok := st.entIdx[id]; ok {
		return st.ents[i].Type
	}
	return ""
}

// partOf returns the stored PART_OF edges as from/to id pairs.
func (st *state) partOf() [][2]string {
	t := relTypeIndex(kg.PartOf)
	var out [][2]string
	for i, ty := range st.relType {
		if ty == t {
			out = append(out, [2]string{st.rels[i].From, st.rels[i].To})
		}
	}
	return out
}

// input is a validated graph with its duplicate entries merged.
type input struct {
	docs  map[string]*kg.Document
	ents  map[string]*kg.Entity // merged entries, owned
	order []string              // entity ids in first-seen order
	rels  map[string]*relRec    // merged entries, owned
	rord  []string
	stats kg.LoadStats
}

// prepare validates g against itself and the store and merges its
// duplicate entries. It copies everything it keeps.
func prepare(ctx context.Context, old *state, g *kg.Graph) (*input, error) {
	const op = "load"
	in := &input{docs: map[string]*kg.Document{}, ents: map[string]*kg.Entity{}, rels: map[string]*relRec{}}
	for i := range g.Documents {
		d := &g.Documents[i]
		if d.ID == "" {
			return nil, invalid(op, "document %d (%q) has no id", i, d.Title)
		}
		if _, dup := in.docs[d.ID]; dup {
			return nil, invalid(op, "document %s appears twice in the graph", d.ID)
		}
		in.docs[d.ID] = cloneDocument(d)
	}
	for i := range g.Entities {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, ctxError(op, err)
			}
		}
		e := &g.Entities[i]
		if err := in.checkEntity(old, i, e); err != nil {
			return nil, err
		}
		m, ok := in.ents[e.ID]
		if !ok {
			m = &kg.Entity{ID: e.ID, Type: e.Type}
			in.ents[e.ID] = m
			in.order = append(in.order, e.ID)
		}
		mergeEntity(m, e)
	}
	for i := range g.Relations {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, ctxError(op, err)
			}
		}
		r := &g.Relations[i]
		if err := in.checkRelation(old, i, r); err != nil {
			return nil, err
		}
		m, ok := in.rels[r.ID]
		if !ok {
			m = &relRec{r: &kg.Relation{ID: r.ID, Type: r.Type, From: r.From, To: r.To}}
			in.rels[r.ID] = m
			in.rord = append(in.rord, r.ID)
		}
		if len(r.Evidence) == 0 {
			m.perm = true
		}
		m.r.Evidence = append(m.r.Evidence, r.Evidence...)
	}
	for _, m := range in.ents {
		normEntity(m)
	}
	for _, m := range in.rels {
		normEvidence(m.r)
		in.stats.Evidence += len(m.r.Evidence)
	}
	in.stats.Documents = len(in.docs)
	in.stats.Entities = len(in.ents)
	in.stats.Relations = len(in.rels)
	return in, nil
}

func (in *input) checkEntity(old *state, i int, e *kg.Entity) error {
	const op = "load"
	if e.ID == "" {
		return invalid(op, "entity %d (%q) has no id", i, e.Name)
	}
	if !e.Type.Valid() {
		return invalid(op, "entity %s has unknown type %q", e.ID, e.Type)
	}
	if m, ok := in.ents[e.ID]; ok && m.Type != e.Type {
		return invalid(op, "entity %s has types %s and %s in the graph", e.ID, m.Type, e.Type)
	}
	if j, ok := old.entIdx[e.ID]; ok && old.ents[j].Type != e.Type {
		return invalid(op, "entity %s has type %s in the graph but %s in the store", e.ID, e.Type, old.ents[j].Type)
	}
	sum := 0
	for doc, n := range e.MentionsByDocument {
		if _, ok := in.docs[doc]; !ok {
			return invalid(op, "entity %s has mentions from %s, which is not a document of the graph", e.ID, doc)
		}
		if n < 0 {
			return invalid(op, "entity %s has a negative mention count for %s", e.ID, doc)
		}
		sum += n
	}
	if e.Mentions != 0 && e.Mentions != sum {
		return invalid(op, "entity %s has %d mentions but %d by document", e.ID, e.Mentions, sum)
	}
	for _, m := range e.Milestones {
		if _, ok := in.docs[m.Document]; m.Document != "" && !ok {
			return invalid(op, "entity %s has a milestone from %s, which is not a document of the graph", e.ID, m.Document)
		}
	}
	return nil
}

func (in *input) checkRelation(old *state, i int, r *kg.Relation) error {
	const op = "load"
	if r.ID == "" {
		return invalid(op, "relation %d (%s %s -> %s) has no id", i, r.Type, r.From, r.To)
	}
	if !r.Type.Valid() {
		return invalid(op, "relation %s has unknown type %q", r.ID, r.Type)
	}
	if r.From == "" || r.To == "" {
		return invalid(op, "relation %s has an empty end", r.ID)
	}
	if want := kg.RelationID(r.Type, r.From, r.To); r.ID != want {
		return invalid(op, "relation %s (%s %s -> %s) should have id %s", r.ID, r.Type, r.From, r.To, want)
	}
	for _, end := range []string{r.From, r.To} {
		if _, ok := in.ents[end]; ok {
			continue
		}
		if _, ok := old.entIdx[end]; ok {
			continue
		}
		return invalid(op, "relation %s: entity %s is neither in the graph nor in the store", r.ID, end)
	}
	for _, ev := range r.Evidence {
		if _, ok := in.docs[ev.Document]; !ok {
			return invalid(op, "relation %s has evidence from %s, which is not a document of the graph", r.ID, ev.Document)
		}
		if ev.Start < 0 || ev.End < ev.Start {
			return invalid(op, "relation %s has evidence with span %d-%d", r.ID, ev.Start, ev.End)
		}
	}
	return nil
}

// mergeEntity merges entry e into m (which it owns): last non-empty Name,
// Code, Parent and Pinyin win; aliases and milestones add up; e's mention
// count for a document replaces m's. Call normEntity afterwards. It is not
// kg.Entity.Absorb: a store takes the later record's name, and appends
// here and deduplicates once in normEntity, where Absorb's search per
// alias would grow with the number of documents loaded.
func mergeEntity(m, e *kg.Entity) {
	if e.Name != "" {
		m.Name = e.Name
	}
	if e.Code != "" {
		m.Code = e.Code
	}
	if e.Parent != "" {
		m.Parent = e.Parent
	}
	if e.Pinyin != "" {
		m.Pinyin = e.Pinyin
	}
	m.Aliases = append(m.Aliases, e.Aliases...)
	if len(e.MentionsByDocument) > 0 && m.MentionsByDocument == nil {
		m.MentionsByDocument = map[string]int{}
	}
	for doc, n := range e.MentionsByDocument {
		m.MentionsByDocument[doc] = n // the later entry's word wins for a document
	}
	m.Milestones = append(m.Milestones, e.Milestones...)
}

// normEntity sorts and deduplicates aliases (without the name) and
// milestones, drops zero mention counts and recomputes Mentions.
func normEntity(m *kg.Entity) {
	m.Aliases = slices.DeleteFunc(m.Aliases, func(a string) bool { return a == "" || a == m.Name })
	slices.Sort(m.Aliases)
	m.Aliases = slices.Compact(m.Aliases)
	if len(m.Aliases) == 0 {
		m.Aliases = nil
	}
	m.Mentions = 0
	for doc, n := range m.MentionsByDocument {
		if n == 0 {
			delete(m.MentionsByDocument, doc)
		}
		m.Mentions += n
	}
	if len(m.MentionsByDocument) == 0 {
		m.MentionsByDocument = nil
	}
	slices.SortFunc(m.Milestones, kg.CompareMilestones)
	m.Milestones = slices.Compact(m.Milestones)
	if len(m.Milestones) == 0 {
		m.Milestones = nil
	}
}

// normEvidence sorts and deduplicates r's evidence.
func normEvidence(r *kg.Relation) {
	slices.SortFunc(r.Evidence, kg.CompareEvidence)
	r.Evidence = slices.Compact(r.Evidence)
	if len(r.Evidence) == 0 {
		r.Evidence = nil
	}
}

// merge builds the state that results from loading in over old. Objects
// of old are shared where nothing changes and copied where something does.
func merge(ctx context.Context, old *state, in *input) (*state, error) {
	const op = "load"
	docs := maps.Clone(old.docs)
	maps.Copy(docs, in.docs)

	// Entities: drop what the documents of g gave before, then add g's.
	ents := make(map[string]*kg.Entity, len(old.ents)+len(in.ents))
	for i, e := range old.ents {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, ctxError(op, err)
			}
		}
		if touchesDocs(e, in.docs) {
			c := cloneEntity(e)
			for doc := range in.docs {
				delete(c.MentionsByDocument, doc)
			}
			c.Milestones = slices.DeleteFunc(c.Milestones, func(m kg.Milestone) bool {
				_, ok := in.docs[m.Document]
				return ok
			})
			normEntity(c)
			e = c
		}
		ents[e.ID] = e
	}
	for _, id := range in.order {
		e := in.ents[id]
		if cur, ok := ents[id]; ok {
			c := cloneEntity(cur)
			mergeEntity(c, e)
			normEntity(c)
			ents[id] = c
		} else {
			ents[id] = e // owned by in
		}
	}

	// Relations: likewise with evidence.
	rels := make(map[string]*relRec, len(old.rels)+len(in.rels))
	for i, r := range old.rels {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, ctxError(op, err)
			}
		}
		rec := &relRec{r: r, perm: old.perm[i]}
		if slices.ContainsFunc(r.Evidence, func(ev kg.Evidence) bool { _, ok := in.docs[ev.Document]; return ok }) {
			c := cloneRelation(r)
			c.Evidence = slices.DeleteFunc(c.Evidence, func(ev kg.Evidence) bool { _, ok := in.docs[ev.Document]; return ok })
			if len(c.Evidence) == 0 {
				c.Evidence = nil
			}
			rec.r = c
		}
		rels[r.ID] = rec
	}
	for _, id := range in.rord {
		g := in.rels[id]
		if cur, ok := rels[id]; ok {
			c := cloneRelation(cur.r)
			c.Evidence = append(c.Evidence, g.r.Evidence...)
			normEvidence(c)
			rels[id] = &relRec{r: c, perm: cur.perm || g.perm}
		} else {
			rels[id] = g // owned by in
		}
	}

	// Relations left without evidence go unless permanent; then entities
	// left with no mention and no relation.
	linked := make(map[string]bool, len(ents))
	for id, rec := range rels {
		if len(rec.r.Evidence) == 0 && !rec.perm {
			delete(rels, id)
			continue
		}
		linked[rec.r.From] = true
		linked[rec.r.To] = true
	}
	for id, e := range ents {
		if e.Mentions == 0 && !linked[id] {
			delete(ents, id)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, ctxError(op, err)
	}
	return buildState(docs, ents, rels), nil
}

// touchesDocs reports whether e has mentions or milestones from docs.
func touchesDocs(e *kg.Entity, docs map[string]*kg.Document) bool {
	for doc := range e.MentionsByDocument {
		if _, ok := docs[doc]; ok {
			return true
		}
	}
	for _, m := range e.Milestones {
		if _, ok := docs[m.Document]; ok {
			return true
		}
	}
	return false
}

// String describes the store's size, for logs.
func (s *Store) String() string {
	s.mu.RLock()
	st := s.st
	s.mu.RUnlock()
	return fmt.Sprintf("inmem.Store{documents: %d, entities: %d, relations: %d}", len(st.docs), len(st.ents), len(st.rels))
}
