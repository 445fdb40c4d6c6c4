// Package storetest is the conformance suite every kg.Store adapter must
// pass. An adapter's test calls
//
//	storetest.Run(t, func(t *testing.T) kg.Store { ... a fresh, EMPTY store ... })
//
// open is called once per group of subtests; it must return an empty store
// (wipe the database) and register its own cleanup with t.Cleanup. The suite
// never calls Close and never runs subtests in parallel, so one database can
// serve every call.
//
// The suite is the contract. Beyond the doc comments of kg.Store it pins the
// following semantics, which every adapter follows.
//
// # Ordering and ids
//
// Every id order is plain byte order of the UTF-8 strings (Go's < on
// strings, Cypher's ORDER BY on strings). Lists "ordered by id" and the
// Nodes and Edges of every Subgraph are sorted that way and hold no
// duplicates. Page.After is a keyset cursor: a page holds the items with id
// strictly greater than After, which need not be an existing id. Total
// counts every item matching the filter, whatever the page; HasNext says
// whether an item matching the filter follows the page's last item.
//
// # Limits
//
// Defaults and caps are the constants in package kg (kg.DefaultPageSize,
// kg.CapPageSize ...): zero means the default, negative is EINVALID, a count
// above its cap is lowered to the cap, a depth (Hops, MaxHops, Depth) above
// its cap is EINVALID. Unknown entity types or relation types in a query,
// an unknown Direction, and an empty required id are EINVALID; an unknown id
// anywhere in a query (seed, filter's Within, Entity or Document, path
// ends, cooperation sides, dependency root) is ENOTFOUND. Batch lookups
// (EntitiesByID, DocumentsByID) return nil for unknown ids instead.
//
// # Load
//
//   - Validation, before anything is written: g must not be nil; documents,
//     entities and relations need non-empty ids; a document id may appear
//     only once in g; entity and relation types must be valid; an entity id
//     keeps its type (in g and against the store); a relation's id must be
//     kg.RelationID(Type, From, To); its ends must be entities of g or of the
//     store; evidence, MentionsByDocument keys and non-empty
//     Milestone.Document must name a document of g; mention counts are not
//     negative; an entity's Mentions is 0 or the sum of its
//     MentionsByDocument; evidence has 0 <= Start <= End. Any violation is
//     EINVALID with a message naming the offending id, and the store is left
//     unchanged. A cancelled context leaves the store unchanged too.
//   - Records the ontology forbids are skipped, and the rest of g is loaded
//     (kg.CheckOntology): LOCATED_IN from a region or a region group, and a
//     PART_OF that would close a cycle with the stored PART_OF edges and
//     those of g before it (a self-loop included). Load then returns the
//     stats of what it loaded and a *kg.SkippedError (code EINVALID) whose
//     messages name each skipped relation by id, type and ends.
//   - Entries with the same id within g are merged as if loaded one after
//     the other: for an entity, a later entry's MentionsByDocument count for
//     a document replaces an earlier entry's (as kg.Merge does); a
//     relation's evidence from all entries is united.
//   - Merging an entity: MentionsByDocument loses every document of g and
//     gains g's counts (zero counts are dropped); Mentions is the sum of
//     MentionsByDocument. Aliases are the union of all aliases ever loaded,
//     sorted, without the Name, duplicates removed. Name, Code, Parent and
//     Pinyin: the last non-empty value wins. Milestones lose those whose
//     Document is a document of g, gain g's, are deduplicated and sorted by
//     (Year, Event, Document, Sentence).
//   - Merging a relation: Evidence loses every piece from a document of g
//     and gains g's, deduplicated (all fields equal) and sorted by
//     (Document, Start, End, Trigger, Sentence, Text).
//   - A relation is permanent once any Load holds an entry for it with no
//     evidence (the gazetteer's PART_OF, a park registry ...). After the
//     merge, relations that are not permanent and have no evidence are
//     deleted; then every entity with Mentions 0 and no relation is deleted,
//     wherever it came from. Documents are never deleted; a document of g
//     replaces the stored one with the same id.
//   - LoadStats counts g itself after merging its duplicate entries:
//     distinct documents, entities and relations, and pieces of evidence.
//   - Empty slices and maps may be returned as nil or empty; the suite
//     treats both alike.
//
// # Entities
//
// EntityFilter.Within is any entity id: the result holds that entity, every
// region (province, city, county) with a chain of PART_OF edges into it
// whose every step starts at a region (the region hierarchy), and every
// entity that is not a region or a group with a LOCATED_IN edge into one of
// those. So a province holds its cities, counties and the parks located in
// them; a region group holds its member regions (member PART_OF group) and
// what is within them. Nothing is within a thing, and no group or thing is
// reached through PART_OF, nor anything through a LOCATED_IN from an area. Document keeps entities whose
// MentionsByDocument has the document. Name keeps entities whose Name or an
// alias contains it. All filters combine with AND.
//
// # Search
//
// Text is matched against Name, every alias and Pinyin. Each entity scores
// kg.ScoreEntity: the best of the kg.Score* classes (exact beats prefix
// beats substring; within each, name beats alias beats pinyin), plus for
// prefix and substring matches a coverage part below 0.1, so that within a
// class the match covering more of its field ranks first. Entities
// matching nothing are left out. Hits are ordered by score descending,
// then entity id. The suite compares score classes (kg.ScoreClass) and
// order. Empty Text is EINVALID.
//
// # Neighbourhood
//
// The node set is found by breadth-first search from the seeds (distance 0)
// following edges that pass RelationTypes and Document (an edge passes
// Document when it has evidence from it) in Direction (OUT: from -> to, IN:
// to -> from, BOTH: either), entering only nodes whose type passes
// EntityTypes (seeds are always kept), up to Hops edges. If more than
// MaxNodes nodes are reachable, the first MaxNodes nodes in the order
// (distance ascending, degree descending, id ascending) are kept and
// Truncated is set, where the degree is the node's weight in the whole
// store: the number of relations touching it, of any type, a self-loop once
// (Stats' degree); more seeds than MaxNodes is
// EINVALID. The edges are then every edge passing RelationTypes and Document
// with both ends among the nodes, whatever its direction (the induced
// subgraph). Hops 0 means kg.DefaultHops. Repeated seeds count once; every
// seed must exist.
//
// # ShortestPaths
//
// Edges passing RelationTypes are followed in either direction; parallel
// edges give distinct paths. Paths are ordered by comparing them step by
// step: at step i first the id of Nodes[i+1], then the id of Edges[i]. The
// single path (All unset) is the first in that order; All gives the first
// MaxPaths of them (MaxPaths is checked but otherwise ignored without All);
// no two are equal. From == To gives one path with one node and no edges.
// No path within MaxHops gives an empty, non-nil slice.
//
// # Cooperation
//
// Side A is Within(A) and side B is Within(B) as for EntityFilter.Within;
// the sides may overlap (a park located in regions of both). A linking edge
// is an edge of an allowed type from a node of one side to a node of the
// other. Subgraph holds the linking edges (ordered by id, the first MaxEdges
// of them) and their end nodes. CoBuilt lists, ordered by the thing's id,
// every thing with a CO_BUILDS edge from a node of A and one from a node of
// B; Builders are its CO_BUILDS edges from nodes of either side, ordered by
// id. CoBuilt is empty when CO_BUILDS is not an allowed type, and holds at
// most MaxEdges things. Truncated is set when either list was cut. A == B is
// EINVALID, and so are nested sides (B within A or A within B: a city and
// its province, a member and its group, a park and its city), with a
// message (kg.NestedSides) saying which side is within which.
//
// # Dependencies
//
// DependsOn is the Neighbourhood of Root with Direction OUT, Hops Depth,
// the query's relation types (default kg.DefaultDependencyTypes) and
// MaxNodes; Dependents is the same with Direction IN. Both hold Root. Only
// the dependency relations (RELIES_ON, INCLUDED_IN) are followed: any other
// type in the query is EINVALID (kg.CheckDependencyTypes). Depth
// 0 means kg.DefaultDepth.
//
// # Stats
//
// EntitiesByType and RelationsByType have a key for every type of the
// ontology, zero included. Evidence counts every piece of evidence of every
// relation. A relation's degree contribution is one to each end (once for a
// self-loop). MostConnected holds the top entities by degree descending,
// then id; top 0 means kg.DefaultTop.
//
// # Errors and contexts
//
// Errors meant for users are *kg.Error (check them with kg.ErrorCode);
// messages of EINVALID errors from Load name the offending id. A cancelled
// context makes every method return an error of any code and no result
// (inmem uses ETIMEOUT and also wraps the context's error).
//
// # Fixtures
//
// Pingxiang, Jiangxi, PingxiangV2 and Both are small graphs built from the
// ontology's examples; their doc comments give the counts a store holds
// after loading them, and the ID* constants name their entities. Other
// packages may use them in their own tests.
package storetest
