import type { Diff } from "api-smart-diff";

type Path = readonly (string | number)[];
const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const COMBINATORS = new Set(["allOf", "oneOf", "anyOf"]);

/** One changelog line for one change: "`GET /api/services`: response 200 field `services[].vlan` removed". */
export function describeChange(diff: Diff, before: unknown, after: unknown): string {
  const path = diff.path;
  const verb = verbOf(diff);
  if (path[0] === "paths" && typeof path[1] === "string") {
    const route = path[1];
    if (path.length === 2) return `path \`${route}\` ${verb}`;
    const method = String(path[2]);
    if (METHODS.has(method)) {
      const op = `\`${method.toUpperCase()} ${route}\``;
      if (path.length === 3) return `${op}: operation ${verb}`;
      return `${op}: ${describeInOperation(path.slice(3), diff, [before, after], path.slice(0, 3))}`;
    }
    return `\`${route}\` (every method): ${describeInOperation(path.slice(2), diff, [before, after], path.slice(0, 2))}`;
  }
  if (path[0] === "servers") return `server ${path.length > 1 ? `#${Number(path[1]) + 1} ` : ""}${tail(path.slice(2), diff)}`.trim();
  if (path[0] === "security") return `global security requirement ${verb}`;
  if (path[0] === "components" && path[1] === "securitySchemes") {
    return `security scheme \`${String(path[2])}\`${path.length > 3 ? ` ${path.slice(3).join(".")}` : ""} ${verb}${values(diff)}`;
  }
  return `\`${path.join(".")}\` ${verb}${values(diff)}`;
}

function describeInOperation(rest: Path, diff: Diff, docs: readonly unknown[], prefix: Path): string {
  const verb = verbOf(diff);
  const [head, second, third, fourth, ...more] = rest;
  if (head === "parameters" && typeof second === "number") {
    // A whole parameter added or removed carries itself; its index is in the engine's merged list.
    const own = third === undefined ? ((diff.action === "add" ? diff.after : diff.before) as ParameterFacts | undefined) : undefined;
    const param = own?.name !== undefined ? own : parameterAt(docs, [...prefix, "parameters", second], diff);
    const name = `${param.in ?? "a"} parameter \`${param.name ?? `#${second}`}\``;
    if (third === undefined) return `${name} ${verb}${diff.action === "add" && param.required ? " (required)" : ""}`;
    if (third === "required") return `${name} became ${diff.after === true ? "required" : "optional"}`;
    if (third === "schema") return `${name}${schemaPhrase(rest.slice(3), diff)}`;
    return `${name} ${tail(rest.slice(2), diff)}`;
  }
  if (head === "requestBody") {
    if (second === undefined) return `request body ${verb}`;
    if (second === "required") return `request body became ${diff.after === true ? "required" : "optional"}`;
    if (second === "content" && third !== undefined) {
      if (fourth === undefined) return `request body media type \`${String(third)}\` ${verb}`;
      if (fourth === "schema") return `request body${schemaPhrase(more, diff)}`;
    }
    return `request body ${tail(rest.slice(1), diff)}`;
  }
  if (head === "responses" && second !== undefined) {
    const response = `response ${String(second)}`;
    if (third === undefined) return `${response} ${verb}`;
    if (third === "content" && fourth !== undefined) {
      if (more.length === 0) return `${response} media type \`${String(fourth)}\` ${verb}`;
      if (more[0] === "schema") return `${response}${schemaPhrase(more.slice(1), diff)}`;
    }
    if (third === "headers" && fourth !== undefined) return `${response} header \`${String(fourth)}\` ${tail(more, diff)}`.trim();
    return `${response} ${tail(rest.slice(2), diff)}`;
  }
  if (head === "security") return `security requirement ${verb}`;
  return tail(rest, diff);
}

/** " field `services[].vlan` removed", " enum value `x` removed", " type changed from `integer` to `string`". */
function schemaPhrase(schemaPath: Path, diff: Diff): string {
  let field = "";
  let i = 0;
  for (; i < schemaPath.length; i++) {
    const segment = schemaPath[i]!;
    const next = schemaPath[i + 1];
    if (segment === "properties" && next !== undefined && i + 1 < schemaPath.length) {
      field += field === "" ? String(next) : `.${String(next)}`;
      i++;
    } else if (segment === "items") field += "[]";
    else if (segment === "additionalProperties") field += field === "" ? "*" : ".*";
    else if (COMBINATORS.has(String(segment)) && typeof next === "number" && i + 2 < schemaPath.length) i++;
    else break;
  }
  const rest = schemaPath.slice(i);
  const where = field === "" ? "" : ` field \`${field}\``;
  const verb = verbOf(diff);
  if (rest.length === 0) return where === "" ? ` schema ${verb}` : `${where} ${verb}`;
  const [keyword, index] = rest;
  if (keyword === "required" && rest.length === 2) {
    const name = String(diff.action === "remove" ? diff.before : diff.after);
    const full = field === "" ? name : `${field}.${name}`;
    return ` field \`${full}\` ${diff.action === "remove" ? "no longer required" : diff.action === "add" ? "now required" : "required list changed"}`;
  }
  if (keyword === "enum" && index !== undefined) return `${where} enum value ${code(diff.action === "remove" ? diff.before : diff.after)} ${verb}`;
  return `${where} ${tail(rest, diff)}`;
}

function tail(rest: Path, diff: Diff): string {
  const what = rest.length === 0 ? "" : `\`${rest.join(".")}\` `;
  return `${what}${verbOf(diff)}${values(diff)}`;
}

function verbOf(diff: Diff): string {
  return diff.action === "add" ? "added" : diff.action === "remove" ? "removed" : diff.action === "rename" ? "renamed" : "changed";
}

const PROSE = new Set(["description", "summary", "title"]);

function values(diff: Diff): string {
  if (diff.action !== "replace" && diff.action !== "rename") return "";
  if (PROSE.has(String(diff.path[diff.path.length - 1]))) return "";
  if (!isScalar(diff.before) || !isScalar(diff.after)) return "";
  return ` from ${code(diff.before)} to ${code(diff.after)}`;
}

function isScalar(value: unknown): boolean {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

function code(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

interface ParameterFacts {
  readonly name?: string;
  readonly in?: string;
  readonly required?: boolean;
}

/** The parameter at that index on the side the change comes from, following one local `$ref`. */
function parameterAt(docs: readonly unknown[], path: Path, diff: Diff): ParameterFacts {
  const ordered = diff.action === "add" ? [docs[1], docs[0]] : [docs[0], docs[1]];
  for (const doc of ordered) {
    let node = dig(doc, path);
    const ref = (node as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref === "string" && ref.startsWith("#/")) node = dig(doc, ref.slice(2).split("/").map(unescapePointer));
    if (node !== undefined && typeof node === "object") return node as ParameterFacts;
  }
  const value = (diff.action === "add" ? diff.after : diff.before) as ParameterFacts | undefined;
  return value ?? {};
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function dig(doc: unknown, path: Path): unknown {
  let node = doc;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
