/**
 * application/x-www-form-urlencoded, as URLSearchParams serialises it (WHATWG URL): the one
 * encoding of token request bodies and, per RFC 6749 section 2.3.1, of the client id and secret
 * inside HTTP Basic. One encoder for both, so the scrubber knows exactly what was sent (a second,
 * encodeURIComponent-based one disagreed on `!'()~`).
 */
export const formEncode = (text: string): string => new URLSearchParams({ s: text }).toString().slice(2);
