package export

import (
	"strconv"
	"strings"

	"github.com/cnplan/kg"
)

// attr is one attribute of a node or an edge as every format writes it.
type attr struct {
	id, name string
	kind     string // "string", "int" or "boolean"
}

// The node attributes, in the order written.
var nodeAttrs = []attr{
	{"type", "type", "string"},
	{"code", "code", "string"},
	{"parent", "parent", "string"},
	{"pinyin", "pinyin", "string"},
	{"aliases", "aliases", "string"},
	{"mentions", "mentions", "int"},
	{"degree", "degree", "int"},
	{"documents", "documents", "int"},
}

// The edge attributes, in the order written. evidence and documents are
// the edge's weights (kg.RelationWeight); years lists the distinct years of
// its evidence documents, space-separated.
var edgeAttrs = []attr{
	{"type", "type", "string"},
	{"symmetric", "symmetric", "boolean"},
	{"evidence", "evidence", "int"},
	{"documents", "documents", "int"},
	{"firstYear", "firstYear", "int"},
	{"lastYear", "lastYear", "int"},
	{"years", "years", "string"},
}

// nodeValues returns the values of nodeAttrs for e; "" is left out by the
// XML formats.
func nodeValues(e *kg.Entity) []string {
	return []string{string(e.Type), e.Code, e.Parent, e.Pinyin, strings.Join(e.Aliases, "|"),
		strconv.Itoa(e.Mentions), strconv.Itoa(e.Degree), strconv.Itoa(e.Documents)}
}

// edgeValues returns the values of edgeAttrs for e.
func edgeValues(e Edge) []string {
	return []string{string(e.Type), strconv.FormatBool(e.Type.Symmetric()), strconv.Itoa(e.Weight.Evidence),
		strconv.Itoa(e.Weight.Documents), yearString(e.Weight.FirstYear), yearString(e.Weight.LastYear), joinYears(e.Years)}
}

func yearString(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

func joinYears(ys []int) string {
	s := make([]string, len(ys))
	for i, y := range ys {
		s[i] = strconv.Itoa(y)
	}
	return strings.Join(s, " ")
}

// spans merges ascending years into runs of consecutive years.
func spans(ys []int) [][2]int {
	var out [][2]int
	for _, y := range ys {
		if n := len(out); n > 0 && out[n-1][1]+1 == y {
			out[n-1][1] = y
			continue
		}
		out = append(out, [2]int{y, y})
	}
	return out
}
