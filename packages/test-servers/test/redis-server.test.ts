import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisTestServer } from '../src/index.js';
import { tryConnect } from './helpers.js';

/** One RESP command over a raw socket: the launcher is tested without a Redis client library. */
function command(port: number, line: string, timeoutMs = 1000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    socket.once('connect', () => socket.write(`${line}\r\n`));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().trim());
    });
  });
}

let redis: RedisTestServer | undefined;
afterEach(async () => {
  await redis?.stop();
  redis = undefined;
});

describe('startRedisServer', () => {
  it('starts on 127.0.0.1 with a free port, answers commands, and is gone after stop()', async () => {
    redis = await startRedisServer();
    expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
    expect(await command(redis.port, 'PING')).toBe('+PONG');
    expect(await command(redis.port, 'SET k v')).toBe('+OK');
    expect(await command(redis.port, 'GET k')).toBe('$1\r\nv');
    expect(await command(redis.port, 'CONFIG GET appendonly')).toContain('no');
    const port = redis.port;
    await redis.stop();
    redis = undefined;
    expect(await tryConnect(port)).toBe('ECONNREFUSED');
  });

  it('pause() freezes it (commands time out) and resume() brings it back', async () => {
    redis = await startRedisServer();
    redis.pause();
    expect(await command(redis.port, 'PING', 300)).toBe('timeout');
    redis.resume();
    expect(await command(redis.port, 'PING')).toBe('+PONG');
  });

  it('down() refuses connections on the same port and up() restarts there, empty', async () => {
    redis = await startRedisServer();
    await command(redis.port, 'SET k v');
    await redis.down();
    expect(await tryConnect(redis.port)).toBe('ECONNREFUSED');
    await redis.up();
    expect(await command(redis.port, 'PING')).toBe('+PONG');
    expect(await command(redis.port, 'GET k')).toBe('$-1');
  });
});
