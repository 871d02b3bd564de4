/**
 * CloudLX sends `created` and similar fields as `YYYY-MM-DD HH:MM:SS` without a zone (not RFC 3339),
 * which `new Date()` reads as local time on some runtimes and rejects on others. The zone is
 * undocumented, so this reads the value as UTC unless it carries its own offset; pass
 * `assumeOffset` (e.g. "+01:00") if you know better.
 *
 * @returns the instant, or `undefined` for `null`/`undefined`/unparsable input.
 */
export function parseCloudlxTimestamp(value: string | null | undefined, assumeOffset = "Z"): Date | undefined {
  if (value == null) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (!match) return undefined;
  const [, date, time, offset] = match;
  const instant = new Date(`${date}T${time}${offset ?? assumeOffset}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}
