/** Stable error codes: match on `error.code`, never on the message text. */
export const AUTH_OAUTH_ERROR = "AUTH_OAUTH_ERROR";
export const AUTH_TOKEN_RESPONSE_INVALID = "AUTH_TOKEN_RESPONSE_INVALID";
export const AUTH_TIMEOUT = "AUTH_TIMEOUT";
export const AUTH_RETRIES_EXHAUSTED = "AUTH_RETRIES_EXHAUSTED";
export const AUTH_CONFIG_INVALID = "AUTH_CONFIG_INVALID";
export const AUTH_INSECURE_URL = "AUTH_INSECURE_URL";

/** Every code an error of this package can carry. */
export type AuthErrorCode =
  | typeof AUTH_OAUTH_ERROR
  | typeof AUTH_TOKEN_RESPONSE_INVALID
  | typeof AUTH_TIMEOUT
  | typeof AUTH_RETRIES_EXHAUSTED
  | typeof AUTH_CONFIG_INVALID
  | typeof AUTH_INSECURE_URL;

const PREFIX = "@cloud-sdks/auth: ";

/**
 * Base class of every error this package throws. Messages start with `@cloud-sdks/auth:`;
 * no message, enumerable property, `cause` or `toJSON()` output ever holds a secret or token.
 */
export class CloudSdksAuthError extends Error {
  readonly code: AuthErrorCode;

  constructor(code: AuthErrorCode, message: string, options?: { cause?: unknown }) {
    super(PREFIX + message, options);
    this.code = code;
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
  readonly error: string;
  readonly error_description: string | undefined;
  readonly error_uri: string | undefined;
  /** HTTP status of the token response. */
  readonly status: number;
  readonly remedy: string | undefined;

  constructor(fields: OAuthErrorFields & { status: number; remedy?: string | undefined }) {
    const { error, error_description, status, remedy } = fields;
    super(AUTH_OAUTH_ERROR, `token endpoint answered HTTP ${status} "${error}"${error_description ? ` (${error_description})` : ""}.${remedy ? ` ${remedy}` : ""}`);
    this.error = error;
    this.error_description = error_description;
    this.error_uri = fields.error_uri;
    this.status = status;
    this.remedy = remedy;
  }
}

/**
 * The token endpoint's answer is not a conforming token response (HTML, empty body, malformed
 * JSON, a missing or mistyped field). `field` names the offending field (`"body"` for the body
 * as a whole); the body itself is never attached because it may hold a token.
 */
export class TokenResponseError extends CloudSdksAuthError {
  readonly field: string;
  readonly status: number;
  readonly contentType: string | null;

  constructor(field: string, problem: string, status: number, contentType: string | null) {
    super(AUTH_TOKEN_RESPONSE_INVALID, `token response ${field === "body" ? field : `"${field}"`} ${problem} (HTTP ${status}, ${contentType ?? "no content-type"}).`);
    this.field = field;
    this.status = status;
    this.contentType = contentType;
  }
}

/** One attempt took longer than `timeoutMs`. `url` has no query string or user info. */
export class TimeoutError extends CloudSdksAuthError {
  readonly timeoutMs: number;
  readonly url: string;

  constructor(url: string, timeoutMs: number) {
    super(AUTH_TIMEOUT, `request to ${url} timed out after ${timeoutMs} ms.`);
    this.timeoutMs = timeoutMs;
    this.url = url;
  }
}

/**
 * Every allowed attempt failed with a retryable status or error. `cause` is the last error
 * (network error or TimeoutError) when the last attempt threw.
 */
export class RetriesExhaustedError extends CloudSdksAuthError {
  readonly attempts: number;
  /** Undefined when the last attempt threw (see `cause`). */
  readonly lastStatus: number | undefined;
  readonly url: string;

  constructor(url: string, attempts: number, lastStatus: number | undefined, cause?: unknown) {
    super(AUTH_RETRIES_EXHAUSTED, `request to ${url} failed after ${attempts} attempts; last: ${lastStatus ? `HTTP ${lastStatus}` : (cause as Error)?.name}.`, { cause });
    this.attempts = attempts;
    this.lastStatus = lastStatus;
    this.url = url;
  }
}

/** An option passed to a factory or to `createAuth` is missing or wrong; `option` names it. */
export class ConfigError extends CloudSdksAuthError {
  readonly option: string;

  constructor(option: string, problem: string, code: AuthErrorCode = AUTH_CONFIG_INVALID) {
    super(code, `option "${option}" ${problem}`);
    this.option = option;
  }
}

/** A token or API URL uses plain http on a non-loopback host without `allowInsecureHttp`. */
export class InsecureUrlError extends ConfigError {
  constructor(option: string) {
    super(
      option,
      "must use https (http only for loopback hosts, or with allowInsecureHttp: true for tests).",
      AUTH_INSECURE_URL,
    );
  }
}
