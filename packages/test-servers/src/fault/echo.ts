import type { IncomingMessage } from 'node:http';
import type { FaultBehaviour } from './behaviour.js';

/**
 * The credentials a fault server has seen, raw, so that a scripted answer can echo them back the
 * way a careless server does (in `error_description`, an error page, a challenge). Only echo
 * behaviours see these; recorded requests keep fingerprints.
 */
export interface PresentedCredentials {
  /** From this request: the form's `client_secret`, or the password of `Authorization: Basic`. */
  readonly clientSecret: string | undefined;
  /** From this request: the form's `password` (password grant). */
  readonly password: string | undefined;
  /** From this request: the form's `refresh_token`. */
  readonly refreshToken: string | undefined;
  /**
   * From this request: a bearer token or the form's `access_token`; otherwise the access token this
   * server last handed out in a JSON answer (the one a refresh replaces).
   */
  readonly accessToken: string | undefined;
  /**
   * Every credential this server has received in any request so far, or handed out as
   * `access_token` / `refresh_token` in a JSON answer; oldest first, no duplicates.
   */
  readonly all: readonly string[];
}

/** Raw credential values a request carries, by kind. */
export function credentialsOf(req: IncomingMessage, form: Record<string, string> | undefined) {
  const authorization = req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  const basic = /^Basic\s+(\S+)$/i.exec(authorization)?.[1];
  let basicPassword: string | undefined;
  if (basic !== undefined) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon >= 0) basicPassword = safeDecode(decoded.slice(colon + 1));
  }
  return {
    clientSecret: form?.['client_secret'] ?? basicPassword,
    password: form?.['password'],
    refreshToken: form?.['refresh_token'],
    accessToken: bearer ?? form?.['access_token'],
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** One line naming every credential: what a server that dumps its request would print. */
export function echoText(credentials: PresentedCredentials): string {
  const named = [
    ['client_secret', credentials.clientSecret],
    ['password', credentials.password],
    ['refresh_token', credentials.refreshToken],
    ['access_token', credentials.accessToken],
  ] as const;
  const parts = named.filter(([, value]) => value !== undefined).map(([name, value]) => `${name}=${value}`);
  const listed = new Set(named.map(([, value]) => value));
  const others = credentials.all.filter((value) => !listed.has(value));
  if (others.length > 0) parts.push(`seen=${others.join(',')}`);
  return parts.join(' ');
}

/** A URL carrying every credential in its query string (an `error_uri` built from the request). */
export function echoUri(credentials: PresentedCredentials): string {
  const url = new URL('https://errors.fault.invalid/oauth');
  credentials.all.forEach((value, index) => url.searchParams.set(`c${index}`, value));
  if (credentials.clientSecret !== undefined) url.searchParams.set('client_secret', credentials.clientSecret);
  if (credentials.refreshToken !== undefined) url.searchParams.set('refresh_token', credentials.refreshToken);
  return url.toString();
}

function encodeCredentials(credentials: PresentedCredentials, encode: (value: string) => string): PresentedCredentials {
  const each = (value: string | undefined) => (value === undefined ? undefined : encode(value));
  return {
    clientSecret: each(credentials.clientSecret),
    password: each(credentials.password),
    refreshToken: each(credentials.refreshToken),
    accessToken: each(credentials.accessToken),
    all: credentials.all.map(encode),
  };
}

const quoted = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

/**
 * `behaviour` with every credential the server saw echoed into it, per its `echoCredentials`:
 * - `'challenge'`: only into a `WWW-Authenticate: Bearer` challenge (RFC 6750 §3) carrying the
 *   `error` of the JSON body with `error_description` and `error_uri`; the body stays as it is.
 * - `true`: into the body: `error_description` and `error_uri` of a JSON error, the page (`html`,
 *   `text`), the truncated document (`malformedJson`); an empty body gets them in a challenge and
 *   an `x-debug-request` header instead.
 */
export function applyEcho(behaviour: FaultBehaviour, credentials: PresentedCredentials): FaultBehaviour {
  const { echoCredentials, echoEncoding, ...rest } = behaviour;
  if (!echoCredentials) return rest;
  if (echoEncoding !== undefined) credentials = encodeCredentials(credentials, echoEncoding);
  const text = echoText(credentials);
  const uri = echoUri(credentials);
  const json = rest.json !== null && typeof rest.json === 'object' ? (rest.json as Record<string, unknown>) : undefined;
  const error = typeof json?.['error'] === 'string' ? json['error'] : 'invalid_request';
  const challenge = `Bearer realm="fault", error=${quoted(error)}, error_description=${quoted(`rejected ${text}`)}, error_uri=${quoted(uri)}`;
  if (echoCredentials === 'challenge') return { ...rest, headers: { ...rest.headers, 'www-authenticate': challenge } };
  if (json !== undefined) {
    const description = typeof json['error_description'] === 'string' ? `${json['error_description']}: ` : '';
    return { ...rest, json: { ...json, error_description: `${description}rejected ${text}`, error_uri: uri } };
  }
  if (rest.html !== undefined) {
    const dump = `<pre>${text}</pre><a href="${uri}">details</a>`;
    return { ...rest, html: rest.html.includes('</body>') ? rest.html.replace('</body>', `${dump}</body>`) : rest.html + dump };
  }
  if (rest.text !== undefined) return { ...rest, text: `${rest.text} (${text}; see ${uri})` };
  if (rest.malformedJson) {
    const { malformedJson: _, ...plain } = rest;
    return {
      ...plain,
      headers: { 'content-type': 'application/json', ...rest.headers },
      body: `{"error": "server_error", "error_description": ${JSON.stringify(`rejected ${text}`)}, "error_uri": ${JSON.stringify(uri)}, "access_token": "${credentials.accessToken ?? ''}", "expires_in": 36`,
    };
  }
  if (rest.body === undefined || rest.body.length === 0) {
    return { ...rest, headers: { ...rest.headers, 'www-authenticate': challenge, 'x-debug-request': text } };
  }
  return rest;
}
