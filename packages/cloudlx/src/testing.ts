/**
 * `@cloud-sdks/cloudlx/testing`: the CloudLX API mocked from its spec with MSW, for tests without
 * credentials, network or Prism. Needs `msw` 2 and `openapi-msw` installed (optional peers).
 */
import { createMockApi, type MockApi, type MockApiOptions } from "@cloud-sdks/core/testing";
import type { paths } from "./generated/schema.js";
import { mockSpec } from "./generated/testing.js";

export type CloudlxMock = MockApi<paths>;

/** `setupServer(...createCloudlxMock().handlers)` (msw/node) or `setupWorker(...)` (msw/browser). */
export function createCloudlxMock(options?: MockApiOptions): CloudlxMock {
  return createMockApi<paths>(mockSpec, options);
}

export { SPEC_VIOLATION_CODE, SpecViolationError, type MockApiOptions, type SpecViolation } from "@cloud-sdks/core/testing";
