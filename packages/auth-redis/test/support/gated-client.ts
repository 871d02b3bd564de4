import type { RedisClientLike } from "../../src/index.js";

/**
 * Wraps a real client so a test can decide when writes reach Redis (as a stalled connection or a
 * slow network would) and whether the client claims to be connected, to replay exact races.
 */
export function gatedClient(inner: RedisClientLike) {
  let ready = true;
  let gate: Promise<void> | undefined;
  let open = () => {};
  const held: Promise<unknown>[] = [];
  const write = <T>(send: () => Promise<T>): Promise<T> => {
    if (gate === undefined) return send();
    const sent = gate.then(send);
    held.push(sent.catch(() => {}));
    return sent;
  };
  const client: RedisClientLike = {
    get isReady() {
      return ready && inner.isReady;
    },
    get: (key) => inner.get(key),
    set: (key, value, options) => write(() => inner.set(key, value, options)),
    del: (key) => write(() => inner.del(key)),
    eval: (script, options) => write(() => inner.eval(script, options)),
    evalSha: (sha1, options) => write(() => inner.evalSha(sha1, options)),
    ping: () => inner.ping(),
  };
  return {
    client,
    setReady(value: boolean) {
      ready = value;
    },
    holdWrites() {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    /** Lets the held writes through and resolves once Redis has answered all of them. */
    async releaseWrites() {
      gate = undefined;
      open();
      await Promise.all(held.splice(0));
    },
  };
}
