package main

import (
	"context"
	"fmt"
)

// runEval is a placeholder until the eval command lands.
func runEval(ctx context.Context, args []string, env environ) int {
	fmt.Fprintln(env.stderr, "kg eval: not implemented yet")
	return exitFailure
}
