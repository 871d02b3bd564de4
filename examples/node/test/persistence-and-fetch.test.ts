import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main as cloudcherryCustomFetch } from "../src/cloudcherry-custom-fetch.js";
import { main as cloudcherryPersistTokens } from "../src/cloudcherry-persist-tokens.js";
import { main as cloudlxCustomFetch } from "../src/cloudlx-custom-fetch.js";
import { main as cloudlxPersistTokens } from "../src/cloudlx-persist-tokens.js";
import { main as cloudmoreCustomFetch } from "../src/cloudmore-custom-fetch.js";
import { main as cloudmorePersistTokens } from "../src/cloudmore-persist-tokens.js";
import type { Env, Log } from "../src/env.js";
import { SECRETS, captureLog, prismEnv } from "./prism-env.js";

type Example = (env: Env, log: Log) => Promise<void>;
type Provider = keyof typeof prismEnv;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cloud-sdks-example-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectNoSecret(text: string, provider: Provider): void {
  for (const secret of SECRETS[provider]) expect(text).not.toContain(secret);
}

const persistence: readonly { provider: Provider; main: Example; summary: RegExp }[] = [
  { provider: "cloudmore", main: cloudmorePersistTokens, summary: /^\d+ service categories; tokens kept in / },
  { provider: "cloudcherry", main: cloudcherryPersistTokens, summary: /^acmecx: \d+ active questions; tokens kept in / },
  { provider: "cloudlx", main: cloudlxPersistTokens, summary: /^\d+ services; tokens kept in / },
];

describe.each(persistence)("$provider: token persistence to a file", ({ provider, main, summary }) => {
  it("requests a token on the first run only, in a 0600 file without any secret", async () => {
    const file = path.join(dir, "nested", "tokens.json");
    const env = { ...prismEnv[provider](), CLOUD_SDKS_TOKEN_FILE: file };

    const first = captureLog();
    await main(env, first.log);
    expect(first.lines.filter((line) => line.startsWith("new access token"))).toHaveLength(1);
    expect(first.lines.at(-1)).toMatch(summary);

    // A second run (a new client, as a new process would make) reads the token back from the file.
    const second = captureLog();
    await main(env, second.log);
    expect(second.lines.filter((line) => line.startsWith("new access token"))).toHaveLength(0);
    expect(second.lines.at(-1)).toMatch(summary);

    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const contents = await readFile(file, "utf8");
    expect(contents).toContain("accessToken");
    expectNoSecret(contents, provider);
    expectNoSecret([...first.lines, ...second.lines].join("\n"), provider);
  });
});

const customFetch: readonly { provider: Provider; main: Example; requests: string[] }[] = [
  {
    provider: "cloudmore",
    main: cloudmoreCustomFetch,
    requests: ["POST /connect/token → 200", "GET /api/services/categories → 200", "GET /api/services/categories → 200"],
  },
  {
    provider: "cloudcherry",
    main: cloudcherryCustomFetch,
    requests: ["POST /api/LoginToken → 200", "GET /api/questions/active → 200", "GET /api/settings → 200"],
  },
  {
    provider: "cloudlx",
    main: cloudlxCustomFetch,
    requests: ["POST /api/oauth2/access-token → 200", "GET /api/services → 200", "GET /api/services/types → 200"],
  },
];

describe.each(customFetch)("$provider: custom fetch", ({ provider, main, requests }) => {
  it("sees the one token request and the API requests, and logs no secret", async () => {
    const { lines, log } = captureLog();
    await main(prismEnv[provider](), log);
    expect(lines.map((line) => line.replace(/ in \d+ ms$/, ""))).toEqual(requests);
    expectNoSecret(lines.join("\n"), provider);
  });
});
