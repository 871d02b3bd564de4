import { ConfigError } from "./errors.js";

/**
 * One option check: a test of the value (and, for checks that relate two options, of the whole
 * options object) and what the option must be, completing the message `option "x" ...`.
 */
export type Rule = readonly [test: (value: any, options: any) => unknown, expected: string];

/** An option path (`refresh.tokenUrl`; `extraParams.*` checks every entry) and its rule. */
export type Rules = Readonly<Record<string, Rule>>;

const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

export const isText = (value: unknown): value is string => isString(value) && value !== "";
export const isRecord = (value: unknown): value is object => typeof value === "object" && value !== null;
export const isNonNegative = (value: unknown): value is number => isNumber(value) && value >= 0;

export const text: Rule = [isText, "must be a non-empty string."];
export const anyString: Rule = [isString, "must be a string."];
export const record: Rule = [isRecord, "must be an object."];
export const positiveNumber: Rule = [(value) => isNumber(value) && value > 0, "must be a positive number."];
export const nonNegativeNumber: Rule = [isNonNegative, "must be a non-negative number."];
export const nonNegativeInteger: Rule = [(value) => Number.isInteger(value) && value >= 0, "must be a non-negative integer."];
export const func: Rule = [(value) => typeof value === "function", "must be a function."];
/** Authorization belongs to the credentials: a header set elsewhere would bypass them. */
export const withoutAuthorization: Rule = [(value) => !new Headers(value).has("authorization"), "must not set Authorization: pass credentials."];

/** The same rule, passing when the option is absent. */
export const optional = ([test, expected]: Rule): Rule => [(value, options) => value === undefined || test(value, options), expected];

/**
 * Checks every rule in order and throws a ConfigError naming the first offending option, so
 * mistakes fail at start-up rather than at the first request.
 */
export function checkOptions(options: unknown, rules: Rules): void {
  const at = (path: string) => path.split(".").reduce<any>((value, key) => value?.[key], options);
  for (const [path, [test, expected]] of Object.entries(rules)) {
    const entries: [string, unknown][] = path.endsWith(".*")
      ? Object.entries(at(path.slice(0, -2)) ?? {}).map(([key, value]) => [path.slice(0, -1) + key, value])
      : [[path, at(path)]];
    for (const [option, value] of entries) if (!test(value, options)) throw new ConfigError(option, expected);
  }
}
