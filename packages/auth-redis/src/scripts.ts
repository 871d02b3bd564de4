import type { RedisClientLike } from "./client.js";

/** Deletes the lock only if we still own it: a late release must not free someone else's lock. */
export const RELEASE_LOCK_SCRIPT =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** Extends the lock only if we still own it, so a slow token request keeps its exclusivity. */
export const RENEW_LOCK_SCRIPT =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

/**
 * Writes a serialized TokenSet (ARGV[1], obtainedAt ARGV[2], ttl ARGV[3]) unless Redis holds a
 * newer one, as one step: a write that lands late after a stall, or two processes pushing their
 * outage tokens at once, cannot put an older token over a newer one. With rotating refresh
 * tokens the older one may already be spent. Returns 1 when written, else the newer entry.
 */
export const SET_TOKENS_UNLESS_NEWER_SCRIPT = `
local stored = redis.call('get', KEYS[1])
if stored then
  local ok, decoded = pcall(cjson.decode, stored)
  if ok and type(decoded) == 'table' and type(decoded.obtainedAt) == 'number'
      and decoded.obtainedAt > tonumber(ARGV[2]) then
    return stored
  end
end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[3])
return 1`;

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
