import { unwrap as unwrapResult } from "@cloud-sdks/core";
import { withForbiddenHint } from "./forbidden-hint.js";

/**
 * The result's `data`, or an `ApiError` thrown for a non-2xx answer (with Cloudmore's access hint
 * on a 403). Same contract as `unwrap` of `@cloud-sdks/core`, with `provider` defaulting to `"cloudmore"`.
 */
export async function unwrap<T extends { readonly data?: unknown; readonly error?: unknown; readonly response: Response }>(
  result: T | Promise<T>,
  provider = "cloudmore",
): ReturnType<typeof unwrapResult<T>> {
  try {
    return await unwrapResult(result, provider);
  } catch (error) {
    throw withForbiddenHint(error);
  }
}
