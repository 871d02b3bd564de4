import { describe, expect, it } from "vitest";
import { apiKeyPasswordGrant, clientCredentials, httpBasic, passwordGrant, staticBearer } from "../src/credentials.js";
import { ConfigError } from "../src/errors.js";
import { tokenCacheKey } from "../src/cache-key.js";
import { SECRETS } from "./helpers.js";

const tokenUrl = "https://id.example.com/connect/token";

describe("credential factories", () => {
  it("client_credentials with client_secret_basic form-encodes id and secret into Basic (RFC 6749 2.3.1)", () => {
    const request = clientCredentials({ tokenUrl, clientId: "my client", clientSecret: "s:é", scope: "api" }).primaryGrant();
    expect(request.url).toBe(tokenUrl);
    expect(Object.fromEntries(request.body)).toEqual({ grant_type: "client_credentials", scope: "api" });
    expect(request.headers.get("authorization")).toBe(`Basic ${btoa("my+client:s%3A%C3%A9")}`);
  });

  it("client_secret_post puts id and secret in the body", () => {
    const request = clientCredentials({ tokenUrl, clientId: "c", clientSecret: "s", clientAuthentication: "client_secret_post", extraParams: { audience: "x" } }).primaryGrant();
    expect(Object.fromEntries(request.body)).toEqual({ audience: "x", grant_type: "client_credentials", client_id: "c", client_secret: "s" });
    expect(request.headers.has("authorization")).toBe(false);
  });

  it("password grant sends username, password, scope and optional client; public clients send only client_id", () => {
    const full = passwordGrant({ tokenUrl, username: "u", password: "p", clientId: "c", clientSecret: "s", clientAuthentication: "client_secret_post", scope: "api" });
    expect(Object.fromEntries(full.primaryGrant().body)).toEqual({ grant_type: "password", username: "u", password: "p", scope: "api", client_id: "c", client_secret: "s" });
    const bare = passwordGrant({ tokenUrl, username: "u", password: "p" });
    expect(Object.fromEntries(bare.primaryGrant().body)).toEqual({ grant_type: "password", username: "u", password: "p" });
    const publicClient = passwordGrant({ tokenUrl, username: "u", password: "p", clientId: "c" });
    expect(publicClient.primaryGrant().body.get("client_id")).toBe("c");
  });

  it("apiKeyPasswordGrant sends the API key as the password", () => {
    const body = apiKeyPasswordGrant({ tokenUrl, username: "u", apiKey: "k" }).primaryGrant().body;
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
