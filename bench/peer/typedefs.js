// Type definitions of the peer: the graph exactly as kg stores it in Neo4j
// (neo4j/load.go, docs/neo4j.md), in @neo4j/graphql 7's language. Every
// entity has the label Entity (and one of its type, not needed here); every
// relation is a relationship of its own type between two entities, with the
// properties id, ev_doc (evidence document ids) and ev (evidence as JSON).
// @neo4j/graphql has no field for "a relationship of any type", so each of
// the 13 relation types gets one field per direction: `coBuilds` follows
// CO_BUILDS out of the entity, `coBuildsIn` into it.

// The relation types of the ontology (kg.RelationTypes order).
export const relationTypes = [
  "CO_BUILDS", "DOCKS_WITH", "INCLUDED_IN", "INTEGRATES_INTO", "LINKS_WITH", "COOPERATES_WITH",
  "RELIES_ON", "ADJACENT_TO", "CONNECTS", "LOCATED_IN", "PART_OF", "LEADS", "RESPONSIBLE_FOR",
];

// fieldName turns CO_BUILDS into coBuilds (out) or coBuildsIn (in).
export function fieldName(type, dir) {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  return dir === "IN" ? camel + "In" : camel;
}

// The longest shortest path the @cypher field looks for. Cypher takes no
// parameter in a variable-length bound, and @neo4j/graphql passes field
// arguments only as parameters, so the bound is fixed in the type
// definitions: the benchmark asks kg for maxHops 4 too.
export const pathHops = 4;

const relFields = relationTypes
  .flatMap((t) => ["OUT", "IN"].map((d) =>
    `  ${fieldName(t, d)}: [Entity!]! @relationship(type: "${t}", direction: ${d}, properties: "Rel")`))
  .join("\n");

export const typeDefs = `
type Entity @node(labels: ["Entity"]) {
  id: ID!
  type: String!
  name: String!
  aliases: [String!]
  code: String
  parent: String
  pinyin: String
${relFields}
  mentionedIn: [Document!]! @relationship(type: "MENTIONED_IN", direction: OUT, properties: "Mention")
  """
  One shortest path to the entity with id \`to\`, either direction, any relation type, at most ${pathHops} edges:
  the ids of its nodes, then the ids of its edges. @neo4j/graphql cannot express a path, so this is Cypher.
  """
  shortestPath(to: ID!): [String!]
    @cypher(
      statement: """
      MATCH (b:Entity {id: $to})
      MATCH p = shortestPath((this)-[:${relationTypes.join("|")}*1..${pathHops}]-(b))
      RETURN [n IN nodes(p) | n.id] + [r IN relationships(p) | r.id] AS path
      """
      columnName: "path"
    )
}

type Rel @relationshipProperties {
  id: ID!
  ev_doc: [String!]
  ev: [String!]
}

type Mention @relationshipProperties {
  count: Int
}

type Document @node(labels: ["Document"]) {
  id: ID!
  title: String
  date: String
  issuer: String
}
`;
