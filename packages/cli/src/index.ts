/**
 * The `cloud-sdks` command line as a function, for embedding it (the bin is `cloud-sdks`).
 * @packageDocumentation
 */
export { parseArgs, type CliCommand } from "./args.js";
export { formatDrift, runDrift, type DriftEntry, type DriftReport } from "./drift.js";
export { CLI_UNKNOWN_PROVIDER, CLI_USAGE, CliUsageError, UnknownProviderError } from "./errors.js";
export { helpText } from "./help.js";
export { CLI_PROVIDERS, requiredVariables, type CliProvider, type DriftClient, type DriftOperation, type Env, type TokenSource } from "./providers.js";
export { runCli, type CliOutput } from "./run-cli.js";
