// Providers and the gateways in front of them name this header differently; the first present wins.
const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "x-ms-request-id", "x-amzn-requestid"];

/** The id a support desk asks for, when the provider sent one. */
export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}
