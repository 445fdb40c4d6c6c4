package segment

import (
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
)

// BenchmarkCutCorpus cuts the 26 work reports of the development corpus,
// real text whose words do not all sit in cache as benchText's do.
func BenchmarkCutCorpus(b *testing.B) {
	s := seg(b)
	texts, size := corpusTexts(b)
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

// BenchmarkCutUnits cuts the corpus as the extractor does, one unit (Unit)
// a call. In "cold", 16 KB read at random from an 8 MB buffer between two
// units push the dictionary's trie out of the caches, as recognition's
// work between the extractor's cuts does; "reads" is those reads alone, to
// be taken from cold's time. Trie layouts that cachegrind scored better
// were slower here (docs/benchmarks.md, 2026-11-27 11:45).
func BenchmarkCutUnits(b *testing.B) {
	s := seg(b)
	texts, size := corpusTexts(b)
	var units [][]rune
	for _, t := range texts {
		for k := 0; k < len(t); {
			i, j := Unit(t, k)
			units = append(units, t[i:j])
			k = j
		}
	}
	other := make([]byte, 8<<20)
	for _, mode := range []string{"warm", "cold", "reads"} {
		b.Run(mode, func(b *testing.B) {
			buf := make([]Token, 0, 1<<16)
			b.SetBytes(int64(size))
			sum := byte(0)
			cpu0 := cpuTime()
			for b.Loop() {
				for n, u := range units {
					if mode != "reads" {
						buf = s.AppendCut(buf[:0], u)
					}
					if mode != "warm" {
						for p := 0; p < 16<<10; p += 64 {
							sum += other[(p*7919+n*64)%len(other)]
						}
					}
				}
			}
			runtime.KeepAlive(sum)
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}

// corpusTexts reads the development corpus's reports and their size in
// bytes; it skips the benchmark when there are none.
func corpusTexts(b testing.TB) ([][]rune, int) {
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
	return texts, size
}

// cpuTime is the CPU time of the process, user and system, in ns.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
