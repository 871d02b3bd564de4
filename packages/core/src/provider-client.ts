import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { MediaType } from "openapi-typescript-helpers";
import type { ResponseViolationHandler } from "./response-drift.js";
import { responseValidationMiddleware, type ResponseSchemaLookup } from "./response-validation.js";
import { throwOnErrorMiddleware } from "./throw-on-error.js";

export interface ProviderClientOptions {
  /** Short provider name used in error messages: `cloudlx` → `@cloud-sdks/cloudlx: …`. */
  readonly provider: string;
  readonly baseUrl: string;
  /** The authenticated fetch (`createAuth(...).fetch`). */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Check every documented JSON response against the spec's schema. */
  readonly validate?: boolean;
  /** Loaded only when `validate` is on, so the schemas stay out of bundles that don't use them. */
  readonly loadResponseSchemas?: () => Promise<ResponseSchemaLookup>;
  /** Throw `ApiError` for non-2xx answers instead of returning `{ error, response }`. */
  readonly throwOnError?: boolean;
  /** Validate in record mode: report each departure from the spec here instead of throwing. */
  readonly onResponseViolation?: ResponseViolationHandler;
  readonly headers?: HeadersInit;
  readonly middleware?: ReadonlyArray<Middleware>;
}

/** An openapi-fetch client over the authenticated fetch, with the optional checks installed. */
export function createProviderClient<Paths extends {}, Media extends MediaType = MediaType>(
  options: ProviderClientOptions,
): Client<Paths, Media> {
  const client = createClient<Paths, Media>({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    ...(options.headers === undefined ? {} : { headers: options.headers }),
  });
  // openapi-fetch runs onResponse last-registered first: validation sees the body before user middleware.
  if (options.middleware !== undefined) client.use(...options.middleware);
  if (options.throwOnError) client.use(throwOnErrorMiddleware(options.provider));
  if (options.validate || options.onResponseViolation !== undefined) {
    const load = options.loadResponseSchemas;
    if (load === undefined) {
      throw new TypeError(`@cloud-sdks/${options.provider}: \`validate\` needs the provider's response schemas; this client was built without them.`);
    }
    const onViolation = options.onResponseViolation;
    client.use(responseValidationMiddleware(options.provider, load, onViolation === undefined ? {} : { onViolation }));
  }
  return client;
}
