import { afterAll, describe, expect, it } from "vitest";
import type { FaultCase } from "../src/fault-case.js";
import { flattenCases } from "../src/matrix.js";
import { runCase } from "../src/run-case.js";

/** Generous: cases use short timeouts and injected clocks; this only catches a case that hangs. */
const WALL_MS = 30_000;

const cases = flattenCases(import.meta.glob<{ default: readonly FaultCase[] }>("../cases/*.cases.ts", { eager: true }));
const totals = { cases: 0, recovered: 0, typed: 0, leaks: 0, unbounded: 0, unhandled: 0, wrongOutcome: 0 };

afterAll(() => console.log(`fault suite totals: ${JSON.stringify(totals)}`));

/** Cases by group (the case file's name), so each file is one describe block. */
const groups = new Map<string, FaultCase[]>();
for (const { file, faultCase } of cases) {
  const group = file.replace(/^.*\/|\.cases\.ts$/g, "");
  groups.set(group, [...(groups.get(group) ?? []), faultCase]);
}

describe.each([...groups])("%s", (_group, group) => {
  it.each(group.map((faultCase) => [faultCase.id, faultCase] as const))("%s", async (_id, faultCase) => {
    const { outcome, matches, leaks, unhandled } = await runCase(faultCase, WALL_MS);
    totals.cases++;
    if (outcome.kind === "unbounded") totals.unbounded++;
    if (unhandled.length > 0) totals.unhandled++;
    if (leaks.length > 0) totals.leaks++;
    if (!matches) totals.wrongOutcome++;
    else if (faultCase.expect === "recovered") totals.recovered++;
    else totals.typed++;

    expect(outcome.kind, `${faultCase.id} did not settle within ${WALL_MS} ms`).not.toBe("unbounded");
    expect(unhandled.map(String), "unhandled rejections").toEqual([]);
    // Which secret leaked is shown by its length only: the assertion message must not leak it either.
    expect(leaks.map((length) => `a ${length}-character secret`), "secrets in the error or the log").toEqual([]);
    const error = outcome.kind === "rejected" ? outcome.error : undefined;
    const seen = outcome.kind === "resolved" ? "resolved" : `${String(error).slice(0, 500)} (code ${String((error as { code?: unknown } | null)?.code)})`;
    expect(matches, `expected ${faultCase.expect === "recovered" ? "a recovery" : faultCase.expect.code}, got: ${seen}`).toBe(true);
  });
});

it("every case id is unique", () => {
  const ids = cases.map(({ faultCase }) => faultCase.id);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
});
