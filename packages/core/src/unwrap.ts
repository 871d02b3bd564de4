import { createApiError } from "./api-error-classes.js";
import { requestIdOf } from "./request-id.js";
import { secretsSentWith } from "./sent-secrets.js";

/** What `unwrap` accepts: an openapi-fetch result, or anything shaped like one. */
export interface FetchResultLike {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

// Only the success variant has a required `data`; matching `data?` too would let an error variant
// whose body type is `never` (an operation documenting no error bodies) add `undefined`.
/** The success body type of an openapi-fetch result. */
export type DataOf<T> = T extends { error?: never; data: infer D } ? D : never;

/**
 * The result's `data`, or an `ApiError` thrown for a non-2xx answer: for code that prefers
 * exceptions to openapi-fetch's `{ data, error }` results, one call at a time. The error is
 * scrubbed of the credentials a provider client recorded for the response.
 */
export async function unwrap<T extends FetchResultLike>(
  result: T | Promise<T>,
  provider = "client",
): Promise<DataOf<T>> {
  const settled = await result;
  if (settled.response.ok) return settled.data as DataOf<T>;
  const { response } = settled;
  throw createApiError(
    {
      provider,
      // openapi-fetch keeps no schema path on the result; the URL path is the closest name it has.
      operation: response.url ? new URL(response.url).pathname : "request",
      status: response.status,
      statusText: response.statusText,
      body: settled.error,
      requestId: requestIdOf(response.headers),
    },
    secretsSentWith(response),
    response.headers,
  );
}
