/** Tokens the mock issued, with their expiry on the injected clock. */
interface Issued {
  readonly expiresAt: number;
  expired: boolean;
}

export type TokenStatus = "valid" | "expired" | "unknown";

export interface IssuedToken {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  readonly body: Record<string, unknown>;
}

function base64url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomPart(): string {
  return crypto.randomUUID().replace(/-/g, "");
}

/**
 * Issues access (and refresh) tokens shaped like the spec's token response example: the example's
 * fields and real lifetime (`expires_in`), fresh token strings (a JWT when the example is one),
 * `.issued`/`.expires` dates when the example has them. Expiry follows `now()` or is forced.
 */
export class TokenLedger {
  private readonly access = new Map<string, Issued>();
  private readonly refresh = new Map<string, Issued>();
  private counter = 0;

  constructor(
    private readonly now: () => number,
    private readonly refreshLifetimeSeconds: number | undefined,
  ) {}

  issue(example: Record<string, unknown>, lifetimeOverride: number | undefined): IssuedToken {
    this.counter += 1;
    const issuedAt = this.now();
    const lifetime = lifetimeOverride ?? (typeof example["expires_in"] === "number" ? example["expires_in"] : 3600);
    const accessToken = this.accessTokenLike(example["access_token"], issuedAt, lifetime);
    const body: Record<string, unknown> = { ...example, access_token: accessToken };
    if ("expires_in" in example || lifetimeOverride !== undefined) body["expires_in"] = lifetime;
    if (".issued" in example) body[".issued"] = new Date(issuedAt).toUTCString();
    if (".expires" in example) body[".expires"] = new Date(issuedAt + lifetime * 1000).toUTCString();
    this.access.set(accessToken, { expiresAt: issuedAt + lifetime * 1000, expired: false });
    let refreshToken: string | undefined;
    if (typeof example["refresh_token"] === "string") {
      refreshToken = `mock-refresh-${this.counter}-${randomPart()}`;
      body["refresh_token"] = refreshToken;
      const refreshLifetime = this.refreshLifetimeSeconds ?? Number.POSITIVE_INFINITY;
      this.refresh.set(refreshToken, { expiresAt: issuedAt + refreshLifetime * 1000, expired: false });
    }
    return { accessToken, refreshToken, body };
  }

  private accessTokenLike(example: unknown, issuedAt: number, lifetime: number): string {
    if (typeof example === "string" && /^[\w-]+\.[\w-]+\.[\w-]+$/.test(example)) {
      const seconds = Math.floor(issuedAt / 1000);
      const header = base64url(JSON.stringify({ alg: "none", typ: "JWT" }));
      const payload = base64url(JSON.stringify({ jti: randomPart(), iat: seconds, nbf: seconds, exp: seconds + lifetime }));
      return `${header}.${payload}.mock-signature-${this.counter}`;
    }
    return `mock-access-${this.counter}-${randomPart()}`;
  }

  accessStatus(token: string): TokenStatus {
    return this.statusOf(this.access.get(token));
  }

  refreshStatus(token: string): TokenStatus {
    return this.statusOf(this.refresh.get(token));
  }

  expireAccessTokens(): void {
    for (const entry of this.access.values()) entry.expired = true;
  }

  expireRefreshTokens(): void {
    for (const entry of this.refresh.values()) entry.expired = true;
  }

  get issuedCount(): number {
    return this.counter;
  }

  private statusOf(entry: Issued | undefined): TokenStatus {
    if (entry === undefined) return "unknown";
    return entry.expired || this.now() >= entry.expiresAt ? "expired" : "valid";
  }
}
