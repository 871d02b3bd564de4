// Providers and the gateways in front of them name this header differently; the first present wins.
const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "x-ms-request-id", "x-amzn-requestid"];

/**
 * The id a support desk asks for, when the provider sent one: of any answer, a success too
 * (`requestIdOf(response)` on an openapi-fetch result's `response`), or of its headers.
 */
export function requestIdOf(source: Response | Headers): string | undefined {
  const headers = source instanceof Headers ? source : source.headers;
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}
