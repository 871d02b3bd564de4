import type { RedisClientLike } from "./client.js";

/** Deletes the lock only if we still own it: a late release must not free someone else's lock. */
export const RELEASE_LOCK_SCRIPT =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** Extends the lock only if we still own it, so a slow token request keeps its exclusivity. */
export const RENEW_LOCK_SCRIPT =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

/**
 * Writes a serialized TokenSet (ARGV[1], a JSON object) unless the entry changed since the writer
 * last saw it (ARGV[2]: the `writtenAt` it read, 0 for none), with ttl ARGV[3], as one step: a
 * write that lands late after a stall, or a second process pushing its outage token, cannot put
 * its token over one written meanwhile (with rotating refresh tokens that one may be the only
 * valid one). `writtenAt` is the Redis server's own clock in microseconds, strictly increasing
 * per key, so no client clock (a worker an hour ahead) can pin an entry; an entry without it
 * (older format, or not a TokenSet) is replaced. Returns the new `writtenAt`, else the entry
 * written meanwhile. The stamp is spliced in as text: cjson.encode keeps only 14 digits.
 */
export const SET_TOKENS_UNLESS_CHANGED_SCRIPT = `
local time = redis.call('time')
local stamp = tonumber(time[1]) * 1000000 + tonumber(time[2])
local stored = redis.call('get', KEYS[1])
if stored then
  local ok, decoded = pcall(cjson.decode, stored)
  if ok and type(decoded) == 'table' and type(decoded.writtenAt) == 'number' then
    if decoded.writtenAt > tonumber(ARGV[2]) then return stored end
    if decoded.writtenAt >= stamp then stamp = decoded.writtenAt + 1 end
  end
end
local entry = string.sub(ARGV[1], 1, -2) .. ',"writtenAt":' .. string.format('%.0f', stamp) .. '}'
redis.call('set', KEYS[1], entry, 'PX', ARGV[3])
return stamp`;

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
