import type { Log } from "./env.js";

/**
 * A fetch that logs each request's method, path, status and duration. It deliberately leaves out
 * headers (Authorization), bodies (token requests carry the client secret) and query strings (API
 * keys can travel there): logging those would leak credentials into log files.
 */
export function createLoggingFetch(log: Log, base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const started = performance.now();
    const where = `${request.method} ${new URL(request.url).pathname}`;
    try {
      const response = await base(request);
      log(`${where} → ${response.status} in ${Math.round(performance.now() - started)} ms`);
      return response;
    } catch (error) {
      log(`${where} → failed after ${Math.round(performance.now() - started)} ms (${(error as Error).name})`);
      throw error;
    }
  };
}
