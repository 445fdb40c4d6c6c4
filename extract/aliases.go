package extract

import (
	"strings"

	"github.com/cnplan/kg"
)

// declaredAlias is a short form a document declares for a name: the
// bracket after the name (川渝高竹新区(以下简称新区)) says what the short
// form stands for in the rest of the document.
type declaredAlias struct {
	short []rune
	full  *entity
	after int  // the end of the declaration: uses start after it
	title bool // declared in 《》: used in 《》 only (《规划》)
	// generic is a short form made of generic words (新区, 示范区, 规划):
	// no name anywhere else, so no alias of the entity in the graph, and a
	// use must stand as a word of its own (not 国家级|新区)
	generic bool
	void    bool   // declared twice for two entities: resolves neither
	key     string // short as a string, made once
}

// declaredAliases names the entity of a name by the short form the
// document declares for it in a bracket right after it ([alias-openers]:
// 川渝高竹新区(以下简称新区), 《关中平原城市群发展规划》(以下简称《规划》),
// …直流输电工程(以下简称“甘浙工程”)). A declaration is the writer's own
// resolution of the short form, for the rest of the document: the names
// recognised with the short form's text become the entity, and each later
// use of the short form that no other mention covers is a mention of it.
// It returns the new mentions.
func (d *recognizer) declaredAliases(named []*mention) []*mention {
	if len(d.x.lex.aliasOpeners) == 0 {
		return nil
	}
	var decl []declaredAlias
	for _, m := range named {
		if len(m.refs) != 1 {
			continue
		}
		a, ok := d.aliasDeclaredAt(m)
		if !ok || string(a.short) == m.refs[0].name {
			continue
		}
		dup := false
		for i := range decl {
			if string(decl[i].short) == string(a.short) {
				dup = true
				if decl[i].full != a.full {
					decl[i].void = true
				}
			}
		}
		if !dup {
			decl = append(decl, a)
		}
	}
	if len(decl) == 0 {
		return nil
	}
	// one pass over the names and one over the text for all the short
	// forms: a pass each was quadratic in a long document's declarations
	var out []*mention
	byShort := map[string]*declaredAlias{}
	from := len(d.text)
	for i := range decl {
		a := &decl[i]
		if a.void {
			continue
		}
		a.key = string(a.short)
		if !a.generic {
			a.full.keepAlias(a.key)
		}
		byShort[a.key] = a
		from = min(from, a.after)
	}
	for _, m := range named {
		if len(m.refs) == 1 {
			if a, ok := byShort[m.refs[0].name]; ok && m.refs[0] != a.full {
				m.refs[0] = a.full
			}
		}
	}
	covered := newSpanIndex(append(d.mentions[:len(d.mentions):len(d.mentions)], named...), nil)
	// firsts: a bit for each short form's first character (mod 1024): most
	// characters open none, and are passed without a look at each form
	// (a look at each was quadratic in a long document's declarations)
	var firsts [16]uint64
	for i := range decl {
		if c := decl[i].short[0] & 1023; !decl[i].void {
			firsts[c>>6] |= 1 << (c & 63)
		}
	}
	for i := from; i < len(d.text); i++ {
		if c := d.text[i] & 1023; firsts[c>>6]&(1<<(c&63)) == 0 {
			continue
		}
		for k := range decl {
			a := &decl[k]
			if a.void || d.text[i] != a.short[0] || i < a.after || i+len(a.short) > len(d.text) || prefixLen(d.text, i, a.key) == 0 {
				continue
			}
			end := i + len(a.short)
			if covered.overlaps(i, end) || !d.aliasUse(*a, i, end) {
				continue
			}
			out = append(out, d.oneRef(mention{start: i, end: end, kind: mNamed, headStart: i}, a.full))
			i = end - 1
			break
		}
	}
	return out
}

// aliasDeclaredAt reads a declaration of a short form right after the
// name m (past the name's closing 》 or ”): an opening bracket, one of
// [alias-openers], the short form, quoted or not, and the closing bracket.
func (d *recognizer) aliasDeclaredAt(m *mention) (declaredAlias, bool) {
	t := d.text
	p := m.end
	if p < len(t) && inSet("》”\"", t[p]) {
		p++
	}
	if p >= len(t) || !inSet("(（", t[p]) {
		return declaredAlias{}, false
	}
	p++
	n := 0
	for _, w := range d.x.lex.aliasOpeners {
		n = max(n, prefixLen(t, p, w))
	}
	if n == 0 {
		return declaredAlias{}, false
	}
	p += n
	if p < len(t) && inSet(":：", t[p]) {
		p++
	}
	var closer rune // the quotation's closing mark, 0 for none
	if p < len(t) {
		switch t[p] {
		case '“':
			closer = '”'
		case '"':
			closer = '"'
		case '《':
			closer = '》'
		case '‘':
			closer = '’'
		}
	}
	if closer != 0 {
		p++
	}
	s := p
	for p < len(t) && isNameChar(t[p]) {
		p++
	}
	short := t[s:p]
	if closer != 0 {
		if p >= len(t) || t[p] != closer {
			return declaredAlias{}, false
		}
		p++
	}
	if p >= len(t) || !inSet(")）", t[p]) || len(short) < 2 || len(short) > 12 || !isHan(short[0]) {
		return declaredAlias{}, false
	}
	return declaredAlias{short: short, full: m.refs[0], after: p + 1, title: closer == '》', generic: d.isGeneric(short)}, true
}

// aliasUse reports a use of the short form a at [i, end): inside 《》 when
// it was declared so; for a generic short form, a word of its own after
// no noun or adjective that would make it another thing (国家级|新区,
// 先行|示范区).
func (d *recognizer) aliasUse(a declaredAlias, i, end int) bool {
	t := d.text
	if a.title {
		return i > 0 && t[i-1] == '《' && end < len(t) && t[end] == '》'
	}
	if end < len(t) && isNameChar(t[end]) {
		d.cutAt(end)
		if tk := d.tokenAt(end); tk.Start != end {
			return false // (新区|域)
		}
	}
	if i == 0 || !isNameChar(t[i-1]) {
		return true
	}
	d.cutAt(i)
	if tk := d.tokenAt(i); tk.Start != i {
		return false
	}
	if !a.generic {
		return true
	}
	d.cutAt(i - 1)
	tk := d.tokenAt(i - 1)
	return !(strings.HasPrefix(tk.Tag, "n") || tk.Tag == "a" || tk.Tag == "b" || tk.Tag == "vn" || tk.Tag == "m" || tk.Tag == "q")
}

// maxGloss bounds the characters of a bracket that glosses the name before
// it.
const maxGloss = 24

// bracketGlosses takes out of relations the mentions of a bracket written
// right after a place or name that say where it lies: an area or group
// (郴州市(湘赣边革命老区)与佛山市结对), or a region containing it: the name
// before the bracket is the party. A bracket of members (粤东地区(汕头、
// 汕尾)) or of another name of the same body (黄埔区(广州开发区)) still
// names parties. The mentions count as the document's all the same.
func (d *recognizer) bracketGlosses() {
	t := d.text
	var before []*mention // top mentions with a bracket right after them
	for _, m := range d.mentions {
		if m.top && m.end < len(t) && inSet("(（", t[m.end]) {
			before = append(before, m)
		}
	}
	if len(before) == 0 {
		return
	}
	// indexed: a scan of every mention for each bracket was quadratic in a
	// long document's size
	tops := newSpanIndex(d.mentions, func(m *mention) bool { return m.top })
	for _, p := range before {
		opening, closing := p.end, -1
		for i := opening + 1; i < len(t) && i <= opening+maxGloss; i++ {
			if inSet(")）", t[i]) {
				closing = i
				break
			}
			if inSet("(（。；;！？\n", t[i]) {
				break
			}
		}
		if closing < 0 {
			continue
		}
		tops.within(opening+1, closing, func(m *mention) {
			if d.containsAll(m.refs, p.refs) {
				m.top = false
			}
		})
	}
}

// containsAll reports every entity of outer an area or group, or a region
// containing each region of inner.
func (d *recognizer) containsAll(outer, inner []*entity) bool {
	for _, o := range outer {
		switch {
		case o.typ == kg.RegionGroup:
		case o.region != nil:
			for _, e := range inner {
				if !d.insideAny(e, []*entity{o}) {
					return false
				}
			}
		default:
			return false
		}
	}
	return len(outer) > 0
}
