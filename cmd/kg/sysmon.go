package main

import "strings"

// sysmonSetting is the GODEBUG setting 'kg serve' runs with: the scheduler
// trace at its longest period, 2^31-1 ms (24.8 days). Its point is a side
// effect: with a trace period set, the runtime's system monitor never
// parks itself until the next system call, and a server that waits for a
// client or for Neo4j between requests no longer wakes it with a futex
// call and a thread switch at every request's first system call (at one
// client on two cores, about a tenth of the throughput with Neo4j:
// docs/benchmarks.md, peer comparison). The trace itself prints one line
// to stderr at most once per 24.8 days of the machine's uptime, and a
// crash (an unrecovered panic) prints the scheduler's state before the
// stack traces.
const sysmonSetting = "schedtrace=2147483647"

// serveGODEBUG returns the GODEBUG value for the process of 'kg serve'
// given the environment's, and whether it differs: sysmonSetting added,
// unless the environment sets schedtrace itself (GODEBUG=schedtrace=0
// turns the change off).
func serveGODEBUG(godebug string) (string, bool) {
	for _, f := range strings.Split(godebug, ",") {
		if strings.HasPrefix(strings.TrimSpace(f), "schedtrace=") {
			return godebug, false
		}
	}
	if strings.TrimSpace(godebug) == "" {
		return sysmonSetting, true
	}
	return godebug + "," + sysmonSetting, true
}
