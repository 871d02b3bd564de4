import { spawn } from 'node:child_process';

export interface Timed {
  readonly ok: boolean;
  readonly ms: number;
  readonly output: string;
}

/**
 * Runs a command and times it. TURBO_* variables are dropped: the bench itself runs under
 * `turbo run bench`, and they would make a nested turbo act on the outer run.
 */
export function timeCommand(command: string, args: readonly string[], cwd: string, timeoutMs = 300_000): Promise<Timed> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('TURBO_')));
  const begin = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, ms: performance.now() - begin, output });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, ms: performance.now() - begin, output: String(error) });
    });
  });
}

export function tail(output: string, lines = 6): string {
  return output.trim().split('\n').slice(-lines).join('\n');
}
