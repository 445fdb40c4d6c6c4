package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	kg "github.com/cnplan/kg"
)

// stageText runs the stages before recognition on text (prepare,
// sentences, 《》 spans, segmentation, lexicon): the docText that
// recognition and relations read, and its sentences. subject, unless "",
// is the subject region's name, given as the metadata stage gives one;
// the metadata stage itself does not run.
func stageText(t *testing.T, x *Extractor, text, subject string) (*docText, []Sentence) {
	t.Helper()
	d, doc, p := x.prepare(Input{Name: "t.txt", Data: []byte(text)})
	if p != nil {
		t.Fatal(p.Message)
	}
	sents := Sentences(d.text)
	d.titleSpans = titles(d.text, d.marks.of('《'))
	var m docMeta
	if subject != "" {
		rs := x.gaz.ByName(subject)
		if len(rs) != 1 {
			t.Fatalf("subject %s: %d regions of that name", subject, len(rs))
		}
		m.subjReg, m.from = rs[0], "test"
	}
	d.applyMeta(m, &doc)
	d.segment()
	d.lexicon()
	return d, sents
}

// handMention is a mention a test writes instead of recognition: its
// text, found after the previous mention's end, its kind, and what it
// names: regions by name (several for an abbreviation run), a group by
// name, or for a named entity (mNamed) its type, the entity being the
// mention's text and its head the last headLen characters.
type handMention struct {
	surface string
	kind    mentionKind
	names   []string
	typ     kg.EntityType
	headLen int
}

// handRecognition builds the recognition of d's text that recognize would
// leave for the mentions ms: their entities (the subject's first), the
// gazetteer spans, the entities referred to and the index of names.
// Recognition's passes do not run.
func handRecognition(t *testing.T, d *docText, ms []handMention) *recognition {
	t.Helper()
	r := newRecognizer(d)
	from := 0
	for _, hm := range ms {
		k := strings.Index(string(d.text[from:]), hm.surface)
		if k < 0 {
			t.Fatalf("mention %s not in the text after %d", hm.surface, from)
		}
		start := from + len([]rune(string(d.text[from:])[:k]))
		end := start + len([]rune(hm.surface))
		m := &mention{start: start, end: end, kind: hm.kind, headStart: start}
		switch hm.kind {
		case mNamed:
			m.headStart = end - hm.headLen
			m.refs = []*entity{r.entityFor(kg.EntityID(hm.typ, hm.surface), hm.typ, hm.surface)}
		case mGroup:
			g, ok := d.x.gaz.Group(hm.names[0])
			if !ok {
				t.Fatalf("no group %s", hm.names[0])
			}
			m.refs = []*entity{r.groupEntity(g)}
		default:
			for _, n := range hm.names {
				rs := d.x.gaz.ByName(n)
				if len(rs) != 1 {
					t.Fatalf("%s: %d regions of that name", n, len(rs))
				}
				m.refs = append(m.refs, r.regionEntity(rs[0]))
			}
		}
		r.addMention(m)
		if hm.kind != mNamed {
			r.gazSpans = append(r.gazSpans, m)
		}
		from = end
	}
	r.referred = map[string]bool{}
	for _, m := range r.mentions {
		for _, e := range m.refs {
			r.referred[e.id] = true
		}
	}
	r.indexNames()
	return r.recognition
}

// recognitionPrint renders what a recognition holds, to show that a stage
// that reads it leaves it as it was: every mention with its entities'
// fields, counts and aliases, the entities by id, the ones referred to.
func recognitionPrint(rec *recognition) string {
	var b strings.Builder
	ent := func(e *entity) {
		fmt.Fprintf(&b, " %s/%s/%s/%s/%s/%v/%v", e.id, e.typ, e.name, e.code, e.parent, e.mentions, slices.Sorted(slices.Values(e.aliases)))
	}
	for _, m := range rec.mentions {
		fmt.Fprintf(&b, "%d-%d %d %v %d", m.start, m.end, m.kind, m.top, m.headStart)
		for _, e := range m.refs {
			ent(e)
		}
		b.WriteByte('\n')
	}
	for _, id := range slices.Sorted(maps.Keys(rec.ents)) {
		ent(rec.ents[id])
		b.WriteByte('\n')
	}
	fmt.Fprintln(&b, len(rec.gazSpans), slices.Sorted(maps.Keys(rec.referred)), len(rec.names.spans), rec.namesOf)
	return b.String()
}

// relationStrings renders relations as rels does, the entities named from
// the recognition and from what the relations made.
func relationStrings(rs relSet, rec *recognition, made map[string]*entity) []string {
	name := func(id string) string {
		if e := rec.ents[id]; e != nil {
			return e.name
		}
		if e := made[id]; e != nil {
			return e.name
		}
		return "?" + id
	}
	var out []string
	for k := range rs.m {
		out = append(out, fmt.Sprintf("%s %s -> %s", k.typ, name(k.from), name(k.to)))
		if k.typ.Symmetric() {
			out = append(out, fmt.Sprintf("%s %s -> %s", k.typ, name(k.to), name(k.from)))
		}
	}
	slices.Sort(out)
	return out
}

// TestRelateAlone runs the relation stage alone: on a text and a
// recognition written by hand, with no recognition pass before it. It
// checks the relations, the entities the stage made, and that the
// recognition it read is left as it was.
func TestRelateAlone(t *testing.T) {
	x := newTestExtractor(t)
	// place is a region's mention as written and the region's name
	place := func(surface, name string) handMention {
		return handMention{surface: surface, kind: mRegion, names: []string{name}}
	}
	tests := []struct {
		name, text, subject string
		mentions            []handMention
		want                []string // every relation, symmetric ones both ways
		made                []string // ids of the entities the stage made
	}{
		{"co-building between two places", "萍乡市与浏阳市共建湘赣边产业园。", "萍乡市",
			[]handMention{place("萍乡市", "萍乡市"), place("浏阳市", "浏阳市"), {surface: "湘赣边产业园", kind: mNamed, typ: kg.Park, headLen: 3}},
			[]string{"CO_BUILDS 浏阳市 -> 湘赣边产业园", "CO_BUILDS 萍乡市 -> 湘赣边产业园"}, nil},
		{"docking, the subject implied", "积极对接粤港澳大湾区建设。", "萍乡市",
			[]handMention{{surface: "粤港澳大湾区", kind: mGroup, names: []string{"粤港澳大湾区"}}},
			[]string{"DOCKS_WITH 萍乡市 -> 粤港澳大湾区"}, nil},
		{"a mutual trigger after a run of abbreviations", "深化川渝合作。", "江西省",
			[]handMention{{surface: "川渝", kind: mAbbrev, names: []string{"四川省", "重庆市"}}},
			[]string{"COOPERATES_WITH 四川省 -> 重庆市", "COOPERATES_WITH 重庆市 -> 四川省"}, nil},
		{"a mutual trigger after a list of peers", "推动黄山、池州、安庆等市全域联动。", "江西省",
			[]handMention{place("黄山", "黄山市"), place("池州", "池州市"), place("安庆", "安庆市")},
			[]string{"LINKS_WITH 安庆市 -> 池州市", "LINKS_WITH 安庆市 -> 黄山市", "LINKS_WITH 池州市 -> 安庆市",
				"LINKS_WITH 池州市 -> 黄山市", "LINKS_WITH 黄山市 -> 安庆市", "LINKS_WITH 黄山市 -> 池州市"}, nil},
		{"partners after 与 are no peers", "加强与深圳、厦门等地合作。", "江西省",
			[]handMention{place("深圳", "深圳市"), place("厦门", "厦门市")},
			[]string{"COOPERATES_WITH 厦门市 -> 江西省", "COOPERATES_WITH 江西省 -> 厦门市",
				"COOPERATES_WITH 江西省 -> 深圳市", "COOPERATES_WITH 深圳市 -> 江西省"}, nil},
		{"a route's ends, made by the stage", "加快沪昆高铁提速改造。", "江西省",
			[]handMention{{surface: "沪昆高铁", kind: mNamed, typ: kg.Railway, headLen: 2}},
			[]string{"CONNECTS 沪昆高铁 -> 上海市", "CONNECTS 沪昆高铁 -> 昆明市"},
			[]string{"region:310000", "region:530100"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, sents := stageText(t, x, tc.text, tc.subject)
			rec := handRecognition(t, d, tc.mentions)
			before := recognitionPrint(rec)
			out, _ := relate(d, rec, sents, nil)
			if got := relationStrings(out.rels, rec, out.made); !slices.Equal(got, tc.want) {
				t.Errorf("relations\n    %s\nwant\n    %s", strings.Join(got, "\n    "), strings.Join(tc.want, "\n    "))
			}
			if got := slices.Sorted(maps.Keys(out.made)); !slices.Equal(got, tc.made) {
				t.Errorf("made %v, want %v", got, tc.made)
			}
			if after := recognitionPrint(rec); after != before {
				t.Errorf("relate changed the recognition:\n%s\nwas\n%s", after, before)
			}
		})
	}
}

// mentionStrings renders a recognition's mentions: text, kind, whether
// inside a name, and the names of what they refer to.
func mentionStrings(d *docText, rec *recognition) []string {
	kinds := map[mentionKind]string{mRegion: "region", mGroup: "group", mAbbrev: "abbrev", mPronoun: "pronoun", mNamed: "named"}
	var out []string
	for _, m := range rec.mentions {
		k := kinds[m.kind]
		if m.kind == mNamed {
			k += " " + string(m.refs[0].typ)
		}
		if !m.top {
			k += " inside"
		}
		var names []string
		for _, e := range m.refs {
			names = append(names, e.name)
		}
		out = append(out, fmt.Sprintf("%s %s: %s", string(d.text[m.start:m.end]), k, strings.Join(names, ", ")))
	}
	return out
}

// TestRecognizeAlone runs the recognition stage alone, on the text stages'
// output, with no relations after it: the mentions it finds and the ones
// it must not.
func TestRecognizeAlone(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text, subject string
		want, not           []string
	}{
		{"a park named by its place", "支持萍乡经开区建设。", "萍乡市",
			[]string{"萍乡经开区 named Park: 萍乡经开区", "萍乡 region inside: 萍乡市"}, nil},
		{"a run of abbreviations before a mutual trigger", "深化川渝合作。", "江西省",
			[]string{"川渝 abbrev: 四川省, 重庆市"}, nil},
		{"a pronoun and a group", "我市主动对接长株潭。", "萍乡市",
			[]string{"我市 pronoun: 萍乡市", "长株潭 group: 长株潭"}, nil},
		{"no place across a word boundary", "适应城市发展需要。", "江西省",
			nil, []string{"应城 region: 应城市"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := stageText(t, x, tc.text, tc.subject)
			rec, _ := recognize(d)
			expect(t, mentionStrings(d, rec), tc.want, tc.not)
			if s := rec.ents[d.subject.id]; s != d.subject {
				t.Errorf("the subject is not among the recognition's entities")
			}
		})
	}
}

// TestRelateLeavesRecognition runs recognition and then relations over
// the seeds and the corpus: the recognition relations read is the
// same after them, so that milestones and the document's entities see
// what recognition gave.
func TestRelateLeavesRecognition(t *testing.T) {
	x := newTestExtractor(t)
	for _, in := range testInputs(t, -1) {
		d, _, sents, p := x.readText(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		rec, _ := recognize(d)
		before := recognitionPrint(rec)
		relate(d, rec, sents, nil)
		if recognitionPrint(rec) != before {
			t.Errorf("%s: relate changed the recognition", in.Name)
		}
	}
}

// TestMilestonesAlone runs the milestone stage alone, on a recognition
// written by hand: a target year next to a named route or park.
func TestMilestonesAlone(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text string
		mentions   []handMention
		want       []string // entity name: year event
	}{
		{"a route's opening", "到2025年，赣深高铁建成通车。",
			[]handMention{{surface: "赣深高铁", kind: mNamed, typ: kg.Railway, headLen: 2}}, []string{"赣深高铁: 2025 建成通车"}},
		{"the nearest park before each event, a group being none", "萍乡经开区力争2026年完工，长株潭开工。",
			[]handMention{{surface: "萍乡经开区", kind: mNamed, typ: kg.Park, headLen: 3}, {surface: "长株潭", kind: mGroup, names: []string{"长株潭"}}},
			[]string{"萍乡经开区: 2026 完工", "萍乡经开区: 2026 开工"}},
		{"no year", "赣深高铁建成通车。",
			[]handMention{{surface: "赣深高铁", kind: mNamed, typ: kg.Railway, headLen: 2}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, sents := stageText(t, x, tc.text, "江西省")
			rec := handRecognition(t, d, tc.mentions)
			before := recognitionPrint(rec)
			var got []string
			for id, ms := range milestones(d, rec, sents) {
				for _, m := range ms {
					got = append(got, fmt.Sprintf("%s: %d %s", rec.ents[id].name, m.Year, m.Event))
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("milestones %v, want %v", got, tc.want)
			}
			if recognitionPrint(rec) != before {
				t.Errorf("milestones changed the recognition")
			}
		})
	}
}
