import { createMemoryTokenStore, type TokenStore } from "@cloud-sdks/auth";
import { check } from "../src/check.js";
import type { FaultCase, FaultProbe } from "../src/fault-case.js";
import { teeLogger, TOKEN_PATH, tokenWorld } from "../src/token-world.js";

const never = () => new Promise<never>(() => {});

/** The memory store with some of its methods replaced by faulty ones. */
const faultyStore = (overrides: Partial<Record<keyof TokenStore, unknown>>): TokenStore => ({ ...createMemoryTokenStore(), ...overrides }) as TokenStore;

/** Three calls through a store with `overrides`: every one recovers, and the store's trouble is warned about once. */
function storeCase(id: string, fault: string, does: string, overrides: Partial<Record<keyof TokenStore, unknown>>, warned: RegExp, expectedWarnings = 1): FaultCase {
  return {
    id,
    fault,
    does,
    expect: "recovered",
    async run(probe: FaultProbe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: world.issue() }) });
      const { lines, logger } = teeLogger(probe);
      const auth = world.makeAuth({ store: faultyStore(overrides), logger });
      for (let call = 0; call < 3; call++) await world.callOk(auth);
      check(lines.filter((line) => warned.test(line)).length === expectedWarnings, `${expectedWarnings} warning(s) matching ${warned}`);
    },
  };
}

const cases: readonly FaultCase[] = [
  storeCase("store.get-never-settles", "TokenStore.get never settles", "gives up on it after storeTimeoutMs (default 5 s), requests a token without the store, warns once", { get: never }, /get did not settle/),
  storeCase("store.set-never-settles", "TokenStore.set never settles", "gives up on it after storeTimeoutMs, keeps the token in memory, warns once", { set: never }, /set did not settle/),
  storeCase("store.withlock-never-grants", "TokenStore.withLock never calls back", "gives up on the lock after storeTimeoutMs and requests the token without it, warns once", { withLock: never }, /withLock did not grant/),
  storeCase(
    "store.withlock-never-releases",
    "TokenStore.withLock runs the token request, then never settles",
    "uses the token as soon as it arrives; the release is not waited for beyond storeTimeoutMs",
    { withLock: (_key: string, fn: () => Promise<unknown>) => fn().then(never) },
    /withLock did not settle/,
  ),
  storeCase("store.withlock-throws", "TokenStore.withLock throws before running the token request", "requests the token without the lock, warns once", { withLock: () => Promise.reject(new Error("lock server down")) }, /withLock failed before/),
  storeCase("store.get-throws", "TokenStore.get rejects", "treats it as a miss and requests a token, warns once", { get: () => Promise.reject(new Error("ECONNREFUSED")) }, /get failed/),
  storeCase("store.get-returns-null", "TokenStore.get resolves null instead of undefined", "a miss, no warning needed", { get: async () => null }, /token store/, 0),
  storeCase("store.get-returns-garbage", "TokenStore.get resolves something that is not a TokenSet", "treats it as a miss and requests a token, warns once", { get: async () => ({ accessToken: 5, expiresAt: "soon" }) }, /not a TokenSet/),
  storeCase("store.set-throws", "TokenStore.set rejects", "keeps the token in memory, warns once", { set: () => Promise.reject(new Error("READONLY")) }, /set failed/),
  {
    id: "store.delete-throws-on-invalidate",
    fault: "TokenStore.delete rejects during invalidate()",
    does: "invalidate() still forgets the tokens in memory and resolves; the next call requests a new token",
    expect: "recovered",
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: world.issue() }) });
      const auth = world.makeAuth({ store: faultyStore({ delete: () => Promise.reject(new Error("NOPERM")) }) });
      const first = await auth.getAccessToken();
      await auth.invalidate();
      check((await auth.getAccessToken()) !== first, "a new token after invalidate()");
      check(world.fault.count(TOKEN_PATH) === 2, "two token requests");
    },
  },
  {
    id: "store.delete-never-settles",
    fault: "TokenStore.delete never settles during invalidate()",
    does: "invalidate() resolves after storeTimeoutMs with the memory cleared",
    expect: "recovered",
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: world.issue() }) });
      const auth = world.makeAuth({ store: faultyStore({ delete: never }) });
      await auth.getAccessToken();
      await auth.invalidate();
      await auth.getAccessToken();
      check(world.fault.count(TOKEN_PATH) === 2, "two token requests");
    },
  },
  {
    id: "store.ontokens-never-settles",
    fault: "onTokens never settles",
    does: "the token is used after storeTimeoutMs anyway, with a warning",
    expect: "recovered",
    async run(probe) {
      const world = await tokenWorld(probe);
      world.fault.setDefault(TOKEN_PATH, { respond: () => ({ json: world.issue() }) });
      const auth = world.makeAuth({ onTokens: never });
      await world.callOk(auth);
      await world.callOk(auth);
    },
  },
];

export default cases;
