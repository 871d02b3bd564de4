import type { TokenSet } from "@cloud-sdks/auth";

/**
 * Copies only the TokenSet fields, so an object that carries more (a secret someone attached by
 * mistake) never reaches Redis.
 */
export function serializeTokenSet(tokens: TokenSet): string {
  const stored: Record<string, unknown> = {
    accessToken: tokens.accessToken,
    tokenType: tokens.tokenType,
    expiresAt: tokens.expiresAt,
    obtainedAt: tokens.obtainedAt,
    extra: tokens.extra,
  };
  if (tokens.refreshToken !== undefined) stored["refreshToken"] = tokens.refreshToken;
  if (tokens.refreshTokenExpiresAt !== undefined) stored["refreshTokenExpiresAt"] = tokens.refreshTokenExpiresAt;
  if (tokens.scope !== undefined) stored["scope"] = tokens.scope;
  return JSON.stringify(stored);
}

/** A TokenSet as Redis holds it, with the server-clock stamp of its write (0 if it has none). */
export interface StoredEntry {
  readonly tokens: TokenSet;
  readonly writtenAt: number;
}

/** The TokenSet and its `writtenAt` stamp, kept apart so the stamp never reaches the caller's TokenSet. */
export function parseStoredEntry(json: string): StoredEntry | undefined {
  const parsed = parseTokenSet(json);
  if (parsed === undefined) return undefined;
  const { writtenAt, ...tokens } = parsed as TokenSet & { writtenAt?: unknown };
  return { tokens, writtenAt: typeof writtenAt === "number" && Number.isFinite(writtenAt) ? writtenAt : 0 };
}

/** Returns undefined for anything that is not a TokenSet this package wrote: a miss, not a crash. */
export function parseTokenSet(json: string): TokenSet | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const extra = v["extra"];
  if (
    typeof v["accessToken"] !== "string" ||
    typeof v["tokenType"] !== "string" ||
    typeof v["expiresAt"] !== "number" ||
    typeof v["obtainedAt"] !== "number" ||
    typeof extra !== "object" ||
    extra === null ||
    !isOptional(v["refreshToken"], "string") ||
    !isOptional(v["refreshTokenExpiresAt"], "number") ||
    !isOptional(v["scope"], "string")
  ) {
    return undefined;
  }
  return value as TokenSet;
}

function isOptional(value: unknown, type: "string" | "number"): boolean {
  return value === undefined || typeof value === type;
}
