package neo4j

import (
	"context"
	"fmt"

	"github.com/cnplan/kg"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// FulltextIndex is the name of the full-text index over entity names and
// aliases (analyzer 'cjk', which splits Chinese into bigrams).
const FulltextIndex = "entity_names"

// schemaStatements returns the constraints and indexes EnsureSchema
// creates, all IF NOT EXISTS so that running them again is harmless.
func schemaStatements() []string {
	st := []string{
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
		"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
		"CREATE INDEX entity_code IF NOT EXISTS FOR (e:Entity) ON (e.code)",
		"CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
		"CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (e:Entity) ON (e.name)",
		"CREATE TEXT INDEX entity_pinyin_text IF NOT EXISTS FOR (e:Entity) ON (e.pinyin)",
		"CREATE TEXT INDEX entity_alias_text IF NOT EXISTS FOR (e:Entity) ON (e.alias_text)",
		"CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)",
		"CREATE FULLTEXT INDEX " + FulltextIndex + " IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases] " +
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}}",
	}
	// Region codes are unique among regions; the labels come from the
	// closed ontology set.
	for _, t := range kg.EntityTypes() {
		if t.IsRegion() {
			l := string(t)
			st = append(st, fmt.Sprintf("CREATE CONSTRAINT region_code_%s IF NOT EXISTS FOR (e:%s) REQUIRE e.code IS UNIQUE", l, l))
		}
	}
	// Relation ids are unique (the id encodes the type, so one constraint
	// per type makes them unique overall); the constraint's index finds a
	// relation by id alone. rel_id_* were plain indexes in earlier
	// versions and would block the constraints.
	for _, t := range kg.RelationTypes() {
		r := string(t)
		st = append(st, fmt.Sprintf("DROP INDEX rel_id_%s IF EXISTS", r),
			fmt.Sprintf("CREATE CONSTRAINT rel_id_unique_%s IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.id IS UNIQUE", r, r))
	}
	return st
}

// EnsureSchema creates the uniqueness constraints (entity id, document id,
// region code per region label, relation id per relationship type), the
// indexes (name, code, type, and TEXT indexes on name, pinyin and aliases
// for CONTAINS) and the CJK full-text index over names and aliases,
// then waits for them to come online. It is idempotent.
func (s *Store) EnsureSchema(ctx context.Context) error {
	sess := s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	for _, q := range schemaStatements() {
		res, err := sess.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return mapErr("ensure schema: "+q, err)
		}
	}
	res, err := sess.Run(ctx, "CALL db.awaitIndexes(300)", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return mapErr("await indexes", err)
	}
	return nil
}
