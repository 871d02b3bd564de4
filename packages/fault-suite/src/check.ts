/** A case's own assertion: a plain Error (no test framework needed, so the matrix script can load cases). */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}
