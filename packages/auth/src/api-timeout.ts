/**
 * The default per-attempt timeout of API requests, as Stainless-generated SDKs: long enough for
 * any sane API call, short enough to never hang forever. `withCallOptions` overrides it per request.
 */
export const DEFAULT_API_TIMEOUT_MS = 10 * 60 * 1000;
