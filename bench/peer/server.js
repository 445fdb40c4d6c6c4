// The peer of kg's benchmark: @neo4j/graphql on Apollo Server, reading the
// same Neo4j database as kg. Run by bench/peer.sh:
//
//   node server.js [PORT]                              # Node's defaults: Nagle's algorithm on the driver's sockets
//   node --import ./nodelay.js server.js [PORT]        # TCP_NODELAY on every socket it opens (the fair peer)
//
// Environment: NEO4J_URI (default bolt://127.0.0.1:7697), NEO4J_USER and
// NEO4J_PASSWORD (none: no authentication), NEO4J_DATABASE (neo4j).
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { typeDefs } from "./typedefs.js";

const port = Number(process.argv[2] || process.env.PORT || 18402);
const uri = process.env.NEO4J_URI || "bolt://127.0.0.1:7697";
const auth = process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD || "") : undefined;
// The pool as large as the most concurrent clients of the benchmark, like kg's driver's default.
const driver = neo4j.driver(uri, auth, { maxConnectionPoolSize: 100, disableLosslessIntegers: true });
await driver.verifyConnectivity();

const schema = await new Neo4jGraphQL({
  typeDefs,
  driver,
  // Read-only use: no mutations or subscriptions are generated.
  features: {},
}).getSchema();

const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { port, host: "127.0.0.1" },
  context: async () => ({ sessionConfig: { database: process.env.NEO4J_DATABASE || "neo4j" } }),
});
console.log(`peer ready ${url} nodelay=${globalThis.__kgPeerNoDelay === true}`);

for (const sig of ["SIGTERM", "SIGINT"]) {
  process.on(sig, async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  });
}
