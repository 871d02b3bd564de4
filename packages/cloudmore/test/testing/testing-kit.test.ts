import { OAuthError } from "@cloud-sdks/auth";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCloudmoreClient, type CloudmoreOptions } from "../../src/index.js";
import { createCloudmoreMock } from "../../src/testing.js";

const OPTIONS: CloudmoreOptions = { clientId: "ro.client", clientSecret: "client-secret", username: "admin@reseller.example", password: "user-password" };
const mock = createCloudmoreMock({
  credentials: { client_id: OPTIONS.clientId, client_secret: OPTIONS.clientSecret, username: OPTIONS.username, password: OPTIONS.password },
});
const server = setupServer(...mock.handlers);
const RESELLER = "ca6430d3-7f6a-0049-8075-72921f062eb8";

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  mock.resetViolations();
});
afterAll(() => server.close());

describe("@cloud-sdks/cloudmore/testing", () => {
  it.each(["client_secret_post", "client_secret_basic"] as const)("issues a 24 h JWT for the password grant with client credentials sent %s", async (clientAuthentication) => {
    const cloudmore = createCloudmoreClient({ ...OPTIONS, clientAuthentication });
    const { data } = await cloudmore.GET("/api/resellers/{resellerId}/Organizations", { params: { path: { resellerId: RESELLER } } });
    expect(Array.isArray(data)).toBe(true);
    const token = await cloudmore.auth.getAccessToken();
    const claims = JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(86_400);
    mock.assertNoViolations();
  });

  it("refuses a wrong password with Cloudmore's invalid_grant and a wrong secret with invalid_client", async () => {
    const wrongPassword = await createCloudmoreClient({ ...OPTIONS, password: "nope" }).GET("/api/services/categories").catch((error: unknown) => error);
    expect(wrongPassword).toBeInstanceOf(OAuthError);
    expect(wrongPassword).toMatchObject({ error: "invalid_grant", error_description: "The user name or password is incorrect.", status: 400 });
    const wrongSecret = await createCloudmoreClient({ ...OPTIONS, clientSecret: "nope" }).GET("/api/services/categories").catch((error: unknown) => error);
    expect(wrongSecret).toMatchObject({ error: "invalid_client", status: 400 });
  });

  it("fails a request with a reseller id that is not a UUID, naming the parameter and the format", async () => {
    const { response } = await createCloudmoreClient(OPTIONS).GET("/api/resellers/{resellerId}/Organizations", { params: { path: { resellerId: "reseller-1" } } });
    expect(response.status).toBe(400);
    expect(() => mock.assertNoViolations()).toThrow(/path parameter resellerId: String does not match format "uuid"/);
  });
});
