import type { Middleware } from "openapi-fetch";
import { apiErrorFromResponse } from "./api-error-classes.js";
import { secretsOfAuthorization, secretsSentWith } from "./sent-secrets.js";

/**
 * Middleware that turns every non-2xx answer into a thrown ApiError subclass for its status
 * family, scrubbed of the `Authorization` the request carried and whatever the provider client
 * recorded for the response.
 */
export function throwOnErrorMiddleware(provider: string): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      if (response.ok) return undefined;
      const secrets = [...secretsOfAuthorization(request.headers.get("authorization")), ...secretsSentWith(response)];
      throw await apiErrorFromResponse(provider, `${request.method} ${schemaPath}`, response, secrets);
    },
  };
}
