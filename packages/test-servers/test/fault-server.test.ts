import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, oauthErrorResponse, startFaultServer, tokenResponse, type FaultServer } from '../src/index.js';
import { tryConnect } from './helpers.js';

let fault: FaultServer | undefined;
async function start(): Promise<FaultServer> {
  fault = await startFaultServer();
  return fault;
}
afterEach(async () => {
  await fault?.close();
  fault = undefined;
});

describe('scripted behaviours', () => {
  it('consumes the queue in order, then falls back to the default, then 404 for unscripted paths', async () => {
    const server = await start();
    server.enqueue('/token', { status: 500, json: { error: 'boom' } }, { status: 503, headers: { 'retry-after': '1' } });
    server.setDefault('/token', { json: tokenResponse({ access_token: 'fixed' }) });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let index = 0; index < 3; index++) {
      const response = await fetch(server.urlFor('/token'), { method: 'POST' });
      statuses.push(response.status);
      if (response.status === 503) retryAfter = response.headers.get('retry-after');
      if (index === 2) expect(await response.json()).toMatchObject({ access_token: 'fixed', token_type: 'Bearer' });
    }
    expect(statuses).toEqual([500, 503, 200]);
    expect(retryAfter).toBe('1');
    expect(server.pending('/token')).toBe(0);
    expect((await fetch(server.urlFor('/elsewhere'))).status).toBe(404);
    expect(server.count('/token')).toBe(3);
  });

  it('reset destroys the connection: fetch rejects with a TypeError', async () => {
    const server = await start();
    server.enqueue('/token', { reset: true });
    const error = await fetch(server.urlFor('/token'), { method: 'POST' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
  });

  it('hang never answers: the caller times out with AbortSignal.timeout', async () => {
    const server = await start();
    server.setDefault('/token', { hang: true });
    const started = Date.now();
    const error = await fetch(server.urlFor('/token'), { signal: AbortSignal.timeout(300) }).catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('TimeoutError');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('hangAfterHeaders sends the status, then stalls the body until the caller gives up', async () => {
    const server = await start();
    server.setDefault('/token', { hangAfterHeaders: true, json: tokenResponse() });
    const response = await fetch(server.urlFor('/token'), { signal: AbortSignal.timeout(300) });
    expect(response.status).toBe(200);
    const error = await response.text().catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('TimeoutError');
  });

  it('delayMs answers late', async () => {
    const server = await start();
    server.setDefault('/slow', { delayMs: 250, text: 'late' });
    const started = Date.now();
    const response = await fetch(server.urlFor('/slow'));
    expect(await response.text()).toBe('late');
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('html, empty body and malformed JSON come back as scripted', async () => {
    const server = await start();
    server.enqueue('/token', { html: '<html>login</html>' }, {}, { malformedJson: true });
    const html = await fetch(server.urlFor('/token'));
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(await html.text()).toBe('<html>login</html>');
    const empty = await fetch(server.urlFor('/token'));
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe('');
    const malformed = await fetch(server.urlFor('/token'));
    expect(malformed.headers.get('content-type')).toContain('application/json');
    await expect(malformed.json()).rejects.toBeInstanceOf(SyntaxError);
  });

  it('respond() decides per request from the recorded request', async () => {
    const server = await start();
    const current = 'current-token';
    server.setDefault('/api', {
      respond: (request) => (request.bearer === fingerprint(current) ? { json: { ok: true } } : { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } }),
    });
    expect((await fetch(server.urlFor('/api'), { headers: { authorization: 'Bearer stale-token' } })).status).toBe(401);
    expect((await fetch(server.urlFor('/api'), { headers: { authorization: `Bearer ${current}` } })).status).toBe(200);
  });
});

describe('helpers', () => {
  it('tokenResponse builds fresh valid tokens and removes fields overridden with undefined', () => {
    const first = tokenResponse();
    const second = tokenResponse();
    expect(first).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(first.access_token).not.toBe(second.access_token);
    const missing = tokenResponse({ access_token: undefined, expires_in: -5, token_type: 'mac' });
    expect(missing).not.toHaveProperty('access_token');
    expect(missing).toMatchObject({ expires_in: -5, token_type: 'mac' });
  });

  it('oauthErrorResponse: invalid_client is 401 with a Basic challenge, others 400', async () => {
    const server = await start();
    server.enqueue('/token', oauthErrorResponse('invalid_client'), oauthErrorResponse('invalid_grant'));
    const client = await fetch(server.urlFor('/token'), { method: 'POST' });
    expect(client.status).toBe(401);
    expect(client.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect(await client.json()).toMatchObject({ error: 'invalid_client' });
    const grant = await fetch(server.urlFor('/token'), { method: 'POST' });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('recording', () => {
  it('records requests with secrets only as fingerprints', async () => {
    const server = await start();
    server.setDefault('/token', { json: tokenResponse() });
    const secret = 'client-secret-value';
    await fetch(server.urlFor('/token?x=1'), {
      method: 'POST',
      headers: { authorization: `Basic ${btoa(`app:${secret}`)}`, accept: 'application/vnd.cloudlx.v1+json' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'rt-value', client_secret: secret }),
    });
    await fetch(server.urlFor('/api'), { headers: { authorization: 'Bearer at-value' } });
    const [token, api] = server.requests;
    expect(token).toMatchObject({ seq: 1, method: 'POST', path: '/token', query: { x: '1' } });
    expect(token!.headers['accept']).toBe('application/vnd.cloudlx.v1+json');
    expect(token!.basic).toEqual({ user: 'app', password: fingerprint(secret) });
    expect(token!.form).toEqual({ grant_type: 'refresh_token', refresh_token: fingerprint('rt-value'), client_secret: fingerprint(secret) });
    expect(api!.bearer).toBe(fingerprint('at-value'));
    const everything = JSON.stringify(server.requests);
    for (const raw of [secret, 'rt-value', 'at-value']) expect(everything).not.toContain(raw);
    server.reset();
    expect(server.requests).toHaveLength(0);
  });
});

describe('lifecycle', () => {
  it('close() ends hanging requests and nothing listens afterwards', async () => {
    const server = await start();
    server.setDefault('/hang', { hang: true });
    const pending = fetch(server.urlFor('/hang')).catch((caught: unknown) => caught);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const port = Number(new URL(server.url).port);
    await server.close();
    fault = undefined;
    expect(await pending).toBeInstanceOf(TypeError);
    expect(await tryConnect(port)).toBe('ECONNREFUSED');
  });
});

describe('body faults', () => {
  it('resetAfterHeaders: headers arrive, then reading the body fails', async () => {
    const server = await start();
    server.enqueue('/token', { resetAfterHeaders: true, json: tokenResponse() });
    const response = await fetch(server.urlFor('/token'), { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await response.text().catch((caught: unknown) => caught)).toBeInstanceOf(TypeError);
  });

  it('dripAfterHeaders: the body keeps trickling and never completes', async () => {
    const server = await start();
    server.enqueue('/token', { dripAfterHeaders: { intervalMs: 10 }, json: tokenResponse() });
    const response = await fetch(server.urlFor('/token'), { method: 'POST' });
    const reader = response.body!.getReader();
    const first = await reader.read();
    const second = await reader.read();
    expect([first.done, second.done]).toEqual([false, false]);
    await reader.cancel();
  });

  it('huge streams exactly `bytes` bytes: prefix, fill, suffix', async () => {
    const server = await start();
    server.enqueue('/token', { status: 400, huge: { bytes: 3 * 1024 * 1024, prefix: '{"error":"invalid_request","error_description":"', fill: 'A', suffix: '"}' } });
    const response = await fetch(server.urlFor('/token'), { method: 'POST' });
    const body = (await response.json()) as { error_description: string };
    expect(body.error_description.length).toBe(3 * 1024 * 1024 - '{"error":"invalid_request","error_description":""}'.length);
  });

  it('echoEncoding spells each echoed credential its way', async () => {
    const server = await start();
    server.enqueue('/token', { status: 400, json: { error: 'invalid_client' }, echoCredentials: true, echoEncoding: (value) => value.toUpperCase() });
    const response = await fetch(server.urlFor('/token'), { method: 'POST', body: new URLSearchParams({ client_secret: 'shh-abc' }) });
    expect(((await response.json()) as { error_description: string }).error_description).toContain('client_secret=SHH-ABC');
  });

  it('waitForRequests resolves when the count is reached, and at once when it already was', async () => {
    const server = await start();
    server.setDefault('/token', { hang: true });
    const waiting = server.waitForRequests('/token', 2);
    const controller = new AbortController();
    void fetch(server.urlFor('/token'), { signal: controller.signal }).catch(() => {});
    void fetch(server.urlFor('/token'), { signal: controller.signal }).catch(() => {});
    await waiting;
    expect(server.count('/token')).toBe(2);
    await server.waitForRequests('/token', 1);
    controller.abort();
  });
});
