package graph

import (
	"cmp"
	"context"
	"encoding/base64"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/graph/model"
)

// listKind names the kind of list a cursor belongs to: a cursor is only
// valid for lists of the kind it was issued for.
type listKind string

// The kinds of paginated lists.
const (
	entityList   listKind = "entity"
	relationList listKind = "relation"
	documentList listKind = "document"
	evidenceList listKind = "evidence"
)

// encodeCursor makes the opaque cursor of an item of a list of kind k: the
// base64 of "k|key", where key is the item's position key (its id).
func encodeCursor(k listKind, key string) string {
	return base64.StdEncoding.EncodeToString([]byte(string(k) + "|" + key))
}

// decodeCursor returns the key in a cursor issued for a list of kind k;
// nil or empty means the start. Anything else (not base64, another kind of
// list, no key) is INVALID_ARGUMENT.
func decodeCursor(k listKind, after *string) (string, error) {
	if after == nil || *after == "" {
		return "", nil
	}
	b, err := base64.StdEncoding.DecodeString(*after)
	key, ok := strings.CutPrefix(string(b), string(k)+"|")
	if err != nil || !ok || key == "" || !utf8.ValidString(key) {
		return "", kg.Errorf(kg.EINVALID, "after is not a cursor this API returned for a list of %ss; pass back an endCursor or edges.cursor of the same list", k)
	}
	return key, nil
}

// pageArgs checks first and after (a cursor of a list of kind k) and
// returns the store's page.
func (r *Resolver) pageArgs(k listKind, first *int, after *string) (kg.Page, error) {
	n, err := bounded("first", first, 20, 1, r.cfg.MaxPageSize, limitPageSize)
	if err != nil {
		return kg.Page{}, err
	}
	a, err := decodeCursor(k, after)
	if err != nil {
		return kg.Page{}, err
	}
	return kg.Page{First: n, After: a}, nil
}

// pageInfo returns the page info of a page of kind k whose last item has
// key last.
func pageInfo(k listKind, hasNext bool, last string, empty bool) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: hasNext}
	if !empty {
		c := encodeCursor(k, last)
		pi.EndCursor = &c
	}
	return pi
}

func entityConnection(p *kg.EntityPage) *model.EntityConnection {
	c := &model.EntityConnection{Nodes: p.Entities, TotalCount: p.Total, Edges: make([]*model.EntityEdge, len(p.Entities))}
	last := ""
	for i, e := range p.Entities {
		c.Edges[i] = &model.EntityEdge{Cursor: encodeCursor(entityList, e.ID), Node: e}
		last = e.ID
	}
	c.PageInfo = pageInfo(entityList, p.HasNext, last, len(p.Entities) == 0)
	return c
}

func relationConnection(p *kg.RelationPage) *model.RelationConnection {
	c := &model.RelationConnection{Nodes: p.Relations, TotalCount: p.Total, Edges: make([]*model.RelationEdge, len(p.Relations))}
	last := ""
	for i, rel := range p.Relations {
		c.Edges[i] = &model.RelationEdge{Cursor: encodeCursor(relationList, rel.ID), Node: rel}
		last = rel.ID
	}
	c.PageInfo = pageInfo(relationList, p.HasNext, last, len(p.Relations) == 0)
	return c
}

// evidenceConnection returns the page of first pieces of rel's evidence
// after the cursor after. The evidence is in the stores' order (document,
// start, end ...); a cursor's key is the relation id and the index of the
// piece, so a cursor from another relation's evidence is refused.
func evidenceConnection(rel *kg.Relation, first int, after *string) (*model.EvidenceConnection, error) {
	start := 0
	key, err := decodeCursor(evidenceList, after)
	if err != nil {
		return nil, err
	}
	if key != "" {
		id, idx, ok := strings.Cut(key, "#")
		i, err := strconv.Atoi(idx)
		if !ok || err != nil || i < 0 || id != rel.ID {
			return nil, kg.Errorf(kg.EINVALID, "after is not a cursor this API returned for the evidence of relation %s", rel.ID)
		}
		start = min(i+1, len(rel.Evidence))
	}
	end := min(start+first, len(rel.Evidence))
	c := &model.EvidenceConnection{TotalCount: len(rel.Evidence), Nodes: make([]*kg.Evidence, 0, end-start),
		Edges: make([]*model.EvidenceEdge, 0, end-start)}
	last := ""
	for i := start; i < end; i++ {
		ev := &rel.Evidence[i]
		last = rel.ID + "#" + strconv.Itoa(i)
		c.Nodes = append(c.Nodes, ev)
		c.Edges = append(c.Edges, &model.EvidenceEdge{Cursor: encodeCursor(evidenceList, last), Node: ev})
	}
	c.PageInfo = pageInfo(evidenceList, end < len(rel.Evidence), last, end == start)
	return c, nil
}

func documentConnection(p *kg.DocumentPage) *model.DocumentConnection {
	c := &model.DocumentConnection{Nodes: p.Documents, TotalCount: p.Total, Edges: make([]*model.DocumentEdge, len(p.Documents))}
	last := ""
	for i, d := range p.Documents {
		c.Edges[i] = &model.DocumentEdge{Cursor: encodeCursor(documentList, d.ID), Node: d}
		last = d.ID
	}
	c.PageInfo = pageInfo(documentList, p.HasNext, last, len(p.Documents) == 0)
	return c
}

// normaliseText prepares text matched against names (search text, the
// name filter of entities) the one way the stores expect it: whitespace
// removed (also inside, and the ideographic space), traditional characters
// made simplified (OpenCC t2s), Latin letters lower case. what names the
// argument in errors; text longer than the search text limit is
// LIMIT_EXCEEDED, text left empty INVALID_ARGUMENT.
func (r *Resolver) normaliseText(what, text string) (string, error) {
	if n := utf8.RuneCountInString(text); n > r.cfg.MaxSearchText {
		return "", newLimitError(limitSearchText, int64(r.cfg.MaxSearchText),
			"the %s has %d characters, above the limit of %d", what, n, r.cfg.MaxSearchText)
	}
	text = strings.Map(func(c rune) rune {
		if unicode.IsSpace(c) {
			return -1
		}
		return c
	}, text)
	if text == "" {
		return "", kg.Errorf(kg.EINVALID, "the %s is empty", what)
	}
	s, err := r.t2s.Convert(text)
	if err != nil {
		return "", err
	}
	return strings.ToLower(s), nil
}

// optionalID returns the id an optional argument gives: "" when it is
// omitted or null. An empty string is INVALID_ARGUMENT: it would otherwise
// silently mean "no filter".
func optionalID(what string, p *string) (string, error) {
	if p == nil {
		return "", nil
	}
	if *p == "" {
		return "", kg.Errorf(kg.EINVALID, "%s is empty; omit it (or pass null) for no filter", what)
	}
	return *p, nil
}

// nonEmpty returns a pointer to s, or nil for "".
func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nonZero returns a pointer to n, or nil for 0.
func nonZero(n int) *int {
	if n == 0 {
		return nil
	}
	return &n
}

// milestones returns the milestones of entities, by year, then entity id.
func milestones(es ...*kg.Entity) []*model.Milestone {
	var ms []*model.Milestone
	for _, e := range es {
		for _, m := range e.Milestones {
			ms = append(ms, &model.Milestone{Milestone: m, EntityID: e.ID})
		}
	}
	slices.SortStableFunc(ms, func(a, b *model.Milestone) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.EntityID, b.EntityID))
	})
	return ms
}

// checkIDs checks a list of seed ids.
func (r *Resolver) checkIDs(ids []string) error {
	if len(ids) == 0 {
		return kg.Errorf(kg.EINVALID, "ids must name at least one entity")
	}
	if len(ids) > r.cfg.MaxPageSize {
		return newLimitError(limitPageSize, int64(r.cfg.MaxPageSize),
			"ids has %d entries, above the limit of %d", len(ids), r.cfg.MaxPageSize)
	}
	return nil
}

// optionalEntity loads the entity a soft link names: nil for no id or an
// id the store does not know.
func (r *Resolver) optionalEntity(ctx context.Context, id string) (*kg.Entity, error) {
	if id == "" {
		return nil, nil
	}
	e, err := r.entity(ctx, id)
	if kg.ErrorCode(err) == kg.ENOTFOUND {
		return nil, nil
	}
	return e, err
}

// timeFilter converts the TimeFilter argument; a year below 1 is
// INVALID_ARGUMENT (the store checks the ranges).
func timeFilter(f *model.TimeFilter) (kg.TimeFilter, error) {
	var tf kg.TimeFilter
	if f == nil {
		return tf, nil
	}
	for _, v := range []struct {
		name string
		p    *int
		dst  *int
	}{{"fromYear", f.FromYear, &tf.FromYear}, {"toYear", f.ToYear, &tf.ToYear},
		{"periodFrom", f.PeriodFrom, &tf.PeriodFrom}, {"periodTo", f.PeriodTo, &tf.PeriodTo}} {
		if v.p == nil {
			continue
		}
		if *v.p < 1 {
			return tf, kg.Errorf(kg.EINVALID, "time.%s must be a year, not %d", v.name, *v.p)
		}
		*v.dst = *v.p
	}
	return tf, tf.Check()
}

// collapse returns the collapsed view of a subgraph's edges.
func collapse(edges []*kg.Relation) []*kg.CollapsedEdge {
	cs := kg.Collapse(edges)
	out := make([]*kg.CollapsedEdge, len(cs))
	for i := range cs {
		out[i] = &cs[i]
	}
	return out
}
