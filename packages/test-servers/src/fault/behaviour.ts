import type { PresentedCredentials } from './echo.js';
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
  /** Send status, headers and half the body, then reset the connection (a reset mid-body). */
  resetAfterHeaders?: true;
  /**
   * Send status, headers and half the body, then one more byte every `intervalMs` (default
   * 1000) and never finish: a body that stalls without going quiet.
   */
  dripAfterHeaders?: { readonly intervalMs?: number };
  /**
   * A body of `bytes` bytes streamed in chunks: `prefix`, then `fill` repeated, then `suffix`
   * (e.g. a JSON error whose `error_description` is 50 MB). Sent without a content-length unless
   * `declareLength`.
   */
  huge?: { readonly bytes: number; readonly prefix?: string; readonly fill?: string; readonly suffix?: string; readonly contentType?: string; readonly declareLength?: boolean };
  /**
   * How the echoed credentials are spelt (`echoCredentials`), e.g. lower-case `%xx`, HTML
   * entities, base64: each credential value passes through it before it is echoed.
   */
  echoEncoding?: (value: string) => string;
  /** Decide per request (e.g. 401 unless the bearer fingerprint is the current one). */
  respond?: (request: RecordedRequest) => FaultBehaviour | Promise<FaultBehaviour>;
  /**
   * Decide per request with the raw credentials the server has seen, to echo them back like a
   * careless server (see `echoingOAuthError` and friends). The values it saw are listed, as
   * fingerprints, in `FaultServer.echoed`.
   */
  withCredentials?: (credentials: PresentedCredentials, request: RecordedRequest) => FaultBehaviour | Promise<FaultBehaviour>;
  /**
   * Echo every credential the server has seen (client secret, password, the refresh token
   * presented, the access token presented or last handed out, and any other it received or issued)
   * back in the answer, as a careless server does. `true`: into the body: `error_description` and
   * `error_uri` of a JSON error, the `html` or `text` page, the `malformedJson` document; an empty
   * body gets them in a `WWW-Authenticate` challenge and an `x-debug-request` header.
   * `'challenge'`: only into a `WWW-Authenticate: Bearer` challenge with the JSON body's `error`.
   * Echoed values are listed, as fingerprints, in `FaultServer.echoed`.
   */
  echoCredentials?: true | 'challenge';
}

export const MALFORMED_JSON = '{"access_token": "abc", "token_type": "Bearer", "expires_in": 36';
