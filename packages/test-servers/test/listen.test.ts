import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { freePort, listen, RedisServerMissingError, startRedisServer } from '../src/index.js';
import { tryConnect } from './helpers.js';

describe('listen / freePort', () => {
  it('listen() binds 127.0.0.1 on an OS-assigned port and close() frees it', async () => {
    const server = await listen(createServer((_req, res) => res.end('hi')));
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(await (await fetch(server.url)).text()).toBe('hi');
    await server.close();
    expect(await tryConnect(server.port)).toBe('ECONNREFUSED');
  });

  it('freePort() returns a port nothing listens on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    expect(await tryConnect(port)).toBe('ECONNREFUSED');
  });
});

describe('startRedisServer without redis-server installed', () => {
  it('throws RedisServerMissingError telling how to install it', async () => {
    const savedPath = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      const error = await startRedisServer().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RedisServerMissingError);
      expect((error as Error).message).toContain('apt-get install -y redis-server');
    } finally {
      process.env['PATH'] = savedPath;
    }
  });
});
