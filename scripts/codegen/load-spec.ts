import { readFile } from "node:fs/promises";
import { LineCounter, parseDocument, type Document } from "yaml";
import { SpecError } from "./errors.js";
import { HTTP_METHODS, type OpenApiDocument } from "./openapi.js";

export interface LoadedSpec {
  /** Path as shown to users, e.g. `specs/cloudmore.yaml`. */
  readonly displayPath: string;
  readonly document: OpenApiDocument;
  /** 1-based line of the node at a JSON pointer path, when the YAML source knows it. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export async function loadSpec(absolutePath: string, displayPath: string): Promise<LoadedSpec> {
  let source: string;
  try {
    source = await readFile(absolutePath, "utf8");
  } catch {
    throw new SpecError(displayPath, undefined, "cannot be read.", "Check that the file exists and is readable.");
  }
  return parseSpec(source, displayPath);
}

export function parseSpec(source: string, displayPath: string): LoadedSpec {
  const lineCounter = new LineCounter();
  const yamlDocument = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [firstError] = yamlDocument.errors;
  if (firstError) {
    // The parser reports where the broken node starts; an over-indented key shows up as a second
    // error at the same start whose range ends on the offending line, so name where they end.
    const line = Math.max(
      ...yamlDocument.errors.filter((error) => error.pos[0] === firstError.pos[0]).map((error) => lineCounter.linePos(error.pos[1]).line),
    );
    const reason = firstError.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    throw new SpecError(
      displayPath,
      line,
      `is not valid YAML (${reason}).`,
      "Fix the YAML syntax there (indentation, quoting, a missing colon), then run the command again.",
    );
  }
  const lineOf = (path: readonly (string | number)[]) => lineOfPath(yamlDocument, lineCounter, path);
  const document: unknown = yamlDocument.toJS({ maxAliasCount: -1 });
  assertOpenApi3(document, displayPath, lineOf);
  const spec: LoadedSpec = { displayPath, document, lineOf };
  assertRefsResolve(spec);
  assertOperationIds(spec);
  return spec;
}

function lineOfPath(
  yamlDocument: Document,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  const node: unknown = yamlDocument.getIn(path, true);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function assertOpenApi3(
  document: unknown,
  file: string,
  lineOf: LoadedSpec["lineOf"],
): asserts document is OpenApiDocument {
  if (!isRecord(document)) {
    throw new SpecError(file, 1, "is not an OpenAPI document (the top level is not a mapping).", "Start the file with `openapi: 3.1.0`, `info` and `paths`.");
  }
  const version = document["openapi"];
  if (typeof version !== "string" || !/^3\.[01]\./.test(version)) {
    const found = document["swagger"] !== undefined ? "a Swagger 2 document" : version === undefined ? "missing the `openapi` field" : `declares \`openapi: ${String(version)}\``;
    throw new SpecError(file, lineOf(["openapi"]) ?? 1, `is not an OpenAPI 3.0/3.1 document (it is ${found}).`, "The generator reads OpenAPI 3.1: set `openapi: 3.1.0` and describe the API under `paths`.");
  }
  if (!isRecord(document["info"])) {
    throw new SpecError(file, 1, "has no `info` object.", "Add `info:` with `title` and `version`.");
  }
  if (!isRecord(document["paths"])) {
    throw new SpecError(file, lineOf(["paths"]) ?? 1, "has no `paths` object.", "Add `paths:` with at least one operation.");
  }
}

function decodePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Follows a local `#/...` reference; undefined when it points nowhere. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (ref === "#") return document;
  let current: unknown = document;
  for (const segment of ref.slice(2).split("/").map(decodePointerSegment)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isRecord(current)) current = Object.hasOwn(current, segment) ? current[segment] : undefined;
    else return undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

const DATA_KEYWORDS = new Set(["example", "default", "const", "enum"]);

/** Examples and defaults are data, not schema: a `$ref` key inside one is just a property name. */
function isExampleData(path: readonly (string | number)[]): boolean {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (typeof last === "string" && DATA_KEYWORDS.has(last) && parent !== "properties") return true;
  if (last === "value" && path.at(-3) === "examples") return true;
  return typeof last === "number" && parent === "examples";
}

function assertRefsResolve(spec: LoadedSpec): void {
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (!isRecord(node)) return;
    if (isExampleData(path)) return;
    const ref = node["$ref"];
    if (ref !== undefined) {
      const line = spec.lineOf([...path, "$ref"]);
      if (typeof ref !== "string" || !ref.startsWith("#")) {
        throw new SpecError(spec.displayPath, line, `has a \`$ref\` to ${JSON.stringify(ref)}, which is not a local reference.`, "Specs are single files: point `$ref` at `#/components/...` in the same file.");
      }
      if (resolvePointer(spec.document, ref) === undefined) {
        throw new SpecError(spec.displayPath, line, `has a broken \`$ref\`: ${JSON.stringify(ref)} points to nothing.`, "Fix the name in the reference or add the missing component.");
      }
    }
    for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
  };
  visit(spec.document, []);
}

function assertOperationIds(spec: LoadedSpec): void {
  const seen = new Map<string, string>();
  for (const [path, pathItem] of Object.entries(spec.document.paths)) {
    if (!isRecord(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isRecord(operation)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const operationId = operation["operationId"];
      if (typeof operationId !== "string" || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(operationId)) {
        throw new SpecError(
          spec.displayPath,
          spec.lineOf(["paths", path, method]),
          `operation ${where} has ${operationId === undefined ? "no operationId" : `the operationId ${JSON.stringify(operationId)}, which is not an identifier`}.`,
          "Give it a unique camelCase `operationId` (letters, digits, underscores): clients and schemas are named after it.",
        );
      }
      const previous = seen.get(operationId);
      if (previous) {
        throw new SpecError(spec.displayPath, spec.lineOf(["paths", path, method, "operationId"]), `operationId ${JSON.stringify(operationId)} is used by both ${previous} and ${where}.`, "Make each operationId unique.");
      }
      seen.set(operationId, where);
    }
  }
}
