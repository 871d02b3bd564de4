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
  const prebuilt = new Response(null, { status: 200 });
  return routeTokenRequests(baseUrl, () => prebuilt);
}

/** A small JSON body shaped like CloudLX's listServices answer (what openapi-fetch parses). */
export const STUB_JSON_BODY = JSON.stringify({ services: [{ id: 1234, name: 'London AWS primary', vlan: 20, paused: false }] });

/**
 * Like {@link stubApiFetch}, for clients that read the body (openapi-fetch parses it): a body can
 * be read once, so each API call gets a new Response over the same pre-encoded small JSON body
 * (no socket, no I/O). Both sides of a comparison pay that construction alike.
 */
export function stubJsonApiFetch(baseUrl: string): typeof fetch {
  const body = new TextEncoder().encode(STUB_JSON_BODY);
  const headers: [string, string][] = [['content-type', 'application/json'], ['content-length', String(body.byteLength)]];
  return routeTokenRequests(baseUrl, () => new Response(body, { status: 200, headers }));
}

function routeTokenRequests(baseUrl: string, answer: () => Response): typeof fetch {
  const tokenPrefix = `${baseUrl}/api/oauth2/`;
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(tokenPrefix)) return fetch(input, init);
    return Promise.resolve(answer());
  };
}
