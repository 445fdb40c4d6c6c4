package main

import (
	"context"
	"fmt"
)

// runExtract is a placeholder until the extract command lands.
func runExtract(ctx context.Context, args []string, env environ) int {
	fmt.Fprintln(env.stderr, "kg extract: not implemented yet")
	return exitFailure
}
