package main

import "testing"

func TestServeGODEBUG(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		change         bool
	}{
		{"empty", "", sysmonSetting, true},
		{"blank", "  ", sysmonSetting, true},
		{"other settings kept", "gctrace=1,madvdontneed=1", "gctrace=1,madvdontneed=1," + sysmonSetting, true},
		{"user's schedtrace wins", "schedtrace=1000", "schedtrace=1000", false},
		{"turned off", "gctrace=1, schedtrace=0", "gctrace=1, schedtrace=0", false},
		{"a name that only ends alike", "xschedtrace=5", "xschedtrace=5," + sysmonSetting, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, change := serveGODEBUG(tc.in)
			if got != tc.want || change != tc.change {
				t.Errorf("serveGODEBUG(%q) = %q, %t; want %q, %t", tc.in, got, change, tc.want, tc.change)
			}
		})
	}
}
