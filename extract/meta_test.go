package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestReadMeta runs the metadata stage alone, on a prepared text and its
// sentences, with no segmentation, lexicon or recognition before it.
func TestReadMeta(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text                  string
		title, issuer, number, date string
		periodStart, periodEnd      int
		region, group, from         string // the subject: a region's name, a group's name, where it was read
	}{
		{"a notice that issues a plan",
			"萍乡市人民政府办公室关于印发萍乡市推进湘赣边区域合作示范区建设三年行动方案（2024—2026年）的通知\n萍府办发〔2024〕12号\n各县区人民政府：\n现印发给你们。\n2024年3月5日\n",
			"萍乡市推进湘赣边区域合作示范区建设三年行动方案（2024—2026年）", "萍乡市人民政府办公室", "萍府办发〔2024〕12号", "2024-03-05",
			2024, 2026, "萍乡市", "", subjectFromTitle},
		{"the assembly line of a work report",
			"政府工作报告\n——2026年1月20日在甘肃省第十四届人民代表大会第四次会议上\n省长 某某\n各位代表：\n过去一年，全省经济稳中有进。\n",
			"政府工作报告", "", "", "2026-01-20", 0, 0, "甘肃省", "", subjectFromAssembly},
		{"the assembly line with the jurisdiction's second name in brackets",
			"关于全区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告\n2025年2月20日在青岛市黄岛区(西海岸新区)第三届人民代表大会第四次会议上\n各位代表：\n",
			"关于全区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告", "", "", "2025-02-20", 0, 0, "黄岛区", "", subjectFromAssembly},
		{"a city's development zone and the district governing it as one body",
			"关于广州开发区黄埔区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告\n全区上下拼搏进取。\n",
			"关于广州开发区黄埔区2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", "", "", "", 0, 0, "黄埔区", "", subjectFromTitle},
		{"a group as the subject",
			"赣西城市群协同发展规划\n为推动赣西城市群一体化发展，制定本规划。\n",
			"赣西城市群协同发展规划", "", "", "", 0, 0, "", "赣西", subjectFromTitle},
		{"a pair's cooperation in the title leaves the issuer the subject",
			"广西壮族自治区人民政府办公厅关于印发粤桂东西部协作工作要点的通知\n各市人民政府：\n现印发给你们。\n",
			"粤桂东西部协作工作要点", "广西壮族自治区人民政府办公厅", "", "", 0, 0, "广西壮族自治区", "", subjectFromIssuer},
		{"a province's plan carrying out a group's",
			"黑龙江省人民政府关于印发哈长城市群发展规划黑龙江实施方案的通知\n各市人民政府：\n现印发给你们。\n",
			"哈长城市群发展规划黑龙江实施方案", "黑龙江省人民政府", "", "", 0, 0, "黑龙江省", "", subjectFromTitle},
		{"a section's heading is no title",
			"安徽省推动长三角一体化发展2022年工作要点\n坚持上海龙头带动。\n一、重大政策措施\n",
			"安徽省推动长三角一体化发展2022年工作要点", "", "", "", 0, 0, "安徽省", "", subjectFromTitle},
		{"a sentence citing a plan with its period is no title",
			"关于济源市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n特别是落实《济源国家产城融合示范区高质量发展战略规划(2025—2035年)》\n",
			"关于济源市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告", "", "", "", 0, 0, "济源市", "", subjectFromTitle},
		{"a district's name other cities' districts share, right after its city",
			"2025年武汉市青山区人民政府工作报告\n全区上下拼搏进取。\n",
			"2025年武汉市青山区人民政府工作报告", "", "", "", 0, 0, "青山区", "", subjectFromTitle},
		{"no subject to be found",
			"关于加强安全生产工作的意见\n各单位要提高认识。\n",
			"关于加强安全生产工作的意见", "", "", "", 0, 0, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := []rune(tc.text)
			str, byteAt := encodeText(text)
			m := x.readMeta(preparedText{text: text, str: str, byteAt: byteAt}, Sentences(text))
			if m.doc.Title != tc.title || m.doc.Issuer != tc.issuer || m.doc.DocNumber != tc.number || m.doc.Date != tc.date {
				t.Errorf("title %q, issuer %q, number %q, date %q; want %q, %q, %q, %q",
					m.doc.Title, m.doc.Issuer, m.doc.DocNumber, m.doc.Date, tc.title, tc.issuer, tc.number, tc.date)
			}
			if m.doc.PeriodStart != tc.periodStart || m.doc.PeriodEnd != tc.periodEnd {
				t.Errorf("period %d-%d, want %d-%d", m.doc.PeriodStart, m.doc.PeriodEnd, tc.periodStart, tc.periodEnd)
			}
			region, group := "", ""
			if m.subjReg != nil {
				region = m.subjReg.Name
			}
			if m.subjGroup != nil {
				group = m.subjGroup.Name
			}
			if region != tc.region || group != tc.group || m.from != tc.from {
				t.Errorf("subject region %q, group %q, read from %q; want %q, %q, %q", region, group, m.from, tc.region, tc.group, tc.from)
			}
		})
	}
}

// TestFindLexicon runs the lexicon stage alone on a text: heads, trigger
// words and milestone verbs, each at its place, leftmost-longest.
func TestFindLexicon(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text              string
		heads, triggers, events []string
	}{
		{"a head, a trigger and an event", "共建萍乡经济技术开发区，2025年建成。", []string{"经济技术开发区"}, []string{"共建"}, []string{"建成"}},
		{"the longest head wins", "推进赣州国际陆港建设", []string{"国际陆港"}, nil, nil},
		{"a trigger inside a longer trigger", "推动对口支援工作", nil, []string{"对口支援"}, nil},
		{"nothing of the lexicon", "天气晴朗。", nil, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := []rune(tc.text)
			l := x.findLexicon(text)
			words := func(hs []hit, word func(int) string) []string {
				var out []string
				for _, h := range hs {
					if got := string(text[h.start:h.end]); got != word(h.word) {
						t.Errorf("hit %q at %d..%d is word %q", got, h.start, h.end, word(h.word))
					}
					out = append(out, string(text[h.start:h.end]))
				}
				return out
			}
			heads := words(l.heads, func(i int) string { return x.headDefs[i].word })
			trigs := words(l.trigs, func(i int) string { return x.trigDefs[i].word })
			var events []string // an event's hit keeps no word index: its text is the event
			for _, h := range l.events {
				events = append(events, string(text[h.start:h.end]))
			}
			if !slices.Equal(heads, tc.heads) || !slices.Equal(trigs, tc.triggers) || !slices.Equal(events, tc.events) {
				t.Errorf("heads %v, triggers %v, events %v; want %v, %v, %v", heads, trigs, events, tc.heads, tc.triggers, tc.events)
			}
		})
	}
}

// TestLastOpenParen compares lastOpenParen with strings.LastIndexAny over
// every line and every prefix of a line of a few reports, and strings
// with the marks at either end.
func TestLastOpenParen(t *testing.T) {
	texts := []string{"", "(", "（", "a(b（c", "（2021-2025年）", "规划(2021—2025年)", "中(", "（中", "\ufffd（"}
	for _, s := range textconvCases(t) {
		if utf8.ValidString(s) {
			texts = append(texts, strings.Split(s, "\n")...)
		}
	}
	for _, s := range texts {
		for i := range len(s) + 1 {
			if !utf8.ValidString(s[:i]) {
				continue
			}
			if got, want := lastOpenParen(s[:i]), strings.LastIndexAny(s[:i], "(（"); got != want {
				t.Fatalf("lastOpenParen(%q) = %d, want %d", s[:i], got, want)
			}
		}
	}
}

// TestDocNumbersAsBefore compares docNumbers, which runs its expression
// only where a digit stands before 号, with the loop that ran it at every
// 号, over the heads of the seeds and part of the corpus and a few
// numbers written out.
func TestDocNumbersAsBefore(t *testing.T) {
	ref := func(s string) [][]int {
		var out [][]int
		for off := 0; ; {
			k := strings.Index(s[off:], "号")
			if k < 0 {
				return out
			}
			end := off + k + len("号")
			lo := max(0, end-90)
			for lo > 0 && !utf8.RuneStart(s[lo]) {
				lo++
			}
			if loc := docNumberRE().FindStringIndex(s[lo:end]); loc != nil && lo+loc[1] == end {
				out = append(out, []int{lo + loc[0], end})
			}
			off = end
		}
	}
	texts := []string{"萍府办发〔2024〕12号", "萍府办发〔2024〕12 \t号", "萍府办发〔2024〕 号", "号", "1号", "国发(2021) 7\n号文", "口号〔2020〕号召"}
	x := newTestExtractor(t)
	for _, in := range testInputs(t, 6) {
		d, _, p := x.prepare(in)
		if p != nil {
			t.Fatal(p.Message)
		}
		texts = append(texts, d.sub(0, min(len(d.text), metaWindow)))
	}
	for _, s := range texts {
		if got, want := docNumbers(s), ref(s); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("docNumbers(%q) = %v, want %v", s[:min(len(s), 60)], got, want)
		}
	}
}
