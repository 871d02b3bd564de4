import { resolvePointer, type LoadedSpec } from "./load-spec.js";
import { HTTP_METHODS, type HttpMethod } from "./openapi.js";

export interface ResponseModel {
  /** `200`, `4XX` or `default`, as written in the spec (ranges upper-cased). */
  readonly status: string;
  /** Set when the response is a `$ref` to `#/components/responses/<name>`. */
  readonly componentName: string | undefined;
  /** The JSON body schema, or undefined when the response has no JSON body. */
  readonly jsonSchema: unknown;
  /** Every media type the response documents (none for a body-less response). */
  readonly mediaTypes: readonly string[];
}

export interface OperationModel {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly tags: readonly string[];
  readonly security: "none" | "required";
  readonly responses: readonly ResponseModel[];
  /** Names of the path template's parameters, in path order. */
  readonly pathParams: readonly string[];
  /** Names of the query parameters the operation requires (path-level ones included). */
  readonly requiredQuery: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `application/json`, `application/vnd.cloudlx.v1+json`, `text/json`, with or without parameters. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(";")[0]!.trim().toLowerCase();
  return essence.endsWith("/json") || essence.endsWith("+json");
}

export function jsonBodySchema(response: unknown): unknown {
  if (!isRecord(response) || !isRecord(response["content"])) return undefined;
  for (const [mediaType, media] of Object.entries(response["content"])) {
    if (isJsonMediaType(mediaType) && isRecord(media) && media["schema"] !== undefined) return media["schema"];
  }
  return undefined;
}

const RESPONSE_PREFIX = "#/components/responses/";

function responseModel(spec: LoadedSpec, status: string, response: unknown): ResponseModel {
  let componentName: string | undefined;
  let resolved = response;
  const seen = new Set<string>();
  while (isRecord(resolved) && typeof resolved["$ref"] === "string" && !seen.has(resolved["$ref"])) {
    const ref = resolved["$ref"];
    seen.add(ref);
    if (componentName === undefined && ref.startsWith(RESPONSE_PREFIX) && !ref.slice(RESPONSE_PREFIX.length).includes("/")) {
      componentName = ref.slice(RESPONSE_PREFIX.length);
    }
    resolved = resolvePointer(spec.document, ref);
  }
  const mediaTypes = isRecord(resolved) && isRecord(resolved["content"]) ? Object.keys(resolved["content"]) : [];
  return { status: status === "default" ? status : status.toUpperCase(), componentName, jsonSchema: jsonBodySchema(resolved), mediaTypes };
}

function isPublic(security: unknown): boolean {
  return Array.isArray(security) && security.every((requirement) => !isRecord(requirement) || Object.keys(requirement).length === 0);
}

function requiredQueryOf(spec: LoadedSpec, ...lists: unknown[]): string[] {
  const names: string[] = [];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = isRecord(raw) && typeof raw["$ref"] === "string" ? resolvePointer(spec.document, raw["$ref"]) : raw;
      if (isRecord(parameter) && parameter["in"] === "query" && parameter["required"] === true) names.push(String(parameter["name"]));
    }
  }
  return [...new Set(names)];
}

/** Every operation, in spec path order and then HTTP_METHODS order. */
export function operationModels(spec: LoadedSpec): OperationModel[] {
  const models: OperationModel[] = [];
  for (const [path, rawPathItem] of Object.entries(spec.document.paths)) {
    const pathItem = isRecord(rawPathItem) && typeof rawPathItem["$ref"] === "string" ? resolvePointer(spec.document, rawPathItem["$ref"]) : rawPathItem;
    if (!isRecord(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isRecord(operation)) continue;
      const security = operation["security"] ?? spec.document.security;
      const responses = isRecord(operation["responses"]) ? operation["responses"] : {};
      models.push({
        operationId: String(operation["operationId"]),
        method,
        path,
        tags: Array.isArray(operation["tags"]) ? operation["tags"].map(String) : [],
        security: security === undefined || isPublic(security) ? "none" : "required",
        responses: Object.entries(responses).map(([status, response]) => responseModel(spec, status, response)),
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!),
        requiredQuery: requiredQueryOf(spec, pathItem["parameters"], operation["parameters"]),
      });
    }
  }
  return models;
}

export function operationKey(operation: Pick<OperationModel, "method" | "path">): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}
