import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { expireAfter as queueExpireAfter, heldEntries } from "../src/deadline-queue.js";
import { createAuth } from "../src/create-auth.js";
import { clientCredentials } from "../src/credentials.js";
import { json, tokenBody } from "./helpers.js";

/** An entry of the queue: `finish()` as the attempt would call it, `expired` once its deadline fired. */
class Probe {
  expired = false;
  finish: () => boolean = () => true;
}

function expireAfter(timeoutMs: number, probe: Probe): void {
  probe.finish = queueExpireAfter(timeoutMs, () => (probe.expired = true));
}

afterEach(() => {
  vi.useRealTimers();
});

describe("deadline queue", () => {
  it("fires each entry at its own deadline, and never one that finished first", async () => {
    vi.useFakeTimers();
    const early = new Probe();
    expireAfter(1000, early);
    await vi.advanceTimersByTimeAsync(400);
    const late = new Probe();
    const finished = new Probe();
    expireAfter(1000, late);
    expireAfter(1000, finished);
    expect(finished.finish()).toBe(true);
    await vi.advanceTimersByTimeAsync(599);
    expect([early.expired, late.expired]).toEqual([false, false]);
    await vi.advanceTimersByTimeAsync(1);
    expect([early.expired, late.expired]).toEqual([true, false]);
    expect(early.finish()).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    expect([late.expired, finished.expired]).toEqual([true, false]);
  });

  it("keeps separate timeouts apart: a short one fires before a long one started earlier", async () => {
    vi.useFakeTimers();
    const long = new Probe();
    const short = new Probe();
    expireAfter(5000, long);
    expireAfter(50, short);
    await vi.advanceTimersByTimeAsync(50);
    expect([short.expired, long.expired]).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(4950);
    expect(long.expired).toBe(true);
  });

  it("after a run on real timers, a test's fake clock still drives the deadlines", async () => {
    const real = new Probe();
    expireAfter(700_000, real);
    real.finish();
    vi.useFakeTimers();
    const faked = new Probe();
    expireAfter(700_000, faked);
    await vi.advanceTimersByTimeAsync(700_000);
    expect(faked.expired).toBe(true);
  });

  it("compacts without a stack overflow when over 120,000 attempts are in flight", async () => {
    vi.useFakeTimers();
    const pending = Array.from({ length: 130_000 }, () => new Probe());
    for (const probe of pending) expireAfter(800_000, probe);
    const finished = Array.from({ length: 2 * 130_000 + 100 }, () => new Probe());
    for (const probe of finished) expireAfter(800_000, probe);
    // Finishing them, from the newest, makes the queue drop the settled ones with 130,000 still live.
    for (const probe of finished.reverse()) expect(probe.finish()).toBe(true);
    expect(heldEntries(800_000)).toBeLessThanOrEqual(2 * 130_000 + 64 + 1);
    await vi.advanceTimersByTimeAsync(800_000);
    expect(pending.every((probe) => probe.expired)).toBe(true);
    expect(heldEntries(800_000)).toBe(0);
  });

  it("a slow entry at the head does not hold the thousands that finished behind it", async () => {
    vi.useFakeTimers();
    const head = new Probe();
    expireAfter(900_000, head);
    for (let i = 0; i < 5000; i++) {
      const entry = new Probe();
      expireAfter(900_000, entry);
      entry.finish();
    }
    expect(heldEntries(900_000)).toBeLessThanOrEqual(2 * 1 + 64 + 1);
    await vi.advanceTimersByTimeAsync(900_000);
    expect(head.expired).toBe(true);
    expect(heldEntries(900_000)).toBe(0);
  });
});

describe("where a timer can be unref'd (Node, Bun)", () => {
  it("the shared timer is unref'd once, when armed, and never ref'd again by later attempts", () => {
    const calls = { setTimeout: 0, ref: 0, unref: 0, clearTimeout: 0 };
    const timer = { ref: () => void calls.ref++, unref: () => void calls.unref++ };
    vi.stubGlobal("setTimeout", () => (calls.setTimeout++, timer));
    vi.stubGlobal("clearTimeout", () => void calls.clearTimeout++);
    try {
      // Sequential calls: each takes the queue from idle to one pending attempt and back.
      for (let call = 0; call < 3; call++) {
        const probe = new Probe();
        expireAfter(234_567, probe);
        expect(probe.finish()).toBe(true);
      }
      expect(calls).toEqual({ setTimeout: 1, ref: 0, unref: 1, clearTimeout: 0 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("where a timer cannot be unref'd (browsers, workerd)", () => {
  it("an idle queue clears its timer, and the next attempt arms a new one", async () => {
    const active = new Map<number, () => void>();
    let next = 1;
    vi.stubGlobal("setTimeout", (callback: () => void) => (active.set(next, callback), next++));
    vi.stubGlobal("clearTimeout", (id: number) => void active.delete(id));
    try {
      const first = new Probe();
      expireAfter(123_456, first);
      expect(active.size).toBe(1);
      first.finish();
      expect(active.size).toBe(0);
      const second = new Probe();
      expireAfter(123_456, second);
      expect(active.size).toBe(1);
      // The timer fires (at the deadline it was armed for): nothing has finished, so the attempt expires.
      const [id, fire] = [...active][0]!;
      active.delete(id);
      fire!();
      expect(second.expired).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe("API attempts past their timeout", () => {
  it("are abandoned: the caller gets TimeoutError at the deadline, and the late answer's body is cancelled", async () => {
    vi.useFakeTimers();
    let answer: (response: Response) => void = () => {};
    let cancelled = false;
    const auth = createAuth({
      credentials: clientCredentials({ tokenUrl: "https://id.example.com/token", clientId: "c", clientSecret: "s" }),
      apiBaseUrl: "https://api.example.com",
      retry: false,
      timeoutMs: 1000,
      fetch: async (input) => {
        if (String(input instanceof Request ? input.url : input).startsWith("https://id.")) return json(tokenBody("t1"));
        return new Promise<Response>((resolve) => (answer = resolve));
      },
    });
    await auth.getAccessToken();
    const failure = auth.fetch("https://api.example.com/x").catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await failure).toMatchObject({ name: "TimeoutError", timeoutMs: 1000 });
    const body = new ReadableStream({ cancel: () => void (cancelled = true) });
    answer(new Response(body));
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });
});

it("a finished call leaves no timer behind that keeps a Node process alive", async () => {
  const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));
  const script = `
    const { createAuth, clientCredentials } = await import(${JSON.stringify(entry)});
    const auth = createAuth({
      credentials: clientCredentials({ tokenUrl: "https://id.example.com/token", clientId: "c", clientSecret: "s" }),
      apiBaseUrl: "https://api.example.com",
      fetch: async (input) => String(input instanceof Request ? input.url : input).startsWith("https://id.")
        ? Response.json({ access_token: "t", token_type: "Bearer", expires_in: 3600 })
        : new Response("ok"),
    });
    for (let i = 0; i < 3; i++) await (await auth.fetch("https://api.example.com/x")).text();
    console.log("done");
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  onTestFinished(() => void child.kill("SIGKILL"));
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  // With the 10-minute default timeout on a ref'd timer, the process would outlive this test.
  const code = await new Promise((resolve) => child.once("exit", resolve));
  expect([code, out.trim()]).toEqual([0, "done"]);
}, 60_000);
