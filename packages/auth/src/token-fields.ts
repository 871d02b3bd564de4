import * as z from "zod/mini";

// zod/mini rather than zod: the same validator core without the method-chaining API, so a
// bundler keeps only the checks used here. Each message completes `token response "<field>" ...`.
const NON_EMPTY = "must be a non-empty string";
const NON_NEGATIVE = "must be a non-negative number";

const nonEmptyString = z.string({ error: NON_EMPTY }).check(z.refine((text) => text !== "", { error: NON_EMPTY }));

/** Seconds as a JSON number, or as a numeric string (some servers quote `expires_in`). */
const seconds = z.pipe(
  z.transform((value: unknown) => (typeof value === "string" && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value)),
  z.number({ error: NON_NEGATIVE }).check(z.refine((number) => number >= 0, { error: NON_NEGATIVE })),
);

/** `null` is treated as absent: several servers send `"refresh_token": null` rather than omit it. */
const absentOr = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

/**
 * The RFC 6749 section 5.1 fields, in the order they are checked, plus the lifetime of the
 * refresh token where a provider states it. Unknown fields pass through for the provider to type.
 */
export const tokenFields = z.looseObject({
  access_token: nonEmptyString,
  token_type: z.string({ error: 'must be "Bearer"' }).check(z.refine((type) => type.toLowerCase() === "bearer", { error: 'must be "Bearer"' })),
  expires_in: absentOr(seconds),
  refresh_token: absentOr(nonEmptyString),
  scope: absentOr(z.string({ error: "must be a string" })),
  refresh_token_expires_in: absentOr(seconds),
});

/** The parsed fields, or the first problem found: the field it concerns and what is wrong. */
export type TokenFieldsResult =
  | { readonly ok: true; readonly fields: z.infer<typeof tokenFields> }
  | { readonly ok: false; readonly field: string; readonly problem: string };

/** zod's issues are not kept: they may quote the input, and the input holds the token. */
export function checkTokenFields(body: Record<string, unknown>): TokenFieldsResult {
  const result = tokenFields.safeParse(body);
  if (result.success) return { ok: true, fields: result.data };
  const issue = result.error.issues[0];
  return { ok: false, field: String(issue?.path[0] ?? "body"), problem: issue?.message ?? "is invalid" };
}
