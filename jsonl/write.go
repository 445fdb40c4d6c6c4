package jsonl

import (
	"slices"
	"strconv"
	"unicode/utf8"

	kg "github.com/cnplan/kg"
)

// recordWriter encodes records as encoding/json's Encoder does with HTML
// escaping off: the fields in struct order under their JSON names, the
// omitempty ones left out when empty, a nil slice as null, a map's keys
// sorted, and a newline after each record. Its buffers are reused from
// one record to the next.
type recordWriter struct {
	b    []byte
	keys []string
}

func (w *recordWriter) document(d *kg.Document) []byte {
	b := append(w.b[:0], `{"kind":"`+KindDocument+`","id":`...)
	b = appendString(b, d.ID)
	b = appendStringField(b, `,"source":`, d.Source)
	b = appendStringField(b, `,"title":`, d.Title)
	b = appendOmitString(b, `,"doc_number":`, d.DocNumber)
	b = appendOmitString(b, `,"issuer":`, d.Issuer)
	b = appendOmitString(b, `,"date":`, d.Date)
	b = appendOmitInt(b, `,"period_start":`, d.PeriodStart)
	b = appendOmitInt(b, `,"period_end":`, d.PeriodEnd)
	b = appendOmitString(b, `,"subject":`, d.Subject)
	b = appendStringField(b, `,"script":`, d.Script)
	b = appendStringField(b, `,"encoding":`, d.Encoding)
	b = appendStringField(b, `,"hash":`, d.Hash)
	b = appendIntField(b, `,"chars":`, d.Chars)
	w.b = append(b, '}', '\n')
	return w.b
}

func (w *recordWriter) entity(e *kg.Entity) []byte {
	b := append(w.b[:0], `{"kind":"`+KindEntity+`","id":`...)
	b = appendString(b, e.ID)
	b = appendStringField(b, `,"type":`, string(e.Type))
	b = appendStringField(b, `,"name":`, e.Name)
	b = appendArray(append(b, `,"aliases":`...), e.Aliases, func(b []byte, a *string) []byte { return appendString(b, *a) })
	b = appendIntField(b, `,"mentions":`, e.Mentions)
	if len(e.MentionsByDocument) > 0 {
		w.keys = w.keys[:0]
		for k := range e.MentionsByDocument {
			w.keys = append(w.keys, k)
		}
		slices.Sort(w.keys) // the byte order encoding/json sorts keys in
		b = append(b, `,"mentions_by_document":{`...)
		for i, k := range w.keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = append(b, ':')
			b = strconv.AppendInt(b, int64(e.MentionsByDocument[k]), 10)
		}
		b = append(b, '}')
	}
	b = appendOmitString(b, `,"code":`, e.Code)
	b = appendOmitString(b, `,"parent":`, e.Parent)
	b = appendOmitString(b, `,"pinyin":`, e.Pinyin)
	if len(e.Milestones) > 0 {
		b = append(b, `,"milestones":[`...)
		for i := range e.Milestones {
			m := &e.Milestones[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = appendIntField(b, `{"year":`, m.Year)
			b = appendStringField(b, `,"event":`, m.Event)
			b = appendStringField(b, `,"document":`, m.Document)
			b = appendIntField(b, `,"sentence":`, m.Sentence)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	w.b = append(b, '}', '\n')
	return w.b
}

func (w *recordWriter) relation(r *kg.Relation) []byte {
	b := append(w.b[:0], `{"kind":"`+KindRelation+`","id":`...)
	b = appendString(b, r.ID)
	b = appendStringField(b, `,"type":`, string(r.Type))
	b = appendStringField(b, `,"from":`, r.From)
	b = appendStringField(b, `,"to":`, r.To)
	b = appendArray(append(b, `,"evidence":`...), r.Evidence, func(b []byte, e *kg.Evidence) []byte {
		b = appendStringField(b, `{"document":`, e.Document)
		b = appendIntField(b, `,"sentence":`, e.Sentence)
		b = appendIntField(b, `,"start":`, e.Start)
		b = appendIntField(b, `,"end":`, e.End)
		b = appendStringField(b, `,"trigger":`, e.Trigger)
		b = appendStringField(b, `,"text":`, e.Text)
		b = appendOmitInt(b, `,"sentence_start":`, e.SentenceStart)
		b = appendOmitString(b, `,"original":`, e.Original)
		return append(b, '}')
	})
	w.b = append(b, '}', '\n')
	return w.b
}

// appendArray appends xs as a JSON array, each element written by each, or
// null for a nil slice, as encoding/json writes a slice.
func appendArray[T any](b []byte, xs []T, each func([]byte, *T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = each(b, &xs[i])
	}
	return append(b, ']')
}

// appendStringField appends name (the comma, the quoted key and the colon)
// and s.
func appendStringField(b []byte, name, s string) []byte {
	return appendString(append(b, name...), s)
}

// appendOmitString is appendStringField for an omitempty field: nothing
// when s is empty.
func appendOmitString(b []byte, name, s string) []byte {
	if s == "" {
		return b
	}
	return appendString(append(b, name...), s)
}

// appendIntField appends name and v.
func appendIntField(b []byte, name string, v int) []byte {
	return strconv.AppendInt(append(b, name...), int64(v), 10)
}

// appendOmitInt is appendIntField for an omitempty field: nothing when v
// is 0.
func appendOmitInt(b []byte, name string, v int) []byte {
	if v == 0 {
		return b
	}
	return strconv.AppendInt(append(b, name...), int64(v), 10)
}

// appendString appends s quoted as encoding/json does with HTML escaping
// off: \" \\ \b \f \n \r \t, other control bytes as \u00xx, U+2028 and
// U+2029 as \u2028 and \u2029, each byte of invalid UTF-8 as \ufffd, all
// else as it is. A valid three-byte character, most of the text, is
// checked by its bytes without decoding it.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				// then eight bytes at a time while none is above ASCII,
				// a control byte, '"' or '\\' (ids and sources are ASCII)
				for i+8 <= len(s) {
					w := load8(s, i)
					const ones, highs = 0x0101010101010101, 0x8080808080808080
					q, bs := w^(ones*'"'), w^(ones*'\\')
					if (w|(w-ones*0x20)&^w|(q-ones)&^q|(bs-ones)&^bs)&highs != 0 {
						break
					}
					i += 8
				}
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		// Two three-byte characters at a time (most of the text): leads
		// E1, E3–EC, EE–EF (E2's are tested below) and their continuation
		// bytes in one word of eight bytes.
		for i+8 <= len(s) {
			w := load8(s, i)
			if w&0x0000C0C0F0C0C0F0 != 0x00008080E08080E0 || pairLeads>>(w&15)&1 == 0 || pairLeads>>(w>>24&15)&1 == 0 {
				break
			}
			i += 6
		}
		if i >= len(s) {
			break
		}
		if c = s[i]; c < utf8.RuneSelf {
			continue
		}
		// Leads E1–EC and EE–EF take any two continuation bytes (E0 and
		// ED restrict the second byte); of E2's, 80 A8 and 80 A9 are
		// U+2028 and U+2029.
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 &&
			!(c == 0xE2 && s[i+1] == 0x80 && s[i+2]&0xFE == 0xA8) {
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// pairLeads has a bit for the low four bits of each lead byte E_ that
// appendString passes two characters at a time: not E0 and ED (their
// second byte is restricted) nor E2 (U+2028 and U+2029).
const pairLeads = 0xFFFF &^ (1<<0x0 | 1<<0x2 | 1<<0xD)

// load8 reads the eight bytes of s at i as a little-endian word (one load).
func load8(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}
