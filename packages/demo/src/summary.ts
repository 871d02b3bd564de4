import type { ProviderReport } from "./scenario.js";

const PASS = "✔";
const FAIL = "✘";

/** The per-provider block of the summary: each step with its outcome, then the totals. */
export function formatReport(report: ProviderReport, where: string): string[] {
  const lines = [`${report.ok ? PASS : FAIL} ${report.title} (${where})`];
  for (const step of report.steps) {
    const [firstLine = "", ...more] = step.detail.split("\n");
    lines.push(`    ${step.ok ? PASS : FAIL} ${step.name}: ${firstLine}`);
    for (const line of more) lines.push(`        ${line}`);
  }
  const distinct = new Set(report.operations).size;
  lines.push(
    `    operations called: ${report.operations.length} (${distinct} distinct) · token requests made: ${report.tokenRequests} · outcome: ${report.ok ? `${PASS} passed` : `${FAIL} failed`}`,
  );
  return lines;
}

/** The last line: whether everything passed. */
export function formatTotal(reports: readonly ProviderReport[], elapsedMs: number): string {
  const failed = reports.filter((report) => !report.ok).map((report) => report.title);
  const seconds = (elapsedMs / 1000).toFixed(1);
  return failed.length === 0
    ? `${PASS} all ${reports.length} providers passed in ${seconds} s`
    : `${FAIL} ${failed.length} of ${reports.length} providers failed (${failed.join(", ")}) in ${seconds} s`;
}
