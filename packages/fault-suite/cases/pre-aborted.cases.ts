// packages/auth/test/faults/pre-aborted, as a fault case (the runner checks unhandled rejections).
import { oauthErrorResponse } from "@cloud-sdks/test-servers";
import { expect } from "vitest";
import { it, rejectionOf, startCollecting, startHarness } from "../src/ported-tests.js";
import { API_PATH, TOKEN_PATH } from "../src/token-world.js";

const collected = startCollecting("pre-aborted");
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

it("a caller whose signal is already aborted starts no token request and leaves no unhandled rejection", async () => {
  const h = await startHarness();
  h.fault.setDefault(TOKEN_PATH, oauthErrorResponse("invalid_client"));
  const auth = h.makeAuth();
  const reason = new Error("not needed any more");
  expect(await rejectionOf(auth.fetch(h.apiUrl, { signal: AbortSignal.abort(reason) }))).toBe(reason);
  await sleep(200);
  await h.fault.close();
  expect(h.fault.count(API_PATH)).toBe(0);
  expect({ tokenRequests: h.fault.count(TOKEN_PATH), }).toEqual({ tokenRequests: 0 });
});

export default collected.cases;
