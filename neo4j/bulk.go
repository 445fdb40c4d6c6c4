package neo4j

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	osexec "os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cnplan/kg"
)

// Bulk loading: the graph written as CSV files in the layout of
// `neo4j-admin database import full`, which builds the store files of an
// empty database directly, an order of magnitude faster than transactions.
//
// The files hold exactly the nodes, relationships and properties Load
// writes (see the package comment), with one difference the import tool
// imposes: it cannot write an empty list, so a list property that Load
// sets to [] (aliases, milestones_free, a mention's milestones, the ev_doc
// and ev of a gazetteer relation, a document's rel_ids) is absent in a
// bulk-imported database. Every query of this package reads an absent
// list as empty (coalesce, asStrings, size(null) in sum), and the
// integration test checks that both ways of loading give the same answers.
//
// Constraints and indexes are not in the files: EnsureSchema creates them
// once the server runs on the imported database (an index built over
// existing data is one sorted pass, cheaper than maintaining it row by
// row during a transactional load).

// ArrayDelimiter separates the elements of a list property in the CSV
// files (U+001E, record separator, which no name, id or JSON text of the
// graph holds: control characters in evidence and milestones are escaped).
const ArrayDelimiter = '\x1e'

// BulkFiles are the CSV files a CSVWriter wrote, with what they hold.
type BulkFiles struct {
	Dir string
	// Nodes maps a label list ("Entity:Park", "Document") to its files
	// (each with its header).
	Nodes map[string][]string
	// Relationships are files with a :TYPE column; Mentions holds the
	// MENTIONED_IN relationships.
	Relationships []string
	Mentions      string
	// Counts.
	Documents, Entities, Relations, Evidence, MentionRows int
	// ActualIDs tells that the node numbers are 0 to Entities+Documents-1,
	// each written as one node row: the import tool can take them as the
	// store's node ids (--id-type=actual) and needs no id map.
	ActualIDs bool
}

// ImportArgs returns the arguments of `neo4j-admin` that import f into
// database (which must not be running: stop the server first), replacing
// whatever the database held.
func (f *BulkFiles) ImportArgs(database string) []string {
	// The database comes first: --nodes and --relationships take several
	// values and would swallow a positional argument after them.
	// With actual ids the tool writes each node at its number and reads a
	// relationship's ends as node ids: no map of the numbers to build and
	// look 2.4 million ends up in at 1M relations (about 3 of 20 import
	// CPU-seconds; docs/benchmarks.md, Bulk load). Numbers that are not
	// dense (a relation end that no node row has) keep the map, which
	// reports such an end instead of storing a dangling relationship.
	idType := "--id-type=integer"
	if f.ActualIDs {
		idType = "--id-type=actual"
	}
	args := []string{"database", "import", "full", database,
		"--array-delimiter=U+001E", idType, "--overwrite-destination=true",
		"--report-file=" + filepath.Join(f.Dir, "import.report")}
	for _, labels := range slices.Sorted(mapKeys(f.Nodes)) {
		for _, p := range f.Nodes[labels] {
			args = append(args, "--nodes="+labels+"="+p)
		}
	}
	for _, r := range f.Relationships {
		args = append(args, "--relationships="+r)
	}
	if f.Mentions != "" {
		args = append(args, "--relationships=MENTIONED_IN="+f.Mentions)
	}
	return args
}

// RunImport runs the import tool admin (a command and its first arguments,
// e.g. ["neo4j-admin"] or ["bash", "scripts/neo4j.sh", "admin"]) on f,
// its output going to out.
func (f *BulkFiles) RunImport(ctx context.Context, admin []string, database string, out io.Writer) error {
	if len(admin) == 0 {
		return fmt.Errorf("neo4j: bulk import: no neo4j-admin command")
	}
	cmd := osexec.CommandContext(ctx, admin[0], append(slices.Clone(admin[1:]), f.ImportArgs(database)...)...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("neo4j: bulk import with %s: %w (is the server stopped? Community cannot stop one database)", strings.Join(admin, " "), err)
	}
	return nil
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// csvFile is one buffered CSV output.
type csvFile struct {
	f *os.File
	w *bufio.Writer
}

func newCSVFile(path, header string) (*csvFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	c := &csvFile{f: f, w: bufio.NewWriterSize(f, 1<<20)}
	c.w.WriteString(header)
	c.w.WriteByte('\n')
	return c, nil
}

func (c *csvFile) close() error {
	if err := c.w.Flush(); err != nil {
		c.f.Close()
		return err
	}
	return c.f.Close()
}

// CSVWriter streams a graph into import files: each call writes one row.
// The caller gives each entity, relation and document exactly once
// (WriteGraphCSV merges a kg.Graph's duplicates first).
//
// Nodes are known to the import tool by numbers, not by their ids (which
// are properties, as Load writes them): the tool then neither sorts string
// ids nor hashes them, and the relationship rows are shorter. The writer
// numbers each entity and document id the first time it sees it, entities
// and documents in one sequence, so it keeps one map entry per node;
// nothing per relation. When every number is one node row (a graph whose
// relation ends are all its entities) the numbers are the store's node
// ids (BulkFiles.ActualIDs, --id-type=actual) and the tool keeps no id map
// at all.
type CSVWriter struct {
	rowBuf
	files          BulkFiles
	ents           map[kg.EntityType]*csvFile
	docs, rels     *csvFile
	ments          *csvFile
	entNum, docNum map[string]int64
	// next is the next import number: entities and documents share one
	// sequence, so that a number is unique among all nodes and, when each
	// numbered id is written once, the numbers are the node ids
	// (BulkFiles.ActualIDs).
	next int64
	// rows marks the numbers written as node rows; dupRow is set when one
	// is written twice.
	rows   []bool
	dupRow bool
	// extra are the files of the parallel writers but the first (partFiles).
	extra []*csvFile
}

// rowBuf formats one CSV row at a time.
type rowBuf struct{ row []byte }

const (
	entityHeader   = ":ID(Entity),id,type,name,code,parent,pinyin,aliases:string[],milestones_free:string[],alias_text,degree:long"
	documentHeader = ":ID(Document),id,source,title,doc_number,issuer,date,period_start:long,period_end:long,subject,script,encoding,hash,chars:long,rel_ids:string[],rel_from:string[],rel_to:string[]"
	relationHeader = ":START_ID(Entity),:END_ID(Entity),:TYPE,id,ev_doc:string[],ev:string[],permanent:boolean"
	mentionHeader  = ":START_ID(Entity),:END_ID(Document),count:long,milestones:string[]"
)

// NewCSVWriter creates the files in dir (which must exist).
func NewCSVWriter(dir string) (*CSVWriter, error) {
	w := &CSVWriter{files: BulkFiles{Dir: dir, Nodes: map[string][]string{}}, ents: map[kg.EntityType]*csvFile{},
		entNum: map[string]int64{}, docNum: map[string]int64{}}
	var err error
	open := func(name, header string) *csvFile {
		if err != nil {
			return nil
		}
		var c *csvFile
		c, err = newCSVFile(filepath.Join(dir, name), header)
		return c
	}
	w.docs = open("documents.csv", documentHeader)
	w.rels = open("relations.csv", relationHeader)
	w.ments = open("mentions.csv", mentionHeader)
	if err != nil {
		return nil, fmt.Errorf("neo4j: bulk: %w", err)
	}
	w.files.Nodes["Document"] = []string{filepath.Join(dir, "documents.csv")}
	w.files.Relationships = []string{filepath.Join(dir, "relations.csv")}
	w.files.Mentions = filepath.Join(dir, "mentions.csv")
	return w, nil
}

// field appends s, quoted ("" doubled) when it must be. Strings that must
// not be split or cut by the importer are refused: newlines (the importer
// reads one row per line) and, inside lists, the array delimiter.
func (w *rowBuf) field(s string, list bool) error {
	c := classOf(s)
	if c&cNewline != 0 || (list && c&cDelim != 0) {
		return kg.Errorf(kg.EINVALID, "bulk load cannot write %q (a newline or U+001E in it); load it without --bulk", s)
	}
	if c&cQuote == 0 {
		w.row = append(w.row, s...)
		return nil
	}
	w.row = append(w.row, '"')
	w.escaped(s)
	w.row = append(w.row, '"')
	return nil
}

// The classes of bytes the writer looks for, as classOf returns them.
const (
	cNewline = 1 << iota // '\n', '\r': the importer reads a row per line
	cDelim               // ArrayDelimiter
	// cQuote: the field must be quoted in an import file: empty (an empty
	// unquoted field is no property at all), holding the field separator
	// or a quote, or with spaces at an end. Ids, types and most names need
	// none, which saves the importer's quote handling.
	cQuote
)

var byteClass = [256]uint8{'\n': cNewline, '\r': cNewline, ArrayDelimiter: cDelim, ',': cQuote, '"': cQuote}

// classOf returns the classes of s's bytes in one pass (the writer looks
// at every id and every piece of evidence: strings.ContainsAny per class
// was a fifth of its time).
func classOf(s string) uint8 {
	if s == "" {
		return cQuote
	}
	var c uint8
	for i := 0; i < len(s); i++ {
		c |= byteClass[s[i]]
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		c |= cQuote
	}
	return c
}

// num returns the import number of id in m (entNum or docNum), numbering
// it when it is new.
func (w *CSVWriter) num(m map[string]int64, id string) int64 {
	n, ok := m[id]
	if !ok {
		n = w.next
		w.next++
		m[id] = n
	}
	return n
}

// nodeRow records that number n is written as a node row.
func (w *CSVWriter) nodeRow(n int64) {
	if n >= int64(len(w.rows)) {
		w.rows = append(w.rows, make([]bool, n+1-int64(len(w.rows)))...)
	}
	w.dupRow = w.dupRow || w.rows[n]
	w.rows[n] = true
}

// escaped appends s with each double quote doubled, as CSV quotes it.
func (w *rowBuf) escaped(s string) {
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			w.row = append(w.row, '"')
		}
		w.row = append(w.row, s[i])
	}
}

// opt appends s quoted, or nothing (no property) when it is empty.
func (w *rowBuf) opt(s string) error {
	if s == "" {
		return nil
	}
	return w.field(s, false)
}

// list appends a list property; an empty list leaves the field empty
// (the importer then writes no property).
func (w *rowBuf) list(xs []string) error {
	if len(xs) == 0 {
		return nil
	}
	var c uint8
	for _, x := range xs {
		cx := classOf(x)
		if cx&(cNewline|cDelim) != 0 {
			return kg.Errorf(kg.EINVALID, "bulk load cannot write %q (a newline or U+001E in it); load it without --bulk", x)
		}
		c |= cx
	}
	quote := c&cQuote != 0
	if quote {
		w.row = append(w.row, '"')
	}
	for i, x := range xs {
		if i > 0 {
			w.row = append(w.row, ArrayDelimiter)
		}
		if quote {
			w.escaped(x)
		} else {
			w.row = append(w.row, x...)
		}
	}
	if quote {
		w.row = append(w.row, '"')
	}
	return nil
}

func (w *rowBuf) comma() { w.row = append(w.row, ',') }

func (w *rowBuf) flush(c *csvFile) error {
	w.row = append(w.row, '\n')
	_, err := c.w.Write(w.row)
	w.row = w.row[:0]
	return err
}

// BulkEntity is one entity row: aliases sorted and unique, milestones
// without a document as JSON (see planLoad), and the number of relations
// touching the entity (once for a self-loop), which Load keeps up to date
// in the store (degreeDelta).
type BulkEntity struct {
	ID, Name, Code, Parent, Pinyin string
	Type                           kg.EntityType
	Aliases, MilestonesFree        []string
	Degree                         int
}

// Entity writes one entity node.
func (w *CSVWriter) Entity(e *BulkEntity) error {
	if !e.Type.Valid() {
		return kg.Errorf(kg.EINVALID, "entity %q has unknown type %q", e.ID, string(e.Type))
	}
	c := w.ents[e.Type]
	if c == nil {
		name := "entities-" + string(e.Type) + ".csv"
		var err error
		if c, err = newCSVFile(filepath.Join(w.files.Dir, name), entityHeader); err != nil {
			return fmt.Errorf("neo4j: bulk: %w", err)
		}
		w.ents[e.Type] = c
		w.files.Nodes["Entity:"+string(e.Type)] = []string{filepath.Join(w.files.Dir, name)}
	}
	n := w.num(w.entNum, e.ID)
	w.nodeRow(n)
	w.row = strconv.AppendInt(w.row[:0], n, 10)
	w.comma()
	err := w.field(e.ID, false)
	w.comma()
	err = firstErr(err, w.field(string(e.Type), false))
	for _, s := range []string{e.Name, e.Code, e.Parent, e.Pinyin} {
		w.comma()
		err = firstErr(err, w.opt(s))
	}
	w.comma()
	err = firstErr(err, w.list(e.Aliases))
	w.comma()
	err = firstErr(err, w.list(e.MilestonesFree))
	w.comma()
	// alias_text as upsertEntitiesQuery computes it: each alias after U+001F.
	var at strings.Builder
	for _, a := range e.Aliases {
		at.WriteByte('\x1f')
		at.WriteString(a)
	}
	err = firstErr(err, w.field(at.String(), false))
	w.comma()
	w.row = strconv.AppendInt(w.row, int64(e.Degree), 10)
	if err != nil {
		return err
	}
	w.files.Entities++
	return w.flush(c)
}

// Document writes one document node with the index of the relations it
// gives evidence to (relIDs[i] from relFrom[i] to relTo[i]).
func (w *CSVWriter) Document(d *kg.Document, relIDs, relFrom, relTo []string) error {
	n := w.num(w.docNum, d.ID)
	w.nodeRow(n)
	if err := w.document(n, d, relIDs, relFrom, relTo); err != nil {
		return err
	}
	w.files.Documents++
	return w.flush(w.docs)
}

// document formats one document row (without its newline) from its
// import number.
func (w *rowBuf) document(n int64, d *kg.Document, relIDs, relFrom, relTo []string) error {
	w.row = strconv.AppendInt(w.row[:0], n, 10)
	w.comma()
	err := w.field(d.ID, false)
	for _, s := range []string{d.Source, d.Title} {
		w.comma()
		err = firstErr(err, w.field(s, false))
	}
	for _, s := range []string{d.DocNumber, d.Issuer, d.Date} {
		w.comma()
		err = firstErr(err, w.opt(s))
	}
	for _, n := range []int{d.PeriodStart, d.PeriodEnd} {
		w.comma()
		if n != 0 {
			w.row = strconv.AppendInt(w.row, int64(n), 10)
		}
	}
	w.comma()
	err = firstErr(err, w.opt(d.Subject))
	for _, s := range []string{d.Script, d.Encoding, d.Hash} {
		w.comma()
		err = firstErr(err, w.field(s, false))
	}
	w.comma()
	w.row = strconv.AppendInt(w.row, int64(d.Chars), 10)
	for _, l := range [][]string{relIDs, relFrom, relTo} {
		w.comma()
		err = firstErr(err, w.list(l))
	}
	return err
}

// Mention writes one MENTIONED_IN relationship: entity mentioned count
// times in doc, with the milestones (JSON) doc gave it.
func (w *CSVWriter) Mention(entity, doc string, count int, milestones []string) error {
	w.row = strconv.AppendInt(w.row[:0], w.num(w.entNum, entity), 10)
	w.comma()
	w.row = strconv.AppendInt(w.row, w.num(w.docNum, doc), 10)
	w.comma()
	w.row = strconv.AppendInt(w.row, int64(count), 10)
	w.comma()
	if err := w.list(milestones); err != nil {
		return err
	}
	w.files.MentionRows++
	return w.flush(w.ments)
}

// Relation writes one relation with all its evidence: evDoc[i] is the
// document of piece i, ev[i] its encodeEvidence form, ordered by document
// id, then kg.CompareEvidence (the order a one-writer Load leaves).
// permanent marks a relation loaded at least once without evidence.
func (w *CSVWriter) Relation(t kg.RelationType, id, from, to string, evDoc, ev []string, permanent bool) error {
	if !t.Valid() {
		return kg.Errorf(kg.EINVALID, "relation %q has unknown type %q", id, string(t))
	}
	if err := w.relation(w.num(w.entNum, from), w.num(w.entNum, to), t, id, evDoc, ev, permanent); err != nil {
		return err
	}
	w.files.Relations++
	w.files.Evidence += len(ev)
	return w.flush(w.rels)
}

// relation formats one relationship row (without its newline) from its
// ends' import numbers.
func (w *rowBuf) relation(from, to int64, t kg.RelationType, id string, evDoc, ev []string, permanent bool) error {
	w.row = strconv.AppendInt(w.row[:0], from, 10)
	w.comma()
	w.row = strconv.AppendInt(w.row, to, 10)
	w.comma()
	w.row = append(w.row, t...)
	w.comma()
	err := w.field(id, false)
	w.comma()
	err = firstErr(err, w.list(evDoc))
	w.comma()
	err = firstErr(err, w.list(ev))
	w.comma()
	if permanent {
		w.row = append(w.row, "true"...)
	}
	return err
}

// Close flushes and closes every file and says what was written.
func (w *CSVWriter) Close() (*BulkFiles, error) {
	var err error
	for _, c := range slices.Concat([]*csvFile{w.docs, w.rels, w.ments}, w.extra, slices.Collect(mapValues(w.ents))) {
		err = firstErr(err, c.close())
	}
	if err != nil {
		return nil, fmt.Errorf("neo4j: bulk: %w", err)
	}
	f := w.files
	f.ActualIDs = !w.dupRow && int64(len(w.rows)) == w.next && !slices.Contains(w.rows, false)
	return &f, nil
}

func mapValues[K comparable, V any](m map[K]V) func(func(V) bool) {
	return func(yield func(V) bool) {
		for _, v := range m {
			if !yield(v) {
				return
			}
		}
	}
}

func firstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// WriteGraphCSV validates g as Load does (the ontology, ids, types, ends,
// evidence spans), merges its duplicates and writes it into import files
// in dir, for a database that is empty: every relation end must be in g.
// It returns what it wrote and, when the ontology made it leave relations
// out, a *kg.SkippedError as Load does.
func WriteGraphCSV(g *kg.Graph, dir string) (*BulkFiles, error) {
	if g == nil {
		return nil, kg.Errorf(kg.EINVALID, "nil graph")
	}
	g, skipped := kg.CheckOntology(g, func(string) kg.EntityType { return "" }, nil)
	done, f, err := writeGraphDirect(g, dir)
	if done {
		if err == nil && skipped != nil {
			err = fmt.Errorf("neo4j: %w", &kg.SkippedError{Skipped: skipped})
		}
		return f, err
	}
	p, err := planLoad(g)
	if err != nil {
		return nil, err
	}
	if len(p.endpoints) > 0 {
		return nil, kg.Errorf(kg.EINVALID, "relation end %q is not in the graph (a bulk load starts from an empty database)", p.endpoints[0])
	}
	w, err := NewCSVWriter(dir)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*BulkFiles, error) {
		w.Close()
		return nil, err
	}
	// A relation's evidence comes from every document that gives it; the
	// documents are in id order, so appending keeps Load's order.
	type relRec struct {
		t         kg.RelationType
		from, to  string
		evDoc, ev []string
		permanent bool
	}
	rels := map[string]*relRec{}
	var order []string
	get := func(t kg.RelationType, id, from, to string) *relRec {
		r := rels[id]
		if r == nil {
			r = &relRec{t: t, from: from, to: to}
			rels[id] = r
			order = append(order, id)
		}
		return r
	}
	for _, t := range kg.RelationTypes() {
		for _, row := range p.permanent[t] {
			get(t, row["id"].(string), row["from"].(string), row["to"].(string)).permanent = true
		}
	}
	for _, d := range p.docs {
		for _, t := range kg.RelationTypes() {
			for _, row := range d.rels[t] {
				r := get(t, row["id"].(string), row["from"].(string), row["to"].(string))
				r.evDoc = append(r.evDoc, row["ev_doc"].([]string)...)
				r.ev = append(r.ev, row["ev"].([]string)...)
			}
		}
	}
	degree := map[string]int{}
	for _, id := range order {
		r := rels[id]
		degree[r.from]++
		if r.to != r.from {
			degree[r.to]++
		}
	}
	for _, t := range kg.EntityTypes() {
		for _, row := range p.entitiesByType[t] {
			e := &BulkEntity{ID: row["id"].(string), Type: t, Name: optStr(row["name"]), Code: optStr(row["code"]),
				Parent: optStr(row["parent"]), Pinyin: optStr(row["pinyin"]),
				Aliases: row["aliases"].([]string), MilestonesFree: row["mfree"].([]string), Degree: degree[row["id"].(string)]}
			if err := w.Entity(e); err != nil {
				return fail(err)
			}
		}
	}
	for _, d := range p.docs {
		props := d.props
		doc := &kg.Document{ID: d.id, Source: props["source"].(string), Title: props["title"].(string),
			DocNumber: optStr(props["doc_number"]), Issuer: optStr(props["issuer"]), Date: optStr(props["date"]),
			PeriodStart: optInt(props["period_start"]), PeriodEnd: optInt(props["period_end"]), Subject: optStr(props["subject"]),
			Script: props["script"].(string), Encoding: props["encoding"].(string), Hash: props["hash"].(string),
			Chars: int(props["chars"].(int64))}
		if err := w.Document(doc, d.relIDs, d.relFrom, d.relTo); err != nil {
			return fail(err)
		}
		for _, m := range d.mentions {
			if err := w.Mention(m["entity"].(string), m["doc"].(string), int(m["count"].(int64)), m["ms"].([]string)); err != nil {
				return fail(err)
			}
		}
	}
	for _, id := range order {
		r := rels[id]
		if err := w.Relation(r.t, id, r.from, r.to, r.evDoc, r.ev, r.permanent); err != nil {
			return fail(err)
		}
	}
	f, err = w.Close()
	if err != nil {
		return nil, err
	}
	if skipped != nil {
		return f, fmt.Errorf("neo4j: %w", &kg.SkippedError{Skipped: skipped})
	}
	return f, nil
}

// writeGraphDirect runs writeDirect into new files in dir; done is false
// when g has duplicates and nothing was written.
func writeGraphDirect(g *kg.Graph, dir string) (done bool, f *BulkFiles, err error) {
	w, err := NewCSVWriter(dir)
	if err != nil {
		return true, nil, err
	}
	done, err = writeDirect(g, w)
	var cerr error
	f, cerr = w.Close()
	if err != nil || cerr != nil {
		return true, nil, firstErr(err, cerr)
	}
	return done, f, nil
}

// docIndex is the relation index of one document (see CSVWriter.Document).
type docIndex struct{ ids, from, to []string }

// minRelationPart is the fewest relations writeRelations gives a worker of
// its own (a variable for the tests).
var minRelationPart = 100_000

// writeRelations writes rels, which writeDirect has validated (every end
// numbered, every evidence document in docs), and returns the relation
// index of each document. A large graph is cut into consecutive parts,
// one per core, each formatted by a goroutine of its own into a file of
// its own (relations.csv, relations-1.csv, ...; the import tool reads each
// --relationships file with its header): formatting the evidence is most
// of the writer's time. The document indexes keep the relations' order.
//
// ends holds the import numbers of the relations' ends, two per relation
// (from, to), as writeDirect resolved them while validating: the entity
// map is not read again.
func (w *CSVWriter) writeRelations(rels []kg.Relation, ends []int32, docs map[string]int) ([]docIndex, error) {
	type docRef struct {
		doc          int
		id, from, to string
	}
	type result struct {
		refs                []docRef
		relations, evidence int
	}
	parts := partCount(len(rels), minRelationPart)
	files, err := w.partFiles(parts, "relations", relationHeader)
	if err != nil {
		return nil, err
	}
	for _, p := range files[1:] {
		w.files.Relationships = append(w.files.Relationships, p.f.Name())
	}
	files[0] = w.rels
	results := make([]result, parts)
	err = inParts(len(rels), parts, func(k, lo, hi int) error {
		res := &results[k]
		var b rowBuf
		var evDoc, evs []string
		var pieces []kg.Evidence
		for i := lo; i < hi; i++ {
			r := &rels[i]
			pieces = append(pieces[:0], r.Evidence...)
			slices.SortFunc(pieces, func(a, b kg.Evidence) int {
				return cmp.Or(cmp.Compare(a.Document, b.Document), kg.CompareEvidence(a, b))
			})
			pieces = slices.Compact(pieces)
			evDoc, evs = evDoc[:0], evs[:0]
			for j, ev := range pieces {
				enc, err := encodeEvidence(ev)
				if err != nil {
					return kg.Errorf(kg.EINVALID, "relation %q: %v", r.ID, err)
				}
				evDoc, evs = append(evDoc, ev.Document), append(evs, enc)
				if j == 0 || pieces[j-1].Document != ev.Document {
					res.refs = append(res.refs, docRef{docs[ev.Document], r.ID, r.From, r.To})
				}
			}
			if err := b.relation(int64(ends[2*i]), int64(ends[2*i+1]), r.Type, r.ID, evDoc, evs, len(r.Evidence) == 0); err != nil {
				return err
			}
			if err := b.flush(files[k]); err != nil {
				return err
			}
			res.relations++
			res.evidence += len(evs)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	index := make([]docIndex, len(docs))
	for _, res := range results {
		w.files.Relations += res.relations
		w.files.Evidence += res.evidence
		for _, ref := range res.refs {
			x := &index[ref.doc]
			x.ids, x.from, x.to = append(x.ids, ref.id), append(x.from, ref.from), append(x.to, ref.to)
		}
	}
	return index, nil
}

func optStr(v any) string {
	s, _ := v.(string)
	return s
}

func optInt(v any) int {
	n, _ := v.(int64)
	return int(n)
}

// writeDirect is WriteGraphCSV for a graph whose documents, entities and
// relations each appear once (what a generator or a merged kg extract
// output gives): it streams g into w without planLoad's rows, with the
// same validation and the same properties. It returns false, having
// written nothing, when g has a duplicate id; WriteGraphCSV then merges
// through planLoad.
func writeDirect(g *kg.Graph, w *CSVWriter) (bool, error) {
	docs := make(map[string]int, len(g.Documents))
	for i := range g.Documents {
		d := &g.Documents[i]
		if d.ID == "" {
			return true, kg.Errorf(kg.EINVALID, "document %d has no id", i)
		}
		if _, dup := docs[d.ID]; dup {
			return false, nil
		}
		docs[d.ID] = i
	}
	// Entity id -> index in g.Entities, which is also its import number:
	// the writer numbers entities in the order they are written, which is
	// g.Entities' (so this map becomes the writer's entNum, not a second
	// map of the same pairs).
	if len(w.entNum) != 0 || len(g.Entities) > math.MaxInt32 {
		return false, nil
	}
	ents := make(map[string]int64, len(g.Entities))
	for i := range g.Entities {
		if _, dup := ents[g.Entities[i].ID]; dup {
			return false, nil
		}
		ents[g.Entities[i].ID] = int64(i)
	}
	// Degrees are counted while the relations' ends are checked, in the
	// same parallel parts (one atomic add per end), and the ends' numbers
	// kept for writeRelations.
	degree := make([]atomic.Int32, len(g.Entities))
	ends := make([]int32, 2*len(g.Relations))
	if !uniqueRelationIDs(g.Relations) {
		return false, nil
	}
	inG := func(doc, what string) error {
		if _, ok := docs[doc]; !ok {
			return kg.Errorf(kg.EINVALID, "%s names document %q, which is not in the graph", what, doc)
		}
		return nil
	}
	// Validate everything before writing anything.
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.ID == "" {
			return true, kg.Errorf(kg.EINVALID, "entity %d has no id", i)
		}
		if !e.Type.Valid() {
			return true, kg.Errorf(kg.EINVALID, "entity %q has unknown type %q", e.ID, string(e.Type))
		}
		sum := 0
		for doc, n := range e.MentionsByDocument {
			if n < 0 {
				return true, kg.Errorf(kg.EINVALID, "entity %q has a negative mention count for %q", e.ID, doc)
			}
			if err := inG(doc, "entity "+strconv.Quote(e.ID)); err != nil {
				return true, err
			}
			sum += n
		}
		if e.Mentions != 0 && e.Mentions != sum {
			return true, kg.Errorf(kg.EINVALID, "entity %q has Mentions %d but its mentions by document add up to %d", e.ID, e.Mentions, sum)
		}
		for _, m := range e.Milestones {
			if m.Document != "" {
				if err := inG(m.Document, "a milestone of entity "+strconv.Quote(e.ID)); err != nil {
					return true, err
				}
			}
		}
	}
	// The relations in parts, one per core (the maps are only read).
	if err := inParts(len(g.Relations), partCount(len(g.Relations), minRelationPart), func(_, lo, hi int) error {
		for i := lo; i < hi; i++ {
			r := &g.Relations[i]
			switch {
			case r.ID == "":
				return kg.Errorf(kg.EINVALID, "relation %d has no id", i)
			case !r.Type.Valid():
				return kg.Errorf(kg.EINVALID, "relation %q has unknown type %q", r.ID, string(r.Type))
			case r.From == "" || r.To == "":
				return kg.Errorf(kg.EINVALID, "relation %q lacks an end", r.ID)
			case r.ID != kg.RelationID(r.Type, r.From, r.To):
				return kg.Errorf(kg.EINVALID, "relation %q should have id %q", r.ID, kg.RelationID(r.Type, r.From, r.To))
			}
			for k, end := range []string{r.From, r.To} {
				j, ok := ents[end]
				if !ok {
					return kg.Errorf(kg.EINVALID, "relation end %q is not in the graph (a bulk load starts from an empty database)", end)
				}
				ends[2*i+k] = int32(j)
				if k == 0 || r.To != r.From {
					degree[j].Add(1)
				}
			}
			for _, ev := range r.Evidence {
				if err := inG(ev.Document, "evidence of relation "+strconv.Quote(r.ID)); err != nil {
					return err
				}
				if ev.Start < 0 || ev.End < ev.Start {
					return kg.Errorf(kg.EINVALID, "evidence of relation %q has a bad span [%d, %d)", r.ID, ev.Start, ev.End)
				}
			}
		}
		return nil
	}); err != nil {
		return true, err
	}

	w.entNum, w.next = ents, int64(len(ents))
	// Documents are numbered first (after the entities), so that their
	// rows can be formatted in parallel at the end (the maps are then only
	// read).
	for i := range g.Documents {
		w.num(w.docNum, g.Documents[i].ID)
	}
	var ms []string
	for i := range g.Entities {
		e := &g.Entities[i]
		aliases := slices.Compact(slices.Sorted(slices.Values(e.Aliases)))
		mss := slices.Clone(e.Milestones)
		slices.SortFunc(mss, kg.CompareMilestones)
		mss = slices.Compact(mss)
		var free []string
		byDoc := map[string][]string{}
		for _, m := range mss {
			b, err := json.Marshal(m)
			if err != nil {
				return true, fmt.Errorf("encode a milestone of %s: %w", e.ID, err)
			}
			if m.Document == "" {
				free = append(free, string(b))
			} else {
				byDoc[m.Document] = append(byDoc[m.Document], string(b))
			}
		}
		if err := w.Entity(&BulkEntity{ID: e.ID, Type: e.Type, Name: e.Name, Code: e.Code, Parent: e.Parent, Pinyin: e.Pinyin,
			Aliases: aliases, MilestonesFree: free, Degree: int(degree[i].Load())}); err != nil {
			return true, err
		}
		if len(e.MentionsByDocument) == 1 && len(byDoc) == 0 {
			for did, n := range e.MentionsByDocument {
				if n != 0 {
					if err := w.Mention(e.ID, did, n, nil); err != nil {
						return true, err
					}
				}
			}
			continue
		}
		for _, did := range slices.Sorted(maps.Keys(unionKeys(e.MentionsByDocument, byDoc))) {
			n := e.MentionsByDocument[did]
			if n == 0 && len(byDoc[did]) == 0 {
				continue
			}
			ms = byDoc[did]
			if err := w.Mention(e.ID, did, n, ms); err != nil {
				return true, err
			}
		}
	}
	index, err := w.writeRelations(g.Relations, ends, docs)
	if err != nil {
		return true, err
	}
	return true, w.writeDocuments(g.Documents, index)
}

// uniqueRelationIDs tells whether no two relations share an id. An id in
// kg.RelationID's form ("rel:" and 16 lowercase hex digits) is kept as the
// 64-bit number it spells, any other as a string: a map of millions of
// strings was a second or more of the writer's serial part at 5,000,000
// relations, the numbers cost a fraction of it.
func uniqueRelationIDs(rels []kg.Relation) bool {
	nums := make(map[uint64]struct{}, len(rels))
	var other map[string]struct{}
	for i := range rels {
		id := rels[i].ID
		if n, ok := relationIDNumber(id); ok {
			if _, dup := nums[n]; dup {
				return false
			}
			nums[n] = struct{}{}
			continue
		}
		if other == nil {
			other = map[string]struct{}{}
		}
		if _, dup := other[id]; dup {
			return false
		}
		other[id] = struct{}{}
	}
	return true
}

// relationIDNumber reads an id of kg.RelationID's form as the number its
// 16 lowercase hex digits spell; ok is false for any other string (an
// upper-case digit included, so that two different strings never give
// one number).
func relationIDNumber(id string) (n uint64, ok bool) {
	if len(id) != 20 || id[:4] != "rel:" {
		return 0, false
	}
	for _, c := range []byte(id[4:]) {
		switch {
		case c >= '0' && c <= '9':
			n = n<<4 | uint64(c-'0')
		case c >= 'a' && c <= 'f':
			n = n<<4 | uint64(c-'a'+10)
		default:
			return 0, false
		}
	}
	return n, true
}

// writeDocuments writes docs, numbered already, with their relation
// indexes: a large graph's in parts, one per core, each into a file of its
// own (documents.csv, documents-1.csv, ...). The indexes are most of the
// documents' bytes.
func (w *CSVWriter) writeDocuments(docs []kg.Document, index []docIndex) error {
	pairs := 0
	for i := range index {
		pairs += len(index[i].ids)
	}
	parts := partCount(len(docs), 1)
	if pairs < minRelationPart {
		parts = 1
	}
	files, err := w.partFiles(parts, "documents", documentHeader)
	if err != nil {
		return err
	}
	for _, p := range files[1:] {
		w.files.Nodes["Document"] = append(w.files.Nodes["Document"], p.f.Name())
	}
	files[0] = w.docs
	for i := range docs {
		w.nodeRow(w.docNum[docs[i].ID])
	}
	err = inParts(len(docs), parts, func(k, lo, hi int) error {
		var b rowBuf
		for i := lo; i < hi; i++ {
			// Numbered above: the map is only read here.
			if err := b.document(w.docNum[docs[i].ID], &docs[i], index[i].ids, index[i].from, index[i].to); err != nil {
				return err
			}
			if err := b.flush(files[k]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	w.files.Documents += len(docs)
	return nil
}

// partFiles returns parts files for inParts' workers: nil for the first
// (the caller's own) and name-K.csv, with header, for the others, closed
// with the writer.
func (w *CSVWriter) partFiles(parts int, name, header string) ([]*csvFile, error) {
	files := make([]*csvFile, parts)
	for k := 1; k < parts; k++ {
		c, err := newCSVFile(filepath.Join(w.files.Dir, fmt.Sprintf("%s-%d.csv", name, k)), header)
		if err != nil {
			return nil, fmt.Errorf("neo4j: bulk: %w", err)
		}
		files[k] = c
		w.extra = append(w.extra, c)
	}
	return files, nil
}

// partCount is the number of parts inParts cuts n items into: one per
// core, each of at least minPart items.
func partCount(n, minPart int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/max(1, minPart)))
}

// inParts runs fn on parts consecutive parts [lo, hi) of n items, each in
// a goroutine of its own, and returns the error of the first part that
// failed.
func inParts(n, parts int, fn func(k, lo, hi int) error) error {
	if parts <= 1 {
		return fn(0, 0, n)
	}
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for k := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[k] = fn(k, k*n/parts, (k+1)*n/parts)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
