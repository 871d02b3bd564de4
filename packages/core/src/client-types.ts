import type { Client, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";
import type { CallOptions } from "./call-options.js";

// openapi-fetch's own InitParam widens the init with `[key: string]: unknown`; this one adds the
// call options instead, so `timeout: "5s"` or a misspelt option is a type error.
type CallInit<Init, Allowed> = RequiredKeysOf<Init> extends never ? [(Init & CallOptions & NoExtra<Init, Allowed>)?] : [Init & CallOptions & NoExtra<Init, Allowed>];

// Init is inferred from the argument, so TypeScript's excess property check never runs: a key
// that is neither an init key nor a call option is mapped to never instead.
type NoExtra<Init, Allowed> = { [Key in Exclude<keyof Init, keyof Allowed | keyof CallOptions>]: never };

/** `client.GET(path, init)` with {@link CallOptions} allowed in `init`. */
export type CallMethod<Paths extends {}, Method extends HttpMethod, Media extends MediaType> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method & keyof Paths[Path]>,
>(
  url: Path,
  ...init: CallInit<Init, NonNullable<MaybeOptionalInit<Paths[Path], Method & keyof Paths[Path]>>>
) => Promise<FetchResponse<Paths[Path] extends Record<Method, infer Operation extends Record<string | number, any>> ? Operation : never, Init, Media>>;

/** An openapi-fetch client whose calls also take per-call `timeout` and `maxRetries`. */
export type ApiClient<Paths extends {}, Media extends MediaType = MediaType> = Omit<Client<Paths, Media>, "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE"> & {
  readonly GET: CallMethod<Paths, "get", Media>;
  readonly PUT: CallMethod<Paths, "put", Media>;
  readonly POST: CallMethod<Paths, "post", Media>;
  readonly DELETE: CallMethod<Paths, "delete", Media>;
  readonly OPTIONS: CallMethod<Paths, "options", Media>;
  readonly HEAD: CallMethod<Paths, "head", Media>;
  readonly PATCH: CallMethod<Paths, "patch", Media>;
  readonly TRACE: CallMethod<Paths, "trace", Media>;
};
