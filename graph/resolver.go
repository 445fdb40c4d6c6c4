package graph

import (
	"github.com/longbridgeapp/opencc"

	"github.com/cnplan/kg"
)

// Resolver is the root of the GraphQL resolvers. It holds what every
// request shares: the store, the limits and the search text converter.
type Resolver struct {
	store kg.Store
	cfg   Config
	// t2s converts traditional characters to simplified; built once at
	// start-up, read-only afterwards, so safe for concurrent requests.
	t2s *opencc.OpenCC
}
