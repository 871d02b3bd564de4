import type { FetchOptions } from "openapi-fetch";
import type { HttpMethod } from "openapi-typescript-helpers";
import type { CallOptions } from "./call-options.js";

/** How the spec says an operation pages (`x-cloud-sdks-pagination`), as codegen writes it. */
export interface PagingRule {
  readonly method: Uppercase<HttpMethod>;
  /** The parameter that carries the page number. */
  readonly page: { readonly name: string; readonly in: "path" | "query" };
  /** The parameter that carries the page size, when the operation has one. */
  readonly size?: { readonly name: string; readonly in: "path" | "query" };
  /** The number of the first page (0 or 1 as the provider counts). */
  readonly firstPage: number;
  /** JSON pointer segments from the 200 body to the items array; empty when the body is the array. */
  readonly items: readonly string[];
  /**
   * When the last page has been read: `total-pages` (the body's page count, at `totalPages`),
   * `short-page` (fewer items than the page size) or `empty-page` (no items).
   */
  readonly end: "total-pages" | "short-page" | "empty-page";
  readonly totalPages?: readonly string[];
}

/** The generated `pagination` table of a provider: paged operations by path. */
export type PagingTable = Readonly<Record<string, PagingRule>>;

/** The generated `Paging` interface of a provider: per paged path, its method, parameter names and item type. */
export type PagingTypes = Record<string, { method: HttpMethod; page: string; size: string; item: unknown }>;

type Operation<Paths, Path, Method> = Path extends keyof Paths ? (Method extends keyof Paths[Path] ? NonNullable<Paths[Path][Method]> : never) : never;

type ParametersOf<Op> = Op extends { parameters: infer Parameters } ? Parameters : never;

// The page parameter is the iterator's to set; the size parameter becomes optional (`pageSize` sets it).
type WithoutPaging<Parameters, Page extends string, Size extends string> = {
  [Location in keyof Parameters]: Parameters[Location] extends Record<string, unknown>
    ? Omit<Parameters[Location], Page | Size> & Partial<Pick<Parameters[Location], Extract<keyof Parameters[Location], Size>>>
    : Parameters[Location];
};

/** What `paginate(path, init)` takes: the operation's openapi-fetch init without its paging parameters. */
export type PageInit<Paths, Paging extends PagingTypes, Path extends keyof Paging> = Omit<
  FetchOptions<Operation<Paths, Path, Paging[Path]["method"]>>,
  "params"
> &
  CallOptions & {
    params?: WithoutPaging<ParametersOf<Operation<Paths, Path, Paging[Path]["method"]>>, Paging[Path]["page"], Paging[Path]["size"]>;
  };

/** Options of the iteration itself. */
export interface PaginateOptions {
  /** Items per page, for operations with a page size parameter (else a ClientConfigError). */
  readonly pageSize?: number;
  /** Stops the iteration (the page in flight is aborted and the abort reason thrown). */
  readonly signal?: AbortSignal;
  /** Page number to start at instead of the spec's first page. */
  readonly startPage?: number;
  /** Read at most this many pages. */
  readonly maxPages?: number;
}

/** One page as read: its number, its items, the whole body and the response. */
export interface Page<Item> {
  readonly page: number;
  readonly items: readonly Item[];
  readonly data: unknown;
  readonly response: Response;
}

/** `for await (const item of paged)` reads pages one at a time; `paged.pages()` yields whole pages. */
export interface Paged<Item> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page<Item>>;
}

/** `client.paginate(path, init, options)`, typed from the provider's generated `Paging`. */
export type Paginate<Paths, Paging extends PagingTypes> = <Path extends keyof Paging & string>(
  path: Path,
  ...args: RequiredInit<PageInit<Paths, Paging, Path>, [options?: PaginateOptions]>
) => Paged<Paging[Path]["item"]>;

type HasRequired<T> = {} extends T ? false : true;
type RequiredInit<Init, Rest extends unknown[]> = HasRequired<Init> extends true ? [init: Init, ...rest: Rest] : [init?: Init, ...rest: Rest];
