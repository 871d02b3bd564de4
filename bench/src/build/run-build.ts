import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tail, timeCommand, type Timed } from './exec.js';

export interface StepResult {
  readonly ms: number | null;
  readonly ok: boolean;
  readonly command: string;
  /** Why the figure is missing or suspect. */
  readonly note?: string;
}

export interface BuildResult {
  readonly commit: string;
  readonly install: StepResult;
  readonly codegen: StepResult;
  readonly coldBuild: StepResult;
  readonly cachedBuild: StepResult;
  /** Turbo's own summary line of the cached build, e.g. ">>> FULL TURBO". */
  readonly cachedBuildFullTurbo: boolean;
}

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function failedTasks(output: string): string | undefined {
  const line = output.split('\n').find((text) => text.trim().startsWith('Failed:'));
  return line?.trim();
}

function step(command: string, timed: Timed, note?: string): StepResult {
  const failure = timed.ok ? undefined : `failed: ${failedTasks(timed.output) ?? tail(timed.output, 4)}`;
  const combined = [note, failure].filter((part) => part !== undefined).join('; ');
  return { ms: timed.ms, ok: timed.ok, command, ...(combined === '' ? {} : { note: combined }) };
}

/** The codegen entry of scripts/codegen, whichever name its author chose, or undefined. */
async function codegenCommand(tree: string): Promise<string[] | undefined> {
  const dir = join(tree, 'scripts', 'codegen');
  if (!existsSync(dir)) return undefined;
  const files = await readdir(dir);
  const entry = ['index.ts', 'generate.ts', 'run.ts', 'main.ts', 'codegen.ts', 'cli.ts'].find((name) => files.includes(name));
  return entry === undefined ? undefined : ['exec', 'tsx', join('scripts', 'codegen', entry)];
}

/**
 * Codegen, cold and cached `pnpm build`, measured in a throwaway `git worktree` of HEAD so other
 * people's dist/ and generated files in the working tree are never deleted or rewritten mid-test.
 */
export async function runBuild(): Promise<BuildResult> {
  const commit = (await timeCommand('git', ['rev-parse', '--short', 'HEAD'], repoRoot)).output.trim();
  const parent = await mkdtemp(join(tmpdir(), 'cloud-sdks-bench-'));
  const tree = join(parent, 'tree');
  const added = await timeCommand('git', ['worktree', 'add', '--detach', tree, 'HEAD'], repoRoot);
  if (!added.ok) throw new Error(`git worktree add failed: ${tail(added.output)}`);
  try {
    // --no-frozen-lockfile: HEAD's lockfile may lag a package.json committed without it.
    const install = await timeCommand('pnpm', ['install', '--offline', '--no-frozen-lockfile'], tree);
    const installStep = step('pnpm install --offline', install);
    if (!install.ok) {
      const skipped: StepResult = { ms: null, ok: false, command: '', note: 'not run: install failed' };
      return { commit, install: installStep, codegen: skipped, coldBuild: skipped, cachedBuild: skipped, cachedBuildFullTurbo: false };
    }
    const codegenArgs = await codegenCommand(tree);
    const codegen: StepResult = codegenArgs === undefined
      ? { ms: null, ok: false, command: 'tsx scripts/codegen/…', note: `no codegen entry in scripts/codegen at ${commit}` }
      : step(`pnpm ${codegenArgs.join(' ')}`, await timeCommand('pnpm', codegenArgs, tree));
    // A fresh worktree has no turbo cache; --force also ignores any remote/shared one.
    // --continue: one package that does not build yet must not hide the others' times.
    const cold = await timeCommand('pnpm', ['exec', 'turbo', 'run', 'build', '--force', '--continue', '--output-logs=errors-only'], tree, 600_000);
    const cached = await timeCommand('pnpm', ['build', '--continue'], tree);
    return {
      commit,
      install: installStep,
      codegen,
      coldBuild: step('pnpm exec turbo run build --force (fresh worktree)', cold),
      cachedBuild: step('pnpm build (everything cached)', cached),
      cachedBuildFullTurbo: cached.output.includes('FULL TURBO'),
    };
  } finally {
    await timeCommand('git', ['worktree', 'remove', '--force', tree], repoRoot);
    await rm(parent, { recursive: true, force: true });
    await timeCommand('git', ['worktree', 'prune'], repoRoot);
  }
}
