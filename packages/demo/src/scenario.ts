import { OAuthError } from "@cloud-sdks/auth";
import { createDemoClock, type DemoClock } from "./clock.js";
import { createObservedFetch, type ObservedFetch, type ObservedRequest } from "./observed-fetch.js";
import type { DemoSession, ProviderDemo, ResourceCall, SessionOptions } from "./providers/provider-demo.js";
import { check, describeError, runStep, type StepResult } from "./step.js";

/** What the summary prints for one provider. */
export interface ProviderReport {
  readonly title: string;
  readonly steps: readonly StepResult[];
  /** Every resource call made, in order (`GET /api/services`). */
  readonly operations: readonly string[];
  readonly tokenRequests: number;
  readonly ok: boolean;
}

export interface ScenarioOptions {
  /** A client of the demo's choosing: a Prism mock or the real provider. */
  readonly createSession: (options: SessionOptions) => DemoSession;
  /** The fetch under the observer (the contract fetch in mock mode, the global fetch live). */
  readonly baseFetch: typeof fetch;
  /** Against the real provider only read-only calls run, and nothing is provoked. */
  readonly live: boolean;
}

/**
 * Drives one provider client through its auth flow: first token, cached reuse, forced expiry and
 * refresh, then (mocks only) a 401 with its resend and a documented token error.
 */
export async function runScenario(demo: ProviderDemo, options: ScenarioOptions): Promise<ProviderReport> {
  const tokenPaths = [demo.tokenPaths.grant, ...(demo.tokenPaths.refresh ? [demo.tokenPaths.refresh] : [])];
  const clock = createDemoClock();
  const observed = createObservedFetch(tokenPaths, options.baseFetch);
  const operations: string[] = [];
  const steps: StepResult[] = [];
  let extraTokenRequests = 0;

  let firstRow: string | undefined;
  const call = async (resource: ResourceCall) => {
    operations.push(resource.label);
    const outcome = await resource.run();
    check(outcome.ok, `${resource.label} answered HTTP ${outcome.status}`);
    firstRow ??= outcome.firstRow === undefined ? undefined : `${resource.label}, first row: ${outcome.firstRow}`;
    return `${resource.label} → ${outcome.status}${outcome.summary === undefined ? "" : ` (${outcome.summary})`}`;
  };

  let session: DemoSession | undefined;
  let calls: readonly ResourceCall[] = [];
  const created = await runStep("client created", async () => {
    session = options.createSession({ fetch: observed.fetch, now: clock.now });
    calls = session.calls.filter((resource) => !options.live || resource.live);
    check(calls.length > 0, "the demo has no resource call for this provider");
    return `${calls.length} resource operations`;
  });
  if (!created.ok || session === undefined) {
    return { title: demo.title, steps: [created], operations, tokenRequests: observed.tokenRequestCount(), ok: false };
  }
  const client = session;
  const [first, ...rest] = calls as [ResourceCall, ...ResourceCall[]];

  steps.push(
    await runStep("first token fetch", async () => {
      const made = await call(first);
      const tokenRequests = newSince(observed, 0).filter(isToken);
      check(tokenRequests.length === 1, `expected 1 token request, saw ${tokenRequests.length}`);
      return `${made}; 1 token request (${describeRequests(tokenRequests)})${firstRow === undefined ? "" : `\n${firstRow}`}`;
    }),
  );

  steps.push(
    await runStep("cached token reused", async () => {
      const before = observed.requests.length;
      const made: string[] = [];
      for (const resource of rest.length > 0 ? rest : [first]) made.push(await call(resource));
      const tokenRequests = newSince(observed, before).filter(isToken);
      check(tokenRequests.length === 0, `expected no token request, saw ${describeRequests(tokenRequests)}`);
      return `${made.join(", ")}; no new token request`;
    }),
  );

  steps.push(await runStep("expiry forced, token renewed", () => forceExpiry(client, clock, observed, demo, () => call(first))));

  if (!options.live) {
    steps.push(await runStep("401 answered, token renewed, request resent", () => unauthorizedAndResend(observed, () => call(first))));
    steps.push(
      await runStep("documented token error", async () => {
        const fresh = createObservedFetch(tokenPaths, options.baseFetch);
        try {
          return await provokeTokenError(demo, options.createSession({ fetch: fresh.fetch, now: clock.now }), fresh, operations);
        } finally {
          extraTokenRequests += fresh.tokenRequestCount();
        }
      }),
    );
  }

  return {
    title: demo.title,
    steps,
    operations,
    tokenRequests: observed.tokenRequestCount() + extraTokenRequests,
    ok: steps.every((step) => step.ok),
  };
}

async function forceExpiry(
  session: DemoSession,
  clock: DemoClock,
  observed: ObservedFetch,
  demo: ProviderDemo,
  callFirst: () => Promise<string>,
): Promise<string> {
  const { expiresAt } = await session.auth.getTokens();
  const movedMs = clock.advanceTo(expiresAt + 1_000);
  const before = observed.requests.length;
  const made = await callFirst();
  const tokenRequests = newSince(observed, before).filter(isToken);
  check(tokenRequests.length === 1, `expected 1 token request after expiry, saw ${tokenRequests.length}`);
  const expectedPath = demo.tokenPaths.refresh ?? demo.tokenPaths.grant;
  check(tokenRequests[0]?.path === expectedPath, `expected the token to be renewed at ${expectedPath}, saw ${describeRequests(tokenRequests)}`);
  return `clock moved ${formatDuration(movedMs)} to past expiry; ${describeRequests(tokenRequests)}; ${made}`;
}

async function unauthorizedAndResend(observed: ObservedFetch, callFirst: () => Promise<string>): Promise<string> {
  const before = observed.requests.length;
  observed.injectIntoNext("api", "code=401");
  const made = await callFirst();
  const seen = newSince(observed, before);
  const [rejected] = seen;
  const resent = seen.at(-1);
  check(rejected?.kind === "api" && rejected.status === 401, `expected the first request to get the injected 401, saw ${describeRequests(seen)}`);
  const tokenRequests = seen.filter(isToken);
  check(tokenRequests.length === 1, `expected exactly 1 token request after the 401, saw ${tokenRequests.length}`);
  check(resent?.kind === "api" && resent !== rejected, "expected the request to be sent again");
  return `${rejected.method} ${rejected.path} → 401 (injected), ${describeRequests(tokenRequests)}, resent: ${made}`;
}

async function provokeTokenError(
  demo: ProviderDemo,
  session: DemoSession,
  observed: ObservedFetch,
  operations: string[],
): Promise<string> {
  const [first] = session.calls;
  check(first !== undefined, "the demo has no resource call for this provider");
  observed.injectIntoNext("token", demo.tokenError.prefer);
  operations.push(first.label);
  let thrown: unknown;
  try {
    const outcome = await first.run();
    thrown = new Error(`${first.label} succeeded with HTTP ${outcome.status}`);
  } catch (error) {
    thrown = error;
  }
  check(thrown instanceof OAuthError, `expected an OAuthError, got ${describeError(thrown)}`);
  check(thrown.error === demo.tokenError.oauthError, `expected OAuth error "${demo.tokenError.oauthError}", got "${thrown.error}"`);
  const { remedy } = demo.tokenError;
  if (remedy !== undefined) {
    check(thrown.remedy === remedy && thrown.message.includes(remedy), `the OAuthError does not carry the provider's remedy "${remedy}": ${thrown.message}`);
  }
  return `fresh client, token request answered with Prefer: ${demo.tokenError.prefer}; the caller gets:\n${describeError(thrown)}`;
}

const isToken = (request: ObservedRequest) => request.kind === "token";

function newSince(observed: ObservedFetch, index: number): ObservedRequest[] {
  return observed.requests.slice(index);
}

function describeRequests(requests: readonly ObservedRequest[]): string {
  if (requests.length === 0) return "none";
  return requests.map((request) => `${request.method} ${request.path} → ${request.status}`).join(", ");
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 2 * 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 3 * 86_400) return `${Math.round(seconds / 3600)} h`;
  if (seconds < 2 * 365 * 86_400) return `${Math.round(seconds / 86_400)} days`;
  return `${Math.round(seconds / (365.25 * 86_400))} years`;
}
