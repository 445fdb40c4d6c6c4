package graph

import (
	"github.com/cnplan/kg"
	"github.com/cnplan/kg/extract"
)

// Resolver is the root of the GraphQL resolvers. It holds what every
// request shares: the store, the limits and the search text converter.
type Resolver struct {
	store kg.Store
	cfg   Config
	// t2s converts traditional characters to simplified (OpenCC's t2s,
	// from the extractor's prebuilt tables: extract.T2S); built once at
	// start-up, read-only afterwards, so safe for concurrent requests.
	t2s extract.Converter
}
