import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { createAuth, type CreateAuthOptions } from "../src/create-auth.js";
import { clientCredentials, passwordGrant } from "../src/credentials.js";
import { OAuthError } from "../src/errors.js";
import { createMemoryTokenStore, type TokenSet, type TokenStore } from "../src/store.js";
import { json, scriptedFetch, tokenBody, type Handler } from "./helpers.js";

const TOKEN_URL = "https://id.example.com/token";
const REFRESH_URL = "https://id.example.com/refresh";
const API = "https://api.example.com";
const T0 = 1_700_000_000_000;

function setup(handler: Handler, overrides: Partial<CreateAuthOptions> = {}) {
  const clock = { now: T0 };
  const scripted = scriptedFetch(handler);
  const warn = vi.fn<(message: string) => void>();
  const auth = createAuth({
    credentials: clientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: "s", refresh: { tokenUrl: REFRESH_URL } }),
    apiBaseUrl: API,
    fetch: scripted.fetch,
    now: () => clock.now,
    retry: false,
    logger: { warn },
    ...overrides,
  });
  const tokenRequests = () => scripted.sent.filter((sent) => sent.url === TOKEN_URL || sent.url === REFRESH_URL);
  return { auth, clock, sent: scripted.sent, tokenRequests, warn };
}

/** A token endpoint that counts: access tokens a1, a2, ... and refresh tokens r1, r2, ... */
function counting(extra: (n: number) => Record<string, unknown> = (n) => ({ refresh_token: `r${n}` }), expiresIn = 3600): Handler {
  let n = 0;
  return (sent) => {
    if (sent.url.startsWith(API)) return new Response("ok");
    n += 1;
    return json(tokenBody(`a${n}`, { expires_in: expiresIn, ...extra(n) }));
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("token cache", () => {
  it("requests once on a cold cache and serves from memory afterwards without touching the store", async () => {
    const store = createMemoryTokenStore();
    const get = vi.spyOn(store, "get");
    const { auth, tokenRequests } = setup(counting(), { store });
    expect(await auth.getAccessToken()).toBe("a1");
    const reads = get.mock.calls.length;
    for (let i = 0; i < 5; i++) expect(await auth.getAccessToken()).toBe("a1");
    expect(tokenRequests()).toHaveLength(1);
    expect(get.mock.calls.length).toBe(reads);
  });

  it("serves the cached token inside the advisory window and refreshes in the background", async () => {
    const { auth, clock, tokenRequests } = setup(counting(() => ({})));
    await auth.getAccessToken();
    clock.now = T0 + 3_600_000 - 100_000; // 100 s left: inside the 120 s advisory window
    expect(await auth.getAccessToken()).toBe("a1");
    expect(await auth.getAccessToken()).toBe("a1"); // still served while the refresh is under way
    await settle();
    expect(tokenRequests()).toHaveLength(2);
    expect(await auth.getAccessToken()).toBe("a2");
    expect(tokenRequests()).toHaveLength(2);
  });

  it("blocks inside the mandatory window", async () => {
    const { auth, clock } = setup(counting(() => ({})));
    await auth.getAccessToken();
    clock.now = T0 + 3_600_000 - 10_000; // 10 s left: inside the 30 s mandatory window
    expect(await auth.getAccessToken()).toBe("a2");
  });

  it("scales the windows down for short-lived tokens", async () => {
    const { auth, clock, tokenRequests } = setup(counting(() => ({}), 10));
    await auth.getAccessToken();
    clock.now = T0 + 8_500; // 1.5 s left: a fixed 120 s window would refresh on every call
    expect(await auth.getAccessToken()).toBe("a1");
    expect(tokenRequests()).toHaveLength(1);
    clock.now = T0 + 9_200; // inside 10% (1 s): background
    expect(await auth.getAccessToken()).toBe("a1");
    await settle();
    expect(tokenRequests()).toHaveLength(2);
    expect(await auth.getAccessToken()).toBe("a2");
    clock.now = T0 + 9_200 + 9_600; // a2 lives 10 s from T0+9.2 s; 0.4 s left is inside 5%: block
    expect(await auth.getAccessToken()).toBe("a3");
  });

  it("keeps serving the old token when a background refresh fails, backs off, and warns without secrets", async () => {
    let fail = false;
    const inner = counting(() => ({}));
    const { auth, clock, tokenRequests, warn } = setup((sent, i) => (fail ? json({ error: "temporarily_unavailable" }, { status: 503 }) : inner(sent, i)));
    await auth.getAccessToken();
    fail = true;
    clock.now = T0 + 3_600_000 - 100_000;
    expect(await auth.getAccessToken()).toBe("a1");
    await settle();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^@cloud-sdks\/auth: background token refresh failed \(AUTH_OAUTH_ERROR\)/);
    clock.now += 1_000;
    expect(await auth.getAccessToken()).toBe("a1");
    expect(tokenRequests()).toHaveLength(2); // backing off: no new attempt
    clock.now += 5_000;
    fail = false;
    expect(await auth.getAccessToken()).toBe("a1");
    await settle();
    expect(tokenRequests()).toHaveLength(3);
    expect(await auth.getAccessToken()).toBe("a2");
  });

  it("invalidate() forgets the tokens in memory and in the store", async () => {
    const store = createMemoryTokenStore();
    const del = vi.spyOn(store, "delete");
    const { auth, tokenRequests } = setup(counting(), { store });
    await auth.getAccessToken();
    await auth.invalidate();
    expect(del).toHaveBeenCalledTimes(1);
    expect(await auth.getAccessToken()).toBe("a2");
    expect(tokenRequests().map((sent) => sent.url)).toEqual([TOKEN_URL, TOKEN_URL]);
  });
});

/** Releases scheduled tasks until `promise` settles; the SHA-256 digest runs outside the scheduler. */
async function drain<T>(scheduler: fc.Scheduler, promise: Promise<T>): Promise<T> {
  let settled = false;
  const watched = promise.finally(() => {
    settled = true;
  });
  while (!settled) {
    await scheduler.waitAll();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return watched;
}

describe("single flight", () => {
  async function interleaved(scheduler: fc.Scheduler, callers: number, warmFirst: boolean) {
    const clock = { now: T0 };
    const inner = counting(() => ({}));
    const { fetch, sent } = scriptedFetch((entry, i) => scheduler.schedule(Promise.resolve(inner(entry, i)), "token response"));
    const memory = createMemoryTokenStore();
    const store: TokenStore = {
      get: (key) => scheduler.schedule(memory.get(key), "store.get"),
      set: (key, tokens, ttl) => scheduler.schedule(memory.set(key, tokens, ttl), "store.set"),
      delete: (key) => memory.delete(key),
    };
    const auth = createAuth({ credentials: clientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: "s" }), apiBaseUrl: API, fetch, store, now: () => clock.now, retry: false });
    if (warmFirst) {
      await drain(scheduler, auth.getAccessToken());
      clock.now = T0 + 3_600_001; // expired
    }
    const before = sent.length;
    const results = Array.from({ length: callers }, (_, i) => scheduler.schedule(Promise.resolve(i), `caller ${i}`).then(() => auth.getAccessToken()));
    const tokens = await drain(scheduler, Promise.all(results));
    return { requests: sent.length - before, tokens };
  }

  it("N concurrent callers on a cold cache cause exactly one token request (random interleavings)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 40 }), async (scheduler, callers) => {
        const { requests, tokens } = await interleaved(scheduler, callers, false);
        expect(requests).toBe(1);
        expect(new Set(tokens)).toEqual(new Set(["a1"]));
      }),
      { numRuns: 100 },
    );
  });

  it("N concurrent callers on an expired cache cause exactly one token request (random interleavings)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 40 }), async (scheduler, callers) => {
        const { requests, tokens } = await interleaved(scheduler, callers, true);
        expect(requests).toBe(1);
        expect(new Set(tokens)).toEqual(new Set(["a2"]));
      }),
      { numRuns: 100 },
    );
  });

  it("10,000 concurrent cold callers: one request", async () => {
    const { auth, tokenRequests } = setup(counting());
    const tokens = await Promise.all(Array.from({ length: 10_000 }, () => auth.getAccessToken()));
    expect(tokenRequests()).toHaveLength(1);
    expect(new Set(tokens).size).toBe(1);
  });
});

describe("refresh tokens", () => {
  it("uses the refresh token at its endpoint, honours rotation, and keeps the old one when none comes back", async () => {
    let n = 0;
    const { auth, clock, tokenRequests } = setup((sent) => {
      n += 1;
      if (n === 1) return json(tokenBody("a1", { refresh_token: "r1" }));
      if (n === 2) return json(tokenBody("a2", { refresh_token: "r2" })); // rotation
      return json(tokenBody(`a${n}`)); // omits refresh_token
    });
    await auth.getAccessToken();
    clock.now += 3_600_000;
    expect(await auth.getAccessToken()).toBe("a2");
    clock.now += 3_600_000;
    expect(await auth.getAccessToken()).toBe("a3");
    clock.now += 3_600_000;
    expect((await auth.getTokens()).refreshToken).toBe("r2");
    const bodies = tokenRequests().map((sent) => new URLSearchParams(sent.body));
    expect(tokenRequests().map((sent) => sent.url)).toEqual([TOKEN_URL, REFRESH_URL, REFRESH_URL, REFRESH_URL]);
    expect(bodies.map((body) => body.get("refresh_token"))).toEqual([null, "r1", "r2", "r2"]);
  });

  it("does not spend a refresh token past its stated lifetime: the primary grant is used", async () => {
    const { auth, clock, tokenRequests } = setup(counting(), {
      credentials: clientCredentials({ tokenUrl: TOKEN_URL, clientId: "c", clientSecret: "s", refresh: { tokenUrl: REFRESH_URL, refreshTokenLifetimeSeconds: 7200 } }),
    });
    await auth.getAccessToken();
    clock.now += 3_600_000;
    await auth.getAccessToken(); // refresh with r1 (valid until T0+7200s); r2 keeps its own lifetime
    expect((await auth.getTokens()).refreshTokenExpiresAt).toBe(T0 + 3_600_000 + 7_200_000);
    clock.now += 7_200_000; // a2 expired and r2 too
    await auth.getAccessToken();
    expect(tokenRequests().map((sent) => sent.url)).toEqual([TOKEN_URL, REFRESH_URL, TOKEN_URL]);
  });

  it("falls back to the primary grant once when the refresh answers invalid_grant", async () => {
    let n = 0;
    const { auth, clock, tokenRequests } = setup((sent) => {
      n += 1;
      if (sent.url === REFRESH_URL) return json({ error: "invalid_grant" }, { status: 400 });
      return json(tokenBody(`a${n}`, { refresh_token: `r${n}` }));
    });
    await auth.getAccessToken();
    clock.now += 3_600_000;
    expect(await auth.getAccessToken()).toBe("a3");
    expect(tokenRequests().map((sent) => sent.url)).toEqual([TOKEN_URL, REFRESH_URL, TOKEN_URL]);
  });

  it("does not fall back for other refresh failures (e.g. invalid_client)", async () => {
    const { auth, clock, tokenRequests } = setup((sent) =>
      sent.url === REFRESH_URL ? json({ error: "invalid_client" }, { status: 401 }) : json(tokenBody("a", { refresh_token: "r" })),
    );
    await auth.getAccessToken();
    clock.now += 3_600_000;
    await expect(auth.getAccessToken()).rejects.toMatchObject({ error: "invalid_client" });
    expect(tokenRequests()).toHaveLength(2);
  });
});

describe("store and onTokens", () => {
  it("starts from tokens persisted in the store without a request", async () => {
    const store = createMemoryTokenStore();
    const first = setup(counting(), { store });
    await first.auth.getAccessToken();
    const second = setup(counting(), { store });
    expect(await second.auth.getAccessToken()).toBe("a1");
    expect(second.tokenRequests()).toHaveLength(0);
  });

  it("redeems a persisted refresh token when the stored access token has expired", async () => {
    const store = createMemoryTokenStore();
    const first = setup(counting(), { store });
    await first.auth.getAccessToken();
    const second = setup(counting(), { store });
    second.clock.now = T0 + 3_600_000;
    await second.auth.getAccessToken();
    expect(second.tokenRequests().map((sent) => [sent.url, new URLSearchParams(sent.body).get("refresh_token")])).toEqual([[REFRESH_URL, "r1"]]);
  });

  it("wraps token requests in withLock and re-reads the store inside it", async () => {
    const memory = createMemoryTokenStore();
    const events: string[] = [];
    const store: TokenStore = {
      get: async (key) => (events.push("get"), memory.get(key)),
      set: async (key, tokens, ttl) => (events.push("set"), memory.set(key, tokens, ttl)),
      delete: (key) => memory.delete(key),
      withLock: async (key, fn) => {
        events.push("lock");
        // Another process fetched while we waited for the lock.
        await memory.set(key, { accessToken: "from-other-process", tokenType: "Bearer", expiresAt: T0 + 3_600_000, obtainedAt: T0, extra: {} }, 3_600_000);
        try {
          return await fn();
        } finally {
          events.push("unlock");
        }
      },
    };
    const { auth, tokenRequests } = setup(counting(), { store });
    expect(await auth.getAccessToken()).toBe("from-other-process");
    expect(tokenRequests()).toHaveLength(0);
    expect(events).toEqual(["lock", "get", "unlock"]);
  });

  it("calls onTokens after every new TokenSet and survives a throwing onTokens", async () => {
    const seen: TokenSet[] = [];
    const { auth, clock, warn } = setup(counting(), {
      onTokens: (tokens) => {
        seen.push(tokens);
        throw new Error("disk full");
      },
    });
    await auth.getAccessToken();
    clock.now += 3_600_000;
    await auth.getAccessToken();
    expect(seen.map((tokens) => [tokens.accessToken, tokens.refreshToken])).toEqual([["a1", "r1"], ["a2", "r2"]]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^@cloud-sdks\/auth: onTokens failed \(Error\)/));
  });

  it("works when the store fails: warns and keeps tokens in memory", async () => {
    const broken: TokenStore = { get: async () => Promise.reject(new Error("down")), set: async () => Promise.reject(new Error("down")), delete: async () => {} };
    const { auth, warn, tokenRequests } = setup(counting(), { store: broken });
    expect(await auth.getAccessToken()).toBe("a1");
    expect(await auth.getAccessToken()).toBe("a1");
    expect(tokenRequests()).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("exposes typed extra fields through getTokens", async () => {
    const { auth } = setup(() => json(tokenBody("a", { userName: "ann" })), {
      credentials: passwordGrant({ tokenUrl: TOKEN_URL, username: "u", password: "p" }),
    });
    const typed = createAuth({
      credentials: passwordGrant({ tokenUrl: TOKEN_URL, username: "u", password: "p" }),
      apiBaseUrl: API,
      fetch: scriptedFetch(() => json(tokenBody("a", { userName: "ann" }))).fetch,
      parseExtra: (extra) => ({ userName: String(extra.userName) }),
    });
    const tokens = await typed.getTokens();
    const userName: string = tokens.extra.userName;
    expect(userName).toBe("ann");
    expect((await auth.getTokens()).extra).toEqual({ userName: "ann" });
  });

  it("surfaces OAuth errors of the primary grant to callers", async () => {
    const { auth } = setup(() => json({ error: "invalid_client" }, { status: 401 }));
    await expect(auth.getAccessToken()).rejects.toBeInstanceOf(OAuthError);
  });
});
