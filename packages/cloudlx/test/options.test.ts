import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ClientConfigError, cloudlxMediaType, cloudlxOptionsFromEnv, createCloudlxClient, MissingEnvError } from "../src/index.js";

describe("createCloudlxClient options", () => {
  it("defaults to production and selects the demo host by name", () => {
    expect(createCloudlxClient({ clientId: "a", clientSecret: "b" }).baseUrl).toBe("https://cloudlx.epsilontel.com");
    expect(createCloudlxClient({ clientId: "a", clientSecret: "b", environment: "demo" }).baseUrl).toBe("https://democloudlx.epsilontel.com");
  });

  it.each([
    [{ clientId: "", clientSecret: "b" }, "clientId"],
    [{ clientId: "a", clientSecret: undefined as unknown as string }, "clientSecret"],
    [{ clientId: "a", clientSecret: "b", apiVersion: 0 }, "apiVersion"],
    [{ clientId: "a", clientSecret: "b", environment: "staging" as "demo" }, "environment"],
    [{ clientId: "a", clientSecret: "b", baseUrl: "not a url" }, "baseUrl"],
    // What the user set, not createAuth's `apiBaseUrl`; an own property, not Object.prototype's.
    [{ clientId: "a", clientSecret: "b", baseUrl: "http://cloudlx.example.test" }, "baseUrl"],
    [{ clientId: "a", clientSecret: "b", environment: "__proto__" as "demo" }, "environment"],
    [undefined as unknown as { clientId: string; clientSecret: string }, "options"],
  ])("names the bad option %#", (options, option) => {
    const error = (() => {
      try {
        createCloudlxClient(options);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ClientConfigError);
    expect((error as ClientConfigError).option).toBe(option);
    expect(String(error)).not.toContain("b\"");
  });

  it("says what to pass without options, lists the environments, and takes http only on loopback", () => {
    expect(() => createCloudlxClient(undefined as never)).toThrow("option `options` must be an object such as { clientId, clientSecret } or cloudlxOptionsFromEnv()");
    expect(() => createCloudlxClient({ clientId: "a", clientSecret: "b", environment: "__proto__" as "demo" })).toThrow('must be one of "production", "demo"');
    expect(createCloudlxClient({ clientId: "a", clientSecret: "b", baseUrl: "http://127.0.0.1:9/" }).baseUrl).toBe("http://127.0.0.1:9");
    expect(createCloudlxClient({ clientId: "a", clientSecret: "b", baseUrl: "http://cx.test", allowInsecureHttp: true }).baseUrl).toBe("http://cx.test");
  });

  it("defaults to the media type the spec declares in x-cloudlx-accept", () => {
    const spec = readFileSync(new URL("../../../specs/cloudlx.yaml", import.meta.url), "utf8");
    const declared = /^\s*x-cloudlx-accept:\s*(\S+)\s*$/m.exec(spec)?.[1];
    expect(declared).toBeDefined();
    expect(cloudlxMediaType()).toBe(declared);
  });

  it("sends the selected API version in Accept", async () => {
    const seen: string[] = [];
    const client = createCloudlxClient({
      clientId: "a",
      clientSecret: "b",
      apiVersion: 2,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push(request.headers.get("accept") ?? "");
        const body = request.url.includes("oauth2")
          ? { access_token: "t", token_type: "Bearer", expires_in: 3600, refresh_token: "r" }
          : { services: [] };
        return new Response(JSON.stringify(body), { headers: { "content-type": "application/vnd.cloudlx.v2+json" } });
      },
    });
    await client.GET("/api/services");
    expect(seen).toEqual(["application/vnd.cloudlx.v2+json", "application/vnd.cloudlx.v2+json"]);
  });
});

describe("cloudlxOptionsFromEnv", () => {
  it("reads the documented variables", () => {
    expect(cloudlxOptionsFromEnv({ CLOUDLX_CLIENT_ID: "id", CLOUDLX_CLIENT_SECRET: "s", CLOUDLX_ENVIRONMENT: "demo", CLOUDLX_API_VERSION: "1" })).toEqual({
      clientId: "id",
      clientSecret: "s",
      environment: "demo",
      apiVersion: 1,
    });
  });

  it.each([
    ["CLOUDLX_ENVIRONMENT", "staging"],
    ["CLOUDLX_ENVIRONMENT", "constructor"],
    ["CLOUDLX_API_VERSION", "0"],
    ["CLOUDLX_API_VERSION", "1.5"],
    ["CLOUDLX_API_VERSION", "v1"],
    ["CLOUDLX_BASE_URL", "not-a-url"],
  ])("names %s when its value %j is unusable, without echoing the secret", (variable, value) => {
    const env = { CLOUDLX_CLIENT_ID: "id", CLOUDLX_CLIENT_SECRET: "very-secret", [variable]: value };
    const error = (() => {
      try {
        cloudlxOptionsFromEnv(env);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ClientConfigError);
    expect((error as ClientConfigError).option).toBe(variable);
    expect(String(error)).not.toContain("very-secret");
  });

  it("passes CLOUDLX_BASE_URL through and the client uses it", () => {
    const options = cloudlxOptionsFromEnv({ CLOUDLX_CLIENT_ID: "id", CLOUDLX_CLIENT_SECRET: "s", CLOUDLX_BASE_URL: "https://cloudlx.example.test" });
    expect(createCloudlxClient(options).baseUrl).toBe("https://cloudlx.example.test");
  });

  it("names every missing variable", () => {
    expect(() => cloudlxOptionsFromEnv({})).toThrow(MissingEnvError);
    expect(() => cloudlxOptionsFromEnv({})).toThrow(/CLOUDLX_CLIENT_ID, CLOUDLX_CLIENT_SECRET/);
  });
});
