import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ListeningServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting, destroys every open socket (kept-alive or hanging) and resolves once closed. */
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 with an OS-assigned port and tracks sockets, because `server.close()` alone
 * waits for kept-alive and deliberately hanging connections and would stall a test's teardown.
 */
export async function listen(server: Server): Promise<ListeningServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

/**
 * A port that was free a moment ago. Only for programs that cannot take port 0 themselves
 * (redis-server); another process could take it in between, so callers should retry on EADDRINUSE.
 */
export async function freePort(): Promise<number> {
  const probe = await listen(createServer());
  await probe.close();
  return probe.port;
}
