import type { MockOperation, MockSpec } from "./mock-spec.js";
import { schemaProblems } from "./schema-check.js";

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows `#/$defs/X` one hop at a time, to learn a parameter's type before coercing its text. */
function resolved(spec: MockSpec, schema: unknown): Json {
  let current = schema;
  for (let hops = 0; hops < 8 && isRecord(current) && typeof current["$ref"] === "string"; hops += 1) {
    current = spec.defs[current["$ref"].replace("#/$defs/", "")];
  }
  return isRecord(current) ? current : {};
}

function typesOf(schema: Json): string[] {
  const type = schema["type"];
  return Array.isArray(type) ? type.map(String) : typeof type === "string" ? [type] : [];
}

/** Text from a URL or form to the JSON value the schema describes, when it reads as one; else the text. */
function coerce(spec: MockSpec, schema: unknown, text: string): unknown {
  const types = typesOf(resolved(spec, schema));
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (types.includes("boolean") && (text === "true" || text === "false")) return text === "true";
  if (types.includes("null") && text === "") return null;
  return text;
}

function coerceAll(spec: MockSpec, schema: unknown, values: string[]): unknown {
  const target = resolved(spec, schema);
  if (typesOf(target).includes("array")) {
    const items = values.length === 1 ? values[0]!.split(",") : values;
    return items.map((item) => coerce(spec, target["items"], item));
  }
  return coerce(spec, schema, values[0]!);
}

export function mediaEssence(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

export function isJsonMedia(mediaType: string): boolean {
  const essence = mediaEssence(mediaType);
  return essence.endsWith("/json") || essence.endsWith("+json");
}

/** A vendor media type (e.g. `application/vnd.cloudlx.v1+json`) the provider negotiates its version with. */
export function vendorMediaType(operation: MockOperation): string | undefined {
  const types = new Set(operation.responses.flatMap((response) => response.content.map((content) => mediaEssence(content.mediaType))).filter(isJsonMedia));
  const [only] = types;
  return types.size === 1 && only !== undefined && only.includes("/vnd.") ? only : undefined;
}

export interface CheckedRequest {
  readonly problems: string[];
  /** The parsed body: JSON, or the form as a record of strings; undefined when there is none. */
  readonly body: unknown;
}

/**
 * Everything about a request that the spec says the provider would refuse: path parameters,
 * query, required headers, the versioned `Accept`, the body's media type and its schema.
 */
export async function checkRequest(spec: MockSpec, operation: MockOperation, pathParams: Record<string, string>, request: Request): Promise<CheckedRequest> {
  const problems: string[] = [];
  const url = new URL(request.url);
  const declared = new Set<string>();
  for (const parameter of operation.parameters) {
    if (parameter.in === "path") {
      const value = pathParams[parameter.name];
      if (value !== undefined) problems.push(...schemaProblems(parameter.schema, spec.defs, coerce(spec, parameter.schema, decodeURIComponent(value)), `path parameter ${parameter.name}`));
    } else if (parameter.in === "query") {
      declared.add(parameter.name);
      const values = url.searchParams.getAll(parameter.name);
      if (values.length === 0) {
        if (parameter.required) problems.push(`query parameter ${parameter.name} is required and missing`);
      } else problems.push(...schemaProblems(parameter.schema, spec.defs, coerceAll(spec, parameter.schema, values), `query parameter ${parameter.name}`));
    } else if (parameter.in === "header") {
      const value = request.headers.get(parameter.name);
      if (value === null) {
        if (parameter.required) problems.push(`header ${parameter.name} is required and missing`);
      } else problems.push(...schemaProblems(parameter.schema, spec.defs, coerce(spec, parameter.schema, value), `header ${parameter.name}`));
    }
  }
  for (const name of new Set(url.searchParams.keys())) {
    if (!declared.has(name)) problems.push(`query parameter ${name} is not in the spec (declared: ${[...declared].join(", ") || "none"})`);
  }
  const vendor = vendorMediaType(operation);
  const accept = request.headers.get("accept");
  if (vendor !== undefined && !(accept ?? "").toLowerCase().split(",").some((part) => mediaEssence(part) === vendor)) {
    problems.push(`header Accept must name ${vendor} (the provider versions its API by it); got ${accept === null ? "none" : JSON.stringify(accept)}`);
  }
  const text = await request.clone().text();
  const body = checkBody(spec, operation, request.headers.get("content-type"), text, problems);
  return { problems, body };
}

function checkBody(spec: MockSpec, operation: MockOperation, contentType: string | null, text: string, problems: string[]): unknown {
  const declared = operation.requestBody;
  if (declared === undefined) {
    if (text !== "") problems.push(`a body was sent, but ${operation.method} ${operation.path} takes none`);
    return undefined;
  }
  if (text === "") {
    if (declared.required) problems.push(`the body is required (${declared.content.map((content) => content.mediaType).join(" or ")}) and missing`);
    return undefined;
  }
  const essence = mediaEssence(contentType);
  const content = declared.content.find((candidate) => mediaEssence(candidate.mediaType) === essence);
  if (content === undefined) {
    problems.push(`Content-Type ${JSON.stringify(contentType ?? "")} is not one the spec accepts (${declared.content.map((candidate) => candidate.mediaType).join(", ")})`);
    return undefined;
  }
  if (isJsonMedia(essence)) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      problems.push("the body is not valid JSON");
      return undefined;
    }
    problems.push(...schemaProblems(content.schema ?? {}, spec.defs, body, "body"));
    return body;
  }
  if (essence === "application/x-www-form-urlencoded") {
    const form = Object.fromEntries(new URLSearchParams(text));
    const properties = resolved(spec, content.schema)["properties"];
    const typed = Object.fromEntries(Object.entries(form).map(([name, value]) => [name, isRecord(properties) ? coerce(spec, properties[name], value) : value]));
    problems.push(...schemaProblems(content.schema ?? {}, spec.defs, typed, "form"));
    return form;
  }
  return text;
}
