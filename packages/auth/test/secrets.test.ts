import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { createAuth, type CreateAuthOptions } from "../src/create-auth.js";
import { apiKeyPasswordGrant, clientCredentials, httpBasic, passwordGrant, staticBearer } from "../src/credentials.js";
import { CloudSdksAuthError } from "../src/errors.js";
import { SECRETS, json, scriptedFetch, tokenBody, type Handler, type Sent } from "./helpers.js";

const TOKEN_URL = "https://id.example.com/token";
const API = "https://api.example.com";
const ALL = Object.values(SECRETS);
const echo = ALL.join(" ");

function expectNoSecret(text: string, where: string) {
  for (const secret of ALL) expect(text.includes(secret), `${where} contains ${secret}`).toBe(false);
  expect(text.includes("SECRET"), `${where} contains a secret fragment`).toBe(false);
}

function sweepError(error: unknown, where: string) {
  expect(error, where).toBeInstanceOf(Error);
  const err = error as Error & Record<string, unknown>;
  if (err instanceof CloudSdksAuthError) expect(err.message.startsWith("@cloud-sdks/auth: "), where).toBe(true);
  expectNoSecret(String(err), `${where}: String`);
  expectNoSecret(JSON.stringify(err), `${where}: JSON`);
  expectNoSecret(Object.values(err).map((value) => (typeof value === "object" ? JSON.stringify(value) : String(value))).join(" "), `${where}: values`);
  expectNoSecret(inspect(err, { depth: 10 }), `${where}: inspect`);
  if (err.cause !== undefined) expectNoSecret(`${String(err.cause)} ${JSON.stringify(err.cause)} ${inspect(err.cause, { depth: 10 })}`, `${where}: cause`);
}

const grants = () => [
  clientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: SECRETS.clientSecret }),
  passwordGrant({ tokenUrl: TOKEN_URL, username: "u", password: SECRETS.password, clientId: "c", clientSecret: SECRETS.clientSecret, clientAuthentication: "client_secret_post" }),
  apiKeyPasswordGrant({ tokenUrl: TOKEN_URL, username: "u", apiKey: SECRETS.apiKey }),
];

/** Everything the client sent that a careless server could echo back: form values and Basic credentials. */
function received(sent: Sent): string {
  const basic = sent.headers.get("authorization")?.replace(/^Basic /, "");
  return [...new URLSearchParams(sent.body).values(), basic ? decodeURIComponent(atob(basic)) : ""].join(" ");
}

/** Token endpoint failures; each puts secrets where a careless server might. */
const tokenFailures: [string, Handler][] = [
  ["OAuth error echoing the request", (sent) => json({ error: `invalid_grant ${received(sent)}`, error_description: `bad ${received(sent)}`, error_uri: `https://e.example/?${received(sent)}` }, { status: 400 })],
  ["challenge echoing the request", (sent) => new Response("", { status: 401, headers: { "www-authenticate": `Bearer error="invalid_client", error_description="${received(sent)}"` } })],
  ["token_type mac with a token", () => json({ access_token: SECRETS.accessToken, token_type: "mac", refresh_token: SECRETS.refreshToken })],
  ["malformed JSON with a token", () => new Response(`{"access_token":"${SECRETS.accessToken}",`, { headers: { "content-type": "application/json" } })],
  ["HTML with secrets", () => new Response(`<p>${echo}</p>`, { headers: { "content-type": "text/html" } })],
  ["bad expires_in", () => json(tokenBody(SECRETS.accessToken, { expires_in: SECRETS.refreshToken }))],
  ["5xx without OAuth body", () => new Response(echo, { status: 500 })],
  ["network error", () => Promise.reject(new TypeError("fetch failed"))],
  ["hang until timeout", (sent) => new Promise((_resolve, reject) => sent.signal?.addEventListener("abort", () => reject(sent.signal?.reason)))],
];

describe("no secret in any error or log line", () => {
  it.each(tokenFailures)("token endpoint failure: %s", async (_name, handler) => {
    for (const credentials of grants()) {
      for (const retry of [false, { maxRetries: 1, baseDelayMs: 0 }] as const) {
        const lines: string[] = [];
        const logger = { debug: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
        const { fetch } = scriptedFetch(handler);
        const auth = createAuth({
          credentials,
          apiBaseUrl: API,
          fetch,
          retry,
          logger,
          tokenTimeoutMs: 20,
          describeError: (error) => `remedy for ${error.error}`,
          parseExtra: z.object({}),
        });
        const error = await auth.getAccessToken().catch((e: unknown) => e);
        sweepError(error, `${_name} (retry ${JSON.stringify(retry)})`);
        expectNoSecret(lines.join("\n"), "logger");
      }
    }
  });

  it("refresh failures, fallback, 401 resend, background refresh and onTokens failures log nothing secret", async () => {
    const lines: string[] = [];
    const logger = { debug: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
    let n = 0;
    const clock = { now: 0 };
    const { fetch } = scriptedFetch((sent) => {
      if (sent.url === TOKEN_URL) {
        n += 1;
        const body = new URLSearchParams(sent.body);
        if (body.get("grant_type") === "refresh_token") return json({ error: "invalid_grant", error_description: `refresh token ${body.get("refresh_token")} revoked` }, { status: 400 });
        return json(tokenBody(`${SECRETS.accessToken}-${n}`, { refresh_token: `${SECRETS.refreshToken}-${n}` }));
      }
      return new Response(echo, { status: 401 });
    });
    const auth = createAuth({
      credentials: passwordGrant({ tokenUrl: TOKEN_URL, username: "u", password: SECRETS.password, clientId: "c", clientSecret: SECRETS.clientSecret }),
      apiBaseUrl: API,
      fetch,
      logger,
      now: () => clock.now,
      onTokens: () => {
        throw new Error(`could not write ${echo}`);
      },
    });
    await auth.fetch(`${API}/x`);
    clock.now += 3_600_000 - 60_000; // background refresh: invalid_grant then primary grant
    await auth.getAccessToken();
    await vi.waitFor(() => expect(n).toBeGreaterThanOrEqual(4));
    expect(lines.length).toBeGreaterThan(3);
    expectNoSecret(lines.join("\n"), "logger");
  });

  it("background refresh failure warnings carry no secret", async () => {
    const lines: string[] = [];
    const clock = { now: 0 };
    let first = true;
    const { fetch } = scriptedFetch(() => {
      if (first) {
        first = false;
        return json(tokenBody(SECRETS.accessToken));
      }
      return json({ error: "server_error", error_description: echo }, { status: 400 });
    });
    const auth = createAuth({
      credentials: clientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: SECRETS.clientSecret }),
      apiBaseUrl: API,
      fetch,
      now: () => clock.now,
      logger: { warn: (line) => lines.push(line), debug: (line) => lines.push(line) },
    });
    await auth.getAccessToken();
    clock.now = 3_600_000 - 60_000;
    await auth.getAccessToken();
    await vi.waitFor(() => expect(lines.some((line) => line.includes("background"))).toBe(true));
    expectNoSecret(lines.join("\n"), "logger");
  });

  it.each<[string, Partial<CreateAuthOptions>]>([
    ["insecure URL with a key in the query", { apiBaseUrl: `http://api.example.com/?key=${SECRETS.apiKey}` }],
    ["Authorization in headers", { headers: { authorization: `Bearer ${SECRETS.staticToken}` } }],
    ["bad retry", { retry: { maxRetries: SECRETS.password as never } }],
  ])("config error: %s", (_name, overrides) => {
    let caught: unknown;
    try {
      createAuth({ credentials: httpBasic({ username: "u", password: SECRETS.password }), apiBaseUrl: API, ...overrides } as CreateAuthOptions);
    } catch (error) {
      caught = error;
    }
    sweepError(caught, _name);
  });

  it("static credentials and credential objects hide their secrets", () => {
    for (const credentials of [...grants(), httpBasic({ username: "u", password: SECRETS.password }), staticBearer({ token: SECRETS.staticToken })]) {
      expectNoSecret(JSON.stringify(credentials), "credentials JSON");
      expectNoSecret(inspect(credentials), "credentials inspect");
    }
  });
});
