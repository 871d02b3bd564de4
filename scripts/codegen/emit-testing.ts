import { resolvePointer, type LoadedSpec } from "./load-spec.js";
import { HTTP_METHODS } from "./openapi.js";

/**
 * The data the testing kit (`@cloud-sdks/core/testing`) needs to mock a provider: every
 * operation with its parameters, request body schemas and response examples, and how the spec's
 * OAuth2 flow issues tokens. Plain JSON (schemas as JSON Schema, component refs as `#/$defs/X`),
 * so the kit validates requests with a JSON Schema validator in Node and in browsers alike, and
 * this file never imports zod.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const SCHEMA_PREFIX = "#/components/schemas/";

/** Follows `$ref` chains to a non-ref object (parameters, responses, request bodies, examples). */
function deref(spec: LoadedSpec, value: unknown): Json {
  let current = value;
  const seen = new Set<string>();
  while (isRecord(current) && typeof current["$ref"] === "string" && !seen.has(current["$ref"])) {
    seen.add(current["$ref"]);
    current = resolvePointer(spec.document, current["$ref"]);
  }
  return isRecord(current) ? current : {};
}

/**
 * A schema with component refs pointed at `$defs`, and every other local ref inlined. Example
 * data is copied as is: a `$ref` key inside an example is a property name, not a reference.
 */
function portableSchema(spec: LoadedSpec, schema: unknown, inlining: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(schema)) return schema.map((item) => portableSchema(spec, item, inlining));
  if (!isRecord(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    // Prose is for the spec's readers; the kit only validates, so leave it out of the bundle.
    if (key === "description" || key === "summary" || key === "example" || key === "examples" || key.startsWith("x-")) continue;
    if (key === "default" || key === "const" || key === "enum") out[key] = value;
    else if (key === "$ref" && typeof value === "string") {
      if (value.startsWith(SCHEMA_PREFIX)) out[key] = `#/$defs/${value.slice(SCHEMA_PREFIX.length)}`;
      else if (!inlining.has(value)) Object.assign(out, portableSchema(spec, resolvePointer(spec.document, value), new Set([...inlining, value])));
    } else if (key === "properties" && isRecord(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, portableSchema(spec, property, inlining)]));
    } else out[key] = portableSchema(spec, value, inlining);
  }
  return out;
}

function examplesOf(spec: LoadedSpec, media: Json): Record<string, unknown> {
  const examples: Record<string, unknown> = {};
  if (isRecord(media["examples"])) {
    for (const [name, raw] of Object.entries(media["examples"])) {
      const example = deref(spec, raw);
      if ("value" in example) examples[name] = example["value"];
    }
  }
  if ("example" in media) examples["example"] = media["example"];
  return examples;
}

function contentOf(spec: LoadedSpec, holder: Json): Array<{ mediaType: string; schema: unknown; examples: Record<string, unknown> }> {
  const content = isRecord(holder["content"]) ? holder["content"] : {};
  return Object.entries(content).map(([mediaType, raw]) => {
    const media = deref(spec, raw);
    return { mediaType, schema: portableSchema(spec, media["schema"] ?? {}), examples: examplesOf(spec, media) };
  });
}

function securityOf(spec: LoadedSpec, operation: Json): string[][] {
  const security = operation["security"] ?? spec.document.security ?? [];
  if (!Array.isArray(security)) return [];
  return security.filter(isRecord).map((requirement) => Object.keys(requirement));
}

function schemeTypes(spec: LoadedSpec): Record<string, string> {
  const schemes = isRecord(spec.document.components?.["securitySchemes"]) ? spec.document.components["securitySchemes"] : {};
  const types: Record<string, string> = {};
  for (const [name, raw] of Object.entries(schemes)) {
    const scheme = deref(spec, raw);
    const type = scheme["type"] === "http" ? String(scheme["scheme"]).toLowerCase() : String(scheme["type"]);
    // "oauth2" (a token the kit issued), "bearer" and "basic" are what the kit checks; anything else it lets through.
    types[name] = type;
  }
  return types;
}

function operationsOf(spec: LoadedSpec): Json[] {
  const types = schemeTypes(spec);
  const operations: Json[] = [];
  for (const [path, rawItem] of Object.entries(spec.document.paths)) {
    const item = deref(spec, rawItem);
    const shared = Array.isArray(item["parameters"]) ? item["parameters"] : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const byKey = new Map<string, Json>();
      for (const raw of [...shared, ...(Array.isArray(operation["parameters"]) ? operation["parameters"] : [])]) {
        const parameter = deref(spec, raw);
        byKey.set(`${String(parameter["in"])}:${String(parameter["name"])}`, parameter);
      }
      const requestBody = operation["requestBody"] === undefined ? undefined : deref(spec, operation["requestBody"]);
      const responses = isRecord(operation["responses"]) ? operation["responses"] : {};
      operations.push({
        operationId: String(operation["operationId"]),
        method: method.toUpperCase(),
        path,
        // Each entry is one way to authenticate (alternatives); an empty entry means none needed.
        security: securityOf(spec, operation).map((names) => names.map((name) => types[name] ?? "other")),
        parameters: [...byKey.values()].map((parameter) => ({
          name: String(parameter["name"]),
          in: String(parameter["in"]),
          required: parameter["required"] === true || parameter["in"] === "path",
          schema: portableSchema(spec, parameter["schema"] ?? {}),
        })),
        ...(requestBody === undefined ? {} : { requestBody: { required: requestBody["required"] === true, content: contentOf(spec, requestBody) } }),
        responses: Object.entries(responses).map(([status, raw]) => {
          const response = deref(spec, raw);
          return { status: status === "default" ? status : status.toUpperCase(), content: contentOf(spec, response).map(({ mediaType, examples }) => ({ mediaType, examples })) };
        }),
      });
    }
  }
  return operations;
}

function oauth2Of(spec: LoadedSpec): Json | undefined {
  const schemes = isRecord(spec.document.components?.["securitySchemes"]) ? spec.document.components["securitySchemes"] : {};
  for (const raw of Object.values(schemes)) {
    const scheme = deref(spec, raw);
    if (scheme["type"] !== "oauth2" || !isRecord(scheme["flows"])) continue;
    for (const [flow, grant] of [["clientCredentials", "client_credentials"], ["password", "password"]] as const) {
      const details = scheme["flows"][flow];
      if (!isRecord(details) || typeof details["tokenUrl"] !== "string") continue;
      return {
        grantType: grant,
        tokenUrl: details["tokenUrl"],
        ...(typeof details["refreshUrl"] === "string" ? { refreshUrl: details["refreshUrl"] } : {}),
        ...(refreshLifetime(spec) === undefined ? {} : { refreshTokenLifetime: refreshLifetime(spec) }),
      };
    }
  }
  return undefined;
}

/** `x-refresh-token-lifetime` wherever the spec states it (a response or the refresh_token property). */
function refreshLifetime(spec: LoadedSpec): number | undefined {
  let found: number | undefined;
  const visit = (node: unknown): void => {
    if (found !== undefined) return;
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      if (typeof node["x-refresh-token-lifetime"] === "number") found = node["x-refresh-token-lifetime"];
      else Object.values(node).forEach(visit);
    }
  };
  visit(spec.document.paths);
  visit(spec.document.components);
  return found;
}

function clientAuthenticationOf(spec: LoadedSpec): string[] {
  const methods = new Set<string>();
  for (const item of Object.values(spec.document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = deref(spec, item)[method];
      if (isRecord(operation) && Array.isArray(operation["x-client-authentication"])) operation["x-client-authentication"].forEach((name) => methods.add(String(name)));
    }
  }
  return [...methods];
}

export function testingTable(spec: LoadedSpec, provider: string): Json {
  const components = spec.document.components;
  const schemas = isRecord(components) && isRecord(components["schemas"]) ? components["schemas"] : {};
  const servers = Array.isArray(spec.document["servers"]) ? spec.document["servers"].filter(isRecord).map((server) => String(server["url"])) : [];
  const oauth2 = oauth2Of(spec);
  return {
    provider,
    spec: `specs/${provider}.yaml`,
    servers,
    ...(oauth2 === undefined ? {} : { oauth2: { ...oauth2, clientAuthentication: clientAuthenticationOf(spec) } }),
    operations: operationsOf(spec),
    defs: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, portableSchema(spec, schema)])),
  };
}

export function emitTesting(spec: LoadedSpec, provider: string): string {
  return [
    'import type { MockSpec } from "@cloud-sdks/core/testing";',
    "",
    "/** The spec as the testing kit reads it: operations, request schemas, response examples, token flow. */",
    `export const mockSpec: MockSpec = ${JSON.stringify(testingTable(spec, provider), null, 2)};`,
    "",
  ].join("\n");
}
