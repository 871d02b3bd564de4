/** Replaces every known secret in server-supplied text (an error description may echo one). */
export function scrub(text: string, secrets: readonly string[]): string {
  // Shorter strings are no credentials and would redact ordinary words.
  for (const secret of secrets) if (secret.length > 3) text = text.split(secret).join("[REDACTED]");
  return text;
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
