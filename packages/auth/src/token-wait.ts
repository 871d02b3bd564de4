import type { TokenSet } from "./store.js";

/**
 * One call waiting for a token. It is its own abort listener (an object with `handleEvent`), so a
 * waiting call costs one promise, this object and one listener entry: a race per call around the
 * shared token request (a promise, a `then` on the shared one, closures to unsubscribe) cost
 * ~900 B per call at 50,000 calls waiting on a cold cache.
 */
class Wait<T> {
  constructor(
    readonly request: Request,
    private readonly continuation: (tokens: TokenSet, request: Request) => T | PromiseLike<T>,
    private readonly resolve: (value: T | PromiseLike<T>) => void,
    readonly reject: (reason: unknown) => void,
  ) {
    request.signal.addEventListener("abort", this);
  }

  handleEvent(): void {
    this.reject(this.request.signal.reason);
  }

  deliver(tokens: TokenSet): void {
    // Caught here: a throw would skip the callers after this one in the batch.
    try {
      this.resolve(this.continuation(tokens, this.request));
    } catch (error) {
      this.reject(error);
    }
  }
}

/**
 * Waits on `getTokens()` for many callers with one reaction on each shared token request. `wait`
 * settles with `then(tokens, request)` (a shared function, not a closure per call), or rejects
 * with the reason of the request's signal as soon as it aborts (at once if it already has, before
 * any token request starts); an aborted caller's `then` never runs. The token request itself
 * keeps running for the others.
 */
export function createTokenWaits(getTokens: () => Promise<TokenSet>) {
  let shared: Promise<TokenSet> | undefined;
  let waits: Wait<unknown>[] = [];

  const watch = (request: Promise<TokenSet>, batch: Wait<unknown>[]) => {
    const settle = (each: (wait: Wait<unknown>) => void) => {
      if (shared === request) shared = undefined;
      for (const wait of batch) {
        const { signal } = wait.request;
        signal.removeEventListener("abort", wait);
        if (!signal.aborted) each(wait);
      }
    };
    request.then(
      (tokens) => settle((wait) => wait.deliver(tokens)),
      (error: unknown) => settle((wait) => wait.reject(error)),
    );
  };

  return function wait<T>(request: Request, then: (tokens: TokenSet, request: Request) => T | PromiseLike<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      request.signal.throwIfAborted();
      const tokens = getTokens();
      if (tokens !== shared) watch((shared = tokens), (waits = []));
      waits.push(new Wait(request, then, resolve, reject) as Wait<unknown>);
    });
  };
}
