// One free-port probe for the tools' JavaScript (launcher, e2e stack, bench, chaos); TypeScript
// tests use the same probe from @ankomst/testing.
import net from 'node:net';

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now (for a private server).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      // Listening on a TCP host and port: the address is an AddressInfo, never a pipe name.
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}
