package neo4j

// SetMinRelationPart sets the fewest relations a bulk writer's worker
// gets (1 writes any graph in one part per core, as a large one is), and
// returns the function that restores it.
func SetMinRelationPart(n int) (restore func()) {
	old := minRelationPart
	minRelationPart = n
	return func() { minRelationPart = old }
}
