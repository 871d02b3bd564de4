import { createContractFetch } from "@cloud-sdks/prism-harness";
import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { describe, expect, it } from "vitest";
import { IDS } from "./operation-calls.js";
import { clientOn } from "./support.js";

// The contract suite is only worth something if Prism's objections reach it: these prove they do.
describe("the contract check can fail", () => {
  it("reports a resource request without the bearer as Prism's 401", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    const response = await recorder.fetch(`${prismUrl("cloudmore")}/api/services/categories`);
    expect(response.status).toBe(401);
    expect(recorder.failures()).toHaveLength(1);
  });

  // Prism answers an invalid request with 422 unless the operation documents a 400, which every
  // Cloudmore operation with a body does: then it serves that 400 and lists the violations.
  it("reports a request body the spec forbids (Prism's 400, since the operation documents one)", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    const cm = clientOn(recorder);
    const { response } = await cm.POST("/api/resellers/{resellerId}/Organizations", {
      params: { path: { resellerId: IDS.resellerId } },
      // Deliberately wrong: the generated types reject a numeric name, the cast gets it to Prism.
      body: { name: 42 } as never,
    });
    expect(response.status).toBe(400);
    const [failed, ...others] = recorder.failures();
    expect(others).toEqual([]);
    expect(failed && `${failed.method} ${new URL(failed.url).pathname} ${failed.status}`).toBe(`POST /api/resellers/${IDS.resellerId}/Organizations 400`);
    expect(failed?.violations.some((violation) => violation.location.join(".").startsWith("request.body"))).toBe(true);
  });

  it("throws on a violation by default, so a broken call fails its test", async () => {
    const strict = createContractFetch();
    const error = await strict.fetch(`${prismUrl("cloudmore")}/api/services/categories`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("ContractViolationError");
  });
});
