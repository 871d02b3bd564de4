import { listOperations, type SpecOperation } from './operations.js';

/** The part of a recorded call coverage needs; RecordedCall from createContractFetch fits. */
export interface CalledRequest {
  method: string;
  url: string;
}

export interface CoverageOptions {
  /** A prefix of the server URL in front of the spec's paths (e.g. "/v1"); default none. */
  basePath?: string;
}

export class UncoveredOperationsError extends Error {
  override readonly name = 'UncoveredOperationsError';
  constructor(
    readonly specPath: string,
    readonly uncovered: readonly SpecOperation[],
  ) {
    super(
      `${uncovered.length} operation(s) of ${specPath} were never called by a contract test:\n` +
        uncovered.map((op) => `  - ${op.operationId} (${op.method} ${op.path})`).join('\n') +
        '\nAdd a contract test that calls each of them.',
    );
  }
}

/** Operations of the spec that no call reached, judged by method and path template. */
export function findUncalledOperations(specPath: string, calls: readonly CalledRequest[], options: CoverageOptions = {}): SpecOperation[] {
  const operations = listOperations(specPath);
  const matchers = operations.map((operation) => ({ operation, ...compileTemplate(operation.path) }));
  const called = new Set<SpecOperation>();
  for (const call of calls) {
    const method = call.method.toUpperCase();
    const path = stripBasePath(new URL(call.url).pathname, options.basePath ?? '');
    if (path === undefined) continue;
    // "/pets/mine" must count for its own operation, not for "/pets/{petId}": most literal wins.
    const best = matchers
      .filter((m) => m.operation.method === method && m.pattern.test(path))
      .sort((a, b) => b.literalLength - a.literalLength)[0];
    if (best) called.add(best.operation);
  }
  return operations.filter((operation) => !called.has(operation));
}

/** Throws an UncoveredOperationsError naming each operation of the spec that no call matched. */
export function assertEveryOperationCalled(specPath: string, calls: readonly CalledRequest[], options: CoverageOptions = {}): void {
  const uncovered = findUncalledOperations(specPath, calls, options);
  if (uncovered.length > 0) throw new UncoveredOperationsError(specPath, uncovered);
}

function compileTemplate(template: string): { pattern: RegExp; literalLength: number } {
  const parts = template.split(/(\{[^}]+\})/);
  const source = parts.map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : escapeRegExp(part))).join('');
  const literalLength = parts.filter((part) => !part.startsWith('{')).join('').length;
  return { pattern: new RegExp(`^${source}/?$`), literalLength };
}

function stripBasePath(pathname: string, basePath: string): string | undefined {
  const base = basePath.replace(/\/$/, '');
  if (base === '') return pathname;
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
