import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startOAuthServer, type OAuthServerOptions, type OAuthTestServer } from '../src/index.js';
import { basic, bearer, getJson, postForm, sleep, tryConnect } from './helpers.js';

const CLIENT = { id: 'app', secret: 'app-secret', grants: ['client_credentials', 'password', 'refresh_token'] } as const;
const USER = { username: 'alice', password: 'alice-password' };
const passwordForm = { grant_type: 'password', client_id: CLIENT.id, client_secret: CLIENT.secret, username: USER.username, password: USER.password };

let server: OAuthTestServer | undefined;
async function start(options: Partial<OAuthServerOptions> = {}): Promise<OAuthTestServer> {
  server = await startOAuthServer({ clients: [CLIENT], users: [USER], ...options });
  return server;
}
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('grants over real HTTP', () => {
  it('client_credentials with the secret in the body issues a working bearer without a refresh token', async () => {
    const oauth = await start({ accessTokenLifetime: 60 });
    const token = await postForm(oauth.tokenUrl, { grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret });
    expect(token.status).toBe(200);
    expect(token.headers.get('cache-control')).toBe('no-store');
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 60 });
    expect(token.body).not.toHaveProperty('refresh_token');
    const resource = await getJson(oauth.resourceUrl, bearer(token.body['access_token']));
    expect(resource.status).toBe(200);
    expect(resource.body).toMatchObject({ method: 'GET', client: 'app', user: 'app', userKind: 'client' });
    expect(oauth.stats).toMatchObject({ tokenRequests: 1, tokenSuccesses: 1, resourceSucceeded: 1 });
    expect(oauth.stats.byGrant['client_credentials']).toEqual({ succeeded: 1, failed: 0 });
  });

  it('client_credentials with HTTP Basic client authentication', async () => {
    const oauth = await start();
    const token = await postForm(oauth.tokenUrl, { grant_type: 'client_credentials' }, { authorization: basic(CLIENT.id, CLIENT.secret) });
    expect(token.status).toBe(200);
    expect(typeof token.body['access_token']).toBe('string');
  });

  it('password grant issues an access and a refresh token bound to the user', async () => {
    const oauth = await start();
    const token = await postForm(oauth.tokenUrl, passwordForm);
    expect(token.status).toBe(200);
    expect(typeof token.body['refresh_token']).toBe('string');
    const resource = await getJson(oauth.resourceUrl, bearer(token.body['access_token']));
    expect(resource.body).toMatchObject({ user: 'alice', userKind: 'user', client: 'app' });
  });

  it('refresh_token grant issues a new pair and the new access token works', async () => {
    const oauth = await start();
    const first = await postForm(oauth.tokenUrl, passwordForm);
    const refreshed = await postForm(oauth.tokenUrl, {
      grant_type: 'refresh_token', client_id: CLIENT.id, client_secret: CLIENT.secret, refresh_token: String(first.body['refresh_token']),
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body['access_token']).not.toBe(first.body['access_token']);
    expect(refreshed.body['refresh_token']).not.toBe(first.body['refresh_token']);
    expect((await getJson(oauth.resourceUrl, bearer(refreshed.body['access_token']))).status).toBe(200);
  });

  it('a separate CloudLX-style refresh endpoint refreshes, and refuses other grants and Basic-only clients', async () => {
    const oauth = await start({ refreshPath: '/api/oauth2/refresh-token' });
    expect(oauth.refreshUrl).toBe(`${oauth.url}/api/oauth2/refresh-token`);
    const first = await postForm(oauth.tokenUrl, passwordForm);
    const refreshToken = String(first.body['refresh_token']);
    const wrongGrant = await postForm(oauth.refreshUrl!, passwordForm);
    expect(wrongGrant).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    const basicOnly = await postForm(oauth.refreshUrl!, { grant_type: 'refresh_token', refresh_token: refreshToken }, { authorization: basic(CLIENT.id, CLIENT.secret) });
    expect(basicOnly).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const refreshed = await postForm(oauth.refreshUrl!, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT.id, client_secret: CLIENT.secret });
    expect(refreshed.status).toBe(200);
    expect(oauth.stats.refreshEndpointRequests).toBe(3);
  });

  it('a public client refreshes with client_id only when requireClientSecretForRefresh is false', async () => {
    const oauth = await start({ requireClientSecretForRefresh: false });
    const first = await postForm(oauth.tokenUrl, passwordForm);
    const refreshed = await postForm(oauth.tokenUrl, { grant_type: 'refresh_token', client_id: CLIENT.id, refresh_token: String(first.body['refresh_token']) });
    expect(refreshed.status).toBe(200);
  });

  it('client_credentials also gets a refresh token when clientCredentialsRefreshToken is set (as CloudLX does)', async () => {
    const oauth = await start({ clientCredentialsRefreshToken: true });
    const token = await postForm(oauth.tokenUrl, { grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret });
    expect(typeof token.body['refresh_token']).toBe('string');
    const refreshed = await postForm(oauth.tokenUrl, { grant_type: 'refresh_token', client_id: CLIENT.id, client_secret: CLIENT.secret, refresh_token: String(token.body['refresh_token']) });
    expect(refreshed.status).toBe(200);
  });

  it('grants only allowed scopes and echoes the granted scope', async () => {
    const oauth = await start({ scopes: ['read', 'write'] });
    const narrow = await postForm(oauth.tokenUrl, { ...passwordForm, scope: 'read' });
    expect(narrow.body['scope']).toBe('read');
    const resource = await getJson(oauth.resourceUrl, bearer(narrow.body['access_token']));
    expect(resource.body['scope']).toBe('read');
    const defaulted = await postForm(oauth.tokenUrl, passwordForm);
    expect(defaulted.body['scope']).toBe('read write');
  });

  it('jwt format issues a JWT whose exp matches the lifetime; omitExpiresIn drops expires_in; extra fields are added', async () => {
    const oauth = await start({ accessTokenFormat: 'jwt', accessTokenLifetime: 120, omitExpiresIn: true, extraTokenFields: { refresh_token_expires_in: 604800 } });
    const token = await postForm(oauth.tokenUrl, passwordForm);
    expect(token.body).not.toHaveProperty('expires_in');
    expect(token.body['refresh_token_expires_in']).toBe(604800);
    const [, payload] = String(token.body['access_token']).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as { exp: number; iat: number; sub: string };
    expect(claims.exp - claims.iat).toBe(120);
    expect(claims.sub).toBe('alice');
    expect((await getJson(oauth.resourceUrl, bearer(token.body['access_token']))).status).toBe(200);
  });
});

describe('resource echo', () => {
  it('echoes JSON, form, text and binary bodies with their byte length and sha256', async () => {
    const oauth = await start();
    const token = await postForm(oauth.tokenUrl, passwordForm);
    const auth = bearer(token.body['access_token']);
    const send = async (body: BodyInit, contentType: string) => {
      const response = await fetch(`${oauth.resourceUrl}/items?x=1`, { method: 'POST', body, headers: { ...auth, 'content-type': contentType } });
      return (await response.json()) as { path: string; query: unknown; body: Record<string, unknown> };
    };
    const json = await send(JSON.stringify({ a: 1 }), 'application/json');
    expect(json).toMatchObject({ path: '/api/resource/items', query: { x: '1' }, body: { kind: 'json', value: { a: 1 } } });
    const form = await send(new URLSearchParams({ k: 'v' }).toString(), 'application/x-www-form-urlencoded');
    expect(form.body).toMatchObject({ kind: 'form', value: { k: 'v' } });
    const text = await send('hello', 'text/plain');
    expect(text.body).toMatchObject({ kind: 'text', text: 'hello', byteLength: 5 });
    const bytes = new Uint8Array(1024).map((_, index) => index % 251);
    const binary = await send(bytes, 'application/octet-stream');
    expect(binary.body).toEqual({ kind: 'binary', byteLength: 1024, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('answers 401 with a Bearer challenge without a token and counts it', async () => {
    const oauth = await start();
    const response = await fetch(oauth.resourceUrl);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('Bearer');
    expect(oauth.stats).toMatchObject({ resourceRequests: 1, resourceUnauthorized: 1, resourceSucceeded: 0 });
  });
});

describe('expiry, rotation and revocation', () => {
  it('an access token stops working once its lifetime has passed (real time)', async () => {
    const oauth = await start({ accessTokenLifetime: 1 });
    const token = await postForm(oauth.tokenUrl, passwordForm);
    expect(token.body['expires_in']).toBe(1);
    expect((await getJson(oauth.resourceUrl, bearer(token.body['access_token']))).status).toBe(200);
    await sleep(1100);
    const expired = await getJson(oauth.resourceUrl, bearer(token.body['access_token']));
    expect(expired.status).toBe(401);
    expect(expired.body['error']).toBe('invalid_token');
    expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('reusing a rotated refresh token answers invalid_grant and is counted as a reuse', async () => {
    const oauth = await start();
    const first = await postForm(oauth.tokenUrl, passwordForm);
    const refreshForm = { grant_type: 'refresh_token', client_id: CLIENT.id, client_secret: CLIENT.secret, refresh_token: String(first.body['refresh_token']) };
    expect((await postForm(oauth.tokenUrl, refreshForm)).status).toBe(200);
    const reuse = await postForm(oauth.tokenUrl, refreshForm);
    expect(reuse).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(oauth.stats.reusedRefreshTokens).toBe(1);
    expect(oauth.stats.byError['invalid_grant']).toBe(1);
  });

  it('two concurrent refreshes with one rotating token: exactly one wins, the other gets invalid_grant', async () => {
    const oauth = await start();
    const first = await postForm(oauth.tokenUrl, passwordForm);
    const refreshForm = { grant_type: 'refresh_token', client_id: CLIENT.id, client_secret: CLIENT.secret, refresh_token: String(first.body['refresh_token']) };
    const results = await Promise.all([postForm(oauth.tokenUrl, refreshForm), postForm(oauth.tokenUrl, refreshForm)]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 400]);
  });

  it('without rotation the refresh response omits refresh_token and the old one keeps working', async () => {
    const oauth = await start({ rotateRefreshTokens: false });
    const first = await postForm(oauth.tokenUrl, passwordForm);
    const refreshForm = { grant_type: 'refresh_token', client_id: CLIENT.id, client_secret: CLIENT.secret, refresh_token: String(first.body['refresh_token']) };
    const second = await postForm(oauth.tokenUrl, refreshForm);
    expect(second.status).toBe(200);
    expect(second.body).not.toHaveProperty('refresh_token');
    expect((await postForm(oauth.tokenUrl, refreshForm)).status).toBe(200);
  });

  it('revokeRefreshTokens() makes every issued refresh token answer invalid_grant', async () => {
    const oauth = await start();
    const first = await postForm(oauth.tokenUrl, passwordForm);
    oauth.revokeRefreshTokens();
    const refreshed = await postForm(oauth.tokenUrl, { grant_type: 'refresh_token', client_id: CLIENT.id, client_secret: CLIENT.secret, refresh_token: String(first.body['refresh_token']) });
    expect(refreshed.body['error']).toBe('invalid_grant');
  });

  it('expireAllAccessTokens() makes issued access tokens answer 401 at once, new ones still work', async () => {
    const oauth = await start();
    const old = await postForm(oauth.tokenUrl, passwordForm);
    oauth.expireAllAccessTokens();
    expect((await getJson(oauth.resourceUrl, bearer(old.body['access_token']))).status).toBe(401);
    const fresh = await postForm(oauth.tokenUrl, passwordForm);
    expect((await getJson(oauth.resourceUrl, bearer(fresh.body['access_token']))).status).toBe(200);
  });

  it('resetStats() zeroes the counters', async () => {
    const oauth = await start();
    await postForm(oauth.tokenUrl, passwordForm);
    oauth.resetStats();
    expect(oauth.stats).toMatchObject({ tokenRequests: 0, tokenSuccesses: 0, byGrant: {} });
  });
});

describe('lifecycle', () => {
  it('nothing listens on the port after close(), even with a kept-alive connection open', async () => {
    const oauth = await start();
    await postForm(oauth.tokenUrl, passwordForm);
    const port = Number(new URL(oauth.url).port);
    expect(await tryConnect(port)).toBe('connected');
    await oauth.close();
    server = undefined;
    expect(await tryConnect(port)).toBe('ECONNREFUSED');
  });
});
