import { parseRetryAfter } from "@cloud-sdks/auth";
import { ApiError, detailsFromResponse, type ApiErrorDetails } from "./api-error.js";
import { CLIENT_ERROR_CODES } from "./errors.js";
import { secretsSentWith } from "./sent-secrets.js";

// One class per status family, as Stainless' and Speakeasy's clients have, so callers branch with
// `instanceof` or on `code` instead of comparing numbers. Each keeps ApiError's fields.

/** 400: the request was malformed or failed the provider's validation. */
export class BadRequestError<TBody = unknown> extends ApiError<TBody> {
  override readonly code = CLIENT_ERROR_CODES.badRequest;
}

/** 401 that survived the client's one re-authentication and resend: the credentials are not accepted. */
export class AuthenticationError<TBody = unknown> extends ApiError<TBody> {
  override readonly code = CLIENT_ERROR_CODES.authentication;
}

/** 403: authenticated, but the account may not do this. */
export class PermissionDeniedError<TBody = unknown> extends ApiError<TBody> {
  override readonly code = CLIENT_ERROR_CODES.permissionDenied;
}

/** 404. */
export class NotFoundError<TBody = unknown> extends ApiError<TBody> {
  override readonly code = CLIENT_ERROR_CODES.notFound;
}

/** 409. */
export class ConflictError<TBody = unknown> extends ApiError<TBody> {
  override readonly code = CLIENT_ERROR_CODES.conflict;
}

/** 422. */
export class UnprocessableEntityError<TBody = unknown> extends ApiError<TBody> {
  override readonly code = CLIENT_ERROR_CODES.unprocessableEntity;
}

/** 429 after the transport's own retries (or with a `Retry-After` longer than it waits). */
export class RateLimitError<TBody = unknown> extends ApiError<TBody> {
  override readonly code = CLIENT_ERROR_CODES.rateLimit;
  /** How long the provider asked to wait (`Retry-After`), when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(details: ApiErrorDetails<TBody> & { readonly retryAfterMs?: number | undefined }, secrets: readonly string[] = []) {
    const { retryAfterMs, ...rest } = details;
    super(rest, secrets);
    this.retryAfterMs = retryAfterMs;
  }
}

/** 500 and above, after the transport's retries. */
export class InternalServerError<TBody = unknown> extends ApiError<TBody> {
  override readonly code = CLIENT_ERROR_CODES.internalServer;
}

const BY_STATUS: Readonly<Record<number, new <T>(details: ApiErrorDetails<T>, secrets?: readonly string[]) => ApiError<T>>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
};

/**
 * The ApiError subclass for a status; a status without a family (405, 418...) stays a plain
 * ApiError. `secrets` are scrubbed from what the server said (see ApiError); `headers` supply
 * `Retry-After` for RateLimitError.
 */
export function createApiError<TBody>(
  details: ApiErrorDetails<TBody>,
  secrets: readonly string[] = [],
  headers?: Headers,
  now: number = Date.now(),
): ApiError<TBody> {
  if (details.status === 429) {
    return new RateLimitError({ ...details, retryAfterMs: parseRetryAfter(headers?.get("retry-after") ?? null, now) }, secrets);
  }
  if (details.status >= 500) return new InternalServerError(details, secrets);
  const Family = BY_STATUS[details.status];
  return Family === undefined ? new ApiError(details, secrets) : new Family(details, secrets);
}

/** Reads `response`'s body and builds the matching ApiError subclass; `secrets` as for ApiError.fromResponse. */
export async function apiErrorFromResponse(
  provider: string,
  operation: string,
  response: Response,
  secrets: readonly string[] = secretsSentWith(response),
): Promise<ApiError> {
  return createApiError(await detailsFromResponse(provider, operation, response), secrets, response.headers);
}
