import { describeUrl } from "./redact.js";
import { sendWithRetry, type ResolvedRetry } from "./retry.js";
import type { TokenManager } from "./token-manager.js";
import type { Logger } from "./logger.js";

/** How the API fetch authenticates: a refreshing bearer, or a fixed header value. */
export type Authorizer =
  | { readonly kind: "token"; readonly manager: TokenManager }
  | { readonly kind: "header"; readonly value: string };

/** What {@link createAuthFetch} needs. */
export interface AuthFetchContext {
  readonly fetch: typeof fetch;
  readonly apiOrigin: string;
  readonly authorizer: Authorizer;
  /** createAuth's `headers`, set on API requests that lack them. */
  readonly headers: readonly (readonly [string, string])[];
  readonly retry: ResolvedRetry;
  readonly timeoutMs?: number | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly logger: Logger;
  readonly now: () => number;
  readonly random: () => number;
}

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);

/** Rejects with the signal's reason when it aborts first; the shared promise keeps running. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * A fetch that authenticates requests to the API origin and retries failures. For requests to
 * the API origin it owns the `Authorization` header and sets it on the given Request in place
 * (no copy on the hot path). Requests to other origins get no credentials.
 */
export function createAuthFetch(ctx: AuthFetchContext): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  const { apiOrigin, authorizer, headers, logger } = ctx;
  const apiPrefix = `${apiOrigin}/`;
  const fixedAuthorization = authorizer.kind === "header" ? authorizer.value : undefined;
  const globalSignals = ctx.signal ? [ctx.signal] : [];

  const send = (request: Request, body: ArrayBuffer | undefined, authorization: string | undefined) => {
    const url = request.url;
    return sendWithRetry({
      fetch: (signal) => {
        const outgoing = body === undefined ? request : new Request(request, { body });
        if (authorization !== undefined) outgoing.headers.set("authorization", authorization);
        return signal === undefined ? ctx.fetch(outgoing) : ctx.fetch(outgoing, { signal });
      },
      retry: ctx.retry,
      idempotent: IDEMPOTENT.has(request.method),
      get url() {
        return describeUrl(url);
      },
      timeoutMs: ctx.timeoutMs,
      callerSignal: request.signal,
      signals: globalSignals,
      now: ctx.now,
      random: ctx.random,
      onRetry: (attempt, delayMs, reason) =>
        logger.debug?.(`@cloud-sdks/auth: ${request.method} ${describeUrl(url)} attempt ${attempt} failed (${reason}); retrying in ${Math.round(delayMs)} ms`),
    });
  };

  return async function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = request.url;
    const isApi = url.startsWith(apiPrefix) || url === apiOrigin;
    if (isApi) for (const [name, value] of headers) if (!request.headers.has(name)) request.headers.set(name, value);
    // A body can be read once; buffer it so retries and the 401 resend can send it again.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    if (!isApi) return send(request, body, undefined);
    if (authorizer.kind === "header") return send(request, body, fixedAuthorization);

    const { manager } = authorizer;
    const token = manager.peek() ?? (await untilAborted(manager.getTokens(), request.signal)).accessToken;
    const response = await send(request, body, `Bearer ${token}`);
    if (response.status !== 401) return response;
    await response.body?.cancel().catch(() => {});
    const next = await untilAborted(manager.tokenAfterUnauthorized(token), request.signal);
    logger.debug?.(`@cloud-sdks/auth: ${request.method} ${describeUrl(url)} got 401; resending once with ${next === token ? "the same" : "a new"} token`);
    return send(request, body, `Bearer ${next}`);
  };
}
