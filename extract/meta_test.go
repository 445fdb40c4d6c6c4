package extract

import "testing"

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
		{"a group as the subject",
			"赣西城市群协同发展规划\n为推动赣西城市群一体化发展，制定本规划。\n",
			"赣西城市群协同发展规划", "", "", "", 0, 0, "", "赣西", subjectFromTitle},
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
