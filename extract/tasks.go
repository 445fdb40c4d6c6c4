package extract

import (
	"cmp"
	"slices"
	"strings"

	kg "github.com/cnplan/kg"
)

// unitLabel is a label that names the units of a task and the relation
// each unit has to the task's named things.
type unitLabel struct {
	word string
	typ  kg.RelationType
}

// task is one task of a plan with its units: the text the task states and
// the agencies the labels after it name.
type task struct {
	start, end int // the task's text
	label      unitLabel
	labelAt    int
	units      []string
}

// unitParts are the unit labels' endings of two characters, each once
// (the labels share a few: 单位, 部门; one scan per ending finds them all,
// most documents have none), and each label's characters (lens) and the
// head before its ending (heads), by the label's index.
type unitParts struct {
	ends, heads []string
	lens        []int
}

// unitLabelParts reads the parts of labels, each of two characters or
// more (New keeps them for every document's tasks).
func unitLabelParts(labels []unitLabel) *unitParts {
	p := &unitParts{heads: make([]string, len(labels)), lens: make([]int, len(labels))}
	for i, l := range labels {
		w := []rune(l.word)
		e := string(w[len(w)-2:])
		if !slices.Contains(p.ends, e) {
			p.ends = append(p.ends, e)
		}
		p.lens[i], p.heads[i] = len(w), l.word[:len(l.word)-len(e)]
	}
	return p
}

// tasks finds the unit lines of a plan's tasks: "(牵头单位:市交通运输局、
// 市公路局;责任单位:市发改委……)" after a task's text, or a line of its own
// starting with a label after the task's paragraph.
func (d *relater) tasks() []task {
	var out []task
	parts := d.x.unitParts
	if parts == nil {
		parts = unitLabelParts(d.x.lex.unitLabels)
	}
	var found []int // byte offsets of the endings
	for _, e := range parts.ends {
		if er := []rune(e); d.x.labelsMarked {
			// at the marks of its last character, leftmost first and not
			// overlapping, as the search of the text's string finds them
			next := 0
			for _, p := range d.marks.of(er[1]) {
				if s := p - 1; s >= next && d.text[s] == er[0] {
					found = append(found, d.byteAt.at(s))
					next = s + 2
				}
			}
			continue
		}
		for off := 0; ; {
			k := indexLastByte(d.str[off:], e)
			if k < 0 {
				break
			}
			found = append(found, off+k)
			off += k + len(e)
		}
	}
	for li, l := range d.x.lex.unitLabels {
		lw, head := parts.lens[li], parts.heads[li]
		for _, fe := range found {
			if fe < len(head) || d.str[fe-len(head):fe] != head || !strings.HasPrefix(d.str[fe:], l.word[len(head):]) {
				continue
			}
			at := d.charOf(fe - len(head))
			i := at + lw
			for i < len(d.text) && inSet(":： ", d.text[i]) {
				i++
			}
			if i == at+lw {
				continue // 牵头单位 in running text, not a label
			}
			j := i
			for j < len(d.text) && !inSet(";；)）\n。", d.text[j]) && !labelAt(d.x.lex, d.text, j) {
				// (牵头单位：省发展改革委 责任单位：…, …，责任单位：…: the next label ends the list)
				if k := leadMark(d.x.lex, d.text, j); k > j {
					j = k // 省科技厅（牵头），省财政厅: a mark inside the list
					continue
				}
				j++
			}
			var units, leads []string
			for _, u := range splitUnits(string(d.text[i:j])) {
				if v, ok := withoutLeadMark(d.x.lex, u); ok {
					leads = append(leads, v) // 责任单位：省科技厅（牵头）…: the unit so marked leads
				} else {
					units = append(units, u)
				}
			}
			start, end := d.taskSpan(at)
			for _, tk := range []task{{label: l, units: units}, {label: unitLabel{l.word, kg.Leads}, units: leads}} {
				if len(tk.units) > 0 && end > start {
					tk.labelAt, tk.start, tk.end = at, start, end
					out = append(out, tk)
				}
			}
		}
	}
	out = append(out, d.roleTasks()...)
	slices.SortFunc(out, func(a, b task) int { return cmp.Compare(a.labelAt, b.labelAt) }) // (not sort.Slice: see vouchedItems)
	return out
}

// labelAt reports a unit label starting at j.
func labelAt(lex *lexicon, t []rune, j int) bool {
	for _, l := range lex.unitLabels {
		if runesAt(t, j, l.word) {
			return true
		}
	}
	return false
}

// leadMark returns the end of a lead mark at j, or j.
func leadMark(lex *lexicon, t []rune, j int) int {
	for _, m := range lex.leadMarks {
		if runesAt(t, j, m) {
			return j + len([]rune(m))
		}
	}
	return j
}

// withoutLeadMark returns a unit without its lead mark, and whether it had
// one.
func withoutLeadMark(lex *lexicon, u string) (string, bool) {
	for _, m := range lex.leadMarks {
		if v := strings.Replace(u, m, "", 1); v != u {
			return v, true
		}
	}
	return u, false
}

// roleTasks finds the units a task names in a bracket at its end by the
// role each takes, without labels: （省发展改革委牵头，省交通运输厅、长沙市人民
// 政府配合）, （省发展改革委、湘江新区管委会按职责分工负责）. Each part between
// commas is a list of units and a role ([unit-roles] of lexicon.txt); every unit must look
// like a body (ends in 委, 厅, 局, 办, 政府 …), or the bracket is no unit list.
func (d *relater) roleTasks() []task {
	t := d.text
	var out []task
	// the next ( and the next （ at or after off (byte offsets in d.str,
	// len(d.str) for none), each searched for again only once passed:
	// strings.IndexByte skips most of the text at a time for (, and the
	// positions of （ are those markPositions found (a search for its last
	// byte stopped at one character in thirty)
	nextA, nextF := -1, -1
	fulls := d.marks.of('（')
	for off := 0; ; {
		if nextA < off {
			nextA = len(d.str)
			if k := strings.IndexByte(d.str[off:], '('); k >= 0 {
				nextA = off + k
			}
		}
		for nextF < off {
			if len(fulls) == 0 {
				nextF = len(d.str)
				break
			}
			nextF, fulls = d.byteAt.at(fulls[0]), fulls[1:]
		}
		k := min(nextA, nextF)
		if k >= len(d.str) {
			break
		}
		open := d.charOf(k)
		off = k + 1
		close := open + 1
		for close < len(t) && close-open <= 80 && !inSet(")）\n(（", t[close]) {
			close++
		}
		if close >= len(t) || !inSet(")）", t[close]) || close-open < 4 {
			continue
		}
		var parts []task
		ok := true
		for _, part := range strings.FieldsFunc(string(t[open+1:close]), func(r rune) bool { return inSet("，,;；", r) }) {
			var role unitLabel
			for _, r := range d.x.lex.unitRoles {
				if strings.HasSuffix(part, r.word) {
					role = r
					part = strings.TrimSuffix(part, r.word)
					break
				}
			}
			units := splitUnits(part)
			if role.word == "" || len(units) == 0 {
				ok = false
				break
			}
			for _, u := range units {
				ok = ok && looksLikeBody(d.x.lex, u)
			}
			parts = append(parts, task{label: role, labelAt: open + 1, units: units})
		}
		if !ok || len(parts) == 0 {
			continue
		}
		start, end := d.taskSpan(open + 1)
		if end <= start {
			continue
		}
		for _, p := range parts {
			p.start, p.end = start, end
			out = append(out, p)
		}
	}
	return out
}

// looksLikeBody reports a unit's name that ends as a government body's does.
func looksLikeBody(lex *lexicon, u string) bool {
	for _, e := range lex.bodyEndings {
		if strings.HasSuffix(u, e) {
			return true
		}
	}
	return false
}

// taskSpan returns the text a label at pos belongs to: its own line up to
// the bracket or label, or, when the label opens its line, the paragraph
// before it.
func (d *relater) taskSpan(pos int) (int, int) {
	t := d.text
	end := pos
	for end > 0 && inSet("(（;； ", t[end-1]) {
		end--
	}
	// a previous label of the same unit list: 牵头单位:…;责任单位:…
	line := end
	for line > 0 && t[line-1] != '\n' {
		line--
	}
	// the last bracket of the line, if 单位 follows it (on the runes: the
	// line as a string, three times over, was most of the cost)
	for k := end - 1; k >= line; k-- {
		if t[k] == '(' || t[k] == '（' {
			if hasRunePair(t[k:end], '单', '位') {
				end = k
			}
			break
		}
	}
	if end > line && !startsWithLabel(d.x.lex, t[line:end]) {
		return line, end
	}
	// the label opens its line: the paragraph before, past other unit lines
	for e := line - 1; e > 0; {
		for e > 0 && t[e-1] == '\n' {
			e--
		}
		s := e
		for s > 0 && t[s-1] != '\n' {
			s--
		}
		if !startsWithLabel(d.x.lex, t[s:e]) {
			return s, e
		}
		e = s - 1
	}
	return 0, 0
}

// startsWithLabel reports a line that is a unit line (牵头单位：…).
func startsWithLabel(lex *lexicon, line []rune) bool {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '(' || line[i] == '（') {
		i++
	}
	for _, u := range lex.unitLabels {
		if runesAt(line, i, u.word) {
			return true
		}
	}
	return false
}

// hasRunePair reports whether a followed by b occurs in text.
func hasRunePair(text []rune, a, b rune) bool {
	for k := 1; k < len(text); k++ {
		if text[k] == b && text[k-1] == a {
			return true
		}
	}
	return false
}

// splitUnits splits a list of units and drops the generic ones (各县区人民
// 政府, 有关单位).
func splitUnits(s string) []string {
	var out []string
	for _, u := range strings.FieldsFunc(s, func(r rune) bool { return inSet("、,，/ ", r) }) {
		u = strings.TrimSuffix(strings.TrimSpace(u), "等")
		if len([]rune(u)) < 3 || strings.HasPrefix(u, "各") || strings.HasPrefix(u, "有关") || strings.HasPrefix(u, "相关") ||
			strings.HasPrefix(u, "其他") {
			continue
		}
		out = append(out, u)
	}
	return out
}

// agencyName gives a unit its full name: 市商务局 in a 萍乡 plan is
// 萍乡市商务局 (ONTOLOGY.md); a unit that names its place keeps its name.
func (d *relater) agencyName(u string) string {
	if len(d.x.gaz.ByName(u)) > 0 {
		return u + "人民政府" // 萍乡市、新余市……政府: each city's government
	}
	if strings.HasSuffix(u, "市政府") || strings.HasSuffix(u, "县政府") || strings.HasSuffix(u, "区政府") {
		u = strings.TrimSuffix(u, "政府") + "人民政府"
	}
	if d.subjReg == nil {
		return u
	}
	first := []rune(u)[0]
	switch first {
	case '市', '省', '县', '区':
		if r := d.pronounRegion(first); r != nil {
			return r.Name + string([]rune(u)[1:])
		}
	}
	return u
}

// taskRelations adds the Agency entities of each task's units and their
// LEADS / RESPONSIBLE_FOR edges to each named project, park, hub, route,
// institution or plan of the task.
func (d *relater) taskRelations(sents []Sentence, rs relSet) {
	tasks := d.tasks()
	if len(tasks) == 0 {
		return
	}
	// the named things by start, indexed: a scan of every mention for each
	// task was quadratic in a long plan's size
	idx := newSpanIndex(d.mentions, func(m *mention) bool {
		if m.kind != mNamed || !m.top {
			return false
		}
		switch m.refs[0].typ {
		case kg.Project, kg.Park, kg.Hub, kg.Plan, kg.Railway, kg.Road, kg.Institution:
			return true
		}
		return false
	})
	for _, t := range tasks {
		var things []*mention
		idx.within(t.start, t.end, func(m *mention) { things = append(things, m) })
		if len(things) == 0 {
			d.note(DiagNoObject, t.labelAt, t.label.word+" with no named thing in its task")
			continue
		}
		for _, u := range t.units {
			name := d.agencyName(u)
			a, ok := d.ents[kg.EntityID(kg.Institution, u)] // a university as a unit is the university
			if !ok {
				a = d.entityFor(kg.EntityID(kg.Agency, name), kg.Agency, name)
			}
			um := unitMention{e: a} // counted after relations (relOutput.entities)
			if u != name {
				um.alias = u
			}
			d.units = append(d.units, um)
			for _, m := range things {
				s := sentenceAt(sents, m.start)
				ev := d.evidenceIn(s, m.start, m.end, t.label.word) // the thing's sentence; the label may be sentences away
				rs.add(t.label.typ, a, m.refs[0], ev)
			}
		}
	}
}
