import type { Middleware } from "openapi-fetch";
import { CLIENT_ERROR_CODES, CloudSdksClientError } from "./errors.js";
import {
  documentedStatus,
  extraFields,
  mediaEssence,
  shapeOf,
  violationsFromIssues,
  type DocumentedResponses,
  type ResponseViolation,
  type ResponseViolationHandler,
} from "./response-drift.js";
import type { StandardIssue, StandardSchema } from "./standard-schema.js";

/**
 * Finds the schema of one documented response: `method` upper case, `schemaPath` as in the spec.
 * The record mode also reads, when the lookup has them, `documented` (the statuses and media types
 * of an operation) and `toJsonSchema` (to find fields the spec does not list).
 */
export type ResponseSchemaLookup = ((method: string, schemaPath: string, status: number) => StandardSchema | undefined) & {
  readonly documented?: (method: string, schemaPath: string) => DocumentedResponses | undefined;
  readonly toJsonSchema?: (schema: StandardSchema) => unknown;
};

export interface ResponseValidationOptions {
  /**
   * Record instead of throw: every way a response breaks the spec (undocumented status, media type,
   * missing, extra or mistyped field) is passed here and the response goes on to the caller as is.
   */
  readonly onViolation?: ResponseViolationHandler;
}

export interface ResponseValidationIssue {
  /** JSON path into the response body, e.g. `$.services[0].vlan`. */
  readonly path: string;
  readonly message: string;
}

/** A response body that does not match the schema the spec documents for it. */
export class ResponseValidationError extends CloudSdksClientError {
  readonly provider: string;
  readonly operation: string;
  readonly status: number;
  readonly issues: ReadonlyArray<ResponseValidationIssue>;

  constructor(provider: string, operation: string, status: number, issues: ReadonlyArray<ResponseValidationIssue>) {
    const [first, ...rest] = issues;
    const summary = first ? `${first.path}: ${first.message}` : "the body is not valid JSON";
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
    super(
      CLIENT_ERROR_CODES.responseInvalid,
      `@cloud-sdks/${provider}: ${operation} answered ${status} with a body that does not match the spec: ${summary}${more}. ` +
        "The provider changed its API or the spec is wrong: report it, or turn `validate` off to accept the body as it is.",
    );
    this.provider = provider;
    this.operation = operation;
    this.status = status;
    this.issues = issues;
  }
}

/** `$.a[0].b` from a Standard Schema issue path: the values themselves never enter the message. */
export function jsonPathOf(path: StandardIssue["path"]): string {
  let out = "$";
  for (const segment of path ?? []) {
    const key = typeof segment === "object" && segment !== null ? segment.key : segment;
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * A provider's response schemas, as its `/validation` subpath exports them (e.g.
 * `cloudlxValidation` from `@cloud-sdks/cloudlx/validation`), passed as the client's `validate`.
 * Imported by the user, never by the client entry: a bundle without it carries no schema and no zod.
 */
export interface ResponseValidation {
  /** The provider whose spec the schemas were generated from. */
  readonly provider: string;
  /** The check itself: it travels with the schemas, so a client that never validates does not bundle it. */
  readonly middleware: (options?: ResponseValidationOptions) => Middleware;
}

/** What a provider's `/validation` subpath exports: its schemas, bound to the checking middleware. */
export function responseValidation(provider: string, lookup: ResponseSchemaLookup): ResponseValidation {
  return { provider, middleware: (options) => responseValidationMiddleware(provider, lookup, options) };
}

/** Middleware that checks every JSON response with a documented schema. */
export function responseValidationMiddleware(provider: string, find: ResponseSchemaLookup, options: ResponseValidationOptions = {}): Middleware {
  const { onViolation } = options;
  return {
    async onResponse({ request, response, schemaPath }) {
      if (onViolation !== undefined) {
        await recordViolations(provider, find, request.method, schemaPath, response, onViolation);
        return undefined;
      }
      const schema = find(request.method, schemaPath, response.status);
      if (schema === undefined || response.status === 204) return undefined;
      const operation = `${request.method} ${schemaPath}`;
      const text = await response.clone().text();
      if (text === "") return undefined;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new ResponseValidationError(provider, operation, response.status, []);
      }
      const result = await schema["~standard"].validate(body);
      if (result.issues !== undefined) {
        const issues = result.issues.map((issue) => ({ path: jsonPathOf(issue.path), message: issue.message }));
        throw new ResponseValidationError(provider, operation, response.status, issues);
      }
      return undefined;
    },
  };
}

/**
 * A lookup over a generated table `{ "GET /api/x": { "200": schema, "default": schema } }`.
 * Exact status first, then its class (`2XX`), then `default`.
 */
export function lookupFromTable(
  table: Readonly<Record<string, Readonly<Record<string, StandardSchema>> | undefined>>,
): (method: string, schemaPath: string, status: number) => StandardSchema | undefined {
  return (method, schemaPath, status) => {
    const byStatus = table[`${method.toUpperCase()} ${schemaPath}`];
    if (byStatus === undefined) return undefined;
    return byStatus[String(status)] ?? byStatus[`${String(status).charAt(0)}XX`] ?? byStatus["default"];
  };
}

/** The record mode: report every departure from the spec, throw nothing. */
async function recordViolations(
  provider: string,
  find: ResponseSchemaLookup,
  method: string,
  schemaPath: string,
  response: Response,
  report: ResponseViolationHandler,
): Promise<void> {
  const operation = `${method} ${schemaPath}`;
  const base = { provider, operation, status: response.status };
  const emit = (violation: Omit<ResponseViolation, "provider" | "operation" | "status">) => report({ ...base, ...violation });
  const text = await response.clone().text();
  const documented = find.documented?.(method, schemaPath);
  if (documented !== undefined) {
    const key = documentedStatus(documented, response.status);
    if (key === undefined) {
      emit({ kind: "undocumented-status", path: "$", expected: Object.keys(documented).join(" | "), seen: String(response.status) });
      return;
    }
    const mediaTypes = documented[key] ?? [];
    const seenType = mediaEssence(response.headers.get("content-type"));
    if (mediaTypes.length === 0 ? text !== "" : !mediaTypes.some((type) => mediaEssence(type) === seenType)) {
      emit({ kind: "media-type", path: "$", expected: mediaTypes.length === 0 ? "no body" : mediaTypes.join(" | "), seen: text === "" ? "no body" : seenType || "no content-type" });
    }
  }
  const schema = find(method, schemaPath, response.status);
  if (schema === undefined || text === "") return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    emit({ kind: "invalid-json", path: "$", expected: "JSON", seen: `${text.length} bytes that do not parse` });
    return;
  }
  const result = await schema["~standard"].validate(body);
  for (const violation of violationsFromIssues(result.issues ?? [], body, jsonPathOf)) emit(violation);
  const jsonSchema = find.toJsonSchema?.(schema);
  if (jsonSchema !== undefined) {
    for (const path of extraFields(jsonSchema, body)) {
      const value = path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)[key], body);
      emit({ kind: "extra-field", path: jsonPathOf(path), expected: "not in the spec", seen: shapeOf(value) });
    }
  }
}
