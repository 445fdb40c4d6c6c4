package neo4j

import (
	"testing"

	"github.com/cnplan/kg"
)

func TestEvidenceRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		ev   kg.Evidence
	}{
		{"plain", kg.Evidence{Document: "doc:a.txt", Sentence: 3, Start: 305, End: 317, Trigger: "对接", Text: "萍乡市主动对接粤港澳大湾区建设。"}},
		{"quotes and backslashes", kg.Evidence{Document: "doc:b", Sentence: 0, Start: 0, End: 0, Trigger: `"\`, Text: `a "quoted" \ text \"`}},
		{"control characters", kg.Evidence{Document: "d", Sentence: 1, Start: 2, End: 9, Trigger: "\t", Text: "line\nbreak\r\x00\x1f end"}},
		{"cypher", kg.Evidence{Document: "d", Sentence: 7, Start: 1, End: 2, Trigger: "`}) DETACH DELETE n //", Text: "'}) MATCH (n) DETACH DELETE n //"}},
		{"empty", kg.Evidence{Document: "d"}},
		{"large numbers", kg.Evidence{Document: "d", Sentence: 1 << 30, Start: 1 << 31, End: 1 << 32}},
		{"sentence start and original", kg.Evidence{Document: "d", Sentence: 2, Start: 40, End: 44, Trigger: "对接", Text: "对接湘赣边。",
			SentenceStart: 38, Original: "對接湘贛邊。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc, err := encodeEvidence(tt.ev)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decodeEvidence(tt.ev.Document, enc)
			if err != nil {
				t.Fatalf("decode %s: %v", enc, err)
			}
			if got != tt.ev {
				t.Errorf("round trip of %+v gave %+v (encoded %s)", tt.ev, got, enc)
			}
		})
	}
	if _, err := encodeEvidence(kg.Evidence{Text: "bad \xff utf-8"}); err == nil {
		t.Errorf("invalid UTF-8 encoded without error")
	}
}
