import { formEncode } from "./form-encoding.js";

const REDACTED = "[REDACTED]";
// Replacing a secret this short would mangle ordinary words, so text holding one is withheld whole.
const SHORTEST_REPLACEABLE = 4;
const WITHHELD = "[withheld: the server's text contains a credential]";
/**
 * Server text sharing a run this long with any encoding of a secret is withheld whole: an echo
 * may be truncated, re-encoded or glued to anything, and no list of exact forms keeps up.
 */
const SHARED_RUN = 8;
/** Longest server text any message quotes. */
export const MAX_QUOTED_CHARS = 512;

const hex = (code: number) => code.toString(16).toUpperCase().padStart(2, "0");
const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
const isPlain = (char: string) => /[A-Za-z0-9]/.test(char);

/** HTML as a careless server writes it back: named entities, or every symbol as a numeric one. */
function htmlForms(secret: string): string[] {
  const named = secret.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
  const numeric = (radix: "x" | "") =>
    Array.from(secret, (char) => (isPlain(char) ? char : `&#${radix}${radix ? hex(char.codePointAt(0)!) : char.codePointAt(0)};`)).join("");
  return [named, numeric(""), numeric("x")];
}

/** JSON and JavaScript string escapes: as JSON.stringify writes it, and with every non-ASCII char as \uXXXX. */
function escapeForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const unicode = Array.from(json, (char) => (char.charCodeAt(0) < 0x80 ? char : [...char].map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""))).join("");
  return [json, unicode, unicode.toUpperCase().replace(/\\U/g, "\\u")];
}

/**
 * The base64 characters that depend only on `text`'s bytes, at each of the three alignments it
 * may have inside a longer encoded value (`Basic base64(id:secret)`, a token in a JWT...).
 */
function base64Interiors(text: string): string[] {
  const bytes = new TextEncoder().encode(text);
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    let binary = "";
    for (const byte of padded) binary += String.fromCharCode(byte);
    const encoded = btoa(binary);
    const first = Math.ceil(offset / 3);
    const last = Math.floor((padded.length - 3) / 3);
    if (last < first) continue;
    const interior = encoded.slice(4 * first, 4 * (last + 1));
    forms.push(interior, interior.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return forms;
}

/** Every form in which a secret may come back: as sent (raw, URI- and form-encoded, base64) and re-encoded by the server. */
export function echoForms(secret: string): string[] {
  const sent = [secret, encodeURIComponent(secret), formEncode(secret), formEncode(secret).replace(/\+/g, "%20")];
  const percent = sent.flatMap((form) => [form, lowerHex(form), form.replace(/[!'()*~]/g, (char) => `%${hex(char.charCodeAt(0))}`)]);
  const forms = [...percent, ...htmlForms(secret), ...escapeForms(secret), ...sent.flatMap(base64Interiors)];
  return [...new Set(forms.flatMap((form) => [form, lowerHex(form)]))].filter((form) => form.length >= SHORTEST_REPLACEABLE || form === secret);
}

/** True if `text` shares a run of SHARED_RUN characters (a whole form, if shorter) with one of `forms`. Linear in `text`. */
function sharesRun(text: string, forms: readonly string[]): boolean {
  const runs = new Map<number, Set<string>>();
  for (const form of forms) {
    const length = Math.min(SHARED_RUN, form.length);
    const set = runs.get(length) ?? new Set<string>();
    for (let start = 0; start + length <= form.length; start++) set.add(form.slice(start, start + length));
    runs.set(length, set);
  }
  for (const [length, set] of runs) {
    for (let start = 0; start + length <= text.length; start++) if (set.has(text.slice(start, start + length))) return true;
  }
  return false;
}

/**
 * Removes every known secret from server-supplied text (an error description may echo one):
 * each exact echo form is replaced, and if the rest still shares a run of 8 characters (the
 * whole secret, if shorter) with any of them, the text is withheld whole. No regex, no
 * recursion: linear in the text, whatever its size.
 */
export function scrub(text: string, secrets: readonly string[]): string {
  const known = secrets.filter((secret) => typeof secret === "string" && secret !== "");
  if (known.length === 0) return text;
  const forms = known.flatMap(echoForms).sort((a, b) => b.length - a.length);
  for (const form of forms) if (form.length >= SHORTEST_REPLACEABLE && text.includes(form)) text = text.split(form).join(REDACTED);
  if (!sharesRun(text, forms)) return text;
  return sharesRun(WITHHELD, forms) ? "" : WITHHELD;
}

/** Scrubbed, then cut to MAX_QUOTED_CHARS: what a message may quote of server text. */
export function quote(text: string, secrets: readonly string[]): string {
  const clean = scrub(text, secrets);
  return clean.length <= MAX_QUOTED_CHARS ? clean : `${clean.slice(0, MAX_QUOTED_CHARS)}... (${clean.length - MAX_QUOTED_CHARS} more characters)`;
}

/** Origin and path only: query strings and user info may carry credentials. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.origin + parsed.pathname;
  } catch {
    return "(invalid URL)";
  }
}
