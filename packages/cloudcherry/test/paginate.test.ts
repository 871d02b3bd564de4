import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { ApiError, createCloudcherryClient, type Answer, type SurveyToken } from "../src/index.js";

// A CloudCherry stand-in that holds ANSWERS answers and serves them in pages the way the spec
// describes: `/api/answers/page/{page}/{rows}` counting pages from 1, with totalPages.
const ANSWERS = 23;
const answer = (n: number) => ({ id: `a${n}`, user: "u", locationId: "Downtown", responseDateTime: "2019-04-16T09:30:00Z", responses: [] });

interface Seen {
  readonly method: string;
  readonly path: string;
  readonly body: string;
}
let server: Server;
let baseUrl: string;
let seen: Seen[] = [];
/** Set by a test to hold a page's answer until it is released. */
let gate: Promise<void> | undefined;

async function bodyOf(request: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  return text;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    seen.push({ method: request.method ?? "", path, body: await bodyOf(request) });
    await gate;
    const answers = /^\/api\/answers\/page\/(\d+)\/(\d+)$/.exec(path);
    const tokens = /^\/api\/surveytoken\/page\/(\d+)\/all$/.exec(path);
    response.setHeader("content-type", "application/json");
    if (answers) {
      const page = Number(answers[1]);
      const rows = Number(answers[2]);
      const all = Array.from({ length: ANSWERS }, (_, i) => answer(i + 1));
      response.end(JSON.stringify({ currentPage: page, Responses: all.slice((page - 1) * rows, page * rows), totalCount: ANSWERS, totalPages: Math.ceil(ANSWERS / rows) }));
    } else if (tokens) {
      const page = Number(tokens[1]);
      if (page === 2) {
        response.statusCode = 429;
        response.setHeader("retry-after", "120");
        response.end();
        return;
      }
      response.end(JSON.stringify({ currentPage: page, Tokens: [{ id: `DM-${page}` }], totalCount: 3, totalPages: 3 }));
    } else {
      response.statusCode = 404;
      response.end(JSON.stringify({ message: "No HTTP resource was found" }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen = [];
  gate = undefined;
});

// Basic mode: no login, so every request seen is a page request.
const client = () => createCloudcherryClient({ username: "acmecx", password: "pw", auth: "basic", baseUrl, retry: false });
const filter = { body: { afterdate: "2019-04-15T00:00:00Z" } };
const ANSWERS_PATH = "/api/answers/page/{page}/{rows}";

describe("paginate", () => {
  it("reads every page in order until currentPage reaches totalPages, items typed from the spec", async () => {
    const ids: string[] = [];
    for await (const item of client().paginate(ANSWERS_PATH, { ...filter, params: { path: { rows: 5 } } })) {
      expectTypeOf(item).toEqualTypeOf<Answer>();
      ids.push(item.id);
    }
    expect(ids).toEqual(Array.from({ length: ANSWERS }, (_, i) => `a${i + 1}`));
    expect(seen.map((s) => s.path)).toEqual([1, 2, 3, 4, 5].map((page) => `/api/answers/page/${page}/5`));
    expect(seen.every((s) => s.method === "POST" && JSON.parse(s.body).afterdate === "2019-04-15T00:00:00Z")).toBe(true);
  });

  it("pageSize sets the size parameter", async () => {
    const pages = [];
    for await (const page of client().paginate(ANSWERS_PATH, filter, { pageSize: 10 }).pages()) pages.push([page.page, page.items.length]);
    expect(pages).toEqual([[1, 10], [2, 10], [3, 3]]);
  });

  it("a break stops before the next page is requested", async () => {
    let count = 0;
    for await (const item of client().paginate(ANSWERS_PATH, filter, { pageSize: 5 })) {
      expect(item.id).toBeDefined();
      if (++count === 7) break;
    }
    expect(seen).toHaveLength(2);
  });

  it("keeps one page in flight: the next is asked for only after the previous answered and was consumed", async () => {
    let release!: () => void;
    gate = new Promise((resolve) => (release = resolve));
    const iterator = client().paginate(ANSWERS_PATH, filter, { pageSize: 20 }).pages()[Symbol.asyncIterator]();
    const first = iterator.next();
    await expect.poll(() => seen.length).toBe(1);
    release();
    expect((await first).value?.items).toHaveLength(20);
    expect(seen).toHaveLength(1);
    expect((await iterator.next()).value?.items).toHaveLength(3);
    expect(seen).toHaveLength(2);
    expect((await iterator.next()).done).toBe(true);
  });

  it("a signal aborts the page in flight and ends the iteration with its reason", async () => {
    gate = new Promise(() => {}); // the server never answers
    const controller = new AbortController();
    const iteration = (async () => {
      for await (const _ of client().paginate(ANSWERS_PATH, filter, { signal: controller.signal })) void _;
    })();
    await expect.poll(() => seen.length).toBe(1);
    controller.abort(new Error("stop paging"));
    await expect(iteration).rejects.toThrow("stop paging");
  });

  it("throws the typed ApiError of a failed page, after the pages before it", async () => {
    const ids: string[] = [];
    const failure = await (async () => {
      for await (const token of client().paginate("/api/surveytoken/page/{page}/all")) {
        expectTypeOf(token).toEqualTypeOf<SurveyToken>();
        ids.push(token.id);
      }
    })().catch((e: unknown) => e);
    expect(ids).toEqual(["DM-1"]);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: "CLIENT_RATE_LIMIT", status: 429, retryAfterMs: 120_000, operation: "GET /api/surveytoken/page/{page}/all" });
  });

  it("refuses paths that do not page and options that cannot work, naming them", () => {
    const cc = client();
    // @ts-expect-error not a paged operation
    expect(() => cc.paginate("/api/questions")).toThrow(/does not page; paginate\(\) takes "\/api\/answers\/page\/\{page\}\/\{rows\}", "\/api\/surveytoken\/page\/\{page\}\/all"/);
    expect(() => cc.paginate("/api/surveytoken/page/{page}/all", {}, { pageSize: 10 })).toThrow(/pageSize.*has no page size parameter/);
    expect(() => cc.paginate(ANSWERS_PATH, filter, { pageSize: 0 })).toThrow(/pageSize.*whole number >= 1/);
    // @ts-expect-error the answers filter body is required
    expect(() => cc.paginate(ANSWERS_PATH)).not.toThrow();
  });
});
