package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

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

// Evaluate compares what g says about document docID with gold. An
// extracted entity matches a gold one of the same type whose name is its
// name or one of its aliases; relations match by type and both ends.
// Entities only implied (no mention in the document) are not predictions.
func Evaluate(g *kg.Graph, docID string, gold *Gold) Score {
	sc := Score{Entities: map[kg.EntityType]Count{}, Relations: map[kg.RelationType]Count{}}
	byID := map[string]*kg.Entity{}
	var pred []*kg.Entity
	for i := range g.Entities {
		e := &g.Entities[i]
		byID[e.ID] = e
		if e.MentionsByDocument[docID] > 0 {
			pred = append(pred, e)
		}
	}
	matches := func(e *kg.Entity, name string) bool {
		if e.Name == name {
			return true
		}
		for _, a := range e.Aliases {
			if cleanName(a) == name {
				return true
			}
		}
		return false
	}
	// entities
	goldHit := make([]bool, len(gold.Entities))
	for _, e := range pred {
		found := false
		for i, ge := range gold.Entities {
			if ge.Type == e.Type && matches(e, ge.Name) {
				goldHit[i] = true
				found = true
			}
		}
		c := sc.Entities[e.Type]
		if found {
			c.TP++
		} else {
			c.FP++
			sc.Spurious = append(sc.Spurious, fmt.Sprintf("entity %s %s", e.Type, e.Name))
		}
		sc.Entities[e.Type] = c
	}
	for i, ge := range gold.Entities {
		if !goldHit[i] {
			c := sc.Entities[ge.Type]
			c.FN++
			sc.Entities[ge.Type] = c
			sc.Misses = append(sc.Misses, fmt.Sprintf("entity %s %s", ge.Type, ge.Name))
		}
	}
	// relations
	scored := map[kg.RelationType]bool{}
	for _, t := range ScoredRelationTypes() {
		scored[t] = true
	}
	goldRel := make([]bool, len(gold.Relations))
	for _, r := range g.Relations {
		if !scored[r.Type] || !hasEvidenceFrom(r, docID) {
			continue
		}
		from, to := byID[r.From], byID[r.To]
		found := false
		for i, gr := range gold.Relations {
			if gr.Type == r.Type && from != nil && to != nil && matches(from, gr.From) && matches(to, gr.To) {
				goldRel[i] = true
				found = true
			}
		}
		c := sc.Relations[r.Type]
		if found {
			c.TP++
		} else {
			c.FP++
			sc.Spurious = append(sc.Spurious, fmt.Sprintf("relation %s %s -> %s  «%s»", r.Type, nameOf(from), nameOf(to), evidenceText(r, docID)))
		}
		sc.Relations[r.Type] = c
	}
	for i, gr := range gold.Relations {
		if !goldRel[i] {
			c := sc.Relations[gr.Type]
			c.FN++
			sc.Relations[gr.Type] = c
			sc.Misses = append(sc.Misses, fmt.Sprintf("relation %s %s -> %s  «%s»", gr.Type, gr.From, gr.To, gr.Text))
		}
	}
	for _, c := range sc.Entities {
		sc.EntityTotal.add(c)
	}
	for _, c := range sc.Relations {
		sc.RelationTotal.add(c)
	}
	sort.Strings(sc.Misses)
	sort.Strings(sc.Spurious)
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
