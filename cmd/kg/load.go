package main

import (
	"context"
	"fmt"
)

// runLoad is a placeholder until the load command lands.
func runLoad(ctx context.Context, args []string, env environ) int {
	fmt.Fprintln(env.stderr, "kg load: not implemented yet")
	return exitFailure
}
