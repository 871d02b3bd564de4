import { TokenResponseError } from "./errors.js";

/** Largest token response read: real ones are a few KiB; a bigger one is a fault, not tokens. */
export const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;

/** Statuses whose Response cannot have a body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/**
 * The response with its body read into memory, so the read happens inside the attempt: `signal`
 * (the attempt's timeout or a caller's abort) cancels a stalled body, and a reset mid-body
 * fails the attempt like any network error. Stops at `maxBytes`, cancelling the rest.
 */
export async function readCapped(response: Response, signal: AbortSignal | undefined, maxBytes = MAX_TOKEN_RESPONSE_BYTES): Promise<Response> {
  const { status, statusText, headers, body } = response;
  const tooLarge = () => new TokenResponseError("body", `is larger than ${maxBytes} bytes: not read`, status, headers.get("content-type"));
  // A redirect is refused unread by parseTokenResponse, which needs its url and Location intact.
  if (body === null || (status >= 300 && status <= 399)) return response;
  if (Number(headers.get("content-length")) > maxBytes) {
    // Not awaited: a tee'd body's cancel may never settle (see retry.ts).
    void body.cancel().catch(() => {});
    throw tooLarge();
  }
  const reader = body.getReader();
  // A pending read() settles (done) when the stream is cancelled, whatever the fetch does with the signal.
  const cancel = () => void reader.cancel(signal?.reason).catch(() => {});
  signal?.addEventListener("abort", cancel, { once: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  } finally {
    signal?.removeEventListener("abort", cancel);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new Response(NULL_BODY.has(status) ? null : bytes, { status, statusText, headers });
}
