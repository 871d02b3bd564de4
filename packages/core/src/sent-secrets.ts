// Which credentials each response answered, so an ApiError built from it scrubs exactly those.
// Keyed weakly by the Response: nothing outlives the response, and no secret is put on an error.
// Kept as the Authorization value and the source of the client's secrets, worked out only when an
// error is built from the answer.
const sentWith = new WeakMap<Response, { readonly authorization: string | null; readonly clientSecrets: () => readonly string[] }>();

/** The secrets inside an `Authorization` value: the token or Basic credential, and a Basic pair decoded. */
export function secretsOfAuthorization(value: string | null | undefined): string[] {
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(value ?? "");
  if (match === null) return value ? [value] : [];
  const [, scheme = "", credential = ""] = match;
  if (scheme.toLowerCase() !== "basic") return [credential];
  let decoded: string;
  try {
    decoded = atob(credential);
  } catch {
    return [credential];
  }
  const colon = decoded.indexOf(":");
  // The user id alone is no secret; scrubbing it would withhold every message that names the user.
  return colon < 0 ? [credential, decoded] : [credential, decoded.slice(colon + 1)];
}

/** What `response` was sent with (recorded by {@link rememberSentSecrets} for answers that are not ok), or nothing. */
export function secretsSentWith(response: Response): readonly string[] {
  const sent = sentWith.get(response);
  return sent === undefined ? [] : [...secretsOfAuthorization(sent.authorization), ...sent.clientSecrets()];
}

// Headers are only parsed when init carries some: the provider's API requests come as a Request.
function authorizationOf(input: RequestInfo | URL, init: RequestInit | undefined): string | null {
  const fromInit = init?.headers === undefined ? null : new Headers(init.headers).get("authorization");
  return fromInit ?? (input instanceof Request ? input.headers.get("authorization") : null);
}

/**
 * Wraps the transport fetch a provider hands to `createAuth`: each answer that is not ok remembers
 * the `Authorization` its request carried plus `clientSecrets()`, so an API error that echoes them
 * can be scrubbed. A value that is no function is passed on unwrapped for createAuth to reject.
 */
export function rememberSentSecrets(
  fetch: typeof globalThis.fetch | undefined,
  clientSecrets: () => readonly string[],
): typeof globalThis.fetch {
  if (fetch !== undefined && typeof fetch !== "function") return fetch;
  return (input, init) => {
    try {
      // Looked up at call time: a global fetch installed (or mocked) after the client was built still counts.
      return (fetch ?? globalThis.fetch)(input, init).then((response) => {
        // Only an answer that is not ok becomes an ApiError; a WeakMap entry per 2xx would cost
        // each successful call ~0.8 µs (most of what core added to a cache hit). Read from the
        // request now, before the auth layer could set another token on it for a resend.
        if (!response.ok) sentWith.set(response, { authorization: authorizationOf(input, init), clientSecrets });
        return response;
      });
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
