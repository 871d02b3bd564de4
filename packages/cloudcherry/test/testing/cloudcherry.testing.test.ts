import { fileURLToPath } from "node:url";
import { sendThroughClient, successCases } from "@cloud-sdks/prism-harness";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCloudcherryClient } from "../../src/index.js";
import { createCloudcherryMock } from "../../src/testing.js";

const SPEC = fileURLToPath(new URL("../../../../specs/cloudcherry.yaml", import.meta.url));
/** The spec's token request example, which is also what the mock accepts by default. */
const CREDENTIALS = { username: "acmecx", password: "correct-horse-battery-staple" } as const;
const TOKEN_PATHS: readonly string[] = ["/api/LoginToken"];

const mock = createCloudcherryMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Scaffolded: the testing kit (`@cloud-sdks/cloudcherry/testing`) accepts every documented request
// example, sent through the client and its auth, and answers with the documented success.
describe("@cloud-sdks/cloudcherry/testing (specs/cloudcherry.yaml)", () => {
  const client = createCloudcherryClient({ ...CREDENTIALS, retry: false });
  const cases = successCases(SPEC, TOKEN_PATHS);

  it.each(cases.map((c) => [c.operationId, c] as const))("%s: the documented request passes the spec checks", async (_id, c) => {
    const { response } = await sendThroughClient(client.request, c);
    mock.assertNoViolations();
    expect(response.status).toBe(c.code);
  });
});
