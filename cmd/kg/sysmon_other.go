//go:build !linux

package main

// reexecServe does nothing here: the exec it needs is Linux's.
func reexecServe() {}
