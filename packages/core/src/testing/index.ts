/**
 * `@cloud-sdks/core/testing`: the runtime of each provider's `testing` entry. Needs `msw` 2 and
 * `openapi-msw` (optional peer dependencies: the main entry never imports them).
 */
export { createMockApi, type MockApi, type MockApiOptions } from "./mock-api.js";
export type { MockContent, MockOAuth2, MockOperation, MockParameter, MockResponse, MockSpec } from "./mock-spec.js";
export { SPEC_VIOLATION_CODE, SpecViolationError, type SpecViolation } from "./violation.js";
