package graph

import (
	"runtime"
	"testing"
)

// TestLoneProcs checks when loneProcs changes GOMAXPROCS: down after
// loneRun requests in a row alone, up at the first that is not, and never
// when the lone number is not below the process's.
func TestLoneProcs(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	if newLoneProcs(0) != nil || newLoneProcs(4) != nil || newLoneProcs(5) != nil {
		t.Fatal("newLoneProcs: a switch that never switches")
	}
	p := newLoneProcs(1)
	want := func(step string, n int) {
		t.Helper()
		if got := runtime.GOMAXPROCS(0); got != n {
			t.Fatalf("%s: GOMAXPROCS %d, want %d", step, got, n)
		}
	}
	for range loneRun - 1 {
		p.started(1)
	}
	want("fewer than loneRun requests alone", 4)
	p.started(2)
	for range loneRun - 1 {
		p.started(1)
	}
	want("the run broken by an overlap", 4)
	p.started(1)
	want("loneRun requests alone", 1)
	p.started(1)
	want("one more alone", 1)
	p.started(3)
	want("an overlap", 4)
	for range loneRun {
		p.started(1)
	}
	want("loneRun requests alone again", 1)
}
