import { inspect } from "node:util";

const json = (value: unknown) => {
  try {
    return JSON.stringify(value) ?? "";
  } catch (error) {
    return `(JSON.stringify threw ${String(error)})`;
  }
};

/**
 * Every text a user may see of a thrown value: String(), stack, JSON.stringify, util.inspect
 * with hidden properties, for the error and each error of its cause chain.
 */
export function errorViews(error: unknown): string[] {
  const views = [inspect(error, { depth: 20, showHidden: true })];
  const seen = new Set<unknown>();
  for (let current = error; current !== undefined && current !== null && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current);
    views.push(String(current), json(current), inspect(current, { depth: 20, showHidden: true }));
    if (typeof current === "object") views.push(String((current as { stack?: unknown }).stack ?? ""));
    if (typeof current !== "object") break;
  }
  return views;
}

/** The registered secrets found in any of `texts` (by index of secret, never printed whole). */
export function leakedSecrets(secrets: readonly string[], texts: readonly string[]): string[] {
  return secrets.filter((secret) => texts.some((text) => text.includes(secret)));
}
