import type { LoadedSpec } from "./load-spec.js";
import { propertyKey } from "./names.js";
import { operationKey, operationModels, type OperationModel } from "./operations-model.js";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** `/pets/{petId}` -> `/^\/pets\/[^/]+$/`: a template parameter is exactly one path segment. */
export function templateToRegExpSource(template: string): string {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? "[^/]+" : escapeRegExp(part)))
    .join("");
  return `/^${source}$/`;
}

function parameterCount(template: string): number {
  return (template.match(/\{[^}]+\}/g) ?? []).length;
}

function renderOperation(operation: OperationModel): string {
  return [
    `  ${propertyKey(operation.operationId)}: {`,
    `    operationId: ${JSON.stringify(operation.operationId)},`,
    `    method: ${JSON.stringify(operation.method.toUpperCase())},`,
    `    path: ${JSON.stringify(operation.path)},`,
    `    key: ${JSON.stringify(operationKey(operation))},`,
    `    tags: [${operation.tags.map((tag) => JSON.stringify(tag)).join(", ")}],`,
    `    security: ${JSON.stringify(operation.security)},`,
    `    responses: { ${operation.responses.map((r) => `${JSON.stringify(r.status)}: [${r.mediaTypes.map((m) => JSON.stringify(m)).join(", ")}]`).join(", ")} },`,
    `    pathParams: [${operation.pathParams.map((name) => JSON.stringify(name)).join(", ")}],`,
    `    requiredQuery: [${operation.requiredQuery.map((name) => JSON.stringify(name)).join(", ")}],`,
    "  },",
  ].join("\n");
}

/**
 * The operation table and a path matcher, with no zod import, so a client can look operations up
 * without pulling the schemas into its bundle.
 */
export function emitOperations(spec: LoadedSpec): string {
  const operations = operationModels(spec);
  // Literal segments win over parameters (`/pets/search` before `/pets/{petId}`); ties keep spec order.
  const routes = operations
    .map((operation, index) => ({ operation, index }))
    .sort((a, b) => parameterCount(a.operation.path) - parameterCount(b.operation.path) || a.index - b.index)
    .map(({ operation }) => `  [${JSON.stringify(operation.method.toUpperCase())}, ${templateToRegExpSource(operation.path)}, operations.${operation.operationId}],`);

  return [
    'export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";',
    "",
    "export interface OperationInfo {",
    "  readonly operationId: string;",
    "  readonly method: HttpMethod;",
    "  /** The path template as written in the spec, e.g. `/pets/{petId}`. */",
    "  readonly path: string;",
    "  /** `\"METHOD /path/template\"`: the key of `responseSchemas` in ./zod.js. */",
    "  readonly key: string;",
    "  readonly tags: readonly string[];",
    "  /** `none`: the spec opts the operation out of authentication (`security: []`), as for token endpoints. */",
    '  readonly security: "none" | "required";',
    "  /** Each documented status (`200`, `4XX`, `default`) with its media types; none for a body-less response. */",
    "  readonly responses: Readonly<Record<string, readonly string[]>>;",
    "  /** The path template's parameters, in order. */",
    "  readonly pathParams: readonly string[];",
    "  /** The query parameters the operation requires. */",
    "  readonly requiredQuery: readonly string[];",
    "}",
    "",
    "/** Every operation of the spec by operationId, in spec order. */",
    `export const operations = {${operations.length === 0 ? "" : `\n${operations.map(renderOperation).join("\n")}\n`}} as const satisfies Record<string, OperationInfo>;`,
    "",
    "export type OperationId = keyof typeof operations;",
    "",
    "// Built on first use: regular expressions compiled at module load would cost every import of",
    "// this file, also those that only read `operations` (the validation entry).",
    "let routeTable: ReadonlyArray<readonly [HttpMethod, RegExp, OperationInfo]> | undefined;",
    "const routes = () => (routeTable ??= [",
    ...routes,
    "]);",
    "",
    "/**",
    " * The operation a request is for, from its method and URL pathname. Pass the client's base URL",
    " * pathname as `basePath` when it adds a prefix to the spec's paths (e.g. a proxy mount).",
    " * A trailing slash is ignored; path parameters match one non-empty segment.",
    " */",
    "export function matchOperation(method: string, pathname: string, basePath = \"\"): OperationInfo | undefined {",
    "  const prefix = basePath.endsWith(\"/\") ? basePath.slice(0, -1) : basePath;",
    "  let path = prefix !== \"\" && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;",
    "  if (path.length > 1 && path.endsWith(\"/\")) path = path.slice(0, -1);",
    "  const wanted = method.toUpperCase();",
    "  for (const [routeMethod, pattern, operation] of routes()) {",
    "    if (routeMethod === wanted && pattern.test(path)) return operation;",
    "  }",
    "  return undefined;",
    "}",
  ].join("\n");
}
