import { RetriesExhaustedError, TimeoutError } from "./errors.js";

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

export const NO_RETRY: ResolvedRetry = {
  maxRetries: 0,
  baseDelayMs: 0,
  maxDelayMs: 0,
  maxRetryAfterMs: 0,
  statuses: new Set(),
  retryNonIdempotent: false,
  throwWhenExhausted: false,
};

/** Applies defaults; validation happens in createAuth's option checks. */
export function resolveRetry(options: RetryOptions | false | undefined): ResolvedRetry {
  if (options === false) return NO_RETRY;
  return {
    maxRetries: options?.maxRetries ?? 2,
    baseDelayMs: options?.baseDelayMs ?? 500,
    maxDelayMs: options?.maxDelayMs ?? 8000,
    maxRetryAfterMs: options?.maxRetryAfterMs ?? 60_000,
    statuses: new Set(options?.statuses ?? [408, 429, 500, 502, 503, 504]),
    retryNonIdempotent: options?.retryNonIdempotent ?? false,
    throwWhenExhausted: options?.throwWhenExhausted ?? false,
  };
}

/** Milliseconds a `Retry-After` header (delta-seconds or HTTP date) asks for, if valid. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
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
   * The signal the outgoing request already follows (a Request's own signal), if any. Its abort
   * rejects with its reason and is never retried.
   */
  readonly callerSignal?: AbortSignal | undefined;
  /** Further signals (createAuth's `signal`) linked into each attempt: same treatment. */
  readonly signals: readonly AbortSignal[];
  readonly now: () => number;
  readonly random: () => number;
  readonly onRetry?: ((attempt: number, delayMs: number, reason: string) => void) | undefined;
}

function sleep(ms: number, signals: readonly AbortSignal[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = signals.find((signal) => signal.aborted);
    if (aborted) return reject(aborted.reason);
    const onAbort = (event: Event) => {
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener("abort", onAbort);
      reject((event.target as AbortSignal).reason);
    };
    const timer = setTimeout(() => {
      for (const signal of signals) signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    for (const signal of signals) signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** What one attempt produced. */
export interface Outcome {
  readonly response?: Response;
  readonly error?: unknown;
  readonly timedOut: boolean;
}

function abortedReason(ctx: SendContext): { reason: unknown } | undefined {
  if (ctx.callerSignal?.aborted) return { reason: ctx.callerSignal.reason };
  for (const signal of ctx.signals) if (signal.aborted) return { reason: signal.reason };
  return undefined;
}

/**
 * One attempt. Its own AbortController (and timer) exists only with a timeout or linked
 * signals: on the hot path without them, the request just follows its own signal.
 */
async function attemptOnce(ctx: SendContext): Promise<Outcome> {
  const { timeoutMs, signals } = ctx;
  if (timeoutMs === undefined && signals.length === 0) {
    try {
      return { response: await ctx.fetch(undefined), timedOut: false };
    } catch (error) {
      const aborted = abortedReason(ctx);
      if (aborted !== undefined) throw aborted.reason;
      return { error, timedOut: false };
    }
  }
  const linked = ctx.callerSignal === undefined ? signals : [ctx.callerSignal, ...signals];
  const early = abortedReason(ctx);
  if (early !== undefined) throw early.reason;
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (event: Event) => controller.abort((event.target as AbortSignal).reason);
  for (const signal of linked) signal.addEventListener("abort", onAbort, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort(new TimeoutError(ctx.url, timeoutMs));
        }, timeoutMs);
  try {
    return { response: await ctx.fetch(controller.signal), timedOut: false };
  } catch (error) {
    const aborted = abortedReason(ctx);
    if (aborted !== undefined && !timedOut) throw aborted.reason;
    return { error, timedOut };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    for (const signal of linked) signal.removeEventListener("abort", onAbort);
  }
}

/**
 * Sends a request, retrying network errors, timeouts and retryable statuses with exponential
 * backoff and full jitter, honouring `Retry-After` up to a cap. A 429 or 503 that carries
 * `Retry-After` was not processed, so it is retried even for POST.
 */
export async function sendWithRetry(ctx: SendContext): Promise<Response> {
  return continueRetrying(ctx, await attemptOnce(ctx));
}

/**
 * The retry loop after a first attempt made elsewhere (auth.fetch's allocation-free hot path
 * sends the first attempt itself and hands over only when it failed or needs a retry).
 */
export async function continueRetrying(ctx: SendContext, first: Outcome): Promise<Response> {
  const { retry } = ctx;
  for (let attempt = 1; ; attempt++) {
    const outcome = attempt === 1 ? first : await attemptOnce(ctx);
    const canRetry = attempt <= retry.maxRetries;
    const backoff = () => ctx.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
    const { response } = outcome;
    if (response === undefined) {
      const error = outcome.timedOut ? new TimeoutError(ctx.url, ctx.timeoutMs ?? 0) : outcome.error;
      if (!(ctx.idempotent || retry.retryNonIdempotent)) throw error;
      if (!canRetry) {
        if (attempt === 1) throw error;
        throw new RetriesExhaustedError(ctx.url, attempt, undefined, error);
      }
      const delay = backoff();
      ctx.onRetry?.(attempt, delay, outcome.timedOut ? "timeout" : "network error");
      await sleep(delay, ctx.callerSignal ? [ctx.callerSignal, ...ctx.signals] : ctx.signals);
      continue;
    }
    if (!retry.statuses.has(response.status)) return response;
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), ctx.now());
    const notProcessed = retryAfter !== undefined && (response.status === 429 || response.status === 503);
    if (!(ctx.idempotent || retry.retryNonIdempotent || notProcessed)) return response;
    if (retryAfter !== undefined && retryAfter > retry.maxRetryAfterMs) return response;
    if (!canRetry) {
      if (retry.throwWhenExhausted && attempt > 1) {
        await response.body?.cancel().catch(() => {});
        throw new RetriesExhaustedError(ctx.url, attempt, response.status);
      }
      return response;
    }
    await response.body?.cancel().catch(() => {});
    const delay = retryAfter ?? backoff();
    ctx.onRetry?.(attempt, delay, `HTTP ${response.status}`);
    await sleep(delay, ctx.callerSignal ? [ctx.callerSignal, ...ctx.signals] : ctx.signals);
  }
}
