import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import type { FaultCase } from "../src/fault-case.js";
import { flattenCases, MATRIX_END, MATRIX_START, renderMatrix } from "../src/matrix.js";

it("packages/auth/README.md carries the fault matrix generated from the cases (run `pnpm --filter @cloud-sdks/fault-suite matrix`)", () => {
  const cases = flattenCases(import.meta.glob<{ default: readonly FaultCase[] }>("../cases/*.cases.ts", { eager: true }));
  const readme = readFileSync(new URL("../../auth/README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf(MATRIX_START), readme.indexOf(MATRIX_END) + MATRIX_END.length);
  expect(section).toBe(renderMatrix(cases.map(({ faultCase }) => faultCase)));
});
