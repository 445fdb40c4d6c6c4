package main

import (
	"context"
	"fmt"
)

// runServe is a placeholder until the serve command lands.
func runServe(ctx context.Context, args []string, env environ) int {
	fmt.Fprintln(env.stderr, "kg serve: not implemented yet")
	return exitFailure
}
