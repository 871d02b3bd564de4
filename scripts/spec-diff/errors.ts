/** A spec:diff failure with a stable code naming what is wrong; the message says what to do. */
export class SpecDiffError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "SpecDiffError";
    this.code = code;
  }
}
