import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type Json = unknown;

export function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a spec and walks it by keys, resolving local `$ref`s; every miss names the missing step. */
export function loadSpecWalker(specPath: string) {
  const spec: Json = parse(readFileSync(specPath, 'utf8'));

  /** Follows a local `$ref` (and chains of them) to the object it names. */
  function deref(value: Json): Json {
    let current = value;
    while (isRecord(current) && typeof current.$ref === 'string') {
      const ref = current.$ref;
      if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
      current = at(spec, ...ref.slice(2).split('/'));
    }
    return current;
  }

  /** Walks `keys` from `root`, resolving `$ref`s on the way; throws naming the missing step. */
  function at(root: Json, ...keys: string[]): Json {
    let current = deref(root);
    const walked: string[] = [];
    for (const key of keys) {
      walked.push(key);
      if (Array.isArray(current) && /^\d+$/.test(key)) current = deref(current[Number(key)]);
      else if (isRecord(current) && key in current) current = deref(current[key]);
      else throw new Error(`spec has no ${walked.join(' > ')}`);
    }
    return current;
  }

  function record(value: Json, what: string): Record<string, Json> {
    if (!isRecord(value)) throw new Error(`${what} is not an object`);
    return value;
  }

  function op(path: string, method: string): Record<string, Json> {
    return record(at(spec, 'paths', path, method), `${method.toUpperCase()} ${path}`);
  }

  return { spec, deref, at, record, op };
}
