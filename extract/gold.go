package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	kg "github.com/cnplan/kg"
)

// GoldEntity is one hand-annotated entity (see docs/annotation.md).
type GoldEntity struct {
	Type kg.EntityType
	Name string
}

// GoldRelation is one hand-annotated relation.
type GoldRelation struct {
	Type     kg.RelationType
	From, To string
	Text     string
}

// Gold is the hand annotation of one document.
type Gold struct {
	// Doc is the document's file name and SubjectRegion the region the
	// annotator read as its subject, when the gold file says so.
	Doc, SubjectRegion string
	// Types are the relation types the file annotates; nil means
	// ScoredRelationTypes.
	Types     []kg.RelationType
	Entities  []GoldEntity
	Relations []GoldRelation
}

// ReadGold reads a gold file: JSON Lines, "//" comment lines allowed.
func ReadGold(r io.Reader) (*Gold, error) {
	g := &Gold{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "//") {
			continue
		}
		var rec struct {
			Kind, Type, Name, From, To, Text string
		}
		if err := json.Unmarshal([]byte(s), &rec); err != nil {
			return nil, fmt.Errorf("line %d: %w", ln, err)
		}
		switch rec.Kind {
		case "entity":
			if !kg.EntityType(rec.Type).Valid() {
				return nil, fmt.Errorf("line %d: unknown entity type %q", ln, rec.Type)
			}
			g.Entities = append(g.Entities, GoldEntity{kg.EntityType(rec.Type), cleanName(rec.Name)})
		case "relation":
			if !kg.RelationType(rec.Type).Valid() {
				return nil, fmt.Errorf("line %d: unknown relation type %q", ln, rec.Type)
			}
			g.Relations = append(g.Relations, GoldRelation{kg.RelationType(rec.Type), cleanName(rec.From), cleanName(rec.To), rec.Text})
		default:
			return nil, fmt.Errorf("line %d: unknown kind %q", ln, rec.Kind)
		}
	}
	return g, sc.Err()
}

// Count is a tally of true positives, false positives and false negatives.
type Count struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Count) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when nothing was expected.
func (c Count) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Count) add(o Count) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score is the comparison of an extraction with gold annotations.
type Score struct {
	Entities      map[kg.EntityType]Count
	Relations     map[kg.RelationType]Count
	EntityTotal   Count
	RelationTotal Count
	// Misses and Spurious list what differed, for reading.
	Misses, Spurious []string
	// TypeErrors lists entities matched by name whose type differs from
	// the gold one.
	TypeErrors []string
}

// ScoredRelationTypes are the relation types the gold files annotate.
func ScoredRelationTypes() []kg.RelationType {
	var out []kg.RelationType
	for _, t := range kg.RelationTypes() {
		if t.Triggered() || t == kg.Connects {
			out = append(out, t)
		}
	}
	return out
}

// ScoreName is the form names are compared in (ANNOTATE.md of the corpus):
// whitespace and quotation marks removed, brackets full-width, and a
// trailing 省, 市, 县, 区, 自治区 or 特别行政区 dropped from names longer
// than two characters.
func ScoreName(s string) string {
	s = exactName(s)
	for _, suf := range []string{"特别行政区", "自治区", "省", "市", "县", "区"} {
		if t, ok := strings.CutSuffix(s, suf); ok && utf8.RuneCountInString(s) > 2 && t != "" {
			return t
		}
	}
	return s
}

// exactName is a name as written, compared without whitespace and
// quotation marks and with full-width brackets, its suffix kept.
func exactName(s string) string {
	return fullWidthBrackets(cleanName(strings.Join(strings.Fields(s), "")))
}

// Evaluate compares what g says about document docID with gold, as the
// corpus's ANNOTATE.md scores: entities by name (the name as written, else
// ScoreName of the name or of one of its aliases, so that 长沙县 and 长沙市,
// alike by ScoreName, are two entities), each gold entity matched at most once; relations by
// type and both ends, unordered for symmetric types. Entities only implied
// (no mention in the document) are not predictions. Per-type tables count a
// hit under the predicted type, a miss under the gold type; TypeErrors
// counts hits whose types differ.
func Evaluate(g *kg.Graph, docID string, gold *Gold) Score {
	sc := Score{Entities: map[kg.EntityType]Count{}, Relations: map[kg.RelationType]Count{}}
	byID := map[string]*kg.Entity{}
	var pred []*kg.Entity
	for i := range g.Entities {
		e := &g.Entities[i]
		byID[e.ID] = e
		if e.MentionsByDocument[docID] > 0 && e.Type.Valid() && e.Type != kg.Agency {
			pred = append(pred, e)
		}
	}
	sort.Slice(pred, func(i, j int) bool { return pred[i].ID < pred[j].ID })
	keys := func(e *kg.Entity) map[string]bool {
		k := map[string]bool{ScoreName(e.Name): true}
		for _, a := range e.Aliases {
			k[ScoreName(a)] = true
		}
		return k
	}
	// Gold entities by their compared name, each name's entities in file
	// order: 长沙县 and 长沙市 compare alike (长沙) but are two entities, so a
	// prediction takes first the one whose written name it has
	goldIdx := map[string][]int{}
	exact := map[string]int{} // the written name (cleaned), first index
	for i, ge := range gold.Entities {
		if _, dup := exact[exactName(ge.Name)]; dup {
			continue // the same name twice in a gold file counts once
		}
		exact[exactName(ge.Name)] = i
		goldIdx[ScoreName(ge.Name)] = append(goldIdx[ScoreName(ge.Name)], i)
	}
	// entities: the entity's own written name first, then its compared
	// name, then its aliases, so that an alias shared by two entities goes
	// to the one it names
	goldHit := make([]bool, len(gold.Entities))
	match := map[*kg.Entity]int{}
	take := func(e *kg.Entity, is []int) bool {
		for _, i := range is {
			if !goldHit[i] {
				goldHit[i] = true
				match[e] = i
				return true
			}
		}
		return false
	}
	for pass := 0; pass < 3; pass++ {
		for _, e := range pred {
			if _, done := match[e]; done {
				continue
			}
			switch pass {
			case 0:
				if i, ok := exact[exactName(e.Name)]; ok {
					take(e, []int{i})
				}
			case 1:
				take(e, goldIdx[ScoreName(e.Name)])
			default:
				var cands []string
				for k := range keys(e) {
					cands = append(cands, k)
				}
				sort.Strings(cands)
				for _, k := range cands {
					if take(e, goldIdx[k]) {
						break
					}
				}
			}
		}
	}
	for _, e := range pred {
		c := sc.Entities[e.Type]
		if i, ok := match[e]; ok {
			c.TP++
			if gold.Entities[i].Type != e.Type {
				sc.TypeErrors = append(sc.TypeErrors, fmt.Sprintf("entity %s typed %s, gold %s", e.Name, e.Type, gold.Entities[i].Type))
			}
		} else {
			c.FP++
			sc.Spurious = append(sc.Spurious, fmt.Sprintf("entity %s %s", e.Type, e.Name))
		}
		sc.Entities[e.Type] = c
	}
	for i, ge := range gold.Entities {
		if exact[exactName(ge.Name)] != i {
			continue // the same name twice in a gold file counts once
		}
		if !goldHit[i] {
			c := sc.Entities[ge.Type]
			c.FN++
			sc.Entities[ge.Type] = c
			sc.Misses = append(sc.Misses, fmt.Sprintf("entity %s %s", ge.Type, ge.Name))
		}
	}
	// relations
	scored := map[kg.RelationType]bool{}
	types := gold.Types
	if types == nil {
		types = ScoredRelationTypes()
	}
	for _, t := range types {
		scored[t] = true
	}
	type triple struct {
		t        kg.RelationType
		from, to string
	}
	norm := func(t kg.RelationType, a, b string) triple {
		if t.Symmetric() && b < a {
			a, b = b, a
		}
		return triple{t, a, b}
	}
	goldRel := map[triple]int{}
	var goldOrder []triple
	for i, gr := range gold.Relations {
		k := norm(gr.Type, ScoreName(gr.From), ScoreName(gr.To))
		if _, ok := goldRel[k]; !ok {
			goldRel[k] = i
			goldOrder = append(goldOrder, k)
		}
	}
	relHit := map[triple]bool{}
	rels := make([]*kg.Relation, 0, len(g.Relations))
	for i := range g.Relations {
		rels = append(rels, &g.Relations[i])
	}
	sort.Slice(rels, func(i, j int) bool { return rels[i].ID < rels[j].ID })
	for _, r := range rels {
		if !scored[r.Type] || !hasEvidenceFrom(*r, docID) {
			continue
		}
		from, to := byID[r.From], byID[r.To]
		hit := false
		if from != nil && to != nil {
		search:
			for a := range keys(from) {
				for b := range keys(to) {
					k := norm(r.Type, a, b)
					if _, ok := goldRel[k]; ok && !relHit[k] {
						relHit[k] = true
						hit = true
						break search
					}
				}
			}
		}
		c := sc.Relations[r.Type]
		if hit {
			c.TP++
		} else {
			c.FP++
			sc.Spurious = append(sc.Spurious, fmt.Sprintf("relation %s %s -> %s  «%s»", r.Type, nameOf(from), nameOf(to), evidenceText(*r, docID)))
		}
		sc.Relations[r.Type] = c
	}
	for _, k := range goldOrder {
		if relHit[k] {
			continue
		}
		gr := gold.Relations[goldRel[k]]
		c := sc.Relations[gr.Type]
		c.FN++
		sc.Relations[gr.Type] = c
		t := []rune(gr.Text)
		sc.Misses = append(sc.Misses, fmt.Sprintf("relation %s %s -> %s  «%s»", gr.Type, gr.From, gr.To, string(t[:min(len(t), 60)])))
	}
	for _, c := range sc.Entities {
		sc.EntityTotal.add(c)
	}
	for _, c := range sc.Relations {
		sc.RelationTotal.add(c)
	}
	sort.Strings(sc.Misses)
	sort.Strings(sc.Spurious)
	sort.Strings(sc.TypeErrors)
	return sc
}

// Add accumulates another score (micro-averaging over documents).
func (s *Score) Add(o Score) {
	if s.Entities == nil {
		s.Entities = map[kg.EntityType]Count{}
		s.Relations = map[kg.RelationType]Count{}
	}
	for t, c := range o.Entities {
		x := s.Entities[t]
		x.add(c)
		s.Entities[t] = x
	}
	for t, c := range o.Relations {
		x := s.Relations[t]
		x.add(c)
		s.Relations[t] = x
	}
	s.EntityTotal.add(o.EntityTotal)
	s.RelationTotal.add(o.RelationTotal)
}

// Report writes the score as a table.
func (s *Score) Report(w io.Writer) {
	fmt.Fprintf(w, "%-16s %5s %5s %5s %6s %6s %6s\n", "type", "tp", "fp", "fn", "P", "R", "F1")
	row := func(name string, c Count) {
		fmt.Fprintf(w, "%-16s %5d %5d %5d %6.3f %6.3f %6.3f\n", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	for _, t := range kg.EntityTypes() {
		if c, ok := s.Entities[t]; ok {
			row(string(t), c)
		}
	}
	row("ENTITIES", s.EntityTotal)
	for _, t := range kg.RelationTypes() {
		if c, ok := s.Relations[t]; ok {
			row(string(t), c)
		}
	}
	row("RELATIONS", s.RelationTotal)
}

func hasEvidenceFrom(r kg.Relation, doc string) bool {
	for _, e := range r.Evidence {
		if e.Document == doc {
			return true
		}
	}
	return false
}

func evidenceText(r kg.Relation, doc string) string {
	for _, e := range r.Evidence {
		if e.Document == doc {
			t := []rune(e.Text)
			return string(t[:min(len(t), 60)])
		}
	}
	return ""
}

func nameOf(e *kg.Entity) string {
	if e == nil {
		return "?"
	}
	return e.Name
}

// ReadGoldJSON reads a gold file in the corpus's shape (testdata/corpus/
// ANNOTATE.md): one JSON object naming its document, its subject region,
// entities and relations.
func ReadGoldJSON(r io.Reader) (*Gold, error) {
	var rec struct {
		Doc           string `json:"doc"`
		SubjectRegion string `json:"subject_region"`
		Entities      []struct {
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"entities"`
		Relations []struct {
			Type     string `json:"type"`
			From     string `json:"from"`
			To       string `json:"to"`
			Trigger  string `json:"trigger"`
			Sentence string `json:"sentence"`
		} `json:"relations"`
	}
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		return nil, err
	}
	if rec.Doc == "" {
		return nil, fmt.Errorf("no \"doc\" field")
	}
	// ANNOTATE.md: trigger types only (no CONNECTS, LOCATED_IN, PART_OF)
	g := &Gold{Doc: rec.Doc, SubjectRegion: rec.SubjectRegion}
	for _, t := range kg.RelationTypes() {
		if t.Triggered() {
			g.Types = append(g.Types, t)
		}
	}
	for i, e := range rec.Entities {
		if !kg.EntityType(e.Type).Valid() {
			return nil, fmt.Errorf("entity %d (%s): unknown type %q", i, e.Name, e.Type)
		}
		g.Entities = append(g.Entities, GoldEntity{kg.EntityType(e.Type), cleanName(e.Name)})
	}
	for i, r := range rec.Relations {
		if !kg.RelationType(r.Type).Valid() {
			return nil, fmt.Errorf("relation %d (%s -> %s): unknown type %q", i, r.From, r.To, r.Type)
		}
		g.Relations = append(g.Relations, GoldRelation{kg.RelationType(r.Type), cleanName(r.From), cleanName(r.To), r.Sentence})
	}
	return g, nil
}

// GoldDocument is a gold file with the document it annotates.
type GoldDocument struct {
	// Gold is the gold file's path, Doc the document's.
	GoldPath, DocPath string
	Gold              *Gold
}

// LoadGoldSet reads the gold files of goldDir and finds their documents in
// docDir: a JSON Lines file base.jsonl annotates docDir/base.*, a corpus
// file (.json) names its document in its "doc" field.
func LoadGoldSet(goldDir, docDir string) ([]GoldDocument, error) {
	var out []GoldDocument
	files, err := filepath.Glob(filepath.Join(goldDir, "*.json*"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, gf := range files {
		var g *Gold
		var doc string
		f, err := os.Open(gf)
		if err != nil {
			return nil, err
		}
		switch filepath.Ext(gf) {
		case ".jsonl":
			g, err = ReadGold(f)
			if err == nil {
				base := strings.TrimSuffix(filepath.Base(gf), ".jsonl")
				m, _ := filepath.Glob(filepath.Join(docDir, base+".*"))
				if len(m) != 1 {
					err = fmt.Errorf("want one document named %s.* in %s, found %d", base, docDir, len(m))
				} else {
					doc = m[0]
				}
			}
		case ".json":
			g, err = ReadGoldJSON(f)
			if err == nil {
				doc = filepath.Join(docDir, filepath.Base(g.Doc))
			}
		default:
			f.Close()
			continue
		}
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", gf, err)
		}
		out = append(out, GoldDocument{GoldPath: gf, DocPath: doc, Gold: g})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no gold files (*.jsonl, *.json) in %s", goldDir)
	}
	return out, nil
}

// ReadSplit reads a split file: lines "document<TAB>set", # comments.
func ReadSplit(r io.Reader) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	ln := 0
	for sc.Scan() {
		ln++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Fields(s)
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want \"document set\", got %q", ln, s)
		}
		out[f[0]] = f[1]
	}
	return out, sc.Err()
}
