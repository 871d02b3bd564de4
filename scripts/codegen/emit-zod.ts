import { resolvePointer, type LoadedSpec } from "./load-spec.js";
import { IdentifierRegistry, pascalCase, propertyKey, statusSuffix } from "./names.js";
import { jsonBodySchema, operationKey, operationModels } from "./operations-model.js";

const SCHEMA_PREFIX = "#/components/schemas/";
const STEP = "  ";

type SchemaObject = Record<string, unknown>;

function isRecord(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

type Literal = string | number | boolean | null;
function isLiteral(value: unknown): value is Literal {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}

/** A reference to another component schema; the emitter needs to know whether it is defined yet. */
function componentNameOf(ref: string): string | undefined {
  if (!ref.startsWith(SCHEMA_PREFIX)) return undefined;
  const rest = ref.slice(SCHEMA_PREFIX.length);
  return rest.includes("/") ? undefined : rest.replace(/~1/g, "/").replace(/~0/g, "~");
}

interface RenderState {
  /** Inside an object property, whose value can become a getter and so may name a later schema. */
  readonly deferred: boolean;
  /** Set when the rendered code names a schema that is not defined yet. */
  usedForward: boolean;
  /** Set when a forward reference had to be wrapped in z.lazy (TypeScript cannot infer through it). */
  usedLazy: boolean;
  /** Inline (non-component) refs being expanded, to stop on a cycle through them. */
  readonly inlineRefs: ReadonlySet<string>;
}

/**
 * JSON Schema (the subset OpenAPI 3.0/3.1 specs use) to `zod/mini` code. A hand-rolled emitter
 * instead of @hey-api/openapi-ts's zod plugin: that plugin only writes the success response per
 * operation, not one schema per status code, and emits through its own output pipeline; this one is
 * a pure function of the parsed spec, so it is deterministic and cheap to run in `--check`.
 */
export class ZodEmitter {
  private readonly names = new Map<string, string>();
  private readonly defined = new Set<string>();
  private readonly identifiers = new IdentifierRegistry(["z", "responseSchemas", "responseSchemaFor", "ResponseSchemaMap"]);
  private readonly components: Record<string, unknown>;

  constructor(private readonly spec: LoadedSpec) {
    const components = spec.document.components;
    this.components = isRecord(components) && isRecord(components["schemas"]) ? components["schemas"] : {};
    for (const name of Object.keys(this.components)) this.names.set(name, this.identifiers.claim(`${pascalCase(name)}Schema`));
  }

  emit(): string {
    const out: string[] = ['import * as z from "zod/mini";', ""];
    for (const name of this.definitionOrder()) {
      const state: RenderState = { deferred: false, usedForward: false, usedLazy: false, inlineRefs: new Set() };
      const code = this.render(this.components[name], "", state);
      const identifier = this.names.get(name)!;
      // Getters infer fine; a z.lazy self-reference does not, so that schema is typed by hand (output unknown).
      const annotation = state.usedLazy ? ": z.ZodMiniType" : "";
      const description = this.describe(this.components[name]);
      if (description) out.push(description);
      out.push(`export const ${identifier}${annotation} = ${code};`, "");
      this.defined.add(name);
    }
    out.push(...this.emitResponses());
    return out.join("\n");
  }

  private describe(schema: unknown): string | undefined {
    if (!isRecord(schema)) return undefined;
    const text = typeof schema["description"] === "string" ? schema["description"] : typeof schema["title"] === "string" ? schema["title"] : undefined;
    if (!text) return undefined;
    // One line, whole text: cutting at the first newline left sentences half-finished.
    const oneLine = text.replace(/\s+/g, " ").trim().replace(/\*\//g, "*\\/");
    return `/** ${oneLine} */`;
  }

  /** Dependencies before dependents (depth first, spec order), so only cycles need deferred references. */
  private definitionOrder(): string[] {
    const order: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (name: string): void => {
      const current = state.get(name);
      if (current === "done") return;
      if (current === "visiting") return;
      state.set(name, "visiting");
      for (const dependency of this.dependencies(this.components[name], new Set())) {
        if (this.names.has(dependency)) visit(dependency);
      }
      state.set(name, "done");
      order.push(name);
    };
    for (const name of Object.keys(this.components)) visit(name);
    return order;
  }

  private dependencies(node: unknown, inlineRefs: Set<string>): string[] {
    if (Array.isArray(node)) return node.flatMap((item) => this.dependencies(item, inlineRefs));
    if (!isRecord(node)) return [];
    const found: string[] = [];
    for (const [key, value] of Object.entries(node)) {
      if (["example", "examples", "default", "const", "enum"].includes(key)) continue;
      if (key === "$ref" && typeof value === "string") {
        const component = componentNameOf(value);
        if (component !== undefined) found.push(component);
        else if (!inlineRefs.has(value)) found.push(...this.dependencies(resolvePointer(this.spec.document, value), new Set([...inlineRefs, value])));
        continue;
      }
      found.push(...this.dependencies(value, inlineRefs));
    }
    return found;
  }

  private render(schema: unknown, indent: string, state: RenderState): string {
    if (schema === false) return "z.never()";
    if (!isRecord(schema)) return "z.unknown()";
    if (typeof schema["$ref"] === "string") return this.renderRef(schema["$ref"], indent, state);

    const parts: string[] = [];
    const own = this.renderOwn(schema, indent, state);
    if (own !== undefined) parts.push(own);
    if (Array.isArray(schema["allOf"])) {
      for (const member of schema["allOf"]) parts.push(this.render(member, indent, state));
    }
    for (const keyword of ["oneOf", "anyOf"]) {
      const members = schema[keyword];
      if (!Array.isArray(members) || members.length === 0) continue;
      const rendered = members.map((member) => this.render(member, indent, state));
      parts.push(rendered.length === 1 ? rendered[0]! : `z.union([${rendered.join(", ")}])`);
    }
    let code = parts.length === 0 ? "z.unknown()" : parts.reduce((left, right) => `z.intersection(${left}, ${right})`);
    // OpenAPI 3.0 spelling; 3.1 uses `type: [..., "null"]`, handled in renderOwn.
    if (schema["nullable"] === true && own !== "z.null()") code = `z.nullable(${code})`;
    return code;
  }

  private renderRef(ref: string, indent: string, state: RenderState): string {
    const component = componentNameOf(ref);
    const identifier = component === undefined ? undefined : this.names.get(component);
    if (component !== undefined && identifier !== undefined) {
      if (this.defined.has(component)) return identifier;
      if (state.deferred) {
        state.usedForward = true;
        return identifier;
      }
      state.usedLazy = true;
      return `z.lazy(() => ${identifier})`;
    }
    if (state.inlineRefs.has(ref)) return "z.unknown()";
    const target = resolvePointer(this.spec.document, ref);
    const inner: RenderState = { ...state, inlineRefs: new Set([...state.inlineRefs, ref]) };
    const code = this.render(target, indent, inner);
    state.usedForward ||= inner.usedForward;
    state.usedLazy ||= inner.usedLazy;
    return code;
  }

  /** The schema's own keywords (const, enum, type and its constraints), or undefined when it only composes others. */
  private renderOwn(schema: SchemaObject, indent: string, state: RenderState): string | undefined {
    if (schema["const"] !== undefined) {
      return isLiteral(schema["const"]) ? `z.literal(${JSON.stringify(schema["const"])})` : "z.unknown()";
    }
    const values = schema["enum"];
    if (Array.isArray(values) && values.length > 0) {
      if (!values.every(isLiteral)) return "z.unknown()";
      return values.every((value) => typeof value === "string") ? `z.enum(${literalList(values)})` : `z.literal(${literalList(values)})`;
    }
    const declared = schema["type"];
    let types: string[];
    if (typeof declared === "string") types = [declared];
    else if (Array.isArray(declared)) types = declared.filter((type): type is string => typeof type === "string");
    else if (schema["properties"] !== undefined || schema["additionalProperties"] !== undefined) types = ["object"];
    else if (schema["items"] !== undefined) types = ["array"];
    else return undefined;

    const nullable = types.includes("null");
    const rendered = types.filter((type) => type !== "null").map((type) => this.renderType(type, schema, indent, state));
    if (rendered.length === 0) return nullable ? "z.null()" : undefined;
    const code = rendered.length === 1 ? rendered[0]! : `z.union([${rendered.join(", ")}])`;
    return nullable ? `z.nullable(${code})` : code;
  }

  private renderType(type: string, schema: SchemaObject, indent: string, state: RenderState): string {
    switch (type) {
      case "string":
        return withChecks(stringBase(schema["format"]), stringChecks(schema));
      case "integer":
        return withChecks("z.int()", numberChecks(schema));
      case "number":
        return withChecks("z.number()", numberChecks(schema));
      case "boolean":
        return "z.boolean()";
      case "array": {
        const items = schema["items"] === undefined ? "z.unknown()" : this.render(schema["items"], indent, state);
        return withChecks(`z.array(${items})`, arrayChecks(schema));
      }
      case "object":
        return this.renderObject(schema, indent, state);
      default:
        return "z.unknown()";
    }
  }

  private renderObject(schema: SchemaObject, indent: string, state: RenderState): string {
    const properties = isRecord(schema["properties"]) ? schema["properties"] : {};
    const required = new Set(Array.isArray(schema["required"]) ? schema["required"] : []);
    const additional = schema["additionalProperties"];
    const names = Object.keys(properties);

    if (names.length === 0 && isRecord(additional)) return `z.record(z.string(), ${this.render(additional, indent, state)})`;

    const inner = indent + STEP;
    const lines = names.map((name) => {
      const key = propertyKey(name);
      const wrap = (code: string) => (required.has(name) ? code : `z.optional(${code})`);
      const probe: RenderState = { deferred: true, usedForward: false, usedLazy: false, inlineRefs: state.inlineRefs };
      const plain = wrap(this.render(properties[name], inner, probe));
      if (probe.usedLazy) state.usedLazy = true;
      if (!probe.usedForward) return `${inner}${key}: ${plain},`;
      // A getter postpones the lookup until parse time, which is how zod 4 expresses recursion.
      const body = wrap(this.render(properties[name], inner + STEP, { ...probe, usedForward: false, usedLazy: false }));
      return `${inner}get ${key}() {\n${inner}${STEP}return ${body};\n${inner}},`;
    });
    const shape = lines.length === 0 ? "{}" : `{\n${lines.join("\n")}\n${indent}}`;
    if (additional === false) return `z.strictObject(${shape})`;
    if (isRecord(additional)) return `z.catchall(z.object(${shape}), ${this.render(additional, indent, state)})`;
    // Unknown fields pass through: a provider adding a field must not break validation.
    return `z.looseObject(${shape})`;
  }

  private emitResponses(): string[] {
    const out: string[] = [];
    const componentResponses = this.spec.document.components?.["responses"];
    const sharedResponses = new Map<string, string>();
    if (isRecord(componentResponses)) {
      for (const [name, response] of Object.entries(componentResponses)) {
        const schema = jsonBodySchema(response);
        if (schema === undefined) continue;
        const identifier = this.identifiers.claim(`${pascalCase(name)}ResponseSchema`);
        sharedResponses.set(name, identifier);
        out.push(`/** Body of the shared response \`${name}\`. */`);
        out.push(`export const ${identifier} = ${this.renderTopLevel(schema)};`, "");
      }
    }

    const map: string[] = [];
    for (const operation of operationModels(this.spec)) {
      const entries: string[] = [];
      for (const response of operation.responses) {
        let identifier = response.componentName === undefined ? undefined : sharedResponses.get(response.componentName);
        if (identifier === undefined) {
          if (response.jsonSchema === undefined) continue;
          identifier = this.identifiers.claim(`${pascalCase(operation.operationId)}Response${statusSuffix(response.status)}Schema`);
          out.push(`/** \`${operation.operationId}\` (${operationKey(operation)}) ${response.status} body. */`);
          out.push(`export const ${identifier} = ${this.renderTopLevel(response.jsonSchema)};`, "");
        }
        entries.push(`    ${JSON.stringify(response.status)}: ${identifier},`);
      }
      map.push(entries.length === 0 ? `  ${JSON.stringify(operationKey(operation))}: {},` : `  ${JSON.stringify(operationKey(operation))}: {\n${entries.join("\n")}\n  },`);
    }

    out.push(
      "/** Response body schemas by `\"METHOD /path/template\"` and status key (`200`, `4XX`, `default`). */",
      `export const responseSchemas = {${map.length === 0 ? "" : `\n${map.join("\n")}\n`}} as const satisfies Record<string, Readonly<Record<string, z.ZodMiniType>>>;`,
      "",
      "export type ResponseSchemaMap = typeof responseSchemas;",
      "",
      "/**",
      " * The schema for a response: the exact status first, then its range (`4XX`), then `default`.",
      " * Undefined when the operation is unknown or documents no JSON body for that status.",
      " */",
      "export function responseSchemaFor(operationKey: string, status: number): z.ZodMiniType | undefined {",
      "  const byStatus: Readonly<Record<string, z.ZodMiniType>> | undefined = (responseSchemas as Readonly<Record<string, Readonly<Record<string, z.ZodMiniType>>>>)[operationKey];",
      "  if (byStatus === undefined) return undefined;",
      "  return byStatus[String(status)] ?? byStatus[`${String(status).charAt(0)}XX`] ?? byStatus[\"default\"];",
      "}",
      "",
    );
    return out;
  }

  /** After the components every schema is defined, so no reference needs deferring. */
  private renderTopLevel(schema: unknown): string {
    for (const name of this.names.keys()) this.defined.add(name);
    return this.render(schema, "", { deferred: false, usedForward: false, usedLazy: false, inlineRefs: new Set() });
  }
}

function literalList(values: readonly Literal[]): string {
  return `[${values.map((value) => JSON.stringify(value)).join(", ")}]`;
}

function withChecks(base: string, checks: string[]): string {
  return checks.length === 0 ? base : `${base}.check(${checks.join(", ")})`;
}

function stringBase(format: unknown): string {
  switch (format) {
    // z.guid(): any 8-4-4-4-12 hex string, like JSON Schema's `uuid` format; z.uuid() also demands RFC 9562 version bits.
    case "uuid":
      return "z.guid()";
    case "email":
      return "z.email()";
    case "date-time":
      return "z.iso.datetime({ offset: true })";
    case "date":
      return "z.iso.date()";
    case "uri":
    case "url":
      return "z.url()";
    default:
      return "z.string()";
  }
}

function numberValue(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function stringChecks(schema: SchemaObject): string[] {
  const checks: string[] = [];
  const min = numberValue(schema["minLength"]);
  const max = numberValue(schema["maxLength"]);
  if (min !== undefined) checks.push(`z.minLength(${min})`);
  if (max !== undefined) checks.push(`z.maxLength(${max})`);
  if (typeof schema["pattern"] === "string") checks.push(`z.regex(new RegExp(${JSON.stringify(schema["pattern"])}, "u"))`);
  return checks;
}

function numberChecks(schema: SchemaObject): string[] {
  const checks: string[] = [];
  const minimum = numberValue(schema["minimum"]);
  const maximum = numberValue(schema["maximum"]);
  // 3.1: exclusiveMinimum is a number; 3.0: a boolean qualifying `minimum`.
  const exclusiveMinimum = numberValue(schema["exclusiveMinimum"]) ?? (schema["exclusiveMinimum"] === true ? minimum : undefined);
  const exclusiveMaximum = numberValue(schema["exclusiveMaximum"]) ?? (schema["exclusiveMaximum"] === true ? maximum : undefined);
  if (exclusiveMinimum !== undefined) checks.push(`z.gt(${exclusiveMinimum})`);
  else if (minimum !== undefined) checks.push(`z.gte(${minimum})`);
  if (exclusiveMaximum !== undefined) checks.push(`z.lt(${exclusiveMaximum})`);
  else if (maximum !== undefined) checks.push(`z.lte(${maximum})`);
  const multipleOf = numberValue(schema["multipleOf"]);
  if (multipleOf !== undefined) checks.push(`z.multipleOf(${multipleOf})`);
  return checks;
}

function arrayChecks(schema: SchemaObject): string[] {
  const checks: string[] = [];
  const min = numberValue(schema["minItems"]);
  const max = numberValue(schema["maxItems"]);
  if (min !== undefined && min > 0) checks.push(`z.minLength(${min})`);
  if (max !== undefined) checks.push(`z.maxLength(${max})`);
  return checks;
}
