import { Validator, type OutputUnit } from "@cfworker/json-schema";

const validators = new WeakMap<object, Validator>();

// Keywords that only say "a subschema failed": the leaf error below them names the problem.
const AGGREGATE_KEYWORDS = new Set(["properties", "items", "prefixItems", "additionalItems", "$ref", "allOf", "if", "then", "else", "dependentSchemas", "unevaluatedProperties", "patternProperties", "contains", "propertyNames", "$dynamicRef"]);

/** `/services/0/vlan` -> `services[0].vlan`, as a user reads a path into a body. */
function readablePointer(pointer: string): string {
  const segments = pointer.replace(/^#/, "").split("/").filter((segment) => segment !== "");
  return segments.map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : `${index === 0 ? "" : "."}${segment.replace(/~1/g, "/").replace(/~0/g, "~")}`)).join("");
}

/**
 * The problems of `value` against a spec schema, each as `<where><path>: <what>`. The validator's
 * own wording is kept (it names the keyword and the expected type or bound); it quotes numbers
 * but never a string instance, so a secret in a form body stays out of the message.
 */
export function schemaProblems(schema: unknown, defs: Readonly<Record<string, unknown>>, value: unknown, where: string): string[] {
  const root = typeof schema === "object" && schema !== null ? schema : { const: schema };
  let validator = validators.get(root);
  if (validator === undefined) {
    validator = new Validator({ ...root, $defs: defs } as never, "2020-12", false);
    validators.set(root, validator);
  }
  const result = validator.validate(value);
  if (result.valid) return [];
  const leaves = result.errors.filter((error: OutputUnit) => !AGGREGATE_KEYWORDS.has(error.keyword));
  const shown = (leaves.length > 0 ? leaves : result.errors).map((error) => {
    const path = readablePointer(error.instanceLocation);
    return `${where}${path === "" ? "" : ` ${path}`}: ${error.error}`;
  });
  return [...new Set(shown)];
}
