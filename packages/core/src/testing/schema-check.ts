import { Validator, type OutputUnit } from "@cfworker/json-schema";

const validators = new WeakMap<object, Validator>();

// Keywords that only say "a subschema failed": the leaf error below them names the problem.
const AGGREGATE_KEYWORDS = new Set(["properties", "items", "prefixItems", "additionalItems", "$ref", "allOf", "if", "then", "else", "dependentSchemas", "unevaluatedProperties", "patternProperties", "contains", "propertyNames", "$dynamicRef", "false"]);

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
  const leaves = closestBranch(result.errors.filter((error: OutputUnit) => !AGGREGATE_KEYWORDS.has(error.keyword)));
  const shown = (leaves.length > 0 ? leaves : result.errors).map((error) => {
    const path = readablePointer(error.instanceLocation);
    return `${where}${path === "" ? "" : ` ${path}`}: ${error.error}`;
  });
  return [...new Set(shown)];
}

/**
 * For a failed oneOf/anyOf, only the errors of the alternative that came closest (fewest errors):
 * a body meant as a cloud service that has one bad field should hear about that field, not about
 * every field the other alternatives need.
 */
function closestBranch(errors: OutputUnit[]): OutputUnit[] {
  let kept = errors;
  const choices = errors.filter((error) => error.keyword === "oneOf" || error.keyword === "anyOf").sort((a, b) => a.keywordLocation.length - b.keywordLocation.length);
  for (const choice of choices) {
    const prefix = `${choice.keywordLocation}/`;
    const byBranch = new Map<string, OutputUnit[]>();
    for (const error of kept) {
      if (!error.keywordLocation.startsWith(prefix)) continue;
      const branch = error.keywordLocation.slice(prefix.length).split("/")[0]!;
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), error]);
    }
    if (byBranch.size === 0) continue;
    const best = [...byBranch.values()].reduce((a, b) => (b.length < a.length ? b : a));
    const dropped = new Set([...byBranch.values()].filter((branch) => branch !== best).flat());
    kept = kept.filter((error) => error !== choice && !dropped.has(error));
  }
  return kept;
}
