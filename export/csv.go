package export

import (
	"encoding/csv"
	"io"

	"github.com/cnplan/kg"
)

// CSVWriter writes two CSV files with a header row, for spreadsheets and
// Gephi's spreadsheet import: nodes.csv (id, label, then the node
// attributes) and edges.csv (id, source, target, weight = evidence count,
// then the edge attributes).
type CSVWriter struct {
	nodes, edges *csv.Writer
	n            int
}

// NodesHeader and EdgesHeader are the header rows of nodes.csv and edges.csv.
func NodesHeader() []string { return header([]string{"id", "label"}, nodeAttrs) }

// EdgesHeader is the header row of edges.csv.
func EdgesHeader() []string { return header([]string{"id", "source", "target", "weight"}, edgeAttrs) }

func header(first []string, attrs []attr) []string {
	for _, a := range attrs {
		first = append(first, a.name)
	}
	return first
}

// NewCSV returns a CSV sink writing nodes to nodes and edges to edges.
func NewCSV(nodes, edges io.Writer) *CSVWriter {
	return &CSVWriter{nodes: csv.NewWriter(nodes), edges: csv.NewWriter(edges)}
}

// Begin implements Sink.
func (c *CSVWriter) Begin() error {
	if err := c.nodes.Write(NodesHeader()); err != nil {
		return err
	}
	return c.edges.Write(EdgesHeader())
}

// Node implements Sink.
func (c *CSVWriter) Node(e *kg.Entity) error {
	return c.row(c.nodes, append([]string{e.ID, e.Name}, nodeValues(e)...))
}

// Edge implements Sink.
func (c *CSVWriter) Edge(e Edge) error {
	v := edgeValues(e)
	return c.row(c.edges, append([]string{e.ID, e.From, e.To, v[2]}, v...))
}

func (c *CSVWriter) row(w *csv.Writer, rec []string) error {
	if err := w.Write(rec); err != nil {
		return err
	}
	if c.n++; c.n%1000 == 0 {
		w.Flush()
		return w.Error()
	}
	return nil
}

// End implements Sink.
func (c *CSVWriter) End() error {
	c.nodes.Flush()
	c.edges.Flush()
	if err := c.nodes.Error(); err != nil {
		return err
	}
	return c.edges.Error()
}
