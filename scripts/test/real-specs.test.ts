import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, responseExamples } from "./helpers.js";

interface StandardResult {
  readonly issues?: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<unknown> }>;
}
interface GeneratedZod {
  responseSchemaFor(operationKey: string, status: number): { "~standard": { validate(value: unknown): StandardResult } } | undefined;
  responseSchemas: Record<string, Record<string, unknown>>;
}

const specsDir = join(REPO_ROOT, "specs");
const providers = (existsSync(specsDir) ? readdirSync(specsDir) : [])
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => name.slice(0, -".yaml".length))
  .filter((name) => existsSync(join(REPO_ROOT, "packages", name, "src/generated/zod.ts")));

// The committed schemas of the real providers must accept every example their spec documents.
describe.each(providers)("generated zod schemas of %s", (provider) => {
  it("accept every documented JSON response example", async () => {
    const zod = (await import(join(REPO_ROOT, "packages", provider, "src/generated/zod.ts"))) as GeneratedZod;
    const examples = responseExamples(join(specsDir, `${provider}.yaml`));
    expect(examples.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const example of examples) {
      const status = /^\d{3}$/.test(example.status) ? Number(example.status) : Number(example.status[0]) * 100;
      const schema = zod.responseSchemaFor(example.operationKey, status);
      if (schema === undefined) {
        failures.push(`${example.operationKey} ${example.status} ${example.name}: no schema generated`);
        continue;
      }
      const result = schema["~standard"].validate(example.value);
      if (result instanceof Promise) throw new Error("generated schemas must validate synchronously");
      if (result.issues) failures.push(`${example.operationKey} ${example.status} ${example.name}: ${result.issues.map((issue) => `${(issue.path ?? []).join(".")} ${issue.message}`).join("; ")}`);
    }
    expect(failures).toEqual([]);
  });
});
