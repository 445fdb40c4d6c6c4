// Install check of the peer (bench/peer.sh install-check): builds the
// peer's schema from its type definitions, without a database, and
// validates the given query files against it, so that a version bump that
// changes @neo4j/graphql's generated API fails here rather than mid-run.
//
//   node check.js queries/*.graphql
import fs from "node:fs";
import { parse, validate } from "graphql";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { typeDefs } from "./typedefs.js";

const schema = await new Neo4jGraphQL({ typeDefs }).getSchema();
let failed = 0;
for (const file of process.argv.slice(2)) {
  const errors = validate(schema, parse(fs.readFileSync(file, "utf8")));
  for (const e of errors) {
    console.error(`${file}: ${e.message}`);
    failed++;
  }
}
if (process.argv.length < 3) {
  console.error("check.js: no query files given");
  process.exit(2);
}
if (failed > 0) process.exit(1);
console.log(`check.js: ${process.argv.length - 2} queries valid against the peer's schema`);
