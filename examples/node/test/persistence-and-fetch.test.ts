import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main as customFetch } from "../src/custom-fetch.js";
import { main as persistTokens } from "../src/persist-tokens.js";
import { CLOUDLX_SECRET, captureLog, prismEnv } from "./prism-env.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cloud-sdks-example-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("token persistence to a file", () => {
  it("requests a token on the first run only, in a 0600 file without the client secret", async () => {
    const file = path.join(dir, "nested", "tokens.json");
    const env = { ...prismEnv.cloudlx(), CLOUD_SDKS_TOKEN_FILE: file };

    const first = captureLog();
    await persistTokens(env, first.log);
    expect(first.lines.filter((line) => line.startsWith("new access token"))).toHaveLength(1);

    const second = captureLog();
    await persistTokens(env, second.log);
    expect(second.lines.filter((line) => line.startsWith("new access token"))).toHaveLength(0);
    expect(second.lines.at(-1)).toMatch(/^\d+ services; tokens kept in /);

    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const contents = await readFile(file, "utf8");
    expect(contents).toContain("accessToken");
    expect(contents).not.toContain(CLOUDLX_SECRET);
  });
});

describe("custom fetch", () => {
  it("sees the token request and the API requests, and logs no secret", async () => {
    const { lines, log } = captureLog();
    await customFetch(prismEnv.cloudlx(), log);
    expect(lines.map((line) => line.replace(/ in \d+ ms$/, ""))).toEqual([
      "POST /api/oauth2/access-token → 200",
      "GET /api/services → 200",
      "GET /api/services/types → 200",
    ]);
    expect(lines.join("\n")).not.toContain(CLOUDLX_SECRET);
  });
});
