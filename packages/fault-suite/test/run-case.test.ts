import { describe, expect, it } from "vitest";
import type { FaultCase } from "../src/fault-case.js";
import { runCase } from "../src/run-case.js";

/** A case with `run`; expected to recover unless told otherwise. */
const faultCase = (run: FaultCase["run"], expectation: FaultCase["expect"] = "recovered"): FaultCase => ({ id: "self-test", fault: "-", does: "-", expect: expectation, run });
const SECRET = "s3cr3t-value-for-the-runner";

describe("the runner catches what a case gets wrong", () => {
  it("a secret in the message, a cause, a hidden property or a log line", async () => {
    const inMessage = await runCase(faultCase(async (probe) => Promise.reject(new Error(`bad ${probe.secret(SECRET)}`))), 1000);
    const inCause = await runCase(faultCase(async (probe) => Promise.reject(new Error("x", { cause: new Error(probe.secret(SECRET)) }))), 1000);
    const hidden = await runCase(
      faultCase(async (probe) => Promise.reject(Object.defineProperty(new Error("x"), "detail", { value: probe.secret(SECRET), enumerable: false }))),
      1000,
    );
    const logged = await runCase(faultCase(async (probe) => probe.logger.warn(`retrying with ${probe.secret(SECRET)}`)), 1000);
    expect([inMessage, inCause, hidden, logged].map((verdict) => verdict.leaks)).toEqual([[SECRET.length], [SECRET.length], [SECRET.length], [SECRET.length]]);
  });

  it("a rejection nobody handled", async () => {
    const verdict = await runCase(faultCase(async () => void Promise.reject(new Error("dropped"))), 1000);
    expect(verdict.unhandled.map(String)).toEqual(["Error: dropped"]);
  });

  it("a case that never settles, a wrong code, and a recovery where an error was expected", async () => {
    const never = await runCase(faultCase(() => new Promise(() => {})), 50);
    const wrongCode = await runCase(faultCase(async () => Promise.reject(Object.assign(new Error("x"), { code: "B" })), { code: "A" }), 1000);
    const recovered = await runCase(faultCase(async () => undefined, { code: "A" }), 1000);
    expect([never.outcome.kind, never.matches, wrongCode.matches, recovered.matches]).toEqual(["unbounded", false, false, false]);
  });

  it("runs every deferred cleanup, even when one throws", async () => {
    const ran: string[] = [];
    await runCase(
      faultCase(async (probe) => {
        probe.defer(() => ran.push("first"));
        probe.defer(() => {
          throw new Error("cleanup failed");
        });
      }),
      1000,
    );
    expect(ran).toEqual(["first"]);
  });
});
