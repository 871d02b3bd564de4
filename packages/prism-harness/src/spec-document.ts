import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type JsonObject = Record<string, unknown>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export class SpecDocumentError extends Error {
  override readonly name = 'SpecDocumentError';
}

/** Reads an OpenAPI document (YAML or JSON). */
export function loadSpec(specPath: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = parse(readFileSync(specPath, 'utf8'));
  } catch (error) {
    throw new SpecDocumentError(`Cannot read OpenAPI document ${specPath}: ${String(error)}`);
  }
  if (!isObject(parsed) || typeof parsed['openapi'] !== 'string') {
    throw new SpecDocumentError(`${specPath} is not an OpenAPI 3 document (no top-level "openapi" field).`);
  }
  return parsed;
}

/** True for files that hold an OpenAPI document, so lint configs next to the specs are skipped. */
export function isOpenApiFile(specPath: string): boolean {
  try {
    const parsed: unknown = parse(readFileSync(specPath, 'utf8'));
    return isObject(parsed) && typeof parsed['openapi'] === 'string';
  } catch {
    return false;
  }
}

/**
 * Follows internal `$ref`s ("#/components/...") until a concrete node; the specs are single files,
 * so an external reference is reported rather than fetched.
 */
export function deref(doc: JsonObject, node: unknown): unknown {
  let current = node;
  const seen = new Set<string>();
  while (isObject(current) && typeof current['$ref'] === 'string') {
    const ref = current['$ref'];
    if (!ref.startsWith('#/')) throw new SpecDocumentError(`External $ref "${ref}" is not supported; inline or bundle it.`);
    if (seen.has(ref)) throw new SpecDocumentError(`Circular $ref "${ref}".`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((parent, key) => (isObject(parent) ? parent[key] : undefined), doc);
    if (current === undefined) throw new SpecDocumentError(`$ref "${ref}" points at nothing.`);
  }
  return current;
}

export function derefObject(doc: JsonObject, node: unknown): JsonObject {
  const resolved = deref(doc, node);
  return isObject(resolved) ? resolved : {};
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
