import { apiAttemptTimeoutMs } from "./api-timeout.js";
import { callOptionsOf } from "./call-options.js";
import type { AuthContext } from "./context.js";
import { log } from "./logger.js";
import { describeUrl } from "./redact.js";
import { attemptOnce, logRetries, sendWithRetry, untilAborted, type Attempt, type SendContext } from "./retry.js";
import type { TokenManager } from "./token-manager.js";

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);

/**
 * A fetch that authenticates requests to the API origin and retries failures. For requests to
 * the API origin it owns the `Authorization` header and sets it on the given Request in place
 * (a bodiless Request is not copied). Requests to other origins get no credentials. Credentials are a
 * refreshing bearer (`manager`) or a fixed header value (`fixedAuthorization`).
 */
export function createAuthFetch(
  ctx: AuthContext,
  apiOrigin: string,
  manager: TokenManager | undefined,
  fixedAuthorization: string | undefined,
): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  const { headers, logger } = ctx;
  const isApi = (url: string) => url.startsWith(`${apiOrigin}/`) || url === apiOrigin;
  const label = (request: Request) => `${request.method} ${describeUrl(request.url)}`;

  const sendContext = (request: Request, body: Blob | undefined, authorization: string | undefined): SendContext => ({
    retry: retryFor(ctx, request),
    timeoutMs: apiAttemptTimeoutMs(ctx, request),
    signals: ctx.signals,
    now: ctx.now,
    random: ctx.random,
    fetch: (signal) => {
      const outgoing = body === undefined ? request : new Request(request, { body });
      if (authorization !== undefined) outgoing.headers.set("authorization", authorization);
      return signal === undefined ? ctx.fetch(outgoing) : ctx.fetch(outgoing, { signal });
    },
    idempotent: IDEMPOTENT.has(request.method),
    get url() {
      return describeUrl(request.url);
    },
    callerSignal: request.signal,
    secrets: authorization === undefined ? [] : [authorization.slice(authorization.indexOf(" ") + 1)],
    onRetry: logRetries(logger, () => label(request)),
  });

  /**
   * With a cached token: one attempt, none of the retry loop's state. Only an answer the loop acts
   * on (a retryable status) or a failed attempt hands over to it, with this attempt as its first.
   */
  const cacheHit = async (send: SendContext): Promise<Response> => {
    const first = await attemptOnce(send);
    if (first.response !== undefined && !ctx.retry.statuses.has(first.response.status)) return first.response;
    let replay: Attempt | undefined = first;
    const again = send.fetch;
    const fetchOnce = (signal: AbortSignal | undefined) => {
      const outcome = replay;
      replay = undefined;
      return outcome === undefined ? again(signal) : outcome.response ? Promise.resolve(outcome.response) : Promise.reject(outcome.error);
    };
    return sendWithRetry({ ...send, fetch: fetchOnce });
  };

  return async function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    // openapi-fetch passes a Request and no init: that Request is used (and its headers set) as is.
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const api = isApi(request.url);
    if (api) for (const [name, value] of headers) if (!request.headers.has(name)) request.headers.set(name, value);
    // A body can be read once; buffer it so retries and the 401 resend can send it again. A Blob,
    // not an ArrayBuffer: Node's fetch detaches an ArrayBuffer it sends, and then cannot resend
    // it when following a 307/308.
    const body = request.body === null ? undefined : await request.blob();
    if (!api) return sendWithRetry(sendContext(request, body, undefined));
    if (manager === undefined) return sendWithRetry(sendContext(request, body, fixedAuthorization));
    const cached = manager.peek();
    const token = cached ?? (await untilAborted(() => manager.getTokens(), [request.signal])).accessToken;
    const send = sendContext(request, body, `Bearer ${token}`);
    const response = await (cached === undefined ? sendWithRetry(send) : cacheHit(send));
    if (response.status !== 401) return response;
    // Resend once with a renewed token (or the one that already replaced it); never loops.
    // Not awaited: a cancel can stay pending forever when the body was tee'd (MSW clones every
    // mocked response in Node), and the resend must not wait for it.
    void response.body?.cancel().catch(() => {});
    const next = await untilAborted(() => manager.tokenAfterUnauthorized(token), [request.signal]);
    log(logger, "debug", `${label(request)} got 401; resending once with ${next === token ? "the same" : "a new"} token`);
    return sendWithRetry(sendContext(request, body, `Bearer ${next}`));
  };
}

/** The client's retry settings, with the retry count `withCallOptions` set on this one request. */
function retryFor(ctx: AuthContext, request: Request): SendContext["retry"] {
  const maxRetries = callOptionsOf(request)?.maxRetries;
  return maxRetries === undefined ? ctx.retry : { ...ctx.retry, maxRetries };
}
