/**
 * The backend half of ./cloudlx-services.ts ("backend for frontend"): `GET /api/cloudlx-token`
 * answers `{ access_token, token_type, expires_in }` to a signed-in visitor of your own site.
 *
 * This runs on your server (Node, Deno, Bun or an edge worker: a `(request) => Response` handler
 * using web APIs only), because it holds CLOUDLX_CLIENT_SECRET. It returns the access token and
 * nothing else: never the client secret, never the refresh token (which renews access for 7 days).
 * Serve it without CORS headers, so only your own pages can read its answer, and with
 * `Cache-Control: no-store`, so no cache keeps the token.
 */
import { cloudlxOptionsFromEnv, createCloudlxClient } from "@cloud-sdks/cloudlx";

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * `isSignedIn` is your own session check (cookie, session store): only your users get a token.
 * One CloudLX client serves every request, so its cached token is handed out until it nears
 * expiry, rather than a token request per page view.
 */
export function createTokenEndpoint(env: Env, isSignedIn: (request: Request) => boolean | Promise<boolean>): (request: Request) => Promise<Response> {
  const cloudlx = createCloudlxClient(cloudlxOptionsFromEnv(env));
  return async (request) => {
    if (request.method !== "GET") return Response.json({ error: "method not allowed" }, { status: 405 });
    if (!(await isSignedIn(request))) return Response.json({ error: "sign in first" }, { status: 401 });
    const tokens = await cloudlx.auth.getTokens();
    const expiresIn = Math.max(0, Math.floor((tokens.expiresAt - Date.now()) / 1000));
    return Response.json(
      { access_token: tokens.accessToken, token_type: "Bearer", expires_in: expiresIn },
      { headers: { "Cache-Control": "no-store" } },
    );
  };
}
