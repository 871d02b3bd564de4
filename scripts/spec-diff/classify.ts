import { apiDiff, type Diff } from "api-smart-diff";
import { describeChange } from "./changelog.js";

/** What a change does to someone who installed the generated client. */
export type Impact = "breaking" | "non-breaking" | "docs";

export interface SpecChange {
  readonly impact: Impact;
  /** JSON path into the spec (the "after" side for additions, the "before" side otherwise). */
  readonly path: string;
  /** `add`, `remove`, `replace` or `rename`, as the diff engine saw it. */
  readonly action: string;
  /** A line a changelog can use: "`GET /api/services`: response 200 field `vlan` removed". */
  readonly line: string;
}

type Spec = Record<string, unknown>;

/**
 * Every change between two versions of one spec, classified for users of the generated client.
 * api-smart-diff resolves `$ref`s and classifies each change with rules close to oasdiff's; the
 * few places where this project's clients make a change matter more (or less) are in `override`.
 */
export function diffSpecs(before: Spec | undefined, after: Spec | undefined): SpecChange[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) {
    const operations = operationsOf(after!);
    return [{ impact: "non-breaking", path: "$.paths", action: "add", line: `first version of the spec: ${operations.length} operations (${operations.join(", ")})` }];
  }
  if (after === undefined) return [{ impact: "breaking", path: "$", action: "remove", line: "spec removed: every operation is gone" }];
  const changes: SpecChange[] = [];
  const seen = new Set<string>();
  for (const diff of apiDiff(before, after)) {
    if (isComponentEcho(diff.path) || isDefaultSpelledOut(diff)) continue;
    const impact = override(diff) ?? impactOf(diff);
    const line = describeChange(diff, before, after);
    // A schema reached from two places shows the same change twice only if its line is the same.
    const key = `${impact}|${line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push({ impact, path: jsonPath(diff.path), action: diff.action, line });
  }
  return changes;
}

/** `components/schemas/...` and friends: already reported where an operation uses them (refs are resolved). */
function isComponentEcho(path: Diff["path"]): boolean {
  return path[0] === "components" && path[1] !== "securitySchemes";
}

/** OpenAPI's boolean keywords that default to false: writing `required: false` out changes nothing. */
const FALSE_BY_DEFAULT = new Set(["required", "deprecated", "nullable", "readOnly", "writeOnly", "allowEmptyValue", "uniqueItems"]);

function isDefaultSpelledOut(diff: Diff): boolean {
  const last = diff.path[diff.path.length - 1];
  if (typeof last !== "string" || !FALSE_BY_DEFAULT.has(last) || diff.path[diff.path.length - 2] === "properties") return false;
  return (diff.action === "add" && diff.after === false) || (diff.action === "remove" && diff.before === false);
}

function impactOf(diff: Diff): Impact {
  switch (diff.type) {
    case "breaking":
      return "breaking";
    case "non-breaking":
      return "non-breaking";
    case "annotation":
      return "docs";
    default:
      // "deprecated" and "unclassified": adding is safe, taking away or changing is not assumed to be.
      return diff.action === "add" ? "non-breaking" : "breaking";
  }
}

const DOC_KEYS = new Set(["description", "summary", "title", "example", "examples", "externalDocs", "x-summary"]);

/**
 * Where this project's generated clients and oasdiff agree with each other and not with api-smart-diff:
 * - a changed or removed server or security scheme: the client's default base URL and its auth come
 *   from them (api-smart-diff only annotates them; the issue counts them as breaking);
 * - a new `servers` entry after the first does not change the default: non-breaking;
 * - `x-` vendor extensions the codegen reads (pagination, say): gaining one adds a helper, losing or
 *   changing one takes it away.
 */
function override(diff: Diff): Impact | undefined {
  const [root, second] = diff.path;
  const last = String(diff.path[diff.path.length - 1]);
  if (diff.path.some((segment, i) => DOC_KEYS.has(String(segment)) && diff.path[i - 1] !== "properties")) return "docs";
  if (root === "paths") {
    // oasdiff ERR (request/response-property-type-changed); api-smart-diff calls some of them safe.
    if (last === "type" && diff.action !== "add") return "breaking";
    // A removed property leaves the generated type: reading it (response) or sending it (request,
    // an excess property) stops compiling. oasdiff says WARN for both; the issue counts them breaking.
    if (diff.action === "remove" && diff.path[diff.path.length - 2] === "properties") return "breaking";
    // oasdiff: response-non-success-status-removed is INFO; only success bodies are typed results.
    const responses = diff.path.indexOf("responses");
    if (diff.path.length === responses + 2 && diff.action === "remove" && !/^2/.test(String(diff.path[responses + 1]))) return "non-breaking";
    // Whether the client authenticates the call: the issue counts a changed requirement as breaking.
    if (diff.path[3] === "security") return "breaking";
  }
  // oasdiff: response-property-pattern-added/changed are INFO and a removed one is no rule at all; the
  // generated types do not carry patterns, so no user's code stops compiling.
  if (root === "paths" && diff.path.includes("responses") && last === "pattern") return "non-breaking";
  if (root === "servers") {
    if (diff.action === "add" && typeof second === "number" && second > 0) return "non-breaking";
    if (last === "description") return "docs";
    return "breaking";
  }
  if (root === "components" && second === "securitySchemes") return diff.action === "add" && diff.path.length === 3 ? "non-breaking" : "breaking";
  if (root === "security") return "breaking";
  const extension = diff.path.find((segment) => String(segment).startsWith("x-"));
  if (extension !== undefined) return diff.action === "add" && String(diff.path[diff.path.length - 1]) === String(extension) ? "non-breaking" : "breaking";
  return undefined;
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function operationsOf(spec: Spec): string[] {
  const paths = (spec["paths"] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item ?? {})
      .filter((method) => METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

/** `$.paths["/api/services"].get.responses["200"]`: the form the drift report and the lint use too. */
export function jsonPath(path: readonly (string | number)[]): string {
  let out = "$";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
