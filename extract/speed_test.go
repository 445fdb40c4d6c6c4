package extract

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// BenchmarkCorpusCPUTime is BenchmarkExtractCorpus measured in CPU time,
// steadier than wall time on a machine shared with other work, where
// waiting for a core would count: cpu-MB/s is bytes of input per second of
// CPU of the process (garbage collection included). Run with -cpu 1.
func BenchmarkCorpusCPUTime(b *testing.B) {
	x := newTestExtractor(b)
	files, _ := filepath.Glob("../testdata/corpus/docs/*.txt")
	var ins []Input
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, Input{Name: filepath.Base(f), Data: data})
		size += len(data)
	}
	benchCPUTime(b, x, ins, size)
}

// benchCPUTime runs the extraction of ins b.N times and reports bytes of
// input per second of the process's CPU (cpu-MB/s).
func benchCPUTime(b *testing.B, x *Extractor, ins []Input, size int) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		x.Extract(ins, nil)
	}
	cpu := float64(cpuTime()-cpu0) / float64(b.N)
	b.ReportMetric(float64(size)/cpu*1e3, "cpu-MB/s")
}

// cpuTime is the CPU time of the process, user and system, in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkFileCPUTime is BenchmarkCorpusCPUTime over the one file named
// by KG_BENCH_FILE (skipped without it): a long document to profile, such
// as a traditional plan repeated to 20 MB.
func BenchmarkFileCPUTime(b *testing.B) {
	name := os.Getenv("KG_BENCH_FILE")
	if name == "" {
		b.Skip("KG_BENCH_FILE not set")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	x := newTestExtractor(b)
	benchCPUTime(b, x, []Input{{Name: filepath.Base(name), Data: data}}, len(data))
}
