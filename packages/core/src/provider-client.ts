import createClient, { type Middleware } from "openapi-fetch";
import type { MediaType } from "openapi-typescript-helpers";
import { callOptionsFetch } from "./call-options.js";
import type { ApiClient } from "./client-types.js";
import { isApiErrorOf, type IsApiError } from "./operation-errors.js";
import { paginate } from "./pagination.js";
import type { Paginate, PagingTable, PagingTypes } from "./pagination-types.js";
import { ClientConfigError } from "./client-options.js";
import type { ResponseViolationHandler } from "./response-drift.js";
import type { ResponseValidation } from "./response-validation.js";
import { throwOnErrorMiddleware } from "./throw-on-error.js";
import { typeTransportErrors } from "./transport-errors.js";

export interface ProviderClientOptions {
  /** Short provider name used in error messages: `cloudlx` → `@cloud-sdks/cloudlx: …`. */
  readonly provider: string;
  readonly baseUrl: string;
  /** The authenticated fetch (`createAuth(...).fetch`). */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Check every documented JSON response against these schemas (the provider's `/validation` export). */
  readonly validate?: ResponseValidation | false | undefined;
  /** Throw `ApiError` for non-2xx answers instead of returning `{ error, response }`. */
  readonly throwOnError?: boolean;
  /** Record mode (with `validate`): report each departure from the spec here instead of throwing. */
  readonly onResponseViolation?: ResponseViolationHandler;
  readonly headers?: HeadersInit;
  readonly middleware?: ReadonlyArray<Middleware>;
  /** The generated `pagination` table: which operations `paginate` can iterate, and how. */
  readonly pagination?: PagingTable;
}

/** What every provider client has on top of openapi-fetch's methods. */
export interface ProviderClientExtras<Paths extends {}, Paging extends PagingTypes> {
  /**
   * Every item of a paged operation, reading one page at a time as the loop asks for more:
   * `for await (const answer of client.paginate(path, init, { pageSize: 100 }))`.
   */
  readonly paginate: Paginate<Paths, Paging>;
  /** Narrows a caught error to one operation's documented error status, body typed from the spec. */
  readonly isApiError: IsApiError<Paths>;
}

/** An openapi-fetch client (with per-call options) over the authenticated fetch, plus paging and error narrowing. */
export type ProviderClient<Paths extends {}, Paging extends PagingTypes = {}, Media extends MediaType = MediaType> = ApiClient<Paths, Media> &
  ProviderClientExtras<Paths, Paging>;

/** An openapi-fetch client over the authenticated fetch, with the optional checks installed. */
export function createProviderClient<Paths extends {}, Paging extends PagingTypes = {}, Media extends MediaType = MediaType>(
  options: ProviderClientOptions,
): ProviderClient<Paths, Paging, Media> {
  const client = createClient<Paths, Media>({
    baseUrl: options.baseUrl,
    fetch: callOptionsFetch(options.provider, options.fetch),
    ...(options.headers === undefined ? {} : { headers: options.headers }),
  });
  // Transport failures are typed around the methods, after every middleware: user middleware sees
  // them raw. openapi-fetch runs onResponse last-registered first: validation sees the body first.
  typeTransportErrors(client, options.provider);
  if (options.middleware !== undefined) client.use(...options.middleware);
  if (options.throwOnError) client.use(throwOnErrorMiddleware(options.provider));
  const { validate, provider, onResponseViolation: onViolation } = options;
  if (validate || onViolation !== undefined) {
    // `validate: true` was the option before the schemas moved to their own import; JS callers still pass it.
    if (!validate || validate.provider !== provider) {
      const name = `${provider.replace(/-(.)/g, (_, next: string) => next.toUpperCase())}Validation`;
      throw new ClientConfigError(provider, "validate", `takes the response schemas: import { ${name} } from "@cloud-sdks/${provider}/validation" and pass validate: ${name}`);
    }
    client.use(validate.middleware(onViolation === undefined ? {} : { onViolation }));
  }
  const table = options.pagination ?? {};
  const extras = {
    paginate: (path: string, init?: object, paginateOptions?: object) => paginate(client, options.provider, table, path, init as never, paginateOptions),
    isApiError: isApiErrorOf,
  };
  return Object.assign(client, extras) as unknown as ProviderClient<Paths, Paging, Media>;
}
