import { callOptionsOf } from "./call-options.js";
import type { AuthContext } from "./context.js";
import type { TokenSet } from "./store.js";
import { log } from "./logger.js";
import { describeUrl } from "./redact.js";
import { attemptThen, sendWithRetry, untilAborted, type Attempt, type ResolvedRetry, type SendContext } from "./retry.js";
import type { TokenManager } from "./token-manager.js";
import { createTokenWaits } from "./token-wait.js";

const accessTokenOf = (tokens: TokenSet) => tokens.accessToken;

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
  const apiPrefix = `${apiOrigin}/`;
  const isApi = (url: string) => url.startsWith(apiPrefix) || url === apiOrigin;
  let bearerOf: string | undefined;
  let bearer = "";
  const withTokens = manager && createTokenWaits(manager.getTokens);

  /** The retry loop from `first` (an attempt already made) on, then the one resend a 401 earns. */
  async function retryAndResend(send: ApiSend, first: Attempt | undefined, token: string): Promise<Response> {
    send.replay = first;
    const response = await sendWithRetry(send);
    if (response.status !== 401) return response;
    // Resend once with a renewed token (or the one that already replaced it); never loops.
    // Not awaited: a cancel can stay pending forever when the body was tee'd (MSW clones every
    // mocked response in Node), and the resend must not wait for it.
    void response.body?.cancel().catch(() => {});
    const { request, body } = send;
    const next = await untilAborted(() => manager!.tokenAfterUnauthorized(token), [request.signal]);
    log(logger, "debug", `${request.method} ${describeUrl(request.url)} got 401; resending once with ${next === token ? "the same" : "a new"} token`);
    return sendWithRetry(new ApiSend(ctx, request, body, `Bearer ${next}`));
  }

  /** Everything but a bodiless cache hit: another origin, a body to buffer, a token to wait for. */
  async function send(request: Request, api: boolean): Promise<Response> {
    // A body can be read once; buffer it so retries and the 401 resend can send it again. A Blob,
    // not an ArrayBuffer: Node's fetch detaches an ArrayBuffer it sends, and then cannot resend
    // it when following a 307/308.
    const body = request.body === null ? undefined : await request.blob();
    if (!api) return sendWithRetry(new ApiSend(ctx, request, body, undefined));
    if (manager === undefined) return sendWithRetry(new ApiSend(ctx, request, body, fixedAuthorization));
    return sendWith(manager.peek() ?? (await withTokens!(request, accessTokenOf)), request, body);
  }

  const sendWith = (token: string, request: Request, body?: Blob) => retryAndResend(new ApiSend(ctx, request, body, `Bearer ${token}`), undefined, token);

  /** A bodiless API request on a cold cache: no async frame of its own while it waits. */
  const sendWithToken = (tokens: TokenSet, request: Request) => sendWith(tokens.accessToken, request);

  // Not async: on a cache hit the transport's answer goes to the caller with no await between.
  return function authFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    try {
      // openapi-fetch passes a Request and no init: that Request is used (and its headers set) as is.
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const api = isApi(request.url);
      if (api && headers.length !== 0) for (const [name, value] of headers) if (!request.headers.has(name)) request.headers.set(name, value);
      const bodiless = request.body === null;
      const token = api && bodiless ? manager?.peek() : undefined;
      if (token === undefined) return api && bodiless && withTokens ? withTokens(request, sendWithToken) : send(request, api);
      // One string per token rather than per call: the header check then reads a flat string.
      if (token !== bearerOf) bearer = `Bearer ${(bearerOf = token)}`;
      // A cache hit makes one attempt outside the retry loop; only an answer the loop acts on (a
      // retryable status, a 401) or a failed attempt hands over to it, as its first attempt.
      const hit = new ApiSend(ctx, request, undefined, bearer);
      return attemptThen(hit, (first) => {
        const { response } = first;
        return response !== undefined && response.status !== 401 && !hit.retry.statuses.has(response.status) ? response : retryAndResend(hit, first, token);
      });
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

/**
 * One API request's attempts. A class, not an object literal: built on every call, and a literal
 * with closures and a getter costs several times a fixed-shape instance whose methods live on the
 * prototype (log labels and secrets are only computed when a failure needs them).
 */
class ApiSend implements SendContext {
  readonly retry: ResolvedRetry;
  readonly timeoutMs: number;
  readonly abandonOnTimeout = true;
  readonly signals: readonly AbortSignal[];
  readonly now: () => number;
  readonly random: () => number;
  /** An attempt already made (the cache-hit try) that the retry loop takes as its first. */
  replay: Attempt | undefined;

  constructor(
    private readonly ctx: AuthContext,
    readonly request: Request,
    readonly body: Blob | undefined,
    private readonly authorization: string | undefined,
  ) {
    const options = callOptionsOf(request);
    this.retry = options?.maxRetries === undefined ? ctx.retry : { ...ctx.retry, maxRetries: options.maxRetries };
    this.timeoutMs = options?.timeoutMs ?? ctx.timeoutMs;
    this.signals = ctx.signals;
    this.now = ctx.now;
    this.random = ctx.random;
  }

  fetch(signal: AbortSignal | undefined): Promise<Response> {
    const { replay } = this;
    if (replay !== undefined) {
      this.replay = undefined;
      return replay.response ? Promise.resolve(replay.response) : Promise.reject(replay.error);
    }
    const { request, body, authorization } = this;
    const outgoing = body === undefined ? request : new Request(request, { body });
    if (authorization !== undefined) outgoing.headers.set("authorization", authorization);
    return signal === undefined ? this.ctx.fetch(outgoing) : this.ctx.fetch(outgoing, { signal });
  }

  // Read only by the retry loop: a cache hit answered by the first attempt never needs them.
  get idempotent(): boolean {
    return IDEMPOTENT.has(this.request.method);
  }

  get callerSignal(): AbortSignal {
    return this.request.signal;
  }

  get url(): string {
    return describeUrl(this.request.url);
  }

  get secrets(): readonly string[] {
    const { authorization } = this;
    return authorization === undefined ? [] : [authorization.slice(authorization.indexOf(" ") + 1)];
  }

  onRetry(attempt: number, delayMs: number, reason: string): void {
    log(this.ctx.logger, "debug", `${this.request.method} ${this.url} attempt ${attempt} failed (${reason}); retrying in ${Math.round(delayMs)} ms`);
  }
}
