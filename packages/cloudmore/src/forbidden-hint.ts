import { ApiError, throwOnErrorMiddleware } from "@cloud-sdks/core";
import type { Middleware } from "openapi-fetch";

/**
 * What Cloudmore's access guide says about who may call the API; appended to the message of a
 * 403 `ApiError`, because a valid token for the wrong kind of user is the usual cause.
 */
export const CLOUDMORE_FORBIDDEN_HINT =
  "Cloudmore lets only a reseller user with the Super Admin role and “allow REST API access” ticked in its profile call the API, and only on its own reseller or seller account.";

/** `error` itself, with the access hint added to its message when it is a 403 `ApiError`. */
export function withForbiddenHint<E>(error: E): E {
  if (error instanceof ApiError && error.status === 403 && !error.message.includes(CLOUDMORE_FORBIDDEN_HINT)) {
    error.message = `${error.message} ${CLOUDMORE_FORBIDDEN_HINT}`;
  }
  return error;
}

/** Core's throw-on-error middleware, with the 403 hint on what it throws. */
export function cloudmoreThrowOnErrorMiddleware(): Middleware {
  const inner = throwOnErrorMiddleware("cloudmore");
  return {
    async onResponse(params) {
      try {
        return await inner.onResponse?.(params);
      } catch (error) {
        throw withForbiddenHint(error);
      }
    },
  };
}
