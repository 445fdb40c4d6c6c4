// Package export writes the graph of a kg.Store in the formats network
// tools open: GraphML, GEXF 1.3 (with edge spells for Gephi's timeline),
// Cytoscape JSON and CSV (nodes.csv and edges.csv).
//
// Every writer streams: the store is read a page at a time (Walk) and each
// node and edge is written as it comes, so memory does not grow with the
// graph, except for a map of document years (one entry per document) and,
// when a time filter is given for the whole graph, the set of entity ids
// the selected relations touch. A neighbourhood (Options.Around) is one
// bounded store read (kg.CapMaxNodes nodes at most).
package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cnplan/kg"
)

// Format is an export format.
type Format string

// The formats.
const (
	GraphML   Format = "graphml"
	GEXF      Format = "gexf"
	Cytoscape Format = "cytoscape"
	CSV       Format = "csv"
)

// Formats returns every format.
func Formats() []Format { return []Format{GraphML, GEXF, Cytoscape, CSV} }

// ParseFormat returns the format named s, or an EINVALID error.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(s))
	if slices.Contains(Formats(), f) {
		return f, nil
	}
	return "", kg.Errorf(kg.EINVALID, "unknown export format %q: use graphml, gexf, cytoscape or csv", s)
}

// ContentType is the media type of the format's output (of each file, for
// CSV).
func (f Format) ContentType() string {
	switch f {
	case GraphML:
		return "application/graphml+xml; charset=utf-8"
	case GEXF:
		return "application/gexf+xml; charset=utf-8"
	case Cytoscape:
		return "application/json"
	default:
		return "text/csv; charset=utf-8"
	}
}

// Ext is the usual file extension of the format.
func (f Format) Ext() string {
	if f == Cytoscape {
		return ".cyjs"
	}
	return "." + string(f)
}

// Options selects what is exported.
type Options struct {
	// Around, when set, exports the neighbourhood of this entity id within
	// Hops (default kg.DefaultHops) instead of the whole graph.
	Around   string
	Hops     int
	MaxNodes int // for Around; 0: kg.CapMaxNodes
	// Time keeps only relations with evidence from documents it selects
	// (their weights and years count only that evidence), and only the
	// entities such relations touch (the seed of Around is always kept).
	Time kg.TimeFilter
	// PageSize is how many records are read from the store at once; 0:
	// kg.CapPageSize.
	PageSize int
	// Progress, when set, is called after every Every records written
	// (and once at the end of the nodes and of the edges) with the part
	// ("nodes" or "edges") and the count so far.
	Progress func(part string, n int)
	Every    int
}

// Check returns an EINVALID error for options no store would accept.
func (o Options) Check() error {
	if err := o.Time.Check(); err != nil {
		return err
	}
	if o.Hops < 0 || o.Hops > kg.CapHops {
		return kg.Errorf(kg.EINVALID, "hops must be between 1 and %d, got %d", kg.CapHops, o.Hops)
	}
	if o.Hops > 0 && o.Around == "" {
		return kg.Errorf(kg.EINVALID, "hops needs around: the entity whose neighbourhood is exported")
	}
	if o.MaxNodes < 0 || o.PageSize < 0 {
		return kg.Errorf(kg.EINVALID, "limits must not be negative")
	}
	return nil
}

// Edge is a relation as written: the relation (its evidence filtered by
// the options' time filter, its Weight set) and the distinct years of its
// evidence documents, ascending.
type Edge struct {
	*kg.Relation
	Years []int
}

// Sink receives a graph: Begin once, every node, every edge (both ends
// among the nodes), End once.
type Sink interface {
	Begin() error
	Node(e *kg.Entity) error
	Edge(e Edge) error
	End() error
}

// Write walks store by opts into a sink of format f writing to out. For
// CSV, out is the nodes file and edges the edges file; other formats
// ignore edges. meta describes the export (the command or request).
func Write(ctx context.Context, store kg.Store, opts Options, f Format, out, edges io.Writer, meta string) error {
	var s Sink
	switch f {
	case GraphML:
		s = NewGraphML(out, meta)
	case GEXF:
		s = NewGEXF(out, meta)
	case Cytoscape:
		s = NewCytoscape(out)
	case CSV:
		s = NewCSV(out, edges)
	default:
		return kg.Errorf(kg.EINVALID, "unknown export format %q", f)
	}
	return Walk(ctx, store, opts, s)
}

// Walk reads the graph opts selects from store and gives it to s.
func Walk(ctx context.Context, store kg.Store, opts Options, s Sink) error {
	if err := opts.Check(); err != nil {
		return err
	}
	pageSize := opts.PageSize
	if pageSize == 0 {
		pageSize = kg.CapPageSize
	}
	years, err := documentYears(ctx, store, pageSize)
	if err != nil {
		return err
	}
	yearsOf := func(r *kg.Relation) []int {
		var ys []int
		for _, ev := range r.Evidence {
			if y := years[ev.Document]; y > 0 && !slices.Contains(ys, y) {
				ys = append(ys, y)
			}
		}
		slices.Sort(ys)
		return ys
	}
	p := progress{fn: opts.Progress, every: max(opts.Every, 1)}
	if opts.Around != "" {
		return walkAround(ctx, store, opts, s, yearsOf, &p)
	}

	// The whole graph: entities page by page, then relations.
	var keep map[string]bool
	if !opts.Time.IsZero() {
		keep = map[string]bool{}
		err := eachRelation(ctx, store, opts.Time, pageSize, func(r *kg.Relation) error {
			keep[r.From], keep[r.To] = true, true
			return nil
		})
		if err != nil {
			return err
		}
	}
	if err := s.Begin(); err != nil {
		return err
	}
	after := ""
	for {
		page, err := store.Entities(ctx, kg.EntityFilter{Page: kg.Page{First: pageSize, After: after}})
		if err != nil {
			return err
		}
		for _, e := range page.Entities {
			if keep != nil && !keep[e.ID] {
				continue
			}
			if err := s.Node(e); err != nil {
				return err
			}
			p.add("nodes")
		}
		if !page.HasNext || len(page.Entities) == 0 {
			break
		}
		after = page.Entities[len(page.Entities)-1].ID
	}
	p.done("nodes")
	err = eachRelation(ctx, store, opts.Time, pageSize, func(r *kg.Relation) error {
		if err := s.Edge(Edge{Relation: r, Years: yearsOf(r)}); err != nil {
			return err
		}
		p.add("edges")
		return nil
	})
	if err != nil {
		return err
	}
	p.done("edges")
	return s.End()
}

func walkAround(ctx context.Context, store kg.Store, opts Options, s Sink, yearsOf func(*kg.Relation) []int, p *progress) error {
	hops := opts.Hops
	if hops == 0 {
		hops = kg.DefaultHops
	}
	maxNodes := opts.MaxNodes
	if maxNodes == 0 {
		maxNodes = kg.CapMaxNodes
	}
	sg, err := store.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{opts.Around}, Hops: hops, Time: opts.Time, MaxNodes: maxNodes})
	if err != nil {
		return err
	}
	nodes := sg.Nodes
	if !opts.Time.IsZero() {
		// Keep the seed and what the selected edges touch.
		touched := map[string]bool{opts.Around: true}
		for _, r := range sg.Edges {
			touched[r.From], touched[r.To] = true, true
		}
		nodes = slices.DeleteFunc(slices.Clone(nodes), func(e *kg.Entity) bool { return !touched[e.ID] })
	}
	if err := s.Begin(); err != nil {
		return err
	}
	for _, e := range nodes {
		if err := s.Node(e); err != nil {
			return err
		}
		p.add("nodes")
	}
	p.done("nodes")
	for _, r := range sg.Edges {
		if err := s.Edge(Edge{Relation: r, Years: yearsOf(r)}); err != nil {
			return err
		}
		p.add("edges")
	}
	p.done("edges")
	return s.End()
}

// documentYears maps every document id to the year of its date (0 when
// undated).
func documentYears(ctx context.Context, store kg.Store, pageSize int) (map[string]int, error) {
	years := map[string]int{}
	after := ""
	for {
		page, err := store.Documents(ctx, kg.Page{First: pageSize, After: after})
		if err != nil {
			return nil, fmt.Errorf("export: reading documents: %w", err)
		}
		for _, d := range page.Documents {
			years[d.ID] = d.Year()
		}
		if !page.HasNext || len(page.Documents) == 0 {
			return years, nil
		}
		after = page.Documents[len(page.Documents)-1].ID
	}
}

// eachRelation calls fn with every relation the time filter selects.
func eachRelation(ctx context.Context, store kg.Store, t kg.TimeFilter, pageSize int, fn func(*kg.Relation) error) error {
	after := ""
	for {
		page, err := store.Relations(ctx, kg.RelationFilter{Time: t, Page: kg.Page{First: pageSize, After: after}})
		if err != nil {
			return err
		}
		for _, r := range page.Relations {
			if err := fn(r); err != nil {
				return err
			}
		}
		if !page.HasNext || len(page.Relations) == 0 {
			return nil
		}
		after = page.Relations[len(page.Relations)-1].ID
	}
}

type progress struct {
	fn    func(string, int)
	every int
	n     int
}

func (p *progress) add(part string) {
	p.n++
	if p.fn != nil && p.n%p.every == 0 {
		p.fn(part, p.n)
	}
}

func (p *progress) done(part string) {
	if p.fn != nil {
		p.fn(part, p.n)
	}
	p.n = 0
}
