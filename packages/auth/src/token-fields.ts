// Checked by hand, as oauth4webapi and openid-client do: six fields do not pay for a schema
// library's core (zod/mini's alone is 4.4 kB min+gz, more than half of this package). Each message
// completes `token response "<field>" ...`.
const NON_EMPTY = "must be a non-empty string";
const NON_NEGATIVE = "must be a non-negative number";

/** A field's check: the value to keep, or the problem. `null` is treated as absent where allowed. */
type Check = (value: unknown) => { value: unknown } | string;

const nonEmptyString: Check = (value) => (typeof value === "string" && value !== "" ? { value } : NON_EMPTY);

/** Seconds as a JSON number, or as a numeric string (some servers quote `expires_in`). */
const seconds: Check = (value) => {
  const number = typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) && number >= 0 ? { value: number } : NON_NEGATIVE;
};

/** Several servers send `"refresh_token": null` rather than omit it. */
const absentOr =
  (check: Check): Check =>
  (value) =>
    value == null ? { value } : check(value);

/**
 * The RFC 6749 section 5.1 fields, in the order they are checked, plus the lifetime of the
 * refresh token where a provider states it. Unknown fields pass through for the provider to type.
 */
const CHECKS: readonly (readonly [string, Check])[] = [
  ["access_token", nonEmptyString],
  ["token_type", (value) => (typeof value === "string" && value.toLowerCase() === "bearer" ? { value } : 'must be "Bearer"')],
  ["expires_in", absentOr(seconds)],
  ["refresh_token", absentOr(nonEmptyString)],
  ["scope", absentOr((value) => (typeof value === "string" ? { value } : "must be a string"))],
  ["refresh_token_expires_in", absentOr(seconds)],
];

export interface TokenFields {
  readonly access_token: string;
  readonly token_type: string;
  readonly expires_in?: number | null | undefined;
  readonly refresh_token?: string | null | undefined;
  readonly scope?: string | null | undefined;
  readonly refresh_token_expires_in?: number | null | undefined;
  readonly [extra: string]: unknown;
}

/** The parsed fields, or the first problem found: the field it concerns and what is wrong. */
export type TokenFieldsResult =
  | { readonly ok: true; readonly fields: TokenFields }
  | { readonly ok: false; readonly field: string; readonly problem: string };

/** Problems name the field and never quote the value: the input holds the token. */
export function checkTokenFields(body: Record<string, unknown>): TokenFieldsResult {
  const fields: Record<string, unknown> = { ...body };
  for (const [field, check] of CHECKS) {
    const result = check(body[field]);
    if (typeof result === "string") return { ok: false, field, problem: result };
    // An absent optional field stays absent rather than becoming `field: undefined`.
    if (field in body) fields[field] = result.value;
  }
  return { ok: true, fields: fields as TokenFields };
}
