import { describe, expect, it } from "vitest";
import { ClientConfigError, cloudcherryOptionsFromEnv, createCloudcherryClient, MissingEnvError, type CloudcherryOptions } from "../src/index.js";

describe("createCloudcherryClient options", () => {
  it("takes a password or an API key, not both and not neither", () => {
    expect(() => createCloudcherryClient({ username: "u", password: "p", apiKey: "k" } as unknown as CloudcherryOptions)).toThrow(ClientConfigError);
    expect(() => createCloudcherryClient({ username: "u" } as unknown as CloudcherryOptions)).toThrow(/either `password` or `apiKey`/);
    expect(createCloudcherryClient({ username: "u", apiKey: "k" }).baseUrl).toBe("https://api.getcloudcherry.com");
  });

  it("rejects an unknown auth mode", () => {
    expect(() => createCloudcherryClient({ username: "u", password: "p", auth: "oauth" as "token" })).toThrow(/"token" or "basic"/);
  });

  it("sends Basic credentials on every call in basic mode", async () => {
    const seen: (string | null)[] = [];
    const cc = createCloudcherryClient({
      username: "u",
      apiKey: "k3y",
      auth: "basic",
      fetch: async (input, init) => {
        seen.push(new Request(input, init).headers.get("authorization"));
        return Response.json({});
      },
    });
    await cc.GET("/api/settings");
    expect(seen).toEqual([`Basic ${btoa("u:k3y")}`]);
  });
});

describe("cloudcherryOptionsFromEnv", () => {
  it("prefers the password and falls back to the API key", () => {
    expect(cloudcherryOptionsFromEnv({ CLOUDCHERRY_USERNAME: "u", CLOUDCHERRY_PASSWORD: "p" })).toEqual({ username: "u", password: "p" });
    expect(cloudcherryOptionsFromEnv({ CLOUDCHERRY_USERNAME: "u", CLOUDCHERRY_API_KEY: "k", CLOUDCHERRY_AUTH: "basic" })).toEqual({ username: "u", apiKey: "k", auth: "basic" });
  });

  it("says which variables are missing", () => {
    expect(() => cloudcherryOptionsFromEnv({})).toThrow(MissingEnvError);
    expect(() => cloudcherryOptionsFromEnv({ CLOUDCHERRY_USERNAME: "u" })).toThrow(/CLOUDCHERRY_PASSWORD or CLOUDCHERRY_API_KEY/);
  });
});
