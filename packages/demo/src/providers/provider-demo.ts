/** The status of one resource call, and a glimpse of what the API returned. */
export interface CallOutcome {
  readonly status: number;
  readonly ok: boolean;
  /** The first record of the response body as one line of JSON, cut to fit a terminal line. */
  readonly firstRow?: string;
  /** What the call read, for calls whose status alone says little (a paginated read's item and page counts). */
  readonly summary?: string;
}

/** One typed resource call made through a provider client, e.g. `GET /api/services`. */
export interface ResourceCall {
  /** `METHOD /path` as the spec names it. */
  readonly label: string;
  /** Read-only and needing no ids: safe to run against the real provider with `--live`. */
  readonly live: boolean;
  run(): Promise<CallOutcome>;
}

/** One client instance with the calls the demo makes through it. */
export interface DemoSession {
  readonly auth: { getTokens(): Promise<{ readonly expiresAt: number }> };
  readonly calls: readonly ResourceCall[];
}

export interface SessionOptions {
  /** Sees every token and API request of the client. */
  readonly fetch: typeof fetch;
  readonly now: () => number;
}

/** What the demo needs to know about a provider package; one file per provider implements it. */
export interface ProviderDemo {
  /** The CLI and `--live` name: `cloudlx`. */
  readonly name: string;
  /** The provider's own spelling: `CloudLX`. */
  readonly title: string;
  readonly tokenPaths: { readonly grant: string; readonly refresh?: string };
  /**
   * The documented token error the demo provokes (a Prism `Prefer` value), the OAuth `error` it
   * expects, and the provider's remedy the OAuthError must carry where the provider documents one.
   */
  readonly tokenError: { readonly prefer: string; readonly oauthError: string; readonly remedy?: string };
  /** A client pointed at a Prism mock of the provider's spec, with the spec's example credentials. */
  mockSession(baseUrl: string, options: SessionOptions): DemoSession;
  /** A client with credentials from the documented environment variables; throws MissingEnvError naming the unset ones. */
  liveSession(env: Readonly<Record<string, string | undefined>>, options: SessionOptions): DemoSession;
}

const ROW_WIDTH = 110;

/** A list's first item; for an envelope such as `{ items: [...] }`, its first list's first item. */
function firstRecord(data: unknown): unknown {
  if (Array.isArray(data)) return data[0];
  if (data !== null && typeof data === "object") {
    const list = Object.values(data).find(Array.isArray);
    if (list !== undefined) return list[0];
  }
  return data;
}

export function describeFirstRow(data: unknown): string | undefined {
  const record = firstRecord(data);
  if (record === undefined) return undefined;
  const json = JSON.stringify(record);
  return json.length > ROW_WIDTH ? `${json.slice(0, ROW_WIDTH - 1)}…` : json;
}

/** The status of an openapi-fetch result, whatever the operation's types, and its first row of data. */
export async function outcomeOf(result: Promise<{ response: Response; data?: unknown }>): Promise<CallOutcome> {
  const { response, data } = await result;
  const firstRow = describeFirstRow(data);
  return { status: response.status, ok: response.ok, ...(firstRow === undefined ? {} : { firstRow }) };
}

/** Reads every page of a paginated read (at most `maxPages`), counting items and pages; the last page's status is the outcome. */
export async function pagedOutcome(pages: AsyncIterable<{ readonly items: readonly unknown[]; readonly response: Response }>, noun: string): Promise<CallOutcome> {
  let items = 0;
  let count = 0;
  let last: Response | undefined;
  for await (const page of pages) {
    items += page.items.length;
    count += 1;
    last = page.response;
  }
  return { status: last?.status ?? 0, ok: last?.ok ?? false, summary: `${items} ${noun} in ${count} page${count === 1 ? "" : "s"}` };
}
