import { scrubSecrets } from "@cloud-sdks/auth";

// A bearer the client did not record (a result from a plain openapi-fetch client passed to
// `unwrap`) is still recognisable by its scheme; 16 characters keep "Bearer authentication" intact.
const BEARER_VALUE = /\bBearer\s+[A-Za-z0-9\-._~+/]{16,}=*/gi;
// Deeper bodies are no API error a person reads; the cap keeps the walk off the call stack's limit.
const MAX_DEPTH = 32;
const TOO_DEEP = "[withheld: nested too deeply to check for credentials]";

/** Server-supplied text without any of `secrets` (in any form auth knows) or an echoed bearer. */
export function scrubText(text: string, secrets: readonly string[]): string {
  return scrubSecrets(text, secrets).replace(BEARER_VALUE, "Bearer [REDACTED]");
}

/** A copy of a parsed body with every string (keys too) scrubbed; numbers, booleans and null as they were. */
export function scrubDeep(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return scrubText(value, secrets);
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, secrets, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty: a body key "__proto__" stays data instead of replacing the prototype.
    Object.defineProperty(copy, scrubText(key, secrets), { value: scrubDeep(item, secrets, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** `text` cut to `max` characters, marked as cut. */
export function capped(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
