import { prismUrl } from "@cloud-sdks/prism-harness/vitest";

/**
 * Environment records pointing each provider at its Prism mock, with the specs' example
 * credentials (Prism checks the form of a token request, not the values).
 */
export const prismEnv = {
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

export const CLOUDLX_SECRET = "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS";

/** Every secret in `prismEnv`, per provider: none may appear in a log line or a token file. */
export const SECRETS = {
  cloudmore: ["3f6c1d9e-client-secret-from-cloudmore", "N0t-a-real-Pa55word!"],
  cloudcherry: ["correct-horse-battery-staple"],
  cloudlx: [CLOUDLX_SECRET],
} as const;

/** A log that keeps the lines for assertions. */
export function captureLog(): { lines: string[]; log: (line: string) => void } {
  const lines: string[] = [];
  return { lines, log: (line) => lines.push(line) };
}
