import { assertEveryOperationCalled, createContractFetch, listOperations } from "@cloud-sdks/prism-harness";
import { afterAll, describe, expect, it } from "vitest";
import { createdIdOf, locationOf } from "../../src/index.js";
import { cloudmoreValidation } from "../../src/validation.js";
import { IDS, operationCalls } from "./operation-calls.js";
import { clientOn, SPEC } from "./support.js";

const contract = createContractFetch();
const cm = clientOn(contract, { validate: cloudmoreValidation, resellerId: IDS.resellerId });
const calls = operationCalls(cm);

describe("every operation of specs/cloudmore.yaml through the typed client on Prism", () => {
  it("logs in with the password grant, client credentials in the form and scope=api before the first API call", async () => {
    const { data, response } = await cm.GET("/api/resellers/{resellerId}/Organizations", { params: { path: { resellerId: IDS.resellerId } } });
    expect(response.status).toBe(200);
    // Typed as Organization[]: the element's `name` is a string without a cast.
    expect(data?.map((organization) => typeof organization.name)).toContain("string");
    const [token, first] = contract.calls;
    expect(token && `${token.method} ${new URL(token.url).pathname} ${token.status}`).toBe("POST /connect/token 200");
    expect(first && new URL(first.url).pathname).toBe(`/api/resellers/${IDS.resellerId}/Organizations`);
    const tokens = await cm.auth.getTokens();
    expect(tokens.tokenType).toBe("Bearer");
    expect(tokens.expiresAt).toBe(tokens.obtainedAt + 86_400_000);
  });

  it("has a row for each resource operation the spec lists (the generated types could lag the spec)", () => {
    const specIds = listOperations(SPEC).map((op) => op.operationId).filter((id) => id !== "requestToken");
    expect(Object.keys(calls).sort()).toEqual(specIds.sort());
  });

  it.each(Object.entries(calls))("%s answers its documented success, validated against the schema", async (_id, { status, call }) => {
    const { response, error } = await call();
    expect(error).toBeUndefined();
    expect(response.status).toBe(status);
    if (status === 201) expect(locationOf({ response })).toMatch(/^https?:\/\//);
  });

  it("exposes the Location of a 201 and the id it ends in", async () => {
    const created = await calls.createOrganization.call();
    const location = locationOf(created);
    expect(location).toBeDefined();
    expect(createdIdOf(created)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(location?.endsWith(`/${createdIdOf(created)}`)).toBe(true);
  });

  afterAll(() => {
    contract.assertNoViolations();
    assertEveryOperationCalled(SPEC, contract.calls);
  });
});
