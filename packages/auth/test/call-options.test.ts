import { describe, expect, it } from "vitest";
import { withCallOptions } from "../src/call-options.js";
import { createAuth } from "../src/create-auth.js";
import { staticBearer } from "../src/credentials.js";
import { ConfigError, TimeoutError } from "../src/errors.js";
import { json, scriptedFetch, type Handler } from "./helpers.js";

const API = "https://api.example.com";

function authAnswering(handler: Handler) {
  const scripted = scriptedFetch(handler);
  // No backoff delay, so the attempt count is all the test observes.
  const auth = createAuth({ credentials: staticBearer({ token: "t" }), apiBaseUrl: API, fetch: scripted.fetch, retry: { maxRetries: 3, baseDelayMs: 0 } });
  return { auth, sent: scripted.sent };
}

describe("withCallOptions", () => {
  it("maxRetries overrides the client's retry count for that request alone", async () => {
    const { auth, sent } = authAnswering(() => new Response(null, { status: 503 }));
    expect((await auth.fetch(withCallOptions(new Request(`${API}/a`), { maxRetries: 0 }))).status).toBe(503);
    expect(sent).toHaveLength(1);
    expect((await auth.fetch(withCallOptions(new Request(`${API}/b`), { maxRetries: 1 }))).status).toBe(503);
    expect(sent).toHaveLength(3);
    await auth.fetch(new Request(`${API}/c`));
    expect(sent).toHaveLength(7); // the client's 3 retries again
  });

  it("timeoutMs bounds each attempt of that request alone", async () => {
    // The first request never answers: only its own timeout can end it.
    const { auth, sent } = authAnswering((entry) => (entry.url.endsWith("/hang") ? new Promise<Response>(() => {}) : json({})));
    const failure = await auth.fetch(withCallOptions(new Request(`${API}/hang`), { timeoutMs: 20, maxRetries: 0 })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(failure).toMatchObject({ timeoutMs: 20 });
    expect((await auth.fetch(new Request(`${API}/ok`))).status).toBe(200);
    expect(sent.map((entry) => entry.url)).toEqual([`${API}/hang`, `${API}/ok`]);
  });

  it.each([
    [{ timeoutMs: 0 }, "timeoutMs"],
    [{ timeoutMs: Number.NaN }, "timeoutMs"],
    [{ maxRetries: -1 }, "maxRetries"],
    [{ maxRetries: 1.5 }, "maxRetries"],
  ])("refuses %o, naming the option", (options, option) => {
    expect(() => withCallOptions(new Request(API), options)).toThrow(ConfigError);
    expect(() => withCallOptions(new Request(API), options)).toThrow(option);
  });
});
