import { formEncode } from "./form-encoding.js";
import { anyString, checkOptions, isText, optional, positiveNumber, record, text, withoutAuthorization, type Rules } from "./options.js";

/** How the client id and secret reach the token endpoint (RFC 6749 section 2.3.1). */
export type ClientAuthentication = "client_secret_post" | "client_secret_basic";

/** Where and how refresh tokens are redeemed. */
export interface RefreshOptions {
  /** Defaults to the grant's `tokenUrl`; CloudLX uses a separate endpoint. */
  readonly tokenUrl?: string;
  /** Extra form parameters for refresh requests only. */
  readonly extraParams?: Readonly<Record<string, string>>;
  /** Authenticate the client on refresh requests too. Default: true when a client id is set. */
  readonly includeClientCredentials?: boolean;
  /**
   * How long refresh tokens live when the provider states it but the response does not
   * (e.g. 604800 for CloudLX). After that the primary grant is used instead of a doomed refresh.
   */
  readonly refreshTokenLifetimeSeconds?: number;
}

/** Options every OAuth2 grant factory accepts. */
export interface OAuth2GrantOptions {
  readonly tokenUrl: string;
  readonly scope?: string;
  /** Default `client_secret_basic` (the method RFC 6749 requires servers to support). */
  readonly clientAuthentication?: ClientAuthentication;
  /** Extra form parameters sent with the primary grant. */
  readonly extraParams?: Readonly<Record<string, string>>;
  /** Extra headers for token requests of this credential (e.g. a vendor `Accept`). */
  readonly headers?: HeadersInit;
  readonly refresh?: RefreshOptions;
  /** Lifetime assumed when a response has no `expires_in` and the token is no JWT. Default 300. */
  readonly defaultExpiresInSeconds?: number;
}

/** A token endpoint request, ready to send. Contains secrets: never log it. */
export interface TokenEndpointRequest {
  readonly url: string;
  readonly body: URLSearchParams;
  readonly headers: Headers;
}

/**
 * OAuth2 credentials (client credentials, password or refresh token grant). Treat as opaque:
 * secrets live in closures, so logging or serialising this object reveals none.
 */
export interface OAuth2Credentials {
  readonly kind: "oauth2";
  /** The primary grant: what is sent when no usable refresh token is cached. */
  readonly grantType: "client_credentials" | "password" | "refresh_token";
  readonly tokenUrl: string;
  readonly refreshTokenUrl: string;
  readonly clientId?: string | undefined;
  /**
   * Whose tokens these are; part of the cache key. For {@link refreshTokenGrant} without a
   * `username`, a non-reversible fingerprint of the initial refresh token (never the token).
   */
  readonly username?: string | undefined;
  readonly scope?: string | undefined;
  readonly defaultExpiresInSeconds: number;
  readonly refreshTokenLifetimeSeconds?: number | undefined;
  /**
   * Builds the primary grant's request: what is sent when no usable refresh token is cached, and
   * once when a refresh token is refused. Absent when the credential can only refresh.
   */
  readonly primaryGrant?: () => TokenEndpointRequest;
  /** The refresh token to start from while none is cached (a credential that can only refresh). */
  readonly initialRefreshToken?: () => string;
  /** Builds a `refresh_token` grant request. */
  refreshGrant(refreshToken: string): TokenEndpointRequest;
  /** The secrets to scrub from server-supplied error text. */
  secrets(): readonly string[];
}

/** Credentials sent as a fixed `Authorization` header on every API request. */
export interface HeaderCredentials {
  readonly kind: "header";
  readonly scheme: "Basic" | "Bearer";
  /** The full `Authorization` header value. */
  authorization(): string;
  secrets(): readonly string[];
}

/** What every credential factory returns; pass it to `createAuth`. */
export type Credentials = OAuth2Credentials | HeaderCredentials;

/** Options of {@link clientCredentials}. */
export interface ClientCredentialsOptions extends OAuth2GrantOptions {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Options of {@link passwordGrant}. */
export interface PasswordGrantOptions extends OAuth2GrantOptions {
  readonly username: string;
  readonly password: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
}

/** Options of {@link apiKeyPasswordGrant}. */
export interface ApiKeyPasswordGrantOptions extends OAuth2GrantOptions {
  readonly username: string;
  readonly apiKey: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
}

/** Options of {@link refreshTokenGrant}. */
export interface RefreshTokenGrantOptions {
  /** Where the refresh token is redeemed (the provider's token endpoint, or its refresh endpoint). */
  readonly tokenUrl: string;
  /**
   * A refresh token obtained earlier: one `onTokens` persisted, or one from a flow run elsewhere
   * (e.g. authorization code). Used when no tokens are cached; once a response rotates it, the
   * newest refresh token is used.
   */
  readonly refreshToken: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  /** Default `client_secret_basic`; without a secret only `client_id` is sent, in the body. */
  readonly clientAuthentication?: ClientAuthentication;
  /** Sent with every refresh (RFC 6749 section 6: at most the scope originally granted); part of the cache key. */
  readonly scope?: string;
  /** Extra form parameters of every refresh request (e.g. CloudLX's own required fields). */
  readonly extraParams?: Readonly<Record<string, string>>;
  /** Extra headers for token requests of this credential (e.g. a vendor `Accept`). */
  readonly headers?: HeadersInit;
  /** How long refresh tokens live when the provider states it but the response does not. */
  readonly refreshTokenLifetimeSeconds?: number;
  /** Lifetime assumed when a response has no `expires_in` and the token is no JWT. Default 300. */
  readonly defaultExpiresInSeconds?: number;
  /**
   * Whose refresh token this is (a user name or any stable account id). It only keys the token
   * cache: set it when a shared or persistent store should keep one account's tokens across
   * restarts. Default: a fingerprint of `refreshToken`, so different refresh tokens never share tokens.
   */
  readonly username?: string;
}

const CLIENT_AUTHENTICATION_RULE = optional([
  (value) => value === "client_secret_basic" || value === "client_secret_post",
  'must be "client_secret_post" or "client_secret_basic".',
]);

/** What every OAuth2 grant accepts, checked before anything else happens. */
const GRANT_RULES: Rules = {
  tokenUrl: text,
  scope: optional(text),
  clientAuthentication: CLIENT_AUTHENTICATION_RULE,
  extraParams: optional(record),
  "extraParams.*": anyString,
  headers: withoutAuthorization,
  refresh: optional(record),
  "refresh.tokenUrl": optional(text),
  "refresh.extraParams": optional(record),
  "refresh.extraParams.*": anyString,
  "refresh.refreshTokenLifetimeSeconds": optional(positiveNumber),
  defaultExpiresInSeconds: optional(positiveNumber),
};

/** A password grant's client is optional, but a secret without an id cannot be sent. */
const OPTIONAL_CLIENT_RULES: Rules = {
  clientId: [(value, options) => (value === undefined ? options.clientSecret === undefined : isText(value)), "must be a non-empty string (required with clientSecret)."],
  clientSecret: optional(text),
};

/** RFC 7617: user and password as UTF-8 bytes, base64-encoded. */
function basicAuthorization(username: string, password: string): string {
  return `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)))}`;
}


type ClientOptions = Pick<OAuth2GrantOptions, "clientAuthentication" | "headers"> & {
  readonly clientId?: string | undefined;
  readonly clientSecret?: string | undefined;
};

/** Builds token endpoint requests that authenticate the client as configured. */
function requestBuilder({ clientId, clientSecret, headers, clientAuthentication }: ClientOptions) {
  const basic = clientAuthentication !== "client_secret_post";
  return (url: string, params: Record<string, string>, authenticate: boolean): TokenEndpointRequest => {
    const body = new URLSearchParams(params);
    const requestHeaders = new Headers(headers);
    if (authenticate && clientId !== undefined) {
      if (clientSecret !== undefined && basic) {
        // RFC 6749 section 2.3.1: client id and secret are form-encoded before the Basic encoding.
        requestHeaders.set("authorization", basicAuthorization(formEncode(clientId), formEncode(clientSecret)));
      } else {
        body.set("client_id", clientId);
        if (clientSecret !== undefined) body.set("client_secret", clientSecret);
      }
    }
    return { url, body, headers: requestHeaders };
  };
}

function oauth2(
  grantType: "client_credentials" | "password",
  options: OAuth2GrantOptions & { readonly clientId?: string; readonly clientSecret?: string },
  grantParams: Readonly<Record<string, string>>,
  secrets: readonly string[],
): OAuth2Credentials {
  const { tokenUrl, scope, clientId, extraParams, refresh = {} } = options;
  const refreshTokenUrl = refresh.tokenUrl ?? tokenUrl;
  const authenticateOnRefresh = refresh.includeClientCredentials ?? clientId !== undefined;
  const build = requestBuilder(options);

  return {
    kind: "oauth2",
    grantType,
    tokenUrl,
    refreshTokenUrl,
    clientId,
    username: grantParams.username,
    scope,
    defaultExpiresInSeconds: options.defaultExpiresInSeconds ?? 300,
    refreshTokenLifetimeSeconds: refresh.refreshTokenLifetimeSeconds,
    primaryGrant: () => build(tokenUrl, { ...extraParams, grant_type: grantType, ...grantParams, ...(scope && { scope }) }, true),
    refreshGrant: (refreshToken) =>
      build(refreshTokenUrl, { ...refresh.extraParams, grant_type: "refresh_token", refresh_token: refreshToken }, authenticateOnRefresh),
    secrets: () => secrets,
  };
}

/** OAuth2 `client_credentials` grant (RFC 6749 section 4.4). */
export function clientCredentials(options: ClientCredentialsOptions): OAuth2Credentials {
  checkOptions(options, { clientId: text, clientSecret: text, ...GRANT_RULES });
  return oauth2("client_credentials", options, {}, [options.clientSecret]);
}

/** OAuth2 resource owner `password` grant (RFC 6749 section 4.3), client id/secret optional. */
export function passwordGrant(options: PasswordGrantOptions): OAuth2Credentials {
  checkOptions(options, { username: text, password: text, ...OPTIONAL_CLIENT_RULES, ...GRANT_RULES });
  const { username, password } = options;
  return oauth2("password", options, { username, password }, [password, options.clientSecret ?? ""]);
}

/** A password grant whose password is an API key (CloudCherry accepts either). */
export function apiKeyPasswordGrant(options: ApiKeyPasswordGrantOptions): OAuth2Credentials {
  checkOptions(options, { apiKey: text });
  return passwordGrant({ ...options, password: options.apiKey });
}

/**
 * 64-bit FNV-1a of the UTF-8 bytes, in hex: tells refresh tokens apart in the cache key without
 * revealing them (the factory is synchronous, so crypto.subtle is not an option here).
 */
function fingerprint(value: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(value)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, "0");
}

/**
 * OAuth2 `refresh_token` grant (RFC 6749 section 6) from a refresh token obtained earlier, e.g.
 * one that `onTokens` persisted. The token manager starts from that refresh token and, like any
 * refresh, keeps the newest one a response rotates to. There is no primary grant: a refused
 * refresh token surfaces as the server's `invalid_grant` OAuthError, after one request.
 */
export function refreshTokenGrant(options: RefreshTokenGrantOptions): OAuth2Credentials {
  checkOptions(options, {
    tokenUrl: text,
    refreshToken: text,
    ...OPTIONAL_CLIENT_RULES,
    clientAuthentication: CLIENT_AUTHENTICATION_RULE,
    scope: optional(text),
    extraParams: optional(record),
    "extraParams.*": anyString,
    headers: withoutAuthorization,
    refreshTokenLifetimeSeconds: optional(positiveNumber),
    defaultExpiresInSeconds: optional(positiveNumber),
    username: optional(text),
    refresh: [(value) => value === undefined, "is not an option of refreshTokenGrant: its tokenUrl and extraParams are the refresh's own."],
  });
  const { tokenUrl, refreshToken, clientId, clientSecret, scope, extraParams } = options;
  const build = requestBuilder(options);

  return {
    kind: "oauth2",
    grantType: "refresh_token",
    tokenUrl,
    refreshTokenUrl: tokenUrl,
    clientId,
    username: options.username ?? `refresh-token:${fingerprint(refreshToken)}`,
    scope,
    defaultExpiresInSeconds: options.defaultExpiresInSeconds ?? 300,
    refreshTokenLifetimeSeconds: options.refreshTokenLifetimeSeconds,
    initialRefreshToken: () => refreshToken,
    refreshGrant: (token) => build(tokenUrl, { ...extraParams, grant_type: "refresh_token", refresh_token: token, ...(scope && { scope }) }, true),
    secrets: () => [refreshToken, clientSecret ?? ""],
  };
}

/** HTTP Basic with a user name and a password or API key on every API request. */
export function httpBasic(options: { readonly username: string; readonly password: string }): HeaderCredentials {
  checkOptions(options, {
    username: [(value) => isText(value) && !value.includes(":"), 'must be a non-empty string without ":" (RFC 7617).'],
    password: text,
  });
  const { password } = options;
  const header = basicAuthorization(options.username, password);
  return { kind: "header", scheme: "Basic", authorization: () => header, secrets: () => [password, header.slice(6)] };
}

/** A fixed bearer token, e.g. one issued by hand. No refresh: a 401 is returned as is. */
export function staticBearer(options: { readonly token: string }): HeaderCredentials {
  checkOptions(options, { token: text });
  const { token } = options;
  const header = `Bearer ${token}`;
  return { kind: "header", scheme: "Bearer", authorization: () => header, secrets: () => [token] };
}
