import { assertEveryOperationCalled, createContractFetch, listOperations, sendThroughClient, successCases } from "@cloud-sdks/prism-harness";
import { afterAll, describe, expect, it } from "vitest";
import { loadSpecSecurity } from "./spec-security.js";
import { cloudcherryValidation } from "../../src/validation.js";
import { clientOn, SPEC } from "./support.js";

const contract = createContractFetch();
const cc = clientOn(contract, { validate: cloudcherryValidation });

describe("every operation of specs/cloudcherry.yaml through the client, on Prism", () => {
  it("the spec has LoginToken plus 19 secured operations (Bearer or Basic)", () => {
    const operations = listOperations(SPEC);
    expect(operations).toHaveLength(20);
    const security = loadSpecSecurity(SPEC);
    expect(security.get("loginToken")).toEqual([]);
    const secured = operations.filter((op) => op.operationId !== "loginToken");
    for (const op of secured) expect(security.get(op.operationId), op.operationId).toEqual(["oauth2", "basicAuth"]);
  });

  const cases = successCases(SPEC, ["/api/LoginToken"]);
  it.each(cases.map((c) => [c.operationId, c] as const))("%s answers its documented success, validated", async (_id, c) => {
    const { response, error } = await sendThroughClient(cc.request, c);
    expect(error).toBeUndefined();
    expect(response.status).toBe(c.code);
  });

  it("called the secured operations with the LoginToken bearer, after one login", () => {
    const logins = contract.calls.filter((call) => new URL(call.url).pathname === "/api/LoginToken");
    expect(logins).toHaveLength(1);
    expect(contract.calls).toHaveLength(cases.length + 1);
  });

  afterAll(() => {
    contract.assertNoViolations();
    // Names any operation of the spec that no test here called (LoginToken comes from the auth flow).
    assertEveryOperationCalled(SPEC, contract.calls);
  });
});
