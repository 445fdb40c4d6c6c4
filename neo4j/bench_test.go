package neo4j_test

import (
	"context"
	"testing"
	"time"
)

// BenchmarkLoad loads a synthetic corpus of 400 documents with 300
// evidenced relations each (about 119,000 evidenced relations, plus 3,300
// gazetteer PART_OF relations) into an empty database, and reports
// relationships written per second (kg relations, each one Neo4j
// relationship). One untimed load first warms the server up (a fresh JVM
// runs its first load several times slower while the JIT compiles); its
// time is logged.
func BenchmarkLoad(b *testing.B) {
	g := syntheticGraph(400, 300, 0)
	rels := len(g.Relations)
	ev := 0
	for _, r := range g.Relations {
		ev += len(r.Evidence)
	}
	b.Logf("corpus: %d documents, %d entities, %d relations (%d evidenced), %d evidence", len(g.Documents), len(g.Entities), rels, evidenced(g), ev)
	c := testConfig()
	s := openStore(b, c)
	ctx := context.Background()
	warm := time.Now()
	if _, err := s.Load(ctx, g); err != nil {
		b.Fatal(err)
	}
	b.Logf("warm-up load: %v (%.0f relationships/s)", time.Since(warm).Round(time.Millisecond), float64(rels)/time.Since(warm).Seconds())
	b.ResetTimer()
	var total time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if err := s.Wipe(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		if _, err := s.Load(ctx, g); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
	}
	b.ReportMetric(float64(rels*b.N)/total.Seconds(), "relationships/s")
	b.ReportMetric(float64(ev*b.N)/total.Seconds(), "evidence/s")
}
