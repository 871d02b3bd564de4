import type { Middleware } from "openapi-fetch";
import { apiErrorFromResponse } from "./api-error-classes.js";

/** Middleware that turns every non-2xx answer into a thrown ApiError subclass for its status family. */
export function throwOnErrorMiddleware(provider: string): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      if (response.ok) return undefined;
      throw await apiErrorFromResponse(provider, `${request.method} ${schemaPath}`, response);
    },
  };
}
