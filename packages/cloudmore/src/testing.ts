/**
 * `@cloud-sdks/cloudmore/testing`: the Cloudmore API mocked from its spec with MSW, for tests without
 * credentials, network or Prism. Needs `msw` 2 and `openapi-msw` installed (optional peers).
 */
import { createMockApi, type MockApi, type MockApiOptions } from "@cloud-sdks/core/testing";
import type { paths } from "./generated/schema.js";
import { mockSpec } from "./generated/testing.js";

export type CloudmoreMock = MockApi<paths>;

/** `setupServer(...createCloudmoreMock().handlers)` (msw/node) or `setupWorker(...)` (msw/browser). */
export function createCloudmoreMock(options?: MockApiOptions): CloudmoreMock {
  return createMockApi<paths>(mockSpec, options);
}

export { SPEC_VIOLATION_CODE, SpecViolationError, type MockApiOptions, type SpecViolation } from "@cloud-sdks/core/testing";
