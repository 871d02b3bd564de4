import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tail, timeCommand } from '../build/exec.js';

export const PROVIDERS = ['cloudlx', 'cloudmore', 'cloudcherry'] as const;

export interface TypecheckResult {
  readonly ok: boolean;
  /** Wall time of `tsc --noEmit --extendedDiagnostics` on the consumer project. */
  readonly wallMs: number | null;
  readonly checkTimeMs: number | null;
  readonly totalTimeMs: number | null;
  readonly instantiations: number | null;
  readonly types: number | null;
  /** The same with `--skipLibCheck false` (the packages' .d.ts checked too, as strict consumers do). */
  readonly withLibCheck?: { wallMs: number; checkTimeMs: number | null; instantiations: number | null };
  readonly note?: string;
}

const benchRoot = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function figure(output: string, label: string): number | null {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)(s?)\\s*$`, 'm').exec(output);
  if (match === null) return null;
  const value = Number(match[1]);
  return match[2] === 's' ? value * 1000 : value;
}

/** Type-checks bench/consumer/all-clients.ts, a user file calling all three provider clients. */
export async function runTypecheck(): Promise<TypecheckResult> {
  const missing = PROVIDERS.filter((provider) => !existsSync(`${repoRoot}packages/${provider}/dist/index.d.ts`));
  const none = { wallMs: null, checkTimeMs: null, totalTimeMs: null, instantiations: null, types: null };
  if (missing.length > 0) {
    return { ok: false, ...none, note: `not measured: no built types for ${missing.map((p) => `@cloud-sdks/${p}`).join(', ')}` };
  }
  if (!existsSync(`${benchRoot}consumer/tsconfig.json`)) {
    return { ok: false, ...none, note: 'not measured: bench/consumer/ (a file using all three clients) is not written yet' };
  }
  const clientless = PROVIDERS.filter((provider) => !readFileSync(`${repoRoot}packages/${provider}/dist/index.d.ts`, 'utf8').includes('Client'));
  if (clientless.length > 0) {
    return { ok: false, ...none, note: `not measured: no client exported yet by ${clientless.map((p) => `@cloud-sdks/${p}`).join(', ')}` };
  }
  const timed = await timeCommand('pnpm', ['exec', 'tsc', '-p', 'consumer/tsconfig.json', '--extendedDiagnostics'], benchRoot);
  const strict = await timeCommand('pnpm', ['exec', 'tsc', '-p', 'consumer/tsconfig.json', '--extendedDiagnostics', '--skipLibCheck', 'false'], benchRoot);
  return {
    withLibCheck: { wallMs: strict.ms, checkTimeMs: figure(strict.output, 'Check time'), instantiations: figure(strict.output, 'Instantiations') },
    ok: timed.ok,
    wallMs: timed.ms,
    checkTimeMs: figure(timed.output, 'Check time'),
    totalTimeMs: figure(timed.output, 'Total time'),
    instantiations: figure(timed.output, 'Instantiations'),
    types: figure(timed.output, 'Types'),
    ...(timed.ok ? {} : { note: `type errors in the consumer: ${tail(timed.output.split('\n').filter((l) => l.includes('error TS')).join('\n'), 3)}` }),
  };
}
