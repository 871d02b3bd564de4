import { describe, expect, it } from "vitest";
import type { TokenSet } from "../src/store.js";
import { createTokenWaits } from "../src/token-wait.js";

const tokens: TokenSet = { accessToken: "t1", tokenType: "Bearer", expiresAt: 2_000_000_000_000, obtainedAt: 1_000_000_000_000, extra: {} };

/** A token request the test settles by hand, and how many were started. */
function tokenRequests() {
  let settle: { resolve: (tokens: TokenSet) => void; reject: (error: unknown) => void } = { resolve: () => {}, reject: () => {} };
  let shared: Promise<TokenSet> | undefined;
  const state = { started: 0 };
  const getTokens = () => {
    if (shared === undefined) {
      state.started++;
      shared = new Promise<TokenSet>((resolve, reject) => (settle = { resolve, reject }));
    }
    return shared;
  };
  return { getTokens, state, settle: () => settle, reset: () => (shared = undefined) };
}

const requestWith = (signal?: AbortSignal) => new Request("https://api.example.com/x", signal === undefined ? {} : { signal });

describe("waiting for a token", () => {
  it("every waiting call gets the shared token request's answer through its own continuation", async () => {
    const source = tokenRequests();
    const wait = createTokenWaits(source.getTokens);
    const calls = [1, 2, 3].map((n) => wait(requestWith(), (got, request) => `${n}:${got.accessToken}:${new URL(request.url).pathname}`));
    source.settle().resolve(tokens);
    expect(await Promise.all(calls)).toEqual(["1:t1:/x", "2:t1:/x", "3:t1:/x"]);
    expect(source.state.started).toBe(1);
  });

  it("an abort rejects that call at once with its reason, and its continuation never runs", async () => {
    const source = tokenRequests();
    const wait = createTokenWaits(source.getTokens);
    const controller = new AbortController();
    const ran: string[] = [];
    const aborted = wait(requestWith(controller.signal), () => ran.push("aborted")).catch((error: unknown) => error);
    const other = wait(requestWith(), () => ran.push("other"));
    controller.abort(new Error("caller gave up"));
    expect(await aborted).toMatchObject({ message: "caller gave up" });
    source.settle().resolve(tokens);
    await other;
    expect(ran).toEqual(["other"]);
  });

  it("an already aborted call starts no token request", async () => {
    const source = tokenRequests();
    const wait = createTokenWaits(source.getTokens);
    const error = await wait(requestWith(AbortSignal.abort(new Error("too late"))), () => "sent").catch((e: unknown) => e);
    expect(error).toMatchObject({ message: "too late" });
    expect(source.state.started).toBe(0);
  });

  it("a failed token request rejects every waiting call with its error", async () => {
    const source = tokenRequests();
    const wait = createTokenWaits(source.getTokens);
    const calls = [wait(requestWith(), () => "a"), wait(requestWith(), () => "b")].map((call) => call.catch((e: unknown) => e));
    const failure = new Error("token endpoint down");
    source.settle().reject(failure);
    expect(await Promise.all(calls)).toEqual([failure, failure]);
  });

  it("a continuation that throws rejects its own call and not the ones after it", async () => {
    const source = tokenRequests();
    const wait = createTokenWaits(source.getTokens);
    const throwing = wait(requestWith(), () => {
      throw new Error("broken continuation");
    }).catch((e: unknown) => e);
    const after = wait(requestWith(), (got) => got.accessToken);
    source.settle().resolve(tokens);
    expect(await throwing).toMatchObject({ message: "broken continuation" });
    expect(await after).toBe("t1");
  });

  it("calls that wait on a later token request get that one's answer", async () => {
    const source = tokenRequests();
    const wait = createTokenWaits(source.getTokens);
    const first = wait(requestWith(), (got) => got.accessToken);
    source.settle().resolve(tokens);
    expect(await first).toBe("t1");
    source.reset();
    const second = wait(requestWith(), (got) => got.accessToken);
    source.settle().resolve({ ...tokens, accessToken: "t2" });
    expect(await second).toBe("t2");
    expect(source.state.started).toBe(2);
  });
});
