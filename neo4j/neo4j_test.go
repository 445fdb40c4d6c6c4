package neo4j_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/cnplan/kg"
	"github.com/cnplan/kg/neo4j"
	"github.com/cnplan/kg/storetest"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// testConfig reads the server's address from NEO4J_URI (and NEO4J_USER,
// NEO4J_PASSWORD, NEO4J_DATABASE), defaulting to the local test server.
func testConfig() neo4j.Config {
	return neo4j.Config{
		URI:            envOr("NEO4J_URI", neo4j.DefaultURI),
		User:           os.Getenv("NEO4J_USER"),
		Password:       os.Getenv("NEO4J_PASSWORD"),
		Database:       envOr("NEO4J_DATABASE", neo4j.DefaultDatabase),
		ConnectTimeout: 5 * time.Second,
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// openStore connects to the test server with an empty database and the
// schema in place. With no server it fails when KG_REQUIRE_NEO4J=1 or
// CI=true (the test script and CI set them) and skips otherwise; either way
// the message says how to start one.
func openStore(t testing.TB, c neo4j.Config) *neo4j.Store {
	t.Helper()
	ctx := context.Background()
	s, err := neo4j.Open(ctx, c)
	if err != nil {
		msg := fmt.Sprintf("no Neo4j at %s: %v\nstart one with `bash scripts/neo4j.sh start` and export NEO4J_URI (or run `bash scripts/test.sh`)", c.URI, err)
		if os.Getenv("KG_REQUIRE_NEO4J") == "1" || os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	if err := s.Wipe(ctx); err != nil {
		t.Fatalf("wipe: %v", err)
	}
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatalf("ensure schema: %v", err)
	}
	return s
}

// snapshot is everything a store holds, in a comparable form.
type snapshot struct {
	Stats     *kg.Stats
	Documents []*kg.Document
	Entities  []*kg.Entity
	Relations []*kg.Relation
}

// takeSnapshot pages through the whole store.
func takeSnapshot(t testing.TB, s kg.Store) *snapshot {
	t.Helper()
	ctx := context.Background()
	st, err := s.Stats(ctx, 5)
	if err != nil {
		t.Fatalf("stats: %v", err)
	}
	sn := &snapshot{Stats: st}
	for after := ""; ; {
		p, err := s.Documents(ctx, kg.Page{First: kg.CapPageSize, After: after})
		if err != nil {
			t.Fatalf("documents: %v", err)
		}
		sn.Documents = append(sn.Documents, p.Documents...)
		if !p.HasNext {
			break
		}
		after = p.Documents[len(p.Documents)-1].ID
	}
	for after := ""; ; {
		p, err := s.Entities(ctx, kg.EntityFilter{Page: kg.Page{First: kg.CapPageSize, After: after}})
		if err != nil {
			t.Fatalf("entities: %v", err)
		}
		sn.Entities = append(sn.Entities, p.Entities...)
		if !p.HasNext {
			break
		}
		after = p.Entities[len(p.Entities)-1].ID
	}
	for after := ""; ; {
		p, err := s.Relations(ctx, kg.RelationFilter{Page: kg.Page{First: kg.CapPageSize, After: after}})
		if err != nil {
			t.Fatalf("relations: %v", err)
		}
		sn.Relations = append(sn.Relations, p.Relations...)
		if !p.HasNext {
			break
		}
		after = p.Relations[len(p.Relations)-1].ID
	}
	return sn
}

// digest is a short hash of a snapshot, for comparing large stores.
func (sn *snapshot) digest(t testing.TB) string {
	b, err := json.Marshal(sn)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:8])
}

// firstDifference names where two snapshots first differ, so that a
// failure can be read: the JSON of both around the first differing byte.
func firstDifference(t testing.TB, a, b *snapshot) string {
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for i < len(ja) && i < len(jb) && ja[i] == jb[i] {
		i++
	}
	lo := max(0, i-200)
	return fmt.Sprintf("first load …%s… second load …%s…", ja[lo:min(len(ja), i+200)], jb[lo:min(len(jb), i+200)])
}

func (sn *snapshot) counts() string {
	return fmt.Sprintf("documents=%d entities=%d relations=%d evidence=%d", len(sn.Documents), len(sn.Entities), len(sn.Relations), sn.Stats.Evidence)
}

func load(t testing.TB, s kg.Store, g *kg.Graph) kg.LoadStats {
	t.Helper()
	st, err := s.Load(context.Background(), g)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return st
}

func TestLoadTwiceLeavesStoreUnchanged(t *testing.T) {
	tests := []struct {
		name  string
		graph func() *kg.Graph
		batch int
	}{
		{"pingxiang one transaction", storetest.Pingxiang, 0},
		{"both documents one transaction", storetest.Both, 0},
		{"both documents small batches", storetest.Both, 10},
		{"synthetic small batches", func() *kg.Graph { return syntheticGraph(20, 150, 0) }, 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testConfig()
			c.BatchSize = tt.batch
			s := openStore(t, c)
			g := tt.graph()
			st1 := load(t, s, g)
			first := takeSnapshot(t, s)
			st2 := load(t, s, g)
			second := takeSnapshot(t, s)
			if st1 != st2 {
				t.Errorf("load stats differ: %+v then %+v", st1, st2)
			}
			if first.counts() != second.counts() {
				t.Errorf("counts after one load: %s; after two: %s", first.counts(), second.counts())
			}
			if d1, d2 := first.digest(t), second.digest(t); d1 != d2 {
				t.Errorf("store content differs after a second load (digest %s vs %s): %s", d1, d2, firstDifference(t, first, second))
			}
			checkStoredDegrees(t, c, "after two loads")
			if len(first.Relations) != st1.Relations {
				t.Errorf("store holds %d relations, load reported %d", len(first.Relations), st1.Relations)
			}
		})
	}
}

func TestFixtureCounts(t *testing.T) {
	tests := []struct {
		name                                string
		graph                               func() *kg.Graph
		docs, entities, relations, evidence int
		// stored is the number of entities kept: 上海市 has neither a
		// mention nor a relation in the 江西 plan alone, so it goes.
		stored int
	}{
		{"pingxiang", storetest.Pingxiang, 1, 29, 35, 16, 29},
		{"jiangxi", storetest.Jiangxi, 1, 31, 39, 19, 30},
		{"both", storetest.Both, 2, 35, 53, 35, 35},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openStore(t, testConfig())
			st := load(t, s, tt.graph())
			want := kg.LoadStats{Documents: tt.docs, Entities: tt.entities, Relations: tt.relations, Evidence: tt.evidence}
			if st != want {
				t.Errorf("load stats = %+v, want %+v", st, want)
			}
			sn := takeSnapshot(t, s)
			if got := fmt.Sprintf("%d %d %d %d", len(sn.Documents), len(sn.Entities), len(sn.Relations), sn.Stats.Evidence); got !=
				fmt.Sprintf("%d %d %d %d", tt.docs, tt.stored, tt.relations, tt.evidence) {
				t.Errorf("store holds %s", sn.counts())
			}
		})
	}
}

func TestReloadChangedDocument(t *testing.T) {
	ctx := context.Background()
	c := testConfig()
	s := openStore(t, c)
	load(t, s, storetest.Both())
	checkStoredDegrees(t, c, "after both documents")
	load(t, s, storetest.PingxiangV2())
	checkStoredDegrees(t, c, "after the changed document")

	gone := []struct{ name, id string }{
		{"沪昆高铁 CONNECTS 上海市", storetest.R(kg.Connects, storetest.IDHukunRail, storetest.IDShanghai)},
		{"芦溪县 LINKS_WITH 醴陵市", storetest.R(kg.LinksWith, storetest.IDLuxi, storetest.IDLiling)},
	}
	for _, g := range gone {
		if _, err := s.Relation(ctx, g.id); kg.ErrorCode(err) != kg.ENOTFOUND {
			t.Errorf("%s: err = %v, want NOT_FOUND after the new version dropped it", g.name, err)
		}
	}
	for _, id := range []string{storetest.IDHukunRail, storetest.IDShanghai} {
		if _, err := s.Entity(ctx, id); kg.ErrorCode(err) != kg.ENOTFOUND {
			t.Errorf("entity %s: err = %v, want NOT_FOUND (no mention, no relation left)", id, err)
		}
	}
	// Other documents' evidence stays.
	r, err := s.Relation(ctx, storetest.R(kg.CoBuilds, storetest.IDShangli, storetest.IDFireworks))
	if err != nil {
		t.Fatalf("上栗县 CO_BUILDS 集中区: %v", err)
	}
	if len(r.Evidence) != 1 || r.Evidence[0].Document != storetest.DocJiangxi {
		t.Errorf("上栗县 CO_BUILDS 集中区 evidence = %+v, want only the 江西 plan's", r.Evidence)
	}
	r, err = s.Relation(ctx, storetest.R(kg.DocksWith, storetest.IDPingxiang, storetest.IDGBA))
	if err != nil {
		t.Fatalf("萍乡市 DOCKS_WITH 大湾区: %v", err)
	}
	if len(r.Evidence) != 1 || r.Evidence[0].Sentence != 3 {
		t.Errorf("萍乡市 DOCKS_WITH 大湾区 evidence = %+v, want sentence 3 only", r.Evidence)
	}
	if _, err := s.Relation(ctx, storetest.R(kg.IntegratesInto, storetest.IDPingxiang, storetest.IDCZT)); err != nil {
		t.Errorf("new relation 萍乡市 INTEGRATES_INTO 长株潭: %v", err)
	}
	// Gazetteer relations never go.
	if _, err := s.Relation(ctx, storetest.R(kg.PartOf, storetest.IDLuxi, storetest.IDPingxiang)); err != nil {
		t.Errorf("PART_OF without evidence: %v", err)
	}
	e, err := s.Entity(ctx, storetest.IDBaihetan)
	if err != nil {
		t.Fatal(err)
	}
	want := []kg.Milestone{
		{Year: 2022, Event: "开工", Document: storetest.DocJiangxi, Sentence: 7},
		{Year: 2025, Event: "建成", Document: storetest.DocJiangxi, Sentence: 8},
		{Year: 2025, Event: "建成", Document: storetest.DocPingxiang, Sentence: 11},
	}
	if !slices.Equal(e.Milestones, want) {
		t.Errorf("白鹤滩 milestones = %+v, want %+v", e.Milestones, want)
	}
	px, err := s.Entity(ctx, storetest.IDPingxiang)
	if err != nil {
		t.Fatal(err)
	}
	if px.MentionsByDocument[storetest.DocPingxiang] != 10 || px.MentionsByDocument[storetest.DocJiangxi] != 3 || px.Mentions != 13 {
		t.Errorf("萍乡市 mentions = %d %v, want 13 {pingxiang: 10, jiangxi: 3}", px.Mentions, px.MentionsByDocument)
	}
	d, err := s.Document(ctx, storetest.DocPingxiang)
	if err != nil {
		t.Fatal(err)
	}
	if d.Chars != 1400 {
		t.Errorf("document chars = %d, want the new version's 1400", d.Chars)
	}

	// Loading the new version again changes nothing.
	before := takeSnapshot(t, s)
	load(t, s, storetest.PingxiangV2())
	if after := takeSnapshot(t, s); before.digest(t) != after.digest(t) {
		t.Errorf("second load of the new version changed the store: %s -> %s", before.counts(), after.counts())
	}
}

// Strings that would break a query built by concatenation.
var injections = []string{
	`"}) DETACH DELETE n //`,
	`'}) MATCH (n) DETACH DELETE n //`,
	"`) DETACH DELETE n //",
	"x` DETACH DELETE n //",
	`\"; MATCH (n) DETACH DELETE n`,
	`$id} ) DETACH DELETE n RETURN 1 //`,
	"line\nbreak } ] ) ; --",
	`{id: "x"}`,
}

func TestCypherInjectionRoundTrips(t *testing.T) {
	ctx := context.Background()
	for i, bad := range injections {
		t.Run(fmt.Sprintf("string %d", i), func(t *testing.T) {
			s := openStore(t, testConfig())
			load(t, s, storetest.Pingxiang())
			before := takeSnapshot(t, s)

			doc := kg.Document{ID: "doc:" + bad, Source: bad, Title: bad, Issuer: bad, Script: "simplified", Encoding: "utf-8", Hash: bad}
			a := kg.Entity{ID: kg.EntityID(kg.Park, bad), Type: kg.Park, Name: bad, Pinyin: bad,
				Aliases: []string{bad, bad + "'", "`" + bad + "`"}, Mentions: 2, MentionsByDocument: map[string]int{doc.ID: 2},
				Milestones: []kg.Milestone{{Year: 2025, Event: bad, Document: doc.ID, Sentence: 1}}}
			b := kg.Entity{ID: kg.EntityID(kg.Project, bad+"2"), Type: kg.Project, Name: bad + "2", Aliases: []string{}}
			rel := kg.Relation{ID: kg.RelationID(kg.CoBuilds, a.ID, b.ID), Type: kg.CoBuilds, From: a.ID, To: b.ID,
				Evidence: []kg.Evidence{{Document: doc.ID, Sentence: 1, Start: 0, End: 5, Trigger: bad, Text: bad}}}
			g := &kg.Graph{Documents: []kg.Document{doc}, Entities: []kg.Entity{a, b}, Relations: []kg.Relation{rel}}
			load(t, s, g)

			gotA, err := s.Entity(ctx, a.ID)
			if err != nil {
				t.Fatalf("entity: %v", err)
			}
			wantAliases := []string{"`" + bad + "`", bad + "'"}
			slices.Sort(wantAliases)
			if gotA.Name != bad || gotA.Pinyin != bad || !slices.Equal(gotA.Aliases, wantAliases) ||
				gotA.Milestones[0].Event != bad || gotA.MentionsByDocument[doc.ID] != 2 {
				t.Errorf("entity came back as %+v", gotA)
			}
			gotR, err := s.Relation(ctx, rel.ID)
			if err != nil {
				t.Fatalf("relation: %v", err)
			}
			if gotR.Evidence[0] != rel.Evidence[0] {
				t.Errorf("evidence came back as %+v, want %+v", gotR.Evidence[0], rel.Evidence[0])
			}
			gotD, err := s.Document(ctx, doc.ID)
			if err != nil {
				t.Fatalf("document: %v", err)
			}
			if *gotD != doc {
				t.Errorf("document came back as %+v, want %+v", gotD, doc)
			}
			// Reads with hostile arguments find nothing and harm nothing.
			if _, err := s.Search(ctx, kg.SearchQuery{Text: bad}); err != nil {
				t.Errorf("search: %v", err)
			}
			if _, err := s.Entity(ctx, bad); kg.ErrorCode(err) != kg.ENOTFOUND {
				t.Errorf("entity %q: err = %v, want NOT_FOUND", bad, err)
			}
			if _, err := s.Entities(ctx, kg.EntityFilter{Name: bad}); err != nil {
				t.Errorf("entities by name: %v", err)
			}
			if _, err := s.Relations(ctx, kg.RelationFilter{Entity: bad}); kg.ErrorCode(err) != kg.ENOTFOUND {
				t.Errorf("relations of %q: err = %v, want NOT_FOUND", bad, err)
			}
			if _, err := s.Relations(ctx, kg.RelationFilter{Types: []kg.RelationType{kg.RelationType(bad)}}); kg.ErrorCode(err) != kg.EINVALID {
				t.Errorf("relation type %q: err = %v, want INVALID_ARGUMENT", bad, err)
			}
			if _, err := s.Neighbourhood(ctx, kg.NeighbourhoodQuery{Seeds: []string{a.ID}, Hops: 2}); err != nil {
				t.Errorf("neighbourhood: %v", err)
			}

			// Removing the document again restores the fixture exactly.
			after := takeSnapshot(t, s)
			if len(after.Entities) != len(before.Entities)+2 || len(after.Relations) != len(before.Relations)+1 {
				t.Errorf("after the hostile load: %s, before: %s", after.counts(), before.counts())
			}
			empty := &kg.Graph{Documents: []kg.Document{doc}}
			load(t, s, empty)
			final := takeSnapshot(t, s)
			final.Documents = slices.DeleteFunc(final.Documents, func(d *kg.Document) bool { return d.ID == doc.ID })
			final.Stats.Documents--
			if before.digest(t) != final.digest(t) {
				t.Errorf("store differs from before the hostile load: %s vs %s", final.counts(), before.counts())
			}
		})
	}
}

func TestOpenUnreachable(t *testing.T) {
	_, err := neo4j.Open(context.Background(), neo4j.Config{URI: "bolt://127.0.0.1:1", ConnectTimeout: 2 * time.Second})
	if kg.ErrorCode(err) != kg.EUNAVAILABLE {
		t.Fatalf("err = %v, want code UNAVAILABLE", err)
	}
	if msg := kg.ErrorMessage(err); !contains(msg, "scripts/neo4j.sh start") || !contains(msg, "NEO4J_URI") {
		t.Errorf("message %q does not say how to start the server", msg)
	}
}

func contains(s, sub string) bool {
	return len(sub) == 0 || (len(s) >= len(sub) && indexOf(s, sub) >= 0)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestConformance(t *testing.T) {
	c := testConfig()
	openStore(t, c) // skip or fail early when there is no server
	storetest.Run(t, func(t *testing.T) kg.Store { return openStore(t, c) })
}

// checkStoredDegrees fails the test when an entity's stored degree (the
// property neighbourhood truncation ranks by, kept by Load and written by
// the bulk files) differs from the number of relations touching it,
// counted.
func checkStoredDegrees(t testing.TB, c neo4j.Config, what string) {
	t.Helper()
	ctx := context.Background()
	d := openDriver(t, c)
	res, err := driver.ExecuteQuery(ctx, d, `MATCH (e:Entity)
WITH e, e.degree AS stored, COUNT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT r } AS counted
RETURN count(e) AS n, collect(CASE WHEN stored IS NULL OR stored <> counted THEN [e.id, stored, counted] END)[..5] AS wrong`,
		nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(c.Database))
	if err != nil {
		t.Fatal(err)
	}
	n, _ := res.Records[0].Get("n")
	wrong, _ := res.Records[0].Get("wrong")
	if l, _ := wrong.([]any); len(l) > 0 {
		t.Errorf("%s: stored degrees differ from the counted ones ([id, stored, counted]): %v", what, l)
	}
	if n.(int64) == 0 {
		t.Errorf("%s: no entities", what)
	}
}

// TestEnsureSchemaBackfillsDegree checks that a store written before the
// loaders kept the degree gets one for every entity from EnsureSchema.
func TestEnsureSchemaBackfillsDegree(t *testing.T) {
	ctx := context.Background()
	c := testConfig()
	s := openStore(t, c)
	load(t, s, storetest.Both())
	d := openDriver(t, c)
	if _, err := driver.ExecuteQuery(ctx, d, "MATCH (e:Entity) REMOVE e.degree", nil, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(c.Database)); err != nil {
		t.Fatal(err)
	}
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	checkStoredDegrees(t, c, "after EnsureSchema on a store without degrees")
}

// openDriver opens a driver to the test server for a helper that reads the
// store directly, closed when the test ends.
func openDriver(t testing.TB, c neo4j.Config) driver.DriverWithContext {
	t.Helper()
	d, err := driver.NewDriverWithContext(c.URI, driver.NoAuth())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close(context.Background()) })
	return d
}
