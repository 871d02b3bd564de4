import { describe, expect, it } from "vitest";
import { createCloudmoreAuth } from "../src/index.js";

const base = { clientId: "ro.client", clientSecret: "s3cr3t", username: "admin@reseller.example", password: "p4ss" };
const NOW = Date.UTC(2024, 5, 19, 8, 0, 0);

function jwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return `${encode({ alg: "RS256", typ: "JWT" })}.${encode(claims)}.signature`;
}

/** A token endpoint answering with `body`; records the form it was sent. */
function tokenEndpoint(body: Record<string, unknown>) {
  const forms: URLSearchParams[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    forms.push(new URLSearchParams(await request.text()));
    return Response.json(body);
  };
  return { fetch, forms };
}

describe("Cloudmore token lifetime", () => {
  it("comes from expires_in when Cloudmore sends it", async () => {
    const endpoint = tokenEndpoint({ access_token: jwt({ exp: NOW / 1000 + 60 }), token_type: "Bearer", expires_in: 86_400 });
    const tokens = await createCloudmoreAuth({ ...base, fetch: endpoint.fetch, now: () => NOW }).getTokens();
    expect(tokens.expiresAt).toBe(NOW + 86_400_000);
  });

  it("comes from the JWT's exp claim when expires_in is missing", async () => {
    const endpoint = tokenEndpoint({ access_token: jwt({ nbf: NOW / 1000, exp: NOW / 1000 + 3_600 }), token_type: "Bearer" });
    const tokens = await createCloudmoreAuth({ ...base, fetch: endpoint.fetch, now: () => NOW }).getTokens();
    expect(tokens.expiresAt).toBe(NOW + 3_600_000);
  });

  it("asks /connect/token of the chosen host with the password grant and scope=api", async () => {
    const endpoint = tokenEndpoint({ access_token: jwt({ exp: NOW / 1000 + 60 }), token_type: "Bearer", expires_in: 60 });
    let url = "";
    const auth = createCloudmoreAuth({
      ...base,
      environment: "staging",
      now: () => NOW,
      fetch: async (input, init) => {
        url = new Request(input, init).url;
        return endpoint.fetch(input, init);
      },
    });
    await auth.getAccessToken();
    expect(url).toBe("https://api-staging.cloudmore.com/connect/token");
    expect(Object.fromEntries(endpoint.forms[0] ?? [])).toEqual({
      grant_type: "password",
      username: base.username,
      password: base.password,
      scope: "api",
      client_id: base.clientId,
      client_secret: base.clientSecret,
    });
  });
});
