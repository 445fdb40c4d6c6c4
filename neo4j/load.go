package neo4j

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cnplan/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// evFields returns the parallel list properties holding a relationship's
// evidence: ev_doc the document of each piece, ev the piece itself as a
// JSON array [sentence, start, end, trigger, text] or, when the sentence's
// start or original text is known, [sentence, start, end, trigger, text,
// sentence start, original] (see encodeEvidence).
func evFields() [2]string { return [2]string{"ev_doc", "ev"} }

// encodeEvidence returns the ev element of one piece of evidence. It
// writes the JSON by hand (a load encodes one per piece of evidence, and
// reflection-based encoding was a visible share of a large load's time).
func encodeEvidence(e kg.Evidence) (string, error) {
	b := make([]byte, 0, 32+len(e.Trigger)+len(e.Text))
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(e.Sentence), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(e.Start), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(e.End), 10)
	b = append(b, ',')
	b = appendJSONString(b, e.Trigger)
	b = append(b, ',')
	b = appendJSONString(b, e.Text)
	if e.SentenceStart != 0 || e.Original != "" {
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(e.SentenceStart), 10)
		b = append(b, ',')
		b = appendJSONString(b, e.Original)
	}
	b = append(b, ']')
	if !utf8.Valid(b) {
		return "", fmt.Errorf("encode evidence: text is not valid UTF-8")
	}
	return string(b), nil
}

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, everything else as is.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// decodeEvidence is the inverse of encodeEvidence.
func decodeEvidence(doc, s string) (kg.Evidence, error) {
	var a []json.RawMessage
	e := kg.Evidence{Document: doc}
	if err := json.Unmarshal([]byte(s), &a); err != nil || (len(a) != 5 && len(a) != 7) {
		return e, fmt.Errorf("decode evidence %q: bad shape (%v)", s, err)
	}
	for i, dst := range []any{&e.Sentence, &e.Start, &e.End, &e.Trigger, &e.Text, &e.SentenceStart, &e.Original}[:len(a)] {
		if err := json.Unmarshal(a[i], dst); err != nil {
			return e, fmt.Errorf("decode evidence %q: %w", s, err)
		}
	}
	return e, nil
}

// docLoad is one document's share of a Load.
type docLoad struct {
	id string
	// props are the document node's properties.
	props map[string]any
	// mentions are rows {entity, doc, count, ms}.
	mentions []map[string]any
	// rels are rows {id, from, to, ev_*} grouped by relation type.
	rels map[kg.RelationType][]map[string]any
	// relIDs, relFrom, relTo index the relations the document gives evidence to.
	relIDs, relFrom, relTo []string
	rows                   int
}

// Load merges g into the store with the replace-per-document semantics of
// kg.Store and package storetest.
//
// Writes: entities (upserts, batched), relations without evidence
// (permanent, batched), then the documents, several whole documents per
// transaction up to the batch size, each transaction removing the old
// evidence and mentions of its documents and writing the new ones; finally
// relations and entities left empty are deleted. When the whole load fits
// in one batch it runs as a single transaction. Every step is idempotent,
// so a load interrupted anywhere and run again converges to the graph of an
// uninterrupted load, and every document is at all times fully old or fully
// new.
func (s *Store) Load(ctx context.Context, g *kg.Graph) (kg.LoadStats, error) {
	var st kg.LoadStats
	if err := ctx.Err(); err != nil {
		return st, fmt.Errorf("neo4j: load: %w", err)
	}
	if g == nil {
		return st, kg.Errorf(kg.EINVALID, "nil graph")
	}
	g, skipped, err := s.checkOntology(ctx, g)
	if err != nil {
		return st, err
	}
	plan, err := planLoad(g)
	if err != nil {
		return st, err
	}
	if err := s.checkAgainstStore(ctx, plan); err != nil {
		return st, err
	}
	steps := plan.steps(s.batch)
	rows := 0
	for _, stp := range steps {
		rows += stp.rows
	}
	if rows <= s.batch {
		// Small load: one transaction, so that it is all or nothing.
		if err := retryOnConflict(func() error {
			_, err := write(ctx, s, "load", func(tx neo4j.ManagedTransaction) (bool, error) {
				for _, stp := range steps {
					if err := stp.run(ctx, tx); err != nil {
						return false, err
					}
				}
				return true, nil
			})
			return err
		}); err != nil {
			return st, err
		}
		if s.prog != nil {
			s.prog(Progress{Phase: "documents", Batches: 1, Done: len(plan.docs), Total: len(plan.docs)})
		}
	} else if err := s.runSteps(ctx, steps, plan.totals); err != nil {
		return st, err
	}
	st.Documents = len(plan.docs)
	st.Entities = len(plan.entityIDs)
	st.Relations = plan.relations
	st.Evidence = plan.evidence
	if skipped != nil {
		return st, fmt.Errorf("neo4j: %w", &kg.SkippedError{Skipped: skipped})
	}
	return st, nil
}

// checkOntology leaves out of g the relations the ontology forbids
// (kg.CheckOntology), reading from the store the types of LOCATED_IN
// sources that g does not hold and, when g has PART_OF relations, the
// stored PART_OF edges.
func (s *Store) checkOntology(ctx context.Context, g *kg.Graph) (*kg.Graph, []string, error) {
	inG := make(map[string]bool, len(g.Entities))
	for _, e := range g.Entities {
		inG[e.ID] = true
	}
	var ask []string
	hasLocatedIn, hasPartOf := false, false
	for _, r := range g.Relations {
		switch r.Type {
		case kg.LocatedIn:
			hasLocatedIn = true
			if r.From != "" && !inG[r.From] {
				ask = append(ask, r.From)
			}
		case kg.PartOf:
			hasPartOf = true
		}
	}
	if !hasLocatedIn && !hasPartOf {
		return g, nil, nil
	}
	type known struct {
		types  map[string]kg.EntityType
		partOf [][2]string
	}
	k := &known{types: map[string]kg.EntityType{}}
	if len(ask) == 0 && !hasPartOf {
		out, skipped := kg.CheckOntology(g, func(string) kg.EntityType { return "" }, nil)
		return out, skipped, nil
	}
	k, err := read(ctx, s, "check the graph against the ontology", func(tx neo4j.ManagedTransaction) (*known, error) {
		k := &known{types: map[string]kg.EntityType{}}
		if len(ask) > 0 {
			recs, err := run(ctx, tx, "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.type AS type",
				map[string]any{"ids": slices.Compact(slices.Sorted(slices.Values(ask)))})
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				k.types[str(r, "id")] = kg.EntityType(str(r, "type"))
			}
		}
		if hasPartOf {
			recs, err := run(ctx, tx, "MATCH (a:Entity)-[:PART_OF]->(b:Entity) RETURN a.id AS a, b.id AS b", nil)
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				k.partOf = append(k.partOf, [2]string{str(r, "a"), str(r, "b")})
			}
		}
		return k, nil
	})
	if err != nil {
		return nil, nil, err
	}
	out, skipped := kg.CheckOntology(g, func(id string) kg.EntityType { return k.types[id] }, k.partOf)
	return out, skipped, nil
}

// runSteps runs each step in a transaction of its own, in order, except
// that runs of document steps go to up to s.writers concurrent
// transactions (documents are independent; MERGE takes the locks that keep
// concurrent writers of one relation or entity apart, and the driver
// retries a transaction that lost a deadlock).
func (s *Store) runSteps(ctx context.Context, steps []step, totals map[string]int) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var mu sync.Mutex
	done, batches := map[string]int{}, 0
	one := func(stp step) error {
		if err := retryOnConflict(func() error {
			_, err := write(ctx, s, "load "+stp.phase, func(tx neo4j.ManagedTransaction) (bool, error) {
				return true, stp.run(ctx, tx)
			})
			return err
		}); err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		done[stp.phase] += stp.items
		batches++
		if s.prog != nil {
			s.prog(Progress{Phase: stp.phase, Batches: batches, Done: done[stp.phase], Total: totals[stp.phase]})
		}
		return nil
	}
	for i := 0; i < len(steps); {
		if steps[i].phase != "documents" || s.writers <= 1 {
			if err := one(steps[i]); err != nil {
				return err
			}
			i++
			continue
		}
		j := i
		for j < len(steps) && steps[j].phase == "documents" {
			j++
		}
		work := make(chan step)
		errs := make(chan error, s.writers)
		var wg sync.WaitGroup
		for w := 0; w < s.writers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for stp := range work {
					if err := one(stp); err != nil {
						errs <- err
						cancel()
						return
					}
				}
			}()
		}
	feed:
		for _, stp := range steps[i:j] {
			select {
			case work <- stp:
			case <-ctx.Done():
				break feed
			}
		}
		close(work)
		wg.Wait()
		close(errs)
		if err := <-errs; err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("neo4j: load: %w", err)
		}
		i = j
	}
	return nil
}

// retryOnConflict runs fn again (up to five times in all) when it lost a
// race with a concurrent transaction that the driver does not retry by
// itself: the other one created a relation this one was about to create
// (the unique id constraint rejects the second), or deleted a relation this
// one had found and was appending to. Running the whole, idempotent
// transaction again sees the other's result and turns the create into an
// append, or the append into a create.
func retryOnConflict(fn func() error) error {
	var err error
	for attempt := 0; attempt < 5; attempt++ {
		err = fn()
		var nerr *neo4j.Neo4jError
		if err == nil || !errors.As(err, &nerr) {
			return err
		}
		switch nerr.Code {
		case "Neo.ClientError.Schema.ConstraintValidationFailed", "Neo.ClientError.Statement.EntityNotFound":
			continue
		}
		return err
	}
	return err
}

// step is one unit of a Load's writes, run in a transaction of its own
// unless the whole load fits in one.
type step struct {
	phase       string
	rows, items int
	run         func(ctx context.Context, tx neo4j.ManagedTransaction) error
}

// loadPlan is g validated, with its duplicate entries merged, cut into rows.
type loadPlan struct {
	entityIDs      []string
	entityTypes    map[string]kg.EntityType
	entitiesByType map[kg.EntityType][]map[string]any
	permanent      map[kg.RelationType][]map[string]any
	docs           []*docLoad
	relations      int
	evidence       int
	// endpoints are relation ends that g does not define.
	endpoints []string
	totals    map[string]int
}

// steps cuts the plan into transactions of about batch rows.
func (p *loadPlan) steps(batch int) []step {
	var out []step
	for _, t := range kg.EntityTypes() {
		rows := p.entitiesByType[t]
		q := upsertEntitiesQuery
		for start := 0; start < len(rows); start += batch {
			chunk := rows[start:min(start+batch, len(rows))]
			out = append(out, step{phase: "entities", rows: len(chunk), items: len(chunk),
				run: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
					if err := exec(ctx, tx, q, map[string]any{"rows": chunk}); err != nil {
						return fmt.Errorf("write %s entities: %w", t, err)
					}
					return nil
				}})
		}
	}
	for _, t := range kg.RelationTypes() {
		rows := p.permanent[t]
		q := mergePermanentQuery(t)
		for start := 0; start < len(rows); start += batch {
			chunk := rows[start:min(start+batch, len(rows))]
			out = append(out, step{phase: "permanent relations", rows: len(chunk), items: len(chunk),
				run: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
					recs, err := run(ctx, tx, q, map[string]any{"rows": chunk})
					if err != nil {
						return fmt.Errorf("write %s relations without evidence: %w", t, err)
					}
					var d degreeDelta
					for _, r := range recs {
						d.add(str(r, "from"), str(r, "to"), 1)
					}
					return d.apply(ctx, tx)
				}})
		}
	}
	for start := 0; start < len(p.docs); {
		end, rows := start, 0
		for end < len(p.docs) && (end == start || rows+p.docs[end].rows <= batch) {
			rows += p.docs[end].rows
			end++
		}
		group := p.docs[start:end]
		out = append(out, step{phase: "documents", rows: rows, items: len(group),
			run: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
				if err := replaceDocuments(ctx, tx, group); err != nil {
					return fmt.Errorf("replace documents %s..%s: %w", group[0].id, group[len(group)-1].id, err)
				}
				return nil
			}})
		start = end
	}
	out = append(out, step{phase: "cleanup", rows: 1, items: 1,
		run: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
			if err := exec(ctx, tx, deleteOrphansQuery, nil); err != nil {
				return fmt.Errorf("delete entities left with no mention and no relation: %w", err)
			}
			return nil
		}})
	return out
}

// planLoad validates g as package storetest specifies, merges its
// duplicate entries and cuts it into rows.
func planLoad(g *kg.Graph) (*loadPlan, error) {
	p := &loadPlan{
		entityTypes:    map[string]kg.EntityType{},
		entitiesByType: map[kg.EntityType][]map[string]any{},
		permanent:      map[kg.RelationType][]map[string]any{},
		totals:         map[string]int{},
	}
	docs := map[string]*docLoad{}
	for i := range g.Documents {
		d := &g.Documents[i]
		if d.ID == "" {
			return nil, kg.Errorf(kg.EINVALID, "document %d has no id", i)
		}
		if docs[d.ID] != nil {
			return nil, kg.Errorf(kg.EINVALID, "document %q appears twice in the graph", d.ID)
		}
		docs[d.ID] = &docLoad{id: d.ID, props: documentProps(d), rels: map[kg.RelationType][]map[string]any{}, rows: 1}
	}
	inG := func(doc, what string) error {
		if docs[doc] == nil {
			return kg.Errorf(kg.EINVALID, "%s names document %q, which is not in the graph", what, doc)
		}
		return nil
	}

	// Entities: duplicates merge as kg.Merge does (a later entry's mention
	// count for a document wins; aliases and milestones unite).

	type entAcc struct {
		e        kg.Entity
		aliases  map[string]bool
		mentions map[string]int
		ms       map[kg.Milestone]bool
	}
	ents := map[string]*entAcc{}
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.ID == "" {
			return nil, kg.Errorf(kg.EINVALID, "entity %d has no id", i)
		}
		if !e.Type.Valid() {
			return nil, kg.Errorf(kg.EINVALID, "entity %q has unknown type %q", e.ID, string(e.Type))
		}
		sum := 0
		for doc, n := range e.MentionsByDocument {
			if n < 0 {
				return nil, kg.Errorf(kg.EINVALID, "entity %q has a negative mention count for %q", e.ID, doc)
			}
			if err := inG(doc, "entity "+strconv.Quote(e.ID)); err != nil {
				return nil, err
			}
			sum += n
		}
		if e.Mentions != 0 && e.Mentions != sum {
			return nil, kg.Errorf(kg.EINVALID, "entity %q has Mentions %d but its mentions by document add up to %d", e.ID, e.Mentions, sum)
		}
		for _, m := range e.Milestones {
			if m.Document != "" {
				if err := inG(m.Document, "a milestone of entity "+strconv.Quote(e.ID)); err != nil {
					return nil, err
				}
			}
		}
		a := ents[e.ID]
		if a == nil {
			a = &entAcc{e: kg.Entity{ID: e.ID, Type: e.Type}, aliases: map[string]bool{}, mentions: map[string]int{}, ms: map[kg.Milestone]bool{}}
			ents[e.ID] = a
			p.entityIDs = append(p.entityIDs, e.ID)
		} else if a.e.Type != e.Type {
			return nil, kg.Errorf(kg.EINVALID, "entity %q appears as %s and as %s", e.ID, a.e.Type, e.Type)
		}
		a.e.Name = cmp.Or(e.Name, a.e.Name)
		a.e.Code = cmp.Or(e.Code, a.e.Code)
		a.e.Parent = cmp.Or(e.Parent, a.e.Parent)
		a.e.Pinyin = cmp.Or(e.Pinyin, a.e.Pinyin)
		for _, al := range e.Aliases {
			a.aliases[al] = true
		}
		for doc, n := range e.MentionsByDocument {
			a.mentions[doc] = n
		}
		for _, m := range e.Milestones {
			a.ms[m] = true
		}
	}
	for _, id := range p.entityIDs {
		a := ents[id]
		p.entityTypes[id] = a.e.Type
		byDoc := map[string][]string{}
		free := []string{}
		for _, m := range slices.SortedFunc(maps.Keys(a.ms), kg.CompareMilestones) {
			b, err := json.Marshal(m)
			if err != nil {
				return nil, fmt.Errorf("encode a milestone of %s: %w", id, err)
			}
			if m.Document == "" {
				free = append(free, string(b))
			} else {
				byDoc[m.Document] = append(byDoc[m.Document], string(b))
			}
		}
		p.entitiesByType[a.e.Type] = append(p.entitiesByType[a.e.Type], map[string]any{
			"id": id, "type": string(a.e.Type), "name": nilIfEmpty(a.e.Name), "code": nilIfEmpty(a.e.Code),
			"parent": nilIfEmpty(a.e.Parent), "pinyin": nilIfEmpty(a.e.Pinyin),
			"aliases": slices.Sorted(maps.Keys(a.aliases)), "mfree": free,
		})
		p.totals["entities"]++
		for _, did := range slices.Sorted(maps.Keys(unionKeys(a.mentions, byDoc))) {
			n := a.mentions[did]
			if n == 0 && len(byDoc[did]) == 0 {
				continue
			}
			d := docs[did]
			d.mentions = append(d.mentions, map[string]any{"entity": id, "doc": did, "count": int64(n), "ms": orEmpty(byDoc[did])})
			d.rows++
		}
	}

	// Relations: duplicates merge their evidence; one entry without
	// evidence makes the relation permanent.
	type relAcc struct {
		r         kg.Relation
		ev        map[kg.Evidence]bool
		permanent bool
	}
	rels := map[string]*relAcc{}
	var relOrder []string
	for i := range g.Relations {
		r := &g.Relations[i]
		if r.ID == "" {
			return nil, kg.Errorf(kg.EINVALID, "relation %d has no id", i)
		}
		if !r.Type.Valid() {
			return nil, kg.Errorf(kg.EINVALID, "relation %q has unknown type %q", r.ID, string(r.Type))
		}
		if r.From == "" || r.To == "" {
			return nil, kg.Errorf(kg.EINVALID, "relation %q lacks an end", r.ID)
		}
		if want := kg.RelationID(r.Type, r.From, r.To); r.ID != want {
			return nil, kg.Errorf(kg.EINVALID, "relation %q should have id %q", r.ID, want)
		}
		for _, ev := range r.Evidence {
			if err := inG(ev.Document, "evidence of relation "+strconv.Quote(r.ID)); err != nil {
				return nil, err
			}
			if ev.Start < 0 || ev.End < ev.Start {
				return nil, kg.Errorf(kg.EINVALID, "evidence of relation %q has a bad span [%d, %d)", r.ID, ev.Start, ev.End)
			}
		}
		a := rels[r.ID]
		if a == nil {
			a = &relAcc{r: kg.Relation{ID: r.ID, Type: r.Type, From: r.From, To: r.To}, ev: map[kg.Evidence]bool{}}
			rels[r.ID] = a
			relOrder = append(relOrder, r.ID)
		}
		if len(r.Evidence) == 0 {
			a.permanent = true
		}
		for _, ev := range r.Evidence {
			a.ev[ev] = true
		}
	}
	missing := map[string]bool{}
	p.relations = len(relOrder)
	for _, id := range relOrder {
		a := rels[id]
		r := a.r
		for _, end := range []string{r.From, r.To} {
			if ents[end] == nil {
				missing[end] = true
			}
		}
		if a.permanent {
			p.permanent[r.Type] = append(p.permanent[r.Type], map[string]any{"id": id, "from": r.From, "to": r.To})
			p.totals["permanent relations"]++
		}
		byDoc := map[string][]kg.Evidence{}
		for ev := range a.ev {
			byDoc[ev.Document] = append(byDoc[ev.Document], ev)
			p.evidence++
		}
		for _, did := range slices.Sorted(maps.Keys(byDoc)) {
			evs := byDoc[did]
			slices.SortFunc(evs, kg.CompareEvidence)
			docCol, evCol := make([]string, len(evs)), make([]string, len(evs))
			for k, ev := range evs {
				enc, err := encodeEvidence(ev)
				if err != nil {
					return nil, kg.Errorf(kg.EINVALID, "relation %q: %v", id, err)
				}
				docCol[k], evCol[k] = ev.Document, enc
			}
			row := map[string]any{"id": id, "from": r.From, "to": r.To, "ev_doc": docCol, "ev": evCol}
			d := docs[did]
			d.rels[r.Type] = append(d.rels[r.Type], row)
			d.relIDs = append(d.relIDs, id)
			d.relFrom = append(d.relFrom, r.From)
			d.relTo = append(d.relTo, r.To)
			d.rows++
		}
	}
	p.endpoints = slices.Sorted(maps.Keys(missing))
	p.docs = slices.SortedFunc(maps.Values(docs), func(a, b *docLoad) int { return cmp.Compare(a.id, b.id) })
	p.totals["documents"] = len(p.docs)
	p.totals["cleanup"] = 1
	return p, nil
}

// checkAgainstStore checks what g cannot tell alone: relation ends that g
// does not define exist in the store, and g's entities keep their stored
// types.
func (s *Store) checkAgainstStore(ctx context.Context, p *loadPlan) error {
	ids := append(slices.Clone(p.endpoints), p.entityIDs...)
	found, err := read(ctx, s, "check the graph against the store", func(tx neo4j.ManagedTransaction) (map[string]string, error) {
		recs, err := run(ctx, tx, "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.type AS type", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		m := make(map[string]string, len(recs))
		for _, r := range recs {
			m[str(r, "id")] = str(r, "type")
		}
		return m, nil
	})
	if err != nil {
		return err
	}
	for _, id := range p.endpoints {
		if _, ok := found[id]; !ok {
			return kg.Errorf(kg.EINVALID, "relation end %q is neither in the graph nor in the store", id)
		}
	}
	for _, id := range p.entityIDs {
		if t, ok := found[id]; ok && t != string(p.entityTypes[id]) {
			return kg.Errorf(kg.EINVALID, "entity %q is a %s in the store, not a %s", id, t, p.entityTypes[id])
		}
	}
	return nil
}

// documentProps returns every property of a document node, nil for empty
// fields so that SET += removes values an older version had.
func documentProps(d *kg.Document) map[string]any {
	return map[string]any{
		"id": d.ID, "source": d.Source, "title": d.Title,
		"doc_number": nilIfEmpty(d.DocNumber), "issuer": nilIfEmpty(d.Issuer), "date": nilIfEmpty(d.Date),
		"period_start": nilIfZero(d.PeriodStart), "period_end": nilIfZero(d.PeriodEnd),
		"subject": nilIfEmpty(d.Subject), "script": d.Script, "encoding": d.Encoding, "hash": d.Hash,
		"chars": int64(d.Chars),
	}
}

// upsertEntitiesQuery merges entities: last non-empty name, code, parent
// and pinyin win, aliases and milestones without a document accumulate.
// The type label comes from the row (SET e:$(row.type), planLoad validated
// it against the closed ontology set), so that one text serves every type:
// the server plans each distinct text once, and on a fresh server that is
// most of a first load's cost (docs/benchmarks.md, Cold start).
const upsertEntitiesQuery = `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.type = row.type, e.aliases = [], e.milestones_free = [], e.degree = 0
SET e:$(row.type),
  e.name = coalesce(row.name, e.name), e.code = coalesce(row.code, e.code),
  e.parent = coalesce(row.parent, e.parent), e.pinyin = coalesce(row.pinyin, e.pinyin),
  e.aliases = coalesce(e.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(e.aliases, [])],
  e.milestones_free = coalesce(e.milestones_free, []) + [m IN row.mfree WHERE NOT m IN coalesce(e.milestones_free, [])]
SET e.alias_text = reduce(t = '', a IN e.aliases | t + '\u001f' + a)`

// mergePermanentQuery returns the query that merges relations of type t
// and marks them permanent (loaded once without evidence: never deleted),
// returning the ends of those it created (their degrees change). t has
// been validated by planLoad.
func mergePermanentQuery(t kg.RelationType) string {
	return "UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) " +
		"MERGE (a)-[r:" + string(t) + " {id: row.id}]->(b) " +
		"ON CREATE SET " + setEach("r.%s = []") + ", r.kg_new = true SET r.permanent = true " +
		"WITH a, b, r WHERE r.kg_new IS NOT NULL REMOVE r.kg_new RETURN a.id AS from, b.id AS to"
}

// degreeDelta is the change a transaction makes to the stored degree of
// entities (the e.degree property: the number of relations touching the
// entity, once for a self-loop, as Stats counts), which neighbourhood
// truncation ranks by without counting relationships (docs/design.md).
type degreeDelta map[string]int64

// add records a relation from-to created (+1) or deleted (-1).
func (d *degreeDelta) add(from, to string, n int64) {
	if *d == nil {
		*d = degreeDelta{}
	}
	(*d)[from] += n
	if to != from {
		(*d)[to] += n
	}
}

// apply writes the changes in tx, in the transaction that made the
// relationships, so that the degree is never out of step with them, even
// when a load is interrupted. Ids go in order so that concurrent document
// transactions take the node locks in one order.
func (d degreeDelta) apply(ctx context.Context, tx neo4j.ManagedTransaction) error {
	ids := make([]string, 0, len(d))
	for id, n := range d {
		if n != 0 {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	slices.Sort(ids)
	rows := make([]map[string]any, len(ids))
	for i, id := range ids {
		rows[i] = map[string]any{"id": id, "n": d[id]}
	}
	if err := exec(ctx, tx, addDegreeQuery, map[string]any{"rows": rows}); err != nil {
		return fmt.Errorf("update degrees: %w", err)
	}
	return nil
}

// addDegreeQuery adds row.n to the stored degree of entity row.id. The
// node's write lock is taken (lockRel's way) before the degree is read, so
// that two concurrent document transactions cannot both read the old
// value and lose one change.
const addDegreeQuery = `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.kg_lock = true
WITH e, row
SET e.degree = coalesce(e.degree, 0) + row.n
REMOVE e.kg_lock`

// appendEvidenceQuery returns the query that appends a document's evidence
// to the relations of type t that exist already (found through the unique
// id constraint's index) and returns their ids. t has been validated by
// planLoad.
func appendEvidenceQuery(t kg.RelationType) string {
	return "UNWIND $rows AS row MATCH ()-[r:" + string(t) + " {id: row.id}]->() " +
		lockRel + " WITH r, row " +
		"SET " + setEach("r.%[1]s = coalesce(r.%[1]s, []) + row.%[1]s") + " REMOVE r.kg_lock RETURN row.id AS id"
}

// createEvidenceQuery creates relations of type $type (validated by
// planLoad; a parameter, so that one text serves every type, see
// upsertEntitiesQuery) with a document's evidence. It runs, in the same
// transaction, only for rows appendEvidenceQuery did not find; should a
// concurrent load create one of them first, the unique id constraint fails
// this transaction and Load runs it again (see retryOnConflict). Plain
// CREATE costs noticeably less than MERGE's locking expand between the two
// nodes.
var createEvidenceQuery = "UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) " +
	"CREATE (a)-[r:$($type) {id: row.id}]->(b) SET " + setEach("r.%[1]s = row.%[1]s")

// setEach formats one assignment per evidence field, comma separated.
func setEach(format string) string {
	fields := evFields()
	parts := make([]string, len(fields))
	for i, f := range fields {
		parts[i] = fmt.Sprintf(format, f)
	}
	return strings.Join(parts, ", ")
}

// stripEvidenceQuery removes the evidence of the documents $docs from every
// relation those documents' index names, and returns those relations.
func stripEvidenceQuery() string {
	return `UNWIND $docs AS did
MATCH (d:Document {id: did})
WITH d WHERE d.rel_ids IS NOT NULL AND size(d.rel_ids) > 0
UNWIND range(0, size(d.rel_ids) - 1) AS i
WITH DISTINCT d.rel_ids[i] AS rid, d.rel_from[i] AS f, d.rel_to[i] AS t
MATCH (a:Entity {id: f})-[r]->(b:Entity {id: t})
WHERE r.id = rid
` + lockRel + `
WITH r, a, b, [j IN range(0, size(r.ev_doc) - 1) WHERE NOT r.ev_doc[j] IN $docs] AS keep
SET ` + setEach("r.%[1]s = [j IN keep | r.%[1]s[j]]") + `
REMOVE r.kg_lock
RETURN r.id AS id, a.id AS from, b.id AS to`
}

// lockRel takes the write lock of relationship r before its evidence is
// read: the evidence writes read the lists and write them back, and two
// documents' transactions (Config.Writers) that both read before either
// wrote would each write back a list without the other's change (a lost
// update: evidence gone after a second load of the same graph, seen in
// TestLoadTwiceLeavesStoreUnchanged with small batches). Setting a constant takes the
// lock without reading; the property is removed in the same transaction,
// so no one ever sees it.
const lockRel = "SET r.kg_lock = true"

// deleteEmptyQuery deletes the given relations when they have no evidence
// left and are not gazetteer relations.
const deleteEmptyQuery = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE r.id = row.id AND size(r.ev_doc) = 0 AND NOT coalesce(r.permanent, false)
DELETE r
RETURN a.id AS from, b.id AS to`

// deleteMentionsQuery removes the mentions the documents $docs gave.
const deleteMentionsQuery = `UNWIND $docs AS did
MATCH (:Document {id: did})<-[m:MENTIONED_IN]-(:Entity)
DELETE m`

// upsertDocumentsQuery writes the documents and their relation index.
const upsertDocumentsQuery = `UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props, d.rel_ids = row.rel_ids, d.rel_from = row.rel_from, d.rel_to = row.rel_to`

// createMentionsQuery writes one MENTIONED_IN per entity and document.
const createMentionsQuery = `UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (d:Document {id: row.doc})
CREATE (e)-[:MENTIONED_IN {count: row.count, milestones: row.ms}]->(d)`

// deleteOrphansQuery deletes every entity with no mention and no relation.
const deleteOrphansQuery = `MATCH (e:Entity)
WHERE NOT EXISTS { (e)-[m:MENTIONED_IN]->() WHERE m.count > 0 }
  AND NOT EXISTS { (e)-[r]-(:Entity) }
DETACH DELETE e`

// replaceDocuments replaces the documents of group inside tx.
func replaceDocuments(ctx context.Context, tx neo4j.ManagedTransaction, group []*docLoad) error {
	ids := make([]string, len(group))
	for i, d := range group {
		ids[i] = d.id
	}
	recs, err := run(ctx, tx, stripEvidenceQuery(), map[string]any{"docs": ids})
	if err != nil {
		return fmt.Errorf("strip old evidence: %w", err)
	}
	stripped := make([]map[string]any, len(recs))
	for i, r := range recs {
		stripped[i] = map[string]any{"id": str(r, "id"), "from": str(r, "from"), "to": str(r, "to")}
	}
	if err := exec(ctx, tx, deleteMentionsQuery, map[string]any{"docs": ids}); err != nil {
		return fmt.Errorf("delete old mentions: %w", err)
	}
	docRows := make([]map[string]any, len(group))
	var mentions []map[string]any
	rels := map[kg.RelationType][]map[string]any{}
	for i, d := range group {
		props := d.props
		if props == nil {
			props = map[string]any{}
		}
		docRows[i] = map[string]any{"id": d.id, "props": props,
			"rel_ids": orEmpty(d.relIDs), "rel_from": orEmpty(d.relFrom), "rel_to": orEmpty(d.relTo)}
		mentions = append(mentions, d.mentions...)
		for t, rows := range d.rels {
			rels[t] = append(rels[t], rows...)
		}
	}
	var deg degreeDelta
	// Several documents of the group may give evidence to one relation:
	// one row per relation, so that it is created once.
	for t, rows := range rels {
		rels[t] = mergeRows(rows)
	}
	if err := exec(ctx, tx, upsertDocumentsQuery, map[string]any{"rows": docRows}); err != nil {
		return fmt.Errorf("write documents: %w", err)
	}
	if len(mentions) > 0 {
		if err := exec(ctx, tx, createMentionsQuery, map[string]any{"rows": mentions}); err != nil {
			return fmt.Errorf("write mentions: %w", err)
		}
	}
	for _, t := range kg.RelationTypes() {
		if len(rels[t]) == 0 {
			continue
		}
		recs, err := run(ctx, tx, appendEvidenceQuery(t), map[string]any{"rows": rels[t]})
		if err != nil {
			return fmt.Errorf("append evidence to %s relations: %w", t, err)
		}
		found := make(map[string]bool, len(recs))
		for _, r := range recs {
			found[str(r, "id")] = true
		}
		fresh := rels[t]
		if len(found) > 0 {
			fresh = slices.DeleteFunc(slices.Clone(fresh), func(row map[string]any) bool { return found[row["id"].(string)] })
		}
		if len(fresh) > 0 {
			if err := exec(ctx, tx, createEvidenceQuery, map[string]any{"rows": fresh, "type": string(t)}); err != nil {
				return fmt.Errorf("create %s relations: %w", t, err)
			}
			for _, row := range fresh {
				deg.add(row["from"].(string), row["to"].(string), 1)
			}
		}
	}
	if len(stripped) > 0 {
		recs, err := run(ctx, tx, deleteEmptyQuery, map[string]any{"rows": stripped})
		if err != nil {
			return fmt.Errorf("delete relations left without evidence: %w", err)
		}
		for _, r := range recs {
			deg.add(str(r, "from"), str(r, "to"), -1)
		}
	}
	return deg.apply(ctx, tx)
}

// mergeRows joins relation rows with the same id, concatenating their
// evidence lists; rows are not modified.
func mergeRows(rows []map[string]any) []map[string]any {
	at := make(map[string]int, len(rows))
	out := make([]map[string]any, 0, len(rows))
	for _, row := range rows {
		id := row["id"].(string)
		i, ok := at[id]
		if !ok {
			at[id] = len(out)
			out = append(out, row)
			continue
		}
		merged := maps.Clone(out[i])
		for _, f := range evFields() {
			merged[f] = append(slices.Clone(merged[f].([]string)), row[f].([]string)...)
		}
		out[i] = merged
	}
	return out
}

func unionKeys[V1, V2 any](a map[string]V1, b map[string]V2) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nilIfZero(n int) any {
	if n == 0 {
		return nil
	}
	return int64(n)
}
