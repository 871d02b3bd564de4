/** Test doubles: a scripted fetch that records what it was sent. */
export interface Sent {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string;
  readonly signal: AbortSignal | undefined;
}

export type Handler = (sent: Sent, index: number) => Response | Promise<Response>;

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, ...init, headers: { "content-type": "application/json", ...(init.headers as Record<string, string> | undefined) } });
}

export function tokenBody(accessToken: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { access_token: accessToken, token_type: "Bearer", expires_in: 3600, ...extra };
}

/** A fetch whose answers come from `handler`; `sent` lists every request in order. */
export function scriptedFetch(handler: Handler) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (signal?.aborted) throw signal.reason;
    const body = request.body === null ? "" : await request.text();
    const entry: Sent = { url: request.url, method: request.method, headers: new Headers(request.headers), body, signal: signal ?? undefined };
    sent.push(entry);
    const answer = handler(entry, sent.length - 1);
    if (!signal) return answer;
    return new Promise<Response>((resolve, reject) => {
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
      Promise.resolve(answer).then(resolve, reject);
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

/** Known secrets: every failure path is checked for them. */
export const SECRETS = {
  clientSecret: "cs-SECRET-7f3a91",
  password: "pw-SECRET-c0ffee",
  apiKey: "ak-SECRET-5eed42",
  accessToken: "at-SECRET-0b1e55",
  refreshToken: "rt-SECRET-d00d99",
  staticToken: "st-SECRET-abc123",
} as const;
