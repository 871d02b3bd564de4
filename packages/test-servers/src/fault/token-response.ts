import { randomBytes } from 'node:crypto';
import type { FaultBehaviour } from './behaviour.js';

export interface TokenResponseBody {
  access_token?: unknown;
  token_type?: unknown;
  expires_in?: unknown;
  refresh_token?: unknown;
  scope?: unknown;
  [extra: string]: unknown;
}

/** A fresh, unguessable token value, different on every call. */
export function randomTokenValue(prefix = 'tok'): string {
  return `${prefix}_${randomBytes(18).toString('base64url')}`;
}

/**
 * A valid token response with fresh values, then `overrides` applied; an override of `undefined`
 * removes the field (`tokenResponse({ access_token: undefined })` is "missing access_token").
 */
export function tokenResponse(overrides: TokenResponseBody = {}): TokenResponseBody {
  const body: TokenResponseBody = {
    access_token: randomTokenValue('at'),
    token_type: 'Bearer',
    expires_in: 3600,
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete body[key];
    else body[key] = value;
  }
  return body;
}

/**
 * An RFC 6749 §5.2 error answer. `invalid_client` defaults to 401 with a Basic challenge, as a
 * server answers when the client authenticated with the Authorization header; others to 400.
 * `echoCredentials` makes it echo every credential the server saw, into `error_description` and
 * `error_uri` (`true`) or a `WWW-Authenticate` challenge (`'challenge'`): see `FaultBehaviour`.
 */
export function oauthErrorResponse(
  error: string,
  options: { description?: string; status?: number; headers?: Record<string, string>; echoCredentials?: true | 'challenge' } = {},
): FaultBehaviour {
  const status = options.status ?? (error === 'invalid_client' ? 401 : 400);
  const challenge: Record<string, string> = status === 401 ? { 'www-authenticate': 'Basic realm="fault"' } : {};
  return {
    status,
    headers: { 'cache-control': 'no-store', ...challenge, ...options.headers },
    json: { error, error_description: options.description ?? `Scripted ${error}` },
    ...(options.echoCredentials !== undefined && { echoCredentials: options.echoCredentials }),
  };
}
