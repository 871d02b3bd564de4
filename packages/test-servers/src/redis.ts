import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './listen.js';

export interface RedisTestServer {
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Freeze the process (SIGSTOP): connections stay open but nothing answers, like a stalled server. */
  pause(): void;
  /** Unfreeze after `pause()` (SIGCONT). */
  resume(): void;
  /** Shut the server down while keeping its port: clients get connection refused. */
  down(): Promise<void>;
  /** Start it again on the same port, empty, after `down()`; resolves once it answers PING. */
  up(): Promise<void>;
  /** Stop for good and remove its working directory. */
  stop(): Promise<void>;
}

export class RedisServerMissingError extends Error {
  constructor() {
    super('redis-server was not found on PATH. Install it with `apt-get install -y redis-server` (Debian/Ubuntu).');
    this.name = 'RedisServerMissingError';
  }
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A test run that dies mid-way must not leave redis-server listening.
  process.once('exit', () => {
    for (const process_ of running) {
      process_.kill('SIGCONT');
      process_.kill('SIGKILL');
    }
  });
}

function ping(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

async function waitForPing(port: number, child: ChildProcess, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`redis-server exited early (code ${child.exitCode}, signal ${child.signalCode})`);
    if (await ping(port, 500)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not answer PING on 127.0.0.1:${port} within ${deadlineMs} ms`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

function assertRedisInstalled(): void {
  const probe = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) throw new RedisServerMissingError();
}

/** Spawns Debian's `redis-server` on 127.0.0.1 with a free port, no persistence, and waits for PING. */
export async function startRedisServer(options: { startTimeoutMs?: number } = {}): Promise<RedisTestServer> {
  assertRedisInstalled();
  const startTimeoutMs = options.startTimeoutMs ?? 10_000;
  const workDir = mkdtempSync(join(tmpdir(), 'test-redis-'));
  let port = 0;
  let child: ChildProcess | undefined;

  async function launch(onPort: number): Promise<void> {
    const process_ = spawn(
      'redis-server',
      ['--port', String(onPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', workDir, '--daemonize', 'no', '--loglevel', 'warning'],
      { stdio: 'ignore' },
    );
    killOnExit(process_);
    child = process_;
    try {
      await waitForPing(onPort, process_, startTimeoutMs);
    } catch (error) {
      process_.kill('SIGKILL');
      await exited(process_);
      throw error;
    }
  }

  // The free port can be taken between probing and redis binding it: try a few.
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    try {
      await launch(port);
      break;
    } catch (error) {
      if (attempt >= 3) {
        rmSync(workDir, { recursive: true, force: true });
        throw error;
      }
    }
  }

  async function shutdown(): Promise<void> {
    const current = child;
    child = undefined;
    if (!current) return;
    current.kill('SIGCONT');
    current.kill('SIGTERM');
    const timer = setTimeout(() => current.kill('SIGKILL'), 3000);
    await exited(current);
    clearTimeout(timer);
  }

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    down: shutdown,
    async up() {
      if (child) return;
      await launch(port);
    },
    async stop() {
      await shutdown();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
