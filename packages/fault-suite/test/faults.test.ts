import { afterAll, describe, expect, it } from "vitest";
import type { FaultCase } from "../src/fault-case.js";
import { flattenCases } from "../src/matrix.js";
import { createProbe } from "../src/probe.js";
import { errorViews, leakedSecrets } from "../src/views.js";

/** Generous: cases use short timeouts and injected clocks; this only catches a case that hangs. */
const WALL_MS = 30_000;

const cases = flattenCases(import.meta.glob<{ default: readonly FaultCase[] }>("../cases/*.cases.ts", { eager: true }));
const totals = { cases: 0, recovered: 0, typed: 0, leaks: 0, unbounded: 0, unhandled: 0, wrongOutcome: 0 };

// Every rejection nobody handled, while the cases run: each one fails the case it happened in.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
process.on("unhandledRejection", onUnhandled);

afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
  console.log(`fault suite totals: ${JSON.stringify(totals)}`);
});

/** A macrotask and a timer tick: late rejections and socket errors surface before the checks. */
const settle = () => new Promise<void>((resolve) => setTimeout(() => setImmediate(resolve), 20));

const UNBOUNDED = Symbol("unbounded");

/** Cases by group (the case file's name), so each file is one describe block. */
const groups = new Map<string, FaultCase[]>();
for (const { file, faultCase } of cases) {
  const group = file.replace(/^.*\/|\.cases\.ts$/g, "");
  groups.set(group, [...(groups.get(group) ?? []), faultCase]);
}

describe.each([...groups])("%s", (_group, group) => {
  it.each(group.map((faultCase) => [faultCase.id, faultCase] as const))("%s", async (_id, faultCase) => {
    totals.cases++;
    const probe = createProbe();
    const unhandledBefore = unhandled.length;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let outcome: { ok: true; value: unknown } | { ok: false; error: unknown } | typeof UNBOUNDED;
    try {
      outcome = await Promise.race([
        faultCase.run(probe).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
        new Promise<typeof UNBOUNDED>((resolve) => (timer = setTimeout(resolve, WALL_MS, UNBOUNDED))),
      ]);
    } finally {
      clearTimeout(timer);
      await probe.cleanup();
      await settle();
    }
    const late = unhandled.slice(unhandledBefore);
    const texts = [...probe.lines, ...(outcome !== UNBOUNDED && !outcome.ok ? errorViews(outcome.error) : []), ...late.flatMap(errorViews)];
    const leaked = leakedSecrets(probe.secrets, texts);
    if (outcome === UNBOUNDED) totals.unbounded++;
    if (late.length > 0) totals.unhandled++;
    if (leaked.length > 0) totals.leaks++;
    const code = outcome !== UNBOUNDED && !outcome.ok ? (outcome.error as { code?: unknown } | null)?.code : undefined;
    const matches =
      outcome !== UNBOUNDED && (faultCase.expect === "recovered" ? outcome.ok : !outcome.ok && code === faultCase.expect.code);
    if (matches) faultCase.expect === "recovered" ? totals.recovered++ : totals.typed++;
    else totals.wrongOutcome++;

    expect(outcome, `${faultCase.id} did not settle within ${WALL_MS} ms`).not.toBe(UNBOUNDED);
    expect(late.map(String), "unhandled rejections").toEqual([]);
    // Which secret leaked is shown by its length only: the assertion message must not leak it either.
    expect(leaked.map((secret) => `a ${secret.length}-character secret`), "secrets in the error or the log").toEqual([]);
    if (outcome === UNBOUNDED) return;
    if (faultCase.expect === "recovered") {
      expect(outcome.ok ? undefined : String(outcome.error).slice(0, 500), "the case should recover").toBeUndefined();
    } else {
      expect(outcome.ok, "the case should reject").toBe(false);
      expect(code, String((outcome as { error: unknown }).error).slice(0, 500)).toBe(faultCase.expect.code);
    }
  });
});

it("every case id is unique and every group has cases", () => {
  const ids = cases.map(({ faultCase }) => faultCase.id);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
});
