/** Stable codes of the errors the CLI raises itself (auth and env errors keep their own codes). */
export const CLI_USAGE = "CLI_USAGE";
export const CLI_UNKNOWN_PROVIDER = "CLI_UNKNOWN_PROVIDER";

/** The command line is malformed: the CLI prints the message and the usage and exits with 2. */
export class CliUsageError extends Error {
  readonly code = CLI_USAGE;
  override readonly name = "CliUsageError";
}

/** The provider named on the command line is not one the CLI knows; exits with 1. */
export class UnknownProviderError extends Error {
  readonly code = CLI_UNKNOWN_PROVIDER;
  override readonly name = "UnknownProviderError";
  readonly provider: string;
  readonly known: readonly string[];

  constructor(provider: string, known: readonly string[]) {
    super(`unknown provider "${provider}": choose one of ${known.join(", ")}.`);
    this.provider = provider;
    this.known = known;
  }
}
