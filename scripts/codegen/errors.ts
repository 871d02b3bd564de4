/**
 * A problem in a spec that the author can fix. Its message is the whole story (file, line,
 * what is wrong, what to do), so the CLI prints it as is and never a stack trace.
 */
export class SpecError extends Error {
  override readonly name = "SpecError";

  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}${line === undefined ? "" : `:${line}`}: ${problem} ${fix}`);
  }
}
