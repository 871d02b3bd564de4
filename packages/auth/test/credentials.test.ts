import { describe, expect, it } from "vitest";
import { apiKeyPasswordGrant, clientCredentials, httpBasic, passwordGrant, refreshTokenGrant, staticBearer } from "../src/credentials.js";
import { ConfigError, OAuthError } from "../src/errors.js";
import { tokenCacheKey } from "../src/cache-key.js";
import * as api from "../src/index.js";
import { createAuth, type TokenSet } from "../src/index.js";
import { json, scriptedFetch, SECRETS, tokenBody } from "./helpers.js";

const tokenUrl = "https://id.example.com/connect/token";

describe("credential factories", () => {
  it("client_credentials with client_secret_basic form-encodes id and secret into Basic (RFC 6749 2.3.1)", () => {
    const request = clientCredentials({ tokenUrl, clientId: "my client", clientSecret: "s:é", scope: "api" }).primaryGrant!();
    expect(request.url).toBe(tokenUrl);
    expect(Object.fromEntries(request.body)).toEqual({ grant_type: "client_credentials", scope: "api" });
    expect(request.headers.get("authorization")).toBe(`Basic ${btoa("my+client:s%3A%C3%A9")}`);
  });

  it("client_secret_post puts id and secret in the body", () => {
    const request = clientCredentials({ tokenUrl, clientId: "c", clientSecret: "s", clientAuthentication: "client_secret_post", extraParams: { audience: "x" } }).primaryGrant!();
    expect(Object.fromEntries(request.body)).toEqual({ audience: "x", grant_type: "client_credentials", client_id: "c", client_secret: "s" });
    expect(request.headers.has("authorization")).toBe(false);
  });

  it("password grant sends username, password, scope and optional client; public clients send only client_id", () => {
    const full = passwordGrant({ tokenUrl, username: "u", password: "p", clientId: "c", clientSecret: "s", clientAuthentication: "client_secret_post", scope: "api" });
    expect(Object.fromEntries(full.primaryGrant!().body)).toEqual({ grant_type: "password", username: "u", password: "p", scope: "api", client_id: "c", client_secret: "s" });
    const bare = passwordGrant({ tokenUrl, username: "u", password: "p" });
    expect(Object.fromEntries(bare.primaryGrant!().body)).toEqual({ grant_type: "password", username: "u", password: "p" });
    const publicClient = passwordGrant({ tokenUrl, username: "u", password: "p", clientId: "c" });
    expect(publicClient.primaryGrant!().body.get("client_id")).toBe("c");
  });

  it("apiKeyPasswordGrant sends the API key as the password", () => {
    const body = apiKeyPasswordGrant({ tokenUrl, username: "u", apiKey: "k" }).primaryGrant!().body;
    expect(body.get("password")).toBe("k");
    expect(body.get("grant_type")).toBe("password");
  });

  it("refresh goes to refresh.tokenUrl with its own params and the client credentials", () => {
    const credentials = clientCredentials({
      tokenUrl: "https://lx.example/api/oauth2/access-token",
      clientId: "c",
      clientSecret: "s",
      clientAuthentication: "client_secret_post",
      extraParams: { only: "primary" },
      refresh: { tokenUrl: "https://lx.example/api/oauth2/refresh-token", extraParams: { x: "1" } },
    });
    const request = credentials.refreshGrant("r1");
    expect(request.url).toBe("https://lx.example/api/oauth2/refresh-token");
    expect(Object.fromEntries(request.body)).toEqual({ x: "1", grant_type: "refresh_token", refresh_token: "r1", client_id: "c", client_secret: "s" });
    const without = clientCredentials({ tokenUrl, clientId: "c", clientSecret: "s", refresh: { includeClientCredentials: false } }).refreshGrant("r");
    expect(without.headers.has("authorization")).toBe(false);
  });

  it("httpBasic encodes UTF-8 (RFC 7617) and staticBearer builds the header", () => {
    expect(httpBasic({ username: "ü", password: "p" }).authorization()).toBe(`Basic ${Buffer.from("ü:p").toString("base64")}`);
    expect(staticBearer({ token: "t0k" }).authorization()).toBe("Bearer t0k");
  });

  it.each([
    ["clientId", () => clientCredentials({ tokenUrl, clientId: "", clientSecret: "s" })],
    ["clientSecret", () => clientCredentials({ tokenUrl, clientId: "c" } as never)],
    ["tokenUrl", () => passwordGrant({ username: "u", password: "p" } as never)],
    ["clientAuthentication", () => clientCredentials({ tokenUrl, clientId: "c", clientSecret: "s", clientAuthentication: "tls" as never })],
    ["clientId", () => passwordGrant({ tokenUrl, username: "u", password: "p", clientSecret: "s" })],
    ["extraParams.n", () => clientCredentials({ tokenUrl, clientId: "c", clientSecret: "s", extraParams: { n: 1 as never } })],
    ["headers", () => clientCredentials({ tokenUrl, clientId: "c", clientSecret: "s", headers: { Authorization: "x" } })],
    ["refresh.refreshTokenLifetimeSeconds", () => clientCredentials({ tokenUrl, clientId: "c", clientSecret: "s", refresh: { refreshTokenLifetimeSeconds: -1 } })],
    ["defaultExpiresInSeconds", () => clientCredentials({ tokenUrl, clientId: "c", clientSecret: "s", defaultExpiresInSeconds: 0 })],
    ["apiKey", () => apiKeyPasswordGrant({ tokenUrl, username: "u" } as never)],
    ["username", () => httpBasic({ username: "a:b", password: "p" })],
    ["token", () => staticBearer({ token: "" })],
    ["refreshToken", () => refreshTokenGrant({ tokenUrl } as never)],
    ["refreshToken", () => refreshTokenGrant({ tokenUrl, refreshToken: "" })],
    ["tokenUrl", () => refreshTokenGrant({ refreshToken: "r" } as never)],
    ["clientId", () => refreshTokenGrant({ tokenUrl, refreshToken: "r", clientSecret: "s" })],
    ["clientAuthentication", () => refreshTokenGrant({ tokenUrl, refreshToken: "r", clientId: "c", clientAuthentication: "none" as never })],
    ["extraParams.n", () => refreshTokenGrant({ tokenUrl, refreshToken: "r", extraParams: { n: 1 as never } })],
    ["headers", () => refreshTokenGrant({ tokenUrl, refreshToken: "r", headers: { authorization: "x" } })],
    ["refreshTokenLifetimeSeconds", () => refreshTokenGrant({ tokenUrl, refreshToken: "r", refreshTokenLifetimeSeconds: 0 })],
    ["username", () => refreshTokenGrant({ tokenUrl, refreshToken: "r", username: "" })],
    ["refresh", () => refreshTokenGrant({ tokenUrl, refreshToken: "r", refresh: { tokenUrl } } as never)],
  ])("names the bad option %s in a ConfigError", (option, make) => {
    let caught: unknown;
    try {
      make();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).option).toBe(option);
    expect((caught as Error).message).toMatch(new RegExp(`^@cloud-sdks/auth: option "${option.replace(".", "\\.")}"`));
  });

  it("keeps secrets out of the credential object's enumerable state", () => {
    const credentials = [
      clientCredentials({ tokenUrl, clientId: "c", clientSecret: SECRETS.clientSecret }),
      passwordGrant({ tokenUrl, username: "u", password: SECRETS.password, clientId: "c", clientSecret: SECRETS.clientSecret }),
      apiKeyPasswordGrant({ tokenUrl, username: "u", apiKey: SECRETS.apiKey }),
      httpBasic({ username: "u", password: SECRETS.password }),
      staticBearer({ token: SECRETS.staticToken }),
      refreshTokenGrant({ tokenUrl, refreshToken: SECRETS.refreshToken, clientId: "c", clientSecret: SECRETS.clientSecret }),
    ];
    for (const credential of credentials) expect(JSON.stringify(credential) + Object.values(credential).join()).not.toContain("SECRET");
  });
});

describe("tokenCacheKey", () => {
  it("is a SHA-256 digest that differs by scope and user and holds no secret or user name", async () => {
    const a = await tokenCacheKey(passwordGrant({ tokenUrl, username: "alice", password: SECRETS.password, scope: "api" }));
    const b = await tokenCacheKey(passwordGrant({ tokenUrl, username: "alice", password: "other", scope: "api" }));
    const c = await tokenCacheKey(passwordGrant({ tokenUrl, username: "alice", password: SECRETS.password, scope: "admin" }));
    const d = await tokenCacheKey(passwordGrant({ tokenUrl, username: "bob", password: SECRETS.password, scope: "api" }));
    expect(a).toMatch(/^cloud-sdks-auth:[0-9a-f]{64}$/);
    expect(a).toBe(b);
    expect(new Set([a, c, d]).size).toBe(3);
    expect(a).not.toContain("alice");
  });
});

describe("refreshTokenGrant", () => {
  const refreshToken = SECRETS.refreshToken;
  /** What the token manager sends first: a refresh with the given token. */
  const firstRequest = (credentials: ReturnType<typeof refreshTokenGrant>) => credentials.refreshGrant(credentials.initialRefreshToken!());

  it("sends grant_type=refresh_token with the given token, scope and extra params; the client as HTTP Basic by default", () => {
    const credentials = refreshTokenGrant({ tokenUrl, refreshToken, clientId: "my client", clientSecret: SECRETS.clientSecret, scope: "api", extraParams: { audience: "x" }, headers: { accept: "application/vnd.x+json" } });
    expect(credentials).toMatchObject({ kind: "oauth2", grantType: "refresh_token", tokenUrl, refreshTokenUrl: tokenUrl, clientId: "my client", scope: "api", defaultExpiresInSeconds: 300 });
    expect(credentials.primaryGrant).toBeUndefined();
    const request = firstRequest(credentials);
    expect(request.url).toBe(tokenUrl);
    expect(Object.fromEntries(request.body)).toEqual({ audience: "x", grant_type: "refresh_token", refresh_token: refreshToken, scope: "api" });
    expect(request.headers.get("authorization")).toBe(`Basic ${btoa(`my+client:${SECRETS.clientSecret}`)}`);
    expect(request.headers.get("accept")).toBe("application/vnd.x+json");
  });

  it("client_secret_post puts id and secret in the body; a public client sends only client_id; no client sends none", () => {
    const post = firstRequest(refreshTokenGrant({ tokenUrl, refreshToken, clientId: "c", clientSecret: "s", clientAuthentication: "client_secret_post" }));
    expect(Object.fromEntries(post.body)).toEqual({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: "c", client_secret: "s" });
    expect(post.headers.has("authorization")).toBe(false);
    const publicClient = firstRequest(refreshTokenGrant({ tokenUrl, refreshToken, clientId: "c" }));
    expect(Object.fromEntries(publicClient.body)).toEqual({ grant_type: "refresh_token", refresh_token: refreshToken, client_id: "c" });
    expect(publicClient.headers.has("authorization")).toBe(false);
    const bare = firstRequest(refreshTokenGrant({ tokenUrl, refreshToken }));
    expect(Object.fromEntries(bare.body)).toEqual({ grant_type: "refresh_token", refresh_token: refreshToken });
    expect(bare.headers.has("authorization")).toBe(false);
  });

  it("refreshes a rotated token with the same request shape; the given token stays the one to start from (the manager keeps the newest)", () => {
    const credentials = refreshTokenGrant({ tokenUrl, refreshToken, clientId: "c", clientSecret: "s", clientAuthentication: "client_secret_post", scope: "api", extraParams: { x: "1" } });
    const refresh = credentials.refreshGrant("rt-rotated-1");
    expect(refresh.url).toBe(tokenUrl);
    expect(Object.fromEntries(refresh.body)).toEqual({ x: "1", grant_type: "refresh_token", refresh_token: "rt-rotated-1", scope: "api", client_id: "c", client_secret: "s" });
    expect(credentials.initialRefreshToken!()).toBe(refreshToken);
    expect(credentials.refreshGrant("rt-rotated-2").body.get("refresh_token")).toBe("rt-rotated-2");
  });

  it("registers the given refresh token and the client secret as secrets (the manager adds the ones it rotates to)", () => {
    const credentials = refreshTokenGrant({ tokenUrl, refreshToken, clientId: "c", clientSecret: SECRETS.clientSecret, refreshTokenLifetimeSeconds: 604800 });
    expect(credentials.secrets()).toEqual(expect.arrayContaining([refreshToken, SECRETS.clientSecret]));
    expect(credentials.refreshTokenLifetimeSeconds).toBe(604800);
    expect(JSON.stringify(credentials) + Object.values(credentials).join()).not.toContain("SECRET");
  });

  it("keys the cache by a fingerprint of the refresh token unless a username is given", async () => {
    const key = (options: Partial<Parameters<typeof refreshTokenGrant>[0]>) => tokenCacheKey(refreshTokenGrant({ tokenUrl, refreshToken, ...options }));
    expect(refreshTokenGrant({ tokenUrl, refreshToken }).username).toMatch(/^refresh-token:[0-9a-f]{16}$/);
    expect(await key({})).toBe(await key({}));
    expect(await key({})).not.toBe(await key({ refreshToken: "another-refresh-token" }));
    expect(await key({ username: "alice" })).toBe(await key({ username: "alice", refreshToken: "another-refresh-token" }));
    expect(await key({ username: "alice" })).not.toBe(await key({ username: "bob" }));
    expect(await key({ username: "alice" })).not.toBe(await tokenCacheKey(passwordGrant({ tokenUrl, username: "alice", password: "p" })));
  });

  it("is exported from the package entry, with tokenCacheKey", () => {
    expect(api.refreshTokenGrant).toBe(refreshTokenGrant);
    expect(api.tokenCacheKey).toBe(tokenCacheKey);
  });

  describe("with the token manager", () => {
    const HOUR = 3600_000;
    function setup(answer: (refreshToken: string, index: number) => Response) {
      let time = 1_700_000_000_000;
      const { fetch, sent } = scriptedFetch((request, index) => answer(new URLSearchParams(request.body).get("refresh_token") ?? "", index));
      const persisted: TokenSet[] = [];
      const logs: string[] = [];
      const auth = createAuth({
        credentials: refreshTokenGrant({ tokenUrl, refreshToken, clientId: "c", clientSecret: SECRETS.clientSecret }),
        apiBaseUrl: "https://api.example.com",
        fetch,
        retry: false,
        now: () => time,
        onTokens: (tokens) => void persisted.push(tokens),
        logger: { debug: (m) => void logs.push(m), warn: (m) => void logs.push(m) },
      });
      const sentTokens = () => sent.map((request) => new URLSearchParams(request.body).get("refresh_token"));
      return { auth, sent, sentTokens, persisted, logs, advance: (ms: number) => void (time += ms) };
    }

    it("starts from the given refresh token and follows rotation across two refreshes", async () => {
      const t = setup((_, index) => json(tokenBody(`at-${index}`, { refresh_token: `rt-rotated-${index}` })));
      expect(await t.auth.getAccessToken()).toBe("at-0");
      t.advance(HOUR);
      expect(await t.auth.getAccessToken()).toBe("at-1");
      t.advance(HOUR);
      expect(await t.auth.getAccessToken()).toBe("at-2");
      expect(t.sentTokens()).toEqual([refreshToken, "rt-rotated-0", "rt-rotated-1"]);
      expect(t.sent.every((request) => request.body.includes("grant_type=refresh_token"))).toBe(true);
      expect(t.persisted.map((tokens) => tokens.refreshToken)).toEqual(["rt-rotated-0", "rt-rotated-1", "rt-rotated-2"]);
    });

    it("keeps using the given refresh token when responses carry none", async () => {
      const t = setup((_, index) => json(tokenBody(`at-${index}`)));
      await t.auth.getAccessToken();
      t.advance(HOUR);
      await t.auth.getAccessToken();
      expect(t.sentTokens()).toEqual([refreshToken, refreshToken]);
      // What onTokens persists can restart the client: the refresh token that still works is in it.
      expect(t.persisted.map((tokens) => tokens.refreshToken)).toEqual([refreshToken, refreshToken]);
    });

    it("a refused refresh token ends in one typed invalid_grant OAuthError: no resend, never an older token, no loop", async () => {
      const t = setup((token, index) =>
        index === 0
          ? json(tokenBody("at-0", { refresh_token: "rt-rotated-0" }))
          : json({ error: "invalid_grant", error_description: `refresh token ${token} was revoked (client ${SECRETS.clientSecret})` }, { status: 400 }),
      );
      await t.auth.getAccessToken();
      t.advance(HOUR);
      const error = await t.auth.getAccessToken().then(() => undefined, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(OAuthError);
      expect(error).toMatchObject({ code: "AUTH_OAUTH_ERROR", error: "invalid_grant", status: 400 });
      expect(t.sentTokens()).toEqual([refreshToken, "rt-rotated-0"]);
      // A later call tries again (one request), it does not spin.
      await expect(t.auth.getAccessToken()).rejects.toBeInstanceOf(OAuthError);
      expect(t.sent).toHaveLength(3);
      const text = [String(error), JSON.stringify(error), ...t.logs].join("\n");
      for (const secret of [refreshToken, "rt-rotated-0", SECRETS.clientSecret, "at-0"]) expect(text).not.toContain(secret);
      expect(String(error)).toContain("[REDACTED]");
    });

    it("a refresh token refused on the first request fails at once with the server's invalid_grant", async () => {
      const t = setup(() => json({ error: "invalid_grant", error_description: `unknown refresh token ${refreshToken}` }, { status: 400 }));
      const error = await t.auth.getTokens().then(() => undefined, (caught: unknown) => caught);
      expect(error).toMatchObject({ name: "OAuthError", error: "invalid_grant", status: 400 });
      expect(t.sent).toHaveLength(1);
      expect(String(error) + JSON.stringify(error) + t.logs.join()).not.toContain(refreshToken);
    });
  });
});
