import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** The static bearer every "static header" subject sends; the server always accepts it. */
export const STATIC_TOKEN = 'bench-static-token';
export const SERVICES_PATH = '/api/services';
export const TOKEN_PATH = '/api/oauth2/access-token';
export const REFRESH_PATH = '/api/oauth2/refresh-token';
export const CLIENT_ID = 'bench-client';
export const CLIENT_SECRET = 'bench-secret-value';
const MEDIA_TYPE = 'application/vnd.cloudlx.v1+json';

/** Small JSON body shaped like the spec's listServices example (~0.5 kB). */
const SERVICES_BODY = JSON.stringify({
  services: [
    {
      id: 1234, name: 'London AWS primary', vlan: 20, nni_vlan: 1020, created: '2018-07-31 11:11:25',
      cancellation_date: null, bandwidth: '200Mbps', paused: false, expired: false, type: 'AWS Direct Connect',
      type_short_name: 'AWS',
      port: { id: 512, ref: 'clxp-4XaHVRxR', name: 'London - Epsilon Global Hubs London - P3 (1Gbit)', speed: '1Gbit', status: 'in service' },
    },
  ],
});

export interface ServerConfig {
  /** `expires_in` of issued tokens, in seconds. */
  expiresInSeconds: number;
  /** Delay before a token response, to widen the window in which a cold cache can stampede. */
  tokenDelayMs: number;
}

export interface ServerStats {
  tokenRequests: number;
  refreshRequests: number;
  apiRequests: number;
  rejectedApiRequests: number;
}

/**
 * One local server for every subject: the CloudLX token endpoints and `GET /api/services`, which
 * answers 401 to unknown or expired bearers so that "errors" under refresh load are real.
 * `/__bench/*` lets the parent process configure it and read counters between phases.
 */
export function createApiServer(): Server {
  const config: ServerConfig = { expiresInSeconds: 3600, tokenDelayMs: 0 };
  const stats: ServerStats = { tokenRequests: 0, refreshRequests: 0, apiRequests: 0, rejectedApiRequests: 0 };
  const tokens = new Map<string, number>([[STATIC_TOKEN, Number.POSITIVE_INFINITY]]);
  let issued = 0;

  const issue = (res: ServerResponse): void => {
    issued += 1;
    const accessToken = `at-${issued}-${Math.random().toString(36).slice(2)}`;
    tokens.set(accessToken, Date.now() + config.expiresInSeconds * 1000);
    const body = JSON.stringify({
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: config.expiresInSeconds,
      refresh_token: `rt-${issued}`,
    });
    const send = (): void => {
      res.writeHead(200, { 'content-type': MEDIA_TYPE, 'cache-control': 'no-store' }).end(body);
    };
    if (config.tokenDelayMs > 0) setTimeout(send, config.tokenDelayMs);
    else send();
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: string): void => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === SERVICES_PATH) {
      stats.apiRequests += 1;
      const bearer = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
      const expiresAt = tokens.get(bearer);
      if (expiresAt === undefined || expiresAt <= Date.now()) {
        stats.rejectedApiRequests += 1;
        res.writeHead(401, { 'content-type': MEDIA_TYPE, 'www-authenticate': 'Bearer error="invalid_token"' }).end('{"error":"invalid_token"}');
        return;
      }
      res.writeHead(200, { 'content-type': MEDIA_TYPE }).end(SERVICES_BODY);
      return;
    }
    if (req.method === 'POST' && (path === TOKEN_PATH || path === REFRESH_PATH)) {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') === 'refresh_token') stats.refreshRequests += 1;
      else stats.tokenRequests += 1;
      issue(res);
      return;
    }
    if (req.method === 'POST' && path === '/__bench/config') {
      Object.assign(config, JSON.parse(body) as Partial<ServerConfig>);
      for (const key of Object.keys(stats) as (keyof ServerStats)[]) stats[key] = 0;
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'GET' && path === '/__bench/stats') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
      return;
    }
    res.writeHead(404).end();
  };

  const server = createServer((req, res) => {
    if (req.method === 'GET') {
      // Drain without buffering: GETs carry no body, and this is the hot path.
      req.resume();
      handle(req, res, '');
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => handle(req, res, body));
  });
  server.keepAliveTimeout = 60_000;
  return server;
}
