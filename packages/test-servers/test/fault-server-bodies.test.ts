import { afterEach, describe, expect, it } from 'vitest';
import { startFaultServer, tokenResponse, type FaultServer } from '../src/index.js';

let fault: FaultServer | undefined;
async function start(): Promise<FaultServer> {
  fault = await startFaultServer();
  return fault;
}
afterEach(async () => {
  await fault?.close();
  fault = undefined;
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
