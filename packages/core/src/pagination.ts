import type { Client } from "openapi-fetch";
import { createApiError } from "./api-error-classes.js";
import { ClientConfigError } from "./client-options.js";
import { CLIENT_ERROR_CODES, CloudSdksClientError } from "./errors.js";
import type { Page, Paged, PaginateOptions, PagingRule, PagingTable } from "./pagination-types.js";
import { requestIdOf } from "./request-id.js";
import { secretsSentWith } from "./sent-secrets.js";

/** A page whose body does not have the shape the spec's `x-cloud-sdks-pagination` promises. */
export class PaginationError extends CloudSdksClientError {
  readonly provider: string;
  readonly operation: string;
  readonly page: number;

  constructor(provider: string, operation: string, page: number, problem: string) {
    super(CLIENT_ERROR_CODES.paginationInvalid, `@cloud-sdks/${provider}: page ${page} of ${operation} ${problem}. The provider changed its paging or the spec's x-cloud-sdks-pagination is wrong: report it.`);
    this.provider = provider;
    this.operation = operation;
    this.page = page;
  }
}

type InitLike = { params?: Record<string, Record<string, unknown> | undefined>; signal?: AbortSignal | null } & Record<string, unknown>;

function at(body: unknown, pointer: readonly string[]): unknown {
  let current = body;
  for (const segment of pointer) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function positiveInteger(provider: string, option: string, value: unknown, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || (value as number) < minimum) throw new ClientConfigError(provider, option, `must be a whole number >= ${minimum}`);
  return value as number;
}

function withParam(params: InitLike["params"], where: { name: string; in: "path" | "query" }, value: number): NonNullable<InitLike["params"]> {
  return { ...params, [where.in]: { ...params?.[where.in], [where.name]: value } };
}

/**
 * Reads the pages of one operation in order, one request at a time, and only when the consumer
 * asks for more: a `break` out of `for await` sends nothing further. Non-2xx pages throw the
 * ApiError subclass for their status.
 */
export function paginate<Item>(
  client: Client<any>,
  provider: string,
  table: PagingTable,
  path: string,
  init: InitLike = {},
  options: PaginateOptions = {},
): Paged<Item> {
  const rule: PagingRule | undefined = Object.hasOwn(table, path) ? table[path] : undefined;
  if (rule === undefined) {
    const paged = Object.keys(table);
    throw new ClientConfigError(provider, "path", `${JSON.stringify(path)} does not page; paginate() takes ${paged.length === 0 ? "no path: this API's spec marks no operation as paged" : paged.map((p) => JSON.stringify(p)).join(", ")}`);
  }
  const operation = `${rule.method} ${path}`;
  const pageSize = positiveInteger(provider, "pageSize", options.pageSize, 1);
  if (pageSize !== undefined && rule.size === undefined) throw new ClientConfigError(provider, "pageSize", `cannot be set: ${operation} has no page size parameter`);
  const startPage = positiveInteger(provider, "startPage", options.startPage, rule.firstPage) ?? rule.firstPage;
  const maxPages = positiveInteger(provider, "maxPages", options.maxPages, 1) ?? Number.POSITIVE_INFINITY;
  const signal = options.signal ?? init.signal ?? undefined;
  const size = rule.size === undefined ? undefined : pageSize ?? (init.params?.[rule.size.in]?.[rule.size.name] as number | undefined);

  async function* pages(): AsyncGenerator<Page<Item>> {
    for (let page = startPage, read = 0; read < maxPages; page += 1, read += 1) {
      signal?.throwIfAborted();
      let params = withParam(init.params, rule!.page, page);
      if (rule!.size !== undefined && size !== undefined) params = withParam(params, rule!.size, size);
      const result = (await client.request(rule!.method.toLowerCase() as "get", path as never, { ...init, params, ...(signal === undefined ? {} : { signal }) } as never)) as {
        data?: unknown;
        error?: unknown;
        response: Response;
      };
      const { response } = result;
      if (!response.ok) {
        throw createApiError(
          { provider, operation, status: response.status, statusText: response.statusText, body: result.error, requestId: requestIdOf(response) },
          secretsSentWith(response),
          response.headers,
        );
      }
      const items = at(result.data, rule!.items);
      if (!Array.isArray(items)) throw new PaginationError(provider, operation, page, `answered without an items array at /${rule!.items.join("/")}`);
      yield { page, items: items as Item[], data: result.data, response };
      if (items.length === 0 || isLastPage(rule!, result.data, page, items.length, size, () => new PaginationError(provider, operation, page, `answered without a page count at /${rule!.totalPages?.join("/")}`))) return;
    }
  }

  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  };
}

function isLastPage(rule: PagingRule, body: unknown, page: number, count: number, size: number | undefined, missingTotal: () => Error): boolean {
  switch (rule.end) {
    case "total-pages": {
      const total = at(body, rule.totalPages ?? []);
      if (typeof total !== "number") throw missingTotal();
      return page - rule.firstPage + 1 >= total;
    }
    case "short-page":
      return size !== undefined && count < size;
    case "empty-page":
      return false;
  }
}
