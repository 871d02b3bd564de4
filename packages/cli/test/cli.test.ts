import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { describe, expect, it } from "vitest";
import { specTokenExample } from "./spec-token.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built bin with exactly `env` (plus PATH): no credential of the machine leaks in. */
function cli(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env["PATH"] ?? "", ...env } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

// The specs' example credentials: Prism checks the form of the token request, not the values.
const ENV = {
  cloudmore: () => ({
    CLOUDMORE_BASE_URL: prismUrl("cloudmore"),
    CLOUDMORE_CLIENT_ID: "ro.client",
    CLOUDMORE_CLIENT_SECRET: "3f6c1d9e-client-secret-from-cloudmore",
    CLOUDMORE_USERNAME: "api.admin@example-reseller.com",
    CLOUDMORE_PASSWORD: "N0t-a-real-Pa55word!",
  }),
  cloudcherry: () => ({
    CLOUDCHERRY_BASE_URL: prismUrl("cloudcherry"),
    CLOUDCHERRY_USERNAME: "acmecx",
    CLOUDCHERRY_PASSWORD: "correct-horse-battery-staple",
  }),
  cloudlx: () => ({
    CLOUDLX_BASE_URL: prismUrl("cloudlx"),
    CLOUDLX_CLIENT_ID: "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
    CLOUDLX_CLIENT_SECRET: "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS",
  }),
};

const TOKEN_PATHS = { cloudmore: "/connect/token", cloudcherry: "/api/LoginToken", cloudlx: "/api/oauth2/access-token" } as const;

describe("cloud-sdks token <provider> against Prism", () => {
  for (const provider of ["cloudmore", "cloudcherry", "cloudlx"] as const) {
    it(`prints the access token of the ${provider} spec's token response, and nothing else`, async () => {
      const run = await cli(["token", provider], ENV[provider]());
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${String(specTokenExample(provider, TOKEN_PATHS[provider])["access_token"])}\n`);
    });
  }

  it("--json prints the token response in the provider's shape, extra fields included", async () => {
    const example = specTokenExample("cloudcherry", TOKEN_PATHS.cloudcherry);
    const run = await cli(["token", "cloudcherry", "--json"], ENV.cloudcherry());
    expect(run.code, run.stderr).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(printed["access_token"]).toBe(example["access_token"]);
    expect(String(printed["token_type"]).toLowerCase()).toBe("bearer");
    // Just fetched: what is left is the lifetime the response stated, give or take a second.
    expect(printed["expires_in"]).toBeGreaterThanOrEqual(Number(example["expires_in"]) - 2);
    expect(printed["expires_in"]).toBeLessThanOrEqual(Number(example["expires_in"]));
    expect(printed["userName"]).toBe(example["userName"]);
    expect(printed["station"]).toBe(example["station"]);
    expect(printed).not.toHaveProperty("accessToken");
  });

  it("--json includes CloudLX's refresh token", async () => {
    const example = specTokenExample("cloudlx", TOKEN_PATHS.cloudlx);
    const run = await cli(["token", "cloudlx", "--json"], ENV.cloudlx());
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ access_token: example["access_token"], refresh_token: example["refresh_token"] });
  });
});

describe("cloud-sdks errors", () => {
  it("names every missing variable and prints no value of the ones that are set", async () => {
    const run = await cli(["token", "cloudmore"], { CLOUDMORE_USERNAME: "visible-user-value", CLOUDMORE_PASSWORD: "secret-password-value" });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("CLOUDMORE_CLIENT_ID");
    expect(run.stderr).toContain("CLOUDMORE_CLIENT_SECRET");
    expect(run.stderr).toContain("CLIENT_ENV_MISSING");
    expect(run.stderr).not.toContain("visible-user-value");
    expect(run.stderr).not.toContain("secret-password-value");
  });

  it("ends with exit code 1 and a secret-free message when the token request fails", async () => {
    // Nothing listens on port 9: the token request cannot succeed.
    const run = await cli(["token", "cloudlx"], { ...ENV.cloudlx(), CLOUDLX_BASE_URL: "http://127.0.0.1:9" });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^cloud-sdks: /);
    expect(run.stderr).not.toContain("nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS");
  });

  it("rejects an unknown provider with exit code 1 and lists the known ones", async () => {
    const run = await cli(["token", "nowhere"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('unknown provider "nowhere": choose one of cloudmore, cloudcherry, cloudlx.');
  });

  it("answers wrong usage with exit code 2", async () => {
    for (const args of [[], ["token"], ["token", "cloudlx", "--bogus"], ["fetch", "cloudlx"]]) {
      const run = await cli(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toContain('Run "cloud-sdks --help" for usage.');
    }
  });

  it("--help lists the providers with their required variables", async () => {
    const run = await cli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: cloud-sdks token <provider> [--json]");
    expect(run.stdout).toMatch(/cloudlx\s+CloudLX: CLOUDLX_CLIENT_ID, CLOUDLX_CLIENT_SECRET\n/);
    expect(run.stdout).toMatch(/cloudcherry\s+CloudCherry: CLOUDCHERRY_USERNAME, CLOUDCHERRY_PASSWORD or CLOUDCHERRY_API_KEY\n/);
  });
});
