import type { AuthContext } from "./context.js";
import { log } from "./logger.js";
import { describeUrl } from "./redact.js";
import { continueRetrying, logRetries, sendWithRetry, untilAborted, type Outcome, type SendContext } from "./retry.js";
import type { TokenManager } from "./token-manager.js";

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);

/**
 * A fetch that authenticates requests to the API origin and retries failures. For requests to
 * the API origin it owns the `Authorization` header and sets it on the given Request in place
 * (no copy on the hot path). Requests to other origins get no credentials. Credentials are a
 * refreshing bearer (`manager`) or a fixed header value (`fixedAuthorization`).
 */
export function createAuthFetch(
  ctx: AuthContext,
  apiOrigin: string,
  manager: TokenManager | undefined,
  fixedAuthorization: string | undefined,
): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  const { headers, logger, retry } = ctx;
  const apiPrefix = `${apiOrigin}/`;
  // Without a timeout or a global signal the first attempt needs no AbortController of its own.
  const hotPathAllowed = ctx.timeoutMs === undefined && ctx.signals.length === 0;
  let lastToken = "";
  let lastHeader = "";
  /** The Authorization value for a bearer token (cached: the token rarely changes), else the fixed one. */
  const authorizationFor = (token: string | undefined) => {
    if (token === undefined) return fixedAuthorization;
    if (token !== lastToken) lastHeader = `Bearer ${(lastToken = token)}`;
    return lastHeader;
  };
  const isApi = (url: string) => url.startsWith(apiPrefix) || url === apiOrigin;
  const addHeaders = (request: Request) => {
    for (const [name, value] of headers) if (!request.headers.has(name)) request.headers.set(name, value);
  };
  const label = (request: Request) => `${request.method} ${describeUrl(request.url)}`;

  const sendContext = (request: Request, body: ArrayBuffer | undefined, authorization: string | undefined): SendContext => ({
    ...ctx,
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
    onRetry: logRetries(logger, () => label(request)),
  });

  /**
   * Sends an API request carrying `token` (or the fixed header when undefined) and resends it
   * once after a 401, if the token can be renewed. `first` is an attempt the hot path made.
   */
  const send = async (request: Request, token: string | undefined, body?: ArrayBuffer, first?: Outcome): Promise<Response> => {
    const context = sendContext(request, body, authorizationFor(token));
    const response = await (first ? continueRetrying(context, first) : sendWithRetry(context));
    if (response.status !== 401 || manager === undefined || token === undefined) return response;
    await response.body?.cancel().catch(() => {});
    const next = await untilAborted(() => manager.tokenAfterUnauthorized(token), [request.signal]);
    log(logger, "debug", `${label(request)} got 401; resending once with ${next === token ? "the same" : "a new"} token`);
    return sendWithRetry(sendContext(request, body, authorizationFor(next)));
  };

  const fullPath = async (input: RequestInfo | URL, init: RequestInit | undefined): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const api = isApi(request.url);
    if (api) addHeaders(request);
    // A body can be read once; buffer it so retries and the 401 resend can send it again.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    if (!api) return sendWithRetry(sendContext(request, body, undefined));
    const token = manager && (manager.peek() ?? (await untilAborted(() => manager.getTokens(), [request.signal])).accessToken);
    return send(request, token, body);
  };

  return function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    // Hot path: a bodiless Request to the API with a warm cache, as openapi-fetch sends a GET.
    if (hotPathAllowed && init === undefined && input instanceof Request && input.body === null && isApi(input.url)) {
      const token = manager?.peek();
      const authorization = authorizationFor(token);
      if (authorization !== undefined) {
        try {
          addHeaders(input);
          input.headers.set("authorization", authorization);
          return ctx.fetch(input).then(
            (response) => (response.status === 401 || retry.statuses.has(response.status) ? send(input, token, undefined, { response }) : response),
            (error: unknown) => send(input, token, undefined, { error }),
          );
        } catch (error) {
          return Promise.reject(error);
        }
      }
    }
    return fullPath(input, init);
  };
}
