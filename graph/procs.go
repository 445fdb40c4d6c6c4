package graph

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// loneRun is how many requests in a row must find no other in flight before
// loneProcs lowers GOMAXPROCS: enough that clients taking turns, whose
// requests overlap now and then, keep every thread.
const loneRun = 32

// loneProcs runs the process on fewer threads while requests come one at
// a time (Config.LoneProcs). gqlgen resolves each element of a list of
// objects in a goroutine of its own and net/http starts one per request;
// with an idle thread, every one of those wakes it (a futex call and a
// thread switch onto the other core). For one client's shortest paths on
// two cores the embedded server made 3.1 futex calls, 2.1 epoll waits and
// 0.9 nanosleeps per request (strace), on one thread none, 0.3 and 0.1,
// and it spent 92-130 us of CPU per request against 86-94 (three
// alternating runs). With two requests at once the other threads pay, so
// the first request that finds another in flight puts them back.
type loneProcs struct {
	lone, full int
	mu         sync.Mutex  // serialises the changes of GOMAXPROCS
	low        atomic.Bool // GOMAXPROCS is lone
	alone      atomic.Int32
}

// newLoneProcs returns the switch between lone threads and the process's
// current GOMAXPROCS, or nil when lone is not below it.
func newLoneProcs(lone int) *loneProcs {
	full := runtime.GOMAXPROCS(0)
	if lone <= 0 || lone >= full {
		return nil
	}
	return &loneProcs{lone: lone, full: full}
}

// started is told of every request that starts, with the number of
// requests in flight, itself included.
func (p *loneProcs) started(inFlight int) {
	if inFlight > 1 {
		p.alone.Store(0)
		if p.low.Load() {
			p.set(false)
		}
		return
	}
	if !p.low.Load() && p.alone.Add(1) >= loneRun {
		p.set(true)
	}
}

// set makes GOMAXPROCS lone (low) or full, once.
func (p *loneProcs) set(low bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.low.Load() == low {
		return
	}
	n := p.full
	if low {
		n = p.lone
	}
	runtime.GOMAXPROCS(n)
	p.low.Store(low)
	p.alone.Store(0)
}
