import { SpecError } from "./errors.js";
import { resolvePointer, type LoadedSpec } from "./load-spec.js";
import { isJsonMediaType } from "./operations-model.js";
import { HTTP_METHODS, type HttpMethod } from "./openapi.js";

/**
 * `x-cloud-sdks-pagination` on an operation, modelled on Speakeasy's `x-speakeasy-pagination`:
 *
 *     x-cloud-sdks-pagination:
 *       page: page            # the path or query parameter carrying the page number
 *       size: rows            # optional: the parameter carrying the page size
 *       firstPage: 1          # the number of the first page
 *       items: /Responses     # JSON pointer into the 200 body to the items array ("" or "$": the body itself)
 *       end: total-pages      # total-pages | short-page | empty-page
 *       totalPages: /totalPages   # with end: total-pages, the pointer to the page count
 */
export const PAGINATION_EXTENSION = "x-cloud-sdks-pagination";

export const END_RULES = ["total-pages", "short-page", "empty-page"] as const;
type EndRule = (typeof END_RULES)[number];

interface ParamRef {
  readonly name: string;
  readonly in: "path" | "query";
}

export interface PagingModel {
  readonly path: string;
  readonly method: HttpMethod;
  readonly page: ParamRef;
  readonly size: ParamRef | undefined;
  readonly firstPage: number;
  readonly items: readonly string[];
  readonly end: EndRule;
  readonly totalPages: readonly string[] | undefined;
  /** The 200 response's JSON media type, for the item type's indexed access. */
  readonly mediaType: string;
}

const KEYS = new Set(["page", "size", "firstPage", "items", "end", "totalPages"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deref(spec: LoadedSpec, value: unknown): unknown {
  const seen = new Set<string>();
  let current = value;
  while (isRecord(current) && typeof current["$ref"] === "string" && !seen.has(current["$ref"])) {
    seen.add(current["$ref"]);
    current = resolvePointer(spec.document, current["$ref"]);
  }
  return current;
}

function pointerSegments(pointer: string): string[] | undefined {
  if (pointer === "" || pointer === "$") return [];
  if (!pointer.startsWith("/")) return undefined;
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The schema at `segments` below `schema`, following $refs and `properties`; undefined when the spec does not say. */
function schemaAt(spec: LoadedSpec, schema: unknown, segments: readonly string[]): Record<string, unknown> | undefined {
  let current = deref(spec, schema);
  for (const segment of segments) {
    if (!isRecord(current) || !isRecord(current["properties"])) return undefined;
    current = deref(spec, current["properties"][segment]);
  }
  return isRecord(current) ? current : undefined;
}

function typeIs(schema: Record<string, unknown> | undefined, ...wanted: string[]): boolean {
  const type = schema?.["type"];
  return Array.isArray(type) ? type.some((t) => wanted.includes(String(t))) : wanted.includes(String(type));
}

/** Every paged operation of the spec, validated; a bad extension is a SpecError at its line. */
export function pagingModels(spec: LoadedSpec): PagingModel[] {
  const models: PagingModel[] = [];
  for (const [path, rawPathItem] of Object.entries(spec.document.paths)) {
    const pathItem = deref(spec, rawPathItem);
    if (!isRecord(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isRecord(operation) || operation[PAGINATION_EXTENSION] === undefined) continue;
      const at = ["paths", path, method, PAGINATION_EXTENSION];
      const where = `${method.toUpperCase()} ${path}`;
      const fail = (key: string | undefined, problem: string, fix: string): never => {
        throw new SpecError(spec.displayPath, spec.lineOf(key === undefined ? at : [...at, key]) ?? spec.lineOf(at), `${PAGINATION_EXTENSION} of ${where}: ${problem}`, fix);
      };
      const rule = operation[PAGINATION_EXTENSION];
      if (!isRecord(rule)) fail(undefined, "is not a mapping.", "Give it `page`, `firstPage`, `items` and `end` (see scripts/codegen/pagination-model.ts).");
      const paging = rule as Record<string, unknown>;
      for (const key of Object.keys(paging)) {
        if (!KEYS.has(key)) fail(key, `has the unknown key \`${key}\`.`, `Use only ${[...KEYS].map((k) => `\`${k}\``).join(", ")}.`);
      }
      if (models.some((model) => model.path === path)) fail(undefined, "is the second paged operation of this path.", "paginate() names operations by path: mark only one operation of a path as paged.");

      const parameters = [...(Array.isArray(pathItem["parameters"]) ? pathItem["parameters"] : []), ...(Array.isArray(operation["parameters"]) ? operation["parameters"] : [])]
        .map((parameter) => deref(spec, parameter))
        .filter(isRecord);
      const param = (key: "page" | "size"): ParamRef | undefined => {
        const name = paging[key];
        if (name === undefined && key === "size") return undefined;
        if (typeof name !== "string") return fail(key, `\`${key}\` must name a parameter of the operation.`, `Set \`${key}:\` to the name of its ${key === "page" ? "page number" : "page size"} parameter.`);
        const found = parameters.find((parameter) => parameter["name"] === name && (parameter["in"] === "path" || parameter["in"] === "query"));
        if (found === undefined) {
          const names = parameters.filter((p) => p["in"] === "path" || p["in"] === "query").map((p) => `\`${String(p["name"])}\``);
          return fail(key, `\`${key}: ${name}\` is not a path or query parameter of the operation.`, `Use one of ${names.join(", ") || "its parameters (it has none)"}.`);
        }
        if (!typeIs(schemaAt(spec, found["schema"], []), "integer", "number")) fail(key, `the parameter \`${name}\` is not an integer.`, "Page numbers and sizes are integers: give the parameter `type: integer`.");
        return { name, in: found["in"] as ParamRef["in"] };
      };
      const page = param("page")!;
      const size = param("size");

      const firstPage = paging["firstPage"];
      if (!Number.isInteger(firstPage) || (firstPage as number) < 0) fail("firstPage", "`firstPage` must be a whole number >= 0.", "Set it to the provider's first page number (usually 0 or 1).");

      const response = deref(spec, isRecord(operation["responses"]) ? operation["responses"]["200"] : undefined);
      const content = isRecord(response) && isRecord(response["content"]) ? response["content"] : {};
      const mediaType = Object.keys(content).find(isJsonMediaType);
      const body = mediaType === undefined ? undefined : (content[mediaType] as Record<string, unknown>)["schema"];
      if (body === undefined) fail(undefined, "the operation has no JSON 200 response to read pages from.", "Document the 200 response's JSON schema.");

      const pointer = (key: "items" | "totalPages", wanted: readonly string[]): string[] => {
        const value = paging[key];
        const segments = typeof value === "string" ? pointerSegments(value) : undefined;
        if (segments === undefined) return fail(key, `\`${key}\` must be a JSON pointer such as \`/Responses\` (or \`$\` for the whole body).`, "Point it into the 200 response body.");
        const schema = schemaAt(spec, body, segments);
        if (!typeIs(schema, ...wanted)) {
          fail(key, `\`${key}: ${String(value)}\` does not point at ${key === "items" ? "an array" : "an integer"} in the 200 response schema.`, "Fix the pointer (property names are case-sensitive) or the response schema.");
        }
        return segments;
      };
      const items = pointer("items", ["array"]);

      const end = paging["end"];
      if (typeof end !== "string" || !(END_RULES as readonly string[]).includes(end)) {
        fail("end", `\`end\` must be one of ${END_RULES.join(", ")}.`, "Say how the provider marks the last page.");
      }
      if (end === "short-page" && size === undefined) fail("end", "`end: short-page` needs `size`: a short page can only be told from a full one by the page size.", "Add `size:` or use `total-pages` / `empty-page`.");
      if (end !== "total-pages" && paging["totalPages"] !== undefined) fail("totalPages", "`totalPages` is only read with `end: total-pages`.", "Remove it or set `end: total-pages`.");
      const totalPages = end === "total-pages" ? pointer("totalPages", ["integer", "number"]) : undefined;

      models.push({ path, method, page, size, firstPage: firstPage as number, items, end: end as EndRule, totalPages, mediaType: mediaType! });
    }
  }
  return models;
}
