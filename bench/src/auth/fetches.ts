import { clientCredentials, createAuth, type Auth } from '@cloud-sdks/auth';
import { CLIENT_ID, CLIENT_SECRET, STATIC_TOKEN, TOKEN_PATH } from '../server/api-server.js';

/** What a user without our auth layer writes: add one static header, then fetch. */
export function staticHeaderFetch(inner: typeof fetch): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${STATIC_TOKEN}`);
    return inner(input, { ...init, headers });
  };
}

/** Our auth layer with the CloudLX client-credentials grant against the bench server. */
export function benchAuth(baseUrl: string, fetchImpl?: typeof fetch): Auth {
  return createAuth({
    credentials: clientCredentials({ tokenUrl: `${baseUrl}${TOKEN_PATH}`, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET }),
    apiBaseUrl: baseUrl,
    ...(fetchImpl === undefined ? {} : { fetch: fetchImpl }),
  });
}

/**
 * A fetch that answers API calls with one pre-built Response (no socket, no body read) and sends
 * token requests to the real server, so the measured difference is the auth layer's own work.
 */
export function stubApiFetch(baseUrl: string): typeof fetch {
  const tokenPrefix = `${baseUrl}/api/oauth2/`;
  const prebuilt = new Response(null, { status: 200 });
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(tokenPrefix)) return fetch(input, init);
    return Promise.resolve(prebuilt);
  };
}
