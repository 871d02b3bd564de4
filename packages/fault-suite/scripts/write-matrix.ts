// Regenerates the fault matrix in packages/auth/README.md from the case files.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { FaultCase } from "../src/fault-case.js";
import { flattenCases, renderMatrix, withMatrix } from "../src/matrix.js";

const casesDir = new URL("../cases/", import.meta.url);
const modules: Record<string, { default: readonly FaultCase[] }> = {};
for (const name of readdirSync(casesDir).filter((file) => file.endsWith(".cases.ts"))) {
  modules[`../cases/${name}`] = (await import(new URL(name, casesDir).href)) as { default: readonly FaultCase[] };
}
const readmeUrl = new URL("../../auth/README.md", import.meta.url);
const matrix = renderMatrix(flattenCases(modules).map(({ faultCase }) => faultCase));
writeFileSync(readmeUrl, withMatrix(readFileSync(readmeUrl, "utf8"), matrix));
console.log(`fault matrix: ${matrix.split("\n").length - 6} cases written to packages/auth/README.md`);
