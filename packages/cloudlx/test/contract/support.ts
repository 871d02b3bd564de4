import { fileURLToPath } from "node:url";
import { createContractFetch } from "@cloud-sdks/prism-harness";
import { prismUrl } from "@cloud-sdks/prism-harness/vitest";
import { createCloudlxClient, type CloudlxOptions } from "../../src/index.js";

export const SPEC = fileURLToPath(new URL("../../../../specs/cloudlx.yaml", import.meta.url));

/** The seed's own example credentials: the spec's token endpoints are served by Prism. */
export const CREDENTIALS = {
  clientId: "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
  clientSecret: "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS",
} as const;

/** A clock the test moves to expire tokens without waiting. */
export function manualClock(start = Date.now()) {
  let current = start;
  return { now: () => current, advanceSeconds: (seconds: number) => void (current += seconds * 1000) };
}

/** Adds `Prefer` to requests whose path ends with `pathSuffix`, so Prism serves a documented error. */
export function preferring(prefer: string, pathSuffix: string, base: typeof fetch): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (!new URL(request.url).pathname.endsWith(pathSuffix)) return base(request);
    const headers = new Headers(request.headers);
    headers.set("prefer", prefer);
    return base(new Request(request, { headers }));
  };
}

export function contractClient(contract: ReturnType<typeof createContractFetch>, overrides: Partial<CloudlxOptions> = {}) {
  return createCloudlxClient({
    ...CREDENTIALS,
    baseUrl: prismUrl("cloudlx"),
    fetch: contract.fetch,
    retry: false,
    ...overrides,
  });
}

/** What a request carried, for checking token request forms and headers. */
export interface SentRequest {
  readonly path: string;
  readonly accept: string | null;
  readonly form: URLSearchParams | undefined;
}

/** A fetch that notes what each request sent, then forwards it; wrap it in the contract fetch. */
export function requestRecorder(base: typeof fetch = globalThis.fetch) {
  const sent: SentRequest[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const isForm = request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded") ?? false;
    const form = isForm ? new URLSearchParams(await request.clone().text()) : undefined;
    sent.push({ path: new URL(request.url).pathname, accept: request.headers.get("accept"), form });
    return base(request);
  };
  return { fetch: recordingFetch, sent };
}
