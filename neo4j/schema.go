package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/cnplan/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schemaParts returns the statements of the plain and text indexes, those
// of the constraints, and the names of indexes of earlier versions to drop
// where they exist: the rel_id_* indexes, which would block the
// constraints, and the CJK full-text index entity_names, which no query
// reads since Search went to the TEXT indexes, and which was a quarter of
// the schema's cost after a bulk import (4-5 of 17-19 server CPU-seconds at
// 200,000 entities). Each statement creates the index or constraint named
// by schemaName.
func schemaParts() (indexes, constraints, drops []string) {
	indexes = []string{
		"CREATE INDEX entity_code IF NOT EXISTS FOR (e:Entity) ON (e.code)",
		"CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
		"CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (e:Entity) ON (e.name)",
		"CREATE TEXT INDEX entity_pinyin_text IF NOT EXISTS FOR (e:Entity) ON (e.pinyin)",
		"CREATE TEXT INDEX entity_alias_text IF NOT EXISTS FOR (e:Entity) ON (e.alias_text)",
		"CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
	}
	drops = []string{"entity_names"}
	constraints = []string{
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
		"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
	}
	// Region codes are unique among regions; the labels come from the
	// closed ontology set.
	for _, t := range kg.EntityTypes() {
		if t.IsRegion() {
			l := string(t)
			constraints = append(constraints, fmt.Sprintf("CREATE CONSTRAINT region_code_%s IF NOT EXISTS FOR (e:%s) REQUIRE e.code IS UNIQUE", l, l))
		}
	}
	// Relation ids are unique (the id encodes the type, so one constraint
	// per type makes them unique overall); the constraint's index finds a
	// relation by id alone. rel_id_* were plain indexes in earlier
	// versions and would block the constraints.
	for _, t := range kg.RelationTypes() {
		r := string(t)
		drops = append(drops, "rel_id_"+r)
		constraints = append(constraints, fmt.Sprintf("CREATE CONSTRAINT rel_id_unique_%s IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.id IS UNIQUE", r, r))
	}
	return indexes, constraints, drops
}

// schemaName is the name of the index or constraint a statement of
// schemaParts creates.
func schemaName(q string) string {
	f := strings.Fields(q)
	for i, w := range f {
		if (w == "INDEX" || w == "CONSTRAINT") && i+1 < len(f) {
			return f[i+1]
		}
	}
	return ""
}

// existingIndexesQuery lists the indexes that exist, those that back
// constraints included (a named constraint's index has its name).
const existingIndexesQuery = "SHOW INDEXES YIELD name RETURN collect(name) AS names"

// missingDegreeQuery tells whether some entity has no stored degree,
// stopping at the first.
const missingDegreeQuery = "RETURN EXISTS { MATCH (e:Entity) WHERE e.degree IS NULL } AS missing"

// backfillDegreeQuery sets the stored degree (see degreeDelta) of the
// entities that have none: those of a store written before the loaders
// kept it. A store that has them all pays one property read per entity.
// It must run in an auto-commit transaction (IN TRANSACTIONS).
const backfillDegreeQuery = `MATCH (e:Entity) WHERE e.degree IS NULL
CALL (e) { SET e.degree = COUNT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT r } } IN TRANSACTIONS OF 10000 ROWS`

// EnsureSchema creates the uniqueness constraints (entity id, document id,
// region code per region label, relation id per relationship type), the
// indexes (name, code, type, and TEXT indexes on name, pinyin and aliases
// for CONTAINS), then waits for them to come online, and gives entities
// without a stored degree theirs (backfillDegreeQuery). It is idempotent.
//
// It asks the server once which indexes exist (SHOW INDEXES) and sends only
// the statements of those missing, and the drops of those of earlier
// versions that exist: on a cold server every statement text costs its
// planning, and a database that has its schema (every normal kg load calls
// this) is answered by one statement instead of 40. Likewise the backfill
// runs only when an entity lacks its degree (a bulk import writes them).
//
// The indexes are created in one transaction, so that the server fills
// them in one pass over the entities, in the background, rather than in
// one pass each; the constraints follow one by one while the indexes
// fill (the server builds constraints one at a time whatever the number
// of sessions, so more sessions would not help). After a bulk import of a
// million relations the schema costs the server 13-16 CPU-seconds, about
// half of it JIT compilation on a cold server; plain relation-id indexes
// instead of the constraints cost the same (docs/benchmarks.md, Bulk load).
func (s *Store) EnsureSchema(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	exists := map[string]bool{}
	res, err := sess.Run(ctx, existingIndexesQuery, nil)
	if err == nil {
		var rec *neo4j.Record
		if rec, err = res.Single(ctx); err == nil {
			for _, n := range asStrings(val(rec, "names")) {
				exists[n] = true
			}
		}
	}
	if err != nil {
		return mapErr("ensure schema: "+existingIndexesQuery, err)
	}
	allIndexes, allConstraints, drops := schemaParts()
	var indexes, constraints []string
	for _, n := range drops {
		if exists[n] {
			indexes = append(indexes, "DROP INDEX "+n+" IF EXISTS")
		}
	}
	for _, q := range allIndexes {
		if !exists[schemaName(q)] {
			indexes = append(indexes, q)
		}
	}
	for _, q := range allConstraints {
		if !exists[schemaName(q)] {
			constraints = append(constraints, q)
		}
	}
	if len(indexes) > 0 {
		_, err = sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			for _, q := range indexes {
				res, err := tx.Run(ctx, q, nil)
				if err == nil {
					_, err = res.Consume(ctx)
				}
				if err != nil {
					return nil, fmt.Errorf("%s: %w", q, err)
				}
			}
			return nil, nil
		})
		if err != nil {
			return mapErr("ensure schema: indexes", err)
		}
	}
	for _, q := range append(constraints, "CALL db.awaitIndexes(300)") {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return mapErr("ensure schema: "+q, err)
		}
	}
	res, err = sess.Run(ctx, missingDegreeQuery, nil)
	missing := true
	if err == nil {
		var rec *neo4j.Record
		if rec, err = res.Single(ctx); err == nil {
			missing, _ = val(rec, "missing").(bool)
		}
	}
	if err == nil && missing {
		if res, err = sess.Run(ctx, backfillDegreeQuery, nil); err == nil {
			_, err = res.Consume(ctx)
		}
	}
	if err != nil {
		return mapErr("ensure schema: degrees", err)
	}
	return nil
}
