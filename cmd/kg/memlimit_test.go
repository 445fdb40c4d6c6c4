package main

import "testing"

// TestExtractMemoryLimit checks the soft memory limit of kg extract: room
// for the extractor with no input, and within the 10 times of a large
// input aimed for (issue 8), with room left for the runtime's own memory.
func TestExtractMemoryLimit(t *testing.T) {
	tests := []struct {
		name    string
		total   int64
		atLeast int64
		atMost  int64
	}{
		{"no input", 0, 64 << 20, 64 << 20},
		{"the corpus, 1.4 MB", 1_418_112, 64<<20 + 5*1_418_112, 80 << 20},
		{"one 20 MB document", 20_000_000, 150 << 20, 20_000_000 * 9},
		{"200 MB", 200_000_000, 1_000_000_000, 200_000_000 * 6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := extractMemoryLimit(tc.total); got < tc.atLeast || got > tc.atMost {
				t.Errorf("extractMemoryLimit(%d) = %d, want %d to %d", tc.total, got, tc.atLeast, tc.atMost)
			}
		})
	}
}
