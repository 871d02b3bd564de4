/**
 * The few commands the store sends. A structural type, so any node-redis 5 client (with or
 * without modules, RESP2 or RESP3) fits without fighting its generics.
 */
export interface RedisClientLike {
  /** node-redis queues commands while reconnecting; the store checks this to fall back at once. */
  readonly isReady: boolean;
  get(key: string): Promise<unknown>;
  set(
    key: string,
    value: string,
    options: { expiration: { type: "PX"; value: number }; condition?: "NX" },
  ): Promise<unknown>;
  del(key: string): Promise<unknown>;
  /** Probes a Redis marked down: it answers only after every command queued before it. */
  ping(): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  evalSha(sha1: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

export interface OwnedClient {
  readonly client: RedisClientLike;
  close(): Promise<void>;
}

/**
 * Creates and connects a client for `url`, waiting at most `connectWaitMs`: a fleet that starts
 * at once must take the shared lock from its first token request, yet a token request must not
 * hang on a Redis that is down. Past the wait node-redis keeps retrying in the background and
 * the store treats "not ready yet" like an outage.
 */
export async function createOwnedClient(
  url: string,
  connectWaitMs: number,
  onError: (error: unknown) => void,
): Promise<OwnedClient> {
  const { createClient } = await import("redis");
  const client = createClient({
    url,
    socket: {
      // The default strategy gives up after a socket timeout; a token cache should keep trying.
      reconnectStrategy: (retries) => Math.min(2 ** retries * 50, 2000) + Math.floor(Math.random() * 200),
    },
  });
  // Without a listener, node-redis' "error" event would crash the process during an outage.
  client.on("error", onError);
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    client.connect().catch(onError),
    new Promise((resolve) => {
      timer = setTimeout(resolve, connectWaitMs);
    }),
  ]);
  clearTimeout(timer);
  return {
    client,
    async close() {
      if (client.isReady) await client.close();
      else client.destroy();
    },
  };
}
