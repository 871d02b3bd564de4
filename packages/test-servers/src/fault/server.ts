import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fingerprint, mediaType, parseForm, readBody } from '../body.js';
import { listen } from '../listen.js';
import { MALFORMED_JSON, type FaultBehaviour } from './behaviour.js';
import { applyEcho, credentialsOf, type PresentedCredentials } from './echo.js';
import { recordRequest, type RecordedRequest } from './recorded-request.js';

export interface FaultServerOptions {
  /** Answers per path once its queue is empty. Paths without one answer 404. */
  defaults?: Record<string, FaultBehaviour>;
}

export interface FaultServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** `url` + `path`. */
  urlFor(path: string): string;
  /** Queue answers for `path`; each request takes the next one, then the path's default applies. */
  enqueue(path: string, ...behaviours: FaultBehaviour[]): void;
  setDefault(path: string, behaviour: FaultBehaviour): void;
  /** Queued answers not yet consumed for `path`. */
  pending(path: string): number;
  /** Every request so far, in order of arrival (secrets as fingerprints, see `RecordedRequest`). */
  readonly requests: readonly RecordedRequest[];
  requestsTo(path: string): RecordedRequest[];
  count(path: string): number;
  /**
   * Resolves once `count` requests to `path` have arrived (at once if they already have): lets a
   * test wait for the event instead of sleeping and hoping.
   */
  waitForRequests(path: string, count: number): Promise<void>;
  /**
   * Fingerprints of every credential a `withCredentials` behaviour was handed (and so could echo),
   * oldest first, no duplicates: proof that a scripted answer really carried a secret.
   */
  readonly echoed: readonly string[];
  /** Forget queues, defaults given after start, and recorded requests. */
  reset(): void;
  /** Destroys every socket, including hanging ones, and stops listening. */
  close(): Promise<void>;
}

const NOT_FOUND: FaultBehaviour = { status: 404, json: { error: 'not_found', error_description: 'No behaviour scripted for this path' } };

function bodyOf(behaviour: FaultBehaviour): { bytes: Buffer; contentType: string | undefined } {
  if (behaviour.json !== undefined) return { bytes: Buffer.from(JSON.stringify(behaviour.json)), contentType: 'application/json; charset=utf-8' };
  if (behaviour.html !== undefined) return { bytes: Buffer.from(behaviour.html), contentType: 'text/html; charset=utf-8' };
  if (behaviour.text !== undefined) return { bytes: Buffer.from(behaviour.text), contentType: 'text/plain; charset=utf-8' };
  if (behaviour.malformedJson) return { bytes: Buffer.from(MALFORMED_JSON), contentType: 'application/json' };
  if (behaviour.body !== undefined) return { bytes: Buffer.from(behaviour.body), contentType: undefined };
  return { bytes: Buffer.alloc(0), contentType: undefined };
}

/** Streams a `huge` body in 64 KiB chunks, respecting backpressure, so a 50 MB answer costs the server little memory. */
function sendHuge(behaviour: FaultBehaviour, huge: NonNullable<FaultBehaviour['huge']>, res: ServerResponse): void {
  const prefix = Buffer.from(huge.prefix ?? '');
  const suffix = Buffer.from(huge.suffix ?? '');
  const fillBytes = Math.max(0, huge.bytes - prefix.byteLength - suffix.byteLength);
  const chunk = Buffer.alloc(64 * 1024, huge.fill ?? 'a');
  res.writeHead(behaviour.status ?? 200, {
    'content-type': huge.contentType ?? 'application/json',
    ...behaviour.headers,
    ...(huge.declareLength && { 'content-length': prefix.byteLength + fillBytes + suffix.byteLength }),
  });
  res.write(prefix);
  let left = fillBytes;
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      const piece = chunk.subarray(0, Math.min(left, chunk.byteLength));
      left -= piece.byteLength;
      if (!res.write(piece)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end(suffix);
  };
  res.on('error', () => {});
  pump();
}

/** A scriptable HTTP server on 127.0.0.1 that misbehaves on cue: per-path queues, then defaults. */
export async function startFaultServer(options: FaultServerOptions = {}): Promise<FaultServer> {
  const initialDefaults = { ...options.defaults };
  let defaults = new Map<string, FaultBehaviour>(Object.entries(initialDefaults));
  let queues = new Map<string, FaultBehaviour[]>();
  let requests: RecordedRequest[] = [];
  /** Raw credentials received or handed out so far, for echo behaviours only; never recorded. */
  let seen: string[] = [];
  let lastAccessToken: string | undefined;
  let echoed: string[] = [];
  const remember = (value: unknown) => {
    if (typeof value === 'string' && value !== '' && !seen.includes(value)) seen.push(value);
  };
  /** What `withCredentials` gets for one request: its own credentials, then what was seen before. */
  const presented = new WeakMap<RecordedRequest, ReturnType<typeof credentialsOf>>();
  let seq = 0;
  let closed = false;
  const waiters = new Set<{ path: string; count: number; resolve: () => void }>();
  const wake = () => {
    for (const waiter of waiters) {
      if (requests.filter((request) => request.path === waiter.path).length >= waiter.count) {
        waiters.delete(waiter);
        waiter.resolve();
      }
    }
  };
  const timers = new Set<NodeJS.Timeout>();
  const intervals = new Set<NodeJS.Timeout>();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  function next(path: string): FaultBehaviour {
    const queued = queues.get(path)?.shift();
    return queued ?? defaults.get(path) ?? NOT_FOUND;
  }

  async function perform(behaviour: FaultBehaviour, req: IncomingMessage, res: ServerResponse, record: RecordedRequest): Promise<void> {
    if (behaviour.respond) return perform(await behaviour.respond(record), req, res, record);
    if (behaviour.withCredentials || behaviour.echoCredentials) {
      const own = presented.get(record) ?? { clientSecret: undefined, password: undefined, refreshToken: undefined, accessToken: undefined };
      const credentials: PresentedCredentials = { ...own, accessToken: own.accessToken ?? lastAccessToken, all: [...seen] };
      for (const value of credentials.all) if (!echoed.includes(fingerprint(value))) echoed.push(fingerprint(value));
      if (behaviour.withCredentials) return perform(await behaviour.withCredentials(credentials, record), req, res, record);
      return perform(applyEcho(behaviour, credentials), req, res, record);
    }
    if (behaviour.delayMs !== undefined) await sleep(behaviour.delayMs);
    if (closed || res.destroyed) return;
    if (behaviour.reset) {
      // An RST rather than a FIN, so clients see ECONNRESET and not a clean close.
      req.socket.resetAndDestroy();
      return;
    }
    if (behaviour.hang) return;
    if (behaviour.huge) return sendHuge(behaviour, behaviour.huge, res);
    const { bytes, contentType } = bodyOf(behaviour);
    // Tokens handed out are credentials the next requests may present: echo behaviours know them.
    if (behaviour.json !== null && typeof behaviour.json === 'object') {
      const { access_token: accessToken, refresh_token: refreshToken } = behaviour.json as Record<string, unknown>;
      remember(accessToken);
      remember(refreshToken);
      if (typeof accessToken === 'string' && accessToken !== '') lastAccessToken = accessToken;
    }
    const headers: Record<string, string | number> = {
      ...(contentType !== undefined && { 'content-type': contentType }),
      ...behaviour.headers,
      'content-length': bytes.byteLength,
    };
    res.writeHead(behaviour.status ?? 200, headers);
    const half = bytes.subarray(0, Math.floor(bytes.byteLength / 2));
    if (behaviour.hangAfterHeaders) {
      res.write(half);
      return;
    }
    if (behaviour.resetAfterHeaders) {
      // Written, then reset once the bytes are flushed: the client has headers and part of the body.
      res.write(half, () => req.socket.resetAndDestroy());
      return;
    }
    if (behaviour.dripAfterHeaders) {
      res.write(half);
      let sent = half.byteLength;
      const drip = setInterval(() => {
        if (closed || res.destroyed) return clearInterval(drip);
        // One byte of the rest, then nothing more: the body never completes.
        if (sent < bytes.byteLength - 1) res.write(bytes.subarray(sent, ++sent));
      }, behaviour.dripAfterHeaders.intervalMs ?? 1000);
      intervals.add(drip);
      res.on('close', () => clearInterval(drip));
      return;
    }
    res.end(bytes);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    readBody(req)
      .then((raw) => {
        const record = recordRequest(++seq, req, url, raw);
        requests.push(record);
        wake();
        const own = credentialsOf(req, mediaType(req) === 'application/x-www-form-urlencoded' ? parseForm(raw) : undefined);
        presented.set(record, own);
        for (const value of Object.values(own)) remember(value);
        return perform(next(url.pathname), req, res, record);
      })
      .catch(() => {
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('fault server: a scripted behaviour threw');
        } else {
          res.destroy();
        }
      });
  });
  const listening = await listen(server);

  return {
    url: listening.url,
    urlFor: (path) => `${listening.url}${path}`,
    enqueue(path, ...behaviours) {
      const queue = queues.get(path) ?? [];
      queue.push(...behaviours);
      queues.set(path, queue);
    },
    setDefault: (path, behaviour) => void defaults.set(path, behaviour),
    pending: (path) => queues.get(path)?.length ?? 0,
    get requests() {
      return requests;
    },
    requestsTo: (path) => requests.filter((request) => request.path === path),
    count: (path) => requests.filter((request) => request.path === path).length,
    waitForRequests: (path, count) =>
      new Promise<void>((resolve) => {
        waiters.add({ path, count, resolve });
        wake();
      }),
    get echoed() {
      return echoed;
    },
    reset() {
      queues = new Map();
      defaults = new Map(Object.entries(initialDefaults));
      requests = [];
      seen = [];
      echoed = [];
      lastAccessToken = undefined;
    },
    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const interval of intervals) clearInterval(interval);
      intervals.clear();
      return listening.close();
    },
  };
}
