// Preload for the fair peer: `node --import ./nodelay.js server.js`.
//
// Node's neo4j-driver opens its Bolt sockets with Node's default, Nagle's
// algorithm on. A query is sent as small writes (RUN, then PULL), and the
// second waits for the server's delayed ACK of the first: about 40 ms per
// query on Linux. This sets TCP_NODELAY on every socket the process
// connects, before the driver writes anything, which removes that stall
// without changing the driver.
import net from "node:net";

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  this.setNoDelay(true);
  return connect.apply(this, args);
};
globalThis.__kgPeerNoDelay = true;
