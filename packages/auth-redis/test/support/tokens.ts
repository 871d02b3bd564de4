import type { TokenSet } from "@cloud-sdks/auth";

export function makeTokens(lifetimeMs: number, label = "a"): TokenSet {
  const now = Date.now();
  return {
    accessToken: `access-${label}-${crypto.randomUUID()}`,
    tokenType: "Bearer",
    obtainedAt: now,
    expiresAt: now + lifetimeMs,
    refreshToken: `refresh-${label}-${crypto.randomUUID()}`,
    scope: "read",
    extra: { userName: "someone" },
  };
}

export function recordingLogger() {
  const warnings: string[] = [];
  const debugs: string[] = [];
  return {
    warnings,
    debugs,
    logger: { warn: (message: string) => warnings.push(message), debug: (message: string) => debugs.push(message) },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A raw Redis entry as the TokenSet it holds, after checking it carries the server-clock `writtenAt` stamp. */
export function storedTokens(raw: string | null | undefined): unknown {
  if (raw === null || raw === undefined) return null;
  const { writtenAt, ...tokens } = JSON.parse(raw) as { writtenAt?: unknown };
  if (typeof writtenAt !== "number" || !Number.isSafeInteger(writtenAt)) throw new Error(`entry without a writtenAt stamp: ${raw.slice(0, 80)}`);
  return tokens;
}
