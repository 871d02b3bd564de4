import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { MediaType } from "openapi-typescript-helpers";
import { ClientConfigError } from "./client-options.js";
import type { ResponseViolationHandler } from "./response-drift.js";
import type { ResponseValidation } from "./response-validation.js";
import { throwOnErrorMiddleware } from "./throw-on-error.js";

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
  const { validate, provider, onResponseViolation: onViolation } = options;
  if (validate || onViolation !== undefined) {
    // `validate: true` was the option before the schemas moved to their own import; JS callers still pass it.
    if (!validate || validate.provider !== provider) {
      const name = `${provider.replace(/-(.)/g, (_, next: string) => next.toUpperCase())}Validation`;
      throw new ClientConfigError(provider, "validate", `takes the response schemas: import { ${name} } from "@cloud-sdks/${provider}/validation" and pass validate: ${name}`);
    }
    client.use(validate.middleware(onViolation === undefined ? {} : { onViolation }));
  }
  return client;
}
