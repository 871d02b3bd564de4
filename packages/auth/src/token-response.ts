import { readCapped } from "./capped-body.js";
import { OAuthError, TokenResponseError, type OAuthErrorFields } from "./errors.js";
import { isRecord, isText } from "./options.js";
import { checkTokenFields } from "./token-fields.js";
import { jwtLifetimeMs } from "./jwt.js";
import { describeUrl, quote } from "./redact.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import type { TokenSet } from "./store.js";

/** The token response fields besides the standard ones, validated and typed by the provider. */
export type ExtraParser<TExtra> =
  | StandardSchemaV1<unknown, TExtra>
  | ((extra: Readonly<Record<string, unknown>>) => TExtra | Promise<TExtra>);

/** How a response becomes a TokenSet. */
export interface TokenResponseContext {
  /** Epoch ms at which the request was sent: the lifetime counts from there, not from arrival. */
  readonly obtainedAt: number;
  readonly defaultExpiresInSeconds: number;
  readonly refreshTokenLifetimeSeconds?: number | undefined;
  readonly parseExtra?: ExtraParser<unknown> | undefined;
  /** Appended to OAuth error messages, e.g. a provider's remedy. */
  readonly describeError?: ((error: OAuthError) => string | undefined) | undefined;
  /** Known secrets to scrub from server-supplied error text. */
  readonly secrets: readonly string[];
}

/** RFC 6750 section 3 challenge parameters, e.g. `Bearer error="invalid_token"`. */
function challengeParams(header: string | null): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, name, quoted, token] of (header ?? "").matchAll(/([\w-]+)=(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) {
    params[name!.toLowerCase()] = quoted?.replace(/\\(.)/g, "$1") ?? token!;
  }
  return params;
}

/** The RFC 6749 section 5.2 fields, if `body` is an OAuth error. */
function errorFields(body: unknown): OAuthErrorFields | undefined {
  const { error, error_description, error_uri } = (body ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  return isText(error) ? { error, error_description: text(error_description), error_uri: text(error_uri) } : undefined;
}

/** Registered codes (RFC 6749 4.1.2.1, 5.2; RFC 6750 3.1) cannot hold a secret and are kept as is. */
const REGISTERED_ERRORS = new Set([
  "invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope",
  "access_denied", "unsupported_response_type", "server_error", "temporarily_unavailable", "invalid_token", "insufficient_scope",
]);

/** An OAuthError with every server-supplied text scrubbed and the provider's remedy appended. */
function oauthError(fields: OAuthErrorFields, status: number, ctx: TokenResponseContext): OAuthError {
  // Trimmed: Cloudmore's real responses start error_description with a space.
  const clean = (text: string | undefined) => text && quote(text.trim(), ctx.secrets);
  const error = REGISTERED_ERRORS.has(fields.error) ? fields.error : clean(fields.error)!;
  const safe = { error, error_description: clean(fields.error_description), error_uri: clean(fields.error_uri), status };
  return new OAuthError({ ...safe, remedy: clean(ctx.describeError?.(new OAuthError(safe))) });
}

/**
 * Turns a token endpoint response into a TokenSet, checking in a fixed order: status,
 * `WWW-Authenticate` challenge, OAuth error body, JSON, then each RFC 6749 field. Throws OAuthError or
 * TokenResponseError; neither carries the body.
 */
export async function parseTokenResponse(response: Response, ctx: TokenResponseContext): Promise<TokenSet> {
  const { status, headers } = response;
  const contentType = headers.get("content-type");
  const fail = (field: string, problem: string): never => {
    throw new TokenResponseError(field, problem, status, contentType);
  };
  // Token requests go out with redirect "manual" (workerd rejects "error"): following would resend
  // the credentials to wherever the Location points, so a redirect is a failure. Browsers hide it
  // behind an opaque status 0 response without a Location.
  if (response.type === "opaqueredirect" || (status >= 300 && status <= 399)) {
    await response.body?.cancel().catch(() => undefined);
    fail("body", `is a redirect to ${redirectTarget(response)}; token requests never follow redirects, so set tokenUrl to the final URL`);
  }
  // Capped here too, for callers that hand in a response of their own (requestTokens' is read already).
  const text = await (await readCapped(response, undefined)).text();
  // JSON, a vendor +json type, or text/plain (some token endpoints mislabel JSON).
  const isJson = /^(application\/([^/]+\+)?json|text\/plain)?$/.test((contentType ?? "").split(";")[0]!.trim().toLowerCase());
  let json: unknown;
  try {
    if (isJson) json = JSON.parse(text);
  } catch {
    // The SyntaxError quotes the input, which may hold a token: it is never kept.
  }

  if (status < 200 || status > 299) {
    const fields = errorFields(challengeParams(headers.get("www-authenticate"))) ?? errorFields(json);
    if (fields !== undefined) throw oauthError(fields, status, ctx);
    fail("body", "is not an OAuth error response");
  }
  if (text.trim() === "") fail("body", "is empty");
  if (!isJson) fail("body", "is not JSON");
  if (json === undefined) fail("body", "is not valid JSON");
  if (!isRecord(json) || Array.isArray(json)) fail("body", "must be a JSON object");
  const body = json as Record<string, unknown>;
  const embeddedError = body.access_token === undefined && errorFields(body);
  if (embeddedError) throw oauthError(embeddedError, status, ctx);

  const checked = checkTokenFields(body);
  if (!checked.ok) return fail(checked.field, checked.problem);
  // refresh_token_expires_in is no RFC 6749 field: it stays among the extras, checked and numeric.
  const { access_token, token_type, expires_in, refresh_token, scope, ...extra } = checked.fields;
  const parsedExtra = await parseExtraFields(
    extra,
    ctx.parseExtra,
    // A validator's message may quote the value it rejected, and this response holds new tokens.
    (field, problem) => fail(field, quote(problem, [...ctx.secrets, access_token, refresh_token ?? ""])),
  );

  const { obtainedAt } = ctx;
  const lifetimeMs = expires_in != null ? expires_in * 1000 : (jwtLifetimeMs(access_token, obtainedAt) ?? ctx.defaultExpiresInSeconds * 1000);
  const refreshToken = refresh_token ?? undefined;
  const refreshLifetime = extra.refresh_token_expires_in ?? ctx.refreshTokenLifetimeSeconds;
  return {
    accessToken: access_token,
    tokenType: token_type,
    expiresAt: obtainedAt + lifetimeMs,
    obtainedAt,
    refreshToken,
    refreshTokenExpiresAt: refreshToken && refreshLifetime !== undefined ? obtainedAt + refreshLifetime * 1000 : undefined,
    scope: scope ?? undefined,
    extra: parsedExtra as Readonly<Record<string, unknown>>,
  };
}

/** Where a redirect points, without query or user info; relative locations resolve against the request. */
function redirectTarget(response: Response): string {
  const location = response.headers.get("location");
  if (location === null) return "an unknown location";
  try {
    return describeUrl(new URL(location, response.url || undefined).href);
  } catch {
    return "(invalid URL)";
  }
}

/** The non-standard fields, validated and typed by the provider's parser, if it has one. */
async function parseExtraFields(extra: Record<string, unknown>, parser: ExtraParser<unknown> | undefined, fail: (field: string, problem: string) => never) {
  if (parser === undefined) return extra;
  if (typeof parser === "function") {
    try {
      // Awaited: an async parser's rejection may quote the response, which holds new tokens.
      return await parser(extra);
    } catch {
      return fail("extra", "was rejected by parseExtra");
    }
  }
  let result: Awaited<ReturnType<StandardSchemaV1<unknown, unknown>["~standard"]["validate"]>>;
  try {
    result = await parser["~standard"].validate(extra);
  } catch {
    return fail("extra", "was rejected by parseExtra");
  }
  if (result.issues === undefined) return result.value;
  const issue = result.issues[0];
  const field = issue?.path?.map((part) => String(typeof part === "object" ? part.key : part)).join(".");
  return fail(field || (issue ? "body" : "extra"), `is invalid: ${issue?.message ?? "rejected by parseExtra"}`);
}
