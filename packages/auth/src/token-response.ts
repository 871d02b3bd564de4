import { OAuthError, TokenResponseError, type OAuthErrorFields } from "./errors.js";
import { jwtLifetimeMs } from "./jwt.js";
import { scrub } from "./redact.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import type { TokenSet } from "./store.js";

/** The token response fields besides the standard ones, validated and typed by the provider. */
export type ExtraParser<TExtra> =
  | StandardSchemaV1<unknown, TExtra>
  | ((extra: Readonly<Record<string, unknown>>) => TExtra);

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

const STANDARD_FIELDS = new Set(["access_token", "token_type", "expires_in", "refresh_token", "scope"]);
const NUMERIC = /^\s*\d+(\.\d+)?\s*$/;

function isJsonContentType(contentType: string | null): boolean {
  if (contentType === null) return true;
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  // text/plain is tolerated: some token endpoints mislabel JSON.
  return type === "" || type === "application/json" || /^application\/[^/]+\+json$/.test(type) || type === "text/plain";
}

/** RFC 6750 section 3 challenge parameters, e.g. `Bearer error="invalid_token"`. */
function challengeError(header: string | null): OAuthErrorFields | undefined {
  if (header === null) return undefined;
  const params: Record<string, string> = {};
  for (const match of header.matchAll(/([\w-]+)="((?:[^"\\]|\\.)*)"|([\w-]+)=([^\s,"]+)/g)) {
    const name = (match[1] ?? match[3] ?? "").toLowerCase();
    params[name] = (match[2] ?? match[4] ?? "").replace(/\\(.)/g, "$1");
  }
  return bodyError(params);
}

function bodyError(body: unknown): OAuthErrorFields | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { error, error_description, error_uri } = body as Record<string, unknown>;
  if (typeof error !== "string" || error.length === 0) return undefined;
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  return { error, error_description: text(error_description), error_uri: text(error_uri) };
}

function oauthError(fields: OAuthErrorFields, status: number, ctx: TokenResponseContext): OAuthError {
  const clean = (text: string | undefined) => text && scrub(text, ctx.secrets);
  const safe = { error: scrub(fields.error, ctx.secrets), error_description: clean(fields.error_description), error_uri: clean(fields.error_uri), status };
  return new OAuthError({ ...safe, remedy: clean(ctx.describeError?.(new OAuthError(safe))) });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // The SyntaxError quotes the input, which may hold a token: it is never kept.
    return undefined;
  }
}

function seconds(value: unknown, field: string, status: number, contentType: string | null): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = typeof value === "string" && NUMERIC.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number) || number < 0) {
    throw new TokenResponseError(field, "must be a non-negative number of seconds", status, contentType);
  }
  return number;
}

function issuePath(issue: { readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined }): string {
  return (issue.path ?? []).map((part) => String(typeof part === "object" ? part.key : part)).join(".") || "body";
}

async function parseExtraFields(extra: Record<string, unknown>, ctx: TokenResponseContext, status: number, contentType: string | null) {
  const parser = ctx.parseExtra;
  if (parser === undefined) return extra;
  if (typeof parser === "function") {
    try {
      return parser(extra);
    } catch {
      throw new TokenResponseError("extra", "was rejected by parseExtra", status, contentType);
    }
  }
  const result = await parser["~standard"].validate(extra);
  if (result.issues === undefined) return result.value;
  const first = result.issues[0];
  const field = first === undefined ? "extra" : issuePath(first);
  throw new TokenResponseError(field, `is invalid: ${first?.message ?? "rejected by parseExtra"}`, status, contentType);
}

/**
 * Turns a token endpoint response into a TokenSet, checking in a fixed order: status,
 * `WWW-Authenticate` challenge, OAuth error body, JSON, then each field. Throws OAuthError or
 * TokenResponseError; neither carries the body.
 */
export async function parseTokenResponse(response: Response, ctx: TokenResponseContext): Promise<TokenSet> {
  const { status } = response;
  const contentType = response.headers.get("content-type");
  const text = await response.text();
  const json = isJsonContentType(contentType) ? parseJson(text) : undefined;

  if (status < 200 || status > 299) {
    const fields = challengeError(response.headers.get("www-authenticate")) ?? bodyError(json);
    if (fields !== undefined) throw oauthError(fields, status, ctx);
    throw new TokenResponseError("body", "is not an OAuth error response", status, contentType);
  }

  if (text.trim() === "") throw new TokenResponseError("body", "is empty", status, contentType);
  if (!isJsonContentType(contentType)) throw new TokenResponseError("body", "is not JSON", status, contentType);
  if (json === undefined) throw new TokenResponseError("body", "is not valid JSON", status, contentType);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new TokenResponseError("body", "must be a JSON object", status, contentType);
  }
  const body = json as Record<string, unknown>;
  const embeddedError = body.access_token === undefined ? bodyError(body) : undefined;
  if (embeddedError !== undefined) throw oauthError(embeddedError, status, ctx);

  const { access_token, token_type, refresh_token, scope } = body;
  if (typeof access_token !== "string" || access_token.length === 0) {
    throw new TokenResponseError("access_token", "must be a non-empty string", status, contentType);
  }
  if (typeof token_type !== "string" || token_type.toLowerCase() !== "bearer") {
    throw new TokenResponseError("token_type", 'must be "Bearer" (in any case)', status, contentType);
  }
  if (refresh_token !== undefined && refresh_token !== null && (typeof refresh_token !== "string" || refresh_token.length === 0)) {
    throw new TokenResponseError("refresh_token", "must be a non-empty string when present", status, contentType);
  }
  if (scope !== undefined && scope !== null && typeof scope !== "string") {
    throw new TokenResponseError("scope", "must be a string when present", status, contentType);
  }
  const expiresIn = seconds(body.expires_in, "expires_in", status, contentType);
  const refreshExpiresIn = seconds(body.refresh_token_expires_in, "refresh_token_expires_in", status, contentType);

  const extra: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) if (!STANDARD_FIELDS.has(name)) extra[name] = value;
  const parsedExtra = await parseExtraFields(extra, ctx, status, contentType);

  const { obtainedAt } = ctx;
  const lifetimeMs =
    expiresIn !== undefined ? expiresIn * 1000 : (jwtLifetimeMs(access_token, obtainedAt) ?? ctx.defaultExpiresInSeconds * 1000);
  const refreshLifetime = refreshExpiresIn ?? ctx.refreshTokenLifetimeSeconds;
  const refreshToken = refresh_token ?? undefined;
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
