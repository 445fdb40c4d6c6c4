package neo4j_test

import (
	"context"
	"fmt"
	"os"
	"strings"
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
//
// With KG_NEO4J_PID set to the server's process id (bench/neo4j-load.sh
// sets it), it also reports relationships per CPU-second of the server
// process, a figure that other load on the machine disturbs much less than
// wall-clock throughput.
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
	pid := os.Getenv("KG_NEO4J_PID")
	b.ResetTimer()
	var total, cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		if err := s.Wipe(ctx); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c0, err := processCPU(pid)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if _, err := s.Load(ctx, g); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		c1, err := processCPU(pid)
		if err != nil {
			b.Fatal(err)
		}
		cpu += c1 - c0
	}
	b.ReportMetric(float64(rels*b.N)/total.Seconds(), "relationships/s")
	b.ReportMetric(float64(ev*b.N)/total.Seconds(), "evidence/s")
	if pid != "" && cpu > 0 {
		b.ReportMetric(float64(rels*b.N)/cpu.Seconds(), "relationships/server-cpu-s")
	}
}

// processCPU returns the user plus system CPU time of process pid from
// /proc (Linux), or 0 when pid is empty.
func processCPU(pid string) (time.Duration, error) {
	if pid == "" {
		return 0, nil
	}
	b, err := os.ReadFile("/proc/" + strings.TrimSpace(pid) + "/stat")
	if err != nil {
		return 0, fmt.Errorf("server CPU time: %w", err)
	}
	// Fields after the command name, which is in parentheses: utime and
	// stime are the 12th and 13th, in clock ticks (100 per second on Linux).
	s := string(b)
	f := strings.Fields(s[strings.LastIndex(s, ")")+1:])
	if len(f) < 13 {
		return 0, fmt.Errorf("server CPU time: short /proc stat line")
	}
	var utime, stime int64
	if _, err := fmt.Sscan(f[11], &utime); err != nil {
		return 0, fmt.Errorf("server CPU time: %w", err)
	}
	if _, err := fmt.Sscan(f[12], &stime); err != nil {
		return 0, fmt.Errorf("server CPU time: %w", err)
	}
	return time.Duration(utime+stime) * 10 * time.Millisecond, nil
}
