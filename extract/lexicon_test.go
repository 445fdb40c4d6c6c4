package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	kg "github.com/cnplan/kg"
)

// insertAfter puts lines right after the header of section in the embedded
// lexicon and returns the text and the number of the first line put in.
func insertAfter(t testing.TB, section, lines string) (string, int) {
	t.Helper()
	h := "\n[" + section + "]\n"
	i := strings.Index(lexiconText, h)
	if i < 0 {
		t.Fatalf("no section [%s] in lexicon.txt", section)
	}
	i += len(h)
	return lexiconText[:i] + lines + "\n" + lexiconText[i:], strings.Count(lexiconText[:i], "\n") + 1
}

// TestParseLexiconEntries reads entries of each kind, written after the
// first line of their section.
func TestParseLexiconEntries(t *testing.T) {
	for _, tc := range []struct {
		name, section, lines string
		check                func(*lexicon) bool
	}{
		{"strong head", "heads", "Park: 测试园 测试区", func(l *lexicon) bool {
			return l.heads[0] == head{word: "测试园", typ: kg.Park} && l.heads[1] == head{word: "测试区", typ: kg.Park}
		}},
		{"weak head", "heads", "Hub weak: 测试港", func(l *lexicon) bool { return l.heads[0] == head{word: "测试港", typ: kg.Hub, weak: true} }},
		{"head with a rule", "heads", "Plan quoted: 测试行动", func(l *lexicon) bool {
			return l.heads[0] == head{word: "测试行动", typ: kg.Plan, rule: ruleQuoted}
		}},
		{"no head", "heads", "none: 测试中心城市", func(l *lexicon) bool { return l.heads[0] == head{word: "测试中心城市"} }},
		{"trigger", "triggers", "CONNECTS: 测通  # a comment", func(l *lexicon) bool {
			return l.triggers[0] == triggerDef{"测通", kg.Connects, shapeRelation} && l.triggers[1] == triggerDef{"共建", kg.CoBuilds, shapeRelation}
		}},
		{"trigger with a shape", "triggers", "COOPERATES_WITH directed: 测援", func(l *lexicon) bool {
			return l.triggers[0] == triggerDef{"测援", kg.CooperatesWith, shapeDirected}
		}},
		{"unit role", "unit-roles", "LEADS: 测牵", func(l *lexicon) bool { return l.unitRoles[0] == unitLabel{"测牵", kg.Leads} }},
		{"words and a comment", "rank-words", "测甲  测乙 # 测丙", func(l *lexicon) bool {
			return slices.Equal(l.rankWords, []string{"测甲", "测乙", "最", "首个", "唯一"})
		}},
		{"reference", "strategy-verbs", "测甲 @send-words", func(l *lexicon) bool {
			return slices.Equal(l.strategyVerbs[:3], []string{"测甲", "外送", "东送"}) && l.strategyVerbs[len(l.sendWords)+1] == "制定"
		}},
		{"characters", "count-measures", "测 试", func(l *lexicon) bool { return strings.HasPrefix(l.countMeasures, "测试个") }},
		{"expressway", "national-expressways", "G99 测试 110000 310000 320000", func(l *lexicon) bool {
			return reflect.DeepEqual(l.nationalExpressways[0], nationalRoute{"G99", "测试", []string{"110000", "310000", "320000"}})
		}},
		{"class with a head", "kind-classes", "测试线 Railway 测线", func(l *lexicon) bool {
			return l.kindClasses[0] == kindClass{"测试线", kg.Railway, "测线"}
		}},
		{"class without a head", "kind-classes", "测试 Project", func(l *lexicon) bool { return l.kindClasses[0] == kindClass{"测试", kg.Project, ""} }},
		{"resultative compounds", "resultative-results", "测", func(l *lexicon) bool {
			return slices.Contains(l.stopWords, "推测") && slices.Contains(l.stopWords, "做实") && !slices.Contains(l.stopWords, "测")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, _ := insertAfter(t, tc.section, tc.lines)
			l, err := parseLexicon(lexiconFile, text)
			if err != nil {
				t.Fatal(err)
			}
			if !tc.check(l) {
				t.Errorf("%q in [%s] not read as expected", tc.lines, tc.section)
			}
		})
	}
}

// TestParseLexiconErrors checks that each kind of mistake is an error
// naming the file and the line.
func TestParseLexiconErrors(t *testing.T) {
	for _, tc := range []struct {
		name, section, lines string
		// line is the line of the error counted from the first line put in
		line int
		want string
	}{
		{"unknown entity type", "heads", "Prk: 测试园", 0, `unknown entity type "Prk"`},
		{"unknown rule", "heads", "Park strong: 测试园", 0, `unknown rule "strong"`},
		{"two marks", "heads", "Park weak doc: 测试园", 0, "at most one mark"},
		{"head without colon", "heads", "Park 测试园", 0, "malformed line"},
		{"head without words", "heads", "\nPark weak:", 1, `no words after "Park weak:"`},
		{"unknown relation", "triggers", "BUILDS: 测建", 0, `unknown relation type "BUILDS"`},
		{"relation with a mark", "unit-labels", "LEADS weak: 测建", 0, `unknown relation type "LEADS weak"`},
		{"unknown trigger shape", "triggers", "COOPERATES_WITH sideways: 测建", 0, `unknown trigger shape "sideways"`},
		{"short expressway", "national-expressways", "G99 测试", 0, "malformed expressway"},
		{"bad region code", "national-expressways", "G99 测试 11000x 310000", 0, `"11000x" is no region code`},
		{"unknown class type", "kind-classes", "测试 Projekt", 0, `unknown entity type "Projekt"`},
		{"class with too much", "kind-classes", "测试 Project 测 试", 0, "malformed class"},
		{"colon in words", "rank-words", "# a comment\nPark: 测试", 1, `"Park:" in section [rank-words]`},
		{"unknown reference", "rank-words", "@nowhere", 0, "@nowhere refers to no section"},
		{"reference to structured", "rank-words", "@heads", 0, "@heads is not a section of words"},
		{"reference to itself", "rank-words", "@rank-words", 0, "refers to itself"},
		{"reference to a reference", "rank-words", "@strategy-verbs", 0, "one level only"},
		{"unknown section", "rank-words", "[rank-word]\n测试", 0, "unknown section [rank-word]"},
		{"section twice", "send-words", "[rank-words]", 0, "section [rank-words] again (first at line"},
		{"malformed header", "rank-words", "[rank-words", 0, "malformed section header"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, first := insertAfter(t, tc.section, tc.lines)
			_, err := parseLexicon(lexiconFile, text)
			if err == nil {
				t.Fatalf("%q in [%s]: no error", tc.lines, tc.section)
			}
			prefix := fmt.Sprintf("lexicon.txt:%d: ", first+tc.line)
			if !strings.HasPrefix(err.Error(), prefix) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q, want %q…%q", err, prefix, tc.want)
			}
		})
	}
	// errors of the file as a whole
	for _, tc := range []struct{ name, text, want string }{
		{"words before a section", "推进\n[heads]\n", "lexicon.txt:1: \"推进\" before the first section"},
		{"missing section", "# nothing\n\n", "lexicon.txt:3: no section [heads] (end of file)"},
		{"empty section", "[heads]\n# only a comment\n[triggers]\n", "lexicon.txt:1: section [heads] is empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := parseLexicon(lexiconFile, tc.text); err == nil || err.Error() != tc.want {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestLexiconSections checks that the embedded lexicon holds every section
// the extractor reads, each non-empty, and that every section is read by
// the code: each field of lexicon is filled from one section and used
// outside lexicon.go (the file's unknown sections are parse errors).
func TestLexiconSections(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	var a string
	secs := l.sections(&a)
	v := reflect.ValueOf(l).Elem()
	filled := map[string]string{} // field to section
	for _, s := range secs {
		p := reflect.ValueOf(s.dst).Pointer()
		for i := range v.NumField() {
			if v.Field(i).Addr().Pointer() == p {
				if prev, ok := filled[v.Type().Field(i).Name]; ok {
					t.Errorf("field %s filled from [%s] and [%s]", v.Type().Field(i).Name, prev, s.name)
				}
				filled[v.Type().Field(i).Name] = s.name
			}
		}
	}
	var code strings.Builder
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "lexicon.go" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		code.Write(src)
	}
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		if _, ok := filled[name]; !ok {
			t.Errorf("field %s is filled from no section", name)
		}
		if v.Field(i).Len() == 0 {
			t.Errorf("section [%s] is empty", filled[name])
		}
		if !regexp.MustCompile(`\blex\.` + name + `\b`).MatchString(code.String()) {
			t.Errorf("section [%s] (lex.%s) is read by no code", filled[name], name)
		}
	}
}

// errLine is the start every parse error must have.
var errLine = regexp.MustCompile(`^lexicon\.txt:[1-9][0-9]*: `)

// FuzzParseLexicon checks that the parser never panics and that every
// error names the file and a line.
func FuzzParseLexicon(f *testing.F) {
	f.Add(lexiconText)
	f.Add("[heads]\nPark: 园\n")
	f.Add("[rank-words]\n@doc-verbs\n[doc-verbs]\n@rank-words\n")
	f.Add("[national-expressways]\nG1\n")
	f.Add("[kind-classes]\n项目 Project 项目 项目\n")
	f.Add("[\n]\n[]\n#\n:")
	f.Fuzz(func(t *testing.T, text string) {
		_, err := parseLexicon(lexiconFile, text)
		if err != nil && !errLine.MatchString(err.Error()) {
			t.Errorf("error without a line: %v", err)
		}
	})
}

// BenchmarkLoadLexicon is the part of New that parses the lexicon.
func BenchmarkLoadLexicon(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadLexicon(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestOwnProcessWordsAreZoneWords: [own-process-words] qualifies zone words
// only; a word outside [zone-words] would never be asked.
func TestOwnProcessWordsAreZoneWords(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range l.ownProcessWords {
		if !slices.Contains(l.zoneWords, w) {
			t.Errorf("[own-process-words] %s is no word of [zone-words]", w)
		}
	}
}
