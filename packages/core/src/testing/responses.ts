import type { MockOperation } from "./mock-spec.js";
import { isJsonMedia } from "./request-check.js";

export interface ExampleAnswer {
  readonly status: number;
  readonly mediaType: string | undefined;
  readonly value: unknown;
}

function statusNumber(status: string, fallback: number): number {
  if (/^\d{3}$/.test(status)) return Number(status);
  if (/^\dXX$/.test(status)) return Number(status[0]) * 100;
  return fallback;
}

/** The operation's documented success: its first 2xx response and that response's first example. */
export function successExample(operation: MockOperation): ExampleAnswer {
  const response = operation.responses.find((candidate) => /^2/.test(candidate.status)) ?? operation.responses[0];
  if (response === undefined) return { status: 200, mediaType: undefined, value: undefined };
  const content = response.content.find((candidate) => isJsonMedia(candidate.mediaType)) ?? response.content[0];
  const [first] = Object.values(content?.examples ?? {});
  return { status: statusNumber(response.status, 200), mediaType: content?.mediaType, value: first };
}

/** The first documented example answered with `status` (e.g. CloudCherry's 401 `{message}`). */
export function exampleForStatus(operation: MockOperation, status: number): ExampleAnswer | undefined {
  for (const response of operation.responses) {
    if (statusNumber(response.status, -1) !== status) continue;
    for (const content of response.content) {
      const [first] = Object.values(content.examples);
      if (first !== undefined) return { status, mediaType: content.mediaType, value: first };
    }
    return { status, mediaType: undefined, value: undefined };
  }
  return undefined;
}

/** The documented OAuth error example with this `error` code, in any non-2xx response of the operation. */
export function oauthErrorExample(operation: MockOperation, code: string): ExampleAnswer | undefined {
  for (const response of operation.responses) {
    if (/^2/.test(response.status)) continue;
    for (const content of response.content) {
      for (const value of Object.values(content.examples)) {
        if (typeof value === "object" && value !== null && (value as Record<string, unknown>)["error"] === code) {
          return { status: statusNumber(response.status, 400), mediaType: content.mediaType, value };
        }
      }
    }
  }
  return undefined;
}

export function answer({ status, mediaType, value }: ExampleAnswer, headers: Record<string, string> = {}): Response {
  if (value === undefined || status === 204 || status === 304) return new Response(null, { status, headers });
  const body = typeof value === "string" && mediaType !== undefined && !isJsonMedia(mediaType) ? value : JSON.stringify(value);
  return new Response(body, { status, headers: { "content-type": mediaType ?? "application/json", ...headers } });
}
