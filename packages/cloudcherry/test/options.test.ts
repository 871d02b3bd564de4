import { describe, expect, it } from "vitest";
import {
  ClientConfigError,
  cloudcherryOptionsFromEnv,
  createCloudcherryAuth,
  createCloudcherryClient,
  MissingEnvError,
  type CloudcherryOptions,
} from "../src/index.js";

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

const loose = (options: unknown) => options as CloudcherryOptions;

describe("createCloudcherryClient options", () => {
  it("defaults to the production host and token mode", () => {
    const cc = createCloudcherryClient({ username: "u", apiKey: "k" });
    expect(cc.baseUrl).toBe("https://api.getcloudcherry.com");
    expect(cc.authMode).toBe("token");
  });

  it("takes exactly one of password and apiKey, naming them", () => {
    const both = () => createCloudcherryClient(loose({ username: "u", password: "p", apiKey: "k" }));
    expect(both).toThrow(ClientConfigError);
    expect(both).toThrow("option `apiKey` cannot be combined with `password`: pass exactly one of them");
    const neither = () => createCloudcherryClient(loose({ username: "u" }));
    expect(neither).toThrow("option `password` or `apiKey` is required: pass exactly one");
    expect(() => createCloudcherryClient({ username: "u", password: "" })).toThrow("option `password` is required and must be a non-empty string");
    expect(() => createCloudcherryClient({ username: "u", apiKey: " " })).toThrow("option `apiKey` is required");
  });

  it("names a missing username, a bad auth mode, a bad baseUrl and a non-object", () => {
    expect(() => createCloudcherryClient(loose({ password: "p" }))).toThrow("option `username` is required");
    expect(() => createCloudcherryClient(loose({ username: "u", password: "p", auth: "oauth" }))).toThrow('option `auth` must be "token" (default) or "basic"');
    expect(() => createCloudcherryClient({ username: "u", password: "p", baseUrl: "api.getcloudcherry.com" })).toThrow("option `baseUrl` must be an absolute URL");
    expect(() => createCloudcherryClient(loose(undefined))).toThrow("option `options` must be an object");
    expect(() => createCloudcherryClient({ username: "u", password: "p", baseUrl: "http://api.example.test" })).toThrow("option `baseUrl` must use https");
    expect(() => createCloudcherryClient(loose({ username: "u", password: "p", environment: "__proto__" }))).toThrow('option `environment` must be one of "production"');
    expect(() => createCloudcherryAuth(loose(null))).toThrow(ClientConfigError);
  });

  it("keeps the secret out of every option error", () => {
    const error = thrownBy(() => createCloudcherryClient(loose({ username: "u", password: "hunter2-secret", apiKey: "key-secret", auth: "nope" })));
    expect(error).toBeInstanceOf(ClientConfigError);
    for (const view of [String(error), JSON.stringify(error)]) {
      expect(view).not.toContain("hunter2-secret");
      expect(view).not.toContain("key-secret");
    }
  });

  it("sends Basic credentials on every call in basic mode, and never logs in", async () => {
    const seen: string[] = [];
    const cc = createCloudcherryClient({
      username: "u",
      apiKey: "k3y",
      auth: "basic",
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push(`${new URL(request.url).pathname} ${request.headers.get("authorization")}`);
        return Response.json({});
      },
    });
    expect(cc.authMode).toBe("basic");
    await cc.GET("/api/settings");
    await cc.GET("/api/questions");
    expect(seen).toEqual([`/api/settings Basic ${btoa("u:k3y")}`, `/api/questions Basic ${btoa("u:k3y")}`]);
  });
});

describe("cloudcherryOptionsFromEnv", () => {
  it("reads the username with the password or the API key, plus optional mode and host", () => {
    expect(cloudcherryOptionsFromEnv({ CLOUDCHERRY_USERNAME: "u", CLOUDCHERRY_PASSWORD: "p" })).toEqual({ username: "u", password: "p" });
    expect(
      cloudcherryOptionsFromEnv({ CLOUDCHERRY_USERNAME: "u", CLOUDCHERRY_API_KEY: "k", CLOUDCHERRY_AUTH: "basic", CLOUDCHERRY_BASE_URL: "https://eu.example.test" }),
    ).toEqual({ username: "u", apiKey: "k", auth: "basic", baseUrl: "https://eu.example.test" });
  });

  it("names every missing variable, and says to set a password or an API key", () => {
    const nothing = () => cloudcherryOptionsFromEnv({});
    expect(nothing).toThrow(MissingEnvError);
    expect(nothing).toThrow(/CLOUDCHERRY_USERNAME.*CLOUDCHERRY_PASSWORD or CLOUDCHERRY_API_KEY/);
    expect(() => cloudcherryOptionsFromEnv({ CLOUDCHERRY_USERNAME: "u", CLOUDCHERRY_PASSWORD: "" })).toThrow("set CLOUDCHERRY_PASSWORD or CLOUDCHERRY_API_KEY");
    expect(() => cloudcherryOptionsFromEnv({ CLOUDCHERRY_API_KEY: "k" })).toThrow("set CLOUDCHERRY_USERNAME in the environment.");
    expect(thrownBy(() => cloudcherryOptionsFromEnv({ CLOUDCHERRY_USERNAME: "u" }))).toMatchObject({
      code: "CLIENT_ENV_MISSING",
      variables: ["CLOUDCHERRY_PASSWORD or CLOUDCHERRY_API_KEY"],
    });
  });

  it("refuses both secrets, a bad mode and a bad host, naming the variable but not its value", () => {
    const both = () => cloudcherryOptionsFromEnv({ CLOUDCHERRY_USERNAME: "u", CLOUDCHERRY_PASSWORD: "pw-value", CLOUDCHERRY_API_KEY: "key-value" });
    expect(both).toThrow("option `CLOUDCHERRY_API_KEY` cannot be set together with CLOUDCHERRY_PASSWORD");
    expect(both).not.toThrow(/pw-value|key-value/);
    expect(() => cloudcherryOptionsFromEnv({ CLOUDCHERRY_USERNAME: "u", CLOUDCHERRY_PASSWORD: "p", CLOUDCHERRY_AUTH: "Bearer" })).toThrow("`CLOUDCHERRY_AUTH` must be");
    expect(() => cloudcherryOptionsFromEnv({ CLOUDCHERRY_USERNAME: "u", CLOUDCHERRY_PASSWORD: "p", CLOUDCHERRY_BASE_URL: "not a url" })).toThrow(
      "`CLOUDCHERRY_BASE_URL` must be an absolute URL",
    );
  });
});
