import type { RedisClientLike } from "./client.js";

/** Deletes the lock only if we still own it: a late release must not free someone else's lock. */
export const RELEASE_LOCK_SCRIPT =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** Extends the lock only if we still own it, so a slow token request keeps its exclusivity. */
export const RENEW_LOCK_SCRIPT =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

const sha1Cache = new Map<string, Promise<string>>();

function sha1Of(script: string): Promise<string> {
  let sha = sha1Cache.get(script);
  if (sha === undefined) {
    sha = crypto.subtle.digest("SHA-1", new TextEncoder().encode(script)).then((digest) =>
      Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join(""),
    );
    sha1Cache.set(script, sha);
  }
  return sha;
}

/** EVALSHA first (sends 40 bytes, not the script); EVAL once after a restart emptied the script cache. */
export async function runScript(
  client: RedisClientLike,
  script: string,
  keys: string[],
  args: string[],
): Promise<unknown> {
  const options = { keys, arguments: args };
  try {
    return await client.evalSha(await sha1Of(script), options);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("NOSCRIPT")) return client.eval(script, options);
    throw error;
  }
}
