import type { TokenSet } from "@cloud-sdks/auth";
import type { RedisGateway } from "./redis-gateway.js";
import { runScript, SET_TOKENS_UNLESS_CHANGED_SCRIPT } from "./scripts.js";
import { parseStoredEntry, serializeTokenSet, type StoredEntry } from "./serialize.js";

export type WriteOutcome =
  | { readonly kind: "written"; readonly writtenAt: number }
  /** Redis holds an entry written since `writtenAt`; `entry` is undefined if that is not a TokenSet. */
  | { readonly kind: "newer"; readonly entry: StoredEntry | undefined }
  | { readonly kind: "unavailable" };

/**
 * Longest PX sent: ten years, far beyond any refresh token. A provider's `expires_in: 1e16` would
 * otherwise make Redis refuse the write ("value is not an integer or out of range").
 */
export const MAX_TTL_MS = 10 * 365 * 24 * 60 * 60 * 1000;

/** A ttl Redis accepts for PX: a whole number of ms in [1, MAX_TTL_MS]; NaN counts as the cap. */
export function redisTtlMs(ttlMs: number): number {
  return Number.isNaN(ttlMs) ? MAX_TTL_MS : Math.min(MAX_TTL_MS, Math.max(1, Math.ceil(ttlMs)));
}

/** Writes `tokens` unless the entry changed since the writer saw the one stamped `seenWrittenAt`. */
export async function writeTokensUnlessChanged(
  gateway: RedisGateway,
  redisKey: string,
  tokens: TokenSet,
  ttlMs: number,
  seenWrittenAt: number,
): Promise<WriteOutcome> {
  const result = await gateway.run("set", (client) =>
    runScript(
      client,
      SET_TOKENS_UNLESS_CHANGED_SCRIPT,
      [redisKey],
      [serializeTokenSet(tokens), String(seenWrittenAt), String(redisTtlMs(ttlMs))],
    ),
  );
  if (!result.ok) return { kind: "unavailable" };
  if (typeof result.value === "string") return { kind: "newer", entry: parseStoredEntry(result.value) };
  return { kind: "written", writtenAt: Number(result.value) };
}
