/**
 * CloudLX from a browser page: list the account's services, calling CloudLX directly with a
 * short-lived access token that your own backend hands out.
 *
 * Why not the client id and secret here, as in the Node examples? Anything a browser holds, every
 * visitor can read (view source, devtools): a client secret in a page is a published secret that
 * mints tokens forever. So the secret stays on your server ("backend for frontend",
 * ./token-endpoint.ts), which checks that the visitor is signed in and hands out only the access
 * token: it expires within the hour (CloudLX's `expires_in` is 3600), while the refresh token,
 * which would renew it for 7 days, never leaves the server. In the browser the token is a
 * `staticBearer` credential; when it nears expiry or CloudLX answers 401, this module asks the
 * backend for a fresh one.
 *
 * Even that token carries the backend account's full CloudLX rights for its hour: hand it only to
 * users who may have them, and only if CloudLX allows your page's origin (CORS). Otherwise keep
 * every token on the server and let the page call your backend instead (../../edge-worker). For
 * Cloudmore and CloudCherry always do the latter: their tokens live 12 to 24 hours, cannot be
 * revoked early, and Cloudmore's belong to a reseller admin.
 *
 * Only web APIs (fetch, URL, Headers, Request): this file is type-checked with the DOM lib and no
 * Node types, and `pnpm build` bundles it with esbuild for the browser platform.
 */
import { createAuth, staticBearer, type Auth } from "@cloud-sdks/auth";
import { cloudlxMediaType, type paths } from "@cloud-sdks/cloudlx";
import createClient, { type Client } from "openapi-fetch";

export interface BrowserClientOptions {
  /** The CloudLX API origin, e.g. https://cloudlx.epsilontel.com (or a Prism mock). */
  readonly apiBaseUrl: string;
  /** Your backend's token endpoint, e.g. "/api/cloudlx-token" on the page's own origin. */
  readonly tokenUrl: string | URL;
}

/** What ./token-endpoint.ts answers: an access token and its lifetime, nothing else. */
interface BackendToken {
  readonly access_token: string;
  readonly expires_in: number;
}

/** Asks for a new token this long before the current one expires. */
const RENEW_BEFORE_MS = 30_000;

/** A typed CloudLX client whose bearer token comes from your backend, never from a secret. */
export function createBrowserCloudlxClient(options: BrowserClientOptions): Client<paths> {
  return createClient<paths>({ baseUrl: options.apiBaseUrl, fetch: backendTokenFetch(options) });
}

function backendTokenFetch({ apiBaseUrl, tokenUrl }: BrowserClientOptions): typeof fetch {
  let current: Promise<{ readonly auth: Auth; readonly expiresAt: number }> | undefined;

  const renew = () => {
    current = (async () => {
      // Same origin, so the browser sends the visitor's session cookie and the backend can check it.
      const response = await fetch(tokenUrl, { credentials: "same-origin", headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(`the token endpoint answered HTTP ${response.status}`);
      const { access_token: token, expires_in: expiresIn } = (await response.json()) as BackendToken;
      // staticBearer: the Authorization header goes to apiBaseUrl's origin only, never elsewhere.
      const auth = createAuth({ credentials: staticBearer({ token }), apiBaseUrl, headers: { accept: cloudlxMediaType() } });
      return { auth, expiresAt: Date.now() + expiresIn * 1000 };
    })();
    current.catch(() => (current = undefined)); // a failed request is retried on the next call
    return current;
  };

  return async (input, init) => {
    const request = new Request(input, init);
    let session = await (current ?? renew());
    if (session.expiresAt - Date.now() < RENEW_BEFORE_MS) session = await renew();
    const response = await session.auth.fetch(request.clone());
    if (response.status !== 401) return response;
    // Expired or revoked early: one fresh token from the backend, one resend.
    return (await renew()).auth.fetch(request);
  };
}

/** Fills `list` with one `<li>` per service. textContent, never innerHTML: API data is not markup. */
export async function showServices(list: HTMLElement, options: BrowserClientOptions): Promise<void> {
  const cloudlx = createBrowserCloudlxClient(options);
  const { data, error, response } = await cloudlx.GET("/api/services");
  if (error !== undefined) throw new Error(`GET /api/services answered HTTP ${response.status}`);
  list.replaceChildren(
    ...data.services.map(({ name, bandwidth }) => {
      const item = list.ownerDocument.createElement("li");
      item.textContent = `${name} (${bandwidth})`;
      return item;
    }),
  );
}
