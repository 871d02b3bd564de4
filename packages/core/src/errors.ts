/** Stable codes: match on `error.code`, not on messages or class identity across bundles. */
export const CLIENT_ERROR_CODES = {
  apiError: "CLIENT_API_ERROR",
  responseInvalid: "CLIENT_RESPONSE_INVALID",
  envMissing: "CLIENT_ENV_MISSING",
  configInvalid: "CLIENT_CONFIG_INVALID",
} as const;

export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[keyof typeof CLIENT_ERROR_CODES];

/** Base class of every error the provider clients raise themselves (auth errors come from `@cloud-sdks/auth`). */
export class CloudSdksClientError extends Error {
  readonly code: ClientErrorCode;

  constructor(code: ClientErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }

  /** A plain, log-safe object (Error's own `message` is not enumerable, so JSON would drop it). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}
