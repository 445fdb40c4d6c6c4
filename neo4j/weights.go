package neo4j

import (
	"context"
	"slices"

	"github.com/cnplan/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Weights are computed in the read queries, not stored: an entity's degree
// is a COUNT over its relationships (entityProjection), a relation's
// evidence and document counts come from its ev_doc list, and its years
// from the dates of those documents, looked up through the document id
// index (relProjection's ev_dates). Stored properties would have to be
// rewritten for every relation and entity a document touches on each load,
// and a document's date change would reach every relation it gives
// evidence to; see docs/design.md.

// docSel is the documents a query's document and time filters select.
type docSel struct {
	all  bool            // no filter
	docs []string        // the selected documents, when !all
	set  map[string]bool // the same as a set; nil when all
}

// params adds the parameters docCond reads.
func (d docSel) params(p map[string]any) map[string]any {
	p["alldocs"] = d.all
	p["docs"] = orEmpty(d.docs)
	return p
}

// docCond is the condition that relationship v passes the selection
// (parameters from docSel.params).
func docCond(v string) string {
	return "($alldocs OR any(x IN " + v + ".ev_doc WHERE x IN $docs))"
}

// selectDocs returns the documents passing an optional document id (whose
// existence the caller checked) and a time filter (checked already).
func selectDocs(ctx context.Context, tx neo4j.ManagedTransaction, doc string, tf kg.TimeFilter) (docSel, error) {
	if tf.IsZero() {
		if doc == "" {
			return docSel{all: true}, nil
		}
		return docSel{docs: []string{doc}, set: map[string]bool{doc: true}}, nil
	}
	recs, err := run(ctx, tx, "MATCH (d:Document) WHERE $doc = '' OR d.id = $doc "+
		"RETURN d.id AS id, d.date AS date, d.period_start AS ps, d.period_end AS pe", map[string]any{"doc": doc})
	if err != nil {
		return docSel{}, err
	}
	sel := docSel{docs: []string{}, set: map[string]bool{}}
	for _, r := range recs {
		d := &kg.Document{ID: str(r, "id"), Date: str(r, "date"),
			PeriodStart: int(asInt(val(r, "ps"))), PeriodEnd: int(asInt(val(r, "pe")))}
		if tf.Matches(d) {
			sel.docs = append(sel.docs, d.ID)
			sel.set[d.ID] = true
		}
	}
	return sel, nil
}

// CooperationMatrix aggregates the relations between the regions of one
// level pair by pair: the units and what is within each (withinMatch)
// in one query, the relations among them (ids, ends and evidence
// documents only) in another, kg.BuildMatrix in Go, then the top
// relations of the cells in full.
func (s *Store) CooperationMatrix(ctx context.Context, q kg.MatrixQuery) (*kg.Matrix, error) {
	if err := kg.CheckMatrixQuery(&q); err != nil {
		return nil, err
	}
	top, err := limit(q.Top, kg.DefaultMatrixTop, kg.CapTop, "top")
	if err != nil {
		return nil, err
	}
	maxCells, err := limit(q.MaxCells, kg.DefaultMaxEdges, kg.CapMaxEdges, "max cells")
	if err != nil {
		return nil, err
	}
	types := q.RelationTypes
	if len(types) == 0 {
		types = kg.DefaultCooperationTypes()
	}
	alt, err := relTypeAlternation(types)
	if err != nil {
		return nil, err
	}
	bound, err := hopBound(maxWithinDepth, 0, maxWithinDepth, "within depth")
	if err != nil {
		return nil, err
	}
	return read(ctx, s, "cooperation matrix", func(tx neo4j.ManagedTransaction) (*kg.Matrix, error) {
		var scope []string
		if q.Within != "" {
			if err := mustAllExist(ctx, tx, []string{q.Within}); err != nil {
				return nil, err
			}
			if scope, err = within(ctx, tx, q.Within); err != nil {
				return nil, err
			}
		}
		sel, err := selectDocs(ctx, tx, "", q.Time)
		if err != nil {
			return nil, err
		}
		recs, err := run(ctx, tx, `MATCH (w:Entity {type: $level}) WHERE $all OR w.id IN $scope
CALL (w) { MATCH p = (w)<-[:PART_OF*0..`+bound+`]-(r:Entity) WHERE all(n IN tail(nodes(p)) WHERE n.type IN $regions) RETURN DISTINCT r }
CALL (r) { RETURN r AS e UNION MATCH (r)<-[:LOCATED_IN]-(e:Entity) WHERE NOT e.type IN $areas RETURN e }
RETURN w.id AS unit, collect(DISTINCT e.id) AS members ORDER BY unit`,
			withinParams(map[string]any{"level": string(q.Level), "all": q.Within == "", "scope": orEmpty(scope)}))
		if err != nil {
			return nil, err
		}
		members := map[string][]string{}
		var unitIDs, all []string
		for _, r := range recs {
			u := str(r, "unit")
			unitIDs = append(unitIDs, u)
			members[u] = asStrings(val(r, "members"))
			all = append(all, members[u]...)
		}
		all = slices.Compact(slices.Sorted(slices.Values(all)))
		m := &kg.Matrix{Level: q.Level, Units: []*kg.Entity{}, Cells: []kg.MatrixCell{}}
		if len(unitIDs) == 0 {
			return m, nil
		}
		if m.Units, err = entitiesIn(ctx, tx, unitIDs); err != nil {
			return nil, err
		}
		// Light relations: evidence documents only, enough to count and weigh.
		recs, err = run(ctx, tx, "UNWIND $ids AS id MATCH (a:Entity {id: id})-[r:"+alt+"]->(b:Entity) "+
			"WHERE b.id IN $ids AND "+docCond("r")+" "+
			"RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, r.ev_doc AS docs, "+
			"COLLECT { UNWIND coalesce(r.ev_doc, []) AS wdid WITH DISTINCT wdid MATCH (wd:Document {id: wdid}) RETURN [wdid, coalesce(wd.date, '')] } AS dates",
			sel.params(map[string]any{"ids": all}))
		if err != nil {
			return nil, err
		}
		rels := make([]*kg.Relation, 0, len(recs))
		for _, r := range recs {
			rel := &kg.Relation{ID: str(r, "id"), Type: kg.RelationType(str(r, "type")), From: str(r, "from"), To: str(r, "to")}
			for _, d := range asStrings(val(r, "docs")) {
				if sel.all || sel.set[d] {
					rel.Evidence = append(rel.Evidence, kg.Evidence{Document: d})
				}
			}
			years := map[string]int{}
			for _, x := range asList(val(r, "dates")) {
				if pair := asStrings(x); len(pair) == 2 {
					years[pair[0]] = (&kg.Document{Date: pair[1]}).Year()
				}
			}
			rel.Weight = kg.WeighRelation(rel.Evidence, func(doc string) int { return years[doc] })
			rels = append(rels, rel)
		}
		m.Cells, m.Truncated = kg.BuildMatrix(members, rels, top, maxCells)
		// The top relations in full, with the selected evidence.
		var ids []string
		for _, c := range m.Cells {
			for _, r := range c.Top {
				ids = append(ids, r.ID)
			}
		}
		full, err := relationsIn(ctx, tx, ids)
		if err != nil {
			return nil, err
		}
		for i := range m.Cells {
			for k, r := range m.Cells[i].Top {
				f := full[r.ID]
				if f == nil {
					continue
				}
				if !sel.all {
					f.Evidence = slices.DeleteFunc(f.Evidence, func(ev kg.Evidence) bool { return !sel.set[ev.Document] })
					f.Weight = r.Weight // weighed on the same selection
				}
				m.Cells[i].Top[k] = f
			}
		}
		return m, nil
	})
}
