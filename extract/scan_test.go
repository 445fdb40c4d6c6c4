package extract

import (
	"strings"
	"testing"
)

// TestIndexOpenParen checks the byte scan against strings.IndexAny.
func TestIndexOpenParen(t *testing.T) {
	for _, s := range []string{"", "(", "（", "ab(c（", "牵头（省", "（(", "ａ（", "\uff07\uff09（x", "无括号", "半（", "\xef\xbc"} {
		if got, want := indexOpenParen(s), strings.IndexAny(s, "(（"); got != want {
			t.Errorf("indexOpenParen(%q) = %d, want %d", s, got, want)
		}
	}
}
