import type { IncomingMessage } from 'node:http';
import { describeBody, fingerprint, mediaType, parseForm, queryOf, sha256Hex } from '../body.js';

/** Form fields that carry secrets: recorded as fingerprints so a failing assertion cannot print them. */
const SECRET_FIELDS = new Set(['client_secret', 'password', 'refresh_token', 'access_token', 'client_assertion', 'code']);
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'api-key']);

export interface RecordedRequest {
  /** 1-based order of arrival across all routes. */
  seq: number;
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-case names. Secret headers (Authorization, Cookie, API keys) hold `fingerprint(value)`. */
  headers: Record<string, string>;
  /** `fingerprint(<bearer token>)` when the request carried `Authorization: Bearer ...`. */
  bearer: string | undefined;
  /** `{ user, password: fingerprint }` when the request carried `Authorization: Basic ...`. */
  basic: { user: string; password: string } | undefined;
  /** Form body fields; secret fields (`client_secret`, `password`, `refresh_token`, ...) as fingerprints. */
  form: Record<string, string> | undefined;
  /** Parsed JSON body, kept as sent. */
  json: unknown;
  bodyBytes: number;
  bodySha256: string;
  receivedAt: number;
}

function decodeBasic(value: string): { user: string; password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(value);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decodeURIComponent(decoded.slice(0, colon)), password: fingerprint(decodeURIComponent(decoded.slice(colon + 1))) };
}

export function recordRequest(seq: number, req: IncomingMessage, url: URL, raw: Buffer): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    const joined = Array.isArray(value) ? value.join(', ') : value;
    headers[name] = SECRET_HEADERS.has(name) ? fingerprint(joined) : joined;
  }
  const authorization = req.headers.authorization ?? '';
  const bearerMatch = /^Bearer\s+(\S+)$/i.exec(authorization);
  const type = mediaType(req);
  let form: Record<string, string> | undefined;
  if (type === 'application/x-www-form-urlencoded') {
    form = {};
    for (const [key, value] of Object.entries(parseForm(raw))) form[key] = SECRET_FIELDS.has(key) ? fingerprint(value) : value;
  }
  const described = describeBody(raw, type);
  return {
    seq,
    method: req.method ?? 'GET',
    path: url.pathname,
    query: queryOf(url),
    headers,
    bearer: bearerMatch ? fingerprint(bearerMatch[1]!) : undefined,
    basic: decodeBasic(authorization),
    form,
    json: described.kind === 'json' ? described.value : undefined,
    bodyBytes: raw.byteLength,
    bodySha256: sha256Hex(raw),
    receivedAt: Date.now(),
  };
}
