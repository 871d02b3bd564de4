// Every operation of the three specs has a summary and a description, the text a user reads in
// their editor (the generated client's JSDoc). A new operation without them fails here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

describe.each(['cloudmore', 'cloudcherry', 'cloudlx'])('%s: every operation is documented', (provider) => {
  const spec = parse(readFileSync(fileURLToPath(new URL(`../${provider}.yaml`, import.meta.url)), 'utf8')) as {
    paths: Record<string, Record<string, { summary?: unknown; description?: unknown }>>;
  };
  const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation] as const),
  );

  it.each(operations)('%s has a summary and a description of at least one sentence', (_name, operation) => {
    expect(typeof operation.summary === 'string' && operation.summary.trim().length > 0).toBe(true);
    expect(typeof operation.description).toBe('string');
    // A sentence, not a restated summary: longer than it and ending like prose.
    expect(String(operation.description).trim().length).toBeGreaterThan(String(operation.summary).length);
    expect(String(operation.description).trim()).toMatch(/[.)`]$/);
  });
});
