const REDACTED = "[REDACTED]";
// Replacing a secret this short would mangle ordinary words, so text holding one is withheld whole.
const SHORTEST_REPLACEABLE = 4;
const WITHHELD = "[withheld: the server's text contains a credential]";
/** Runs that may be base64 (or base64url), e.g. an echoed `Authorization: Basic` value. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{8,}={0,2}/g;

/** A secret as it was sent: as is, URI-encoded (query, Basic per RFC 6749 2.3.1) or form-encoded. */
function sentForms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)])];
}

function decodesToSecret(run: string, forms: readonly string[]): boolean {
  let decoded: string;
  try {
    decoded = atob(run.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return false;
  }
  return forms.some((form) => decoded.includes(form));
}

/**
 * Removes every known secret from server-supplied text (an error description may echo one) in
 * each form it was sent in, including inside an echoed base64 Basic credential.
 */
export function scrub(text: string, secrets: readonly string[]): string {
  const known = secrets.filter((secret) => secret !== "");
  if (known.some((secret) => secret.length < SHORTEST_REPLACEABLE && text.includes(secret))) return WITHHELD;
  const forms = known.flatMap(sentForms).sort((a, b) => b.length - a.length);
  for (const form of forms) text = text.split(form).join(REDACTED);
  text = text.replace(BASE64_RUN, (run) => (decodesToSecret(run, forms) ? REDACTED : run));
  // A secret may still be spelt across a replacement (or be part of the marker itself).
  const leaks = (candidate: string) => forms.some((form) => candidate.includes(form));
  return !leaks(text) ? text : !leaks(WITHHELD) ? WITHHELD : "";
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
