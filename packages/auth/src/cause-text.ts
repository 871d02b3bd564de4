import { quote } from "./redact.js";

/** Query strings of URLs in an error message may carry credentials (`?api_key=`). */
const withoutQueries = (text: string) => text.replace(/(\b[a-z][\w+.-]*:\/\/[^\s?#"'<>]*)[?#][^\s"'<>]*/gi, "$1");

/**
 * What went wrong, in the error's own words and its causes' (`TypeError: fetch failed:
 * ECONNREFUSED connect ECONNREFUSED 127.0.0.1:9`), scrubbed of `secrets` and URL queries and
 * capped, for a message. Walks at most 4 causes (an AggregateError's first error counts as one).
 */
export function causeText(error: unknown, secrets: readonly string[] = []): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current !== "object") {
      parts.push(String(current));
      break;
    }
    const { name, code, message, errors } = current as { name?: unknown; code?: unknown; message?: unknown; errors?: unknown };
    const label = depth === 0 ? (typeof name === "string" ? name : "Error") : typeof code === "string" ? code : typeof name === "string" ? name : "";
    const text = typeof message === "string" ? message : "";
    const part = [label, text].filter((piece) => piece !== "").join(depth === 0 ? ": " : " ");
    if (part !== "" && !parts.includes(part)) parts.push(part);
    const next = (current as { cause?: unknown }).cause;
    current = next ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return quote(withoutQueries(parts.join(": ")), secrets);
}
