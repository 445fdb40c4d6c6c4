package neo4j

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cnplan/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// entityProjection returns, for the entity bound to v, a map holding its
// properties, its mentions and its degree; decode it with decodeEntity.
// The mentions and the degree, which walk the entity's relationships, are
// marked so that withDetail can leave them out of a statement.
func entityProjection(v string) string {
	return "{props: " + v + " {.*}, " + detailStart + "mentions: COLLECT { MATCH (" + v + ")-[m:MENTIONED_IN]->(md:Document) " +
		"RETURN {doc: md.id, count: m.count, ms: m.milestones} }, " +
		"degree: COUNT { MATCH (" + v + ")-[dr]-(:Entity) RETURN DISTINCT dr }" + detailEnd + "}"
}

// The Cypher comments around the part of entityProjection that
// withDetail removes.
const (
	detailStart = "/*detail*/"
	detailEnd   = "/*/detail*/"
)

var detailRE = regexp.MustCompile(regexp.QuoteMeta(detailStart) + ".*?" + regexp.QuoteMeta(detailEnd))

// The Cypher comments around the part of relProjection that withDetail
// removes: the evidence documents' dates, one index seek per document.
const (
	yearsStart = "/*years*/"
	yearsEnd   = "/*/years*/"
)

var yearsRE = regexp.MustCompile(regexp.QuoteMeta(yearsStart) + ".*?" + regexp.QuoteMeta(yearsEnd))

// The Cypher comments around the part of relProjection that withDetail
// removes when the caller uses no evidence: the evidence lists and, inside
// them, the dates.
const (
	evidenceStart = "/*evidence*/"
	evidenceEnd   = "/*/evidence*/"
)

var evidenceRE = regexp.MustCompile(regexp.QuoteMeta(evidenceStart) + ".*?" + regexp.QuoteMeta(evidenceEnd))

type entityNeedsKey struct{}

type relationYearsKey struct{}

type relationEvidenceKey struct{}

// WithRelationEvidence returns a context under which the store's reads
// ask uses, with the reading call's context, whether the caller uses any
// relation's evidence or weight (Relation.Evidence, Relation.Weight).
// When it answers false, relations are read without their evidence: both
// are empty, and Neo4j sends none of the evidence's text. The store's own
// choices never depend on them. The GraphQL server sets it from the
// operation's selection.
func WithRelationEvidence(ctx context.Context, uses func(context.Context) bool) context.Context {
	return context.WithValue(ctx, relationEvidenceKey{}, uses)
}

// WithRelationYears returns a context under which the store's reads ask
// uses, with the reading call's context, whether the caller uses any
// relation's first or last year (RelationWeight.FirstYear, LastYear).
// When it answers false, relations are read without their evidence
// documents' dates and those two are zero; everything else of the weight
// stays. The GraphQL server sets it from the operation's selection.
func WithRelationYears(ctx context.Context, uses func(context.Context) bool) context.Context {
	return context.WithValue(ctx, relationYearsKey{}, uses)
}

// WithEntityNeeds returns a context under which the store's reads ask
// uses, with the reading call's context, whether the caller uses any
// entity's mentions (mentions, mentionsByDocument, documentCount, the
// mentions' milestones) or degree. When it answers false, entities are
// read without them: those fields are zero, and Neo4j does not walk each
// entity's MENTIONED_IN and other relationships. The GraphQL server sets
// it from the operation's selection.
func WithEntityNeeds(ctx context.Context, uses func(context.Context) bool) context.Context {
	return context.WithValue(ctx, entityNeedsKey{}, uses)
}

// withDetail returns the statement q for ctx: as is, or without the
// mentions and degree of its entity projections, or the evidence or only
// the dates of its relation projections, when the caller said it does not
// use them (WithEntityNeeds, WithRelationEvidence, WithRelationYears).
func withDetail(ctx context.Context, q string) string {
	noDetail, noEvidence, noYears := false, false, false
	if uses, _ := ctx.Value(entityNeedsKey{}).(func(context.Context) bool); uses != nil && strings.Contains(q, detailStart) && !uses(ctx) {
		noDetail = true
	}
	if uses, _ := ctx.Value(relationEvidenceKey{}).(func(context.Context) bool); uses != nil && strings.Contains(q, evidenceStart) && !uses(ctx) {
		noEvidence = true
	}
	if uses, _ := ctx.Value(relationYearsKey{}).(func(context.Context) bool); uses != nil && !noEvidence && strings.Contains(q, yearsStart) && !uses(ctx) {
		noYears = true
	}
	if !noDetail && !noEvidence && !noYears {
		return q
	}
	return statements.get(detailKey{q, noDetail, noEvidence, noYears}, func() string {
		if noDetail {
			q = detailRE.ReplaceAllLiteralString(q, "mentions: [], degree: 0")
		}
		if noEvidence {
			q = evidenceRE.ReplaceAllLiteralString(q, "ev_doc: [], ev: [], ev_dates: []")
		}
		if noYears {
			q = yearsRE.ReplaceAllLiteralString(q, "ev_dates: []")
		}
		return q
	})
}

// detailKey names one variant of a statement made by withDetail.
type detailKey struct {
	q                             string
	noDetail, noEvidence, noYears bool
}

// statements remembers the statement texts made from other statement
// texts (withDetail's variants, the shortest path statement of each type
// set and bound): a pure function of its key, so nothing of the graph is
// kept. Building them took two regular expression replacements over a
// kilobyte or more per read.
var statements = &textMemo{}

// textMemo maps keys to statement texts, up to maxTexts of them; past
// that it computes without remembering, so that many distinct statements
// (type sets are chosen by the client) cannot grow it without bound.
type textMemo struct {
	m sync.Map
	n atomic.Int64
}

const maxTexts = 4096

func (t *textMemo) get(key any, build func() string) string {
	if v, ok := t.m.Load(key); ok {
		return v.(string)
	}
	s := build()
	if t.n.Load() < maxTexts {
		if _, loaded := t.m.LoadOrStore(key, s); !loaded {
			t.n.Add(1)
		}
	}
	return s
}

// relProjection returns, for the relationship bound to v, a map holding
// its id, type, ends and evidence, and the dates of the evidence's
// documents (for the weight's first and last year; withDetail can leave
// out the dates, or the evidence with them); decode it with
// decodeRelation.
func relProjection(v string) string {
	return "{id: " + v + ".id, type: type(" + v + "), from: startNode(" + v + ").id, to: endNode(" + v + ").id, " +
		evidenceStart + "ev_doc: " + v + ".ev_doc, ev: " + v + ".ev, " + yearsStart +
		"ev_dates: COLLECT { UNWIND coalesce(" + v + ".ev_doc, []) AS wdid WITH DISTINCT wdid " +
		"MATCH (wd:Document {id: wdid}) RETURN [wdid, coalesce(wd.date, '')] }" + yearsEnd + evidenceEnd + "}"
}

// decodeEntity turns an entityProjection value into a kg.Entity.
func decodeEntity(v any) (*kg.Entity, error) {
	m, ok := v.(map[string]any)
	if !ok || m == nil {
		return nil, nil
	}
	p, _ := m["props"].(map[string]any)
	e := &kg.Entity{
		ID:     asString(p["id"]),
		Type:   kg.EntityType(asString(p["type"])),
		Name:   asString(p["name"]),
		Code:   asString(p["code"]),
		Parent: asString(p["parent"]),
		Pinyin: asString(p["pinyin"]),
	}
	e.Aliases = []string{}
	for _, a := range asStrings(p["aliases"]) {
		if a != e.Name {
			e.Aliases = append(e.Aliases, a)
		}
	}
	slices.Sort(e.Aliases)
	e.Aliases = slices.Compact(e.Aliases)
	for _, s := range asStrings(p["milestones_free"]) {
		var ms kg.Milestone
		if err := json.Unmarshal([]byte(s), &ms); err != nil {
			return nil, err
		}
		e.Milestones = append(e.Milestones, ms)
	}
	ments, _ := m["mentions"].([]any)
	for _, x := range ments {
		mm, _ := x.(map[string]any)
		doc := asString(mm["doc"])
		n := int(asInt(mm["count"]))
		if n != 0 {
			if e.MentionsByDocument == nil {
				e.MentionsByDocument = map[string]int{}
			}
			e.MentionsByDocument[doc] = n
			e.Mentions += n
		}
		for _, s := range asStrings(mm["ms"]) {
			var ms kg.Milestone
			if err := json.Unmarshal([]byte(s), &ms); err != nil {
				return nil, err
			}
			e.Milestones = append(e.Milestones, ms)
		}
	}
	slices.SortFunc(e.Milestones, kg.CompareMilestones)
	e.Milestones = slices.Compact(e.Milestones)
	e.Degree = int(asInt(m["degree"]))
	e.Documents = len(e.MentionsByDocument)
	return e, nil
}

// decodeRelation turns a relProjection value into a kg.Relation, evidence
// ordered by (Document, Start, End, Trigger, Sentence, Text), weighed.
func decodeRelation(v any) (*kg.Relation, error) { return decodeRelationIn(v, nil) }

// decodeRelationIn is decodeRelation keeping only the evidence from the
// documents in keep (all of it for nil keep), weighed after that.
func decodeRelationIn(v any, keep map[string]bool) (*kg.Relation, error) {
	m, ok := v.(map[string]any)
	if !ok || m == nil {
		return nil, nil
	}
	r := &kg.Relation{
		ID:   asString(m["id"]),
		Type: kg.RelationType(asString(m["type"])),
		From: asString(m["from"]),
		To:   asString(m["to"]),
	}
	docs, evs := asStrings(m["ev_doc"]), asStrings(m["ev"])
	if len(docs) != len(evs) {
		return nil, fmt.Errorf("relation %s: %d evidence documents for %d pieces", r.ID, len(docs), len(evs))
	}
	r.Evidence = make([]kg.Evidence, 0, len(docs))
	for i := range docs {
		e, err := decodeEvidence(docs[i], evs[i])
		if err != nil {
			return nil, fmt.Errorf("relation %s: %w", r.ID, err)
		}
		r.Evidence = append(r.Evidence, e)
	}
	slices.SortFunc(r.Evidence, kg.CompareEvidence)
	r.Evidence = slices.Compact(r.Evidence)
	if keep != nil {
		r.Evidence = slices.DeleteFunc(r.Evidence, func(ev kg.Evidence) bool { return !keep[ev.Document] })
	}
	years := map[string]int{}
	for _, x := range asList(m["ev_dates"]) {
		if pair := asStrings(x); len(pair) == 2 {
			years[pair[0]] = (&kg.Document{Date: pair[1]}).Year()
		}
	}
	r.Weight = kg.WeighRelation(r.Evidence, func(doc string) int { return years[doc] })
	return r, nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// documentProjection is the map projection of a document node.
const documentProjection = "d {.id, .source, .title, .doc_number, .issuer, .date, .period_start, .period_end, .subject, .script, .encoding, .hash, .chars}"

// decodeDocument turns a documentProjection value into a kg.Document.
func decodeDocument(v any) *kg.Document {
	m, ok := v.(map[string]any)
	if !ok || m == nil {
		return nil
	}
	return &kg.Document{
		ID: asString(m["id"]), Source: asString(m["source"]), Title: asString(m["title"]),
		DocNumber: asString(m["doc_number"]), Issuer: asString(m["issuer"]), Date: asString(m["date"]),
		PeriodStart: int(asInt(m["period_start"])), PeriodEnd: int(asInt(m["period_end"])),
		Subject: asString(m["subject"]), Script: asString(m["script"]), Encoding: asString(m["encoding"]),
		Hash: asString(m["hash"]), Chars: int(asInt(m["chars"])),
	}
}

// Entity returns one entity by id.
func (s *Store) Entity(ctx context.Context, id string) (*kg.Entity, error) {
	if id == "" {
		return nil, kg.Errorf(kg.EINVALID, "empty entity id")
	}
	es, err := s.EntitiesByID(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if es[0] == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no entity %q", id)
	}
	return es[0], nil
}

// EntitiesByID returns the entities with the given ids in the same order,
// nil where an id is unknown.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) ([]*kg.Entity, error) {
	found, err := s.entityMap(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]*kg.Entity, len(ids))
	for i, id := range ids {
		out[i] = found[id]
	}
	return out, nil
}

// entityMap fetches entities by id into a map.
func (s *Store) entityMap(ctx context.Context, ids []string) (map[string]*kg.Entity, error) {
	if len(ids) == 0 {
		return map[string]*kg.Entity{}, nil
	}
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	return read(ctx, s, "read entities", func(tx neo4j.ManagedTransaction) (map[string]*kg.Entity, error) {
		return entityMapIn(ctx, tx, ids)
	})
}

// entityMapIn reads entities by id inside tx into a map, in one record:
// the driver's cost per record is larger than Neo4j's per entity.
func entityMapIn(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*kg.Entity, error) {
	rec, err := single(ctx, tx, "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN collect("+entityProjection("e")+") AS es",
		map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	return decodeEntityMap(val(rec, "es"))
}

// decodeEntityMap turns a list of entityProjection values into a map by id.
func decodeEntityMap(v any) (map[string]*kg.Entity, error) {
	l := asList(v)
	out := make(map[string]*kg.Entity, len(l))
	for _, x := range l {
		e, err := decodeEntity(x)
		if err != nil {
			return nil, err
		}
		if e != nil {
			out[e.ID] = e
		}
	}
	return out, nil
}

// readOne runs one read statement that returns exactly one record as an
// auto-commit transaction: a round trip fewer than a managed one (BEGIN
// and COMMIT), about a fifth of a short query's time here. Like
// ExecuteRead it runs the statement again when the first error is one the
// driver calls retryable.
func readOne(ctx context.Context, s *Store, what, cypher string, params map[string]any) (*neo4j.Record, error) {
	cypher = withDetail(ctx, cypher)
	for attempt := 0; ; attempt++ {
		sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeRead})
		res, err := sess.Run(ctx, cypher, params)
		var rec *neo4j.Record
		if err == nil {
			rec, err = onlyRecord(ctx, res)
		}
		sess.Close(ctx)
		if err == nil {
			return rec, nil
		}
		if attempt == 0 && neo4j.IsRetryable(err) && ctx.Err() == nil {
			continue
		}
		return nil, mapErr(what, err)
	}
}

// single runs a statement that returns exactly one record (an aggregation
// without grouping keys) and returns that record.
//
// Entity projections in it follow the caller's needs (withDetail).
func single(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (*neo4j.Record, error) {
	res, err := tx.Run(ctx, withDetail(ctx, cypher), params)
	if err != nil {
		return nil, err
	}
	return onlyRecord(ctx, res)
}

// onlyRecord returns the one record of res, or an error when it has none
// or more than one. Unlike the driver's Collect it allocates no slice
// (Collect's holds 1,024 records, 8 KiB per statement).
func onlyRecord(ctx context.Context, res neo4j.ResultWithContext) (*neo4j.Record, error) {
	if !res.Next(ctx) {
		if err := res.Err(); err != nil {
			return nil, err
		}
		return nil, errors.New("statement returned no record, expected one")
	}
	rec := res.Record()
	if res.Next(ctx) {
		return nil, errors.New("statement returned more than one record, expected one")
	}
	if err := res.Err(); err != nil {
		return nil, err
	}
	return rec, nil
}

// Entities lists entities matching f, ordered by id.
func (s *Store) Entities(ctx context.Context, f kg.EntityFilter) (*kg.EntityPage, error) {
	types, err := entityTypeStrings(f.Types)
	if err != nil {
		return nil, err
	}
	first, err := pageSize(f.Page)
	if err != nil {
		return nil, err
	}
	if f.Within != "" {
		if err := s.mustExist(ctx, "Entity", f.Within); err != nil {
			return nil, err
		}
	}
	if f.Document != "" {
		if err := s.mustExist(ctx, "Document", f.Document); err != nil {
			return nil, err
		}
	}
	var b strings.Builder
	params := map[string]any{"types": types, "name": strings.ToLower(f.Name), "after": f.Page.After, "first": int64(first)}
	switch {
	case f.Within != "":
		// Bound: administrative and membership chains are short; 16 is far
		// above the deepest (county -> city -> province -> group).
		m, err := withinMatch()
		if err != nil {
			return nil, err
		}
		b.WriteString("MATCH (w:Entity {id: $within}) " + m)
		params["within"] = f.Within
		withinParams(params)
	case f.Document != "":
		b.WriteString("MATCH (:Document {id: $doc})<-[m:MENTIONED_IN]-(e:Entity) WHERE m.count > 0 WITH DISTINCT e ")
	default:
		b.WriteString("MATCH (e:Entity) ")
	}
	params["doc"] = f.Document
	b.WriteString(`WITH e WHERE (size($types) = 0 OR e.type IN $types)
  AND ($doc = '' OR EXISTS { (e)-[m:MENTIONED_IN]->(:Document {id: $doc}) WHERE m.count > 0 })
  AND ($name = '' OR toLower(e.name) CONTAINS $name OR any(a IN e.aliases WHERE toLower(a) CONTAINS $name))
WITH e ORDER BY e.id
WITH collect(e) AS items
WITH size(items) AS total, [x IN items WHERE x.id > $after] AS rest
WITH total, rest[..$first + 1] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS e
RETURN total, size(page) > $first AS more, CASE WHEN e IS NULL THEN null ELSE ` + entityProjection("e") + ` END AS e`)
	q := withDetail(ctx, b.String())
	return read(ctx, s, "list entities", func(tx neo4j.ManagedTransaction) (*kg.EntityPage, error) {
		recs, err := run(ctx, tx, q, params)
		if err != nil {
			return nil, err
		}
		p := &kg.EntityPage{Entities: []*kg.Entity{}}
		for _, r := range recs {
			p.Total = int(asInt(val(r, "total")))
			e, err := decodeEntity(val(r, "e"))
			if err != nil {
				return nil, err
			}
			if e != nil && len(p.Entities) < first {
				p.Entities = append(p.Entities, e)
			}
			if b, _ := val(r, "more").(bool); b {
				p.HasNext = true
			}
		}
		return p, nil
	})
}

// pageSize applies kg.DefaultPageSize and kg.CapPageSize to p.First.
func pageSize(p kg.Page) (int, error) {
	return limit(p.First, kg.DefaultPageSize, kg.CapPageSize, "page size")
}

// mustExist returns ENOTFOUND unless a node with the label (Entity or
// Document, never user input) and id exists.
func (s *Store) mustExist(ctx context.Context, label, id string) error {
	q := "MATCH (n:Entity {id: $id}) RETURN count(n) AS n"
	what := "entity"
	if label == "Document" {
		q = "MATCH (n:Document {id: $id}) RETURN count(n) AS n"
		what = "document"
	}
	n, err := read(ctx, s, "look up "+what, func(tx neo4j.ManagedTransaction) (int64, error) {
		recs, err := run(ctx, tx, q, map[string]any{"id": id})
		if err != nil || len(recs) == 0 {
			return 0, err
		}
		return asInt(val(recs[0], "n")), nil
	})
	if err != nil {
		return err
	}
	if n == 0 {
		return kg.Errorf(kg.ENOTFOUND, "no %s %q", what, id)
	}
	return nil
}

// Relation returns one relation by id.
func (s *Store) Relation(ctx context.Context, id string) (*kg.Relation, error) {
	if id == "" {
		return nil, kg.Errorf(kg.EINVALID, "empty relation id")
	}
	var parts []string
	for _, t := range kg.RelationTypes() {
		// The type comes from the closed ontology set; the id is a parameter.
		parts = append(parts, "MATCH (:Entity)-[r:"+string(t)+" {id: $id}]->(:Entity) RETURN r")
	}
	q := withDetail(ctx, "CALL { "+strings.Join(parts, " UNION ALL ")+" } RETURN "+relProjection("r")+" AS r LIMIT 1")
	r, err := read(ctx, s, "read relation", func(tx neo4j.ManagedTransaction) (*kg.Relation, error) {
		recs, err := run(ctx, tx, q, map[string]any{"id": id})
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		return decodeRelation(val(recs[0], "r"))
	})
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no relation %q", id)
	}
	return r, nil
}

// Relations lists relations matching f, ordered by id.
func (s *Store) Relations(ctx context.Context, f kg.RelationFilter) (*kg.RelationPage, error) {
	alt, err := relTypeAlternation(f.Types)
	if err != nil {
		return nil, err
	}
	first, err := pageSize(f.Page)
	if err != nil {
		return nil, err
	}
	if err := f.Time.Check(); err != nil {
		return nil, err
	}
	params := map[string]any{"entity": f.Entity, "doc": f.Document, "after": f.Page.After, "first": int64(first)}
	if f.Entity != "" {
		if err := s.mustExist(ctx, "Entity", f.Entity); err != nil {
			return nil, err
		}
	}
	if f.Document != "" {
		if err := s.mustExist(ctx, "Document", f.Document); err != nil {
			return nil, err
		}
	}
	var match string
	switch {
	case f.Entity != "":
		match = "MATCH (:Entity {id: $entity})-[r:" + alt + "]-(:Entity) WITH DISTINCT r "
	case f.Document != "":
		match = `MATCH (d:Document {id: $doc}) WHERE size(d.rel_ids) > 0
UNWIND range(0, size(d.rel_ids) - 1) AS i
WITH d.rel_ids[i] AS rid, d.rel_from[i] AS f, d.rel_to[i] AS t
MATCH (:Entity {id: f})-[r:` + alt + `]->(:Entity {id: t}) WHERE r.id = rid
WITH DISTINCT r `
	default:
		match = "MATCH (:Entity)-[r:" + alt + "]->(:Entity) "
	}
	q := match + `WITH r WHERE ` + docCond("r") + `
WITH r ORDER BY r.id
WITH collect(r) AS items
WITH size(items) AS total, [x IN items WHERE x.id > $after] AS rest
WITH total, rest[..$first + 1] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS r
RETURN total, size(page) > $first AS more, CASE WHEN r IS NULL THEN null ELSE ` + relProjection("r") + ` END AS r`
	q = withDetail(ctx, q)
	return read(ctx, s, "list relations", func(tx neo4j.ManagedTransaction) (*kg.RelationPage, error) {
		sel, err := selectDocs(ctx, tx, f.Document, f.Time)
		if err != nil {
			return nil, err
		}
		recs, err := run(ctx, tx, q, sel.params(params))
		if err != nil {
			return nil, err
		}
		p := &kg.RelationPage{Relations: []*kg.Relation{}}
		for _, rec := range recs {
			p.Total = int(asInt(val(rec, "total")))
			r, err := decodeRelationIn(val(rec, "r"), sel.set)
			if err != nil {
				return nil, err
			}
			if r != nil && len(p.Relations) < first {
				p.Relations = append(p.Relations, r)
			}
			if b, _ := val(rec, "more").(bool); b {
				p.HasNext = true
			}
		}
		return p, nil
	})
}

// Document returns one document by id.
func (s *Store) Document(ctx context.Context, id string) (*kg.Document, error) {
	if id == "" {
		return nil, kg.Errorf(kg.EINVALID, "empty document id")
	}
	ds, err := s.DocumentsByID(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if ds[0] == nil {
		return nil, kg.Errorf(kg.ENOTFOUND, "no document %q", id)
	}
	return ds[0], nil
}

// DocumentsByID returns the documents with the given ids in the same
// order, nil where an id is unknown.
func (s *Store) DocumentsByID(ctx context.Context, ids []string) ([]*kg.Document, error) {
	out := make([]*kg.Document, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	found, err := read(ctx, s, "read documents", func(tx neo4j.ManagedTransaction) (map[string]*kg.Document, error) {
		rec, err := single(ctx, tx, "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN collect("+documentProjection+") AS ds",
			map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		m := map[string]*kg.Document{}
		for _, x := range asList(val(rec, "ds")) {
			d := decodeDocument(x)
			m[d.ID] = d
		}
		return m, nil
	})
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		out[i] = found[id]
	}
	return out, nil
}

// Documents lists documents ordered by id.
func (s *Store) Documents(ctx context.Context, p kg.Page) (*kg.DocumentPage, error) {
	first, err := pageSize(p)
	if err != nil {
		return nil, err
	}
	q := `MATCH (d:Document) WITH d ORDER BY d.id
WITH collect(d) AS items
WITH size(items) AS total, [x IN items WHERE x.id > $after] AS rest
WITH total, rest[..$first + 1] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS d
RETURN total, size(page) > $first AS more, CASE WHEN d IS NULL THEN null ELSE ` + documentProjection + ` END AS d`
	return read(ctx, s, "list documents", func(tx neo4j.ManagedTransaction) (*kg.DocumentPage, error) {
		recs, err := run(ctx, tx, q, map[string]any{"after": p.After, "first": int64(first)})
		if err != nil {
			return nil, err
		}
		out := &kg.DocumentPage{Documents: []*kg.Document{}}
		for _, r := range recs {
			out.Total = int(asInt(val(r, "total")))
			if d := decodeDocument(val(r, "d")); d != nil && len(out.Documents) < first {
				out.Documents = append(out.Documents, d)
			}
			if b, _ := val(r, "more").(bool); b {
				out.HasNext = true
			}
		}
		return out, nil
	})
}

// Stats counts the store's contents; top is the number of most connected
// entities returned.
func (s *Store) Stats(ctx context.Context, top int) (*kg.Stats, error) {
	top, err := limit(top, kg.DefaultTop, kg.CapTop, "top")
	if err != nil {
		return nil, err
	}
	var counts []string
	for _, t := range kg.RelationTypes() {
		// Count-store lookups, one per type from the closed set.
		counts = append(counts, string(t)+": COUNT { MATCH ()-[:"+string(t)+"]->() }")
	}
	qRel := "RETURN {" + strings.Join(counts, ", ") + "} AS byType"
	return read(ctx, s, "stats", func(tx neo4j.ManagedTransaction) (*kg.Stats, error) {
		st := &kg.Stats{EntitiesByType: map[kg.EntityType]int{}, RelationsByType: map[kg.RelationType]int{}}
		for _, t := range kg.EntityTypes() {
			st.EntitiesByType[t] = 0
		}
		for _, t := range kg.RelationTypes() {
			st.RelationsByType[t] = 0
		}
		recs, err := run(ctx, tx, "MATCH (d:Document) RETURN count(d) AS n", nil)
		if err != nil {
			return nil, err
		}
		st.Documents = int(asInt(val(recs[0], "n")))
		recs, err = run(ctx, tx, "MATCH (e:Entity) RETURN e.type AS t, count(e) AS n", nil)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			st.EntitiesByType[kg.EntityType(asString(val(r, "t")))] = int(asInt(val(r, "n")))
		}
		recs, err = run(ctx, tx, qRel, nil)
		if err != nil {
			return nil, err
		}
		by, _ := val(recs[0], "byType").(map[string]any)
		for k, v := range by {
			st.RelationsByType[kg.RelationType(k)] = int(asInt(v))
		}
		recs, err = run(ctx, tx, "MATCH (:Entity)-[r]->(:Entity) RETURN sum(size(r.ev_doc)) AS n", nil)
		if err != nil {
			return nil, err
		}
		st.Evidence = int(asInt(val(recs[0], "n")))
		st.MostConnected = []kg.Degree{}
		if top > 0 {
			recs, err = run(ctx, tx, `MATCH (e:Entity)
WITH e, COUNT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT r } AS deg
ORDER BY deg DESC, e.id
LIMIT $top
RETURN `+entityProjection("e")+` AS e, deg`, map[string]any{"top": int64(top)})
			if err != nil {
				return nil, err
			}
			for _, r := range recs {
				e, err := decodeEntity(val(r, "e"))
				if err != nil {
					return nil, err
				}
				st.MostConnected = append(st.MostConnected, kg.Degree{Entity: e, Degree: int(asInt(val(r, "deg")))})
			}
		}
		return st, nil
	})
}

func val(r *neo4j.Record, key string) any {
	v, _ := r.Get(key)
	return v
}

func str(r *neo4j.Record, key string) string { return asString(val(r, key)) }

func asString(v any) string {
	s, _ := v.(string)
	return s
}

func asInt(v any) int64 {
	switch n := v.(type) {
	case int64:
		return n
	case float64:
		return int64(n)
	}
	return 0
}

func asStrings(v any) []string {
	l, _ := v.([]any)
	if l == nil {
		return nil
	}
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = asString(x)
	}
	return out
}
