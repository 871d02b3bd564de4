import type { StandardIssue, StandardSchema } from "./standard-schema.js";

/** How a live response departs from the spec. */
export type ResponseViolationKind =
  | "undocumented-status"
  | "media-type"
  | "invalid-json"
  | "missing-field"
  | "extra-field"
  | "wrong-type"
  | "wrong-value";

/**
 * One way a live response breaks the spec, as the record mode reports it. `seen` is a shape
 * (`string`, `array(3)`, `object{id,name}`), never a value, so a report can be shared.
 */
export interface ResponseViolation {
  readonly provider: string;
  /** `GET /api/services/{id}/service`: the spec's path template, not the URL called. */
  readonly operation: string;
  readonly status: number;
  readonly kind: ResponseViolationKind;
  /** JSON path into the body (`$.services[0].vlan`), or `$` for the whole response. */
  readonly path: string;
  readonly expected: string;
  readonly seen: string;
}

/** Called once per violation; when set, validation records instead of throwing. */
export type ResponseViolationHandler = (violation: ResponseViolation) => void;

/** What the spec says an operation answers: status (`200`, `4XX`, `default`) to media types. */
export type DocumentedResponses = Readonly<Record<string, readonly string[]>>;

/** The shape of a value with nothing of the value itself: safe to print for secrets too. */
export function shapeOf(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "object") return `object{${Object.keys(value).sort().join(",")}}`;
  return typeof value;
}

/** The documented key a status falls under: exact, then its class, then `default`. */
export function documentedStatus(responses: DocumentedResponses, status: number): string | undefined {
  const exact = String(status);
  const range = `${exact.charAt(0)}XX`;
  return [exact, range, "default"].find((key) => responses[key] !== undefined);
}

/** `application/json` from `Application/JSON; charset=utf-8`. */
export function mediaEssence(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

function valueAt(body: unknown, path: StandardIssue["path"]): unknown {
  let node = body;
  for (const segment of path ?? []) {
    const key = typeof segment === "object" && segment !== null ? segment.key : segment;
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as PropertyKey];
  }
  return node;
}

/**
 * Violations from Standard Schema issues. Validators put more on an issue than the standard's
 * `message` and `path` (zod: `code`, `expected`, `values` and the offending `input`); only the
 * expected type or allowed values are read, never the input.
 */
export function violationsFromIssues(
  issues: ReadonlyArray<StandardIssue>,
  body: unknown,
  jsonPath: (path: StandardIssue["path"]) => string,
): Array<Pick<ResponseViolation, "kind" | "path" | "expected" | "seen">> {
  return issues.map((issue) => {
    const extra = issue as IssueDetails;
    const seen = shapeOf(valueAt(body, issue.path));
    const expected = expectedOf(extra) ?? issue.message;
    const kind: ResponseViolationKind =
      seen === "missing" ? "missing-field" : extra.code === "invalid_type" || extra.code === "invalid_union" ? "wrong-type" : "wrong-value";
    return { kind, path: jsonPath(issue.path), expected, seen };
  });
}

type IssueDetails = StandardIssue & { code?: unknown; expected?: unknown; values?: unknown; errors?: unknown };

/** "integer", "one of \"a\", \"b\"", or for a union each branch's own expectation: "integer | null". */
function expectedOf(issue: IssueDetails): string | undefined {
  if (typeof issue.expected === "string") return issue.expected;
  if (Array.isArray(issue.values)) return `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (Array.isArray(issue.errors)) {
    const branches = issue.errors
      .flat()
      .filter((branch: IssueDetails) => (branch.path ?? []).length === 0)
      .map((branch: IssueDetails) => expectedOf(branch))
      .filter((text): text is string => text !== undefined);
    if (branches.length > 0) return [...new Set(branches)].join(" | ");
  }
  return undefined;
}

type JsonSchema = { [key: string]: unknown };

/**
 * Fields the spec does not list, found by walking the body along a JSON Schema of the response
 * (Standard Schema validators accept unlisted fields silently, so they cannot say). Arrays are
 * walked element by element; for a union, the first branch that lists any of the object's keys.
 */
export function extraFields(schema: unknown, body: unknown, path: ReadonlyArray<string | number> = [], root: unknown = schema): Array<ReadonlyArray<string | number>> {
  const node = resolve(schema, root);
  if (node === undefined) return [];
  for (const key of ["anyOf", "oneOf"] as const) {
    const branches = node[key];
    if (Array.isArray(branches)) {
      const keys = isObject(body) ? Object.keys(body) : [];
      const branch = branches.map((b) => resolve(b, root)).find((b) => b !== undefined && keys.some((k) => isObject(b["properties"]) && k in b["properties"]));
      return branch === undefined ? [] : extraFields(branch, body, path, root);
    }
  }
  if (Array.isArray(node["allOf"])) return node["allOf"].flatMap((part) => extraFields(part, body, path, root));
  if (Array.isArray(body)) {
    const items = node["items"];
    return items === undefined ? [] : body.flatMap((item, index) => extraFields(items, item, [...path, index], root));
  }
  if (!isObject(body) || !isObject(node["properties"])) return [];
  const properties = node["properties"];
  const found: Array<ReadonlyArray<string | number>> = [];
  for (const [key, value] of Object.entries(body)) {
    if (key in properties) found.push(...extraFields(properties[key], value, [...path, key], root));
    else found.push([...path, key]);
  }
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function resolve(schema: unknown, root: unknown): JsonSchema | undefined {
  let node = schema;
  for (let hops = 0; isObject(node) && typeof node["$ref"] === "string" && hops < 32; hops += 1) {
    let target: unknown = root;
    for (const segment of node["$ref"].replace(/^#\/?/, "").split("/").filter(Boolean)) target = isObject(target) ? target[segment.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    node = target;
  }
  return isObject(node) ? node : undefined;
}

/** The part of a generated operation table the record mode reads. */
export interface OperationResponses {
  readonly key: string;
  readonly responses: DocumentedResponses;
}

/**
 * A provider's response lookup with what the record mode needs besides the schemas: the documented
 * statuses and media types (from the generated operation table) and, optionally, a JSON Schema of a
 * response schema, to name fields the spec does not list.
 */
export function withResponseDocs<S extends StandardSchema>(
  find: (method: string, schemaPath: string, status: number) => S | undefined,
  operations: Readonly<Record<string, OperationResponses>>,
  toJsonSchema?: (schema: S) => unknown,
): ((method: string, schemaPath: string, status: number) => S | undefined) & {
  readonly documented: (method: string, schemaPath: string) => DocumentedResponses | undefined;
  readonly toJsonSchema?: (schema: StandardSchema) => unknown;
} {
  const byKey = new Map(Object.values(operations).map((operation) => [operation.key, operation.responses]));
  const safeJsonSchema =
    toJsonSchema === undefined
      ? undefined
      : (schema: StandardSchema) => {
          try {
            // The record mode only passes back what `find` returned.
            return toJsonSchema(schema as S);
          } catch {
            // A schema the converter cannot express: extra fields go unreported, nothing else changes.
            return undefined;
          }
        };
  return Object.assign((method: string, schemaPath: string, status: number) => find(method, schemaPath, status), {
    documented: (method: string, schemaPath: string) => byKey.get(`${method.toUpperCase()} ${schemaPath}`),
    ...(safeJsonSchema === undefined ? {} : { toJsonSchema: safeJsonSchema }),
  });
}
