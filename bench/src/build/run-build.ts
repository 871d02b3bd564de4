import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
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

/**
 * How the codegen of all specs is run at this commit: through the provider packages' `generate`
 * scripts (what `pnpm generate` runs) when they have them, else a scripts/codegen file that acts
 * as a CLI (reads process.argv), else undefined.
 */
async function codegenCommand(tree: string): Promise<string[] | undefined> {
  const packagesDir = join(tree, 'packages');
  const generating: string[] = [];
  for (const name of await readdir(packagesDir)) {
    const manifest = join(packagesDir, name, 'package.json');
    if (!existsSync(manifest)) continue;
    const parsed = JSON.parse(await readFile(manifest, 'utf8')) as { name?: string; scripts?: Record<string, string> };
    if (parsed.name !== undefined && parsed.scripts?.generate !== undefined) generating.push(parsed.name);
  }
  if (generating.length > 0) {
    return ['exec', 'turbo', 'run', 'generate', '--force', '--output-logs=errors-only', ...generating.map((name) => `--filter=${name}`)];
  }
  const dir = join(tree, 'scripts', 'codegen');
  if (!existsSync(dir)) return undefined;
  for (const name of ['cli.ts', 'main.ts', 'run.ts', 'index.ts', 'generate.ts']) {
    const file = join(dir, name);
    if (existsSync(file) && (await readFile(file, 'utf8')).includes('process.argv')) return ['exec', 'tsx', join('scripts', 'codegen', name)];
  }
  return undefined;
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
      ? { ms: null, ok: false, command: 'tsx scripts/codegen/…', note: `no codegen entry at ${commit}: no package has a generate script and no scripts/codegen CLI` }
      : step(`pnpm ${codegenArgs.join(' ')}`, await timeCommand('pnpm', codegenArgs, tree));
    // A fresh worktree has no turbo cache; --force also ignores any remote/shared one.
    // --continue: one package that does not build yet must not hide the others' times.
    const cold = await timeCommand('pnpm', ['exec', 'turbo', 'run', 'build', '--force', '--continue', '--output-logs=errors-only'], tree, 600_000);
    // turbo itself, not through pnpm: pnpm's own start-up (0.7-2.5 s under load here) is not the build.
    const cached = await timeCommand(join(tree, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--continue'], tree);
    return {
      commit,
      install: installStep,
      codegen,
      coldBuild: step('pnpm exec turbo run build --force (fresh worktree)', cold),
      cachedBuild: step('turbo run build (everything cached; turbo started directly, without pnpm)', cached),
      cachedBuildFullTurbo: cached.output.includes('FULL TURBO'),
    };
  } finally {
    await timeCommand('git', ['worktree', 'remove', '--force', tree], repoRoot);
    await rm(parent, { recursive: true, force: true });
    await timeCommand('git', ['worktree', 'prune'], repoRoot);
  }
}
