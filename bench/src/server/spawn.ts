import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerConfig, ServerStats } from './api-server.js';

export interface BenchServer {
  readonly url: string;
  configure(config: Partial<ServerConfig>): Promise<void>;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

/** Starts the API server in a child process on 127.0.0.1:0 and returns its URL and controls. */
export async function startBenchServer(): Promise<BenchServer> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./child.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited early with code ${code}`)));
    child.once('message', (message) => resolve((message as { url: string }).url));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    async configure(config) {
      const response = await fetch(`${url}/__bench/config`, { method: 'POST', body: JSON.stringify(config) });
      if (response.status !== 204) throw new Error(`bench server refused its config: ${response.status}`);
    },
    async stats() {
      return (await (await fetch(`${url}/__bench/stats`)).json()) as ServerStats;
    },
    async stop() {
      if (child.exitCode === null && child.connected) child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
