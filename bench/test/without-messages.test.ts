import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipBytesWithoutMessages } from '../src/size/without-messages.js';

const gzip = (code: string) => gzipSync(code, { level: 9 }).byteLength;

describe('gzipBytesWithoutMessages', () => {
  it('empties strings over 12 characters and keeps short ones (names, codes)', () => {
    const code = 'if(e.code==="E_CODE")throw new Error("option \\"scope\\" must be a non-empty string.")';
    expect(gzipBytesWithoutMessages(code)).toBe(gzip('if(e.code==="E_CODE")throw new Error("")'));
  });

  it('empties the text of each template part and keeps its substitutions', () => {
    const code = 'f(`request to the token endpoint ${url} failed after ${n} attempts; last: ${why}.`,`short`)';
    expect(gzipBytesWithoutMessages(code)).toBe(gzip('f(`${url}${n}${why}.`,`short`)'));
  });
});
