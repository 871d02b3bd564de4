/** One request the provider would refuse, as the mock saw it. */
export interface SpecViolation {
  /** `METHOD /path/{template}` when the request matched an operation; else the method and pathname. */
  readonly operation: string;
  readonly problems: readonly string[];
}

export const SPEC_VIOLATION_CODE = "TESTING_SPEC_VIOLATION";

/** Thrown by `assertNoViolations()`: every request since the last reset that did not match the spec. */
export class SpecViolationError extends Error {
  readonly code = SPEC_VIOLATION_CODE;
  readonly violations: readonly SpecViolation[];

  constructor(provider: string, spec: string, violations: readonly SpecViolation[]) {
    super(describeViolations(provider, spec, violations));
    this.name = "SpecViolationError";
    this.violations = violations;
  }
}

export function describeViolations(provider: string, spec: string, violations: readonly SpecViolation[]): string {
  const lines = violations.map((violation) => `  ${violation.operation}\n${violation.problems.map((problem) => `    - ${problem}`).join("\n")}`);
  return `@cloud-sdks/${provider}/testing: ${violations.length} request(s) did not match ${spec}, so the provider would refuse them:\n${lines.join("\n")}`;
}
