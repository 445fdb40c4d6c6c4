package kg

import (
	"cmp"
	"maps"
	"slices"
	"strings"
)

// RelationWeight is what a visualisation sizes an edge by, computed from
// the relation's evidence (after any document or time filter of the query
// that returned it) by WeighRelation.
type RelationWeight struct {
	// Evidence counts the pieces of evidence.
	Evidence int
	// Documents counts the distinct documents the evidence comes from.
	Documents int
	// FirstYear and LastYear are the earliest and latest years of those
	// documents' dates (Document.Year); 0 when none of them is dated.
	FirstYear, LastYear int
}

// WeighRelation returns the weight of evidence; year gives a document's
// year (0 when unknown).
func WeighRelation(evs []Evidence, year func(doc string) int) RelationWeight {
	w := RelationWeight{Evidence: len(evs)}
	prev := ""
	seen := map[string]bool{}
	for _, ev := range evs {
		if ev.Document == prev || seen[ev.Document] {
			continue
		}
		prev = ev.Document
		seen[ev.Document] = true
		w.Documents++
		if y := year(ev.Document); y > 0 {
			if w.FirstYear == 0 || y < w.FirstYear {
				w.FirstYear = y
			}
			w.LastYear = max(w.LastYear, y)
		}
	}
	return w
}

// TimeFilter selects documents by the year of their date and by their
// plan period; zero fields select everything. Stores apply it like a
// document filter: a relation passes when it has evidence from a document
// that passes, and keeps only that evidence.
type TimeFilter struct {
	// FromYear and ToYear bound the year of the document's date
	// (Document.Year), both inclusive; an undated document never passes a
	// year bound.
	FromYear, ToYear int
	// PeriodFrom and PeriodTo select documents whose plan period
	// (PeriodStart-PeriodEnd, a single year when one end is unstated)
	// overlaps [PeriodFrom, PeriodTo]; a document without a period never
	// passes. 2016-2020 selects the 十三五 plans, 2021-2025 the 十四五 ones.
	PeriodFrom, PeriodTo int
}

// IsZero reports whether f selects everything.
func (f TimeFilter) IsZero() bool { return f == TimeFilter{} }

// Check returns an EINVALID error for a negative year or a range whose
// start is after its end.
func (f TimeFilter) Check() error {
	for _, v := range []int{f.FromYear, f.ToYear, f.PeriodFrom, f.PeriodTo} {
		if v < 0 {
			return Errorf(EINVALID, "years must not be negative, got %d", v)
		}
	}
	if f.FromYear > 0 && f.ToYear > 0 && f.FromYear > f.ToYear {
		return Errorf(EINVALID, "the year range %d-%d is empty: fromYear is after toYear", f.FromYear, f.ToYear)
	}
	if f.PeriodFrom > 0 && f.PeriodTo > 0 && f.PeriodFrom > f.PeriodTo {
		return Errorf(EINVALID, "the period %d-%d is empty: its start is after its end", f.PeriodFrom, f.PeriodTo)
	}
	return nil
}

// Matches reports whether document d passes f.
func (f TimeFilter) Matches(d *Document) bool {
	if f.FromYear > 0 || f.ToYear > 0 {
		y := d.Year()
		if y == 0 || (f.FromYear > 0 && y < f.FromYear) || (f.ToYear > 0 && y > f.ToYear) {
			return false
		}
	}
	if f.PeriodFrom > 0 || f.PeriodTo > 0 {
		ps, pe := d.PeriodStart, d.PeriodEnd
		if ps == 0 {
			ps = pe
		}
		if pe == 0 {
			pe = ps
		}
		if ps == 0 || (f.PeriodFrom > 0 && pe < f.PeriodFrom) || (f.PeriodTo > 0 && ps > f.PeriodTo) {
			return false
		}
	}
	return true
}

// CollapsedEdge is every edge between two entities of a subgraph as one
// undirected edge, for drawing libraries that take simple graphs
// (sigma.js, graphology): parallel edges of several types, both
// directions, and symmetric relations become one.
type CollapsedEdge struct {
	// Source and Target are the two ends, Source < Target by id (equal for
	// a self-loop).
	Source, Target string
	// Types are the relation types among the edges, in ontology order.
	Types []RelationType
	// Relations are the ids of the edges, sorted.
	Relations []string
	// Weight sums the edges' evidence; Documents counts distinct documents
	// over all of them; the years span all of them.
	Weight RelationWeight
}

// Collapse returns one CollapsedEdge per pair of entities that edges join,
// ordered by (Source, Target). The edges' Weight must be set (stores set
// it); their evidence gives the distinct documents.
func Collapse(edges []*Relation) []CollapsedEdge {
	type pair struct{ a, b string }
	acc := map[pair]*CollapsedEdge{}
	docs := map[pair]map[string]bool{}
	for _, r := range edges {
		p := pair{r.From, r.To}
		if p.b < p.a {
			p.a, p.b = p.b, p.a
		}
		c := acc[p]
		if c == nil {
			c = &CollapsedEdge{Source: p.a, Target: p.b}
			acc[p] = c
			docs[p] = map[string]bool{}
		}
		if !slices.Contains(c.Types, r.Type) {
			c.Types = append(c.Types, r.Type)
		}
		c.Relations = append(c.Relations, r.ID)
		c.Weight.Evidence += len(r.Evidence)
		for _, ev := range r.Evidence {
			docs[p][ev.Document] = true
		}
		if y := r.Weight.FirstYear; y > 0 && (c.Weight.FirstYear == 0 || y < c.Weight.FirstYear) {
			c.Weight.FirstYear = y
		}
		c.Weight.LastYear = max(c.Weight.LastYear, r.Weight.LastYear)
	}
	order := RelationTypes()
	out := make([]CollapsedEdge, 0, len(acc))
	for p, c := range acc {
		c.Weight.Documents = len(docs[p])
		slices.SortFunc(c.Types, func(x, y RelationType) int {
			return cmp.Compare(slices.Index(order, x), slices.Index(order, y))
		})
		slices.Sort(c.Relations)
		out = append(out, *c)
	}
	slices.SortFunc(out, func(x, y CollapsedEdge) int {
		return cmp.Or(strings.Compare(x.Source, y.Source), strings.Compare(x.Target, y.Target))
	})
	return out
}

// MatrixQuery asks for a cooperation matrix: how the regions of one level
// are linked, pair by pair.
type MatrixQuery struct {
	// Level is the type of the matrix's regions: Province (the default),
	// City or County. City and County need Within.
	Level EntityType
	// Within is a region or region group id: the matrix's regions are
	// those of Level within it (EntityFilter.Within). Empty: every region
	// of the level.
	Within string
	// RelationTypes are the relations counted; empty: every type but
	// PART_OF and LOCATED_IN, as in cooperation.
	RelationTypes []RelationType
	// Time keeps the relations with evidence from documents it selects,
	// and only that evidence.
	Time TimeFilter
	// Top is how many of a cell's relations are returned, heaviest first
	// (DefaultMatrixTop when 0, at most CapTop).
	Top int
	// MaxCells caps the cells returned (DefaultMaxEdges when 0, at most
	// CapMaxEdges); Truncated says when it cut them.
	MaxCells int
}

// DefaultMatrixTop is the number of relations per matrix cell by default.
const DefaultMatrixTop = 3

// Matrix is a cooperation matrix. Only cells with at least one relation
// are listed; the matrix is symmetric, so each pair is one cell.
type Matrix struct {
	Level EntityType
	// Units are the matrix's regions, ordered by id.
	Units []*Entity
	// Cells are ordered by (A, B).
	Cells     []MatrixCell
	Truncated bool
}

// MatrixCell is what links two regions of a matrix: the relations (of the
// asked types, in either direction) between something within A and
// something within B, where nothing is within both.
type MatrixCell struct {
	// A and B are unit ids, A < B.
	A, B string
	// Relations counts the relations, ByType by relation type.
	Relations int
	ByType    map[RelationType]int
	// Evidence counts their pieces of evidence.
	Evidence int
	// Top are the heaviest relations: most evidence first, then id.
	Top []*Relation
}

// BuildMatrix aggregates rels (filtered and weighed already) into the
// cells of a matrix whose units hold the entities in members (unit id ->
// the ids within it). An edge counts in the cell of every pair of distinct
// units that hold one end each, once per cell, and never when one unit
// holds both ends. Cells are ordered by (A, B) and cut at maxCells; each
// keeps its top heaviest relations. Both stores use it.
func BuildMatrix(members map[string][]string, rels []*Relation, top, maxCells int) ([]MatrixCell, bool) {
	unitsOf := map[string][]string{}
	for _, u := range slices.Sorted(maps.Keys(members)) {
		for _, e := range members[u] {
			unitsOf[e] = append(unitsOf[e], u)
		}
	}
	type pair struct{ a, b string }
	cells := map[pair]*MatrixCell{}
	rs := map[pair][]*Relation{}
	for _, r := range rels {
		from, to := unitsOf[r.From], unitsOf[r.To]
		if len(from) == 0 || len(to) == 0 {
			continue
		}
		seen := map[pair]bool{}
		for _, u := range from {
			for _, v := range to {
				// An edge inside one unit (both ends within it) counts in no
				// cell of that unit.
				if u == v || slices.Contains(to, u) || slices.Contains(from, v) {
					continue
				}
				p := pair{u, v}
				if p.b < p.a {
					p.a, p.b = p.b, p.a
				}
				if seen[p] {
					continue
				}
				seen[p] = true
				c := cells[p]
				if c == nil {
					c = &MatrixCell{A: p.a, B: p.b, ByType: map[RelationType]int{}}
					cells[p] = c
				}
				c.Relations++
				c.ByType[r.Type]++
				c.Evidence += r.Weight.Evidence
				rs[p] = append(rs[p], r)
			}
		}
	}
	keys := slices.SortedFunc(maps.Keys(cells), func(x, y pair) int {
		return cmp.Or(strings.Compare(x.a, y.a), strings.Compare(x.b, y.b))
	})
	truncated := len(keys) > maxCells
	if truncated {
		keys = keys[:maxCells]
	}
	out := make([]MatrixCell, len(keys))
	for i, k := range keys {
		c := cells[k]
		list := rs[k]
		slices.SortFunc(list, func(x, y *Relation) int {
			return cmp.Or(cmp.Compare(y.Weight.Evidence, x.Weight.Evidence), strings.Compare(x.ID, y.ID))
		})
		c.Top = list[:min(len(list), top)]
		out[i] = *c
	}
	return out, truncated
}

// CheckMatrixQuery sets q's default level and returns an EINVALID error
// for a level that is not a region type, City or County without Within,
// or a bad time filter.
func CheckMatrixQuery(q *MatrixQuery) error {
	if q.Level == "" {
		q.Level = Province
	}
	if !q.Level.IsRegion() {
		return Errorf(EINVALID, "a matrix level is Province, City or County, not %q", q.Level)
	}
	if q.Level != Province && q.Within == "" {
		return Errorf(EINVALID, "a matrix of %s needs within: a province or region group whose %s regions to compare", q.Level, q.Level)
	}
	return q.Time.Check()
}
