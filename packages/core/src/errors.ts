/** Stable codes: match on `error.code`, not on messages or class identity across bundles. */
export const CLIENT_ERROR_CODES = {
  apiError: "CLIENT_API_ERROR",
  responseInvalid: "CLIENT_RESPONSE_INVALID",
  envMissing: "CLIENT_ENV_MISSING",
  configInvalid: "CLIENT_CONFIG_INVALID",
  badRequest: "CLIENT_BAD_REQUEST",
  authentication: "CLIENT_AUTHENTICATION",
  permissionDenied: "CLIENT_PERMISSION_DENIED",
  notFound: "CLIENT_NOT_FOUND",
  conflict: "CLIENT_CONFLICT",
  unprocessableEntity: "CLIENT_UNPROCESSABLE_ENTITY",
  rateLimit: "CLIENT_RATE_LIMIT",
  internalServer: "CLIENT_INTERNAL_SERVER",
  connection: "CLIENT_CONNECTION",
  timeout: "CLIENT_TIMEOUT",
  paginationInvalid: "CLIENT_PAGINATION_INVALID",
} as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[keyof typeof CLIENT_ERROR_CODES];

/** Base class of every error the provider clients raise themselves (auth errors come from `@cloud-sdks/auth`). */
export class CloudSdksClientError extends Error {
  readonly code: ClientErrorCode;

  constructor(code: ClientErrorCode, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }

  /** A plain, log-safe object (Error's own `message` is not enumerable, so JSON would drop it). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}
