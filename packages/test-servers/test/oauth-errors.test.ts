import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOAuthServer, type OAuthTestServer } from '../src/index.js';
import { basic, postForm } from './helpers.js';

// Each RFC 6749 §5.2 error code, produced by a real request to the real server. This table is also
// the documentation of how to provoke each one (see the package README).
const APP = { id: 'app', secret: 'app-secret', grants: ['client_credentials', 'password', 'refresh_token'] } as const;
const MACHINE = { id: 'machine', secret: 'machine-secret', grants: ['client_credentials'] } as const;
const USER = { username: 'alice', password: 'alice-password' };
const appBody = { client_id: APP.id, client_secret: APP.secret };

let oauth: OAuthTestServer;
beforeAll(async () => {
  oauth = await startOAuthServer({ clients: [APP, MACHINE], users: [USER], scopes: ['read', 'write'] });
});
afterAll(() => oauth.close());

interface ErrorCase {
  name: string;
  form: Record<string, string>;
  headers?: Record<string, string>;
  contentType?: string;
  status: number;
  error: string;
  challenge?: RegExp;
}

const cases: ErrorCase[] = [
  { name: 'invalid_request: grant_type missing', form: { ...appBody }, status: 400, error: 'invalid_request' },
  { name: 'invalid_request: password grant without username', form: { ...appBody, grant_type: 'password', password: 'x' }, status: 400, error: 'invalid_request' },
  { name: 'invalid_request: JSON instead of a form body', form: { ...appBody, grant_type: 'client_credentials' }, contentType: 'application/json', status: 400, error: 'invalid_request' },
  { name: 'invalid_client: wrong secret in the body answers 400 without a challenge', form: { grant_type: 'client_credentials', client_id: APP.id, client_secret: 'wrong' }, status: 400, error: 'invalid_client' },
  { name: 'invalid_client: wrong secret via HTTP Basic answers 401 with a Basic challenge', form: { grant_type: 'client_credentials' }, headers: { authorization: basic(APP.id, 'wrong') }, status: 401, error: 'invalid_client', challenge: /^Basic / },
  { name: 'invalid_client: unknown client', form: { grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'x' }, status: 400, error: 'invalid_client' },
  { name: 'invalid_grant: wrong user password', form: { ...appBody, grant_type: 'password', username: USER.username, password: 'wrong' }, status: 400, error: 'invalid_grant' },
  { name: 'invalid_grant: unknown refresh token', form: { ...appBody, grant_type: 'refresh_token', refresh_token: 'never-issued' }, status: 400, error: 'invalid_grant' },
  { name: 'unauthorized_client: client not allowed the password grant', form: { grant_type: 'password', client_id: MACHINE.id, client_secret: MACHINE.secret, username: USER.username, password: USER.password }, status: 400, error: 'unauthorized_client' },
  { name: 'unsupported_grant_type: a grant the server does not know', form: { ...appBody, grant_type: 'urn:example:made-up' }, status: 400, error: 'unsupported_grant_type' },
  { name: 'invalid_scope: a scope outside the allowed list', form: { ...appBody, grant_type: 'client_credentials', scope: 'admin' }, status: 400, error: 'invalid_scope' },
];

describe('every RFC 6749 §5.2 error code is producible', () => {
  it.each(cases)('$name', async ({ form, headers, contentType, status, error, challenge }) => {
    const body = contentType === 'application/json' ? JSON.stringify(form) : new URLSearchParams(form);
    const response = await fetch(oauth.tokenUrl, { method: 'POST', body, headers: { ...headers, ...(contentType && { 'content-type': contentType }) } });
    const json = (await response.json()) as Record<string, unknown>;
    expect(response.status).toBe(status);
    expect(json['error']).toBe(error);
    expect(typeof json['error_description']).toBe('string');
    const wwwAuthenticate = response.headers.get('www-authenticate');
    if (challenge) expect(wwwAuthenticate).toMatch(challenge);
    else expect(wwwAuthenticate).toBeNull();
  });

  it('invalid_scope: a refresh asking for more scope than the original grant', async () => {
    const first = await postForm(oauth.tokenUrl, { ...appBody, grant_type: 'password', username: USER.username, password: USER.password, scope: 'read' });
    const wider = await postForm(oauth.tokenUrl, { ...appBody, grant_type: 'refresh_token', refresh_token: String(first.body['refresh_token']), scope: 'read write' });
    expect(wider).toMatchObject({ status: 400, body: { error: 'invalid_scope' } });
  });

  it('no error body ever echoes the secret or password that was sent', async () => {
    const sent = 'S3cr3t-value-never-echoed';
    const replies = await Promise.all([
      postForm(oauth.tokenUrl, { grant_type: 'client_credentials', client_id: APP.id, client_secret: sent }),
      postForm(oauth.tokenUrl, { ...appBody, grant_type: 'password', username: USER.username, password: sent }),
      postForm(oauth.tokenUrl, { ...appBody, grant_type: 'refresh_token', refresh_token: sent }),
    ]);
    for (const reply of replies) expect(JSON.stringify(reply.body)).not.toContain(sent);
  });

  it('counts failures by error code', () => {
    for (const code of ['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope']) {
      expect(oauth.stats.byError[code], code).toBeGreaterThan(0);
    }
  });
});
