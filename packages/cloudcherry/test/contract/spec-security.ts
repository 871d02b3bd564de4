import { loadSpec } from "@cloud-sdks/prism-harness";

type Requirements = ReadonlyArray<Record<string, unknown>>;
type Operation = { readonly operationId?: string; readonly security?: Requirements };

/** operationId → the names of the security schemes it accepts, in order (`[]` for a public operation). */
export function loadSpecSecurity(specPath: string): Map<string, string[]> {
  const doc = loadSpec(specPath) as { security?: Requirements; paths: Record<string, Record<string, unknown>> };
  const result = new Map<string, string[]>();
  for (const pathItem of Object.values(doc.paths)) {
    for (const value of Object.values(pathItem)) {
      const operation = value as Operation;
      if (typeof value !== "object" || value === null || operation.operationId === undefined) continue;
      const requirements = operation.security ?? doc.security ?? [];
      result.set(operation.operationId, requirements.flatMap((requirement) => Object.keys(requirement)));
    }
  }
  return result;
}
