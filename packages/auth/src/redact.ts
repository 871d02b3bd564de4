const MIN_SECRET_LENGTH = 4;

/** Replaces every known secret in server-supplied text (an error description may echo one). */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) out = out.split(secret).join("[REDACTED]");
  }
  return out;
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
