package segment

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// BenchmarkCutCorpus cuts the 26 work reports of the development corpus,
// real text whose words do not all sit in cache as benchText's do.
func BenchmarkCutCorpus(b *testing.B) {
	s := seg(b)
	files, _ := filepath.Glob("../../testdata/corpus/docs/*.txt")
	var texts [][]rune
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, []rune(string(data)))
		size += len(data)
	}
	if size == 0 {
		b.Skip("no corpus")
	}
	buf := make([]Token, 0, 1<<16)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, t := range texts {
			buf = s.AppendCut(buf[:0], t)
		}
	}
	// CPU time is steadier than wall time on a machine shared with other
	// work: waiting for a core is not counted.
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// cpuTime is the CPU time of the process, user and system, in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
