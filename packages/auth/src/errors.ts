import { causeText } from "./cause-text.js";

/** Stable error codes: match on `error.code`, never on the message text. */
export const AUTH_OAUTH_ERROR = "AUTH_OAUTH_ERROR";
export const AUTH_TOKEN_RESPONSE_INVALID = "AUTH_TOKEN_RESPONSE_INVALID";
export const AUTH_TIMEOUT = "AUTH_TIMEOUT";
export const AUTH_RETRIES_EXHAUSTED = "AUTH_RETRIES_EXHAUSTED";
export const AUTH_CONFIG_INVALID = "AUTH_CONFIG_INVALID";
export const AUTH_INSECURE_URL = "AUTH_INSECURE_URL";
export const AUTH_NETWORK_ERROR = "AUTH_NETWORK_ERROR";

/** Every code an error of this package can carry. */
export type AuthErrorCode =
  | typeof AUTH_OAUTH_ERROR
  | typeof AUTH_TOKEN_RESPONSE_INVALID
  | typeof AUTH_TIMEOUT
  | typeof AUTH_RETRIES_EXHAUSTED
  | typeof AUTH_CONFIG_INVALID
  | typeof AUTH_INSECURE_URL
  | typeof AUTH_NETWORK_ERROR;

/** Every message and log line of this package starts with it. */
export const PREFIX = "@cloud-sdks/auth: ";

/**
 * Base class of every error this package throws. Messages start with `@cloud-sdks/auth:`;
 * no message, enumerable property, `cause` or `toJSON()` output ever holds a secret or token.
 * Subclasses declare their fields and hand them to this constructor, which assigns them.
 */
export class CloudSdksAuthError extends Error {
  declare readonly code: AuthErrorCode;

  constructor(code: AuthErrorCode, message: string, fields?: object, options?: { cause?: unknown }) {
    super(PREFIX + message, options);
    Object.assign(this, { code, ...fields });
    this.name = new.target.name;
  }

  /** A plain, log-safe object (Error's own `message` is not enumerable, so JSON would drop it). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/** The RFC 6749 section 5.2 fields of an OAuth error response. */
export interface OAuthErrorFields {
  readonly error: string;
  readonly error_description?: string | undefined;
  readonly error_uri?: string | undefined;
}

/**
 * The token endpoint answered with an OAuth error (RFC 6749 section 5.2), in the body or in a
 * `WWW-Authenticate` challenge. `remedy` is the provider package's advice, if it has any.
 */
export class OAuthError extends CloudSdksAuthError implements OAuthErrorFields {
  declare readonly error: string;
  declare readonly error_description: string | undefined;
  declare readonly error_uri: string | undefined;
  /** HTTP status of the token response. */
  declare readonly status: number;
  declare readonly remedy: string | undefined;

  constructor(fields: OAuthErrorFields & { status: number; remedy?: string | undefined }) {
    const { error, error_description, error_uri, status, remedy } = fields;
    super(
      AUTH_OAUTH_ERROR,
      `token endpoint answered HTTP ${status} "${error}"${error_description ? ` (${error_description})` : ""}.${remedy ? ` ${remedy}` : ""}`,
      { error, error_description, error_uri, status, remedy },
    );
  }
}

/**
 * The token endpoint's answer is not a conforming token response (HTML, empty body, malformed
 * JSON, a missing or mistyped field). `field` names the offending field (`"body"` for the body
 * as a whole); the body itself is never attached because it may hold a token.
 */
export class TokenResponseError extends CloudSdksAuthError {
  declare readonly field: string;
  declare readonly status: number;
  declare readonly contentType: string | null;

  constructor(field: string, problem: string, status: number, contentType: string | null) {
    super(
      AUTH_TOKEN_RESPONSE_INVALID,
      `token response ${field === "body" ? field : `"${field}"`} ${problem} (HTTP ${status}, ${contentType ?? "no content-type"}).`,
      { field, status, contentType },
    );
  }
}

/** One attempt took longer than `timeoutMs`. `url` has no query string or user info. */
export class TimeoutError extends CloudSdksAuthError {
  declare readonly timeoutMs: number;
  declare readonly url: string;

  constructor(url: string, timeoutMs: number) {
    super(AUTH_TIMEOUT, `request to ${url} timed out after ${timeoutMs} ms.`, { timeoutMs, url });
  }
}

/**
 * Every allowed attempt failed with a retryable status or error. `cause` is the last error
 * (network error or TimeoutError) when the last attempt threw.
 */
export class RetriesExhaustedError extends CloudSdksAuthError {
  declare readonly attempts: number;
  /** Undefined when the last attempt threw (see `cause`). */
  declare readonly lastStatus: number | undefined;
  declare readonly url: string;

  /** `secrets` are scrubbed from the cause's text, which the message quotes. */
  constructor(url: string, attempts: number, lastStatus: number | undefined, cause?: unknown, secrets: readonly string[] = []) {
    super(
      AUTH_RETRIES_EXHAUSTED,
      `request to ${url} failed after ${attempts} attempts; last: ${lastStatus ? `HTTP ${lastStatus}` : causeText(cause, secrets)}.`,
      { attempts, lastStatus, url },
      { cause },
    );
  }
}

/**
 * The request failed without a response (refused, reset, DNS, TLS) and was not retried: a POST
 * that may have reached the server, or retries turned off. `cause` is fetch's own error; the
 * message names its text, scrubbed (`fetch failed: ECONNREFUSED ...`).
 */
export class NetworkError extends CloudSdksAuthError {
  declare readonly url: string;

  constructor(url: string, cause: unknown, secrets: readonly string[] = []) {
    super(AUTH_NETWORK_ERROR, `request to ${url} failed: ${causeText(cause, secrets)}.`, { url }, { cause });
  }
}

/** An option passed to a factory or to `createAuth` is missing or wrong; `option` names it. */
export class ConfigError extends CloudSdksAuthError {
  declare readonly option: string;

  constructor(option: string, problem: string, code: AuthErrorCode = AUTH_CONFIG_INVALID) {
    super(code, `option "${option}" ${problem}`, { option });
  }
}

/** A token or API URL is not https (plain http is allowed on loopback hosts or with `allowInsecureHttp`). */
export class InsecureUrlError extends ConfigError {
  constructor(option: string) {
    super(option, "must use https (http only on loopback, or with allowInsecureHttp for tests).", AUTH_INSECURE_URL);
  }
}

/** A log-safe label for any thrown value: its code or class name, never its message. */
export function errorLabel(error: unknown): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  return typeof code === "string" ? code : typeof name === "string" ? name : typeof error;
}
