import type { FaultCase } from "./fault-case.js";
import { createProbe } from "./probe.js";
import { errorViews, leakedSecrets } from "./views.js";

/** What one case did, as the runner judges it. */
export interface Verdict {
  /** Resolved, rejected with `error`, or did not settle within the wall time. */
  readonly outcome: { readonly kind: "resolved" } | { readonly kind: "rejected"; readonly error: unknown } | { readonly kind: "unbounded" };
  /** The case's expectation held. */
  readonly matches: boolean;
  /** Lengths of the registered secrets found in the error views or the log (never the secrets). */
  readonly leaks: readonly number[];
  /** Rejections nobody handled while the case ran. */
  readonly unhandled: readonly unknown[];
}

// Every rejection nobody handled while a case runs is attributed to that case.
const unhandled: unknown[] = [];
let listening = 0;
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

/** A macrotask and a timer tick: late rejections and socket errors surface before the checks. */
const settle = () => new Promise<void>((resolve) => setTimeout(() => setImmediate(resolve), 20));

/** Runs one case with a fresh probe, its cleanups, and the checks of the fault suite. */
export async function runCase(faultCase: FaultCase, wallMs: number): Promise<Verdict> {
  if (listening++ === 0) process.on("unhandledRejection", onUnhandled);
  const probe = createProbe();
  const before = unhandled.length;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let outcome: Verdict["outcome"];
  try {
    outcome = await Promise.race([
      Promise.resolve()
        .then(() => faultCase.run(probe))
        .then(
          () => ({ kind: "resolved" as const }),
          (error: unknown) => ({ kind: "rejected" as const, error }),
        ),
      new Promise<{ kind: "unbounded" }>((resolve) => (timer = setTimeout(resolve, wallMs, { kind: "unbounded" as const }))),
    ]);
  } finally {
    clearTimeout(timer);
    await probe.cleanup();
    await settle();
    if (--listening === 0) process.off("unhandledRejection", onUnhandled);
  }
  const late = unhandled.slice(before);
  const texts = [...probe.lines, ...(outcome.kind === "rejected" ? errorViews(outcome.error) : []), ...late.flatMap(errorViews)];
  const code = outcome.kind === "rejected" ? (outcome.error as { code?: unknown } | null)?.code : undefined;
  const matches = faultCase.expect === "recovered" ? outcome.kind === "resolved" : outcome.kind === "rejected" && code === faultCase.expect.code;
  return { outcome, matches, leaks: leakedSecrets(probe.secrets, texts).map((secret) => secret.length), unhandled: late };
}
