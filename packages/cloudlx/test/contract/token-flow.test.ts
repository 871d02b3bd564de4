import { createContractFetch } from "@cloud-sdks/prism-harness";
import { describe, expect, it } from "vitest";
import { CLOUDLX_TOKEN_ERROR_REMEDIES, OAuthError } from "../../src/index.js";
import { contractClient, CREDENTIALS, manualClock, preferring, requestRecorder } from "./support.js";

const MEDIA_TYPE = "application/vnd.cloudlx.v1+json";

describe("CloudLX token requests against Prism", () => {
  it("sends the documented forms and the vendor Accept to both token endpoints", async () => {
    const recorder = requestRecorder();
    const contract = createContractFetch(recorder.fetch);
    const clock = manualClock();
    const client = contractClient(contract, { now: clock.now });

    await client.GET("/api/services");
    clock.advanceSeconds(3_601);
    await client.GET("/api/services");

    const [grant, , refresh] = recorder.sent;
    expect(recorder.sent.map((request) => request.path)).toEqual([
      "/api/oauth2/access-token",
      "/api/services",
      "/api/oauth2/refresh-token",
      "/api/services",
    ]);
    expect(Object.fromEntries(grant?.form ?? [])).toEqual({ grant_type: "client_credentials", client_id: CREDENTIALS.clientId, client_secret: CREDENTIALS.clientSecret });
    expect(Object.fromEntries(refresh?.form ?? [])).toEqual({
      grant_type: "refresh_token",
      // The spec's example refresh token, which Prism issued for the first grant.
      refresh_token: "PlaIgVUTpQpGKWgRqIXjfNn3GWQzkizPraHQLhGQ",
      client_id: CREDENTIALS.clientId,
      client_secret: CREDENTIALS.clientSecret,
    });
    for (const request of recorder.sent) expect(request.accept).toBe(MEDIA_TYPE);
    contract.assertNoViolations();
  });

  it("falls back to the client credentials grant when a refresh is refused with invalid_grant", async () => {
    const contract = createContractFetch();
    const clock = manualClock();
    const client = contractClient(contract, {
      now: clock.now,
      fetch: preferring("code=400, example=invalidGrant", "/api/oauth2/refresh-token", contract.fetch),
    });

    await client.GET("/api/services");
    clock.advanceSeconds(3_601);
    const { response } = await client.GET("/api/services");

    expect(response.status).toBe(200);
    expect(contract.calls.map((call) => `${call.status} ${new URL(call.url).pathname}`)).toEqual([
      "200 /api/oauth2/access-token",
      "200 /api/services",
      "400 /api/oauth2/refresh-token",
      "200 /api/oauth2/access-token",
      "200 /api/services",
    ]);
    contract.assertNoViolations();
  });

  it.each([
    ["code=401, example=invalidClient", "invalid_client", 401],
    ["code=400, example=unauthorizedClient", "unauthorized_client", 400],
    ["code=400, example=unsupportedGrantType", "unsupported_grant_type", 400],
  ])("turns the documented token error %s into an OAuthError with CloudLX's remedy and no secret", async (prefer, code, status) => {
    const contract = createContractFetch();
    const client = contractClient(contract, { fetch: preferring(prefer, "/api/oauth2/access-token", contract.fetch) });

    const error = await client.auth.getAccessToken().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ error: code, status, remedy: CLOUDLX_TOKEN_ERROR_REMEDIES[code] });
    expect((error as Error).message).toContain(CLOUDLX_TOKEN_ERROR_REMEDIES[code]);
    const visible = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack ?? ""}`;
    expect(visible).not.toContain(CREDENTIALS.clientSecret);
    contract.assertNoViolations();
  });
});
