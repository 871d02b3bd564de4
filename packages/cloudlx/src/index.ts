// Placeholder until the provider client lands: exposes the generated types so the package builds.
export type { components, operations, paths } from "./generated/schema.js";
export { matchOperation, operations as operationTable } from "./generated/operations.js";
export type { OperationId, OperationInfo } from "./generated/operations.js";
