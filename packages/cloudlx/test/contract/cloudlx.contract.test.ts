import { assertEveryOperationCalled, createContractFetch } from "@cloud-sdks/prism-harness";
import { afterAll, describe, expect, it } from "vitest";
import { ApiError, OAuthError } from "../../src/index.js";
import { cloudlxValidation } from "../../src/validation.js";
import { contractClient, manualClock, preferring, SPEC } from "./support.js";

// One recorder for the whole file: the last test checks every operation of the spec was called.
const contract = createContractFetch();
const pathsCalled = () => contract.calls.map((call) => `${call.method} ${new URL(call.url).pathname}`);

describe("CloudLX client against Prism (specs/cloudlx.yaml)", () => {
  const clock = manualClock();
  const client = contractClient(contract, { now: clock.now, validate: cloudlxValidation });

  it("gets a token by client credentials, then lists services with it", async () => {
    const { data, error, response } = await client.GET("/api/services");
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.services.length).toBeGreaterThan(0);
    expect(pathsCalled().slice(0, 2)).toEqual(["POST /api/oauth2/access-token", "GET /api/services"]);
  });

  it("calls every read operation with the cached token", async () => {
    const before = pathsCalled().filter((p) => p.includes("oauth2")).length;
    const results = await Promise.all([
      client.GET("/api/services/{id}/service", { params: { path: { id: 1234 } } }),
      client.GET("/api/services/pricing", { params: { query: { port_id: 512, service_port_id: 3001, a_datacentre: 3, z_datacentre: 7, protected: 0 } } }),
      client.GET("/api/services/types"),
      client.GET("/api/services/types/{id}/type", { params: { path: { id: 20 } } }),
      client.GET("/api/services/ports-available", { params: { query: { datacentre_id: 3, city_id: 1, continent_id: 2, service_type: "AWS" } } }),
      client.GET("/api/services/available-vlans", { params: { query: { port_id: 512, service_port_id: 3001 } } }),
      client.GET("/api/ports"),
      client.GET("/api/ports/available", { params: { query: { datacentre_id: 3, city_id: 1, continent_id: 2, can_enni: 1 } } }),
      client.GET("/api/ports/{id}/port", { params: { path: { id: 512 } } }),
      client.GET("/api/services/{id}/graph/{type}", { params: { path: { id: 1024, type: "bandwidth" } } }),
    ]);
    for (const result of results) expect(result.response.status).toBe(200);
    expect(results[0]?.data?.id).toBe(1234);
    expect(results[9]?.data).toHaveProperty("graph");
    expect(pathsCalled().filter((p) => p.includes("oauth2")).length).toBe(before);
  });

  it("calls every write operation with JSON bodies the spec accepts", async () => {
    const created = await client.POST("/api/services/create", {
      body: { port_id: 512, service_port_id: 3001, product_id: 42, name: "London AWS primary", vlan: 20, aws_account: "123456789012", disable_auto_renew: false },
    });
    expect(created.response.status).toBe(200);
    const upgraded = await client.POST("/api/services/{id}/service/upgrade", { params: { path: { id: 1234 } }, body: { product_id: 44 } });
    expect(upgraded.data?.success).toBe(true);
    const renewed = await client.PUT("/api/services/{id}/service/renew", { params: { path: { id: 1234 } }, body: { disable_auto_renew: true } });
    expect(renewed.response.status).toBe(200);
    const interconnect = await client.POST("/api/services/create", {
      body: { port_id: 512, far_end_port_id: 2065, product_id: 43, name: "LON-AMS translated", cvlan_mapping_type: "translation", vlan: 300, translated_vlan: 400, disable_auto_renew: true },
    });
    expect(interconnect.response.status).toBe(200);
    const purchased = await client.POST("/api/ports/purchase", { body: { model: "unlimited", port_id: 88, name: "AMS core port", term: 12 } });
    expect(purchased.data?.success).toBe(true);
  });

  it("refreshes through /api/oauth2/refresh-token once the access token expires, with client id and secret", async () => {
    clock.advanceSeconds(3_601);
    const { response } = await client.GET("/api/services");
    expect(response.status).toBe(200);
    expect(pathsCalled().slice(-2)).toEqual(["POST /api/oauth2/refresh-token", "GET /api/services"]);
  });

  it("goes back to the client credentials grant once the 7-day refresh token has expired", async () => {
    clock.advanceSeconds(604_800 + 1);
    await client.GET("/api/services/types");
    expect(pathsCalled().slice(-2)).toEqual(["POST /api/oauth2/access-token", "GET /api/services/types"]);
  });

  it("returns documented error responses as typed results, and as ApiError with throwOnError", async () => {
    const result = await client.GET("/api/services/{id}/service", { params: { path: { id: 1234 } }, headers: { prefer: "code=404" } });
    expect(result.response.status).toBe(404);
    expect(result.error).toEqual({ success: false, message: "Not found." });

    const refused = await client.POST("/api/services/{id}/service/upgrade", {
      params: { path: { id: 1234 } },
      body: { product_id: 44 },
      headers: { prefer: "code=400, example=upgradedToday" },
    });
    expect(refused.response.status).toBe(400);
    expect(refused.error).toEqual({ success: false, message: "This service has already been upgraded today. Services can be upgraded once a day." });

    const throwing = contractClient(contract, { throwOnError: true });
    const error = await throwing.GET("/api/ports/{id}/port", { params: { path: { id: 512 } }, headers: { prefer: "code=404" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, operation: "GET /api/ports/{id}/port", body: { success: false } });
  });

  it("surfaces a documented token error as OAuthError without the secret", async () => {
    const failing = contractClient(contract, { fetch: preferring("code=401, example=invalidClient", "/api/oauth2/access-token", contract.fetch) });
    const error = await failing.GET("/api/services").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ error: "invalid_client", status: 401 });
    expect(String(error)).not.toContain("nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS");
  });

  afterAll(() => {
    contract.assertNoViolations();
    assertEveryOperationCalled(SPEC, contract.calls);
  });
});

describe("the contract check can fail", () => {
  it("reports a request without the bearer (Prism answers 401)", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    const client = contractClient(recorder);
    const url = new URL("/api/services", client.baseUrl);
    await recorder.fetch(url, { headers: { accept: "application/vnd.cloudlx.v1+json" } });
    expect(recorder.failures().length).toBe(1);
    expect(() => recorder.assertNoViolations()).toThrow();
  });

  it("reports a body the spec forbids (vlan above 4098 gets 422)", async () => {
    const recorder = createContractFetch(undefined, { onViolation: "record" });
    const client = contractClient(recorder);
    // The cast is the point: the types would have refused this body.
    const body = { port_id: 512, service_port_id: 3001, product_id: 42, name: "x", vlan: 5000 } as const;
    const { response } = await client.POST("/api/services/create", { body: body as never });
    expect(response.status).toBe(422);
    expect(recorder.failures().some((call) => call.status === 422)).toBe(true);
  });

  it("refuses a request without the vendor Accept header (Prism answers 406)", async () => {
    const token = await contractClient(contract).auth.getAccessToken();
    const response = await fetch(new URL("/api/services", contractClient(contract).baseUrl), {
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
    });
    expect(response.status).toBe(406);
  });
});
