import type { Middleware } from "openapi-fetch";
import { ApiError } from "./api-error.js";

/** Middleware that turns every non-2xx answer into a thrown `ApiError`. */
export function throwOnErrorMiddleware(provider: string): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      if (response.ok) return undefined;
      throw await ApiError.fromResponse(provider, `${request.method} ${schemaPath}`, response);
    },
  };
}
