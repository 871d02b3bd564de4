import { ConfigError } from "./errors.js";

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
 * OAuth2 credentials (client credentials or password grant). Treat as opaque: secrets live in
 * closures, so logging or serialising this object reveals none.
 */
export interface OAuth2Credentials {
  readonly kind: "oauth2";
  readonly grantType: "client_credentials" | "password";
  readonly tokenUrl: string;
  readonly refreshTokenUrl: string;
  readonly clientId?: string | undefined;
  readonly username?: string | undefined;
  readonly scope?: string | undefined;
  readonly defaultExpiresInSeconds: number;
  readonly refreshTokenLifetimeSeconds?: number | undefined;
  /** Builds the primary grant's request. */
  primaryGrant(): TokenEndpointRequest;
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

function requireString(value: unknown, option: string): string {
  if (typeof value !== "string" || value.length === 0) throw new ConfigError(option, "must be a non-empty string.");
  return value;
}

function optionalString(value: unknown, option: string): string | undefined {
  return value === undefined ? undefined : requireString(value, option);
}

function positiveSeconds(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new ConfigError(option, "must be a positive number of seconds.");
  }
  return value;
}

function stringRecord(value: unknown, option: string): Readonly<Record<string, string>> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null) throw new ConfigError(option, "must be an object of strings.");
  for (const [name, item] of Object.entries(value)) {
    if (typeof item !== "string") throw new ConfigError(`${option}.${name}`, "must be a string.");
  }
  return value as Record<string, string>;
}

/** RFC 6749 section 2.3.1: id and secret are form-encoded before the Basic encoding. */
function basicClientAuthorization(clientId: string, clientSecret: string): string {
  const encode = (part: string) => encodeURIComponent(part).replace(/%20/g, "+");
  return `Basic ${btoa(`${encode(clientId)}:${encode(clientSecret)}`)}`;
}

/** RFC 7617: user and password as UTF-8 bytes, base64-encoded. */
function basicUserAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

interface GrantSpec {
  readonly grantType: OAuth2Credentials["grantType"];
  readonly grantParams: () => Record<string, string>;
  readonly clientId?: string | undefined;
  readonly clientSecret?: string | undefined;
  readonly username?: string | undefined;
  readonly secrets: readonly string[];
}

function oauth2(spec: GrantSpec, options: OAuth2GrantOptions, prefix: string): OAuth2Credentials {
  if (typeof options !== "object" || options === null) throw new ConfigError(prefix, "must be an options object.");
  const tokenUrl = requireString(options.tokenUrl, "tokenUrl");
  const scope = optionalString(options.scope, "scope");
  const clientAuthentication = options.clientAuthentication ?? "client_secret_basic";
  if (clientAuthentication !== "client_secret_basic" && clientAuthentication !== "client_secret_post") {
    throw new ConfigError("clientAuthentication", 'must be "client_secret_post" or "client_secret_basic".');
  }
  const extraParams = stringRecord(options.extraParams, "extraParams");
  const headers = options.headers;
  if (headers !== undefined && new Headers(headers).has("authorization")) {
    throw new ConfigError("headers", "must not contain Authorization: the client authenticates with clientAuthentication.");
  }
  const refresh = options.refresh ?? {};
  const refreshTokenUrl = optionalString(refresh.tokenUrl, "refresh.tokenUrl") ?? tokenUrl;
  const refreshExtraParams = stringRecord(refresh.extraParams, "refresh.extraParams");
  const refreshTokenLifetimeSeconds = positiveSeconds(refresh.refreshTokenLifetimeSeconds, "refresh.refreshTokenLifetimeSeconds");
  const defaultExpiresInSeconds = positiveSeconds(options.defaultExpiresInSeconds, "defaultExpiresInSeconds") ?? 300;
  const { clientId, clientSecret } = spec;
  const authenticateOnRefresh = refresh.includeClientCredentials ?? clientId !== undefined;

  const build = (url: string, params: Record<string, string>, authenticate: boolean): TokenEndpointRequest => {
    const body = new URLSearchParams(params);
    const requestHeaders = new Headers(headers);
    if (authenticate && clientId !== undefined) {
      if (clientSecret !== undefined && clientAuthentication === "client_secret_basic") {
        requestHeaders.set("authorization", basicClientAuthorization(clientId, clientSecret));
      } else {
        body.set("client_id", clientId);
        if (clientSecret !== undefined) body.set("client_secret", clientSecret);
      }
    }
    return { url, body, headers: requestHeaders };
  };

  return {
    kind: "oauth2",
    grantType: spec.grantType,
    tokenUrl,
    refreshTokenUrl,
    clientId,
    username: spec.username,
    scope,
    defaultExpiresInSeconds,
    refreshTokenLifetimeSeconds,
    primaryGrant: () => build(tokenUrl, { ...extraParams, ...spec.grantParams(), ...(scope && { scope }) }, true),
    refreshGrant: (refreshToken) =>
      build(refreshTokenUrl, { ...refreshExtraParams, grant_type: "refresh_token", refresh_token: refreshToken }, authenticateOnRefresh),
    secrets: () => spec.secrets,
  };
}

function optionalClient(options: { clientId?: unknown; clientSecret?: unknown }) {
  const clientId = optionalString(options.clientId, "clientId");
  const clientSecret = optionalString(options.clientSecret, "clientSecret");
  if (clientSecret !== undefined && clientId === undefined) throw new ConfigError("clientId", "is required when clientSecret is set.");
  return { clientId, clientSecret };
}

/** OAuth2 `client_credentials` grant (RFC 6749 section 4.4). */
export function clientCredentials(options: ClientCredentialsOptions): OAuth2Credentials {
  const clientId = requireString(options?.clientId, "clientId");
  const clientSecret = requireString(options.clientSecret, "clientSecret");
  return oauth2(
    { grantType: "client_credentials", grantParams: () => ({ grant_type: "client_credentials" }), clientId, clientSecret, secrets: [clientSecret] },
    options,
    "clientCredentials",
  );
}

/** OAuth2 resource owner `password` grant (RFC 6749 section 4.3), client id/secret optional. */
export function passwordGrant(options: PasswordGrantOptions): OAuth2Credentials {
  const username = requireString(options?.username, "username");
  const password = requireString(options.password, "password");
  const { clientId, clientSecret } = optionalClient(options);
  return oauth2(
    {
      grantType: "password",
      grantParams: () => ({ grant_type: "password", username, password }),
      clientId,
      clientSecret,
      username,
      secrets: [password, clientSecret ?? ""],
    },
    options,
    "passwordGrant",
  );
}

/** A password grant whose password is an API key (CloudCherry accepts either). */
export function apiKeyPasswordGrant(options: ApiKeyPasswordGrantOptions): OAuth2Credentials {
  const apiKey = requireString(options?.apiKey, "apiKey");
  return passwordGrant({ ...options, password: apiKey });
}

/** HTTP Basic with a user name and a password or API key on every API request. */
export function httpBasic(options: { readonly username: string; readonly password: string }): HeaderCredentials {
  const username = requireString(options?.username, "username");
  const password = requireString(options.password, "password");
  if (username.includes(":")) throw new ConfigError("username", 'must not contain ":" (RFC 7617).');
  const header = basicUserAuthorization(username, password);
  return { kind: "header", scheme: "Basic", authorization: () => header, secrets: () => [password, header.slice(6)] };
}

/** A fixed bearer token, e.g. one issued by hand. No refresh: a 401 is returned as is. */
export function staticBearer(options: { readonly token: string }): HeaderCredentials {
  const token = requireString(options?.token, "token");
  const header = `Bearer ${token}`;
  return { kind: "header", scheme: "Bearer", authorization: () => header, secrets: () => [token] };
}
