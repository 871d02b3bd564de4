import type { ResponseViolation } from "@cloud-sdks/core";
import type { CliProvider, Env } from "./providers.js";

export interface DriftEntry {
  readonly operation: string;
  readonly status: number;
  readonly kind: ResponseViolation["kind"];
  /** Array indexes folded to `[*]`: one line per place in the shape, however many items broke it. */
  readonly path: string;
  readonly expected: string;
  readonly seen: string;
  readonly count: number;
}

export interface DriftReport {
  readonly provider: string;
  /** Each operation called and the status it answered, or the error (secret-free) it failed with. */
  readonly called: ReadonlyArray<{ readonly operation: string; readonly status?: number; readonly error?: string }>;
  /** Read-only operations not called, and what they need. */
  readonly skipped: ReadonlyArray<{ readonly operation: string; readonly reason: string }>;
  readonly drift: readonly DriftEntry[];
}

/**
 * Calls every read-only operation (GET, authenticated: token endpoints are not resources) whose
 * path and required query parameters are known from `params` (`--param id=42`), with a client in
 * record mode, and collects how the answers depart from the spec.
 */
export async function runDrift(provider: CliProvider, env: Env, params: Readonly<Record<string, string>>, describe: (error: unknown) => string): Promise<DriftReport> {
  const violations: ResponseViolation[] = [];
  const client = provider.recordingClient(env, (violation) => violations.push(violation));
  const called: Array<DriftReport["called"][number]> = [];
  const skipped: Array<DriftReport["skipped"][number]> = [];
  for (const operation of Object.values(provider.operations)) {
    if (operation.method !== "GET" || operation.security === "none") continue;
    const missing = [...operation.pathParams, ...operation.requiredQuery].filter((name) => params[name] === undefined);
    if (missing.length > 0) {
      skipped.push({ operation: operation.key, reason: `needs ${missing.map((name) => `--param ${name}=...`).join(" ")}` });
      continue;
    }
    const pick = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, params[name]!]));
    try {
      const { response } = await client.GET(operation.path, { params: { path: pick(operation.pathParams), query: pick(operation.requiredQuery) } });
      called.push({ operation: operation.key, status: response.status });
    } catch (error) {
      called.push({ operation: operation.key, error: describe(error) });
    }
  }
  return { provider: provider.name, called, skipped, drift: fold(violations) };
}

function fold(violations: readonly ResponseViolation[]): DriftEntry[] {
  const entries = new Map<string, DriftEntry>();
  for (const violation of violations) {
    const path = violation.path.replace(/\[\d+\]/g, "[*]");
    const key = [violation.operation, violation.status, violation.kind, path, violation.expected, violation.seen].join("\u0000");
    const entry = entries.get(key);
    entries.set(key, {
      operation: violation.operation,
      status: violation.status,
      kind: violation.kind,
      path,
      expected: violation.expected,
      seen: violation.seen,
      count: (entry?.count ?? 0) + 1,
    });
  }
  return [...entries.values()];
}

/** The report as a table a maintainer can paste into a spec fix. */
export function formatDrift(report: DriftReport): string {
  const lines: string[] = [];
  const header = ["operation", "status", "kind", "path", "expected", "seen"];
  const rows = report.drift.map((entry) => [entry.operation, String(entry.status), entry.kind, entry.path, entry.expected, `${entry.seen}${entry.count > 1 ? ` (x${entry.count})` : ""}`]);
  if (rows.length === 0) lines.push(`${report.provider}: no drift in ${report.called.length} call(s).`);
  else {
    const widths = header.map((title, column) => Math.min(60, Math.max(title.length, ...rows.map((row) => row[column]!.length))));
    for (const row of [header, ...rows]) lines.push(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
  }
  for (const call of report.called) if (call.error !== undefined) lines.push(`failed  ${call.operation}: ${call.error}`);
  for (const skip of report.skipped) lines.push(`skipped ${skip.operation}: ${skip.reason}`);
  return lines.join("\n");
}
