import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isOpenApiFile } from './spec-document.js';

/** The repository's specs/ folder (this file runs from packages/prism-harness/dist or src). */
export const SPECS_DIR = fileURLToPath(new URL('../../../specs/', import.meta.url));

/**
 * The OpenAPI documents in a folder (default: the repository's specs/), keyed by file name without
 * extension — "cloudlx.yaml" becomes "cloudlx". Other YAML there (lint configs) is left out.
 */
export function findSpecFiles(dir: string = SPECS_DIR): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(entry)) continue;
    const file = path.join(dir, entry);
    if (isOpenApiFile(file)) found[entry.replace(/\.ya?ml$/, '')] = file;
  }
  return found;
}
