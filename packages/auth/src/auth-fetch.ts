import { describeUrl } from "./redact.js";
import { continueRetrying, sendWithRetry, type Outcome, type ResolvedRetry, type SendContext } from "./retry.js";
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
// Takes a thunk: a caller that has already given up must not start a token request, whose
// failure would then have no one to handle it.
function untilAborted<T>(start: () => Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  const promise = start();
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
  const manager = authorizer.kind === "token" ? authorizer.manager : undefined;
  const fixedAuthorization = authorizer.kind === "header" ? authorizer.value : undefined;
  const globalSignals = ctx.signal ? [ctx.signal] : [];
  const retryStatuses = ctx.retry.statuses;
  // Without a timeout or a global signal the first attempt needs no AbortController of its own.
  const hotPathAllowed = ctx.timeoutMs === undefined && globalSignals.length === 0;
  let lastToken = "";
  let lastHeader = "";
  const bearer = (token: string) => {
    if (token !== lastToken) {
      lastToken = token;
      lastHeader = `Bearer ${token}`;
    }
    return lastHeader;
  };
  const isApi = (url: string) => url.startsWith(apiPrefix) || url === apiOrigin;

  const sendContext = (request: Request, body: ArrayBuffer | undefined, authorization: string | undefined): SendContext => ({
    fetch: (signal) => {
      const outgoing = body === undefined ? request : new Request(request, { body });
      if (authorization !== undefined) outgoing.headers.set("authorization", authorization);
      return signal === undefined ? ctx.fetch(outgoing) : ctx.fetch(outgoing, { signal });
    },
    retry: ctx.retry,
    idempotent: IDEMPOTENT.has(request.method),
    get url() {
      return describeUrl(request.url);
    },
    timeoutMs: ctx.timeoutMs,
    callerSignal: request.signal,
    signals: globalSignals,
    now: ctx.now,
    random: ctx.random,
    onRetry: (attempt, delayMs, reason) =>
      logger.debug?.(`@cloud-sdks/auth: ${request.method} ${describeUrl(request.url)} attempt ${attempt} failed (${reason}); retrying in ${Math.round(delayMs)} ms`),
  });

  /** Resends once after a 401, if the credentials can be renewed. */
  const afterResponse = async (request: Request, body: ArrayBuffer | undefined, token: string | undefined, response: Response) => {
    if (response.status !== 401 || manager === undefined || token === undefined) return response;
    await response.body?.cancel().catch(() => {});
    const next = await untilAborted(() => manager.tokenAfterUnauthorized(token), request.signal);
    logger.debug?.(`@cloud-sdks/auth: ${request.method} ${describeUrl(request.url)} got 401; resending once with ${next === token ? "the same" : "a new"} token`);
    return sendWithRetry(sendContext(request, body, bearer(next)));
  };

  /** Hands a hot-path first attempt that failed or needs a retry to the full machinery. */
  const handOver = async (request: Request, token: string | undefined, authorization: string, first: Outcome) => {
    if (first.response === undefined && request.signal.aborted) throw request.signal.reason;
    const response = await continueRetrying(sendContext(request, undefined, authorization), first);
    return afterResponse(request, undefined, token, response);
  };

  const fullPath = async (input: RequestInfo | URL, init: RequestInit | undefined): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const api = isApi(request.url);
    if (api) for (const [name, value] of headers) if (!request.headers.has(name)) request.headers.set(name, value);
    // A body can be read once; buffer it so retries and the 401 resend can send it again.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    if (!api) return sendWithRetry(sendContext(request, body, undefined));
    if (manager === undefined) return sendWithRetry(sendContext(request, body, fixedAuthorization));
    const token = manager.peek() ?? (await untilAborted(() => manager.getTokens(), request.signal)).accessToken;
    const response = await sendWithRetry(sendContext(request, body, bearer(token)));
    return afterResponse(request, body, token, response);
  };

  return function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    // Hot path: a bodiless Request to the API with a warm cache, as openapi-fetch sends a GET.
    if (hotPathAllowed && init === undefined && input instanceof Request && input.body === null) {
      const url = input.url;
      const token = manager?.peek();
      const authorization = token === undefined ? fixedAuthorization : bearer(token);
      if (authorization !== undefined && isApi(url)) {
        try {
          for (const [name, value] of headers) if (!input.headers.has(name)) input.headers.set(name, value);
          input.headers.set("authorization", authorization);
          return ctx.fetch(input).then(
            (response) =>
              response.status === 401 || retryStatuses.has(response.status)
                ? handOver(input, token, authorization, { response, timedOut: false })
                : response,
            (error: unknown) => handOver(input, token, authorization, { error, timedOut: false }),
          );
        } catch (error) {
          return Promise.reject(error);
        }
      }
    }
    return fullPath(input, init);
  };
}
