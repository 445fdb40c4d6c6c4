package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/cnplan/kg"
)

// xmlWriter writes XML token by token through a buffered encoder.
type xmlWriter struct {
	buf *bufio.Writer
	enc *xml.Encoder
	err error
}

func newXMLWriter(w io.Writer) *xmlWriter {
	buf := bufio.NewWriterSize(w, 64<<10)
	enc := xml.NewEncoder(buf)
	enc.Indent("", " ")
	return &xmlWriter{buf: buf, enc: enc}
}

func (x *xmlWriter) start(name string, attrs ...string) {
	if x.err != nil {
		return
	}
	se := xml.StartElement{Name: xml.Name{Local: name}}
	for i := 0; i+1 < len(attrs); i += 2 {
		se.Attr = append(se.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
	}
	x.err = x.enc.EncodeToken(se)
}

func (x *xmlWriter) end(name string) {
	if x.err == nil {
		x.err = x.enc.EncodeToken(xml.EndElement{Name: xml.Name{Local: name}})
	}
}

// leaf writes <name attrs...>text</name> (an empty element when text is "").
func (x *xmlWriter) leaf(name, text string, attrs ...string) {
	x.start(name, attrs...)
	if text != "" && x.err == nil {
		x.err = x.enc.EncodeToken(xml.CharData(text))
	}
	x.end(name)
}

// header writes the XML declaration.
func (x *xmlWriter) header() {
	if x.err == nil {
		x.err = x.enc.EncodeToken(xml.ProcInst{Target: "xml", Inst: []byte(`version="1.0" encoding="UTF-8"`)})
	}
}

// flush writes what the encoder buffered.
func (x *xmlWriter) flush() error {
	if x.err == nil {
		x.err = x.enc.Flush()
	}
	if x.err == nil && x.buf.Buffered() > 32<<10 {
		x.err = x.buf.Flush()
	}
	return x.err
}

func (x *xmlWriter) close() error {
	if x.err == nil {
		x.err = x.enc.Flush()
	}
	if x.err == nil {
		x.err = x.buf.WriteByte('\n')
	}
	if x.err == nil {
		x.err = x.buf.Flush()
	}
	return x.err
}

// GraphMLWriter writes GraphML (http://graphml.graphdrawing.org/xmlns):
// a directed graph whose nodes carry the entity's id and name and the node
// attributes (GraphML ids are NMTOKENs, so node and edge ids are the
// entity and relation ids written by NMToken), and whose edges (id = relation id) carry the relation type,
// its weights and years as <data>.
type GraphMLWriter struct {
	x    *xmlWriter
	meta string
}

// NewGraphML returns a GraphML sink writing to w.
func NewGraphML(w io.Writer, meta string) *GraphMLWriter {
	return &GraphMLWriter{x: newXMLWriter(w), meta: meta}
}

var graphmlTypes = map[string]string{"string": "string", "int": "int", "boolean": "boolean"}

// Begin implements Sink.
func (g *GraphMLWriter) Begin() error {
	x := g.x
	x.header()
	x.start("graphml", "xmlns", "http://graphml.graphdrawing.org/xmlns",
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
	x.leaf("desc", g.meta)
	x.leaf("key", "", "id", "n_id", "for", "node", "attr.name", "id", "attr.type", "string")
	x.leaf("key", "", "id", "n_name", "for", "node", "attr.name", "name", "attr.type", "string")
	for _, a := range nodeAttrs {
		x.leaf("key", "", "id", "n_"+a.id, "for", "node", "attr.name", a.name, "attr.type", graphmlTypes[a.kind])
	}
	for _, a := range edgeAttrs {
		x.leaf("key", "", "id", "e_"+a.id, "for", "edge", "attr.name", a.name, "attr.type", graphmlTypes[a.kind])
	}
	x.start("graph", "id", "kg", "edgedefault", "directed")
	return x.flush()
}

// Node implements Sink.
func (g *GraphMLWriter) Node(e *kg.Entity) error {
	x := g.x
	x.start("node", "id", NMToken(e.ID))
	x.leaf("data", e.ID, "key", "n_id")
	x.leaf("data", e.Name, "key", "n_name")
	for i, v := range nodeValues(e) {
		if v != "" {
			x.leaf("data", v, "key", "n_"+nodeAttrs[i].id)
		}
	}
	x.end("node")
	return x.flush()
}

// Edge implements Sink.
func (g *GraphMLWriter) Edge(e Edge) error {
	x := g.x
	x.start("edge", "id", NMToken(e.ID), "source", NMToken(e.From), "target", NMToken(e.To))
	for i, v := range edgeValues(e) {
		if v != "" {
			x.leaf("data", v, "key", "e_"+edgeAttrs[i].id)
		}
	}
	x.end("edge")
	return x.flush()
}

// End implements Sink.
func (g *GraphMLWriter) End() error {
	g.x.end("graph")
	g.x.end("graphml")
	return g.x.close()
}

// GEXFWriter writes GEXF 1.3 (http://gexf.net/1.3) for Gephi: a dynamic
// graph whose edges have a spell for each run of consecutive years of their
// evidence documents (timeformat integer), so that Gephi's timeline shows
// when each link was stated; weight is the evidence count, kind and label
// the relation type, and the node and edge attributes are attvalues.
type GEXFWriter struct {
	x     *xmlWriter
	meta  string
	now   func() time.Time
	edges bool // the <edges> element is open
}

// NewGEXF returns a GEXF sink writing to w.
func NewGEXF(w io.Writer, meta string) *GEXFWriter {
	return &GEXFWriter{x: newXMLWriter(w), meta: meta, now: time.Now}
}

var gexfTypes = map[string]string{"string": "string", "int": "integer", "boolean": "boolean"}

// Begin implements Sink.
func (g *GEXFWriter) Begin() error {
	x := g.x
	x.header()
	x.start("gexf", "xmlns", "http://gexf.net/1.3",
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
		"version", "1.3")
	x.start("meta", "lastmodifieddate", g.now().UTC().Format("2006-01-02"))
	x.leaf("creator", "kg export")
	x.leaf("description", g.meta)
	x.end("meta")
	x.start("graph", "defaultedgetype", "directed", "mode", "dynamic", "timeformat", "integer", "timerepresentation", "interval")
	x.start("attributes", "class", "node", "mode", "static")
	for _, a := range nodeAttrs {
		x.leaf("attribute", "", "id", a.id, "title", a.name, "type", gexfTypes[a.kind])
	}
	x.end("attributes")
	x.start("attributes", "class", "edge", "mode", "static")
	for _, a := range edgeAttrs {
		x.leaf("attribute", "", "id", a.id, "title", a.name, "type", gexfTypes[a.kind])
	}
	x.end("attributes")
	x.start("nodes")
	return x.flush()
}

// Node implements Sink.
func (g *GEXFWriter) Node(e *kg.Entity) error {
	x := g.x
	x.start("node", "id", e.ID, "label", e.Name)
	g.attvalues(nodeAttrs, nodeValues(e))
	x.end("node")
	return x.flush()
}

func (g *GEXFWriter) attvalues(attrs []attr, values []string) {
	g.x.start("attvalues")
	for i, v := range values {
		if v != "" {
			g.x.leaf("attvalue", "", "for", attrs[i].id, "value", v)
		}
	}
	g.x.end("attvalues")
}

// openEdges closes <nodes> and opens <edges>.
func (g *GEXFWriter) openEdges() {
	g.x.end("nodes")
	g.x.start("edges")
}

// Edge implements Sink.
func (g *GEXFWriter) Edge(e Edge) error {
	if !g.edges {
		g.openEdges()
		g.edges = true
	}
	x := g.x
	x.start("edge", "id", e.ID, "source", e.From, "target", e.To, "label", string(e.Type), "kind", string(e.Type),
		"weight", strconv.Itoa(max(e.Weight.Evidence, 1)))
	g.attvalues(edgeAttrs, edgeValues(e))
	if len(e.Years) > 0 {
		x.start("spells")
		for _, s := range spans(e.Years) {
			x.leaf("spell", "", "start", strconv.Itoa(s[0]), "end", strconv.Itoa(s[1]))
		}
		x.end("spells")
	}
	x.end("edge")
	return x.flush()
}

// End implements Sink.
func (g *GEXFWriter) End() error {
	if !g.edges {
		g.openEdges()
		g.edges = true
	}
	g.x.end("edges")
	g.x.end("graph")
	g.x.end("gexf")
	return g.x.close()
}

// NMToken writes an id as an XML NMTOKEN, as GraphML ids must be: ASCII
// letters and digits, '.', '-', ':' and CJK ideographs (U+4E00-U+9FA5) stay,
// every other character (parentheses, quotes, '_' itself) becomes _XXXX_
// with its code point in hex. The mapping is one to one; the original id
// is also written as the node's "id" data.
func NMToken(id string) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == ':',
			r >= 0x4E00 && r <= 0x9FA5:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "_%04X_", r)
		}
	}
	return b.String()
}
