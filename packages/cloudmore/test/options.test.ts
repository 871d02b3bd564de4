import { describe, expect, it } from "vitest";
import { ClientConfigError, cloudmoreOptionsFromEnv, createCloudmoreClient, MissingEnvError } from "../src/index.js";

const base = { clientId: "c", clientSecret: "s3cr3t", username: "u", password: "p4ss" };

describe("createCloudmoreClient options", () => {
  it("defaults to production and selects staging by name", () => {
    expect(createCloudmoreClient(base).baseUrl).toBe("https://api.cloudmore.com");
    expect(createCloudmoreClient({ ...base, environment: "staging" }).baseUrl).toBe("https://api-staging.cloudmore.com");
  });

  it.each(["clientId", "clientSecret", "username", "password"] as const)("names a missing %s", (option) => {
    expect(() => createCloudmoreClient({ ...base, [option]: "" })).toThrow(ClientConfigError);
    expect(() => createCloudmoreClient({ ...base, [option]: "" })).toThrow(`\`${option}\``);
  });

  it("rejects an empty resellerId and an unknown environment, naming the option", () => {
    expect(() => createCloudmoreClient({ ...base, resellerId: " " })).toThrow("`resellerId`");
    expect(() => createCloudmoreClient({ ...base, environment: "prod" as never })).toThrow("`environment`");
    expect(() => createCloudmoreClient({ ...base, environment: "constructor" as never })).toThrow('option `environment` must be one of "production", "staging"');
    expect(createCloudmoreClient({ ...base, resellerId: "r-1" }).resellerId).toBe("r-1");
  });

  it("names what the user set: no options object, an http baseUrl (not createAuth's apiBaseUrl), CLOUDMORE_BASE_URL", () => {
    expect(() => createCloudmoreClient(undefined as never)).toThrow("option `options` must be an object such as { clientId, clientSecret, username, password }");
    expect(() => createCloudmoreClient({ ...base, baseUrl: "http://api.cloudmore.example" })).toThrow("option `baseUrl` must use https");
    expect(() => createCloudmoreClient({ ...base, baseUrl: "https://user:pw@api.cloudmore.example" })).toThrow("option `baseUrl` must not embed credentials");
    const env = { CLOUDMORE_CLIENT_ID: "c", CLOUDMORE_CLIENT_SECRET: "s3cr3t", CLOUDMORE_USERNAME: "u", CLOUDMORE_PASSWORD: "p4ss" };
    expect(() => cloudmoreOptionsFromEnv({ ...env, CLOUDMORE_BASE_URL: "not-a-url" })).toThrow("option `CLOUDMORE_BASE_URL` must be an absolute URL");
  });

  it("never puts a secret in a configuration error", () => {
    const error = (() => {
      try {
        createCloudmoreClient({ ...base, clientId: "" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ClientConfigError);
    expect(JSON.stringify(error) + String(error)).not.toMatch(/s3cr3t|p4ss/);
  });

  it("sends client credentials in the form by default and as Basic on request", async () => {
    const bodies: string[] = [];
    const authorizations: (string | null)[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.url.endsWith("/connect/token")) {
        bodies.push(await request.text());
        authorizations.push(request.headers.get("authorization"));
        return Response.json({ access_token: "a.b.c", token_type: "Bearer", expires_in: 86400 });
      }
      return Response.json([]);
    };
    await createCloudmoreClient({ ...base, fetch }).GET("/api/services/categories");
    await createCloudmoreClient({ ...base, fetch, clientAuthentication: "client_secret_basic" }).GET("/api/services/categories");
    const [post, basic] = bodies.map((b) => new URLSearchParams(b));
    expect(post?.get("client_secret")).toBe("s3cr3t");
    expect(post?.get("scope")).toBe("api");
    expect(post?.get("grant_type")).toBe("password");
    expect(authorizations[0]).toBeNull();
    expect(basic?.get("client_secret")).toBeNull();
    expect(authorizations[1]).toBe(`Basic ${btoa("c:s3cr3t")}`);
  });
});

describe("cloudmoreOptionsFromEnv", () => {
  it("reads the documented variables", () => {
    const env = { CLOUDMORE_CLIENT_ID: "c", CLOUDMORE_CLIENT_SECRET: "s", CLOUDMORE_USERNAME: "u", CLOUDMORE_PASSWORD: "p", CLOUDMORE_CLIENT_AUTH: "basic", CLOUDMORE_RESELLER_ID: "r" };
    expect(cloudmoreOptionsFromEnv(env)).toEqual({ clientId: "c", clientSecret: "s", username: "u", password: "p", clientAuthentication: "client_secret_basic", resellerId: "r" });
  });

  it("rejects an unknown CLOUDMORE_ENVIRONMENT by name and accepts staging", () => {
    const env = { CLOUDMORE_CLIENT_ID: "c", CLOUDMORE_CLIENT_SECRET: "s", CLOUDMORE_USERNAME: "u", CLOUDMORE_PASSWORD: "p" };
    expect(() => cloudmoreOptionsFromEnv({ ...env, CLOUDMORE_ENVIRONMENT: "prod" })).toThrow(/CLOUDMORE_ENVIRONMENT.*"production", "staging"/);
    expect(() => cloudmoreOptionsFromEnv({ ...env, CLOUDMORE_CLIENT_AUTH: "constructor" })).toThrow(ClientConfigError);
    expect(cloudmoreOptionsFromEnv({ ...env, CLOUDMORE_ENVIRONMENT: "staging" }).environment).toBe("staging");
  });

  it("names every missing variable and rejects an unknown client auth", () => {
    expect(() => cloudmoreOptionsFromEnv({})).toThrow(MissingEnvError);
    expect(() => cloudmoreOptionsFromEnv({})).toThrow(/CLOUDMORE_CLIENT_ID, CLOUDMORE_CLIENT_SECRET, CLOUDMORE_USERNAME, CLOUDMORE_PASSWORD/);
    const env = { CLOUDMORE_CLIENT_ID: "c", CLOUDMORE_CLIENT_SECRET: "s", CLOUDMORE_USERNAME: "u", CLOUDMORE_PASSWORD: "p", CLOUDMORE_CLIENT_AUTH: "header" };
    expect(() => cloudmoreOptionsFromEnv(env)).toThrow(/"body" or "basic"/);
  });
});
