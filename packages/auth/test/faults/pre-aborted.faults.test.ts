import { oauthErrorResponse } from "@cloud-sdks/test-servers";
import { expect, it } from "vitest";
import { API_PATH, collectUnhandledRejections, rejectionOf, sleep, startHarness, TOKEN_PATH } from "./harness.js";

it("a caller whose signal is already aborted starts no token request and leaves no unhandled rejection", async () => {
  const rejections = collectUnhandledRejections();
  rejections.install();
  const h = await startHarness();
  h.fault.setDefault(TOKEN_PATH, oauthErrorResponse("invalid_client"));
  const auth = h.makeAuth();
  const reason = new Error("not needed any more");
  expect(await rejectionOf(auth.fetch(h.apiUrl, { signal: AbortSignal.abort(reason) }))).toBe(reason);
  await sleep(200);
  rejections.uninstall();
  await h.fault.close();
  expect(h.fault.count(API_PATH)).toBe(0);
  expect({ tokenRequests: h.fault.count(TOKEN_PATH), unhandled: rejections.seen.map(String) }).toEqual({ tokenRequests: 0, unhandled: [] });
});
