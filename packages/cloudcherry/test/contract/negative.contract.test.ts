import { createContractFetch } from "@cloud-sdks/prism-harness";
import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { describe, expect, it } from "vitest";
import { clientOn } from "./support.js";

// The contract check is only worth something if it can fail: these requests break the spec on purpose.
describe("the contract check can fail", () => {
  it("reports a request without credentials as Prism's 401", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    const response = await recorder.fetch(`${prismUrl("cloudcherry")}/api/questions`);
    expect(response.status).toBe(401);
    expect(recorder.failures().map((call) => call.status)).toEqual([401]);
    expect(() => recorder.assertNoViolations()).toThrow();
  });

  it("reports a request body the spec forbids (Prism answers the operation's documented 400)", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    const cc = clientOn(recorder);
    const { response } = await cc.POST("/api/questions/add", { body: { text: 42 } as never });
    expect(response.status).toBe(400);
    expect(recorder.failures().map((call) => `${call.method} ${new URL(call.url).pathname} ${call.status}`)).toEqual(["POST /api/questions/add 400"]);
  });

  it("reports a parameter the spec forbids as Prism's 422 where no 400 is documented", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    const cc = clientOn(recorder);
    const { response } = await cc.GET("/api/surveytoken/page/{page}/all", { params: { path: { page: -1 } } });
    expect(response.status).toBe(422);
    expect(recorder.failures().map((call) => `${call.method} ${new URL(call.url).pathname} ${call.status}`)).toEqual(["GET /api/surveytoken/page/-1/all 422"]);
  });

  it("rejects the request outright with the default contract fetch", async () => {
    const strict = createContractFetch();
    const cc = clientOn(strict);
    await expect(cc.POST("/api/questions/add", { body: { text: 42 } as never })).rejects.toThrow(/questions\/add/);
  });
});
