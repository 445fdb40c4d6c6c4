package extract

import (
	"strings"
	"testing"
)

// TestRuneHelpers checks runesAt and hasRunePair, which startsWithLabel and taskSpan
// startsWithLabel use on the text's characters, against the string
// functions they replaced, over all pieces of a few unit lines.
func TestRuneHelpers(t *testing.T) {
	lines := []string{"牵头单位：市发展改革委", "（责任单位：市商务局、各县区人民政府）", "单位", "单", "位单", " (（牵头单位", "a单b位单位x", ""}
	words := []string{"牵头单位", "责任单位", "单位", "单", "", "牵头单位：市"}
	for _, l := range lines {
		rs := []rune(l)
		for i := 0; i <= len(rs); i++ {
			for j := i; j <= len(rs); j++ {
				s := string(rs[i:j])
				if got, want := hasRunePair(rs[i:j], '单', '位'), strings.Contains(s, "单位"); got != want {
					t.Errorf("hasRunePair(%q) = %v, want %v", s, got, want)
				}
				for _, w := range words {
					if got, want := runesAt(rs[i:j], 0, w), strings.HasPrefix(s, w); got != want {
						t.Errorf("runesAt(%q, 0, %q) = %v, want %v", s, w, got, want)
					}
				}
			}
		}
	}
}
