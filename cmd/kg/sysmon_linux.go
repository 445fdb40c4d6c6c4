package main

import (
	"os"
	"strings"
	"syscall"
)

// reexecServe runs 'kg serve' again in this process (same pid, same
// arguments) with serveGODEBUG's setting, which the runtime reads only at
// start. It returns when nothing is to change or the exec fails; then
// the server runs as it is.
func reexecServe() {
	v, change := serveGODEBUG(os.Getenv("GODEBUG"))
	if !change {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	env := make([]string, 0, len(os.Environ())+1)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GODEBUG=") {
			env = append(env, kv)
		}
	}
	_ = syscall.Exec(exe, os.Args, append(env, "GODEBUG="+v))
}
