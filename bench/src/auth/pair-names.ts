/** Names of issue 4's paired subjects, shared by run-auth.ts and the process that measures them. */
export const OPENAPI_FETCH_STATIC = 'openapi-fetch, headers: { Authorization: static }';
export const OPENAPI_FETCH_AUTH = 'openapi-fetch, fetch: auth.fetch (warm cache)';
