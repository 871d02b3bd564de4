import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import OAuth2Server from '@node-oauth/oauth2-server';
import { describeBody, mediaType, parseForm, queryOf, readBody } from '../body.js';
import { listen } from '../listen.js';
import { createModel, TokenStore, type StoredToken } from './model.js';
import {
  DEFAULT_ACCESS_TOKEN_LIFETIME,
  DEFAULT_REFRESH_TOKEN_LIFETIME,
  DEFAULT_RESOURCE_PATH,
  DEFAULT_TOKEN_PATH,
  type OAuthServerOptions,
} from './options.js';
import { clientAuthenticationOf, countTokenOutcome, emptyStats, type OAuthServerStats } from './stats.js';

export interface OAuthTestServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly tokenUrl: string;
  /** The separate refresh endpoint, or `undefined` when `refreshPath` was not set. */
  readonly refreshUrl: string | undefined;
  readonly resourceUrl: string;
  /** Live counters; read them after the requests you care about. */
  readonly stats: OAuthServerStats;
  resetStats(): void;
  /** Every refresh token issued so far stops working (`invalid_grant`, counted as a reuse). */
  revokeRefreshTokens(): void;
  /** Every access token issued so far answers 401 `invalid_token` from now on. */
  expireAllAccessTokens(): void;
  close(): Promise<void>;
}

/** The body of the resource endpoint's 200 answer. */
export interface ResourceEcho {
  method: string;
  path: string;
  query: Record<string, string>;
  client: string;
  user: string;
  userKind: 'user' | 'client';
  scope: string | undefined;
  body: ReturnType<typeof describeBody>;
}

interface OAuthErrorLike {
  name: string;
  message: string;
  code: number;
}

/** Per-call options are merged over the constructor's at runtime, model included; the typings omit it. */
function withModel<Options>(model: unknown): Options {
  return { model } as Options;
}

function isOAuthError(error: unknown): error is OAuthErrorLike {
  return error instanceof OAuth2Server.OAuthError;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendOAuthError(res: ServerResponse, status: number, error: string, description: string): void {
  sendJson(res, status, { error, error_description: description }, { 'cache-control': 'no-store' });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/**
 * A real OAuth2 authorization server (@node-oauth/oauth2-server 5, in-memory model) plus a bearer
 * protected resource, on 127.0.0.1 with an OS-assigned port.
 */
export async function startOAuthServer(options: OAuthServerOptions): Promise<OAuthTestServer> {
  const tokenPath = options.tokenPath ?? DEFAULT_TOKEN_PATH;
  const resourcePath = options.resourcePath ?? DEFAULT_RESOURCE_PATH;
  const refreshPath = options.refreshPath;
  const accessTokenLifetime = options.accessTokenLifetime ?? DEFAULT_ACCESS_TOKEN_LIFETIME;
  const requireClientSecretForRefresh = options.requireClientSecretForRefresh ?? true;
  const store = new TokenStore();
  const jwtKey = randomBytes(32);
  const stats = emptyStats();

  const modelFor = (grantType: string) =>
    createModel(store, options, jwtKey, {
      grantType,
      onReusedRefreshToken: () => void stats.reusedRefreshTokens++,
    });

  const oauth = new OAuth2Server({
    model: modelFor('(none)'),
    accessTokenLifetime,
    refreshTokenLifetime: options.refreshTokenLifetime ?? DEFAULT_REFRESH_TOKEN_LIFETIME,
    alwaysIssueNewRefreshToken: options.rotateRefreshTokens ?? true,
    requireClientAuthentication: { refresh_token: requireClientSecretForRefresh },
  });

  function shapeTokenBody(body: Record<string, unknown>, token: StoredToken, presentedRefreshToken: string | undefined): Record<string, unknown> {
    const shaped: Record<string, unknown> = { ...body };
    if (shaped['scope'] === '') delete shaped['scope'];
    if (options.repeatRefreshToken && presentedRefreshToken !== undefined && shaped['refresh_token'] === undefined) {
      shaped['refresh_token'] = presentedRefreshToken;
    }
    if (options.omitExpiresIn) {
      delete shaped['expires_in'];
    } else {
      // The library floors the remaining time, so a 2 s token would be announced as 1 s.
      shaped['expires_in'] = Math.round((token.accessTokenExpiresAt.getTime() - Date.now()) / 1000);
    }
    return { ...shaped, ...options.extraTokenFields };
  }

  async function handleToken(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer, viaRefreshEndpoint: boolean): Promise<void> {
    const form = mediaType(req) === 'application/x-www-form-urlencoded' ? parseForm(raw) : {};
    const grantType = form['grant_type'] ?? '(none)';
    stats.tokenRequests++;
    const clientAuthentication = clientAuthenticationOf(req.headers.authorization, form);
    stats.byClientAuthentication[clientAuthentication] = (stats.byClientAuthentication[clientAuthentication] ?? 0) + 1;
    if (viaRefreshEndpoint) {
      stats.refreshEndpointRequests++;
      const refusal =
        req.method !== 'POST'
          ? (['invalid_request', 'Invalid request: method must be POST'] as const)
          : grantType !== 'refresh_token'
            ? (['unsupported_grant_type', 'This endpoint only accepts grant_type=refresh_token'] as const)
            : !form['client_id'] || (requireClientSecretForRefresh && !form['client_secret'])
              ? (['invalid_request', 'client_id and client_secret are required in the form body'] as const)
              : undefined;
      if (refusal) {
        countTokenOutcome(stats, grantType, refusal[0]);
        sendOAuthError(res, 400, refusal[0], refusal[1]);
        return;
      }
    }

    const request = new OAuth2Server.Request({ headers: headersOf(req), method: req.method ?? 'GET', query: queryOf(url), body: form });
    const response = new OAuth2Server.Response();
    try {
      const token = (await oauth.token(request, response, withModel<OAuth2Server.TokenOptions>(modelFor(grantType)))) as unknown as StoredToken;
      countTokenOutcome(stats, grantType, undefined);
      const presentedRefreshToken = grantType === 'refresh_token' ? form['refresh_token'] : undefined;
      sendJson(res, 200, shapeTokenBody(response.body as Record<string, unknown>, token, presentedRefreshToken), response.headers ?? {});
    } catch (error) {
      const oauthError = isOAuthError(error) ? error : { name: 'server_error', message: 'Server error', code: 500 };
      countTokenOutcome(stats, grantType, oauthError.name);
      sendJson(res, oauthError.code, { error: oauthError.name, error_description: oauthError.message }, {
        ...response.headers,
        'cache-control': 'no-store',
      });
    }
  }

  async function handleResource(req: IncomingMessage, res: ServerResponse, url: URL, raw: Buffer): Promise<void> {
    stats.resourceRequests++;
    // The body is echoed, never searched for a token: only the Authorization header authenticates.
    const request = new OAuth2Server.Request({ headers: headersOf(req), method: req.method ?? 'GET', query: queryOf(url), body: {} });
    const response = new OAuth2Server.Response();
    try {
      const token = (await oauth.authenticate(request, response, withModel<OAuth2Server.AuthenticateOptions>(modelFor('(resource)')))) as unknown as StoredToken;
      stats.resourceSucceeded++;
      const echo: ResourceEcho = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: queryOf(url),
        client: token.client.id,
        user: token.user.id,
        userKind: token.user.kind,
        scope: token.scope && token.scope.length > 0 ? token.scope.join(' ') : undefined,
        body: describeBody(raw, mediaType(req)),
      };
      sendJson(res, 200, echo);
    } catch (error) {
      const oauthError = isOAuthError(error) ? error : { name: 'server_error', message: 'Server error', code: 500 };
      if (oauthError.code === 401) stats.resourceUnauthorized++;
      else stats.resourceFailed++;
      sendJson(res, oauthError.code, { error: oauthError.name, error_description: oauthError.message }, response.headers ?? {});
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    readBody(req)
      .then((raw) => {
        if (url.pathname === tokenPath) return handleToken(req, res, url, raw, false);
        if (refreshPath !== undefined && url.pathname === refreshPath) return handleToken(req, res, url, raw, true);
        if (url.pathname === resourcePath || url.pathname.startsWith(`${resourcePath}/`)) return handleResource(req, res, url, raw);
        sendJson(res, 404, { error: 'not_found', error_description: `No route for ${url.pathname}` });
        return undefined;
      })
      .catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: 'server_error', error_description: 'Test server failure' });
        else res.destroy();
      });
  });
  const listening = await listen(server);

  return {
    url: listening.url,
    tokenUrl: `${listening.url}${tokenPath}`,
    refreshUrl: refreshPath === undefined ? undefined : `${listening.url}${refreshPath}`,
    resourceUrl: `${listening.url}${resourcePath}`,
    stats,
    resetStats: () => void Object.assign(stats, emptyStats()),
    revokeRefreshTokens: () => store.retireAllRefreshTokens(),
    expireAllAccessTokens: () => store.expireAllAccessTokens(),
    close: () => listening.close(),
  };
}
