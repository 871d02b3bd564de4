import { describe, expect, it } from "vitest";
import { main as cloudcherry } from "../src/cloudcherry.js";
import { main as cloudlx } from "../src/cloudlx.js";
import { main as cloudmore } from "../src/cloudmore.js";
import { captureLog, prismEnv } from "./prism-env.js";

describe("one script per provider, against Prism", () => {
  it("cloudlx lists the spec's example services and ports", async () => {
    const { lines, log } = captureLog();
    await cloudlx(prismEnv.cloudlx(), log);
    expect(lines.some((line) => /^service \d+: .+ \(\d+\s*[MG]bps\)$/i.test(line)), lines.join("\n")).toBe(true);
    expect(lines).toContain("port 512: Test Port");
  });

  it("cloudmore lists categories, and organizations once a reseller id is set", async () => {
    const withoutReseller = captureLog();
    await cloudmore(prismEnv.cloudmore(), withoutReseller.log);
    expect(withoutReseller.lines.filter((line) => line.startsWith("category ")).length).toBeGreaterThan(0);
    expect(withoutReseller.lines.at(-1)).toBe("set CLOUDMORE_RESELLER_ID to list the reseller's organizations too");

    const withReseller = captureLog();
    await cloudmore({ ...prismEnv.cloudmore(), CLOUDMORE_RESELLER_ID: "ca6430d3-7f6a-0049-8075-72921f062eb8" }, withReseller.log);
    expect(withReseller.lines.filter((line) => line.startsWith("organization ")).length).toBeGreaterThan(0);
  });

  it("cloudcherry shows the login response's extra fields and the active questions", async () => {
    const { lines, log } = captureLog();
    await cloudcherry(prismEnv.cloudcherry(), log);
    expect(lines[0]).toBe("logged in as acmecx (User, station uswest)");
    expect(lines.filter((line) => line.startsWith("question ")).length).toBeGreaterThan(0);
  });

  it("fails with the typed missing-variables error when credentials are not set", async () => {
    await expect(cloudlx({ CLOUDLX_CLIENT_ID: "only-the-id" })).rejects.toMatchObject({
      code: "CLIENT_ENV_MISSING",
      message: expect.stringContaining("CLOUDLX_CLIENT_SECRET"),
    });
  });
});
