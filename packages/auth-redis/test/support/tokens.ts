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
