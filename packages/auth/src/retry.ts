import { CloudSdksAuthError, errorLabel, NetworkError, RetriesExhaustedError, TimeoutError } from "./errors.js";
import { expireAfter } from "./deadline-queue.js";
import { log, type Logger } from "./logger.js";

/** When and how often a failed request is sent again. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly maxRetries?: number;
  /** First backoff ceiling; doubles per retry (full jitter: a random delay up to it). Default 500. */
  readonly baseDelayMs?: number;
  /** Backoff ceiling. Default 8000. */
  readonly maxDelayMs?: number;
  /** Longest `Retry-After` honoured; a longer one ends the retries. Default 60000. */
  readonly maxRetryAfterMs?: number;
  /** Statuses worth another attempt. Default 408, 429, 500, 502, 503, 504. */
  readonly statuses?: readonly number[];
  /**
   * Also retry POST and PATCH after they may have reached the server (a network error, a
   * timeout, or a retryable status without `Retry-After`). Default false: a duplicate write is
   * worse than an error. fetch cannot tell a refused connection from a dropped one, so every
   * network error counts as "may have reached the server".
   */
  readonly retryNonIdempotent?: boolean;
  /**
   * After the last attempt still answered a retryable status, throw RetriesExhaustedError
   * instead of returning that response. Default false for API requests (openapi-fetch then
   * returns the typed error body); token requests always throw.
   */
  readonly throwWhenExhausted?: boolean;
}

/** RetryOptions with every default applied. */
export interface ResolvedRetry {
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxRetryAfterMs: number;
  readonly statuses: ReadonlySet<number>;
  readonly retryNonIdempotent: boolean;
  readonly throwWhenExhausted: boolean;
}

const DEFAULT_RETRY = {
  maxRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
  statuses: [408, 429, 500, 502, 503, 504],
  retryNonIdempotent: false,
  throwWhenExhausted: false,
};

/** Applies defaults (an option set to undefined keeps its default); validation happens in createAuth. */
export function resolveRetry(options: RetryOptions | false | undefined): ResolvedRetry {
  const resolved: Record<string, unknown> = { ...DEFAULT_RETRY };
  // `false` is a single attempt: the retry loop then returns or throws what the first one got.
  for (const [name, value] of Object.entries(options === false ? { maxRetries: 0 } : { ...options })) {
    if (value !== undefined) resolved[name] = value;
  }
  const { statuses, ...rest } = resolved as typeof DEFAULT_RETRY;
  return { ...rest, statuses: new Set(statuses) };
}

/** Milliseconds a `Retry-After` header (delta-seconds or HTTP date) asks for, if valid. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** What one call of {@link sendWithRetry} needs. */
export interface SendContext {
  readonly fetch: (signal: AbortSignal | undefined) => Promise<Response>;
  readonly retry: ResolvedRetry;
  /** Safe to repeat after it may have reached the server (GET, PUT, token requests...). */
  readonly idempotent: boolean;
  /** Log-safe URL for errors. */
  readonly url: string;
  readonly timeoutMs?: number | undefined;
  /**
   * A timed-out attempt is abandoned rather than aborted: the call fails with TimeoutError at its
   * deadline, the request keeps following its own signal, and a late answer's body is cancelled.
   * It spares each attempt an AbortController, a signal link and a timer (most of a cache hit's
   * cost on Node 20); the runtime's own connection timeouts (undici: 300 s) close a silent socket.
   * Used for API requests; token requests, and any request under createAuth's `signal`, abort.
   */
  readonly abandonOnTimeout?: boolean | undefined;
  /**
   * The signal the outgoing request already follows (a Request's own signal), if any. Its abort
   * rejects with its reason and is never retried.
   */
  readonly callerSignal?: AbortSignal | undefined;
  /** Further signals (createAuth's `signal`) linked into each attempt: same treatment. */
  readonly signals: readonly AbortSignal[];
  readonly now: () => number;
  readonly random: () => number;
  readonly onRetry?: ((attempt: number, delayMs: number, reason: string) => void) | undefined;
  /** Scrubbed from the text of a network error that an error message quotes. */
  readonly secrets?: readonly string[] | undefined;
}

/** Messages of fetch's own network failures (undici, Chromium, Firefox, Safari). */
const NETWORK_MESSAGES = /^(fetch failed|terminated|failed to fetch|networkerror when attempting to fetch resource\.?|load failed|network error|other side closed)$/i;
/** System and undici error codes: ECONNRESET, ENOTFOUND, UND_ERR_SOCKET... */
const NETWORK_CODE = /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/;

/**
 * An error worth another attempt: a network failure or a timeout. This package's own errors (a
 * token response too large, say) and a TypeError thrown before any I/O (an invalid URL or init)
 * would fail the same way again.
 */
export function isNetworkError(error: unknown): boolean {
  if (error instanceof TimeoutError) return true;
  if (error instanceof CloudSdksAuthError) return false;
  for (let current = error, depth = 0; typeof current === "object" && current !== null && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === "string" && NETWORK_CODE.test(code)) return true;
    if (typeof message === "string" && NETWORK_MESSAGES.test(message.trim())) return true;
    current = (current as { cause?: unknown }).cause;
  }
  // Not a TypeError (the programming-error kind): a custom fetch's own error class, assumed to be I/O.
  return !(error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError);
}

/** Calls `handler` with the reason of the first signal to abort; returns the unsubscribe. */
function onAbort(signals: readonly AbortSignal[], handler: (reason: unknown) => void): () => void {
  const listener = (event: Event) => handler((event.target as AbortSignal).reason);
  for (const signal of signals) signal.addEventListener("abort", listener);
  return () => {
    for (const signal of signals) signal.removeEventListener("abort", listener);
  };
}

/**
 * Rejects with the reason of the first signal that aborts (at once if one already has); the
 * started work keeps running for whoever else waits on it. Takes a thunk: a caller that has
 * already given up must not start a token request, whose failure would then have no one to
 * handle it.
 */
export function untilAborted<T>(start: () => Promise<T>, signals: readonly AbortSignal[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    for (const signal of signals) signal.throwIfAborted();
    const unsubscribe = onAbort(signals, reject);
    // No `.finally`: every call waiting on a cold cache holds this, and each promise costs heap.
    start().then(
      (value) => (unsubscribe(), resolve(value)),
      (error: unknown) => (unsubscribe(), reject(error)),
    );
  });
}

function sleep(ms: number, signals: readonly AbortSignal[]): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return untilAborted(() => new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), signals).finally(() => clearTimeout(timer));
}

/** What one attempt ended with: a response, or the error it threw. */
export interface Attempt {
  readonly response?: Response;
  readonly error?: unknown;
}

const allSignals = (ctx: SendContext) => (ctx.callerSignal ? [ctx.callerSignal, ...ctx.signals] : ctx.signals);

const same = <T>(value: T): T => value;

/**
 * One attempt: a response, or the error it threw (a TimeoutError if it timed out), handed to
 * `then`, whose result settles the returned promise: no promise and no await between the
 * transport's answer and the caller's (a cache hit's path). Its own AbortController (and timer)
 * exists only with a timeout or linked signals, and not when the attempt is abandoned on
 * timeout: the request then just follows its own signal.
 * `then` must not throw (return a rejected promise instead): it runs where a throw reaches no one.
 */
export function attemptThen<T>(ctx: SendContext, then: (attempt: Attempt) => T | PromiseLike<T>, signals?: readonly AbortSignal[]): Promise<T> {
  if (ctx.signals.length === 0 && (ctx.timeoutMs === undefined || ctx.abandonOnTimeout)) return attemptFollowingRequestSignal(ctx, then);
  return attemptWithController(ctx, signals ?? allSignals(ctx)).then(then);
}

function attemptFollowingRequestSignal<T>(ctx: SendContext, then: (attempt: Attempt) => T | PromiseLike<T>): Promise<T> {
  const { timeoutMs } = ctx;
  return new Promise<T>((resolve) => {
    const deliver = (attempt: Attempt) => resolve(then(attempt));
    const finish = timeoutMs === undefined ? () => true : expireAfter(timeoutMs, () => deliver({ error: new TimeoutError(ctx.url, timeoutMs) }));
    const settle = (attempt: Attempt) => {
      if (finish()) deliver(attempt);
      // Too late: the caller has its TimeoutError; free the connection the answer holds.
      else void attempt.response?.body?.cancel().catch(() => {});
    };
    try {
      ctx.fetch(undefined).then((response) => settle({ response }), (error: unknown) => settle({ error }));
    } catch (error) {
      settle({ error });
    }
  });
}

async function attemptWithController(ctx: SendContext, signals: readonly AbortSignal[]): Promise<Attempt> {
  const { timeoutMs } = ctx;
  const controller = new AbortController();
  let timedOut: TimeoutError | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  for (const signal of signals) signal.throwIfAborted();
  const unlink = onAbort(signals, (reason) => controller.abort(reason));
  if (timeoutMs !== undefined) timer = setTimeout(() => controller.abort((timedOut = new TimeoutError(ctx.url, timeoutMs))), timeoutMs);
  try {
    return { response: await ctx.fetch(controller.signal) };
  } catch (error) {
    return { error: timedOut ?? error };
  } finally {
    clearTimeout(timer);
    unlink();
  }
}

/**
 * Sends a request, retrying network errors, timeouts and retryable statuses with exponential
 * backoff and full jitter, honouring `Retry-After` up to a cap. A 429 or 503 that carries
 * `Retry-After` was not processed, so it is retried even for POST.
 */
export async function sendWithRetry(ctx: SendContext): Promise<Response> {
  const { retry } = ctx;
  const signals = allSignals(ctx);
  const mayRepeat = ctx.idempotent || retry.retryNonIdempotent;
  for (let attempt = 1; ; ) {
    const { response, error } = await attemptThen(ctx, same, signals);
    const canRetry = attempt <= retry.maxRetries;
    let delay: number | undefined;
    if (response === undefined) {
      // A caller's or createAuth's abort is final: its reason, not the network error, is thrown.
      for (const signal of signals) signal.throwIfAborted();
      if (!isNetworkError(error)) throw error;
      if (!mayRepeat || (!canRetry && attempt === 1)) throw error instanceof TimeoutError ? error : new NetworkError(ctx.url, error, ctx.secrets);
      if (!canRetry) throw new RetriesExhaustedError(ctx.url, attempt, undefined, error, ctx.secrets);
    } else {
      const { status } = response;
      if (!retry.statuses.has(status)) return response;
      delay = parseRetryAfter(response.headers.get("retry-after"), ctx.now());
      const notProcessed = delay !== undefined && (status === 429 || status === 503);
      const exhausted = !canRetry && !(retry.throwWhenExhausted && attempt > 1);
      if (!(mayRepeat || notProcessed) || (delay ?? 0) > retry.maxRetryAfterMs || exhausted) return response;
      // Not awaited, as in auth-fetch.ts: a tee'd body's cancel may never settle.
      void response.body?.cancel().catch(() => {});
      if (!canRetry) throw new RetriesExhaustedError(ctx.url, attempt, status);
    }
    delay ??= ctx.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
    ctx.onRetry?.(attempt++, delay, response ? `HTTP ${response.status}` : errorLabel(error));
    await sleep(delay, signals);
  }
}

/** An onRetry that logs each retry at debug level under `label` (computed only when logged). */
export function logRetries(logger: Logger, label: () => string): SendContext["onRetry"] {
  return (attempt, delayMs, reason) => log(logger, "debug", `${label()} attempt ${attempt} failed (${reason}); retrying in ${Math.round(delayMs)} ms`);
}
