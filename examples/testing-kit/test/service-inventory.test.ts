/**
 * A user's own vitest test, written with @cloud-sdks/cloudlx/testing: the handlers answer as
 * CloudLX's spec documents, and every request is checked against the spec.
 */
import { createCloudlxClient } from "@cloud-sdks/cloudlx";
import { createCloudlxMock } from "@cloud-sdks/cloudlx/testing";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { connectionProblem, orderService, pausedServices } from "../src/service-inventory.js";

const mock = createCloudlxMock({ credentials: { client_id: "test-id", client_secret: "test-secret" } });
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  // Any request CloudLX would have refused fails the test that sent it, listing what was wrong.
  mock.assertNoViolations();
});
afterAll(() => server.close());

const cloudlx = () => createCloudlxClient({ clientId: "test-id", clientSecret: "test-secret", throwOnError: true });

describe("service inventory", () => {
  it("lists the paused services (the spec's example has one)", async () => {
    expect(await pausedServices(cloudlx())).toEqual(["LON-AMS interconnect"]);
  });

  it("handles a customer without services (a typed override)", async () => {
    server.use(mock.http.get("/api/services", ({ response }) => response(200).json({ services: [] })));
    expect(await pausedServices(cloudlx())).toEqual([]);
  });

  it("tells the operator when CloudLX refuses the credentials (the documented invalid_client, typed)", async () => {
    const wrongSecret = createCloudlxClient({ clientId: "test-id", clientSecret: "rotated-away" });
    expect(await connectionProblem(wrongSecret)).toMatch(/refused the client id or secret/);
  });

  it("orders a service with a VLAN CloudLX accepts", async () => {
    expect(await orderService(cloudlx(), { portId: 512, servicePortId: 77, productId: 9, name: "London AWS", vlan: 20 })).toBeTypeOf("string");
  });

  it("a VLAN CloudLX would refuse fails with a message naming the field", async () => {
    const order = orderService(cloudlx(), { portId: 512, servicePortId: 77, productId: 9, name: "London AWS", vlan: 5000 });
    await expect(order).rejects.toThrow("POST /api/services/create does not match specs/cloudlx.yaml: body vlan: 5000 is greater than 4098");
    // This test sent the bad request on purpose; afterEach would fail on it otherwise.
    expect(mock.violations).toHaveLength(1);
    mock.resetViolations();
  });
});
