import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { OAuthError, TokenResponseError, AUTH_OAUTH_ERROR, AUTH_TOKEN_RESPONSE_INVALID } from "../src/errors.js";
import { parseTokenResponse, type TokenResponseContext } from "../src/token-response.js";
import { checkTokenFields } from "../src/token-fields.js";
import type { StandardSchemaV1 } from "../src/standard-schema.js";
import { SECRETS, json, tokenBody } from "./helpers.js";

const NOW = 1_700_000_000_000;
const ctx: TokenResponseContext = { obtainedAt: NOW, defaultExpiresInSeconds: 300, secrets: Object.values(SECRETS) };

async function fieldError(response: Response, context = ctx): Promise<TokenResponseError> {
  const error = await parseTokenResponse(response, context).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TokenResponseError);
  return error as TokenResponseError;
}

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "RS256" })}.${part(claims)}.signature`;
}

describe("parseTokenResponse: success", () => {
  it("parses the standard fields and keeps extra fields", async () => {
    const tokens = await parseTokenResponse(
      json(tokenBody("abc", { refresh_token: "r1", scope: "api", userName: "ann", ".expires": "Tue, 01 Jan 2030 00:00:00 GMT" })),
      ctx,
    );
    expect(tokens).toEqual({
      accessToken: "abc",
      tokenType: "Bearer",
      expiresAt: NOW + 3_600_000,
      obtainedAt: NOW,
      refreshToken: "r1",
      scope: "api",
      extra: { userName: "ann", ".expires": "Tue, 01 Jan 2030 00:00:00 GMT" },
    });
  });

  it("accepts bearer in any case, numeric-string expires_in and vendor +json content types", async () => {
    const response = new Response(JSON.stringify({ access_token: "a", token_type: "bEaReR", expires_in: "43199" }), {
      headers: { "content-type": "application/vnd.cloudlx.v1+json; charset=utf-8" },
    });
    const tokens = await parseTokenResponse(response, ctx);
    expect(tokens.expiresAt).toBe(NOW + 43_199_000);
    expect(tokens.tokenType).toBe("bEaReR");
  });

  it("tracks the refresh token's lifetime from configuration or refresh_token_expires_in", async () => {
    const configured = await parseTokenResponse(json(tokenBody("a", { refresh_token: "r" })), { ...ctx, refreshTokenLifetimeSeconds: 604800 });
    expect(configured.refreshTokenExpiresAt).toBe(NOW + 604_800_000);
    const stated = await parseTokenResponse(json(tokenBody("a", { refresh_token: "r", refresh_token_expires_in: 60 })), { ...ctx, refreshTokenLifetimeSeconds: 604800 });
    expect(stated.refreshTokenExpiresAt).toBe(NOW + 60_000);
    const none = await parseTokenResponse(json(tokenBody("a")), { ...ctx, refreshTokenLifetimeSeconds: 604800 });
    expect(none.refreshTokenExpiresAt).toBeUndefined();
  });

  it("without expires_in uses the JWT's exp, else the configured default", async () => {
    const at = (claims: Record<string, number>) => parseTokenResponse(json({ access_token: jwt(claims), token_type: "Bearer" }), ctx);
    const nowS = NOW / 1000;
    expect((await at({ iat: nowS, exp: nowS + 7200 })).expiresAt).toBe(NOW + 7_200_000);
    // Issued 50 minutes ago with 10 left (e.g. handed out from a server-side cache): 10 minutes.
    expect((await at({ iat: nowS - 3000, exp: nowS + 600 })).expiresAt).toBe(NOW + 600_000);
    // Our clock a minute behind the issuer's: no longer than the lifetime the token states.
    expect((await at({ iat: nowS + 60, exp: nowS + 60 + 7200 })).expiresAt).toBe(NOW + 7_200_000);
    const fromExpOnly = await parseTokenResponse(json({ access_token: jwt({ exp: NOW / 1000 + 600 }), token_type: "Bearer" }), ctx);
    expect(fromExpOnly.expiresAt).toBe(NOW + 600_000);
    const opaque = await parseTokenResponse(json({ access_token: "opaque", token_type: "Bearer" }), ctx);
    expect(opaque.expiresAt).toBe(NOW + 300_000);
  });

  it("treats a JWT past its exp (no iat) as expired on arrival, not as living the default lifetime", async () => {
    const stale = await parseTokenResponse(json({ access_token: jwt({ exp: NOW / 1000 - 30 }), token_type: "Bearer" }), ctx);
    expect(stale.expiresAt).toBe(NOW);
    const noExp = await parseTokenResponse(json({ access_token: jwt({ sub: "svc" }), token_type: "Bearer" }), ctx);
    expect(noExp.expiresAt).toBe(NOW + 300_000);
  });

  it("types extra fields with a Standard Schema (zod) or a function", async () => {
    const schema = z.object({ userName: z.string() });
    const tokens = await parseTokenResponse(json(tokenBody("a", { userName: "ann" })), { ...ctx, parseExtra: schema });
    expect(tokens.extra).toEqual({ userName: "ann" });
    const error = await fieldError(json(tokenBody("a", { userName: 42 })), { ...ctx, parseExtra: schema });
    expect(error.field).toBe("userName");
    const viaFunction = await parseTokenResponse(json(tokenBody("a", { n: "1" })), { ...ctx, parseExtra: (extra) => ({ n: Number(extra.n) }) });
    expect(viaFunction.extra).toEqual({ n: 1 });
  });
});

describe("parseTokenResponse: a parseExtra that quotes what it rejects", () => {
  it("has the tokens of the response and the known secrets scrubbed from its message", async () => {
    const quoting: StandardSchemaV1<unknown, never> = {
      "~standard": {
        version: 1,
        vendor: "test",
        validate: (value) => ({ issues: [{ message: `cannot use ${JSON.stringify(value)}`, path: ["id_token"] }] }),
      },
    };
    const error = await fieldError(
      // The new tokens are in no secret list yet: only this response knows them.
      json(tokenBody("new-SECRET-access", { refresh_token: "new-SECRET-refresh", id_token: `x.${SECRETS.clientSecret}` })),
      { ...ctx, parseExtra: quoting },
    );
    expect(error.field).toBe("id_token");
    expect(error.message).toContain("cannot use");
    expect(error.message).not.toMatch(/SECRET/);
  });
});

describe("parseTokenResponse: failures, in order", () => {
  it("turns an RFC 6749 error body into OAuthError with status and fields", async () => {
    const error = await parseTokenResponse(
      json({ error: "invalid_grant", error_description: " The user name or password is incorrect. ", error_uri: "https://x.example/e" }, { status: 400 }),
      ctx,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ code: AUTH_OAUTH_ERROR, status: 400, error: "invalid_grant", error_description: "The user name or password is incorrect.", error_uri: "https://x.example/e" });
    expect(String(error)).toMatch(/^OAuthError: @cloud-sdks\/auth: .*invalid_grant/);
  });

  it("reads the WWW-Authenticate challenge before the body", async () => {
    const response = json({ error: "from_body" }, { status: 401, headers: { "www-authenticate": 'Bearer realm="x", error="invalid_client", error_description="bad \\"client\\""' } });
    const error = (await parseTokenResponse(response, ctx).catch((e: unknown) => e)) as OAuthError;
    expect(error.error).toBe("invalid_client");
    expect(error.error_description).toBe('bad "client"');
  });

  it("falls back to the body when the challenge has no error (Basic realm)", async () => {
    const response = json({ error: "invalid_client" }, { status: 401, headers: { "www-authenticate": 'Basic realm="Service"' } });
    expect(await parseTokenResponse(response, ctx).catch((e: unknown) => (e as OAuthError).error)).toBe("invalid_client");
  });

  it("treats an error body with HTTP 200 as an OAuth error", async () => {
    expect(await parseTokenResponse(json({ error: "invalid_scope" }), ctx).catch((e: unknown) => (e as OAuthError).status)).toBe(200);
  });

  it("appends the provider remedy from describeError", async () => {
    const error = await parseTokenResponse(json({ error: "invalid_scope" }, { status: 400 }), {
      ...ctx,
      describeError: (e) => (e.error === "invalid_scope" ? "Cloudmore expects scope=api." : undefined),
    }).then(() => { throw new Error("expected an OAuthError"); }, (e: unknown) => e as OAuthError);
    expect(error.message).toContain("Cloudmore expects scope=api.");
    expect(error.remedy).toBe("Cloudmore expects scope=api.");
  });

  it.each([
    ["an HTML page", new Response("<html>login</html>", { headers: { "content-type": "text/html" } }), "body", /not JSON.*text\/html/],
    ["an empty body", new Response("", { headers: { "content-type": "application/json" } }), "body", /empty/],
    ["malformed JSON", new Response('{"access_token": "x', { headers: { "content-type": "application/json" } }), "body", /not valid JSON/],
    ["a JSON array", json([1]), "body", /JSON object/],
    ["a missing access_token", json({ token_type: "Bearer" }), "access_token", /"access_token" must be a non-empty string/],
    ["an empty access_token", json({ access_token: "", token_type: "Bearer" }), "access_token", /access_token/],
    ["a numeric access_token", json({ access_token: 5, token_type: "Bearer" }), "access_token", /access_token/],
    ["a missing token_type", json({ access_token: "a" }), "token_type", /"token_type" must be "Bearer"/],
    ["a MAC token", json({ access_token: "a", token_type: "mac" }), "token_type", /token_type/],
    ["a negative expires_in", json(tokenBody("a", { expires_in: -1 })), "expires_in", /"expires_in" must be a non-negative number/],
    ["a non-numeric expires_in", json(tokenBody("a", { expires_in: "soon" })), "expires_in", /expires_in/],
    ["a numeric refresh_token", json(tokenBody("a", { refresh_token: 604800 })), "refresh_token", /refresh_token/],
    ["a non-string scope", json(tokenBody("a", { scope: 1 })), "scope", /scope/],
    ["an error status without OAuth body", new Response("Bad Gateway", { status: 502 }), "body", /not an OAuth error response.*HTTP 502/],
  ])("rejects %s with TokenResponseError naming the field", async (_name, response, field, message) => {
    const error = await fieldError(response);
    expect(error.code).toBe(AUTH_TOKEN_RESPONSE_INVALID);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith("@cloud-sdks/auth: ")).toBe(true);
  });
});

// The zod/mini schema the hand-written checks replaced (issue 13): kept here as the oracle, so the
// checks are shown to accept, convert and reject exactly what it did, with the same messages.
const NON_EMPTY = "must be a non-empty string";
const NON_NEGATIVE = "must be a non-negative number";
const zodNonEmpty = z.string({ error: NON_EMPTY }).check(z.refine((text) => text !== "", { error: NON_EMPTY }));
const zodSeconds = z.pipe(
  z.transform((value: unknown) => (typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value)),
  z.number({ error: NON_NEGATIVE }).check(z.refine((number) => number >= 0, { error: NON_NEGATIVE })),
);
const zodAbsentOr = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));
const zodTokenFields = z.looseObject({
  access_token: zodNonEmpty,
  token_type: z.string({ error: 'must be "Bearer"' }).check(z.refine((type) => type.toLowerCase() === "bearer", { error: 'must be "Bearer"' })),
  expires_in: zodAbsentOr(zodSeconds),
  refresh_token: zodAbsentOr(zodNonEmpty),
  scope: zodAbsentOr(z.string({ error: "must be a string" })),
  refresh_token_expires_in: zodAbsentOr(zodSeconds),
});
function zodOracle(body: Record<string, unknown>) {
  const result = zodTokenFields.safeParse(body);
  if (result.success) return { ok: true, fields: result.data };
  const issue = result.error.issues[0];
  return { ok: false, field: String(issue?.path[0] ?? "body"), problem: issue?.message ?? "is invalid" };
}

describe("token fields: checked by hand", () => {
  it("reports the first bad field in RFC 6749 order, converting numeric strings", () => {
    expect(checkTokenFields({ token_type: 5, expires_in: -1 })).toEqual({ ok: false, field: "access_token", problem: "must be a non-empty string" });
    expect(checkTokenFields({ access_token: "a", token_type: "bearer", expires_in: " 60 ", extra: 1 })).toEqual({
      ok: true,
      fields: { access_token: "a", token_type: "bearer", expires_in: 60, extra: 1 },
    });
  });

  it("accepts, converts and rejects exactly what the zod schema it replaced did, with its messages", () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom("", "Bearer", "bearer", "mac", " 60 ", "1.5", "-1", "1e3", "NaN"),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer()),
      fc.object(),
    );
    const field = fc.constantFrom("access_token", "token_type", "expires_in", "refresh_token", "scope", "refresh_token_expires_in", "extra");
    fc.assert(
      fc.property(fc.dictionary(field, value), fc.boolean(), (body, valid) => {
        const input = valid ? { access_token: "a", token_type: "Bearer", ...body } : body;
        expect(checkTokenFields(input)).toEqual(zodOracle(input));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseTokenResponse: properties", () => {
  const arbitraryValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer()), fc.object());

  it("either returns a TokenSet whose fields satisfy the contract or throws one of the two typed errors", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { access_token: arbitraryValue, token_type: fc.oneof(fc.constantFrom("Bearer", "bearer", "BEARER", "mac"), arbitraryValue), expires_in: arbitraryValue, refresh_token: arbitraryValue, error: arbitraryValue },
          { requiredKeys: [] },
        ),
        fc.constantFrom(200, 400, 401, 500),
        async (body, status) => {
          try {
            const tokens = await parseTokenResponse(json(body, { status }), ctx);
            expect(status).toBe(200);
            expect(typeof tokens.accessToken === "string" && tokens.accessToken.length > 0).toBe(true);
            expect(tokens.tokenType.toLowerCase()).toBe("bearer");
            expect(tokens.expiresAt).toBeGreaterThanOrEqual(NOW);
            expect(tokens.extra).not.toHaveProperty("access_token");
          } catch (error) {
            expect(error instanceof OAuthError || error instanceof TokenResponseError).toBe(true);
          }
        },
      ),
    );
  });

  it("accepts every non-negative expires_in, as number or numeric string", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10 ** 9 }), fc.boolean(), async (seconds, asString) => {
        const tokens = await parseTokenResponse(json(tokenBody("a", { expires_in: asString ? String(seconds) : seconds })), ctx);
        expect(tokens.expiresAt).toBe(NOW + seconds * 1000);
      }),
    );
  });

  it("never puts a token value into an error message", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("mac", 5, "", null), async (tokenType) => {
        const error = await fieldError(json({ access_token: SECRETS.accessToken, token_type: tokenType, refresh_token: SECRETS.refreshToken }));
        expect(JSON.stringify(error) + String(error)).not.toContain("SECRET");
      }),
    );
  });
});
