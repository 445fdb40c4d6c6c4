package kg

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
	"testing"
)

// TestRelationIDSpelling checks RelationID against its definition, the
// SHA-1 of type, from and to joined by NUL, for ids that fit its stack
// buffer and ids that do not.
func TestRelationIDSpelling(t *testing.T) {
	want := func(t RelationType, from, to string) string {
		h := sha1.Sum([]byte(string(t) + "\x00" + from + "\x00" + to))
		return "rel:" + hex.EncodeToString(h[:8])
	}
	long := strings.Repeat("长江经济带", 10)
	for _, c := range [][3]string{
		{string(PartOf), "region:360300", "region:360000"},
		{string(DocksWith), "region:360300", "regionGroup:粤港澳大湾区"},
		{"", "", ""},
		{string(LinksWith), long, "region:1"},
		{string(LinksWith), "park:" + long, "park:" + long + "x"},
	} {
		if got, w := RelationID(RelationType(c[0]), c[1], c[2]), want(RelationType(c[0]), c[1], c[2]); got != w {
			t.Errorf("RelationID(%q, %q, %q) = %s, want %s", c[0], c[1], c[2], got, w)
		}
	}
}
