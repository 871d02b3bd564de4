/** One request the demo saw go out, as far as it is safe to print: method, path, status. */
export interface ObservedRequest {
  readonly kind: "token" | "api";
  readonly method: string;
  /** Path only: query strings may carry credentials. */
  readonly path: string;
  readonly status: number;
  /** The `Prefer` header the demo injected into this request, if any. */
  readonly injected: string | undefined;
}

export interface ObservedFetch {
  /** Pass this as the client's `fetch`: the auth layer sends token requests through it too. */
  readonly fetch: typeof fetch;
  readonly requests: readonly ObservedRequest[];
  /** How many token requests (grant or refresh) went out so far. */
  tokenRequestCount(): number;
  /**
   * Adds `Prefer: <prefer>` to the next request of that kind only. Prism answers a `Prefer: code=...`
   * request with the response the spec documents for that status, which is how the demo provokes a
   * 401 or a token error without a real server misbehaving.
   */
  injectIntoNext(kind: ObservedRequest["kind"], prefer: string): void;
}

/**
 * Wraps a fetch to count and record requests. Token requests are told apart from API requests by
 * path, which is the only thing the demo knows from outside the client.
 */
export function createObservedFetch(tokenPaths: readonly string[], base: typeof fetch = globalThis.fetch): ObservedFetch {
  const requests: ObservedRequest[] = [];
  const pending = new Map<ObservedRequest["kind"], string>();

  const observed: typeof fetch = async (input, init) => {
    let request = new Request(input, init);
    const path = new URL(request.url).pathname;
    const kind: ObservedRequest["kind"] = tokenPaths.includes(path) ? "token" : "api";
    const injected = pending.get(kind);
    if (injected !== undefined) {
      pending.delete(kind);
      const headers = new Headers(request.headers);
      headers.set("Prefer", injected);
      request = new Request(request, { headers });
    }
    const response = await base(request);
    requests.push({ kind, method: request.method, path, status: response.status, injected });
    return response;
  };

  return {
    fetch: observed,
    requests,
    tokenRequestCount: () => requests.filter((request) => request.kind === "token").length,
    injectIntoNext(kind, prefer) {
      pending.set(kind, prefer);
    },
  };
}
