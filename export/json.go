package export

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"

	"github.com/cnplan/kg"
)

// CytoscapeWriter writes Cytoscape JSON: {"elements": {"nodes": [...],
// "edges": [...]}} with every element's fields under "data", as
// Cytoscape.js (cy.json, the elements option) and Cytoscape desktop
// (File > Import > Network from File, .cyjs) read it. Edges carry
// "interaction" (the relation type, Cytoscape desktop's edge type column)
// besides the edge attributes; nodes "name" and the node attributes. The
// top-level "directed" and "multigraph" and each node's "value" (its id)
// and each edge's "key" (its id) are what networkx's cytoscape_graph reads too.
type CytoscapeWriter struct {
	buf   *bufio.Writer
	n     int
	edges bool
	err   error
}

// NewCytoscape returns a Cytoscape JSON sink writing to w.
func NewCytoscape(w io.Writer) *CytoscapeWriter {
	return &CytoscapeWriter{buf: bufio.NewWriterSize(w, 64<<10)}
}

func (c *CytoscapeWriter) write(s string) {
	if c.err == nil {
		_, c.err = c.buf.WriteString(s)
	}
}

func (c *CytoscapeWriter) element(data map[string]any) error {
	b, err := json.Marshal(map[string]any{"data": data})
	if err != nil {
		return err
	}
	if c.n > 0 {
		c.write(",\n")
	} else {
		c.write("\n")
	}
	c.n++
	c.write(string(b))
	if c.err == nil && c.buf.Buffered() > 32<<10 {
		c.err = c.buf.Flush()
	}
	return c.err
}

// Begin implements Sink.
func (c *CytoscapeWriter) Begin() error {
	c.write(`{"format_version":"1.0","generated_by":"kg export","target_cytoscapejs_version":"~3",` +
		`"data":{"name":"kg"},"directed":true,"multigraph":true,"elements":{"nodes":[`)
	return c.err
}

// Node implements Sink.
func (c *CytoscapeWriter) Node(e *kg.Entity) error {
	d := map[string]any{"id": e.ID, "value": e.ID, "name": e.Name}
	typed(d, nodeAttrs, nodeValues(e))
	return c.element(d)
}

// typed puts values into d under their attribute names, as numbers and
// booleans where the attribute is one, leaving out empty values.
func typed(d map[string]any, attrs []attr, values []string) {
	for i, v := range values {
		if v == "" {
			continue
		}
		switch attrs[i].kind {
		case "int":
			n, _ := strconv.Atoi(v)
			d[attrs[i].name] = n
		case "boolean":
			d[attrs[i].name] = v == "true"
		default:
			d[attrs[i].name] = v
		}
	}
}

// Edge implements Sink.
func (c *CytoscapeWriter) Edge(e Edge) error {
	if !c.edges {
		c.write("\n],\"edges\":[")
		c.edges, c.n = true, 0
	}
	d := map[string]any{"id": e.ID, "key": e.ID, "source": e.From, "target": e.To, "interaction": string(e.Type)}
	typed(d, edgeAttrs, edgeValues(e))
	return c.element(d)
}

// End implements Sink.
func (c *CytoscapeWriter) End() error {
	if !c.edges {
		c.write("\n],\"edges\":[")
		c.edges = true
	}
	c.write("\n]}}\n")
	if c.err == nil {
		c.err = c.buf.Flush()
	}
	return c.err
}
