import type { RecordedRequest } from './recorded-request.js';

/**
 * One scripted answer. Fields combine: `delayMs` then the response; `delayMs` then `reset`.
 * Exactly one of `json`, `html`, `text`, `body`, `malformedJson` shapes the body; none means empty.
 */
export interface FaultBehaviour {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** Serialised as `application/json`. */
  json?: unknown;
  /** Sent as `text/html` (a proxy or login page where JSON was expected). */
  html?: string;
  /** Sent as `text/plain`. */
  text?: string;
  /** Raw bytes or text with no content type unless `headers` gives one. */
  body?: string | Uint8Array;
  /** A truncated JSON document sent as `application/json`. */
  malformedJson?: true;
  /** Wait this long before answering (a slow server). */
  delayMs?: number;
  /** Accept the request and never answer, until the server closes. */
  hang?: true;
  /** Send status and headers, then stall the body forever (timeout mid-body). */
  hangAfterHeaders?: true;
  /** Destroy the socket without answering: the client sees a connection reset. */
  reset?: true;
  /** Decide per request (e.g. 401 unless the bearer fingerprint is the current one). */
  respond?: (request: RecordedRequest) => FaultBehaviour | Promise<FaultBehaviour>;
}

export const MALFORMED_JSON = '{"access_token": "abc", "token_type": "Bearer", "expires_in": 36';
