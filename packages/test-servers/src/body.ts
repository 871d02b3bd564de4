import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A short stable hash, so tests can tell secrets apart without the secrets being stored or printed. */
export function fingerprint(secret: string): string {
  return `fp:${sha256Hex(secret).slice(0, 16)}`;
}

export function mediaType(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export function parseForm(raw: Buffer): Record<string, string> {
  const form: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) {
    // RFC 6749 §3.2: a repeated parameter is an error; keeping the first mirrors most servers.
    if (!(key in form)) form[key] = value;
  }
  return form;
}

/** What the server received, in a form a test can assert on without the raw bytes. */
export type ReceivedBody =
  | { kind: 'empty'; byteLength: 0; sha256: string }
  | { kind: 'json'; byteLength: number; sha256: string; value: unknown }
  | { kind: 'form'; byteLength: number; sha256: string; value: Record<string, string> }
  | { kind: 'text'; byteLength: number; sha256: string; text: string }
  | { kind: 'binary'; byteLength: number; sha256: string }
  | { kind: 'invalid-json'; byteLength: number; sha256: string };

export function describeBody(raw: Buffer, type: string): ReceivedBody {
  const sha256 = sha256Hex(raw);
  const byteLength = raw.byteLength;
  if (byteLength === 0) return { kind: 'empty', byteLength: 0, sha256 };
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      return { kind: 'json', byteLength, sha256, value: JSON.parse(raw.toString('utf8')) as unknown };
    } catch {
      return { kind: 'invalid-json', byteLength, sha256 };
    }
  }
  if (type === 'application/x-www-form-urlencoded') return { kind: 'form', byteLength, sha256, value: parseForm(raw) };
  if (type.startsWith('text/')) return { kind: 'text', byteLength, sha256, text: raw.toString('utf8') };
  return { kind: 'binary', byteLength, sha256 };
}

export function queryOf(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams);
}
