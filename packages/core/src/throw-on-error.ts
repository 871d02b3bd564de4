import type { Middleware } from "openapi-fetch";
import { ApiError } from "./api-error.js";
import { secretsOfAuthorization, secretsSentWith } from "./sent-secrets.js";

/**
 * Middleware that turns every non-2xx answer into a thrown `ApiError`, scrubbed of the
 * `Authorization` the request carried and whatever the provider client recorded for the response.
 */
export function throwOnErrorMiddleware(provider: string): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      if (response.ok) return undefined;
      const secrets = [...secretsOfAuthorization(request.headers.get("authorization")), ...secretsSentWith(response)];
      throw await ApiError.fromResponse(provider, `${request.method} ${schemaPath}`, response, secrets);
    },
  };
}
