package neo4j_test

import (
	"context"
	"strings"
	"testing"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/neo4j"
	"github.com/cnplan/kg/storetest"
)

// TestRoutingURI opens the test server through a neo4j:// (routing) URI,
// as a cluster needs: the driver fetches a routing table from the server
// and sends writes to its writer and reads (managed read transactions,
// which every read of the Store uses) to its readers. Against one server
// both are that server; the test checks that loading, reading and
// traversing work through routing.
func TestRoutingURI(t *testing.T) {
	c := testConfig()
	if !strings.HasPrefix(c.URI, "bolt://") {
		t.Skipf("NEO4J_URI %s is not bolt://", c.URI)
	}
	openStore(t, c) // wipes the database, creates the schema
	c.URI = "neo4j://" + strings.TrimPrefix(c.URI, "bolt://")
	ctx := context.Background()
	s, err := neo4j.Open(ctx, c)
	if err != nil {
		t.Fatalf("open %s: %v", c.URI, err)
	}
	defer s.Close(ctx)
	load(t, s, storetest.Pingxiang())
	st, err := s.Stats(ctx, 3)
	if err != nil || st.Documents != 1 {
		t.Fatalf("stats through %s: %+v, %v", c.URI, st, err)
	}
	p, err := s.Entities(ctx, kg.EntityFilter{Page: kg.Page{First: 5}})
	if err != nil || len(p.Entities) == 0 {
		t.Fatalf("entities through %s: %v", c.URI, err)
	}
	sub, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{p.Entities[0].ID}, Hops: 1})
	if err != nil || len(sub.Nodes) == 0 {
		t.Fatalf("neighbourhood through %s: %v", c.URI, err)
	}
}
