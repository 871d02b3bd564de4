import type { TokenSet } from "@cloud-sdks/auth";
import type { RedisGateway } from "./redis-gateway.js";
import { runScript, SET_TOKENS_UNLESS_NEWER_SCRIPT } from "./scripts.js";
import { parseTokenSet, serializeTokenSet } from "./serialize.js";

export type WriteOutcome =
  | { readonly kind: "written" }
  /** Redis holds a token obtained later; `tokens` is undefined if that entry is not a TokenSet. */
  | { readonly kind: "newer"; readonly tokens: TokenSet | undefined }
  | { readonly kind: "unavailable" };

export async function writeTokensUnlessNewer(
  gateway: RedisGateway,
  redisKey: string,
  tokens: TokenSet,
  ttlMs: number,
): Promise<WriteOutcome> {
  const result = await gateway.run("set", (client) =>
    runScript(
      client,
      SET_TOKENS_UNLESS_NEWER_SCRIPT,
      [redisKey],
      [serializeTokenSet(tokens), String(tokens.obtainedAt), String(Math.max(1, Math.ceil(ttlMs)))],
    ),
  );
  if (!result.ok) return { kind: "unavailable" };
  if (typeof result.value === "string") return { kind: "newer", tokens: parseTokenSet(result.value) };
  return { kind: "written" };
}
