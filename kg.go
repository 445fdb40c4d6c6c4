// Package kg is the domain of the knowledge graph of regions, projects and
// cooperation links read from Chinese government planning documents.
//
// It holds the node and edge types of ../shared/ONTOLOGY.md, the Store
// interface every storage adapter implements, and the error codes the API
// maps to clients. It imports nothing of this module: adapters (inmem, neo4j,
// graph) and the extractor depend on it, never the other way round.
package kg

import (
	"cmp"
	"crypto/sha1"
	"encoding/hex"
	"slices"
	"strings"
)

// EntityType is a node label of the ontology.
type EntityType string

// The entity types of the ontology; each is also a Neo4j label.
const (
	Province    EntityType = "Province"
	City        EntityType = "City"
	County      EntityType = "County"
	RegionGroup EntityType = "RegionGroup"
	Park        EntityType = "Park"
	Railway     EntityType = "Railway"
	Road        EntityType = "Road"
	Hub         EntityType = "Hub"
	Project     EntityType = "Project"
	Institution EntityType = "Institution"
	Plan        EntityType = "Plan"
	// Agency is a government department or body named as leading or
	// carrying out a task (萍乡市交通运输局).
	Agency EntityType = "Agency"
)

// EntityTypes returns every entity type in ontology order.
func EntityTypes() []EntityType {
	return []EntityType{Province, City, County, RegionGroup, Park, Railway, Road, Hub, Project, Institution, Plan, Agency}
}

// Valid reports whether t is one of the ontology's entity types.
func (t EntityType) Valid() bool { return slices.Contains(EntityTypes(), t) }

// IsRegion reports whether t is an administrative division from the gazetteer.
func (t EntityType) IsRegion() bool { return t == Province || t == City || t == County }

// RelationType is an edge type of the ontology; each is also a Neo4j
// relationship type.
type RelationType string

// The relation types of the ontology.
const (
	CoBuilds       RelationType = "CO_BUILDS"
	DocksWith      RelationType = "DOCKS_WITH"
	IncludedIn     RelationType = "INCLUDED_IN"
	IntegratesInto RelationType = "INTEGRATES_INTO"
	LinksWith      RelationType = "LINKS_WITH"
	CooperatesWith RelationType = "COOPERATES_WITH"
	ReliesOn       RelationType = "RELIES_ON"
	AdjacentTo     RelationType = "ADJACENT_TO"
	Connects       RelationType = "CONNECTS"
	LocatedIn      RelationType = "LOCATED_IN"
	PartOf         RelationType = "PART_OF"
	// Leads goes from the lead unit of a task (牵头单位) to each named thing
	// of the task.
	Leads RelationType = "LEADS"
	// ResponsibleFor goes from a responsible or cooperating unit of a task
	// (责任单位, 配合单位) to each named thing of the task.
	ResponsibleFor RelationType = "RESPONSIBLE_FOR"
)

// RelationTypes returns every relation type in ontology order.
func RelationTypes() []RelationType {
	return []RelationType{CoBuilds, DocksWith, IncludedIn, IntegratesInto, LinksWith, CooperatesWith,
		ReliesOn, AdjacentTo, Connects, LocatedIn, PartOf, Leads, ResponsibleFor}
}

// Valid reports whether t is one of the ontology's relation types.
func (t RelationType) Valid() bool { return slices.Contains(RelationTypes(), t) }

// Triggered reports whether relations of type t come from a trigger word in
// a sentence (as opposed to names and the gazetteer).
func (t RelationType) Triggered() bool {
	return t != LocatedIn && t != PartOf && t != Connects && t != Leads && t != ResponsibleFor
}

// Symmetric reports whether relations of type t have no direction
// (COOPERATES_WITH, LINKS_WITH, ADJACENT_TO): one edge per pair, its ends
// in id order.
func (t RelationType) Symmetric() bool {
	return t == CooperatesWith || t == LinksWith || t == AdjacentTo
}

// Document is one planning document.
type Document struct {
	// ID is "doc:" followed by the source file's base name, so that a newer
	// version of the same file replaces the old one.
	ID string `json:"id"`
	// Source is the file name the document was read from.
	Source string `json:"source"`
	// Title is the plan's own title, in simplified characters.
	Title string `json:"title"`
	// DocNumber is the issuing number, e.g. 萍府办发〔2019〕5号.
	DocNumber string `json:"doc_number,omitempty"`
	// Issuer is the issuing body, e.g. 萍乡市人民政府办公室.
	Issuer string `json:"issuer,omitempty"`
	// Date is the issue date as YYYY-MM-DD, or YYYY-MM / YYYY when less is known.
	Date string `json:"date,omitempty"`
	// PeriodStart and PeriodEnd are the plan period's years, 0 when unstated.
	PeriodStart int `json:"period_start,omitempty"`
	PeriodEnd   int `json:"period_end,omitempty"`
	// Subject is the entity id of the jurisdiction the plan is about.
	Subject string `json:"subject,omitempty"`
	// Script is "simplified" or "traditional": the script of the original.
	Script string `json:"script"`
	// Encoding is the detected encoding of the original bytes: "utf-8" or "gb18030".
	Encoding string `json:"encoding"`
	// Hash is the hex SHA-256 of the original bytes.
	Hash string `json:"hash"`
	// Chars is the length of the normalised text in characters (code points).
	Chars int `json:"chars"`
}

// Year returns the year of the document's date, or 0.
func (d *Document) Year() int {
	if len(d.Date) < 4 {
		return 0
	}
	y := 0
	for _, c := range d.Date[:4] {
		if c < '0' || c > '9' {
			return 0
		}
		y = y*10 + int(c-'0')
	}
	return y
}

// Entity is a node: a region, region group, park, route, hub, project,
// institution or plan.
type Entity struct {
	// ID is stable across runs and documents: "region:<GB/T 2260 code>" for
	// provinces, cities and counties, "<type in lower case>:<name>" otherwise.
	ID   string     `json:"id"`
	Type EntityType `json:"type"`
	// Name is in simplified characters with whitespace removed.
	Name string `json:"name"`
	// Aliases are other surface forms seen in the documents or known to the
	// gazetteer (short names, traditional forms), sorted, without Name.
	Aliases []string `json:"aliases"`
	// Mentions counts how often the documents mention the entity; 0 for an
	// entity only implied, such as a parent region.
	Mentions int `json:"mentions"`
	// MentionsByDocument splits Mentions by document id.
	MentionsByDocument map[string]int `json:"mentions_by_document,omitempty"`
	// Code is the GB/T 2260 code of a region.
	Code string `json:"code,omitempty"`
	// Parent is the entity id of a region's parent region.
	Parent string `json:"parent,omitempty"`
	// Pinyin is the toneless pinyin of Name, lower case, no spaces.
	Pinyin string `json:"pinyin,omitempty"`
	// Milestones are target years the documents give for the entity.
	Milestones []Milestone `json:"milestones,omitempty"`

	// Degree and Documents are computed by the store on every read, never
	// loaded: Degree counts the relations touching the entity (any type, a
	// self-loop once), Documents the documents that mention it.
	Degree    int `json:"-"`
	Documents int `json:"-"`
}

// Milestone is a target year stated next to a project (力争2019年开工).
type Milestone struct {
	Year int `json:"year"`
	// Event is the verb the year goes with: 开工, 建成, 通车, 投产, 完成 ...
	Event    string `json:"event"`
	Document string `json:"document"`
	Sentence int    `json:"sentence"`
}

// Evidence is one place in one document that states a relation.
//
// Offsets are in characters (Unicode code points) of the document's
// normalised text (see docs/format.md), End exclusive.
type Evidence struct {
	Document string `json:"document"`
	// Sentence is the 0-based index of the sentence in the document.
	Sentence int `json:"sentence"`
	// Start and End delimit the shortest stretch of the sentence that holds
	// the trigger and the participants named in it.
	Start int `json:"start"`
	End   int `json:"end"`
	// Trigger is the trigger word as it stands in the text (共建, 对接 ...),
	// or the name the relation was read from for name-derived relations.
	Trigger string `json:"trigger"`
	// Text is the sentence, normalised.
	Text string `json:"text"`
	// SentenceStart is where the sentence starts in the document's
	// normalised text, in characters: Text[Start-SentenceStart:End-
	// SentenceStart] is the stretch Start and End delimit, so a client can
	// check a span.
	SentenceStart int `json:"sentence_start,omitempty"`
	// Original is the sentence in the document's own script when that was
	// traditional (Text is its simplified form), aligned character by
	// character; empty otherwise.
	Original string `json:"original,omitempty"`
}

// Relation is a directed edge with every piece of its evidence.
type Relation struct {
	// ID is RelationID(Type, From, To).
	ID   string       `json:"id"`
	Type RelationType `json:"type"`
	From string       `json:"from"`
	To   string       `json:"to"`
	// Evidence is empty only for relations derived from the gazetteer.
	Evidence []Evidence `json:"evidence"`
	// Weight is computed by the store on every read from the evidence it
	// returns (WeighRelation), never loaded.
	Weight RelationWeight `json:"-"`
}

// Graph is what the extractor emits and what a Store loads.
type Graph struct {
	Documents []Document
	Entities  []Entity
	Relations []Relation
}

// RegionID returns the entity id of the region with GB/T 2260 code.
func RegionID(code string) string { return "region:" + code }

// EntityID returns the entity id of a non-region entity.
func EntityID(t EntityType, name string) string {
	b := []byte(t)
	if len(b) > 0 && b[0] >= 'A' && b[0] <= 'Z' {
		b[0] += 'a' - 'A'
	}
	return string(b) + ":" + name
}

// RelationID returns the stable id of the relation of type t from one entity
// id to another.
func RelationID(t RelationType, from, to string) string {
	// the hashed bytes in a stack buffer when they fit, the id built in
	// one: two thousand relations an extraction, each allocating both
	var buf [128]byte
	b := append(buf[:0], t...)
	b = append(b, 0)
	b = append(b, from...)
	b = append(b, 0)
	b = append(b, to...)
	h := sha1.Sum(b)
	var id [4 + 16]byte
	copy(id[:], "rel:")
	hex.Encode(id[4:], h[:8])
	return string(id[:])
}

// DocumentID returns the document id for a source file's base name.
func DocumentID(base string) string { return "doc:" + base }

// Absorb merges what another record of the same entity says into e, as
// Merge does for a later graph: e keeps its type and name, gains the
// other's aliases (not its own name) and milestones, takes its mentions
// per document, and takes its code, parent and pinyin where it has them.
func (e *Entity) Absorb(o *Entity) {
	for _, a := range o.Aliases {
		if a != e.Name && !slices.Contains(e.Aliases, a) {
			e.Aliases = append(e.Aliases, a)
		}
	}
	for _, m := range o.Milestones {
		if !slices.Contains(e.Milestones, m) {
			e.Milestones = append(e.Milestones, m)
		}
	}
	if len(o.MentionsByDocument) > 0 && e.MentionsByDocument == nil {
		e.MentionsByDocument = map[string]int{}
	}
	for k, v := range o.MentionsByDocument {
		e.MentionsByDocument[k] = v
	}
	if o.Code != "" {
		e.Code = o.Code
	}
	if o.Parent != "" {
		e.Parent = o.Parent
	}
	if o.Pinyin != "" {
		e.Pinyin = o.Pinyin
	}
}

// Merge joins graphs read separately (several `kg extract` outputs, or
// extracted documents with JSON Lines). Documents, entities and relations
// with the same id are merged: a later document record replaces an earlier
// one; aliases and milestones are united; mention counts and evidence are
// taken per document, the later graph's word winning for a document both
// speak of. The result is sorted by id.
func Merge(gs ...*Graph) *Graph {
	docs := map[string]Document{}
	ents := map[string]*Entity{}
	rels := map[string]*Relation{}
	for _, g := range gs {
		if g == nil {
			continue
		}
		for _, d := range g.Documents {
			docs[d.ID] = d
		}
		for _, e := range g.Entities {
			cur := ents[e.ID]
			if cur == nil {
				c := e
				c.Aliases = slices.Clone(e.Aliases)
				c.Milestones = slices.Clone(e.Milestones)
				c.MentionsByDocument = map[string]int{}
				for k, v := range e.MentionsByDocument {
					c.MentionsByDocument[k] = v
				}
				ents[e.ID] = &c
				continue
			}
			cur.Absorb(&e)
		}
		for _, r := range g.Relations {
			cur := rels[r.ID]
			if cur == nil {
				c := r
				c.Evidence = slices.Clone(r.Evidence)
				rels[r.ID] = &c
				continue
			}
			newDocs := map[string]bool{}
			for _, ev := range r.Evidence {
				newDocs[ev.Document] = true
			}
			kept := cur.Evidence[:0]
			for _, ev := range cur.Evidence {
				if !newDocs[ev.Document] {
					kept = append(kept, ev)
				}
			}
			cur.Evidence = append(kept, r.Evidence...)
		}
	}
	out := &Graph{}
	for _, d := range docs {
		out.Documents = append(out.Documents, d)
	}
	for _, e := range ents {
		e.Mentions = 0
		for _, v := range e.MentionsByDocument {
			e.Mentions += v
		}
		if len(e.MentionsByDocument) == 0 {
			e.MentionsByDocument = nil
		}
		slices.Sort(e.Aliases)
		slices.SortFunc(e.Milestones, CompareMilestones)
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		out.Entities = append(out.Entities, *e)
	}
	for _, r := range rels {
		slices.SortFunc(r.Evidence, CompareEvidence)
		if r.Evidence == nil {
			r.Evidence = []Evidence{}
		}
		out.Relations = append(out.Relations, *r)
	}
	slices.SortFunc(out.Documents, func(a, b Document) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(out.Entities, func(a, b Entity) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(out.Relations, func(a, b Relation) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// CompareEvidence orders evidence by document, start, end, trigger,
// sentence and text: the order every store and the extractor keep.
func CompareEvidence(a, b Evidence) int {
	return cmp.Or(strings.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
		strings.Compare(a.Trigger, b.Trigger), cmp.Compare(a.Sentence, b.Sentence), strings.Compare(a.Text, b.Text))
}

// CompareMilestones orders milestones by year, event, document and sentence.
func CompareMilestones(a, b Milestone) int {
	return cmp.Or(cmp.Compare(a.Year, b.Year), strings.Compare(a.Event, b.Event),
		strings.Compare(a.Document, b.Document), cmp.Compare(a.Sentence, b.Sentence))
}
