import { join } from "node:path";
import { emitOperations } from "./emit-operations.js";
import { emitPagination } from "./emit-pagination.js";
import { emitTesting } from "./emit-testing.js";
import { emitTypes } from "./emit-types.js";
import { ZodEmitter } from "./emit-zod.js";
import { loadSpec } from "./load-spec.js";

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes: `packages/<p>/src/generated/zod.ts`. */
  readonly path: string;
  readonly contents: string;
}

export const GENERATED_DIR = "src/generated";

export function specPathOf(provider: string): string {
  return `specs/${provider}.yaml`;
}

export function generatedDirOf(provider: string): string {
  return `packages/${provider}/${GENERATED_DIR}`;
}

export function stampFor(provider: string): string {
  return `// generated from ${specPathOf(provider)} by scripts/codegen — do not edit. Run \`pnpm generate\` to update.`;
}

function stamped(provider: string, body: string): string {
  return `${stampFor(provider)}\n\n${body.trimEnd()}\n`;
}

/** Everything under packages/<provider>/src/generated/, computed in memory from the spec. */
export async function generateProvider(root: string, provider: string): Promise<GeneratedFile[]> {
  const spec = await loadSpec(join(root, specPathOf(provider)), specPathOf(provider));
  const dir = generatedDirOf(provider);
  return [
    { path: `${dir}/operations.ts`, contents: stamped(provider, emitOperations(spec)) },
    { path: `${dir}/pagination.ts`, contents: stamped(provider, emitPagination(spec)) },
    { path: `${dir}/schema.ts`, contents: stamped(provider, await emitTypes(spec)) },
    { path: `${dir}/zod.ts`, contents: stamped(provider, new ZodEmitter(spec).emit()) },
    { path: `${dir}/testing.ts`, contents: stamped(provider, emitTesting(spec, provider)) },
  ];
}
