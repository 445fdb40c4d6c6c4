package main

import (
	"fmt"
	"testing"
)

// TestPermutationsBalance: the rounds' orders hold every system at every
// place and right after every other system equally often, so that no
// system always runs after the one that warmed a shared server.
func TestPermutationsBalance(t *testing.T) {
	orders := permutations(4)
	if len(orders) != 24 {
		t.Fatalf("%d orders, want 24", len(orders))
	}
	seen := map[string]bool{}
	place := map[[2]int]int{}   // (system, place) -> rounds
	follows := map[[2]int]int{} // (before, after) -> rounds
	for _, o := range orders {
		seen[fmt.Sprint(o)] = true
		for i, s := range o {
			place[[2]int{s, i}]++
			if i > 0 {
				follows[[2]int{o[i-1], s}]++
			}
		}
	}
	if len(seen) != 24 {
		t.Errorf("%d distinct orders, want 24", len(seen))
	}
	for s := range 4 {
		for i := range 4 {
			if place[[2]int{s, i}] != 6 {
				t.Errorf("system %d at place %d in %d orders, want 6", s, i, place[[2]int{s, i}])
			}
		}
		for b := range 4 {
			if b != s && follows[[2]int{b, s}] != 6 {
				t.Errorf("system %d right after %d in %d orders, want 6", s, b, follows[[2]int{b, s}])
			}
		}
	}
}
